/* SPDX-License-Identifier: MIT */
/*
 * arbitration - appenders and ordered writers share one zone of a real
 * zapd (DESIGN.md, "How requests meet in a zone").
 *
 *   arbitration --addr HOST:PORT --drive NAME [--appends N | --seconds S]
 *               [--zone Z] [--writes M] [--reset-after N]
 *
 * Phase 1, load. The zone is reset; 8 connections append 4 KiB records,
 * 32 in flight each, N in all (--appends), or for S seconds (--seconds:
 * then rounds of load repeat, each on a freshly reset zone, until S seconds
 * have passed). Meanwhile 2 ordered writers, each on its own connection
 * with one write in flight, write 4 KiB at the write pointer they last
 * learned and, told ZONE_INVALID_WRITE, retry at the wp the reply carries,
 * until each has M writes. A writer can only win when no append was
 * admitted between the check of its previous attempt and the arrival of
 * its retry, so under the append stream it mostly loses; once the
 * appenders stop it must get through. Checked: every append OK, inside
 * the zone, distinct and not overlapping; every ordered write succeeds
 * within bounded attempts and time once the appends are over, lands where
 * it asked, reports the wp just past itself (nothing else was in flight),
 * and one writer's writes land in increasing order; every
 * ZONE_INVALID_WRITE reports a wp past the attempted LBA; all acknowledged
 * records tile [zone start, wp) exactly and read back where their replies
 * said. Reported, never asserted: how long ordered writes waited, compared
 * with the appends that were ahead of them.
 *
 * Phase 2, reset under load. The zone is reset and the appenders restart;
 * after some appends they all stop issuing and connection 0 sends RESET
 * with its own appends still in flight. Checked: the reset and every
 * append succeed; connection 0's appends, read by zapd before the RESET,
 * are answered before it; the appends that read back their own bytes
 * landed after the reset and tile [start, wp) of the zone (EMPTY at start
 * if there are none); the others tiled the zone before the reset, and
 * their LBAs now read zeros unless a later append took the spot.
 * (The emu backend applies each command when it is submitted and
 * completes them in order, so there a RESET that did not wait for the
 * appends ahead of it would look the same; on a real device it would not.)
 */
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zap/zap.h>

#include "check.h"

#define REC_LEN		4096u		/* bytes of one record */
#define NR_APPENDERS	8
#define DEPTH		32		/* appends in flight per connection */
#define NR_WRITERS	2
#define NR_CONNS	(NR_APPENDERS + NR_WRITERS)
#define MAGIC		0x7a617062u
#define WRITER_ID(w)	(16 + (w))	/* record ids of writers */

#define DEFAULT_APPENDS		24000
#define DEFAULT_WRITES		50
#define DEFAULT_RESET_AFTER	2048
#define MAX_ROUND		(1u << 22)	/* appends in one round */
#define MAX_ATTEMPTS		100000	/* per writer, after the appends */
#define MAX_WRITER_NS		(60 * NS_PER_S)
#define STALL_MS		20000	/* no reply at all for this long */
#define NS_PER_S		1000000000ull

static const char *addr;
static const char *drive;
static const struct zap_drive *geo;
static zap_client *ctl;
static uint32_t zone;
static uint64_t zstart;		/* LBA */
static uint64_t zcap;		/* LBAs */
static uint64_t nlb;		/* LBAs of one record */
static uint32_t epoch;		/* one per load, part of every record */

#define CHECK_STATUS(got, want) CHECK_STATUS_ON(ctl, got, want)

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

static double ms(uint64_t ns)
{
	return ns / 1e6;
}

/*
 * The bytes of record (id, seq) in the current epoch: a header naming it,
 * then a pseudo-random tail, so that no two records share their bytes.
 */
static void fill(void *buf, uint32_t id, uint32_t seq)
{
	uint32_t *w = buf;
	uint32_t tag = epoch << 8 | id;
	uint32_t x = (tag * 2654435761u ^ seq * 40503u ^ 0x9e3779b9u) | 1;

	w[0] = MAGIC;
	w[1] = tag;
	w[2] = seq;
	for (size_t k = 3; k < REC_LEN / 4; k++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		w[k] = x;
	}
}

