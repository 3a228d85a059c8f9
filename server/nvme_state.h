/* SPDX-License-Identifier: MIT */
/*
 * nvme_state - what the nvme backend keeps beside a namespace, in
 * <state_dir>/<drive>.nvme-state: each zone's reset count and the retry
 * records (retry_record.h). The drive itself is the authority for zone
 * states and write pointers; this file only says which outcomes were
 * applied in which generation of a zone.
 *
 *   header (4 KiB) | reset counts, 4 B a zone (whole 4 KiB blocks) |
 *   retry records (record_store.h)
 *
 * A reset's new count is durable before the reset reaches the drive: a
 * crash between the two leaves a count ahead of the zone (a retry of an
 * old append then gets ZONE_RESET_SINCE, the safe answer), never behind.
 */
#ifndef ZAPD_NVME_STATE_H
#define ZAPD_NVME_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "backend.h"
#include "record_store.h"

struct nvme_state {
	int fd;			/* -1: kept in memory only */
	uint32_t nr_zones;
	uint32_t *gens;		/* resets per zone */
	struct record_store records;
	char path[320];
};

/*
 * Open (creating if missing) the state of drive name with geometry g in
 * state_dir; state_dir NULL keeps reset counts in memory and no records.
 * Returns 0 or -errno with a log line.
 */
int nvme_state_open(struct nvme_state *st, const char *state_dir,
		    const char *name, const struct backend_geometry *g);
void nvme_state_close(struct nvme_state *st);
/* Count a reset of zone (of every zone if all), durably. 0 or -errno. */
int nvme_state_count_reset(struct nvme_state *st, uint32_t zone, bool all);

#endif
