/* SPDX-License-Identifier: MIT */
/*
 * zap-stress verification: the log of acknowledged records, gathered into
 * a ledger after the run, saved to and loaded from a file, and compared
 * with what a scan of every target finds.
 *
 * A saved log is host-endian: verify it on the machine type that wrote it.
 * Layout: struct file_head, nr_ep addresses of ZS_ADDR_LEN bytes, nr_targets
 * struct file_target, nr_targets * nr_writers gone sequences (uint64_t),
 * nr_entries struct zs_entry.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zap_stress.h"

#define FILE_MAGIC	"ZSLOG03\n"
#define ZS_ADDR_LEN	sizeof(((struct zs_endpoint *)0)->addr)

struct file_head {
	char magic[8];
	uint64_t run_id;
	uint64_t nr_entries;
	uint64_t dropped;
	uint32_t nr_ep;
	uint32_t nr_targets;
	uint32_t nr_writers;
	uint32_t max_len;
	uint32_t exactly_once;	/* the run had every reply */
	uint32_t pad;
};

struct file_target {
	char drive[64];
	uint64_t start, cap, high;
	uint32_t endpoint, zone, lba_size;
	struct zs_resets resets;
	uint32_t pad;
};

int zs_log_push(struct zs_log *l, const struct zs_entry *e)
{
	struct zs_entry *p;
	size_t size;

	if (l->n == l->size) {
		size = l->size ? 2 * l->size : 65536;
		p = realloc(l->e, size * sizeof(*p));
		if (!p)
			return ZAP_OUT_OF_MEMORY;
		l->e = p;
		l->size = size;
	}
	l->e[l->n++] = *e;
	return 0;
}

/* Allocate the per-target parts of the ledger. */
static int ledger_alloc(struct zs_ledger *led, unsigned nr_targets,
			unsigned nr_writers, size_t nr_entries)
{
	led->nr_writers = nr_writers;
	led->n = nr_entries;
	led->e = malloc((nr_entries ? nr_entries : 1) * sizeof(*led->e));
	led->gone_seq = calloc((size_t)nr_targets * nr_writers + 1,
			       sizeof(*led->gone_seq));
	led->resets = calloc(nr_targets + 1, sizeof(*led->resets));
	led->high = calloc(nr_targets + 1, sizeof(*led->high));
	return led->e && led->gone_seq && led->resets && led->high ?
	       0 : ZAP_OUT_OF_MEMORY;
}

int zs_ledger_gather(struct zs_run *run)
{
	struct zs_ledger *led = &run->led;
	struct zs_worker *w;
	size_t n = 0;

	for (unsigned i = 0; i < run->nr_workers; i++)
		n += run->w[i].log.n;
	if (ledger_alloc(led, run->nr_targets, run->nr_workers, n))
		return ZAP_OUT_OF_MEMORY;
	n = 0;
	for (unsigned i = 0; i < run->nr_workers; i++) {
		w = &run->w[i];
		memcpy(led->e + n, w->log.e, w->log.n * sizeof(*led->e));
		n += w->log.n;
		led->dropped += w->log.dropped;
		free(w->log.e);
		w->log = (struct zs_log){ 0 };
		for (unsigned t = 0; t < run->nr_targets; t++) {
			led->gone_seq[(size_t)t * run->nr_workers + i] =
				w->gone_seq[t];
			if (w->high[t] > led->high[t])
				led->high[t] = w->high[t];
		}
	}
	for (unsigned t = 0; t < run->nr_targets; t++) {
		led->resets[t].last_certain =
			atomic_load(&run->t[t].last_certain);
		led->resets[t].last_maybe = atomic_load(&run->t[t].last_maybe);
	}
	return 0;
}