/* What a record that does not read back holds instead, for messages. */
static const char *describe(const void *buf)
{
	static char s[96];
	const uint32_t *w = buf;
	size_t k;

	for (k = 0; k < REC_LEN / 4 && !w[k]; k++)
		;
	if (k == REC_LEN / 4)
		return "zeros";
	if (w[0] != MAGIC)
		return "foreign bytes";
	snprintf(s, sizeof(s), "record epoch %u id %u seq %u", w[1] >> 8,
		 w[1] & 0xff, w[2]);
	return s;
}

static bool is_zero(const void *buf)
{
	const uint32_t *w = buf;

	for (size_t k = 0; k < REC_LEN / 4; k++)
		if (w[k])
			return false;
	return true;
}

static int zone_get(struct zap_zone *out)
{
	size_t nr = 1;
	struct zap_zone *zp = out;
	int st = zap_report_zones(ctl, drive, zone, ZAP_ZS_ANY, &zp, &nr);

	return st ? st : nr == 1 ? 0 : ZAP_NO_SUCH_ZONE;
}

static int zone_reset_empty(void)
{
	struct zap_zone z;

	CHECK_STATUS(zap_zone_mgmt(ctl, drive, zone, ZAP_ZONE_RESET, 0),
		     ZAP_OK);
	CHECK_STATUS(zone_get(&z), ZAP_OK);
	CHECK(z.state == ZAP_ZS_EMPTY && z.wp == zstart,
	      "zone %u is %s with wp %" PRIu64 " after a reset", zone,
	      zap_zone_state_name(z.state), z.wp);
	return 0;
}

/* Read records [first, first + n) of the zone into buf. */
static int read_records(uint64_t first, uint64_t n, char *buf)
{
	uint64_t chunk = zap_max_data(ctl) / REC_LEN;

	if (chunk > 256)
		chunk = 256;
	if (!chunk)
		chunk = 1;
	for (uint64_t i = 0; i < n; i += chunk) {
		uint64_t k = n - i < chunk ? n - i : chunk;
		int st = zap_read(ctl, drive, zstart + (first + i) * nlb,
				  buf + i * REC_LEN, k * REC_LEN);

		CHECK_STATUS(st, ZAP_OK);
	}
	return 0;
}

/* ---- the requests ---- */

struct op_rec {
	uint64_t sent, replied;		/* CLOCK_MONOTONIC ns */
	uint64_t at;			/* write: the LBA it asked for */
	uint64_t lba;			/* reply: where it landed */
	uint64_t wp;			/* write reply: the wp */
	int status;
	uint32_t id, seq;		/* record (id, seq) */
};

/* Appends, in the order they were sent (so by send time). */
static struct op_rec *app;
static unsigned app_max, app_issued, app_done;
static unsigned conn_issued[NR_APPENDERS], conn_done[NR_APPENDERS];
static zap_client *aconn[NR_APPENDERS];

struct writer {
	zap_client *c;
	unsigned index;
	uint64_t wp;		/* the wp it last learned */
	unsigned done, want;	/* successful writes */
	bool busy;
	int error;		/* an unexpected status */
	struct op_rec *att;	/* every attempt, in order */
	unsigned nr_att, cap_att;
	unsigned att_at_stop;	/* attempts when the appends were over */
};

static struct writer wr[NR_WRITERS];

static void on_append(zap_client *c, const struct zap_result *res, void *arg)
{
	struct op_rec *a = arg;

	a->replied = now_ns();
	a->status = res->status;
	a->lba = res->status ? UINT64_MAX : res->lba;
	app_done++;
	conn_done[a->id]++;
}

static int issue_append(unsigned i)
{
	char buf[REC_LEN];
	struct op_rec *a = &app[app_issued];

	memset(a, 0, sizeof(*a));
	a->id = i;
	a->seq = conn_issued[i];
	fill(buf, a->id, a->seq);
	a->sent = now_ns();
	CHECK_STATUS(zap_append_async(aconn[i], drive, zone, buf, REC_LEN,
				      on_append, a), ZAP_OK);
	app_issued++;
	conn_issued[i]++;
	return 0;
}

static void on_write(zap_client *c, const struct zap_result *res, void *arg)
{
	struct writer *w = arg;
	struct op_rec *a = &w->att[w->nr_att - 1];

	a->replied = now_ns();
	a->status = res->status;
	a->lba = res->lba;
	a->wp = res->wp;
	w->busy = false;
	if (res->status == ZAP_OK) {
		w->done++;
		w->wp = res->wp;
	} else if (res->status == ZAP_ZONE_INVALID_WRITE) {
		w->wp = res->wp;
	} else {
		w->error = res->status;
	}
}

