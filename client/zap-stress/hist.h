/* SPDX-License-Identifier: MIT */
/*
 * A log-linear histogram of non-negative integers (latencies in ns), in the
 * manner of HdrHistogram: each power of two is split into 2^HIST_SUB_BITS
 * equal buckets, so a value is kept to within 1/2^HIST_SUB_BITS of itself
 * (under 0.8 %) whatever its size, in a fixed array and O(1) per sample.
 * Values of 2^HIST_VALUE_BITS or more (about 18 minutes in ns) share the
 * last bucket; min, max, count and sum are exact.
 */
#ifndef ZAP_CLIENT_HIST_H
#define ZAP_CLIENT_HIST_H

#include <stdint.h>

#define HIST_SUB_BITS	7
#define HIST_VALUE_BITS	40
#define HIST_BUCKETS \
	((HIST_VALUE_BITS - HIST_SUB_BITS + 1) << HIST_SUB_BITS)

struct hist {
	uint64_t count;
	uint64_t sum;
	uint64_t min;		/* UINT64_MAX while empty */
	uint64_t max;
	uint64_t bucket[HIST_BUCKETS];
};

void hist_init(struct hist *h);
void hist_record(struct hist *h, uint64_t value);
/* Add the samples of src to dst. */
void hist_merge(struct hist *dst, const struct hist *src);
/*
 * The value below which pct percent of the samples lie: the highest value
 * of the bucket that holds that rank, never above max nor below min. 0 for
 * an empty histogram; pct 0 gives min, 100 gives max.
 */
uint64_t hist_percentile(const struct hist *h, double pct);

#endif
