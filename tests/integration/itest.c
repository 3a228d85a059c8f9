/* SPDX-License-Identifier: MIT */
/*
 * itest - the integration suite, run against a real zapd through libzap.
 * The same program runs against an emulated drive (tests/integration) and
 * against QEMU's NVMe ZNS controller (tests/qemu): it learns the geometry
 * from IDENTIFY and uses zones 0..5 plus, for the resource test, as many
 * as the limits need.
 *
 *   itest --addr HOST:PORT --drive NAME [CASE...]
 */
#include <inttypes.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "check.h"

static const char *addr;
static const char *drive;
static const struct zap_drive *geo;
static zap_client *conn;

#define CHECK_STATUS(got, want) CHECK_STATUS_ON(conn, got, want)

static uint64_t zone_start(uint32_t zone)
{
	return (uint64_t)zone * geo->zone_size;
}

static int zone_get(uint32_t zone, struct zap_zone *out)
{
	size_t nr = 1;
	struct zap_zone *zp = out;

	return zap_report_zones(conn, drive, zone, ZAP_ZS_ANY, &zp, &nr);
}

/* Fill buf with a pattern unique to (tag, i). */
static void fill(void *buf, size_t len, uint32_t tag, uint32_t i)
{
	uint32_t *w = buf;

	for (size_t k = 0; k < len / 4; k++)
		w[k] = tag * 2654435761u ^ i * 40503u ^ (uint32_t)k;
}

/* ---- many appends in flight, over one or more connections ---- */

struct append_run {
	uint32_t len;
	unsigned total, issued, done, failed;
	uint64_t *lba;		/* per append, UINT64_MAX until acked */
	void *buf;
	int first_error;
};

struct append_ctx {
	struct append_run *run;
	unsigned index;
};

static void on_append(zap_client *c, const struct zap_result *res, void *arg)
{
	struct append_ctx *ctx = arg;
	struct append_run *run = ctx->run;

	run->done++;
	if (res->status) {
		run->failed++;
		if (!run->first_error)
			run->first_error = res->status;
	} else {
		run->lba[ctx->index] = res->lba;
	}
	free(ctx);
}

static int issue_append(zap_client *c, struct append_run *run, uint32_t zone)
{
	struct append_ctx *ctx = malloc(sizeof(*ctx));

	if (!ctx)
		return ZAP_OUT_OF_MEMORY;
	ctx->run = run;
	ctx->index = run->issued;
	fill(run->buf, run->len, zone, run->issued);
	run->issued++;
	return zap_append_async(c, drive, zone, run->buf, run->len, on_append,
				ctx);
}

/* total appends of len bytes to zone, depth in flight per connection. */
static int run_appends(zap_client **conns, unsigned nconn, uint32_t zone,
		       unsigned total, unsigned depth, uint32_t len,
		       struct append_run *run)
{
	struct pollfd pfd[16];

