/* SPDX-License-Identifier: MIT */
/*
 * libzap requests: zap_connect() (the engine's zapc_open(), then
 * IDENTIFY), and every request, each building its protobuf message and
 * queueing it with zapc_submit(). The blocking calls are the asynchronous
 * ones followed by zapc_wait(); IDENTIFY, report and stats complete
 * through handlers that read the reply's body (HELLO is the engine's: it
 * belongs to each connection).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "libzap_int.h"

/* protobuf-c wants char * for strings it only reads */
#define PB_STR(s) ((char *)(s))

#define WRITE_FLAGS	ZAP_WRITE_AT_WP
#define ZONE_FLAGS	ZAP_ZONE_ALL

unsigned zap_version(void)
{
	return ZAP_VERSION_NUMBER;
}

const char *zap_version_string(void)
{
	return ZAP_VERSION_STRING;
}

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
			  const Zap__Reply *rep, const struct zapc_op *op)
{
	const Zap__IdentifyRep *id;
	struct zapc_sync *s = op->arg;
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

/* IDENTIFY, once HELLO is done: learn the drives. */
static int identify(zap_client *c)
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

int zap_connect(const char *address, const struct zap_connect_opts *opts,
		zap_client **out)
{
	zap_client *c;
	int rc;

	rc = zapc_open(address, opts, &c);
	if (rc)
		return rc;
	rc = identify(c);
	if (rc)
		return zapc_abandon(c, rc);
	zapc_ready(c);
	*out = c;
	return 0;
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
			 uint64_t lba, unsigned flags, const void *buf,
			 size_t len, const struct zap_io_opts *opts,
			 zap_callback cb, void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__WriteReq write = ZAP__WRITE_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg,
			      .body = ZAP__REPLY__BODY_WRITE };
	int rc = check_data(c, "write", drive, buf, len);

	if (rc)
		return rc;
	if (flags & ~WRITE_FLAGS)
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "write: unknown flags %#x",
				  flags & ~WRITE_FLAGS);
	write.drive = PB_STR(drive);
	write.zone = zone;
	write.lba = lba;
	write.at_wp = flags & ZAP_WRITE_AT_WP;
	write.epoch = opts_epoch(opts);
	req.body_case = ZAP__REQUEST__BODY_WRITE;
	req.write = &write;
	return zapc_submit(c, &req, buf, len, &op);
}

int zap_write_async(zap_client *c, const char *drive, uint32_t zone,
		    uint64_t lba, unsigned flags, const void *buf, size_t len,
		    zap_callback cb, void *arg)
{
	return zap_write_opts_async(c, drive, zone, lba, flags, buf, len, NULL,
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
			enum zap_zone_action action, unsigned flags,
			zap_callback cb, void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ZoneMgmtReq mgmt = ZAP__ZONE_MGMT_REQ__INIT;
	struct zapc_op op = { .cb = cb, .arg = arg };

	if (!drive || action < ZAP_ZONE_CLOSE || action > ZAP_ZONE_RESET)
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "zone management: no drive or bad action %d",
				  action);
	if (flags & ~ZONE_FLAGS)
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "zone management: unknown flags %#x",
				  flags & ~ZONE_FLAGS);
	mgmt.drive = PB_STR(drive);
	mgmt.zone = zone;
	mgmt.action = (Zap__ZoneAction)action;
	mgmt.all = flags & ZAP_ZONE_ALL;
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

static int check_filter(zap_client *c, int filter)
{
	if (filter != ZAP_ZS_ANY && !zap_zone_state_name(filter))
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "report: no zone state %d", filter);
	return 0;
}

/* A report's zones, as struct zap_zone, for the callback of its page. */
static void report_done(zap_client *c, const struct zap_result *res,
			const Zap__Reply *rep, const struct zapc_op *op)
{
	const Zap__ReportZonesRep *page = rep ? rep->report_zones : NULL;
	struct zap_result r = *res;
	struct zap_zone *zones = NULL;
	const Zap__Zone *z;
	size_t i;

	if (!op->cb)
		return;
	if (page && !res->status && page->n_zones) {
		zones = calloc(page->n_zones, sizeof(*zones));
		if (!zones)
			r.status = zapc_error(c, ZAP_OUT_OF_MEMORY,
					      "out of memory");
	}
	for (i = 0; zones && i < page->n_zones; i++) {
		z = page->zones[i];
		zones[i] = (struct zap_zone) {
			.index = z->index,
			.start = z->start,
			.wp = z->wp,
			.capacity = z->capacity,
			.state = z->state,
			.attributes = z->attributes,
		};
	}
	if (!r.status && page) {
		r.zones = zones;
		r.nr_zones = page->n_zones;
		r.next_zone = page->next_zone;
	}
	op->cb(c, &r, op->arg);
	free(zones);
}

