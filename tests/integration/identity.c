/* SPDX-License-Identifier: MIT */
/*
 * identity - client identities and the retry windows (one per drive) on a
 * raw socket, as a client written from docs/PROTOCOL.md (or an attacker)
 * would use them. Every refusal is checked to have applied nothing.
 *
 *   identity --addr 127.0.0.1:PORT --drive NAME --drive2 NAME [CASE...]
 *   identity ... --save FILE     before a restart: append as an identity
 *                                and keep (id, secret, seqs, LBAs) in FILE
 *   identity ... --check FILE    after it: the retries get the same LBAs
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "check.h"
#include "raw.h"

#define SECRET_LEN	16
#define SAVED_APPENDS	8

static const char *addr, *drive, *drive2;
static zap_client *good;
static uint32_t lba_size;
static uint64_t frame_id;

struct ident {
	uint64_t id;
	uint8_t secret[SECRET_LEN];
};

static int hello(int fd, const struct ident *resume, struct raw_reply *r)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__HelloReq h = ZAP__HELLO_REQ__INIT;

	h.min_version = h.max_version = 1;
	if (resume) {
		h.client_id = resume->id;
		h.client_secret.data = (uint8_t *)resume->secret;
		h.client_secret.len = SECRET_LEN;
	}
	req.body_case = ZAP__REQUEST__BODY_HELLO;
	req.hello = &h;
	if (raw_send(fd, ++frame_id, &req, NULL, 0))
		return -1;
	return raw_recv(fd, r);
}

/* A connection that owns a new identity, kept in *id. */
static int new_identity(struct ident *id)
{
	struct raw_reply r;
	int fd = raw_connect(addr);

	if (hello(fd, NULL, &r) != ZAP_OK || r.secret_len != SECRET_LEN) {
		fprintf(stderr, "  HELLO: status %d, secret of %zu bytes\n",
			r.status, r.secret_len);
		close(fd);
		return -1;
	}
	id->id = r.client_id;
	memcpy(id->secret, r.secret, SECRET_LEN);
	return fd;
}

/* Send nlb blocks filled with fill as an append of (client, seq) that
 * carries epoch; the reply is for the caller to read. */
static int send_append_nlb(int fd, uint64_t client, uint64_t seq,
			   const char *drv, uint32_t zone, uint64_t epoch,
			   int fill, uint32_t nlb)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__AppendReq ap = ZAP__APPEND_REQ__INIT;
	char *data = malloc((size_t)nlb * lba_size);
	int ret;

	memset(data, fill, (size_t)nlb * lba_size);
	ap.drive = (char *)drv;
	ap.zone = zone;
	ap.epoch = epoch;
	req.client_id = client;
	req.seq = seq;
	req.body_case = ZAP__REQUEST__BODY_APPEND;
	req.append = &ap;
	ret = raw_send(fd, ++frame_id, &req, data, nlb * lba_size);
	free(data);
	return ret;
}

static int send_append(int fd, uint64_t client, uint64_t seq,
		       const char *drv, uint32_t zone, uint64_t epoch, int fill)
{
	return send_append_nlb(fd, client, seq, drv, zone, epoch, fill, 1);
}

static int append(int fd, uint64_t client, uint64_t seq, const char *drv,
		  uint32_t zone, int fill, struct raw_reply *r)
{
	if (send_append(fd, client, seq, drv, zone, 0, fill))
		return -1;
	return raw_recv(fd, r);
}

static int append_epoch(int fd, uint32_t zone, uint64_t epoch,
			struct raw_reply *r)
{
	if (send_append(fd, 0, 0, drive, zone, epoch, 0x5e))
		return -1;
	return raw_recv(fd, r);
}

/* Take zone's writer epoch; the reply's lba field holds it. */
static int send_fence(int fd, uint32_t zone)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__FenceReq f = ZAP__FENCE_REQ__INIT;

	f.drive = (char *)drive;
	f.zone = zone;
	req.body_case = ZAP__REQUEST__BODY_FENCE;
	req.fence = &f;
	return raw_send(fd, ++frame_id, &req, NULL, 0);
}

static int fence(int fd, uint32_t zone, uint64_t *epoch)
{
	struct raw_reply r;
	int st = send_fence(fd, zone) ? -1 : raw_recv(fd, &r);

	*epoch = r.lba;
	return st;
}

