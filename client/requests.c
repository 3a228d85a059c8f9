/* SPDX-License-Identifier: MIT */
/*
 * libzap requests: each one builds its protobuf message and queues it with
 * zapc_submit(). The blocking calls are the asynchronous ones followed by
 * zapc_wait(); IDENTIFY, report and stats complete through internal
 * handlers that see the whole reply (HELLO is libzap.c's: it belongs to
 * each connection).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "libzap_int.h"

/* protobuf-c wants char * for strings it only reads */
#define PB_STR(s) ((char *)(s))

/* ---- connecting ---- */

/* The completion of every blocking call: keep the result for zapc_wait(). */
static void sync_done(struct zapc_sync *s, const struct zap_result *res)
{
	s->res = *res;
	s->res.detail = "";
	s->done = true;
}

static void sync_cb(zap_client *c, const struct zap_result *res, void *arg)
{
	sync_done(arg, res);
}

static void copy_str(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

static void identify_done(zap_client *c, const struct zap_result *res,
			  const Zap__Reply *rep, void *arg)
{
	const Zap__IdentifyRep *id;
	struct zapc_sync *s = arg;
	const Zap__Drive *from;
	struct zap_drive *d;
	size_t i;

	sync_done(s, res);
	if (res->status)
		return;
	id = rep->identify;
	c->drives = calloc(id->n_drives ? id->n_drives : 1, sizeof(*d));
	if (!c->drives) {
		s->res.status = zapc_error(c, ZAP_OUT_OF_MEMORY,
					   "out of memory");
		return;
	}
	c->nr_drives = id->n_drives;
	for (i = 0; i < id->n_drives; i++) {
		d = &c->drives[i];
		from = id->drives[i];
		copy_str(d->name, sizeof(d->name), from->name);
		copy_str(d->backend, sizeof(d->backend), from->backend);
		copy_str(d->durability, sizeof(d->durability),
			 from->durability);
		copy_str(d->model, sizeof(d->model), from->model);
		d->lba_size = from->lba_size;
		d->zone_size = from->zone_size;
		d->zone_capacity = from->zone_capacity;
		d->nr_zones = from->nr_zones;
		d->max_open = from->max_open;
		d->max_active = from->max_active;
		d->max_append = from->max_append;
	}
}

int zapc_identify(zap_client *c)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__IdentifyReq identify = ZAP__IDENTIFY_REQ__INIT;
	struct zapc_sync s = { .done = false };
	struct zapc_op op = { .done = identify_done, .arg = &s,
			      .body = ZAP__REPLY__BODY_IDENTIFY };
	int rc;

	req.body_case = ZAP__REQUEST__BODY_IDENTIFY;
	req.identify = &identify;
	rc = zapc_submit(c, &req, NULL, 0, &op);
	return rc ? rc : zapc_wait(c, &s);
}

size_t zap_drive_count(const zap_client *c)
{
	return c->nr_drives;
}

const struct zap_drive *zap_drive_at(const zap_client *c, size_t i)
{
	return i < c->nr_drives ? &c->drives[i] : NULL;
}

const struct zap_drive *zap_drive_find(const zap_client *c, const char *name)
{
	size_t i;

	for (i = 0; name && i < c->nr_drives; i++)
		if (!strcmp(c->drives[i].name, name))
			return &c->drives[i];
	return NULL;
}

/* ---- asynchronous calls ---- */

/* Catch what the server would refuse, before sending it. */
static int check_data(zap_client *c, const char *what, const char *drive,
		      const void *buf, size_t len)
{
	const struct zap_drive *d = zap_drive_find(c, drive);

	if (!drive || !buf)
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "%s: no drive or no buffer", what);
	if (!len)
		return zapc_error(c, ZAP_MISALIGNED, "%s: length is 0", what);
	if (len > c->max_data)
		return zapc_error(c, ZAP_FRAME_TOO_LARGE,
				  "%s: %zu bytes is more than the server accepts (%u)",
				  what, len, c->max_data);
	if (d && d->lba_size && len % d->lba_size)
		return zapc_error(c, ZAP_MISALIGNED,
				  "%s: %zu bytes is not a multiple of the LBA size (%u) of %s",
				  what, len, d->lba_size, drive);
	return 0;
}

