/* SPDX-License-Identifier: MIT */
/*
 * server - the daemon's shared context: the reactor, the drives, the
 * limits every session enforces, the listeners and the live sessions.
 */
#ifndef ZAPD_SERVER_H
#define ZAPD_SERVER_H

#include <stdbool.h>
#include <stdint.h>

#include "drive.h"
#include "log.h"
#include "metrics.h"
#include "reactor.h"

#define SERVER_MAX_DRIVES	64
#define SERVER_MAX_LISTENERS	8

struct server_limits {
	uint32_t max_connections;
	uint32_t max_in_flight;		/* requests per connection */
	uint32_t max_data;		/* bytes of data in one frame */
	uint32_t idle_timeout_s;	/* 0: none */
	uint32_t max_report_zones;	/* zones in one report reply */
	uint32_t handshake_timeout_s;	/* TLS: close if not done by then */
};

/* Test-only faults, off (0) unless configured: see config.c. */
struct server_faults {
	uint32_t drop_reply;		/* every Nth applied: close, no reply */
	uint32_t kill_before_reply;	/* the Nth applied: SIGKILL */
	uint32_t applied;		/* retry-protected requests applied */
};

struct session;
struct retry;
struct tls;
struct auth;
struct evconnlistener;
struct event;

struct server {
	struct reactor reactor;
	struct server_limits limits;
	struct drive drives[SERVER_MAX_DRIVES];
	unsigned nr_drives;
	struct evconnlistener *listeners[SERVER_MAX_LISTENERS];
	unsigned nr_listeners;
	struct event *idle_sweep;	/* closes idle connections */
	struct session *sessions;	/* doubly linked, for shutdown */
	unsigned nr_sessions;
	bool stopping;			/* refuse new requests, finish old ones */
	struct metrics metrics;
	struct retry *retry;		/* client identities, their outcomes */
	struct auth *auth;		/* principals and their rights */
	struct log_ratelimit denied_log;	/* PERMISSION_DENIED lines */
	struct server_faults faults;
	struct tls *tls;		/* NULL: the port speaks plaintext */
};

/* NULL if no drive has that name. */
struct drive *server_find_drive(struct server *srv, const char *name);

#endif
