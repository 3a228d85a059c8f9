/* SPDX-License-Identifier: MIT */
/*
 * record_store - RETRY_RECORD_SLOTS retry records (retry_record.h) in a
 * region of a file, for the backends that keep them: the emu in its image,
 * the nvme backend in a file of the state directory.
 */
#ifndef ZAPD_RECORD_STORE_H
#define ZAPD_RECORD_STORE_H

#include <stdint.h>

#include "backend.h"

#define RECORD_STORE_BYTES \
	((uint64_t)RETRY_RECORD_SLOTS * RETRY_RECORD_BYTES)

struct record_store {
	int fd;
	uint64_t off;		/* of slot 0 */
};

/*
 * Write the records of the ios of q that succeeded and carry one; one pwritev per run of consecutive slots (a
 * client's consecutive requests). Does not sync. 0 or -errno.
 */
int record_store_write(const struct record_store *rs,
		       const struct io_queue *q);
/* Call fn for every record in the region; write back those it changed,
 * and sync if it did. 0 or -errno. */
int record_store_load(const struct record_store *rs, backend_record_fn fn,
		      void *arg);

#endif
