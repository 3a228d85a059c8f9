/* SPDX-License-Identifier: MIT */
/*
 * backend - one table of asynchronous operations per kind of drive
 * (emu: a file-backed zoned drive; nvme: /dev/ngXnY through io_uring
 * passthrough).
 *
 * Rules every backend keeps (SPDK's bdev rules):
 *  - An operation returns 0, and then io->done runs exactly once, later,
 *    from the reactor loop, never from inside the call; or it returns a
 *    negative errno and io->done never runs.
 *  - io->status on completion: 0, or a positive NVMe status (SCT << 8 | SC,
 *    without DNR/More bits: e.g. 0x1b9 Zone Is Full), or a negative errno
 *    for host-side failures. status.c maps both to the wire status, in one
 *    place (backend_status_to_zap()).
 *  - The emu backend behaves as the NVMe ZNS command set says (states,
 *    resource limits, statuses): see ../shared/ZNS-REFERENCE.md.
 *  - Appends and writes complete only once their data is durable, unless
 *    the drive was opened with durability "none".
 *  - An append, write or zone management io may carry a retry record
 *    (io->rec): if the io succeeds, the backend stamps the outcome into it
 *    (status, result LBA, the zone's change counter and reset count after
 *    the io) and keeps it in slot io->rec_slot, durable no later than the
 *    io, written before the zone state that shows the io applied (see
 *    retry_record.h). A backend that cannot keep records has no
 *    load_records op; it still stamps them.
 */
#ifndef ZAPD_BACKEND_H
#define ZAPD_BACKEND_H

#include <stdbool.h>
#include <stdint.h>

#include "list.h"
#include "reactor.h"
#include "retry_record.h"

struct backend;
struct kv_list;

/* What identify learned; fixed for the life of the drive. */
struct backend_geometry {
	uint32_t lba_size;	/* bytes */
	uint64_t zone_size;	/* LBAs */
	uint64_t zone_cap;	/* LBAs, <= zone_size */
	uint32_t nr_zones;
	uint32_t max_open;	/* 0: no limit */
	uint32_t max_active;	/* 0: no limit */
	uint32_t max_append;	/* bytes */
	uint32_t max_transfer;	/* bytes of one read or write; 0: no limit */
	char model[64];
};

/* A zone descriptor as NVMe Report Zones gives it. */
struct backend_zone {
	uint64_t start;		/* ZSLBA */
	uint64_t wp;		/* WP */
	uint64_t cap;		/* ZCAP, LBAs */
	uint8_t state;		/* enum zap_zone_state (NVMe ZS values) */
	uint8_t attrs;		/* ZA */
	uint32_t gen;		/* resets so far (0 where not kept) */
	uint64_t ver;		/* changes so far (0 where not kept) */
};

enum backend_op {
	BACKEND_REPORT_ZONES,
	BACKEND_ZONE_MGMT,
	BACKEND_APPEND,
	BACKEND_WRITE,
	BACKEND_READ,
	BACKEND_FLUSH,
};

struct backend_io;
typedef void (*backend_io_fn)(struct backend_io *io);

struct backend_io {
	/* in */
	enum backend_op op;
	uint64_t lba;		/* append, zone mgmt: ZSLBA; write, read: SLBA */
	uint32_t len;		/* bytes of buf (append, write, read) */
	void *buf;		/* 4096-byte aligned */
	uint8_t action;		/* zone mgmt: enum zap_zone_action (ZSA) */
	bool select_all;	/* zone mgmt: NVMe Select All */
	uint32_t first_zone;	/* report zones: zones[first, first + nr) */
	uint32_t nr_zones;
	struct backend_zone *zones;	/* report zones: out, nr_zones of them */
	struct retry_record *rec;	/* or NULL; stamped on success */
	uint32_t rec_slot;	/* where the backend keeps rec */
	backend_io_fn done;
	void *arg;
	/* out */
	int status;		/* 0, NVMe status (> 0) or -errno */
	uint64_t result_lba;	/* append: the LBA the drive assigned */
	/* private to backend.c's contract checks */
	backend_io_fn user_done;	/* done, as the caller set it */
	uint8_t phase;			/* enum backend_io_phase */
	/* private to the backend */
	struct backend *be;	/* set by backend_submit() */
	struct reactor_io rio;
	struct reactor_deferred deferred;
	struct list_node node;	/* in a queue of its backend (syncer.h) */
};

/* ios linked through io->node, in the order they were pushed */
struct io_queue {
	struct list ios;
};

static inline void io_queue_push(struct io_queue *q, struct backend_io *io)
{
	list_add_tail(&q->ios, &io->node);
}

