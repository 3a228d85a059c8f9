/* SPDX-License-Identifier: MIT */
#include "databuf.h"

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

void *databuf_get(struct databuf_cache *c, uint64_t len)
{
	unsigned k = class_of(len);
	void *buf;

	if (len < DATABUF_LARGE)
		return posix_memalign(&buf, 4096, databuf_size(len)) ? NULL :
		       buf;
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
		free(buf);
	} else if (c->cached + (1ull << k) <= c->cap) {
		*(void **)buf = c->free[k];
		c->free[k] = buf;
		c->cached += 1ull << k;
	} else {
		munmap(buf, 1ull << k);
	}
}
