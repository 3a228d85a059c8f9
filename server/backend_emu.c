/* SPDX-License-Identifier: MIT */
/*
 * backend_emu - a zoned drive in a directory, for hosts without a ZNS SSD.
 *
 *   <dir>/lock       flock()ed by the zapd serving the drive
 *   <dir>/drive.img  header (4 KiB) | zone table, 32 B a zone | data |
 *                    retry records (RETRY_RECORD_SLOTS of 64 B) |
 *                    commit log (emu_log_bytes())
 *   <dir>/sums.img   block sums (4 B an LBA, block_sums.h)
 *
 * The data region is sparse: block n of the drive is at data_off + n *
 * lba_size. zns.c decides everything about zones; this file adds the data
 * and keeps the zone table on disk.
 *
 * A reset keeps the zone's blocks: the model answers reads at or above a
 * wp with zeros, so what lies there is never read, and the next writes
 * overwrite allocated, usually cached, blocks instead of allocating them
 * again (which cost half of the CPU of a 4 KiB append). Only a finish,
 * which puts blocks nothing wrote below the wp, punches them out first.
 *
 * A write is applied to the model at once and its data staged; a deferred
 * commit, later in the same loop turn, pwritev()s the staged data into the
 * page cache, one call per contiguous run (appends to a zone make runs; a
 * call per 4 KiB block costs three times as much CPU, and buffered io_uring
 * writes are punted to io-wq at 40-50 us each), keeping the run's sums in
 * memory (block_sums.h), then the retry records of the ios that carry one
 * (a client's consecutive requests are consecutive slots: one call per
 * run), then one
 * entry of the commit log: the sums of every run and the records of the
 * zones that changed. Then it completes the ios (durability none), or
 * covers them with one IORING_OP_FSYNC of drive.img and completes them from
 * its CQE (group commit; ios arriving meanwhile wait for the next fsync).
 * So an io is acknowledged only once its data and its log entry are in the
 * page cache (which a SIGKILL does not lose) or, durable, on stable
 * storage. Reads and zone management write the staged data first.
 *
 * Why a log: the zone table and the sums live where each zone has its own
 * page, so a commit of 16 zones' appends dirtied 16 sums pages and a table
 * page beside the 16 data runs, and every fdatasync wrote them all (the
 * sums cost a third of the durable rate, docs/PERFORMANCE.md). The log
 * entry carries both in one sequential write. The sums wait in memory, a
 * run per zone, and the table too; sums.img is a file of its own, out of
 * reach of drive.img's fdatasync; it and the table are brought up to date
 * by a checkpoint (emu_checkpoint()) when the log is full, at open and at
 * close, and the log starts over. At open the entries after the
 * checkpoint are replayed onto the table and the sums.
 */
#include "backend.h"

#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "crc32c.h"
#include "fileio.h"
#include "kv.h"
#include "log.h"
#include "block_sums.h"
#include "record_store.h"
#include "state_counter.h"
#include "syncer.h"
#include "util.h"
#include "zns.h"
#include "zns_geometry.h"


#define EMU_IMAGE	"drive.img"
#define EMU_SUMS	"sums.img"
#define EMU_LOCK	"lock"
#define EMU_MAGIC	"ZAPDEMU\n"
/* 1: no retry records; 2: the sums at the end of drive.img, no log.
 * Opened, an older image is converted (emu_upgrade()). */
#define EMU_VERSION	3
#define EMU_TABLE_OFF	4096
#define EMU_ID_OFF	512	/* struct emu_identity, in the header block */
#define EMU_LOG_STATE_OFF 1024	/* struct emu_log_state, likewise */
#define EMU_LOG_MAGIC	0x474c5a45u	/* "EZLG" */
#define EMU_LOG_ALIGN	512u	/* entries start on a sector */
#define EMU_LOG_MIN	(64u << 10)
#define EMU_LOG_MAX	(16u << 20)
#define EMU_DATA_ALIGN	(1u << 20)
#define EMU_MAX_STAGED	256

/* On disk, little-endian. */
struct emu_header {
	char magic[8];
	uint32_t version;
	uint32_t clean;		/* 1: closed cleanly; 0: in use, or crashed */
	uint64_t geo[GEO_NR];
	uint32_t generation;	/* opens so far (version 1: 0) */
	uint32_t crc;		/* crc32c of what precedes it */
};

/* At EMU_ID_OFF in the header block: who this image is, so that the
 * state directory's generation is compared with its own image only
 * (version 1: none yet; it gets one). */
struct emu_identity {
	uint8_t uuid[STATE_OWNER_LEN];
	uint32_t pad;
	uint32_t crc;
};

struct emu_zone_rec {
	uint64_t wp;
	uint32_t zone;		/* its own index, so a misplaced record shows */
	uint8_t state;
	uint8_t pad[3];
	uint32_t gen;		/* resets (version 1: 0) */
	uint32_t ver[2];	/* changes, low word first (version 1: 0) */
	uint32_t crc;
};

/* At EMU_LOG_STATE_OFF: the last checkpoint. */
struct emu_log_state {
	uint64_t seq;		/* the table and sums.img hold entries up to it */
	uint64_t key;		/* in every entry since: random at each open */
	uint32_t pad;
	uint32_t crc;
};

/*
 * A commit log entry, at a multiple of EMU_LOG_ALIGN: this head, nr_runs
 * struct emu_log_run each followed by its nlb sums (zero-padded to 8
 * bytes), in the order they were written, then nr_zones struct
 * emu_zone_rec, one for each zone that changed (so for each run's zone). Replay takes entries from the
 * start of the log while each has the state's key, the next seq and its
 * CRC: the log's older entries (or a client's data whose sums look like an
 * entry: it cannot know the key) end it.
 */
struct emu_log_head {
	uint32_t magic;
	uint32_t bytes;		/* the entry's, this head included */
	uint64_t key;
	uint64_t seq;
	uint32_t nr_runs;
	uint32_t nr_zones;
	uint32_t pad;
	uint32_t crc;		/* crc32c of the entry, this field 0 */
};

struct emu_log_run {
	uint64_t lba;
	uint32_t nlb;
	uint32_t flags;		/* EMU_LOG_DISCARD: a finish dropped the
				 * blocks' sums; no sums follow */
};

#define EMU_LOG_DISCARD	1u

_Static_assert(sizeof(struct emu_header) == 80, "header size");
_Static_assert(sizeof(struct emu_zone_rec) == 32, "zone record size");
_Static_assert(sizeof(struct emu_log_state) == 24, "log state size");
_Static_assert(sizeof(struct emu_log_head) == 40, "log head size");
_Static_assert(sizeof(struct emu_log_run) == 16, "log run size");

