/* SPDX-License-Identifier: MIT */
/* The zone state machine against ZNS-REFERENCE.md, table by table. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <errno.h>

#include "zns.h"

#define E	ZAP_ZS_EMPTY
#define IO	ZAP_ZS_IMPLICIT_OPEN
#define EO	ZAP_ZS_EXPLICIT_OPEN
#define C	ZAP_ZS_CLOSED
#define F	ZAP_ZS_FULL
#define RO	ZAP_ZS_READ_ONLY
#define O	ZAP_ZS_OFFLINE

#define ZSIZE	16
#define ZCAP	12

static void setup(struct zns *d, uint32_t nr_zones, uint32_t max_open,
		  uint32_t max_active)
{
	struct zns_config c = {
		.nr_zones = nr_zones,
		.zone_size = ZSIZE,
		.zone_cap = ZCAP,
		.max_open = max_open,
		.max_active = max_active,
		.max_append = 4,
	};

	assert_int_equal(zns_init(d, &c), 0);
}

static uint64_t zstart(uint32_t zone)
{
	return (uint64_t)zone * ZSIZE;
}

static uint8_t state(const struct zns *d, uint32_t zone)
{
	return d->zones[zone].state;
}

static uint64_t wp(const struct zns *d, uint32_t zone)
{
	return d->zones[zone].wp;
}

/* The counters and FIFOs agree with the zone states. */
static void check_consistent(const struct zns *d)
{
	static const struct {
		int fifo;
		uint8_t state;
	} fifos[] = {
		{ ZNS_FIFO_IMP_OPEN, IO },
		{ ZNS_FIFO_EXP_OPEN, EO },
		{ ZNS_FIFO_CLOSED, C },
	};
	uint32_t open = 0, active = 0;

	for (uint32_t i = 0; i < d->nr_zones; i++) {
		uint8_t s = d->zones[i].state;

		open += s == IO || s == EO;
		active += s == IO || s == EO || s == C;
	}
	assert_int_equal(d->nr_open, open);
	assert_int_equal(d->nr_active, active);
	for (unsigned f = 0; f < sizeof(fifos) / sizeof(fifos[0]); f++) {
		uint32_t n = 0, prev = ZNS_NONE;

		for (uint32_t i = d->fifo[fifos[f].fifo].head; i != ZNS_NONE;
		     i = d->zones[i].next) {
			assert_int_equal(d->zones[i].state, fifos[f].state);
			assert_int_equal(d->zones[i].prev, prev);
			prev = i;
			n++;
		}
		assert_int_equal(d->fifo[fifos[f].fifo].tail, prev);
		for (uint32_t i = 0; i < d->nr_zones; i++)
			n -= d->zones[i].state == fifos[f].state;
		assert_int_equal(n, 0);
	}
}

static int write1(struct zns *d, uint32_t zone, uint32_t nlb)
{
	uint64_t lba;

	return zns_write(d, wp(d, zone), nlb, false, &lba);
}

/* Table 4.3: what each trigger does from each state. */
enum { T_WRITE, T_OPEN, T_CLOSE, T_FINISH, T_RESET, T_OFFLINE, NR_T };

static const uint8_t trigger_action[NR_T] = {
	[T_OPEN] = ZNS_OPEN, [T_CLOSE] = ZNS_CLOSE, [T_FINISH] = ZNS_FINISH,
	[T_RESET] = ZNS_RESET, [T_OFFLINE] = ZNS_OFFLINE,
};

struct expect {
	uint8_t to;		/* 0: stays */
	int status;
};

#define TO(s)	{ .to = s }
#define OK	{ 0 }
#define ERR(x)	{ .status = x }
#define BFH	ERR(0x1bf)

