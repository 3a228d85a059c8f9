/* SPDX-License-Identifier: MIT */
#include "session.h"

#include <errno.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <zap/zap.h>

#include "auth.h"
#include "counter.h"
#include "frame.h"
#include "log.h"
#include "netaddr.h"
#include "server.h"
#include "tls.h"
#include "util.h"
#include "zap_codec.h"

/*
 * One connection's work in one loop turn: after this many requests or
 * frame bytes, or once the next frame's protobuf would take the share's
 * past TURN_PROTO_BYTES (a share's first frame always goes; a frame is
 * never split), the rest waits for a later share. Unpacking costs up to
 * 10 ns a protobuf byte (a request full of unknown fields, protobuf-c
 * 1.4): 1 KiB is at most about 10 us a share.
 */
#define TURN_REQUESTS		64
#define TURN_BYTES		(1u << 20)
#define TURN_PROTO_BYTES	ZAP_MAX_REQUEST_PROTO_LEN
/*
 * A connection that spent its share goes on in the background (reactor.h):
 * one share a loop pass, in passes where no other connection has anything
 * ready. Quiet connections come first, but not for ever: a busy one waits
 * at most this long for its next share.
 */
#define TURN_WAIT_MAX_US	1000
/* Bytes one read() may bring in; a whole batch of requests, not libevent's
 * 4 KiB (evbuffer_read's cap, which costs a loop turn per 4 KiB). */
#define SESSION_READ_CHUNK	(256u << 10)
/*
 * Bytes read per readiness event: a chunk. Then the loop pass goes on: it
 * submits the writes of the requests read and sends their replies, so
 * that the client sends more while zapd reads the rest (a pipeline; at
 * 1 MiB zapd read a client's whole window of 8 appends of 128 KiB before
 * the first reply went, and each side waited for the other). And one
 * client cannot starve others.
 */
#define SESSION_READ_BUDGET	SESSION_READ_CHUNK
/* Bytes read from a connection before its first frame is whole. */
#define SESSION_FIRST_READ	(16u << 10)
/*
 * A data part at least this long whose frame is not whole once its
 * protobuf is: the request is admitted then, and the rest of its data is
 * read from the socket straight into its buffer (plaintext only), which
 * saves copying it out of the input; past it, a read takes at most
 * SESSION_FILL_AHEAD more (the next frame's header and protobuf, so that
 * its data can come the same way).
 */
#define SESSION_DIRECT_MIN	(16u << 10)
#define SESSION_FILL_AHEAD	(4u << 10)

/*
 * Bytes in flight. A connection holds: the charges of its requests in
 * flight (sizeof(struct request), protobuf, data part, and the reply data
 * dispatch will allocate: a READ's length), its input not yet decoded, and
 * its replies not yet written. A READ's data is the output's by reference
 * and stays allocated until the last of it is written: the part already
 * written of the oldest one counts too, until its buffer is freed.
 * s->held is that sum, kept by mem_hold() whenever one of them changes
 * (the buffers' callbacks, the references' cleanup); srv->mem adds them
 * up. A request is charged when its frame is whole, before anything is
 * allocated for it.
 */

/* A READ's data in the output, from where it starts in it to its cleanup;
 * the output frees them in the order they were queued. */
struct reply_data {
	struct session *s;
	struct list_node link;		/* in s->sending */
	uint64_t start;			/* s->out_added when it was queued */
	uint32_t len;
};

/*
 * The socket is driven directly (not by a bufferevent) so that a loop turn
 * costs one read of everything that arrived and one write of every reply
 * that completed in it: replies are flushed by a deferred callback at the
 * end of the turn, and the write event is armed only if the socket is full.
 *
 * A TLS session has events of its own (on_tls_readable/on_tls_writable):
 * the handshake first, then the same frames through tls_read/tls_write.
 * The plaintext path does no work for TLS's sake.
 */
struct session {
	struct server *srv;
	int fd;				/* -1 once the socket is closed */
	SSL *ssl;			/* NULL: plaintext */
	bool handshaking;		/* TLS, not yet done: no frames */
	bool tls_read_blocked;		/* TLS read waits for writability */
	struct event *ev_read, *ev_write;
	struct evbuffer *in, *out;
	struct reactor_deferred flush;	/* write replies, end of the turn */
	char peer[64];
	struct peer_addr addr;		/* for max_connections_per_address */
	unsigned in_flight;
	uint64_t charged;		/* the charges of requests in flight */
	uint64_t held;			/* charged + input + output, in srv->mem */
	uint64_t out_added, out_drained;	/* bytes, ever */
	struct list sending;		/* struct reply_data, in order */
	/* the last whole frame or the last reply written: idle timeout;
	 * TLS: accept time until the handshake is done */
	uint64_t last_active_ns;
	/* 0, or when the connection is closed with a notice: a frame begun
	 * (or, with TLS, a handshake) that is not done by then */
	uint64_t deadline_ns;
	int deadline_status;
	enum metrics_refusal deadline_reason;
	const char *deadline_why;
	bool have_hdr;			/* hdr holds the next frame's header */
	bool framed;			/* a frame was whole: a peer of ours */
	struct zap_frame hdr;
	struct zap_request *parked;	/* decoded, waiting for bytes */
	struct zap_request *filling;	/* admitted, its data part arriving
					 * straight into its buffer */
	uint32_t filled;		/* bytes of that data part received */
	uint32_t skip;			/* bytes of a refused frame's data
					 * part still to come and be dropped */
	bool direct;			/* the last frame's data part was one
					 * to receive straight into its buffer */
	struct {			/* work done in this loop turn */
		unsigned requests;
		uint32_t bytes, proto;
	} turn;
	bool more;			/* on srv->more: goes on next turn */
	bool unread;			/* counted in reactor.unread */
	bool waiting_pool;		/* on srv->mem.waiters */
	bool read_paused;
	bool read_armed;		/* ev_read added: !read_paused && !more */
	bool write_armed;
	bool close_after_flush;		/* fatal protocol error was sent */
	struct list reqs;		/* in flight, for cancellation */
	struct retry_client *identity;	/* owned since HELLO, or NULL */
	char principal[AUTH_NAME_MAX];	/* authenticated as; "" if not */
	const struct principal *who;	/* its rights (NULL: none) in the
					 * current auth table */
	struct reactor_msg msg;		/* to its reactor, then back to
					 * server 0's when it is gone */
	struct list_node link;		/* in srv->sessions */
	struct list_node due_link;	/* on_sweep's list of those to close */
	struct list_node wait_link;	/* in srv->mem.waiters */
	struct list_node more_link;	/* in srv->more */
};

static void process_input(struct session *s);
static void on_readable(evutil_socket_t fd, short what, void *arg);
static void set_unread(struct session *s, bool unread);
static void on_tls_readable(evutil_socket_t fd, short what, void *arg);

static uint64_t beyond_reserve(const struct server *srv, uint64_t bytes)
{
	return bytes > srv->mem.reserve ? bytes - srv->mem.reserve : 0;
}

/* s holds bytes now: keep the server's sums, and wake the connections
 * waiting for the pool when it has room again. */
static void mem_set(struct session *s, uint64_t bytes)
{
	struct server_mem *m = &s->srv->mem;
	uint64_t was = beyond_reserve(s->srv, s->held);
	uint64_t now = beyond_reserve(s->srv, bytes);

	COUNTER_ADD(m->used, bytes - s->held);
	m->pool_used += now - was;
	s->held = bytes;
	if (now < was && !list_empty(&m->waiters))
		reactor_defer(&s->srv->reactor, &m->wake);
}