	memset(run, 0, sizeof(*run));
	run->len = len;
	run->total = total;
	run->lba = malloc(total * sizeof(*run->lba));
	run->buf = malloc(len);
	if (!run->lba || !run->buf)
		return ZAP_OUT_OF_MEMORY;
	memset(run->lba, 0xff, total * sizeof(*run->lba));
	while (run->done < total) {
		for (unsigned i = 0; i < nconn; i++) {
			while (run->issued < total &&
			       zap_in_flight(conns[i]) < depth) {
				int st = issue_append(conns[i], run, zone);

				if (st)
					return st;
			}
			pfd[i].fd = zap_fd(conns[i]);
			pfd[i].events = zap_poll_events(conns[i]);
		}
		if (poll(pfd, nconn, 10000) <= 0)
			return ZAP_TIMED_OUT;
		for (unsigned i = 0; i < nconn; i++)
			if (pfd[i].revents &&
			    zap_process(conns[i], 0) == ZAP_CONNECTION_LOST)
				return ZAP_CONNECTION_LOST;
	}
	return 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Distinct, non-overlapping, inside the zone, and each reads back. */
static int verify_appends(struct append_run *run, uint32_t zone)
{
	uint64_t nlb = run->len / geo->lba_size;
	uint64_t *sorted = malloc(run->total * sizeof(*sorted));
	void *got = malloc(run->len);

	CHECK(sorted && got, "out of memory");
	memcpy(sorted, run->lba, run->total * sizeof(*sorted));
	qsort(sorted, run->total, sizeof(*sorted), cmp_u64);
	for (unsigned i = 0; i < run->total; i++) {
		CHECK(sorted[i] >= zone_start(zone) &&
		      sorted[i] + nlb <= zone_start(zone) + geo->zone_capacity,
		      "LBA %" PRIu64 " outside zone %u", sorted[i], zone);
		CHECK(i == 0 || sorted[i - 1] + nlb <= sorted[i],
		      "appends overlap at LBA %" PRIu64 " and %" PRIu64,
		      sorted[i - 1], sorted[i]);
	}
	for (unsigned i = 0; i < run->total; i++) {
		int st = zap_read(conn, drive, run->lba[i], got, run->len);

		CHECK_STATUS(st, ZAP_OK);
		fill(run->buf, run->len, zone, i);
		CHECK(!memcmp(got, run->buf, run->len), "append %u at LBA %"
		      PRIu64 " reads back different data", i, run->lba[i]);
	}
	free(sorted);
	free(got);
	free(run->lba);
	free(run->buf);
	return 0;
}

static int appends_case(unsigned nconn, uint32_t zone)
{
	zap_client *conns[16];
	struct append_run run;
	int st;

	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_RESET, 0),
		     ZAP_OK);
	for (unsigned i = 0; i < nconn; i++)
		CHECK_STATUS(zap_connect(addr, NULL, &conns[i]), ZAP_OK);
	st = run_appends(conns, nconn, zone, 1000, 64, 4096, &run);
	for (unsigned i = 0; i < nconn; i++)
		zap_close(conns[i]);
	CHECK_STATUS(st, ZAP_OK);
	CHECK(!run.failed, "%u of 1000 appends failed, first with %s",
	      run.failed, zap_status_name(run.first_error));
	return verify_appends(&run, zone);
}

static int case_append_one_connection(void)
{
	return appends_case(1, 0);
}

static int case_append_eight_connections(void)
{
	return appends_case(8, 1);
}

/* ---- ordered writes ---- */

static int case_invalid_write(void)
{
	const uint32_t zone = 2, len = 2 * geo->lba_size;
	uint64_t start = zone_start(zone), wp = 0, lba = 0;
	char *buf = calloc(1, len);

	CHECK(buf, "out of memory");
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_RESET, 0),
		     ZAP_OK);
	CHECK_STATUS(zap_write(conn, drive, zone, start, buf, len, &wp),
		     ZAP_OK);
	CHECK(wp == start + 2, "wp %" PRIu64 " after a 2-LBA write at %"
	      PRIu64, wp, start);
	/* the same offset again is behind the wp now */
	CHECK_STATUS(zap_write(conn, drive, zone, start, buf, len, &wp),
		     ZAP_ZONE_INVALID_WRITE);
	CHECK(wp == start + 2, "invalid write reported wp %" PRIu64, wp);
	CHECK_STATUS(zap_write(conn, drive, zone, start + 5, buf, len, &wp),
		     ZAP_ZONE_INVALID_WRITE);
	CHECK_STATUS(zap_write_at_wp(conn, drive, zone, buf, len, &lba),
		     ZAP_OK);
	CHECK(lba == start + 2, "write at wp landed at %" PRIu64, lba);
	CHECK_STATUS(zap_write(conn, drive, zone, start + 4, buf, len, &wp),
		     ZAP_OK);
	CHECK(wp == start + 6, "wp %" PRIu64, wp);
	free(buf);
	return 0;
}

/* ---- a zone that fills up ---- */