/* The epoch of opts, which the caller may have made with an older, smaller
 * struct zap_io_opts (its size field says how much of it there is). */
static uint64_t opts_epoch(const struct zap_io_opts *opts)
{
	return opts && opts->size >= offsetof(struct zap_io_opts, epoch) +
				     sizeof(opts->epoch) ? opts->epoch : 0;
}

int zap_append_opts_async(zap_client *c, const char *drive, uint32_t zone,
			  const void *buf, size_t len,
			  const struct zap_io_opts *opts, zap_callback cb,
			  void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__AppendReq append = ZAP__APPEND_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg,
			      .body = ZAP__REPLY__BODY_APPEND };
	int rc = check_data(c, "append", drive, buf, len);

	if (rc)
		return rc;
	append.drive = PB_STR(drive);
	append.zone = zone;
	append.epoch = opts_epoch(opts);
	req.body_case = ZAP__REQUEST__BODY_APPEND;
	req.append = &append;
	return zapc_submit(c, &req, buf, len, &op);
}

int zap_append_async(zap_client *c, const char *drive, uint32_t zone,
		     const void *buf, size_t len, zap_callback cb, void *arg)
{
	return zap_append_opts_async(c, drive, zone, buf, len, NULL, cb, arg);
}

int zap_write_opts_async(zap_client *c, const char *drive, uint32_t zone,
			 uint64_t lba, bool at_wp, const void *buf, size_t len,
			 const struct zap_io_opts *opts, zap_callback cb,
			 void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__WriteReq write = ZAP__WRITE_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg,
			      .body = ZAP__REPLY__BODY_WRITE };
	int rc = check_data(c, "write", drive, buf, len);

	if (rc)
		return rc;
	write.drive = PB_STR(drive);
	write.zone = zone;
	write.lba = lba;
	write.at_wp = at_wp;
	write.epoch = opts_epoch(opts);
	req.body_case = ZAP__REQUEST__BODY_WRITE;
	req.write = &write;
	return zapc_submit(c, &req, buf, len, &op);
}

int zap_write_async(zap_client *c, const char *drive, uint32_t zone,
		    uint64_t lba, bool at_wp, const void *buf, size_t len,
		    zap_callback cb, void *arg)
{
	return zap_write_opts_async(c, drive, zone, lba, at_wp, buf, len, NULL,
				    cb, arg);
}

int zap_fence_async(zap_client *c, const char *drive, uint32_t zone,
		    zap_callback cb, void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__FenceReq fence = ZAP__FENCE_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg,
			      .body = ZAP__REPLY__BODY_FENCE };

	if (!drive)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "fence: no drive");
	fence.drive = PB_STR(drive);
	fence.zone = zone;
	req.body_case = ZAP__REQUEST__BODY_FENCE;
	req.fence = &fence;
	return zapc_submit(c, &req, NULL, 0, &op);
}

int zap_read_async(zap_client *c, const char *drive, uint64_t lba,
		   void *buf, size_t len, zap_callback cb, void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ReadReq read = ZAP__READ_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg, .buf = buf,
			      .len = (uint32_t)len };
	int rc = check_data(c, "read", drive, buf, len);

	if (rc)
		return rc;
	read.drive = PB_STR(drive);
	read.lba = lba;
	read.length = (uint32_t)len;
	req.body_case = ZAP__REQUEST__BODY_READ;
	req.read = &read;
	return zapc_submit(c, &req, NULL, 0, &op);
}

