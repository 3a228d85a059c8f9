/* SPDX-License-Identifier: MIT */
#include "syncer.h"

#include <errno.h>
#include <event2/event.h>
#include <unistd.h>

#include "counter.h"
#include "util.h"

/* The fsync of the group in s->syncing ended with res (0 or -errno). */
static void sync_done(struct syncer *s, int res)
{
	struct io_queue batch = io_queue_take(&s->syncing);

	s->in_flight = false;
	s->took_ns = reactor_now_ns() - s->started_ns;
	s->expect = s->nr_syncing + s->nr_waiting;
	s->nr_syncing = 0;
	if (res < 0)
		s->failed(s, res);
	syncer_start(s);
	io_queue_complete(batch, *s->error);
}

static void synced(struct reactor_io *rio, const struct io_uring_cqe *cqe)
{
	sync_done(container_of(rio, struct syncer, rio), cqe->res);
}

static void retry_start(struct reactor_deferred *d)
{
	syncer_start(container_of(d, struct syncer, retry));
}

static void gather_done(evutil_socket_t fd, short what, void *arg)
{
	struct syncer *s = arg;

	s->gathered = true;
	syncer_start(s);
}

int syncer_init(struct syncer *s, struct reactor *r, int fd, int *error,
		void (*failed)(struct syncer *s, int err),
		struct backend_syncs *count)
{
	*s = (struct syncer) {
		.r = r,
		.count = count,
		.fd = fd,
		.error = error,
		.failed = failed,
		.rio.done = synced,
		.retry.fn = retry_start,
	};
	s->gather = evtimer_new(r->base, gather_done, s);
	return s->gather ? 0 : -ENOMEM;
}

void syncer_destroy(struct syncer *s)
{
	if (s->gather)
		event_free(s->gather);
	s->gather = NULL;
}

void syncer_add(struct syncer *s, struct backend_io *io)
{
	io_queue_push(&s->waiting, io);
	s->nr_waiting++;
	s->bytes_waiting += io->len;
}

/* Every request the loop serves waits for the next fsync, and no
 * connection has more read to it: none can join the group but one not
 * sent yet. */
static bool all_waiting(const struct syncer *s)
{
	return s->nr_waiting >= s->r->requests && !s->r->unread;
}

/* Is the group still gathering? Then the deadline is set. */
static bool gathering(struct syncer *s)
{
	uint64_t wait_ns = s->took_ns / 2;
	struct timeval tv;

	if (s->gathered || s->nr_waiting >= s->expect ||
	    s->bytes_waiting >= SYNCER_GATHER_BYTES || all_waiting(s))
		return false;
	if (!evtimer_pending(s->gather, NULL)) {
		if (wait_ns > SYNCER_GATHER_MAX_NS)
			wait_ns = SYNCER_GATHER_MAX_NS;
		tv.tv_sec = 0;
		tv.tv_usec = (suseconds_t)(wait_ns / 1000);
		evtimer_add(s->gather, &tv);
	}
	return true;
}

/* What waits becomes the group of the fsync that starts now. */
static void start_group(struct syncer *s)
{
	evtimer_del(s->gather);
	s->gathered = false;
	s->syncing = io_queue_take(&s->waiting);
	s->nr_syncing = s->nr_waiting;
	s->nr_waiting = 0;
	s->bytes_waiting = 0;
	s->started_ns = reactor_now_ns();
	s->in_flight = true;
}

void syncer_start(struct syncer *s)
{
	struct io_uring_sqe *sqe;

	if (*s->error) {
		s->nr_waiting = 0;
		s->bytes_waiting = 0;
		io_queue_complete(io_queue_take(&s->waiting), *s->error);
		return;
	}
	if (s->in_flight || io_queue_empty(&s->waiting) || gathering(s))
		return;
	/* nothing else for the loop to do: the fsync on its own thread
	 * saves the hop to an io_uring worker and back (two wake-ups) */
	if (all_waiting(s) && s->took_ns <= SYNCER_INLINE_MAX_NS) {
		start_group(s);
		COUNTER_ADD(s->count->on_reactor, 1);
		sync_done(s, fdatasync(s->fd) ? -errno : 0);
		return;
	}
	sqe = reactor_get_sqe(s->r, &s->rio);
	if (!sqe) {
		reactor_defer(s->r, &s->retry);
		return;
	}
	io_uring_prep_fsync(sqe, s->fd, IORING_FSYNC_DATASYNC);
	COUNTER_ADD(s->count->on_ring, 1);
	start_group(s);
}

bool syncer_busy(const struct syncer *s)
{
	return s->in_flight || !io_queue_empty(&s->waiting) || s->retry.queued;
}
