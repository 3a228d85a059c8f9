/* SPDX-License-Identifier: MIT */
/*
 * zns_diff - the emu backend against a real ZNS controller, step by step.
 *
 * One seeded random sequence of zone operations (appends of every size up
 * to past the zone's capacity, writes at the write pointer and beside it,
 * ordered writes, reads, open, close, finish, reset, for one zone or all)
 * runs against two drives of one zapd with the same geometry: an "emu"
 * drive and an "nvme" drive. After every step the statuses, the LBAs the
 * replies carry, the data read and every zone's state, write pointer,
 * capacity and attributes must be equal. The first divergence is printed
 * with the steps that led to it. The zones used are more than the drive
 * may keep open or active, so the resource limits are crossed too.
 *
 * Usage: zns_diff [-s SEED] [-n STEPS] ADDRESS EMU_DRIVE NVME_DRIVE
 *        zns_diff -g ADDRESS DRIVE
 * -g prints DRIVE's geometry as emu drive options ("lba_size=...,...").
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "diff_rng.h"

enum op_kind {
	OP_APPEND,
	OP_APPEND_MAX,		/* max_append bytes: crosses the capacity */
	OP_WRITE_WP,
	OP_WRITE_ASIDE,		/* a write not at the write pointer */
	OP_WRITE_AT_WP,
	OP_WRITE_PAST,		/* fill up, then one block past the capacity */
	OP_READ,
	OP_OPEN,
	OP_CLOSE,
	OP_FINISH,
	OP_RESET,
	OP_MGMT_ALL,		/* open, close, finish or reset, Select All */
	NR_OPS,
};

/* How often each operation is drawn. */
static const unsigned int op_weight[NR_OPS] = {
	[OP_APPEND] = 24, [OP_APPEND_MAX] = 8, [OP_WRITE_WP] = 9,
	[OP_WRITE_ASIDE] = 6, [OP_WRITE_AT_WP] = 6, [OP_WRITE_PAST] = 3,
	[OP_READ] = 8,
	[OP_OPEN] = 12, [OP_CLOSE] = 8, [OP_FINISH] = 4, [OP_RESET] = 10,
	[OP_MGMT_ALL] = 2,
};

struct op {
	enum op_kind kind;
	uint32_t zone;
	uint64_t lba;		/* writes, reads */
	uint32_t len;		/* bytes */
	enum zap_zone_action action;
	bool all;
};

struct outcome {
	int status;
	uint64_t lba;		/* append, write at wp: where it landed */
	uint64_t wp;		/* write: wp after, or current wp on error */
};

struct step {
	char what[96];
	struct outcome o[2];
};

struct side {
	const char *drive;
	struct zap_zone *zones;
	void *buf;		/* read data */
};

static zap_client *client;
static const struct zap_drive *geo;
static struct side sides[2];
static struct step *history;
static void *data;		/* write data of this step */
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define NR_COUNTED 8	/* statuses counted by name, plus "other" */

static unsigned int status_count[NR_OPS][NR_COUNTED];

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "zns_diff: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(1);
}

static const char *action_name(enum zap_zone_action a)
{
	static const char *const names[] = {
		[ZAP_ZONE_CLOSE] = "close", [ZAP_ZONE_FINISH] = "finish",
		[ZAP_ZONE_OPEN] = "open", [ZAP_ZONE_RESET] = "reset",
	};

	return names[a];
}

static void report(struct side *s)
{
	size_t nr = geo->nr_zones;
	int ret = zap_report_zones(client, s->drive, 0, ZAP_ZS_ANY, &s->zones,
				   &nr);

	if (ret || nr != geo->nr_zones)
		die("report zones of %s: %s (%zu zones)", s->drive,
		    zap_status_name(ret), nr);
}

/* The zones the sequence plays with: more than may be active at once. */
static uint32_t zones_in_play(void)
{
	uint32_t n = geo->max_active ? geo->max_active + 2 :
		     geo->max_open ? geo->max_open + 2 : 8;

	return n < geo->nr_zones ? n : geo->nr_zones;
}

static uint32_t random_len(void)
{
	uint32_t max_blocks = geo->max_append / geo->lba_size;

	/* Half small, half anywhere up to max_append. */
	if (rng() & 1)
		max_blocks = max_blocks < 8 ? max_blocks : 8;
	return (uint32_t)(1 + rng_below(max_blocks)) * geo->lba_size;
}

