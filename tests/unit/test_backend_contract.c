/* SPDX-License-Identifier: MIT */
/*
 * backend_submit()'s contract checks, against a fake backend that breaks
 * each promise on demand: completing from inside its submit or twice
 * aborts zapd; an appended LBA outside the zone or a report descriptor of
 * another zone fails the io with -EIO; a full zone's write pointer is made
 * its writable end; a report past the last zone is LBA Out of Range; a
 * caller's unaligned buffer never reaches the backend.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <zap/zap.h>

#include "unit.h"

#include "backend.h"
#include "nvme_status.h"
#include "reactor.h"
#include "util.h"

enum fake_mode {
	FAKE_GOOD,
	FAKE_INLINE,		/* completes inside its submit */
	FAKE_TWICE,		/* completes twice */
	FAKE_BAD_LBA,		/* appends to the next zone */
	FAKE_FULL_WP_UNDEFINED,	/* reports a full zone with wp ~0 */
	FAKE_WRONG_ZONE,	/* reports zone 0 for whatever was asked */
};

static enum fake_mode mode;
static unsigned calls;
static struct reactor reactor;

static void fake_complete(struct reactor_deferred *d)
{
	struct backend_io *io = container_of(d, struct backend_io, deferred);

	io->done(io);
	if (mode == FAKE_TWICE)
		io->done(io);
}

static int fake_op(struct backend *be, struct backend_io *io)
{
	calls++;
	io->status = 0;
	if (io->op == BACKEND_APPEND)
		io->result_lba = io->lba + (mode == FAKE_BAD_LBA ?
					    be->geo.zone_size : 0);
	for (uint32_t i = 0; io->op == BACKEND_REPORT_ZONES &&
			     i < io->nr_zones; i++) {
		uint32_t zone = mode == FAKE_WRONG_ZONE ? 0 :
				io->first_zone + i;

		io->zones[i] = (struct backend_zone) {
			.start = zone * be->geo.zone_size,
			.cap = be->geo.zone_cap,
			.wp = zone * be->geo.zone_size,
			.state = ZAP_ZS_EMPTY,
		};
		if (mode == FAKE_FULL_WP_UNDEFINED) {
			io->zones[i].state = ZAP_ZS_FULL;
			io->zones[i].wp = UINT64_MAX;
		}
	}
	if (mode == FAKE_INLINE) {
		io->done(io);
		return 0;
	}
	io->deferred.fn = fake_complete;
	reactor_defer(be->reactor, &io->deferred);
	return 0;
}

static const struct backend_ops fake_ops = {
	.name = "fake",
	.report_zones = fake_op,
	.append = fake_op,
	.write = fake_op,
	.read = fake_op,
	.zone_mgmt = fake_op,
	.flush = fake_op,
};

static struct backend be = {
	.ops = &fake_ops,
	.geo = { .lba_size = 4096, .zone_size = 16, .zone_cap = 12,
		 .nr_zones = 4, .max_append = 65536 },
};

static int done_count;

static void on_done(struct backend_io *io)
{
	done_count++;
}

static int setup(void **state)
{
	if (!reactor.base && reactor_init(&reactor, 8))
		return -1;
	be.reactor = &reactor;
	mode = FAKE_GOOD;
	calls = 0;
	done_count = 0;
	return 0;
}

/* Submit io and run the loop until it completes; its status. */
static int run(struct backend_io *io)
{
	io->done = on_done;
	assert_int_equal(backend_submit(&be, io), 0);
	while (!done_count)
		assert_int_equal(reactor_run_once(&reactor), 0);
	return io->status;
}

static void *block(void)
{
	void *p = NULL;

	assert_int_equal(posix_memalign(&p, 4096, 4096), 0);
	return p;
}

/* In a child, submit io: must die by SIGABRT. */
static void expect_abort(struct backend_io *io)
{
	pid_t pid = fork();
	int st;

	assert_true(pid >= 0);
	if (!pid) {
		io->done = on_done;
		backend_submit(&be, io);
		while (done_count < 2)
			reactor_run_once(&reactor);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGABRT);
}

static void test_good_append(void **state)
{
	struct backend_io io = { .op = BACKEND_APPEND, .lba = 16, .len = 4096,
				 .buf = block() };

	assert_int_equal(run(&io), 0);
	assert_int_equal(io.result_lba, 16);
	assert_int_equal(done_count, 1);
	free(io.buf);
}

static void test_completion_inside_submit_aborts(void **state)
{
	struct backend_io io = { .op = BACKEND_FLUSH };

	mode = FAKE_INLINE;
	expect_abort(&io);
}

static void test_double_completion_aborts(void **state)
{
	struct backend_io io = { .op = BACKEND_FLUSH };

	mode = FAKE_TWICE;
	expect_abort(&io);
}

static void test_append_lba_outside_zone_fails(void **state)
{
	struct backend_io io = { .op = BACKEND_APPEND, .lba = 16, .len = 4096,
				 .buf = block() };

	mode = FAKE_BAD_LBA;
	assert_int_equal(run(&io), -EIO);
	free(io.buf);
}

static void test_full_zone_wp_is_its_end(void **state)
{
	struct backend_zone z[2];
	struct backend_io io = { .op = BACKEND_REPORT_ZONES, .first_zone = 1,
				 .nr_zones = 2, .zones = z };

	mode = FAKE_FULL_WP_UNDEFINED;
	assert_int_equal(run(&io), 0);
	assert_int_equal(z[0].wp, 16 + 12);
	assert_int_equal(z[1].wp, 32 + 12);
}

static void test_report_of_other_zones_fails(void **state)
{
	struct backend_zone z[2];
	struct backend_io io = { .op = BACKEND_REPORT_ZONES, .first_zone = 2,
				 .nr_zones = 2, .zones = z };

	mode = FAKE_WRONG_ZONE;
	assert_int_equal(run(&io), -EIO);
}

static void test_report_range(void **state)
{
	struct backend_zone z[8];
	struct backend_io io = { .op = BACKEND_REPORT_ZONES, .first_zone = 3,
				 .nr_zones = 8, .zones = z };

	assert_int_equal(run(&io), 0);
	assert_int_equal(io.nr_zones, 1);	/* up to the last zone */
	done_count = 0;
	calls = 0;
	io.first_zone = 4;
	io.nr_zones = 1;
	assert_int_equal(run(&io), NVME_SC_LBA_RANGE);
	assert_int_equal(calls, 0);		/* answered without it */
}

static void test_unaligned_buffer_refused(void **state)
{
	char *p = block();
	struct backend_io io = { .op = BACKEND_WRITE, .lba = 0, .len = 4096,
				 .buf = p + 512, .done = on_done };

	assert_int_equal(backend_submit(&be, &io), -EINVAL);
	assert_int_equal(calls, 0);
	free(p);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_good_append, setup),
		cmocka_unit_test_setup(test_completion_inside_submit_aborts,
				       setup),
		cmocka_unit_test_setup(test_double_completion_aborts, setup),
		cmocka_unit_test_setup(test_append_lba_outside_zone_fails,
				       setup),
		cmocka_unit_test_setup(test_full_zone_wp_is_its_end, setup),
		cmocka_unit_test_setup(test_report_of_other_zones_fails,
				       setup),
		cmocka_unit_test_setup(test_report_range, setup),
		cmocka_unit_test_setup(test_unaligned_buffer_refused, setup),
	};

	return zap_unit_run(tests, argc, argv);
}
