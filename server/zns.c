/* SPDX-License-Identifier: MIT */
#include "zns.h"

#include <errno.h>
#include <stdlib.h>

/* What a trigger does to a zone: a new state, stay, or a refusal. */
enum {
	ZNS_WRITE,		/* write or append: implicit open */
	/* 1 .. 5: enum zns_action */
	ZNS_READ = ZNS_OFFLINE + 1,
	ZNS_NR_TRIGGERS,
};

struct zns_rule {
	uint8_t to;		/* 0: the zone stays as it is */
	uint16_t status;	/* refused with this */
};

/* Outcomes, with the spec's names of the states they lead to. */
#define ZSE	{ .to = ZAP_ZS_EMPTY }
#define ZSIO	{ .to = ZAP_ZS_IMPLICIT_OPEN }
#define ZSEO	{ .to = ZAP_ZS_EXPLICIT_OPEN }
#define ZSC	{ .to = ZAP_ZS_CLOSED }
#define ZSF	{ .to = ZAP_ZS_FULL }
#define ZSO	{ .to = ZAP_ZS_OFFLINE }
#define STAY	{ 0 }
#define NO(st)	{ .status = NVME_SC_ZONE_##st }
#define BAD	NO(INVALID_TRANSITION)
#define E_FULL	NO(FULL)
#define E_RO	NO(READ_ONLY)
#define E_OFF	NO(OFFLINE)

/* ZNS-REFERENCE.md table 4.3, plus reads. Opening takes resources. */
static const struct zns_rule zns_rules[16][ZNS_NR_TRIGGERS] = {
	/*			     write   close finish open  reset offln read */
	[ZAP_ZS_EMPTY]         = { ZSIO,   BAD,  ZSF,  ZSEO, STAY, BAD,  STAY },
	[ZAP_ZS_IMPLICIT_OPEN] = { STAY,   ZSC,  ZSF,  ZSEO, ZSE,  BAD,  STAY },
	[ZAP_ZS_EXPLICIT_OPEN] = { STAY,   ZSC,  ZSF,  STAY, ZSE,  BAD,  STAY },
	[ZAP_ZS_CLOSED]        = { ZSIO,   STAY, ZSF,  ZSEO, ZSE,  BAD,  STAY },
	[ZAP_ZS_FULL]          = { E_FULL, BAD,  STAY, BAD,  ZSE,  BAD,  STAY },
	[ZAP_ZS_READ_ONLY]     = { E_RO,   BAD,  BAD,  BAD,  BAD,  ZSO,  STAY },
	[ZAP_ZS_OFFLINE]       = { E_OFF,  BAD,  BAD,  BAD,  BAD,  STAY, E_OFF },
};

/* What being in a state costs, and which FIFO QEMU keeps the zone in. */
static const struct {
	bool valid;
	uint8_t open, active, fifo;
} zns_states[16] = {
	[ZAP_ZS_EMPTY]		= { true, 0, 0, ZNS_FIFO_NONE },
	[ZAP_ZS_IMPLICIT_OPEN]	= { true, 1, 1, ZNS_FIFO_IMP_OPEN },
	[ZAP_ZS_EXPLICIT_OPEN]	= { true, 1, 1, ZNS_FIFO_EXP_OPEN },
	[ZAP_ZS_CLOSED]		= { true, 0, 1, ZNS_FIFO_CLOSED },
	[ZAP_ZS_FULL]		= { true, 0, 0, ZNS_FIFO_NONE },
	[ZAP_ZS_READ_ONLY]	= { true, 0, 0, ZNS_FIFO_NONE },
	[ZAP_ZS_OFFLINE]	= { true, 0, 0, ZNS_FIFO_NONE },
};

#define ZS_BIT(s) (1u << ZAP_ZS_##s)

/*
 * The zones Select All acts on, in QEMU's order: nvme_do_zone_op walks
 * the FIFOs (closed, then implicitly and explicitly open); reset
 * (nvme_zone_reset_cb) and offline walk the zone array.
 */