int zap_zone_mgmt_async(zap_client *c, const char *drive, uint32_t zone,
			enum zap_zone_action action, bool all,
			zap_callback cb, void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ZoneMgmtReq mgmt = ZAP__ZONE_MGMT_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg };

	if (!drive || action < ZAP_ZONE_CLOSE || action > ZAP_ZONE_RESET)
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "zone management: no drive or bad action %d",
				  action);
	mgmt.drive = PB_STR(drive);
	mgmt.zone = zone;
	mgmt.action = (Zap__ZoneAction)action;
	mgmt.all = all;
	req.body_case = ZAP__REQUEST__BODY_ZONE_MGMT;
	req.zone_mgmt = &mgmt;
	return zapc_submit(c, &req, NULL, 0, &op);
}

int zap_flush_async(zap_client *c, const char *drive, zap_callback cb,
		    void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__FlushReq flush = ZAP__FLUSH_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg };

	if (!drive)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "flush: no drive");
	flush.drive = PB_STR(drive);
	req.body_case = ZAP__REQUEST__BODY_FLUSH;
	req.flush = &flush;
	return zapc_submit(c, &req, NULL, 0, &op);
}

/* ---- blocking calls ---- */

int zap_append(zap_client *c, const char *drive, uint32_t zone,
	       const void *buf, size_t len, uint64_t *lba)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_append_async(c, drive, zone, buf, len, sync_cb, &s);

	if (!rc)
		rc = zapc_wait(c, &s);
	if (!rc && lba)
		*lba = s.res.lba;
	return rc;
}

int zap_write(zap_client *c, const char *drive, uint32_t zone, uint64_t lba,
	      const void *buf, size_t len, uint64_t *wp)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_write_async(c, drive, zone, lba, false, buf, len,
				 sync_cb, &s);

	if (!rc)
		rc = zapc_wait(c, &s);
	if ((!rc || rc == ZAP_ZONE_INVALID_WRITE) && wp)
		*wp = s.res.wp;
	return rc;
}

int zap_write_at_wp(zap_client *c, const char *drive, uint32_t zone,
		    const void *buf, size_t len, uint64_t *lba)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_write_async(c, drive, zone, 0, true, buf, len,
				 sync_cb, &s);

	if (!rc)
		rc = zapc_wait(c, &s);
	if (!rc && lba)
		*lba = s.res.lba;
	return rc;
}

int zap_read(zap_client *c, const char *drive, uint64_t lba, void *buf,
	     size_t len)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_read_async(c, drive, lba, buf, len, sync_cb, &s);

	return rc ? rc : zapc_wait(c, &s);
}

int zap_zone_mgmt(zap_client *c, const char *drive, uint32_t zone,
		  enum zap_zone_action action, bool all)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_zone_mgmt_async(c, drive, zone, action, all,
				     sync_cb, &s);

	return rc ? rc : zapc_wait(c, &s);
}

int zap_fence(zap_client *c, const char *drive, uint32_t zone,
	      uint64_t *epoch)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_fence_async(c, drive, zone, sync_cb, &s);

	if (!rc)
		rc = zapc_wait(c, &s);
	if (!rc && epoch)
		*epoch = s.res.epoch;
	return rc;
}

int zap_flush(zap_client *c, const char *drive)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_flush_async(c, drive, sync_cb, &s);

	return rc ? rc : zapc_wait(c, &s);
}

/* ---- report zones ---- */

struct report_ctx {
	struct zapc_sync sync;
	struct zap_zone *zones;
	size_t nr;
	size_t cap;
	bool grow;		/* zones is ours: realloc it when full */
	uint64_t end;		/* zones from here on are not wanted */
	uint32_t next;		/* where the server says to continue */
};

