/* SPDX-License-Identifier: MIT */
/* CRC-32C (server/crc32c.c): the hardware path against the definition. */
#include "unit.h"

#include <stdlib.h>

#include "crc32c.h"

/* The definition, a bit at a time: what every faster path must equal. */
static uint32_t crc_bitwise(uint32_t crc, const uint8_t *p, size_t len)
{
	crc = ~crc;
	while (len--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = crc >> 1 ^ (0x82f63b78 & -(crc & 1));
	}
	return ~crc;
}

/* RFC 3720, B.4 (iSCSI), and the usual check value. */
static void test_known_values(void **state)
{
	uint8_t buf[32];

	(void)state;
	memset(buf, 0, sizeof(buf));
	assert_int_equal(crc32c(buf, sizeof(buf)), 0x8a9136aa);
	memset(buf, 0xff, sizeof(buf));
	assert_int_equal(crc32c(buf, sizeof(buf)), 0x62a8ab43);
	for (int i = 0; i < 32; i++)
		buf[i] = i;
	assert_int_equal(crc32c(buf, sizeof(buf)), 0x46dd794e);
	assert_int_equal(crc32c("123456789", 9), 0xe3069283);
}

/* Every length around the lanes' edges, at every alignment, whole and
 * split in two. */
static void test_against_definition(void **state)
{
	const size_t max = 3 * 4096 + 64;
	uint8_t *buf = malloc(max + 8);

	(void)state;
	assert_non_null(buf);
	srand(7);
	for (size_t i = 0; i < max + 8; i++)
		buf[i] = rand();
	for (size_t len = 0; len <= max; len += len < 64 ? 1 : 61) {
		for (size_t off = 0; off < 8; off++) {
			uint32_t want = crc_bitwise(0, buf + off, len);
			size_t cut = len / 3;

			assert_int_equal(crc32c(buf + off, len), want);
			assert_int_equal(crc32c_extend(crc32c(buf + off, cut),
						       buf + off + cut,
						       len - cut), want);
		}
	}
	free(buf);
}

/* The instruction is used where the CPU has it. */
static void test_hardware_where_available(void **state)
{
	(void)state;
#if defined(__x86_64__)
	__builtin_cpu_init();
	if (!__builtin_cpu_supports("sse4.2"))
		skip();
	assert_true(crc32c_hardware());
#else
	skip();
#endif
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_values),
		cmocka_unit_test(test_against_definition),
		cmocka_unit_test(test_hardware_where_available),
	};

	return zap_unit_run(tests, argc, argv);
}
