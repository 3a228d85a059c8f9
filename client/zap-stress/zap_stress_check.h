/* SPDX-License-Identifier: MIT */
/*
 * zap-stress verification logic, free of I/O: what each acknowledged record
 * should have become, and the comparison of the log of acknowledged records
 * with what a scan of a zone found.
 *
 * Resets and ambiguity. The resets of a zone are numbered 1, 2, ... in the
 * order they are issued. A record remembers d, the resets of its zone done
 * (answered, or lost with a dead zapd) when it was issued, and i, the
 * resets issued when its acknowledgment arrived. A reset numbered k > i
 * began after the record was acknowledged, so it erased the record if it
 * happened; a reset k <= d ended before the record was sent, so it could
 * not touch it; a reset d < k <= i raced the record, which may or may not
 * have survived it.
 */
#ifndef ZAP_CLIENT_ZAP_STRESS_CHECK_H
#define ZAP_CLIENT_ZAP_STRESS_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A record's identity in a run: worker << 48 | per-worker sequence. */
#define ZS_KEY(worker, seq)	((uint64_t)(worker) << 48 | (seq))
#define ZS_KEY_WORKER(key)	((unsigned)((key) >> 48))
#define ZS_KEY_SEQ(key)		((key) & (((uint64_t)1 << 48) - 1))
#define ZS_MAX_WORKERS		65535

/* One acknowledged record (32 bytes: a run keeps one per record). */
struct zs_entry {
	uint64_t lba;		/* where its reply said it landed */
	uint64_t key;
	uint32_t target;
	uint32_t nlb : 24;	/* blocks */
	uint32_t kind : 8;	/* enum zs_kind */
	uint32_t d;		/* resets of the zone done when issued */
	uint32_t i;		/* resets of the zone issued when acked */
};

/* One record found in a zone by the final scan. */
struct zs_found {
	uint64_t lba;
	uint64_t key;
	uint32_t target;	/* the zone its header names */
	uint32_t nlb;
	bool intact;		/* body checksum holds */
	bool beyond_wp;		/* not all below the zone's wp */
};

/* The resets of a zone, once none is in flight. */
struct zs_resets {
	uint32_t last_certain;	/* highest reset that surely happened */
	uint32_t last_maybe;	/* highest reset that may have happened */
};

enum zs_class {
	ZS_PRESENT,	/* no reset may have touched it: must be there */
	ZS_AMBIGUOUS,	/* a reset raced it: there intact, or gone */
	ZS_GONE,	/* a later reset certainly erased it */
};

enum zs_class zs_classify(const struct zs_entry *e, const struct zs_resets *r);

/* Counts of a verification; the first group are failures. */
struct zs_verdict {
	uint64_t lost;		/* should be there, found nowhere (or
				 * only beyond the zone's wp) */
	uint64_t misplaced;	/* found, but not where its reply said */
	uint64_t duplicated;	/* found more than once */
	uint64_t torn;		/* header where expected, body wrong */
	uint64_t overlapping;	/* pairs of acknowledged ranges */
	uint64_t misordered;	/* ordered writes out of issue order */
	uint64_t stale;		/* readable after a reset erased it */
	uint64_t live_bad;	/* reads during the run: wrong data */

	uint64_t acknowledged;
	uint64_t verified;	/* found intact where its reply said */
	uint64_t ambiguous;	/* raced a reset and did not survive it */
	uint64_t gone;		/* erased by a later reset, as expected */
	uint64_t unacknowledged;	/* found, but its reply never came: a
					 * failure when exactly once */
	uint64_t live_verified;
};

/*
 * Did the verification fail? exactly_once: every request had its reply
 * (libzap retried what a lost connection or a restart cut off), so a
 * record found without one was written by nobody's request, or twice.
 */
bool zs_verdict_failed(const struct zs_verdict *v, bool exactly_once);
void zs_verdict_add(struct zs_verdict *dst, const struct zs_verdict *src);

/* Called for each failure a check finds; e or f may be NULL. */
typedef void (*zs_note_fn)(void *arg, const char *what,
			   const struct zs_entry *e, const struct zs_found *f);

/* One zone to check: LBAs [start, start + cap) may hold data. */
struct zs_zone_check {
	uint64_t start, cap;
	struct zs_resets resets;
	struct zs_entry *x;	/* its acknowledged records still logged */
	size_t nx;
	struct zs_found *f;	/* records found anywhere naming this zone */
	size_t nf;
	/* per worker < nr_workers: highest sequence dropped from the log as
	 * gone (0: none); a record found below it is stale */
	const uint64_t *gone_seq;
	unsigned nr_workers;
	bool exactly_once;	/* see zs_verdict_failed() */
	zs_note_fn note;	/* may be NULL */
	void *arg;
};

/* Check one zone, adding to v (but not to v->acknowledged). Reorders
 * c->x[] and c->f[]. */
void zs_check_zone(struct zs_zone_check *c, struct zs_verdict *v);

#endif
