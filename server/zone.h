/* SPDX-License-Identifier: MIT */
/*
 * zone - per-zone state and arbitration. Knows nothing of sockets.
 *
 * Each zone keeps a mirror of the device's state and write pointer and a
 * range lock (rangelock.h) through which every operation passes:
 *
 *   APPEND        shared on the tail [wp, zone end); admitted only while
 *                 wp + LBAs of appends in flight + its LBAs <= capacity,
 *                 else ZONE_FULL at once, without touching the device.
 *   WRITE         exclusive on the tail: waits for in-flight appends, then
 *                 its LBA must equal wp (else ZONE_INVALID_WRITE + wp).
 *   WRITE at wp   the same, at whatever wp is then (ordered, serialized).
 *   READ          shared on [lba, lba + len): never waits on appends.
 *   ZONE MGMT     exclusive on the whole zone (all zones for Select All).
 *   FENCE         exclusive on the whole zone: once what was admitted
 *                 before it is done, the zone takes a new writer epoch;
 *                 appends and writes that carry another (non-zero) epoch
 *                 get STALE_EPOCH from then on.
 *
 * The device is the authority: after zone management and after an error
 * whose effect is unknown, the zone is re-read from the device while it is
 * still locked.
 */
#ifndef ZAPD_ZONE_H
#define ZAPD_ZONE_H

#include <stdbool.h>
#include <stdint.h>

#include "backend.h"
#include "epoch_store.h"
#include "rangelock.h"

struct zone_table;

/* What the zone layer counts, per drive (metrics.c shows it). */
struct zone_stats {
	uint64_t bytes_written;
	uint64_t bytes_read;
	uint64_t appends;
	uint64_t writes;
	uint64_t reads;
	uint64_t zone_mgmt;
};

struct zone {
	struct zone_table *table;
	uint32_t index;
	uint64_t start;		/* ZSLBA */
	uint64_t end;		/* ZSLBA + zone size (not capacity) */
	uint64_t cap;		/* capacity in LBAs */
	uint64_t wp;		/* after every completed write; exact when idle */
	uint64_t reserved;	/* LBAs of appends admitted, not completed */
	uint8_t state;		/* enum zap_zone_state */
	uint8_t attrs;
	uint32_t gen;		/* the backend's reset count, as last read */
	uint64_t ver;		/* the backend's change counter, as last read */
	uint64_t epoch;		/* writer epoch, 0 until fenced */
	struct rangelock lock;
};

/* A drive's zones: the zone layer's own, from open to close. */
struct zone_table {
	const char *name;		/* the drive's, for log lines */
	struct backend *be;
	struct zone *zones;		/* be->geo.nr_zones of them */
	struct epoch_store epochs;	/* fd -1: kept in memory only */
	struct zone_stats stats;
};

enum zone_op_type {
	ZONE_OP_APPEND,
	ZONE_OP_WRITE,
	ZONE_OP_READ,
	ZONE_OP_MGMT,
	ZONE_OP_FLUSH,
	ZONE_OP_REPORT,		/* the device's zone report, no lock taken */
	ZONE_OP_FENCE,
};

struct zone_op;
typedef void (*zone_op_fn)(struct zone_op *op);

struct zone_op {
	/* in */
	enum zone_op_type type;
	struct zone_table *table;	/* the drive's zones */
	uint32_t zone;		/* zone index (not for FLUSH, MGMT all) */
	uint64_t lba;		/* WRITE: target; READ: first LBA */
	bool at_wp;		/* WRITE at the wp, wherever it is */
	uint32_t len;		/* bytes */
	void *buf;
	uint8_t action;		/* MGMT: enum zap_zone_action */
	bool all;		/* MGMT: every zone (NVMe Select All) */
	uint64_t epoch;		/* APPEND, WRITE: the writer's, 0 for none;
				 * FENCE: out, the zone's new one */
	uint32_t nr_zones;	/* REPORT: zones [zone, zone + nr_zones) */
	struct backend_zone *zones;	/* REPORT: out */
	struct retry_record *rec;	/* APPEND, WRITE, MGMT: or NULL */
	uint32_t rec_slot;
	zone_op_fn done;
	void *arg;
	/* out */
	int status;		/* enum zap_status */
	uint64_t result_lba;	/* APPEND, WRITE: where the data landed */
	uint64_t wp;		/* WRITE: wp after, or current wp on error */
	/* private to zone.c */
	struct rangelock_req lreq;	/* the one zone's lock */
	struct rangelock_req *all_reqs;	/* MGMT all: one per zone */
	uint32_t locks_pending;
	uint8_t phase;
	struct backend_io io;
	struct backend_zone *report;
	struct reactor_deferred deferred;	/* FENCE completes here */
};

/*
 * Start an operation that dispatch has validated (ranges, alignment,
 * sizes). Returns 0, and op->done runs exactly once later; or a zap_status
 * (op->wp may be set), and op->done never runs.
 */
int zone_submit(struct zone_op *op);

/*
 * Withdraw an operation still waiting for its lock (its connection went
 * away). Returns true if it was withdrawn (op->done will not run), false if
 * it already reached the device (op->done will run).
 */
bool zone_cancel(struct zone_op *op);

/*
 * Start-up: read every zone of be (running its reactor until the reply),
 * make their locks, and load their writer epochs from state_dir (NULL:
 * kept in memory only). name must outlive the table. 0 or -errno, with a
 * log line.
 */
int zone_table_open(struct zone_table *t, struct backend *be,
		    const char *name, const char *state_dir);
void zone_table_close(struct zone_table *t);

#endif