struct emu {
	struct zns zns;
	struct reactor *r;
	char name[64];
	int fd;			/* drive.img */
	int lock_fd;
	bool durable;
	unsigned lba_shift;
	uint64_t geo[GEO_NR];
	uint64_t data_off;
	struct record_store records;	/* retry records, in the image */
	struct block_sums sums;		/* a CRC per written block, sums.img */
	struct emu_zone_rec *table;	/* packed at a checkpoint */
	uint32_t *gen;		/* per zone: resets */
	uint64_t *ver;		/* per zone: changes of state or wp */
	/* the commit log: where and how big, the next entry's place and seq,
	 * this open's key */
	uint64_t log_off, log_bytes, log_head, log_seq, log_key;
	/* the next entry: its head, the runs written since the last one;
	 * its zones' records are added when it is written */
	char *entry;
	size_t entry_len, entry_size;
	uint32_t entry_runs;
	bool entry_lost;	/* a run did not fit: a checkpoint instead */
	/* zones changed since the last entry, in the order they changed */
	uint32_t *dirty;
	uint32_t nr_dirty;
	uint8_t *is_dirty;
	int error;		/* sticky: after it, no more writes */
	bool full;		/* the last data write found no room */
	bool opening;		/* emu_open(): zone changes are not counted */
	uint32_t generation;	/* of the image: opens so far */
	uint8_t uuid[STATE_OWNER_LEN];	/* of the image */
	/* applied to the model, data not in the file yet; at result_lba */
	struct backend_io *staged[EMU_MAX_STAGED];
	uint32_t nr_staged;
	struct io_queue queued;		/* applied, waiting for the commit */
	struct syncer syncer;		/* committed, waiting for an fsync */
	struct reactor_deferred commit;
};

static uint64_t emu_data_off(const uint64_t geo[GEO_NR])
{
	uint64_t end = EMU_TABLE_OFF + geo[GEO_ZONES] *
		       sizeof(struct emu_zone_rec);

	return (end + EMU_DATA_ALIGN - 1) & ~(uint64_t)(EMU_DATA_ALIGN - 1);
}

static uint64_t emu_records_off(const uint64_t geo[GEO_NR])
{
	return emu_data_off(geo) + geo[GEO_ZONES] * geo[GEO_ZONE_SIZE];
}

/* Version 2's sums, and version 3's log. */
static uint64_t emu_log_off(const uint64_t geo[GEO_NR])
{
	return emu_records_off(geo) + RECORD_STORE_BYTES;
}

static uint64_t emu_sums_bytes(const uint64_t geo[GEO_NR])
{
	return geo[GEO_ZONES] * geo[GEO_ZONE_SIZE] / geo[GEO_LBA_SIZE] *
	       BLOCK_SUM_BYTES;
}

/* The drive's sums' size, within [EMU_LOG_MIN, EMU_LOG_MAX]: a small
 * drive does not carry a log of 16 MiB. */
static uint64_t emu_log_bytes(const uint64_t geo[GEO_NR])
{
	uint64_t n = emu_sums_bytes(geo);

	n = n < EMU_LOG_MIN ? EMU_LOG_MIN : n > EMU_LOG_MAX ? EMU_LOG_MAX : n;
	return (n + 4095) & ~(uint64_t)4095;
}

static uint64_t emu_file_size(const uint64_t geo[GEO_NR], uint32_t version)
{
	if (version < 2)
		return emu_records_off(geo);
	return emu_log_off(geo) + (version == 2 ? emu_sums_bytes(geo) :
				   emu_log_bytes(geo));
}

static uint64_t emu_offset(const struct emu *e, uint64_t lba)
{
	return e->data_off + (lba << e->lba_shift);
}

/* Read or write all of iov (which it consumes), or say why not. */
static int emu_piov(struct emu *e, bool write, struct iovec *iov, int n,
		    uint64_t off)
{
	int err = file_piov(e->fd, write, iov, n, off);

	/* a full file system is reported once, by emu_unwrite() */
	if (err && err != -ENOSPC)
		log_error("drive %s failed name=%s offset=%" PRIu64 " err=%s",
			  write ? "write" : "read", e->name, off,
			  strerror(-err));
	return err;
}

static int emu_pio(struct emu *e, bool write, void *buf, size_t len,
		   uint64_t off)
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };

	return emu_piov(e, write, &iov, 1, off);
}

/* The drive may not keep what it promised: it takes no more writes. */
static void emu_fail(struct emu *e, const char *what, int err)
{
	if (!e->error)
		log_error("drive failed name=%s op=%s err=%s "
			  "reason=\"refusing writes from now on\"",
			  e->name, what, strerror(-err));
	e->error = -EIO;
}

static int emu_sync_now(struct emu *e)
{
	if (fdatasync(e->fd)) {
		int err = -errno;

		emu_fail(e, "fdatasync", err);
		return err;
	}
	return 0;
}

static int emu_write_header(struct emu *e, bool clean)
{
	struct emu_header h = {
		.version = htole32(EMU_VERSION),
		.clean = htole32(clean),
		.generation = htole32(e->generation),
	};

	memcpy(h.magic, EMU_MAGIC, sizeof(h.magic));
	for (int i = 0; i < GEO_NR; i++)
		h.geo[i] = htole64(e->geo[i]);
	h.crc = htole32(crc32c(&h, offsetof(struct emu_header, crc)));
	return emu_pio(e, true, &h, sizeof(h), 0);
}

/* The image's identity: read, or made (new image, or version 1). */
static int emu_identity(struct emu *e, bool make)
{
	struct emu_identity id;
	int ret;

	if (!make) {
		ret = emu_pio(e, false, &id, sizeof(id), EMU_ID_OFF);
		if (ret)
			return ret;
		if (le32toh(id.crc) == crc32c(&id, offsetof(struct emu_identity,
							    crc))) {
			memcpy(e->uuid, id.uuid, sizeof(e->uuid));
			return 0;
		}
	}
	memset(&id, 0, sizeof(id));
	if (getrandom(id.uuid, sizeof(id.uuid), 0) != sizeof(id.uuid))
		return -EIO;
	id.crc = htole32(crc32c(&id, offsetof(struct emu_identity, crc)));
	memcpy(e->uuid, id.uuid, sizeof(e->uuid));
	return emu_pio(e, true, &id, sizeof(id), EMU_ID_OFF);
}

static void emu_pack_zone(const struct emu *e, uint32_t i,
			  struct emu_zone_rec *rec)
{
	memset(rec, 0, sizeof(*rec));
	rec->wp = htole64(e->zns.zones[i].wp);
	rec->zone = htole32(i);
	rec->state = e->zns.zones[i].state;
	rec->gen = htole32(e->gen[i]);
	rec->ver[0] = htole32((uint32_t)e->ver[i]);
	rec->ver[1] = htole32((uint32_t)(e->ver[i] >> 32));
	rec->crc = htole32(crc32c(rec, offsetof(struct emu_zone_rec, crc)));
}

static void emu_clear_dirty(struct emu *e)
{
	for (uint32_t n = 0; n < e->nr_dirty; n++)
		e->is_dirty[e->dirty[n]] = 0;
	e->nr_dirty = 0;
}

/* An empty next entry: its head only. */
static void emu_entry_reset(struct emu *e)
{
	e->entry_len = sizeof(struct emu_log_head);
	e->entry_runs = 0;
	e->entry_lost = false;
}

/* Room for len more bytes of the next entry, or NULL: an entry bigger
 * than the log, or no memory (then a checkpoint takes its place). */
static void *emu_entry_grow(struct emu *e, size_t len)
{
	size_t need = e->entry_len + len, size = e->entry_size;
	char *p;

	if (e->entry_lost || need > e->log_bytes)
		return NULL;
	if (need > size) {
		while (size < need)
			size *= 2;
		p = realloc(e->entry, size);
		if (!p)
			return NULL;
		e->entry = p;
		e->entry_size = size;
	}
	p = e->entry + e->entry_len;
	e->entry_len = need;
	return p;
}

/* A run's bytes in its entry, sums included. */
static size_t emu_run_bytes(const struct emu_log_run *run)
{
	size_t sums = le32toh(run->flags) & EMU_LOG_DISCARD ? 0 :
		      (size_t)le32toh(run->nlb) * BLOCK_SUM_BYTES;

	return sizeof(*run) + ((sums + 7) & ~(size_t)7);
}

