/* SPDX-License-Identifier: MIT */
#include "session.h"

#include <arpa/inet.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <zap/zap.h>

#include "auth.h"
#include "dispatch.h"
#include "frame.h"
#include "log.h"
#include "netaddr.h"
#include "server.h"
#include "tls.h"
#include "util.h"

/* Unsent replies beyond this pause reading (a client that sends but does
 * not read must not make zapd buffer without bound). */
#define SESSION_OUTPUT_HIGH(srv)	(4u * (srv)->limits.max_data + (1u << 20))
/* Bytes one read() may bring in; a whole batch of requests, not libevent's
 * 4 KiB (evbuffer_read's cap, which costs a loop turn per 4 KiB). */
#define SESSION_READ_CHUNK	(256u << 10)
/* Bytes read per readiness event, so one client cannot starve others. */
#define SESSION_READ_BUDGET	(4u << 20)

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
	unsigned in_flight;
	uint64_t last_active_ns;	/* idle timeout; TLS: accept time
					 * until the handshake is done */
	bool have_hdr;			/* hdr holds the next frame's header */
	struct zap_frame hdr;
	bool in_input;			/* inside process_input: don't re-enter */
	bool read_paused;
	bool write_armed;
	bool close_after_flush;		/* fatal protocol error was sent */
	bool releasing;			/* session_close() is cancelling */
	struct request *reqs;		/* in flight, for cancellation */
	struct retry_client *identity;	/* owned since HELLO, or NULL */
	char principal[AUTH_NAME_MAX];	/* authenticated as; "" if not */
	const struct principal *who;	/* its rights (NULL: none) in the
					 * current auth table */
	struct session *prev, *next;
};

static void process_input(struct session *s);
static struct log_ratelimit tls_log_limit;

static void session_unlink(struct session *s)
{
	struct server *srv = s->srv;

	if (s->prev)
		s->prev->next = s->next;
	else
		srv->sessions = s->next;
	if (s->next)
		s->next->prev = s->prev;
	srv->nr_sessions--;
}

static void session_free(struct session *s)
{
	session_unlink(s);
	if (s->identity)
		retry_put(s->identity);
	evbuffer_free(s->in);
	evbuffer_free(s->out);
	free(s);
}

static void request_unlink(struct session *s, struct request *req)
{
	if (req->prev)
		req->prev->next = req->next;
	else
		s->reqs = req->next;
	if (req->next)
		req->next->prev = req->prev;
	s->in_flight--;
	s->srv->metrics.in_flight--;
}

/* The socket is gone; the struct lives until its last request is done
 * (and until its deferred flush, if queued, has run). */