static const struct {
	uint8_t fifo[3];
	uint16_t states;
} zns_select_all[ZNS_OFFLINE + 1] = {
	[ZNS_CLOSE]	= { .fifo = { ZNS_FIFO_IMP_OPEN, ZNS_FIFO_EXP_OPEN } },
	[ZNS_FINISH]	= { .fifo = { ZNS_FIFO_CLOSED, ZNS_FIFO_IMP_OPEN,
				      ZNS_FIFO_EXP_OPEN } },
	[ZNS_OPEN]	= { .fifo = { ZNS_FIFO_CLOSED } },
	[ZNS_RESET]	= { .states = ZS_BIT(IMPLICIT_OPEN) |
				      ZS_BIT(EXPLICIT_OPEN) | ZS_BIT(CLOSED) |
				      ZS_BIT(FULL) },
	[ZNS_OFFLINE]	= { .states = ZS_BIT(READ_ONLY) },
};

int zns_init(struct zns *d, const struct zns_config *c)
{
	if (!c->nr_zones || !c->zone_cap || c->zone_cap > c->zone_size ||
	    c->zone_size > UINT64_MAX / c->nr_zones)
		return -EINVAL;
	*d = (struct zns) {
		.nr_zones = c->nr_zones,
		.zone_size = c->zone_size,
		.nr_lbas = c->zone_size * c->nr_zones,
		.max_open = c->max_open,
		.max_active = c->max_active,
		.max_append = c->max_append,
	};
	d->zones = calloc(c->nr_zones, sizeof(*d->zones));
	if (!d->zones)
		return -ENOMEM;
	for (uint32_t i = 0; i < c->nr_zones; i++) {
		struct zns_zone *z = &d->zones[i];

		z->start = z->wp = i * c->zone_size;
		z->cap = c->zone_cap;
		z->state = ZAP_ZS_EMPTY;
		z->prev = z->next = ZNS_NONE;
	}
	for (int f = 0; f < ZNS_NR_FIFOS; f++)
		d->fifo[f].head = d->fifo[f].tail = ZNS_NONE;
	return 0;
}

void zns_destroy(struct zns *d)
{
	free(d->zones);
	d->zones = NULL;
}

static void zns_fifo_del(struct zns *d, struct zns_fifo *f, uint32_t i)
{
	struct zns_zone *z = &d->zones[i];

	if (z->prev == ZNS_NONE)
		f->head = z->next;
	else
		d->zones[z->prev].next = z->next;
	if (z->next == ZNS_NONE)
		f->tail = z->prev;
	else
		d->zones[z->next].prev = z->prev;
	z->prev = z->next = ZNS_NONE;
}

static void zns_fifo_add_tail(struct zns *d, struct zns_fifo *f, uint32_t i)
{
	struct zns_zone *z = &d->zones[i];

	z->prev = f->tail;
	z->next = ZNS_NONE;
	if (f->tail == ZNS_NONE)
		f->head = i;
	else
		d->zones[f->tail].next = i;
	f->tail = i;
}

static void zns_changed(struct zns *d, uint32_t i, uint8_t from,
			uint64_t from_wp)
{
	if (d->changed)
		d->changed(d, i, from, from_wp);
}

/* QEMU's nvme_assign_zone_state, keeping the counters as it goes. */
static void zns_assign(struct zns *d, struct zns_zone *z, uint8_t to)
{
	uint32_t i = z - d->zones;
	uint8_t from = z->state;
	uint64_t from_wp = z->wp;
	uint8_t ff = zns_states[from].fifo, tf = zns_states[to].fifo;

	if (ff)
		zns_fifo_del(d, &d->fifo[ff], i);
	if (tf)
		zns_fifo_add_tail(d, &d->fifo[tf], i);
	d->nr_open += zns_states[to].open - zns_states[from].open;
	d->nr_active += zns_states[to].active - zns_states[from].active;
	z->state = to;
	if (to == ZAP_ZS_EMPTY)
		z->wp = z->start;
	else if (to == ZAP_ZS_FULL)
		z->wp = z->start + z->cap;
	if (to == ZAP_ZS_EMPTY || to == ZAP_ZS_OFFLINE)
		z->attrs = 0;
	zns_changed(d, i, from, from_wp);
}