/* A run at the end of the next entry, its head filled in (room for its
 * sums follows, none for a discard); NULL where the entry cannot take it,
 * and a checkpoint will take the entry's place. */
static struct emu_log_run *emu_entry_run(struct emu *e, uint64_t lba,
					 uint64_t nlb, uint32_t flags)
{
	struct emu_log_run head = { .lba = htole64(lba),
				    .nlb = htole32((uint32_t)nlb),
				    .flags = htole32(flags) };
	struct emu_log_run *run = emu_entry_grow(e, emu_run_bytes(&head));

	if (!run) {
		e->entry_lost = true;
		return NULL;
	}
	*run = head;
	e->entry_runs++;
	return run;
}

static void emu_log_state_pack(const struct emu *e, struct emu_log_state *st)
{
	memset(st, 0, sizeof(*st));
	st->seq = htole64(e->log_seq - 1);
	st->key = htole64(e->log_key);
	st->crc = htole32(crc32c(st, offsetof(struct emu_log_state, crc)));
}

/*
 * Everything written so far into the zone table and sums.img, so that the
 * log's entries are not needed: the log starts over. In this order, for a
 * crash at any point: sums.img on disk before a table that makes replay
 * skip the entries that carry its sums, and the table and the state that
 * ends the log on disk before the log is overwritten. Without sync
 * (durability none) the page cache keeps that order by itself.
 */
static int emu_checkpoint(struct emu *e, bool sync)
{
	size_t bytes = (size_t)e->zns.nr_zones * sizeof(struct emu_zone_rec);
	struct emu_log_state st;
	int ret = 0;

	ret = block_sums_flush(&e->sums);
	if (!ret && sync && fdatasync(e->sums.fd))
		ret = -errno;
	for (uint32_t i = 0; i < e->zns.nr_zones; i++)
		emu_pack_zone(e, i, &e->table[i]);
	emu_log_state_pack(e, &st);
	if (!ret)
		ret = emu_pio(e, true, e->table, bytes, EMU_TABLE_OFF);
	if (!ret)
		ret = emu_pio(e, true, &st, sizeof(st), EMU_LOG_STATE_OFF);
	if (!ret && sync && fdatasync(e->fd))
		ret = -errno;
	if (ret) {
		emu_fail(e, "checkpoint", ret);
		return ret;
	}
	e->log_head = 0;
	emu_clear_dirty(e);
	emu_entry_reset(e);
	return 0;
}

/* The next entry, with the records of the zones changed since the last,
 * into the log; a checkpoint instead where it does not fit. */
static int emu_log_write(struct emu *e)
{
	struct emu_log_head *h;
	struct emu_zone_rec *rec;
	size_t padded;
	char *pad;
	int ret;

	if (!e->entry_runs && !e->nr_dirty)
		return 0;
	rec = emu_entry_grow(e, (size_t)e->nr_dirty * sizeof(*rec));
	if (!rec)
		return emu_checkpoint(e, e->durable);
	for (uint32_t n = 0; n < e->nr_dirty; n++)
		emu_pack_zone(e, e->dirty[n], &rec[n]);
	padded = (e->entry_len + EMU_LOG_ALIGN - 1) &
		 ~(size_t)(EMU_LOG_ALIGN - 1);
	pad = emu_entry_grow(e, padded - e->entry_len);
	if (!pad || e->log_head + padded > e->log_bytes)
		return emu_checkpoint(e, e->durable);
	memset(pad, 0, e->entry + padded - pad);
	h = (struct emu_log_head *)e->entry;
	*h = (struct emu_log_head){
		.magic = htole32(EMU_LOG_MAGIC),
		.bytes = htole32((uint32_t)padded),
		.key = htole64(e->log_key),
		.seq = htole64(e->log_seq),
		.nr_runs = htole32(e->entry_runs),
		.nr_zones = htole32(e->nr_dirty),
	};
	h->crc = htole32(crc32c(e->entry, padded));
	ret = emu_pio(e, true, e->entry, padded, e->log_off + e->log_head);
	if (ret) {
		emu_fail(e, "commit log write", ret);
		return ret;
	}
	e->log_head += padded;
	e->log_seq++;
	emu_clear_dirty(e);
	emu_entry_reset(e);
	return 0;
}

#define EMU_PUNCH	(FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE)

/*
 * Drop the data of [lba, end), which is above the wp in the file's zone
 * table: a finish is about to put it below, where it must read as zeros.
 * The sums too, which the log says, so that replay drops them again after
 * its entries that wrote them. Not the data: replay does not drop data,
 * since a later entry may have written it again; that the data is gone
 * reaches the disk with the fdatasync of drive.img that carries the entry.
 */
static void emu_discard(struct emu *e, uint64_t lba, uint64_t end)
{
	int ret;

	if (end <= lba)
		return;
	ret = fallocate(e->fd, EMU_PUNCH, emu_offset(e, lba),
			(end - lba) << e->lba_shift) ? -errno :
	      block_sums_discard(&e->sums, lba, end - lba);
	if (ret) {
		emu_fail(e, "discard", ret);
		return;
	}
	emu_entry_run(e, lba, end - lba, EMU_LOG_DISCARD);
}

static void emu_zone_changed(struct zns *d, uint32_t zone, uint8_t from,
			     uint64_t from_wp)
{
	struct emu *e = container_of(d, struct emu, zns);
	const struct zns_zone *z = &d->zones[zone];

	if (!e->is_dirty[zone]) {
		e->is_dirty[zone] = 1;
		e->dirty[e->nr_dirty++] = zone;
	}
	/* what opening the drive changes (closing the zones of the last
	 * run) is not counted: the retry records of the last run are judged
	 * by the counters it left (retry_record.h) */
	if (!e->opening)
		e->ver[zone]++;
	if (z->state == ZAP_ZS_EMPTY && from != ZAP_ZS_EMPTY && !e->opening)
		e->gen[zone]++;
	/* a finish: now, before the table says so, since a crash between
	 * leaves only blocks above the old wp dropped */
	if (from_wp < z->wp && z->state == ZAP_ZS_FULL)
		emu_discard(e, from_wp, z->wp);
}

/* ---- staged writes ---- */

static int emu_cmp_lba(const void *a, const void *b)
{
	const struct backend_io *x = *(struct backend_io *const *)a;
	const struct backend_io *y = *(struct backend_io *const *)b;

	return (x->result_lba > y->result_lba) - (x->result_lba < y->result_lba);
}

/*
 * The file could not take n staged ios (one run, in LBA order): they fail
 * with err (-ENOSPC: NO_SPACE, for now), and their zones go back to where
 * they were before them, so no zone space is burnt and the zone mirror
 * above stays true. A zone's staged ios are one run, so none of its later
 * ios stays applied above the hole.
 */
