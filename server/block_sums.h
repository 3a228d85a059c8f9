/* SPDX-License-Identifier: MIT */
/*
 * block_sums - a CRC-32C per written block of a file-backed drive, in a
 * region of its file: written with the data, checked on every read, so
 * that a flipped bit or a block written to the wrong place is an error
 * with a name (NVMe Unrecovered Read Error), never data. Each sum is
 * seeded with the block's LBA, so a block that landed at another LBA does
 * not match either. A block whose sum is zero (never written since its
 * region was punched or zeroed) must read as zeros.
 *
 * The region is allocated whole and mapped shared: a sum is stored into
 * the page cache without a system call (a 4-byte pwrite per run of
 * blocks cost a quarter of the CPU of a 4 KiB append), survives the
 * process as the page cache does, and an fdatasync of the file covers it.
 * Allocated first, so a full file system never faults a store (SIGBUS).
 */
#ifndef ZAPD_BLOCK_SUMS_H
#define ZAPD_BLOCK_SUMS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#define BLOCK_SUM_BYTES	4

struct block_sums {
	uint32_t *sum;		/* of LBA 0, little-endian, in map */
	void *map;
	size_t map_len;
	unsigned lba_shift;
};

/* Allocate and map the sums of nr_lbas blocks at offset off of fd. 0 or
 * -errno (-ENOSPC: the file system has no room for them). */
int block_sums_map(struct block_sums *bs, int fd, uint64_t off,
		   uint64_t nr_lbas, unsigned lba_shift);
void block_sums_unmap(struct block_sums *bs);
/* Sum the blocks of iov[0..n) (whole blocks), which start at lba. */
void block_sums_write(const struct block_sums *bs, uint64_t lba,
		      const struct iovec *iov, int n);
/* [lba, lba + nlb) read as zeros from now on. */
void block_sums_zero(const struct block_sums *bs, uint64_t lba, uint64_t nlb);
/* Check nlb blocks of buf read from lba: 0, or 1 if one does not match
 * its sum (*bad: the first such LBA). */
int block_sums_check(const struct block_sums *bs, uint64_t lba,
		     const void *buf, uint64_t nlb, uint64_t *bad);

#endif
