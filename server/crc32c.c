/* SPDX-License-Identifier: MIT */
#include "crc32c.h"

#include <stdbool.h>
#include <string.h>

#define CRC32C_POLY	0x82f63b78	/* reflected */

static uint32_t table[256];

static void table_init(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t crc = i;

		for (int k = 0; k < 8; k++)
			crc = crc >> 1 ^ (CRC32C_POLY & -(crc & 1));
		table[i] = crc;
	}
}

static uint32_t crc_table(uint32_t crc, const uint8_t *p, size_t len)
{
	while (len--)
		crc = crc >> 8 ^ table[(crc ^ *p++) & 0xff];
	return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2")))
static uint32_t crc_sse42(uint32_t crc, const uint8_t *p, size_t len)
{
	uint64_t c = crc;

	for (; len >= 8; p += 8, len -= 8) {
		uint64_t v;

		memcpy(&v, p, 8);
		c = __builtin_ia32_crc32di(c, v);
	}
	crc = c;
	while (len--)
		crc = __builtin_ia32_crc32qi(crc, *p++);
	return crc;
}

static bool have_sse42(void)
{
	return __builtin_cpu_supports("sse4.2");
}
#else
static uint32_t crc_sse42(uint32_t crc, const uint8_t *p, size_t len)
{
	return crc_table(crc, p, len);
}

static bool have_sse42(void)
{
	return false;
}
#endif

static uint32_t (*crc_fn)(uint32_t, const uint8_t *, size_t);

/* Chosen once, before main(): no check on every call, no thread race. */
__attribute__((constructor))
static void crc32c_init(void)
{
	table_init();
	crc_fn = have_sse42() ? crc_sse42 : crc_table;
}

uint32_t crc32c_extend(uint32_t crc, const void *buf, size_t len)
{
	return ~crc_fn(~crc, buf, len);
}

uint32_t crc32c(const void *buf, size_t len)
{
	return crc32c_extend(0, buf, len);
}