static int case_zone_full(void)
{
	const uint32_t zone = 3;
	uint32_t len = geo->max_append;
	uint64_t cap_bytes = geo->zone_capacity * geo->lba_size, lba;
	struct zap_zone z;
	unsigned appends;
	struct append_run run;
	char *buf;

	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_RESET, 0),
		     ZAP_OK);
	while (cap_bytes % len)
		len -= geo->lba_size;	/* whole appends fill it exactly */
	appends = cap_bytes / len;
	CHECK_STATUS(run_appends(&conn, 1, zone, appends, 8, len, &run),
		     ZAP_OK);
	CHECK(!run.failed, "%u appends failed filling the zone, first %s",
	      run.failed, zap_status_name(run.first_error));
	free(run.lba);
	free(run.buf);
	CHECK_STATUS(zone_get(zone, &z), ZAP_OK);
	CHECK(z.state == ZAP_ZS_FULL, "zone state %s after filling it",
	      zap_zone_state_name(z.state));
	buf = calloc(1, geo->lba_size);
	CHECK(buf, "out of memory");
	CHECK_STATUS(zap_append(conn, drive, zone, buf, geo->lba_size, &lba),
		     ZAP_ZONE_FULL);
	CHECK_STATUS(zap_write_at_wp(conn, drive, zone, buf, geo->lba_size,
				     &lba), ZAP_ZONE_FULL);

	/* one LBA left: a two-LBA append does not fit, a one-LBA one does */
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_RESET, 0),
		     ZAP_OK);
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_OPEN, 0),
		     ZAP_OK);
	free(buf);
	buf = calloc(1, (geo->zone_capacity - 1) * geo->lba_size >
			geo->max_append ? geo->max_append :
			(geo->zone_capacity - 1) * geo->lba_size);
	CHECK(buf, "out of memory");
	for (uint64_t left = geo->zone_capacity - 1; left;) {
		uint64_t n = left * geo->lba_size > geo->max_append ?
			     geo->max_append / geo->lba_size : left;

		CHECK_STATUS(zap_append(conn, drive, zone, buf,
					n * geo->lba_size, &lba), ZAP_OK);
		left -= n;
	}
	CHECK_STATUS(zap_append(conn, drive, zone, buf, 2 * geo->lba_size,
				&lba), ZAP_ZONE_FULL);
	CHECK_STATUS(zap_append(conn, drive, zone, buf, geo->lba_size, &lba),
		     ZAP_OK);
	CHECK(lba == zone_start(zone) + geo->zone_capacity - 1,
	      "last LBA landed at %" PRIu64, lba);
	free(buf);
	return 0;
}

/* ---- zone management and its state machine ---- */

static int expect_state(uint32_t zone, int state, uint64_t wp)
{
	struct zap_zone z;

	CHECK_STATUS(zone_get(zone, &z), ZAP_OK);
	CHECK(z.state == state, "zone %u is %s, want %s", zone,
	      zap_zone_state_name(z.state), zap_zone_state_name(state));
	CHECK(wp == UINT64_MAX || z.wp == wp, "zone %u wp %" PRIu64
	      ", want %" PRIu64, zone, z.wp, wp);
	return 0;
}

static int case_zone_mgmt(void)
{
	const uint32_t zone = 4;
	uint64_t start = zone_start(zone), wp;
	char *buf = calloc(1, geo->lba_size);

	CHECK(buf, "out of memory");
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_RESET, 0),
		     ZAP_OK);
	if (expect_state(zone, ZAP_ZS_EMPTY, start))
		return 1;
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_CLOSE, 0),
		     ZAP_INVALID_ZONE_STATE_TRANSITION);
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_OPEN, 0),
		     ZAP_OK);
	if (expect_state(zone, ZAP_ZS_EXPLICIT_OPEN, start))
		return 1;
	CHECK_STATUS(zap_write(conn, drive, zone, start, buf, geo->lba_size,
			       &wp), ZAP_OK);
	if (expect_state(zone, ZAP_ZS_EXPLICIT_OPEN, start + 1))
		return 1;
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_CLOSE, 0),
		     ZAP_OK);
	if (expect_state(zone, ZAP_ZS_CLOSED, start + 1))
		return 1;
	/* a write to a closed zone opens it implicitly */
	CHECK_STATUS(zap_write(conn, drive, zone, start + 1, buf,
			       geo->lba_size, &wp), ZAP_OK);
	if (expect_state(zone, ZAP_ZS_IMPLICIT_OPEN, start + 2))
		return 1;
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_FINISH, 0),
		     ZAP_OK);
	if (expect_state(zone, ZAP_ZS_FULL, UINT64_MAX))
		return 1;
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_OPEN, 0),
		     ZAP_INVALID_ZONE_STATE_TRANSITION);
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_CLOSE, 0),
		     ZAP_INVALID_ZONE_STATE_TRANSITION);
	CHECK_STATUS(zap_write(conn, drive, zone, start + 2, buf,
			       geo->lba_size, &wp), ZAP_ZONE_FULL);
	CHECK_STATUS(zap_zone_mgmt(conn, drive, zone, ZAP_ZONE_RESET, 0),
		     ZAP_OK);
	if (expect_state(zone, ZAP_ZS_EMPTY, start))
		return 1;
	/* a reset zone reads back zeros, not its old data */
	memset(buf, 0xa5, geo->lba_size);
	CHECK_STATUS(zap_read(conn, drive, start, buf, geo->lba_size),
		     ZAP_OK);
	for (uint32_t i = 0; i < geo->lba_size; i++)
		CHECK(!buf[i], "byte %u of a reset zone is %#x", i, buf[i]);
	free(buf);
	return 0;
}

