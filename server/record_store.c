/* SPDX-License-Identifier: MIT */
#include "record_store.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "fileio.h"

#define BATCH		256	/* records packed per sort */
#define LOAD_CHUNK	4096	/* records read at once at start-up */

struct packed {
	uint32_t slot;
	uint8_t bytes[RETRY_RECORD_BYTES];
};

static int cmp_slot(const void *a, const void *b)
{
	const struct packed *x = a, *y = b;

	return (x->slot > y->slot) - (x->slot < y->slot);
}

static int write_packed(const struct record_store *rs, struct packed *p,
			uint32_t n)
{
	struct iovec iov[BATCH];
	uint32_t i, j;
	int ret = 0;

	qsort(p, n, sizeof(*p), cmp_slot);
	for (i = 0; i < n && !ret; i = j) {
		int k = 0;

		for (j = i; j < n && p[j].slot == p[i].slot + (j - i); j++) {
			iov[k].iov_base = p[j].bytes;
			iov[k++].iov_len = RETRY_RECORD_BYTES;
		}
		ret = file_piov(rs->fd, true, iov, k, rs->off +
				(uint64_t)p[i].slot * RETRY_RECORD_BYTES);
	}
	return ret;
}

int record_store_write(const struct record_store *rs,
		       const struct io_queue *q)
{
	struct packed p[BATCH];
	const struct list_node *node;
	uint32_t n = 0;
	int ret = 0;

	for (node = q->ios.first; node && !ret; node = node->next) {
		const struct backend_io *io =
			list_entry(node, struct backend_io, node);

		if (!io->rec || io->status || io->rec_slot >= RETRY_RECORD_SLOTS)
			continue;
		p[n].slot = io->rec_slot;
		retry_record_pack(io->rec, p[n].bytes);
		if (++n == BATCH) {
			ret = write_packed(rs, p, n);
			n = 0;
		}
	}
	return ret ? ret : write_packed(rs, p, n);
}

int record_store_load(const struct record_store *rs, backend_record_fn fn,
		      void *arg)
{
	const size_t bytes = (size_t)LOAD_CHUNK * RETRY_RECORD_BYTES;
	uint8_t *buf = malloc(bytes);
	int ret = buf ? 0 : -ENOMEM;
	bool changed = false;

	for (uint32_t first = 0; !ret && first < RETRY_RECORD_SLOTS;
	     first += LOAD_CHUNK) {
		ret = file_pio(rs->fd, false, buf, bytes, rs->off +
			       (uint64_t)first * RETRY_RECORD_BYTES);
		for (uint32_t i = 0; !ret && i < LOAD_CHUNK; i++) {
			uint8_t *p = buf + (size_t)i * RETRY_RECORD_BYTES;
			struct retry_record rec;

			if (!retry_record_unpack(p, &rec) ||
			    !fn(arg, first + i, &rec))
				continue;
			retry_record_pack(&rec, p);
			ret = file_pio(rs->fd, true, p, RETRY_RECORD_BYTES,
				       rs->off + (uint64_t)(first + i) *
						 RETRY_RECORD_BYTES);
			changed = true;
		}
	}
	free(buf);
	if (!ret && changed && fdatasync(rs->fd))
		ret = -errno;
	return ret;
}
