/* SPDX-License-Identifier: MIT */
#include "block_sums.h"

#include <endian.h>
#include <stdbool.h>
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

int block_sums_put(const struct block_sums *bs, uint64_t lba,
		   const uint32_t *sums, uint64_t nlb)
{
	/* the cast: file_pio() takes a buffer to write or read into */
	return file_pio(bs->fd, true, (void *)sums, nlb * BLOCK_SUM_BYTES,
			bs->off + lba * BLOCK_SUM_BYTES);
}

int block_sums_write(const struct block_sums *bs, uint64_t lba,
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

/* A block never written since its zone was reset (or finished early)
 * reads as zeros and has no sum (zero). */
static bool all_zero(const char *p, size_t len)
{
	return !p[0] && !memcmp(p, p + 1, len - 1);
}

int block_sums_check(const struct block_sums *bs, uint64_t lba,
		     const void *buf, uint64_t nlb, uint64_t *bad)
{
	const size_t bsize = (size_t)1 << bs->lba_shift;
	const char *p = buf;
	uint32_t sums[CHUNK];

	for (uint64_t done = 0; done < nlb;) {
		uint64_t k = nlb - done < CHUNK ? nlb - done : CHUNK;
		int ret = file_pio(bs->fd, false, sums, k * BLOCK_SUM_BYTES,
				   bs->off + (lba + done) * BLOCK_SUM_BYTES);

		if (ret)
			return ret;
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