static int zns_check_resources(const struct zns *d, int act, int opn)
{
	if (d->max_active && d->nr_active + act > d->max_active)
		return NVME_SC_ZONE_TOO_MANY_ACTIVE;
	if (d->max_open && d->nr_open + opn > d->max_open)
		return NVME_SC_ZONE_TOO_MANY_OPEN;
	return 0;
}

/* Move z to state to; opening it first auto-closes the oldest implicitly
 * open zone if the open limit is reached (nvme_zrm_open_flags). */
static int zns_go(struct zns *d, struct zns_zone *z, uint8_t to)
{
	int opn = zns_states[to].open - zns_states[z->state].open;
	int act = zns_states[to].active - zns_states[z->state].active;

	if (opn > 0) {
		uint32_t oldest = d->fifo[ZNS_FIFO_IMP_OPEN].head;
		int status;

		if (d->max_open && d->nr_open == d->max_open &&
		    oldest != ZNS_NONE)
			zns_assign(d, &d->zones[oldest], ZAP_ZS_CLOSED);
		status = zns_check_resources(d, act, opn);
		if (status)
			return status;
	}
	zns_assign(d, z, to);
	return 0;
}

static int zns_apply(struct zns *d, struct zns_zone *z, unsigned trigger)
{
	const struct zns_rule *r = &zns_rules[z->state][trigger];

	if (r->status)
		return r->status;
	return r->to ? zns_go(d, z, r->to) : 0;
}

static int zns_check_range(const struct zns *d, uint64_t slba, uint32_t nlb)
{
	if (!nlb)
		return NVME_SC_INVALID_FIELD;
	if (slba > d->nr_lbas || nlb > d->nr_lbas - slba)
		return NVME_SC_LBA_RANGE;
	return 0;
}

int zns_write(struct zns *d, uint64_t slba, uint32_t nlb, bool append,
	      uint64_t *lba)
{
	int status = zns_check_range(d, slba, nlb);
	struct zns_zone *z;
	const struct zns_rule *r;

	if (status)
		return status;
	z = &d->zones[zns_zone_index(d, slba)];
	if (append) {
		if (slba != z->start ||
		    (d->max_append && nlb > d->max_append))
			return NVME_SC_INVALID_FIELD;
		slba = z->wp;
	}
	/* nvme_check_zone_write: state, then wp, then boundary */
	r = &zns_rules[z->state][ZNS_WRITE];
	if (r->status)
		return r->status;
	if (slba != z->wp)
		return NVME_SC_ZONE_INVALID_WRITE;
	if (slba + nlb > z->start + z->cap)
		return NVME_SC_ZONE_BOUNDARY_ERROR;
	if (r->to) {
		status = zns_go(d, z, r->to);
		if (status)
			return status;
	}
	*lba = slba;
	z->wp += nlb;
	/* nvme_advance_zone_wp: reaching ZCAP finishes the zone */
	if (z->wp == z->start + z->cap)
		zns_assign(d, z, ZAP_ZS_FULL);
	else
		zns_changed(d, z - d->zones, z->state, slba);
	return 0;
}

int zns_read(const struct zns *d, uint64_t slba, uint32_t nlb)
{
	int status = zns_check_range(d, slba, nlb);
	const struct zns_zone *z;

	if (status)
		return status;
	z = &d->zones[zns_zone_index(d, slba)];
	status = zns_rules[z->state][ZNS_READ].status;
	if (status)
		return status;
	if (slba + nlb > z->start + d->zone_size)
		return NVME_SC_ZONE_BOUNDARY_ERROR;
	return 0;
}