static int send_write_at_wp(int fd, uint64_t client, uint64_t seq,
			    uint32_t zone, int fill)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__WriteReq w = ZAP__WRITE_REQ__INIT;
	char *data = malloc(lba_size);
	int ret;

	memset(data, fill, lba_size);
	w.drive = (char *)drive;
	w.zone = zone;
	w.at_wp = true;
	req.client_id = client;
	req.seq = seq;
	req.body_case = ZAP__REQUEST__BODY_WRITE;
	req.write = &w;
	ret = raw_send(fd, ++frame_id, &req, data, lba_size);
	free(data);
	return ret;
}

static int write_at_wp(int fd, uint64_t client, uint64_t seq,
		       uint32_t zone, int fill, struct raw_reply *r)
{
	if (send_write_at_wp(fd, client, seq, zone, fill))
		return -1;
	return raw_recv(fd, r);
}

static int zone_mgmt_send(int fd, uint64_t client, uint64_t seq,
			  uint32_t zone, int action)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ZoneMgmtReq m = ZAP__ZONE_MGMT_REQ__INIT;

	m.drive = (char *)drive;
	m.zone = zone;
	m.action = action;
	req.client_id = client;
	req.seq = seq;
	req.body_case = ZAP__REQUEST__BODY_ZONE_MGMT;
	req.zone_mgmt = &m;
	return raw_send(fd, ++frame_id, &req, NULL, 0);
}

static int zone_mgmt(int fd, uint64_t client, uint64_t seq, uint32_t zone,
		     int action, struct raw_reply *r)
{
	if (zone_mgmt_send(fd, client, seq, zone, action))
		return -1;
	return raw_recv(fd, r);
}

/* Blocks written in a zone of drive, from the write pointer. */
static int64_t zone_used(const char *drv, uint32_t zone)
{
	struct zap_zone z, *zp = &z;
	size_t nr = 1;

	if (zap_report_zones(good, drv, zone, ZAP_ZS_ANY, &zp, &nr) || !nr)
		return -1;
	return (int64_t)(z.wp - z.start);
}

static int reset(const char *drv, uint32_t zone)
{
	return zap_zone_mgmt(good, drv, zone, ZAP_ZONE_RESET, 0);
}

#define CHECK_ST(got, want, r)						\
	CHECK((got) == (want), "got %s, want %s (%s)",			\
	      zap_status_name(got), zap_status_name(want), (r).detail)

static int case_hello_issues_identities(void)
{
	struct ident a, b;
	struct raw_reply r;
	int fa = new_identity(&a), fb = new_identity(&b);

	CHECK(fa >= 0 && fb >= 0, "HELLO did not issue an identity");
	CHECK(a.id && b.id && a.id != b.id && a.id + 1 != b.id &&
	      b.id + 1 != a.id, "ids %016" PRIx64 " and %016" PRIx64
	      " are not random", a.id, b.id);
	CHECK(memcmp(a.secret, b.secret, SECRET_LEN), "same secrets");
	CHECK_ST(hello(fa, NULL, &r), ZAP_OK, r);
	CHECK(r.retry_window == 256, "retry_window %u, the doc says 256",
	      r.retry_window);
	close(fa);
	close(fb);
	return 0;
}

