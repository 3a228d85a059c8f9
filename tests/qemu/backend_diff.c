/* SPDX-License-Identifier: MIT */
/*
 * backend_diff - the emu backend against a ZNS controller, command by
 * command, below zapd's zone layer.
 *
 * zns_diff compares the two backends through zapd, whose dispatch and zone
 * layers answer much themselves (appends that do not fit, writes beside
 * the write pointer, reads across a zone's end) before a command reaches
 * either. Here one seeded random sequence of raw commands goes to both
 * backends as it is: Zone Appends (also at a wrong ZSLBA and past the
 * capacity), writes at, beside and past the write pointer, reads anywhere
 * (past the write pointer, across the zone's end), zone management with
 * every action (also Offline), at a wrong LBA or beyond the namespace, and
 * with Select All. After each command the statuses, the appended LBA, the
 * data read and every zone (state, write pointer, capacity, attributes)
 * must be equal; the first divergence is printed with the commands before.
 *
 * Usage: backend_diff [-s SEED] [-n STEPS] /dev/ngXnY EMU_DIR
 *        (EMU_DIR: a fresh directory, created with the controller's
 *        geometry)
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "backend.h"
#include "diff_rng.h"
#include "kv.h"
#include "reactor.h"

enum cmd_kind {
	C_APPEND,
	C_APPEND_ASIDE,		/* SLBA not the zone's start */
	C_APPEND_PAST,		/* one block more than the zone has room for */
	C_WRITE_WP,
	C_WRITE_ASIDE,
	C_WRITE_PAST,
	C_READ,
	C_READ_ACROSS,		/* across the end of the zone */
	C_MGMT,
	C_MGMT_ASIDE,		/* an LBA that starts no zone, or none at all */
	C_MGMT_ALL,
	C_FLUSH,
	NR_CMDS,
};

static const unsigned int cmd_weight[NR_CMDS] = {
	[C_APPEND] = 24, [C_APPEND_ASIDE] = 2, [C_APPEND_PAST] = 4,
	[C_WRITE_WP] = 12, [C_WRITE_ASIDE] = 4, [C_WRITE_PAST] = 3,
	[C_READ] = 8, [C_READ_ACROSS] = 2, [C_MGMT] = 30, [C_MGMT_ASIDE] = 3,
	[C_MGMT_ALL] = 2, [C_FLUSH] = 1,
};

static const char *const cmd_name[NR_CMDS] = {
	"append", "append_aside", "append_past", "write_wp", "write_aside",
	"write_past", "read", "read_across", "mgmt", "mgmt_aside", "mgmt_all",
	"flush",
};

struct side {
	const char *name;
	struct backend be;
	struct backend_zone *zones;
	void *buf;		/* read data */
};

struct step {
	char what[96];
	int status[2];
	uint64_t lba[2];
};

static struct reactor reactor;
static struct side sides[2];
static const struct backend_geometry *geo;
static struct step *history;
static void *data;		/* write data of this step */
static uint64_t nr_lbas;
static unsigned int seen_ok[NR_CMDS], seen_err[NR_CMDS];

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "backend_diff: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(1);
}

static void io_done(struct backend_io *io)
{
	*(bool *)io->arg = true;
}

/* Submit io to one backend and run the loop until it is done. */
static void run(struct side *s, struct backend_io *io)
{
	bool done = false;
	int ret;

	io->done = io_done;
	io->arg = &done;
	ret = backend_submit(&s->be, io);
	if (ret) {
		io->status = ret;
		return;
	}
	while (!done)
		if (reactor_run_once(&reactor))
			die("reactor failed");
}

static void report(struct side *s)
{
	struct backend_io io = {
		.op = BACKEND_REPORT_ZONES, .nr_zones = geo->nr_zones,
		.zones = s->zones,
	};

	run(s, &io);
	if (io.status)
		die("report zones of %s: status %d", s->name, io.status);
}

/* The zones the sequence plays with: more than may be active at once. */
static uint32_t zones_in_play(void)
{
	uint32_t n = geo->max_active ? geo->max_active + 2 :
		     geo->max_open ? geo->max_open + 2 : 8;

	return n < geo->nr_zones ? n : geo->nr_zones;
}

static uint32_t blocks_max(void)
{
	return geo->max_append / geo->lba_size;
}

/* Half small, half anywhere up to max_append; in blocks. */
static uint32_t random_blocks(void)
{
	uint32_t max = rng() & 1 && blocks_max() > 8 ? 8 : blocks_max();

	return (uint32_t)(1 + rng_below(max));
}

/* room + 1 blocks, or as many as one command takes. */
static uint32_t past_blocks(const struct backend_zone *z)
{
	uint64_t room = z->start + z->cap - z->wp;

	return room < blocks_max() ? (uint32_t)room + 1 : blocks_max();
}

