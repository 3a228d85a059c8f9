/* SPDX-License-Identifier: MIT */
#include "zap_codec.h"

#include <stdio.h>
#include <stdlib.h>

#include <zap/zap.h>

#include "frame.h"
#include "server.h"
#include "wirescan.h"

/* What dispatch charges a report for each zone covers its encoding here. */
_Static_assert(sizeof(struct backend_zone) + sizeof(Zap__Zone) +
	       sizeof(Zap__Zone *) + 32 <= DISPATCH_REPORT_ZONE_BYTES,
	       "a zone's reply must fit the report's charge");

/* protobuf-c's allocations while it unpacks: from the arena, else the
 * heap (a request with many unknown fields, say). */
static void *arena_alloc(void *data, size_t size)
{
	struct zap_request *zr = data;
	size_t room = sizeof(zr->arena) - zr->arena_used;

	size = (size + 15) & ~(size_t)15;
	if (size <= room) {
		void *p = zr->arena + zr->arena_used;

		zr->arena_used += size;
		return p;
	}
	zr->spilled = true;
	return malloc(size);
}

static void arena_free(void *data, void *p)
{
	struct zap_request *zr = data;

	if ((uint8_t *)p < zr->arena ||
	    (uint8_t *)p >= zr->arena + sizeof(zr->arena))
		free(p);
}

/*
 * A request's protobuf, unpacked; NULL (with why) if it does not decode,
 * or if it carries more than ZAP_MAX_UNKNOWN_BYTES of fields zapd does not
 * know: those are counted on the wire first (wirescan.h), as unpacking
 * them would cost zapd about ten times what sending them costs a flooder.
 */
static Zap__Request *unpack_request(struct zap_request *zr,
				    const uint8_t *proto, size_t len,
				    char *why, size_t why_len)
{
	long unknown = zap_wire_unknown_bytes(&zap__request__descriptor,
					      proto, len,
					      ZAP_MAX_UNKNOWN_BYTES);
	Zap__Request *m = NULL;

	if (unknown > ZAP_MAX_UNKNOWN_BYTES)
		snprintf(why, why_len, "request carries more than %d bytes of "
			 "fields this server does not know",
			 ZAP_MAX_UNKNOWN_BYTES);
	else if (unknown >= 0)
		m = zap__request__unpack(&zr->alloc, len, proto);
	if (!m && !why[0])
		snprintf(why, why_len, "request protobuf does not decode");
	return m;
}

/* m's operation and arguments, as dispatch takes them. */
static void decode(struct request *req, const Zap__Request *m)
{
	struct request_args *a = &req->args;

	a->client_id = m->client_id;
	a->seq = m->seq;
	switch (m->body_case) {
	case ZAP__REQUEST__BODY_HELLO:
		req->mop = MOP_HELLO;
		a->client_id = m->hello->client_id;	/* to resume */
		a->secret = m->hello->client_secret.data;
		a->secret_len = m->hello->client_secret.len;
		break;
	case ZAP__REQUEST__BODY_IDENTIFY:
		req->mop = MOP_IDENTIFY;
		break;
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		req->mop = MOP_REPORT_ZONES;
		a->drive = m->report_zones->drive;
		a->zone = m->report_zones->first_zone;
		a->max_zones = m->report_zones->max_zones;
		a->filter = m->report_zones->filter;
		break;
	case ZAP__REQUEST__BODY_ZONE_MGMT:
		req->mop = MOP_ZONE_MGMT;
		a->drive = m->zone_mgmt->drive;
		a->zone = m->zone_mgmt->zone;
		a->action = m->zone_mgmt->action;
		a->flags = m->zone_mgmt->all ? REQUEST_ALL : 0;
		break;
	case ZAP__REQUEST__BODY_APPEND:
		req->mop = MOP_APPEND;
		a->drive = m->append->drive;
		a->zone = m->append->zone;
		a->epoch = m->append->epoch;
		break;
	case ZAP__REQUEST__BODY_WRITE:
		req->mop = MOP_WRITE;
		a->drive = m->write->drive;
		a->zone = m->write->zone;
		a->lba = m->write->lba;
		a->epoch = m->write->epoch;
		a->flags = m->write->at_wp ? REQUEST_AT_WP : 0;
		break;
	case ZAP__REQUEST__BODY_READ:
		req->mop = MOP_READ;
		a->drive = m->read->drive;
		a->lba = m->read->lba;
		a->len = m->read->length;
		break;
	case ZAP__REQUEST__BODY_FLUSH:
		req->mop = MOP_FLUSH;
		a->drive = m->flush->drive;
		break;
	case ZAP__REQUEST__BODY_STATS:
		req->mop = MOP_STATS;
		break;
	case ZAP__REQUEST__BODY_FENCE:
		req->mop = MOP_FENCE;
		a->drive = m->fence->drive;
		a->zone = m->fence->zone;
		break;
	default:
		req->mop = MOP_INVALID;	/* dispatch: "no operation" */
		break;
	}
}