/* ---- max open and max active zones ---- */

static int case_resource_limits(void)
{
	uint32_t mo = geo->max_open, ma = geo->max_active, next = 0;
	uint32_t open = 0, active = 0;
	int want;

	CHECK_STATUS(zap_zone_mgmt(conn, drive, 0, ZAP_ZONE_RESET,
				   ZAP_ZONE_ALL), ZAP_OK);
	if (!mo && !ma) {
		printf("  (drive has no open/active limits)\n");
		return 0;
	}
	CHECK((ma ? ma : mo) < geo->nr_zones, "too few zones to test limits");
	if (mo) {
		for (; open < mo; open++, active++)
			CHECK_STATUS(zap_zone_mgmt(conn, drive, next++,
						   ZAP_ZONE_OPEN, 0),
				     ZAP_OK);
		want = ma && active >= ma ? ZAP_TOO_MANY_ACTIVE_ZONES :
					    ZAP_TOO_MANY_OPEN_ZONES;
		CHECK_STATUS(zap_zone_mgmt(conn, drive, next, ZAP_ZONE_OPEN,
					   0), want);
	}
	if (ma) {
		/* closed zones stay active: close, open fresh, repeat */
		while (active < ma) {
			CHECK_STATUS(zap_zone_mgmt(conn, drive, 0,
						   ZAP_ZONE_CLOSE,
						   ZAP_ZONE_ALL), ZAP_OK);
			open = 0;
			while (active < ma && (!mo || open < mo)) {
				CHECK_STATUS(zap_zone_mgmt(conn, drive, next++,
							   ZAP_ZONE_OPEN,
							   0), ZAP_OK);
				open++;
				active++;
			}
		}
		CHECK_STATUS(zap_zone_mgmt(conn, drive, 0, ZAP_ZONE_CLOSE,
					   ZAP_ZONE_ALL), ZAP_OK);
		CHECK_STATUS(zap_zone_mgmt(conn, drive, next, ZAP_ZONE_OPEN,
					   0), ZAP_TOO_MANY_ACTIVE_ZONES);
	}
	CHECK_STATUS(zap_zone_mgmt(conn, drive, 0, ZAP_ZONE_RESET,
				   ZAP_ZONE_ALL), ZAP_OK);
	return expect_state(0, ZAP_ZS_EMPTY, 0);
}

/* ---- requests the server must refuse by name ---- */

static int case_refusals(void)
{
	uint32_t len = geo->max_append + geo->lba_size;
	char *buf = calloc(1, len);
	uint64_t lba, last = (uint64_t)geo->nr_zones * geo->zone_size;

	CHECK(buf, "out of memory");
	if (len <= zap_max_data(conn))
		CHECK_STATUS(zap_append(conn, drive, 5, buf, len, &lba),
			     ZAP_APPEND_TOO_LARGE);
	CHECK_STATUS(zap_append(conn, drive, geo->nr_zones, buf,
				geo->lba_size, &lba), ZAP_NO_SUCH_ZONE);
	CHECK_STATUS(zap_append(conn, "no-such-drive", 0, buf, geo->lba_size,
				&lba), ZAP_NO_SUCH_DRIVE);
	CHECK_STATUS(zap_read(conn, drive, last, buf, geo->lba_size),
		     ZAP_LBA_OUT_OF_RANGE);
	CHECK_STATUS(zap_read(conn, drive, geo->zone_size - 1, buf,
			      2 * geo->lba_size), ZAP_ZONE_BOUNDARY_ERROR);
	free(buf);
	return 0;
}

/* ---- libzap's ABI: versions, sized options, flags, async forms ---- */

static int case_version(void)
{
	char want[32];

	snprintf(want, sizeof(want), "%d.%d.%d", ZAP_VERSION_MAJOR,
		 ZAP_VERSION_MINOR, ZAP_VERSION_PATCH);
	CHECK(zap_version() == ZAP_VERSION_NUMBER, "zap_version() %#x",
	      zap_version());
	CHECK(!strcmp(zap_version_string(), want), "zap_version_string() %s",
	      zap_version_string());
	CHECK(!strcmp(ZAP_VERSION_STRING, want), "ZAP_VERSION_STRING %s",
	      ZAP_VERSION_STRING);
	return 0;
}

