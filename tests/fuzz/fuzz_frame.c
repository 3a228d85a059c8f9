/* SPDX-License-Identifier: MIT */
/*
 * fuzz_frame - one input is the byte stream one client connection sends:
 * frames (a 24-byte header, the protobuf, the data), damaged or not, cut
 * anywhere, after one byte that says how the client behaves (MODE_*
 * below: it hangs up as soon as all is sent, with a reset; it reads its
 * replies late). It goes over a real TCP connection into zapd's session
 * (server/session.c): header decoding (proto/frame.c), the limits checked
 * before anything is allocated (proto_len, data_len against max_data),
 * version, flags (a reply's flag from a client is refused), protobuf
 * decoding, backpressure (max_in_flight 8, replies waiting for the
 * socket), then dispatch and the emu drives of fuzz_server.
 * ZAP_FUZZ_VERBOSE=1 prints each reply.
 *
 * The harness walks the same stream with zap_frame_decode() and knows
 * what the session must do, and checks it:
 *   - every 24 bytes that decode re-encode to the same bytes, in limits;
 *   - each complete frame before the first bad header gets exactly one
 *     reply, with its id, a known status and the reply flag;
 *   - a bad header gets one reply with the status zap_frame_decode()
 *     gives it (PROTOCOL_ERROR for the reply flag) and its id, then the
 *     connection is closed;
 *   - a frame cut short gets nothing until the client closes;
 *   - once the connection is gone no session, request or io remains
 *     (for a client that hangs up early, only this is checked).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <zap/zap.h>

#include "frame.h"
#include "fuzz_server.h"
#include "session.h"
#include "zap.pb-c.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FRAMES	1024

/* The input's first byte: how the client behaves. */
#define MODE_HANG_UP		0x1	/* close once all is sent */
#define MODE_RESET		0x2	/* close with a reset (SO_LINGER 0) */
#define MODE_LATE_READER	0x4	/* reads once the server is stuck */

static struct sockaddr_in server_addr;

/* What the session must answer, from the harness's own walk. */
struct expect {
	unsigned frames;		/* complete, good headers */
	uint64_t ids[MAX_FRAMES];
	int fatal;			/* a bad header's status, or 0 */
	uint64_t fatal_id;
};

/* The client's side of the connection. */
struct client {
	int fd;
	uint8_t *in;
	size_t in_len, in_cap;
	unsigned replies;
	bool fatal_seen;
	bool eof;
};

static void fail(const char *fmt, ...) __attribute__((noreturn,
						      format(printf, 1, 2)));