static void report_done(zap_client *c, const struct zap_result *res,
			const Zap__Reply *rep, void *arg)
{
	struct report_ctx *r = arg;
	const Zap__Zone *z;
	struct zap_zone *zones;
	size_t i, cap;

	sync_done(&r->sync, res);
	if (res->status)
		return;
	r->next = rep->report_zones->next_zone;
	for (i = 0; i < rep->report_zones->n_zones; i++) {
		z = rep->report_zones->zones[i];
		if (z->index >= r->end || (!r->grow && r->nr == r->cap))
			break;
		if (r->nr == r->cap) {
			cap = r->cap ? r->cap * 2 : 64;
			zones = realloc(r->zones, cap * sizeof(*zones));
			if (!zones) {
				r->sync.res.status = zapc_error(c,
					ZAP_OUT_OF_MEMORY, "out of memory");
				return;
			}
			r->zones = zones;
			r->cap = cap;
		}
		r->zones[r->nr++] = (struct zap_zone) {
			.index = z->index,
			.start = z->start,
			.wp = z->wp,
			.capacity = z->capacity,
			.state = z->state,
			.attributes = z->attributes,
		};
	}
}

int zap_report_zones(zap_client *c, const char *drive, uint32_t first,
		     int filter, struct zap_zone **zones, size_t *nr)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ReportZonesReq report = ZAP__REPORT_ZONES_REQ__INIT;
	struct report_ctx r = { .cap = *nr, .grow = !*nr,
				.zones = *nr ? *zones : NULL };
	struct zapc_op op = { .done = report_done, .arg = &r,
			      .body = ZAP__REPLY__BODY_REPORT_ZONES };
	const struct zap_drive *d = zap_drive_find(c, drive);
	uint64_t want;
	int rc;

	if (!d)
		return zapc_error(c, drive ? ZAP_NO_SUCH_DRIVE :
				  ZAP_INVALID_ARGUMENT, "report: no drive %s",
				  drive ? drive : "given");
	if (filter != ZAP_ZS_ANY && !zap_zone_state_name(filter))
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "report: no zone state %d", filter);
	r.end = d->nr_zones;
	if (*nr && (uint64_t)first + *nr < r.end)
		r.end = (uint64_t)first + *nr;
	report.drive = PB_STR(drive);
	report.filter = (Zap__ZoneState)filter;
	req.body_case = ZAP__REQUEST__BODY_REPORT_ZONES;
	req.report_zones = &report;
	report.first_zone = first;
	while (report.first_zone < r.end && (r.grow || r.nr < r.cap)) {
		want = r.end - report.first_zone;
		if (!r.grow && want > r.cap - r.nr)
			want = r.cap - r.nr;
		report.max_zones = (uint32_t)want;
		r.sync.done = false;
		rc = zapc_submit(c, &req, NULL, 0, &op);
		if (!rc)
			rc = zapc_wait(c, &r.sync);
		if (rc) {
			if (r.grow)
				free(r.zones);
			return rc;
		}
		/* a server that does not move on would keep us here */
		if (r.next <= report.first_zone)
			break;
		report.first_zone = r.next;
	}
	if (r.grow)
		*zones = r.zones;
	*nr = r.nr;
	return 0;
}

/* ---- stats ---- */

struct stats_ctx {
	struct zapc_sync sync;
	char *text;
};

static void stats_done(zap_client *c, const struct zap_result *res,
		       const Zap__Reply *rep, void *arg)
{
	struct stats_ctx *st = arg;

	sync_done(&st->sync, res);
	if (res->status)
		return;
	st->text = strdup(rep->stats->text ? rep->stats->text : "");
	if (!st->text)
		st->sync.res.status = zapc_error(c, ZAP_OUT_OF_MEMORY,
						 "out of memory");
}

int zap_stats(zap_client *c, char **text)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__StatsReq stats = ZAP__STATS_REQ__INIT;
	struct stats_ctx st = { .text = NULL };
	struct zapc_op op = { .done = stats_done, .arg = &st,
			      .body = ZAP__REPLY__BODY_STATS };
	int rc;

	req.body_case = ZAP__REQUEST__BODY_STATS;
	req.stats = &stats;
	rc = zapc_submit(c, &req, NULL, 0, &op);
	if (!rc)
		rc = zapc_wait(c, &st.sync);
	if (!rc)
		*text = st.text;
	return rc;
}
