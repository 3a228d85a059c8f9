// SPDX-License-Identifier: MIT
/*
 * Unit tests for the zone range lock (server/rangelock.c): conflicts of
 * every mode pair, FIFO, cancellation, re-entrant callbacks and the
 * append/write/zone-op sequence of one zone.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "rangelock.h"

#define S RANGELOCK_SHARED
#define X RANGELOCK_EXCLUSIVE

struct treq;
typedef void (*action_fn)(struct treq *t);

/* A test request: the lock's request plus what its callback should do. */
struct treq {
	struct rangelock_req r;
	int id;
	int calls;		/* times the granted callback ran */
	action_fn action;	/* extra work done inside the callback */
	struct treq *other;	/* object of that work */
};

static struct rangelock lock;
static int grant_log[1024];	/* ids in callback order */
static int nr_log;
static int cb_depth;		/* callbacks running right now */

static void granted_cb(struct rangelock_req *r)
{
	struct treq *t = r->arg;

	/* Callbacks never nest, whatever they call. */
	assert_int_equal(cb_depth, 0);
	cb_depth++;
	t->calls++;
	assert_true(nr_log < (int)(sizeof(grant_log) / sizeof(grant_log[0])));
	grant_log[nr_log++] = t->id;
	if (t->action)
		t->action(t);
	cb_depth--;
}

static void mk(struct treq *t, int id, uint64_t start, uint64_t end,
	       enum rangelock_mode mode)
{
	/* Garbage in the private fields must not matter. */
	memset(t, 0xa5, sizeof(*t));
	t->r.start = start;
	t->r.end = end;
	t->r.mode = mode;
	t->r.granted = granted_cb;
	t->r.arg = t;
	t->id = id;
	t->calls = 0;
	t->action = NULL;
	t->other = NULL;
}

static bool acq(struct treq *t)
{
	return rangelock_acquire(&lock, &t->r);
}

static void rel(struct treq *t)
{
	rangelock_release(&lock, &t->r);
}

static void cncl(struct treq *t)
{
	rangelock_cancel(&lock, &t->r);
}

static int setup(void **state)
{
	(void)state;
	rangelock_init(&lock);
	nr_log = 0;
	cb_depth = 0;
	return 0;
}

static void expect_counts(unsigned holders, unsigned waiters)
{
	assert_int_equal(rangelock_holders(&lock), holders);
	assert_int_equal(rangelock_waiters(&lock), waiters);
}

static void expect_log(const int *ids, int n)
{
	int i;

	assert_int_equal(nr_log, n);
	for (i = 0; i < n; i++)
		assert_int_equal(grant_log[i], ids[i]);
}

/* Waiters are granted, and called back, in arrival order. */
static void test_grant_order(void **state)
{
	struct treq h, a, b, c, d, e;

	(void)state;
	mk(&h, 0, 0, 64, X);
	mk(&a, 1, 0, 8, S);
	mk(&b, 2, 0, 8, X);
	mk(&c, 3, 0, 8, S);
	mk(&d, 4, 4, 12, S);
	mk(&e, 5, 16, 24, S);
	assert_true(acq(&h));
	assert_false(acq(&a));
	assert_false(acq(&b));
	assert_false(acq(&c));
	assert_false(acq(&d));
	assert_false(acq(&e));
	expect_counts(1, 5);

	/* a and e are free; b waits on a, c and d wait on b. */
	rel(&h);
	expect_log((int[]){ 1, 5 }, 2);
	expect_counts(2, 3);
	rel(&a);
	expect_log((int[]){ 1, 5, 2 }, 3);
	rel(&b);
	expect_log((int[]){ 1, 5, 2, 3, 4 }, 5);
	expect_counts(3, 0);
	rel(&c);
	rel(&d);
	rel(&e);
	expect_counts(0, 0);
	assert_int_equal(a.calls + b.calls + c.calls + d.calls + e.calls, 5);
	assert_int_equal(h.calls, 0);
}

struct pair_case {
	enum rangelock_mode m1, m2;
	uint64_t s1, e1, s2, e2;
	bool second_waits;
};

