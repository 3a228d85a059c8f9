/* SPDX-License-Identifier: MIT */
#include "zns_geometry.h"

#include "kv.h"

#define GEO_LIMIT_ZONES	(1u << 20)
#define GEO_LIMIT_APPEND	(16u << 20)

static const struct {
	const char *key;
	uint64_t def, min, max;
} geo_keys[GEO_NR] = {
	[GEO_LBA_SIZE]	 = { "lba_size", 4096, 512, 4096 },
	[GEO_ZONE_SIZE]	 = { "zone_size", 64 << 20, 4096, GEO_MAX_BYTES },
	/* default: 3/4 of zone_size */
	[GEO_ZONE_CAP]	 = { "zone_cap", 0, 512, GEO_MAX_BYTES },
	[GEO_ZONES]	 = { "zones", 256, 1, GEO_LIMIT_ZONES },
	[GEO_MAX_OPEN]	 = { "max_open", 14, 0, GEO_LIMIT_ZONES },
	[GEO_MAX_ACTIVE] = { "max_active", 14, 0, GEO_LIMIT_ZONES },
	[GEO_MAX_APPEND] = { "max_append", 1 << 20, 512, GEO_LIMIT_APPEND },
};

const char *zns_geometry_key(int i)
{
	return geo_keys[i].key;
}

const char *zns_geometry_error(const uint64_t v[GEO_NR])
{
	uint64_t lba = v[GEO_LBA_SIZE];

	for (int i = 0; i < GEO_NR; i++)
		if (v[i] < geo_keys[i].min || v[i] > geo_keys[i].max)
			return "a value is out of its range";
	if (lba != 512 && lba != 4096)
		return "lba_size must be 512 or 4096";
	if (v[GEO_ZONE_SIZE] % lba || v[GEO_ZONE_CAP] % lba ||
	    v[GEO_MAX_APPEND] % lba)
		return "zone_size, zone_cap and max_append must be multiples "
		       "of lba_size";
	if (v[GEO_ZONE_CAP] > v[GEO_ZONE_SIZE])
		return "zone_cap must not exceed zone_size";
	if (v[GEO_ZONES] > GEO_MAX_BYTES / v[GEO_ZONE_SIZE])
		return "zones * zone_size must not exceed 64 TiB";
	if (v[GEO_MAX_OPEN] > v[GEO_ZONES] || v[GEO_MAX_ACTIVE] > v[GEO_ZONES])
		return "max_open and max_active must not exceed zones";
	if (v[GEO_MAX_ACTIVE] && v[GEO_MAX_OPEN] > v[GEO_MAX_ACTIVE])
		return "max_open must not exceed max_active";
	return NULL;
}

int zns_geometry_parse(struct kv_list *options, const char *name,
		       uint64_t v[GEO_NR], bool given[GEO_NR])
{
	for (int i = 0; i < GEO_NR; i++) {
		int ret;

		given[i] = kv_get(options, geo_keys[i].key) != NULL;
		ret = kv_get_size(options, name, geo_keys[i].key,
				  geo_keys[i].def, geo_keys[i].min,
				  geo_keys[i].max, &v[i]);
		if (ret)
			return ret;
	}
	if (!given[GEO_ZONE_CAP]) {
		uint64_t lba = v[GEO_LBA_SIZE];

		v[GEO_ZONE_CAP] = v[GEO_ZONE_SIZE] / 4 * 3 / lba * lba;
		if (!v[GEO_ZONE_CAP])
			v[GEO_ZONE_CAP] = lba;
	}
	/* a small drive keeps the default limits within its zones */
	for (int i = GEO_MAX_OPEN; i <= GEO_MAX_ACTIVE; i++)
		if (!given[i] && v[i] > v[GEO_ZONES])
			v[i] = v[GEO_ZONES];
	return kv_check_all_used(options, name);
}

void zns_geometry_config(const uint64_t v[GEO_NR], struct zns_config *c)
{
	uint64_t lba = v[GEO_LBA_SIZE];

	*c = (struct zns_config) {
		.nr_zones = v[GEO_ZONES],
		.zone_size = v[GEO_ZONE_SIZE] / lba,
		.zone_cap = v[GEO_ZONE_CAP] / lba,
		/* as QEMU: open zones are active, so at most max_active */
		.max_open = v[GEO_MAX_OPEN] ? v[GEO_MAX_OPEN] :
					      v[GEO_MAX_ACTIVE],
		.max_active = v[GEO_MAX_ACTIVE],
		.max_append = v[GEO_MAX_APPEND] / lba,
	};
}
