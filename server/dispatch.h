/* SPDX-License-Identifier: MIT */
/*
 * dispatch - turns one decoded request into a zone operation (or answers
 * it directly: HELLO, IDENTIFY, REPORT_ZONES, STATS), after checking it
 * against the drive: drive name, zone index, LBA range, alignment, size
 * limits. It owns the reply message until the session sends it.
 */
#ifndef ZAPD_DISPATCH_H
#define ZAPD_DISPATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "auth.h"
#include "metrics.h"
#include "retry.h"
#include "zap.pb-c.h"
#include "zone.h"

struct server;
struct request;

typedef void (*request_done_fn)(struct request *req);

struct request {
	/* set by the session */
	struct server *srv;
	uint64_t id;			/* frame id, echoed in the reply */
	Zap__Request *msg;		/* unpacked; freed by request_free() */
	void *data;			/* raw data part, 4096-aligned, or NULL */
	uint32_t data_len;
	request_done_fn done;		/* reply is ready */
	void *owner;			/* the session */
	struct retry_client *identity;	/* the session's, or NULL */
	/* where the connection keeps its identity: a HELLO puts the one
	 * it issues or resumes there (a reference), at once, so that the
	 * requests after it on the connection carry it */
	struct retry_client **conn_identity;
	/* the session's principal (NULL: no rights); valid only while
	 * dispatch_request runs, as a reload may free it later */
	const struct principal *principal;
	const char *principal_name;	/* "" unauthenticated; same lifetime */
	uint64_t start_ns;
	uint64_t charge;		/* bytes it holds of max_conn_bytes */
	struct list_node link;		/* in the session's list */
	/* the reply, filled by dispatch */
	enum metrics_op mop;
	uint8_t hello_secret[RETRY_SECRET_LEN];
	struct retry_slot *retry_slot;	/* its outcome is kept for retries */
	struct retry_client *retry_client;	/* holds the slot's client */
	struct retry_record rec;	/* what the backend keeps */
	bool drop_reply;		/* fault injection: close, no reply */
	struct reactor_deferred complete;	/* runs done, from the loop */
	Zap__Reply reply;
	union {
		Zap__HelloRep hello;
		Zap__IdentifyRep identify;
		Zap__ReportZonesRep report;
		Zap__AppendRep append;
		Zap__WriteRep write;
		Zap__StatsRep stats;
		Zap__FenceRep fence;
	} body;
	void *reply_data;		/* READ: the data to send */
	uint32_t reply_data_len;
	void *read_buf;			/* READ: a databuf of op.len bytes */
	void *scratch;			/* owned arrays behind the reply body */
	char detail[256];
	struct zone_op op;
};

/*
 * Handle req: req->done(req) runs exactly once, with the reply ready,
 * later, from the reactor loop; never from inside this call (the
 * completion rule every layer below keeps too), also for a request
 * answered at once (a refusal, HELLO, a retry's replay).
 */
void dispatch_request(struct request *req);

/*
 * Bytes the reply of m will need beyond a small protobuf: a READ's data, a
 * zone report's zones. The session charges them before dispatch allocates
 * anything.
 */
uint64_t dispatch_reply_bytes(const struct server *srv, const Zap__Request *m);

/* Answer a request with an error before it is handled (the session's
 * limits, a protobuf that does not decode); req->done runs later, as for
 * dispatch_request(). */
void dispatch_refuse(struct request *req, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Fill req's reply with an error status and a detail text. */
void dispatch_error(struct request *req, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Withdraw a request still waiting for a zone lock: true if req->done
 * will not run. */
bool dispatch_cancel(struct request *req);

/* A zeroed request with an empty OK reply; NULL on ENOMEM. */
struct request *request_new(struct server *srv);
/* Free what dispatch and the session attached to req, and req. */
void request_free(struct request *req);

#endif
