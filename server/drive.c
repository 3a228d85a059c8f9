/* SPDX-License-Identifier: MIT */
#include "drive.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "log.h"

static int drive_check_geometry(const struct drive *d)
{
	const struct backend_geometry *g = &d->be.geo;

	if (g->lba_size < 512 || g->lba_size > 65536 ||
	    (g->lba_size & (g->lba_size - 1)) || !g->nr_zones ||
	    !g->zone_size || !g->zone_cap || g->zone_cap > g->zone_size ||
	    g->max_append < g->lba_size) {
		log_error("drive geometry unusable name=%s lba_size=%u zones=%u "
			  "zone_size=%" PRIu64 " zone_cap=%" PRIu64
			  " max_append=%u", d->name, g->lba_size, g->nr_zones,
			  g->zone_size, g->zone_cap, g->max_append);
		return -EINVAL;
	}
	return 0;
}

int drive_open(struct drive *d, const struct drive_config *cfg,
	       const char *state_dir, struct reactor *r)
{
	struct kv_list options = cfg->options;
	struct backend_open_args args = {
		.name = cfg->name,
		.path = cfg->path,
		.state_dir = state_dir,
		.durable = cfg->durable,
		.create = cfg->create,
		.options = &options,
		.reactor = r,
	};
	const struct backend_geometry *g = &d->be.geo;
	int ret;

	memset(d, 0, sizeof(*d));
	snprintf(d->name, sizeof(d->name), "%s", cfg->name);
	d->durable = cfg->durable;
	d->be.reactor = r;
	d->be.ops = backend_find(cfg->backend);
	if (!d->be.ops) {
		log_error("drive has unknown backend name=%s backend=%s "
			  "hint=\"emu, mem or nvme\"", cfg->name, cfg->backend);
		return -EINVAL;
	}
	ret = d->be.ops->open(&d->be, &args);
	if (ret)
		return ret;
	ret = drive_check_geometry(d);
	if (ret)
		goto err_close;
	ret = zone_table_open(&d->table, &d->be, d->name, state_dir);
	if (ret)
		goto err_close;
	log_info("drive ready name=%s backend=%s path=%s lba_size=%u zones=%u "
		 "zone_size=%" PRIu64 " zone_cap=%" PRIu64 " max_open=%u "
		 "max_active=%u max_append=%u durability=%s", d->name,
		 d->be.ops->name, cfg->path, g->lba_size, g->nr_zones,
		 g->zone_size, g->zone_cap, g->max_open, g->max_active,
		 g->max_append, d->durable ? "sync" : "none");
	return 0;

err_close:
	d->be.ops->close(&d->be);
	return ret;
}

void drive_close(struct drive *d)
{
	if (!d->table.zones)
		return;
	zone_table_close(&d->table);
	d->be.ops->close(&d->be);
}