/* Every mode pair, overlapping, nested, identical, adjacent, disjoint. */
static void test_mode_pairs(void **state)
{
	static const struct pair_case cases[] = {
		{ S, S, 0, 8, 4, 12, false },
		{ S, S, 0, 8, 0, 8, false },
		{ S, X, 0, 8, 4, 12, true },
		{ X, S, 0, 8, 4, 12, true },
		{ X, X, 0, 8, 4, 12, true },
		{ S, X, 0, 16, 4, 8, true },	/* nested */
		{ X, S, 4, 8, 0, 16, true },
		{ X, X, 0, 8, 0, 8, true },	/* identical */
		{ X, X, 7, 8, 0, 8, true },	/* one LBA in common */
		{ X, X, 0, 8, 7, 8, true },
		{ S, S, 0, 8, 8, 16, false },	/* adjacent */
		{ S, X, 0, 8, 8, 16, false },
		{ X, S, 0, 8, 8, 16, false },
		{ X, X, 0, 8, 8, 16, false },
		{ X, X, 8, 16, 0, 8, false },
		{ S, X, 8, 16, 0, 8, false },
		{ X, S, 8, 16, 0, 8, false },
		{ X, X, 0, 8, 100, 200, false },	/* disjoint */
		{ X, X, UINT64_MAX - 1, UINT64_MAX, 0, UINT64_MAX - 1, false },
		{ X, S, 0, UINT64_MAX, UINT64_MAX - 1, UINT64_MAX, true },
	};
	struct treq a, b;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct pair_case *pc = &cases[i];

		setup(NULL);
		mk(&a, 1, pc->s1, pc->e1, pc->m1);
		mk(&b, 2, pc->s2, pc->e2, pc->m2);
		assert_true(acq(&a));
		if (!pc->second_waits) {
			assert_true(acq(&b));
			expect_counts(2, 0);
			rel(&a);
			rel(&b);
			assert_int_equal(nr_log, 0);
		} else {
			assert_false(acq(&b));
			expect_counts(1, 1);
			assert_int_equal(b.calls, 0);
			rel(&a);
			assert_int_equal(b.calls, 1);
			expect_counts(1, 0);
			rel(&b);
		}
		expect_counts(0, 0);
		assert_int_equal(a.calls, 0);
	}
}

/*
 * Shared holders, an exclusive waiter, then shared requests: the one
 * overlapping the waiter queues behind it (no starvation), the one that
 * does not is granted at once.
 */
static void test_fifo_no_starvation(void **state)
{
	struct treq h[3], w, s_over, s_free, s_late;
	int i;

	(void)state;
	for (i = 0; i < 3; i++) {
		mk(&h[i], 10 + i, 0, 64, S);
		assert_true(acq(&h[i]));
	}
	mk(&w, 1, 32, 64, X);
	mk(&s_over, 2, 40, 48, S);
	mk(&s_free, 3, 0, 16, S);
	mk(&s_late, 4, 16, 33, S);
	assert_false(acq(&w));
	assert_false(acq(&s_over));
	assert_true(acq(&s_free));	/* overlaps holders only: shared */
	assert_false(acq(&s_late));	/* one LBA in common with w */
	expect_counts(4, 3);

	rel(&h[0]);
	rel(&h[1]);
	assert_int_equal(nr_log, 0);
	rel(&h[2]);
	expect_log((int[]){ 1 }, 1);
	rel(&s_free);
	expect_log((int[]){ 1 }, 1);
	rel(&w);
	expect_log((int[]){ 1, 2, 4 }, 3);
	rel(&s_over);
	rel(&s_late);
	expect_counts(0, 0);
}

