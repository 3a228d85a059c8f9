/* SPDX-License-Identifier: MIT */
/*
 * zap_codec: a Request protobuf decoded into dispatch's neutral request
 * (operation, arguments), refusals before dispatch (undecodable, unknown
 * version), the unpacking arena and its spill to the heap (ASan checks
 * that both are freed exactly once), reuse of freed requests, and the
 * reply built from an outcome.
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include <zap/zap.h>

#include "frame.h"
#include "server.h"
#include "zap_codec.h"

static struct server srv;

/* zap_request_new() of m, packed */
static struct zap_request *new_of(const Zap__Request *m)
{
	uint8_t buf[4096];
	size_t n = zap__request__get_packed_size(m);

	assert_true(n <= sizeof(buf));
	zap__request__pack(m, buf);
	return zap_request_new(&srv, 42, buf, n);
}

static void test_decode_write(void **state)
{
	Zap__Request m = ZAP__REQUEST__INIT;
	Zap__WriteReq w = ZAP__WRITE_REQ__INIT;
	struct zap_request *zr;

	w.drive = "emu0";
	w.zone = 3;
	w.lba = 777;
	w.at_wp = true;
	w.epoch = 9;
	m.client_id = 0xabc;
	m.seq = 5;
	m.body_case = ZAP__REQUEST__BODY_WRITE;
	m.write = &w;
	zr = new_of(&m);
	assert_non_null(zr);
	assert_int_equal(zr->refusal, 0);
	assert_int_equal(zr->id, 42);
	assert_int_equal(zr->req.mop, MOP_WRITE);
	assert_string_equal(zr->req.args.drive, "emu0");
	assert_int_equal(zr->req.args.zone, 3);
	assert_int_equal(zr->req.args.lba, 777);
	assert_int_equal(zr->req.args.flags, REQUEST_AT_WP);
	assert_int_equal(zr->req.args.epoch, 9);
	assert_int_equal(zr->req.args.client_id, 0xabc);
	assert_int_equal(zr->req.args.seq, 5);
	assert_false(zr->spilled);
	zap_request_free(zr);
}

/* HELLO's client id is the identity it resumes, not the request's. */
static void test_decode_hello_resume(void **state)
{
	Zap__Request m = ZAP__REQUEST__INIT;
	Zap__HelloReq h = ZAP__HELLO_REQ__INIT;
	uint8_t secret[16] = { 1, 2, 3 };
	struct zap_request *zr;

	h.min_version = h.max_version = ZAP_PROTO_VERSION;
	h.client_id = 0x77;
	h.client_secret.data = secret;
	h.client_secret.len = sizeof(secret);
	m.client_id = 0x99;
	m.body_case = ZAP__REQUEST__BODY_HELLO;
	m.hello = &h;
	zr = new_of(&m);
	assert_int_equal(zr->refusal, 0);
	assert_int_equal(zr->req.mop, MOP_HELLO);
	assert_int_equal(zr->req.args.client_id, 0x77);
	assert_int_equal(zr->req.args.secret_len, sizeof(secret));
	assert_memory_equal(zr->req.args.secret, secret, sizeof(secret));
	zap_request_free(zr);
}

static void test_refusals(void **state)
{
	static const uint8_t garbage[] = { 0xff, 0xff, 0xff };
	Zap__Request m = ZAP__REQUEST__INIT;
	Zap__HelloReq h = ZAP__HELLO_REQ__INIT;
	struct zap_request *zr;

	zr = zap_request_new(&srv, 1, garbage, sizeof(garbage));
	assert_int_equal(zr->refusal, ZAP_PROTOCOL_ERROR);
	assert_null(zr->msg);
	assert_int_equal(zr->req.mop, MOP_INVALID);
	assert_non_null(strstr(zr->why, "does not decode"));
	zap_request_free(zr);

	h.min_version = h.max_version = ZAP_PROTO_VERSION + 1;
	m.body_case = ZAP__REQUEST__BODY_HELLO;
	m.hello = &h;
	zr = new_of(&m);
	assert_int_equal(zr->refusal, ZAP_UNSUPPORTED_VERSION);
	assert_non_null(strstr(zr->why, "server speaks version"));
	zap_request_free(zr);
}