/* Written bytes of the oldest READ data that is still allocated. */
static uint64_t written_unfreed(const struct session *s)
{
	const struct reply_data *d = s->sending.first ?
		list_entry(s->sending.first, struct reply_data, link) : NULL;

	if (!d || s->out_drained <= d->start)
		return 0;
	return s->out_drained - d->start < d->len ?
	       s->out_drained - d->start : d->len;
}

static void mem_hold(struct session *s)
{
	mem_set(s, s->charged + evbuffer_get_length(s->in) +
		   evbuffer_get_length(s->out) + written_unfreed(s));
}

static void on_input_change(struct evbuffer *b,
			    const struct evbuffer_cb_info *info, void *arg)
{
	mem_hold(arg);
}

static void on_output_change(struct evbuffer *b,
			     const struct evbuffer_cb_info *info, void *arg)
{
	struct session *s = arg;

	s->out_added += info->n_added;
	s->out_drained += info->n_deleted;
	mem_hold(s);
}

/* Is there room for extra more bytes: in the connection's budget, and in
 * its reserve or the shared pool? If not, *which says which is spent. */
static bool room_for(const struct session *s, uint64_t extra,
		     enum metrics_budget *which)
{
	const struct server *srv = s->srv;
	const struct server_mem *m = &srv->mem;
	uint64_t after = s->held + extra;
	uint64_t pool_left = m->pool > m->pool_used ? m->pool - m->pool_used : 0;

	if (after > srv->limits.max_conn_bytes) {
		*which = BUDGET_CONNECTION;
		return false;
	}
	if (beyond_reserve(srv, after) - beyond_reserve(srv, s->held) >
	    pool_left) {
		*which = BUDGET_SERVER;
		return false;
	}
	return true;
}

uint64_t session_read_reserve(const struct server_limits *l)
{
	uint64_t read = databuf_size(l->max_data);
	uint64_t report = (uint64_t)l->max_report_zones *
			  DISPATCH_REPORT_ZONE_BYTES;

	return SERVER_REQUEST_OVERHEAD + (read > report ? read : report);
}

uint64_t session_conn_bytes_min(const struct server_limits *l)
{
	return session_read_reserve(l) + ZAP_FRAME_HDR_LEN +
	       ZAP_MAX_REQUEST_PROTO_LEN + l->max_data;
}

/* Bytes the next step needs: the parked request's, beyond what of its
 * data part is held already as input; else one byte of input. */
static uint64_t wanted(const struct session *s)
{
	size_t in = evbuffer_get_length(s->in);

	if (!s->parked)
		return 1;
	return s->parked->charge -
	       (in < s->parked->req.data_len ? in : s->parked->req.data_len);
}

/* How much one readiness event may read: what both budgets have room
 * for, and no more than the next turn decodes (or the frame begun needs):
 * bytes read far ahead cost their copy now and wait anyway. */
static size_t read_allowance(const struct session *s)
{
	const struct server *srv = s->srv;
	const struct server_mem *m = &srv->mem;
	uint64_t keep = s->held + session_read_reserve(&srv->limits);
	uint64_t conn = srv->limits.max_conn_bytes > keep ?
			srv->limits.max_conn_bytes - keep : 0;
	uint64_t room = (m->reserve > s->held ? m->reserve - s->held : 0) +
			(m->pool > m->pool_used ? m->pool - m->pool_used : 0);
	uint64_t ahead = s->have_hdr ? (uint64_t)s->hdr.proto_len +
				       s->hdr.data_len : 0;
	uint64_t in = evbuffer_get_length(s->in);

	if (ahead < SESSION_READ_BUDGET)
		ahead = SESSION_READ_BUDGET;
	/* until a first frame was whole, no more than a header's worth of
	 * batch: a peer whose first header is refused (a 1 MiB frame, not
	 * our protocol) costs one small read, not a megabyte's copy */
	if (!s->framed && ahead > SESSION_FIRST_READ)
		ahead = SESSION_FIRST_READ;
	ahead = ahead > in ? ahead - in : 0;
	if (room > conn)
		room = conn;
	return room < ahead ? room : ahead;
}

/* Is the read reserve all that is left of the connection's budget? Then
 * it stops reading until its requests and replies give bytes back (as
 * when the budget itself is spent); what it holds is still decoded. */
static bool reserve_reached(struct session *s)
{
	const struct server_limits *l = &s->srv->limits;

	return s->held + session_read_reserve(l) >= l->max_conn_bytes;
}

/* On server 0's reactor: the connection no longer counts, and goes. */
static void on_session_gone(struct reactor_msg *m)
{
	struct session *s = container_of(m, struct session, msg);
	struct server *home = s->srv->node->servers[0];

	COUNTER_SUB(home->nr_conns, 1);
	home->conns[s->srv->index]--;
	peers_remove(&home->peers, &s->addr);
	free(s);
}

/* s was counted by server 0, which accepted it: it is uncounted (and
 * freed) there. */
static void session_gone(struct session *s)
{
	struct server *home = s->srv->node->servers[0];

	s->msg.fn = on_session_gone;
	if (home == s->srv)
		on_session_gone(&s->msg);
	else
		reactor_send(&home->reactor, &s->msg);
}

static void session_free(struct session *s)
{
	list_del(&s->srv->sessions, &s->link);
	s->srv->nr_sessions--;
	if (s->identity)
		retry_put(s->identity);
	if (s->parked)
		zap_request_free(s->parked);
	evbuffer_free(s->in);	/* no callbacks: chains freed, not drained */
	evbuffer_free(s->out);
	s->charged = 0;
	mem_set(s, 0);
	session_gone(s);
}

static void request_unlink(struct session *s, struct zap_request *zr)
{
	list_del(&s->reqs, &zr->link);
	s->in_flight--;
	COUNTER_SUB(s->srv->metrics.in_flight, 1);
	/* its reply, if any, is counted as output once queued */
	s->charged -= zr->charge;
	mem_hold(s);
}

/* The socket is gone; the struct lives until its last request is done
 * (and until its deferred flush, if queued, has run). */
static void session_close(struct session *s, const char *why)
{
	struct list_node *n, *next;

	log_debug("connection closed peer=%s reason=\"%s\" in_flight=%u",
		  s->peer, why, s->in_flight);
	if (s->fd >= 0) {
		s->read_armed = false;
		event_free(s->ev_read);
		event_free(s->ev_write);
		if (s->ssl)
			tls_free(s->ssl, !s->handshaking);
		s->ssl = NULL;
		/* FIN after what was written, not a reset that may drop it */
		shutdown(s->fd, SHUT_WR);
		close(s->fd);
		s->fd = -1;
	}
	/* what was not read or written never will be: its bytes go back */
	if (s->filling) {
		s->charged -= s->filling->charge;
		zap_request_free(s->filling);
		s->filling = NULL;
	}
	evbuffer_drain(s->in, evbuffer_get_length(s->in));
	evbuffer_drain(s->out, evbuffer_get_length(s->out));
	if (s->waiting_pool) {
		list_del(&s->srv->mem.waiters, &s->wait_link);
		s->waiting_pool = false;
	}
	if (s->more) {
		list_del(&s->srv->more, &s->more_link);
		s->more = false;
	}
	set_unread(s, false);
	/* Those still waiting for a lock are withdrawn; the others complete
	 * later (never from inside a cancel: dispatch.h), then this goes. */
	list_for_each(n, next, &s->reqs) {
		struct zap_request *zr = list_entry(n, struct zap_request,
						    link);

		if (dispatch_cancel(&zr->req)) {
			request_unlink(s, zr);
			zap_request_free(zr);
		}
	}
	if (!s->in_flight && !s->flush.queued)
		session_free(s);
}

