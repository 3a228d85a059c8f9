/* SPDX-License-Identifier: MIT */
/*
 * fuzz_dispatch - one input is one client connection's requests, as the
 * session hands them to the codec and dispatch after the frame layer:
 * decode (zap_codec.c), identity and retry checks (retry.c), validation,
 * zone arbitration and the emu backend, on fuzz_server's drives, from the
 * same state for every input.
 *
 * Input (fuzz_gen.h builds it):
 *
 *   byte 0       bit 0: the connection starts owning identity A (as if it
 *                had said HELLO); else it owns none
 *   then records, each
 *     ctl        bits 0-1: 0 wait for this request's reply; 1 leave it in
 *                flight and go on; 2 the connection closes right after it
 *                (what waits for a lock is withdrawn, as session_close
 *                does; the next record comes on a new connection that
 *                owns no identity); 3 wait for every request in flight
 *                bit 2: zapd is stopping while this request arrives
 *     fill       the data's bytes (its CRC is part of a retry's identity)
 *     plen, dlen little-endian 16 bits: protobuf bytes that follow, data
 *                bytes (made of fill, not in the input)
 *     protobuf   a Request
 *
 * Identities cannot be guessed, so small client ids name them, in
 * Request.client_id and HelloReq.client_id alike: 1 is A, 2 is B (issued,
 * owned by no connection), 3 the last identity a HELLO issued in this
 * input; any other value is sent as it is. A HelloReq.client_secret of 16
 * zero bytes is replaced by the right secret of the id it names.
 *
 * Checked: every request is answered exactly once, with a known status;
 * a request withdrawn is never answered; OK replies carry the body of
 * their request and results inside the zone asked for; a retry (the same
 * record bytes, the same identity and seq) of a request that finished,
 * while its seq is in the window and its slot not taken by another seq,
 * gets the original's status and results, or ZONE_RESET_SINCE if it put
 * data in a zone that was reset since (docs/PROTOCOL.md's table); nothing
 * is left in flight; and nothing crashes, leaks or trips ASan/UBSan.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "fuzz_server.h"
#include "util.h"
#include "zap_codec.h"
#include "zone.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_PENDING	16

static bool verbose;	/* ZAP_FUZZ_VERBOSE: print each reply */

static struct {
	struct retry_client *identity;	/* owned (a reference), or NULL */
	struct zap_request *pending[MAX_PENDING];
	unsigned nr_pending;
	struct retry_client *issued;	/* by the last HELLO in this input */
	uint8_t issued_secret[RETRY_SECRET_LEN];
} conn;

/* What the harness knows of a request it sent (req->owner). */
struct sent {
	uint64_t key;		/* hash of its record: fill, dlen, protobuf */
	bool stopping;		/* sent while zapd was stopping */
};

/* The outcome of a request that dispatch took as new (it set
 * req->retry_slot), by identity and slot (seq mod the window). */
struct outcome {
	uint64_t seq;		/* 0: none, or withdrawn */
	uint64_t key;
	bool done;
	int status;
	int body;		/* the reply's body case */
	uint64_t lba, wp;	/* append, write; fence: lba is the epoch */
	const struct zone *zone;	/* append, write: where, and its */
	uint32_t gen;			/* reset count when it finished */
};

#define MAX_TRACKED	4

static struct tracked {
	uint64_t id;
	uint64_t max_seq;	/* as retry.c counts it: of new requests */
	struct outcome slots[RETRY_WINDOW];
} tracked[MAX_TRACKED];
static unsigned nr_tracked;

/* The zap request req is part of (every one here is). */
static struct zap_request *zr_of(const struct request *req)
{
	return container_of((struct request *)req, struct zap_request, req);
}

static __attribute__((noreturn, format(printf, 2, 3)))
void bad(const struct request *req, const char *fmt, ...);

