/* SPDX-License-Identifier: MIT */
/*
 * zap-stress's set-up: the endpoints (and the zapd it runs itself, if
 * any), the target zones of each, made empty, and the workers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zap_stress.h"

#define LOG_COMPACT_MIN	(1u << 20)	/* entries per worker */


static int setup_endpoints(struct zs_run *run, struct zs_zapd *zapd)
{
	const struct zs_opts *o = run->o;
	static const char *const dflt[] = { ZAP_DEFAULT_ADDRESS };
	const char *const *addr = o->nr_address ? o->address : dflt;

	run->nr_ep = o->nr_address ? o->nr_address : 1;
	run->ep = calloc(run->nr_ep, sizeof(*run->ep));
	if (!run->ep)
		return -1;
	for (unsigned i = 0; i < run->nr_ep; i++) {
		pthread_mutex_init(&run->ep[i].lock, NULL);
		run->ep[i].up = true;
		if (o->zapd_cmd)
			continue;
		if (strlen(addr[i]) >= sizeof(run->ep[i].addr)) {
			fprintf(stderr, "zap-stress: address too long: %s\n",
				addr[i]);
			return -1;
		}
		strcpy(run->ep[i].addr, addr[i]);
	}
	if (o->zapd_cmd)
		return zs_zapd_start(zapd, o->zapd_cmd, o->zapd_log,
				     run->ep[0].addr, sizeof(run->ep[0].addr));
	return 0;
}

/*
 * The zones of drive d to load, in out[d->nr_zones]: those of list, or
 * by default as many as the drive keeps open and active at once.
 */
static int pick_zones(const char *list, const struct zap_drive *d, bool *out)
{
	uint32_t nr = d->nr_zones, n = nr;
	const char *p = list;
	unsigned long a, b;
	char *end;

	memset(out, 0, nr * sizeof(*out));
	if (!list || !strcmp(list, "all")) {
		if (!list && d->max_active && d->max_active < n)
			n = d->max_active;
		if (!list && d->max_open && d->max_open < n)
			n = d->max_open;
		memset(out, 1, n * sizeof(*out));
		return 0;
	}
	for (;;) {
		if (*p < '0' || *p > '9')
			break;
		a = b = strtoul(p, &end, 10);
		if (*end == '-') {
			p = end + 1;
			if (*p < '0' || *p > '9')
				break;
			b = strtoul(p, &end, 10);
		}
		if (a > b || b >= nr) {
			fprintf(stderr, "zap-stress: --zones %s: drive %s has "
				"zones 0 to %u\n", list, d->name, nr - 1);
			return -1;
		}
		while (a <= b)
			out[a++] = true;
		if (!*end)
			return 0;
		if (*end != ',')
			break;
		p = end + 1;
	}
	fprintf(stderr, "zap-stress: --zones %s: want all, or indexes and "
		"ranges like 0-7,12\n", list);
	return -1;
}

static bool uses_op(const struct zs_opts *o, enum zs_op op)
{
	for (unsigned i = 0; i < o->nr_group; i++)
		if (o->group[i].weight[op])
			return true;
	return false;
}

/* Can the run's records go to drive d through connection c? */
static int check_drive(const struct zs_opts *o, zap_client *c,
		       const struct zap_drive *d)
{
	uint32_t max = zap_max_data(c);

	if (o->min_len % d->lba_size || o->max_len % d->lba_size) {
		fprintf(stderr, "zap-stress: --size: drive %s has %u-byte "
			"blocks\n", d->name, d->lba_size);
		return -1;
	}
	if (uses_op(o, ZS_OP_APPEND) && d->max_append && d->max_append < max)
		max = d->max_append;
	if (o->max_len > max || o->max_len / d->lba_size > d->zone_capacity) {
		fprintf(stderr, "zap-stress: --size: drive %s takes records of "
			"at most %u bytes\n", d->name, max);
		return -1;
	}
	for (unsigned i = 0; i < o->nr_group; i++) {
		if (o->group[i].in_flight > zap_max_in_flight(c)) {
			fprintf(stderr, "zap-stress: %u requests in flight: "
				"zapd allows %u per connection\n",
				o->group[i].in_flight, zap_max_in_flight(c));
			return -1;
		}
	}
	return 0;
}

static bool wanted(const struct zs_opts *o, const char *drive)
{
	if (!o->nr_drive)
		return true;
	for (unsigned i = 0; i < o->nr_drive; i++)
		if (!strcmp(o->drive[i], drive))
			return true;
	return false;
}

/* Make a zone ready: empty, resetting it if allowed. */
static int ready_zone(const struct zs_opts *o, zap_client *c,
		      const char *drive, const struct zap_zone *z)
{
	int rc;

	if (z->state == ZAP_ZS_OFFLINE || z->state == ZAP_ZS_READ_ONLY) {
		fprintf(stderr, "zap-stress: %s zone %u is %s\n", drive,
			z->index, zap_zone_state_name(z->state));
		return -1;
	}
	if (z->state == ZAP_ZS_EMPTY)
		return 0;
	if (!o->reset_first) {
		fprintf(stderr, "zap-stress: %s zone %u holds data (%s, wp "
			"%llu); --reset-first erases the target zones\n",
			drive, z->index, zap_zone_state_name(z->state),
			(unsigned long long)(z->wp - z->start));
		return -1;
	}
	rc = zap_zone_mgmt(c, drive, z->index, ZAP_ZONE_RESET, 0);
	if (rc)
		fprintf(stderr, "zap-stress: reset of %s zone %u: %s\n", drive,
			z->index, zap_last_error(c));
	return rc ? -1 : 0;
}

