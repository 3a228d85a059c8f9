/* SPDX-License-Identifier: MIT */
/*
 * dispatch - the boundary every front end (zapd's own protocol in
 * session.c, NVMe/TCP in nvmf_io.c) hands its requests to. A request here
 * is protocol-neutral: an operation and its arguments, decoded by the
 * front end; dispatch checks it (rights, client identity, retries, drive,
 * zone, LBA range, alignment, size limits), turns it into a zone operation
 * (or answers it directly: HELLO, IDENTIFY, STATS) and fills its outcome,
 * which the front end encodes in its own protocol.
 *
 * Ownership: the front end allocates a struct request (usually inside a
 * struct of its own), owns it and its data part, and frees it after
 * req->done ran (or after dispatch_cancel() returned true), first calling
 * request_release() for what dispatch attached.
 *
 * Threads: dispatch_request() runs on the front end's reactor (req->srv)
 * and does there all that needs no drive state (rights, identity, the
 * checks against the drive's fixed geometry, buffers, the retry
 * fingerprint); a request for a drive another reactor owns then travels
 * there as a message, is checked against its retry window and goes to
 * the zone layer there, and comes back as a message; req->done runs on
 * req->srv's reactor.
 */
#ifndef ZAPD_DISPATCH_H
#define ZAPD_DISPATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "auth.h"
#include "metrics.h"
#include "retry.h"
#include "zone.h"

struct server;
struct request;

typedef void (*request_done_fn)(struct request *req);

/* request_args.flags */
#define REQUEST_AT_WP	(1u << 0)	/* WRITE: at the write pointer */
#define REQUEST_ALL	(1u << 1)	/* ZONE_MGMT: every zone */

/* What a request asks, besides its operation (request.mop). */
struct request_args {
	const char *drive;	/* its name (NULL: none); the front end's */
	uint32_t zone;		/* REPORT_ZONES: the first one */
	uint64_t lba;		/* WRITE, READ */
	uint64_t len;		/* READ: bytes */
	uint32_t flags;		/* REQUEST_* */
	uint32_t action;	/* ZONE_MGMT: enum zap_zone_action */
	uint32_t filter;	/* REPORT_ZONES: a zone state, 0 any */
	uint32_t max_zones;	/* REPORT_ZONES: 0 the server's limit */
	uint64_t epoch;		/* APPEND, WRITE: the writer's fence epoch */
	uint64_t client_id;	/* the identity it names (0: none) */
	uint64_t seq;		/* its number in that identity's window for
				 * the drive */
	/* HELLO: the secret of the identity it resumes (client_id), if
	 * any; the front end has agreed on its protocol's version */
	const uint8_t *secret;
	uint32_t secret_len;
};

/* What dispatch answers, besides status and detail. */
struct request_outcome {
	uint64_t lba;		/* APPEND, WRITE: where the data is;
				 * FENCE: the zone's new epoch */
	uint64_t wp;		/* WRITE: the zone's write pointer after it
				 * (or now, when refused for it) */
	bool has_result;	/* lba and wp are answers: an append's or
				 * fence's success, any write's outcome (the
				 * first one's, or a retry's replay) */
	/* READ: the data (read_into, or a databuf of dispatch's, which
	 * request_take_read_buf() hands over) */
	void *data;
	uint32_t data_len;
	/* REPORT_ZONES: the device's zones [first_zone, + nr_zones), not
	 * yet filtered by args.filter (the front end encodes them) */
	const struct backend_zone *zones;
	uint32_t first_zone, nr_zones;
	/* STATS: the text (NUL-terminated, text_len bytes without it) */
	const char *text;
	size_t text_len;
	/* HELLO: the connection's identity; the secret only if issued now */
	uint64_t client_id;
	bool issued;
	uint8_t secret[RETRY_SECRET_LEN];
	bool drop_reply;	/* fault injection: close, no reply */
};

struct request {
	/* set by the front end */
	struct server *srv;
	enum metrics_op mop;		/* the operation; MOP_INVALID: none
					 * that could be decoded */
	struct request_args args;
	void *data;			/* APPEND, WRITE: 4096-aligned */
	uint32_t data_len;
	void *read_into;		/* READ: args.len bytes to read into
					 * (NULL: dispatch allocates) */
	request_done_fn done;		/* the outcome is ready */
	void *owner;			/* the front end's */
	struct retry_client *identity;	/* the connection's, or NULL */
	/* where the connection keeps its identity: a HELLO puts the one
	 * it issues or resumes there (a reference), at once, so that the
	 * requests after it on the connection carry it (NULL: the front
	 * end has no HELLO) */
	struct retry_client **conn_identity;
	/* the connection's principal (NULL: no rights); valid only while
	 * dispatch_request runs, as a reload may free it later */
	const struct principal *principal;
	const char *principal_name;	/* "" unauthenticated; same lifetime */
	uint64_t start_ns;		/* when it arrived: its latency */
	/* the outcome, filled by dispatch */
	int status;			/* enum zap_status */
	char detail[256];		/* "" or why, for a status */
	struct request_outcome out;
	/* private to dispatch */
	struct drive *drive;		/* the one it names, once found */
	/* on the drive's reactor, not srv's: until it comes back, only
	 * that reactor touches it (srv's reads only this flag) */
	bool forwarded;
	struct reactor_msg msg;		/* its trip there and back */
	struct retry_slot *retry_slot;	/* its outcome is kept for retries */
	struct retry_client *retry_client;	/* a reference: its identity */
	struct retry_record rec;	/* what the backend keeps */
	void *read_buf;			/* READ: a databuf of args.len bytes */
	void *scratch;			/* report zones, stats text */
	struct reactor_deferred complete;	/* runs done, from the loop */
	struct zone_op op;
};

/* A request with nothing asked yet (mop MOP_INVALID), for srv. */
void request_init(struct request *req, struct server *srv);

/*
 * Handle req: req->done(req) runs exactly once, with the outcome ready,
 * later, from the reactor loop; never from inside this call (the
 * completion rule every layer below keeps too), also for a request
 * answered at once (a refusal, HELLO, a retry's replay). Counted in the
 * metrics by mop and status, with its latency from req->start_ns.
 */
void dispatch_request(struct request *req);

/* Answer req with status and a detail before it is handled (a front end's
 * own refusal: a limit, a message that does not decode); req->done runs
 * later, as for dispatch_request(). */
void dispatch_refuse(struct request *req, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Bytes dispatch will allocate for req's outcome: a READ's buffer (none
 * with read_into, or for a length it refuses: at most max_data, which
 * session_read_reserve() counts on), a zone report's descriptors, each
 * counted as
 * DISPATCH_REPORT_ZONE_BYTES to cover a front end's encoding of it too.
 * Front ends charge them before dispatch allocates anything.
 */
#define DISPATCH_REPORT_ZONE_BYTES	256
uint64_t dispatch_reply_bytes(const struct request *req);

/* Withdraw a request still waiting for a zone lock (of a drive this
 * reactor owns) whose connection closed: true if req->done will not run.
 * One that carries a client's seq is never withdrawn: it runs to its end,
 * for its retry (DUPLICATE_REQUEST until then) and for the order of the
 * client's requests admitted behind it. */
bool dispatch_cancel(struct request *req);

/* The READ buffer dispatch allocated, now the caller's, to give back with
 * databuf_put(&srv->bufs, buf, out.data_len); NULL if none. */
void *request_take_read_buf(struct request *req);

/* Free what dispatch attached to req (not req, not its data part). */
void request_release(struct request *req);

#endif