static int issue_write(struct writer *w)
{
	char buf[REC_LEN];
	struct op_rec *a;

	if (w->nr_att == w->cap_att) {
		unsigned cap = w->cap_att ? 2 * w->cap_att : 1024;

		a = realloc(w->att, cap * sizeof(*a));
		CHECK(a, "out of memory");
		w->att = a;
		w->cap_att = cap;
	}
	a = &w->att[w->nr_att];
	memset(a, 0, sizeof(*a));
	a->id = WRITER_ID(w->index);
	a->seq = w->done;	/* a retry sends the same record */
	a->at = w->wp;
	fill(buf, a->id, a->seq);
	a->sent = now_ns();
	CHECK_STATUS(zap_write_async(w->c, drive, zone, a->at, 0, buf,
				     REC_LEN, on_write, w), ZAP_OK);
	w->nr_att++;
	w->busy = true;
	return 0;
}

/* Poll every connection once and run what arrived. */
static int poll_all(void)
{
	struct pollfd pfd[NR_CONNS];
	zap_client *c[NR_CONNS];
	int n;

	for (unsigned i = 0; i < NR_CONNS; i++) {
		c[i] = i < NR_APPENDERS ? aconn[i] : wr[i - NR_APPENDERS].c;
		pfd[i].fd = zap_fd(c[i]);
		pfd[i].events = zap_poll_events(c[i]);
	}
	n = poll(pfd, NR_CONNS, STALL_MS);
	CHECK(n >= 0, "poll: %s", strerror(errno));
	CHECK(n > 0, "no reply from zapd for %d s (%u of %u appends "
	      "answered)", STALL_MS / 1000, app_done, app_issued);
	for (unsigned i = 0; i < NR_CONNS; i++)
		if (pfd[i].revents)
			CHECK(zap_process(c[i], 0) != ZAP_CONNECTION_LOST,
			      "connection %u lost: %s", i,
			      zap_last_error(c[i]));
	return 0;
}

static void load_start(void)
{
	epoch++;
	app_issued = app_done = 0;
	memset(conn_issued, 0, sizeof(conn_issued));
	memset(conn_done, 0, sizeof(conn_done));
}

static int check_appends_ok(void)
{
	unsigned failed = 0;
	int first = 0;

	for (unsigned i = 0; i < app_issued; i++) {
		if (!app[i].status)
			continue;
		if (!failed++)
			first = app[i].status;
	}
	CHECK(!failed, "%u of %u appends failed, the first with %s", failed,
	      app_issued, zap_status_name(first));
	return 0;
}

/* ---- phase 1: appenders and ordered writers ---- */

struct slot_owner {
	uint64_t lba;
	const struct op_rec *rec;
};

static int cmp_owner(const void *a, const void *b)
{
	const struct slot_owner *x = a, *y = b;

	return x->lba < y->lba ? -1 : x->lba > y->lba;
}

static const char *rec_name(const struct op_rec *r)
{
	static char s[64];

	if (r->id >= WRITER_ID(0))
		snprintf(s, sizeof(s), "write %u of writer %u", r->seq,
			 r->id - WRITER_ID(0));
	else
		snprintf(s, sizeof(s), "append %u of connection %u", r->seq,
			 r->id);
	return s;
}

/*
 * The records of o[0..n) (sorted by LBA) lie exactly end to end from the
 * zone start to end: no gap, no overlap, none outside.
 */
static int check_tiling(const struct slot_owner *o, size_t n, uint64_t end,
			const char *what)
{
	uint64_t expect = zstart;

	for (size_t i = 0; i < n; i++) {
		CHECK(o[i].lba >= zstart && o[i].lba + nlb <= zstart + zcap,
		      "%s: %s at LBA %" PRIu64 " is outside zone %u", what,
		      rec_name(o[i].rec), o[i].lba, zone);
		CHECK(o[i].lba >= expect, "%s: %s at LBA %" PRIu64
		      " overlaps the record before it (ending at %" PRIu64 ")",
		      what, rec_name(o[i].rec), o[i].lba, expect);
		CHECK(o[i].lba == expect, "%s: no record at LBAs %" PRIu64
		      "..%" PRIu64 " (gap before %s)", what, expect,
		      o[i].lba, rec_name(o[i].rec));
		expect += nlb;
	}
	CHECK(expect == end, "%s: the %zu records end at LBA %" PRIu64
	      ", the zone's wp is %" PRIu64, what, n, expect, end);
	return 0;
}

