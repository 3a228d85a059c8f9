/* SPDX-License-Identifier: MIT */
/*
 * drive - one zoned drive that zapd serves: its backend, its geometry and
 * its zones (zone.h). Opened at start-up, closed at shutdown.
 */
#ifndef ZAPD_DRIVE_H
#define ZAPD_DRIVE_H

#include <stdbool.h>
#include <stdint.h>

#include "backend.h"
#include "kv.h"
#include "zone.h"

struct drive_config {
	char name[64];
	char backend[16];	/* "emu", "nvme" */
	char path[256];
	bool durable;		/* durability=sync (default) or none */
	bool optional;		/* start without it if it fails to open */
	bool create;		/* make it if it does not exist */
	struct kv_list options;	/* backend-specific keys */
};

struct drive {
	char name[64];
	bool durable;
	struct backend be;
	struct zone_table table;	/* its zones, owned by zone.c */
};

/*
 * Open the backend, identify it and read every zone into the zone table;
 * state_dir is the server's, where a backend may keep its own state.
 * Runs the reactor until the zone report is in (start-up only).
 * Returns 0 or -errno, with a log line saying why.
 */
int drive_open(struct drive *d, const struct drive_config *cfg,
	       const char *state_dir, struct reactor *r);
void drive_close(struct drive *d);

/* Bytes in one LBA, and whether [lba, lba + len) is inside the drive. */
static inline uint64_t drive_nr_lbas(const struct drive *d)
{
	return d->be.geo.zone_size * d->be.geo.nr_zones;
}

#endif