/* The output is done with a READ's data (all written, or dropped). */
static void free_sent_data(const void *data, size_t len, void *arg)
{
	struct reply_data *d = arg;
	struct session *s = d->s;

	list_del(&s->sending, &d->link);
	free(d);
	databuf_put(&s->srv->bufs, (void *)data, len);
	mem_hold(s);
}

/* Queue data, by reference, at the end of the output. */
static int queue_data(struct session *s, void *data, uint32_t len)
{
	struct reply_data *d = malloc(sizeof(*d));

	if (!d)
		return -ENOMEM;
	*d = (struct reply_data){ .s = s, .start = s->out_added, .len = len };
	if (evbuffer_add_reference(s->out, data, len, free_sent_data, d)) {
		free(d);
		return -ENOMEM;
	}
	list_add_tail(&s->sending, &d->link);
	return 0;
}

/* Queue one frame: header, packed reply, and (zero-copy) data. */
static int send_frame(struct session *s, uint64_t id, const Zap__Reply *rep,
		      void *data, uint32_t data_len)
{
	size_t plen = zap__reply__get_packed_size(rep);
	struct zap_frame f = {
		.version = ZAP_PROTO_VERSION,
		.flags = ZAP_FRAME_F_REPLY,
		.id = id,
		.proto_len = plen,
		.data_len = data_len,
	};
	struct evbuffer_iovec v;

	if (evbuffer_reserve_space(s->out, ZAP_FRAME_HDR_LEN + plen, &v, 1) < 1)
		return -ENOMEM;
	zap_frame_encode(v.iov_base, &f);
	zap__reply__pack(rep, (uint8_t *)v.iov_base + ZAP_FRAME_HDR_LEN);
	v.iov_len = ZAP_FRAME_HDR_LEN + plen;
	if (evbuffer_commit_space(s->out, &v, 1))
		return -ENOMEM;
	if (data_len && queue_data(s, data, data_len))
		return -ENOMEM;
	COUNTER_ADD(s->srv->metrics.bytes_out, v.iov_len + data_len);
	reactor_defer(&s->srv->reactor, &s->flush);
	return 0;
}

/*
 * May s read and decode now? Not past max_in_flight requests, nor while
 * the next step does not fit its byte budgets. Waiting for the shared
 * pool, it joins the queue of connections woken when the pool has room;
 * waiting for its own budget, its replies going out wake it.
 */
static bool may_read(struct session *s, enum metrics_budget *which)
{
	*which = BUDGET_COUNT;
	if (s->close_after_flush ||
	    s->in_flight >= s->srv->limits.max_in_flight)
		return false;
	if (room_for(s, wanted(s), which))
		return true;
	if (*which == BUDGET_SERVER && !s->waiting_pool) {
		list_add_tail(&s->srv->mem.waiters, &s->wait_link);
		s->waiting_pool = true;
	}
	return false;
}

/* The socket's readiness is watched while s may read (or receives a data
 * part already admitted) and is not busy: a busy connection reads in its
 * own share (on_next_share()), in the background; its readable socket
 * would put it back among the quiet ones. */
static void watch_reads(struct session *s)
{
	bool want = s->fd >= 0 && (!s->read_paused || s->filling) && !s->more;

	if (want == s->read_armed)
		return;
	s->read_armed = want;
	if (want)
		event_add(s->ev_read, NULL);
	else
		event_del(s->ev_read);
}

static void pause_reading(struct session *s, enum metrics_budget which)
{
	if (!s->read_paused) {
		s->read_paused = true;
		watch_reads(s);
		if (which < BUDGET_COUNT)
			COUNTER_ADD(s->srv->metrics.budget_waits[which], 1);
	}
}

/* Resume, and look at what is already buffered (no new bytes may come). */
static void resume_reading(struct session *s)
{
	enum metrics_budget which;

	if (!s->read_paused || !may_read(s, &which))
		return;
	s->read_paused = false;
	watch_reads(s);
	/* TLS may hold the rest of a record the socket no longer signals */
	if (s->ssl && !s->more && SSL_has_pending(s->ssl))
		event_active(s->ev_read, EV_READ, 0);
	process_input(s);
}

/* Write what the socket takes. Returns 0 (all written), -EAGAIN (the
 * socket is full) or another -errno, with why said. */
static int write_out(struct session *s, char *why, size_t why_len)
{
	if (s->ssl) {
		switch (tls_write(s->ssl, s->out, why, why_len)) {
		case TLS_DONE:
			return 0;
		case TLS_FAILED:
			return -EIO;
		default:
			return -EAGAIN;
		}
	}
	while (evbuffer_get_length(s->out)) {
		if (evbuffer_write(s->out, s->fd) < 0) {
			int err = errno;

			if (err == EAGAIN || err == EINTR)
				return -EAGAIN;
			snprintf(why, why_len, "%s", strerror(err));
			return -err;
		}
	}
	return 0;
}

/* Wait for the socket to be writable (want) or not. */
static void want_write(struct session *s, bool want)
{
	if (want == s->write_armed)
		return;
	s->write_armed = want;
	if (want)
		event_add(s->ev_write, NULL);
	else
		event_del(s->ev_write);
}

/* Write what the socket takes; arm the write event for the rest. */
static void flush_output(struct session *s)
{
	char why[160];
	int err = write_out(s, why, sizeof(why));

	if (err && err != -EAGAIN) {
		session_close(s, why);
		return;
	}
	if (evbuffer_get_length(s->out)) {
		want_write(s, true);
		return;
	}
	want_write(s, false);
	s->last_active_ns = reactor_now_ns();	/* every reply is out */
	if (s->close_after_flush)
		session_close(s, "protocol error");
	else
		resume_reading(s);
}

static void on_flush(struct reactor_deferred *d)
{
	struct session *s = container_of(d, struct session, flush);

	if (s->fd >= 0)
		flush_output(s);
	else if (!s->in_flight)
		session_free(s);
}

/* The pool has room again: wake the connections waiting for it, in the
 * order they began to wait, while the first one's next step fits. */
static void on_pool_room(struct reactor_deferred *d)
{
	struct server *srv = container_of(d, struct server, mem.wake);
	enum metrics_budget which;
	struct session *s;

	while (srv->mem.waiters.first &&
	       (s = list_entry(srv->mem.waiters.first, struct session,
			       wait_link)) &&
	       room_for(s, wanted(s), &which)) {
		list_del(&srv->mem.waiters, &s->wait_link);
		s->waiting_pool = false;
		resume_reading(s);
	}
}

static void on_writable(evutil_socket_t fd, short what, void *arg)
{
	flush_output(arg);
}