/* The first io of q, unlinked; NULL if q is empty. */
static inline struct backend_io *io_queue_pop(struct io_queue *q)
{
	struct list_node *n = q->ios.first;

	if (!n)
		return NULL;
	list_del(&q->ios, n);
	return list_entry(n, struct backend_io, node);
}

static inline bool io_queue_empty(const struct io_queue *q)
{
	return list_empty(&q->ios);
}

/* Empty q, returning what it held (a NULL-terminated list moves as it
 * is: see list.h). */
static inline struct io_queue io_queue_take(struct io_queue *q)
{
	struct io_queue all = *q;

	q->ios = (struct list){ 0 };
	return all;
}

/* Run the done callbacks of q's ios, failing them all with error if set. */
void io_queue_complete(struct io_queue q, int error);

/* What zapd tells a backend when it opens a drive. */
struct backend_open_args {
	const char *name;	/* drive name, for log lines */
	const char *path;	/* emu: directory; nvme: /dev/ngXnY */
	const char *state_dir;	/* zapd's: nvme keeps retry records there,
				 * emu its image's generation; NULL: in
				 * memory only, no rollback check */
	bool durable;		/* false: durability=none (acknowledge early) */
	bool create;		/* emu: make the drive if it does not exist */
	struct kv_list *options;	/* backend keys; unknown keys are refused */
	struct reactor *reactor;
};

/* One record kept in slot; true: fn changed it (marked it void: a
 * request a crash cut off before it counted) and the backend writes it
 * back. */
typedef bool (*backend_record_fn)(void *arg, uint32_t slot,
				  struct retry_record *rec);

struct backend_ops {
	const char *name;
	/*
	 * Open (creating if the backend does that) and identify the drive:
	 * fill be->geo. Synchronous, at start-up only. Returns 0 or -errno,
	 * with a log line that names the drive and the reason.
	 */
	int (*open)(struct backend *be, const struct backend_open_args *args);
	/* Finish what is in flight's bookkeeping, persist state, free. */
	void (*close)(struct backend *be);
	int (*report_zones)(struct backend *be, struct backend_io *io);
	int (*zone_mgmt)(struct backend *be, struct backend_io *io);
	int (*append)(struct backend *be, struct backend_io *io);
	int (*write)(struct backend *be, struct backend_io *io);
	int (*read)(struct backend *be, struct backend_io *io);
	int (*flush)(struct backend *be, struct backend_io *io);
	/* Start-up, optional: call fn for every record kept, in any order,
	 * and write back (durably) those fn changed. The zones' change
	 * counters it reports must still be those of the last run (no
	 * open-time change counts). Returns 0 or -errno. */
	int (*load_records)(struct backend *be, backend_record_fn fn,
			    void *arg);
};

/* fdatasyncs a backend's group commit ran (syncer.h), by where: the
 * drive's reactor writes them, metrics read them (counter.h). */
struct backend_syncs {
	uint64_t on_reactor;	/* on the reactor's thread: nothing else waited */
	uint64_t on_ring;	/* through the ring, by an io_uring worker */
};

struct backend {
	const struct backend_ops *ops;
	struct backend_geometry geo;
	struct reactor *reactor;
	struct backend_syncs syncs;
	void *priv;
};

extern const struct backend_ops backend_emu_ops;
extern const struct backend_ops backend_mem_ops;
extern const struct backend_ops backend_nvme_ops;

/* The table for "emu", "mem" or "nvme"; NULL if there is none by that
 * name. */
const struct backend_ops *backend_find(const char *name);

/*
 * Submit io by io->op through be's table. 0, or -errno (done won't run).
 * Like nbdkit's backend wrapper, this layer checks the contract of every
 * call: what the caller promises (a callback, an aligned buffer, a report
 * range inside the drive: -EINVAL and a log line otherwise, the drive
 * never sees it), what the backend promises (io->done exactly once, never
 * from inside the submit, never after a failed submit: zapd aborts, as an
 * assertion would), and what the drive answers (an appended LBA inside
 * the zone it was asked for, report descriptors of the zones asked for:
 * else the io fails with -EIO and a log line, and no reply names a
 * bogus LBA). It also applies the rules both kinds of drive share, once:
 * a report asking past the last zone gets the zones up to it, and a full
 * zone's write pointer is its writable end (NVMe leaves it undefined).
 */
int backend_submit(struct backend *be, struct backend_io *io);

/* io succeeded: stamp its retry record, if any, with the outcome. */
void backend_stamp(struct backend_io *io, uint32_t zone_gen,
		   uint64_t zone_ver);

/* The records be keeps (none if its backend keeps none). 0 or -errno. */
int backend_load_records(struct backend *be, backend_record_fn fn, void *arg);

/* The one place where backend statuses become wire statuses. */
int backend_status_to_zap(int status);

#endif