/* Draw the next operation, given the zones as they are now. */
static struct op draw(const struct zap_zone *zones)
{
	struct op op = { 0 };
	const struct zap_zone *z;

	op.kind = rng_pick(op_weight, NR_OPS);
	op.zone = (uint32_t)rng_below(zones_in_play());
	z = &zones[op.zone];
	op.len = random_len();
	op.lba = z->wp;
	switch (op.kind) {
	case OP_APPEND_MAX:
		op.len = geo->max_append;
		break;
	case OP_WRITE_ASIDE:
		if (z->wp > z->start && rng() & 1)
			op.lba = z->wp - 1 - rng_below(z->wp - z->start);
		else
			op.lba = z->wp + 1 + rng_below(8);
		break;
	case OP_READ:
		if (z->wp == z->start) {
			op.kind = OP_APPEND;
			break;
		}
		op.lba = z->start + rng_below(z->wp - z->start);
		if (op.len / geo->lba_size > z->wp - op.lba)
			op.len = (uint32_t)(z->wp - op.lba) * geo->lba_size;
		break;
	case OP_MGMT_ALL:
		op.all = true;
		op.action = (enum zap_zone_action)(ZAP_ZONE_CLOSE +
						   rng_below(4));
		break;
	default:
		op.action = op.kind == OP_OPEN ? ZAP_ZONE_OPEN :
			    op.kind == OP_CLOSE ? ZAP_ZONE_CLOSE :
			    op.kind == OP_FINISH ? ZAP_ZONE_FINISH :
			    ZAP_ZONE_RESET;
		break;
	}
	return op;
}

static void describe(const struct op *op, char *out, size_t size)
{
	switch (op->kind) {
	case OP_APPEND:
	case OP_APPEND_MAX:
		snprintf(out, size, "append zone=%u len=%u", op->zone,
			 op->len);
		break;
	case OP_WRITE_WP:
	case OP_WRITE_ASIDE:
		snprintf(out, size, "write zone=%u lba=%" PRIu64 " len=%u",
			 op->zone, op->lba, op->len);
		break;
	case OP_WRITE_PAST:
		snprintf(out, size, "fill zone=%u, write 1 block past cap",
			 op->zone);
		break;
	case OP_WRITE_AT_WP:
		snprintf(out, size, "write_at_wp zone=%u len=%u", op->zone,
			 op->len);
		break;
	case OP_READ:
		snprintf(out, size, "read lba=%" PRIu64 " len=%u", op->lba,
			 op->len);
		break;
	default:
		if (op->all)
			snprintf(out, size, "%s all", action_name(op->action));
		else
			snprintf(out, size, "%s zone=%u",
				 action_name(op->action), op->zone);
		break;
	}
}

/*
 * Writes of max_append bytes at the wp until the zone's room is less than
 * that, then one write of its room plus a block; the status of the first
 * write that fails.
 */
static struct outcome write_past(struct side *s, const struct op *op)
{
	const struct zap_zone *z = &s->zones[op->zone];
	const uint32_t max_blocks = geo->max_append / geo->lba_size;
	uint64_t wp = z->wp, room = z->start + z->capacity - z->wp;
	struct outcome o = { 0 };

	for (;;) {
		uint32_t blocks = room < max_blocks ? (uint32_t)room + 1 :
				  max_blocks;

		o.status = zap_write(client, s->drive, op->zone, wp, data,
				     blocks * geo->lba_size, &o.wp);
		if (o.status || room < max_blocks)
			return o;
		wp += blocks;
		room -= blocks;
	}
}

static struct outcome apply(struct side *s, const struct op *op)
{
	struct outcome o = { 0 };

