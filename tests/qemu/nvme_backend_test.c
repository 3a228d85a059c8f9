/* SPDX-License-Identifier: MIT */
/*
 * nvme_backend_test - the nvme backend on its own, without the daemon:
 * open /dev/ngXnY (and fail to open it twice), report zones, 64 Zone
 * Appends of 4 KiB with 32 in flight that land on distinct LBAs and read
 * back, ordered and misplaced writes, oversize appends, finish, a full
 * zone, reset and flush, each with the status the controller gives.
 *
 * Usage (inside the qemu guest): nvme_backend_test /dev/ngXnY [CASE...]
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "../integration/check.h"
#include "backend.h"
#include "kv.h"
#include "reactor.h"

#define NR_APPENDS	64
#define IN_FLIGHT	32
#define APPEND_SIZE	4096
#define TEST_ZONE	1

static const char *path;
static struct reactor reactor;
static struct backend be;
static unsigned int pending;

#define CHECK_STATUS(got, want) \
	CHECK((got) == (want), "status %d, want %d", (got), (want))

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
		if (reactor_run_once(&reactor))
			return -EIO;
	return io->status;
}

static void fill(void *buf, size_t len, unsigned int tag)
{
	uint32_t *w = buf;

	for (size_t i = 0; i < len / sizeof(*w); i++)
		w[i] = tag * 0x9e3779b1u + (uint32_t)i;
}

static int report_one(uint32_t zone, struct backend_zone *z)
{
	struct backend_io io = {
		.op = BACKEND_REPORT_ZONES, .first_zone = zone, .nr_zones = 1,
		.zones = z,
	};

	return run(&io);
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

/* A second owner is refused, and so is the block device. */
static int test_exclusive(void)
{
	struct backend other = { .ops = be.ops, .reactor = &reactor };
	struct kv_list opts = { 0 };
	struct backend_open_args args = {
		.name = "second", .path = path, .durable = true,
		.options = &opts, .reactor = &reactor,
	};
	char bdev[64];
	unsigned int c, n;
	int fd;

	CHECK_STATUS(other.ops->open(&other, &args), -EBUSY);
	CHECK(sscanf(path, "/dev/ng%un%u", &c, &n) == 2, "path %s", path);
	snprintf(bdev, sizeof(bdev), "/dev/nvme%un%u", c, n);
	fd = open(bdev, O_RDONLY | O_EXCL);
	CHECK(fd < 0 && errno == EBUSY, "%s opened exclusively", bdev);
	return 0;
}

static int test_report(void)
{
	const struct backend_geometry *g = &be.geo;
	struct backend_zone *z = calloc(g->nr_zones, sizeof(*z));
	struct backend_io io = {
		.op = BACKEND_REPORT_ZONES, .nr_zones = g->nr_zones, .zones = z,
	};

	CHECK(z, "out of memory");
	CHECK_STATUS(zone_mgmt(0, ZAP_ZONE_RESET, true), 0);
	CHECK_STATUS(run(&io), 0);
	for (uint32_t i = 0; i < g->nr_zones; i++) {
		CHECK(z[i].start == i * g->zone_size && z[i].wp == z[i].start &&
		      z[i].cap == g->zone_cap && z[i].state == ZAP_ZS_EMPTY,
		      "zone %u: start %" PRIu64 " wp %" PRIu64 " cap %" PRIu64
		      " state %u", i, z[i].start, z[i].wp, z[i].cap,
		      z[i].state);
	}
	/* Past the last zone: LBA Out of Range, as the emu answers it (the
	 * rule backend.c applies for every backend) */
	io.first_zone = g->nr_zones;
	io.nr_zones = 1;
	CHECK_STATUS(run(&io), 0x080);
	free(z);
	return 0;
}

struct append_slot {
	struct backend_io io;
	char data[APPEND_SIZE] __attribute__((aligned(4096)));
};

static int test_appends(void)
{
	const uint64_t start = TEST_ZONE * be.geo.zone_size;
	const uint32_t nlb = APPEND_SIZE / be.geo.lba_size;
	struct append_slot *slots = aligned_alloc(4096,
						  NR_APPENDS * sizeof(*slots));
	static char back[APPEND_SIZE] __attribute__((aligned(4096)));
	unsigned int next = 0, max_pending = 0;
	bool seen[NR_APPENDS] = { false };
	struct backend_zone z;

	CHECK(slots, "out of memory");
	while (next < NR_APPENDS || pending) {
		while (next < NR_APPENDS && pending < IN_FLIGHT) {
			struct append_slot *s = &slots[next];

			fill(s->data, APPEND_SIZE, next);
			s->io = (struct backend_io) {
				.op = BACKEND_APPEND, .lba = start,
				.buf = s->data, .len = APPEND_SIZE,
				.done = io_done,
			};
			CHECK_STATUS(backend_submit(&be, &s->io), 0);
			pending++;
			next++;
		}
		if (pending > max_pending)
			max_pending = pending;
		CHECK_STATUS(reactor_run_once(&reactor), 0);
	}
	CHECK(max_pending == IN_FLIGHT, "%u in flight", max_pending);
	for (unsigned int i = 0; i < NR_APPENDS; i++) {
		const struct backend_io *io = &slots[i].io;
		uint64_t k = (io->result_lba - start) / nlb;

		CHECK_STATUS(io->status, 0);
		CHECK(io->result_lba >= start && k < NR_APPENDS && !seen[k] &&
		      (io->result_lba - start) % nlb == 0,
		      "append %u landed at %" PRIu64, i, io->result_lba);
		seen[k] = true;
		CHECK_STATUS(rw(BACKEND_READ, io->result_lba, back,
				APPEND_SIZE), 0);
		CHECK(!memcmp(back, slots[i].data, APPEND_SIZE),
		      "append %u reads back wrong", i);
	}
	free(slots);
	CHECK_STATUS(report_one(TEST_ZONE, &z), 0);
	CHECK(z.wp == start + NR_APPENDS * nlb &&
	      z.state == ZAP_ZS_IMPLICIT_OPEN, "wp %" PRIu64 " state %u",
	      z.wp, z.state);
	return 0;
}

