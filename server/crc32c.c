/* SPDX-License-Identifier: MIT */
#include "crc32c.h"

#include <string.h>

#define CRC32C_POLY	0x82f63b78	/* reflected */
/* One lane of the hardware loop: three lanes run at once, since the crc32
 * instruction's latency is three times its issue interval. */
#define LANE		1360	/* 3 lanes: a 4 KiB block but its last 16 bytes */

static uint32_t table[256];
/* The raw CRC register moved over LANE zero bytes, a byte at a time. */
static uint32_t lane_shift[4][256];

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

/* a(x) * b(x) mod P(x), reflected (bit 31 is x^0); a must not be 0 */
static uint32_t gf2_multiply(uint32_t a, uint32_t b)
{
	uint32_t m = 1u << 31, p = 0;

	for (;;) {
		if (a & m) {
			p ^= b;
			if (!(a & (m - 1)))
				return p;
		}
		m >>= 1;
		b = b >> 1 ^ (CRC32C_POLY & -(b & 1));
	}
}

/* Appending n zero bytes multiplies the register by x^(8n) mod P. */
static void lane_shift_init(void)
{
	uint32_t op = 1u << 31;		/* x^0 */
	uint32_t sq = 1u << 30;		/* x^1, squared below: x^(2^k) */

	for (uint64_t n = 8ull * LANE; n; n >>= 1) {
		if (n & 1)
			op = gf2_multiply(sq, op);
		sq = gf2_multiply(sq, sq);
	}
	for (int k = 0; k < 4; k++)
		for (uint32_t v = 0; v < 256; v++)
			lane_shift[k][v] = gf2_multiply(op, v << 8 * k);
}

static uint32_t shift_lane(uint32_t crc)
{
	return lane_shift[0][crc & 0xff] ^ lane_shift[1][crc >> 8 & 0xff] ^
	       lane_shift[2][crc >> 16 & 0xff] ^ lane_shift[3][crc >> 24];
}

#if defined(__x86_64__)
__attribute__((target("sse4.2")))
static uint64_t crc_words(uint64_t c, const uint8_t *p, size_t words)
{
	for (; words; words--, p += 8) {
		uint64_t v;

		memcpy(&v, p, 8);
		c = __builtin_ia32_crc32di(c, v);
	}
	return c;
}

__attribute__((target("sse4.2")))
static uint32_t crc_sse42(uint32_t crc, const uint8_t *p, size_t len)
{
	uint64_t c = crc;

	/* three independent lanes, joined by shifting the earlier ones */
	for (; len >= 3 * LANE; p += 3 * LANE, len -= 3 * LANE) {
		uint64_t c1 = 0, c2 = 0;

		for (size_t i = 0; i < LANE; i += 8) {
			uint64_t v0, v1, v2;

			memcpy(&v0, p + i, 8);
			memcpy(&v1, p + LANE + i, 8);
			memcpy(&v2, p + 2 * LANE + i, 8);
			c = __builtin_ia32_crc32di(c, v0);
			c1 = __builtin_ia32_crc32di(c1, v1);
			c2 = __builtin_ia32_crc32di(c2, v2);
		}
		c = shift_lane(c) ^ c1;
		c = shift_lane(c) ^ c2;
	}
	c = crc_words(c, p, len / 8);
	p += len & ~(size_t)7;
	crc = c;
	for (len &= 7; len; len--)
		crc = __builtin_ia32_crc32qi(crc, *p++);
	return crc;
}

static bool have_sse42(void)
{
	/* needed in a constructor, which may run before libgcc's */
	__builtin_cpu_init();
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
static bool hardware;

/* Chosen once, before main(): no check on every call, no thread race. */
__attribute__((constructor))
static void crc32c_init(void)
{
	table_init();
	lane_shift_init();
	hardware = have_sse42();
	crc_fn = hardware ? crc_sse42 : crc_table;
}

bool crc32c_hardware(void)
{
	return hardware;
}

uint32_t crc32c_extend(uint32_t crc, const void *buf, size_t len)
{
	return ~crc_fn(~crc, buf, len);
}

uint32_t crc32c(const void *buf, size_t len)
{
	return crc32c_extend(0, buf, len);
}