static void fail(const char *fmt, ...)
{
	va_list ap;

	fputs("fuzz_frame: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

static void setup(void)
{
	char bound[64];
	unsigned port;

	signal(SIGPIPE, SIG_IGN);	/* as zapd's main() */
	fuzz_server_reset();
	if (session_listen(&fuzz_srv, "127.0.0.1:0", bound, sizeof(bound)) ||
	    sscanf(bound, "127.0.0.1:%u", &port) != 1)
		fail("cannot listen");
	server_addr.sin_family = AF_INET;
	server_addr.sin_port = htons(port);
	server_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
}

/* The session's rules, applied by the harness to the whole stream. */
static void walk(const uint8_t *data, size_t size, uint32_t max_data,
		 struct expect *e)
{
	size_t at = 0;

	memset(e, 0, sizeof(*e));
	while (size - at >= ZAP_FRAME_HDR_LEN) {
		struct zap_frame f;
		uint8_t again[ZAP_FRAME_HDR_LEN];
		int status = zap_frame_decode(data + at, max_data, &f);

		if (!status) {
			zap_frame_encode(again, &f);
			if (memcmp(again, data + at, ZAP_FRAME_HDR_LEN))
				fail("header at %zu decodes but does not "
				     "encode back", at);
			if (f.proto_len > (f.flags & ZAP_FRAME_F_REPLY ?
					   ZAP_MAX_PROTO_LEN :
					   ZAP_MAX_REQUEST_PROTO_LEN) ||
			    f.data_len > max_data)
				fail("header at %zu passes over its limits",
				     at);
			if (f.flags & ZAP_FRAME_F_REPLY)
				status = ZAP_PROTOCOL_ERROR;
		}
		if (status) {
			e->fatal = status;
			e->fatal_id = f.id;
			return;
		}
		at += ZAP_FRAME_HDR_LEN;
		if (size - at < (uint64_t)f.proto_len + f.data_len)
			return;		/* cut short: the session waits */
		at += (size_t)f.proto_len + f.data_len;
		if (e->frames < MAX_FRAMES)
			e->ids[e->frames] = f.id;
		e->frames++;
	}
}

static bool sent_id(const struct expect *e, uint64_t id)
{
	for (unsigned i = 0; i < e->frames && i < MAX_FRAMES; i++)
		if (e->ids[i] == id)
			return true;
	return e->fatal && e->fatal_id == id;
}

/* Take every whole reply frame out of c->in. */
static void parse_replies(struct client *c, const struct expect *e)
{
	size_t at = 0;

	while (c->in_len - at >= ZAP_FRAME_HDR_LEN) {
		struct zap_frame f;
		Zap__Reply *rep;
		int status = zap_frame_decode(c->in + at, UINT32_MAX, &f);

		if (status || f.flags != ZAP_FRAME_F_REPLY)
			fail("reply header: %s, flags %#x",
			     zap_status_name(status), f.flags);
		if (c->in_len - at - ZAP_FRAME_HDR_LEN <
		    (uint64_t)f.proto_len + f.data_len)
			break;
		rep = zap__reply__unpack(NULL, f.proto_len,
					 c->in + at + ZAP_FRAME_HDR_LEN);
		if (!rep)
			fail("reply %" PRIu64 " does not decode", f.id);
		if (!strcmp(zap_status_name(rep->status), "UNKNOWN_STATUS"))
			fail("reply %" PRIu64 " has status %d", f.id,
			     rep->status);
		if (!sent_id(e, f.id))
			fail("reply to id %" PRIu64 ", never sent", f.id);
		if (getenv("ZAP_FUZZ_VERBOSE"))
			fprintf(stderr, "reply id %" PRIu64 ": %s, %u data "
				"bytes\n", f.id, zap_status_name(rep->status),
				f.data_len);
		if (e->fatal && (int)rep->status == e->fatal && f.id == e->fatal_id)
			c->fatal_seen = true;
		zap__reply__free_unpacked(rep, NULL);
		c->replies++;
		at += ZAP_FRAME_HDR_LEN + f.proto_len + f.data_len;
	}
	memmove(c->in, c->in + at, c->in_len - at);
	c->in_len -= at;
}

static void client_read(struct client *c, const struct expect *e)
{
	for (;;) {
		int one = 1;
		ssize_t n;

		if (c->in_cap - c->in_len < 4096) {
			c->in_cap = c->in_cap * 2 + 65536;
			c->in = realloc(c->in, c->in_cap);
			if (!c->in)
				abort();
		}
		/* no delayed ACK: a server waiting for room in its socket
		 * would wait 40 ms for each window update */
		setsockopt(c->fd, IPPROTO_TCP, TCP_QUICKACK, &one,
			   sizeof(one));
		n = recv(c->fd, c->in + c->in_len, c->in_cap - c->in_len,
			 MSG_DONTWAIT);
		if (n > 0) {
			c->in_len += n;
			continue;
		}
		if (n == 0 || (errno != EAGAIN && errno != EINTR))
			c->eof = true;	/* closed, or reset */
		break;
	}
	parse_replies(c, e);
}

/* A connect interrupted by a signal (libFuzzer's SIGALRM) goes on in the
 * background: wait for it. */
static void connect_to_server(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	socklen_t len = sizeof(int);
	int err = 0;

	if (!connect(fd, (struct sockaddr *)&server_addr, sizeof(server_addr)))
		return;
	if (errno != EINTR)
		fail("connect: %s", strerror(errno));
	while (poll(&p, 1, -1) < 0)
		if (errno != EINTR)
			fail("poll: %s", strerror(errno));
	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) || err)
		fail("connect: %s", strerror(err));
}

/*
 * A small send buffer on the server's socket (found as the one whose peer
 * is the client), so that replies a late reader leaves in its socket
 * soon leave the server waiting for room.
 */
static void shrink_server_side(int client)
{
	struct sockaddr_in me, peer;
	socklen_t len = sizeof(me);
	int small = 4096;

	if (getsockname(client, (struct sockaddr *)&me, &len))
		fail("getsockname: %s", strerror(errno));
	for (int fd = 0; fd < 1024; fd++) {
		len = sizeof(peer);
		if (fd == client ||
		    getpeername(fd, (struct sockaddr *)&peer, &len) ||
		    len != sizeof(peer) || peer.sin_port != me.sin_port ||
		    peer.sin_addr.s_addr != me.sin_addr.s_addr)
			continue;
		setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &small, sizeof(small));
		return;
	}
	fail("the server's side of the connection is not there");
}

/* Bytes the server took in or answered with, so far. */
static uint64_t server_progress(void)
{
	return fuzz_srv.metrics.bytes_in + fuzz_srv.metrics.bytes_out;
}