/* A stranger naming the victim's id is refused; the victim is unaffected. */
static int case_stranger_refused(void)
{
	struct ident victim, thief;
	struct raw_reply r, first;
	int fv = new_identity(&victim), ft = new_identity(&thief);
	int fn = raw_connect(addr);	/* said no HELLO at all */

	CHECK(fv >= 0 && ft >= 0, "no identities");
	CHECK(reset(drive, 1) == 0, "reset");
	CHECK_ST(append(ft, victim.id, 1, drive, 1, 0x11, &r),
		 ZAP_WRONG_CLIENT_ID, r);
	CHECK_ST(append(fn, victim.id, 1, drive, 1, 0x11, &r),
		 ZAP_WRONG_CLIENT_ID, r);
	CHECK_ST(zone_mgmt(ft, victim.id, 2, 1, ZAP_ZONE_FINISH, &r),
		 ZAP_WRONG_CLIENT_ID, r);
	CHECK(zone_used(drive, 1) == 0, "a refused request wrote %" PRId64
	      " blocks", zone_used(drive, 1));
	/* the victim's own seqs 1 and 2 are fresh and its own */
	CHECK_ST(append(fv, victim.id, 1, drive, 1, 0x22, &first), ZAP_OK,
		 first);
	CHECK_ST(append(fv, victim.id, 2, drive, 1, 0x23, &r), ZAP_OK, r);
	CHECK(r.lba == first.lba + 1, "victim's second append at %" PRIu64,
	      r.lba);
	/* a wrong secret does not resume it */
	thief.id = victim.id;
	CHECK_ST(hello(ft, &thief, &r), ZAP_UNKNOWN_CLIENT, r);
	CHECK_ST(append(ft, victim.id, 1, drive, 1, 0x22, &r),
		 ZAP_WRONG_CLIENT_ID, r);
	CHECK(zone_used(drive, 1) == 2, "zone holds %" PRId64 " blocks, "
	      "want 2", zone_used(drive, 1));
	close(fv);
	close(ft);
	close(fn);
	return 0;
}

/* A reply lost with its connection: the retry on a resumed identity gets
 * the original outcome and applies nothing. */
static int case_retry_after_reconnect(void)
{
	struct ident me;
	struct raw_reply r, first;
	int fd = new_identity(&me);

	CHECK(fd >= 0, "no identity");
	CHECK(reset(drive, 2) == 0, "reset");
	CHECK_ST(append(fd, me.id, 7, drive, 2, 0x31, &first), ZAP_OK, first);
	close(fd);		/* as if the reply had been lost */
	fd = raw_connect(addr);
	CHECK_ST(hello(fd, &me, &r), ZAP_OK, r);
	CHECK(r.client_id == me.id && !r.secret_len, "resume gave id %016"
	      PRIx64 " and a %zu-byte secret", r.client_id, r.secret_len);
	CHECK_ST(append(fd, me.id, 7, drive, 2, 0x31, &r), ZAP_OK, r);
	CHECK(r.lba == first.lba, "retry landed at %" PRIu64 ", the "
	      "original at %" PRIu64, r.lba, first.lba);
	CHECK(zone_used(drive, 2) == 1, "the retry was applied again");
	/* a second connection may own it too */
	{
		int fd2 = raw_connect(addr);

		CHECK_ST(hello(fd2, &me, &r), ZAP_OK, r);
		CHECK_ST(append(fd2, me.id, 8, drive, 2, 0x32, &r), ZAP_OK, r);
		CHECK(r.lba == first.lba + 1, "seq 8 at %" PRIu64, r.lba);
		close(fd2);
	}
	close(fd);
	return 0;
}

/* seq 0, and a seq reused for anything else, are refused by name. */
static int case_seq_reuse_refused(void)
{
	struct ident me;
	struct raw_reply r, first;
	int fd = new_identity(&me);

	CHECK(fd >= 0, "no identity");
	CHECK(reset(drive, 3) == 0 && reset(drive, 4) == 0, "reset");
	CHECK_ST(append(fd, me.id, 0, drive, 3, 0x41, &r),
		 ZAP_INVALID_ARGUMENT, r);
	CHECK_ST(append(fd, me.id, 5, drive, 3, 0x41, &first), ZAP_OK, first);
	CHECK_ST(append(fd, me.id, 5, drive, 3, 0x42, &r), ZAP_SEQ_REUSED, r);
	CHECK_ST(append(fd, me.id, 5, drive, 4, 0x41, &r), ZAP_SEQ_REUSED, r);
	CHECK_ST(write_at_wp(fd, me.id, 5, 3, 0x41, &r), ZAP_SEQ_REUSED, r);
	CHECK_ST(zone_mgmt(fd, me.id, 5, 3, ZAP_ZONE_FINISH, &r),
		 ZAP_SEQ_REUSED, r);
	CHECK(zone_used(drive, 3) == 1 && zone_used(drive, 4) == 0,
	      "a refused request wrote data");
	/* the one it was still gets its outcome */
	CHECK_ST(append(fd, me.id, 5, drive, 3, 0x41, &r), ZAP_OK, r);
	CHECK(r.lba == first.lba, "original's retry at %" PRIu64, r.lba);
	/* an open with a used seq neither lies nor opens */
	CHECK_ST(zone_mgmt(fd, me.id, 5, 4, ZAP_ZONE_OPEN, &r),
		 ZAP_SEQ_REUSED, r);
	close(fd);
	return 0;
}

