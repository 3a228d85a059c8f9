/* SPDX-License-Identifier: MIT */
#include "dispatch.h"

#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "crc32c.h"
#include "frame.h"
#include "log.h"
#include "metrics_text.h"
#include "server.h"
#include "util.h"

static void set_error(struct request *req, int status, const char *fmt,
		      va_list ap)
{
	req->reply.status = status;
	vsnprintf(req->detail, sizeof(req->detail), fmt, ap);
	req->reply.detail = req->detail;
}

void dispatch_error(struct request *req, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set_error(req, status, fmt, ap);
	va_end(ap);
}

static void report_reply(struct request *req, const Zap__ReportZonesReq *r);

/* Test-only faults (server.h): after the outcome is kept and durable. */
static void inject_fault(struct request *req)
{
	struct server_faults *f = &req->srv->faults;

	if (req->reply.status || !req->retry_slot)
		return;
	f->applied++;
	if (f->kill_before_reply && f->applied == f->kill_before_reply)
		raise(SIGKILL);
	if (f->drop_reply && f->applied % f->drop_reply == 0)
		req->drop_reply = true;
}

/* A handler's answer: the request went to the zone layer, and
 * zone_op_done() will finish it. */
#define DISPATCH_LATER	(-1)
/* check_retry(): not a retry of anything kept; on to the handler */
#define DISPATCH_GO	(-2)

static void complete(struct reactor_deferred *d)
{
	struct request *req = container_of(d, struct request, complete);

	req->done(req);
}

/*
 * The one place every request ends: its status (and a detail if none was
 * given), its outcome kept for retries, then req->done from the loop,
 * never from inside dispatch_request() (the completion rule).
 */
static void finish(struct request *req, int status)
{
	req->reply.status = status;
	if (status && !req->detail[0])
		dispatch_error(req, status, "%s", zap_strstatus(status));
	if (req->retry_slot) {
		struct retry_record outcome = req->rec;
		uint64_t wp = 0;

		outcome.status = req->reply.status;
		if (req->reply.body_case == ZAP__REPLY__BODY_FENCE) {
			outcome.result_lba = req->reply.fence->epoch;
		} else if (req->reply.body_case == ZAP__REPLY__BODY_APPEND) {
			outcome.result_lba = req->reply.append->lba;
		} else if (req->reply.body_case == ZAP__REPLY__BODY_WRITE) {
			outcome.result_lba = req->reply.write->lba;
			wp = req->reply.write->wp;
		}
		retry_end(req->retry_slot, &outcome, wp);
		inject_fault(req);
	}
	req->complete.fn = complete;
	reactor_defer(&req->srv->reactor, &req->complete);
}

/* A check failed: the detail says why; returns status for the caller to
 * return up to dispatch_request(), which finishes the request. */