static const struct expect table_4_3[16][NR_T] = {
	/*	write		open	close	finish	reset	offline */
	[E]  = { TO(IO),	TO(EO),	BFH,	TO(F),	OK,	BFH },
	[IO] = { OK,		TO(EO),	TO(C),	TO(F),	TO(E),	BFH },
	[EO] = { OK,		OK,	TO(C),	TO(F),	TO(E),	BFH },
	[C]  = { TO(IO),	TO(EO),	OK,	TO(F),	TO(E),	BFH },
	[F]  = { ERR(0x1b9),	BFH,	BFH,	OK,	TO(E),	BFH },
	[RO] = { ERR(0x1ba),	BFH,	BFH,	BFH,	BFH,	TO(O) },
	[O]  = { ERR(0x1bb),	BFH,	BFH,	BFH,	BFH,	OK },
};

static void test_table_4_3(void **unused)
{
	static const uint8_t from[] = { E, IO, EO, C, F, RO, O };

	for (unsigned s = 0; s < sizeof(from); s++) {
		for (int t = 0; t < NR_T; t++) {
			const struct expect *x = &table_4_3[from[s]][t];
			uint8_t to = x->to ? x->to : from[s];
			uint64_t w0, w1;
			struct zns d;
			int status;

			setup(&d, 4, 0, 0);
			w0 = from[s] == E ? zstart(1) :
			     from[s] == F ? zstart(1) + ZCAP : zstart(1) + 4;
			assert_int_equal(zns_set_zone(&d, 1, from[s], w0), 0);
			if (t == T_WRITE)
				status = write1(&d, 1, 1);
			else
				status = zns_mgmt(&d, zstart(1),
						  trigger_action[t], false);
			assert_int_equal(status, x->status);
			assert_int_equal(state(&d, 1), to);
			w1 = w0;
			if (!x->status && t == T_WRITE)
				w1 = w0 + 1;
			else if (to == F)
				w1 = zstart(1) + ZCAP;
			else if (to == E)
				w1 = zstart(1);
			assert_int_equal(wp(&d, 1), w1);
			for (uint32_t i = 0; i < 4; i++)
				if (i != 1)
					assert_int_equal(state(&d, i), E);
			check_consistent(&d);
			zns_destroy(&d);
		}
	}
}

/* The same transitions reached by commands only, as a host would. */
static void test_command_walk(void **unused)
{
	static const struct {
		int trigger;
		uint8_t to;
		int status;
	} walk[] = {
		{ T_WRITE, IO, 0 }, { T_CLOSE, C, 0 }, { T_CLOSE, C, 0 },
		{ T_OPEN, EO, 0 }, { T_OPEN, EO, 0 }, { T_WRITE, EO, 0 },
		{ T_CLOSE, C, 0 }, { T_WRITE, IO, 0 }, { T_OPEN, EO, 0 },
		{ T_FINISH, F, 0 }, { T_FINISH, F, 0 }, { T_WRITE, F, 0x1b9 },
		{ T_OPEN, F, 0x1bf }, { T_CLOSE, F, 0x1bf },
		{ T_RESET, E, 0 }, { T_RESET, E, 0 }, { T_CLOSE, E, 0x1bf },
		{ T_FINISH, F, 0 }, { T_RESET, E, 0 }, { T_OPEN, EO, 0 },
		{ T_RESET, E, 0 },
	};
	struct zns d;

	setup(&d, 2, 0, 0);
	for (unsigned i = 0; i < sizeof(walk) / sizeof(walk[0]); i++) {
		int status = walk[i].trigger == T_WRITE ? write1(&d, 0, 1) :
			     zns_mgmt(&d, 0, trigger_action[walk[i].trigger],
				      false);

		assert_int_equal(status, walk[i].status);
		assert_int_equal(state(&d, 0), walk[i].to);
		check_consistent(&d);
	}
	zns_destroy(&d);
}

