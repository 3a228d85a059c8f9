/* SPDX-License-Identifier: MIT */
#include "session.h"

#include <arpa/inet.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <zap/zap.h>

#include "dispatch.h"
#include "frame.h"
#include "log.h"
#include "server.h"

/* Unsent replies beyond this pause reading (a client that sends but does
 * not read must not make zapd buffer without bound). */
#define SESSION_OUTPUT_HIGH(srv)	(4u * (srv)->limits.max_data + (1u << 20))

struct session {
	struct server *srv;
	struct bufferevent *bev;	/* NULL once the socket is closed */
	char peer[64];
	unsigned in_flight;
	bool have_hdr;			/* hdr holds the next frame's header */
	struct zap_frame hdr;
	bool in_read;			/* inside on_read: don't re-enter it */
	bool read_paused;
	bool close_after_flush;		/* fatal protocol error was sent */
	bool releasing;			/* session_close() is cancelling */
	struct request *reqs;		/* in flight, for cancellation */
	struct session *prev, *next;
};

static void on_read(struct bufferevent *bev, void *arg);

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

/* The socket is gone; the struct lives until its last request is done. */
static void session_close(struct session *s, const char *why)
{
	struct request *req;

	log_debug("connection closed peer=%s reason=\"%s\" in_flight=%u",
		  s->peer, why, s->in_flight);
	if (s->bev) {
		bufferevent_free(s->bev);
		s->bev = NULL;
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
	if (!s->in_flight) {
		session_unlink(s);
		free(s);
	}
}

static void free_sent_data(const void *data, size_t len, void *arg)
{
	free((void *)data);
}

/* Queue one frame: header, packed reply, and (zero-copy) data. */
static int send_frame(struct session *s, uint64_t id, const Zap__Reply *rep,
		      void *data, uint32_t data_len)
{
	struct evbuffer *out = bufferevent_get_output(s->bev);
	size_t plen = zap__reply__get_packed_size(rep);
	struct zap_frame f = {
		.version = ZAP_PROTO_VERSION,
		.flags = ZAP_FRAME_F_REPLY,
		.id = id,
		.proto_len = plen,
		.data_len = data_len,
	};
	struct evbuffer_iovec v;

	if (evbuffer_reserve_space(out, ZAP_FRAME_HDR_LEN + plen, &v, 1) < 1)
		return -ENOMEM;
	zap_frame_encode(v.iov_base, &f);
	zap__reply__pack(rep, (uint8_t *)v.iov_base + ZAP_FRAME_HDR_LEN);
	v.iov_len = ZAP_FRAME_HDR_LEN + plen;
	if (evbuffer_commit_space(out, &v, 1))
		return -ENOMEM;
	if (data_len && evbuffer_add_reference(out, data, data_len,
					       free_sent_data, NULL))
		return -ENOMEM;
	s->srv->metrics.bytes_out += v.iov_len + data_len;
	return 0;
}

static void pause_reading(struct session *s)
{
	if (!s->read_paused) {
		s->read_paused = true;
		bufferevent_disable(s->bev, EV_READ);
	}
}

/* Resume, and look at what is already buffered (no new bytes may come). */
static void resume_reading(struct session *s)
{
	if (!s->read_paused || s->close_after_flush)
		return;
	s->read_paused = false;
	bufferevent_enable(s->bev, EV_READ);
	if (!s->in_read)
		bufferevent_trigger(s->bev, EV_READ, BEV_TRIG_IGNORE_WATERMARKS |
				    BEV_TRIG_DEFER_CALLBACKS);
}

static bool output_full(const struct session *s)
{
	return evbuffer_get_length(bufferevent_get_output(s->bev)) >
	       SESSION_OUTPUT_HIGH(s->srv);
}

static void on_request_done(struct request *req)
{
	struct session *s = req->owner;
	struct server *srv = s->srv;

	request_unlink(s, req);
	metrics_request_done(&srv->metrics, req->mop, req->reply.status,
			     metrics_now_ns() - req->start_ns);
	if (s->bev) {
		if (send_frame(s, req->id, &req->reply, req->reply_data,
			       req->reply_data_len)) {
			log_warn("reply dropped peer=%s reason=\"out of memory\"",
				 s->peer);
		} else if (req->reply_data == req->scratch) {
			req->scratch = NULL;	/* the evbuffer frees it */
		}
	}
	request_free(req);
	if (!s->bev) {
		if (!s->in_flight && !s->releasing) {
			session_unlink(s);
			free(s);
		}
		return;
	}
	if (s->in_flight < srv->limits.max_in_flight && !output_full(s))
		resume_reading(s);
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
	/* on_read closes at once if even this reply could not be queued */
	send_frame(s, id, &rep, NULL, 0);
}

/* The whole frame is buffered: unpack it and hand it to dispatch. */
static void handle_frame(struct session *s, struct evbuffer *in)
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
	req->done = on_request_done;
	req->start_ns = metrics_now_ns();
	proto = evbuffer_pullup(in, s->hdr.proto_len);
	req->msg = zap__request__unpack(NULL, s->hdr.proto_len, proto);
	evbuffer_drain(in, s->hdr.proto_len);
	req->data_len = s->hdr.data_len;
	if (req->data_len) {
		size_t alloc = (req->data_len + 4095) & ~(size_t)4095;

		if (posix_memalign(&req->data, 4096, alloc)) {
			free(req);
			fatal(s, s->hdr.id, ZAP_OUT_OF_MEMORY,
			      "no memory for data");
			return;
		}
		evbuffer_remove(in, req->data, req->data_len);
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

static void on_read(struct bufferevent *bev, void *arg)
{
	struct session *s = arg;
	struct server *srv = s->srv;
	struct evbuffer *in = bufferevent_get_input(bev);

	s->in_read = true;
	while (!s->close_after_flush) {
		if (s->in_flight >= srv->limits.max_in_flight ||
		    output_full(s)) {
			pause_reading(s);
			break;
		}
		if (!s->have_hdr) {
			uint8_t raw[ZAP_FRAME_HDR_LEN];
			int status;

			if (evbuffer_copyout(in, raw, sizeof(raw)) <
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
			evbuffer_drain(in, sizeof(raw));
			s->have_hdr = true;
		}
		if (evbuffer_get_length(in) <
		    (size_t)s->hdr.proto_len + s->hdr.data_len)
			break;
		s->have_hdr = false;
		handle_frame(s, in);
	}
	s->in_read = false;
	if (s->close_after_flush &&
	    !evbuffer_get_length(bufferevent_get_output(bev)))
		session_close(s, "protocol error");
}

static void on_write(struct bufferevent *bev, void *arg)
{
	struct session *s = arg;

	if (s->close_after_flush)
		session_close(s, "protocol error");
	else if (s->in_flight < s->srv->limits.max_in_flight)
		resume_reading(s);
}

static void on_event(struct bufferevent *bev, short what, void *arg)
{
	struct session *s = arg;

	if ((what & BEV_EVENT_TIMEOUT) && !(what & BEV_EVENT_ERROR) &&
	    !(what & BEV_EVENT_EOF)) {
		if (s->in_flight || s->read_paused) {
			/* not idle: only the socket was quiet */
			bufferevent_enable(bev, EV_READ);
			return;
		}
		session_close(s, "idle timeout");
		return;
	}
	if (what & BEV_EVENT_EOF)
		session_close(s, s->have_hdr ||
				 evbuffer_get_length(bufferevent_get_input(bev)) ?
				 "peer closed mid-frame" : "peer closed");
	else if (what & BEV_EVENT_ERROR)
		session_close(s, strerror(EVUTIL_SOCKET_ERROR()));
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
		close(fd);
		return;
	}
	s = calloc(1, sizeof(*s));
	if (!s) {
		close(fd);
		return;
	}
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	s->srv = srv;
	snprintf(s->peer, sizeof(s->peer), "%s:%u", host, port);
	s->bev = bufferevent_socket_new(srv->reactor.base, fd,
					BEV_OPT_CLOSE_ON_FREE);
	if (!s->bev) {
		close(fd);
		free(s);
		return;
	}
	bufferevent_setcb(s->bev, on_read, on_write, on_event, s);
	bufferevent_setwatermark(s->bev, EV_WRITE,
				 SESSION_OUTPUT_HIGH(srv) / 2, 0);
	if (srv->limits.idle_timeout_s) {
		struct timeval idle = { .tv_sec = srv->limits.idle_timeout_s };

		bufferevent_set_timeouts(s->bev, &idle, NULL);
	}
	bufferevent_enable(s->bev, EV_READ | EV_WRITE);
	s->next = srv->sessions;
	if (srv->sessions)
		srv->sessions->prev = s;
	srv->sessions = s;
	srv->nr_sessions++;
	srv->metrics.connections_total++;
	log_debug("connection accepted peer=%s", s->peer);
}

static int parse_address(const char *address, struct sockaddr_storage *ss,
			 int *sslen)
{
	char host[256];
	const char *colon = strrchr(address, ':');
	const char *h = host;
	char *end;
	unsigned long port;
	size_t hlen;

	if (!colon)
		return -EINVAL;
	hlen = colon - address;
	if (hlen >= sizeof(host))
		return -EINVAL;
	memcpy(host, address, hlen);
	host[hlen] = '\0';
	if (hlen >= 2 && host[0] == '[' && host[hlen - 1] == ']') {
		host[hlen - 1] = '\0';
		h = host + 1;
	}
	errno = 0;
	port = strtoul(colon + 1, &end, 10);
	if (errno || *end || end == colon + 1 || port > 65535)
		return -EINVAL;
	memset(ss, 0, sizeof(*ss));
	if (!strcmp(h, "localhost"))
		h = "127.0.0.1";
	if (inet_pton(AF_INET, h, &((struct sockaddr_in *)ss)->sin_addr) == 1) {
		((struct sockaddr_in *)ss)->sin_family = AF_INET;
		((struct sockaddr_in *)ss)->sin_port = htons(port);
		*sslen = sizeof(struct sockaddr_in);
		return 0;
	}
	if (inet_pton(AF_INET6, h, &((struct sockaddr_in6 *)ss)->sin6_addr) == 1) {
		((struct sockaddr_in6 *)ss)->sin6_family = AF_INET6;
		((struct sockaddr_in6 *)ss)->sin6_port = htons(port);
		*sslen = sizeof(struct sockaddr_in6);
		return 0;
	}
	return -EINVAL;
}

int session_listen(struct server *srv, const char *address, char *bound,
		   unsigned bound_len)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int sslen, ret;
	struct evconnlistener *l;
	char host[INET6_ADDRSTRLEN];

	if (srv->nr_listeners == SERVER_MAX_LISTENERS) {
		log_error("too many listen addresses max=%d",
			  SERVER_MAX_LISTENERS);
		return -E2BIG;
	}
	ret = parse_address(address, &ss, &sslen);
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
}

void session_close_all(struct server *srv)
{
	struct session *s;

	/* Closing one may finish (and free) another: rescan each time. */
	do {
		for (s = srv->sessions; s && !s->bev; s = s->next)
			;
		if (s)
			session_close(s, "shutdown");
	} while (s);
}
