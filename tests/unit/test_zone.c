/* SPDX-License-Identifier: MIT */
/*
 * Zone arbitration (server/zone.c) against a scripted backend whose
 * operations complete only when the test says so: the order in which
 * zone.c issues work to the device is then fully visible.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "zone.h"

#define NR_ZONES 4
#define ZONE_SIZE 64
#define ZONE_CAP 48
#define LBA 4096

/* ---- the scripted backend ---- */

static struct backend_io *issued[256];
static unsigned nr_issued;
static uint64_t dev_wp[NR_ZONES];	/* the device's own write pointers */
static uint8_t dev_state[NR_ZONES];
static int submit_error;		/* next submit returns this */

static int fake_submit(struct backend *be, struct backend_io *io)
{
	if (submit_error) {
		int e = submit_error;

		submit_error = 0;
		return e;
	}
	assert_true(nr_issued < 256);
	issued[nr_issued++] = io;
	return 0;
}

static int fake_open(struct backend *be, const struct backend_open_args *a)
{
	return 0;
}

static void fake_close(struct backend *be)
{
}

static const struct backend_ops fake_ops = {
	.name = "fake",
	.open = fake_open,
	.close = fake_close,
	.report_zones = fake_submit,
	.zone_mgmt = fake_submit,
	.append = fake_submit,
	.write = fake_submit,
	.read = fake_submit,
	.flush = fake_submit,
};

/* Complete issued[i] as a device would, with status st. */
static void complete(unsigned i, int st)
{
	struct backend_io *io = issued[i];
	uint32_t z = io->lba / ZONE_SIZE;

	issued[i] = NULL;
	io->status = st;
	if (!st && io->op == BACKEND_APPEND) {
		io->result_lba = dev_wp[z];
		dev_wp[z] += io->len / LBA;
	} else if (!st && io->op == BACKEND_WRITE) {
		dev_wp[z] += io->len / LBA;
	} else if (!st && io->op == BACKEND_ZONE_MGMT &&
		   io->action == ZAP_ZONE_RESET) {
		dev_wp[z] = z * ZONE_SIZE;
		dev_state[z] = ZAP_ZS_EMPTY;
	} else if (io->op == BACKEND_REPORT_ZONES) {
		for (uint32_t k = 0; k < io->nr_zones; k++) {
			uint32_t n = io->first_zone + k;

			io->zones[k] = (struct backend_zone){
				.start = n * ZONE_SIZE, .wp = dev_wp[n],
				.cap = ZONE_CAP, .state = dev_state[n] };
		}
	}
	io->done(io);
}

/* ---- the zone layer under test ---- */

static struct backend be;
static struct zone_table table;
static struct zone zones[NR_ZONES];
static struct zone_op ops[64];
static int done_order[64], nr_done;

static void on_done(struct zone_op *op)
{
	done_order[nr_done++] = (int)(op - ops);
}

static int setup(void **state)
{
	memset(&be, 0, sizeof(be));
	memset(&table, 0, sizeof(table));
	memset(zones, 0, sizeof(zones));
	memset(ops, 0, sizeof(ops));
	nr_issued = 0;
	nr_done = 0;
	submit_error = 0;
	be.ops = &fake_ops;
	be.geo = (struct backend_geometry){
		.lba_size = LBA, .zone_size = ZONE_SIZE, .zone_cap = ZONE_CAP,
		.nr_zones = NR_ZONES, .max_append = 16 * LBA };
	table.name = "fake";
	table.be = &be;
	table.zones = zones;
	table.epochs.fd = -1;
	/* every zone empty, as zone_table_open() reads a fresh drive */
	for (uint32_t i = 0; i < NR_ZONES; i++) {
		zones[i] = (struct zone){
			.table = &table, .index = i, .start = i * ZONE_SIZE,
			.end = (i + 1) * ZONE_SIZE, .cap = ZONE_CAP,
			.wp = i * ZONE_SIZE, .state = ZAP_ZS_EMPTY };
		rangelock_init(&zones[i].lock);
		dev_wp[i] = i * ZONE_SIZE;
		dev_state[i] = ZAP_ZS_EMPTY;
	}
	return 0;
}

