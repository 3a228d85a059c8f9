/* SPDX-License-Identifier: MIT */
/*
 * server - the daemon's shared context: the reactor, the drives, the
 * limits every session enforces, the listeners and the live sessions.
 */
#ifndef ZAPD_SERVER_H
#define ZAPD_SERVER_H

#include <stdbool.h>
#include <stdint.h>


#include "databuf.h"
#include "drive.h"
#include "log.h"
#include "metrics.h"
#include "peers.h"
#include "reactor.h"

#define SERVER_MAX_DRIVES	64
#define SERVER_MAX_LISTENERS	8

struct server_limits {
	uint32_t max_connections;
	uint32_t max_conns_per_addr;	/* from one client address */
	uint32_t max_in_flight;		/* requests per connection */
	uint32_t max_data;		/* bytes of data in one frame */
	uint64_t max_conn_bytes;	/* bytes in flight per connection */
	uint64_t memory_budget;		/* bytes in flight, all connections */
	uint32_t idle_timeout_s;	/* 0: none */
	uint32_t frame_timeout_s;	/* a frame whole once begun */
	uint32_t max_report_zones;	/* zones in one report reply */
	uint32_t handshake_timeout_s;	/* TLS: close if not done by then */
};

/*
 * What a request may hold beyond its data part: its protobuf and the
 * bookkeeping of a request (session.c checks that they fit). So
 * max_conn_bytes >= max_data + this lets every legal frame in.
 */
#define SERVER_REQUEST_OVERHEAD	(16u << 10)

/* Test-only faults, off (0) unless configured: see config.c. */
struct server_faults {
	uint32_t drop_reply;		/* every Nth applied: close, no reply */
	uint32_t kill_before_reply;	/* the Nth applied: SIGKILL */
	uint32_t applied;		/* retry-protected requests applied */
};

struct session;

/*
 * Bytes in flight, all connections (see session.c). Half of memory_budget
 * is a reserve: every connection may always hold reserve bytes, whatever
 * the others do (so a neighbour of connections that never read their
 * replies keeps being served); what a connection holds beyond its reserve
 * comes from the other half, the pool, shared first come first served.
 */
struct server_mem {
	uint64_t used;			/* every connection's bytes */
	uint64_t reserve;		/* per connection, guaranteed */
	uint64_t pool;			/* shared: memory_budget - reserves */
	uint64_t pool_used;
	struct list waiters;		/* sessions paused for the pool, in
					 * order */
	struct reactor_deferred wake;	/* the pool has room again */
};

struct nvmf;
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
	struct event *sweep;		/* deadlines and idle connections */
	struct list sessions;		/* struct session, for shutdown */
	struct nvmf *nvmf;		/* the NVMe/TCP front end, or NULL */
	unsigned nr_sessions;
	struct peer_table peers;	/* connections per client address */
	struct server_mem mem;
	struct databuf_cache bufs;	/* data buffers, within the budget */
	/* zap_codec.c's: requests kept for reuse (not charged: at most
	 * ZAP_REQUEST_POOL of them) */
	struct list request_pool;
	unsigned nr_pooled;
	/* connections with decoded work left: their shares go on, one a
	 * loop pass, in the background (session.c) */
	struct list more;		/* struct session, in order */
	struct event *more_ev;		/* background: the next share */
	struct event *more_guard;	/* timer: a share overdue */
	struct log_ratelimit refusal_log[REFUSAL_COUNT];
	bool stopping;			/* refuse new requests, finish old ones */
	struct metrics metrics;
	struct retry *retry;		/* client identities, their outcomes */
	struct auth *auth;		/* principals and their rights */
	struct log_ratelimit denied_log;	/* PERMISSION_DENIED lines */
	struct server_faults faults;
	struct tls *tls;		/* NULL: the port speaks plaintext */
};

/* Count a refusal (or a close for a limit) and log it, at most one line a
 * second per reason. peer: "HOST:PORT"; detail: what the client is told. */
void server_refused(struct server *srv, enum metrics_refusal why,
		    const char *peer, const char *detail);

/* NULL if no drive has that name. */
struct drive *server_find_drive(struct server *srv, const char *name);

#endif
