// SPDX-License-Identifier: MIT
/*
 * rangelock - asynchronous, non-owner range lock. See rangelock.h for the
 * guarantees and costs.
 *
 * Invariant between calls: no waiter is grantable. Adding a holder or a
 * waiter never unblocks anyone, and a waiter only ever waits on holders and
 * on earlier waiters it conflicts with, so a release or cancel of R only
 * needs to re-check the waiters that conflict with R (and, for a cancel,
 * that came after R).
 */
#include <assert.h>
#include <stddef.h>
#include <string.h>

#include "rangelock.h"

/*
 * Request states. Callers need not initialize the private fields, so the
 * busy states are unlikely 32-bit values: acquire can catch a request
 * that is still in use without tripping on stack garbage.
 */
enum {
	RL_IDLE = 0,			/* not known to the lock */
	RL_WAITING = 0x524c5701,	/* in waiters (and xwaiters if excl) */
	RL_GRANTED = 0x524c4702,	/* holder, in notify, not told yet */
	RL_HELD = 0x524c4803,		/* holder, caller told */
};

/* only assert() calls it: unused under NDEBUG (clang warns) */
__attribute__((unused))
static inline bool busy(const struct rangelock_req *req)
{
	return req->state == RL_WAITING || req->state == RL_GRANTED ||
	       req->state == RL_HELD;
}

#define node_req(n)	list_entry(n, struct rangelock_req, node)
#define xnode_req(n)	list_entry(n, struct rangelock_req, xnode)

/* Half-open intervals: [0, 8) and [8, 16) do not overlap. */
static bool overlap(const struct rangelock_req *a,
		    const struct rangelock_req *b)
{
	return a->start < b->end && b->start < a->end;
}

static bool list_overlaps(const struct list *l,
			  const struct rangelock_req *req)
{
	const struct list_node *n;

	for (n = l->first; n; n = n->next)
		if (overlap(node_req(n), req))
			return true;
	return false;
}

static bool holder_conflict(const struct rangelock *rl,
			    const struct rangelock_req *req)
{
	if (list_overlaps(&rl->excl, req))
		return true;
	/* Newest first: on a busy tail another append is met at once. */
	return req->mode == RANGELOCK_EXCLUSIVE &&
	       list_overlaps(&rl->shared, req);
}

/* Does req conflict with a waiter that arrived before it? */
static bool earlier_conflict(const struct rangelock *rl,
			     const struct rangelock_req *req)
{
	const struct list_node *n;
	const struct rangelock_req *w;

	if (req->mode == RANGELOCK_SHARED) {
		/* Only exclusive waiters can block a shared request. */
		for (n = rl->xwaiters.first; n; n = n->next) {
			w = xnode_req(n);
			if (w->seq >= req->seq)
				break;
			if (overlap(w, req))
				return true;
		}
		return false;
	}
	for (n = rl->waiters.first; n; n = n->next) {
		w = node_req(n);
		if (w->seq >= req->seq)
			break;
		if (overlap(w, req))
			return true;
	}
	return false;
}

static void add_holder(struct rangelock *rl, struct rangelock_req *req)
{
	if (req->mode == RANGELOCK_SHARED)
		list_add_head(&rl->shared, &req->node);
	else
		list_add_tail(&rl->excl, &req->node);
	rl->nr_holders++;
}

static void del_holder(struct rangelock *rl, struct rangelock_req *req)
{
	if (req->mode == RANGELOCK_SHARED)
		list_del(&rl->shared, &req->node);
	else
		list_del(&rl->excl, &req->node);
	rl->nr_holders--;
}

static void del_waiter(struct rangelock *rl, struct rangelock_req *req)
{
	list_del(&rl->waiters, &req->node);
	if (req->mode == RANGELOCK_EXCLUSIVE)
		list_del(&rl->xwaiters, &req->xnode);
	rl->nr_waiters--;
}

/*
 * Grant now, call back later: the callback runs only once every grant
 * this call makes is done, so callbacks see a consistent lock.
 */