static void emu_unwrite(struct emu *e, struct backend_io **io, uint32_t n,
			int err)
{
	for (uint32_t k = 0; k < n; k++) {
		uint64_t lba = io[k]->result_lba;
		uint32_t zone = zns_zone_index(&e->zns, lba);
		const struct zns_zone *z = &e->zns.zones[zone];
		uint8_t state = z->state;

		io[k]->status = err;
		if (lba >= z->wp)
			continue;	/* taken back with an earlier one */
		/* what part of the run did reach the file is above the wp
		 * now, where nothing reads it */
		if (lba == z->start && (state == ZAP_ZS_IMPLICIT_OPEN ||
					state == ZAP_ZS_FULL))
			state = ZAP_ZS_EMPTY;
		else if (state == ZAP_ZS_FULL)
			state = ZAP_ZS_CLOSED;
		if (zns_set_zone(&e->zns, zone, state, lba))
			emu_fail(e, "take back a failed write", -EIO);
	}
	if (err == -ENOSPC && !e->full)
		log_warn("drive storage full name=%s reason=\"its file system "
			 "has no room\" effect=\"appends and writes get "
			 "NO_SPACE, nothing is written, until room is made\"",
			 e->name);
	e->full |= err == -ENOSPC;
}

/* The sums of a run: into the next entry of the log and into sums.img
 * (from where reads check them). 0 or -errno. */
static int emu_write_sums(struct emu *e, uint64_t lba, uint64_t nlb,
			  const struct iovec *iov, int n)
{
	size_t at = e->entry_len;
	struct emu_log_run *run = emu_entry_run(e, lba, nlb, 0);
	uint32_t *sums;
	int ret;

	if (!run)
		return block_sums_write(&e->sums, lba, iov, n);
	sums = (uint32_t *)(run + 1);
	if (nlb & 1)
		sums[nlb] = 0;	/* the padding */
	block_sums_compute(e->lba_shift, lba, iov, n, sums);
	ret = block_sums_put(&e->sums, lba, sums, nlb);
	if (ret) {
		/* the run fails: not in the log */
		e->entry_len = at;
		e->entry_runs--;
	}
	return ret;
}

/* Into the page cache, one pwritev per contiguous run. */
static void emu_write_staged(struct emu *e)
{
	struct iovec iov[EMU_MAX_STAGED];
	uint32_t i, j;

	qsort(e->staged, e->nr_staged, sizeof(e->staged[0]), emu_cmp_lba);
	for (i = 0; i < e->nr_staged; i = j) {
		uint64_t end = e->staged[i]->result_lba;
		int n = 0, err;

		for (j = i; j < e->nr_staged &&
			    e->staged[j]->result_lba == end; j++) {
			iov[n].iov_base = e->staged[j]->buf;
			iov[n++].iov_len = e->staged[j]->len;
			end += e->staged[j]->len >> e->lba_shift;
		}
		/* sums first (iov is consumed by the write): blocks above a
		 * wp are never checked, so a crash between does no harm */
		err = emu_write_sums(e, e->staged[i]->result_lba,
				     end - e->staged[i]->result_lba, iov, n);
		if (!err)
			err = emu_piov(e, true, iov, n,
				       emu_offset(e, e->staged[i]->result_lba));
		if (err) {
			emu_unwrite(e, e->staged + i, j - i, err);
		} else if (e->full) {
			log_info("drive storage has room again name=%s",
				 e->name);
			e->full = false;
		}
	}
	e->nr_staged = 0;
}

static void emu_stage(struct emu *e, struct backend_io *io)
{
	if (e->nr_staged == EMU_MAX_STAGED)
		emu_write_staged(e);
	e->staged[e->nr_staged++] = io;
}

/* ---- retry records ---- */

static int emu_load_records(struct backend *be, backend_record_fn fn,
			    void *arg)
{
	struct emu *e = be->priv;

	return record_store_load(&e->records, fn, arg);
}

/* ---- completions ---- */

static bool emu_mutates(const struct backend_io *io)
{
	return io->op == BACKEND_APPEND || io->op == BACKEND_WRITE ||
	       io->op == BACKEND_ZONE_MGMT;
}

static void emu_sync_failed(struct syncer *s, int err)
{
	emu_fail(container_of(s, struct emu, syncer), "fsync", err);
}

/* Everything applied so far into the files, in the order a crash needs:
 * data (with its sums), the retry records of the ios that carry one, then
 * the log entry whose zone records count them. */
static int emu_write_state(struct emu *e)
{
	int ret;

	emu_write_staged(e);
	ret = record_store_write(&e->records, &e->queued);
	if (ret) {
		emu_fail(e, "retry record write", ret);
		return ret;
	}
	return emu_log_write(e);
}

static void emu_commit(struct reactor_deferred *d)
{
	struct emu *e = container_of(d, struct emu, commit);
	int ret = emu_write_state(e);
	struct io_queue q = io_queue_take(&e->queued);
	struct backend_io *io;

	while ((io = io_queue_pop(&q))) {
		if (!io->status && emu_mutates(io) && ret)
			io->status = -EIO;
		if (!io->status && (io->op == BACKEND_FLUSH ||
				    (e->durable && emu_mutates(io))))
			syncer_add(&e->syncer, io);
		else
			io->done(io);
	}
	syncer_start(&e->syncer);
}

/* Every io completes through the commit, never inside its submit call. */
static int emu_queue(struct emu *e, struct backend_io *io, int status)
{
	io->status = status;
	io_queue_push(&e->queued, io);
	reactor_defer(e->r, &e->commit);
	return 0;
}

/* ---- operations ---- */

static int emu_nlb(const struct emu *e, uint32_t len, uint32_t *nlb)
{
	if (!len || len & ((1u << e->lba_shift) - 1))
		return NVME_SC_INVALID_FIELD;
	*nlb = len >> e->lba_shift;
	return 0;
}

static int emu_do_write(struct backend *be, struct backend_io *io,
			bool append)
{
	struct emu *e = be->priv;
	uint32_t nlb;
	uint64_t lba;
	int status = e->error;

	if (!status)
		status = emu_nlb(e, io->len, &nlb);
	if (!status)
		status = zns_write(&e->zns, io->lba, nlb, append, &lba);
	if (!status) {
		uint32_t zone = zns_zone_index(&e->zns, lba);

		io->result_lba = lba;
		backend_stamp(io, e->gen[zone], e->ver[zone]);
		emu_stage(e, io);
	}
	return emu_queue(e, io, status);
}

static int emu_append(struct backend *be, struct backend_io *io)
{
	return emu_do_write(be, io, true);
}

static int emu_write(struct backend *be, struct backend_io *io)
{
	return emu_do_write(be, io, false);
}

/* Data read back must match its sums: else it is not returned. */
static int emu_check_sums(struct emu *e, uint64_t lba, const void *buf,
			  uint64_t nlb)
{
	uint64_t bad;
	int ret = block_sums_check(&e->sums, lba, buf, nlb, &bad);

	if (ret == 1) {
		log_error("drive data damaged name=%s lba=%" PRIu64 " reason="
			  "\"the block does not match its checksum\" "
			  "effect=\"reads of it fail with Unrecovered Read "
			  "Error\"", e->name, bad);
		return NVME_SC_UNRECOVERED_READ;
	}
	return ret;
}

static int emu_read(struct backend *be, struct backend_io *io)
{
	struct emu *e = be->priv;
	uint32_t nlb;
	int status = emu_nlb(e, io->len, &nlb);

	if (!status)
		status = zns_read(&e->zns, io->lba, nlb);
	if (!status) {
		size_t bytes = zns_written(&e->zns, io->lba, nlb)
			       << e->lba_shift;

		emu_write_staged(e);
		/* blocks at or above the wp read as zeros, as in QEMU */
		memset((char *)io->buf + bytes, 0, io->len - bytes);
		if (bytes)
			status = emu_pio(e, false, io->buf, bytes,
					 emu_offset(e, io->lba));
		if (!status && bytes)
			status = emu_check_sums(e, io->lba, io->buf,
						bytes >> e->lba_shift);
	}
	return emu_queue(e, io, status);
}