struct zap_request *zap_request_new(struct server *srv, uint64_t id,
				    const uint8_t *proto, size_t len)
{
	struct zap_request *zr;
	const Zap__HelloReq *h;

	if (srv->request_pool.first) {
		zr = list_entry(srv->request_pool.first, struct zap_request,
				link);
		list_del(&srv->request_pool, &zr->link);
		srv->nr_pooled--;
	} else {
		zr = malloc(sizeof(*zr));	/* the arena needs no zeroes */
		if (!zr)
			return NULL;
	}
	request_init(&zr->req, srv);
	zr->id = id;
	zr->refusal = 0;
	zr->why[0] = 0;
	zr->charge = 0;
	zr->scratch = NULL;
	zr->alloc = (ProtobufCAllocator){ arena_alloc, arena_free, zr };
	zr->arena_used = 0;
	zr->spilled = false;
	zr->msg = unpack_request(zr, proto, len, zr->why, sizeof(zr->why));
	if (!zr->msg) {
		zr->refusal = ZAP_PROTOCOL_ERROR;
		return zr;
	}
	decode(&zr->req, zr->msg);
	h = zr->msg->body_case == ZAP__REQUEST__BODY_HELLO ? zr->msg->hello :
							     NULL;
	if (h && (h->min_version > ZAP_PROTO_VERSION ||
		  h->max_version < ZAP_PROTO_VERSION)) {
		zr->refusal = ZAP_UNSUPPORTED_VERSION;
		snprintf(zr->why, sizeof(zr->why), "server speaks version %u, "
			 "client %u..%u", ZAP_PROTO_VERSION, h->min_version,
			 h->max_version);
	}
	return zr;
}

void zap_request_free(struct zap_request *zr)
{
	struct request *req = &zr->req;

	struct server *srv = req->srv;

	request_release(req);
	/* what is in the arena goes with it */
	if (zr->msg && zr->spilled)
		zap__request__free_unpacked(zr->msg, &zr->alloc);
	databuf_put(&srv->bufs, req->data, req->data_len);
	free(zr->scratch);
#if ZAP_REQUEST_POOL
	if (srv->nr_pooled < ZAP_REQUEST_POOL) {
		list_add_head(&srv->request_pool, &zr->link);
		srv->nr_pooled++;
		return;
	}
#endif
	free(zr);
}

void zap_request_pool_drain(struct server *srv)
{
	while (srv->request_pool.first) {
		struct zap_request *zr = list_entry(srv->request_pool.first,
						    struct zap_request, link);

		list_del(&srv->request_pool, &zr->link);
		free(zr);
	}
	srv->nr_pooled = 0;
}

static int build_hello(struct zap_request *zr)
{
	const struct request *req = &zr->req;
	const struct server_limits *l = &req->srv->limits;
	Zap__HelloRep *rep = &zr->body.hello;

	zap__hello_rep__init(rep);
	if (req->out.issued) {
		rep->client_secret.data = (uint8_t *)req->out.secret;
		rep->client_secret.len = RETRY_SECRET_LEN;
	}
	rep->version = ZAP_PROTO_VERSION;
	rep->client_id = req->out.client_id;
	rep->retry_window = RETRY_WINDOW;
	rep->server_version = (char *)"zapd " ZAP_VERSION;
	rep->max_data = l->max_data;
	rep->max_in_flight = l->max_in_flight;
	zr->reply.body_case = ZAP__REPLY__BODY_HELLO;
	zr->reply.hello = rep;
	return 0;
}