/* Ordered writes: replies consistent, per-writer LBAs increasing. */
static int check_writes(void)
{
	for (unsigned k = 0; k < NR_WRITERS; k++) {
		struct writer *w = &wr[k];
		uint64_t last = 0;
		bool any = false;

		CHECK(w->done == w->want, "writer %u: %u of %u writes done",
		      k, w->done, w->want);
		for (unsigned i = 0; i < w->nr_att; i++) {
			const struct op_rec *a = &w->att[i];

			if (a->status == ZAP_ZONE_INVALID_WRITE) {
				CHECK(a->wp > a->at &&
				      a->wp <= zstart + zcap,
				      "writer %u: write at LBA %" PRIu64
				      " refused with the wp at %" PRIu64
				      " (the wp never moves back)", k, a->at,
				      a->wp);
				continue;
			}
			CHECK(a->lba == a->at, "writer %u: write at LBA %"
			      PRIu64 " landed at %" PRIu64, k, a->at, a->lba);
			CHECK(a->wp == a->at + nlb, "writer %u: wp %" PRIu64
			      " after a write at LBA %" PRIu64, k, a->wp,
			      a->at);
			CHECK(!any || a->lba >= last + nlb, "writer %u: write "
			      "%u at LBA %" PRIu64 " is not after its write at "
			      "%" PRIu64, k, a->seq, a->lba, last);
			last = a->lba;
			any = true;
		}
	}
	return 0;
}

/* Every acknowledged record tiles [start, wp) and reads back. */
static int check_zone_contents(void)
{
	size_t n = app_issued, k = 0;
	struct slot_owner *o;
	struct zap_zone z;
	char *buf, want[REC_LEN];
	uint64_t per = 256;

	for (unsigned i = 0; i < NR_WRITERS; i++)
		n += wr[i].done;
	o = malloc(n * sizeof(*o));
	buf = malloc(per * REC_LEN);
	CHECK(o && buf, "out of memory");
	for (unsigned i = 0; i < app_issued; i++)
		o[k++] = (struct slot_owner){ app[i].lba, &app[i] };
	for (unsigned w = 0; w < NR_WRITERS; w++)
		for (unsigned i = 0; i < wr[w].nr_att; i++)
			if (wr[w].att[i].status == ZAP_OK)
				o[k++] = (struct slot_owner){
					wr[w].att[i].lba, &wr[w].att[i] };
	qsort(o, n, sizeof(*o), cmp_owner);
	CHECK_STATUS(zone_get(&z), ZAP_OK);
	if (check_tiling(o, n, z.wp, "appends and writes"))
		return 1;
	for (size_t i = 0; i < n; i += per) {
		size_t m = n - i < per ? n - i : per;

		if (read_records(i, m, buf))
			return 1;
		for (size_t j = 0; j < m; j++) {
			const struct op_rec *r = o[i + j].rec;

			fill(want, r->id, r->seq);
			CHECK(!memcmp(buf + j * REC_LEN, want, REC_LEN),
			      "%s at LBA %" PRIu64 " reads back as %s",
			      rec_name(r), o[i + j].lba,
			      describe(buf + j * REC_LEN));
		}
	}
	free(o);
	free(buf);
	return 0;
}

/*
 * How long ordered writes waited, against the appends ahead of them: for
 * each attempt, the appends sent before it and not yet answered then. The
 * appends are in send order, so a prefix maximum of their reply times
 * gives the latest reply among those sent before any instant. Excess is
 * the attempt's wait minus how long the last of those appends still took;
 * it is reported apart for attempts sent while appends were in flight
 * (there, a writer that waits for appends which arrived after it shows)
 * and for the others (there it is the write's own service time).
 */
struct wait_stat {
	unsigned n;
	int64_t excess;			/* the worst */
	uint64_t wait, ahead;		/* of that attempt */
};

static void wait_line(const char *what, const struct wait_stat *s)
{
	if (!s->n)
		return;
	printf("  worst wait beyond the appends ahead, %u attempts %s: "
	       "%.3f ms (wait %.3f ms, appends ahead %.3f ms)\n", s->n,
	       what, s->excess / 1e6, ms(s->wait), ms(s->ahead));
}