static void on_request_done(struct request *req)
{
	struct zap_request *zr = container_of(req, struct zap_request, req);
	struct session *s = req->owner;

	request_unlink(s, zr);
	if (req->out.drop_reply && s->fd >= 0) {
		zap_request_free(zr);
		session_close(s, "fault injection: reply dropped");
		return;
	}
	if (s->fd >= 0) {
		if (send_frame(s, zr->id, zap_reply_build(zr), req->out.data,
			       req->out.data_len)) {
			log_warn("reply dropped peer=%s reason=\"out of memory\"",
				 s->peer);
		} else if (req->out.data) {
			/* the output gives it back (free_sent_data) */
			request_take_read_buf(req);
		}
	}
	zap_request_free(zr);
	if (s->fd < 0 && !s->in_flight && !s->flush.queued)
		session_free(s);
}

/* A frame we cannot continue after: reply, then close once it is sent. */
static void fatal(struct session *s, uint64_t id, int status,
		  const char *detail)
{
	Zap__Reply rep = ZAP__REPLY__INIT;

	metrics_request_done(&s->srv->metrics, MOP_INVALID, status, 0);
	rep.status = status;
	rep.detail = (char *)detail;
	s->close_after_flush = true;
	pause_reading(s, BUDGET_COUNT);
	if (send_frame(s, id, &rep, NULL, 0))
		reactor_defer(&s->srv->reactor, &s->flush);
}

_Static_assert(sizeof(struct zap_request) + ZAP_MAX_REQUEST_PROTO_LEN <=
	       SERVER_REQUEST_OVERHEAD, "a request's overhead must fit");

static void request_link(struct session *s, struct zap_request *zr)
{
	list_add_head(&s->reqs, &zr->link);
	s->in_flight++;
	COUNTER_ADD(s->srv->metrics.in_flight, 1);
}

/* An admitted request with its data part: to dispatch. */
static void dispatch_admitted(struct session *s, struct zap_request *zr)
{
	struct request *req = &zr->req;

	request_link(s, zr);
	if (zr->refusal) {
		dispatch_refuse(req, zr->refusal, "%s", zr->why);
		return;
	}
	/* as they are now: a HELLO before it may have set the identity, a
	 * SIGHUP since its frame was decoded may have replaced the rights
	 * (and freed the table s->who pointed into then) */
	req->principal = s->who;
	req->principal_name = s->principal;
	req->identity = s->identity;
	dispatch_request(req);
}

/* The parked request is charged, gets its data part (or as much of it as
 * is buffered: the rest comes straight from the socket, receive())
 * and goes to dispatch (may_read() said its bytes fit). */
static void admit(struct session *s)
{
	struct zap_request *zr = s->parked;
	struct request *req = &zr->req;
	size_t got = evbuffer_get_length(s->in);

	if (req->data_len) {
		req->data = databuf_get(&s->srv->bufs, req->data_len);
		if (!req->data) {
			log_warn("closing connection peer=%s reason=\"no "
				 "memory for data\"", s->peer);
			fatal(s, zr->id, ZAP_OUT_OF_MEMORY,
			      "no memory for data");
			return;
		}
	}
	s->parked = NULL;
	s->charged += zr->charge;
	if (got > req->data_len)
		got = req->data_len;
	if (got)
		evbuffer_remove(s->in, req->data, got);
	if (got < req->data_len) {
		s->filling = zr;
		s->filled = got;
		watch_reads(s);
		return;
	}
	dispatch_admitted(s, zr);
}

/* Drop a refused frame's data part: what is buffered now, the rest as it
 * comes. */
static void drop_data(struct session *s, uint32_t len)
{
	size_t in = evbuffer_get_length(s->in);
	size_t now = in < len ? in : len;

	evbuffer_drain(s->in, now);
	s->skip = len - now;
}

/* A request that alone needs more than the connection may ever hold. */
static void refuse_too_much(struct session *s, struct zap_request *zr)
{
	char detail[160];

	snprintf(detail, sizeof(detail), "the request needs %llu bytes in "
		 "flight, over this connection's budget max_conn_bytes %llu; "
		 "split it", (unsigned long long)zr->charge,
		 (unsigned long long)s->srv->limits.max_conn_bytes);
	server_refused(s->srv, REFUSAL_TOO_MUCH_DATA, s->peer, detail);
	drop_data(s, zr->req.data_len);
	zr->charge = 0;
	request_link(s, zr);
	dispatch_refuse(&zr->req, ZAP_TOO_MUCH_DATA, "%s", detail);
}

/* The frame is buffered (or its protobuf, frame_ready()): unpack it and
 * park it, to be admitted once its bytes fit. */
static void handle_frame(struct session *s)
{
	struct server *srv = s->srv;
	const uint8_t *proto = evbuffer_pullup(s->in, s->hdr.proto_len);
	struct zap_request *zr = zap_request_new(srv, s->hdr.id, proto,
						 s->hdr.proto_len);
	struct request *req;

	evbuffer_drain(s->in, s->hdr.proto_len);
	if (!zr) {
		log_warn("closing connection peer=%s reason=\"no memory for "
			 "request\"", s->peer);
		fatal(s, s->hdr.id, ZAP_OUT_OF_MEMORY, "no memory for request");
		return;
	}
	req = &zr->req;
	req->owner = s;
	req->conn_identity = &s->identity;
	req->done = on_request_done;
	req->start_ns = reactor_now_ns();
	req->data_len = s->hdr.data_len;
	zr->charge = sizeof(*zr) + s->hdr.proto_len +
		     (req->data_len ? databuf_size(req->data_len) : 0) +
		     dispatch_reply_bytes(req);
	COUNTER_ADD(srv->metrics.bytes_in, ZAP_FRAME_HDR_LEN + s->hdr.proto_len +
				 s->hdr.data_len);
	s->turn.requests++;
	s->turn.bytes += ZAP_FRAME_HDR_LEN + s->hdr.proto_len +
			 s->hdr.data_len;
	s->turn.proto += s->hdr.proto_len;
	s->last_active_ns = req->start_ns;
	if (s->deadline_reason == REFUSAL_FRAME_TIMEOUT &&
	    evbuffer_get_length(s->in) >= req->data_len)
		s->deadline_ns = 0;	/* this frame is whole */
	s->framed = true;
	s->direct = !s->ssl && req->data_len >= SESSION_DIRECT_MIN;
	if (zr->charge > srv->limits.max_conn_bytes)
		refuse_too_much(s, zr);
	else
		s->parked = zr;
}

/* Close the connection with a notice at deadline_ns (seconds from now),
 * unless cleared before: s->deadline_ns = 0. */
static void session_deadline(struct session *s, uint32_t seconds, int status,
			     enum metrics_refusal reason, const char *why)
{
	s->deadline_ns = reactor_now_ns() + seconds * 1000000000ull;
	s->deadline_status = status;
	s->deadline_reason = reason;
	s->deadline_why = why;
}

/* A frame begun must be whole within frame_timeout. The clock runs only
 * while zapd reads and waits for the client's bytes, not while zapd itself
 * holds back (budgets, the next turn). */
static void frame_deadline(struct session *s)
{
	bool waits_for_client = s->fd >= 0 && !s->more &&
				(s->filling ||
				 (!s->read_paused && !s->parked &&
				  (s->have_hdr || s->skip ||
				   evbuffer_get_length(s->in))));

	if (!waits_for_client) {
		if (s->deadline_reason == REFUSAL_FRAME_TIMEOUT)
			s->deadline_ns = 0;
	} else if (!s->deadline_ns) {
		session_deadline(s, s->srv->limits.frame_timeout_s,
				 ZAP_FRAME_TIMEOUT, REFUSAL_FRAME_TIMEOUT,
				 "a frame was not whole within frame_timeout");
	}
}