/* Draw the next command, given the zones as they are now. */
static struct backend_io draw(enum cmd_kind kind, const struct backend_zone *zs)
{
	uint32_t zone = (uint32_t)rng_below(zones_in_play());
	const struct backend_zone *z = &zs[zone];
	struct backend_io io = { .lba = z->start, .buf = data };
	uint32_t nlb = random_blocks();

	switch (kind) {
	case C_APPEND_ASIDE:
		io.lba += 1 + rng_below(geo->zone_size - 1);
		/* fall through */
	case C_APPEND:
		io.op = BACKEND_APPEND;
		break;
	case C_APPEND_PAST:
		io.op = BACKEND_APPEND;
		nlb = past_blocks(z);
		break;
	case C_WRITE_WP:
	case C_WRITE_ASIDE:
	case C_WRITE_PAST:
		io.op = BACKEND_WRITE;
		io.lba = z->wp;
		if (kind == C_WRITE_PAST)
			nlb = past_blocks(z);
		else if (kind == C_WRITE_ASIDE && z->wp > z->start && rng() & 1)
			io.lba -= 1 + rng_below(z->wp - z->start);
		else if (kind == C_WRITE_ASIDE)
			io.lba += 1 + rng_below(8);
		break;
	case C_READ:
		io.op = BACKEND_READ;
		io.lba += rng_below(geo->zone_size);
		if (nlb > z->start + geo->zone_size - io.lba)
			nlb = (uint32_t)(z->start + geo->zone_size - io.lba);
		break;
	case C_READ_ACROSS:
		io.op = BACKEND_READ;
		nlb = 2 + (uint32_t)rng_below(blocks_max() - 1);
		io.lba += geo->zone_size - 1 - rng_below(nlb - 1);
		if (io.lba + nlb > nr_lbas)
			io.lba = z->start + geo->zone_size - nlb / 2;
		break;
	case C_MGMT_ASIDE:
		io.lba = rng() & 1 ? io.lba + 1 + rng_below(geo->zone_size - 1) :
			 nr_lbas;
		/* fall through */
	case C_MGMT:
	case C_MGMT_ALL:
		io.op = BACKEND_ZONE_MGMT;
		/* close, finish, open, reset; now and then offline */
		io.action = rng_below(16) ? 1 + rng_below(4) : 5;
		io.select_all = kind == C_MGMT_ALL;
		break;
	case C_FLUSH:
		io.op = BACKEND_FLUSH;
		break;
	case NR_CMDS:
		break;
	}
	io.len = nlb * geo->lba_size;
	return io;
}

static void describe(enum cmd_kind kind, const struct backend_io *io,
		     char *out, size_t size)
{
	int n = snprintf(out, size, "%-12s lba=%" PRIu64, cmd_name[kind],
			 io->lba);

	if (io->op == BACKEND_ZONE_MGMT)
		snprintf(out + n, size - n, " zsa=%u%s", io->action,
			 io->select_all ? " all" : "");
	else if (io->op != BACKEND_FLUSH)
		snprintf(out + n, size - n, " nlb=%u",
			 io->len / geo->lba_size);
}

static void print_zone(const char *label, uint32_t i,
		       const struct backend_zone *z)
{
	fprintf(stderr, "  %-5s zone %3u: %-9s wp=%" PRIu64 " (+%" PRIu64
		") cap=%" PRIu64 " attrs=0x%x\n", label, i,
		zap_zone_state_name(z->state) ?: "?", z->wp, z->wp - z->start,
		z->cap, z->attrs);
}

static void divergence(unsigned int n, const char *what)
{
	fprintf(stderr, "backend_diff: DIVERGENCE at step %u: %s\n", n, what);
	fprintf(stderr, "commands (status: negative errno, or NVMe SCT<<8|SC "
		"in hex):\n");
	for (unsigned int i = 0; i <= n; i++)
		fprintf(stderr, "  %4u %-48s %s=%#x(lba %" PRIu64 ") "
			"%s=%#x(lba %" PRIu64 ")\n", i, history[i].what,
			sides[0].name, history[i].status[0], history[i].lba[0],
			sides[1].name, history[i].status[1],
			history[i].lba[1]);
	fprintf(stderr, "zones after step %u:\n", n);
	for (uint32_t i = 0; i < zones_in_play(); i++) {
		print_zone(sides[0].name, i, &sides[0].zones[i]);
		print_zone(sides[1].name, i, &sides[1].zones[i]);
	}
	exit(1);
}

static void compare(unsigned int n, const struct backend_io *io)
{
	const struct step *st = &history[n];
	char what[64];

	if (st->status[0] != st->status[1] || st->lba[0] != st->lba[1])
		divergence(n, "the statuses or the appended LBAs differ");
	if (io->op == BACKEND_READ && !st->status[0] &&
	    memcmp(sides[0].buf, sides[1].buf, io->len))
		divergence(n, "the data read differs");
	for (uint32_t i = 0; i < geo->nr_zones; i++) {
		const struct backend_zone *a = &sides[0].zones[i];
		const struct backend_zone *b = &sides[1].zones[i];

		if (a->start != b->start || a->wp != b->wp ||
		    a->cap != b->cap || a->state != b->state ||
		    a->attrs != b->attrs) {
			snprintf(what, sizeof(what), "zone %u differs", i);
			divergence(n, what);
		}
	}
}