int zap_report_zones_async(zap_client *c, const char *drive, uint32_t first,
			   uint32_t max_zones, int filter, zap_callback cb,
			   void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ReportZonesReq report = ZAP__REPORT_ZONES_REQ__INIT;
	struct zapc_op op = { .cb = cb, .done = report_done, .arg = arg,
			      .body = ZAP__REPLY__BODY_REPORT_ZONES };

	if (!drive)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "report: no drive");
	if (check_filter(c, filter))
		return ZAP_INVALID_ARGUMENT;
	report.drive = PB_STR(drive);
	report.first_zone = first;
	report.max_zones = max_zones;
	report.filter = (Zap__ZoneState)filter;
	req.body_case = ZAP__REQUEST__BODY_REPORT_ZONES;
	req.report_zones = &report;
	return zapc_submit(c, &req, NULL, 0, &op);
}

static void stats_done(zap_client *c, const struct zap_result *res,
		       const Zap__Reply *rep, const struct zapc_op *op)
{
	struct zap_result r = *res;

	if (!op->cb)
		return;
	if (rep && !res->status)
		r.text = rep->stats->text ? rep->stats->text : "";
	op->cb(c, &r, op->arg);
}

int zap_stats_async(zap_client *c, zap_callback cb, void *arg)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__StatsReq stats = ZAP__STATS_REQ__INIT;
	struct zapc_op op = { .cb = cb, .done = stats_done, .arg = arg,
			      .body = ZAP__REPLY__BODY_STATS };

	req.body_case = ZAP__REQUEST__BODY_STATS;
	req.stats = &stats;
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
	int rc = zap_write_async(c, drive, zone, lba, 0, buf, len, sync_cb,
				 &s);

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
	int rc = zap_write_async(c, drive, zone, 0, ZAP_WRITE_AT_WP, buf, len,
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
		  enum zap_zone_action action, unsigned flags)
{
	struct zapc_sync s = { .done = false };
	int rc = zap_zone_mgmt_async(c, drive, zone, action, flags,
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

/* Room for one more zone; false if out of memory. */
static bool report_room(struct report_ctx *r)
{
	struct zap_zone *zones;
	size_t cap;

	if (r->nr < r->cap)
		return true;
	cap = r->cap ? r->cap * 2 : 64;
	zones = realloc(r->zones, cap * sizeof(*zones));
	if (!zones)
		return false;
	r->zones = zones;
	r->cap = cap;
	return true;
}

/* One page of a blocking report: keep its zones. */
static void report_page(zap_client *c, const struct zap_result *res,
			void *arg)
{
	struct report_ctx *r = arg;
	size_t i;

	sync_done(&r->sync, res);
	if (res->status)
		return;
	r->next = res->next_zone;
	for (i = 0; i < res->nr_zones; i++) {
		if (res->zones[i].index >= r->end ||
		    (!r->grow && r->nr == r->cap))
			break;
		if (!report_room(r)) {
			r->sync.res.status = zapc_error(c, ZAP_OUT_OF_MEMORY,
							"out of memory");
			return;
		}
		r->zones[r->nr++] = res->zones[i];
	}
}

int zap_report_zones(zap_client *c, const char *drive, uint32_t first,
		     int filter, struct zap_zone **zones, size_t *nr)
{
	struct report_ctx r = { .cap = *nr, .grow = !*nr,
				.zones = *nr ? *zones : NULL };
	const struct zap_drive *d = zap_drive_find(c, drive);
	uint64_t want;
	int rc = 0;

	if (!d)
		return zapc_error(c, drive ? ZAP_NO_SUCH_DRIVE :
				  ZAP_INVALID_ARGUMENT, "report: no drive %s",
				  drive ? drive : "given");
	if (check_filter(c, filter))
		return ZAP_INVALID_ARGUMENT;
	r.end = d->nr_zones;
	if (*nr && (uint64_t)first + *nr < r.end)
		r.end = (uint64_t)first + *nr;
	while (first < r.end && (r.grow || r.nr < r.cap)) {
		want = r.end - first;
		if (!r.grow && want > r.cap - r.nr)
			want = r.cap - r.nr;
		r.sync.done = false;
		rc = zap_report_zones_async(c, drive, first, (uint32_t)want,
					    filter, report_page, &r);
		if (!rc)
			rc = zapc_wait(c, &r.sync);
		/* a server that does not move on would keep us here */
		if (rc || r.next <= first)
			break;
		first = r.next;
	}
	if (rc) {
		if (r.grow)
			free(r.zones);
		return rc;
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

static void stats_copy(zap_client *c, const struct zap_result *res,
		       void *arg)
{
	struct stats_ctx *st = arg;

	sync_done(&st->sync, res);
	if (res->status)
		return;
	st->text = strdup(res->text);
	if (!st->text)
		st->sync.res.status = zapc_error(c, ZAP_OUT_OF_MEMORY,
						 "out of memory");
}

int zap_stats(zap_client *c, char **text)
{
	struct stats_ctx st = { .text = NULL };
	int rc = zap_stats_async(c, stats_copy, &st);

	if (!rc)
		rc = zapc_wait(c, &st.sync);
	if (!rc)
		*text = st.text;
	return rc;
}