/* A request bigger than the arena unpacks from the heap too, and is
 * decoded all the same; freeing it frees those parts (ASan: no leak, no
 * double free of the arena's). */
static void test_arena_spills(void **state)
{
	Zap__Request m = ZAP__REQUEST__INIT;
	Zap__AppendReq a = ZAP__APPEND_REQ__INIT;
	char name[ZAP_CODEC_ARENA + 100];
	struct zap_request *zr;

	memset(name, 'd', sizeof(name) - 1);
	name[sizeof(name) - 1] = 0;
	a.drive = name;
	m.body_case = ZAP__REQUEST__BODY_APPEND;
	m.append = &a;
	zr = new_of(&m);
	assert_int_equal(zr->refusal, 0);
	assert_true(zr->spilled);
	assert_string_equal(zr->req.args.drive, name);
	zap_request_free(zr);
}

/* A freed request is reused (not under ASan), and comes back clean. */
static void test_reuse(void **state)
{
	Zap__Request m = ZAP__REQUEST__INIT;
	Zap__ReadReq r = ZAP__READ_REQ__INIT;
	struct zap_request *zr, *again;

	zap_request_pool_drain(&srv);
	r.drive = "x";
	r.lba = 8;
	r.length = 4096;
	m.body_case = ZAP__REQUEST__BODY_READ;
	m.read = &r;
	zr = new_of(&m);
	zr->req.status = ZAP_IO_ERROR;
	zr->charge = 123;
	zap_request_free(zr);
	assert_int_equal(srv.nr_pooled, ZAP_REQUEST_POOL ? 1 : 0);
	m.body_case = ZAP__REQUEST__BODY_IDENTIFY;
	again = new_of(&m);
	if (ZAP_REQUEST_POOL)
		assert_ptr_equal(again, zr);
	assert_int_equal(again->req.mop, MOP_IDENTIFY);
	assert_int_equal(again->req.status, 0);
	assert_int_equal(again->req.args.len, 0);
	assert_int_equal(again->charge, 0);
	assert_int_equal(srv.nr_pooled, 0);
	zap_request_free(again);
	zap_request_pool_drain(&srv);
	assert_int_equal(srv.nr_pooled, 0);
}

/* An outcome becomes the reply: a failed write still tells the wp, a
 * failed append tells nothing but its status. */
static void test_reply_of_outcome(void **state)
{
	Zap__Request m = ZAP__REQUEST__INIT;
	Zap__WriteReq w = ZAP__WRITE_REQ__INIT;
	Zap__AppendReq a = ZAP__APPEND_REQ__INIT;
	struct zap_request *zr;
	const Zap__Reply *rep;

	w.drive = "x";
	m.body_case = ZAP__REQUEST__BODY_WRITE;
	m.write = &w;
	zr = new_of(&m);
	zr->req.status = ZAP_ZONE_INVALID_WRITE;
	strcpy(zr->req.detail, "off the wp");
	zr->req.out.has_result = true;
	zr->req.out.lba = 0;
	zr->req.out.wp = 64;
	rep = zap_reply_build(zr);
	assert_int_equal(rep->status, ZAP_ZONE_INVALID_WRITE);
	assert_string_equal(rep->detail, "off the wp");
	assert_int_equal(rep->body_case, ZAP__REPLY__BODY_WRITE);
	assert_int_equal(rep->write->wp, 64);
	zap_request_free(zr);

	a.drive = "x";
	m.body_case = ZAP__REQUEST__BODY_APPEND;
	m.append = &a;
	zr = new_of(&m);
	zr->req.status = ZAP_ZONE_FULL;
	rep = zap_reply_build(zr);
	assert_int_equal(rep->status, ZAP_ZONE_FULL);
	assert_int_equal(rep->body_case, ZAP__REPLY__BODY__NOT_SET);
	zap_request_free(zr);
	zap_request_pool_drain(&srv);
}

int main(int argc, char **argv)
{
	static const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_write),
		cmocka_unit_test(test_decode_hello_resume),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_arena_spills),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_reply_of_outcome),
	};

	return zap_unit_run(tests, argc, argv);
}
