/* SPDX-License-Identifier: MIT */
#include "reactors.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "auth.h"
#include "log.h"
#include "metrics_http.h"
#include "nvmf_conn.h"
#include "session.h"
#include "tls.h"
#include "util.h"

static void on_exit_loop(struct reactor_msg *m)
{
	struct server *srv = container_of(m, struct server, exit_msg);

	reactor_stop(&srv->reactor);
}

static void *reactor_thread(void *arg)
{
	struct server *srv = arg;

	if (reactor_run(&srv->reactor))
		log_error("reactor loop failed reactor=%u", srv->index);
	return NULL;
}

int reactors_start(struct node *n)
{
	for (unsigned i = 1; i < n->nr_servers; i++) {
		struct server *srv = n->servers[i];
		int err = pthread_create(&srv->thread, NULL, reactor_thread,
					 srv);

		if (err) {
			log_error("cannot start reactor thread reactor=%u "
				  "err=%s", i, strerror(err));
			/* those started end now */
			for (unsigned j = 1; j < i; j++) {
				n->servers[j]->exit_msg.fn = on_exit_loop;
				reactor_send(&n->servers[j]->reactor,
					     &n->servers[j]->exit_msg);
			}
			for (unsigned j = 1; j < i; j++)
				pthread_join(n->servers[j]->thread, NULL);
			return -err;
		}
	}
	return 0;
}

/* ---- reload ---- */

struct reload;

/* What one reactor is sent. */
struct reload_msg {
	struct reactor_msg msg;
	struct server *srv;
	struct reload *r;
};

/* One reload, shared by the messages that carry it to every reactor. */
struct reload {
	unsigned refs;			/* atomic: messages not yet run */
	struct auth *auth;
	struct tls_config tls;
	struct reload_msg to[SERVER_MAX_REACTORS];
};

static void on_reload(struct reactor_msg *m)
{
	struct reload_msg *rm = container_of(m, struct reload_msg, msg);
	struct reload *r = rm->r;
	struct server *srv = rm->srv;
	/* reactors_reload() took this reactor's reference already */
	auth_free(srv->auth);
	srv->auth = r->auth;
	session_reauthorize(srv);
	if (srv->tls)
		tls_reload(srv, &r->tls);
	if (!__atomic_sub_fetch(&r->refs, 1, __ATOMIC_ACQ_REL))
		free(r);
}

int reactors_reload(struct node *n, struct auth *a,
		    const struct tls_config *tls)
{
	struct reload *r = calloc(1, sizeof(*r));

	if (!r)
		return -ENOMEM;
	r->refs = n->nr_servers;
	r->auth = a;
	r->tls = *tls;
	for (unsigned i = 0; i < n->nr_servers; i++) {
		auth_get(a);
		r->to[i].srv = n->servers[i];
		r->to[i].msg.fn = on_reload;
		r->to[i].r = r;
	}
	for (unsigned i = 0; i < n->nr_servers; i++)
		reactor_send(&n->servers[i]->reactor, &r->to[i].msg);
	return 0;
}

/* ---- graceful stop ---- */

static void send_all(struct node *n, size_t msg_offset)
{
	for (unsigned i = 0; i < n->nr_servers; i++) {
		struct server *srv = n->servers[i];

		reactor_send(&srv->reactor,
			     (struct reactor_msg *)((char *)srv + msg_offset));
	}
}

/* On server 0's thread: every loop ends, once (each exit message can
 * be on its way only once). */
static void exit_all(struct node *n)
{
	if (n->exiting)
		return;
	n->exiting = true;
	send_all(n, offsetof(struct server, exit_msg));
}

/* On server 0's thread: one more reactor has nothing left to do. */
static void on_drained(struct reactor_msg *m)
{
	struct server *srv = container_of(m, struct server, drained_msg);
	struct node *n = srv->node;

	if (++n->nr_drained == n->nr_servers && !n->exiting) {
		log_info("stopped accepting; every request in flight is "
			 "answered and every reply written");
		exit_all(n);
	}
}

static void say_drained(struct server *srv)
{
	srv->drained = true;
	srv->drained_msg.fn = on_drained;
	reactor_send(&srv->node->servers[0]->reactor, &srv->drained_msg);
}

/*
 * Every 10 ms of a stop: has this reactor answered every request of its
 * connections, written every reply, and finished every request other
 * reactors sent it and every device io? Then it says so to server 0, once.
 * Once all have, no request is left anywhere: a reactor stopping sends
 * no more requests to others, and it is done only once those it sent
 * came back.
 */
static void on_drain_tick(evutil_socket_t fd, short what, void *arg)
{
	struct server *srv = arg;
	struct node *n = srv->node;
	struct session_backlog b;

	session_backlog(srv, &b);
	if (!srv->index)
		nvmf_backlog(srv, &b);
	if (!srv->drained && !b.requests && !b.unsent_sessions &&
	    !srv->hosted && !srv->reactor.ios_in_flight) {
		say_drained(srv);
		/* server 0 goes on ticking: it keeps the deadline */
		if (srv->index)
			event_del(srv->drain_timer);
		return;
	}
	if (srv->index || n->exiting ||
	    reactor_now_ns() < n->stop_deadline_ns)
		return;
	log_error("shutdown timeout: requests unanswered=%llu replies "
		  "unsent=%llu bytes on %u connections device_ios=%u "
		  "reactors_done=%u of %u; exiting without waiting",
		  (unsigned long long)b.requests,
		  (unsigned long long)b.unsent_bytes, b.unsent_sessions,
		  srv->reactor.ios_in_flight, n->nr_drained, n->nr_servers);
	n->stop_timed_out = true;
	event_del(srv->drain_timer);
	exit_all(n);
}

static void on_stop(struct reactor_msg *m)
{
	static const struct timeval tick = { 0, 10000 };
	struct server *srv = container_of(m, struct server, stop_msg);

	srv->stopping = true;
	session_stop_listening(srv);
	if (!srv->index) {
		nvmf_stop_listening(srv);
		metrics_http_stop(srv);
	}
	srv->drain_timer = event_new(srv->reactor.base, -1, EV_PERSIST,
				     on_drain_tick, srv);
	if (srv->drain_timer) {
		event_add(srv->drain_timer, &tick);
		return;
	}
	/* no timer: the stop cannot wait for this reactor */
	log_error("no memory for the stop timer reactor=%u", srv->index);
	say_drained(srv);
}

void reactors_stop(struct node *n, uint32_t timeout_s)
{
	n->stop_deadline_ns = reactor_now_ns() + timeout_s * 1000000000ull;
	for (unsigned i = 0; i < n->nr_servers; i++) {
		n->servers[i]->stop_msg.fn = on_stop;
		n->servers[i]->exit_msg.fn = on_exit_loop;
	}
	send_all(n, offsetof(struct server, stop_msg));
}

void reactors_join(struct node *n)
{
	for (unsigned i = 0; i < n->nr_servers; i++) {
		struct server *srv = n->servers[i];

		if (i)
			pthread_join(srv->thread, NULL);
		if (srv->drain_timer)
			event_free(srv->drain_timer);
		srv->drain_timer = NULL;
	}
}