/* A waiter behind a waiter it does not conflict with is not blocked by it. */
static void test_not_blocked_by_unrelated_waiter(void **state)
{
	struct treq h1, h2, w1, w2, r1, r2, hx, s1, s2;

	(void)state;
	mk(&h1, 1, 0, 8, X);
	mk(&h2, 2, 8, 16, X);
	mk(&w1, 3, 0, 4, X);
	mk(&w2, 4, 8, 12, X);
	assert_true(acq(&h1));
	assert_true(acq(&h2));
	assert_false(acq(&w1));
	assert_false(acq(&w2));
	rel(&h2);	/* w2 is free although w1, earlier, still waits */
	expect_log((int[]){ 4 }, 1);
	expect_counts(2, 1);

	/* A new request not conflicting with waiter w1 passes it. */
	mk(&r1, 5, 4, 8, S);
	mk(&r2, 6, 16, 32, X);
	assert_false(acq(&r1));	/* overlaps holder h1 */
	assert_true(acq(&r2));
	rel(&h1);
	expect_log((int[]){ 4, 3, 5 }, 3);
	rel(&w1);
	rel(&w2);
	rel(&r1);
	rel(&r2);
	expect_counts(0, 0);

	/* Shared waiters do not block each other. */
	setup(NULL);
	mk(&hx, 1, 0, 16, X);
	mk(&s1, 2, 0, 8, S);
	mk(&s2, 3, 0, 8, S);
	assert_true(acq(&hx));
	assert_false(acq(&s1));
	assert_false(acq(&s2));
	rel(&hx);
	expect_log((int[]){ 2, 3 }, 2);
	rel(&s1);
	rel(&s2);
	expect_counts(0, 0);
}

static void act_release_other(struct treq *t)
{
	rel(t->other);
}

static void act_release_self(struct treq *t)
{
	rel(t);
}

/*
 * Non-owner release: a request's callback releases a request someone else
 * acquired. What that frees is called back after this callback returns.
 */
static void test_release_from_callback(void **state)
{
	struct treq a, d, e, f;

	(void)state;
	mk(&a, 1, 0, 8, X);
	mk(&d, 2, 8, 16, X);
	mk(&e, 3, 0, 8, X);
	mk(&f, 4, 8, 16, S);
	assert_true(acq(&a));
	assert_true(acq(&d));
	assert_false(acq(&e));
	assert_false(acq(&f));
	e.action = act_release_other;
	e.other = &d;
	rel(&a);	/* grants e; e releases d; that grants f */
	expect_log((int[]){ 3, 4 }, 2);
	expect_counts(2, 0);
	rel(&e);
	rel(&f);
	expect_counts(0, 0);

	/* A granted request that fails at once and releases itself. */
	setup(NULL);
	mk(&a, 1, 0, 8, X);
	mk(&e, 2, 0, 8, X);
	mk(&f, 3, 0, 8, S);
	assert_true(acq(&a));
	assert_false(acq(&e));
	assert_false(acq(&f));
	e.action = act_release_self;
	rel(&a);
	expect_log((int[]){ 2, 3 }, 2);
	expect_counts(1, 0);
	rel(&f);
	expect_counts(0, 0);
}

static struct treq extra_free, extra_busy;
static bool extra_free_ret, extra_busy_ret;

static void act_acquire_more(struct treq *t)
{
	(void)t;
	extra_free_ret = acq(&extra_free);
	extra_busy_ret = acq(&extra_busy);
	/* State is final inside the callback. */
	expect_counts(3, 1);
}

/* A callback acquires more ranges on the same lock. */
static void test_reentrant_acquire(void **state)
{
	struct treq h, w, g;

	(void)state;
	mk(&h, 1, 0, 8, X);
	mk(&g, 2, 32, 40, X);
	mk(&w, 3, 0, 8, X);
	mk(&extra_free, 4, 16, 24, X);
	mk(&extra_busy, 5, 32, 36, S);
	assert_true(acq(&h));
	assert_true(acq(&g));
	assert_false(acq(&w));
	w.action = act_acquire_more;
	rel(&h);
	assert_true(extra_free_ret);
	assert_false(extra_busy_ret);
	expect_log((int[]){ 3 }, 1);
	/* Granted at once: never called back. */
	assert_int_equal(extra_free.calls, 0);
	rel(&g);
	expect_log((int[]){ 3, 5 }, 2);
	rel(&w);
	rel(&extra_free);
	rel(&extra_busy);
	expect_counts(0, 0);
}

static void act_release_and_reuse(struct treq *t)
{
	rel(t);
	t->r.start = 100;
	t->r.end = 108;
	t->action = NULL;
	assert_true(acq(t));
}

