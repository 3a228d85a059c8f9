/* SPDX-License-Identifier: MIT */
/*
 * zone_model - a random history of many connections sharing a few zones,
 * checked against a serial model of each zone (DESIGN.md, "How requests
 * meet in a zone"). Whatever runs a zone, one reactor or several, every
 * history must be explainable by some serial order of each zone's ops
 * that respects real time (an op answered before another was sent came
 * first) and each connection's send order between ops that conflict in
 * the zone's range lock (a reset or finish conflicts with everything, a
 * write with appends and writes; appends and reads do not conflict with
 * each other).
 *
 *   zone_model --addr HOST:PORT --drive NAME --seed S [--conns C]
 *              [--ops N] [--zones Z]
 *   zone_model --self-test
 *
 * Load. Zones 0..Z-1 are reset; C connections (default 6) each keep up to
 * 2..8 requests in flight, N in all (default 4000), drawn from a PRNG
 * seeded with S: appends of 1-8 LBAs, ordered writes (at the wp, wherever
 * it is), writes at the wp the connection last learned from its own
 * replies (and half the time again at once at the wp a refusal
 * carried), reads, and now and then a reset or a finish of a zone (not
 * in the last 1%, so that the final epoch has some length). Every
 * block written carries a header (op number, connection, zone, block
 * index) and a tail derived from them and the seed, so any block read can
 * be attributed. The client stamps each send and each reply with one
 * counter: that is the real-time order.
 *
 * From the stamps and the send order alone, "A before B" is derived
 * where it must hold (A's chain of conflicting same-connection successors
 * has a reply stamped before B was sent, or A precedes B in that chain);
 * a reset "may lie between" A and B unless it is before A or after B.
 * Checked, per zone:
 *  - statuses: appends OK or ZONE_FULL; ordered writes OK, ZONE_FULL or
 *    ZONE_BOUNDARY_ERROR; writes at an offset those or
 *    ZONE_INVALID_WRITE; reads, resets and finishes OK;
 *  - replies: every acknowledged append or write lies inside the zone's
 *    capacity; a write at an offset landed at that offset; a write's wp
 *    is just past it; ZONE_INVALID_WRITE carries a wp inside the zone and
 *    not the attempted LBA; ZONE_BOUNDARY_ERROR of a write at an offset
 *    means it crossed the capacity;
 *  - per connection: an append or write landed, or a refused write's wp
 *    is, at or past what an earlier op of the same connection it waits
 *    for showed (its LBA end, a write's wp, a finish's zone end) when no
 *    reset may lie between; so nothing is acknowledged after a finish,
 *    and ZONE_INVALID_WRITE at a learned wp carries a wp past it;
 *  - epochs: acknowledged records that no reset may separate (each reset
 *    is definitely before both or after both) do not overlap;
 *  - reads (during the load, and of the whole zone at the end): each
 *    block is zeros or a block of an acknowledged record of this zone, at
 *    the LBA its reply named, not from before a reset that is definitely
 *    before the read nor from after the read; an acknowledged record
 *    definitely before the read with no reset that may lie between reads
 *    back whole;
 *  - the end: the records that read back whole (no torn ones) tile
 *    [zone start, final wp) exactly with zeros up to the capacity; every
 *    record that must follow one of them reads back too; the reported wp
 *    and state agree (EMPTY at the start, IMP_OPEN or CLOSED between,
 *    FULL at the capacity; FULL short of it only if a finish may follow
 *    every reset; not FULL only if some reset may follow every finish);
 *    in a zone that does not end FULL, refusals definitely after every
 *    reset fit the final epoch (ZONE_FULL of an append and
 *    ZONE_BOUNDARY_ERROR of a write only if they did not fit after the
 *    final wp, ZONE_FULL of a write never, a refused write's wp not past
 *    the final wp).
 * Not checked, because the history cannot show it: the epoch of a record
 * sent while a reset was in flight on another connection (unless it reads
 * back at the end, or a later op of its connection settles it); whether
 * records of an ended epoch left gaps (the wp at the reset is unknown);
 * what a read concurrent with a reset saw, beyond the rules above.
 * A seed fixes the random choices, not the interleaving: a replay draws
 * the same stream, but replies that arrive in another order steer it
 * (the learned wp, the retries) elsewhere.
 *
 * --self-test feeds the checker hand-made histories, one correct and
 * several broken (overlapping appends, a record that reads back someone
 * else's bytes, a wrong final wp, data that survived a reset, a
 * ZONE_INVALID_WRITE whose wp went back, an append acknowledged after a
 * finish, a read that missed an acknowledged record, a FULL zone nothing
 * finished), and checks that each broken one is reported, as what it is.
 */
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zap/zap.h>

#include "check.h"

#define MAGIC		0x7a6d646cu	/* "zmdl" */
#define MAX_NLB		8		/* LBAs of the largest request */
#define MAX_CONNS	64
#define MAX_ZONES	64
#define MAX_OPS		(1u << 22)
#define MIN_DEPTH	2		/* requests in flight, per connection */
#define MAX_DEPTH	8
#define STALL_MS	20000
#define MAX_REPORTS	5		/* messages per kind of fault */
#define NONE		UINT32_MAX
#define FINAL		(UINT32_MAX - 1)	/* the read-back at the end */
#define BLK_ZERO	(-1)
#define BLK_FOREIGN	(-2)

enum op_type {
	OP_APPEND,
	OP_WRITE,		/* at an offset */
	OP_WRITE_WP,		/* ordered, at the wp */
	OP_READ,
	OP_RESET,
	OP_FINISH,
};

static const char *const op_name[] = {
	"append", "write", "ordered write", "read", "reset", "finish",
};

/* Classes in the range lock: which ops wait for which. */
enum { CL_APPEND, CL_WRITE, CL_READ, CL_MGMT, NR_CL };

struct op {
	uint8_t type;
	uint8_t conn;
	uint32_t zone;
	uint32_t nlb;
	uint64_t at;		/* WRITE, READ: the LBA asked for */
	uint64_t sent, replied;	/* stamps */
	int status;
	uint64_t lba, wp;	/* the reply's */
	int32_t *blocks;	/* READ: what each block held (decode()) */
};

/* The history, live or made up by the self-test. */
static struct op *ops;
static uint32_t nr_ops;
static uint32_t nr_conns, nr_zones;
static uint64_t zsize, zcap;		/* LBAs */
static uint32_t lba_size;
static uint32_t seed;
static uint64_t stamp;

/* The end: each zone's report and what each of its blocks held. */
static struct zap_zone fin[MAX_ZONES];
static int32_t *fin_img[MAX_ZONES];

static uint64_t zstart(uint32_t z)
{
	return (uint64_t)z * zsize;
}