static int submit(int i, enum zone_op_type type, uint32_t zone,
		  uint32_t nlb)
{
	struct zone_op *op = &ops[i];

	op->type = type;
	op->table = &table;
	op->zone = zone;
	op->len = nlb * LBA;
	op->done = on_done;
	return zone_submit(op);
}

static int submit_write(int i, uint32_t zone, uint64_t lba, uint32_t nlb)
{
	ops[i].lba = lba;
	return submit(i, ZONE_OP_WRITE, zone, nlb);
}

/* Index in issued[] of the io that belongs to ops[i], or -1. */
static int issued_for(int i)
{
	for (unsigned k = 0; k < nr_issued; k++)
		if (issued[k] && issued[k]->arg == &ops[i])
			return (int)k;
	return -1;
}

static void test_appends_run_concurrently(void **state)
{
	for (int i = 0; i < 4; i++)
		assert_int_equal(submit(i, ZONE_OP_APPEND, 1, 2), 0);
	assert_int_equal(nr_issued, 4);
	/* completions in any order; each gets the LBA the device chose */
	complete(2, 0);
	complete(0, 0);
	complete(3, 0);
	complete(1, 0);
	assert_int_equal(nr_done, 4);
	assert_int_equal(ops[2].result_lba, 64);
	assert_int_equal(ops[0].result_lba, 66);
	assert_int_equal(zones[1].wp, 72);
	assert_int_equal(zones[1].state, ZAP_ZS_IMPLICIT_OPEN);
	for (int i = 0; i < 4; i++)
		assert_int_equal(ops[i].status, ZAP_OK);
}

static void test_write_waits_for_appends_before_it(void **state)
{
	submit(0, ZONE_OP_APPEND, 0, 1);
	submit(1, ZONE_OP_APPEND, 0, 1);
	/* the write arrives while two appends are in flight: it waits */
	assert_int_equal(submit_write(2, 0, 2, 1), 0);
	assert_int_equal(issued_for(2), -1);
	/* appends that come after the write wait behind it */
	assert_int_equal(submit(3, ZONE_OP_APPEND, 0, 1), 0);
	assert_int_equal(issued_for(3), -1);
	complete(0, 0);
	assert_int_equal(issued_for(2), -1);
	complete(1, 0);
	/* now the write runs alone, at the wp the appends left */
	assert_int_not_equal(issued_for(2), -1);
	assert_int_equal(issued_for(3), -1);
	complete(issued_for(2), 0);
	assert_int_equal(ops[2].status, ZAP_OK);
	assert_int_equal(ops[2].result_lba, 2);
	assert_int_equal(ops[2].wp, 3);
	assert_int_not_equal(issued_for(3), -1);
	complete(issued_for(3), 0);
	assert_int_equal(ops[3].result_lba, 3);
}

static void test_write_at_wrong_offset_reports_wp(void **state)
{
	submit(0, ZONE_OP_APPEND, 0, 3);
	submit_write(1, 0, 0, 1);	/* lba 0: behind the append's data */
	complete(0, 0);
	/* refused after the drain, without a device command, wp told */
	assert_int_equal(nr_done, 2);
	assert_int_equal(ops[1].status, ZAP_ZONE_INVALID_WRITE);
	assert_int_equal(ops[1].wp, 3);
	assert_int_equal(nr_issued, 1);
	/* refused at once when nothing is in flight */
	assert_int_equal(submit_write(2, 0, 7, 1), ZAP_ZONE_INVALID_WRITE);
	assert_int_equal(ops[2].wp, 3);
}

static void test_write_at_wp(void **state)
{
	submit(0, ZONE_OP_APPEND, 0, 5);
	ops[1].at_wp = true;
	submit(1, ZONE_OP_WRITE, 0, 2);
	complete(0, 0);
	complete(issued_for(1), 0);
	assert_int_equal(ops[1].status, ZAP_OK);
	assert_int_equal(ops[1].result_lba, 5);
	assert_int_equal(ops[1].wp, 7);
}

