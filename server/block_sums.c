/* SPDX-License-Identifier: MIT */
#include "block_sums.h"

#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "crc32c.h"
#include "fileio.h"

#define CHUNK	1024	/* sums per read or write */

static uint32_t block_sum(uint64_t lba, const void *block, size_t len)
{
	uint64_t seed = htole64(lba);

	/* the LBA first: the same data at another place sums differently */
	return crc32c_extend(crc32c(&seed, sizeof(seed)), block, len);
}

void block_sums_compute(unsigned lba_shift, uint64_t lba,
			const struct iovec *iov, int n, uint32_t *sums)
{
	const size_t bsize = (size_t)1 << lba_shift;

	for (int i = 0; i < n; i++) {
		const char *p = iov[i].iov_base;

		for (size_t off = 0; off < iov[i].iov_len; off += bsize)
			*sums++ = htole32(block_sum(lba++, p + off, bsize));
	}
}

int block_sums_init(struct block_sums *bs, uint32_t nr_zones,
		    uint64_t zone_lbas)
{
	bs->zone_lbas = zone_lbas;
	bs->nr_zones = nr_zones;
	bs->runs = calloc(nr_zones, sizeof(*bs->runs));
	return bs->runs ? 0 : -ENOMEM;
}

void block_sums_free(struct block_sums *bs)
{
	for (uint32_t i = 0; bs->runs && i < bs->nr_zones; i++)
		free(bs->runs[i].sums);
	free(bs->runs);
	bs->runs = NULL;
}

int block_sums_store(const struct block_sums *bs, uint64_t lba,
		     const uint32_t *sums, uint64_t nlb)
{
	/* the cast: file_pio() takes a buffer to write or read into */
	return file_pio(bs->fd, true, (void *)sums, nlb * BLOCK_SUM_BYTES,
			bs->off + lba * BLOCK_SUM_BYTES);
}

/* A run into the file; its memory goes, so that what is held stays
 * bounded by what was written since the last flush. */
static int run_flush(const struct block_sums *bs, struct block_sums_run *r)
{
	int ret = r->nlb ? block_sums_store(bs, r->lba, r->sums, r->nlb) : 0;

	if (!ret) {
		free(r->sums);
		*r = (struct block_sums_run){ 0 };
	}
	return ret;
}

/* Room in r for the sums up to LBA end (r->lba set). */
static bool run_room(struct block_sums_run *r, uint64_t end)
{
	uint64_t need = end - r->lba, cap = r->cap ? r->cap : CHUNK;
	uint32_t *p;

	if (need <= r->cap)
		return true;
	while (cap < need)
		cap *= 2;
	p = realloc(r->sums, cap * BLOCK_SUM_BYTES);
	if (!p)
		return false;
	r->sums = p;
	r->cap = cap;
	return true;
}

/* Sums of one zone, from lba: into its run where they continue or
 * overlap it, else the run goes out and a new one starts; without the
 * memory for it, straight into the file. */
static int put_zone(struct block_sums *bs, struct block_sums_run *r,
		    uint64_t lba, const uint32_t *sums, uint64_t nlb)
{
	int ret = 0;

	if (r->nlb && (lba < r->lba || lba > r->lba + r->nlb))
		ret = run_flush(bs, r);
	if (ret)
		return ret;
	if (!r->nlb)
		r->lba = lba;
	if (!run_room(r, lba + nlb)) {
		ret = run_flush(bs, r);
		return ret ? ret : block_sums_store(bs, lba, sums, nlb);
	}
	memcpy(r->sums + (lba - r->lba), sums, nlb * BLOCK_SUM_BYTES);
	if (lba + nlb > r->lba + r->nlb)
		r->nlb = lba + nlb - r->lba;
	return 0;
}

int block_sums_put(struct block_sums *bs, uint64_t lba, const uint32_t *sums,
		   uint64_t nlb)
{
	int ret = 0;

	while (nlb && !ret) {
		uint64_t zone = lba / bs->zone_lbas;
		uint64_t n = (zone + 1) * bs->zone_lbas - lba;

		if (n > nlb)
			n = nlb;
		ret = put_zone(bs, &bs->runs[zone], lba, sums, n);
		lba += n;
		sums += n;
		nlb -= n;
	}
	return ret;
}

int block_sums_write(struct block_sums *bs, uint64_t lba,
		     const struct iovec *iov, int n)
{
	const size_t bsize = (size_t)1 << bs->lba_shift;
	uint32_t sums[CHUNK];
	uint64_t first = lba;
	unsigned k = 0;
	int ret = 0;

	for (int i = 0; i < n && !ret; i++) {
		const char *p = iov[i].iov_base;

		for (size_t off = 0; off < iov[i].iov_len && !ret;
		     off += bsize) {
			sums[k++] = htole32(block_sum(lba++, p + off, bsize));
			if (k < CHUNK)
				continue;
			ret = block_sums_put(bs, first, sums, k);
			first += k;
			k = 0;
		}
	}
	if (!ret && k)
		ret = block_sums_put(bs, first, sums, k);
	return ret;
}

int block_sums_discard(struct block_sums *bs, uint64_t lba, uint64_t nlb)
{
	uint64_t last = (lba + nlb - 1) / bs->zone_lbas;

	if (!nlb)
		return 0;
	for (uint64_t z = lba / bs->zone_lbas; z <= last; z++) {
		int ret = run_flush(bs, &bs->runs[z]);

		if (ret)
			return ret;
	}
	if (fallocate(bs->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
		      bs->off + lba * BLOCK_SUM_BYTES, nlb * BLOCK_SUM_BYTES))
		return -errno;
	return 0;
}

int block_sums_flush(struct block_sums *bs)
{
	for (uint32_t i = 0; i < bs->nr_zones; i++) {
		int ret = run_flush(bs, &bs->runs[i]);

		if (ret)
			return ret;
	}
	return 0;
}

/* A block never written since its zone was reset (or finished early)
 * reads as zeros and has no sum (zero). */
static bool all_zero(const char *p, size_t len)
{
	return !p[0] && !memcmp(p, p + 1, len - 1);
}

int block_sums_check(const struct block_sums *bs, uint64_t lba,
		     const void *buf, uint64_t nlb, uint64_t *bad)
{
	const struct block_sums_run *r = &bs->runs[lba / bs->zone_lbas];
	const size_t bsize = (size_t)1 << bs->lba_shift;
	const char *p = buf;
	uint32_t sums[CHUNK];

	for (uint64_t done = 0; done < nlb;) {
		uint64_t k = nlb - done < CHUNK ? nlb - done : CHUNK;
		uint64_t from = lba + done, to = from + k;
		/* the part of [from, to) that the run holds */
		uint64_t a = from > r->lba ? from : r->lba;
		uint64_t b = to < r->lba + r->nlb ? to : r->lba + r->nlb;

		if (a >= b)
			a = b = from;	/* none */
		if (a > from || b < to) {
			int ret = file_pio(bs->fd, false, sums,
					   k * BLOCK_SUM_BYTES,
					   bs->off + from * BLOCK_SUM_BYTES);

			if (ret)
				return ret;
		}
		if (b > a)
			memcpy(sums + (a - from), r->sums + (a - r->lba),
			       (b - a) * BLOCK_SUM_BYTES);
		for (uint64_t i = 0; i < k; i++, done++) {
			const char *block = p + done * bsize;

			if (le32toh(sums[i]) != block_sum(lba + done, block,
							  bsize) &&
			    (sums[i] || !all_zero(block, bsize))) {
				*bad = lba + done;
				return 1;
			}
		}
	}
	return 0;
}