	switch (op->kind) {
	case OP_WRITE_PAST:
		o = write_past(s, op);
		break;
	case OP_APPEND:
	case OP_APPEND_MAX:
		o.status = zap_append(client, s->drive, op->zone, data,
				      op->len, &o.lba);
		break;
	case OP_WRITE_WP:
	case OP_WRITE_ASIDE:
		o.status = zap_write(client, s->drive, op->zone, op->lba, data,
				     op->len, &o.wp);
		break;
	case OP_WRITE_AT_WP:
		o.status = zap_write_at_wp(client, s->drive, op->zone, data,
					   op->len, &o.lba);
		break;
	case OP_READ:
		o.status = zap_read(client, s->drive, op->lba, s->buf,
				    op->len);
		break;
	default:
		o.status = zap_zone_mgmt(client, s->drive, op->zone,
					 op->action,
					 op->all ? ZAP_ZONE_ALL : 0);
		break;
	}
	if (o.status == ZAP_CONNECTION_LOST)
		die("connection lost: %s", zap_last_error(client));
	return o;
}

static void print_zone(const char *label, const struct zap_zone *z)
{
	fprintf(stderr, "  %-5s zone %2u: %-9s wp=%" PRIu64 " (+%" PRIu64
		") cap=%" PRIu64 " attrs=0x%x\n", label, z->index,
		zap_zone_state_name(z->state), z->wp, z->wp - z->start,
		z->capacity, z->attributes);
}

static void print_outcome(const char *label, const struct outcome *o)
{
	fprintf(stderr, " %s=%s", label, zap_status_name(o->status));
	if (o->lba)
		fprintf(stderr, "(lba %" PRIu64 ")", o->lba);
	if (o->wp)
		fprintf(stderr, "(wp %" PRIu64 ")", o->wp);
}

static void divergence(unsigned int n, const char *what)
{
	fprintf(stderr, "zns_diff: DIVERGENCE at step %u: %s\n", n, what);
	fprintf(stderr, "steps (emu first, then nvme):\n");
	for (unsigned int i = 0; i <= n; i++) {
		fprintf(stderr, "  %4u %-44s", i, history[i].what);
		print_outcome(sides[0].drive, &history[i].o[0]);
		print_outcome(sides[1].drive, &history[i].o[1]);
		fprintf(stderr, "\n");
	}
	fprintf(stderr, "zones after step %u:\n", n);
	for (uint32_t i = 0; i < zones_in_play(); i++) {
		print_zone(sides[0].drive, &sides[0].zones[i]);
		print_zone(sides[1].drive, &sides[1].zones[i]);
	}
	exit(1);
}

static bool zone_equal(const struct zap_zone *a, const struct zap_zone *b)
{
	return a->start == b->start && a->wp == b->wp &&
	       a->capacity == b->capacity && a->state == b->state &&
	       a->attributes == b->attributes;
}

/* Compare one step's outcomes and the zones after it. */
static void compare(unsigned int n, const struct op *op)
{
	const struct outcome *a = &history[n].o[0], *b = &history[n].o[1];
	char what[160];

	if (a->status != b->status || a->lba != b->lba || a->wp != b->wp)
		divergence(n, "the replies differ");
	if (op->kind == OP_READ && !a->status &&
	    memcmp(sides[0].buf, sides[1].buf, op->len))
		divergence(n, "the data read differs");
	for (uint32_t i = 0; i < geo->nr_zones; i++) {
		if (!zone_equal(&sides[0].zones[i], &sides[1].zones[i])) {
			snprintf(what, sizeof(what), "zone %u differs", i);
			divergence(n, what);
		}
	}
}

/* Count what each operation answered, to show what the run covered. */
static void count(const struct op *op, int status)
{
	static const int seen[] = {
		ZAP_OK, ZAP_ZONE_BOUNDARY_ERROR, ZAP_ZONE_FULL,
		ZAP_ZONE_INVALID_WRITE, ZAP_TOO_MANY_ACTIVE_ZONES,
		ZAP_TOO_MANY_OPEN_ZONES, ZAP_INVALID_ZONE_STATE_TRANSITION,
	};
	unsigned int i;

	/* The last column counts every other status. */
	for (i = 0; i < ARRAY_SIZE(seen) && seen[i] != status; i++)
		;
	status_count[op->kind][i]++;
}

static void print_coverage(void)
{
	static const char *const op_names[NR_OPS] = {
		"append", "append_max", "write_wp", "write_aside",
		"write_at_wp", "write_past", "read", "open", "close",
		"finish", "reset", "mgmt_all",
	};

	printf("%-12s %6s %6s %6s %6s %6s %6s %6s %6s\n", "op", "OK",
	       "BOUND", "FULL", "INVWR", "ACTIVE", "OPEN", "TRANS", "other");
	for (unsigned int k = 0; k < NR_OPS; k++) {
		printf("%-12s", op_names[k]);
		for (unsigned int i = 0; i < NR_COUNTED; i++)
			printf(" %6u", status_count[k][i]);
		printf("\n");
	}
}