/* A struct zap_connect_opts from a newer zap.h: one more field. */
struct newer_opts {
	struct zap_connect_opts o;
	uint64_t newer;
};

static int connect_with(const struct zap_connect_opts *o, int want,
			const char *why)
{
	zap_client *c = NULL;
	int st = zap_connect(addr, o, &c);

	zap_close(c);
	CHECK(st == want, "got %s, want %s (%s)", zap_status_name(st),
	      zap_status_name(want), zap_last_error(NULL));
	CHECK(!why || strstr(zap_last_error(NULL), why), "error \"%s\"",
	      zap_last_error(NULL));
	return 0;
}

static int case_connect_opts(void)
{
	struct zap_connect_opts o = ZAP_CONNECT_OPTS_INIT;
	struct newer_opts n = { .o = ZAP_CONNECT_OPTS_INIT };

	o.client_name = "itest-opts";
	if (connect_with(&o, ZAP_OK, NULL))
		return 1;
	o.size = 0;	/* zeroed, size forgotten */
	if (connect_with(&o, ZAP_INVALID_ARGUMENT, "zap_connect_opts.size"))
		return 1;
	o.size = sizeof(size_t);
	if (connect_with(&o, ZAP_INVALID_ARGUMENT, "zap_connect_opts.size"))
		return 1;
	o.size = sizeof(o);
	o.flags = 1u << 30;
	if (connect_with(&o, ZAP_INVALID_ARGUMENT, "unknown flags"))
		return 1;
	n.o.size = sizeof(n);
	if (connect_with(&n.o, ZAP_OK, NULL))
		return 1;
	n.newer = 1;	/* asks for what this libzap does not know */
	return connect_with(&n.o, ZAP_UNSUPPORTED, "does not know");
}

static void on_result(zap_client *c, const struct zap_result *res, void *arg)
{
	struct zap_result *out = arg;

	*out = *res;
	out->detail = out->text = NULL;
	out->zones = NULL;
}

/* Run conn until the request whose result goes to *res completes. */
static int wait_result(struct zap_result *res)
{
	for (int i = 0; i < 100 && res->status == -1; i++)
		zap_process(conn, 100);
	CHECK(res->status != -1, "no completion in 10 s");
	return 0;
}

static int case_flags(void)
{
	struct zap_result res = { .status = -1 };
	char *buf = calloc(1, geo->lba_size);
	struct zap_zone z;
	uint64_t lba;

	CHECK(buf, "out of memory");
	CHECK_STATUS(zap_zone_mgmt(conn, drive, 4, ZAP_ZONE_RESET, 0), ZAP_OK);
	CHECK_STATUS(zap_append(conn, drive, 4, buf, geo->lba_size, &lba),
		     ZAP_OK);
	CHECK_STATUS(zap_write_async(conn, drive, 4, 0, 1u << 7, buf,
				     geo->lba_size, on_result, &res),
		     ZAP_INVALID_ARGUMENT);
	CHECK_STATUS(zap_zone_mgmt(conn, drive, 4, ZAP_ZONE_FINISH, 1u << 5),
		     ZAP_INVALID_ARGUMENT);
	/* lba 0 is not the wp: ZAP_WRITE_AT_WP must ignore it */
	CHECK_STATUS(zap_write_async(conn, drive, 4, 0, ZAP_WRITE_AT_WP, buf,
				     geo->lba_size, on_result, &res), ZAP_OK);
	if (wait_result(&res))
		return 1;
	CHECK_STATUS(res.status, ZAP_OK);
	CHECK(res.lba == zone_start(4) + 1, "write at wp landed at %" PRIu64,
	      res.lba);
	CHECK_STATUS(zone_get(4, &z), ZAP_OK);
	CHECK(z.wp == zone_start(4) + 2, "wp %" PRIu64, z.wp);
	CHECK_STATUS(zap_zone_mgmt(conn, drive, 4, ZAP_ZONE_RESET, 0), ZAP_OK);
	free(buf);
	return 0;
}

struct pages {
	struct zap_zone zones[64];
	size_t nr;
	uint32_t next;
	unsigned replies;
	int status;
};

static void on_page(zap_client *c, const struct zap_result *res, void *arg)
{
	struct pages *p = arg;

	p->replies++;
	p->status = res->status;
	p->next = res->next_zone;
	for (size_t i = 0; i < res->nr_zones && p->nr < 64; i++)
		p->zones[p->nr++] = res->zones[i];
}