static int refuse(struct request *req, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int refuse(struct request *req, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set_error(req, status, fmt, ap);
	va_end(ap);
	return status;
}

static int handle_hello(struct request *req, const Zap__HelloReq *h)
{
	struct server *srv = req->srv;
	Zap__HelloRep *rep = &req->body.hello;
	struct retry_client *identity;
	int status;

	if (h->min_version > ZAP_PROTO_VERSION ||
	    h->max_version < ZAP_PROTO_VERSION)
		return refuse(req, ZAP_UNSUPPORTED_VERSION,
			    "server speaks version %u, client %u..%u",
			    ZAP_PROTO_VERSION, h->min_version, h->max_version);
	zap__hello_rep__init(rep);
	if (h->client_id) {
		status = retry_resume(srv->retry, req->principal_name,
				      h->client_id,
				      h->client_secret.data,
				      h->client_secret.len, &identity);
		if (status)
			return refuse(req, status, "no client identity %016llx "
				    "with this secret (never issued, forgotten, "
				    "the wrong secret, or issued to another principal)",
				    (unsigned long long)h->client_id);
	} else {
		status = retry_issue(srv->retry, req->principal_name,
				     &identity, req->hello_secret);
		if (status)
			return refuse(req, status, "cannot issue a client "
				    "identity: %s", status == ZAP_BUSY ?
				    "every one is in use" :
				    "the identity table cannot be written");
		rep->client_secret.data = req->hello_secret;
		rep->client_secret.len = RETRY_SECRET_LEN;
	}
	/* the connection owns it now; the one it had goes */
	if (*req->conn_identity)
		retry_put(*req->conn_identity);
	*req->conn_identity = identity;
	rep->version = ZAP_PROTO_VERSION;
	rep->client_id = identity->id;
	rep->retry_window = RETRY_WINDOW;
	rep->server_version = (char *)"zapd " ZAP_VERSION;
	rep->max_data = srv->limits.max_data;
	rep->max_in_flight = srv->limits.max_in_flight;
	req->reply.body_case = ZAP__REPLY__BODY_HELLO;
	req->reply.hello = rep;
	return ZAP_OK;
}

static int handle_identify(struct request *req)
{
	struct server *srv = req->srv;
	Zap__IdentifyRep *rep = &req->body.identify;
	Zap__Drive *drives, **ptrs;

	/* one block: the Drive structs, then the pointers to them */
	req->scratch = calloc(srv->nr_drives ? srv->nr_drives : 1,
			      sizeof(*drives) + sizeof(*ptrs));
	if (!req->scratch)
		return refuse(req, ZAP_OUT_OF_MEMORY, "identify");
	drives = req->scratch;
	ptrs = (Zap__Drive **)(drives + srv->nr_drives);
	for (unsigned i = 0; i < srv->nr_drives; i++) {
		const struct drive *d = &srv->drives[i];
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
	rep->n_drives = srv->nr_drives;
	rep->drives = ptrs;
	req->reply.body_case = ZAP__REPLY__BODY_IDENTIFY;
	req->reply.identify = rep;
	return ZAP_OK;
}

static int find_drive(struct request *req, const char *name,
		      struct drive **d)
{
	*d = server_find_drive(req->srv, name);
	if (!*d)
		return refuse(req, ZAP_NO_SUCH_DRIVE, "no drive named "
			      "\"%.64s\"", name);
	return 0;
}

static int check_zone(struct request *req, struct drive *d, uint32_t zone)
{
	if (zone < d->be.geo.nr_zones)
		return 0;
	return refuse(req, ZAP_NO_SUCH_ZONE, "drive %s has zones 0..%u, not "
		      "%u", d->name, d->be.geo.nr_zones - 1, zone);
}

/* Length of data: non-zero, whole LBAs, within max. */
static int check_length(struct request *req, struct drive *d, uint64_t len,
			uint32_t max, int too_large)
{
	uint32_t lba_size = d->be.geo.lba_size;

	if (!len || len % lba_size)
		return refuse(req, ZAP_MISALIGNED, "length %" PRIu64 " is not "
			      "a positive multiple of the LBA size %u", len,
			      lba_size);
	if (len > max)
		return refuse(req, too_large, "length %" PRIu64 " over the "
			      "limit %u", len, max);
	return 0;
}

/* The reply of an append, write or fence: the first one, or a retry's
 * replay (lba: a fence's epoch). */
static void reply_outcome(struct request *req, int status, uint64_t lba,
			  uint64_t wp)
{
	req->reply.status = status;
	if (req->msg->body_case == ZAP__REQUEST__BODY_FENCE && !status) {
		zap__fence_rep__init(&req->body.fence);
		req->body.fence.epoch = lba;
		req->reply.body_case = ZAP__REPLY__BODY_FENCE;
		req->reply.fence = &req->body.fence;
	} else if (req->msg->body_case == ZAP__REQUEST__BODY_APPEND && !status) {
		zap__append_rep__init(&req->body.append);
		req->body.append.lba = lba;
		req->reply.body_case = ZAP__REPLY__BODY_APPEND;
		req->reply.append = &req->body.append;
	} else if (req->msg->body_case == ZAP__REQUEST__BODY_WRITE) {
		zap__write_rep__init(&req->body.write);
		req->body.write.lba = lba;
		req->body.write.wp = wp;
		req->reply.body_case = ZAP__REPLY__BODY_WRITE;
		req->reply.write = &req->body.write;
		if (status == ZAP_ZONE_INVALID_WRITE)
			dispatch_error(req, status, "write at LBA %" PRIu64
				       " but the zone's write pointer is %"
				       PRIu64, req->msg->write->lba, wp);
	}
}

static void zone_op_done(struct zone_op *op)
{
	struct request *req = op->arg;

	switch (op->type) {
	case ZONE_OP_APPEND:
	case ZONE_OP_WRITE:
		reply_outcome(req, op->status, op->result_lba, op->wp);
		break;
	case ZONE_OP_FENCE:
		reply_outcome(req, op->status, op->epoch, 0);
		break;
	case ZONE_OP_READ:
		if (!op->status) {
			req->reply_data = op->buf;
			req->reply_data_len = op->len;
		}
		break;
	case ZONE_OP_REPORT:
		if (!op->status)
			report_reply(req, req->msg->report_zones);
		break;
	case ZONE_OP_MGMT:
	case ZONE_OP_FLUSH:
		break;
	}
	finish(req, op->status);
}

/* Hand req's zone op to the zone layer: DISPATCH_LATER, or the status
 * it refused it with. */
static int submit(struct request *req, struct drive *d)
{
	struct zone_op *op = &req->op;
	int status;

	op->table = &d->table;
	op->done = zone_op_done;
	op->arg = req;
	status = zone_submit(op);
	if (!status)
		return DISPATCH_LATER;
	/* the op's wp (a write's) is still worth telling */
	op->status = status;
	if (op->type == ZONE_OP_WRITE)
		reply_outcome(req, status, op->result_lba, op->wp);
	return status;
}

/* Appends and writes: drive, zone and data length checked, op filled. */
static int data_op(struct request *req, const char *drive, uint32_t zone,
		   enum zone_op_type type, int too_large, struct drive **d)
{
	int status = find_drive(req, drive, d);

	if (!status)
		status = check_zone(req, *d, zone);
	if (!status)
		status = check_length(req, *d, req->data_len,
				      (*d)->be.geo.max_append, too_large);
	if (status)
		return status;
	req->op.type = type;
	req->op.zone = zone;
	req->op.len = req->data_len;
	req->op.buf = req->data;
	return 0;
}

static int handle_append(struct request *req, const Zap__AppendReq *a)
{
	struct drive *d;
	int status = data_op(req, a->drive, a->zone, ZONE_OP_APPEND,
			     ZAP_APPEND_TOO_LARGE, &d);

	if (status)
		return status;
	req->op.epoch = a->epoch;
	return submit(req, d);
}

static int handle_fence(struct request *req, const Zap__FenceReq *f)
{
	struct drive *d;
	int status = find_drive(req, f->drive, &d);

	if (!status)
		status = check_zone(req, d, f->zone);
	if (status)
		return status;
	req->op.type = ZONE_OP_FENCE;
	req->op.zone = f->zone;
	return submit(req, d);
}

static int handle_write(struct request *req, const Zap__WriteReq *w)
{
	struct drive *d;
	int status = data_op(req, w->drive, w->zone, ZONE_OP_WRITE,
			     ZAP_FRAME_TOO_LARGE, &d);

	if (status)
		return status;
	/* the zone's end is in range: it is a full zone's wp */
	if (!w->at_wp && (w->lba < (uint64_t)w->zone * d->be.geo.zone_size ||
			  w->lba > (uint64_t)(w->zone + 1) * d->be.geo.zone_size))
		return refuse(req, ZAP_LBA_OUT_OF_RANGE, "LBA %" PRIu64
			    " is not in zone %u", w->lba, w->zone);
	req->op.lba = w->lba;
	req->op.at_wp = w->at_wp;
	req->op.epoch = w->epoch;
	return submit(req, d);
}

static uint32_t read_limit(const struct server *srv, const struct drive *d)
{
	uint32_t max = srv->limits.max_data;

	return d->be.geo.max_transfer && d->be.geo.max_transfer < max ?
	       d->be.geo.max_transfer : max;
}

static int handle_read(struct request *req, const Zap__ReadReq *r)
{
	struct drive *d;
	uint64_t nlb, zone;
	int status = find_drive(req, r->drive, &d);

	/* one read is one device command: the drive's transfer limit too */
	if (!status)
		status = check_length(req, d, r->length,
				      read_limit(req->srv, d),
				      ZAP_FRAME_TOO_LARGE);
	if (status)
		return status;
	nlb = r->length / d->be.geo.lba_size;
	if (r->lba >= drive_nr_lbas(d) || nlb > drive_nr_lbas(d) - r->lba)
		return refuse(req, ZAP_LBA_OUT_OF_RANGE, "LBAs %" PRIu64 "+%"
			    PRIu64 " beyond the drive's %" PRIu64, r->lba, nlb,
			    drive_nr_lbas(d));
	zone = r->lba / d->be.geo.zone_size;
	if ((r->lba + nlb - 1) / d->be.geo.zone_size != zone)
		return refuse(req, ZAP_ZONE_BOUNDARY_ERROR, "read of LBAs %"
			    PRIu64 "+%" PRIu64 " crosses the end of zone %"
			    PRIu64, r->lba, nlb, zone);
	req->read_buf = databuf_get(&req->srv->bufs, r->length);
	if (!req->read_buf)
		return refuse(req, ZAP_OUT_OF_MEMORY, "read buffer");
	req->op.type = ZONE_OP_READ;
	req->op.zone = zone;
	req->op.lba = r->lba;
	req->op.len = r->length;
	req->op.buf = req->read_buf;
	return submit(req, d);
}

static int handle_zone_mgmt(struct request *req, const Zap__ZoneMgmtReq *m)
{
	struct drive *d;
	int status = find_drive(req, m->drive, &d);

	if (!status && !m->all)
		status = check_zone(req, d, m->zone);
	if (status)
		return status;
	if ((int)m->action < ZAP_ZONE_CLOSE || (int)m->action > ZAP_ZONE_RESET)
		return refuse(req, ZAP_INVALID_ARGUMENT, "zone action %d is not "
			    "open, close, finish or reset", m->action);
	req->op.type = ZONE_OP_MGMT;
	req->op.zone = m->zone;
	req->op.action = m->action;
	req->op.all = m->all;
	return submit(req, d);
}

static int handle_flush(struct request *req, const Zap__FlushReq *f)
{
	struct drive *d;
	int status = find_drive(req, f->drive, &d);

	if (status)
		return status;
	req->op.type = ZONE_OP_FLUSH;
	return submit(req, d);
}

/* The device's report, filtered by state, into the reply. */
static void report_reply(struct request *req, const Zap__ReportZonesReq *r)
{
	struct zone_op *op = &req->op;
	Zap__ReportZonesRep *rep = &req->body.report;
	Zap__Zone *zones = (Zap__Zone *)(op->zones + op->nr_zones);
	Zap__Zone **ptrs = (Zap__Zone **)(zones + op->nr_zones);
	size_t n = 0;

	for (uint32_t i = 0; i < op->nr_zones; i++) {
		const struct backend_zone *z = &op->zones[i];
		Zap__Zone *out = &zones[n];

		if (r->filter && z->state != (unsigned)r->filter)
			continue;
		zap__zone__init(out);
		out->index = op->zone + i;
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
	rep->next_zone = op->zone + op->nr_zones;
	req->reply.body_case = ZAP__REPLY__BODY_REPORT_ZONES;
	req->reply.report_zones = rep;
}

static int handle_report(struct request *req, const Zap__ReportZonesReq *r)
{
	uint32_t max = req->srv->limits.max_report_zones;
	struct drive *d;
	int status = find_drive(req, r->drive, &d);

	if (status)
		return status;
	if (r->first_zone > d->be.geo.nr_zones)
		return refuse(req, ZAP_NO_SUCH_ZONE, "drive %s has %u zones",
			    d->name, d->be.geo.nr_zones);
	if (r->filter && !zap_zone_state_name(r->filter))
		return refuse(req, ZAP_INVALID_ARGUMENT, "unknown zone state %d",
			    r->filter);
	if (r->max_zones && r->max_zones < max)
		max = r->max_zones;
	if (max > d->be.geo.nr_zones - r->first_zone)
		max = d->be.geo.nr_zones - r->first_zone;
	/* one block: device descriptors, reply zones, pointers to them */
	req->scratch = calloc(max ? max : 1, sizeof(struct backend_zone) +
			      sizeof(Zap__Zone) + sizeof(Zap__Zone *));
	if (!req->scratch)
		return refuse(req, ZAP_OUT_OF_MEMORY, "report buffer");
	req->op.type = ZONE_OP_REPORT;
	req->op.zone = r->first_zone;
	req->op.nr_zones = max;
	req->op.zones = req->scratch;
	if (!max) {	/* asked from the end: nothing to ask the device */
		report_reply(req, r);
		return ZAP_OK;
	}
	return submit(req, d);
}

static int handle_stats(struct request *req)
{
	size_t len;

	req->scratch = metrics_render(req->srv, &len);
	if (!req->scratch)
		return refuse(req, ZAP_OUT_OF_MEMORY, "stats");
	zap__stats_rep__init(&req->body.stats);
	req->body.stats.text = req->scratch;
	req->reply.body_case = ZAP__REPLY__BODY_STATS;
	req->reply.stats = &req->body.stats;
	return ZAP_OK;
}

static enum metrics_op metrics_op_of(int body_case)
{
	switch (body_case) {
	case ZAP__REQUEST__BODY_HELLO:
		return MOP_HELLO;
	case ZAP__REQUEST__BODY_IDENTIFY:
		return MOP_IDENTIFY;
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		return MOP_REPORT_ZONES;
	case ZAP__REQUEST__BODY_ZONE_MGMT:
		return MOP_ZONE_MGMT;
	case ZAP__REQUEST__BODY_APPEND:
		return MOP_APPEND;
	case ZAP__REQUEST__BODY_WRITE:
		return MOP_WRITE;
	case ZAP__REQUEST__BODY_READ:
		return MOP_READ;
	case ZAP__REQUEST__BODY_FLUSH:
		return MOP_FLUSH;
	case ZAP__REQUEST__BODY_STATS:
		return MOP_STATS;
	case ZAP__REQUEST__BODY_FENCE:
		return MOP_FENCE;
	default:
		return MOP_INVALID;
	}
}

/* The drive a request names (NULL: none) and the rights of which it needs
 * one (0: none; HELLO and IDENTIFY need none, STATS needs admin). */
static const char *request_target(const Zap__Request *m, unsigned *rights,
				  bool *admin)
{
	*rights = 0;
	*admin = false;
	switch (m->body_case) {
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		*rights = AUTH_READ;
		return m->report_zones->drive;
	case ZAP__REQUEST__BODY_READ:
		*rights = AUTH_READ;
		return m->read->drive;
	case ZAP__REQUEST__BODY_APPEND:
		*rights = AUTH_APPEND;
		return m->append->drive;
	case ZAP__REQUEST__BODY_WRITE:
		*rights = AUTH_WRITE;
		return m->write->drive;
	case ZAP__REQUEST__BODY_ZONE_MGMT:
		*rights = AUTH_MANAGE;
		return m->zone_mgmt->drive;
	case ZAP__REQUEST__BODY_FENCE:
		*rights = AUTH_MANAGE;
		return m->fence->drive;
	case ZAP__REQUEST__BODY_FLUSH:
		*rights = AUTH_APPEND | AUTH_WRITE;
		return m->flush->drive;
	case ZAP__REQUEST__BODY_STATS:
		*admin = true;
		return NULL;
	default:
		return NULL;
	}
}

static int deny(struct request *req, const char *right, const char *drive)
{
	const struct principal *p = req->principal;

	log_ratelimited(&req->srv->denied_log, LOG_LVL_WARN,
			"permission denied principal=%s right=%s drive=%s",
			p ? p->name[0] ? p->name : "(open)" : "(none)", right,
			drive ? drive : "-");
	if (!p)
		return refuse(req, ZAP_PERMISSION_DENIED, "not authenticated: "
			    "this connection has no rights (connect with a "
			    "client certificate or pre-shared key)");
	return refuse(req, ZAP_PERMISSION_DENIED, "principal %s lacks the %s "
		      "right%s%s", p->name, right, drive ? " on drive " : "",
		      drive ? drive : "");
}

/* Rights are checked before anything else of a request is looked at (a
 * refused retry must not take a slot). An unknown drive is left to the
 * handler: NO_SUCH_DRIVE tells no more than IDENTIFY does. */
static int check_rights(struct request *req)
{
	unsigned need;
	bool admin;
	const char *name = request_target(req->msg, &need, &admin);
	struct drive *d = name ? server_find_drive(req->srv, name) : NULL;
	const struct principal *p = req->principal;

	if (admin && !(p && p->admin))
		return deny(req, "admin", NULL);
	if (!d || !need ||
	    auth_rights(p, d - req->srv->drives) & need)
		return 0;
	return deny(req, need == (AUTH_APPEND | AUTH_WRITE) ?
		    "append or write" : auth_right_name(need), d->name);
}

void dispatch_refuse(struct request *req, int status, const char *fmt, ...)
{
	va_list ap;

	req->mop = req->msg ? metrics_op_of(req->msg->body_case) : MOP_INVALID;
	va_start(ap, fmt);
	set_error(req, status, fmt, ap);
	va_end(ap);
	finish(req, status);
}

/* A report's zones: the device's descriptors and the reply's, and packed */
#define REPORT_BYTES_PER_ZONE	(sizeof(struct backend_zone) + \
				 sizeof(Zap__Zone) + sizeof(Zap__Zone *) + 32)

uint64_t dispatch_reply_bytes(const struct server *srv, const Zap__Request *m)
{
	uint32_t zones = srv->limits.max_report_zones;

	switch (m->body_case) {
	case ZAP__REQUEST__BODY_READ:
		return databuf_size(m->read->length);
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		if (m->report_zones->max_zones &&
		    m->report_zones->max_zones < zones)
			zones = m->report_zones->max_zones;
		return (uint64_t)zones * REPORT_BYTES_PER_ZONE;
	default:
		return 0;
	}
}

/* The original's outcome, as its reply was; or that its data is gone.
 * Returns the status to finish req with. */
static int replay(struct request *req, const struct retry_slot *slot)
{
	const struct retry_record *r = &slot->rec;

	/* an applied append or write names a drive and zone that exist */
	if (!r->status && (r->op == RETRY_OP_APPEND ||
			   r->op == RETRY_OP_WRITE) &&
	    r->zone_gen < req->srv->drives[slot->drive].table.zones[r->zone].gen)
		return refuse(req, ZAP_ZONE_RESET_SINCE, "request %llu was "
			      "applied at LBA %llu, but zone %u has been reset "
			      "since: its data is gone",
			      (unsigned long long)r->seq,
			      (unsigned long long)r->result_lba, r->zone);
	reply_outcome(req, r->status, r->result_lba, slot->wp);
	if (r->status && !req->reply.detail[0])
		dispatch_error(req, r->status, "%s (the original outcome of "
			       "this retried request)",
			       zap_strstatus(r->status));
	return r->status;
}

/* Requests that change a drive, with the fields that make them the same
 * request; false for the others. */
static bool retry_fingerprint(struct request *req, unsigned *drive)
{
	const Zap__Request *m = req->msg;
	struct retry_record *r = &req->rec;
	unsigned rights;
	bool admin;
	const char *name = request_target(m, &rights, &admin);
	struct drive *d;

	*r = (struct retry_record) {
		.client_id = m->client_id,
		.seq = m->seq,
		.len = req->data_len,
	};
	switch (m->body_case) {
	case ZAP__REQUEST__BODY_APPEND:
		r->op = RETRY_OP_APPEND;
		r->zone = m->append->zone;
		break;
	case ZAP__REQUEST__BODY_WRITE:
		r->op = RETRY_OP_WRITE;
		r->zone = m->write->zone;
		r->lba = m->write->lba;
		r->flags = m->write->at_wp ? RETRY_FLAG_AT_WP : 0;
		break;
	case ZAP__REQUEST__BODY_ZONE_MGMT:
		r->op = RETRY_OP_MGMT;
		r->zone = m->zone_mgmt->zone;
		r->action = m->zone_mgmt->action & 0xf;
		r->flags = m->zone_mgmt->all ? RETRY_FLAG_ALL : 0;
		break;
	case ZAP__REQUEST__BODY_FENCE:
		r->op = RETRY_OP_FENCE;
		r->zone = m->fence->zone;
		break;
	default:
		return false;
	}
	if (req->data_len)
		r->data_crc = crc32c(req->data, req->data_len);
	d = server_find_drive(req->srv, name);
	*drive = d ? (unsigned)(d - req->srv->drives) : UINT8_MAX;
	return true;
}

/* Each request that changes a drive is applied once per (client, seq):
 * DISPATCH_GO on to its handler, or the status to finish it with (a
 * refusal, or the original's outcome). */
static int check_retry(struct request *req)
{
	const Zap__Request *m = req->msg;
	struct retry_client *c = req->identity;
	struct retry_slot *slot;
	unsigned drive;

	if (!m->client_id || !retry_fingerprint(req, &drive))
		return DISPATCH_GO;
	if (!m->seq)
		return refuse(req, ZAP_INVALID_ARGUMENT, "seq must be 1 or more "
			      "on a request that carries a client id");
	switch (retry_begin(c, &req->rec, drive, &slot)) {
	case RETRY_NEW:
		req->retry_slot = slot;
		req->retry_client = c;
		retry_get(c);
		req->op.rec = &req->rec;
		req->op.rec_slot = retry_record_slot(c->index, m->seq);
		return DISPATCH_GO;
	case RETRY_DONE:
		return replay(req, slot);
	case RETRY_IN_FLIGHT:
		return refuse(req, ZAP_DUPLICATE_REQUEST, "request %llu is "
			      "still in flight; ask again later for its "
			      "outcome", (unsigned long long)m->seq);
	case RETRY_REUSED:
		return refuse(req, ZAP_SEQ_REUSED, "seq %llu was used for a "
			      "different request; nothing was applied",
			      (unsigned long long)m->seq);
	case RETRY_TOO_OLD:
		return refuse(req, ZAP_SEQ_TOO_OLD, "seq %llu is %d or more "
			      "below the highest seq %llu: its outcome is no "
			      "longer kept", (unsigned long long)m->seq,
			      RETRY_WINDOW, (unsigned long long)c->max_seq);
	case RETRY_SLOT_BUSY:
		return refuse(req, ZAP_BUSY, "seq %llu: request %llu, %d below "
			      "it, is still in flight (at most %d in flight "
			      "per client)", (unsigned long long)m->seq,
			      (unsigned long long)slot->rec.seq, RETRY_WINDOW,
			      RETRY_WINDOW);
	case RETRY_NO_MEMORY:
		break;
	}
	return refuse(req, ZAP_OUT_OF_MEMORY, "retry outcomes of this client");
}

/* A client id names the identity of this connection, or none. */
static int check_identity(struct request *req)
{
	const Zap__Request *m = req->msg;

	if (!m->client_id || m->body_case == ZAP__REQUEST__BODY_HELLO ||
	    (req->identity && req->identity->id == m->client_id))
		return 0;
	return refuse(req, ZAP_WRONG_CLIENT_ID, "client id %016llx is not "
		      "this connection's identity (say HELLO with its secret "
		      "first)", (unsigned long long)m->client_id);
}

static int handle(struct request *req)
{
	const Zap__Request *m = req->msg;

	switch (m->body_case) {
	case ZAP__REQUEST__BODY_HELLO:
		return handle_hello(req, m->hello);
	case ZAP__REQUEST__BODY_IDENTIFY:
		return handle_identify(req);
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		return handle_report(req, m->report_zones);
	case ZAP__REQUEST__BODY_ZONE_MGMT:
		return handle_zone_mgmt(req, m->zone_mgmt);
	case ZAP__REQUEST__BODY_APPEND:
		return handle_append(req, m->append);
	case ZAP__REQUEST__BODY_WRITE:
		return handle_write(req, m->write);
	case ZAP__REQUEST__BODY_READ:
		return handle_read(req, m->read);
	case ZAP__REQUEST__BODY_FLUSH:
		return handle_flush(req, m->flush);
	case ZAP__REQUEST__BODY_STATS:
		return handle_stats(req);
	case ZAP__REQUEST__BODY_FENCE:
		return handle_fence(req, m->fence);
	default:
		return refuse(req, ZAP_INVALID_ARGUMENT, "request has no "
			      "operation (body case %d)", m->body_case);
	}
}

/* The checks every request passes, in order, then its handler. */
static int admit(struct request *req)
{
	const Zap__Request *m = req->msg;
	int status;

	if (req->data_len && m->body_case != ZAP__REQUEST__BODY_APPEND &&
	    m->body_case != ZAP__REQUEST__BODY_WRITE) {
		req->mop = MOP_INVALID;
		return refuse(req, ZAP_INVALID_ARGUMENT, "only appends and "
			      "writes carry data");
	}
	if (req->srv->stopping) {
		req->mop = MOP_INVALID;
		return refuse(req, ZAP_SHUTTING_DOWN, "zapd is stopping");
	}
	req->mop = metrics_op_of(m->body_case);
	status = check_rights(req);
	if (!status)
		status = check_identity(req);
	if (!status)
		status = check_retry(req);
	return status == DISPATCH_GO ? handle(req) : status;
}

void dispatch_request(struct request *req)
{
	int status = admit(req);

	if (status != DISPATCH_LATER)
		finish(req, status);
}

bool dispatch_cancel(struct request *req)
{
	if (!req->op.table || !zone_cancel(&req->op))
		return false;
	/* never applied: its retry applies it */
	if (req->retry_slot)
		retry_abort(req->retry_slot);
	return true;
}

struct request *request_new(struct server *srv)
{
	struct request *req = calloc(1, sizeof(*req));

	if (req) {
		req->srv = srv;
		zap__reply__init(&req->reply);
		req->reply.detail = req->detail;
	}
	return req;
}

void request_free(struct request *req)
{
	if (req->retry_client)
		retry_put(req->retry_client);
	if (req->msg)
		zap__request__free_unpacked(req->msg, NULL);
	databuf_put(&req->srv->bufs, req->data, req->data_len);
	if (req->read_buf)
		databuf_put(&req->srv->bufs, req->read_buf, req->op.len);
	free(req->scratch);
	free(req);
}