static void open_side(struct side *s, const char *name, const char *path,
		      struct kv_list *opts)
{
	struct backend_open_args args = {
		.name = name, .path = path, .durable = false, .create = true,
		.options = opts, .reactor = &reactor,
	};

	s->name = name;
	s->be.ops = backend_find(name);
	s->be.reactor = &reactor;
	if (s->be.ops->open(&s->be, &args))
		die("cannot open the %s drive %s", name, path);
}

/* The emu drive's options: the controller's geometry. */
static void emu_options(struct kv_list *opts)
{
	const uint64_t v[] = {
		geo->lba_size, geo->zone_size * geo->lba_size,
		geo->zone_cap * geo->lba_size, geo->nr_zones, geo->max_open,
		geo->max_active, geo->max_append,
	};
	static const char *const keys[] = {
		"lba_size", "zone_size", "zone_cap", "zones", "max_open",
		"max_active", "max_append",
	};
	char buf[32];

	for (unsigned int i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		snprintf(buf, sizeof(buf), "%" PRIu64, v[i]);
		kv_set(opts, keys[i], buf);
	}
}

int main(int argc, char **argv)
{
	struct kv_list nvme_opts = { 0 }, emu_opts = { 0 };
	unsigned int steps = 3000;
	uint64_t seed = 1;
	int opt;

	while ((opt = getopt(argc, argv, "s:n:")) != -1) {
		switch (opt) {
		case 's':
			seed = strtoull(optarg, NULL, 0);
			break;
		case 'n':
			steps = (unsigned int)strtoul(optarg, NULL, 0);
			break;
		default:
			goto usage;
		}
	}
	if (optind != argc - 2 || !steps)
		goto usage;
	if (reactor_init(&reactor, 64))
		die("no io_uring");
	/* sides[0] is the emu, sides[1] the controller it must match */
	open_side(&sides[1], "nvme", argv[optind], &nvme_opts);
	geo = &sides[1].be.geo;
	nr_lbas = geo->zone_size * geo->nr_zones;
	emu_options(&emu_opts);
	open_side(&sides[0], "emu", argv[optind + 1], &emu_opts);
	history = calloc(steps, sizeof(*history));
	if (!history || posix_memalign(&data, 4096, geo->max_append))
		die("out of memory");
	for (int i = 0; i < 2; i++) {
		struct backend_io io = {
			.op = BACKEND_ZONE_MGMT, .action = ZAP_ZONE_RESET,
			.select_all = true,
		};

		sides[i].zones = calloc(geo->nr_zones, sizeof(*sides[i].zones));
		if (!sides[i].zones ||
		    posix_memalign(&sides[i].buf, 4096, geo->max_append))
			die("out of memory");
		run(&sides[i], &io);
		if (io.status)
			die("reset all zones of %s: %d", sides[i].name,
			    io.status);
		report(&sides[i]);
	}
	rng_seed(seed);
	printf("backend_diff seed=%" PRIu64 " steps=%u zones_in_play=%u\n",
	       seed, steps, zones_in_play());

	for (unsigned int n = 0; n < steps; n++) {
		enum cmd_kind kind = rng_pick(cmd_weight, NR_CMDS);
		struct backend_io io = draw(kind, sides[0].zones);

		rng_fill(data, io.len);
		describe(kind, &io, history[n].what, sizeof(history[n].what));
		for (int i = 0; i < 2; i++) {
			struct backend_io one = io;

			if (one.op == BACKEND_READ)
				one.buf = sides[i].buf;
			run(&sides[i], &one);
			history[n].status[i] = one.status;
			history[n].lba[i] = one.op == BACKEND_APPEND &&
					    !one.status ? one.result_lba : 0;
			report(&sides[i]);
		}
		(history[n].status[1] ? seen_err : seen_ok)[kind]++;
		compare(n, &io);
	}
	printf("%-13s %6s %6s\n", "command", "ok", "error");
	for (unsigned int k = 0; k < NR_CMDS; k++)
		printf("%-13s %6u %6u\n", cmd_name[k], seen_ok[k], seen_err[k]);
	printf("backend_diff: %u steps, no divergence\n", steps);
	for (int i = 0; i < 2; i++) {
		sides[i].be.ops->close(&sides[i].be);
		free(sides[i].zones);
		free(sides[i].buf);
	}
	reactor_destroy(&reactor);
	free(history);
	free(data);
	return 0;

usage:
	fprintf(stderr, "usage: %s [-s SEED] [-n STEPS] /dev/ngXnY EMU_DIR\n",
		argv[0]);
	return 2;
}