static int add_drive_targets(struct zs_run *run, unsigned e, zap_client *c,
			     const struct zap_drive *d)
{
	struct zap_zone *zones = NULL;
	struct zs_target *t;
	size_t nr = 0;
	bool *pick;
	int rc;

	pick = calloc(d->nr_zones + 1, sizeof(*pick));
	if (!pick || pick_zones(run->o->zones, d, pick)) {
		free(pick);
		return -1;
	}
	rc = zap_report_zones(c, d->name, 0, ZAP_ZS_ANY, &zones, &nr);
	if (rc)
		fprintf(stderr, "zap-stress: report zones of %s: %s\n",
			d->name, zap_last_error(c));
	for (size_t i = 0; !rc && i < nr; i++) {
		if (zones[i].index >= d->nr_zones || !pick[zones[i].index])
			continue;
		rc = ready_zone(run->o, c, d->name, &zones[i]);
		if (rc)
			break;
		run->t = zs_grow(run->t, run->nr_targets, sizeof(*run->t));
		t = &run->t[run->nr_targets++];
		memset(t, 0, sizeof(*t));
		t->endpoint = e;
		snprintf(t->drive, sizeof(t->drive), "%s", d->name);
		t->zone = zones[i].index;
		t->lba_size = d->lba_size;
		t->start = zones[i].start;
		t->cap = zones[i].capacity;
	}
	free(zones);
	free(pick);
	return rc ? -1 : 0;
}

static int setup_targets(struct zs_run *run)
{
	const struct zs_opts *o = run->o;
	const struct zap_drive *d;
	unsigned found;
	zap_client *c;
	int rc = 0;

	for (unsigned e = 0; e < run->nr_ep && !rc; e++) {
		c = zs_connect(run, e, false);
		if (!c)
			return -1;
		found = 0;
		for (size_t i = 0; i < zap_drive_count(c) && !rc; i++) {
			d = zap_drive_at(c, i);
			if (!wanted(o, d->name))
				continue;
			found++;
			rc = check_drive(o, c, d) ||
			     add_drive_targets(run, e, c, d);
		}
		if (!rc && found < (o->nr_drive ? o->nr_drive : 1)) {
			fprintf(stderr, "zap-stress: %s lacks %s\n",
				run->ep[e].addr, o->nr_drive ?
				"a drive named by --drive" : "drives");
			rc = -1;
		}
		zap_close(c);
	}
	if (!rc && !run->nr_targets) {
		fprintf(stderr, "zap-stress: no target zones\n");
		rc = -1;
	}
	return rc;
}

uint64_t zs_splitmix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ull;
	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

/* Workers: what both the load and the scan need. */
static int setup_workers(struct zs_run *run, unsigned n)
{
	struct zs_worker *w;

	if (n < run->nr_ep) {
		fprintf(stderr, "zap-stress: %u connections for %u zapds\n",
			n, run->nr_ep);
		return -1;
	}
	run->nr_workers = n;
	run->w = calloc(n, sizeof(*run->w));
	if (!run->w)
		return -1;
	for (unsigned i = 0; i < n; i++) {
		w = &run->w[i];
		w->run = run;
		w->id = i;
		w->endpoint = i % run->nr_ep;
		w->rng = zs_splitmix(run->o->seed + i) | 1;
		w->log.compact_at = LOG_COMPACT_MIN;
		pthread_mutex_init(&w->ring.lock, NULL);
		for (int op = 0; op < ZS_NR_OPS; op++)
			hist_init(&w->st.lat[op]);
		w->mine = calloc(run->nr_targets, sizeof(*w->mine));
		if (!w->mine)
			return -1;
	}
	return 0;
}

/* Workers: what the load needs. Groups take the workers in turn. */
static int setup_load(struct zs_run *run)
{
	const struct zs_group *g = run->o->group;
	unsigned left = g->conns;

	for (unsigned i = 0; i < run->nr_workers; i++, left--) {
		if (!left) {
			g++;
			left = g->conns;
		}
		run->w[i].g = g;
		if (zs_worker_setup(&run->w[i]))
			return -1;
	}
	return 0;
}

void zs_free_workers(struct zs_run *run)
{
	for (unsigned i = 0; run->w && i < run->nr_workers; i++)
		zs_worker_free(&run->w[i]);
	free(run->w);
}


int zs_setup(struct zs_run *run, struct zs_zapd *zapd, unsigned conns)
{
	return setup_endpoints(run, zapd) || setup_targets(run) ||
	       setup_workers(run, conns) || setup_load(run) ? -1 : 0;
}