static void report_waits(void)
{
	uint64_t *pmax = malloc(((size_t)app_issued + 1) * sizeof(*pmax));
	uint64_t worst_wait = 0, worst_wait_ahead = 0;
	struct wait_stat st[2] = { { 0, INT64_MIN, 0, 0 },
				   { 0, INT64_MIN, 0, 0 } };

	if (!pmax)
		return;
	pmax[0] = 0;
	for (unsigned i = 0; i < app_issued; i++)
		pmax[i + 1] = app[i].replied > pmax[i] ? app[i].replied :
							 pmax[i];
	for (unsigned k = 0; k < NR_WRITERS; k++) {
		for (unsigned i = 0; i < wr[k].nr_att; i++) {
			const struct op_rec *a = &wr[k].att[i];
			uint64_t wait = a->replied - a->sent, ahead = 0;
			unsigned lo = 0, hi = app_issued;
			struct wait_stat *s;
			int64_t excess;

			/* lo: the appends sent before this attempt */
			while (lo < hi) {
				unsigned mid = lo + (hi - lo) / 2;

				if (app[mid].sent < a->sent)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (pmax[lo] > a->sent)
				ahead = pmax[lo] - a->sent;
			if (wait >= worst_wait) {
				worst_wait = wait;
				worst_wait_ahead = ahead;
			}
			s = &st[!ahead];
			s->n++;
			excess = (int64_t)wait - (int64_t)ahead;
			if (excess > s->excess) {
				s->excess = excess;
				s->wait = wait;
				s->ahead = ahead;
			}
		}
	}
	printf("  worst ordered-write wait %.3f ms; the longest append in "
	       "flight when it was sent was answered %.3f ms after it\n",
	       ms(worst_wait), ms(worst_wait_ahead));
	wait_line("sent with appends in flight", &st[0]);
	wait_line("sent with none in flight", &st[1]);
	free(pmax);
}

struct totals {
	unsigned rounds, appends, writes, during, after;
	unsigned retries_during, retries_after;
	double seconds;
};

static int load_round(unsigned limit, uint64_t deadline, unsigned writes,
		      struct totals *t)
{
	uint64_t t0, t_over = 0, last_reply = 0;
	unsigned during = 0, after = 0, rd = 0, ra = 0;

	if (zone_reset_empty())
		return 1;
	load_start();
	for (unsigned k = 0; k < NR_WRITERS; k++) {
		struct writer *w = &wr[k];

		w->wp = zstart;
		w->done = w->nr_att = 0;
		w->want = writes;
		w->busy = false;
		w->error = 0;
		w->att_at_stop = 0;
	}
	t0 = now_ns();
	for (;;) {
		uint64_t now = now_ns();
		bool issuing = app_issued < limit &&
			       (!deadline || now < deadline);
		bool writing = false;

		for (unsigned i = 0; issuing && i < NR_APPENDERS; i++)
			while (app_issued < limit &&
			       zap_in_flight(aconn[i]) < DEPTH)
				if (issue_append(i))
					return 1;
		if (!issuing && app_done == app_issued && !t_over) {
			t_over = now;
			for (unsigned k = 0; k < NR_WRITERS; k++)
				wr[k].att_at_stop = wr[k].nr_att;
		}
		for (unsigned k = 0; k < NR_WRITERS; k++) {
			struct writer *w = &wr[k];

			CHECK(!w->error, "writer %u: write at LBA %" PRIu64
			      " failed with %s", k, w->att[w->nr_att - 1].at,
			      zap_status_name(w->error));
			if (w->done == w->want)
				continue;
			writing = true;
			if (w->busy)
				continue;
			CHECK(!t_over ||
			      w->nr_att - w->att_at_stop < MAX_ATTEMPTS,
			      "writer %u: %u writes of %u done after %u "
			      "attempts since the appends ended", k, w->done,
			      w->want, MAX_ATTEMPTS);
			CHECK(!t_over || now - t_over < MAX_WRITER_NS,
			      "writer %u: %u writes of %u done %.0f s after "
			      "the appends ended", k, w->done, w->want,
			      (now - t_over) / 1e9);
			if (issue_write(w))
				return 1;
		}
		if (t_over && !writing)
			break;
		if (poll_all())
			return 1;
	}
	if (check_appends_ok())
		return 1;
	for (unsigned i = 0; i < app_issued; i++)
		if (app[i].replied > last_reply)
			last_reply = app[i].replied;
	if (check_writes() || check_zone_contents())
		return 1;
	for (unsigned k = 0; k < NR_WRITERS; k++) {
		for (unsigned i = 0; i < wr[k].nr_att; i++) {
			const struct op_rec *a = &wr[k].att[i];
			bool load = a->replied <= last_reply;

			if (a->status == ZAP_OK)
				load ? during++ : after++;
			else
				load ? rd++ : ra++;
		}
	}
	printf("phase 1 round %u: %u appends (%u connections x %u in flight) "
	       "in %.2f s (%.0f/s); %u ordered writes: %u while appends "
	       "ran, %u after; retries: %u while appends ran, %u after\n",
	       t->rounds + 1, app_issued, NR_APPENDERS, DEPTH,
	       (t_over - t0) / 1e9, app_issued / ((t_over - t0) / 1e9),
	       during + after, during, after, rd, ra);
	report_waits();
	printf("  zone read back: %u records tile [%" PRIu64 ", %" PRIu64
	       ") and read back where their replies said\n",
	       app_issued + during + after, zstart,
	       zstart + (app_issued + during + after) * nlb);
	t->rounds++;
	t->appends += app_issued;
	t->writes += during + after;
	t->during += during;
	t->after += after;
	t->retries_during += rd;
	t->retries_after += ra;
	t->seconds += (now_ns() - t0) / 1e9;
	return 0;
}

/* ---- phase 2: a reset under load ---- */

static struct {
	bool answered;
	int status;
	uint64_t sent, replied;
	unsigned conn0_unanswered;	/* conn 0 appends, at the reply */
} reset;

static void on_reset(zap_client *c, const struct zap_result *res,
		     void *arg)
{
	reset.replied = now_ns();
	reset.status = res->status;
	reset.answered = true;
	reset.conn0_unanswered = conn_issued[0] - conn_done[0];
}

static int reset_under_load(unsigned reset_after)
{
	unsigned conn0_in_flight = 0, all_in_flight = 0, answered = 0;
	unsigned nb = 0, na = 0;
	struct slot_owner *after, *before;
	const struct op_rec **owner;
	struct zap_zone z;
	uint64_t nrec = 0;
	char *img, want[REC_LEN];
	bool stopped = false;

	if (zone_reset_empty())
		return 1;
	load_start();
	memset(&reset, 0, sizeof(reset));
	while (!reset.answered || app_done < app_issued) {
		for (unsigned i = 0; !stopped && i < NR_APPENDERS; i++)
			while (app_issued < app_max &&
			       zap_in_flight(aconn[i]) < DEPTH)
				if (issue_append(i))
					return 1;
		if (!stopped && (app_done >= reset_after ||
				 app_issued == app_max)) {
			/* everyone stops; conn 0 resets behind its appends */
			stopped = true;
			conn0_in_flight = zap_in_flight(aconn[0]);
			all_in_flight = app_issued - app_done;
			answered = app_done;
			reset.sent = now_ns();
			CHECK_STATUS(zap_zone_mgmt_async(aconn[0], drive, zone,
							 ZAP_ZONE_RESET, 0,
							 on_reset, NULL),
				     ZAP_OK);
		}
		if (poll_all())
			return 1;
	}
	CHECK(conn0_in_flight > 0, "connection 0 had no append in flight "
	      "when it sent RESET");
	CHECK(reset.status == ZAP_OK, "RESET under load failed with %s",
	      zap_status_name(reset.status));
	if (check_appends_ok())
		return 1;
	CHECK(!reset.conn0_unanswered, "%u appends of connection 0 sent "
	      "before its RESET were answered after it",
	      reset.conn0_unanswered);
	CHECK_STATUS(zone_get(&z), ZAP_OK);

	/* an image of every record slot an append was given */
	for (unsigned i = 0; i < app_issued; i++) {
		CHECK(app[i].lba >= zstart &&
		      app[i].lba + nlb <= zstart + zcap,
		      "%s landed at LBA %" PRIu64 ", outside zone %u",
		      rec_name(&app[i]), app[i].lba, zone);
		CHECK((app[i].lba - zstart) % nlb == 0, "%s landed at LBA %"
		      PRIu64 ", off the record grid of the zone",
		      rec_name(&app[i]), app[i].lba);
		if ((app[i].lba - zstart) / nlb + 1 > nrec)
			nrec = (app[i].lba - zstart) / nlb + 1;
	}
	CHECK(z.wp >= zstart && (z.wp - zstart) % nlb == 0 &&
	      (z.wp - zstart) / nlb <= nrec, "zone wp %" PRIu64
	      " after the reset under load, appends reached LBA %" PRIu64,
	      z.wp, zstart + nrec * nlb);
	img = malloc(nrec * REC_LEN);
	after = malloc(app_issued * sizeof(*after));
	before = malloc(app_issued * sizeof(*before));
	owner = calloc(nrec, sizeof(*owner));
	CHECK(img && after && before && owner, "out of memory");
	if (read_records(0, nrec, img))
		return 1;

	/* own bytes at its LBA: it landed after the reset */
	for (unsigned i = 0; i < app_issued; i++) {
		const struct op_rec *a = &app[i];

		fill(want, a->id, a->seq);
		if (!memcmp(img + (a->lba - zstart) / nlb * REC_LEN, want,
			    REC_LEN)) {
			CHECK(a->id != 0, "%s, sent before connection 0's "
			      "RESET, reads back at LBA %" PRIu64 ": it landed "
			      "after the reset", rec_name(a), a->lba);
			after[na++] = (struct slot_owner){ a->lba, a };
			owner[(a->lba - zstart) / nlb] = a;
		} else {
			before[nb++] = (struct slot_owner){ a->lba, a };
		}
	}
	qsort(after, na, sizeof(*after), cmp_owner);
	qsort(before, nb, sizeof(*before), cmp_owner);
	if (check_tiling(after, na, z.wp, "appends after the reset"))
		return 1;
	if (!na)
		CHECK(z.state == ZAP_ZS_EMPTY && z.wp == zstart,
		      "no append landed after the reset, but the zone is %s "
		      "with wp %" PRIu64, zap_zone_state_name(z.state), z.wp);
	/* before the reset they filled the zone from its start */
	if (check_tiling(before, nb, zstart + nb * nlb,
			 "appends before the reset"))
		return 1;
	for (unsigned i = 0; i < nb; i++) {
		uint64_t s = (before[i].lba - zstart) / nlb;
		const char *got = img + s * REC_LEN;

		if (before[i].lba >= z.wp)
			CHECK(is_zero(got), "%s at LBA %" PRIu64 " (reset "
			      "since) reads back as %s, not zeros",
			      rec_name(before[i].rec), before[i].lba,
			      describe(got));
		else
			CHECK(owner[s], "%s at LBA %" PRIu64 " below the wp "
			      "after the reset reads back as %s",
			      rec_name(before[i].rec), before[i].lba,
			      describe(got));
	}
	printf("phase 2: RESET sent on connection 0 after %u appends "
	       "answered, with %u of its own and %u in all in flight; it "
	       "took %.3f ms; %u appends landed before it, %u after it "
	       "(zone %s, wp %" PRIu64 ")\n", answered, conn0_in_flight,
	       all_in_flight, ms(reset.replied - reset.sent), nb, na,
	       zap_zone_state_name(z.state), z.wp);
	free(img);
	free(after);
	free(before);
	free(owner);
	return 0;
}

/* ---- main ---- */

static int parse_u64(const char *s, uint64_t max, uint64_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *end || s[0] == '-' || v > max)
		return -1;
	*out = v;
	return 0;
}

