/* SPDX-License-Identifier: MIT */
#include "dispatch.h"

#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "counter.h"
#include "crc32c.h"
#include "log.h"
#include "metrics_text.h"
#include "server.h"
#include "util.h"

static void set_error(struct request *req, int status, const char *fmt,
		      va_list ap)
{
	req->status = status;
	vsnprintf(req->detail, sizeof(req->detail), fmt, ap);
}

/* Test-only faults (server.h): after the outcome is kept and durable.
 * Drives on several reactors count into one number: atomically. */
static void inject_fault(struct request *req)
{
	struct server_faults *f = &req->srv->node->faults;
	uint32_t applied;

	if (req->status || !req->retry_slot)
		return;
	applied = __atomic_add_fetch(&f->applied, 1, __ATOMIC_RELAXED);
	if (f->kill_before_reply && applied == f->kill_before_reply)
		raise(SIGKILL);
	if (f->drop_reply && applied % f->drop_reply == 0)
		req->out.drop_reply = true;
}

/* A handler's answer: the request went to the zone layer, and
 * zone_op_done() will finish it. */
#define DISPATCH_LATER	(-1)
/* A handler's answer: req->op is filled; on to the drive's reactor,
 * which checks retries and hands it to the zone layer (at_owner()). */
#define DISPATCH_SUBMIT	(-2)
/* check_retry(): not a retry of anything kept; on to the zone layer */
#define DISPATCH_GO	(-3)

/* On the front end's reactor: count it, hand the outcome back. */
static void complete(struct request *req)
{
	req->srv->reactor.requests--;
	metrics_request_done(&req->srv->metrics, req->mop, req->status,
			     reactor_now_ns() - req->start_ns);
	req->done(req);
}

static void on_complete(struct reactor_deferred *d)
{
	complete(container_of(d, struct request, complete));
}

static void on_returned(struct reactor_msg *m)
{
	complete(container_of(m, struct request, msg));
}

/*
 * The one place every request ends: its status (and a detail if none was
 * given), its outcome kept for retries (on the drive's reactor, which
 * owns the retry window), then req->done from the front end's loop,
 * never from inside dispatch_request() (the completion rule): a request
 * that travelled to its drive's reactor travels back as a message.
 */