static void test_admission_counts_appends_in_flight(void **state)
{
	/* capacity 48: three appends of 16 fill it while in flight */
	for (int i = 0; i < 3; i++)
		assert_int_equal(submit(i, ZONE_OP_APPEND, 0, 16), 0);
	/* the fourth does not fit: refused without touching the device */
	assert_int_equal(submit(3, ZONE_OP_APPEND, 0, 1), ZAP_ZONE_FULL);
	assert_int_equal(nr_issued, 3);
	/* a failed append gives its room back */
	complete(0, ZAP_IO_ERROR);
	assert_int_equal(submit(4, ZONE_OP_APPEND, 0, 16), 0);
	complete(1, 0);
	complete(2, 0);
	complete(issued_for(4), 0);
	assert_int_equal(zones[0].wp, 48);
	assert_int_equal(zones[0].state, ZAP_ZS_FULL);
	assert_int_equal(submit(5, ZONE_OP_APPEND, 0, 1), ZAP_ZONE_FULL);
	assert_int_equal(submit_write(6, 0, 48, 1), ZAP_ZONE_FULL);
}

static void test_reads_do_not_wait_for_appends(void **state)
{
	submit(0, ZONE_OP_APPEND, 0, 4);
	complete(0, 0);
	submit(1, ZONE_OP_APPEND, 0, 4);	/* in flight */
	ops[2].lba = 0;
	assert_int_equal(submit(2, ZONE_OP_READ, 0, 4), 0);
	assert_int_not_equal(issued_for(2), -1);
	/* even with an ordered write queued, a read below the wp passes */
	submit_write(3, 0, 8, 1);
	ops[4].lba = 0;
	submit(4, ZONE_OP_READ, 0, 4);
	assert_int_not_equal(issued_for(4), -1);
	/* a read of the tail waits for the exclusive writer */
	ops[5].lba = 8;
	submit(5, ZONE_OP_READ, 0, 1);
	assert_int_equal(issued_for(5), -1);
	complete(issued_for(1), 0);
	complete(issued_for(3), 0);
	assert_int_not_equal(issued_for(5), -1);
}

static void test_reset_waits_for_everything_and_refreshes(void **state)
{
	submit(0, ZONE_OP_APPEND, 2, 4);
	submit(1, ZONE_OP_APPEND, 2, 4);
	ops[2].action = ZAP_ZONE_RESET;
	assert_int_equal(submit(2, ZONE_OP_MGMT, 2, 0), 0);
	submit(3, ZONE_OP_APPEND, 2, 4);	/* after the reset */
	assert_int_equal(issued_for(2), -1);
	complete(0, 0);
	complete(1, 0);
	/* reset issued alone; the later append still waits */
	assert_int_not_equal(issued_for(2), -1);
	assert_int_equal(issued_for(3), -1);
	complete(issued_for(2), 0);
	/* then zone.c re-reads the zone from the device, still locked */
	assert_int_equal(issued[nr_issued - 1]->op, BACKEND_REPORT_ZONES);
	assert_int_equal(issued_for(3), -1);
	complete(nr_issued - 1, 0);
	assert_int_equal(ops[2].status, ZAP_OK);
	assert_int_equal(zones[2].wp, 128);
	assert_int_equal(zones[2].state, ZAP_ZS_EMPTY);
	complete(issued_for(3), 0);
	assert_int_equal(ops[3].result_lba, 128);
}

static void test_select_all_locks_every_zone(void **state)
{
	submit(0, ZONE_OP_APPEND, 1, 1);
	submit(1, ZONE_OP_APPEND, 3, 1);
	ops[2].action = ZAP_ZONE_FINISH;
	ops[2].all = true;
	assert_int_equal(submit(2, ZONE_OP_MGMT, 0, 0), 0);
	complete(0, 0);
	assert_int_equal(issued_for(2), -1);	/* zone 3 still busy */
	complete(1, 0);
	assert_int_not_equal(issued_for(2), -1);
	assert_true(issued[issued_for(2)]->select_all);
	complete(issued_for(2), 0);
	assert_int_equal(issued[nr_issued - 1]->nr_zones, NR_ZONES);
	dev_state[1] = dev_state[3] = ZAP_ZS_FULL;
	complete(nr_issued - 1, 0);
	assert_int_equal(ops[2].status, ZAP_OK);
	assert_int_equal(zones[1].state, ZAP_ZS_FULL);
	assert_int_equal(zones[1].wp, 64 + ZONE_CAP);
}

