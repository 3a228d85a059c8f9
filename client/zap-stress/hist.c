/* SPDX-License-Identifier: MIT */
/*
 * Log-linear histogram. Values below 2^HIST_SUB_BITS have a bucket each;
 * above, a value whose top bit is bit b lands in row b - HIST_SUB_BITS + 1,
 * at the column given by its HIST_SUB_BITS bits below the top one. Rows
 * thus hold equal-width buckets whose width doubles from one row to the
 * next, and bucket indexes grow with the values they hold.
 */
#include "hist.h"

#include <string.h>

#define SUB_COUNT	(1u << HIST_SUB_BITS)
#define VALUE_LIMIT	((uint64_t)1 << HIST_VALUE_BITS)

static unsigned bucket_of(uint64_t v)
{
	unsigned shift;

	if (v >= VALUE_LIMIT)
		v = VALUE_LIMIT - 1;
	if (v < SUB_COUNT)
		return (unsigned)v;
	shift = 63 - __builtin_clzll(v) - HIST_SUB_BITS;
	return (shift + 1) << HIST_SUB_BITS |
	       ((v >> shift) & (SUB_COUNT - 1));
}

/* The highest value that falls into bucket i. */
static uint64_t bucket_top(unsigned i)
{
	unsigned shift;

	if (i < SUB_COUNT)
		return i;
	shift = (i >> HIST_SUB_BITS) - 1;
	return (((uint64_t)(i & (SUB_COUNT - 1)) | SUB_COUNT) << shift) +
	       ((uint64_t)1 << shift) - 1;
}

void hist_init(struct hist *h)
{
	memset(h, 0, sizeof(*h));
	h->min = UINT64_MAX;
}

void hist_record(struct hist *h, uint64_t value)
{
	h->bucket[bucket_of(value)]++;
	h->count++;
	h->sum += value;
	if (value < h->min)
		h->min = value;
	if (value > h->max)
		h->max = value;
}

void hist_merge(struct hist *dst, const struct hist *src)
{
	if (!src->count)
		return;
	for (unsigned i = 0; i < HIST_BUCKETS; i++)
		dst->bucket[i] += src->bucket[i];
	dst->count += src->count;
	dst->sum += src->sum;
	if (src->min < dst->min)
		dst->min = src->min;
	if (src->max > dst->max)
		dst->max = src->max;
}

uint64_t hist_percentile(const struct hist *h, double pct)
{
	uint64_t rank, seen = 0, v;
	double r;

	if (!h->count)
		return 0;
	if (pct <= 0)
		return h->min;
	if (pct >= 100)
		return h->max;
	/* the smallest rank that has at least pct percent at or below it */
	r = pct / 100.0 * (double)h->count;
	rank = (uint64_t)r;
	if ((double)rank < r)
		rank++;
	if (!rank)
		rank = 1;
	for (unsigned i = 0; i < HIST_BUCKETS; i++) {
		seen += h->bucket[i];
		if (seen < rank)
			continue;
		v = bucket_top(i);
		if (v > h->max)
			return h->max;
		return v < h->min ? h->min : v;
	}
	return h->max;
}