/* Each drive has its own window: a seq used on one drive is new on
 * another, each retry gets its own drive's outcome, and a different
 * request under the seq is refused on both. */
static int case_seq_per_drive(void)
{
	struct ident me;
	struct raw_reply r, first, second;
	int fd = new_identity(&me);

	CHECK(fd >= 0, "no identity");
	CHECK(reset(drive, 3) == 0 && reset(drive2, 3) == 0, "reset");
	CHECK_ST(append(fd, me.id, 9, drive, 3, 0x91, &first), ZAP_OK, first);
	CHECK_ST(append(fd, me.id, 9, drive2, 3, 0x91, &second), ZAP_OK,
		 second);
	CHECK(zone_used(drive, 3) == 1 && zone_used(drive2, 3) == 1,
	      "zones hold %" PRId64 " and %" PRId64 " blocks, want 1 and 1",
	      zone_used(drive, 3), zone_used(drive2, 3));
	CHECK_ST(append(fd, me.id, 9, drive, 3, 0x91, &r), ZAP_OK, r);
	CHECK(r.lba == first.lba, "retry on %s at %" PRIu64 ", the original "
	      "at %" PRIu64, drive, r.lba, first.lba);
	CHECK_ST(append(fd, me.id, 9, drive2, 3, 0x91, &r), ZAP_OK, r);
	CHECK(r.lba == second.lba, "retry on %s at %" PRIu64 ", the "
	      "original at %" PRIu64, drive2, r.lba, second.lba);
	CHECK_ST(append(fd, me.id, 9, drive, 3, 0x92, &r), ZAP_SEQ_REUSED, r);
	CHECK_ST(append(fd, me.id, 9, drive2, 3, 0x92, &r), ZAP_SEQ_REUSED,
		 r);
	CHECK(zone_used(drive, 3) == 1 && zone_used(drive2, 3) == 1,
	      "a retry or a refused request wrote data");
	close(fd);
	return 0;
}

/* The window is (max_seq - 256, max_seq], to the unit. */
static int case_window_edges(void)
{
	struct ident me;
	struct raw_reply r, at[301];
	int fd = new_identity(&me);

	CHECK(fd >= 0, "no identity");
	CHECK(reset(drive, 5) == 0, "reset");
	for (uint64_t seq = 1; seq <= 300; seq++)
		CHECK_ST(append(fd, me.id, seq, drive, 5, (int)seq, &at[seq]),
			 ZAP_OK, at[seq]);
	CHECK_ST(append(fd, me.id, 300 - 255, drive, 5, 300 - 255, &r),
		 ZAP_OK, r);
	CHECK(r.lba == at[45].lba, "seq 45 replayed at %" PRIu64, r.lba);
	CHECK_ST(append(fd, me.id, 300 - 256, drive, 5, 300 - 256, &r),
		 ZAP_SEQ_TOO_OLD, r);
	CHECK_ST(append(fd, me.id, 1, drive, 5, 1, &r), ZAP_SEQ_TOO_OLD, r);
	CHECK(zone_used(drive, 5) == 300, "zone holds %" PRId64 " blocks",
	      zone_used(drive, 5));
	/* a gap is not a hole to fill twice: seq 400, then 350 is new */
	CHECK_ST(append(fd, me.id, 400, drive, 5, 400 % 256, &r), ZAP_OK, r);
	CHECK_ST(append(fd, me.id, 350, drive, 5, 350 % 256, &r), ZAP_OK, r);
	CHECK_ST(append(fd, me.id, 350, drive, 5, 350 % 256, &r), ZAP_OK, r);
	CHECK(zone_used(drive, 5) == 302, "zone holds %" PRId64 " blocks",
	      zone_used(drive, 5));
	close(fd);
	return 0;
}