/* (after on_done built the reply) */
static void bad(const struct request *req, const char *fmt, ...)
{
	const struct zap_request *zr = zr_of(req);
	va_list ap;

	fprintf(stderr, "fuzz_dispatch: request body %d status %s (%s): ",
		zr->msg ? (int)zr->msg->body_case : -1,
		zap_status_name(zr->reply.status),
		zr->reply.detail ? zr->reply.detail : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* An OK reply's results must fit the request. */
static void check_ok(const struct request *req)
{
	const Zap__Request *m = zr_of(req)->msg;
	const Zap__Reply *r = &zr_of(req)->reply;
	const struct drive *d = NULL;
	uint32_t zone = 0;

	switch (m->body_case) {
	case ZAP__REQUEST__BODY_APPEND:
		d = server_find_drive(req->srv, m->append->drive);
		zone = m->append->zone;
		if (r->body_case != ZAP__REPLY__BODY_APPEND || !d)
			bad(req, "no append body");
		break;
	case ZAP__REQUEST__BODY_WRITE:
		d = server_find_drive(req->srv, m->write->drive);
		zone = m->write->zone;
		if (r->body_case != ZAP__REPLY__BODY_WRITE || !d)
			bad(req, "no write body");
		if (r->write->wp != r->write->lba +
		    req->data_len / d->be.geo.lba_size)
			bad(req, "wp %llu after %u bytes at %llu",
			    (unsigned long long)r->write->wp, req->data_len,
			    (unsigned long long)r->write->lba);
		if (!m->write->at_wp && r->write->lba != m->write->lba)
			bad(req, "written at %llu, not at %llu",
			    (unsigned long long)r->write->lba,
			    (unsigned long long)m->write->lba);
		break;
	case ZAP__REQUEST__BODY_FENCE:
		if (r->body_case != ZAP__REPLY__BODY_FENCE ||
		    !r->fence->epoch)
			bad(req, "no fence body or epoch 0");
		break;
	case ZAP__REQUEST__BODY_READ:
		if (req->out.data_len != m->read->length)
			bad(req, "read %u bytes of %u", req->out.data_len,
			    m->read->length);
		break;
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		if (r->body_case != ZAP__REPLY__BODY_REPORT_ZONES ||
		    r->report_zones->n_zones > req->srv->limits.max_report_zones)
			bad(req, "no report body, or too many zones");
		break;
	case ZAP__REQUEST__BODY_HELLO:
		if (r->body_case != ZAP__REPLY__BODY_HELLO ||
		    !r->hello->client_id || !conn.identity ||
		    (!m->hello->client_id &&
		     r->hello->client_secret.len != RETRY_SECRET_LEN))
			bad(req, "no hello body, id or secret");
		break;
	default:
		break;
	}
	if (d) {
		const struct zone *z = &d->table.zones[zone];
		uint64_t lba = r->body_case == ZAP__REPLY__BODY_APPEND ?
			       r->append->lba : r->write->lba;

		if (lba < z->start || lba + req->data_len /
		    d->be.geo.lba_size > z->start + z->cap)
			bad(req, "LBA %llu is not in zone %u",
			    (unsigned long long)lba, zone);
	}
}

static struct tracked *find_tracked(uint64_t id, bool add)
{
	for (unsigned i = 0; i < nr_tracked; i++)
		if (tracked[i].id == id)
			return &tracked[i];
	if (!add || nr_tracked == MAX_TRACKED)
		return NULL;
	memset(&tracked[nr_tracked], 0, sizeof(tracked[0]));
	tracked[nr_tracked].id = id;
	return &tracked[nr_tracked++];
}

/* dispatch took req as new: its slot is its own from now on */
static struct outcome *note_new(const struct request *req)
{
	const struct sent *sent = req->owner;
	struct tracked *t = find_tracked(req->args.client_id, true);
	struct outcome *o;
	uint64_t seq = req->args.seq;

	if (!t)
		return NULL;
	if (seq > t->max_seq)
		t->max_seq = seq;
	o = &t->slots[seq % RETRY_WINDOW];
	if (o->seq != seq || o->key != sent->key || o->done)
		*o = (struct outcome){ .seq = seq, .key = sent->key };
	return o;
}

static void note_outcome(const struct request *req)
{
	const Zap__Request *m = zr_of(req)->msg;
	const Zap__Reply *r = &zr_of(req)->reply;
	struct outcome *o = note_new(req);
	const struct drive *d;
	uint32_t zone;

	if (!o)
		return;
	o->done = true;
	o->status = r->status;
	o->body = r->body_case;
	if (r->body_case == ZAP__REPLY__BODY_APPEND)
		o->lba = r->append->lba;
	else if (r->body_case == ZAP__REPLY__BODY_WRITE)
		o->lba = r->write->lba, o->wp = r->write->wp;
	else if (r->body_case == ZAP__REPLY__BODY_FENCE)
		o->lba = r->fence->epoch;
	if (r->status || (r->body_case != ZAP__REPLY__BODY_APPEND &&
			  r->body_case != ZAP__REPLY__BODY_WRITE))
		return;
	d = server_find_drive(req->srv, m->body_case ==
			      ZAP__REQUEST__BODY_APPEND ?
			      m->append->drive : m->write->drive);
	zone = m->body_case == ZAP__REQUEST__BODY_APPEND ?
	       m->append->zone : m->write->zone;
	o->zone = &d->table.zones[zone];
	o->gen = o->zone->gen;
}

/* A request dispatch did not take as new: if it is a retry of one that
 * finished, it gets that one's outcome. */
static void check_replay(const struct request *req)
{
	const struct sent *sent = req->owner;
	const Zap__Request *m = zr_of(req)->msg;
	const Zap__Reply *r = &zr_of(req)->reply;
	const struct tracked *t;
	const struct outcome *o;

	if (!m || !m->client_id || !m->seq || sent->stopping ||
	    !req->identity ||
	    req->identity->id != m->client_id ||
	    (m->body_case != ZAP__REQUEST__BODY_APPEND &&
	     m->body_case != ZAP__REQUEST__BODY_WRITE &&
	     m->body_case != ZAP__REQUEST__BODY_ZONE_MGMT &&
	     m->body_case != ZAP__REQUEST__BODY_FENCE))
		return;
	t = find_tracked(m->client_id, false);
	if (!t || m->seq + RETRY_WINDOW <= t->max_seq)
		return;
	o = &t->slots[m->seq % RETRY_WINDOW];
	if (o->seq != m->seq || o->key != sent->key || !o->done)
		return;
	if (!o->status && o->zone && o->zone->gen != o->gen) {
		if ((int)r->status != ZAP_ZONE_RESET_SINCE)
			bad(req, "retry of seq %llu, whose zone was reset "
			    "since", (unsigned long long)m->seq);
		return;
	}
	/* (a refused WRITE's replay has a WRITE body, the original none) */
	if ((int)r->status != o->status ||
	    (!o->status && (int)r->body_case != o->body))
		bad(req, "retry of seq %llu: the original got %s, body %d",
		    (unsigned long long)m->seq, zap_status_name(o->status),
		    o->body);
	if ((int)r->body_case != o->body)
		return;
	if ((r->body_case == ZAP__REPLY__BODY_APPEND &&
	     r->append->lba != o->lba) ||
	    (r->body_case == ZAP__REPLY__BODY_WRITE &&
	     (r->write->lba != o->lba || r->write->wp != o->wp)) ||
	    (r->body_case == ZAP__REPLY__BODY_FENCE &&
	     r->fence->epoch != o->lba))
		bad(req, "retry of seq %llu: not the original's result %llu",
		    (unsigned long long)m->seq, (unsigned long long)o->lba);
}

static void on_done(struct request *req)
{
	struct zap_request *zr = zr_of(req);
	const Zap__Reply *r = zap_reply_build(zr);
	unsigned i;

	for (i = 0; i < conn.nr_pending && conn.pending[i] != zr; i++)
		;
	if (i == conn.nr_pending)
		bad(req, "answered twice, or after it was withdrawn");
	conn.pending[i] = conn.pending[--conn.nr_pending];
	if (verbose)
		fprintf(stderr, "request body %d client %llx seq %llu: %s %s\n",
			zr->msg ? (int)zr->msg->body_case : -1,
			(unsigned long long)req->args.client_id,
			(unsigned long long)req->args.seq,
			zap_status_name(r->status), r->status ? r->detail : "");
	if (!strcmp(zap_status_name(r->status), "UNKNOWN_STATUS"))
		bad(req, "unknown status %d", r->status);
	if (!r->status)
		check_ok(req);
	if (req->retry_slot)
		note_outcome(req);
	else
		check_replay(req);
	/* a HELLO put the identity it issued in conn.identity (a later
	 * HELLO, dispatched before this reply, may have replaced it) */
	if (req->mop == MOP_HELLO && !r->status && !req->args.client_id &&
	    conn.identity && conn.identity->id == r->hello->client_id) {
		conn.issued = conn.identity;
		memcpy(conn.issued_secret, req->out.secret,
		       RETRY_SECRET_LEN);
	}
	free(req->owner);
	zap_request_free(zr);
}

static uint64_t map_id(uint64_t id, const uint8_t **secret)
{
	const struct fuzz_identity *f = NULL;
	struct fuzz_identity issued;

	if (id == 3 && conn.issued) {
		issued.c = conn.issued;
		memcpy(issued.secret, conn.issued_secret, RETRY_SECRET_LEN);
		f = &issued;
	} else if (id == 1 || id == 2) {
		f = &fuzz_ident[id - 1];
	}
	if (!f)
		return id;
	if (secret)
		*secret = f->secret;
	return f->c->id;
}

static void map_identities(Zap__Request *m)
{
	static const uint8_t zero[RETRY_SECRET_LEN];
	Zap__HelloReq *h = m->hello;
	const uint8_t *secret = NULL;

	m->client_id = map_id(m->client_id, NULL);
	if (m->body_case != ZAP__REQUEST__BODY_HELLO)
		return;
	h->client_id = map_id(h->client_id, &secret);
	if (secret && h->client_secret.len == RETRY_SECRET_LEN &&
	    !memcmp(h->client_secret.data, zero, RETRY_SECRET_LEN))
		memcpy(h->client_secret.data, secret, RETRY_SECRET_LEN);
}

static bool is_pending(const struct zap_request *zr)
{
	for (unsigned i = 0; i < conn.nr_pending; i++)
		if (conn.pending[i] == zr)
			return true;
	return false;
}

static void wait_all(void)
{
	while (conn.nr_pending)
		if (reactor_run_once(&fuzz_srv.reactor))
			abort();
}

/* The connection goes away: withdraw what waits, as session_close does;
 * the rest completes, and then the identity is let go. */
static void close_connection(void)
{
again:
	for (unsigned i = 0; i < conn.nr_pending; i++) {
		struct zap_request *zr = conn.pending[i];
		struct request *req = &zr->req;

		if (dispatch_cancel(req)) {
			/* one that consumed a seq is never withdrawn */
			if (req->retry_slot)
				abort();
			conn.pending[i] = conn.pending[--conn.nr_pending];
			free(req->owner);
			zap_request_free(zr);
			goto again;
		}
	}
	wait_all();
	if (conn.identity)
		retry_put(conn.identity);
	conn.identity = NULL;
}

/* FNV-1a of a record's bytes after ctl: fill, lengths, protobuf */
static uint64_t record_key(const uint8_t *rec, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (size_t i = 1; i < len; i++)
		h = (h ^ rec[i]) * 0x100000001b3ull;
	return h;
}

/* One record: 0 on to the next, -1 the input is over. */
static int one_request(const uint8_t **p, const uint8_t *end)
{
	struct zap_request *zr;
	struct request *req;
	Zap__Request *m;
	struct sent *sent;
	unsigned ctl, fill, plen, dlen;

	if (end - *p < 6)
		return -1;
	ctl = (*p)[0];
	fill = (*p)[1];
	plen = (*p)[2] | (*p)[3] << 8;
	dlen = (*p)[4] | (*p)[5] << 8;
	*p += 6;
	if (plen > (size_t)(end - *p))
		plen = end - *p;
	if (dlen > fuzz_srv.limits.max_data) {	/* the frame layer's limit */
		*p += plen;
		return 0;
	}
	if (conn.nr_pending == MAX_PENDING)
		wait_all();
	/* small ids name identities: map them, as the bytes zapd gets */
	m = zap__request__unpack(NULL, plen, *p);
	if (m) {
		uint8_t *packed;

		map_identities(m);
		packed = malloc(zap__request__get_packed_size(m) + 1);
		if (!packed)
			abort();
		zr = zap_request_new(&fuzz_srv, 0, packed,
				     zap__request__pack(m, packed));
		zap__request__free_unpacked(m, NULL);
		free(packed);
	} else {
		zr = zap_request_new(&fuzz_srv, 0, *p, plen);
	}
	sent = calloc(1, sizeof(*sent));
	if (!zr || !sent)
		abort();
	req = &zr->req;
	sent->key = record_key(*p - 6, 6 + plen);
	sent->stopping = ctl & 4;
	*p += plen;
	req->done = on_done;
	req->owner = sent;
	req->identity = conn.identity;
	req->conn_identity = &conn.identity;
	req->principal = auth_anonymous(fuzz_srv.auth);
	req->principal_name = "";
	req->data_len = dlen;
	if (dlen) {
		req->data = databuf_get(&fuzz_srv.bufs, dlen);
		if (!req->data)
			abort();
		memset(req->data, fill, dlen);
	}
	conn.pending[conn.nr_pending++] = zr;
	fuzz_srv.stopping = ctl & 4;
	if (zr->refusal)	/* as the session does */
		dispatch_refuse(req, zr->refusal, "%s", zr->why);
	else
		dispatch_request(req);
	fuzz_srv.stopping = false;
	if (is_pending(zr) && req->retry_slot)
		note_new(req);
	switch (ctl & 3) {
	case 0:
		while (is_pending(zr))
			if (reactor_run_once(&fuzz_srv.reactor))
				abort();
		break;
	case 2:
		close_connection();
		break;
	case 3:
		wait_all();
		break;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *p = data, *end = data + size;

	if (!size)
		return 0;
	verbose = getenv("ZAP_FUZZ_VERBOSE");
	fuzz_server_reset();
	memset(&conn, 0, sizeof(conn));
	nr_tracked = 0;
	if (*p++ & 1) {
		conn.identity = fuzz_ident[0].c;
		retry_get(conn.identity);
	}
	while (!one_request(&p, end))
		;
	close_connection();
	fuzz_check_idle("fuzz_dispatch");
	return 0;
}
