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
	/* the session's principal (NULL: no rights); valid only while
	 * dispatch_request runs, as a reload may free it later */
	const struct principal *principal;
	const char *principal_name;	/* "" unauthenticated; same lifetime */
	uint64_t start_ns;
	uint64_t charge;		/* bytes it holds of max_conn_bytes */
	struct list_node link;		/* in the session's list */
	/* the reply, filled by dispatch */
	enum metrics_op mop;
	struct retry_client *hello_identity;	/* HELLO: a reference for
						 * the session to take */
	uint8_t hello_secret[RETRY_SECRET_LEN];
	struct retry_slot *retry_slot;	/* its outcome is kept for retries */
	struct retry_client *retry_client;	/* holds the slot's client */
	struct retry_record rec;	/* what the backend keeps */
	bool drop_reply;		/* fault injection: close, no reply */
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
 * Handle req. The reply is ready when req->done(req) runs: from inside
 * this call for requests answered at once, later for zone operations.
 * Either way req->done runs exactly once.
 */
void dispatch_request(struct request *req);

/*
 * Bytes the reply of m will need beyond a small protobuf: a READ's data, a
 * zone report's zones. The session charges them before dispatch allocates
 * anything.
 */
uint64_t dispatch_reply_bytes(const struct server *srv, const Zap__Request *m);

/* Answer a decoded request with an error before it is handled (the
 * session's limits); req->done runs from inside. */
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
