/* SPDX-License-Identifier: MIT */
/*
 * state_counter - one number kept in a small file of the state directory,
 * replaced whole (write aside, sync, rename, sync the directory), so it
 * reads back as the old value or the new one, never a mix. It belongs to
 * an owner (16 random bytes): a value of another owner reads as 0. The
 * emu backend keeps its image's generation there, owned by the image: an
 * image older than the state directory says it should be is one restored
 * from a backup.
 */
#ifndef ZAPD_STATE_COUNTER_H
#define ZAPD_STATE_COUNTER_H

#include <stdint.h>

#define STATE_OWNER_LEN	16

/* *val from dir/file; 0 if the file does not exist or belongs to another
 * owner. 0 or -errno (-EUCLEAN: the file is damaged), with a log line. */
int state_counter_load(const char *dir, const char *file,
		       const uint8_t owner[STATE_OWNER_LEN], uint64_t *val);
/* Durably replace dir/file with owner's val. 0 or -errno, with a log
 * line. */
int state_counter_store(const char *dir, const char *file,
			const uint8_t owner[STATE_OWNER_LEN], uint64_t val);

#endif