static void test_wp_reaches_cap(void **unused)
{
	struct zns d;

	setup(&d, 2, 1, 1);
	assert_int_equal(write1(&d, 0, ZCAP - 1), 0);
	assert_int_equal(state(&d, 0), IO);
	assert_int_equal(d.nr_active, 1);
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(state(&d, 0), F);
	assert_int_equal(wp(&d, 0), ZCAP);
	/* Full released the resources */
	assert_int_equal(d.nr_open, 0);
	assert_int_equal(d.nr_active, 0);
	assert_int_equal(write1(&d, 1, 1), 0);
	assert_int_equal(write1(&d, 0, 1), 0x1b9);
	check_consistent(&d);
	zns_destroy(&d);
}

static void test_boundaries(void **unused)
{
	struct zns d;
	uint64_t lba;

	setup(&d, 2, 0, 0);
	/* write past ZCAP */
	assert_int_equal(zns_write(&d, 0, ZCAP + 1, false, &lba), 0x1b8);
	assert_int_equal(state(&d, 0), E);
	assert_int_equal(zns_write(&d, 0, ZCAP - 2, false, &lba), 0);
	assert_int_equal(zns_write(&d, ZCAP - 2, 3, false, &lba), 0x1b8);
	assert_int_equal(wp(&d, 0), ZCAP - 2);
	/* past the end of the namespace */
	assert_int_equal(zns_write(&d, 2 * ZSIZE, 1, false, &lba), 0x080);
	assert_int_equal(zns_write(&d, ZSIZE, UINT32_MAX, false, &lba),
			 0x080);
	assert_int_equal(zns_write(&d, UINT64_MAX, 2, false, &lba), 0x080);
	assert_int_equal(zns_write(&d, 0, 0, false, &lba), 0x002);
	/* reads: to the zone end (not ZCAP) is fine, across it is not */
	assert_int_equal(zns_read(&d, 0, ZSIZE), 0);
	assert_int_equal(zns_read(&d, ZCAP, ZSIZE - ZCAP), 0);
	assert_int_equal(zns_read(&d, 1, ZSIZE), 0x1b8);
	assert_int_equal(zns_read(&d, ZSIZE, ZSIZE + 1), 0x080);
	assert_int_equal(zns_read(&d, 0, 0), 0x002);
	assert_int_equal(zns_set_zone(&d, 1, RO, ZSIZE + 3), 0);
	assert_int_equal(zns_read(&d, ZSIZE, 4), 0);
	assert_int_equal(zns_set_zone(&d, 1, O, ZSIZE + 3), 0);
	assert_int_equal(zns_read(&d, ZSIZE, 4), 0x1bb);
	zns_destroy(&d);
}

static void test_invalid_write(void **unused)
{
	struct zns d;
	uint64_t lba;

	setup(&d, 2, 0, 0);
	assert_int_equal(zns_write(&d, 1, 1, false, &lba), 0x1bc);
	assert_int_equal(state(&d, 0), E);
	assert_int_equal(zns_write(&d, 0, 4, false, &lba), 0);
	assert_int_equal(lba, 0);
	assert_int_equal(zns_write(&d, 3, 1, false, &lba), 0x1bc);
	assert_int_equal(zns_write(&d, 5, 1, false, &lba), 0x1bc);
	assert_int_equal(zns_write(&d, 4, 1, false, &lba), 0);
	assert_int_equal(lba, 4);
	/* the state is checked before the wp */
	assert_int_equal(zns_mgmt(&d, 0, ZNS_FINISH, false), 0);
	assert_int_equal(zns_write(&d, 5, 1, false, &lba), 0x1b9);
	zns_destroy(&d);
}