static void usage(void)
{
	fprintf(stderr, "usage: arbitration --addr HOST:PORT --drive NAME "
		"[--appends N | --seconds S] [--zone Z] [--writes M] "
		"[--reset-after N]\n");
}

static int connect_all(void)
{
	for (unsigned i = 0; i < NR_APPENDERS; i++)
		CHECK(!zap_connect(addr, NULL, &aconn[i]), "connect %s: %s",
		      addr, zap_last_error(NULL));
	for (unsigned k = 0; k < NR_WRITERS; k++) {
		wr[k].index = k;
		CHECK(!zap_connect(addr, NULL, &wr[k].c), "connect %s: %s",
		      addr, zap_last_error(NULL));
	}
	return 0;
}

static void close_all(void)
{
	for (unsigned i = 0; i < NR_APPENDERS; i++)
		if (aconn[i])
			zap_close(aconn[i]);
	for (unsigned k = 0; k < NR_WRITERS; k++) {
		if (wr[k].c)
			zap_close(wr[k].c);
		free(wr[k].att);
	}
}

static int run(uint64_t appends, uint64_t seconds, uint64_t writes,
	       uint64_t reset_after)
{
	uint64_t budget, per_round, deadline = 0, t0 = now_ns();
	struct totals t = { 0 };

	geo = zap_drive_find(ctl, drive);
	CHECK(geo, "server has no drive %s", drive);
	CHECK(REC_LEN % geo->lba_size == 0 && geo->max_append >= REC_LEN,
	      "the drive needs 4 KiB records (LBA %u bytes, max append %u)",
	      geo->lba_size, geo->max_append);
	CHECK(zone < geo->nr_zones, "no zone %u (the drive has %u)", zone,
	      geo->nr_zones);
	nlb = REC_LEN / geo->lba_size;
	zstart = (uint64_t)zone * geo->zone_size;
	zcap = geo->zone_capacity;
	/* appends and writes of a round fit the zone */
	budget = zcap / nlb;
	CHECK(budget > NR_WRITERS * writes + NR_APPENDERS * DEPTH,
	      "zone %u holds %"
	      PRIu64 " records: too few for %" PRIu64 " writes per writer",
	      zone, budget, writes);
	budget -= NR_WRITERS * writes;
	per_round = seconds || appends > budget ? budget : appends;
	if (per_round > MAX_ROUND)
		per_round = MAX_ROUND;
	app_max = per_round > reset_after + NR_APPENDERS * DEPTH ? per_round :
		  reset_after + NR_APPENDERS * DEPTH;
	CHECK(app_max <= budget + NR_WRITERS * writes, "--reset-after %"
	      PRIu64 " does not fit zone %u", reset_after, zone);
	app = malloc(app_max * sizeof(*app));
	CHECK(app, "out of memory");
	if (connect_all())
		return 1;
	if (seconds)
		deadline = t0 + seconds * NS_PER_S;
	/* rounds of at most a zone's worth, each on a reset zone */
	do {
		uint64_t n = per_round;

		if (!seconds && appends - t.appends < n)
			n = appends - t.appends;
		if (load_round(n, deadline, writes, &t))
			return 1;
	} while (deadline ? now_ns() < deadline : t.appends < appends);
	printf("phase 1: %u round(s), %u appends, %u ordered writes (%u "
	       "while appends ran, %u after), %u retries (%u while appends "
	       "ran, %u after) in %.1f s\n", t.rounds, t.appends, t.writes,
	       t.during, t.after, t.retries_during + t.retries_after,
	       t.retries_during, t.retries_after, t.seconds);
	if (reset_under_load(reset_after))
		return 1;
	return zone_reset_empty();
}

