/* SPDX-License-Identifier: MIT */
#include "block_sums.h"

#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "crc32c.h"

static uint32_t block_sum(uint64_t lba, const void *block, size_t len)
{
	uint64_t seed = htole64(lba);

	/* the LBA first: the same data at another place sums differently */
	return crc32c_extend(crc32c(&seed, sizeof(seed)), block, len);
}

int block_sums_map(struct block_sums *bs, int fd, uint64_t off,
		   uint64_t nr_lbas, unsigned lba_shift)
{
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	uint64_t start = off & ~(page - 1);
	uint64_t len = off + nr_lbas * BLOCK_SUM_BYTES - start;
	void *map;

	if (len > SIZE_MAX)
		return -EFBIG;
	if (fallocate(fd, 0, off, nr_lbas * BLOCK_SUM_BYTES))
		return -errno;
	map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, start);
	if (map == MAP_FAILED)
		return -errno;
	*bs = (struct block_sums) {
		.sum = (uint32_t *)((char *)map + (off - start)),
		.map = map,
		.map_len = len,
		.lba_shift = lba_shift,
	};
	return 0;
}

void block_sums_unmap(struct block_sums *bs)
{
	if (bs->map)
		munmap(bs->map, bs->map_len);
	bs->map = NULL;
}

void block_sums_write(const struct block_sums *bs, uint64_t lba,
		      const struct iovec *iov, int n)
{
	const size_t bsize = (size_t)1 << bs->lba_shift;

	for (int i = 0; i < n; i++) {
		const char *p = iov[i].iov_base;

		for (size_t off = 0; off < iov[i].iov_len; off += bsize, lba++)
			bs->sum[lba] = htole32(block_sum(lba, p + off, bsize));
	}
}

void block_sums_zero(const struct block_sums *bs, uint64_t lba, uint64_t nlb)
{
	memset(bs->sum + lba, 0, nlb * BLOCK_SUM_BYTES);
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

	for (uint64_t i = 0; i < nlb; i++) {
		uint32_t sum = bs->sum[lba + i];
		const char *block = p + i * bsize;

		if (le32toh(sum) != block_sum(lba + i, block, bsize) &&
		    (sum || !all_zero(block, bsize))) {
			*bad = lba + i;
			return 1;
		}
	}
	return 0;
}
