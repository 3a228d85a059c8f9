// SPDX-License-Identifier: MIT
/*
 * Randomized test of the zone range lock against a reference model.
 *
 * Each schedule drives a lock with random acquire/release/cancel calls on
 * small random intervals in [0, 64); granted callbacks themselves make
 * random nested calls (release self, release or cancel another request,
 * acquire more). A brute-force model runs in lockstep and decides, at
 * every call, which requests must be granted: a request is granted iff it
 * conflicts with no holder and no earlier waiter. The checker demands:
 *  - acquire returns exactly what the model says;
 *  - callbacks come exactly for the requests the model granted, in grant
 *    order, never from inside acquire, never nested, all of them before
 *    the outermost call returns (so nothing is granted early or late);
 *  - holder/waiter counts match the model after every call;
 *  - no two conflicting requests are ever held (checked directly);
 *  - after everything held is released, no waiter is left (liveness).
 *
 * The checker is shown to catch bugs: a small array-based lock with
 * deliberately injected bugs must be reported, and the same lock without
 * a bug must pass.
 *
 * ZAP_SEED=n replays a run; ZAP_SCHEDULES=n sets the number of schedules.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rangelock.h"

#define NSLOT		24	/* requests in play per schedule */
#define SPACE		64	/* intervals lie in [0, SPACE) */
#define NOPS		200	/* top-level calls per schedule */
#define DEF_SCHEDULES	3000

/* The lock under test, so that the checker can also drive a buggy one. */
struct lock_ops {
	const char *name;
	void (*init)(void);
	bool (*acquire)(struct rangelock_req *req);
	void (*release)(struct rangelock_req *req);
	void (*cancel)(struct rangelock_req *req);
	unsigned (*holders)(void);
	unsigned (*waiters)(void);
};

/* ---- the real lock ---- */

static struct rangelock real;

static void real_init(void)
{
	rangelock_init(&real);
}

static bool real_acquire(struct rangelock_req *req)
{
	return rangelock_acquire(&real, req);
}

static void real_release(struct rangelock_req *req)
{
	rangelock_release(&real, req);
}

static void real_cancel(struct rangelock_req *req)
{
	rangelock_cancel(&real, req);
}

static unsigned real_holders(void)
{
	return rangelock_holders(&real);
}

static unsigned real_waiters(void)
{
	return rangelock_waiters(&real);
}

static const struct lock_ops real_ops = {
	"rangelock", real_init, real_acquire, real_release, real_cancel,
	real_holders, real_waiters,
};

/* ---- a deliberately simple lock, with optional injected bugs ---- */

enum bug {
	BUG_NONE,
	BUG_IGNORE_WAITERS,	/* barging: only holders block */
	BUG_ADJACENT_OVERLAP,	/* [0,8) and [8,16) seen as overlapping */
	BUG_HALF_OVERLAP,	/* misses overlaps: unsafe */
	BUG_SHARED_SHARED,	/* shared requests conflict too */
	BUG_CANCEL_NO_REGRANT,	/* cancel forgets to grant those behind */
	BUG_LIFO_REGRANT,	/* grants waiters newest first */
	BUG_NESTED_CALLBACKS,	/* no guard: callbacks recurse */
	BUG_CALLBACK_IN_ACQUIRE, /* acquire calls back instead of true */
	BUG_SKIP_FIRST_RELEASE,	/* first release grants nothing */
	NR_BUGS,
};

static const char *const bug_names[NR_BUGS] = {
	"none", "ignore-waiters", "adjacent-overlap", "half-overlap",
	"shared-shared", "cancel-no-regrant", "lifo-regrant",
	"nested-callbacks", "callback-in-acquire", "skip-first-release",
};

static struct {
	enum bug bug;
	struct rangelock_req *hold[NSLOT];
	struct rangelock_req *wait[NSLOT];	/* FIFO */
	struct rangelock_req *notify[NSLOT];	/* FIFO */
	int nh, nw, nn;
	bool notifying;
	bool released_once;
} mini;

