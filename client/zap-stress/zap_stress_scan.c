/* SPDX-License-Identifier: MIT */
/*
 * zap-stress scan: read the target zones back, after a run or for
 * --verify-log, and collect every record found in them. Each zapd gets up
 * to SCANNERS connections, each taking the next zone of that zapd until
 * none is left, and walking it from its start, block by block where no
 * record starts and record by record where one does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zap_stress.h"
#include "zap_stress_record.h"

#define SCANNERS	8	/* connections per zapd */

/* What the scanners share: the targets of each endpoint, in turn. */
struct scan {
	struct zs_run *run;
	unsigned *order;	/* targets grouped by endpoint */
	unsigned *off;		/* endpoint e's: order[off[e]..off[e + 1]) */
	atomic_uint *next;	/* per endpoint: the next to take */
};

struct scanner {
	struct scan *scan;
	struct zs_run *run;
	unsigned endpoint;
	pthread_t thread;
	struct zs_found *found;
	size_t nr_found, found_size;
	int failed;		/* a status that spoiled the scan */
};

/* The part of a zone held in memory while scanning it. */
struct window {
	zap_client *c;
	const struct zs_target *t;
	uint8_t *buf;
	uint64_t cap;		/* blocks buf holds */
	uint64_t chunk;		/* blocks per read */
	uint64_t lba, n;	/* buf holds [lba, lba + n) */
	uint64_t wp;
	uint64_t end;		/* scan up to here */
	int failed;		/* a read below the wp failed */
};

/*
 * Have [lba, lba + n) in the window; false if beyond the end or unread.
 * Reads do not straddle the wp, and one that fails beyond it (where a
 * drive may refuse to read) just ends the scan there.
 */
static bool window_get(struct window *win, uint64_t lba, uint64_t n)
{
	uint32_t bs = win->t->lba_size;
	uint64_t keep, want, at;
	int rc;

	if (lba + n <= win->lba + win->n)
		return true;
	if (lba + n > win->end)
		return false;
	keep = win->lba + win->n > lba ? win->lba + win->n - lba : 0;
	if (keep)
		memmove(win->buf, win->buf + (lba - win->lba) * bs, keep * bs);
	win->lba = lba;
	win->n = keep;
	while (win->n < n) {
		at = win->lba + win->n;
		want = (at < win->wp ? win->wp : win->end) - at;
		if (want > win->cap - win->n)
			want = win->cap - win->n;
		if (want > win->chunk)
			want = win->chunk;
		rc = zap_read(win->c, win->t->drive, at,
			      win->buf + win->n * bs, want * bs);
		if (rc && at >= win->wp) {
			win->end = at;
			return false;
		}
		if (rc) {
			fprintf(stderr, "zap-stress: scan of %s zone %u: read "
				"of LBA %llu: %s\n", win->t->drive,
				win->t->zone, (unsigned long long)at,
				zap_last_error(win->c));
			win->failed = rc;
			return false;
		}
		win->n += want;
	}
	return true;
}

static int found_push(struct scanner *sc, const struct zs_found *f)
{
	struct zs_found *p;
	size_t size;

	if (sc->nr_found == sc->found_size) {
		size = sc->found_size ? 2 * sc->found_size : 4096;
		p = realloc(sc->found, size * sizeof(*p));
		if (!p)
			return ZAP_OUT_OF_MEMORY;
		sc->found = p;
		sc->found_size = size;
	}
	sc->found[sc->nr_found++] = *f;
	return 0;
}

/*
 * Walk the zone and collect every record: those below the wp, and those
 * beyond it as far as records were ever acknowledged, which should have
 * been erased.
 */
