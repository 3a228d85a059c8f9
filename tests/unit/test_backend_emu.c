/* SPDX-License-Identifier: MIT */
/* The file-backed zoned drive, through a real reactor, in a temp dir. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend.h"
#include "crc32c.h"
#include "record_store.h"
#include "kv.h"
#include "zns.h"

#define LBA	4096u
/* 8 zones of 16 blocks, 12 writable; 4 blocks per append at most */
#define SMALL	"zone_size=64K,zone_cap=48K,zones=8,max_open=2,max_active=3," \
		"max_append=16K"
#define ZSIZE	16u
#define ZCAP	12u

struct t {
	struct reactor r;
	struct backend be;
	char dir[64];
	char img[80];
	char sums[80];
	bool durable;
	bool no_create;		/* open a drive that must exist */
};

static bool in_submit;

struct req {
	struct backend_io io;
	bool done;
	/* a request submitted after this one: was it done already when this
	 * one completed? */
	const struct req *later;
	bool later_done;
};

static void req_done(struct backend_io *io)
{
	struct req *q = io->arg;

	assert_false(in_submit);
	assert_false(q->done);
	q->done = true;
	if (q->later)
		q->later_done = q->later->done;
}

static int setup(void **state)
{
	struct t *t = calloc(1, sizeof(*t));

	assert_non_null(t);
	snprintf(t->dir, sizeof(t->dir), "/tmp/zapd-emu-XXXXXX");
	assert_non_null(mkdtemp(t->dir));
	/* the drive directory itself is created by open */
	strcat(t->dir, "/d");
	snprintf(t->img, sizeof(t->img), "%s/drive.img", t->dir);
	snprintf(t->sums, sizeof(t->sums), "%s/sums.img", t->dir);
	assert_int_equal(reactor_init(&t->r, 64), 0);
	*state = t;
	return 0;
}

static int teardown(void **state)
{
	struct t *t = *state;
	char cmd[128];

	if (t->be.priv)
		t->be.ops->close(&t->be);
	reactor_destroy(&t->r);
	*strrchr(t->dir, '/') = '\0';
	snprintf(cmd, sizeof(cmd), "rm -rf %s", t->dir);
	assert_int_equal(system(cmd), 0);
	free(t);
	return 0;
}

static int open_opts(struct t *t, const char *opts)
{
	struct kv_list kv = { 0 };
	struct backend_open_args a = {
		.name = "t",
		.path = t->dir,
		.durable = t->durable,
		.create = !t->no_create,
		.options = &kv,
		.reactor = &t->r,
	};
	const char *bad;

	assert_int_equal(kv_parse(&kv, opts, &bad), 0);
	memset(&t->be, 0, sizeof(t->be));
	t->be.ops = &backend_emu_ops;
	t->be.reactor = &t->r;
	return t->be.ops->open(&t->be, &a);
}

static void open_small(struct t *t)
{
	assert_int_equal(open_opts(t, SMALL), 0);
}

static void close_drive(struct t *t)
{
	t->be.ops->close(&t->be);
	assert_null(t->be.priv);
}

static void submit(struct t *t, struct req *q)
{
	q->io.done = req_done;
	q->io.arg = q;
	q->done = false;
	in_submit = true;
	assert_int_equal(backend_submit(&t->be, &q->io), 0);
	in_submit = false;
	assert_false(q->done);
}

static void wait_for(struct t *t, struct req *q)
{
	while (!q->done)
		assert_int_equal(reactor_run_once(&t->r), 0);
}

static int run(struct t *t, struct req *q)
{
	submit(t, q);
	wait_for(t, q);
	return q->io.status;
}

static void *block(unsigned n, int fill)
{
	void *p = aligned_alloc(4096, (size_t)n * LBA);

	assert_non_null(p);
	memset(p, fill, (size_t)n * LBA);
	return p;
}

static int append(struct t *t, uint32_t zone, unsigned n, int fill,
		  uint64_t *lba)
{
	struct req q = { .io = { .op = BACKEND_APPEND, .lba = zone * ZSIZE,
				 .len = n * LBA, .buf = block(n, fill) } };
	int status = run(t, &q);

	if (lba)
		*lba = q.io.result_lba;
	free(q.io.buf);
	return status;
}

static int write_at(struct t *t, uint64_t lba, unsigned n, int fill)
{
	struct req q = { .io = { .op = BACKEND_WRITE, .lba = lba,
				 .len = n * LBA, .buf = block(n, fill) } };
	int status = run(t, &q);

	free(q.io.buf);
	return status;
}

/* Read n blocks at lba; each must be filled with fill[i]. */
static void expect_data(struct t *t, uint64_t lba, unsigned n,
			const int *fill)
{
	struct req q = { .io = { .op = BACKEND_READ, .lba = lba,
				 .len = n * LBA, .buf = block(n, 0x5a) } };
	const unsigned char *p = q.io.buf;

	assert_int_equal(run(t, &q), 0);
	for (unsigned i = 0; i < n; i++)
		for (unsigned j = 0; j < LBA; j++)
			assert_int_equal(p[i * LBA + j], fill[i]);
	free(q.io.buf);
}

static int read_status(struct t *t, uint64_t lba, unsigned n)
{
	struct req q = { .io = { .op = BACKEND_READ, .lba = lba,
				 .len = n * LBA, .buf = block(n, 0) } };
	int status = run(t, &q);

	free(q.io.buf);
	return status;
}

