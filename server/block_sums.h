/* SPDX-License-Identifier: MIT */
/*
 * block_sums - a CRC-32C per written block of a file-backed drive, in a
 * region of its file: written with the data, checked on every read, so
 * that a flipped bit or a block written to the wrong place is an error
 * with a name (NVMe Unrecovered Read Error), never data. Each sum is
 * seeded with the block's LBA, so a block that landed at another LBA does
 * not match either. A block whose sum is zero (never written since its
 * region was punched) must read as zeros.
 */
#ifndef ZAPD_BLOCK_SUMS_H
#define ZAPD_BLOCK_SUMS_H

#include <stdint.h>
#include <sys/uio.h>

#define BLOCK_SUM_BYTES	4

struct block_sums {
	int fd;
	uint64_t off;		/* sum of LBA 0 */
	unsigned lba_shift;
};

/* The sums (little-endian) of the blocks of iov[0..n) (whole blocks of
 * 1 << lba_shift bytes), which start at lba, into sums. */
void block_sums_compute(unsigned lba_shift, uint64_t lba,
			const struct iovec *iov, int n, uint32_t *sums);
/* Write nlb sums made by block_sums_compute() for the blocks from lba.
 * 0 or -errno. */
int block_sums_put(const struct block_sums *bs, uint64_t lba,
		   const uint32_t *sums, uint64_t nlb);
/* Both, for blocks of any number: 0 or -errno. */
int block_sums_write(const struct block_sums *bs, uint64_t lba,
		     const struct iovec *iov, int n);
/* Check nlb blocks of buf read from lba: 0, 1 if one does not match its
 * sum (*bad: the first such LBA), or -errno. */
int block_sums_check(const struct block_sums *bs, uint64_t lba,
		     const void *buf, uint64_t nlb, uint64_t *bad);

#endif