static void test_append(void **unused)
{
	struct zns d;
	uint64_t lba;

	setup(&d, 2, 0, 0);
	for (uint64_t i = 0; i < 3; i++) {
		assert_int_equal(zns_write(&d, ZSIZE, 3, true, &lba), 0);
		assert_int_equal(lba, ZSIZE + 3 * i);
	}
	assert_int_equal(state(&d, 1), IO);
	/* slba must be the zone start; length at most max_append */
	assert_int_equal(zns_write(&d, ZSIZE + 1, 1, true, &lba), 0x002);
	assert_int_equal(zns_write(&d, ZSIZE, 5, true, &lba), 0x002);
	/* 9 of 12 written: 4 do not fit */
	assert_int_equal(zns_write(&d, ZSIZE, 4, true, &lba), 0x1b8);
	assert_int_equal(zns_write(&d, ZSIZE, 3, true, &lba), 0);
	assert_int_equal(lba, ZSIZE + 9);
	assert_int_equal(state(&d, 1), F);
	assert_int_equal(zns_write(&d, ZSIZE, 1, true, &lba), 0x1b9);
	assert_int_equal(zns_write(&d, 2 * ZSIZE, 1, true, &lba), 0x080);
	check_consistent(&d);
	zns_destroy(&d);
}

static void test_max_open_auto_close(void **unused)
{
	struct zns d;

	setup(&d, 8, 2, 0);
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(write1(&d, 1, 1), 0);
	/* the oldest implicitly open zone makes room */
	assert_int_equal(write1(&d, 2, 1), 0);
	assert_int_equal(state(&d, 0), C);
	assert_int_equal(state(&d, 1), IO);
	assert_int_equal(state(&d, 2), IO);
	/* writing to a closed zone reopens it, closing the next oldest */
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(state(&d, 1), C);
	assert_int_equal(state(&d, 2), IO);
	assert_int_equal(state(&d, 0), IO);
	/* an explicit open auto-closes too */
	assert_int_equal(zns_mgmt(&d, zstart(3), ZNS_OPEN, false), 0);
	assert_int_equal(state(&d, 2), C);
	assert_int_equal(state(&d, 3), EO);
	/* writes to open zones take nothing */
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(write1(&d, 3, 1), 0);
	assert_int_equal(d.nr_open, 2);
	check_consistent(&d);
	zns_destroy(&d);
}

static void test_explicit_open_not_auto_closed(void **unused)
{
	struct zns d;

	setup(&d, 8, 2, 0);
	assert_int_equal(zns_mgmt(&d, zstart(0), ZNS_OPEN, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(1), ZNS_OPEN, false), 0);
	assert_int_equal(write1(&d, 2, 1), 0x1be);
	assert_int_equal(zns_mgmt(&d, zstart(2), ZNS_OPEN, false), 0x1be);
	assert_int_equal(state(&d, 2), E);
	/* a closed zone needs an open resource too */
	assert_int_equal(zns_mgmt(&d, zstart(1), ZNS_CLOSE, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(3), ZNS_OPEN, false), 0);
	assert_int_equal(write1(&d, 1, 1), 0x1be);
	assert_int_equal(zns_mgmt(&d, zstart(1), ZNS_OPEN, false), 0x1be);
	assert_int_equal(state(&d, 1), C);
	/* ImpOpen -> ExpOpen takes no new resource */
	assert_int_equal(zns_mgmt(&d, zstart(3), ZNS_CLOSE, false), 0);
	assert_int_equal(write1(&d, 2, 1), 0);
	assert_int_equal(zns_mgmt(&d, zstart(2), ZNS_OPEN, false), 0);
	assert_int_equal(state(&d, 2), EO);
	check_consistent(&d);
	zns_destroy(&d);
}

static void test_max_active(void **unused)
{
	struct zns d;

	setup(&d, 8, 0, 2);
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(zns_mgmt(&d, zstart(1), ZNS_OPEN, false), 0);
	assert_int_equal(write1(&d, 2, 1), 0x1bd);
	assert_int_equal(zns_mgmt(&d, zstart(2), ZNS_OPEN, false), 0x1bd);
	/* closed zones stay active */
	assert_int_equal(zns_mgmt(&d, zstart(0), ZNS_CLOSE, false), 0);
	assert_int_equal(write1(&d, 2, 1), 0x1bd);
	/* reopening a closed zone needs no active resource */
	assert_int_equal(write1(&d, 0, 1), 0);
	/* finish and reset give it back; an Empty finish takes none */
	assert_int_equal(zns_mgmt(&d, zstart(0), ZNS_FINISH, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(3), ZNS_FINISH, false), 0);
	assert_int_equal(write1(&d, 2, 1), 0);
	assert_int_equal(zns_mgmt(&d, zstart(4), ZNS_OPEN, false), 0x1bd);
	assert_int_equal(zns_mgmt(&d, zstart(1), ZNS_RESET, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(4), ZNS_OPEN, false), 0);
	assert_int_equal(d.nr_active, 2);
	check_consistent(&d);
	zns_destroy(&d);
}

