/* SPDX-License-Identifier: MIT */
/*
 * server - the daemon's context: what every reactor shares (struct node)
 * and what each reactor has of its own (struct server).
 */
#ifndef ZAPD_SERVER_H
#define ZAPD_SERVER_H

#include <pthread.h>
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
 * Bytes in flight, all connections of one reactor (see session.c), out of
 * its equal share of memory_budget. Half of it is a reserve: every
 * connection may always hold reserve bytes, whatever the others do (so a
 * neighbour of connections that never read their replies keeps being
 * served); what a connection holds beyond its reserve comes from the
 * other half, the pool, shared first come first served.
 */
struct server_mem {
	uint64_t used;			/* every connection's bytes (counter.h:
					 * the metrics read it) */
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
struct server;

#define SERVER_MAX_REACTORS	64

/*
 * What every reactor shares: set up before the reactors start and only
 * read after, except where a field says otherwise. A drive belongs to
 * one reactor (drive_owner()): its zones, range locks, backend and retry
 * windows are touched only on that reactor's thread.
 */
struct node {
	struct drive drives[SERVER_MAX_DRIVES];
	unsigned nr_drives;
	struct server *servers[SERVER_MAX_REACTORS];	/* [0]: accepts */
	unsigned nr_servers;
	struct retry *retry;		/* client identities (retry.h) */
	struct server_faults faults;	/* applied: atomic */
	/* reactors.c's, on server 0's thread: a graceful stop */
	unsigned nr_drained;		/* reactors done */
	bool exiting;			/* every loop was told to end */
	uint64_t stop_deadline_ns;
	bool stop_timed_out;
};

/*
 * One reactor's server: its thread's loop, the connections that live on
 * it and what they share (byte budgets, buffer and request caches,
 * metrics), and its reference to what all reactors share (the node).
 * Server 0 also owns the listeners and the connection counts: it accepts
 * and hands each connection to the reactor with the fewest.
 */
struct server {
	struct reactor reactor;
	unsigned index;			/* in node->servers */
	struct node *node;
	struct server_limits limits;
	struct evconnlistener *listeners[SERVER_MAX_LISTENERS];
	unsigned nr_listeners;
	struct event *sweep;		/* deadlines and idle connections */
	struct list sessions;		/* struct session, living here */
	unsigned nr_sessions;		/* living here */
	/* server 0's: every reactor's connections, by address and count */
	struct peer_table peers;
	unsigned nr_conns;		/* every reactor's */
	unsigned conns[SERVER_MAX_REACTORS];	/* each reactor's */
	struct nvmf *nvmf;		/* the NVMe/TCP front end, or NULL */
	struct server_mem mem;		/* memory_budget / reactors */
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
	/* written by this reactor only; read by any (metrics_text.c) */
	struct metrics metrics;
	struct auth *auth;		/* this reactor's reference */
	struct log_ratelimit denied_log;	/* PERMISSION_DENIED lines */
	struct log_ratelimit tls_log;		/* handshakes failed, ... */
	struct tls *tls;		/* NULL: the port speaks plaintext */
	/* requests of other reactors' connections, here now (dispatch.c) */
	unsigned hosted;
	/* reactors.c's */
	pthread_t thread;
	struct event *drain_timer;
	bool drained;			/* said so to server 0 */
	struct reactor_msg stop_msg, drained_msg, exit_msg;
};

/* Count a refusal (or a close for a limit) and log it, at most one line a
 * second per reason. peer: "HOST:PORT"; detail: what the client is told. */
void server_refused(struct server *srv, enum metrics_refusal why,
		    const char *peer, const char *detail);

/* NULL if no drive has that name. */
struct drive *server_find_drive(struct server *srv, const char *name);

/* The server of the reactor that owns drive d (index drive): the one
 * place that says which. */
struct server *node_drive_owner(const struct node *n, unsigned drive);
struct server *drive_owner(const struct server *srv, const struct drive *d);

#endif