/* A retry of an append whose zone was reset since is not written again. */
static int case_reset_since(void)
{
	struct ident me;
	struct raw_reply r;
	int fd = new_identity(&me);

	CHECK(fd >= 0, "no identity");
	CHECK(reset(drive, 6) == 0, "reset");
	CHECK_ST(append(fd, me.id, 1, drive, 6, 0x61, &r), ZAP_OK, r);
	CHECK_ST(zone_mgmt(fd, me.id, 2, 6, ZAP_ZONE_RESET, &r), ZAP_OK, r);
	CHECK_ST(append(fd, me.id, 1, drive, 6, 0x61, &r),
		 ZAP_ZONE_RESET_SINCE, r);
	CHECK_ST(zone_mgmt(fd, me.id, 2, 6, ZAP_ZONE_RESET, &r), ZAP_OK, r);
	CHECK(zone_used(drive, 6) == 0, "the retry wrote again");
	close(fd);
	return 0;
}

/* An old epoch's writer is refused from the fence on; nothing it sent
 * after the fence lands. */
static int case_fence(void)
{
	struct raw_reply r;
	uint64_t e1, e2;
	int64_t before;
	int fd = raw_connect(addr), n_ok = 0, n_stale = 0;

	CHECK(reset(drive, 0) == 0, "reset");
	CHECK(fence(fd, 0, &e1) == ZAP_OK && e1, "fence");
	CHECK_ST(append_epoch(fd, 0, e1, &r), ZAP_OK, r);
	CHECK_ST(append_epoch(fd, 0, 0, &r), ZAP_OK, r);
	CHECK(fence(fd, 0, &e2) == ZAP_OK && e2 == e1 + 1, "second fence "
	      "gave epoch %" PRIu64 " after %" PRIu64, e2, e1);
	CHECK_ST(append_epoch(fd, 0, e1, &r), ZAP_STALE_EPOCH, r);
	CHECK_ST(append_epoch(fd, 0, e2 + 1, &r), ZAP_STALE_EPOCH, r);
	CHECK(zone_used(drive, 0) == 2, "a stale writer wrote");
	/* 32 appends of the old epoch, a fence, 32 more, all in flight */
	before = zone_used(drive, 0);
	for (int i = 0; i < 32; i++)
		CHECK(send_append(fd, 0, 0, drive, 0, e2, 0x5f) == 0, "send");
	CHECK(send_fence(fd, 0) == 0, "send fence");
	for (int i = 0; i < 32; i++)
		CHECK(send_append(fd, 0, 0, drive, 0, e2, 0x60) == 0, "send");
	for (int i = 0; i < 65; i++) {
		int st = raw_recv(fd, &r);

		if (r.id == frame_id - 32)
			CHECK_ST(st, ZAP_OK, r);	/* the fence */
		else if (r.id < frame_id - 32)
			n_ok += st == ZAP_OK;
		else
			n_stale += st == ZAP_STALE_EPOCH;
	}
	CHECK(n_ok == 32 && n_stale == 32, "before the fence %d OK of 32, "
	      "after it %d STALE_EPOCH of 32", n_ok, n_stale);
	CHECK(zone_used(drive, 0) == before + 32, "zone grew by %" PRId64
	      ", want 32", zone_used(drive, 0) - before);
	close(fd);
	return 0;
}

/*
 * A client's ordered writes keep their order across a reconnect. Write A
 * waits behind 200 appends; on a second connection its retry is told
 * DUPLICATE_REQUEST and write B is sent behind it; then A's connection
 * closes. A runs to its end (withdrawn, it would let B overtake it, and
 * its retry would land after B), its retry gets its outcome, below B's
 * LBA, and nothing is applied twice.
 */