/* Is this turn's share of work done, with a next protobuf of next_proto
 * bytes (the first of a share always fits)? Then go on in the
 * background. */
static bool turn_spent(struct session *s, uint32_t next_proto)
{
	static const struct timeval wait_max = { 0, TURN_WAIT_MAX_US };
	struct server *srv = s->srv;

	if (s->turn.requests < TURN_REQUESTS && s->turn.bytes < TURN_BYTES &&
	    (!s->turn.proto ||
	     s->turn.proto + next_proto <= TURN_PROTO_BYTES))
		return false;
	if (!s->more) {
		s->more = true;
		list_add_tail(&srv->more, &s->more_link);
		watch_reads(s);
		/* activated from its own callback too: the background runs one
		 * callback a pass, so that is a later pass */
		event_active(srv->more_ev, 0, 0);
		if (!evtimer_pending(srv->more_guard, NULL))
			evtimer_add(srv->more_guard, &wait_max);
	}
	return true;
}

/*
 * The busy connection that has waited longest gets its next share: what
 * its socket has (as much as its share consumed, read_allowance()), then
 * decoding; those with a share left queue again, at the end. Run in the
 * background (a pass in which no quiet connection had anything), or by the
 * guard timer once quiet ones kept it waiting TURN_WAIT_MAX_US.
 */
static void on_next_share(evutil_socket_t fd, short what, void *arg)
{
	static const struct timeval wait_max = { 0, TURN_WAIT_MAX_US };
	struct server *srv = arg;
	struct session *s;

	if (!srv->more.first)
		return;
	s = list_entry(srv->more.first, struct session, more_link);
	list_del(&srv->more, &s->more_link);
	s->more = false;
	memset(&s->turn, 0, sizeof(s->turn));
	if (srv->more.first) {
		event_active(srv->more_ev, 0, 0);
		evtimer_add(srv->more_guard, &wait_max);
	} else {
		evtimer_del(srv->more_guard);
	}
	if (s->ssl)
		on_tls_readable(s->fd, EV_READ, s);
	else
		on_readable(s->fd, EV_READ, s);
}

/* Can the frame whose header was decoded be handled: is it whole, or are
 * its protobuf and (plaintext, a large data part) some of its data? */
static bool frame_ready(const struct session *s)
{
	size_t in = evbuffer_get_length(s->in);

	if (in >= (size_t)s->hdr.proto_len + s->hdr.data_len)
		return true;
	return !s->ssl && s->hdr.data_len >= SESSION_DIRECT_MIN &&
	       in >= s->hdr.proto_len;
}

/* Decode whole frames that are buffered, as far as limits allow. */
static void process_input(struct session *s)
{
	struct server *srv = s->srv;
	enum metrics_budget which;

	if (s->more)		/* its next share comes with the next turn */
		return;
	while (s->fd >= 0 && !s->filling) {
		if (s->skip) {
			drop_data(s, s->skip);
			if (s->skip)
				break;
		}
		if (!may_read(s, &which)) {
			pause_reading(s, which);
			break;
		}
		if (s->parked) {
			admit(s);
			continue;
		}
		if (turn_spent(s, 0))
			break;
		if (!s->have_hdr) {
			uint8_t raw[ZAP_FRAME_HDR_LEN];
			int status;

			if (evbuffer_copyout(s->in, raw, sizeof(raw)) <
			    (ssize_t)sizeof(raw))
				break;
			status = zap_frame_decode(raw, srv->limits.max_data,
						  &s->hdr);
			if (!status && (s->hdr.flags & ZAP_FRAME_F_REPLY))
				status = ZAP_PROTOCOL_ERROR;
			if (status) {
				char why[160];

				snprintf(why, sizeof(why), "bad frame header: "
					 "%s (proto %u bytes, data %u bytes)",
					 zap_strstatus(status),
					 s->hdr.proto_len, s->hdr.data_len);
				server_refused(srv, REFUSAL_BAD_FRAME, s->peer,
					       why);
				fatal(s, s->hdr.id, status, why);
				break;
			}
			evbuffer_drain(s->in, sizeof(raw));
			s->have_hdr = true;
		}
		if (!frame_ready(s) || turn_spent(s, s->hdr.proto_len))
			break;
		s->have_hdr = false;
		handle_frame(s);
	}
	if (!s->more)
		memset(&s->turn, 0, sizeof(s->turn));
	watch_reads(s);
	frame_deadline(s);
	/* bytes OpenSSL decrypted already wake no epoll: read them now */
	if (s->ssl && s->fd >= 0 && !s->handshaking && !s->read_paused &&
	    !s->more && SSL_pending(s->ssl) && read_allowance(s))
		event_active(s->ev_read, EV_READ, 0);
}

/* Bytes came in (and perhaps the end of the stream): act on them. */
static void input_arrived(struct session *s, bool eof)
{
	process_input(s);
	if (eof && s->fd >= 0)
		session_close(s, s->have_hdr || s->filling || s->skip ||
				 evbuffer_get_length(s->in) ?
				 "peer closed mid-frame" : "peer closed");
}

/* evbuffer may offer more room than asked for: read no more than want,
 * the budgets' room. */
static void clamp_iovecs(struct evbuffer_iovec *v, int nv, size_t want)
{
	for (int i = 0; i < nv; i++) {
		if (v[i].iov_len > want)
			v[i].iov_len = want;
		want -= v[i].iov_len;
	}
}

/* Read no more than is there: a chunk reserved for a few bytes stays
 * allocated while they wait for the rest of their frame. Nothing there
 * (or no answer): one byte's read says whether it is the end. */
static size_t bytes_waiting(int fd, size_t budget)
{
	int n;

	if (!budget || ioctl(fd, FIONREAD, &n) || n <= 0)
		return budget ? 1 : 0;
	return (size_t)n < budget ? (size_t)n : budget;
}

/*
 * One read from the socket: first into the rest of the data part being
 * filled, if any (straight into its buffer), then up to ahead bytes into
 * the input. A data part made whole sends its request to dispatch.
 * Returns the bytes read, 0 at the end of the stream, -EAGAIN if the
 * socket had nothing, or another -errno: the connection was closed.
 */
static ssize_t receive(struct session *s, size_t ahead)
{
	struct zap_request *zr = s->filling;
	size_t left = zr ? zr->req.data_len - s->filled : 0, rest;
	struct evbuffer_iovec ev[2];
	struct iovec v[3];
	int nv = 0, ne = 0, err;
	ssize_t n;

	if (left)
		v[nv++] = (struct iovec){ (char *)zr->req.data + s->filled,
					  left };
	if (ahead) {
		ne = evbuffer_reserve_space(s->in, ahead, ev, 2);
		if (ne < 1) {
			session_close(s, "out of memory");
			return -ENOMEM;
		}
		clamp_iovecs(ev, ne, ahead);
		for (int i = 0; i < ne; i++)
			v[nv++] = (struct iovec){ ev[i].iov_base,
						  ev[i].iov_len };
	}
	n = readv(s->fd, v, nv);
	if (n <= 0) {
		err = n ? errno : 0;
		if (ne)
			evbuffer_commit_space(s->in, ev, 0);
		if (err == EAGAIN || err == EINTR)
			return -EAGAIN;
		if (err)
			session_close(s, strerror(err));
		return -err;
	}
	rest = (size_t)n > left ? (size_t)n - left : 0;
	s->filled += n - rest;
	for (int i = 0; i < ne; i++) {
		ev[i].iov_len = rest < ev[i].iov_len ? rest : ev[i].iov_len;
		rest -= ev[i].iov_len;
	}
	if (ne)
		evbuffer_commit_space(s->in, ev, ne);
	if (zr && s->filled == zr->req.data_len) {
		s->filling = NULL;
		if (s->deadline_reason == REFUSAL_FRAME_TIMEOUT)
			s->deadline_ns = 0;	/* the frame is whole */
		watch_reads(s);
		dispatch_admitted(s, zr);
	}
	return n;
}