static int emu_report_zones(struct backend *be, struct backend_io *io)
{
	struct emu *e = be->priv;

	zns_report(&e->zns, io->first_zone, io->nr_zones, e->gen, e->ver,
		   io->zones);
	return emu_queue(e, io, 0);
}

static int emu_zone_mgmt(struct backend *be, struct backend_io *io)
{
	struct emu *e = be->priv;
	int status = e->error;

	/* the staged data goes where the zone had it, before a reset lets
	 * later writes take the same blocks */
	emu_write_staged(e);
	if (!status)
		status = zns_mgmt(&e->zns, io->lba, io->action,
				  io->select_all);
	/* a finish whose discard failed failed the drive */
	if (!status)
		status = e->error;
	if (!status) {
		uint32_t zone = zns_zone_index(&e->zns, io->lba);

		backend_stamp(io, e->gen[zone], e->ver[zone]);
	}
	return emu_queue(e, io, status);
}

static int emu_flush(struct backend *be, struct backend_io *io)
{
	struct emu *e = be->priv;

	return emu_queue(e, io, e->error);
}

/* ---- open and close ---- */

static void emu_free(struct emu *e)
{
	syncer_destroy(&e->syncer);
	zns_destroy(&e->zns);
	free(e->dirty);
	free(e->is_dirty);
	free(e->gen);
	free(e->ver);
	free(e->table);
	free(e->entry);
	block_sums_free(&e->sums);
	if (e->sums.fd >= 0)
		close(e->sums.fd);
	if (e->fd >= 0)
		close(e->fd);
	if (e->lock_fd >= 0)
		close(e->lock_fd);	/* drops the flock */
	free(e);
}

static int emu_corrupt(const struct emu *e, const char *path,
		       const char *reason, long zone)
{
	log_error("drive state corrupt name=%s path=%s/%s zone=%ld "
		  "reason=\"%s\" hint=\"restore the directory or move it "
		  "away; zapd does not reset it\"", e->name, path, EMU_IMAGE,
		  zone, reason);
	return -EUCLEAN;
}

/* A drive that is not there: an error unless asked to make it, since a
 * new empty drive in place of a lost one would give clients a history
 * that diverges from what they were told. */
static int emu_missing(const struct emu *e, const char *path,
		       const char *what)
{
	log_error("drive missing name=%s path=%s reason=\"%s does not "
		  "exist\" hint=\"restore it, check the path and that its "
		  "file system is mounted; to make a new empty drive, give "
		  "create=yes\"", e->name, path, what);
	return -ENOENT;
}

/* The directory (made if missing and allowed); and its lock, held until
 * close. */
static int emu_open_dir(struct emu *e, const char *path, bool create)
{
	bool created;
	int dfd, err;

	if (!create && access(path, F_OK) && errno == ENOENT)
		return emu_missing(e, path, "the drive directory");
	created = !mkdir(path, 0700);
	if (!created && errno != EEXIST) {
		err = -errno;
		log_error("drive directory cannot be created name=%s path=%s "
			  "err=%s", e->name, path, strerror(-err));
		return err;
	}
	dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0) {
		err = -errno;
		log_error("drive directory cannot be opened name=%s path=%s "
			  "err=%s", e->name, path, strerror(-err));
		return err;
	}
	if (created) {
		/* the new directory's entry must be durable too */
		int pfd = openat(dfd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);

		if (pfd >= 0) {
			(void)fsync(pfd);
			close(pfd);
		}
	}
	e->lock_fd = openat(dfd, EMU_LOCK, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (e->lock_fd < 0 || flock(e->lock_fd, LOCK_EX | LOCK_NB)) {
		err = -errno;
		if (err == -EWOULDBLOCK) {
			log_error("drive directory in use name=%s path=%s "
				  "reason=\"another zapd holds %s/%s\"",
				  e->name, path, path, EMU_LOCK);
			err = -EBUSY;
		} else {
			log_error("drive directory cannot be locked name=%s "
				  "path=%s err=%s", e->name, path,
				  strerror(-err));
		}
		close(dfd);
		return err;
	}
	return dfd;
}