int zs_save_log(const struct zs_run *run, const char *file)
{
	const struct zs_ledger *led = &run->led;
	struct file_head h = {
		.run_id = run->run_id,
		.nr_entries = led->n,
		.dropped = led->dropped,
		.nr_ep = run->nr_ep,
		.nr_targets = run->nr_targets,
		.nr_writers = led->nr_writers,
		.max_len = run->max_len,
		.exactly_once = run->exactly_once,
	};
	struct file_target ft;
	bool ok;
	FILE *f;

	f = fopen(file, "wb");
	if (!f) {
		fprintf(stderr, "zap-stress: %s: %s\n", file, strerror(errno));
		return -1;
	}
	memcpy(h.magic, FILE_MAGIC, sizeof(h.magic));
	ok = fwrite(&h, sizeof(h), 1, f) == 1;
	for (unsigned i = 0; ok && i < run->nr_ep; i++)
		ok = fwrite(run->ep[i].addr, ZS_ADDR_LEN, 1, f) == 1;
	for (unsigned t = 0; ok && t < run->nr_targets; t++) {
		memset(&ft, 0, sizeof(ft));
		memcpy(ft.drive, run->t[t].drive, sizeof(ft.drive));
		ft.start = run->t[t].start;
		ft.cap = run->t[t].cap;
		ft.high = led->high[t];
		ft.endpoint = run->t[t].endpoint;
		ft.zone = run->t[t].zone;
		ft.lba_size = run->t[t].lba_size;
		ft.resets = led->resets[t];
		ok = fwrite(&ft, sizeof(ft), 1, f) == 1;
	}
	ok = ok && fwrite(led->gone_seq, sizeof(*led->gone_seq),
			  (size_t)run->nr_targets * led->nr_writers, f) ==
		   (size_t)run->nr_targets * led->nr_writers;
	ok = ok && fwrite(led->e, sizeof(*led->e), led->n, f) == led->n;
	if (fclose(f) || !ok) {
		fprintf(stderr, "zap-stress: %s: write failed\n", file);
		return -1;
	}
	return 0;
}

int zs_load_log(struct zs_run *run, const char *file)
{
	struct zs_ledger *led = &run->led;
	struct file_head h;
	struct file_target ft;
	struct zs_target *t;
	bool ok;
	FILE *f;

	f = fopen(file, "rb");
	if (!f) {
		fprintf(stderr, "zap-stress: %s: %s\n", file, strerror(errno));
		return -1;
	}
	ok = fread(&h, sizeof(h), 1, f) == 1 &&
	     !memcmp(h.magic, FILE_MAGIC, sizeof(h.magic)) && h.nr_ep &&
	     h.nr_targets && h.nr_writers && h.nr_writers <= ZS_MAX_WORKERS;
	if (ok) {
		run->run_id = h.run_id;
		run->max_len = h.max_len;
		run->exactly_once = h.exactly_once;
		run->nr_ep = h.nr_ep;
		run->nr_targets = h.nr_targets;
		run->ep = calloc(h.nr_ep, sizeof(*run->ep));
		run->t = calloc(h.nr_targets, sizeof(*run->t));
		ok = run->ep && run->t &&
		     !ledger_alloc(led, h.nr_targets, h.nr_writers,
				   h.nr_entries);
		led->dropped = h.dropped;
	}
	for (unsigned i = 0; ok && i < h.nr_ep; i++) {
		pthread_mutex_init(&run->ep[i].lock, NULL);
		run->ep[i].up = true;
		ok = fread(run->ep[i].addr, ZS_ADDR_LEN, 1, f) == 1;
		run->ep[i].addr[ZS_ADDR_LEN - 1] = '\0';
	}
	for (unsigned i = 0; ok && i < h.nr_targets; i++) {
		ok = fread(&ft, sizeof(ft), 1, f) == 1 &&
		     ft.endpoint < h.nr_ep && ft.lba_size;
		t = &run->t[i];
		memcpy(t->drive, ft.drive, sizeof(t->drive));
		t->drive[sizeof(t->drive) - 1] = '\0';
		t->start = ft.start;
		t->cap = ft.cap;
		led->high[i] = ft.high;
		t->endpoint = ft.endpoint;
		t->zone = ft.zone;
		t->lba_size = ft.lba_size;
		led->resets[i] = ft.resets;
	}
	ok = ok && fread(led->gone_seq, sizeof(*led->gone_seq),
			 (size_t)h.nr_targets * h.nr_writers, f) ==
		   (size_t)h.nr_targets * h.nr_writers;
	ok = ok && fread(led->e, sizeof(*led->e), led->n, f) == led->n;
	for (size_t i = 0; ok && i < led->n; i++)
		ok = led->e[i].target < h.nr_targets;
	fclose(f);
	if (!ok) {
		fprintf(stderr, "zap-stress: %s: not a zap-stress log, or "
			"damaged\n", file);
		return -1;
	}
	return 0;
}