static int mgmt(struct t *t, uint32_t zone, uint8_t action, bool all)
{
	struct req q = { .io = { .op = BACKEND_ZONE_MGMT, .lba = zone * ZSIZE,
				 .action = action, .select_all = all } };

	return run(t, &q);
}

static struct backend_zone report(struct t *t, uint32_t zone)
{
	struct backend_zone z;
	struct req q = { .io = { .op = BACKEND_REPORT_ZONES,
				 .first_zone = zone, .nr_zones = 1,
				 .zones = &z } };

	assert_int_equal(run(t, &q), 0);
	assert_int_equal(q.io.nr_zones, 1);
	return z;
}

static void expect_zone(struct t *t, uint32_t zone, uint8_t state,
			uint64_t wp)
{
	struct backend_zone z = report(t, zone);

	assert_int_equal(z.start, zone * ZSIZE);
	assert_int_equal(z.cap, ZCAP);
	assert_int_equal(z.state, state);
	assert_int_equal(z.wp, zone * ZSIZE + wp);
}

static void test_geometry(void **state)
{
	struct t *t = *state;
	const struct backend_geometry *g = &t->be.geo;
	struct stat st;

	open_small(t);
	assert_int_equal(g->lba_size, LBA);
	assert_int_equal(g->zone_size, ZSIZE);
	assert_int_equal(g->zone_cap, ZCAP);
	assert_int_equal(g->nr_zones, 8);
	assert_int_equal(g->max_open, 2);
	assert_int_equal(g->max_active, 3);
	assert_int_equal(g->max_append, 16384);
	assert_int_equal(stat(t->dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	expect_zone(t, 7, ZAP_ZS_EMPTY, 0);
}

/* No open limit under an active limit is that limit, as in QEMU. */
static void test_open_limit_follows_active(void **state)
{
	struct t *t = *state;

	assert_int_equal(open_opts(t, "zones=16,max_open=0"), 0);
	assert_int_equal(t->be.geo.max_open, 14);
	close_drive(t);
	assert_int_equal(open_opts(t, "max_open=0"), 0);
	close_drive(t);
	assert_int_equal(open_opts(t, "max_open=14"), -EINVAL);
	*strrchr(t->dir, '/') = '\0';
	strcat(t->dir, "/e");
	assert_int_equal(open_opts(t, "zones=16,max_open=0,max_active=0"), 0);
	assert_int_equal(t->be.geo.max_open, 0);
	assert_int_equal(t->be.geo.max_active, 0);
}

static void test_defaults_sparse(void **state)
{
	struct t *t = *state;
	const struct backend_geometry *g = &t->be.geo;
	struct stat st;

	assert_int_equal(open_opts(t, ""), 0);
	assert_int_equal(g->lba_size, 4096);
	assert_int_equal(g->zone_size, (64 << 20) / 4096);
	assert_int_equal(g->zone_cap, (48 << 20) / 4096);
	assert_int_equal(g->nr_zones, 256);
	assert_int_equal(g->max_open, 14);
	assert_int_equal(g->max_active, 14);
	assert_int_equal(g->max_append, 1 << 20);
	/* 16 GiB of drive, next to nothing on disk but the retry records
	 * and the commit log (16 MiB), allocated up front (a full file
	 * system must not fail a commit); its sums, 4 B a block, sparse */
	assert_int_equal(stat(t->img, &st), 0);
	assert_true(st.st_size > (16ll << 30));
	assert_true((uint64_t)st.st_blocks * 512 >= RECORD_STORE_BYTES +
						   (16 << 20));
	assert_true((uint64_t)st.st_blocks * 512 < RECORD_STORE_BYTES +
						   (17 << 20));
	assert_int_equal(stat(t->sums, &st), 0);
	assert_int_equal(st.st_size, 16 << 20);
	assert_true(st.st_blocks * 512 < 1 << 20);
}

static void test_append_read(void **state)
{
	struct t *t = *state;
	static const int fill[] = { 1, 1, 2, 2, 3, 3, 0, 0 };
	uint64_t lba;

	open_small(t);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(append(t, 1, 2, i + 1, &lba), 0);
		assert_int_equal(lba, ZSIZE + 2 * i);
	}
	expect_zone(t, 1, ZAP_ZS_IMPLICIT_OPEN, 6);
	/* at and above the wp: zeros */
	expect_data(t, ZSIZE, 8, fill);
}

static void test_write_at_wp(void **state)
{
	struct t *t = *state;
	static const int fill[] = { 7, 8, 0 };

	open_small(t);
	assert_int_equal(write_at(t, 2 * ZSIZE + 1, 1, 9), 0x1bc);
	assert_int_equal(write_at(t, 2 * ZSIZE, 1, 7), 0);
	assert_int_equal(write_at(t, 2 * ZSIZE, 1, 9), 0x1bc);
	assert_int_equal(write_at(t, 2 * ZSIZE + 2, 1, 9), 0x1bc);
	assert_int_equal(write_at(t, 2 * ZSIZE + 1, 1, 8), 0);
	expect_data(t, 2 * ZSIZE, 3, fill);
	expect_zone(t, 2, ZAP_ZS_IMPLICIT_OPEN, 2);
}

static void test_bad_lengths(void **state)
{
	struct t *t = *state;
	struct req q = { .io = { .op = BACKEND_APPEND, .lba = 0, .len = 100,
				 .buf = block(1, 0) } };

	open_small(t);
	assert_int_equal(run(t, &q), 0x002);
	q.io.len = 0;
	assert_int_equal(run(t, &q), 0x002);
	q.io.op = BACKEND_READ;
	q.io.len = 4097;
	assert_int_equal(run(t, &q), 0x002);
	free(q.io.buf);
	/* beyond max_append */
	assert_int_equal(append(t, 0, 5, 1, NULL), 0x002);
	/* not a zone start */
	q = (struct req) { .io = { .op = BACKEND_APPEND, .lba = 1, .len = LBA,
				   .buf = block(1, 0) } };
	assert_int_equal(run(t, &q), 0x002);
	free(q.io.buf);
	assert_int_equal(append(t, 8, 1, 1, NULL), 0x080);
	expect_zone(t, 0, ZAP_ZS_EMPTY, 0);
}

static void test_boundary_and_full(void **state)
{
	struct t *t = *state;
	static const int fill[] = { 2, 2, 0, 0 };
	uint64_t lba;

	open_small(t);
	assert_int_equal(append(t, 3, 4, 1, NULL), 0);
	assert_int_equal(append(t, 3, 4, 1, NULL), 0);
	assert_int_equal(append(t, 3, 2, 1, NULL), 0);
	/* the device refuses what does not fit; the zone layer admits */
	assert_int_equal(append(t, 3, 4, 1, NULL), 0x1b8);
	assert_int_equal(append(t, 3, 2, 2, &lba), 0);
	assert_int_equal(lba, 3 * ZSIZE + 10);
	expect_zone(t, 3, ZAP_ZS_FULL, ZCAP);
	assert_int_equal(append(t, 3, 1, 1, NULL), 0x1b9);
	assert_int_equal(write_at(t, 3 * ZSIZE + ZCAP, 1, 1), 0x1b9);
	/* past ZCAP reads zeros; across the zone end is refused */
	expect_data(t, 3 * ZSIZE + 10, 4, fill);
	assert_int_equal(read_status(t, 3 * ZSIZE + 10, 7), 0x1b8);
	assert_int_equal(read_status(t, 7 * ZSIZE, ZSIZE + 1), 0x080);
}

static void test_limits(void **state)
{
	struct t *t = *state;

	open_small(t);
	assert_int_equal(append(t, 0, 1, 1, NULL), 0);
	assert_int_equal(append(t, 1, 1, 1, NULL), 0);
	/* max_open=2: zone 0 is closed to make room */
	assert_int_equal(append(t, 2, 1, 1, NULL), 0);
	expect_zone(t, 0, ZAP_ZS_CLOSED, 1);
	/* max_active=3 */
	assert_int_equal(append(t, 3, 1, 1, NULL), 0x1bd);
	assert_int_equal(mgmt(t, 3, ZNS_OPEN, false), 0x1bd);
	assert_int_equal(mgmt(t, 1, ZNS_OPEN, false), 0);
	assert_int_equal(mgmt(t, 2, ZNS_OPEN, false), 0);
	/* both open explicitly: nothing to auto-close */
	assert_int_equal(append(t, 0, 1, 1, NULL), 0x1be);
	assert_int_equal(mgmt(t, 0, ZNS_FINISH, false), 0);
	assert_int_equal(append(t, 3, 1, 1, NULL), 0x1be);
	assert_int_equal(mgmt(t, 0, ZNS_CLOSE, true), 0);
	assert_int_equal(append(t, 3, 1, 1, NULL), 0);
	expect_zone(t, 1, ZAP_ZS_CLOSED, 1);
	expect_zone(t, 3, ZAP_ZS_IMPLICIT_OPEN, 1);
}

static uint64_t allocated(struct t *t)
{
	struct stat st;

	assert_int_equal(stat(t->img, &st), 0);
	return st.st_blocks * 512;
}

/* A reset keeps the zone's blocks, which the next writes overwrite
 * without allocating, and its data reads as zeros; a finish drops what it
 * puts below the wp, so data of before the reset never reads back, not
 * after a reopen either. */
static void test_reset_keeps_blocks(void **state)
{
	struct t *t = *state;
	static const int fill[] = { 6, 0, 0, 0 };
	static const int zeros[4];
	uint64_t before, written;

	open_small(t);
	before = allocated(t);
	assert_int_equal(append(t, 4, 4, 5, NULL), 0);
	assert_int_equal(append(t, 4, 4, 5, NULL), 0);
	written = allocated(t);
	assert_true(written >= before + 8 * LBA);
	assert_int_equal(mgmt(t, 4, ZNS_RESET, false), 0);
	expect_zone(t, 4, ZAP_ZS_EMPTY, 0);
	assert_int_equal(allocated(t), written);
	expect_data(t, 4 * ZSIZE, 4, zeros);
	assert_int_equal(append(t, 4, 4, 7, NULL), 0);
	assert_int_equal(append(t, 4, 4, 7, NULL), 0);
	assert_int_equal(allocated(t), written);
	assert_int_equal(mgmt(t, 4, ZNS_RESET, false), 0);
	assert_int_equal(append(t, 4, 1, 6, NULL), 0);
	assert_int_equal(mgmt(t, 4, ZNS_FINISH, false), 0);
	expect_zone(t, 4, ZAP_ZS_FULL, ZCAP);
	expect_data(t, 4 * ZSIZE, 4, fill);
	close_drive(t);
	open_small(t);
	expect_zone(t, 4, ZAP_ZS_FULL, ZCAP);
	expect_data(t, 4 * ZSIZE, 4, fill);
	/* Select All resets every zone with data */
	assert_int_equal(append(t, 5, 1, 6, NULL), 0);
	assert_int_equal(mgmt(t, 0, ZNS_RESET, true), 0);
	expect_zone(t, 4, ZAP_ZS_EMPTY, 0);
	expect_zone(t, 5, ZAP_ZS_EMPTY, 0);
	expect_data(t, 5 * ZSIZE, 1, zeros);
	assert_int_equal(mgmt(t, 5, 9, false), 0x002);
	assert_int_equal(mgmt(t, 5, ZNS_CLOSE, false), 0x1bf);
}

static void test_report_zones(void **state)
{
	struct t *t = *state;
	struct backend_zone z[10];
	struct req q = { .io = { .op = BACKEND_REPORT_ZONES, .first_zone = 6,
				 .nr_zones = 10, .zones = z } };

	open_small(t);
	assert_int_equal(run(t, &q), 0);
	assert_int_equal(q.io.nr_zones, 2);
	assert_int_equal(z[1].start, 7 * ZSIZE);
	q.io.first_zone = 8;
	assert_int_equal(run(t, &q), 0x080);
}

static void test_persistence(void **state)
{
	struct t *t = *state;
	static const int fill[] = { 1, 1, 1, 2, 2, 0 };
	static const int fill2[] = { 3, 4, 0 };

	open_small(t);
	assert_int_equal(append(t, 0, 3, 1, NULL), 0);
	assert_int_equal(append(t, 0, 2, 2, NULL), 0);
	assert_int_equal(write_at(t, ZSIZE, 1, 3), 0);
	assert_int_equal(mgmt(t, 1, ZNS_OPEN, false), 0);
	assert_int_equal(mgmt(t, 2, ZNS_OPEN, false), 0);
	assert_int_equal(mgmt(t, 3, ZNS_FINISH, false), 0);
	assert_int_equal(mgmt(t, 0, ZNS_CLOSE, false), 0);
	close_drive(t);

	/* no options: the stored geometry; equal options are fine too */
	assert_int_equal(open_opts(t, ""), 0);
	assert_int_equal(t->be.geo.nr_zones, 8);
	assert_int_equal(t->be.geo.zone_cap, ZCAP);
	expect_zone(t, 0, ZAP_ZS_CLOSED, 5);
	/* shutdown: open zones with data are closed, the others emptied */
	expect_zone(t, 1, ZAP_ZS_CLOSED, 1);
	expect_zone(t, 2, ZAP_ZS_EMPTY, 0);
	expect_zone(t, 3, ZAP_ZS_FULL, ZCAP);
	expect_data(t, 0, 6, fill);
	assert_int_equal(write_at(t, ZSIZE + 1, 1, 4), 0);
	close_drive(t);

	assert_int_equal(open_opts(t, SMALL ",lba_size=4K"), 0);
	expect_data(t, ZSIZE, 3, fill2);
	expect_zone(t, 1, ZAP_ZS_CLOSED, 2);
	assert_int_equal(append(t, 0, 1, 1, NULL), 0);
}

static void test_geometry_mismatch(void **state)
{
	static const char *const bad[] = {
		"zones=9", "zone_cap=32K", "zone_size=128K", "lba_size=512",
		"max_open=1", "max_active=4", "max_append=8K",
	};
	struct t *t = *state;

	open_small(t);
	close_drive(t);
	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(open_opts(t, bad[i]), -EINVAL);
	open_small(t);
	expect_zone(t, 0, ZAP_ZS_EMPTY, 0);
}

static void test_bad_options(void **state)
{
	static const char *const bad[] = {
		"colour=blue", "lba_size=1024", "lba_size=8K", "zone_size=6K",
		"zone_size=64K,zone_cap=68K", "zone_cap=0", "max_append=32M",
		"max_append=6K", "zones=0", "zones=2000000",
		"zone_size=1T,zones=65", "max_open=4,max_active=2",
		"zones=4,max_active=5,max_open=4", "max_open=15",
		"zone_size=banana",
	};
	struct t *t = *state;

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(open_opts(t, bad[i]), -EINVAL);
		/* refused before anything was made */
		assert_int_not_equal(access(t->img, F_OK), 0);
	}
}

