/* SPDX-License-Identifier: MIT */
/*
 * block_sums (server/block_sums.c): sums wait in a run per zone until a
 * flush, reads check them from the run or the file, whichever holds the
 * newest, and a damaged block is named.
 */
#include "unit.h"

#include <stdlib.h>
#include <unistd.h>

#include "block_sums.h"

#define SHIFT	9
#define BSIZE	(1u << SHIFT)
#define ZONES	4
#define ZLBAS	64
#define OFF	4096	/* the sums' region in the file */

struct t {
	char path[32];
	struct block_sums bs;
	uint8_t data[ZONES * ZLBAS][BSIZE];	/* what each block holds */
};

static int setup(void **state)
{
	struct t *t = calloc(1, sizeof(*t));

	snprintf(t->path, sizeof(t->path), "/tmp/zap-sums.XXXXXX");
	t->bs.fd = mkstemp(t->path);
	if (t->bs.fd < 0 || ftruncate(t->bs.fd, OFF + ZONES * ZLBAS * 4))
		return -1;
	t->bs.off = OFF;
	t->bs.lba_shift = SHIFT;
	*state = t;
	return block_sums_init(&t->bs, ZONES, ZLBAS);
}

static int teardown(void **state)
{
	struct t *t = *state;

	block_sums_free(&t->bs);
	close(t->bs.fd);
	unlink(t->path);
	free(t);
	return 0;
}

/* Blocks [lba, lba + n) get new contents, and their sums are kept. */
static void write_blocks(struct t *t, uint64_t lba, uint64_t n, int fill)
{
	struct iovec iov = { t->data[lba], n * BSIZE };

	for (uint64_t i = 0; i < n; i++)
		memset(t->data[lba + i], fill + (int)i, BSIZE);
	assert_int_equal(block_sums_write(&t->bs, lba, &iov, 1), 0);
}

/* 0 if [lba, lba + n) matches its sums, else 1 with *bad set. */
static int check(struct t *t, uint64_t lba, uint64_t n, uint64_t *bad)
{
	return block_sums_check(&t->bs, lba, t->data[lba], n, bad);
}

static uint32_t file_sum(struct t *t, uint64_t lba)
{
	uint32_t v;

	assert_int_equal(pread(t->bs.fd, &v, 4, OFF + lba * 4), 4);
	return v;
}

static void test_run_waits_for_flush(void **state)
{
	struct t *t = *state;
	uint64_t bad = 0;

	write_blocks(t, ZLBAS + 3, 10, 1);
	assert_int_equal(file_sum(t, ZLBAS + 3), 0);	/* not written yet */
	assert_int_equal(check(t, ZLBAS + 3, 10, &bad), 0);
	t->data[ZLBAS + 7][100] ^= 1;
	assert_int_equal(check(t, ZLBAS + 3, 10, &bad), 1);
	assert_int_equal(bad, ZLBAS + 7);
	t->data[ZLBAS + 7][100] ^= 1;
	assert_int_equal(block_sums_flush(&t->bs), 0);
	assert_int_equal(t->bs.runs[1].nlb, 0);
	assert_int_not_equal(file_sum(t, ZLBAS + 3), 0);
	assert_int_equal(check(t, ZLBAS + 3, 10, &bad), 0);
}

/* A write that continues or overlaps the run joins it; one past a gap
 * (the zone was reset) writes the run out and starts another. */
static void test_gap_writes_run_out(void **state)
{
	struct t *t = *state;
	uint64_t bad = 0;

	write_blocks(t, 0, 20, 1);
	write_blocks(t, 20, 4, 50);	/* continues */
	write_blocks(t, 2, 3, 90);	/* overlaps */
	assert_int_equal(t->bs.runs[0].lba, 0);
	assert_int_equal(t->bs.runs[0].nlb, 24);
	assert_int_equal(file_sum(t, 2), 0);
	write_blocks(t, 30, 5, 120);	/* past a gap */
	assert_int_equal(t->bs.runs[0].lba, 30);
	assert_int_equal(t->bs.runs[0].nlb, 5);
	assert_int_not_equal(file_sum(t, 2), 0);
	/* the old blocks from the file, the new from the run, and both */
	assert_int_equal(check(t, 0, 24, &bad), 0);
	assert_int_equal(check(t, 30, 5, &bad), 0);
	/* 24..29 were never written: zeros pass, anything else does not */
	assert_int_equal(check(t, 10, 25, &bad), 0);
	t->data[24][9] = 1;
	assert_int_equal(check(t, 10, 25, &bad), 1);
	assert_int_equal(bad, 24);
	write_blocks(t, 24, 6, 7);	/* before the run: out, and again */
	assert_int_equal(check(t, 0, 35, &bad), 0);
	t->data[33][0] ^= 1;
	assert_int_equal(check(t, 20, 15, &bad), 1);
	assert_int_equal(bad, 33);
}

/* A run that crosses zones is split, each zone's part in its own run. */
static void test_write_across_zones(void **state)
{
	struct t *t = *state;
	uint64_t bad = 0;

	write_blocks(t, ZLBAS - 4, 8, 3);
	assert_int_equal(t->bs.runs[0].nlb, 4);
	assert_int_equal(t->bs.runs[1].lba, ZLBAS);
	assert_int_equal(t->bs.runs[1].nlb, 4);
	assert_int_equal(check(t, ZLBAS - 4, 4, &bad), 0);
	assert_int_equal(check(t, ZLBAS, 4, &bad), 0);
}

/* Discarded blocks have no sum: they must read as zeros. */
static void test_discard(void **state)
{
	struct t *t = *state;
	uint64_t lba = 2 * ZLBAS, bad = 0;

	write_blocks(t, lba, 8, 1);
	assert_int_equal(block_sums_discard(&t->bs, lba + 4, 4), 0);
	assert_int_equal(t->bs.runs[2].nlb, 0);
	assert_int_equal(check(t, lba, 4, &bad), 0);
	assert_int_equal(check(t, lba, 8, &bad), 1);	/* not zeros */
	assert_int_equal(bad, lba + 4);
	memset(t->data[lba + 4], 0, 4 * BSIZE);
	assert_int_equal(check(t, lba, 8, &bad), 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_run_waits_for_flush,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_gap_writes_run_out,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_across_zones,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_discard, setup,
						teardown),
	};

	return zap_unit_run(tests, argc, argv);
}
