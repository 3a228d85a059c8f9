/* SPDX-License-Identifier: MIT */
/*
 * zns_geometry - the geometry keys of a drive zapd models itself (emu,
 * mem): parsed from its options, checked, and turned into the model's
 * config. One table, so that both kinds of drive take the same keys with
 * the same defaults and limits.
 */
#ifndef ZAPD_ZNS_GEOMETRY_H
#define ZAPD_ZNS_GEOMETRY_H

#include <stdbool.h>
#include <stdint.h>

#include "zns.h"

struct kv_list;

/* The keys, in the order emu keeps them in its image header. */
enum {
	GEO_LBA_SIZE,
	GEO_ZONE_SIZE,		/* bytes */
	GEO_ZONE_CAP,		/* bytes */
	GEO_ZONES,
	GEO_MAX_OPEN,
	GEO_MAX_ACTIVE,
	GEO_MAX_APPEND,		/* bytes */
	GEO_NR,
};

#define GEO_MAX_BYTES	(64ull << 40)	/* zones * zone_size */

/* The values of options (defaults for the missing ones; given: which were
 * there); unknown keys are refused. 0 or -EINVAL, with a log line. */
int zns_geometry_parse(struct kv_list *options, const char *name,
		       uint64_t v[GEO_NR], bool given[GEO_NR]);
/* NULL if v is usable, else why not. */
const char *zns_geometry_error(const uint64_t v[GEO_NR]);
const char *zns_geometry_key(int i);
/* The model's config for a usable v. */
void zns_geometry_config(const uint64_t v[GEO_NR], struct zns_config *c);

#endif