static bool mini_conflict(const struct rangelock_req *a,
			  const struct rangelock_req *b)
{
	bool ov;

	if (a->mode == RANGELOCK_SHARED && b->mode == RANGELOCK_SHARED &&
	    mini.bug != BUG_SHARED_SHARED)
		return false;
	switch (mini.bug) {
	case BUG_ADJACENT_OVERLAP:
		ov = a->start <= b->end && b->start <= a->end;
		break;
	case BUG_HALF_OVERLAP:
		ov = a->start >= b->start && a->start < b->end;
		break;
	default:
		ov = a->start < b->end && b->start < a->end;
		break;
	}
	return ov;
}

/* May req, with nwait waiters ahead of it, be granted? */
static bool mini_grantable(const struct rangelock_req *req, int nwait)
{
	int i;

	for (i = 0; i < mini.nh; i++)
		if (mini_conflict(req, mini.hold[i]))
			return false;
	if (mini.bug == BUG_IGNORE_WAITERS)
		return true;
	for (i = 0; i < nwait; i++)
		if (mini.wait[i] != req && mini_conflict(req, mini.wait[i]))
			return false;
	return true;
}

static void arr_del(struct rangelock_req **a, int *n, int i)
{
	memmove(&a[i], &a[i + 1], (size_t)(*n - i - 1) * sizeof(a[0]));
	(*n)--;
}

static int arr_find(struct rangelock_req **a, int n,
		    const struct rangelock_req *req)
{
	int i;

	for (i = 0; i < n; i++)
		if (a[i] == req)
			return i;
	return -1;
}

static void mini_run_callbacks(void)
{
	struct rangelock_req *req;

	if (mini.notifying && mini.bug != BUG_NESTED_CALLBACKS)
		return;
	mini.notifying = true;
	while (mini.nn) {
		req = mini.notify[0];
		arr_del(mini.notify, &mini.nn, 0);
		req->granted(req);
	}
	mini.notifying = false;
}

static void mini_regrant(void)
{
	int k, i;

	for (k = 0; k < mini.nw; k++) {
		i = mini.bug == BUG_LIFO_REGRANT ? mini.nw - 1 - k : k;
		if (!mini_grantable(mini.wait[i], i))
			continue;
		mini.hold[mini.nh++] = mini.wait[i];
		mini.notify[mini.nn++] = mini.wait[i];
		arr_del(mini.wait, &mini.nw, i);
		k--;
	}
}

static void mini_init(void)
{
	enum bug bug = mini.bug;

	memset(&mini, 0, sizeof(mini));
	mini.bug = bug;
}

static bool mini_acquire(struct rangelock_req *req)
{
	if (mini_grantable(req, mini.nw)) {
		mini.hold[mini.nh++] = req;
		if (mini.bug == BUG_CALLBACK_IN_ACQUIRE) {
			mini.notify[mini.nn++] = req;
			mini_run_callbacks();
			return false;
		}
		return true;
	}
	mini.wait[mini.nw++] = req;
	return false;
}

static void mini_release(struct rangelock_req *req)
{
	int i = arr_find(mini.hold, mini.nh, req);

	if (i < 0)
		return;
	arr_del(mini.hold, &mini.nh, i);
	if (mini.bug == BUG_SKIP_FIRST_RELEASE && !mini.released_once) {
		mini.released_once = true;
		return;
	}
	mini_regrant();
	mini_run_callbacks();
}

static void mini_cancel(struct rangelock_req *req)
{
	int i = arr_find(mini.wait, mini.nw, req);

	if (i >= 0) {
		arr_del(mini.wait, &mini.nw, i);
		if (mini.bug == BUG_CANCEL_NO_REGRANT)
			return;
	} else {
		i = arr_find(mini.notify, mini.nn, req);
		if (i < 0)
			return;
		arr_del(mini.notify, &mini.nn, i);
		arr_del(mini.hold, &mini.nh, arr_find(mini.hold, mini.nh, req));
	}
	mini_regrant();
	mini_run_callbacks();
}

static unsigned mini_holders(void)
{
	return (unsigned)mini.nh;
}

static unsigned mini_waiters(void)
{
	return (unsigned)mini.nw;
}

static const struct lock_ops mini_ops = {
	"mini-lock", mini_init, mini_acquire, mini_release, mini_cancel,
	mini_holders, mini_waiters,
};