/* zap_report_zones_async pages by max_zones and next_zone; together the
 * pages are what the blocking report says. */
static int case_report_async(void)
{
	struct pages p = { .status = -1 };
	size_t nr = 64, want = geo->nr_zones < 64 ? geo->nr_zones : 64;
	struct zap_zone all[64], *zp = all;
	uint32_t first = 0;

	CHECK_STATUS(zap_report_zones(conn, drive, 0, ZAP_ZS_ANY, &zp, &nr),
		     ZAP_OK);
	CHECK(nr == want, "blocking report: %zu zones", nr);
	while (first < want) {
		unsigned replies = p.replies;

		CHECK_STATUS(zap_report_zones_async(conn, drive, first, 3,
						    ZAP_ZS_ANY, on_page, &p),
			     ZAP_OK);
		for (int i = 0; i < 100 && p.replies == replies; i++)
			zap_process(conn, 100);
		CHECK(p.replies == replies + 1, "no reply to a report page");
		CHECK_STATUS(p.status, ZAP_OK);
		CHECK(p.nr == first + 3 || p.next == geo->nr_zones,
		      "page from %u: %zu zones so far", first, p.nr);
		CHECK(p.next > first, "next_zone %u after %u", p.next, first);
		first = p.next;
	}
	CHECK(p.nr >= want, "%zu zones in pages", p.nr);
	CHECK(!memcmp(p.zones, all, want * sizeof(all[0])),
	      "pages differ from the blocking report");
	CHECK_STATUS(zap_report_zones_async(conn, drive, 0, 0, 99, on_page,
					    &p), ZAP_INVALID_ARGUMENT);
	return 0;
}

struct stats_copy {
	int status;
	char text[64];
	size_t len;
};

static void on_stats(zap_client *c, const struct zap_result *res, void *arg)
{
	struct stats_copy *s = arg;

	s->status = res->status;
	if (res->text) {
		s->len = strlen(res->text);
		snprintf(s->text, sizeof(s->text), "%s", res->text);
	}
}

static int case_stats_async(void)
{
	struct stats_copy s = { .status = -1 };
	char *text = NULL;

	CHECK_STATUS(zap_stats_async(conn, on_stats, &s), ZAP_OK);
	for (int i = 0; i < 100 && s.status == -1; i++)
		zap_process(conn, 100);
	CHECK_STATUS(s.status, ZAP_OK);
	CHECK(s.len > 100 && strstr(s.text, "zapd_"), "stats text \"%s\"",
	      s.text);
	CHECK_STATUS(zap_stats(conn, &text), ZAP_OK);
	CHECK(text && !strncmp(text, s.text, 16), "blocking stats differ");
	free(text);
	return 0;
}

static const struct test_case cases[] = {
	{ "append_one_connection", case_append_one_connection },
	{ "append_eight_connections", case_append_eight_connections },
	{ "invalid_write", case_invalid_write },
	{ "zone_full", case_zone_full },
	{ "zone_mgmt", case_zone_mgmt },
	{ "resource_limits", case_resource_limits },
	{ "refusals", case_refusals },
	{ "version", case_version },
	{ "connect_opts", case_connect_opts },
	{ "flags", case_flags },
	{ "report_async", case_report_async },
	{ "stats_async", case_stats_async },
};
#define NR_CASES (sizeof(cases) / sizeof(cases[0]))

int main(int argc, char **argv)
{
	int i = 1, st;

	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (!strcmp(argv[i], "--addr"))
			addr = argv[i + 1];
		else if (!strcmp(argv[i], "--drive"))
			drive = argv[i + 1];
	}
	if (!addr || !drive) {
		fprintf(stderr, "usage: itest --addr HOST:PORT --drive NAME "
			"[CASE...]\ncases:");
		for (unsigned k = 0; k < NR_CASES; k++)
			fprintf(stderr, " %s", cases[k].name);
		fputc('\n', stderr);
		return 2;
	}
	st = zap_connect(addr, NULL, &conn);
	if (st) {
		fprintf(stderr, "itest: connect %s: %s\n", addr,
			zap_last_error(conn));
		return 1;
	}
	geo = zap_drive_find(conn, drive);
	if (!geo) {
		fprintf(stderr, "itest: server has no drive %s\n", drive);
		return 1;
	}
	st = run_cases("itest", cases, NR_CASES, argv + i, argc - i);
	zap_close(conn);
	return st;
}
