/* SPDX-License-Identifier: MIT */
#include "reactor.h"

#include <errno.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "util.h"

static void reactor_submit(struct reactor *r)
{
	int ret;

	if (!r->sq_unsubmitted)
		return;
	ret = io_uring_submit(&r->ring);
	if (ret < 0) {
		/* The SQEs stay queued; the next kick tries again. */
		log_warn("io_uring_submit failed err=%s", strerror(-ret));
		return;
	}
	r->sq_unsubmitted -= (unsigned)ret < r->sq_unsubmitted ?
			     (unsigned)ret : r->sq_unsubmitted;
}

static void reactor_reap(struct reactor *r)
{
	struct io_uring_cqe *cqe;

	while (io_uring_peek_cqe(&r->ring, &cqe) == 0) {
		struct reactor_io *io = io_uring_cqe_get_data(cqe);

		r->ios_in_flight--;
		io->done(io, cqe);
		io_uring_cqe_seen(&r->ring, cqe);
	}
}

static void reactor_run_deferred(struct reactor *r)
{
	/* Only what was queued before we started: new work waits a turn
	 * (a NULL-terminated list moves as it is: list.h). */
	struct list batch = r->deferred;
	struct list_node *n;

	r->deferred = (struct list){ 0 };
	while ((n = batch.first)) {
		struct reactor_deferred *d =
			list_entry(n, struct reactor_deferred, node);

		list_del(&batch, n);
		d->queued = false;
		d->fn(d);
	}
}

static void on_ring_ready(evutil_socket_t fd, short what, void *arg)
{
	struct reactor *r = arg;
	eventfd_t v;

	(void)eventfd_read(fd, &v);
	reactor_reap(r);
	reactor_submit(r);
}

/* Takes every queued message at once, oldest first. */
static struct reactor_msg *reactor_take_msgs(struct reactor *r)
{
	/* acquire: pairs with reactor_send()'s release, so what the sender
	 * wrote into a message is seen by its fn */
	struct reactor_msg *m = atomic_exchange_explicit(&r->msgs, NULL,
							 memory_order_acquire);
	struct reactor_msg *fifo = NULL;

	while (m) {
		struct reactor_msg *next = m->next;

		m->next = fifo;
		fifo = m;
		m = next;
	}
	return fifo;
}

static void reactor_run_msgs(struct reactor_msg *m)
{
	while (m) {
		/* fn may free m or send it again */
		struct reactor_msg *next = m->next;

		m->fn(m);
		m = next;
	}
}

/*
 * Runs the batch that is there now only: messages sent meanwhile (by these
 * ones too) wake the loop again, after the sockets had their turn.
 */
static void on_msg_ready(evutil_socket_t fd, short what, void *arg)
{
	struct reactor *r = arg;
	eventfd_t v;

	/* Clear the eventfd before taking the list: a sender that finds the
	 * list empty after the take writes it again. The other order could
	 * clear that write and strand its message. */
	(void)eventfd_read(fd, &v);
	reactor_run_msgs(reactor_take_msgs(r));
}

/* Activated whenever deferred work or unsubmitted SQEs are pending. */
static void on_kick(evutil_socket_t fd, short what, void *arg)
{
	struct reactor *r = arg;

	reactor_run_deferred(r);
	reactor_submit(r);
	if (!list_empty(&r->deferred) || r->sq_unsubmitted)
		event_active(r->kick_ev, 0, 0);
}

int reactor_init(struct reactor *r, unsigned ring_entries)
{
	struct io_uring_params p = {
		/* no COOP_TASKRUN: completions must wake epoll_wait */
		.flags = IORING_SETUP_SQE128 | IORING_SETUP_CQE32 |
			 IORING_SETUP_SUBMIT_ALL | IORING_SETUP_CQSIZE,
		.cq_entries = ring_entries * 4,
	};
	struct event_config *cfg;
	int ret;

	memset(r, 0, sizeof(*r));
	cfg = event_config_new();
	/* after each background callback, epoll again: what became ready
	 * meanwhile runs before the next one */
	if (cfg)
		event_config_set_max_dispatch_interval(cfg, NULL, 1,
						       REACTOR_PRIO_BACKGROUND);
	r->base = cfg ? event_base_new_with_config(cfg) : NULL;
	if (cfg)
		event_config_free(cfg);
	if (!r->base || event_base_priority_init(r->base, REACTOR_PRIOS)) {
		log_error("event_base_new failed");
		if (r->base)
			event_base_free(r->base);
		r->base = NULL;
		return -ENOMEM;
	}
	ret = io_uring_queue_init_params(ring_entries, &r->ring, &p);
	if (ret < 0) {
		log_error("io_uring_queue_init failed entries=%u err=%s "
			  "hint=\"kernel >= 5.19 needed for SQE128/CQE32\"",
			  ring_entries, strerror(-ret));
		goto err_base;
	}
	r->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (r->efd < 0) {
		ret = -errno;
		goto err_ring;
	}
	ret = io_uring_register_eventfd(&r->ring, r->efd);
	if (ret < 0)
		goto err_efd;
	r->ring_ev = event_new(r->base, r->efd, EV_READ | EV_PERSIST,
			       on_ring_ready, r);
	r->kick_ev = event_new(r->base, -1, 0, on_kick, r);
	r->msg_efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (r->msg_efd < 0) {
		ret = -errno;
		goto err_events;
	}
	r->msg_ev = event_new(r->base, r->msg_efd, EV_READ | EV_PERSIST,
			      on_msg_ready, r);
	if (!r->ring_ev || !r->kick_ev || !r->msg_ev) {
		ret = -ENOMEM;
		goto err_events;
	}
	event_priority_set(r->ring_ev, REACTOR_PRIO_IO);
	event_priority_set(r->kick_ev, REACTOR_PRIO_NORMAL);
	/* Messages bring new work, as sockets do, and take turns with them.
	 * At IO priority another thread's stream of messages would hold
	 * off this thread's sockets: that level runs alone while active. */
	event_priority_set(r->msg_ev, REACTOR_PRIO_NORMAL);
	event_add(r->ring_ev, NULL);
	event_add(r->msg_ev, NULL);
	return 0;

err_events:
	if (r->ring_ev)
		event_free(r->ring_ev);
	if (r->kick_ev)
		event_free(r->kick_ev);
	if (r->msg_ev)
		event_free(r->msg_ev);
	if (r->msg_efd >= 0)
		close(r->msg_efd);
err_efd:
	close(r->efd);
err_ring:
	io_uring_queue_exit(&r->ring);
err_base:
	event_base_free(r->base);
	r->base = NULL;
	return ret;
}

