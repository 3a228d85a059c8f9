/* SPDX-License-Identifier: MIT */
#include "drive.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "log.h"
#include "zone.h"

static void report_done(struct backend_io *io)
{
	*(bool *)io->arg = true;
}

/* Start-up only: read every zone, running the loop until the reply. */
static int drive_read_zones(struct drive *d, struct reactor *r)
{
	const struct backend_geometry *g = &d->be.geo;
	struct backend_zone *bz = calloc(g->nr_zones, sizeof(*bz));
	struct backend_io io = {
		.op = BACKEND_REPORT_ZONES,
		.first_zone = 0,
		.nr_zones = g->nr_zones,
		.zones = bz,
		.done = report_done,
	};
	bool done = false;
	int ret;

	if (!bz)
		return -ENOMEM;
	io.arg = &done;
	ret = backend_submit(&d->be, &io);
	while (!ret && !done)
		ret = reactor_run_once(r);
	if (!ret && io.status) {
		log_error("drive report zones failed name=%s status=%s",
			  d->name,
			  zap_status_name(backend_status_to_zap(io.status)));
		ret = -EIO;
	}
	for (uint32_t i = 0; !ret && i < g->nr_zones; i++) {
		struct zone *z = &d->zones[i];

		z->drive = d;
		z->index = i;
		z->start = (uint64_t)i * g->zone_size;
		z->end = z->start + g->zone_size;
		rangelock_init(&z->lock);
		if (bz[i].start != z->start || bz[i].cap > g->zone_size) {
			log_error("drive zone report inconsistent name=%s zone=%u "
				  "start=%" PRIu64 " cap=%" PRIu64, d->name, i,
				  bz[i].start, bz[i].cap);
			ret = -EIO;
			break;
		}
		zone_load(z, &bz[i]);
	}
	free(bz);
	return ret;
}

static int drive_open_epochs(struct drive *d, const char *state_dir)
{
	uint32_t n = d->be.geo.nr_zones;
	uint64_t *epochs;
	int ret;

	d->epochs.fd = -1;
	if (!state_dir)
		return 0;
	epochs = calloc(n, sizeof(*epochs));
	if (!epochs)
		return -ENOMEM;
	ret = epoch_store_open(&d->epochs, state_dir, d->name, n, epochs);
	for (uint32_t i = 0; !ret && i < n; i++)
		d->zones[i].epoch = epochs[i];
	free(epochs);
	return ret;
}

int drive_set_epoch(struct drive *d, uint32_t zone, uint64_t epoch)
{
	return d->epochs.fd < 0 ? 0 : epoch_store_set(&d->epochs, zone, epoch);
}

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
			  "hint=\"emu or nvme\"", cfg->name, cfg->backend);
		return -EINVAL;
	}
	ret = d->be.ops->open(&d->be, &args);
	if (ret)
		return ret;
	ret = drive_check_geometry(d);
	if (ret)
		goto err_close;
	d->zones = calloc(g->nr_zones, sizeof(*d->zones));
	if (!d->zones) {
		ret = -ENOMEM;
		goto err_close;
	}
	ret = drive_read_zones(d, r);
	if (!ret)
		ret = drive_open_epochs(d, state_dir);
	if (ret)
		goto err_free;
	log_info("drive ready name=%s backend=%s path=%s lba_size=%u zones=%u "
		 "zone_size=%" PRIu64 " zone_cap=%" PRIu64 " max_open=%u "
		 "max_active=%u max_append=%u durability=%s", d->name,
		 d->be.ops->name, cfg->path, g->lba_size, g->nr_zones,
		 g->zone_size, g->zone_cap, g->max_open, g->max_active,
		 g->max_append, d->durable ? "sync" : "none");
	return 0;

err_free:
	free(d->zones);
	d->zones = NULL;
err_close:
	d->be.ops->close(&d->be);
	return ret;
}

void drive_close(struct drive *d)
{
	if (!d->zones)
		return;
	epoch_store_close(&d->epochs);
	d->be.ops->close(&d->be);
	free(d->zones);
	d->zones = NULL;
}