/* A request may be released and acquired again from its own callback. */
static void test_reuse_in_callback(void **state)
{
	struct treq h, w, b;

	(void)state;
	mk(&h, 1, 0, 8, X);
	mk(&w, 2, 0, 8, X);
	mk(&b, 3, 4, 8, S);
	assert_true(acq(&h));
	assert_false(acq(&w));
	assert_false(acq(&b));
	w.action = act_release_and_reuse;
	rel(&h);
	expect_log((int[]){ 2, 3 }, 2);
	expect_counts(2, 0);
	rel(&w);
	rel(&b);
	expect_counts(0, 0);
}

/* Cancel withdraws a waiter and grants those it was blocking. */
static void test_cancel(void **state)
{
	struct treq h, b, c, d;

	(void)state;
	mk(&h, 1, 0, 8, S);
	mk(&b, 2, 0, 16, X);	/* waits on h */
	mk(&c, 3, 8, 16, S);	/* waits only on b */
	mk(&d, 4, 0, 4, X);	/* waits on h and b */
	assert_true(acq(&h));
	assert_false(acq(&b));
	assert_false(acq(&c));
	assert_false(acq(&d));
	expect_counts(1, 3);

	cncl(&b);
	expect_log((int[]){ 3 }, 1);	/* c free now, d still waits on h */
	expect_counts(2, 1);
	cncl(&d);	/* nothing behind it */
	expect_counts(2, 0);
	rel(&h);
	rel(&c);
	expect_counts(0, 0);
	assert_int_equal(b.calls + d.calls, 0);

	/* A cancelled request can be acquired again. */
	assert_true(acq(&b));
	rel(&b);
	assert_int_equal(b.calls, 0);
	expect_counts(0, 0);
}

static void act_cancel_other(struct treq *t)
{
	cncl(t->other);
}

/*
 * One release grants a and b; a's callback cancels b (its owner has not
 * been told yet): b's callback never runs and what b blocked is granted.
 */
static void test_cancel_granted_not_told(void **state)
{
	struct treq h, a, b, c;

	(void)state;
	mk(&h, 1, 0, 8, X);
	mk(&a, 2, 0, 4, S);
	mk(&b, 3, 4, 8, S);
	mk(&c, 4, 6, 8, X);
	assert_true(acq(&h));
	assert_false(acq(&a));
	assert_false(acq(&b));
	assert_false(acq(&c));
	a.action = act_cancel_other;
	a.other = &b;
	rel(&h);
	expect_log((int[]){ 2, 4 }, 2);
	assert_int_equal(b.calls, 0);
	expect_counts(2, 0);
	rel(&a);
	rel(&c);
	expect_counts(0, 0);
}

/*
 * One zone, wp = 100, zone end 1024: appends share the tail, an ordered
 * write waits for them to drain and holds off later appends; reads below
 * wp pass; a zone op waits for everything.
 */
static void test_zone_use_case(void **state)
{
	enum { N_OLD = 100, N_NEW = 50, WP = 100, ZEND = 1024 };
	static struct treq old[N_OLD], new[N_NEW];
	struct treq write, read, reset, late;
	int i;

	(void)state;
	for (i = 0; i < N_OLD; i++) {
		mk(&old[i], 1000 + i, WP, ZEND, S);
		assert_true(acq(&old[i]));
	}
	mk(&write, 1, WP, ZEND, X);
	assert_false(acq(&write));
	for (i = 0; i < N_NEW; i++) {
		mk(&new[i], 2000 + i, WP, ZEND, S);
		assert_false(acq(&new[i]));
	}
	mk(&read, 2, 0, WP, S);
	assert_true(acq(&read));	/* below wp: never waits */
	rel(&read);
	expect_counts(N_OLD, 1 + N_NEW);

	for (i = 0; i < N_OLD - 1; i++) {
		rel(&old[N_OLD - 1 - i]);	/* any order */
		assert_int_equal(write.calls, 0);
	}
	rel(&old[0]);
	expect_log((int[]){ 1 }, 1);
	expect_counts(1, N_NEW);	/* the write, alone */

	/* A zone reset arrives while the write holds. */
	mk(&reset, 3, 0, ZEND, X);
	assert_false(acq(&reset));
	mk(&late, 4, WP, ZEND, S);
	assert_false(acq(&late));

	rel(&write);
	assert_int_equal(nr_log, 1 + N_NEW);
	for (i = 0; i < N_NEW; i++) {
		assert_int_equal(new[i].calls, 1);
		assert_int_equal(grant_log[1 + i], 2000 + i);
	}
	expect_counts(N_NEW, 2);
	for (i = 0; i < N_NEW; i++)
		rel(&new[i]);
	assert_int_equal(reset.calls, 1);
	assert_int_equal(late.calls, 0);
	rel(&reset);
	assert_int_equal(late.calls, 1);
	rel(&late);
	expect_counts(0, 0);
}