uint64_t zns_written(const struct zns *d, uint64_t slba, uint32_t nlb)
{
	const struct zns_zone *z = &d->zones[zns_zone_index(d, slba)];
	uint64_t n = z->wp > slba ? z->wp - slba : 0;

	return n < nlb ? n : nlb;
}

void zns_report(const struct zns *d, uint32_t first, uint32_t nr,
		const uint32_t *gen, const uint64_t *ver,
		struct backend_zone *out)
{
	for (uint32_t i = first; i < first + nr; i++) {
		const struct zns_zone *z = &d->zones[i];

		out[i - first] = (struct backend_zone) {
			.start = z->start,
			.wp = z->wp,
			.cap = z->cap,
			.state = z->state,
			.attrs = z->attrs,
			.gen = gen[i],
			.ver = ver[i],
		};
	}
}

static int zns_mgmt_all(struct zns *d, uint8_t action)
{
	const uint8_t *fifo = zns_select_all[action].fifo;
	uint16_t states = zns_select_all[action].states;
	int status;

	/* QTAILQ_FOREACH_SAFE: zones queued behind the walk are visited */
	for (int f = 0; f < 3 && fifo[f]; f++) {
		uint32_t next;

		for (uint32_t i = d->fifo[fifo[f]].head; i != ZNS_NONE;
		     i = next) {
			next = d->zones[i].next;
			status = zns_apply(d, &d->zones[i], action);
			if (status)
				return status;
		}
	}
	for (uint32_t i = 0; states && i < d->nr_zones; i++) {
		if (!(states & 1u << d->zones[i].state))
			continue;
		status = zns_apply(d, &d->zones[i], action);
		if (status)
			return status;
	}
	return 0;
}

int zns_mgmt(struct zns *d, uint64_t slba, uint8_t action, bool all)
{
	struct zns_zone *z = NULL;

	/* nvme_zone_mgmt_send: Select All ignores slba */
	if (!all) {
		if (slba >= d->nr_lbas)
			return NVME_SC_LBA_RANGE;
		z = &d->zones[zns_zone_index(d, slba)];
		if (slba != z->start)
			return NVME_SC_INVALID_FIELD;
	}
	if (action < ZNS_CLOSE || action > ZNS_OFFLINE)
		return NVME_SC_INVALID_FIELD;
	return all ? zns_mgmt_all(d, action) : zns_apply(d, z, action);
}

void zns_shutdown(struct zns *d)
{
	/* nvme_zoned_ns_shutdown, without its reordering of the closed FIFO */
	static const uint8_t fifos[] = {
		ZNS_FIFO_CLOSED, ZNS_FIFO_IMP_OPEN, ZNS_FIFO_EXP_OPEN,
	};

	for (unsigned f = 0; f < sizeof(fifos); f++) {
		uint32_t next;

		for (uint32_t i = d->fifo[fifos[f]].head; i != ZNS_NONE;
		     i = next) {
			struct zns_zone *z = &d->zones[i];
			uint8_t to = z->wp != z->start ? ZAP_ZS_CLOSED :
							  ZAP_ZS_EMPTY;

			next = z->next;
			if (to != z->state)
				zns_assign(d, z, to);
		}
	}
}

int zns_set_zone(struct zns *d, uint32_t zone, uint8_t state, uint64_t wp)
{
	struct zns_zone *z;
	uint64_t end, from_wp;

	if (zone >= d->nr_zones || state >= 16 || !zns_states[state].valid)
		return -EINVAL;
	z = &d->zones[zone];
	from_wp = z->wp;
	end = z->start + z->cap;
	if (wp < z->start || wp > end ||
	    (state == ZAP_ZS_EMPTY && wp != z->start) ||
	    (state == ZAP_ZS_FULL && wp != end) ||
	    (zns_states[state].active && wp == end))
		return -EINVAL;
	z->wp = wp;
	if (state != z->state)
		zns_assign(d, z, state);
	else
		zns_changed(d, zone, state, from_wp);
	return 0;
}
