/* SPDX-License-Identifier: MIT */
/*
 * databuf - the buffers of request data and READ replies, 4 KiB aligned.
 *
 * Large ones (DATABUF_LARGE and up) are mapped on their own, in
 * power-of-two sizes, and kept for reuse up to a cap: reuse avoids
 * faulting a fresh mapping's pages in for every request (3.5x the speed
 * of 128 KiB appends here), and keeping them out of the heap stops small
 * allocations from splitting their holes, which let glibc's heap grow to
 * twice what was in use (a READ flood measured 74 MiB of RSS for 37 MiB of
 * buffers). So zapd's memory is what is in use plus at most the cap.
 * Small ones come from the heap, and are kept too, per number of pages,
 * within the same cap: a 4 KiB append would otherwise cost a
 * posix_memalign() and a free() (not under ASan, which must still see a
 * buffer used after it was given back).
 */
#ifndef ZAPD_DATABUF_H
#define ZAPD_DATABUF_H

#include <stdint.h>

#define DATABUF_LARGE		(128u << 10)
#define DATABUF_CLASSES		32

#define DATABUF_SMALL_CLASSES	(DATABUF_LARGE / 4096)

struct databuf_cache {
	void *free[DATABUF_CLASSES];	/* per power of two, linked */
	void *small[DATABUF_SMALL_CLASSES];	/* per 4 KiB pages, linked */
	uint64_t cached;		/* bytes on the free lists */
	uint64_t cap;
};

/* Bytes a buffer of len takes: len rounded up to 4 KiB, or for a large
 * one to a power of two. What the byte budgets charge. */
uint64_t databuf_size(uint64_t len);

/* A buffer of at least len (1 or more) bytes, 4 KiB aligned; NULL on
 * ENOMEM. */
void *databuf_get(struct databuf_cache *c, uint64_t len);
/* Give back a buffer got for len. NULL is fine. */
void databuf_put(struct databuf_cache *c, void *buf, uint64_t len);

#endif
