/* SPDX-License-Identifier: MIT */
/*
 * epoch_store - each zone's writer epoch (zone.h's FENCE), durable, in
 * <state_dir>/<drive>.epochs: 16 bytes a zone, written and synced when a
 * fence takes a new epoch. Fences are rare (a writer hand-over), so the
 * write is synchronous: it costs one fdatasync of the loop's time.
 */
#ifndef ZAPD_EPOCH_STORE_H
#define ZAPD_EPOCH_STORE_H

#include <stdint.h>

struct epoch_store {
	int fd;
	uint32_t nr_zones;
	char path[320];
};

/* Open (creating if missing) and read every zone's epoch into
 * epochs[nr_zones] (0: never fenced). 0 or -errno, with a log line. */
int epoch_store_open(struct epoch_store *es, const char *state_dir,
		     const char *drive, uint32_t nr_zones, uint64_t *epochs);
void epoch_store_close(struct epoch_store *es);
/* Make zone's epoch durable. 0 or -errno. */
int epoch_store_set(struct epoch_store *es, uint32_t zone, uint64_t epoch);

#endif
