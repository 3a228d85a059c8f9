/* SPDX-License-Identifier: MIT */
#include "databuf.h"

#include <stdbool.h>
#include <stdlib.h>
#include <sys/mman.h>

static unsigned class_of(uint64_t len)
{
	unsigned c = 12;

	while ((1ull << c) < len)
		c++;
	return c;
}

uint64_t databuf_size(uint64_t len)
{
	if (len < DATABUF_LARGE)
		return (len + 4095) & ~4095ull;
	return 1ull << class_of(len);
}

#ifdef __SANITIZE_ADDRESS__
#define KEEP_SMALL	false
#else
#define KEEP_SMALL	true
#endif

/* The free list of small buffers of len's size. */
static void **small_list(struct databuf_cache *c, uint64_t len)
{
	return &c->small[databuf_size(len) / 4096 - 1];
}

void *databuf_get(struct databuf_cache *c, uint64_t len)
{
	unsigned k = class_of(len);
	void *buf;

	if (!len)
		return NULL;
	if (len < DATABUF_LARGE) {
		void **list = small_list(c, len);

		buf = *list;
		if (buf) {
			*list = *(void **)buf;
			c->cached -= databuf_size(len);
			return buf;
		}
		return posix_memalign(&buf, 4096, databuf_size(len)) ? NULL :
		       buf;
	}
	if (k >= DATABUF_CLASSES)
		return NULL;
	buf = c->free[k];
	if (buf) {
		c->free[k] = *(void **)buf;
		c->cached -= 1ull << k;
		return buf;
	}
	buf = mmap(NULL, 1ull << k, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return buf == MAP_FAILED ? NULL : buf;
}

void databuf_put(struct databuf_cache *c, void *buf, uint64_t len)
{
	unsigned k = class_of(len);

	if (!buf)
		return;
	if (len < DATABUF_LARGE) {
		if (KEEP_SMALL && c->cached + databuf_size(len) <= c->cap) {
			void **list = small_list(c, len);

			*(void **)buf = *list;
			*list = buf;
			c->cached += databuf_size(len);
		} else {
			free(buf);
		}
	} else if (c->cached + (1ull << k) <= c->cap) {
		*(void **)buf = c->free[k];
		c->free[k] = buf;
		c->cached += 1ull << k;
	} else {
		munmap(buf, 1ull << k);
	}
}
