/* SPDX-License-Identifier: MIT */
/*
 * reactor - one libevent base and one io_uring, driven by one thread.
 *
 * The ring's eventfd is an event in the base, so socket readiness and
 * storage completions are handled by the same loop. The ring is set up
 * with SQE128 and CQE32 so NVMe passthrough commands fit; plain commands
 * (fsync) use it too.
 *
 * Submission is batched: reactor_get_sqe() only fills the queue, and the
 * queue is submitted once per loop iteration (or when it is full).
 *
 * One thread at a time drives a reactor, not necessarily the one that
 * created it (nothing is tied to a thread: no IORING_SETUP_SINGLE_ISSUER,
 * no libevent locking); the hand-over must be ordered, as starting or
 * joining a thread orders it. Other threads reach it by reactor_send().
 */
#ifndef ZAPD_REACTOR_H
#define ZAPD_REACTOR_H

#include <event2/event.h>
#include <liburing.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "list.h"

/*
 * Event priorities. Each loop pass runs the ready callbacks of the most
 * urgent priority only; libevent's default for a new event is the middle
 * one (nactivequeues / 2), which sockets and deferred work keep. The
 * background runs one callback a pass and then looks at the sockets
 * again: connections that spent their turn's share (session.c) go on
 * there, so that a connection that has been quiet waits for at most one
 * of their shares, not for all of them.
 */
enum reactor_prio {
	REACTOR_PRIO_IO,		/* the ring's completions */
	REACTOR_PRIO_NORMAL,		/* sockets, deferred work, messages */
	REACTOR_PRIO_BACKGROUND,	/* one callback a pass */
	REACTOR_PRIOS,
};

struct reactor_io;
/* cqe is valid only during the call; CQE32: cqe->big_cqe[] is there too. */
typedef void (*reactor_io_fn)(struct reactor_io *io,
			      const struct io_uring_cqe *cqe);

/* Embed in the operation that owns the SQE; user_data points at it. */
struct reactor_io {
	reactor_io_fn done;
};

struct reactor_deferred;
typedef void (*reactor_deferred_fn)(struct reactor_deferred *d);

/* A callback to run later in this loop iteration (never re-entrantly). */
struct reactor_deferred {
	reactor_deferred_fn fn;
	struct list_node node;
	bool queued;
};

struct reactor_msg;
typedef void (*reactor_msg_fn)(struct reactor_msg *m);

/* A message to a reactor from any thread: embed it in what it carries. */
struct reactor_msg {
	reactor_msg_fn fn;
	struct reactor_msg *next;
};

/* Messages this reactor posted to one other, not yet sent: newest first. */
struct reactor_outbox {
	struct reactor *to;
	struct reactor_msg *newest, *oldest;
};

#define REACTOR_MAX_PEERS	64

struct reactor {
	struct event_base *base;
	struct io_uring ring;
	int efd;			/* the ring's completion eventfd */
	struct event *ring_ev;		/* efd readable: reap completions */
	struct event *kick_ev;		/* runs deferred work and submits */
	unsigned sq_unsubmitted;
	unsigned ios_in_flight;
	/* Requests this loop serves, from their dispatch to their reply
	 * (dispatch.c counts them; a forwarded one counts on both loops):
	 * while all of them wait for one fsync, the loop has nothing else
	 * to do and may wait for it itself (syncer.c). */
	unsigned requests;
	/* Connections whose last read stopped at its budget with bytes left
	 * (session.c): their requests are to be read first. */
	unsigned unread;
	struct list deferred;		/* struct reactor_deferred, FIFO */
	/* Messages, newest first: any thread pushes, r's thread takes all. */
	_Atomic(struct reactor_msg *) msgs;
	int msg_efd;			/* written when msgs stops being empty */
	struct event *msg_ev;		/* msg_efd readable: run the messages */
	/* reactor_post()'s, sent together at the end of the loop pass */
	struct reactor_outbox outbox[REACTOR_MAX_PEERS];
	unsigned nr_outbox;
	struct reactor_deferred send_posted;
};

/* Returns 0 or a negative errno (with a log line saying why). */
int reactor_init(struct reactor *r, unsigned ring_entries);

/* The daemon's clock: CLOCK_MONOTONIC in nanoseconds. */
uint64_t reactor_now_ns(void);
/*
 * Call it from the thread that drove r, or once that thread is joined,
 * when no thread can send to r any more. Messages still queued run here
 * first (and those they send to r), so none is dropped unrun.
 */
void reactor_destroy(struct reactor *r);
/* Run the messages sent to r now, on the calling thread: once the thread
 * that drove r is joined (teardown), as reactor_destroy() does. */
void reactor_drain_msgs(struct reactor *r);

/*
 * An SQE whose completion calls io->done. The caller fills it (opcode,
 * fd, ...) and must not set user_data. Returns NULL if the ring is full
 * even after submitting what was queued (-EBUSY for the caller).
 */
struct io_uring_sqe *reactor_get_sqe(struct reactor *r, struct reactor_io *io);

/* Queue d->fn to run from the loop, after the current callback returns.
 * Queueing an already queued d does nothing. */
void reactor_defer(struct reactor *r, struct reactor_deferred *d);

/*
 * From any thread: run m->fn(m) on r's thread, from its loop, later (never
 * inside this call). Messages one thread sends to one reactor run in the
 * order sent. Nothing is allocated; m stays the caller's until fn runs,
 * and fn may free it or send it again. Each pass of the loop runs the
 * messages that were there when it looked; the rest wait for the next.
 */
void reactor_send(struct reactor *r, struct reactor_msg *m);

/*
 * From self's thread: as reactor_send(m to r), but m goes with whatever
 * else self posts to r in this loop pass, in one push and at most one
 * wakeup, once the pass's callbacks have run. Messages self posts to r
 * run in the order posted; do not mix with reactor_send() where the two
 * must keep their order.
 */
void reactor_post(struct reactor *self, struct reactor *r,
		  struct reactor_msg *m);

/* Run the loop until reactor_stop() (returns 0) or an error (-errno). */
int reactor_run(struct reactor *r);
/* Run one iteration, waiting for at least one event. */
int reactor_run_once(struct reactor *r);
void reactor_stop(struct reactor *r);

#endif