/*
 * Until the server closes the connection (or, hanging up, until all is
 * sent). A late reader reads nothing until it has sent what the server
 * takes and the server has nothing left to do: replies pile up in the
 * sockets, then in the session (which stops reading past its limit).
 */
static void converse(struct client *c, const uint8_t *data, size_t size,
		     const struct expect *e, unsigned mode)
{
	size_t sent = 0;
	bool shut = false, reading = !(mode & MODE_LATE_READER);

	while (!c->eof) {
		bool blocked = false;

		if (sent < size) {
			ssize_t n = send(c->fd, data + sent, size - sent,
					 MSG_DONTWAIT | MSG_NOSIGNAL);

			if (n > 0)
				sent += n;
			else if (errno == EAGAIN)
				blocked = true;
			else if (errno != EINTR)
				sent = size;	/* the server closed */
		}
		if (sent == size && (mode & MODE_HANG_UP))
			return;
		if (!reading) {
			uint64_t before = server_progress();

			if (event_base_loop(fuzz_srv.reactor.base,
					    EVLOOP_NONBLOCK) < 0)
				abort();
			reading = (sent == size || blocked) &&
				  !fuzz_srv.reactor.ios_in_flight &&
				  !fuzz_srv.reactor.deferred.first &&
				  server_progress() == before;
			continue;
		}
		client_read(c, e);
		if (c->eof)
			break;
		/* all sent and all answered: the client says goodbye */
		if (sent == size && !shut && !e->fatal &&
		    c->replies == e->frames) {
			shutdown(c->fd, SHUT_WR);
			shut = true;
		}
		if (reactor_run_once(&fuzz_srv.reactor))
			abort();
	}
}

static void check_replies(const struct client *c, const struct expect *e)
{
	if (e->fatal) {
		if (!c->fatal_seen)
			fail("no %s reply to the bad header (id %" PRIu64 ")",
			     zap_status_name(e->fatal), e->fatal_id);
		if (c->replies > e->frames + 1)
			fail("%u replies to %u frames and a bad header",
			     c->replies, e->frames);
	} else if (c->replies != e->frames) {
		fail("%u replies to %u frames", c->replies, e->frames);
	}
	if (c->in_len)
		fail("%zu bytes of a reply cut short", c->in_len);
}

/* Run the loop, a pass at a time, until nothing is left to wait for
 * but timers of more than max_ns from now, or the session is gone. */
static void run_timers(uint64_t max_ns)
{
	static const struct timeval pass = { 0, 1000 };
	uint64_t until = reactor_now_ns() + max_ns;

	while (fuzz_srv.nr_sessions && !fuzz_srv.reactor.ios_in_flight &&
	       !fuzz_srv.reactor.deferred.first &&
	       reactor_now_ns() < until) {
		event_base_loopexit(fuzz_srv.reactor.base, &pass);
		if (event_base_loop(fuzz_srv.reactor.base, EVLOOP_ONCE) < 0)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct expect e;
	struct client c = { .fd = -1 };
	unsigned mode;

	if (!size)
		return 0;
	if (!fuzz_srv.nr_listeners)
		setup();
	fuzz_server_reset();
	mode = *data++;
	size--;
	walk(data, size, fuzz_srv.limits.max_data, &e);

	c.fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (c.fd < 0)
		fail("socket: %s", strerror(errno));
	if (mode & MODE_RESET) {
		struct linger now = { .l_onoff = 1, .l_linger = 0 };

		setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &now, sizeof(now));
	}
	connect_to_server(c.fd);
	/* accepted before anything else, so that a client that hangs up
	 * at once leaves no connection behind for the next input */
	while (!fuzz_srv.nr_sessions)
		if (reactor_run_once(&fuzz_srv.reactor))
			abort();
	if (mode & MODE_LATE_READER)
		shrink_server_side(c.fd);
	converse(&c, data, size, &e, mode);
	close(c.fd);
	if (!(mode & MODE_HANG_UP))
		check_replies(&c, &e);
	free(c.in);
	/* the session goes once what it started is done: with nothing in
	 * flight, within the drives' own timers (a flush's group gathering,
	 * server/syncer.h: 1 ms at most; 20 ms allowed) */
	while (fuzz_srv.nr_sessions) {
		if (!fuzz_srv.reactor.ios_in_flight &&
		    !fuzz_srv.reactor.deferred.first)
			run_timers(20 * 1000000ull);
		if (fuzz_srv.nr_sessions && !fuzz_srv.reactor.ios_in_flight &&
		    !fuzz_srv.reactor.deferred.first)
			fail("a session outlives its connection");
		if (fuzz_srv.nr_sessions && reactor_run_once(&fuzz_srv.reactor))
			abort();
	}
	fuzz_check_idle("fuzz_frame");
	return 0;
}