/* Flip one byte of the image at off; returns what was there. */
static int poke(struct t *t, off_t off, int value)
{
	int fd = open(t->img, O_RDWR);
	unsigned char old, b = value;

	assert_true(fd >= 0);
	assert_int_equal(pread(fd, &old, 1, off), 1);
	assert_int_equal(pwrite(fd, &b, 1, off), 1);
	close(fd);
	return old;
}

static void test_corrupt_refused(void **state)
{
	struct t *t = *state;
	static const off_t spots[] = {
		0,		/* magic */
		8,		/* version */
		20,		/* geometry */
		4096 + 3 * 32,	/* zone 3's wp */
		4096 + 7 * 32 + 12,	/* zone 7's state */
	};
	struct stat st;
	int old;

	open_small(t);
	assert_int_equal(append(t, 3, 2, 1, NULL), 0);
	close_drive(t);
	for (unsigned i = 0; i < sizeof(spots) / sizeof(spots[0]); i++) {
		old = poke(t, spots[i], 0xee);
		assert_int_equal(open_opts(t, ""), -EUCLEAN);
		/* refused, not reset: the byte is still wrong */
		assert_int_equal(poke(t, spots[i], old), 0xee);
	}
	/* truncated */
	assert_int_equal(stat(t->img, &st), 0);
	assert_int_equal(truncate(t->img, st.st_size - LBA), 0);
	assert_int_equal(open_opts(t, ""), -EUCLEAN);
	assert_int_equal(truncate(t->img, 100), 0);
	assert_int_equal(open_opts(t, ""), -EUCLEAN);
	assert_int_equal(truncate(t->img, 10), 0);
	assert_int_equal(open_opts(t, ""), -EUCLEAN);
}