static int case_order_across_reconnect(void)
{
	Zap__Request ident = ZAP__REQUEST__INIT;
	Zap__IdentifyReq id_body = ZAP__IDENTIFY_REQ__INIT;
	struct ident me;
	struct raw_reply r, ra, rb;
	int raced = 0;

	ident.body_case = ZAP__REQUEST__BODY_IDENTIFY;
	ident.identify = &id_body;
	for (int round = 0; round < 5 && !raced; round++) {
		uint64_t seq = 1000 + round * 300, a_id;
		int fd = new_identity(&me), fd2 = -1, st, tries = 0;

		CHECK(fd >= 0 && reset(drive, 4) == 0, "set-up");
		for (int i = 0; i < 200; i++)
			CHECK(send_append_nlb(fd, me.id, seq + i, drive, 4, 0,
					      i, 4) == 0, "send");
		CHECK(send_write_at_wp(fd, me.id, seq + 200, 4, 0xa1) == 0,
		      "send write A");
		a_id = frame_id;
		/* its reply says A was decoded: admitted to the zone */
		CHECK(raw_send(fd, ++frame_id, &ident, NULL, 0) == 0,
		      "send IDENTIFY");
		do
			st = raw_recv(fd, &r);
		while (st >= 0 && r.id != frame_id && r.id != a_id);
		CHECK(st >= 0, "no reply to IDENTIFY: %d", st);
		if (r.id != a_id) {	/* A still waits: retry it elsewhere */
			fd2 = raw_connect(addr);
			CHECK_ST(hello(fd2, &me, &r), ZAP_OK, r);
			st = write_at_wp(fd2, me.id, seq + 200, 4, 0xa1, &ra);
		}
		if (fd2 < 0 || st != ZAP_DUPLICATE_REQUEST) {	/* A was done */
			close(fd);
			if (fd2 >= 0)
				close(fd2);
			continue;
		}
		raced++;
		CHECK(send_write_at_wp(fd2, me.id, seq + 201, 4, 0xb2) == 0,
		      "send write B");
		close(fd);
		CHECK_ST(raw_recv(fd2, &rb), ZAP_OK, rb);
		do {
			usleep(5000);
			st = write_at_wp(fd2, me.id, seq + 200, 4, 0xa1, &ra);
		} while (st == ZAP_DUPLICATE_REQUEST && ++tries < 2000);
		CHECK_ST(st, ZAP_OK, ra);
		CHECK(ra.lba < rb.lba, "write A (seq %llu) landed at LBA %llu, "
		      "after write B (seq %llu, sent behind it) at %llu",
		      (unsigned long long)seq + 200, (unsigned long long)ra.lba,
		      (unsigned long long)seq + 201, (unsigned long long)rb.lba);
		CHECK(zone_used(drive, 4) == 802, "zone 4 holds %lld blocks, "
		      "want 200 appends and 2 writes",
		      (long long)zone_used(drive, 4));
		close(fd2);
	}
	CHECK(raced, "no retry found write A still in flight in 5 rounds: "
	      "the case tested nothing");
	return 0;
}

/* Before a restart: appends whose outcomes must survive it. */
static int save_before_restart(const char *file)
{
	struct ident me;
	struct raw_reply r;
	FILE *f = fopen(file, "w");
	int fd = new_identity(&me);
	uint64_t epoch;

	CHECK(f && fd >= 0, "no identity or file");
	CHECK(reset(drive, 7) == 0 && reset(drive2, 7) == 0, "reset");
	CHECK(fence(fd, 6, &epoch) == ZAP_OK, "fence");
	CHECK(fence(fd, 6, &epoch) == ZAP_OK, "fence");
	fprintf(f, "%" PRIu64 "\n", epoch);
	fprintf(f, "%016" PRIx64, me.id);
	for (int i = 0; i < SECRET_LEN; i++)
		fprintf(f, " %02x", me.secret[i]);
	fputc('\n', f);
	/* each seq on both drives: each drive keeps its own outcome */
	for (uint64_t seq = 1; seq <= SAVED_APPENDS; seq++) {
		CHECK_ST(append(fd, me.id, seq, drive, 7, (int)seq, &r),
			 ZAP_OK, r);
		fprintf(f, "%" PRIu64 " %" PRIu64, seq, r.lba);
		CHECK_ST(append(fd, me.id, seq, drive2, 7, (int)seq, &r),
			 ZAP_OK, r);
		fprintf(f, " %" PRIu64 "\n", r.lba);
	}
	fclose(f);
	close(fd);
	return 0;
}