/* Did s stop reading with its read budget spent, bytes left in its
 * socket? Then its loop has requests to read before it may wait for an
 * fsync itself (reactor.h). */
static void set_unread(struct session *s, bool unread)
{
	if (s->unread == unread)
		return;
	s->unread = unread;
	if (unread)
		s->srv->reactor.unread++;
	else
		s->srv->reactor.unread--;
}

/*
 * Read what the socket has, as far as the budgets allow and up to
 * SESSION_READ_BUDGET bytes, decoding as it comes: a data part being
 * filled is read even while reading is paused (its bytes are charged
 * already), and after frames with large data parts reads take only
 * SESSION_FILL_AHEAD, so that the next one's data comes the same way.
 */
static void on_readable(evutil_socket_t fd, short what, void *arg)
{
	struct session *s = arg;
	size_t budget = SESSION_READ_BUDGET;
	bool eof = false;

	while (budget) {
		size_t ahead, asked, there = SIZE_MAX;
		ssize_t n;

		if (s->filling) {
			ahead = s->read_paused ? 0 : read_allowance(s);
			if (ahead > SESSION_FILL_AHEAD)
				ahead = SESSION_FILL_AHEAD;
			asked = s->filling->req.data_len - s->filled + ahead;
		} else {
			if (s->read_paused || s->more)
				break;
			there = bytes_waiting(fd, read_allowance(s));
			if (reserve_reached(s))
				pause_reading(s, BUDGET_CONNECTION);
			ahead = there < budget ? there : budget;
			if (s->direct && ahead > SESSION_FILL_AHEAD)
				ahead = SESSION_FILL_AHEAD;
			if (!ahead)
				break;
			asked = ahead;
		}
		n = receive(s, ahead);
		if (n < 0 && n != -EAGAIN)
			return;		/* closed */
		if (n <= 0) {
			eof = !n;
			break;
		}
		budget -= (size_t)n < budget ? (size_t)n : budget;
		process_input(s);
		/* the socket is drained: it gave less than asked, or all it
		 * had (or all the budgets allowed) */
		if ((size_t)n < asked || (size_t)n == there)
			break;
	}
	set_unread(s, !budget);
	input_arrived(s, eof);
}

/* Tell the peer why before closing: a notice, written (if the socket
 * takes it) ahead of the end of the stream. */
static void notify_and_close(struct session *s, int status, const char *why)
{
	Zap__Reply rep = ZAP__REPLY__INIT;
	char err[160];

	rep.status = status;
	rep.detail = (char *)why;
	if (!send_frame(s, ZAP_NOTICE_ID, &rep, NULL, 0))
		write_out(s, err, sizeof(err));
	session_close(s, why);
}

/*
 * The peer's authenticated name (s->principal, "" if none) is known: take
 * its rights. A name no principal has (a trusted certificate of someone
 * not configured) is told so, and the connection closed: false then.
 */
static bool session_authenticated(struct session *s)
{
	char why[160];

	if (!s->principal[0]) {
		s->who = auth_anonymous(s->srv->auth);
		return true;
	}
	s->who = auth_find(s->srv->auth, s->principal);
	if (s->who)
		return true;
	snprintf(why, sizeof(why), "authenticated as %s, but no principal "
		 "has that name", s->principal);
	log_ratelimited(&s->srv->denied_log, LOG_LVL_WARN,
			"connection refused peer=%s reason=\"%s\"", s->peer,
			why);
	notify_and_close(s, ZAP_PERMISSION_DENIED, why);
	return false;
}

void session_reauthorize(struct server *srv)
{
	struct list_node *n, *next;
	bool again;

	/* Closing one may finish (and free) another: rescan each time. */
	do {
		again = false;
		list_for_each(n, next, &srv->sessions) {
			struct session *s = list_entry(n, struct session, link);

			if (s->fd < 0 || s->handshaking)
				continue;
			if (!session_authenticated(s)) {
				again = true;
				break;
			}
		}
	} while (again);
}

/* A handshake that takes longer than handshake_timeout is abandoned. */
static bool handshake_expired(const struct session *s, uint64_t now)
{
	return s->handshaking && now - s->last_active_ns >
	       s->srv->limits.handshake_timeout_s * 1000000000ull;
}

static bool idle_too_long(const struct session *s, uint64_t now)
{
	uint64_t limit = s->srv->limits.idle_timeout_s * 1000000000ull;

	return limit && !s->handshaking && !s->in_flight &&
	       !evbuffer_get_length(s->out) && now - s->last_active_ns > limit;
}

static void handshake_timed_out(struct session *s)
{
	COUNTER_ADD(s->srv->metrics.tls.timeout, 1);
	log_ratelimited(&s->srv->tls_log, LOG_LVL_INFO, "tls handshake timed out "
			"peer=%s timeout=%us", s->peer,
			s->srv->limits.handshake_timeout_s);
	session_close(s, "handshake timeout");
}

/*
 * Once a second: close TLS connections whose handshake is not done within
 * handshake_timeout, connections past their deadline (a frame begun and
 * not whole in time) and those idle longer than idle_timeout, the latter
 * two with a notice. The due ones are listed first, then closed: closing
 * one never frees another whose socket is open (other connections'
 * requests complete later, never from inside the close), so the list
 * stays valid.
 */
static void on_sweep(evutil_socket_t fd, short what, void *arg)
{
	struct server *srv = arg;
	uint64_t now = reactor_now_ns();
	struct list due = { 0 };
	struct list_node *n, *next;
	struct session *s;

	list_for_each(n, next, &srv->sessions) {
		s = list_entry(n, struct session, link);
		if (s->fd >= 0 && (handshake_expired(s, now) ||
				   (s->deadline_ns && now >= s->deadline_ns) ||
				   idle_too_long(s, now)))
			list_add_tail(&due, &s->due_link);
	}
	while ((n = due.first)) {
		list_del(&due, n);
		s = list_entry(n, struct session, due_link);
		if (s->handshaking) {
			handshake_timed_out(s);
		} else if (s->deadline_ns && now >= s->deadline_ns) {
			server_refused(srv, s->deadline_reason, s->peer,
				       s->deadline_why);
			notify_and_close(s, s->deadline_status,
					 s->deadline_why);
		} else {
			COUNTER_ADD(srv->metrics.refusals[REFUSAL_IDLE_TIMEOUT], 1);
			notify_and_close(s, ZAP_IDLE_TIMEOUT,
					 "idle longer than idle_timeout");
		}
	}
}

/* A plaintext notice, straight to a socket no session writes to (a
 * fresh socket's buffer takes it whole); detail is at most 200 bytes. */