static void test_second_open_refused(void **state)
{
	struct t *t = *state;
	struct backend first;

	open_small(t);
	first = t->be;
	assert_int_equal(open_opts(t, ""), -EBUSY);
	t->be = first;
	close_drive(t);
	open_small(t);
}

/* Many ios queued in one loop turn: none completes inside its submit,
 * all complete together; in both durability modes. */
static void queue_many(struct t *t)
{
	struct req q[ZCAP + 1];
	uint64_t seen = 0;

	open_small(t);
	for (unsigned i = 0; i < ZCAP; i++) {
		q[i] = (struct req) { .io = { .op = BACKEND_APPEND,
				      .lba = 6 * ZSIZE, .len = LBA,
				      .buf = block(1, i) } };
		submit(t, &q[i]);
	}
	q[ZCAP] = (struct req) { .io = { .op = BACKEND_FLUSH } };
	submit(t, &q[ZCAP]);
	for (unsigned i = 0; i <= ZCAP; i++) {
		wait_for(t, &q[i]);
		assert_int_equal(q[i].io.status, 0);
		if (i < ZCAP) {
			seen |= 1ull << (q[i].io.result_lba - 6 * ZSIZE);
			free(q[i].io.buf);
		}
	}
	assert_int_equal(seen, (1ull << ZCAP) - 1);
	expect_zone(t, 6, ZAP_ZS_FULL, ZCAP);
}

