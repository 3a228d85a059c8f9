/* SPDX-License-Identifier: MIT */
/*
 * diff_rng.h - what the differential tests (zns_diff through zapd,
 * backend_diff on the backends) share: one seeded random sequence, and
 * drawing from a table of weights.
 */
#ifndef ZAP_TESTS_DIFF_RNG_H
#define ZAP_TESTS_DIFF_RNG_H

#include <stdint.h>

static uint64_t rng_state;

static inline void rng_seed(uint64_t seed)
{
	rng_state = seed * 0x9e3779b97f4a7c15ull + 1;
}

/* xorshift64* */
static inline uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static inline uint64_t rng_below(uint64_t n)
{
	return rng() % n;
}

/* An index into weight[0..n), each drawn in proportion to its weight. */
static inline unsigned int rng_pick(const unsigned int *weight, unsigned int n)
{
	unsigned int total = 0, i;
	uint64_t w;

	for (i = 0; i < n; i++)
		total += weight[i];
	w = rng_below(total);
	for (i = 0; w >= weight[i]; i++)
		w -= weight[i];
	return i;
}

/* Fill len bytes (a multiple of 8) with the sequence. */
static inline void rng_fill(void *buf, uint32_t len)
{
	uint64_t *w = buf;

	for (uint32_t i = 0; i < len / sizeof(*w); i++)
		w[i] = rng();
}

#endif