/* Print the first few failures, with where they are. */
static void check_note(void *arg, const char *what, const struct zs_entry *e,
		       const struct zs_found *f)
{
	const struct zs_run *run = arg;
	uint64_t key = e ? e->key : f->key;
	const struct zs_target *t = &run->t[e ? e->target : f->target];
	char acked[64] = "", found[80] = "";

	if (e)
		snprintf(acked, sizeof(acked), ", acknowledged at LBA %llu+%u",
			 (unsigned long long)e->lba, e->nlb);
	if (f)
		snprintf(found, sizeof(found), ", found at LBA %llu+%u%s",
			 (unsigned long long)f->lba, f->nlb,
			 f->intact ? "" : " with its body damaged");
	zs_note("%s zone %u: %s: worker %u seq %llu%s%s", t->drive,
		t->zone, what, ZS_KEY_WORKER(key),
		(unsigned long long)ZS_KEY_SEQ(key), acked, found);
}

/*
 * Sort items of size bytes into buckets by key(item) < nb: returns the
 * sorted copy, and in *off where each bucket starts (off[nb]: the end).
 * Counting sort: o[b + 2] counts bucket b, prefix sums turn o[b + 1] into
 * its start, and placing items moves each start to the next one's.
 */
static void *bucket(const void *items, size_t n, size_t size, unsigned nb,
		    unsigned (*key)(const void *), size_t **off)
{
	char *out = malloc(n ? n * size : 1);
	size_t *o = calloc(nb + 2, sizeof(*o)), *pos;
	const char *p = items;

	*off = o;
	if (!out || !o) {
		free(out);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		o[key(p + i * size) + 2]++;
	for (unsigned b = 0; b < nb; b++)
		o[b + 2] += o[b + 1];
	pos = o + 1;
	for (size_t i = 0; i < n; i++)
		memcpy(out + pos[key(p + i * size)]++ * size, p + i * size,
		       size);
	return out;
}

static unsigned entry_target(const void *p)
{
	return ((const struct zs_entry *)p)->target;
}

static unsigned found_target(const void *p)
{
	return ((const struct zs_found *)p)->target;
}

int zs_verify(struct zs_run *run, struct zs_verdict *v)
{
	struct zs_ledger *led = &run->led;
	size_t nf, kept = 0, *xoff = NULL, *foff = NULL;
	struct zs_found *all, *f = NULL;
	struct zs_entry *x = NULL;
	struct zs_zone_check c;
	int rc;

	rc = zs_scan(run, &all, &nf);
	if (!all)
		return rc;
	/* a record naming no target of the run cannot be judged */
	for (size_t k = 0; k < nf; k++) {
		if (all[k].target < run->nr_targets)
			all[kept++] = all[k];
		else
			v->unacknowledged++;
	}
	nf = kept;
	x = bucket(led->e, led->n, sizeof(*x), run->nr_targets, entry_target,
		   &xoff);
	f = bucket(all, nf, sizeof(*f), run->nr_targets, found_target, &foff);
	free(all);
	if (!x || !f) {
		rc = ZAP_OUT_OF_MEMORY;
		goto out;
	}
	for (unsigned t = 0; t < run->nr_targets; t++) {
		c = (struct zs_zone_check){
			.start = run->t[t].start,
			.cap = run->t[t].cap,
			.resets = led->resets[t],
			.x = x + xoff[t],
			.nx = xoff[t + 1] - xoff[t],
			.f = f + foff[t],
			.nf = foff[t + 1] - foff[t],
			.gone_seq = led->gone_seq + (size_t)t * led->nr_writers,
			.nr_workers = led->nr_writers,
			.exactly_once = run->exactly_once,
			.note = check_note,
			.arg = run,
		};
		zs_check_zone(&c, v);
	}
	v->acknowledged += led->n + led->dropped;
	v->gone += led->dropped;
	for (unsigned i = 0; i < run->nr_workers; i++)
		zs_verdict_add(v, &run->w[i].live);
out:
	free(x);
	free(f);
	free(xoff);
	free(foff);
	return rc;
}
