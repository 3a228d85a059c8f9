// SPDX-License-Identifier: MIT
/*
 * nvme_backend_test - the nvme backend on its own, without the daemon:
 * open /dev/ngXnY (and fail to open it twice), report zones, 64 Zone
 * Appends of 4 KiB with 32 in flight that land on distinct LBAs and read
 * back, ordered and misplaced writes, oversize appends, finish, a full
 * zone, reset and flush, each with the status the controller gives.
 *
 * Usage (inside the qemu guest): nvme_backend_test /dev/ng0n1
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "backend.h"
#include "kv.h"
#include "log.h"
#include "reactor.h"

#define NR_APPENDS	64
#define IN_FLIGHT	32
#define APPEND_SIZE	4096
#define TEST_ZONE	1

#define CHECK(cond)							\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__,	\
				__LINE__, #cond);			\
			exit(1);					\
		}							\
	} while (0)

struct append_slot {
	struct backend_io io;
	unsigned int index;
};

static struct reactor reactor;
static struct backend be;
static unsigned int pending;

static void io_done(struct backend_io *io)
{
	pending--;
}

/* Submit io and run the loop until it completes; its status. */
static int run(struct backend_io *io)
{
	int ret;

	io->done = io_done;
	ret = backend_submit(&be, io);
	if (ret)
		return ret;
	pending++;
	while (pending)
		CHECK(reactor_run_once(&reactor) == 0);
	return io->status;
}

static void *buf_alloc(size_t len)
{
	void *p;

	CHECK(posix_memalign(&p, 4096, len) == 0);
	return p;
}

static void fill(void *buf, size_t len, unsigned int tag)
{
	uint32_t *w = buf;

	for (size_t i = 0; i < len / sizeof(*w); i++)
		w[i] = tag * 0x9e3779b1u + (uint32_t)i;
}

static struct backend_zone report_one(uint32_t zone)
{
	struct backend_zone z;
	struct backend_io io = {
		.op = BACKEND_REPORT_ZONES, .first_zone = zone, .nr_zones = 1,
		.zones = &z,
	};

	CHECK(run(&io) == 0);
	return z;
}

static int zone_mgmt(uint32_t zone, enum zap_zone_action action, bool all)
{
	struct backend_io io = {
		.op = BACKEND_ZONE_MGMT, .lba = zone * be.geo.zone_size,
		.action = action, .select_all = all,
	};

	return run(&io);
}

static int rw(enum backend_op op, uint64_t lba, void *buf, uint32_t len)
{
	struct backend_io io = {
		.op = op, .lba = lba, .buf = buf, .len = len,
	};

	return run(&io);
}

static void test_report_all(void)
{
	const struct backend_geometry *g = &be.geo;
	struct backend_zone *z = calloc(g->nr_zones, sizeof(*z));
	struct backend_io io = {
		.op = BACKEND_REPORT_ZONES, .nr_zones = g->nr_zones, .zones = z,
	};

	CHECK(z);
	CHECK(zone_mgmt(0, ZAP_ZONE_RESET, true) == 0);
	CHECK(run(&io) == 0);
	for (uint32_t i = 0; i < g->nr_zones; i++) {
		CHECK(z[i].start == i * g->zone_size);
		CHECK(z[i].wp == z[i].start);
		CHECK(z[i].cap == g->zone_cap);
		CHECK(z[i].state == ZAP_ZS_EMPTY);
	}
	free(z);
	/* Out of range: refused at submission. */
	io.first_zone = g->nr_zones;
	io.nr_zones = 1;
	CHECK(backend_submit(&be, &io) == -EINVAL);
	printf("ok report %u zones\n", g->nr_zones);
}

static void test_appends(void)
{
	const uint64_t start = TEST_ZONE * be.geo.zone_size;
	const uint32_t nlb = APPEND_SIZE / be.geo.lba_size;
	struct append_slot *slots = calloc(NR_APPENDS, sizeof(*slots));
	char *data = buf_alloc(NR_APPENDS * APPEND_SIZE);
	char *back = buf_alloc(APPEND_SIZE);
	uint8_t *seen = calloc(NR_APPENDS, 1);
	unsigned int next = 0, max_pending = 0;
	struct backend_zone z;

	CHECK(slots && seen);
	while (next < NR_APPENDS || pending) {
		while (next < NR_APPENDS && pending < IN_FLIGHT) {
			struct append_slot *s = &slots[next];

			s->index = next;
			s->io.op = BACKEND_APPEND;
			s->io.lba = start;
			s->io.buf = data + (size_t)next * APPEND_SIZE;
			s->io.len = APPEND_SIZE;
			s->io.done = io_done;
			fill(s->io.buf, APPEND_SIZE, next);
			CHECK(backend_submit(&be, &s->io) == 0);
			pending++;
			next++;
		}
		if (pending > max_pending)
			max_pending = pending;
		CHECK(reactor_run_once(&reactor) == 0);
	}
	CHECK(max_pending == IN_FLIGHT);
	for (unsigned int i = 0; i < NR_APPENDS; i++) {
		uint64_t off = slots[i].io.result_lba - start;

		CHECK(slots[i].io.status == 0);
		CHECK(slots[i].io.result_lba >= start);
		CHECK(off % nlb == 0 && off / nlb < NR_APPENDS);
		CHECK(!seen[off / nlb]);
		seen[off / nlb] = 1;
		CHECK(rw(BACKEND_READ, slots[i].io.result_lba, back,
			 APPEND_SIZE) == 0);
		CHECK(!memcmp(back, slots[i].io.buf, APPEND_SIZE));
	}
	z = report_one(TEST_ZONE);
	CHECK(z.wp == start + NR_APPENDS * nlb);
	CHECK(z.state == ZAP_ZS_IMPLICIT_OPEN);
	free(slots);
	free(data);
	free(back);
	free(seen);
	printf("ok %d appends with %d in flight: distinct LBAs, read back\n",
	       NR_APPENDS, IN_FLIGHT);
}

