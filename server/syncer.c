/* SPDX-License-Identifier: MIT */
#include "syncer.h"

#include "util.h"

static void synced(struct reactor_io *rio, const struct io_uring_cqe *cqe)
{
	struct syncer *s = container_of(rio, struct syncer, rio);
	struct io_queue batch = io_queue_take(&s->syncing);

	s->in_flight = false;
	if (cqe->res < 0)
		s->failed(s, cqe->res);
	syncer_start(s);
	io_queue_complete(batch, *s->error);
}

static void retry_start(struct reactor_deferred *d)
{
	syncer_start(container_of(d, struct syncer, retry));
}

void syncer_init(struct syncer *s, struct reactor *r, int fd, int *error,
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
}

void syncer_add(struct syncer *s, struct backend_io *io)
{
	io_queue_push(&s->waiting, io);
}

void syncer_start(struct syncer *s)
{
	struct io_uring_sqe *sqe;

	if (*s->error) {
		io_queue_complete(io_queue_take(&s->waiting), *s->error);
		return;
	}
	if (s->in_flight || io_queue_empty(&s->waiting))
		return;
	sqe = reactor_get_sqe(s->r, &s->rio);
	if (!sqe) {
		reactor_defer(s->r, &s->retry);
		return;
	}
	io_uring_prep_fsync(sqe, s->fd, IORING_FSYNC_DATASYNC);
	s->syncing = io_queue_take(&s->waiting);
	s->in_flight = true;
}

bool syncer_busy(const struct syncer *s)
{
	return s->in_flight || !io_queue_empty(&s->waiting) || s->retry.queued;
}