/* QEMU auto-closes before it checks the active limit, even if that fails. */
static void test_auto_close_then_active_limit(void **unused)
{
	struct zns d;

	setup(&d, 8, 2, 2);
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(write1(&d, 1, 1), 0);
	assert_int_equal(write1(&d, 2, 1), 0x1bd);
	assert_int_equal(state(&d, 0), C);
	assert_int_equal(state(&d, 1), IO);
	assert_int_equal(state(&d, 2), E);
	/* a closed zone can come back: the open resource is free now */
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(state(&d, 0), IO);
	check_consistent(&d);
	zns_destroy(&d);
}

static void test_mgmt_slba(void **unused)
{
	struct zns d;

	setup(&d, 2, 0, 0);
	assert_int_equal(zns_mgmt(&d, 1, ZNS_OPEN, false), 0x002);
	assert_int_equal(zns_mgmt(&d, 2 * ZSIZE, ZNS_OPEN, false), 0x080);
	assert_int_equal(zns_mgmt(&d, UINT64_MAX, ZNS_RESET, false), 0x080);
	assert_int_equal(zns_mgmt(&d, ZSIZE, 0, false), 0x002);
	assert_int_equal(zns_mgmt(&d, ZSIZE, 0x10, false), 0x002);
	assert_int_equal(zns_mgmt(&d, 0, 6, true), 0x002);
	/* Select All ignores slba */
	assert_int_equal(zns_mgmt(&d, 12345, ZNS_RESET, true), 0);
	assert_int_equal(state(&d, 0), E);
	zns_destroy(&d);
}

/* Zones 0..6 in E, IO, EO, C, F, RO, O; all but the Empty one hold data. */
static void setup_every_state(struct zns *d)
{
	static const uint8_t s[] = { E, IO, EO, C, F, RO, O };

	setup(d, 7, 0, 0);
	for (uint32_t i = 0; i < 7; i++) {
		uint64_t w = s[i] == E ? zstart(i) :
			     s[i] == F ? zstart(i) + ZCAP : zstart(i) + 2;

		assert_int_equal(zns_set_zone(d, i, s[i], w), 0);
	}
}

static void test_select_all(void **unused)
{
	static const struct {
		uint8_t action;
		uint8_t after[7];
	} cases[] = {
		{ ZNS_OPEN,    { E, IO, EO, EO, F, RO, O } },
		{ ZNS_CLOSE,   { E, C,  C,  C,  F, RO, O } },
		{ ZNS_FINISH,  { E, F,  F,  F,  F, RO, O } },
		{ ZNS_RESET,   { E, E,  E,  E,  E, RO, O } },
		{ ZNS_OFFLINE, { E, IO, EO, C,  F, O,  O } },
	};

	for (unsigned c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		struct zns d;

		setup_every_state(&d);
		assert_int_equal(zns_mgmt(&d, 0, cases[c].action, true), 0);
		for (uint32_t i = 0; i < 7; i++)
			assert_int_equal(state(&d, i), cases[c].after[i]);
		check_consistent(&d);
		zns_destroy(&d);
	}
}

