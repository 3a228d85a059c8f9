/* SPDX-License-Identifier: MIT */
/* The frame header codec (proto/frame.c) and the status names. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <string.h>

#include <zap/zap.h>

#include "frame.h"
#include "status.h"

static const struct zap_frame good = {
	.version = ZAP_PROTO_VERSION,
	.flags = ZAP_FRAME_F_REPLY,
	.id = 0x0102030405060708ull,
	.proto_len = 300,
	.data_len = 4096,
};

static void test_round_trip(void **state)
{
	uint8_t raw[ZAP_FRAME_HDR_LEN];
	struct zap_frame f;

	zap_frame_encode(raw, &good);
	assert_int_equal(zap_frame_decode(raw, 4096, &f), 0);
	assert_int_equal(f.version, good.version);
	assert_int_equal(f.flags, good.flags);
	assert_true(f.id == good.id);
	assert_int_equal(f.proto_len, good.proto_len);
	assert_int_equal(f.data_len, good.data_len);
}

static void test_wire_layout_is_big_endian(void **state)
{
	static const uint8_t want[ZAP_FRAME_HDR_LEN] = {
		0x5a, 0x41, 0x50, 0x31, 0x00, 0x01, 0x00, 0x01,
		0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
		0x00, 0x00, 0x01, 0x2c, 0x00, 0x00, 0x10, 0x00,
	};
	uint8_t raw[ZAP_FRAME_HDR_LEN];

	zap_frame_encode(raw, &good);
	assert_memory_equal(raw, want, sizeof(want));
}

static void test_limits(void **state)
{
	struct zap_frame big = good, f;
	uint8_t raw[ZAP_FRAME_HDR_LEN];

	/* data one byte over the limit, and a 4 GiB claim */
	zap_frame_encode(raw, &good);
	assert_int_equal(zap_frame_decode(raw, 4095, &f), ZAP_FRAME_TOO_LARGE);
	big.data_len = 0xffffffffu;
	zap_frame_encode(raw, &big);
	assert_int_equal(zap_frame_decode(raw, 1u << 30, &f),
			 ZAP_FRAME_TOO_LARGE);
	/* the id still comes back, for the error reply */
	assert_true(f.id == good.id);
	big = good;
	big.proto_len = ZAP_MAX_PROTO_LEN + 1;
	zap_frame_encode(raw, &big);
	assert_int_equal(zap_frame_decode(raw, 4096, &f), ZAP_FRAME_TOO_LARGE);
	big.proto_len = ZAP_MAX_PROTO_LEN;
	zap_frame_encode(raw, &big);
	assert_int_equal(zap_frame_decode(raw, 4096, &f), 0);
}

/* A request's protobuf has a limit of its own, far below a reply's. */
static void test_request_proto_limit(void **state)
{
	struct zap_frame req = good, f;
	uint8_t raw[ZAP_FRAME_HDR_LEN];

	req.flags = 0;
	req.proto_len = ZAP_MAX_REQUEST_PROTO_LEN;
	zap_frame_encode(raw, &req);
	assert_int_equal(zap_frame_decode(raw, 4096, &f), 0);
	req.proto_len = ZAP_MAX_REQUEST_PROTO_LEN + 1;
	zap_frame_encode(raw, &req);
	assert_int_equal(zap_frame_decode(raw, 4096, &f), ZAP_FRAME_TOO_LARGE);
	req.flags = ZAP_FRAME_F_REPLY;	/* the same length in a reply */
	zap_frame_encode(raw, &req);
	assert_int_equal(zap_frame_decode(raw, 4096, &f), 0);
}

static void test_garbage(void **state)
{
	uint8_t raw[ZAP_FRAME_HDR_LEN];
	struct zap_frame f, v2 = good, flags = good;

	zap_frame_encode(raw, &good);
	raw[0] ^= 0x20;		/* "zAP1" */
	assert_int_equal(zap_frame_decode(raw, 4096, &f), ZAP_PROTOCOL_ERROR);
	v2.version = 2;
	zap_frame_encode(raw, &v2);
	assert_int_equal(zap_frame_decode(raw, 4096, &f),
			 ZAP_UNSUPPORTED_VERSION);
	flags.flags = 0x8001;	/* a reserved bit */
	zap_frame_encode(raw, &flags);
	assert_int_equal(zap_frame_decode(raw, 4096, &f), ZAP_PROTOCOL_ERROR);
	/* every single-bit flip of the magic is refused */
	for (int bit = 0; bit < 32; bit++) {
		zap_frame_encode(raw, &good);
		raw[bit / 8] ^= 1u << (bit % 8);
		assert_int_equal(zap_frame_decode(raw, 4096, &f),
				 ZAP_PROTOCOL_ERROR);
	}
}

static void test_status_names(void **state)
{
	assert_string_equal(zap_status_name(ZAP_ZONE_FULL), "ZONE_FULL");
	assert_int_equal(ZAP_ZONE_FULL, 0x1b9);	/* NVMe Zone Is Full */
	assert_string_equal(zap_status_name(ZAP_OK), "OK");
	assert_string_equal(zap_status_name(12345), "UNKNOWN_STATUS");
	assert_string_equal(zap_strstatus(ZAP_ZONE_INVALID_WRITE),
			    "zone invalid write: not at the write pointer");
	assert_string_equal(zap_zone_state_name(ZAP_ZS_IMPLICIT_OPEN),
			    "IMP_OPEN");
	assert_int_equal(zap_zone_state_parse("exp_open"),
			 ZAP_ZS_EXPLICIT_OPEN);
	assert_int_equal(zap_zone_state_parse("bogus"), -1);
	assert_null(zap_zone_state_name(9));
}

/* docs/PROTOCOL.md's status table names every status of the one table
 * (proto/status.c), so that a client written from it knows them all. */
static void test_statuses_documented(void **state)
{
	FILE *f = fopen(ZAP_SOURCE_DIR "/docs/PROTOCOL.md", "r");
	static char doc[256 << 10];
	size_t n;
	char *table, *end, want[64];
	int status;

	assert_non_null(f);
	n = fread(doc, 1, sizeof(doc) - 1, f);
	fclose(f);
	doc[n] = '\0';
	table = strstr(doc, "| status | value | when | retry |");
	assert_non_null(table);
	end = strstr(table, "\n\n");
	if (end)
		*end = '\0';
	for (unsigned slot = 0; (status = zap_status_at_slot(slot)) >= 0;
	     slot++) {
		snprintf(want, sizeof(want), "`%s`", zap_status_name(status));
		if (!strstr(table, want))
			fail_msg("docs/PROTOCOL.md's status table lacks %s",
				 want);
	}
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_wire_layout_is_big_endian),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_request_proto_limit),
		cmocka_unit_test(test_garbage),
		cmocka_unit_test(test_status_names),
		cmocka_unit_test(test_statuses_documented),
	};

	return zap_unit_run(tests, argc, argv);
}