static int scan_target(struct scanner *sc, zap_client *c, unsigned ti)
{
	const struct zs_target *t = &sc->run->t[ti];
	struct window win = { .c = c, .t = t, .lba = t->start };
	uint32_t bs = t->lba_size, max_nlb = sc->run->max_len / bs;
	struct zap_zone z, *zp = &z;
	struct zs_found f;
	struct zs_rec r;
	size_t nr = 1;
	uint64_t pos;
	int rc;

	rc = zap_report_zones(c, t->drive, t->zone, ZAP_ZS_ANY, &zp, &nr);
	if (!rc && (nr != 1 || z.start != t->start))
		rc = ZAP_NO_SUCH_ZONE;
	if (rc) {
		fprintf(stderr, "zap-stress: scan of %s zone %u: %s\n",
			t->drive, t->zone, zap_last_error(c));
		return rc;
	}
	win.end = t->start + t->cap;
	win.wp = z.state == ZAP_ZS_FULL || z.wp > win.end ? win.end : z.wp;
	if (sc->run->led.high[ti] < win.end)
		win.end = sc->run->led.high[ti] > win.wp ?
			  sc->run->led.high[ti] : win.wp;
	win.chunk = (zap_max_data(c) < (4u << 20) ? zap_max_data(c) :
		     (4u << 20)) / bs;
	win.cap = win.chunk + max_nlb;
	win.buf = malloc(win.cap * bs);
	if (!win.buf)
		return ZAP_OUT_OF_MEMORY;
	for (pos = t->start; pos < win.end && !rc;) {
		if (!window_get(&win, pos, 1)) {
			rc = win.failed;
			break;
		}
		if (!zs_rec_parse(win.buf + (pos - win.lba) * bs,
				  sc->run->run_id, bs, &r)) {
			pos++;
			continue;
		}
		f = (struct zs_found){
			.lba = pos,
			.key = ZS_KEY(r.worker, r.seq),
			.target = r.target,
			.nlb = r.len / bs,
			.beyond_wp = pos + r.len / bs > win.wp,
		};
		f.intact = f.nlb <= max_nlb && window_get(&win, pos, f.nlb) &&
			   zs_rec_body_ok(win.buf + (pos - win.lba) * bs, &r);
		rc = found_push(sc, &f);
		pos += f.intact ? f.nlb : 1;
	}
	free(win.buf);
	return rc;
}

static void *scanner_main(void *arg)
{
	struct scanner *sc = arg;
	struct scan *scan = sc->scan;
	unsigned e = sc->endpoint, i;
	zap_client *c = zs_connect(sc->run, e, false);
	int rc;

	if (!c) {
		sc->failed = ZAP_CONNECTION_LOST;
		return NULL;
	}
	while ((i = scan->off[e] + atomic_fetch_add(&scan->next[e], 1)) <
	       scan->off[e + 1]) {
		rc = scan_target(sc, c, scan->order[i]);
		if (rc)
			sc->failed = rc;
	}
	zap_close(c);
	return NULL;
}

int zs_scan(struct zs_run *run, struct zs_found **found, size_t *nr)
{
	struct scan scan = { .run = run };
	unsigned nr_ep = run->nr_ep, n = 0, k = 0, want;
	struct scanner *sc = NULL;
	size_t total = 0;
	int rc = ZAP_OUT_OF_MEMORY;

	*found = NULL;
	*nr = 0;
	scan.order = calloc(run->nr_targets, sizeof(*scan.order));
	scan.off = calloc(nr_ep + 1, sizeof(*scan.off));
	scan.next = calloc(nr_ep, sizeof(*scan.next));
	sc = calloc((size_t)nr_ep * SCANNERS, sizeof(*sc));
	if (!scan.order || !scan.off || !scan.next || !sc)
		goto out;
	for (unsigned e = 0; e < nr_ep; e++) {
		scan.off[e] = k;
		for (unsigned t = 0; t < run->nr_targets; t++)
			if (run->t[t].endpoint == e)
				scan.order[k++] = t;
		want = k - scan.off[e] < SCANNERS ? k - scan.off[e] : SCANNERS;
		for (unsigned i = 0; i < want; i++, n++) {
			sc[n] = (struct scanner){
				.scan = &scan, .run = run, .endpoint = e,
			};
		}
	}
	scan.off[nr_ep] = k;
	rc = 0;
	for (unsigned i = 0; i < n; i++) {
		if (pthread_create(&sc[i].thread, NULL, scanner_main, &sc[i])) {
			sc[i].failed = ZAP_OUT_OF_MEMORY;
			n = i;
			break;
		}
	}
	for (unsigned i = 0; i < n; i++) {
		pthread_join(sc[i].thread, NULL);
		total += sc[i].nr_found;
	}
	*found = malloc((total ? total : 1) * sizeof(**found));
	for (unsigned i = 0; i < nr_ep * SCANNERS; i++) {
		if (sc[i].failed)
			rc = sc[i].failed;
		if (*found && sc[i].nr_found)
			memcpy(*found + *nr, sc[i].found,
			       sc[i].nr_found * sizeof(**found));
		*nr += sc[i].nr_found;
		free(sc[i].found);
	}
	if (!*found)
		rc = ZAP_OUT_OF_MEMORY;
out:
	free(sc);
	free(scan.order);
	free(scan.off);
	free(scan.next);
	return rc;
}