void reactor_drain_msgs(struct reactor *r)
{
	struct reactor_msg *m;

	while ((m = reactor_take_msgs(r)))
		reactor_run_msgs(m);
}

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	event_free(r->ring_ev);
	event_free(r->kick_ev);
	event_free(r->msg_ev);
	io_uring_queue_exit(&r->ring);
	close(r->efd);
	close(r->msg_efd);
	event_base_free(r->base);
	r->base = NULL;
}

struct io_uring_sqe *reactor_get_sqe(struct reactor *r, struct reactor_io *io)
{
	struct io_uring_sqe *sqe = io_uring_get_sqe(&r->ring);

	if (!sqe) {
		reactor_submit(r);
		sqe = io_uring_get_sqe(&r->ring);
		if (!sqe)
			return NULL;
	}
	io_uring_sqe_set_data(sqe, io);
	r->sq_unsubmitted++;
	r->ios_in_flight++;
	event_active(r->kick_ev, 0, 0);
	return sqe;
}

uint64_t reactor_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
}

void reactor_defer(struct reactor *r, struct reactor_deferred *d)
{
	if (d->queued)
		return;
	d->queued = true;
	list_add_tail(&r->deferred, &d->node);
	event_active(r->kick_ev, 0, 0);
}

/* Push the chain newest..oldest (linked newest first) onto r's list. */
static void push_chain(struct reactor *r, struct reactor_msg *newest,
		       struct reactor_msg *oldest)
{
	struct reactor_msg *head = atomic_load_explicit(&r->msgs,
							memory_order_relaxed);

	/* release: the messages and what they carry are written before fn
	 * reads them */
	do {
		oldest->next = head;
	} while (!atomic_compare_exchange_weak_explicit(&r->msgs, &head,
			newest, memory_order_release, memory_order_relaxed));
	/* Only the first push of a batch wakes the loop: the rest find the
	 * list not empty and ride on that wakeup. */
	if (!head)
		(void)eventfd_write(r->msg_efd, 1);
}

void reactor_send(struct reactor *r, struct reactor_msg *m)
{
	push_chain(r, m, m);
}

static void send_posted(struct reactor_deferred *d)
{
	struct reactor *self = container_of(d, struct reactor, send_posted);

	for (unsigned i = 0; i < self->nr_outbox; i++) {
		struct reactor_outbox *o = &self->outbox[i];

		push_chain(o->to, o->newest, o->oldest);
	}
	self->nr_outbox = 0;
}

void reactor_post(struct reactor *self, struct reactor *r,
		  struct reactor_msg *m)
{
	struct reactor_outbox *o = self->outbox;
	struct reactor_outbox *end = o + self->nr_outbox;

	while (o < end && o->to != r)
		o++;
	if (o == end) {
		if (self->nr_outbox == REACTOR_MAX_PEERS) {
			reactor_send(r, m);	/* more peers than reactors */
			return;
		}
		self->nr_outbox++;
		*o = (struct reactor_outbox){ .to = r, .oldest = m };
	}
	m->next = o->newest;
	o->newest = m;
	self->send_posted.fn = send_posted;
	reactor_defer(self, &self->send_posted);
}

int reactor_run(struct reactor *r)
{
	return event_base_dispatch(r->base) < 0 ? -EIO : 0;
}

int reactor_run_once(struct reactor *r)
{
	return event_base_loop(r->base, EVLOOP_ONCE) < 0 ? -EIO : 0;
}

void reactor_stop(struct reactor *r)
{
	event_base_loopbreak(r->base);
}
