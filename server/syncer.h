/* SPDX-License-Identifier: MIT */
/*
 * syncer - group commit for a backend that writes through the page cache:
 * ios added to it complete after the next fdatasync of its file, which
 * runs on the reactor's ring. One fsync is in flight at a time; ios added
 * meanwhile wait for the one after it, so a burst costs one or two
 * fsyncs, not one each. An fsync error is sticky (the pages it failed on
 * may be gone): from then on every io completes with *error.
 *
 * A group gathers before its fsync: the ios the last fsync covered, plus
 * those that came during it, are what clients send again about a round
 * trip after their replies (a client keeps so many in flight). The next
 * fsync waits until as many are waiting, or for at most half the last
 * fsync's time (SYNCER_GATHER_MAX_NS at most), whichever comes first.
 * Without it, the clients' requests split into groups that take turns,
 * each with its own fsync, for good: at 32 in flight, two groups of 16.
 * With one io in flight, the next fsync starts as soon as it arrives.
 * Nor does a group wait once SYNCER_GATHER_BYTES wait: an fsync of that
 * much is bound by the disk's bandwidth more than by its fixed cost, and
 * gathering would leave the disk idle between fsyncs (measured: 128 KiB
 * appends at 8 in flight lost 40 % of their rate to it).
 *
 * When every request the reactor serves waits for the next fsync
 * (reactor.requests), and no connection stopped reading with its read
 * budget spent (reactor.unread: its requests come first; without this,
 * 128 KiB appends at 8 in flight went in groups of two and lost 15 % of
 * their rate), no group can gather and the loop has nothing else to do:
 * the fdatasync then runs on the reactor's own thread, saving the hop to
 * an io_uring worker and the wake-up back (at 1 in flight 48 us of 234 us
 * and 38 of 134 CPU-us per durable append, docs/PERFORMANCE.md). Only
 * while the last fsync took at most SYNCER_INLINE_MAX_NS: a request that
 * arrives meanwhile, for any drive of the reactor, waits that long.
 */
#ifndef ZAPD_SYNCER_H
#define ZAPD_SYNCER_H

#include <stdbool.h>
#include <stdint.h>

#include "backend.h"

#define SYNCER_GATHER_MAX_NS	1000000ull	/* 1 ms */
#define SYNCER_GATHER_BYTES	(256u << 10)
#define SYNCER_INLINE_MAX_NS	1000000ull	/* 1 ms */

struct syncer {
	struct reactor *r;
	struct backend_syncs *count;	/* the owner's counters */
	int fd;
	int *error;		/* the owner's sticky error, 0 while well */
	/* a failed fsync: the owner records it in *error (and logs) */
	void (*failed)(struct syncer *s, int err);
	struct io_queue waiting;	/* for the next fsync */
	struct io_queue syncing;	/* covered by the fsync in flight */
	unsigned nr_waiting, nr_syncing;
	uint64_t bytes_waiting;
	unsigned expect;		/* the group to gather (above) */
	uint64_t started_ns, took_ns;	/* the last fsync's */
	struct event *gather;		/* the gathering's deadline */
	bool gathered;			/* it passed: sync what waits */
	bool in_flight;
	struct reactor_io rio;
	struct reactor_deferred retry;	/* the ring was full */
};

/* 0 or -ENOMEM. Each fsync is counted in *count, which must outlive s. */
int syncer_init(struct syncer *s, struct reactor *r, int fd, int *error,
		void (*failed)(struct syncer *s, int err),
		struct backend_syncs *count);
/* Once not busy; also for a syncer zeroed and never initialised. */
void syncer_destroy(struct syncer *s);
/* io completes after an fsync that starts later than this call. */
void syncer_add(struct syncer *s, struct backend_io *io);
/* Start an fsync for what waits, unless one is in flight (its completion
 * starts the next) or the group is still gathering. An fsync on the
 * reactor's thread (above) completes its ios before this returns: call
 * it where completions may run, never from inside a backend's submit. */
void syncer_start(struct syncer *s);
bool syncer_busy(const struct syncer *s);

#endif