#ifndef NDEBUG
/* Run fn in a child; true if it died of SIGABRT (a failed assert). */
static bool aborts(void (*fn)(void))
{
	int status;
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit no_core = { 0, 0 };
		int devnull = open("/dev/null", O_WRONLY);

		setrlimit(RLIMIT_CORE, &no_core);
		if (devnull >= 0)
			dup2(devnull, STDERR_FILENO);
		signal(SIGABRT, SIG_DFL);
		fn();
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

static void misuse_release_idle(void)
{
	struct treq t;

	mk(&t, 1, 0, 8, S);
	rangelock_init(&lock);
	rel(&t);
}

static void misuse_release_waiting(void)
{
	struct treq a, b;

	rangelock_init(&lock);
	mk(&a, 1, 0, 8, X);
	mk(&b, 2, 0, 8, X);
	acq(&a);
	acq(&b);
	rel(&b);
}

static void misuse_cancel_held(void)
{
	struct treq a;

	rangelock_init(&lock);
	mk(&a, 1, 0, 8, X);
	acq(&a);
	cncl(&a);
}

static void misuse_empty_range(void)
{
	struct treq a;

	rangelock_init(&lock);
	mk(&a, 1, 8, 8, S);
	acq(&a);
}

static void misuse_double_acquire(void)
{
	struct treq a;

	rangelock_init(&lock);
	mk(&a, 1, 0, 8, S);
	acq(&a);
	acq(&a);
}

static void misuse_none(void)
{
	struct treq a;

	rangelock_init(&lock);
	mk(&a, 1, 0, 8, S);
	acq(&a);
	rel(&a);
}

#endif /* !NDEBUG */

/*
 * Misuse fails an assert in debug builds; in release builds a release of
 * a request not held, or a cancel of one not queued, does nothing.
 */
static void test_misuse(void **state)
{
#ifdef NDEBUG
	struct treq a, b;

	(void)state;
	mk(&a, 1, 0, 8, X);
	mk(&b, 2, 0, 8, X);
	rel(&a);
	cncl(&a);
	assert_true(acq(&a));
	cncl(&a);
	assert_false(acq(&b));
	rel(&b);
	expect_counts(1, 1);
	rel(&a);
	expect_log((int[]){ 2 }, 1);
	rel(&b);
	expect_counts(0, 0);
#else
	(void)state;
	assert_false(aborts(misuse_none));
	assert_true(aborts(misuse_release_idle));
	assert_true(aborts(misuse_release_waiting));
	assert_true(aborts(misuse_cancel_held));
	assert_true(aborts(misuse_empty_range));
	assert_true(aborts(misuse_double_acquire));
#endif
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_grant_order, setup),
		cmocka_unit_test_setup(test_mode_pairs, setup),
		cmocka_unit_test_setup(test_fifo_no_starvation, setup),
		cmocka_unit_test_setup(test_not_blocked_by_unrelated_waiter,
				       setup),
		cmocka_unit_test_setup(test_release_from_callback, setup),
		cmocka_unit_test_setup(test_reentrant_acquire, setup),
		cmocka_unit_test_setup(test_reuse_in_callback, setup),
		cmocka_unit_test_setup(test_cancel, setup),
		cmocka_unit_test_setup(test_cancel_granted_not_told, setup),
		cmocka_unit_test_setup(test_zone_use_case, setup),
		cmocka_unit_test_setup(test_misuse, setup),
	};

	return zap_unit_run(tests, argc, argv);
}
