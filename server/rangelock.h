/* SPDX-License-Identifier: MIT */
/*
 * rangelock - asynchronous, non-owner range lock over the LBAs of one zone.
 *
 * A request names a half-open interval [start, end) and a mode. Shared
 * requests never conflict with each other; an exclusive request conflicts
 * with every request whose interval overlaps its own. Adjacent intervals,
 * such as [0, 8) and [8, 16), do not overlap.
 *
 * Guarantees
 *  - Safety: no two conflicting requests are ever granted at the same time.
 *  - FIFO among conflicting requests: a request is granted only when it
 *    conflicts neither with a holder nor with an earlier waiter. So a
 *    stream of shared requests never starves a waiting exclusive one, and
 *    a request never waits behind one it does not conflict with.
 *  - Liveness: a waiter is granted as soon as the release or cancel that
 *    leaves it without such a conflict happens.
 *  - Non-owner: rangelock_release() may be called from any context (any
 *    completion path), not only by whoever called rangelock_acquire().
 *  - Never blocks: acquire either grants at once or queues the request;
 *    the granted callback of a queued request runs later, from inside
 *    rangelock_release() or rangelock_cancel() of another request, and
 *    never from inside rangelock_acquire() (SPDK rule: a callback never
 *    runs from inside the call that submitted it).
 *  - Re-entrancy: a granted callback may call acquire, release and cancel
 *    on the same lock. The lock's state is final before any callback runs.
 *    Callbacks never nest: grants made by a call from inside a callback
 *    are run by the outermost release/cancel once that callback returns,
 *    so the stack depth is bounded whatever the callbacks do.
 *  - Order: callbacks run in the order the requests were granted.
 *
 * Memory: intrusive. The caller owns struct rangelock_req and keeps it
 * alive from acquire until release (or cancel); the lock allocates nothing.
 * The caller sets only the public fields; the private ones need no
 * initialization.
 * A request may be reused once released or cancelled, even from inside
 * its own callback.
 *
 * Not thread-safe: one lock is used by the one thread that owns its zone.
 *
 * Misuse (releasing a request that is not held, cancelling one that is not
 * queued, acquiring one already in use, end <= start, a NULL callback)
 * fails an assert() in debug builds.
 *
 * Costs: see the comment above struct rangelock.
 */
#ifndef ZAPD_RANGELOCK_H
#define ZAPD_RANGELOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "list.h"

enum rangelock_mode {
	RANGELOCK_SHARED,
	RANGELOCK_EXCLUSIVE,
};

struct rangelock_req;
typedef void (*rangelock_granted_fn)(struct rangelock_req *req);

struct rangelock_req {
	/* set by the caller before rangelock_acquire() */
	uint64_t start;		/* first LBA (inclusive) */
	uint64_t end;		/* last LBA + 1 (exclusive), > start */
	enum rangelock_mode mode;
	/* runs once, when a queued request is granted */
	rangelock_granted_fn granted;
	void *arg;		/* for the caller */

	/* private to rangelock.c */
	struct list_node node;		/* a holder list or the wait queue */
	struct list_node xnode;		/* exclusive waiters or notify */
	uint64_t seq;			/* arrival order */
	uint32_t state;
};

struct rangelock;	/* defined below; fields are private */

void rangelock_init(struct rangelock *rl);

/*
 * Returns true if the request is granted now (its granted callback will
 * not run), false if it was queued (its granted callback runs later).
 */
bool rangelock_acquire(struct rangelock *rl, struct rangelock_req *req);

/*
 * Release a granted request: one for which acquire returned true or whose
 * callback has started. May grant (and call back) queued waiters.
 */
void rangelock_release(struct rangelock *rl, struct rangelock_req *req);

/*
 * Withdraw a request whose callback has not run yet (e.g. its connection
 * closed). Its callback never runs. May grant waiters that were queued
 * behind it. This includes a request already granted by a release whose
 * callbacks are still being run (cancel called from another callback).
 */
void rangelock_cancel(struct rangelock *rl, struct rangelock_req *req);

/* Counts, for tests, metrics and assertions. */
unsigned rangelock_holders(const struct rangelock *rl);
unsigned rangelock_waiters(const struct rangelock *rl);

/*
 * The private layout (so that a zone can embed its lock). A zeroed struct
 * is an initialized, empty lock; it holds no pointer to itself, so an idle
 * lock (no holders, no waiters) may be copied or moved.
 *
 * Layout: holders are kept in two lists, shared (newest first) and
 * exclusive; waiters in one FIFO queue, and the exclusive waiters also in
 * a second FIFO queue, since only they can block a shared request.
 * Conflict scans stop at the first conflict found.
 *
 * Cost, with Hs/Hx shared/exclusive holders and W/Wx waiters/exclusive
 * waiters (all lists are walked at most once per check):
 *  - acquire shared:    O(Hx + Wx)
 *  - acquire exclusive: O(Hx + Hs + W), stopping at the first conflict
 *  - release, cancel:   O(1) to unlink, plus a re-check of only those
 *    waiters the request could have been blocking: a walk of the
 *    exclusive waiters if it was shared (O(Wx), O(1) if none waits), of
 *    all waiters if it was exclusive (O(W)), re-checking the overlapping
 *    ones. A re-check costs what acquiring that waiter would (its walk of
 *    earlier waiters stops at itself). Worst case O(W * (H + W)).
 *
 * In a zone's load (hundreds of shared appends on the tail [wp, end), a
 * few readers below wp, at most a few exclusive writers or zone ops):
 *  - append/read acquire and release with no exclusive waiter: O(1);
 *  - with an exclusive writer waiting on the tail: an append acquire
 *    finds it at the head of the exclusive queue and queues, O(1); a read
 *    below wp passes it, O(1); an append release re-checks only the
 *    writer, whose holder scan meets another tail append among the most
 *    recent shared holders, so O(1) while appends dominate (O(readers)
 *    at worst);
 *  - the writer's release grants the k appends queued behind it in O(k),
 *    O(1) per grant.
 */
struct rangelock {
	struct list shared;	/* shared holders, newest first */
	struct list excl;	/* exclusive holders */
	struct list waiters;	/* all waiters, FIFO */
	struct list xwaiters;	/* exclusive waiters, FIFO */
	struct list notify;	/* granted, not called back yet */
	uint64_t seq;			/* last arrival number */
	unsigned nr_holders;		/* includes those in notify */
	unsigned nr_waiters;
	bool notifying;			/* a callback loop is running */
};

#endif
