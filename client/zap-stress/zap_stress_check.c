/* SPDX-License-Identifier: MIT */
/*
 * zap-stress verification: join the acknowledged records of a zone with
 * the records a scan found, by identity, and judge each.
 */
#include "zap_stress_check.h"

#include <stdlib.h>

#include "zap_stress_record.h"

enum zs_class zs_classify(const struct zs_entry *e, const struct zs_resets *r)
{
	if (r->last_certain > e->i)
		return ZS_GONE;
	if (r->last_maybe <= e->d)
		return ZS_PRESENT;
	return ZS_AMBIGUOUS;
}

bool zs_verdict_failed(const struct zs_verdict *v, bool exactly_once)
{
	return v->lost || v->misplaced || v->duplicated || v->torn ||
	       v->overlapping || v->misordered || v->stale || v->live_bad ||
	       (exactly_once && v->unacknowledged);
}

void zs_verdict_add(struct zs_verdict *dst, const struct zs_verdict *src)
{
	const uint64_t *s = (const uint64_t *)src;
	uint64_t *d = (uint64_t *)dst;

	for (size_t i = 0; i < sizeof(*src) / sizeof(uint64_t); i++)
		d[i] += s[i];
}

#define STALE	"stale (a reset erased it)"

static int cmp_u64(uint64_t a, uint64_t b)
{
	return a < b ? -1 : a > b;
}

static int entry_by_key(const void *a, const void *b)
{
	return cmp_u64(((const struct zs_entry *)a)->key,
		       ((const struct zs_entry *)b)->key);
}

static int entry_by_lba(const void *a, const void *b)
{
	return cmp_u64(((const struct zs_entry *)a)->lba,
		       ((const struct zs_entry *)b)->lba);
}

static int found_by_key(const void *a, const void *b)
{
	const struct zs_found *x = a, *y = b;

	return x->key != y->key ? cmp_u64(x->key, y->key) :
				  cmp_u64(x->lba, y->lba);
}

static void note(const struct zs_zone_check *c, const char *what,
		 const struct zs_entry *e, const struct zs_found *f)
{
	if (c->note)
		c->note(c->arg, what, e, f);
}

/*
 * Judge one acknowledged record that should be, or may be, in the zone,
 * from the copies f[0..n) of it that the scan found. Returns whether it
 * takes space in the zone (for the overlap check).
 */
static bool judge(const struct zs_zone_check *c, const struct zs_entry *e,
		  enum zs_class cls, const struct zs_found *f, size_t n,
		  struct zs_verdict *v)
{
	const struct zs_found *at = NULL;

	for (size_t j = 0; j < n; j++)
		if (f[j].lba == e->lba && f[j].nlb == e->nlb)
			at = &f[j];
	if (e->lba < c->start || e->lba + e->nlb > c->start + c->cap) {
		v->misplaced++;
		note(c, "acknowledged outside its zone", e, NULL);
		return false;
	}
	if (at && at->beyond_wp) {
		/* the zone forgot it, or a reset failed to erase it */
		if (cls == ZS_PRESENT)
			v->lost++;
		else
			v->stale++;
		note(c, cls == ZS_PRESENT ? "beyond the zone's write pointer" :
		     STALE, e, at);
		return cls == ZS_PRESENT;
	}
	if (at && at->intact) {
		v->verified++;
		return true;
	}
	if (at) {
		v->torn++;
		note(c, "torn", e, at);
	} else if (n) {
		v->misplaced++;
		note(c, "misplaced", e, f);
	} else if (cls == ZS_PRESENT) {
		v->lost++;
		note(c, "lost", e, NULL);
	} else {
		v->ambiguous++;
	}
	return cls == ZS_PRESENT;
}

void zs_check_zone(struct zs_zone_check *c, struct zs_verdict *v)
{
	size_t a = 0, b, k = 0, nspace = 0, nx = c->nx, nf = c->nf;
	struct zs_entry *x = c->x, t;
	struct zs_found *f = c->f;
	uint64_t key, prev_write = 0;
	unsigned w, prev_worker = 0;
	bool have_write = false;
	enum zs_class cls;

	qsort(x, nx, sizeof(*x), entry_by_key);
	qsort(f, nf, sizeof(*f), found_by_key);
	while (a < nf || k < nx) {
		/* the next identity, and its copies f[a..b) */
		key = k < nx ? x[k].key : UINT64_MAX;
		if (a < nf && f[a].key < key)
			key = f[a].key;
		for (b = a; b < nf && f[b].key == key; b++)
			;
		if (b - a > 1) {
			v->duplicated++;
			note(c, "duplicated", k < nx && x[k].key == key ?
			     &x[k] : NULL, &f[a + 1]);
		}
		w = ZS_KEY_WORKER(key);
		if (k == nx || x[k].key != key) {
			if (w < c->nr_workers &&
			    ZS_KEY_SEQ(key) <= c->gone_seq[w]) {
				v->stale++;
				note(c, STALE, NULL, &f[a]);
			} else {
				v->unacknowledged++;
				if (c->exactly_once)
					note(c, "unacknowledged", NULL,
					     &f[a]);
			}
			a = b;
			continue;
		}
		cls = zs_classify(&x[k], &c->resets);
		if (cls == ZS_GONE) {
			if (b > a) {
				v->stale++;
				note(c, STALE, &x[k], &f[a]);
			} else {
				v->gone++;
			}
		} else if (judge(c, &x[k], cls, f + a, b - a, v)) {
			/* ordered writes of a worker land in issue order */
			if (cls == ZS_PRESENT && x[k].kind != ZS_KIND_APPEND) {
				if (have_write && prev_worker == w &&
				    x[k].lba <= prev_write) {
					v->misordered++;
					note(c, "ordered write out of order",
					     &x[k], NULL);
				}
				have_write = true;
				prev_worker = w;
				prev_write = x[k].lba;
			}
			/* keep it in x[0..nspace) for the overlap check */
			t = x[nspace];
			x[nspace++] = x[k];
			x[k] = t;
		}
		a = b;
		k++;
	}
	qsort(x, nspace, sizeof(*x), entry_by_lba);
	for (k = 1; k < nspace; k++) {
		if (x[k - 1].lba + x[k - 1].nlb > x[k].lba) {
			v->overlapping++;
			note(c, "overlaps the record before it", &x[k], NULL);
		}
	}
}