/* After it: resumed, the same retries get the same LBAs, written once. */
static int check_after_restart(const char *file)
{
	struct ident me;
	struct raw_reply r;
	FILE *f = fopen(file, "r");
	uint64_t seq, lba, lba2, epoch;
	unsigned v;
	int fd;

	CHECK(f && fscanf(f, "%" SCNu64, &epoch) == 1, "no saved epoch");
	CHECK(fscanf(f, "%" SCNx64, &me.id) == 1, "no saved identity");
	for (int i = 0; i < SECRET_LEN; i++) {
		CHECK(fscanf(f, "%x", &v) == 1, "short secret");
		me.secret[i] = v;
	}
	fd = raw_connect(addr);
	CHECK_ST(append_epoch(fd, 6, epoch - 1, &r), ZAP_STALE_EPOCH, r);
	CHECK_ST(append_epoch(fd, 6, epoch, &r), ZAP_OK, r);
	CHECK_ST(hello(fd, &me, &r), ZAP_OK, r);
	while (fscanf(f, "%" SCNu64 " %" SCNu64 " %" SCNu64, &seq, &lba,
		      &lba2) == 3) {
		CHECK_ST(append(fd, me.id, seq, drive, 7, (int)seq, &r),
			 ZAP_OK, r);
		CHECK(r.lba == lba, "seq %" PRIu64 " replayed at %" PRIu64
		      ", acknowledged at %" PRIu64, seq, r.lba, lba);
		CHECK_ST(append(fd, me.id, seq, drive2, 7, (int)seq, &r),
			 ZAP_OK, r);
		CHECK(r.lba == lba2, "seq %" PRIu64 " replayed on %s at %"
		      PRIu64 ", acknowledged at %" PRIu64, seq, drive2, r.lba,
		      lba2);
	}
	CHECK(zone_used(drive, 7) == SAVED_APPENDS &&
	      zone_used(drive2, 7) == SAVED_APPENDS, "zones hold %" PRId64
	      " and %" PRId64 " blocks after the retries, want %d",
	      zone_used(drive, 7), zone_used(drive2, 7), SAVED_APPENDS);
	/* the next seq is new */
	CHECK_ST(append(fd, me.id, SAVED_APPENDS + 1, drive, 7, 0x7f, &r),
		 ZAP_OK, r);
	fclose(f);
	close(fd);
	return 0;
}

static const struct test_case cases[] = {
	{ "hello_issues_identities", case_hello_issues_identities },
	{ "stranger_refused", case_stranger_refused },
	{ "retry_after_reconnect", case_retry_after_reconnect },
	{ "seq_reuse_refused", case_seq_reuse_refused },
	{ "seq_per_drive", case_seq_per_drive },
	{ "window_edges", case_window_edges },
	{ "reset_since", case_reset_since },
	{ "fence", case_fence },
	{ "order_across_reconnect", case_order_across_reconnect },
};

int main(int argc, char **argv)
{
	const char *save = NULL, *check = NULL;
	const struct zap_drive *d, *d2;
	char *names[16];
	int nr_names = 0, st;

	for (int i = 1; i < argc; i++) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(argv[i], "--addr") && v)
			addr = argv[++i];
		else if (!strcmp(argv[i], "--drive") && v)
			drive = argv[++i];
		else if (!strcmp(argv[i], "--drive2") && v)
			drive2 = argv[++i];
		else if (!strcmp(argv[i], "--save") && v)
			save = argv[++i];
		else if (!strcmp(argv[i], "--check") && v)
			check = argv[++i];
		else if (nr_names < 16)
			names[nr_names++] = argv[i];
	}
	if (!addr || !drive || !drive2) {
		fprintf(stderr, "usage: identity --addr 127.0.0.1:PORT --drive "
			"NAME --drive2 NAME [--save|--check FILE] [CASE...]\n");
		return 2;
	}
	if (zap_connect(addr, NULL, &good)) {
		fprintf(stderr, "identity: connect: %s\n",
			zap_last_error(good));
		return 1;
	}
	d = zap_drive_find(good, drive);
	d2 = zap_drive_find(good, drive2);
	if (!d || !d2) {
		fprintf(stderr, "identity: no drive %s or %s\n", drive, drive2);
		return 1;
	}
	/* one record length for both: each is one LBA of either drive */
	if (d->lba_size != d2->lba_size) {
		fprintf(stderr, "identity: drives %s and %s have LBAs of %u and "
			"%u bytes: give them the same\n", drive, drive2,
			d->lba_size, d2->lba_size);
		return 1;
	}
	lba_size = d->lba_size;
	if (save)
		st = save_before_restart(save);
	else if (check)
		st = check_after_restart(check);
	else
		st = run_cases("identity", cases,
			       sizeof(cases) / sizeof(cases[0]), names,
			       nr_names);
	zap_close(good);
	return st;
}
