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

/*
 * The sums written since the last block_sums_flush() wait in memory, a
 * run per zone: a zone is written at its write pointer, so what changed
 * in it since is one contiguous run that grows. The caller's log carries
 * them across a crash (backend_emu.c); a flush writes each run with one
 * pwrite, so a commit makes no write of its own for them. A write that
 * does not continue or overlap its zone's run (one after a reset) writes
 * the run out first. Memory: 4 bytes per LBA written since the flush.
 */
struct block_sums_run {
	uint64_t lba;		/* of sums[0] */
	uint64_t nlb;		/* sums held */
	uint64_t cap;		/* room in sums */
	uint32_t *sums;		/* little-endian, as in the file */
};

struct block_sums {
	int fd;
	uint64_t off;		/* sum of LBA 0 in the file */
	unsigned lba_shift;
	uint64_t zone_lbas;
	uint32_t nr_zones;
	struct block_sums_run *runs;	/* one per zone */
};

/* Runs for nr_zones zones of zone_lbas LBAs (fd, off and lba_shift are
 * the caller's to set): 0 or -ENOMEM. */
int block_sums_init(struct block_sums *bs, uint32_t nr_zones,
		    uint64_t zone_lbas);
/* The runs' memory (not the file; what was not flushed is lost). */
void block_sums_free(struct block_sums *bs);
/* The sums (little-endian) of the blocks of iov[0..n) (whole blocks of
 * 1 << lba_shift bytes), which start at lba, into sums. */
void block_sums_compute(unsigned lba_shift, uint64_t lba,
			const struct iovec *iov, int n, uint32_t *sums);
/* Keep nlb sums made by block_sums_compute() for the blocks from lba
 * (any zones). 0 or -errno (writing a run out failed). */
int block_sums_put(struct block_sums *bs, uint64_t lba, const uint32_t *sums,
		   uint64_t nlb);
/* Sums straight into the file, where no run holds them (a new file
 * being filled): 0 or -errno. */
int block_sums_store(const struct block_sums *bs, uint64_t lba,
		     const uint32_t *sums, uint64_t nlb);
/* Both, for blocks of any number: 0 or -errno. */
int block_sums_write(struct block_sums *bs, uint64_t lba,
		     const struct iovec *iov, int n);
/* nlb blocks from lba have no sum (zero) from now on: their zones' runs
 * written out, then the file's sums punched. 0 or -errno. */
int block_sums_discard(struct block_sums *bs, uint64_t lba, uint64_t nlb);
/* Every run into the file (not synced): 0 or -errno. */
int block_sums_flush(struct block_sums *bs);
/* Check nlb blocks of buf read from lba (one zone): 0, 1 if one does not
 * match its sum (*bad: the first such LBA), or -errno. */
int block_sums_check(const struct block_sums *bs, uint64_t lba,
		     const void *buf, uint64_t nlb, uint64_t *bad);

#endif