static void test_durability_none(void **state)
{
	queue_many(*state);
}

static void test_durability_sync(void **state)
{
	struct t *t = *state;

	t->durable = true;
	queue_many(t);
	assert_int_equal(mgmt(t, 6, ZNS_RESET, false), 0);
}

static struct req *new_append(uint32_t zone)
{
	struct req *q = calloc(1, sizeof(*q));

	assert_non_null(q);
	q->io = (struct backend_io) { .op = BACKEND_APPEND, .lba = zone * ZSIZE,
				      .len = LBA, .buf = block(1, 1) };
	return q;
}

static void free_req(struct req *q)
{
	free(q->io.buf);
	free(q);
}

/* Durable: one fsync covers a batch; acks wait for its completion; ios
 * arriving while it is in flight wait for the next one. */
static void test_group_commit(void **state)
{
	struct t *t = *state;
	struct req *a[4], *b;

	t->durable = true;
	open_small(t);
	/* the loop serves other requests: its fsyncs go to the ring (with
	 * nothing else to do it would run them itself, test_syncer) */
	t->r.requests = 100;
	for (int i = 0; i < 4; i++) {
		a[i] = new_append(0);
		submit(t, a[i]);
	}
	/* the commit: table written, one fsync for all four, no ack yet */
	assert_int_equal(reactor_run_once(&t->r), 0);
	assert_int_equal(t->r.ios_in_flight, 1);
	for (int i = 0; i < 4; i++)
		assert_false(a[i]->done);
	b = new_append(0);
	submit(t, b);
	a[3]->later = b;
	while (!a[0]->done)
		assert_int_equal(reactor_run_once(&t->r), 0);
	/* b came after that fsync began: it waits for the next one, which
	 * may finish in the same loop turn, but never acknowledges it with
	 * the four */
	assert_false(a[3]->later_done);
	for (int i = 0; i < 4; i++) {
		assert_true(a[i]->done);
		assert_int_equal(a[i]->io.status, 0);
		free_req(a[i]);
	}
	wait_for(t, b);
	assert_int_equal(b->io.status, 0);
	assert_int_equal(b->io.result_lba, 4);
	free_req(b);
	close_drive(t);

	/* durability none: acknowledged by the commit itself */
	t->durable = false;
	open_small(t);
	b = new_append(0);
	submit(t, b);
	assert_int_equal(reactor_run_once(&t->r), 0);
	assert_true(b->done);
	assert_int_equal(t->r.ios_in_flight, 0);
	free_req(b);
}

/* More writes in one loop turn than the backend stages at once. */
static void test_many_in_one_turn(void **state)
{
	enum { N = 300 };
	struct t *t = *state;
	struct req *q[N];
	int fill[N];

	assert_int_equal(open_opts(t, "zone_size=2M,zone_cap=2M,zones=2"), 0);
	/* the default limits shrink to fit */
	assert_int_equal(t->be.geo.max_open, 2);
	assert_int_equal(t->be.geo.max_active, 2);
	for (int i = 0; i < N; i++) {
		q[i] = new_append(0);
		memset(q[i]->io.buf, i % 251, LBA);
		submit(t, q[i]);
	}
	for (int i = 0; i < N; i++) {
		wait_for(t, q[i]);
		assert_int_equal(q[i]->io.status, 0);
		assert_true(q[i]->io.result_lba < N);
		fill[q[i]->io.result_lba] = i % 251;
		free_req(q[i]);
	}
	expect_data(t, 0, N, fill);
}