static void session_close(struct session *s, const char *why)
{
	struct request *req;

	log_debug("connection closed peer=%s reason=\"%s\" in_flight=%u",
		  s->peer, why, s->in_flight);
	if (s->fd >= 0) {
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
	/* Cancelling may complete other requests (the lock grants those
	 * behind): rescan from the head after each one. */
	s->releasing = true;
again:
	for (req = s->reqs; req; req = req->next) {
		if (dispatch_cancel(req)) {
			request_unlink(s, req);
			request_free(req);
			goto again;
		}
	}
	s->releasing = false;
	if (!s->in_flight && !s->flush.queued)
		session_free(s);
}

static void free_sent_data(const void *data, size_t len, void *arg)
{
	free((void *)data);
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
	if (data_len && evbuffer_add_reference(s->out, data, data_len,
					       free_sent_data, NULL))
		return -ENOMEM;
	s->srv->metrics.bytes_out += v.iov_len + data_len;
	reactor_defer(&s->srv->reactor, &s->flush);
	return 0;
}

static bool output_full(const struct session *s)
{
	return evbuffer_get_length(s->out) > SESSION_OUTPUT_HIGH(s->srv);
}

static bool may_read(const struct session *s)
{
	return s->in_flight < s->srv->limits.max_in_flight &&
	       !output_full(s) && !s->close_after_flush;
}

static void pause_reading(struct session *s)
{
	if (!s->read_paused) {
		s->read_paused = true;
		event_del(s->ev_read);
	}
}

/* Resume, and look at what is already buffered (no new bytes may come). */
static void resume_reading(struct session *s)
{
	if (!s->read_paused || !may_read(s))
		return;
	s->read_paused = false;
	event_add(s->ev_read, NULL);
	/* TLS may hold the rest of a record the socket no longer signals */
	if (s->ssl && SSL_has_pending(s->ssl))
		event_active(s->ev_read, EV_READ, 0);
	if (!s->in_input)
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

static void on_writable(evutil_socket_t fd, short what, void *arg)
{
	flush_output(arg);
}

static void on_request_done(struct request *req)
{
	struct session *s = req->owner;
	struct server *srv = s->srv;

	request_unlink(s, req);
	metrics_request_done(&srv->metrics, req->mop, req->reply.status,
			     reactor_now_ns() - req->start_ns);
	if (req->hello_identity && !req->reply.status) {
		if (s->identity)
			retry_put(s->identity);
		s->identity = req->hello_identity;	/* the reference moves */
		req->hello_identity = NULL;
	}
	if (req->drop_reply && s->fd >= 0 && !s->releasing) {
		request_free(req);
		session_close(s, "fault injection: reply dropped");
		return;
	}
	if (s->fd >= 0) {
		if (send_frame(s, req->id, &req->reply, req->reply_data,
			       req->reply_data_len)) {
			log_warn("reply dropped peer=%s reason=\"out of memory\"",
				 s->peer);
		} else if (req->reply_data == req->scratch) {
			req->scratch = NULL;	/* the evbuffer frees it */
		}
	}
	request_free(req);
	if (s->fd < 0 && !s->in_flight && !s->releasing && !s->flush.queued)
		session_free(s);
}

/* A frame we cannot continue after: reply, then close once it is sent. */
static void fatal(struct session *s, uint64_t id, int status,
		  const char *detail)
{
	Zap__Reply rep = ZAP__REPLY__INIT;

	log_info("closing connection peer=%s status=%s reason=\"%s\"",
		 s->peer, zap_status_name(status), detail);
	metrics_request_done(&s->srv->metrics, MOP_INVALID, status, 0);
	rep.status = status;
	rep.detail = (char *)detail;
	s->close_after_flush = true;
	pause_reading(s);
	if (send_frame(s, id, &rep, NULL, 0))
		reactor_defer(&s->srv->reactor, &s->flush);
}

/* The whole frame is buffered: unpack it and hand it to dispatch. */
static void handle_frame(struct session *s)
{
	struct server *srv = s->srv;
	struct request *req = request_new(srv);
	const uint8_t *proto;

	if (!req) {
		fatal(s, s->hdr.id, ZAP_OUT_OF_MEMORY, "no memory for request");
		return;
	}
	req->id = s->hdr.id;
	req->owner = s;
	req->identity = s->identity;
	req->principal = s->who;
	req->principal_name = s->principal;
	req->done = on_request_done;
	req->start_ns = reactor_now_ns();
	proto = evbuffer_pullup(s->in, s->hdr.proto_len);
	req->msg = zap__request__unpack(NULL, s->hdr.proto_len, proto);
	evbuffer_drain(s->in, s->hdr.proto_len);
	req->data_len = s->hdr.data_len;
	if (req->data_len) {
		size_t alloc = (req->data_len + 4095) & ~(size_t)4095;

		if (posix_memalign(&req->data, 4096, alloc)) {
			request_free(req);
			fatal(s, s->hdr.id, ZAP_OUT_OF_MEMORY,
			      "no memory for data");
			return;
		}
		evbuffer_remove(s->in, req->data, req->data_len);
	}
	srv->metrics.bytes_in += ZAP_FRAME_HDR_LEN + s->hdr.proto_len +
				 s->hdr.data_len;

	req->next = s->reqs;
	if (s->reqs)
		s->reqs->prev = req;
	s->reqs = req;
	s->in_flight++;
	srv->metrics.in_flight++;
	if (!req->msg) {
		req->mop = MOP_INVALID;
		dispatch_error(req, ZAP_PROTOCOL_ERROR, "request protobuf does "
			       "not decode");
		req->done(req);
		return;
	}
	dispatch_request(req);
}

/* Decode every whole frame that is buffered, as far as limits allow. */
static void process_input(struct session *s)
{
	struct server *srv = s->srv;

	s->in_input = true;
	while (s->fd >= 0) {
		if (!may_read(s)) {
			pause_reading(s);
			break;
		}
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
				char why[96];

				snprintf(why, sizeof(why), "bad frame header: "
					 "%s (proto %u bytes, data %u bytes)",
					 zap_strstatus(status),
					 s->hdr.proto_len, s->hdr.data_len);
				fatal(s, s->hdr.id, status, why);
				break;
			}
			evbuffer_drain(s->in, sizeof(raw));
			s->have_hdr = true;
		}
		if (evbuffer_get_length(s->in) <
		    (size_t)s->hdr.proto_len + s->hdr.data_len)
			break;
		s->have_hdr = false;
		handle_frame(s);
	}
	s->in_input = false;
}