static void finish(struct request *req, int status)
{
	req->status = status;
	if (status && !req->detail[0])
		snprintf(req->detail, sizeof(req->detail), "%s",
			 zap_strstatus(status));
	if (req->retry_slot) {
		struct retry_record outcome = req->rec;

		outcome.status = status;
		outcome.result_lba = req->out.lba;
		retry_end(req->retry_slot, &outcome, req->out.wp);
		inject_fault(req);
	}
	if (req->forwarded) {
		struct server *owner = drive_owner(req->srv, req->drive);

		owner->hosted--;
		owner->reactor.requests--;
		req->msg.fn = on_returned;
		reactor_post(&owner->reactor, &req->srv->reactor, &req->msg);
	} else {
		req->complete.fn = on_complete;
		reactor_defer(&req->srv->reactor, &req->complete);
	}
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

static int handle_hello(struct request *req)
{
	const struct request_args *a = &req->args;
	struct server *srv = req->srv;
	struct retry_client *identity;
	int status;

	if (!req->conn_identity)
		return refuse(req, ZAP_INVALID_ARGUMENT, "this connection "
			      "has no client identities");
	if (a->client_id) {
		status = retry_resume(srv->node->retry, req->principal_name,
				      a->client_id, a->secret, a->secret_len,
				      &identity);
		if (status)
			return refuse(req, status, "no client identity %016llx "
				    "with this secret (never issued, forgotten, "
				    "the wrong secret, or issued to another principal)",
				    (unsigned long long)a->client_id);
	} else {
		status = retry_issue(srv->node->retry, req->principal_name,
				     &identity, req->out.secret);
		if (status)
			return refuse(req, status, "cannot issue a client "
				    "identity: %s", status == ZAP_BUSY ?
				    "every one is in use" :
				    "the identity table cannot be written");
		req->out.issued = true;
	}
	/* the connection owns it now; the one it had goes */
	if (*req->conn_identity)
		retry_put(*req->conn_identity);
	*req->conn_identity = identity;
	req->out.client_id = identity->id;
	return ZAP_OK;
}

static int find_drive(struct request *req, struct drive **d)
{
	const char *name = req->args.drive ? req->args.drive : "";

	*d = req->drive = server_find_drive(req->srv, name);
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

/*
 * The outcome of an append, write or fence: the first one's, or a retry's
 * replay (lba: a fence's epoch). A failed write still tells the zone's
 * write pointer; the others tell nothing when they fail.
 */
static void set_outcome(struct request *req, int status, uint64_t lba,
			uint64_t wp)
{
	req->status = status;
	if (req->mop != MOP_WRITE &&
	    (status || (req->mop != MOP_APPEND && req->mop != MOP_FENCE)))
		return;
	req->out.has_result = true;
	req->out.lba = lba;
	req->out.wp = req->mop == MOP_WRITE ? wp : 0;
	if (status == ZAP_ZONE_INVALID_WRITE)
		refuse(req, status, "write at LBA %" PRIu64 " but the zone's "
		       "write pointer is %" PRIu64, req->args.lba, wp);
}

static void zone_op_done(struct zone_op *op)
{
	struct request *req = op->arg;

	switch (op->type) {
	case ZONE_OP_APPEND:
	case ZONE_OP_WRITE:
		set_outcome(req, op->status, op->result_lba, op->wp);
		break;
	case ZONE_OP_FENCE:
		set_outcome(req, op->status, op->epoch, 0);
		break;
	case ZONE_OP_READ:
		if (!op->status) {
			req->out.data = op->buf;
			req->out.data_len = op->len;
		}
		break;
	case ZONE_OP_REPORT:
		req->out.zones = op->zones;
		req->out.first_zone = op->zone;
		req->out.nr_zones = op->status ? 0 : op->nr_zones;
		break;
	case ZONE_OP_MGMT:
	case ZONE_OP_FLUSH:
		break;
	}
	finish(req, op->status);
}

/* On the drive's reactor: hand req's zone op to the zone layer:
 * DISPATCH_LATER, or the status it refused it with. */
static int submit(struct request *req)
{
	struct zone_op *op = &req->op;
	int status;

	op->table = &req->drive->table;
	op->done = zone_op_done;
	op->arg = req;
	status = zone_submit(op);
	if (!status)
		return DISPATCH_LATER;
	/* the op's wp (a write's) is still worth telling */
	if (op->type == ZONE_OP_WRITE)
		set_outcome(req, status, op->result_lba, op->wp);
	return status;
}

/* Appends and writes: drive, zone and data length checked, op filled. */
static int data_op(struct request *req, enum zone_op_type type,
		   int too_large, struct drive **d)
{
	int status = find_drive(req, d);

	if (!status)
		status = check_zone(req, *d, req->args.zone);
	if (!status)
		status = check_length(req, *d, req->data_len,
				      (*d)->be.geo.max_append, too_large);
	if (status)
		return status;
	req->op.type = type;
	req->op.zone = req->args.zone;
	req->op.len = req->data_len;
	req->op.buf = req->data;
	req->op.epoch = req->args.epoch;
	return 0;
}

static int handle_append(struct request *req)
{
	struct drive *d;
	int status = data_op(req, ZONE_OP_APPEND, ZAP_APPEND_TOO_LARGE, &d);

	return status ? status : DISPATCH_SUBMIT;
}

static int handle_fence(struct request *req)
{
	struct drive *d;
	int status = find_drive(req, &d);

	if (!status)
		status = check_zone(req, d, req->args.zone);
	if (status)
		return status;
	req->op.type = ZONE_OP_FENCE;
	req->op.zone = req->args.zone;
	return DISPATCH_SUBMIT;
}

static int handle_write(struct request *req)
{
	const struct request_args *a = &req->args;
	bool at_wp = a->flags & REQUEST_AT_WP;
	struct drive *d;
	int status = data_op(req, ZONE_OP_WRITE, ZAP_FRAME_TOO_LARGE, &d);

	if (status)
		return status;
	/* the zone's end is in range: it is a full zone's wp */
	if (!at_wp && (a->lba < (uint64_t)a->zone * d->be.geo.zone_size ||
		       a->lba > (uint64_t)(a->zone + 1) * d->be.geo.zone_size))
		return refuse(req, ZAP_LBA_OUT_OF_RANGE, "LBA %" PRIu64
			    " is not in zone %u", a->lba, a->zone);
	req->op.lba = a->lba;
	req->op.at_wp = at_wp;
	return DISPATCH_SUBMIT;
}

static uint32_t read_limit(const struct server *srv, const struct drive *d)
{
	uint32_t max = srv->limits.max_data;

	return d->be.geo.max_transfer && d->be.geo.max_transfer < max ?
	       d->be.geo.max_transfer : max;
}

static int handle_read(struct request *req)
{
	const struct request_args *a = &req->args;
	struct drive *d;
	uint64_t nlb, zone;
	void *buf = req->read_into;
	int status = find_drive(req, &d);

	/* one read is one device command: the drive's transfer limit too */
	if (!status)
		status = check_length(req, d, a->len, read_limit(req->srv, d),
				      ZAP_FRAME_TOO_LARGE);
	if (status)
		return status;
	nlb = a->len / d->be.geo.lba_size;
	if (a->lba >= drive_nr_lbas(d) || nlb > drive_nr_lbas(d) - a->lba)
		return refuse(req, ZAP_LBA_OUT_OF_RANGE, "LBAs %" PRIu64 "+%"
			    PRIu64 " beyond the drive's %" PRIu64, a->lba, nlb,
			    drive_nr_lbas(d));
	zone = a->lba / d->be.geo.zone_size;
	if ((a->lba + nlb - 1) / d->be.geo.zone_size != zone)
		return refuse(req, ZAP_ZONE_BOUNDARY_ERROR, "read of LBAs %"
			    PRIu64 "+%" PRIu64 " crosses the end of zone %"
			    PRIu64, a->lba, nlb, zone);
	if (!buf) {
		buf = req->read_buf = databuf_get(&req->srv->bufs, a->len);
		if (!buf)
			return refuse(req, ZAP_OUT_OF_MEMORY, "read buffer");
	}
	req->op.type = ZONE_OP_READ;
	req->op.zone = zone;
	req->op.lba = a->lba;
	req->op.len = a->len;
	req->op.buf = buf;
	return DISPATCH_SUBMIT;
}

static int handle_zone_mgmt(struct request *req)
{
	const struct request_args *a = &req->args;
	bool all = a->flags & REQUEST_ALL;
	struct drive *d;
	int status = find_drive(req, &d);

	if (!status && !all)
		status = check_zone(req, d, a->zone);
	if (status)
		return status;
	if (a->action < ZAP_ZONE_CLOSE || a->action > ZAP_ZONE_RESET)
		return refuse(req, ZAP_INVALID_ARGUMENT, "zone action %u is not "
			    "open, close, finish or reset", a->action);
	req->op.type = ZONE_OP_MGMT;
	req->op.zone = all ? 0 : a->zone;
	req->op.action = a->action;
	req->op.all = all;
	return DISPATCH_SUBMIT;
}

static int handle_flush(struct request *req)
{
	struct drive *d;
	int status = find_drive(req, &d);

	if (status)
		return status;
	req->op.type = ZONE_OP_FLUSH;
	return DISPATCH_SUBMIT;
}

/* The zones a report asks for: from args.zone, at most args.max_zones and
 * the server's limit, not past the last. */
static uint32_t report_length(const struct server *srv,
			      const struct request_args *a, uint32_t nr_zones)
{
	uint32_t max = srv->limits.max_report_zones;

	if (a->max_zones && a->max_zones < max)
		max = a->max_zones;
	if (a->zone < nr_zones && max > nr_zones - a->zone)
		max = nr_zones - a->zone;
	return a->zone < nr_zones ? max : 0;
}

static int handle_report(struct request *req)
{
	const struct request_args *a = &req->args;
	struct drive *d;
	uint32_t max;
	int status = find_drive(req, &d);

	if (status)
		return status;
	if (a->zone > d->be.geo.nr_zones)
		return refuse(req, ZAP_NO_SUCH_ZONE, "drive %s has %u zones",
			    d->name, d->be.geo.nr_zones);
	if (a->filter && !zap_zone_state_name(a->filter))
		return refuse(req, ZAP_INVALID_ARGUMENT, "unknown zone state %u",
			    a->filter);
	max = report_length(req->srv, a, d->be.geo.nr_zones);
	req->out.first_zone = a->zone;
	if (!max)	/* asked from the end: nothing to ask the device */
		return ZAP_OK;
	req->scratch = calloc(max, sizeof(struct backend_zone));
	if (!req->scratch)
		return refuse(req, ZAP_OUT_OF_MEMORY, "report buffer");
	req->op.type = ZONE_OP_REPORT;
	req->op.zone = a->zone;
	req->op.nr_zones = max;
	req->op.zones = req->scratch;
	return DISPATCH_SUBMIT;
}

static int handle_stats(struct request *req)
{
	req->scratch = metrics_render(req->srv, &req->out.text_len);
	if (!req->scratch)
		return refuse(req, ZAP_OUT_OF_MEMORY, "stats");
	req->out.text = req->scratch;
	return ZAP_OK;
}

/* The drive a request names (NULL: none) and the rights of which it needs
 * one (0: none; HELLO and IDENTIFY need none, STATS needs admin). No
 * default: a new operation does not build until it says what it needs. */
static const char *request_target(const struct request *req,
				  unsigned *rights, bool *admin)
{
	*rights = 0;
	*admin = false;
	switch (req->mop) {
	case MOP_REPORT_ZONES:
	case MOP_READ:
		*rights = AUTH_READ;
		break;
	case MOP_APPEND:
		*rights = AUTH_APPEND;
		break;
	case MOP_WRITE:
		*rights = AUTH_WRITE;
		break;
	case MOP_ZONE_MGMT:
	case MOP_FENCE:
		*rights = AUTH_MANAGE;
		break;
	case MOP_FLUSH:
		*rights = AUTH_APPEND | AUTH_WRITE;
		break;
	case MOP_STATS:
		*admin = true;
		break;
	case MOP_HELLO:
	case MOP_IDENTIFY:
	case MOP_INVALID:
	case MOP_COUNT:
		break;
	}
	return *rights ? req->args.drive : NULL;
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
	const char *name = request_target(req, &need, &admin);
	struct drive *d = name ? server_find_drive(req->srv, name) : NULL;
	const struct principal *p = req->principal;

	if (admin && !(p && p->admin))
		return deny(req, "admin", NULL);
	if (!d || !need ||
	    auth_rights(p, d - req->srv->node->drives) & need)
		return 0;
	return deny(req, need == (AUTH_APPEND | AUTH_WRITE) ?
		    "append or write" : auth_right_name(need), d->name);
}

void dispatch_refuse(struct request *req, int status, const char *fmt, ...)
{
	va_list ap;

	req->srv->reactor.requests++;	/* complete() counts it out */
	va_start(ap, fmt);
	set_error(req, status, fmt, ap);
	va_end(ap);
	finish(req, status);
}

uint64_t dispatch_reply_bytes(const struct request *req)
{
	const struct request_args *a = &req->args;
	uint32_t zones = req->srv->limits.max_report_zones;

	switch (req->mop) {
	case MOP_READ:
		/* one over max_data is refused before a buffer exists */
		return req->read_into || !a->len ||
		       a->len > req->srv->limits.max_data ?
		       0 : databuf_size(a->len);
	case MOP_REPORT_ZONES:
		if (a->max_zones && a->max_zones < zones)
			zones = a->max_zones;
		return (uint64_t)zones * DISPATCH_REPORT_ZONE_BYTES;
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
	    r->zone_gen < req->drive->table.zones[r->zone].gen)
		return refuse(req, ZAP_ZONE_RESET_SINCE, "request %llu was "
			      "applied at LBA %llu, but zone %u has been reset "
			      "since: its data is gone",
			      (unsigned long long)r->seq,
			      (unsigned long long)r->result_lba, r->zone);
	set_outcome(req, r->status, r->result_lba, slot->wp);
	if (r->status && !req->detail[0])
		refuse(req, r->status, "%s (the original outcome of this "
		       "retried request)", zap_strstatus(r->status));
	return r->status;
}

/* Requests that change a drive and name a client id: the fields that make
 * them the same request, into req->rec (its client_id stays 0 for the
 * others). On the front end's reactor: the data's checksum is the
 * costly part, and the drive's reactor has enough to do. */
static int retry_fingerprint(struct request *req)
{
	const struct request_args *a = &req->args;
	struct retry_record r = {
		.client_id = a->client_id,
		.seq = a->seq,
		.len = req->data_len,
		.zone = a->zone,
	};

	switch (req->mop) {
	case MOP_APPEND:
		r.op = RETRY_OP_APPEND;
		break;
	case MOP_WRITE:
		r.op = RETRY_OP_WRITE;
		r.lba = a->lba;
		r.flags = a->flags & REQUEST_AT_WP ? RETRY_FLAG_AT_WP : 0;
		break;
	case MOP_ZONE_MGMT:
		r.op = RETRY_OP_MGMT;
		r.action = a->action & 0xf;
		r.flags = a->flags & REQUEST_ALL ? RETRY_FLAG_ALL : 0;
		break;
	case MOP_FENCE:
		r.op = RETRY_OP_FENCE;
		break;
	default:
		return 0;
	}
	if (!a->client_id)
		return 0;
	if (!a->seq)
		return refuse(req, ZAP_INVALID_ARGUMENT, "seq must be 1 or more "
			      "on a request that carries a client id");
	if (req->data_len)
		r.data_crc = crc32c(req->data, req->data_len);
	req->rec = r;
	/* held until the request is released: the connection's own may go
	 * (a HELLO after it) while the drive's reactor still uses it */
	req->retry_client = req->identity;
	retry_get(req->identity);
	return 0;
}

/* On the drive's reactor, which owns the identity's window for the
 * drive: each request that changes a drive is applied once per (client,
 * drive, seq): DISPATCH_GO on to the zone layer, or the status to finish
 * it with (a refusal, or the original's outcome). */
static int check_retry(struct request *req)
{
	const struct request_args *a = &req->args;
	struct retry_client *c = req->retry_client;
	struct retry_slot *slot;
	unsigned drive = req->drive - req->srv->node->drives;

	if (!req->rec.client_id)
		return DISPATCH_GO;
	switch (retry_begin(c, &req->rec, drive, &slot)) {
	case RETRY_NEW:
		req->retry_slot = slot;
		req->op.rec = &req->rec;
		req->op.rec_slot = retry_record_slot(c->index, a->seq);
		return DISPATCH_GO;
	case RETRY_DONE:
		return replay(req, slot);
	case RETRY_IN_FLIGHT:
		return refuse(req, ZAP_DUPLICATE_REQUEST, "request %llu is "
			      "still in flight; ask again later for its "
			      "outcome", (unsigned long long)a->seq);
	case RETRY_REUSED:
		return refuse(req, ZAP_SEQ_REUSED, "seq %llu was used for a "
			      "different request; nothing was applied",
			      (unsigned long long)a->seq);
	case RETRY_TOO_OLD:
		return refuse(req, ZAP_SEQ_TOO_OLD, "seq %llu is %d or more "
			      "below the highest seq %llu sent to this drive: "
			      "its outcome is no longer kept",
			      (unsigned long long)a->seq, RETRY_WINDOW,
			      (unsigned long long)retry_max_seq(c, drive));
	case RETRY_SLOT_BUSY:
		return refuse(req, ZAP_BUSY, "seq %llu: request %llu, %d below "
			      "it, is still in flight (at most %d in flight "
			      "per client and drive)",
			      (unsigned long long)a->seq,
			      (unsigned long long)slot->rec.seq, RETRY_WINDOW,
			      RETRY_WINDOW);
	case RETRY_NO_MEMORY:
		break;
	}
	return refuse(req, ZAP_OUT_OF_MEMORY, "retry outcomes of this client");
}

/* On the drive's reactor: the retry check, then the zone layer. */
static int at_owner(struct request *req)
{
	int status = check_retry(req);

	return status == DISPATCH_GO ? submit(req) : status;
}

static void on_forwarded(struct reactor_msg *m)
{
	struct request *req = container_of(m, struct request, msg);
	struct server *owner = drive_owner(req->srv, req->drive);
	int status;

	owner->hosted++;
	owner->reactor.requests++;
	status = at_owner(req);
	if (status != DISPATCH_LATER)
		finish(req, status);
}

/* A request for a drive: on its reactor now if that is this one, else
 * as a message (it comes back the same way: finish()). */
static int to_owner(struct request *req)
{
	struct server *owner = drive_owner(req->srv, req->drive);

	if (owner == req->srv)
		return at_owner(req);
	req->forwarded = true;
	COUNTER_ADD(req->srv->metrics.forwarded, 1);
	req->msg.fn = on_forwarded;
	reactor_post(&req->srv->reactor, &owner->reactor, &req->msg);
	return DISPATCH_LATER;
}

/* A client id names the identity of this connection, or none (HELLO's
 * names the one it resumes). */
static int check_identity(struct request *req)
{
	uint64_t id = req->args.client_id;

	if (!id || req->mop == MOP_HELLO ||
	    (req->identity && req->identity->id == id))
		return 0;
	return refuse(req, ZAP_WRONG_CLIENT_ID, "client id %016llx is not "
		      "this connection's identity (say HELLO with its secret "
		      "first)", (unsigned long long)id);
}

static int handle(struct request *req)
{
	switch (req->mop) {
	case MOP_HELLO:
		return handle_hello(req);
	case MOP_IDENTIFY:	/* the front end describes srv->node->drives */
		return ZAP_OK;
	case MOP_REPORT_ZONES:
		return handle_report(req);
	case MOP_ZONE_MGMT:
		return handle_zone_mgmt(req);
	case MOP_APPEND:
		return handle_append(req);
	case MOP_WRITE:
		return handle_write(req);
	case MOP_READ:
		return handle_read(req);
	case MOP_FLUSH:
		return handle_flush(req);
	case MOP_STATS:
		return handle_stats(req);
	case MOP_FENCE:
		return handle_fence(req);
	default:
		return refuse(req, ZAP_INVALID_ARGUMENT, "request has no "
			      "operation");
	}
}

/* The checks every request passes, in order, then its handler. */
static int admit(struct request *req)
{
	int status;

	if (req->data_len && req->mop != MOP_APPEND && req->mop != MOP_WRITE) {
		req->mop = MOP_INVALID;
		return refuse(req, ZAP_INVALID_ARGUMENT, "only appends and "
			      "writes carry data");
	}
	if (req->srv->stopping) {
		req->mop = MOP_INVALID;
		return refuse(req, ZAP_SHUTTING_DOWN, "zapd is stopping");
	}
	status = check_rights(req);
	if (!status)
		status = check_identity(req);
	if (!status)
		status = handle(req);
	if (status != DISPATCH_SUBMIT)
		return status;
	status = retry_fingerprint(req);
	return status ? status : to_owner(req);
}

void dispatch_request(struct request *req)
{
	int status;

	req->srv->reactor.requests++;
	status = admit(req);

	if (status != DISPATCH_LATER)
		finish(req, status);
}

bool dispatch_cancel(struct request *req)
{
	/*
	 * One on another reactor is that one's to touch: it comes back. One
	 * with a retry slot runs to its end: its retry may already have been
	 * told DUPLICATE_REQUEST, and the client's later requests, resent on
	 * a new connection, were admitted behind it; withdrawn, it would be
	 * applied after them, and ordered writes would land out of order.
	 */
	if (req->forwarded || req->retry_slot || !req->op.table ||
	    !zone_cancel(&req->op))
		return false;
	req->srv->reactor.requests--;	/* never completes */
	return true;
}

void request_init(struct request *req, struct server *srv)
{
	*req = (struct request){ .srv = srv, .mop = MOP_INVALID };
}

void *request_take_read_buf(struct request *req)
{
	void *buf = req->read_buf;

	req->read_buf = NULL;
	return buf;
}

void request_release(struct request *req)
{
	if (req->retry_client)
		retry_put(req->retry_client);
	req->retry_client = NULL;
	if (req->read_buf)
		databuf_put(&req->srv->bufs, req->read_buf, req->args.len);
	req->read_buf = NULL;
	free(req->scratch);
	req->scratch = NULL;
}