/* Open All walks the closed zones oldest first and stops at the limit. */
static void test_select_all_open_limit(void **unused)
{
	struct zns d;

	setup(&d, 8, 3, 0);
	for (uint32_t i = 0; i < 5; i++)
		assert_int_equal(write1(&d, i, 1), 0);
	/* 0 and 1 were auto-closed; close 4 then 3: FIFO is 0 1 4 3 */
	assert_int_equal(zns_mgmt(&d, zstart(4), ZNS_CLOSE, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(3), ZNS_CLOSE, false), 0);
	assert_int_equal(state(&d, 2), IO);
	/*
	 * 0 and 1 open explicitly; 4 auto-closes 2 (queued behind 3) and
	 * opens; 3 finds no implicitly open zone to close.
	 */
	assert_int_equal(zns_mgmt(&d, 0, ZNS_OPEN, true), 0x1be);
	assert_int_equal(state(&d, 0), EO);
	assert_int_equal(state(&d, 1), EO);
	assert_int_equal(state(&d, 4), EO);
	assert_int_equal(state(&d, 2), C);
	assert_int_equal(state(&d, 3), C);
	assert_int_equal(d.fifo[ZNS_FIFO_CLOSED].head, 3);
	assert_int_equal(d.fifo[ZNS_FIFO_CLOSED].tail, 2);
	check_consistent(&d);
	zns_destroy(&d);
}

static void test_shutdown(void **unused)
{
	struct zns d;

	setup(&d, 8, 0, 0);
	assert_int_equal(write1(&d, 0, 1), 0);
	assert_int_equal(zns_mgmt(&d, zstart(1), ZNS_OPEN, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(2), ZNS_OPEN, false), 0);
	assert_int_equal(write1(&d, 2, 3), 0);
	assert_int_equal(zns_mgmt(&d, zstart(3), ZNS_OPEN, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(3), ZNS_CLOSE, false), 0);
	assert_int_equal(write1(&d, 4, 1), 0);
	assert_int_equal(zns_mgmt(&d, zstart(4), ZNS_CLOSE, false), 0);
	assert_int_equal(zns_mgmt(&d, zstart(5), ZNS_FINISH, false), 0);
	zns_shutdown(&d);
	assert_int_equal(state(&d, 0), C);
	assert_int_equal(state(&d, 1), E);
	assert_int_equal(state(&d, 2), C);
	assert_int_equal(wp(&d, 2), zstart(2) + 3);
	assert_int_equal(state(&d, 3), E);
	assert_int_equal(state(&d, 4), C);
	assert_int_equal(state(&d, 5), F);
	assert_int_equal(d.nr_open, 0);
	check_consistent(&d);
	zns_destroy(&d);
}

static void test_set_zone(void **unused)
{
	struct zns d;

	setup(&d, 2, 1, 1);
	assert_int_equal(zns_set_zone(&d, 2, E, 0), -EINVAL);
	assert_int_equal(zns_set_zone(&d, 0, 5, 0), -EINVAL);
	assert_int_equal(zns_set_zone(&d, 0, 16, 0), -EINVAL);
	assert_int_equal(zns_set_zone(&d, 0, E, 1), -EINVAL);
	assert_int_equal(zns_set_zone(&d, 0, F, ZCAP - 1), -EINVAL);
	assert_int_equal(zns_set_zone(&d, 0, IO, ZCAP), -EINVAL);
	assert_int_equal(zns_set_zone(&d, 1, C, ZSIZE - 1), -EINVAL);
	assert_int_equal(zns_set_zone(&d, 1, C, ZSIZE + ZCAP + 1), -EINVAL);
	/* limits are not checked: a crash may leave one zone too many */
	assert_int_equal(zns_set_zone(&d, 0, IO, 3), 0);
	assert_int_equal(zns_set_zone(&d, 1, EO, ZSIZE), 0);
	assert_int_equal(d.nr_open, 2);
	/* device-initiated: open zones release their resources */
	assert_int_equal(zns_set_zone(&d, 0, RO, 3), 0);
	assert_int_equal(zns_set_zone(&d, 1, O, ZSIZE), 0);
	assert_int_equal(d.nr_active, 0);
	check_consistent(&d);
	zns_destroy(&d);
}