/* Bytes came in (and perhaps the end of the stream): act on them. */
static void input_arrived(struct session *s, bool eof)
{
	s->last_active_ns = reactor_now_ns();
	process_input(s);
	if (eof && s->fd >= 0)
		session_close(s, s->have_hdr || evbuffer_get_length(s->in) ?
				 "peer closed mid-frame" : "peer closed");
}

static void on_readable(evutil_socket_t fd, short what, void *arg)
{
	struct session *s = arg;
	size_t budget = SESSION_READ_BUDGET;
	bool eof = false;

	while (budget) {
		struct evbuffer_iovec v[2];
		int nv = evbuffer_reserve_space(s->in, SESSION_READ_CHUNK, v, 2);
		ssize_t n;

		if (nv < 1) {
			session_close(s, "out of memory");
			return;
		}
		n = readv(fd, (struct iovec *)v, nv);
		if (n <= 0) {
			evbuffer_commit_space(s->in, v, 0);
			if (n == 0)
				eof = true;
			else if (errno != EAGAIN && errno != EINTR) {
				session_close(s, strerror(errno));
				return;
			}
			break;
		}
		for (int i = 0; i < nv; i++) {
			size_t take = (size_t)n < v[i].iov_len ? (size_t)n :
				      v[i].iov_len;

			v[i].iov_len = take;
			n -= take;
		}
		budget -= budget < SESSION_READ_CHUNK ? budget :
			  SESSION_READ_CHUNK;
		evbuffer_commit_space(s->in, v, nv);
		if (v[0].iov_len + (nv > 1 ? v[1].iov_len : 0) <
		    SESSION_READ_CHUNK)
			break;	/* the socket is drained */
	}
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
	struct session *s;
	bool again;

	/* Closing one may finish (and free) another: rescan each time. */
	do {
		again = false;
		for (s = srv->sessions; s; s = s->next) {
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

/*
 * Once a second: close connections idle longer than idle_timeout, and
 * TLS connections whose handshake is not done within handshake_timeout.
 */
static void on_idle_sweep(evutil_socket_t fd, short what, void *arg)
{
	struct server *srv = arg;
	uint64_t limit = srv->limits.idle_timeout_s * 1000000000ull;
	uint64_t now = reactor_now_ns();
	struct session *s;

	/* Closing one may finish (and free) another: rescan each time. */
	do {
		for (s = srv->sessions; s; s = s->next)
			if (s->fd >= 0 && (handshake_expired(s, now) ||
			    (limit && !s->handshaking && !s->in_flight &&
			     !evbuffer_get_length(s->out) &&
			     now - s->last_active_ns > limit)))
				break;
		if (!s)
			break;
		if (s->handshaking) {
			srv->metrics.tls.timeout++;
			log_ratelimited(&tls_log_limit, LOG_LVL_INFO,
					"tls handshake timed out peer=%s "
					"timeout=%us", s->peer,
					srv->limits.handshake_timeout_s);
			session_close(s, "handshake timeout");
		} else {
			notify_and_close(s, ZAP_IDLE_TIMEOUT,
					 "idle longer than idle_timeout");
		}
	} while (s);
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

/* A connection zapd will not serve gets a notice saying why, then the
 * end of the stream. */
static void refuse(int fd, const struct server *srv)
{
	char detail[128];

	if (srv->stopping) {
		send_notice(fd, ZAP__STATUS__SHUTTING_DOWN, "zapd is stopping");
	} else {
		snprintf(detail, sizeof(detail), "zapd serves at most %u "
			 "connections; try again later",
			 srv->limits.max_connections);
		send_notice(fd, ZAP__STATUS__TOO_MANY_CONNECTIONS, detail);
	}
	shutdown(fd, SHUT_WR);
	close(fd);
}

static void handshake_failed(struct session *s, const char *why)
{
	s->srv->metrics.tls.failed++;
	log_ratelimited(&tls_log_limit, LOG_LVL_INFO,
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
		s->srv->metrics.tls.plaintext++;
		log_ratelimited(&tls_log_limit, LOG_LVL_INFO,
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
	s->srv->metrics.tls.ok++;
	s->srv->metrics.tls.ktls_tx += tx;
	s->srv->metrics.tls.ktls_rx += rx;
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
	size_t budget = SESSION_READ_BUDGET, got;
	enum tls_result r = TLS_MORE;
	char why[160];

	if (s->handshaking) {
		handshake_step(s);
		return;
	}
	while (budget && r == TLS_MORE) {
		r = tls_read(s->ssl, s->in, SESSION_READ_CHUNK, &got, why,
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
	} else if (r == TLS_MORE) {
		event_active(s->ev_read, EV_READ, 0);	/* budget spent */
	}
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

static void on_accept(struct evconnlistener *l, evutil_socket_t fd,
		      struct sockaddr *sa, int salen, void *arg)
{
	struct server *srv = arg;
	struct session *s;
	char host[INET6_ADDRSTRLEN] = "?";
	int one = 1;
	uint16_t port = 0;

	if (sa->sa_family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)sa;

		inet_ntop(AF_INET, &in->sin_addr, host, sizeof(host));
		port = ntohs(in->sin_port);
	} else if (sa->sa_family == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)sa;

		inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof(host));
		port = ntohs(in6->sin6_port);
	}
	if (srv->stopping || srv->nr_sessions >= srv->limits.max_connections) {
		srv->metrics.connections_refused++;
		log_warn("connection refused peer=%s:%u reason=\"%s\"", host,
			 port, srv->stopping ? "stopping" :
			 "max_connections reached");
		refuse(fd, srv);
		return;
	}
	s = calloc(1, sizeof(*s));
	if (!s) {
		close(fd);
		return;
	}
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	evutil_make_socket_nonblocking(fd);
	s->srv = srv;
	s->fd = fd;
	s->flush.fn = on_flush;
	s->last_active_ns = reactor_now_ns();
	snprintf(s->peer, sizeof(s->peer), "%s:%u", host, port);
	s->in = evbuffer_new();
	s->out = evbuffer_new();
	if (srv->tls) {
		s->ssl = tls_new(srv, fd, s->principal);
		s->handshaking = true;
	}
	s->ev_read = event_new(srv->reactor.base, fd, EV_READ | EV_PERSIST,
			       srv->tls ? on_tls_readable : on_readable, s);
	s->ev_write = event_new(srv->reactor.base, fd, EV_WRITE | EV_PERSIST,
				srv->tls ? on_tls_writable : on_writable, s);
	if (!s->in || !s->out || !s->ev_read || !s->ev_write ||
	    (srv->tls && !s->ssl)) {
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
		close(fd);
		free(s);
		return;
	}
	event_add(s->ev_read, NULL);
	s->who = auth_anonymous(srv->auth);	/* plaintext: nobody */
	s->next = srv->sessions;
	if (srv->sessions)
		srv->sessions->prev = s;
	srv->sessions = s;
	srv->nr_sessions++;
	srv->metrics.connections_total++;
	log_debug("connection accepted peer=%s", s->peer);
}

int session_listen(struct server *srv, const char *address, char *bound,
		   unsigned bound_len)
{
	struct sockaddr_storage ss;
	socklen_t len, sslen;
	int ret;
	struct evconnlistener *l;
	char host[INET6_ADDRSTRLEN];

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
	if ((srv->limits.idle_timeout_s || srv->tls) && !srv->idle_sweep) {
		struct timeval second = { 1, 0 };

		srv->idle_sweep = event_new(srv->reactor.base, -1, EV_PERSIST,
					    on_idle_sweep, srv);
		if (srv->idle_sweep)
			event_add(srv->idle_sweep, &second);
	}
	len = sizeof(ss);
	getsockname(evconnlistener_get_fd(l), (struct sockaddr *)&ss, &len);
	if (ss.ss_family == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;

		inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof(host));
		snprintf(bound, bound_len, "[%s]:%u", host,
			 ntohs(in6->sin6_port));
	} else {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;

		inet_ntop(AF_INET, &in->sin_addr, host, sizeof(host));
		snprintf(bound, bound_len, "%s:%u", host, ntohs(in->sin_port));
	}
	log_info("listening address=%s", bound);
	return 0;
}

void session_stop_listening(struct server *srv)
{
	for (unsigned i = 0; i < srv->nr_listeners; i++)
		evconnlistener_free(srv->listeners[i]);
	srv->nr_listeners = 0;
	if (srv->idle_sweep) {
		event_free(srv->idle_sweep);
		srv->idle_sweep = NULL;
	}
}

void session_backlog(const struct server *srv, struct session_backlog *b)
{
	const struct session *s;

	*b = (struct session_backlog){ 0 };
	for (s = srv->sessions; s; s = s->next) {
		size_t unsent = s->fd >= 0 ? evbuffer_get_length(s->out) : 0;

		b->requests += s->in_flight;
		b->unsent_bytes += unsent;
		b->unsent_sessions += unsent || (s->fd >= 0 && s->flush.queued);
	}
}

void session_close_all(struct server *srv)
{
	struct session *s;

	/* Closing one may finish (and free) another: rescan each time. */
	do {
		for (s = srv->sessions; s && s->fd < 0; s = s->next)
			;
		if (s)
			session_close(s, "shutdown");
	} while (s);
}