static void test_writes_and_states(void)
{
	const uint64_t start = TEST_ZONE * be.geo.zone_size;
	const uint32_t lba = be.geo.lba_size;
	void *buf = buf_alloc(be.geo.max_append + lba);
	struct backend_zone z = report_one(TEST_ZONE);
	struct backend_io io = {
		.op = BACKEND_APPEND, .lba = start, .buf = buf,
		.len = be.geo.max_append + lba, .done = io_done,
	};

	fill(buf, lba, 7);
	CHECK(rw(BACKEND_WRITE, z.wp + 1, buf, lba) == ZAP_ZONE_INVALID_WRITE);
	CHECK(rw(BACKEND_WRITE, z.wp, buf, lba) == 0);
	CHECK(report_one(TEST_ZONE).wp == z.wp + 1);
	/* Not a whole block, or more than one command may carry. */
	CHECK(rw(BACKEND_WRITE, z.wp + 1, buf, lba / 2) == -EINVAL);
	CHECK(backend_submit(&be, &io) == -EINVAL);
	/* Append of exactly max_append bytes is accepted. */
	io.len = be.geo.max_append;
	CHECK(run(&io) == 0);
	CHECK(io.result_lba == z.wp + 1);

	CHECK(zone_mgmt(TEST_ZONE, ZAP_ZONE_CLOSE, false) == 0);
	CHECK(report_one(TEST_ZONE).state == ZAP_ZS_CLOSED);
	CHECK(zone_mgmt(TEST_ZONE, ZAP_ZONE_OPEN, false) == 0);
	CHECK(report_one(TEST_ZONE).state == ZAP_ZS_EXPLICIT_OPEN);
	CHECK(zone_mgmt(TEST_ZONE, ZAP_ZONE_FINISH, false) == 0);
	z = report_one(TEST_ZONE);
	CHECK(z.state == ZAP_ZS_FULL && z.wp == start + be.geo.zone_cap);
	CHECK(rw(BACKEND_APPEND, start, buf, lba) == ZAP_ZONE_FULL);
	CHECK(zone_mgmt(TEST_ZONE, ZAP_ZONE_OPEN, false) ==
	      ZAP_INVALID_ZONE_STATE_TRANSITION);
	CHECK(zone_mgmt(TEST_ZONE, ZAP_ZONE_RESET, false) == 0);
	z = report_one(TEST_ZONE);
	CHECK(z.state == ZAP_ZS_EMPTY && z.wp == start);
	/* Zone management on an LBA that starts no zone. */
	io.op = BACKEND_ZONE_MGMT;
	io.lba = start + 1;
	io.action = ZAP_ZONE_OPEN;
	CHECK(run(&io) == 0x002);	/* Invalid Field */
	io.op = BACKEND_FLUSH;
	CHECK(run(&io) == 0);
	free(buf);
	printf("ok writes, statuses, zone management, flush\n");
}

/* A second owner is refused, and so is the block device. */
static void test_exclusive(const char *path)
{
	struct backend other = { .reactor = &reactor };
	struct kv_list opts = { 0 };
	struct backend_open_args args = {
		.name = "second", .path = path, .durable = true,
		.options = &opts, .reactor = &reactor,
	};
	char bdev[64];
	unsigned int c, n;
	int fd;

	other.ops = be.ops;
	CHECK(other.ops->open(&other, &args) == -EBUSY);
	CHECK(sscanf(path, "/dev/ng%un%u", &c, &n) == 2);
	snprintf(bdev, sizeof(bdev), "/dev/nvme%un%u", c, n);
	fd = open(bdev, O_RDONLY | O_EXCL);
	CHECK(fd < 0 && errno == EBUSY);
	printf("ok exclusive: second open and %s refused\n", bdev);
}

int main(int argc, char **argv)
{
	struct kv_list opts = { 0 };
	struct backend_open_args args = {
		.name = "nvme0", .durable = true, .options = &opts,
		.reactor = &reactor,
	};

	if (argc != 2) {
		fprintf(stderr, "usage: %s /dev/ngXnY\n", argv[0]);
		return 2;
	}
	args.path = argv[1];
	CHECK(reactor_init(&reactor, 128) == 0);
	be.ops = backend_find("nvme");
	be.reactor = &reactor;
	CHECK(be.ops && be.ops->open(&be, &args) == 0);
	printf("geometry lba_size=%u zone_size=%" PRIu64 " zone_cap=%" PRIu64
	       " zones=%u max_open=%u max_active=%u max_append=%u model=%s\n",
	       be.geo.lba_size, be.geo.zone_size, be.geo.zone_cap,
	       be.geo.nr_zones, be.geo.max_open, be.geo.max_active,
	       be.geo.max_append, be.geo.model);
	CHECK(be.geo.nr_zones > TEST_ZONE);

	test_exclusive(args.path);
	test_report_all();
	test_appends();
	test_writes_and_states();

	be.ops->close(&be);
	reactor_destroy(&reactor);
	printf("PASS\n");
	return 0;
}
