/* SPDX-License-Identifier: MIT */
/*
 * zap_codec - zapd's own protocol at the dispatch boundary: a Request
 * protobuf decoded into dispatch's protocol-neutral request, and its
 * outcome encoded as the Reply. The session (session.c) frames them; the
 * codec knows the messages; dispatch below it knows neither.
 */
#ifndef ZAPD_ZAP_CODEC_H
#define ZAPD_ZAP_CODEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dispatch.h"
#include "list.h"
#include "zap.pb-c.h"

/*
 * Bytes for a request's unpacked protobuf (which is at most 1 KiB on the
 * wire) inside the request itself, so that unpacking allocates nothing:
 * the message structs, its strings and its few unknown fields.
 */
#define ZAP_CODEC_ARENA		2048
/* Requests kept for reuse, each about 3.5 KiB. None under ASan, so that
 * a request used after it was freed is still caught. */
#ifdef __SANITIZE_ADDRESS__
#define ZAP_REQUEST_POOL	0
#else
#define ZAP_REQUEST_POOL	256
#endif

/* A request of zapd's protocol, from its whole frame to its reply. */
struct zap_request {
	struct request req;		/* dispatch's */
	uint64_t id;			/* frame id, echoed in the reply */
	Zap__Request *msg;		/* unpacked; NULL if it did not */
	int refusal;			/* 0, or what the codec refuses it
					 * with before dispatch looks at it */
	char why[160];			/* the refusal's detail */
	uint64_t charge;		/* the session's: bytes it holds */
	struct list_node link;		/* in the session's list */
	/* the reply, built by zap_reply_build() */
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
	void *scratch;			/* arrays behind the reply's body */
	/* the unpacked protobuf's memory: from arena while it lasts */
	ProtobufCAllocator alloc;
	uint32_t arena_used;
	bool spilled;			/* some came from malloc */
	_Alignas(16) uint8_t arena[ZAP_CODEC_ARENA];
};

/*
 * The request of frame id for srv, its protobuf proto (len bytes)
 * unpacked, unknown fields counted on the wire first (wirescan.h), and
 * decoded into req.mop and req.args. A protobuf that does not decode, or
 * a HELLO of versions zapd does not speak, sets refusal and why (the
 * session refuses it through dispatch). NULL if out of memory. req.data,
 * attached later by the session, is a databuf freed by zap_request_free().
 */
struct zap_request *zap_request_new(struct server *srv, uint64_t id,
				    const uint8_t *proto, size_t len);

/* Free zr and all it holds (dispatch's part too); zr itself may be kept
 * for reuse by the next zap_request_new(). */
void zap_request_free(struct zap_request *zr);

/* Free the requests kept for reuse (at shutdown). */
void zap_request_pool_drain(struct server *srv);

/*
 * The reply for zr's outcome (after req.done ran), valid until
 * zap_request_free(zr). A body that cannot be built for want of memory
 * makes it an OUT_OF_MEMORY reply.
 */
const Zap__Reply *zap_reply_build(struct zap_request *zr);

#endif