/* One commit's zone records, near each other and far apart (written as
 * one span and as two), all reach the file. */
static void test_table_spans(void **state)
{
	struct t *t = *state;
	static const uint32_t zones[] = { 0, 2, 299 };
	struct req *q[3];

	assert_int_equal(open_opts(t, "zone_size=4K,zone_cap=4K,zones=300,"
				   "max_open=0,max_active=0,max_append=4K"), 0);
	for (int i = 0; i < 3; i++) {
		q[i] = new_append(zones[i]);
		q[i]->io.lba = zones[i];
		submit(t, q[i]);
	}
	for (int i = 0; i < 3; i++) {
		wait_for(t, q[i]);
		assert_int_equal(q[i]->io.status, 0);
		free_req(q[i]);
	}
	close_drive(t);
	assert_int_equal(open_opts(t, ""), 0);
	for (uint32_t z = 0; z < 300; z++) {
		struct backend_zone d = report(t, z);
		bool written = z == 0 || z == 2 || z == 299;

		assert_int_equal(d.state, written ? ZAP_ZS_FULL : ZAP_ZS_EMPTY);
	}
}

/* A read or a reset in the same loop turn as the append it follows. */
static void test_same_turn(void **state)
{
	struct t *t = *state;
	static const int zeros[4];
	struct req *a = new_append(5), *b = new_append(5);
	struct req r = { .io = { .op = BACKEND_READ, .lba = 5 * ZSIZE,
				 .len = LBA, .buf = block(1, 0) } };
	struct req z = { .io = { .op = BACKEND_ZONE_MGMT, .lba = 5 * ZSIZE,
				 .action = ZNS_RESET } };
	struct req f = { .io = { .op = BACKEND_ZONE_MGMT, .lba = 5 * ZSIZE,
				 .action = ZNS_FINISH } };

	open_small(t);
	submit(t, a);
	submit(t, &r);
	wait_for(t, &r);
	assert_int_equal(r.io.status, 0);
	assert_int_equal(((unsigned char *)r.io.buf)[LBA - 1], 1);
	assert_true(a->done);
	/* the finish's discard comes after the staged data it drops */
	submit(t, b);
	submit(t, &z);
	submit(t, &f);
	wait_for(t, &f);
	assert_int_equal(b->io.status, 0);
	assert_int_equal(z.io.status, 0);
	assert_int_equal(f.io.status, 0);
	expect_zone(t, 5, ZAP_ZS_FULL, ZCAP);
	expect_data(t, 5 * ZSIZE, 4, zeros);
	free_req(a);
	free_req(b);
	free(r.io.buf);
}

/*
 * SIGKILL the daemon at an arbitrary moment: every append it acknowledged
 * must read back at its LBA, below the wp of a zone that kept its data.
 */
#define CRASH_OPTS	"zone_size=1M,zone_cap=1M,zones=4,max_open=4," \
			"max_active=4"
#define CRASH_ZONES	4u
#define CRASH_ZBLOCKS	256u
#define CRASH_DEPTH	16
#define CRASH_ACKS	600

struct crash {
	struct reactor r;
	struct backend be;
	int pipe;
	uint32_t zone;
	uint64_t tag;
	struct backend_io io[CRASH_DEPTH];
};

static void crash_fill(void *buf, uint64_t tag)
{
	memset(buf, tag & 0xff, LBA);
	memcpy(buf, &tag, sizeof(tag));
}

static void crash_done(struct backend_io *io);

static void crash_submit(struct crash *c, struct backend_io *io)
{
	if (c->zone == CRASH_ZONES)
		return;
	io->op = BACKEND_APPEND;
	io->lba = c->zone * CRASH_ZBLOCKS;
	io->len = LBA;
	io->done = crash_done;
	io->arg = c;
	crash_fill(io->buf, ++c->tag);
	if (backend_submit(&c->be, io))
		_exit(2);
}

static void crash_done(struct backend_io *io)
{
	struct crash *c = io->arg;
	uint64_t ack[2] = { io->result_lba };

	if (io->status == 0x1b8 || io->status == 0x1b9) {
		/* the zone filled up under the appends in flight */
		if (io->lba == c->zone * CRASH_ZBLOCKS)
			c->zone++;
	} else {
		memcpy(&ack[1], io->buf, sizeof(ack[1]));
		if (io->status || write(c->pipe, ack, sizeof(ack)) !=
				  sizeof(ack))
			_exit(3);
	}
	crash_submit(c, io);
}

static void crash_child(const char *dir, bool durable, int depth, int pipe)
{
	static struct crash c;
	struct kv_list kv = { 0 };
	struct backend_open_args a = {
		.name = "crash",
		.path = dir,
		.durable = durable,
		.create = true,
		.options = &kv,
		.reactor = &c.r,
	};

	c.pipe = pipe;
	if (reactor_init(&c.r, 64))
		_exit(4);
	c.be.ops = &backend_emu_ops;
	c.be.reactor = &c.r;
	if (c.be.ops->open(&c.be, &a))
		_exit(5);
	for (int i = 0; i < depth; i++) {
		c.io[i].buf = aligned_alloc(4096, LBA);
		crash_submit(&c, &c.io[i]);
	}
	for (;;)
		if (reactor_run_once(&c.r))
			_exit(6);
}