/* A new sums.img, empty, aside (emu_upgrade() fills it). */
static int emu_sums_new(struct emu *e, int dfd)
{
	e->sums.fd = openat(dfd, EMU_SUMS ".new",
			    O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (e->sums.fd < 0 || ftruncate(e->sums.fd, emu_sums_bytes(e->geo)))
		return -errno;
	return 0;
}

/* ... then in place, on disk, before the image that needs it. */
static int emu_sums_done(struct emu *e, int dfd)
{
	if (fsync(e->sums.fd) ||
	    renameat(dfd, EMU_SUMS ".new", dfd, EMU_SUMS) || fsync(dfd))
		return -errno;
	return 0;
}

static int emu_random(uint64_t *v)
{
	return getrandom(v, sizeof(*v), 0) == sizeof(*v) ? 0 : -EIO;
}

/* A new image: written aside, then renamed, so it exists whole or not. */
static int emu_create(struct emu *e, int dfd, const char *path)
{
	size_t bytes = (size_t)e->zns.nr_zones * sizeof(struct emu_zone_rec);
	struct emu_log_state st;
	int ret = emu_sums_new(e, dfd);

	if (!ret)
		ret = emu_sums_done(e, dfd);
	if (ret)
		goto out;
	e->fd = openat(dfd, EMU_IMAGE ".new",
		       O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (e->fd < 0) {
		ret = -errno;
		goto out;
	}
	if (ftruncate(e->fd, emu_file_size(e->geo, EMU_VERSION))) {
		ret = -errno;
		log_error("drive image cannot be sized name=%s path=%s "
			  "bytes=%" PRIu64 " err=%s", e->name, path,
			  emu_file_size(e->geo, EMU_VERSION), strerror(-ret));
		goto out;
	}
	for (uint32_t i = 0; i < e->zns.nr_zones; i++)
		emu_pack_zone(e, i, &e->table[i]);
	e->log_seq = 1;
	ret = emu_random(&e->log_key);
	emu_log_state_pack(e, &st);
	if (!ret)
		ret = emu_write_header(e, true);
	if (!ret)
		ret = emu_identity(e, true);
	if (!ret)
		ret = emu_pio(e, true, &st, sizeof(st), EMU_LOG_STATE_OFF);
	if (!ret)
		ret = emu_pio(e, true, e->table, bytes, EMU_TABLE_OFF);
	if (!ret && (fsync(e->fd) ||
		     renameat(dfd, EMU_IMAGE ".new", dfd, EMU_IMAGE) ||
		     fsync(dfd)))
		ret = -errno;
out:
	if (ret) {
		log_error("drive image cannot be created name=%s path=%s "
			  "err=%s", e->name, path, strerror(-ret));
		unlinkat(dfd, EMU_IMAGE ".new", 0);
	}
	return ret;
}

static int emu_init_model(struct emu *e)
{
	uint64_t lba = e->geo[GEO_LBA_SIZE];
	struct zns_config c;

	zns_geometry_config(e->geo, &c);
	e->lba_shift = __builtin_ctzll(lba);
	e->data_off = emu_data_off(e->geo);
	e->records.off = emu_records_off(e->geo);
	e->sums.lba_shift = e->lba_shift;
	e->log_off = emu_log_off(e->geo);
	e->log_bytes = emu_log_bytes(e->geo);
	e->entry_size = 4096;
	e->entry = malloc(e->entry_size);
	emu_entry_reset(e);
	e->dirty = calloc(c.nr_zones, sizeof(*e->dirty));
	e->is_dirty = calloc(c.nr_zones, 1);
	e->gen = calloc(c.nr_zones, sizeof(*e->gen));
	e->ver = calloc(c.nr_zones, sizeof(*e->ver));
	e->table = calloc(c.nr_zones, sizeof(*e->table));
	if (!e->dirty || !e->is_dirty || !e->gen || !e->ver || !e->table ||
	    !e->entry || block_sums_init(&e->sums, c.nr_zones, c.zone_size))
		return -ENOMEM;
	return zns_init(&e->zns, &c);
}

/* The header of an existing image; given options must agree with it. */
static int emu_check_header(struct emu *e, const char *path,
			    const uint64_t v[GEO_NR],
			    const bool given[GEO_NR], bool *clean,
			    uint32_t *old_version)
{
	struct emu_header h;
	struct stat st;
	uint32_t version;
	int ret;

	if (fstat(e->fd, &st))
		return -errno;
	if ((uint64_t)st.st_size < sizeof(h))
		return emu_corrupt(e, path, "image shorter than its header",
				   -1);
	ret = emu_pio(e, false, &h, sizeof(h), 0);
	if (ret)
		return ret;
	if (memcmp(h.magic, EMU_MAGIC, sizeof(h.magic)))
		return emu_corrupt(e, path, "not a zapd emu drive image", -1);
	if (le32toh(h.crc) != crc32c(&h, offsetof(struct emu_header, crc)))
		return emu_corrupt(e, path, "header checksum mismatch", -1);
	version = le32toh(h.version);
	if (version < 1 || version > EMU_VERSION) {
		log_error("drive image version unsupported name=%s path=%s "
			  "version=%u supported=%u", e->name, path,
			  le32toh(h.version), EMU_VERSION);
		return -EPROTONOSUPPORT;
	}
	for (int i = 0; i < GEO_NR; i++)
		e->geo[i] = le64toh(h.geo[i]);
	if (zns_geometry_error(e->geo))
		return emu_corrupt(e, path, zns_geometry_error(e->geo), -1);
	/* an older version is resized when converted (a crash may leave
	 * it so) */
	if ((uint64_t)st.st_size != emu_file_size(e->geo, version) &&
	    (uint64_t)st.st_size != emu_file_size(e->geo, EMU_VERSION))
		return emu_corrupt(e, path, "image size does not match its "
				   "geometry (truncated?)", -1);
	for (int i = 0; i < GEO_NR; i++) {
		if (given[i] && v[i] != e->geo[i]) {
			log_error("drive geometry mismatch name=%s path=%s "
				  "key=%s value=%" PRIu64 " stored=%" PRIu64
				  " hint=\"the geometry is fixed when the drive "
				  "is created: drop the option or use a new "
				  "directory\"", e->name, path, zns_geometry_key(i),
				  v[i], e->geo[i]);
			return -EINVAL;
		}
	}
	*clean = le32toh(h.clean) == 1;
	*old_version = version;
	e->generation = le32toh(h.generation);
	return 0;
}

/* sums.img, opened and its size checked: 0, -ENOENT where there is none,
 * or another error. */
static int emu_sums_open(struct emu *e, int dfd, const char *path)
{
	struct stat st;

	e->sums.fd = openat(dfd, EMU_SUMS, O_RDWR | O_CLOEXEC);
	if (e->sums.fd < 0 || fstat(e->sums.fd, &st))
		return -errno;
	if ((uint64_t)st.st_size != emu_sums_bytes(e->geo))
		return emu_corrupt(e, path, EMU_SUMS " size does not match "
				   "the geometry (truncated?)", -1);
	return 0;
}

/*
 * An older image to version 3: sums.img made from version 2's sums region
 * (or, version 1, from the data), on disk under its name before the image
 * is resized over that region; the log state and header follow at open.
 * A crash in between leaves an older version with sums.img in place,
 * which this takes as done.
 */
static int emu_upgrade(struct emu *e, int dfd, const char *path,
		       uint32_t version)
{
	const size_t chunk = 1 << 20;
	uint64_t v2_sums = emu_log_off(e->geo);
	uint32_t *sums;
	void *buf;
	int ret = emu_sums_open(e, dfd, path);

	if (!ret)
		goto resize;
	if (ret != -ENOENT)
		return ret;
	/* a chunk of data, then room for its sums */
	buf = malloc(chunk + (chunk >> e->lba_shift) * BLOCK_SUM_BYTES);
	ret = buf ? emu_sums_new(e, dfd) : -ENOMEM;
	sums = buf ? (uint32_t *)((char *)buf + chunk) : NULL;
	for (uint32_t i = 0; !ret && i < e->zns.nr_zones; i++) {
		const struct zns_zone *z = &e->zns.zones[i];

		for (uint64_t lba = z->start; !ret && lba < z->wp;) {
			uint64_t n = z->wp - lba;
			struct iovec iov = { .iov_base = buf };

			if (n > chunk >> e->lba_shift)
				n = chunk >> e->lba_shift;
			if (version == 2) {
				ret = emu_pio(e, false, sums,
					      n * BLOCK_SUM_BYTES,
					      v2_sums + lba * BLOCK_SUM_BYTES);
			} else {
				iov.iov_len = n << e->lba_shift;
				ret = emu_pio(e, false, buf, iov.iov_len,
					      emu_offset(e, lba));
				if (!ret)
					block_sums_compute(e->lba_shift, lba,
							   &iov, 1, sums);
			}
			if (!ret)
				ret = block_sums_store(&e->sums, lba, sums, n);
			lba += n;
		}
	}
	free(buf);
	if (!ret)
		ret = emu_sums_done(e, dfd);
	if (ret) {
		log_error("drive image cannot be converted name=%s path=%s "
			  "from=%u to=%u err=%s", e->name, path, version,
			  EMU_VERSION, strerror(-ret));
		return ret;
	}
resize:
	if (ftruncate(e->fd, emu_file_size(e->geo, EMU_VERSION))) {
		ret = -errno;
		log_error("drive image cannot be resized name=%s path=%s "
			  "version=%u err=%s", e->name, path, EMU_VERSION,
			  strerror(-ret));
		return ret;
	}
	log_info("drive image converted name=%s path=%s from=%u to=%u",
		 e->name, path, version, EMU_VERSION);
	return 0;
}

static uint64_t emu_rec_ver(const struct emu_zone_rec *rec)
{
	return le32toh(rec->ver[0]) | (uint64_t)le32toh(rec->ver[1]) << 32;
}

/* A zone's record, from the table or the log, into the model. */
static int emu_load_zone(struct emu *e, const char *path, uint32_t i,
			 const struct emu_zone_rec *rec)
{
	if (le32toh(rec->crc) != crc32c(rec, offsetof(struct emu_zone_rec,
						      crc)))
		return emu_corrupt(e, path, "zone record checksum mismatch",
				   i);
	if (le32toh(rec->zone) != i ||
	    zns_set_zone(&e->zns, i, rec->state, le64toh(rec->wp)))
		return emu_corrupt(e, path, "zone record inconsistent", i);
	e->gen[i] = le32toh(rec->gen);
	e->ver[i] = emu_rec_ver(rec);
	return 0;
}

static int emu_load_table(struct emu *e, const char *path)
{
	size_t bytes = (size_t)e->zns.nr_zones * sizeof(struct emu_zone_rec);
	int ret = emu_pio(e, false, e->table, bytes, EMU_TABLE_OFF);

	for (uint32_t i = 0; !ret && i < e->zns.nr_zones; i++)
		ret = emu_load_zone(e, path, i, &e->table[i]);
	return ret;
}

/* The sums of a run of an entry, or their discard, onto sums.img: the
 * part of each zone whose record in the entry was applied (the others are
 * in sums.img already, synced by the checkpoint that wrote the table). */
static int emu_replay_run(struct emu *e, const struct emu_log_run *run)
{
	const uint32_t *sums = (const void *)(run + 1);
	bool discard = le32toh(run->flags) & EMU_LOG_DISCARD;
	uint64_t lba = le64toh(run->lba), nlb = le32toh(run->nlb);
	int ret = 0;

	while (nlb && !ret) {
		uint32_t zone = zns_zone_index(&e->zns, lba);
		uint64_t n = e->zns.zones[zone].start + e->zns.zone_size - lba;

		if (n > nlb)
			n = nlb;
		if (e->is_dirty[zone])
			ret = discard ? block_sums_discard(&e->sums, lba, n) :
			      block_sums_put(&e->sums, lba, sums, n);
		lba += n;
		nlb -= n;
		sums += discard ? 0 : n;
	}
	return ret;
}

/* One entry of the log onto the model and sums.img. Its CRC matched, so
 * what does not add up is damage, or a bug: not to be guessed around. */
static int emu_replay_entry(struct emu *e, const char *path, const char *p,
			    size_t bytes)
{
	const struct emu_log_head *h = (const void *)p;
	uint64_t nr_lbas = emu_sums_bytes(e->geo) / BLOCK_SUM_BYTES;
	uint32_t nr_runs = le32toh(h->nr_runs), nr_zones = le32toh(h->nr_zones);
	size_t at = sizeof(*h);
	int ret = 0;

	for (uint32_t n = 0; n < nr_runs; n++) {
		const struct emu_log_run *run = (const void *)(p + at);
		uint64_t lba, nlb, len;

		if (bytes - at < sizeof(*run))
			return emu_corrupt(e, path, "log entry truncated", -1);
		lba = le64toh(run->lba);
		nlb = le32toh(run->nlb);
		len = emu_run_bytes(run);
		if (bytes - at < len || lba >= nr_lbas || nlb > nr_lbas - lba)
			return emu_corrupt(e, path, "log entry run out of "
					   "range", -1);
		at += len;
	}
	if ((bytes - at) / sizeof(struct emu_zone_rec) < nr_zones)
		return emu_corrupt(e, path, "log entry truncated", -1);
	/* the zones whose records apply, marked in is_dirty: a checkpoint
	 * cut short may have written a table newer than the entry */
	for (uint32_t n = 0; !ret && n < nr_zones; n++) {
		struct emu_zone_rec rec;
		uint32_t i;

		memcpy(&rec, p + at + n * sizeof(rec), sizeof(rec));
		i = le32toh(rec.zone);
		if (i >= e->zns.nr_zones)
			return emu_corrupt(e, path, "log entry zone out of "
					   "range", i);
		if (emu_rec_ver(&rec) <= e->ver[i] || e->is_dirty[i])
			continue;
		ret = emu_load_zone(e, path, i, &rec);
		e->is_dirty[i] = 1;
		e->dirty[e->nr_dirty++] = i;
	}
	at = sizeof(*h);
	for (uint32_t n = 0; !ret && n < nr_runs; n++) {
		const struct emu_log_run *run = (const void *)(p + at);

		ret = emu_replay_run(e, run);
		at += emu_run_bytes(run);
	}
	emu_clear_dirty(e);
	return ret;
}

/* The entries written since the last checkpoint, in order. */
static int emu_replay(struct emu *e, const char *path)
{
	struct emu_log_state st;
	struct emu_log_head h;
	char *p = NULL;
	uint64_t key, n = 0;
	uint32_t bytes;
	int ret = emu_pio(e, false, &st, sizeof(st), EMU_LOG_STATE_OFF);

	if (ret)
		return ret;
	if (le32toh(st.crc) != crc32c(&st, offsetof(struct emu_log_state,
						     crc)))
		return emu_corrupt(e, path, "commit log state checksum "
				   "mismatch", -1);
	key = le64toh(st.key);
	e->log_seq = le64toh(st.seq) + 1;
	for (e->log_head = 0; !ret && e->log_head + sizeof(h) <= e->log_bytes;
	     e->log_head += bytes) {
		ret = emu_pio(e, false, &h, sizeof(h), e->log_off + e->log_head);
		bytes = le32toh(h.bytes);
		if (ret || le32toh(h.magic) != EMU_LOG_MAGIC ||
		    le64toh(h.key) != key || le64toh(h.seq) != e->log_seq ||
		    bytes < sizeof(h) || bytes % EMU_LOG_ALIGN ||
		    bytes > e->log_bytes - e->log_head)
			break;
		free(p);
		p = malloc(bytes);
		if (!p) {
			ret = -ENOMEM;
			break;
		}
		ret = emu_pio(e, false, p, bytes, e->log_off + e->log_head);
		if (ret)
			break;
		((struct emu_log_head *)p)->crc = 0;
		if (crc32c(p, bytes) != le32toh(h.crc))
			break;	/* torn: not acknowledged */
		ret = emu_replay_entry(e, path, p, bytes);
		e->log_seq++;
		n++;
	}
	free(p);
	if (!ret && n)
		log_info("drive commit log replayed name=%s entries=%" PRIu64,
			 e->name, n);
	return ret;
}

/* The image opened (or made): its header checked, its model sized, its
 * identity known; *version: the image's format. */
static int emu_open_image(struct emu *e, int dfd, const char *path,
			  bool create, uint64_t v[GEO_NR],
			  const bool given[GEO_NR], bool *created, bool *clean,
			  uint32_t *version)
{
	int ret;

	*version = EMU_VERSION;

	e->fd = openat(dfd, EMU_IMAGE, O_RDWR | O_CLOEXEC);
	*created = e->fd < 0 && errno == ENOENT;
	if (*created && !create)
		return emu_missing(e, path, "its image " EMU_IMAGE);
	if (*created) {
		const char *why = zns_geometry_error(v);

		if (why) {
			log_error("drive options unusable name=%s path=%s "
				  "reason=\"%s\"", e->name, path, why);
			return -EINVAL;
		}
		memcpy(e->geo, v, sizeof(e->geo));
		ret = emu_init_model(e);
		return ret ? ret : emu_create(e, dfd, path);
	}
	if (e->fd < 0) {
		ret = -errno;
		log_error("drive image cannot be opened name=%s path=%s/%s "
			  "err=%s", e->name, path, EMU_IMAGE, strerror(-ret));
		return ret;
	}
	ret = emu_check_header(e, path, v, given, clean, version);
	if (!ret)
		ret = emu_init_model(e);
	if (!ret)
		ret = emu_identity(e, *version < 2);
	return ret;
}

/* An existing image's zones and sums: its table, then its log replayed,
 * or an older image converted. */
static int emu_load(struct emu *e, int dfd, const char *path,
		    uint32_t version)
{
	int ret = emu_load_table(e, path);

	if (ret)
		return ret;
	if (version < EMU_VERSION) {
		/* no log yet: the table is whole */
		e->log_seq = 1;
		return emu_upgrade(e, dfd, path, version);
	}
	ret = emu_sums_open(e, dfd, path);
	if (ret == -ENOENT)
		return emu_corrupt(e, path, EMU_SUMS " is missing", -1);
	return ret ? ret : emu_replay(e, path);
}

/* The retry records and the log are written with every commit: their
 * blocks are allocated now, so a full file system fails data writes
 * (NO_SPACE, for a while), never a commit (which would fail the drive). */
static int emu_reserve(struct emu *e, const char *path)
{
	uint64_t bytes = RECORD_STORE_BYTES + e->log_bytes;

	if (fallocate(e->fd, 0, e->records.off, bytes)) {
		int err = -errno;

		log_error("drive has no room for its retry records and commit "
			  "log name=%s path=%s bytes=%" PRIu64 " err=%s",
			  e->name, path, bytes, strerror(-err));
		return err;
	}
	return 0;
}

/*
 * The state directory keeps the generation of the image zapd last opened:
 * an image with an older one was restored from a backup or a snapshot,
 * and serving it would drop acknowledged data silently. Each open takes
 * the next generation, in the image first, then in the state directory.
 */
static int emu_check_generation(struct emu *e, const char *state_dir,
				const char *path, char *file, size_t size)
{
	uint64_t last;
	int ret;

	snprintf(file, size, "%s.emu-generation", e->name);
	ret = state_counter_load(state_dir, file, e->uuid, &last);
	if (ret)
		return ret;
	if (last > e->generation) {
		log_error("drive image is older than the one zapd last served "
			  "name=%s path=%s/%s generation=%u last=%" PRIu64
			  " reason=\"restored from a backup or a snapshot? "
			  "acknowledged data would be missing\" hint=\"to "
			  "serve it anyway, remove %s/%s\"", e->name, path,
			  EMU_IMAGE, e->generation, last, state_dir, file);
		return -ESTALE;
	}
	e->generation = (last > e->generation ? last : e->generation) + 1;
	return 0;
}

/* Finishes punch holes: refuse a filesystem that cannot, before it
 * matters. */
static int emu_check_punch(struct emu *e, const char *path)
{
	/* the unused tail of the header block */
	if (fallocate(e->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
		      EMU_TABLE_OFF / 2, EMU_TABLE_OFF / 2)) {
		int err = -errno;

		log_error("drive filesystem cannot punch holes name=%s path=%s "
			  "err=%s hint=\"use ext4, xfs, btrfs or tmpfs\"",
			  e->name, path, strerror(-err));
		return err;
	}
	return 0;
}

static int emu_open(struct backend *be, const struct backend_open_args *a)
{
	uint64_t v[GEO_NR];
	bool given[GEO_NR], created, clean = true;
	struct backend_geometry *g = &be->geo;
	uint32_t version;
	char gen_file[128];
	struct emu *e;
	int dfd, ret;

	ret = zns_geometry_parse(a->options, a->name, v, given);
	if (ret)
		return ret;
	e = calloc(1, sizeof(*e));
	if (!e)
		return -ENOMEM;
	e->fd = e->lock_fd = e->sums.fd = -1;
	snprintf(e->name, sizeof(e->name), "%s", a->name);
	e->r = a->reactor;
	e->durable = a->durable;
	e->commit.fn = emu_commit;
	dfd = emu_open_dir(e, a->path, a->create);
	if (dfd < 0) {
		emu_free(e);
		return dfd;
	}
	ret = emu_open_image(e, dfd, a->path, a->create, v, given, &created,
			     &clean, &version);
	/* before anything of an older image is replayed or converted */
	if (!ret && a->state_dir)
		ret = emu_check_generation(e, a->state_dir, a->path, gen_file,
					   sizeof(gen_file));
	if (!ret && !created)
		ret = emu_load(e, dfd, a->path, version);
	close(dfd);
	e->records.fd = e->fd;
	if (!ret)
		ret = syncer_init(&e->syncer, e->r, e->fd, &e->error,
				  emu_sync_failed, &be->syncs);
	if (!ret)
		ret = emu_check_punch(e, a->path);
	if (!ret)
		ret = emu_reserve(e, a->path);
	if (ret)
		goto err;
	e->zns.changed = emu_zone_changed;
	e->opening = true;
	/* blocks above a wp may hold unacknowledged writes: nothing reads
	 * them (a finish drops them first) */
	if (!clean)
		log_warn("drive recovering name=%s path=%s reason=\"not "
			 "closed cleanly\"", e->name, a->path);
	/* open zones of the last run are closed, as by an NVMe shutdown */
	zns_shutdown(&e->zns);
	e->opening = false;
	/* a new key: what the log holds is not this open's */
	ret = e->error ? e->error : emu_random(&e->log_key);
	if (!ret)
		ret = emu_checkpoint(e, true);
	/* marked in use before the first write: a crash then shows */
	if (!ret)
		ret = emu_write_header(e, false);
	if (!ret)
		ret = emu_sync_now(e);
	if (!ret && a->state_dir)
		ret = state_counter_store(a->state_dir, gen_file, e->uuid,
					  e->generation);
	if (ret)
		goto err;
	g->lba_size = e->geo[GEO_LBA_SIZE];
	g->zone_size = e->zns.zone_size;
	g->zone_cap = e->zns.zones[0].cap;
	g->nr_zones = e->zns.nr_zones;
	g->max_open = e->zns.max_open;
	g->max_active = e->zns.max_active;
	g->max_append = e->geo[GEO_MAX_APPEND];
	snprintf(g->model, sizeof(g->model), "zapd emu");
	be->priv = e;
	log_info("drive open name=%s backend=emu path=%s created=%s zones=%u "
		 "zone_size=%" PRIu64 " zone_cap=%" PRIu64 " lba_size=%u "
		 "max_open=%u max_active=%u max_append=%u durability=%s",
		 e->name, a->path, created ? "yes" : "no", g->nr_zones,
		 g->zone_size, g->zone_cap, g->lba_size, g->max_open,
		 g->max_active, g->max_append, e->durable ? "sync" : "none");
	return 0;

err:
	emu_free(e);
	return ret;
}

static bool emu_busy(const struct emu *e)
{
	return !io_queue_empty(&e->queued) || syncer_busy(&e->syncer) ||
	       e->commit.queued;
}

static void emu_close(struct backend *be)
{
	struct emu *e = be->priv;
	int ret;

	/* what is in flight completes first: its callbacks need the loop */
	while (emu_busy(e) && !reactor_run_once(e->r))
		;
	if (emu_busy(e)) {
		log_error("drive cannot close with io in flight name=%s",
			  e->name);
		return;
	}
	zns_shutdown(&e->zns);
	/* clean only once the table is on disk */
	ret = e->error ? e->error : emu_checkpoint(e, true);
	if (!ret)
		ret = emu_write_header(e, true);
	if (!ret)
		ret = emu_sync_now(e);
	log_info("drive closed name=%s clean=%s", e->name, ret ? "no" : "yes");
	emu_free(e);
	be->priv = NULL;
}

const struct backend_ops backend_emu_ops = {
	.name = "emu",
	.open = emu_open,
	.close = emu_close,
	.report_zones = emu_report_zones,
	.zone_mgmt = emu_zone_mgmt,
	.append = emu_append,
	.write = emu_write,
	.read = emu_read,
	.flush = emu_flush,
	.load_records = emu_load_records,
};
