/* SPDX-License-Identifier: MIT */
/*
 * session - one client TCP connection. Reads frames, enforces the limits
 * (frame size, requests in flight, idle time) before allocating anything
 * for a frame, hands decoded requests to dispatch and writes the replies
 * in whatever order they complete. Backpressure: it stops reading while
 * the connection's in-flight budget is spent or its unsent replies pile up.
 * On a TLS port (srv->tls) it does the handshake first (tls.c), within
 * handshake_timeout, and tells a plaintext client TLS_REQUIRED.
 */
#ifndef ZAPD_SESSION_H
#define ZAPD_SESSION_H

#include <stdbool.h>
#include <stdint.h>

struct server;
struct server_limits;

/*
 * Room a connection keeps free of read-ahead: the most one request may be
 * charged beyond its data part (which arrives as input). Reading stops
 * that far short of max_conn_bytes, so a request decoded from what was
 * read can always be admitted once the connection's requests in flight
 * are done: its buffered input alone never crowds it out.
 */
uint64_t session_read_reserve(const struct server_limits *l);

/* The least max_conn_bytes that can take the largest frame: the read
 * reserve and the frame itself. */
uint64_t session_conn_bytes_min(const struct server_limits *l);

/*
 * What srv's connections share: its part of memory_budget (an equal
 * share per reactor), the next-share events, the sweep timer; server 0's
 * connection table too. Once per server, before its loop runs. Returns 0
 * or -ENOMEM, with a log line.
 */
int session_server_init(struct server *srv);

/* After session_close_all(): free what session_server_init() made. */
void session_server_destroy(struct server *srv);

/*
 * Server 0 only: listen on "HOST:PORT" ("[::1]:PORT" for IPv6; port 0
 * picks one). bound receives the address actually bound, as text.
 * Returns 0 or -errno, with a log line.
 */
int session_listen(struct server *srv, const char *address, char *bound,
		   unsigned bound_len);

/* Stop accepting and sweeping (shutdown, first step). */
void session_stop_listening(struct server *srv);

/* What a graceful stop waits for, counted over the connections. */
struct session_backlog {
	uint64_t requests;	/* received, not yet answered */
	uint64_t unsent_bytes;	/* answered, not yet written to a socket */
	unsigned unsent_sessions;
};

void session_backlog(const struct server *srv, struct session_backlog *b);

/* The principals were reloaded: every connection takes its principal's
 * new rights; one whose principal is gone is told so and closed. */
void session_reauthorize(struct server *srv);

/* Close every connection now (after their replies are written, for a
 * graceful stop): the peer sees the replies, then end of stream. */
void session_close_all(struct server *srv);

#endif