static uint64_t zend(uint32_t z)
{
	return zstart(z) + zcap;
}

/* ---- faults ---- */

enum fault {
	F_STATUS, F_REPLY, F_ORDER, F_OVERLAP, F_FOREIGN, F_MISPLACED,
	F_STALE, F_LOST, F_TORN, F_TILING, F_WP, F_STATE, F_FULL, NR_FAULTS
};

static const char *const fault_name[NR_FAULTS] = {
	"unexpected status", "inconsistent reply", "out of order",
	"overlap in an epoch", "foreign bytes", "misplaced record",
	"stale data", "lost record", "torn record", "bad tiling",
	"wrong final wp", "illegal zone state", "refusal with room",
};

static unsigned fault_count[NR_FAULTS];

static void fault(enum fault k, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void fault(enum fault k, const char *fmt, ...)
{
	va_list ap;

	if (fault_count[k]++ >= MAX_REPORTS)
		return;
	fprintf(stderr, "  %s: ", fault_name[k]);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static unsigned faults(void)
{
	unsigned n = 0;

	for (int k = 0; k < NR_FAULTS; k++)
		n += fault_count[k];
	return n;
}

static int op_class(const struct op *o);

/* "append #12 (conn 3, zone 1, 4 LBAs)"; four may be in use at once. */
static const char *name(uint32_t id)
{
	static char s[4][96];
	static unsigned next;
	char *p = s[next++ % 4];
	const struct op *o;

	if (id == FINAL)
		return "the final read-back";
	o = &ops[id];
	if (op_class(o) == CL_MGMT)
		snprintf(p, sizeof(s[0]), "%s #%u (conn %u, zone %u)",
			 op_name[o->type], id, o->conn, o->zone);
	else
		snprintf(p, sizeof(s[0]), "%s #%u (conn %u, zone %u, %u "
			 "LBAs)", op_name[o->type], id, o->conn, o->zone,
			 o->nlb);
	return p;
}

/* ---- record bytes ---- */

static bool is_record(const struct op *o)
{
	return o->type <= OP_WRITE_WP;
}

static void fill_block(uint32_t *w, uint32_t id, uint32_t k)
{
	const struct op *o = &ops[id];
	uint32_t x = (id * 2654435761u ^ k * 40503u ^ seed) | 1;

	w[0] = MAGIC;
	w[1] = id;
	w[2] = o->conn;
	w[3] = o->zone;
	w[4] = k;
	w[5] = o->nlb;
	for (size_t i = 6; i < lba_size / 4; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		w[i] = x;
	}
}

/* What a block holds: BLK_ZERO, BLK_FOREIGN, or id * MAX_NLB + k. */
static int32_t decode(const void *buf)
{
	const uint32_t *w = buf;
	uint32_t want[4096 / 4];
	size_t i;

	for (i = 0; i < lba_size / 4 && !w[i]; i++)
		;
	if (i == lba_size / 4)
		return BLK_ZERO;
	if (w[0] != MAGIC || w[1] >= nr_ops || !is_record(&ops[w[1]]) ||
	    w[4] >= ops[w[1]].nlb)
		return BLK_FOREIGN;
	fill_block(want, w[1], w[4]);
	if (memcmp(w, want, lba_size))
		return BLK_FOREIGN;
	return (int32_t)(w[1] * MAX_NLB + w[4]);
}

/* ---- the order the history implies ---- */

static uint64_t *rmin;		/* earliest reply of the op's chain */
static uint32_t *next_m;	/* next reset/finish on its conn and zone */
static uint32_t *next_wm;	/* next write, reset or finish there */
static uint32_t *prev_cz;	/* previous op of its conn on its zone */

static int op_class(const struct op *o)
{
	switch (o->type) {
	case OP_APPEND:
		return CL_APPEND;
	case OP_WRITE:
	case OP_WRITE_WP:
		return CL_WRITE;
	case OP_READ:
		return CL_READ;
	default:
		return CL_MGMT;
	}
}

/* Do the range locks of the two classes exclude each other? */
static bool conflict(int a, int b)
{
	if (a == CL_MGMT || b == CL_MGMT)
		return true;
	if (a == CL_READ || b == CL_READ)
		return false;
	return a == CL_WRITE || b == CL_WRITE;
}

/*
 * rmin[i]: the earliest reply stamp of op i and of every later op of its
 * connection on its zone that must follow it there (a chain of
 * conflicting ones). Anything sent after that stamp follows op i.
 */
static int order_prepare(void)
{
	struct chain {
		uint64_t best[NR_CL];
		uint32_t next_m, next_wm;
	} *ch = malloc((size_t)nr_conns * nr_zones * sizeof(*ch));

	free(rmin);
	free(next_m);
	free(next_wm);
	free(prev_cz);
	rmin = malloc(nr_ops * sizeof(*rmin) + 1);
	next_m = malloc(nr_ops * sizeof(*next_m) + 1);
	next_wm = malloc(nr_ops * sizeof(*next_wm) + 1);
	prev_cz = malloc(nr_ops * sizeof(*prev_cz) + 1);
	CHECK(ch && rmin && next_m && next_wm && prev_cz, "out of memory");
	for (size_t i = 0; i < (size_t)nr_conns * nr_zones; i++) {
		for (int c = 0; c < NR_CL; c++)
			ch[i].best[c] = UINT64_MAX;
		ch[i].next_m = ch[i].next_wm = NONE;
	}
	for (uint32_t i = 0; i < nr_ops; i++) {
		struct chain *c = &ch[ops[i].conn * nr_zones + ops[i].zone];

		prev_cz[i] = c->next_m;
		c->next_m = i;
	}
	for (size_t i = 0; i < (size_t)nr_conns * nr_zones; i++)
		ch[i].next_m = NONE;
	for (uint32_t i = nr_ops; i-- > 0;) {
		const struct op *o = &ops[i];
		struct chain *c = &ch[o->conn * nr_zones + o->zone];
		int cl = op_class(o);
		uint64_t r = o->replied;

		next_m[i] = c->next_m;
		next_wm[i] = c->next_wm;
		for (int k = 0; k < NR_CL; k++)
			if (conflict(cl, k) && c->best[k] < r)
				r = c->best[k];
		rmin[i] = r;
		if (r < c->best[cl])
			c->best[cl] = r;
		if (cl == CL_MGMT)
			c->next_m = i;
		if (cl == CL_MGMT || cl == CL_WRITE)
			c->next_wm = i;
	}
	free(ch);
	return 0;
}

/* Must op x come before op y in every serial order of their zone? */
static bool before(uint32_t x, uint32_t y)
{
	const struct op *a, *b;

	if (y == FINAL)
		return x != FINAL;
	if (x == FINAL || x == y)
		return false;
	a = &ops[x];
	b = &ops[y];
	if (x < y && a->conn == b->conn && a->zone == b->zone &&
	    (conflict(op_class(a), op_class(b)) || next_m[x] < y ||
	     (op_class(a) == CL_APPEND && op_class(b) == CL_APPEND &&
	      next_wm[x] < y)))
		return true;
	return rmin[x] < b->sent;
}

/* ---- per zone: its resets, finishes and records ---- */

struct zone_ops {
	uint32_t *resets, nr_resets;
	uint32_t *finishes, nr_finishes;
	uint32_t *recs, nr_recs;	/* acknowledged appends and writes */
	uint32_t *cov_first;		/* per LBA offset, into cov */
	uint32_t *cov;			/* records covering each LBA */
};

static struct zone_ops zo[MAX_ZONES];

static bool acked(const struct op *o)
{
	return is_record(o) && o->status == ZAP_OK;
}

/* Is there a reset that may lie between x and y (x before y)? */
static bool reset_between(uint32_t x, uint32_t y)
{
	const struct zone_ops *s = &zo[ops[x].zone];

	for (uint32_t i = 0; i < s->nr_resets; i++) {
		uint32_t r = s->resets[i];

		if (r != x && r != y && !before(r, x) && !before(y, r))
			return true;
	}
	return false;
}

static void zone_ops_free(void)
{
	for (uint32_t z = 0; z < MAX_ZONES; z++) {
		free(zo[z].resets);
		free(zo[z].finishes);
		free(zo[z].recs);
		free(zo[z].cov_first);
		free(zo[z].cov);
		memset(&zo[z], 0, sizeof(zo[z]));
	}
}

static int zone_ops_build(uint32_t z)
{
	struct zone_ops *s = &zo[z];
	uint32_t n = 0, *fill;

	s->resets = malloc(nr_ops * sizeof(uint32_t) + 1);
	s->finishes = malloc(nr_ops * sizeof(uint32_t) + 1);
	s->recs = malloc(nr_ops * sizeof(uint32_t) + 1);
	s->cov_first = calloc(zcap + 2, sizeof(uint32_t));
	CHECK(s->resets && s->finishes && s->recs && s->cov_first,
	      "out of memory");
	for (uint32_t i = 0; i < nr_ops; i++) {
		const struct op *o = &ops[i];

		if (o->zone != z || o->status != ZAP_OK)
			continue;
		if (o->type == OP_RESET)
			s->resets[s->nr_resets++] = i;
		else if (o->type == OP_FINISH)
			s->finishes[s->nr_finishes++] = i;
		else if (acked(o) && o->lba >= zstart(z) &&
			 o->lba + o->nlb <= zend(z))
			s->recs[s->nr_recs++] = i;
	}
	/* records by the LBAs they cover, to ask who must be at an LBA */
	for (uint32_t i = 0; i < s->nr_recs; i++) {
		const struct op *o = &ops[s->recs[i]];

		for (uint32_t k = 0; k < o->nlb; k++)
			s->cov_first[o->lba - zstart(z) + k + 1]++;
		n += o->nlb;
	}
	for (uint64_t x = 0; x < zcap; x++)
		s->cov_first[x + 1] += s->cov_first[x];
	s->cov = malloc(n * sizeof(uint32_t) + 1);
	fill = malloc(zcap * sizeof(uint32_t));
	if (!s->cov || !fill) {
		free(fill);
		CHECK(false, "out of memory");
	}
	memcpy(fill, s->cov_first, zcap * sizeof(uint32_t));
	for (uint32_t i = 0; i < s->nr_recs; i++) {
		const struct op *o = &ops[s->recs[i]];

		for (uint32_t k = 0; k < o->nlb; k++)
			s->cov[fill[o->lba - zstart(z) + k]++] = s->recs[i];
	}
	free(fill);
	return 0;
}

/* ---- checks of single replies ---- */

static bool status_expected(const struct op *o)
{
	switch (o->type) {
	case OP_APPEND:
		return o->status == ZAP_OK || o->status == ZAP_ZONE_FULL;
	case OP_WRITE:
		if (o->status == ZAP_ZONE_INVALID_WRITE)
			return true;
		/* fall through */
	case OP_WRITE_WP:
		return o->status == ZAP_OK || o->status == ZAP_ZONE_FULL ||
		       o->status == ZAP_ZONE_BOUNDARY_ERROR;
	default:
		return o->status == ZAP_OK;
	}
}

static void check_reply(uint32_t id)
{
	const struct op *o = &ops[id];
	uint64_t s = zstart(o->zone), e = zend(o->zone);

	if (!status_expected(o)) {
		fault(F_STATUS, "%s: %s", name(id), zap_status_name(o->status));
		return;
	}
	if (acked(o) && (o->lba < s || o->lba + o->nlb > e))
		fault(F_REPLY, "%s landed at LBA %" PRIu64 ", outside the "
		      "zone's [%" PRIu64 ", %" PRIu64 ")", name(id), o->lba, s,
		      e);
	if (o->type == OP_WRITE && !o->status && o->lba != o->at)
		fault(F_REPLY, "%s at LBA %" PRIu64 " landed at %" PRIu64,
		      name(id), o->at, o->lba);
	if (o->type != OP_APPEND && acked(o) && o->wp != o->lba + o->nlb)
		fault(F_REPLY, "%s at LBA %" PRIu64 " says the wp is %"
		      PRIu64, name(id), o->lba, o->wp);
	if (o->status == ZAP_ZONE_INVALID_WRITE &&
	    (o->wp == o->at || o->wp < s || o->wp > e))
		fault(F_REPLY, "%s at LBA %" PRIu64 " refused with the wp at %"
		      PRIu64, name(id), o->at, o->wp);
	if (o->type == OP_WRITE && o->status == ZAP_ZONE_BOUNDARY_ERROR &&
	    o->at + o->nlb <= e)
		fault(F_REPLY, "%s at LBA %" PRIu64 " refused as crossing the "
		      "zone's capacity", name(id), o->at);
}

/*
 * What op p shows about the wp once it took effect (0: nothing): the wp
 * is at least that until the next reset.
 */
static uint64_t wp_floor(const struct op *p)
{
	if (p->status == ZAP_ZONE_INVALID_WRITE)
		return p->wp;
	if (p->status)
		return 0;
	switch (p->type) {
	case OP_APPEND:
		return p->lba + p->nlb;
	case OP_WRITE:
	case OP_WRITE_WP:
		return p->wp;
	case OP_FINISH:
		return zend(p->zone);
	default:
		return 0;
	}
}

/*
 * An append or write against the earlier ops of its own connection on
 * its zone that it must follow, back to the nearest reset or finish.
 */
static void check_conn_order(uint32_t id)
{
	const struct op *o = &ops[id];
	bool landed = acked(o);
	uint64_t got = landed ? o->lba : o->wp;

	if (!landed && o->status != ZAP_ZONE_INVALID_WRITE)
		return;
	for (uint32_t j = prev_cz[id]; j != NONE; j = prev_cz[j]) {
		const struct op *p = &ops[j];
		uint64_t floor;

		floor = wp_floor(p);
		if (floor && floor > got && before(j, id) &&
		    !reset_between(j, id)) {
			fault(F_ORDER, "%s %s %" PRIu64 ", but %s before it "
			      "left the wp at %" PRIu64 " or past (no reset "
			      "between)", name(id), landed ? "landed at LBA" :
			      "was refused with the wp at", got, name(j),
			      floor);
			return;
		}
		if (op_class(p) == CL_MGMT)
			return;
	}
}

/* ---- epochs ---- */

static uint8_t *sig;		/* per record: 1 reset before, 2 after */
static uint32_t sig_len;

static int cmp_sig(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	int c = memcmp(sig + (size_t)x * sig_len, sig + (size_t)y * sig_len,
		       sig_len);

	if (c)
		return c;
	return ops[x].lba < ops[y].lba ? -1 : ops[x].lba > ops[y].lba;
}

/*
 * Records no reset may separate: each reset definitely before both or
 * definitely after both. They share an epoch and must not overlap.
 * Returns how many records had their epoch settled.
 */
static uint32_t check_epochs(uint32_t z)
{
	const struct zone_ops *s = &zo[z];
	uint32_t *det = malloc(s->nr_recs * sizeof(uint32_t) + 1);
	uint32_t nd = 0;

	sig_len = s->nr_resets ? s->nr_resets : 1;
	sig = calloc((size_t)nr_ops * sig_len, 1);
	if (!det || !sig) {
		fault(F_OVERLAP, "out of memory");
		free(det);
		free(sig);
		return 0;
	}
	for (uint32_t i = 0; i < s->nr_recs; i++) {
		uint32_t w = s->recs[i];
		uint8_t *g = sig + (size_t)w * sig_len;
		bool settled = true;

		for (uint32_t j = 0; settled && j < s->nr_resets; j++) {
			g[j] = before(s->resets[j], w) ? 1 :
			       before(w, s->resets[j]) ? 2 : 0;
			settled = g[j];
		}
		if (settled)
			det[nd++] = w;
	}
	qsort(det, nd, sizeof(*det), cmp_sig);
	for (uint32_t i = 1; i < nd; i++) {
		const struct op *a = &ops[det[i - 1]], *b = &ops[det[i]];

		if (!memcmp(sig + (size_t)det[i - 1] * sig_len,
			    sig + (size_t)det[i] * sig_len, sig_len) &&
		    a->lba + a->nlb > b->lba)
			fault(F_OVERLAP, "%s at LBA %" PRIu64 " and %s at LBA %"
			      PRIu64 " overlap, in one epoch", name(det[i - 1]),
			      a->lba, name(det[i]), b->lba);
	}
	free(det);
	free(sig);
	sig = NULL;
	return nd;
}

/* ---- reads ---- */

/* Block x (an LBA of zone z) as read by op y (or FINAL): held v. */
static void check_block(uint32_t y, uint32_t z, uint64_t x, int32_t v)
{
	const struct zone_ops *s = &zo[z];
	uint64_t off = x - zstart(z);

	if (v == BLK_FOREIGN) {
		fault(F_FOREIGN, "%s: LBA %" PRIu64 " holds bytes no request "
		      "wrote", name(y), x);
		return;
	}
	if (v >= 0) {
		uint32_t id = v / MAX_NLB, k = v % MAX_NLB;
		const struct op *o = &ops[id];

		if (o->zone != z || o->status != ZAP_OK) {
			fault(F_FOREIGN, "%s: LBA %" PRIu64 " holds block %u "
			      "of %s, which was %s", name(y), x, k, name(id),
			      o->zone != z ? "for another zone" :
			      zap_status_name(o->status));
			return;
		}
		if (o->lba + k != x) {
			fault(F_MISPLACED, "%s: LBA %" PRIu64 " holds block %u "
			      "of %s, whose reply put it at LBA %" PRIu64,
			      name(y), x, k, name(id), o->lba + k);
			return;
		}
		if (before(y, id))
			fault(F_STALE, "%s: LBA %" PRIu64 " holds %s, which "
			      "came after the read", name(y), x, name(id));
		for (uint32_t i = 0; i < s->nr_resets; i++)
			if (before(id, s->resets[i]) &&
			    before(s->resets[i], y)) {
				fault(F_STALE, "%s: LBA %" PRIu64 " holds %s, "
				      "which %s erased before the read",
				      name(y), x, name(id),
				      name(s->resets[i]));
				break;
			}
	}
	for (uint32_t i = s->cov_first[off]; i < s->cov_first[off + 1];
	     i++) {
		uint32_t r = s->cov[i];
		int32_t want = (int32_t)(r * MAX_NLB + (x - ops[r].lba));

		if (v != want && before(r, y) && !reset_between(r, y)) {
			fault(F_LOST, "%s: LBA %" PRIu64 " holds %s, not block "
			      "%" PRIu64 " of %s, acknowledged before it with "
			      "no reset between", name(y), x,
			      v == BLK_ZERO ? "zeros" : "another record",
			      x - ops[r].lba, name(r));
			return;
		}
	}
}

/* ---- the end ---- */

/* May some finish follow every reset (so the zone ends FULL)? */
static bool finish_may_be_last(uint32_t z)
{
	const struct zone_ops *s = &zo[z];

	for (uint32_t i = 0; i < s->nr_finishes; i++) {
		uint32_t j;

		for (j = 0; j < s->nr_resets; j++)
			if (before(s->finishes[i], s->resets[j]))
				break;
		if (j == s->nr_resets)
			return true;
	}
	return false;
}

/* May some reset (the one before the load, if none else) follow every
 * finish and reset? */
static bool reset_may_be_last(uint32_t z)
{
	const struct zone_ops *s = &zo[z];

	if (!s->nr_resets)
		return !s->nr_finishes;
	for (uint32_t i = 0; i < s->nr_resets; i++) {
		uint32_t r = s->resets[i], j;

		for (j = 0; j < s->nr_resets; j++)
			if (before(r, s->resets[j]))
				break;
		if (j < s->nr_resets)
			continue;
		for (j = 0; j < s->nr_finishes; j++)
			if (before(r, s->finishes[j]))
				break;
		if (j == s->nr_finishes)
			return true;
	}
	return false;
}

/* Definitely after every reset of its zone: in the final epoch. */
static bool after_all_resets(uint32_t id)
{
	const struct zone_ops *s = &zo[ops[id].zone];

	for (uint32_t i = 0; i < s->nr_resets; i++)
		if (!before(s->resets[i], id))
			return false;
	return true;
}

static void check_final_refusals(uint32_t z, uint64_t end_data)
{
	uint64_t e = zend(z);

	for (uint32_t i = 0; i < nr_ops; i++) {
		const struct op *o = &ops[i];

		if (o->zone != z || !is_record(o) || !o->status ||
		    !after_all_resets(i))
			continue;
		if (o->status == ZAP_ZONE_INVALID_WRITE && o->wp > end_data)
			fault(F_WP, "%s was refused with the wp at %" PRIu64
			      ", past the final wp %" PRIu64, name(i), o->wp,
			      end_data);
		else if (o->status == ZAP_ZONE_FULL && o->type != OP_APPEND)
			fault(F_FULL, "%s was refused ZONE_FULL in the final "
			      "epoch, which never was FULL", name(i));
		else if ((o->status == ZAP_ZONE_FULL ||
			  o->status == ZAP_ZONE_BOUNDARY_ERROR) &&
			 end_data + o->nlb <= e)
			fault(F_FULL, "%s was refused %s in the final epoch, "
			      "which ended at %" PRIu64 " with room for it",
			      name(i), zap_status_name(o->status), end_data);
	}
}

static void check_final(uint32_t z)
{
	const struct zone_ops *s = &zo[z];
	const struct zap_zone *f = &fin[z];
	const int32_t *img = fin_img[z];
	uint64_t st = zstart(z), x, end_data;
	uint32_t *have = calloc(nr_ops + 1, sizeof(uint32_t));

	if (!have) {
		fault(F_TILING, "out of memory");
		return;
	}
	for (x = 0; x < zcap; x++) {
		check_block(FINAL, z, st + x, img[x]);
		if (img[x] >= 0 && ops[img[x] / MAX_NLB].lba + img[x] %
		    MAX_NLB == st + x)
			have[img[x] / MAX_NLB]++;
	}
	for (x = 0; x < zcap && img[x] != BLK_ZERO; x++)
		;
	end_data = st + x;
	for (; x < zcap; x++)
		if (img[x] != BLK_ZERO) {
			fault(F_TILING, "zone %u: LBA %" PRIu64 " holds data "
			      "past zeros at LBA %" PRIu64, z, st + x,
			      end_data);
			break;
		}
	for (uint32_t i = 0; i < s->nr_recs; i++) {
		uint32_t w = s->recs[i];

		if (have[w] && have[w] < ops[w].nlb)
			fault(F_TORN, "%s reads back %u of its %u blocks at "
			      "LBA %" PRIu64, name(w), have[w], ops[w].nlb,
			      ops[w].lba);
	}
	/* whatever must follow a record of the final epoch is in it too */
	for (uint32_t i = 0; i < s->nr_recs; i++) {
		uint32_t w = s->recs[i];

		if (have[w] != ops[w].nlb)
			continue;
		for (uint32_t j = 0; j < s->nr_recs; j++) {
			uint32_t v = s->recs[j];

			if (have[v] != ops[v].nlb && before(w, v)) {
				fault(F_LOST, "%s is missing at the end, but "
				      "%s before it is there", name(v),
				      name(w));
				break;
			}
		}
	}
	if (f->state == ZAP_ZS_FULL) {
		if (f->wp != zend(z))
			fault(F_WP, "zone %u is FULL with wp %" PRIu64
			      ", not its capacity's end %" PRIu64, z, f->wp,
			      zend(z));
		if (end_data < zend(z) && !finish_may_be_last(z))
			fault(F_STATE, "zone %u is FULL with data to LBA %"
			      PRIu64 " of %" PRIu64 ", but no finish may "
			      "follow every reset", z, end_data, zend(z));
	} else {
		if (f->wp != end_data)
			fault(F_WP, "zone %u reports wp %" PRIu64 ", its "
			      "records tile [%" PRIu64 ", %" PRIu64 ")", z,
			      f->wp, st, end_data);
		if (end_data == st ? f->state != ZAP_ZS_EMPTY :
		    end_data == zend(z) ||
		    (f->state != ZAP_ZS_IMPLICIT_OPEN &&
		     f->state != ZAP_ZS_CLOSED))
			fault(F_STATE, "zone %u is %s with data to LBA %"
			      PRIu64 " of [%" PRIu64 ", %" PRIu64 ")", z,
			      zap_zone_state_name(f->state), end_data, st,
			      zend(z));
		if (!reset_may_be_last(z))
			fault(F_STATE, "zone %u is %s, but a finish follows "
			      "every reset", z, zap_zone_state_name(f->state));
		check_final_refusals(z, end_data);
	}
	free(have);
}

static void history_free(void)
{
	for (uint32_t i = 0; i < nr_ops; i++)
		free(ops[i].blocks);
	free(ops);
	ops = NULL;
	nr_ops = 0;
	for (uint32_t z = 0; z < MAX_ZONES; z++) {
		free(fin_img[z]);
		fin_img[z] = NULL;
	}
	zone_ops_free();
	free(rmin);
	free(next_m);
	free(next_wm);
	free(prev_cz);
	rmin = NULL;
	next_m = next_wm = prev_cz = NULL;
}

struct summary {
	uint32_t settled, recs, final_recs;
};

/* Run every check over the history; returns the number of faults. */
static unsigned check_history(struct summary *sum)
{
	memset(fault_count, 0, sizeof(fault_count));
	memset(sum, 0, sizeof(*sum));
	zone_ops_free();
	if (order_prepare())
		return 1;
	for (uint32_t z = 0; z < nr_zones; z++)
		if (zone_ops_build(z))
			return 1;
	for (uint32_t i = 0; i < nr_ops; i++) {
		check_reply(i);
		if (is_record(&ops[i]))
			check_conn_order(i);
	}
	for (uint32_t i = 0; i < nr_ops; i++) {
		const struct op *o = &ops[i];

		if (o->type != OP_READ || o->status || !o->blocks)
			continue;
		for (uint32_t k = 0; k < o->nlb; k++)
			check_block(i, o->zone, o->at + k, o->blocks[k]);
	}
	for (uint32_t z = 0; z < nr_zones; z++) {
		sum->settled += check_epochs(z);
		sum->recs += zo[z].nr_recs;
		check_final(z);
		for (uint64_t x = 0; x < zcap; x++)
			sum->final_recs += fin_img[z][x] >= 0 &&
					   fin_img[z][x] % MAX_NLB == 0;
	}
	return faults();
}

/* ---- the load ---- */

static const char *addr;
static const char *drive;
static zap_client *ctl;
static uint64_t rng;

struct conn {
	zap_client *c;
	unsigned depth;
	uint64_t learned[MAX_ZONES];	/* the wp, from its own replies */
	uint32_t retry;			/* zone + 1: write there next */
};

static struct conn conns[MAX_CONNS];
static uint32_t ops_max, replies;

static uint32_t rnd(uint32_t n)
{
	/* splitmix64: a good stream from any seed, 0 included */
	uint64_t x = rng += 0x9e3779b97f4a7c15ull;

	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return (uint32_t)((x ^ x >> 31) % n);
}

static void on_reply(zap_client *c, const struct zap_result *res, void *arg)
{
	struct op *o = arg;
	uint64_t *learned = &conns[o->conn].learned[o->zone];

	o->replied = ++stamp;
	o->status = res->status;
	o->lba = res->lba;
	o->wp = res->wp;
	replies++;
	if (o->type == OP_READ) {
		const char *buf = (const char *)o->blocks + o->nlb *
				  sizeof(int32_t);

		for (uint32_t k = 0; k < o->nlb; k++)
			o->blocks[k] = o->status ? BLK_ZERO :
				       decode(buf + (size_t)k * lba_size);
		return;
	}
	if (o->status == ZAP_ZONE_INVALID_WRITE) {
		*learned = o->wp;
		/* half the time try again at once, as a writer would */
		if (rnd(2))
			conns[o->conn].retry = o->zone + 1;
	} else if (o->status)
		return;
	else if (o->type == OP_APPEND)
		*learned = o->lba + o->nlb;
	else if (o->type == OP_RESET)
		*learned = zstart(o->zone);
	else if (o->type == OP_FINISH)
		*learned = zend(o->zone);
	else
		*learned = o->wp;
}

/* Per 1000: appends, ordered writes, writes, reads, resets, the rest
 * finishes. */
static const unsigned mix[] = { 420, 150, 170, 232, 22 };

static int issue(uint32_t ci)
{
	struct conn *cn = &conns[ci];
	uint32_t id = nr_ops;
	struct op *o = &ops[id];
	unsigned p = rnd(1000), t = 0;
	char buf[MAX_NLB * 4096];
	uint64_t s, e;
	int st;

	while (t < sizeof(mix) / sizeof(mix[0]) && p >= mix[t])
		p -= mix[t++];
	/* the last 1% neither resets nor finishes: a final epoch of some
	 * length, which the end sees whole */
	if (t >= OP_RESET && nr_ops >= ops_max - ops_max / 100)
		t = OP_APPEND;
	memset(o, 0, sizeof(*o));
	o->type = t;
	o->conn = ci;
	o->zone = rnd(nr_zones);
	o->nlb = 1 + rnd(MAX_NLB);
	if (cn->retry) {
		o->type = OP_WRITE;
		o->zone = cn->retry - 1;
		cn->retry = 0;
	}
	s = zstart(o->zone);
	e = zend(o->zone);
	nr_ops++;
	if (is_record(o)) {
		for (uint32_t k = 0; k < o->nlb; k++)
			fill_block((uint32_t *)(buf + (size_t)k * lba_size),
				   id, k);
	}
	o->sent = ++stamp;
	switch (o->type) {
	case OP_APPEND:
		st = zap_append_async(cn->c, drive, o->zone, buf,
				      (size_t)o->nlb * lba_size, on_reply, o);
		break;
	case OP_WRITE:
		/* at the learned wp, kept inside the zone */
		o->at = cn->learned[o->zone];
		if (o->at + o->nlb > e)
			o->at = e - o->nlb;
		/* fall through */
	case OP_WRITE_WP:
		st = zap_write_async(cn->c, drive, o->zone, o->at,
				     o->type == OP_WRITE_WP ? ZAP_WRITE_AT_WP :
							      0,
				     buf, (size_t)o->nlb * lba_size, on_reply,
				     o);
		break;
	case OP_READ:
		/* half near the learned wp, where the races are */
		o->at = cn->learned[o->zone] + rnd(12);
		if (rnd(2))
			o->at = s + rnd(zcap - o->nlb + 1);
		else
			o->at = o->at >= s + 8 ? o->at - 8 : s;
		if (o->at + o->nlb > e)
			o->at = e - o->nlb;
		/* the blocks' verdicts, then the data read */
		o->blocks = malloc(o->nlb * (sizeof(int32_t) + lba_size));
		CHECK(o->blocks, "out of memory");
		st = zap_read_async(cn->c, drive, o->at,
				    (char *)o->blocks + o->nlb *
				    sizeof(int32_t),
				    (size_t)o->nlb * lba_size, on_reply, o);
		break;
	default:
		st = zap_zone_mgmt_async(cn->c, drive, o->zone,
					 o->type == OP_RESET ? ZAP_ZONE_RESET :
							       ZAP_ZONE_FINISH,
					 0, on_reply, o);
		break;
	}
	CHECK_STATUS_ON(cn->c, st, ZAP_OK);
	return 0;
}

static int poll_all(void)
{
	struct pollfd pfd[MAX_CONNS];
	int n;

	for (uint32_t i = 0; i < nr_conns; i++) {
		pfd[i].fd = zap_fd(conns[i].c);
		pfd[i].events = zap_poll_events(conns[i].c);
	}
	n = poll(pfd, nr_conns, STALL_MS);
	CHECK(n >= 0, "poll: %s", strerror(errno));
	CHECK(n > 0, "no reply from zapd for %d s (%u of %u answered)",
	      STALL_MS / 1000, replies, nr_ops);
	for (uint32_t i = 0; i < nr_conns; i++)
		if (pfd[i].revents)
			CHECK(zap_process(conns[i].c, 0) == ZAP_OK,
			      "connection %u lost: %s", i,
			      zap_last_error(conns[i].c));
	return 0;
}

static int load(void)
{
	while (nr_ops < ops_max || replies < nr_ops) {
		for (uint32_t i = 0; i < nr_conns; i++) {
			size_t fl = zap_in_flight(conns[i].c);
			/* bursts of random size: more interleavings */
			uint32_t n = fl < conns[i].depth ?
				     rnd(conns[i].depth - fl + 1) : 0;

			while (n-- && nr_ops < ops_max)
				if (issue(i))
					return 1;
		}
		if (replies < nr_ops && poll_all())
			return 1;
	}
	return 0;
}

/* The report of the zones and every block below their capacity. */
static int read_end(void)
{
	uint64_t chunk = zap_max_data(ctl) / lba_size;
	struct zap_zone *zp = fin;
	size_t nr = nr_zones;
	char *buf;

	if (chunk > 256)
		chunk = 256;
	CHECK_STATUS_ON(ctl, zap_report_zones(ctl, drive, 0, ZAP_ZS_ANY, &zp,
					      &nr), ZAP_OK);
	CHECK(nr == nr_zones, "report: %zu zones, want %u", nr, nr_zones);
	buf = malloc(chunk * lba_size);
	CHECK(buf, "out of memory");
	for (uint32_t z = 0; z < nr_zones; z++) {
		fin_img[z] = malloc(zcap * sizeof(int32_t));
		CHECK(fin_img[z], "out of memory");
		for (uint64_t x = 0; x < zcap; x += chunk) {
			uint64_t n = zcap - x < chunk ? zcap - x : chunk;

			CHECK_STATUS_ON(ctl, zap_read(ctl, drive,
						      zstart(z) + x, buf,
						      n * lba_size), ZAP_OK);
			for (uint64_t k = 0; k < n; k++)
				fin_img[z][x + k] = decode(buf + k * lba_size);
		}
	}
	free(buf);
	return 0;
}

static int run(void)
{
	const struct zap_drive *geo = zap_drive_find(ctl, drive);
	unsigned count[6][3] = { { 0 } };
	struct timespec t0, t1;
	struct summary sum;
	unsigned nf;

	CHECK(geo, "server has no drive %s", drive);
	CHECK(nr_zones <= geo->nr_zones, "the drive has %u zones, not %u",
	      geo->nr_zones, nr_zones);
	lba_size = geo->lba_size;
	zsize = geo->zone_size;
	zcap = geo->zone_capacity;
	CHECK(lba_size <= 4096 && zcap >= MAX_NLB &&
	      geo->max_append >= MAX_NLB * lba_size &&
	      zap_max_data(ctl) >= MAX_NLB * lba_size,
	      "the drive needs %u-LBA requests (LBA %u bytes, max append "
	      "%u)", MAX_NLB, lba_size, geo->max_append);
	for (uint32_t z = 0; z < nr_zones; z++)
		CHECK_STATUS_ON(ctl, zap_zone_mgmt(ctl, drive, z,
						   ZAP_ZONE_RESET, 0), ZAP_OK);
	ops = calloc(ops_max, sizeof(*ops));
	CHECK(ops, "out of memory");
	for (uint32_t i = 0; i < nr_conns; i++) {
		CHECK(!zap_connect(addr, NULL, &conns[i].c), "connect %s: %s",
		      addr, zap_last_error(NULL));
		conns[i].depth = MIN_DEPTH + rnd(MAX_DEPTH - MIN_DEPTH + 1);
		for (uint32_t z = 0; z < nr_zones; z++)
			conns[i].learned[z] = zstart(z);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (load() || read_end())
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	nf = check_history(&sum);
	for (uint32_t i = 0; i < nr_ops; i++)
		count[ops[i].type][!ops[i].status ? 0 :
		  ops[i].status == ZAP_ZONE_INVALID_WRITE ? 1 : 2]++;
	printf("zone_model: seed %u, %u ops on %u connections over %u zones "
	       "in %.2f s\n", seed, nr_ops, nr_conns, nr_zones,
	       (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
	for (int t = 0; t < 6; t++)
		printf("  %-13s %5u ok, %4u ZONE_INVALID_WRITE, %4u other "
		       "refusals\n", op_name[t], count[t][0], count[t][1],
		       count[t][2]);
	printf("  %u acknowledged records: %u with their epoch settled by "
	       "the order, %u read back at the end\n", sum.recs,
	       sum.settled, sum.final_recs);
	for (uint32_t z = 0; z < nr_zones; z++)
		printf("  zone %u: %s, wp %" PRIu64 " of [%" PRIu64 ", %"
		       PRIu64 ")\n", z, zap_zone_state_name(fin[z].state),
		       fin[z].wp, zstart(z), zend(z));
	CHECK(!nf, "%u faults in the history (seed %u)", nf, seed);
	return 0;
}

/* ---- self-test: made-up histories ---- */

static char *st_img;		/* zone 0's bytes, as the model drive */

static uint32_t st_op(int type, uint32_t conn, uint32_t nlb, uint64_t at,
		      int status, uint64_t lba, uint64_t wp)
{
	struct op *o = &ops[nr_ops];

	*o = (struct op){ .type = type, .conn = conn, .nlb = nlb, .at = at,
			  .status = status, .lba = lba, .wp = wp };
	o->sent = ++stamp;
	o->replied = ++stamp;
	return nr_ops++;
}

/* Record id's bytes at lba. */
static void st_put(uint32_t id, uint64_t lba)
{
	for (uint32_t k = 0; k < ops[id].nlb; k++)
		fill_block((uint32_t *)(st_img + (lba + k) * lba_size), id, k);
}

static void st_read(uint32_t conn, uint64_t at, uint32_t nlb)
{
	uint32_t id = st_op(OP_READ, conn, nlb, at, ZAP_OK, 0, 0);

	ops[id].blocks = malloc(nlb * sizeof(int32_t));
	for (uint32_t k = 0; k < nlb; k++)
		ops[id].blocks[k] = decode(st_img + (at + k) * lba_size);
}

static void st_begin(void)
{
	for (uint32_t i = 0; i < nr_ops; i++)
		free(ops[i].blocks);
	nr_ops = 0;
	stamp = 0;
	memset(st_img, 0, zcap * lba_size);
}

static void st_end(int state, uint64_t wp)
{
	fin[0].state = state;
	fin[0].wp = wp;
	for (uint64_t x = 0; x < zcap; x++)
		fin_img[0][x] = decode(st_img + x * lba_size);
}

static void case_good(void)
{
	uint32_t a = st_op(OP_APPEND, 0, 2, 0, ZAP_OK, 0, 0);
	uint32_t w;

	st_put(a, 0);
	w = st_op(OP_WRITE_WP, 1, 1, 0, ZAP_OK, 2, 3);
	st_put(w, 2);
	w = st_op(OP_WRITE, 0, 2, 3, ZAP_OK, 3, 5);
	st_put(w, 3);
	st_read(1, 0, 6);
	st_op(OP_WRITE, 1, 1, 3, ZAP_ZONE_INVALID_WRITE, 0, 5);
	st_op(OP_RESET, 0, 0, 0, ZAP_OK, 0, 0);
	memset(st_img, 0, zcap * lba_size);
	a = st_op(OP_APPEND, 1, 3, 0, ZAP_OK, 0, 0);
	st_put(a, 0);
	st_op(OP_APPEND, 0, 8, 0, ZAP_OK, 3, 0);
	st_put(a + 1, 3);
	st_op(OP_APPEND, 1, 2, 0, ZAP_ZONE_FULL, 0, 0);
	st_end(ZAP_ZS_IMPLICIT_OPEN, 11);
}

static void case_overlap(void)
{
	uint32_t a = st_op(OP_APPEND, 0, 2, 0, ZAP_OK, 0, 0);
	uint32_t b = st_op(OP_APPEND, 1, 2, 0, ZAP_OK, 1, 0);

	st_put(a, 0);
	st_put(b, 1);
	st_end(ZAP_ZS_IMPLICIT_OPEN, 3);
}

static void case_foreign(void)
{
	uint32_t a = st_op(OP_APPEND, 0, 1, 0, ZAP_OK, 0, 0);
	uint32_t b = st_op(OP_APPEND, 1, 1, 0, ZAP_OK, 1, 0);

	st_put(b, 0);
	st_put(a, 1);
	st_end(ZAP_ZS_IMPLICIT_OPEN, 2);
}

static void case_wrong_wp(void)
{
	st_put(st_op(OP_APPEND, 0, 2, 0, ZAP_OK, 0, 0), 0);
	st_end(ZAP_ZS_IMPLICIT_OPEN, 3);
}

static void case_survived_reset(void)
{
	st_put(st_op(OP_APPEND, 0, 2, 0, ZAP_OK, 0, 0), 0);
	st_op(OP_RESET, 1, 0, 0, ZAP_OK, 0, 0);
	st_end(ZAP_ZS_IMPLICIT_OPEN, 2);
}

static void case_wp_back(void)
{
	st_put(st_op(OP_WRITE_WP, 0, 2, 0, ZAP_OK, 0, 2), 0);
	st_op(OP_WRITE, 0, 1, 2, ZAP_ZONE_INVALID_WRITE, 0, 1);
	st_end(ZAP_ZS_IMPLICIT_OPEN, 2);
}

static void case_after_finish(void)
{
	st_op(OP_FINISH, 0, 0, 0, ZAP_OK, 0, 0);
	st_put(st_op(OP_APPEND, 0, 1, 0, ZAP_OK, 0, 0), 0);
	st_end(ZAP_ZS_FULL, zcap);
}

static void case_read_missed(void)
{
	st_op(OP_APPEND, 0, 2, 0, ZAP_OK, 0, 0);
	st_read(1, 0, 2);
	st_put(0, 0);
	st_end(ZAP_ZS_IMPLICIT_OPEN, 2);
}

static void case_full_unfinished(void)
{
	st_put(st_op(OP_APPEND, 0, 2, 0, ZAP_OK, 0, 0), 0);
	st_end(ZAP_ZS_FULL, zcap);
}

static int self_test(void)
{
	static const struct {
		const char *what;
		void (*build)(void);
		int want;	/* the fault expected, -1: none */
	} cases[] = {
		{ "a correct history", case_good, -1 },
		{ "two acknowledged appends overlap", case_overlap,
		  F_OVERLAP },
		{ "a record reads back someone else's bytes", case_foreign,
		  F_MISPLACED },
		{ "the final wp is past the records", case_wrong_wp, F_WP },
		{ "a record survives a later reset", case_survived_reset,
		  F_STALE },
		{ "ZONE_INVALID_WRITE with a wp that went back", case_wp_back,
		  F_ORDER },
		{ "an append acknowledged after a finish", case_after_finish,
		  F_ORDER },
		{ "a read misses an acknowledged record", case_read_missed,
		  F_LOST },
		{ "a zone FULL that nothing finished or filled",
		  case_full_unfinished, F_STATE },
	};
	unsigned failed = 0;

	nr_conns = 2;
	nr_zones = 1;
	lba_size = 512;
	zsize = 16;
	zcap = 12;
	seed = 1;
	ops = calloc(64, sizeof(*ops));
	st_img = calloc(zcap, lba_size);
	fin_img[0] = calloc(zcap, sizeof(int32_t));
	CHECK(ops && st_img && fin_img[0], "out of memory");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct summary sum;
		unsigned nf;
		bool ok;

		st_begin();
		cases[i].build();
		printf("self-test: %s\n", cases[i].what);
		fflush(stdout);
		nf = check_history(&sum);
		ok = cases[i].want < 0 ? !nf : fault_count[cases[i].want] > 0;
		printf("%s %s: %u faults%s%s\n", ok ? "ok  " : "FAIL",
		       cases[i].what, nf, cases[i].want < 0 ? "" :
		       ", expected: ", cases[i].want < 0 ? "" :
		       fault_name[cases[i].want]);
		fflush(stdout);
		failed += !ok;
	}
	free(st_img);
	history_free();
	printf("zone_model self-test: %s\n", failed ? "FAIL" : "ok");
	return failed ? 1 : 0;
}

/* ---- main ---- */

static int parse_u32(const char *s, uint32_t min, uint32_t max,
		     uint32_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *end || s[0] == '-' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

static void usage(void)
{
	fprintf(stderr, "usage: zone_model --addr HOST:PORT --drive NAME "
		"--seed S [--conns C] [--ops N] [--zones Z]\n"
		"       zone_model --self-test\n");
}

int main(int argc, char **argv)
{
	bool have_seed = false;
	int st;

	nr_conns = 6;
	nr_zones = 3;
	ops_max = 4000;
	if (argc == 2 && !strcmp(argv[1], "--self-test"))
		return self_test();
	for (int i = 1; i < argc; i += 2) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		int bad = !v;

		if (bad)
			;
		else if (!strcmp(argv[i], "--addr"))
			addr = v;
		else if (!strcmp(argv[i], "--drive"))
			drive = v;
		else if (!strcmp(argv[i], "--seed"))
			have_seed = !(bad = parse_u32(v, 0, UINT32_MAX,
						      &seed));
		else if (!strcmp(argv[i], "--conns"))
			bad = parse_u32(v, 1, MAX_CONNS, &nr_conns);
		else if (!strcmp(argv[i], "--ops"))
			bad = parse_u32(v, 1, MAX_OPS, &ops_max);
		else if (!strcmp(argv[i], "--zones"))
			bad = parse_u32(v, 1, MAX_ZONES, &nr_zones);
		else
			bad = 1;
		if (bad) {
			usage();
			return 2;
		}
	}
	if (!addr || !drive || !have_seed) {
		usage();
		return 2;
	}
	rng = seed;
	printf("zone_model: seed %u\n", seed);
	fflush(stdout);
	if (zap_connect(addr, NULL, &ctl)) {
		fprintf(stderr, "zone_model: connect %s: %s\n", addr,
			zap_last_error(NULL));
		return 1;
	}
	st = run();
	for (uint32_t i = 0; i < nr_conns; i++)
		if (conns[i].c)
			zap_close(conns[i].c);
	zap_close(ctl);
	history_free();
	printf("zone_model: %s\n", st ? "FAIL" : "ok");
	return st ? 1 : 0;
}
