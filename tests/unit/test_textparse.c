/* SPDX-License-Identifier: MIT */
/* The one grammar of sizes and HOST:PORT addresses (proto/textparse.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <errno.h>
#include <string.h>

#include "textparse.h"

static uint64_t size_of(const char *s)
{
	uint64_t v = 12345;

	assert_int_equal(zap_size_parse(s, &v, NULL), 0);
	return v;
}

static void test_size_units(void **state)
{
	assert_true(size_of("0") == 0);
	assert_true(size_of("4096") == 4096);
	assert_true(size_of("64K") == 64 << 10);
	assert_true(size_of("64k") == 64 << 10);
	assert_true(size_of("4M") == 4 << 20);
	assert_true(size_of("1g") == 1ull << 30);
	assert_true(size_of("2T") == 2ull << 40);
	assert_true(size_of("18446744073709551615") == UINT64_MAX);
	assert_true(size_of("16777215T") == 16777215ull << 40);
}

static void test_size_rejects(void **state)
{
	static const char *const bad[] = {
		"", "K", "-1", "+1", " 1", "0x10", "1.5K", "4KB", "4 K",
		"4P", "1K2", "4096 ",
	};
	uint64_t v = 7;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(zap_size_parse(bad[i], &v, NULL), -EINVAL);
		assert_true(v == 7);
	}
}

static void test_size_overflow(void **state)
{
	uint64_t v = 7;

	assert_int_equal(zap_size_parse("18446744073709551616", &v, NULL),
			 -ERANGE);
	assert_int_equal(zap_size_parse("16777216T", &v, NULL), -ERANGE);
	assert_int_equal(zap_size_parse("18014398509481984K", &v, NULL),
			 -ERANGE);
	assert_true(v == 7);
}

static void test_size_prefix(void **state)
{
	const char *end;
	uint64_t v;

	assert_int_equal(zap_size_parse("4K-64K", &v, &end), 0);
	assert_true(v == 4096);
	assert_string_equal(end, "-64K");
	assert_int_equal(zap_size_parse("512", &v, &end), 0);
	assert_string_equal(end, "");
	assert_int_equal(zap_size_parse("-64K", &v, &end), -EINVAL);
}

struct addr_case {
	const char *text;
	const char *host;	/* NULL: malformed */
	uint16_t port;
};
#define BAD(text) { text, NULL, 0 }

static void check_addr(const struct addr_case *t, uint16_t default_port)
{
	char host[64] = "unchanged";
	uint16_t port = 1;
	int rc = zap_hostport_split(t->text, default_port, host,
				    sizeof(host), &port);

	if (!t->host) {
		assert_int_equal(rc, -EINVAL);
		return;
	}
	assert_int_equal(rc, 0);
	assert_string_equal(host, t->host);
	assert_int_equal(port, t->port);
}

static void test_address_forms(void **state)
{
	static const struct addr_case cases[] = {
		{ "127.0.0.1:7420", "127.0.0.1", 7420 },
		{ "zap1.example.com:80", "zap1.example.com", 80 },
		{ "localhost:0", "localhost", 0 },
		{ "[::1]:65535", "::1", 65535 },
		{ "[127.0.0.1]:9", "127.0.0.1", 9 },
		{ "zap1", "zap1", 7420 },
		{ "[fe80::1]", "fe80::1", 7420 },
		{ "::1", "::1", 7420 },
		{ "fe80::1:2", "fe80::1:2", 7420 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_addr(&cases[i], 7420);
}

static void test_address_rejects(void **state)
{
	static const struct addr_case cases[] = {
		BAD(""), BAD(":7420"), BAD("[]:7420"), BAD("[::1"),
		BAD("[::1]x"), BAD("[::1]:"), BAD("host:"), BAD("host:-1"),
		BAD("host:+1"), BAD("host:65536"), BAD("host:80x"),
		BAD("host:99999999999999999999"), BAD("host: 80"),
		/* longer than the 63 bytes the caller has room for */
		BAD("a234567890123456789012345678901234567890"
		    "123456789012345678901234:1"),
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_addr(&cases[i], 7420);
}

/* A default port of 0: the port must be given. */
static void test_address_port_required(void **state)
{
	static const struct addr_case cases[] = {
		BAD("127.0.0.1"), BAD("[::1]"), BAD("::1"),
		{ "127.0.0.1:80", "127.0.0.1", 80 },
		{ "[::1]:0", "::1", 0 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_addr(&cases[i], 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_size_units),
		cmocka_unit_test(test_size_rejects),
		cmocka_unit_test(test_size_overflow),
		cmocka_unit_test(test_size_prefix),
		cmocka_unit_test(test_address_forms),
		cmocka_unit_test(test_address_rejects),
		cmocka_unit_test(test_address_port_required),
	};

	return zap_unit_run(tests, argc, argv);
}