static void crash_test(struct t *t, int depth)
{
	static uint64_t acks[CRASH_ZONES * CRASH_ZBLOCKS][2];
	unsigned n = 0;
	int fds[2], st;
	uint64_t *buf = block(1, 0);
	ssize_t got;
	pid_t pid;

	/* made here, so the child only finds it */
	assert_int_equal(open_opts(t, CRASH_OPTS), 0);
	close_drive(t);
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (!pid) {
		close(fds[0]);
		crash_child(t->dir, t->durable, depth, fds[1]);
	}
	close(fds[1]);
	while (n < CRASH_ACKS &&
	       read(fds[0], acks[n], sizeof(acks[n])) == sizeof(acks[n]))
		n++;
	assert_int_equal(n, CRASH_ACKS);
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	/* acknowledged before it died */
	while ((got = read(fds[0], acks[n], sizeof(acks[n]))) > 0) {
		assert_int_equal(got, sizeof(acks[n]));
		n++;
	}
	close(fds[0]);

	assert_int_equal(open_opts(t, ""), 0);
	for (unsigned i = 0; i < n; i++) {
		uint64_t lba = acks[i][0];
		uint32_t zone = lba / CRASH_ZBLOCKS;
		struct req q = { .io = { .op = BACKEND_REPORT_ZONES,
					 .first_zone = zone, .nr_zones = 1,
					 .zones = &(struct backend_zone){ 0 } } };
		unsigned char expect[LBA];

		assert_int_equal(run(t, &q), 0);
		assert_true(q.io.zones->wp > lba);
		assert_true(q.io.zones->state == ZAP_ZS_CLOSED ||
			    q.io.zones->state == ZAP_ZS_FULL);
		q = (struct req) { .io = { .op = BACKEND_READ, .lba = lba,
					   .len = LBA, .buf = buf } };
		assert_int_equal(run(t, &q), 0);
		crash_fill(expect, acks[i][1]);
		assert_memory_equal(buf, expect, LBA);
	}
	free(buf);
}

static void test_crash_none(void **state)
{
	crash_test(*state, CRASH_DEPTH);
}

static void test_crash_sync(void **state)
{
	struct t *t = *state;

	t->durable = true;
	crash_test(t, CRASH_DEPTH);
}

/* One append in flight: a commit, and a log entry, for each; 600 of them
 * fill this drive's log (64 KiB, 512 B an entry) four times over, so the
 * crash finds it started over after checkpoints. */
static void test_crash_log_wraps(void **state)
{
	struct t *t = *state;

	t->durable = true;
	crash_test(t, 1);
}

/*
 * Version 2 images (the sums at the end of drive.img, no commit log) are
 * converted when opened. Made here from a closed version 3 SMALL drive:
 * its sums back in the image, which is resized, and its header says 2.
 * With keep_sums, as a conversion a crash cut short leaves it: sums.img
 * in place, the image resized already, the header not yet rewritten.
 */
#define SMALL_LOG_OFF	((1u << 20) + 8 * ZSIZE * LBA + RECORD_STORE_BYTES)
#define SMALL_SUMS	(8 * ZSIZE * 4)

static void make_v2(struct t *t, bool keep_sums)
{
	unsigned char h[80];
	char sums[SMALL_SUMS];
	uint32_t crc;
	int fd = open(t->img, O_RDWR), sfd = open(t->sums, O_RDONLY);

	assert_true(fd >= 0 && sfd >= 0);
	assert_int_equal(pread(sfd, sums, sizeof(sums), 0), sizeof(sums));
	close(sfd);
	if (!keep_sums) {
		assert_int_equal(unlink(t->sums), 0);
		assert_int_equal(ftruncate(fd, SMALL_LOG_OFF + SMALL_SUMS), 0);
		assert_int_equal(pwrite(fd, sums, sizeof(sums), SMALL_LOG_OFF),
				 sizeof(sums));
	}
	assert_int_equal(pread(fd, h, sizeof(h), 0), sizeof(h));
	h[8] = 2;
	crc = crc32c(h, 76);
	memcpy(h + 76, &crc, 4);	/* little-endian hosts only */
	assert_int_equal(pwrite(fd, h, sizeof(h), 0), sizeof(h));
	close(fd);
}

static void test_upgrade_v2(void **state)
{
	struct t *t = *state;
	static const int fill[] = { 1, 1, 1, 0 };
	struct stat st;

	for (int keep = 0; keep < 2; keep++) {
		open_small(t);
		assert_int_equal(append(t, 0, 3, 1, NULL), 0);
		assert_int_equal(append(t, 2, 2, 9, NULL), 0);
		close_drive(t);
		make_v2(t, keep);
		/* a flipped bit in zone 2's data: the sums came along, they
		 * were not made again from the data */
		poke(t, (1 << 20) + 2 * ZSIZE * LBA + 100, 8);
		assert_int_equal(open_opts(t, ""), 0);
		expect_zone(t, 0, ZAP_ZS_CLOSED, 3);
		expect_data(t, 0, 4, fill);
		assert_int_equal(read_status(t, 2 * ZSIZE, 1), 0x281);
		assert_int_equal(append(t, 0, 1, 1, NULL), 0);
		close_drive(t);
		assert_int_equal(stat(t->img, &st), 0);
		assert_int_equal(st.st_size, SMALL_LOG_OFF + (64 << 10));
		assert_int_equal(open_opts(t, ""), 0);
		expect_zone(t, 0, ZAP_ZS_CLOSED, 4);
		close_drive(t);
		/* the next round starts from a new drive */
		assert_int_equal(unlink(t->img), 0);
	}
}