static void send_notice(int fd, int status, const char *detail)
{
	Zap__Reply rep = ZAP__REPLY__INIT;
	uint8_t buf[ZAP_FRAME_HDR_LEN + 256];
	struct zap_frame f = {
		.version = ZAP_PROTO_VERSION,
		.flags = ZAP_FRAME_F_REPLY,
		.id = ZAP_NOTICE_ID,
	};

	rep.status = status;
	rep.detail = (char *)detail;
	f.proto_len = zap__reply__pack(&rep, buf + ZAP_FRAME_HDR_LEN);
	zap_frame_encode(buf, &f);
	(void)!send(fd, buf, ZAP_FRAME_HDR_LEN + f.proto_len,
		    MSG_NOSIGNAL | MSG_DONTWAIT);
}

/* Why a new connection from addr is refused, or REFUSAL_COUNT. */
static enum metrics_refusal accept_refusal(struct server *srv,
					   const struct peer_addr *addr)
{
	if (srv->stopping)
		return REFUSAL_STOPPING;
	if (srv->nr_conns >= srv->limits.max_connections)
		return REFUSAL_MAX_CONNECTIONS;
	if (peers_count(&srv->peers, addr) >= srv->limits.max_conns_per_addr)
		return REFUSAL_PER_ADDRESS;
	return REFUSAL_COUNT;
}

/* A connection zapd will not serve gets a notice naming the limit, then
 * the end of the stream. */
static void refuse(int fd, struct server *srv, enum metrics_refusal why,
		   const char *peer)
{
	int status = ZAP__STATUS__TOO_MANY_CONNECTIONS;
	char detail[160];

	if (why == REFUSAL_STOPPING) {
		status = ZAP__STATUS__SHUTTING_DOWN;
		snprintf(detail, sizeof(detail), "zapd is stopping");
	} else if (why == REFUSAL_MAX_CONNECTIONS) {
		snprintf(detail, sizeof(detail), "zapd serves at most %u "
			 "connections (max_connections); try again later",
			 srv->limits.max_connections);
	} else {
		snprintf(detail, sizeof(detail), "zapd serves at most %u "
			 "connections from one address "
			 "(max_connections_per_address); try again later",
			 srv->limits.max_conns_per_addr);
	}
	server_refused(srv, why, peer, detail);
	send_notice(fd, status, detail);
	shutdown(fd, SHUT_WR);
	close(fd);
}

static void handshake_failed(struct session *s, const char *why)
{
	COUNTER_ADD(s->srv->metrics.tls.failed, 1);
	log_ratelimited(&s->srv->tls_log, LOG_LVL_INFO,
			"tls handshake failed peer=%s reason=\"%s\"", s->peer,
			why);
	session_close(s, why);
}

/*
 * A plaintext zap client at the TLS port: its first byte is the frame
 * magic's 'Z', never a TLS record's type (0x16). Tell it in plaintext.
 * Returns true if the session is closed (or the peer has not spoken).
 */
static bool plaintext_client(struct session *s)
{
	uint8_t first;
	ssize_t n = recv(s->fd, &first, 1, MSG_PEEK);

	if (n == 1 && first != (uint8_t)(ZAP_FRAME_MAGIC >> 24))
		return false;
	if (n == 1) {
		COUNTER_ADD(s->srv->metrics.tls.plaintext, 1);
		log_ratelimited(&s->srv->tls_log, LOG_LVL_INFO,
				"plaintext client at the TLS port peer=%s",
				s->peer);
		send_notice(s->fd, ZAP__STATUS__TLS_REQUIRED, "zapd speaks "
			    "TLS 1.3 on this port: connect with TLS (zap "
			    "--tls, --tls-ca, or --psk-identity/--psk-file)");
		session_close(s, "plaintext client at the TLS port");
	} else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
		handshake_failed(s, n ? strerror(errno) :
				 "peer closed before the handshake");
	}
	return true;
}

/* The client is who it proved to be: record it, count what the kernel
 * took over, and go on to frames. */
static void handshake_done(struct session *s)
{
	bool tx, rx;
	char why[160];

	if (tls_peer(s->ssl, s->principal, &tx, &rx, why, sizeof(why))) {
		handshake_failed(s, why);
		return;
	}
	s->handshaking = false;
	COUNTER_ADD(s->srv->metrics.tls.ok, 1);
	COUNTER_ADD(s->srv->metrics.tls.ktls_tx, tx);
	COUNTER_ADD(s->srv->metrics.tls.ktls_rx, rx);
	log_debug("tls handshake done peer=%s principal=\"%s\" cipher=%s "
		  "ktls_tx=%d ktls_rx=%d", s->peer, s->principal,
		  SSL_get_cipher_name(s->ssl), tx, rx);
	s->last_active_ns = reactor_now_ns();
	if (!session_authenticated(s))
		return;
	/* the first request may have come with the client's Finished, and
	 * OpenSSL read it already; else wait (an idle connection allocates
	 * no input buffer) */
	if (SSL_has_pending(s->ssl))
		event_active(s->ev_read, EV_READ, 0);
}

/* The handshake goes as far as the socket lets it. */
static void handshake_step(struct session *s)
{
	char why[160];

	if (SSL_in_before(s->ssl) && plaintext_client(s))
		return;
	switch (tls_handshake(s->ssl, why, sizeof(why))) {
	case TLS_DONE:
		want_write(s, false);
		handshake_done(s);
		return;
	case TLS_WANT_WRITE:
		want_write(s, true);
		return;
	case TLS_FAILED:
		handshake_failed(s, why);
		return;
	default:
		want_write(s, false);
		return;
	}
}

/* TLS: the handshake, then frames as on_readable() reads them. */
static void on_tls_readable(evutil_socket_t fd, short what, void *arg)
{
	struct session *s = arg;
	size_t budget, got;
	enum tls_result r = TLS_MORE;
	char why[160];

	if (s->handshaking) {
		handshake_step(s);
		return;
	}
	budget = read_allowance(s);
	if (reserve_reached(s))
		pause_reading(s, BUDGET_CONNECTION);
	while (budget && r == TLS_MORE) {
		r = tls_read(s->ssl, s->in, budget < SESSION_READ_CHUNK ?
			     budget : SESSION_READ_CHUNK, &got, why,
			     sizeof(why));
		budget -= got < budget ? got : budget;
	}
	if (r == TLS_FAILED) {
		session_close(s, why);
		return;
	}
	if (r == TLS_WANT_WRITE) {
		s->tls_read_blocked = true;
		want_write(s, true);
	}
	set_unread(s, !budget && r == TLS_MORE);
	input_arrived(s, r == TLS_EOF);
}

static void on_tls_writable(evutil_socket_t fd, short what, void *arg)
{
	struct session *s = arg;

	if (s->handshaking) {
		handshake_step(s);
		return;
	}
	if (s->tls_read_blocked) {
		s->tls_read_blocked = false;
		event_active(s->ev_read, EV_READ, 0);
	}
	flush_output(s);
}

/* On its reactor: the accepted connection gets its buffers and events
 * there, and is served from then on. */