static void grant(struct rangelock *rl, struct rangelock_req *w)
{
	del_waiter(rl, w);
	add_holder(rl, w);
	w->state = RL_GRANTED;
	list_add_tail(&rl->notify, &w->xnode);
}

static void try_grant(struct rangelock *rl, struct rangelock_req *w)
{
	if (!holder_conflict(rl, w) && !earlier_conflict(rl, w))
		grant(rl, w);
}

/*
 * @gone left the lock (released, or cancelled with arrival @gone->seq).
 * Re-check, in FIFO order, the waiters it may have been blocking: those
 * conflicting with it and, if it was a waiter itself, queued after it.
 * Granting one turns it from an earlier waiter into a holder, which
 * blocks the same later waiters, so one pass suffices.
 */
static void regrant(struct rangelock *rl, const struct rangelock_req *gone,
		    bool was_waiting)
{
	struct list_node *n, *next;
	struct rangelock_req *w;

	if (!rl->nr_waiters)
		return;
	if (gone->mode == RANGELOCK_SHARED) {
		for (n = rl->xwaiters.first; n; n = next) {
			next = n->next;
			w = xnode_req(n);
			if (was_waiting && w->seq < gone->seq)
				continue;
			if (overlap(w, gone))
				try_grant(rl, w);
		}
		return;
	}
	for (n = rl->waiters.first; n; n = next) {
		next = n->next;
		w = node_req(n);
		if (was_waiting && w->seq < gone->seq)
			continue;
		if (overlap(w, gone))
			try_grant(rl, w);
	}
}

/*
 * Run the callbacks of granted requests. A release or cancel made from a
 * callback only queues its grants here; the outermost loop runs them, so
 * callbacks never nest.
 */
static void run_callbacks(struct rangelock *rl)
{
	struct list_node *n;
	struct rangelock_req *req;

	if (rl->notifying)
		return;
	rl->notifying = true;
	while ((n = rl->notify.first)) {
		req = xnode_req(n);
		list_del(&rl->notify, n);
		req->state = RL_HELD;
		req->granted(req);	/* may release or reuse req */
	}
	rl->notifying = false;
}

void rangelock_init(struct rangelock *rl)
{
	memset(rl, 0, sizeof(*rl));
}

bool rangelock_acquire(struct rangelock *rl, struct rangelock_req *req)
{
	assert(!busy(req));
	assert(req->start < req->end);
	assert(req->mode == RANGELOCK_SHARED ||
	       req->mode == RANGELOCK_EXCLUSIVE);
	assert(req->granted);

	req->seq = ++rl->seq;
	if (holder_conflict(rl, req) || earlier_conflict(rl, req)) {
		list_add_tail(&rl->waiters, &req->node);
		if (req->mode == RANGELOCK_EXCLUSIVE)
			list_add_tail(&rl->xwaiters, &req->xnode);
		rl->nr_waiters++;
		req->state = RL_WAITING;
		return false;
	}
	add_holder(rl, req);
	req->state = RL_HELD;
	return true;
}

void rangelock_release(struct rangelock *rl, struct rangelock_req *req)
{
	assert(req->state == RL_HELD);
	if (req->state != RL_HELD)
		return;

	del_holder(rl, req);
	req->state = RL_IDLE;
	regrant(rl, req, false);
	run_callbacks(rl);
}

void rangelock_cancel(struct rangelock *rl, struct rangelock_req *req)
{
	bool was_waiting = req->state == RL_WAITING;

	assert(req->state == RL_WAITING || req->state == RL_GRANTED);
	if (was_waiting) {
		del_waiter(rl, req);
	} else if (req->state == RL_GRANTED) {
		/* Granted but not told: withdraw it like a release. */
		list_del(&rl->notify, &req->xnode);
		del_holder(rl, req);
	} else {
		return;
	}
	req->state = RL_IDLE;
	regrant(rl, req, was_waiting);
	run_callbacks(rl);
}

unsigned rangelock_holders(const struct rangelock *rl)
{
	return rl->nr_holders;
}

unsigned rangelock_waiters(const struct rangelock *rl)
{
	return rl->nr_waiters;
}