static uint32_t changed_zone[8];
static uint8_t changed_from[8];
static uint64_t changed_from_wp[8];
static unsigned nr_changed;

static void record_change(struct zns *d, uint32_t zone, uint8_t from,
			  uint64_t from_wp)
{
	assert_true(nr_changed < 8);
	changed_zone[nr_changed] = zone;
	changed_from_wp[nr_changed] = from_wp;
	changed_from[nr_changed++] = from;
}

static void test_changed_hook(void **unused)
{
	struct zns d;
	uint64_t lba;

	setup(&d, 4, 1, 0);
	d.changed = record_change;
	nr_changed = 0;
	assert_int_equal(write1(&d, 0, 1), 0);
	/* the open, then the wp */
	assert_int_equal(nr_changed, 2);
	assert_int_equal(changed_zone[1], 0);
	assert_int_equal(changed_from[0], E);
	assert_int_equal(changed_from[1], IO);
	nr_changed = 0;
	assert_int_equal(write1(&d, 1, 1), 0);
	/* the auto-close of zone 0 comes first */
	assert_int_equal(nr_changed, 3);
	assert_int_equal(changed_zone[0], 0);
	assert_int_equal(changed_from[0], IO);
	assert_int_equal(changed_zone[1], 1);
	nr_changed = 0;
	assert_int_equal(zns_mgmt(&d, 0, ZNS_RESET, true), 0);
	assert_int_equal(nr_changed, 2);
	assert_int_equal(changed_from[0], C);
	assert_int_equal(changed_from[1], IO);
	/* no-ops and refusals change nothing */
	nr_changed = 0;
	assert_int_equal(zns_mgmt(&d, 0, ZNS_RESET, false), 0);
	assert_int_equal(zns_mgmt(&d, 0, ZNS_CLOSE, false), 0x1bf);
	assert_int_equal(zns_write(&d, 1, 1, false, &lba), 0x1bc);
	assert_int_equal(nr_changed, 0);
	zns_destroy(&d);
}

/* The wp before each change: a finish skips [from_wp, wp), a write that
 * fills its zone skips nothing (the backends zero what a finish skips). */
static void test_changed_hook_wp(void **unused)
{
	struct zns d;
	uint64_t lba;

	setup(&d, 2, 0, 0);
	d.changed = record_change;
	assert_int_equal(write1(&d, 0, 3), 0);
	nr_changed = 0;
	assert_int_equal(zns_mgmt(&d, zstart(0), ZNS_FINISH, false), 0);
	assert_int_equal(nr_changed, 1);
	assert_int_equal(changed_from_wp[0], 3);
	assert_int_equal(wp(&d, 0), ZCAP);
	for (uint64_t n = 0; n < ZCAP; n += 4)
		assert_int_equal(zns_write(&d, zstart(1), 4, true, &lba), 0);
	/* the last write: its wp (from_wp = lba), then Full at that wp */
	assert_int_equal(changed_from_wp[nr_changed - 1], wp(&d, 1));
	assert_int_equal(state(&d, 1), F);
	zns_destroy(&d);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_4_3),
		cmocka_unit_test(test_command_walk),
		cmocka_unit_test(test_wp_reaches_cap),
		cmocka_unit_test(test_boundaries),
		cmocka_unit_test(test_invalid_write),
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_max_open_auto_close),
		cmocka_unit_test(test_explicit_open_not_auto_closed),
		cmocka_unit_test(test_max_active),
		cmocka_unit_test(test_auto_close_then_active_limit),
		cmocka_unit_test(test_mgmt_slba),
		cmocka_unit_test(test_select_all),
		cmocka_unit_test(test_select_all_open_limit),
		cmocka_unit_test(test_shutdown),
		cmocka_unit_test(test_set_zone),
		cmocka_unit_test(test_changed_hook),
		cmocka_unit_test(test_changed_hook_wp),
	};

	return zap_unit_run(tests, argc, argv);
}
