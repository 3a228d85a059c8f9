/* SPDX-License-Identifier: MIT */
/*
 * syncer: one fsync in flight; a group gathers before the next one (as
 * many ios as the last fsync covered plus those that came during it), and
 * stops gathering when they are there, when SYNCER_GATHER_BYTES wait, or
 * at its deadline. When every request the reactor serves waits for the
 * fsync, it runs on the reactor's thread. Driven by a real reactor on a
 * temporary file.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "unit.h"

#include "reactor.h"
#include "syncer.h"

#define OTHER_REQUESTS	100

struct fixture {
	struct reactor r;
	struct syncer s;
	struct backend_syncs syncs;
	int error, fd;
	char path[64];
	struct backend_io io[8];
	unsigned done;
};

static void io_done(struct backend_io *io)
{
	struct fixture *f = io->arg;

	assert_int_equal(io->status, 0);
	f->done++;
}

static void sync_failed(struct syncer *s, int err)
{
	fail_msg("fsync failed: %d", err);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	snprintf(f->path, sizeof(f->path), "/tmp/test_syncer.XXXXXX");
	f->fd = mkstemp(f->path);
	assert_true(f->fd >= 0);
	assert_int_equal(reactor_init(&f->r, 64), 0);
	/* the loop serves other requests too, unless a test says not */
	f->r.requests = OTHER_REQUESTS;
	assert_int_equal(syncer_init(&f->s, &f->r, f->fd, &f->error,
				     sync_failed, &f->syncs), 0);
	for (unsigned i = 0; i < 8; i++)
		f->io[i] = (struct backend_io){ .op = BACKEND_FLUSH,
						.done = io_done, .arg = f };
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	syncer_destroy(&f->s);
	reactor_destroy(&f->r);
	close(f->fd);
	unlink(f->path);
	free(f);
	return 0;
}

/* Run the loop until the fsync in flight is done. */
static void finish_fsync(struct fixture *f)
{
	while (f->s.in_flight)
		assert_int_equal(reactor_run_once(&f->r), 0);
}

static void queue(struct fixture *f, unsigned i, uint32_t len)
{
	f->io[i].len = len;
	syncer_add(&f->s, &f->io[i]);
}

static void add(struct fixture *f, unsigned i, uint32_t len)
{
	queue(f, i, len);
	syncer_start(&f->s);
}

/* Two ios synced together, a third came during their fsync. */
static void first_group(struct fixture *f)
{
	queue(f, 0, 0);
	add(f, 1, 0);
	assert_true(f->s.in_flight);		/* nothing to wait for */
	add(f, 2, 0);
	assert_int_equal(f->s.nr_syncing, 2);
	finish_fsync(f);
	assert_int_equal(f->done, 2);
	assert_int_equal(f->s.expect, 3);
}

/* Two synced, one came meanwhile: the next fsync waits for three. */
static void test_gathers_a_round_trip(void **state)
{
	struct fixture *f = *state;

	first_group(f);
	assert_false(f->s.in_flight);		/* one waits: gathering */
	add(f, 3, 0);
	assert_false(f->s.in_flight);
	add(f, 4, 0);				/* three: go */
	assert_true(f->s.in_flight);
	finish_fsync(f);
	assert_int_equal(f->done, 5);
}

/* The group does not wait past its deadline. */
static void test_gathering_ends_at_deadline(void **state)
{
	struct fixture *f = *state;

	first_group(f);
	/* still gathering, its deadline set (not a loop pass later: the
	 * deadline is half the last fsync, which a fast disk makes a few
	 * microseconds) */
	assert_false(f->s.in_flight);
	assert_true(evtimer_pending(f->s.gather, NULL));
	while (f->done < 3)			/* the deadline ends it */
		assert_int_equal(reactor_run_once(&f->r), 0);
	assert_int_equal(f->s.expect, 1);	/* it learned: one came */
}

