/* SPDX-License-Identifier: MIT */
/*
 * zap-stress record format: header encoding, the body generator and the
 * XXH64 checksum that guards both.
 */
#include "zap_stress_record.h"

#include <endian.h>
#include <string.h>

#define ZS_MAGIC	0x315352545350415aull	/* "ZAPSTRS1" */
#define HDR_SUM_OFF	56

#define P1 0x9e3779b185ebca87ull
#define P2 0xc2b2ae3d27d4eb4full
#define P3 0x165667b19e3779f9ull
#define P4 0x85ebca77c2b2ae63ull
#define P5 0x27d4eb2f165667c5ull

static inline uint64_t rotl(uint64_t x, unsigned r)
{
	return x << r | x >> (64 - r);
}

static inline uint64_t get64(const uint8_t *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return le64toh(v);
}

static inline uint32_t get32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return le32toh(v);
}

static inline void put64(uint8_t *p, uint64_t v)
{
	v = htole64(v);
	memcpy(p, &v, 8);
}

static inline void put32(uint8_t *p, uint32_t v)
{
	v = htole32(v);
	memcpy(p, &v, 4);
}

static inline uint64_t xxh_round(uint64_t acc, uint64_t in)
{
	return rotl(acc + in * P2, 31) * P1;
}

static inline uint64_t xxh_merge(uint64_t h, uint64_t v)
{
	return (h ^ xxh_round(0, v)) * P1 + P4;
}

uint64_t zs_xxh64(const void *data, size_t len, uint64_t seed)
{
	const uint8_t *p = data, *end = p + len;
	uint64_t h;

	if (len >= 32) {
		uint64_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed,
			 v4 = seed - P1;

		do {
			v1 = xxh_round(v1, get64(p));
			v2 = xxh_round(v2, get64(p + 8));
			v3 = xxh_round(v3, get64(p + 16));
			v4 = xxh_round(v4, get64(p + 24));
			p += 32;
		} while (end - p >= 32);
		h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
		h = xxh_merge(h, v1);
		h = xxh_merge(h, v2);
		h = xxh_merge(h, v3);
		h = xxh_merge(h, v4);
	} else {
		h = seed + P5;
	}
	h += len;
	for (; end - p >= 8; p += 8)
		h = rotl(h ^ xxh_round(0, get64(p)), 27) * P1 + P4;
	if (end - p >= 4) {
		h = rotl(h ^ get32(p) * P1, 23) * P2 + P3;
		p += 4;
	}
	for (; p < end; p++)
		h = rotl(h ^ *p * P5, 11) * P1;
	h ^= h >> 33;
	h *= P2;
	h ^= h >> 29;
	h *= P3;
	return h ^ h >> 32;
}

/* The body: splitmix64 words seeded by the record's identity. */
static void body_fill(uint8_t *p, size_t len, const struct zs_rec *r)
{
	uint64_t x = r->run_id ^ (uint64_t)r->worker << 48 ^ r->seq * P3, z;

	for (size_t i = 0; i < len; i += 8) {
		x += 0x9e3779b97f4a7c15ull;
		z = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
		z = (z ^ z >> 27) * 0x94d049bb133111ebull;
		put64(p + i, z ^ z >> 31);
	}
}

void zs_rec_build(void *buf, struct zs_rec *r)
{
	uint8_t *p = buf;

	body_fill(p + ZS_HDR_LEN, r->len - ZS_HDR_LEN, r);
	r->body_sum = zs_xxh64(p + ZS_HDR_LEN, r->len - ZS_HDR_LEN, 0);
	put64(p, ZS_MAGIC);
	put64(p + 8, r->run_id);
	put64(p + 16, r->seq);
	put64(p + 24, r->body_sum);
	put32(p + 32, r->worker);
	put32(p + 36, r->len);
	put32(p + 40, r->target);
	put32(p + 44, r->epoch);
	put32(p + 48, r->kind);
	put32(p + 52, 0);
	put64(p + HDR_SUM_OFF, zs_xxh64(p, HDR_SUM_OFF, 0));
}

bool zs_rec_parse(const void *buf, uint64_t run_id, uint32_t lba_size,
		  struct zs_rec *r)
{
	const uint8_t *p = buf;

	if (get64(p) != ZS_MAGIC || get64(p + 8) != run_id ||
	    get64(p + HDR_SUM_OFF) != zs_xxh64(p, HDR_SUM_OFF, 0))
		return false;
	r->run_id = run_id;
	r->seq = get64(p + 16);
	r->body_sum = get64(p + 24);
	r->worker = get32(p + 32);
	r->len = get32(p + 36);
	r->target = get32(p + 40);
	r->epoch = get32(p + 44);
	r->kind = get32(p + 48);
	return r->len && r->len % lba_size == 0 && r->len >= ZS_HDR_LEN;
}

bool zs_rec_body_ok(const void *buf, const struct zs_rec *r)
{
	const uint8_t *p = buf;

	return zs_xxh64(p + ZS_HDR_LEN, r->len - ZS_HDR_LEN, 0) == r->body_sum;
}
