/* SPDX-License-Identifier: MIT */
/*
 * zap_wire_unknown_bytes(): unknown fields counted on the wire, at the top
 * and inside known messages; known fields cost nothing; malformed input
 * is -1 (so the server refuses it as unpacking would); the walk stops
 * once past the caller's limit.
 */
#include <string.h>

#include "unit.h"

#include "wirescan.h"
#include "zap.pb-c.h"

static long scan(const uint8_t *b, size_t n)
{
	return zap_wire_unknown_bytes(&zap__request__descriptor, b, n, 1000);
}

static void test_known_fields_are_not_counted(void **state)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__AppendReq ap = ZAP__APPEND_REQ__INIT;
	uint8_t buf[256];
	size_t n;

	ap.drive = "emu0";
	ap.zone = 7;
	req.client_id = 0x123456789;
	req.seq = 3;
	req.body_case = ZAP__REQUEST__BODY_APPEND;
	req.append = &ap;
	n = zap__request__pack(&req, buf);
	assert_int_equal(scan(buf, n), 0);
}

static void test_unknown_fields_are_counted(void **state)
{
	/* field 100 varint 1 (3 bytes) x 2 at the top; field 14 (append)
	 * holding field 1 "x" and field 99 varint 5 (3 bytes) */
	static const uint8_t b[] = {
		0xa0, 0x06, 0x01, 0xa0, 0x06, 0x01,
		0x72, 0x06, 0x0a, 0x01, 'x', 0x98, 0x06, 0x05,
	};

	assert_int_equal(scan(b, sizeof(b)), 9);
}

/* The walk stops once past the limit: the count says more than the
 * limit, and what lies beyond (here a malformed tail) is never read. */
static void test_stops_past_the_limit(void **state)
{
	static const uint8_t b[] = {
		0xa0, 0x06, 0x01, 0xa0, 0x06, 0x01, 0xa0, 0x06, 0x01,
		0x0b,	/* a group: malformed, if it were read */
	};
	long n = zap_wire_unknown_bytes(&zap__request__descriptor, b,
					sizeof(b), 5);

	assert_int_equal(n, 6);
	assert_int_equal(scan(b, sizeof(b)), -1);
}

static void test_malformed_is_refused(void **state)
{
	static const uint8_t truncated_len[] = { 0x72, 0x05, 0x0a };
	static const uint8_t group[] = { 0x0b };	/* wire type 3 */
	static const uint8_t long_varint[] = {
		0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0x01,
	};
	static const uint8_t cut_varint[] = { 0x08, 0x80 };

	assert_int_equal(scan(truncated_len, sizeof(truncated_len)), -1);
	assert_int_equal(scan(group, sizeof(group)), -1);
	assert_int_equal(scan(long_varint, sizeof(long_varint)), -1);
	assert_int_equal(scan(cut_varint, sizeof(cut_varint)), -1);
	assert_int_equal(scan(NULL, 0), 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_fields_are_not_counted),
		cmocka_unit_test(test_unknown_fields_are_counted),
		cmocka_unit_test(test_stops_past_the_limit),
		cmocka_unit_test(test_malformed_is_refused),
	};

	return zap_unit_run(tests, argc, argv);
}