/* ---- random numbers ---- */

static uint64_t rng;

static uint64_t rnd(void)
{
	/* splitmix64 */
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static unsigned rnd_below(unsigned n)
{
	return (unsigned)(rnd() % n);
}

/* ---- the reference model and the checker ---- */

/* What the caller knows, and what the model says. */
enum view { V_IDLE, V_WAITING, V_HELD };
enum mstate { M_IDLE, M_WAIT, M_PENDING, M_HELD };

static struct slot {
	struct rangelock_req req;
	enum view view;
	enum mstate m;
} slots[NSLOT];

static int m_wait[NSLOT], m_nwait;	/* model FIFO of waiters */
static int m_pend[NSLOT], m_npend;	/* granted, callback due, in order */

static const struct lock_ops *ops;
static int depth;		/* lock calls in progress, nested */
static int cb_depth;		/* callbacks in progress */
static bool in_acquire;
static bool draining;		/* end of schedule: callbacks do nothing */
static bool failed;
static char why[512];
static unsigned cur_schedule, cur_op;

static void violation(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static void violation(const char *fmt, ...)
{
	va_list ap;
	int n;

	if (failed)
		return;
	failed = true;
	n = snprintf(why, sizeof(why), "schedule %u op %u: ",
		     cur_schedule, cur_op);
	va_start(ap, fmt);
	vsnprintf(why + n, sizeof(why) - (size_t)n, fmt, ap);
	va_end(ap);
}

static bool m_conflict(int a, int b)
{
	const struct rangelock_req *x = &slots[a].req, *y = &slots[b].req;

	if (x->mode == RANGELOCK_SHARED && y->mode == RANGELOCK_SHARED)
		return false;
	return x->start < y->end && y->start < x->end;
}

static bool m_is_holder(int i)
{
	return slots[i].m == M_PENDING || slots[i].m == M_HELD;
}

/* Model rule: no conflict with a holder nor with waiters m_wait[0..pos). */
static bool m_grantable(int i, int pos)
{
	int j;

	for (j = 0; j < NSLOT; j++)
		if (j != i && m_is_holder(j) && m_conflict(i, j))
			return false;
	for (j = 0; j < pos; j++)
		if (m_conflict(i, m_wait[j]))
			return false;
	return true;
}

static void idx_del(int *a, int *n, int pos)
{
	memmove(&a[pos], &a[pos + 1], (size_t)(*n - pos - 1) * sizeof(a[0]));
	(*n)--;
}

static int idx_find(const int *a, int n, int v)
{
	int i;

	for (i = 0; i < n; i++)
		if (a[i] == v)
			return i;
	return -1;
}

/* Grant, in FIFO order, every waiter the rule allows, to a fixpoint. */
static void m_regrant(void)
{
	bool changed = true;
	int pos, i;

	while (changed) {
		changed = false;
		for (pos = 0; pos < m_nwait; pos++) {
			i = m_wait[pos];
			if (!m_grantable(i, pos))
				continue;
			idx_del(m_wait, &m_nwait, pos);
			slots[i].m = M_PENDING;
			m_pend[m_npend++] = i;
			changed = true;
			break;
		}
	}
}

static void check_state(const char *where)
{
	unsigned h = 0, w = 0;
	int i, j;

	for (i = 0; i < NSLOT; i++) {
		h += m_is_holder(i);
		w += slots[i].m == M_WAIT;
	}
	if (ops->holders() != h || ops->waiters() != w)
		violation("%s: lock has %u holders %u waiters, model %u and %u",
			  where, ops->holders(), ops->waiters(), h, w);
	/* Safety, straight from what callers were told. */
	for (i = 0; i < NSLOT; i++)
		for (j = i + 1; j < NSLOT; j++)
			if (slots[i].view == V_HELD &&
			    slots[j].view == V_HELD && m_conflict(i, j))
				violation("%s: conflicting holders %d and %d",
					  where, i, j);
}

static void random_interval(struct rangelock_req *req)
{
	unsigned k = rnd_below(10), len;

	if (k < 5) {		/* aligned: many adjacent intervals */
		req->start = 8 * rnd_below(SPACE / 8);
		len = 8 * (1 + rnd_below(2));
	} else if (k < 8) {	/* small, anywhere */
		req->start = rnd_below(SPACE);
		len = 1 + rnd_below(12);
	} else if (k < 9) {	/* the tail [wp, end) */
		req->start = 32 + rnd_below(16);
		len = SPACE;
	} else {		/* the whole zone */
		req->start = 0;
		len = SPACE;
	}
	req->end = req->start + len > SPACE ? SPACE : req->start + len;
	req->mode = rnd_below(100) < 35 ? RANGELOCK_EXCLUSIVE :
					  RANGELOCK_SHARED;
}

/* Some slot in view v other than not, or -1. */
static int pick(enum view v, int not)
{
	int i, n = 0, cand[NSLOT];

	for (i = 0; i < NSLOT; i++)
		if (slots[i].view == v && i != not)
			cand[n++] = i;
	return n ? cand[rnd_below((unsigned)n)] : -1;
}

static void end_call(const char *what)
{
	depth--;
	if (!depth && m_npend)
		violation("%s returned, %d grant(s) not called back (%d)",
			  what, m_npend, m_pend[0]);
	check_state(what);
}

static void do_acquire(int i)
{
	bool expect, got;

	if (failed)
		return;
	random_interval(&slots[i].req);
	expect = m_grantable(i, m_nwait);
	if (expect) {
		slots[i].m = M_HELD;
	} else {
		slots[i].m = M_WAIT;
		m_wait[m_nwait++] = i;
	}
	depth++;
	in_acquire = true;
	got = ops->acquire(&slots[i].req);
	in_acquire = false;
	if (got != expect)
		violation("acquire %d [%" PRIu64 ",%" PRIu64
			  ") %s returned %d, model says %d",
			  i, slots[i].req.start, slots[i].req.end,
			  slots[i].req.mode == RANGELOCK_SHARED ? "S" : "X",
			  got, expect);
	slots[i].view = got ? V_HELD : V_WAITING;
	end_call("acquire");
}

static void do_release(int i)
{
	if (failed)
		return;
	slots[i].m = M_IDLE;
	slots[i].view = V_IDLE;
	m_regrant();
	depth++;
	ops->release(&slots[i].req);
	end_call("release");
}

static void do_cancel(int i)
{
	int pos;

	if (failed)
		return;
	if (slots[i].m == M_WAIT) {
		idx_del(m_wait, &m_nwait, idx_find(m_wait, m_nwait, i));
	} else {
		pos = idx_find(m_pend, m_npend, i);
		if (pos < 0) {
			violation("cancel %d: model state %d", i, slots[i].m);
			return;
		}
		idx_del(m_pend, &m_npend, pos);
	}
	slots[i].m = M_IDLE;
	slots[i].view = V_IDLE;
	m_regrant();
	depth++;
	ops->cancel(&slots[i].req);
	end_call("cancel");
}

/* Random nested calls from inside a granted callback. */
static void nested_calls(int self)
{
	unsigned k = rnd_below(100);
	int j;

	if (k < 15) {
		do_release(self);	/* fails at once */
		return;
	}
	if (k < 35 && (j = pick(V_IDLE, -1)) >= 0)
		do_acquire(j);
	k = rnd_below(100);
	if (k < 15 && (j = pick(V_HELD, self)) >= 0)
		do_release(j);		/* non-owner release */
	else if (k < 30 && (j = pick(V_WAITING, self)) >= 0)
		do_cancel(j);		/* may be granted, not told */
}

static void checker_cb(struct rangelock_req *req)
{
	struct slot *s = req->arg;
	int i = (int)(s - slots), pos;

	if (failed)
		return;
	if (in_acquire)
		violation("callback of %d from inside acquire", i);
	if (cb_depth)
		violation("callback of %d nested in another callback", i);
	if (s->view != V_WAITING)
		violation("callback of %d, which is not waiting (view %d)",
			  i, s->view);
	pos = idx_find(m_pend, m_npend, i);
	if (pos < 0)
		violation("%d granted, model says it must still wait", i);
	else if (pos > 0)
		violation("%d called back before %d, granted earlier",
			  i, m_pend[0]);
	if (failed)
		return;
	idx_del(m_pend, &m_npend, 0);
	s->m = M_HELD;
	s->view = V_HELD;
	check_state("callback");

	cb_depth++;
	if (!draining)
		nested_calls(i);
	cb_depth--;
}

static void reset_schedule(void)
{
	int i;

	for (i = 0; i < NSLOT; i++) {
		/* Private fields are garbage on purpose. */
		memset(&slots[i].req, 0x5a, sizeof(slots[i].req));
		slots[i].req.granted = checker_cb;
		slots[i].req.arg = &slots[i];
		slots[i].view = V_IDLE;
		slots[i].m = M_IDLE;
	}
	m_nwait = m_npend = 0;
	depth = cb_depth = 0;
	in_acquire = draining = false;
	ops->init();
}

static void run_schedule(void)
{
	unsigned k;
	int i;

	reset_schedule();
	for (cur_op = 0; cur_op < NOPS && !failed; cur_op++) {
		k = rnd_below(100);
		if (k < 45 && (i = pick(V_IDLE, -1)) >= 0)
			do_acquire(i);
		else if (k < 85 && (i = pick(V_HELD, -1)) >= 0)
			do_release(i);
		else if ((i = pick(V_WAITING, -1)) >= 0)
			do_cancel(i);
		else if ((i = pick(V_IDLE, -1)) >= 0)
			do_acquire(i);
	}
	/* Liveness: release everything held; every waiter must get its turn. */
	draining = true;
	while (!failed && (i = pick(V_HELD, -1)) >= 0)
		do_release(i);
	if (!failed && (i = pick(V_WAITING, -1)) >= 0)
		violation("liveness: %d still waits with nothing held", i);
	if (!failed && (ops->holders() || ops->waiters()))
		violation("drained lock has %u holders %u waiters",
			  ops->holders(), ops->waiters());
}

/* Run n schedules from seed; false (and why) at the first violation. */
static bool run_checker(const struct lock_ops *lock, uint64_t seed,
			unsigned n)
{
	ops = lock;
	failed = false;
	why[0] = '\0';
	for (cur_schedule = 0; cur_schedule < n && !failed; cur_schedule++) {
		rng = seed ^ ((uint64_t)cur_schedule * 0xd1b54a32d192ed03ULL);
		run_schedule();
	}
	return !failed;
}

static uint64_t seed;
static unsigned nr_schedules = DEF_SCHEDULES;

static void test_random_schedules(void **state)
{
	(void)state;
	if (!run_checker(&real_ops, seed, nr_schedules))
		fail_msg("seed %" PRIu64 ": %s", seed, why);
}

/* The reference-style mini lock passes the same checker... */
static void test_checker_accepts_correct_lock(void **state)
{
	(void)state;
	mini.bug = BUG_NONE;
	if (!run_checker(&mini_ops, seed, 200))
		fail_msg("seed %" PRIu64 ": %s", seed, why);
}

/* ...and every injected bug is caught. */
static void test_checker_catches_bugs(void **state)
{
	int b;

	(void)state;
	for (b = BUG_NONE + 1; b < NR_BUGS; b++) {
		mini.bug = b;
		if (run_checker(&mini_ops, seed, 200))
			fail_msg("bug %s not caught (seed %" PRIu64 ")",
				 bug_names[b], seed);
		print_message("caught %-20s %s\n", bug_names[b], why);
	}
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_schedules),
		cmocka_unit_test(test_checker_accepts_correct_lock),
		cmocka_unit_test(test_checker_catches_bugs),
	};
	const char *env = getenv("ZAP_SEED");

	if (env && *env)
		seed = strtoull(env, NULL, 0);
	else
		seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
	env = getenv("ZAP_SCHEDULES");
	if (env && *env)
		nr_schedules = (unsigned)strtoul(env, NULL, 0);
	printf("rangelock random: seed %" PRIu64
	       " (ZAP_SEED to replay), %u schedules of %d ops\n",
	       seed, nr_schedules, NOPS);
	fflush(stdout);
	return zap_unit_run(tests, argc, argv);
}