static const struct zap_drive *find_drive(const char *name)
{
	const struct zap_drive *d = zap_drive_find(client, name);

	if (!d)
		die("no drive %s", name);
	return d;
}

static void check_same_geometry(const struct zap_drive *a,
				const struct zap_drive *b)
{
	if (a->lba_size != b->lba_size || a->zone_size != b->zone_size ||
	    a->zone_capacity != b->zone_capacity ||
	    a->nr_zones != b->nr_zones || a->max_open != b->max_open ||
	    a->max_active != b->max_active || a->max_append != b->max_append)
		die("drives %s and %s differ in geometry", a->name, b->name);
}

static void connect_to(const char *address)
{
	int ret = zap_connect(address, NULL, &client);

	if (ret)
		die("connect to %s: %s", address, zap_status_name(ret));
}

int main(int argc, char **argv)
{
	unsigned int steps = 2000;
	bool print_geometry = false;
	uint64_t seed = 1;
	int opt;

	while ((opt = getopt(argc, argv, "s:n:g")) != -1) {
		switch (opt) {
		case 's':
			seed = strtoull(optarg, NULL, 0);
			break;
		case 'n':
			steps = (unsigned int)strtoul(optarg, NULL, 0);
			break;
		case 'g':
			print_geometry = true;
			break;
		default:
			goto usage;
		}
	}
	if (print_geometry && optind == argc - 2) {
		connect_to(argv[optind]);
		geo = find_drive(argv[optind + 1]);
		printf("lba_size=%u,zone_size=%" PRIu64 ",zone_cap=%" PRIu64
		       ",zones=%u,max_open=%u,max_active=%u,max_append=%u\n",
		       geo->lba_size, geo->zone_size * geo->lba_size,
		       geo->zone_capacity * geo->lba_size, geo->nr_zones,
		       geo->max_open, geo->max_active, geo->max_append);
		zap_close(client);
		return 0;
	}
	if (print_geometry || optind != argc - 3 || !steps)
		goto usage;

	connect_to(argv[optind]);
	sides[0].drive = argv[optind + 1];
	sides[1].drive = argv[optind + 2];
	geo = find_drive(sides[0].drive);
	check_same_geometry(geo, find_drive(sides[1].drive));
	rng_seed(seed);
	history = calloc(steps, sizeof(*history));
	if (!history || posix_memalign(&data, 4096, geo->max_append))
		die("out of memory");
	for (int i = 0; i < 2; i++) {
		sides[i].zones = calloc(geo->nr_zones, sizeof(struct zap_zone));
		if (!sides[i].zones ||
		    posix_memalign(&sides[i].buf, 4096, geo->max_append))
			die("out of memory");
		if (zap_zone_mgmt(client, sides[i].drive, 0, ZAP_ZONE_RESET,
				  ZAP_ZONE_ALL))
			die("reset all zones of %s", sides[i].drive);
		report(&sides[i]);
	}
	printf("zns_diff seed=%" PRIu64 " steps=%u zones_in_play=%u\n", seed,
	       steps, zones_in_play());

	for (unsigned int n = 0; n < steps; n++) {
		struct op op = draw(sides[0].zones);

		rng_fill(data, op.len);
		describe(&op, history[n].what, sizeof(history[n].what));
		for (int i = 0; i < 2; i++) {
			history[n].o[i] = apply(&sides[i], &op);
			report(&sides[i]);
		}
		count(&op, history[n].o[1].status);
		compare(n, &op);
	}
	print_coverage();
	printf("zns_diff: %u steps, no divergence\n", steps);
	for (int i = 0; i < 2; i++) {
		free(sides[i].zones);
		free(sides[i].buf);
	}
	free(history);
	free(data);
	zap_close(client);
	return 0;

usage:
	fprintf(stderr, "usage: %s [-s SEED] [-n STEPS] ADDRESS EMU_DRIVE "
		"NVME_DRIVE\n       %s -g ADDRESS DRIVE\n", argv[0],
		argv[0]);
	return 2;
}