static void test_cancel_waiting_op(void **state)
{
	submit(0, ZONE_OP_APPEND, 0, 1);
	submit_write(1, 0, 1, 1);		/* waits */
	assert_true(zone_cancel(&ops[1]));	/* its connection closed */
	assert_false(zone_cancel(&ops[0]));	/* at the device already */
	complete(0, 0);
	assert_int_equal(nr_done, 1);
	assert_int_equal(done_order[0], 0);
	assert_int_equal(nr_issued, 1);
}

static void test_failed_submit_releases_lock(void **state)
{
	submit_error = -EAGAIN;
	assert_int_equal(submit(0, ZONE_OP_APPEND, 0, 4), ZAP_BUSY);
	assert_int_equal(zones[0].reserved, 0);
	/* the lock was released: an exclusive write goes straight through */
	assert_int_equal(submit_write(1, 0, 0, 1), 0);
	assert_int_not_equal(issued_for(1), -1);
}

static void test_device_refusing_write_refreshes_mirror(void **state)
{
	dev_wp[0] = 5;	/* the device moved on without zapd knowing */
	submit_write(0, 0, 0, 1);
	complete(issued_for(0), ZAP_ZONE_INVALID_WRITE);
	assert_int_equal(issued[nr_issued - 1]->op, BACKEND_REPORT_ZONES);
	complete(nr_issued - 1, 0);
	assert_int_equal(ops[0].status, ZAP_ZONE_INVALID_WRITE);
	assert_int_equal(zones[0].wp, 5);
	assert_int_equal(ops[0].wp, 5);	/* the reply names the real wp */
	assert_int_equal(submit_write(1, 0, 5, 1), 0);
}

static void test_append_after_queued_reset_of_full_zone(void **state)
{
	submit(0, ZONE_OP_APPEND, 1, ZONE_CAP);
	complete(0, 0);
	assert_int_equal(zones[1].state, ZAP_ZS_FULL);
	ops[1].lba = 64;
	submit(1, ZONE_OP_READ, 1, 1);		/* holds the reset off */
	ops[2].action = ZAP_ZONE_RESET;
	submit(2, ZONE_OP_MGMT, 1, 0);
	/* the zone is full now, but not once the reset ahead has run */
	assert_int_equal(submit(3, ZONE_OP_APPEND, 1, 1), 0);
	ops[4].at_wp = true;
	assert_int_equal(submit(4, ZONE_OP_WRITE, 1, 1), 0);
	complete(issued_for(1), 0);
	complete(issued_for(2), 0);
	complete(nr_issued - 1, 0);		/* the refresh */
	assert_int_equal(ops[2].status, ZAP_OK);
	complete(issued_for(3), 0);
	assert_int_equal(ops[3].status, ZAP_OK);
	assert_int_equal(ops[3].result_lba, 64);
	complete(issued_for(4), 0);
	assert_int_equal(ops[4].status, ZAP_OK);
	assert_int_equal(ops[4].result_lba, 65);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_appends_run_concurrently, setup),
		cmocka_unit_test_setup(test_write_waits_for_appends_before_it,
				       setup),
		cmocka_unit_test_setup(test_write_at_wrong_offset_reports_wp,
				       setup),
		cmocka_unit_test_setup(test_write_at_wp, setup),
		cmocka_unit_test_setup(test_admission_counts_appends_in_flight,
				       setup),
		cmocka_unit_test_setup(test_reads_do_not_wait_for_appends,
				       setup),
		cmocka_unit_test_setup(
			test_reset_waits_for_everything_and_refreshes, setup),
		cmocka_unit_test_setup(test_select_all_locks_every_zone, setup),
		cmocka_unit_test_setup(test_cancel_waiting_op, setup),
		cmocka_unit_test_setup(test_failed_submit_releases_lock, setup),
		cmocka_unit_test_setup(
			test_device_refusing_write_refreshes_mirror, setup),
		cmocka_unit_test_setup(
			test_append_after_queued_reset_of_full_zone, setup),
	};

	return zap_unit_run(tests, argc, argv);
}