/* SYNCER_GATHER_BYTES waiting: no gathering. */
static void test_large_group_goes_at_once(void **state)
{
	struct fixture *f = *state;

	first_group(f);
	add(f, 3, SYNCER_GATHER_BYTES);
	assert_true(f->s.in_flight);
	finish_fsync(f);
	assert_int_equal(f->done, 4);
}

/* One io at a time: each fsync starts when its io comes. */
static void test_one_in_flight_waits_for_nothing(void **state)
{
	struct fixture *f = *state;

	for (unsigned i = 0; i < 4; i++) {
		add(f, i, 0);
		assert_true(f->s.in_flight);
		finish_fsync(f);
		assert_int_equal(f->done, i + 1);
		assert_int_equal(f->s.expect, 1);
	}
}

/* The loop serves only the ios that wait: the fsync runs at once, on
 * this thread, and completes them before syncer_start() returns. */
static void test_all_waiting_syncs_inline(void **state)
{
	struct fixture *f = *state;

	f->r.requests = 2;
	queue(f, 0, 0);
	add(f, 1, 0);
	assert_int_equal(f->done, 2);
	assert_false(f->s.in_flight);
	assert_int_equal(f->r.ios_in_flight, 0);	/* not on the ring */
	assert_int_equal(f->s.expect, 2);
	assert_int_equal(f->syncs.on_reactor, 1);
	assert_int_equal(f->syncs.on_ring, 0);
	/* one more request elsewhere (and nothing to gather): the next
	 * fsync goes to the ring */
	f->r.requests = 2;
	f->s.expect = 1;
	add(f, 2, 0);
	assert_int_equal(f->done, 2);
	assert_true(f->s.in_flight);
	finish_fsync(f);
	assert_int_equal(f->done, 3);
	assert_int_equal(f->syncs.on_reactor, 1);
	assert_int_equal(f->syncs.on_ring, 1);
}

/* A group that waits for requests the loop still serves gathers; once
 * the last of them joins it, it goes without waiting for its deadline. */
static void test_gathering_ends_when_all_wait(void **state)
{
	struct fixture *f = *state;

	first_group(f);
	assert_false(f->s.in_flight);		/* gathering for three */
	f->r.requests = 2;			/* the third never comes */
	f->s.took_ns = 0;	/* a fast disk, even on a loaded machine */
	add(f, 3, 0);
	assert_int_equal(f->done, 4);
	assert_false(evtimer_pending(f->s.gather, NULL));
}

/* After a slow fsync the loop does not wait for the next one itself: a
 * request arriving meanwhile would wait as long. */
static void test_slow_fsync_stays_on_the_ring(void **state)
{
	struct fixture *f = *state;

	f->r.requests = 1;
	f->s.took_ns = SYNCER_INLINE_MAX_NS + 1;
	add(f, 0, 0);
	assert_true(f->s.in_flight);
	assert_int_equal(f->done, 0);
	finish_fsync(f);
	assert_int_equal(f->done, 1);
}

/* Every request the loop knows of waits, but a connection stopped reading
 * with its budget spent: its requests come first, so the fsync goes to
 * the ring and the loop reads on. */
static void test_unread_input_stays_on_the_ring(void **state)
{
	struct fixture *f = *state;

	f->r.requests = 1;
	f->r.unread = 1;
	add(f, 0, SYNCER_GATHER_BYTES);		/* nothing to gather */
	assert_true(f->s.in_flight);
	assert_int_equal(f->done, 0);
	finish_fsync(f);
	assert_int_equal(f->done, 1);
	assert_int_equal(f->syncs.on_reactor, 0);
	assert_int_equal(f->syncs.on_ring, 1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		T(test_gathers_a_round_trip),
		T(test_gathering_ends_at_deadline),
		T(test_large_group_goes_at_once),
		T(test_one_in_flight_waits_for_nothing),
		T(test_all_waiting_syncs_inline),
		T(test_gathering_ends_when_all_wait),
		T(test_slow_fsync_stays_on_the_ring),
		T(test_unread_input_stays_on_the_ring),
	};

	return zap_unit_run(tests, argc, argv);
}