/*
 * A torn log entry ends the replay: the entry before it is applied, it and
 * the one after it are not (a crash during a commit leaves its entry torn
 * and nothing acknowledged after it). The commits are made by a child
 * that exits without closing the drive (no checkpoint), one entry each.
 */
static void test_log_torn_entry(void **state)
{
	struct t *t = *state;
	pid_t pid;
	int st;

	open_small(t);
	close_drive(t);
	pid = fork();
	assert_true(pid >= 0);
	if (!pid) {
		if (reactor_init(&t->r, 64) || open_opts(t, "") ||
		    append(t, 0, 1, 1, NULL) || append(t, 1, 1, 2, NULL) ||
		    append(t, 2, 1, 3, NULL))
			_exit(1);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	/* entry 1 (zone 1's append), 512 bytes in: its zone record */
	poke(t, SMALL_LOG_OFF + 512 + 70, 0xee);
	assert_int_equal(open_opts(t, ""), 0);
	expect_zone(t, 0, ZAP_ZS_CLOSED, 1);
	expect_zone(t, 1, ZAP_ZS_EMPTY, 0);
	expect_zone(t, 2, ZAP_ZS_EMPTY, 0);
}

/* len bytes at lba: appended, filled with fill (BACKEND_APPEND), or read
 * and each byte checked against fill (BACKEND_READ). The status. */
static int bytes_io(struct t *t, uint8_t op, uint64_t lba, size_t len,
		    int fill)
{
	struct req q = { .io = { .op = op, .lba = lba, .len = len,
				 .buf = block(len / LBA + 1, fill) } };
	int status;

	if (op == BACKEND_READ)
		memset(q.io.buf, ~fill, len);
	status = run(t, &q);
	for (size_t i = 0; op == BACKEND_READ && !status && i < len; i++)
		assert_int_equal(((unsigned char *)q.io.buf)[i], fill);
	free(q.io.buf);
	return status;
}

/*
 * After a crash, the sums of the blocks written since the last checkpoint
 * come back from the log, also where sums.img lost them (its page cache,
 * in a power cut: here it is emptied by hand). 512-byte blocks, so that
 * runs of an odd number of sums are padded in their entries.
 */
#define SMALL512 "lba_size=512,zone_size=64K,zone_cap=48K,zones=8," \
		 "max_open=2,max_active=3,max_append=16K"

static void test_log_restores_sums(void **state)
{
	struct t *t = *state;
	pid_t pid;
	int st;

	assert_int_equal(open_opts(t, SMALL512), 0);
	close_drive(t);
	pid = fork();
	assert_true(pid >= 0);
	if (!pid) {
		if (reactor_init(&t->r, 64) || open_opts(t, "") ||
		    bytes_io(t, BACKEND_APPEND, 0, 3 * 512, 1) ||
		    bytes_io(t, BACKEND_APPEND, 128, 512, 2) ||
		    bytes_io(t, BACKEND_APPEND, 0, 5 * 512, 3))
			_exit(1);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	assert_int_equal(truncate(t->sums, 0), 0);
	assert_int_equal(truncate(t->sums, 8 * 128 * 4), 0);
	assert_int_equal(open_opts(t, ""), 0);
	assert_int_equal(bytes_io(t, BACKEND_READ, 0, 3 * 512, 1), 0);
	assert_int_equal(bytes_io(t, BACKEND_READ, 3, 5 * 512, 3), 0);
	assert_int_equal(bytes_io(t, BACKEND_READ, 128, 512, 2), 0);
}

/* A missing directory or image is an error unless create is asked for:
 * never a new empty drive in place of a lost one. */
static void test_missing_not_created(void **state)
{
	struct t *t = *state;

	t->no_create = true;
	assert_int_equal(open_opts(t, SMALL), -ENOENT);
	assert_int_equal(access(t->dir, F_OK), -1);
	t->no_create = false;
	open_small(t);
	close_drive(t);
	t->no_create = true;
	open_small(t);		/* it exists now */
	close_drive(t);
	assert_int_equal(unlink(t->img), 0);
	assert_int_equal(open_opts(t, SMALL), -ENOENT);
	assert_int_equal(access(t->img, F_OK), -1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		T(test_geometry),
		T(test_defaults_sparse),
		T(test_open_limit_follows_active),
		T(test_append_read),
		T(test_write_at_wp),
		T(test_bad_lengths),
		T(test_boundary_and_full),
		T(test_limits),
		T(test_reset_keeps_blocks),
		T(test_table_spans),
		T(test_report_zones),
		T(test_persistence),
		T(test_geometry_mismatch),
		T(test_bad_options),
		T(test_corrupt_refused),
		T(test_second_open_refused),
		T(test_durability_none),
		T(test_durability_sync),
		T(test_group_commit),
		T(test_many_in_one_turn),
		T(test_same_turn),
		T(test_crash_none),
		T(test_crash_sync),
		T(test_crash_log_wraps),
		T(test_upgrade_v2),
		T(test_log_torn_entry),
		T(test_log_restores_sums),
		T(test_missing_not_created),
	};

	return zap_unit_run(tests, argc, argv);
}