static int test_writes(void)
{
	const uint64_t start = TEST_ZONE * be.geo.zone_size;
	const uint32_t lba = be.geo.lba_size;
	void *buf = aligned_alloc(4096, be.geo.max_append + 4096);
	struct backend_io io = {
		.op = BACKEND_APPEND, .lba = start, .buf = buf,
		.len = be.geo.max_append + lba, .done = io_done,
	};
	struct backend_zone z;

	CHECK(buf, "out of memory");
	fill(buf, lba, 7);
	CHECK_STATUS(report_one(TEST_ZONE, &z), 0);
	CHECK_STATUS(rw(BACKEND_WRITE, z.wp + 1, buf, lba),
		     ZAP_ZONE_INVALID_WRITE);
	CHECK_STATUS(rw(BACKEND_WRITE, z.wp, buf, lba), 0);
	/* Not a whole block, or more than one command may carry. */
	CHECK_STATUS(rw(BACKEND_WRITE, z.wp + 1, buf, lba / 2), -EINVAL);
	CHECK_STATUS(backend_submit(&be, &io), -EINVAL);
	/* An append of exactly max_append bytes is accepted. */
	io.len = be.geo.max_append;
	CHECK_STATUS(run(&io), 0);
	CHECK(io.result_lba == z.wp + 1, "landed at %" PRIu64, io.result_lba);
	free(buf);
	return 0;
}

static int test_zone_states(void)
{
	const uint64_t start = TEST_ZONE * be.geo.zone_size;
	static char buf[4096] __attribute__((aligned(4096)));
	struct backend_io io = {
		.op = BACKEND_ZONE_MGMT, .lba = start + 1,
		.action = ZAP_ZONE_OPEN,
	};
	struct backend_zone z;

	/* Written, so implicitly open. */
	CHECK_STATUS(rw(BACKEND_APPEND, start, buf, be.geo.lba_size), 0);
	CHECK_STATUS(zone_mgmt(TEST_ZONE, ZAP_ZONE_CLOSE, false), 0);
	CHECK_STATUS(report_one(TEST_ZONE, &z), 0);
	CHECK_STATUS(z.state, ZAP_ZS_CLOSED);
	CHECK_STATUS(zone_mgmt(TEST_ZONE, ZAP_ZONE_OPEN, false), 0);
	CHECK_STATUS(report_one(TEST_ZONE, &z), 0);
	CHECK_STATUS(z.state, ZAP_ZS_EXPLICIT_OPEN);
	CHECK_STATUS(zone_mgmt(TEST_ZONE, ZAP_ZONE_FINISH, false), 0);
	CHECK_STATUS(report_one(TEST_ZONE, &z), 0);
	/* The controller leaves wp undefined (QEMU: ~0); the backend not. */
	CHECK(z.state == ZAP_ZS_FULL && z.wp == start + be.geo.zone_cap,
	      "state %u wp %" PRIu64, z.state, z.wp);
	CHECK_STATUS(rw(BACKEND_APPEND, start, buf, be.geo.lba_size),
		     ZAP_ZONE_FULL);
	CHECK_STATUS(zone_mgmt(TEST_ZONE, ZAP_ZONE_OPEN, false),
		     ZAP_INVALID_ZONE_STATE_TRANSITION);
	CHECK_STATUS(zone_mgmt(TEST_ZONE, ZAP_ZONE_RESET, false), 0);
	CHECK_STATUS(report_one(TEST_ZONE, &z), 0);
	CHECK(z.state == ZAP_ZS_EMPTY && z.wp == start,
	      "state %u wp %" PRIu64, z.state, z.wp);
	/* Zone management on an LBA that starts no zone: Invalid Field. */
	CHECK_STATUS(run(&io), 0x002);
	io.op = BACKEND_FLUSH;
	CHECK_STATUS(run(&io), 0);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct test_case cases[] = {
		{ "exclusive", test_exclusive },
		{ "report", test_report },
		{ "appends", test_appends },
		{ "writes", test_writes },
		{ "zone_states", test_zone_states },
	};
	struct kv_list opts = { 0 };
	struct backend_open_args args = {
		.name = "nvme0", .durable = true, .options = &opts,
		.reactor = &reactor,
	};
	int ret;

	if (argc < 2) {
		fprintf(stderr, "usage: %s /dev/ngXnY [CASE...]\n", argv[0]);
		return 2;
	}
	path = args.path = argv[1];
	if (reactor_init(&reactor, 128))
		return 1;
	be.ops = backend_find("nvme");
	be.reactor = &reactor;
	if (be.ops->open(&be, &args))
		return 1;
	printf("geometry lba_size=%u zone_size=%" PRIu64 " zone_cap=%" PRIu64
	       " zones=%u max_open=%u max_active=%u max_append=%u model=%s\n",
	       be.geo.lba_size, be.geo.zone_size, be.geo.zone_cap,
	       be.geo.nr_zones, be.geo.max_open, be.geo.max_active,
	       be.geo.max_append, be.geo.model);
	ret = run_cases("nvme_backend_test", cases,
			sizeof(cases) / sizeof(cases[0]), argv + 2, argc - 2);
	be.ops->close(&be);
	reactor_destroy(&reactor);
	return ret;
}
