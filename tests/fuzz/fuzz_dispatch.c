/* SPDX-License-Identifier: MIT */
/*
 * fuzz_dispatch - one input is one client connection's requests, as the
 * session hands them to dispatch after the frame layer: decode, identity
 * and retry checks (retry.c), validation, zone arbitration and the emu
 * backend, on fuzz_server's drives, from the same state for every input.
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
 * their request and results inside the zone asked for; nothing is left
 * in flight; and nothing crashes, leaks or trips ASan/UBSan.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "dispatch.h"
#include "fuzz_server.h"
#include "zone.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_PENDING	16

static bool verbose;	/* ZAP_FUZZ_VERBOSE: print each reply */

static struct {
	struct retry_client *identity;	/* owned (a reference), or NULL */
	struct request *pending[MAX_PENDING];
	unsigned nr_pending;
	struct retry_client *issued;	/* by the last HELLO in this input */
	uint8_t issued_secret[RETRY_SECRET_LEN];
} conn;

static __attribute__((noreturn, format(printf, 2, 3)))
void bad(const struct request *req, const char *fmt, ...);

static void bad(const struct request *req, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "fuzz_dispatch: request body %d status %s (%s): ",
		req->msg->body_case, zap_status_name(req->reply.status),
		req->reply.detail ? req->reply.detail : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* An OK reply's results must fit the request. */
static void check_ok(const struct request *req)
{
	const Zap__Request *m = req->msg;
	const Zap__Reply *r = &req->reply;
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
		if (req->reply_data_len != m->read->length)
			bad(req, "read %u bytes of %u", req->reply_data_len,
			    m->read->length);
		break;
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		if (r->body_case != ZAP__REPLY__BODY_REPORT_ZONES ||
		    r->report_zones->n_zones > req->srv->limits.max_report_zones)
			bad(req, "no report body, or too many zones");
		break;
	case ZAP__REQUEST__BODY_HELLO:
		if (r->body_case != ZAP__REPLY__BODY_HELLO ||
		    !r->hello->client_id || !req->hello_identity ||
		    (!m->hello->client_id &&
		     r->hello->client_secret.len != RETRY_SECRET_LEN))
			bad(req, "no hello body, id or secret");
		break;
	default:
		break;
	}
	if (d) {
		const struct zone *z = &d->zones[zone];
		uint64_t lba = r->body_case == ZAP__REPLY__BODY_APPEND ?
			       r->append->lba : r->write->lba;

		if (lba < z->start || lba + req->data_len /
		    d->be.geo.lba_size > z->start + z->cap)
			bad(req, "LBA %llu is not in zone %u",
			    (unsigned long long)lba, zone);
	}
}

static void on_done(struct request *req)
{
	unsigned i;

	for (i = 0; i < conn.nr_pending && conn.pending[i] != req; i++)
		;
	if (i == conn.nr_pending)
		bad(req, "answered twice, or after it was withdrawn");
	conn.pending[i] = conn.pending[--conn.nr_pending];
	if (verbose)
		fprintf(stderr, "request body %d client %llx seq %llu: %s %s\n",
			req->msg->body_case,
			(unsigned long long)req->msg->client_id,
			(unsigned long long)req->msg->seq,
			zap_status_name(req->reply.status),
			req->reply.status ? req->reply.detail : "");
	if (!strcmp(zap_status_name(req->reply.status), "UNKNOWN_STATUS"))
		bad(req, "unknown status %d", req->reply.status);
	if (!req->reply.status)
		check_ok(req);
	/* as the session does: a HELLO's identity becomes the connection's */
	if (req->hello_identity && !req->reply.status) {
		if (conn.identity)
			retry_put(conn.identity);
		conn.identity = req->hello_identity;
		req->hello_identity = NULL;
		if (!req->msg->hello->client_id) {
			conn.issued = conn.identity;
			memcpy(conn.issued_secret, req->hello_secret,
			       RETRY_SECRET_LEN);
		}
	}
	request_free(req);
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

static bool is_pending(const struct request *req)
{
	for (unsigned i = 0; i < conn.nr_pending; i++)
		if (conn.pending[i] == req)
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
		struct request *req = conn.pending[i];

		if (dispatch_cancel(req)) {
			conn.pending[i] = conn.pending[--conn.nr_pending];
			request_free(req);
			goto again;
		}
	}
	wait_all();
	if (conn.identity)
		retry_put(conn.identity);
	conn.identity = NULL;
}

/* One record: 0 on to the next, -1 the input is over. */
static int one_request(const uint8_t **p, const uint8_t *end)
{
	struct request *req;
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
	req = request_new(&fuzz_srv);
	if (!req)
		abort();
	req->msg = zap__request__unpack(NULL, plen, *p);
	*p += plen;
	if (!req->msg) {	/* the session answers PROTOCOL_ERROR */
		request_free(req);
		return 0;
	}
	req->done = on_done;
	req->owner = &conn;
	req->identity = conn.identity;
	req->data_len = dlen;
	if (dlen) {
		if (posix_memalign(&req->data, 4096, dlen))
			abort();
		memset(req->data, fill, dlen);
	}
	map_identities(req->msg);
	conn.pending[conn.nr_pending++] = req;
	fuzz_srv.stopping = ctl & 4;
	dispatch_request(req);
	fuzz_srv.stopping = false;
	switch (ctl & 3) {
	case 0:
		while (is_pending(req))
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
	if (*p++ & 1) {
		conn.identity = fuzz_ident[0].c;
		retry_get(conn.identity);
	}
	while (!one_request(&p, end))
		;
	close_connection();
	return 0;
}