int main(int argc, char **argv)
{
	uint64_t appends = DEFAULT_APPENDS, seconds = 0, z = 0;
	uint64_t writes = DEFAULT_WRITES, reset_after = DEFAULT_RESET_AFTER;
	int st;

	for (int i = 1; i < argc; i += 2) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		int bad = !v;

		if (bad)
			;
		else if (!strcmp(argv[i], "--addr"))
			addr = v;
		else if (!strcmp(argv[i], "--drive"))
			drive = v;
		else if (!strcmp(argv[i], "--appends"))
			bad = parse_u64(v, UINT32_MAX / 2, &appends) ||
			      !appends;
		else if (!strcmp(argv[i], "--seconds"))
			bad = parse_u64(v, 1000000, &seconds) || !seconds;
		else if (!strcmp(argv[i], "--zone"))
			bad = parse_u64(v, UINT32_MAX, &z);
		else if (!strcmp(argv[i], "--writes"))
			bad = parse_u64(v, 1000000, &writes) || !writes;
		else if (!strcmp(argv[i], "--reset-after"))
			bad = parse_u64(v, UINT32_MAX / 2, &reset_after) ||
			      !reset_after;
		else
			bad = 1;
		if (bad) {
			usage();
			return 2;
		}
	}
	if (!addr || !drive) {
		usage();
		return 2;
	}
	zone = z;
	if (zap_connect(addr, NULL, &ctl)) {
		fprintf(stderr, "arbitration: connect %s: %s\n", addr,
			zap_last_error(NULL));
		return 1;
	}
	st = run(appends, seconds, writes, reset_after);
	close_all();
	zap_close(ctl);
	free(app);
	printf("arbitration: %s\n", st ? "FAIL" : "ok");
	return st ? 1 : 0;
}