static void session_start(struct reactor_msg *m)
{
	struct session *s = container_of(m, struct session, msg);
	struct server *srv = s->srv;
	int one = 1;

	setsockopt(s->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	evutil_make_socket_nonblocking(s->fd);
	s->flush.fn = on_flush;
	s->last_active_ns = reactor_now_ns();
	s->in = evbuffer_new();
	s->out = evbuffer_new();
	if (srv->tls) {
		s->ssl = tls_new(srv, s->fd, s->principal);
		s->handshaking = true;
	}
	s->ev_read = event_new(srv->reactor.base, s->fd, EV_READ | EV_PERSIST,
			       srv->tls ? on_tls_readable : on_readable, s);
	s->ev_write = event_new(srv->reactor.base, s->fd,
				EV_WRITE | EV_PERSIST,
				srv->tls ? on_tls_writable : on_writable, s);
	if (!s->in || !s->out || !s->ev_read || !s->ev_write ||
	    (srv->tls && !s->ssl) ||
	    !evbuffer_add_cb(s->in, on_input_change, s) ||
	    !evbuffer_add_cb(s->out, on_output_change, s)) {
		if (s->ssl)
			SSL_free(s->ssl);
		if (s->ev_read)
			event_free(s->ev_read);
		if (s->ev_write)
			event_free(s->ev_write);
		if (s->in)
			evbuffer_free(s->in);
		if (s->out)
			evbuffer_free(s->out);
		close(s->fd);
		log_warn("connection dropped peer=%s reason=\"out of memory\"",
			 s->peer);
		session_gone(s);
		return;
	}
	watch_reads(s);
	s->who = auth_anonymous(srv->auth);	/* plaintext: nobody */
	list_add_head(&srv->sessions, &s->link);
	srv->nr_sessions++;
	COUNTER_ADD(srv->metrics.connections_total, 1);
	log_debug("connection accepted peer=%s reactor=%u", s->peer,
		  srv->index);
}

/* The reactor with the fewest connections (the first of those): each
 * then has at most ceil(max_connections / reactors), which its share of
 * memory_budget reserves room for (session_server_init()). */
static struct server *least_loaded(const struct server *home)
{
	const struct node *n = home->node;
	unsigned best = 0;

	for (unsigned i = 1; i < n->nr_servers; i++)
		if (home->conns[i] < home->conns[best])
			best = i;
	return n->servers[best];
}

/* Server 0 accepts, counts and hands each connection to a reactor. */
static void on_accept(struct evconnlistener *l, evutil_socket_t fd,
		      struct sockaddr *sa, int salen, void *arg)
{
	struct server *srv = arg;
	struct session *s;
	struct sockaddr_storage ss = { 0 };
	char peer[sizeof(s->peer)];
	struct peer_addr addr;
	enum metrics_refusal why;

	memcpy(&ss, sa, (size_t)salen < sizeof(ss) ? (size_t)salen :
	       sizeof(ss));
	netaddr_format(&ss, peer, sizeof(peer));
	peer_addr_of(&addr, sa);
	why = accept_refusal(srv, &addr);
	if (why != REFUSAL_COUNT) {
		refuse(fd, srv, why, peer);
		return;
	}
	s = calloc(1, sizeof(*s));
	if (!s) {
		close(fd);
		return;
	}
	s->srv = least_loaded(srv);
	s->fd = fd;
	memcpy(s->peer, peer, sizeof(peer));
	s->addr = addr;
	COUNTER_ADD(srv->nr_conns, 1);
	srv->conns[s->srv->index]++;
	peers_add(&srv->peers, &addr);
	s->msg.fn = session_start;
	if (s->srv == srv)
		session_start(&s->msg);
	else
		reactor_send(&s->srv->reactor, &s->msg);
}

int session_server_init(struct server *srv)
{
	static const struct timeval second = { 1, 0 };
	const struct server_limits *l = &srv->limits;
	unsigned reactors = srv->node->nr_servers;
	/* at most this many connections live here (least_loaded()) */
	unsigned conns = (l->max_connections + reactors - 1) / reactors;
	uint64_t budget = l->memory_budget / reactors;

	srv->more_ev = event_new(srv->reactor.base, -1, 0, on_next_share, srv);
	srv->more_guard = evtimer_new(srv->reactor.base, on_next_share, srv);
	srv->sweep = event_new(srv->reactor.base, -1, EV_PERSIST, on_sweep,
			       srv);
	if (!srv->more_ev || !srv->more_guard || !srv->sweep ||
	    event_priority_set(srv->more_ev, REACTOR_PRIO_BACKGROUND) ||
	    (!srv->index && peers_init(&srv->peers, l->max_connections))) {
		log_error("no memory for connection tables max_connections=%u",
			  l->max_connections);
		return -ENOMEM;
	}
	event_add(srv->sweep, &second);
	srv->mem.wake.fn = on_pool_room;
	srv->mem.reserve = budget / 2 / conns;
	/* the buffers kept for reuse come out of the shared half */
	srv->bufs.cap = budget / 8;
	srv->mem.pool = budget - srv->bufs.cap - srv->mem.reserve * conns;
	return 0;
}

void session_server_destroy(struct server *srv)
{
	session_stop_listening(srv);
	if (srv->more_ev)
		event_free(srv->more_ev);
	if (srv->more_guard)
		event_free(srv->more_guard);
	srv->more_ev = srv->more_guard = NULL;
	peers_destroy(&srv->peers);
}

int session_listen(struct server *srv, const char *address, char *bound,
		   unsigned bound_len)
{
	struct sockaddr_storage ss;
	socklen_t len, sslen;
	int ret;
	struct evconnlistener *l;

	if (srv->nr_listeners == SERVER_MAX_LISTENERS) {
		log_error("too many listen addresses max=%d",
			  SERVER_MAX_LISTENERS);
		return -E2BIG;
	}
	ret = netaddr_parse(address, &ss, &sslen);
	if (ret) {
		log_error("bad listen address address=%s hint=\"HOST:PORT with "
			  "a numeric IPv4 or [IPv6] host\"", address);
		return ret;
	}
	l = evconnlistener_new_bind(srv->reactor.base, on_accept, srv,
				    LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_FREE |
				    LEV_OPT_CLOSE_ON_EXEC, 128,
				    (struct sockaddr *)&ss, sslen);
	if (!l) {
		ret = -errno;
		log_error("cannot listen address=%s err=\"%s\"", address,
			  strerror(errno));
		return ret ? ret : -EIO;
	}
	srv->listeners[srv->nr_listeners++] = l;
	len = sizeof(ss);
	getsockname(evconnlistener_get_fd(l), (struct sockaddr *)&ss, &len);
	netaddr_format(&ss, bound, bound_len);
	log_info("listening address=%s", bound);
	return 0;
}

void session_stop_listening(struct server *srv)
{
	for (unsigned i = 0; i < srv->nr_listeners; i++)
		evconnlistener_free(srv->listeners[i]);
	srv->nr_listeners = 0;
	if (srv->sweep) {
		event_free(srv->sweep);
		srv->sweep = NULL;
	}
}

void session_backlog(const struct server *srv, struct session_backlog *b)
{
	const struct list_node *n;

	*b = (struct session_backlog){ 0 };
	for (n = srv->sessions.first; n; n = n->next) {
		const struct session *s = list_entry(n, struct session, link);
		size_t unsent = s->fd >= 0 ? evbuffer_get_length(s->out) : 0;

		b->requests += s->in_flight;
		b->unsent_bytes += unsent;
		b->unsent_sessions += unsent || (s->fd >= 0 && s->flush.queued);
	}
}

void session_close_all(struct server *srv)
{
	struct list_node *n;

	/* Closing one may finish (and free) another: rescan each time. */
	do {
		for (n = srv->sessions.first; n; n = n->next)
			if (list_entry(n, struct session, link)->fd >= 0)
				break;
		if (n)
			session_close(list_entry(n, struct session, link),
				      "shutdown");
	} while (n);
}
