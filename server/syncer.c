/* SPDX-License-Identifier: MIT */
#include "syncer.h"

#include <errno.h>
#include <event2/event.h>

#include "util.h"

static void synced(struct reactor_io *rio, const struct io_uring_cqe *cqe)
{
	struct syncer *s = container_of(rio, struct syncer, rio);
	struct io_queue batch = io_queue_take(&s->syncing);

	s->in_flight = false;
	s->took_ns = reactor_now_ns() - s->started_ns;
	s->expect = s->nr_syncing + s->nr_waiting;
	s->nr_syncing = 0;
	if (cqe->res < 0)
		s->failed(s, cqe->res);
	syncer_start(s);
	io_queue_complete(batch, *s->error);
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
		void (*failed)(struct syncer *s, int err))
{
	*s = (struct syncer) {
		.r = r,
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

/* Is the group still gathering? Then the deadline is set. */
static bool gathering(struct syncer *s)
{
	uint64_t wait_ns = s->took_ns / 2;
	struct timeval tv;

	if (s->gathered || s->nr_waiting >= s->expect ||
	    s->bytes_waiting >= SYNCER_GATHER_BYTES)
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
	sqe = reactor_get_sqe(s->r, &s->rio);
	if (!sqe) {
		reactor_defer(s->r, &s->retry);
		return;
	}
	evtimer_del(s->gather);
	s->gathered = false;
	io_uring_prep_fsync(sqe, s->fd, IORING_FSYNC_DATASYNC);
	s->syncing = io_queue_take(&s->waiting);
	s->nr_syncing = s->nr_waiting;
	s->nr_waiting = 0;
	s->bytes_waiting = 0;
	s->started_ns = reactor_now_ns();
	s->in_flight = true;
}

bool syncer_busy(const struct syncer *s)
{
	return s->in_flight || !io_queue_empty(&s->waiting) || s->retry.queued;
}