static int build_identify(struct zap_request *zr)
{
	const struct server *srv = zr->req.srv;
	Zap__IdentifyRep *rep = &zr->body.identify;
	Zap__Drive *drives, **ptrs;

	/* one block: the Drive structs, then the pointers to them */
	zr->scratch = calloc(srv->node->nr_drives ? srv->node->nr_drives : 1,
			     sizeof(*drives) + sizeof(*ptrs));
	if (!zr->scratch)
		return -1;
	drives = zr->scratch;
	ptrs = (Zap__Drive **)(drives + srv->node->nr_drives);
	for (unsigned i = 0; i < srv->node->nr_drives; i++) {
		const struct drive *d = &srv->node->drives[i];
		const struct backend_geometry *g = &d->be.geo;
		Zap__Drive *z = &drives[i];

		zap__drive__init(z);
		z->name = (char *)d->name;
		z->backend = (char *)d->be.ops->name;
		z->lba_size = g->lba_size;
		z->zone_size = g->zone_size;
		z->zone_capacity = g->zone_cap;
		z->nr_zones = g->nr_zones;
		z->max_open = g->max_open;
		z->max_active = g->max_active;
		z->max_append = g->max_append < srv->limits.max_data ?
				g->max_append : srv->limits.max_data;
		z->durability = (char *)(d->durable ? "sync" : "none");
		z->model = (char *)g->model;
		ptrs[i] = z;
	}
	zap__identify_rep__init(rep);
	rep->n_drives = srv->node->nr_drives;
	rep->drives = ptrs;
	zr->reply.body_case = ZAP__REPLY__BODY_IDENTIFY;
	zr->reply.identify = rep;
	return 0;
}

/* The device's zones, filtered by the state asked for. */
static int build_report(struct zap_request *zr)
{
	const struct request_outcome *o = &zr->req.out;
	uint32_t filter = zr->req.args.filter;
	Zap__ReportZonesRep *rep = &zr->body.report;
	Zap__Zone *zones, **ptrs;
	size_t n = 0;

	/* one block: the Zone structs, then the pointers to them */
	zr->scratch = calloc(o->nr_zones ? o->nr_zones : 1,
			     sizeof(*zones) + sizeof(*ptrs));
	if (!zr->scratch)
		return -1;
	zones = zr->scratch;
	ptrs = (Zap__Zone **)(zones + o->nr_zones);
	for (uint32_t i = 0; i < o->nr_zones; i++) {
		const struct backend_zone *z = &o->zones[i];
		Zap__Zone *out = &zones[n];

		if (filter && z->state != filter)
			continue;
		zap__zone__init(out);
		out->index = o->first_zone + i;
		out->start = z->start;
		out->wp = z->wp;
		out->capacity = z->cap;
		out->state = z->state;
		out->attributes = z->attrs;
		ptrs[n++] = out;
	}
	zap__report_zones_rep__init(rep);
	rep->n_zones = n;
	rep->zones = ptrs;
	rep->next_zone = o->first_zone + o->nr_zones;
	zr->reply.body_case = ZAP__REPLY__BODY_REPORT_ZONES;
	zr->reply.report_zones = rep;
	return 0;
}

/* An append's, write's or fence's outcome (a write's also when it
 * failed: the zone's write pointer). */
static void build_result(struct zap_request *zr)
{
	const struct request *req = &zr->req;

	switch (req->mop) {
	case MOP_APPEND:
		zap__append_rep__init(&zr->body.append);
		zr->body.append.lba = req->out.lba;
		zr->reply.body_case = ZAP__REPLY__BODY_APPEND;
		zr->reply.append = &zr->body.append;
		break;
	case MOP_WRITE:
		zap__write_rep__init(&zr->body.write);
		zr->body.write.lba = req->out.lba;
		zr->body.write.wp = req->out.wp;
		zr->reply.body_case = ZAP__REPLY__BODY_WRITE;
		zr->reply.write = &zr->body.write;
		break;
	case MOP_FENCE:
		zap__fence_rep__init(&zr->body.fence);
		zr->body.fence.epoch = req->out.lba;
		zr->reply.body_case = ZAP__REPLY__BODY_FENCE;
		zr->reply.fence = &zr->body.fence;
		break;
	default:
		break;
	}
}

const Zap__Reply *zap_reply_build(struct zap_request *zr)
{
	const struct request *req = &zr->req;
	Zap__Reply *rep = &zr->reply;
	int err = 0;

	zap__reply__init(rep);
	rep->status = req->status;
	rep->detail = zr->req.detail;
	if (req->out.has_result) {
		build_result(zr);
		return rep;
	}
	if (req->status)
		return rep;
	switch (req->mop) {
	case MOP_HELLO:
		err = build_hello(zr);
		break;
	case MOP_IDENTIFY:
		err = build_identify(zr);
		break;
	case MOP_REPORT_ZONES:
		err = build_report(zr);
		break;
	case MOP_STATS:
		zap__stats_rep__init(&zr->body.stats);
		zr->body.stats.text = (char *)req->out.text;
		rep->body_case = ZAP__REPLY__BODY_STATS;
		rep->stats = &zr->body.stats;
		break;
	default:
		break;
	}
	if (err) {
		rep->status = (Zap__Status)ZAP_OUT_OF_MEMORY;
		rep->detail = (char *)"no memory for the reply";
	}
	return rep;
}
