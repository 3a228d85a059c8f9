/* SPDX-License-Identifier: MIT */
#include "zone.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "counter.h"
#include "log.h"
#include "util.h"

static void zone_load(struct zone *z, const struct backend_zone *bz);

enum {
	PHASE_LOCK,	/* waiting for the range lock */
	PHASE_DEVICE,	/* the backend has it */
	PHASE_REFRESH,	/* re-reading zones from the device, still locked */
};

static void op_granted(struct rangelock_req *req);
static void op_io_done(struct backend_io *io);

static bool op_takes_lock(const struct zone_op *op)
{
	return op->type != ZONE_OP_FLUSH && op->type != ZONE_OP_REPORT;
}

static struct zone *op_zone(const struct zone_op *op)
{
	return &op->table->zones[op->zone];
}

static uint64_t op_nlb(const struct zone_op *op)
{
	return op->len / op->table->be->geo.lba_size;
}

static void zone_load(struct zone *z, const struct backend_zone *bz)
{
	COUNTER_SET(z->state, bz->state);
	z->attrs = bz->attrs;
	z->gen = bz->gen;
	z->ver = bz->ver;
	z->cap = bz->cap;
	z->wp = bz->wp;		/* a full zone's: its end (backend.h) */
}

/* The statuses a write or append gets in this state, before any room
 * check (NVMe checks the state first). */
static int zone_check_writable(const struct zone *z)
{
	switch (z->state) {
	case ZAP_ZS_FULL:
		return ZAP_ZONE_FULL;
	case ZAP_ZS_READ_ONLY:
		return ZAP_ZONE_READ_ONLY;
	case ZAP_ZS_OFFLINE:
		return ZAP_ZONE_OFFLINE;
	default:
		return 0;
	}
}

/* What the device did to the zone when a write or append completed. */
static void zone_written(struct zone *z, uint64_t nlb)
{
	z->wp += nlb;
	if (z->state == ZAP_ZS_EMPTY || z->state == ZAP_ZS_CLOSED)
		COUNTER_SET(z->state, ZAP_ZS_IMPLICIT_OPEN);
	if (z->wp >= z->start + z->cap && !z->reserved)
		COUNTER_SET(z->state, ZAP_ZS_FULL);
}

static void op_unlock(struct zone_op *op)
{
	if (op->all_reqs) {
		for (uint32_t i = 0; i < op->table->be->geo.nr_zones; i++)
			rangelock_release(&op->table->zones[i].lock,
					  &op->all_reqs[i]);
		free(op->all_reqs);
		op->all_reqs = NULL;
	} else if (op_takes_lock(op)) {
		rangelock_release(&op_zone(op)->lock, &op->lreq);
	}
}

static void op_finish(struct zone_op *op, int status)
{
	op->status = status;
	op_unlock(op);
	free(op->report);
	op->report = NULL;
	op->done(op);
}

static void io_prepare(struct zone_op *op, enum backend_op bop, uint64_t lba)
{
	struct backend_io *io = &op->io;

	memset(io, 0, sizeof(*io));
	io->op = bop;
	io->lba = lba;
	io->len = op->len;
	io->buf = op->buf;
	io->rec = op->rec;
	io->rec_slot = op->rec_slot;
	io->done = op_io_done;
	io->arg = op;
}

/* A writer that carries an epoch must carry the zone's. */
static int zone_check_epoch(const struct zone *z, const struct zone_op *op)
{
	return op->epoch && op->epoch != z->epoch ? ZAP_STALE_EPOCH : 0;
}

static void fence_done(struct reactor_deferred *d)
{
	struct zone_op *op = container_of(d, struct zone_op, deferred);

	op_finish(op, op->status);
}

/* Everything admitted before the fence is done (the lock is exclusive):
 * take the next epoch, durably, and complete from the loop. */
static int zone_fence(struct zone_op *op, struct zone *z)
{
	struct zone_table *t = op->table;
	int ret = t->epochs.fd < 0 ? 0 :
		  epoch_store_set(&t->epochs, op->zone, z->epoch + 1);

	if (ret) {
		op_unlock(op);
		return backend_status_to_zap(ret);
	}
	op->epoch = ++z->epoch;
	op->status = 0;
	op->deferred.fn = fence_done;
	reactor_defer(op->table->be->reactor, &op->deferred);
	return 0;
}

/* Locks are held: check against the zone as it is now, then issue. */
static int op_start(struct zone_op *op)
{
	struct zone *z = op->all_reqs || !op_takes_lock(op) ?
			 NULL : op_zone(op);
	uint64_t nlb = op_nlb(op);
	int status = 0, ret;

	op->phase = PHASE_DEVICE;
	switch (op->type) {
	case ZONE_OP_APPEND:
		status = zone_check_epoch(z, op);
		if (!status)
			status = zone_check_writable(z);
		if (!status && z->wp + z->reserved + nlb > z->start + z->cap)
			status = ZAP_ZONE_FULL;
		if (status)
			goto fail;
		z->reserved += nlb;
		io_prepare(op, BACKEND_APPEND, z->start);
		break;
	case ZONE_OP_WRITE:
		status = zone_check_epoch(z, op);
		if (!status)
			status = zone_check_writable(z);
		if (op->at_wp)
			op->lba = z->wp;
		if (!status && op->lba != z->wp)
			status = ZAP_ZONE_INVALID_WRITE;
		if (status) {
			op->wp = z->wp;
			goto fail;
		}
		io_prepare(op, BACKEND_WRITE, op->lba);
		break;
	case ZONE_OP_READ:
		if (z->state == ZAP_ZS_OFFLINE) {
			status = ZAP_ZONE_OFFLINE;
			goto fail;
		}
		io_prepare(op, BACKEND_READ, op->lba);
		break;
	case ZONE_OP_MGMT:
		io_prepare(op, BACKEND_ZONE_MGMT, z ? z->start : 0);
		op->io.action = op->action;
		op->io.select_all = op->all;
		break;
	case ZONE_OP_FLUSH:
		io_prepare(op, BACKEND_FLUSH, 0);
		break;
	case ZONE_OP_REPORT:
		io_prepare(op, BACKEND_REPORT_ZONES, 0);
		op->io.first_zone = op->zone;
		op->io.nr_zones = op->nr_zones;
		op->io.zones = op->zones;
		break;
	case ZONE_OP_FENCE:
		return zone_fence(op, z);
	}
	ret = backend_submit(op->table->be, &op->io);
	if (!ret)
		return 0;
	if (op->type == ZONE_OP_APPEND)
		z->reserved -= nlb;
	status = backend_status_to_zap(ret);
fail:
	op_unlock(op);
	return status;
}

/* Re-read the zones the op covers, then finish it with its status. */
static void op_refresh(struct zone_op *op)
{
	uint32_t first = op->all_reqs ? 0 : op->zone;
	uint32_t nr = op->all_reqs ? op->table->be->geo.nr_zones : 1;

	op->phase = PHASE_REFRESH;
	op->report = calloc(nr, sizeof(*op->report));
	if (op->report) {
		memset(&op->io, 0, sizeof(op->io));
		op->io.op = BACKEND_REPORT_ZONES;
		op->io.first_zone = first;
		op->io.nr_zones = nr;
		op->io.zones = op->report;
		op->io.done = op_io_done;
		op->io.arg = op;
		if (!backend_submit(op->table->be, &op->io))
			return;
	}
	log_warn("zone refresh failed drive=%s zone=%u: zone table may be "
		 "stale until the next zone management", op->table->name,
		 first);
	op_finish(op, op->status);
}

static void op_refresh_done(struct zone_op *op)
{
	if (op->io.status) {
		log_warn("zone report failed drive=%s status=%s",
			 op->table->name,
			 zap_status_name(backend_status_to_zap(op->io.status)));
	} else {
		for (uint32_t i = 0; i < op->io.nr_zones; i++)
			zone_load(&op->table->zones[op->io.first_zone + i],
				  &op->report[i]);
	}
	/* a refused write tells the client where the wp really is */
	if (op->type == ZONE_OP_WRITE)
		op->wp = op_zone(op)->wp;
	op_finish(op, op->status);
}

static void op_io_done(struct backend_io *io)
{
	struct zone_op *op = io->arg;
	struct zone_stats *st = &op->table->stats;
	int status = backend_status_to_zap(io->status);
	struct zone *z;

	if (op->phase == PHASE_REFRESH) {
		op_refresh_done(op);
		return;
	}
	switch (op->type) {
	case ZONE_OP_APPEND:
		z = op_zone(op);
		z->reserved -= op_nlb(op);
		if (status)
			break;
		zone_written(z, op_nlb(op));
		op->result_lba = io->result_lba;
		COUNTER_ADD(st->appends, 1);
		COUNTER_ADD(st->bytes_written, op->len);
		break;
	case ZONE_OP_WRITE:
		z = op_zone(op);
		if (status) {
			/* The mirror disagreed with the device: re-read it. */
			op->status = status;
			op_refresh(op);
			return;
		}
		zone_written(z, op_nlb(op));
		op->result_lba = io->lba;
		op->wp = z->wp;
		COUNTER_ADD(st->writes, 1);
		COUNTER_ADD(st->bytes_written, op->len);
		break;
	case ZONE_OP_READ:
		if (!status) {
			COUNTER_ADD(st->reads, 1);
			COUNTER_ADD(st->bytes_read, op->len);
		}
		break;
	case ZONE_OP_MGMT:
		COUNTER_ADD(st->zone_mgmt, 1);
		op->status = status;
		op_refresh(op);
		return;
	case ZONE_OP_FLUSH:
	case ZONE_OP_REPORT:
	case ZONE_OP_FENCE:	/* never an io */
		break;
	}
	op_finish(op, status);
}

static void op_granted(struct rangelock_req *req)
{
	struct zone_op *op = req->arg;
	int status;

	if (op->all_reqs && --op->locks_pending)
		return;
	status = op_start(op);
	if (status) {
		op->status = status;
		op->done(op);
	}
}

static void req_init(struct rangelock_req *req, struct zone_op *op,
		     uint64_t start, uint64_t end, enum rangelock_mode mode)
{
	req->start = start;
	req->end = end;
	req->mode = mode;
	req->granted = op_granted;
	req->arg = op;
}

/* Exclusive on every zone, queued in zone order in one go, so that two
 * such ops can never each hold what the other waits for. */
static int lock_all(struct zone_op *op)
{
	uint32_t n = op->table->be->geo.nr_zones;

	op->all_reqs = calloc(n, sizeof(*op->all_reqs));
	if (!op->all_reqs)
		return ZAP_OUT_OF_MEMORY;
	op->locks_pending = n;
	for (uint32_t i = 0; i < n; i++) {
		struct zone *z = &op->table->zones[i];

		req_init(&op->all_reqs[i], op, z->start, z->end,
			 RANGELOCK_EXCLUSIVE);
		if (rangelock_acquire(&z->lock, &op->all_reqs[i]))
			op->locks_pending--;
	}
	return op->locks_pending ? 0 : op_start(op);
}

int zone_submit(struct zone_op *op)
{
	struct zone *z = op_takes_lock(op) && !op->all ? op_zone(op) : NULL;
	uint64_t tail;

	op->status = 0;
	op->phase = PHASE_LOCK;
	op->all_reqs = NULL;
	op->report = NULL;
	switch (op->type) {
	case ZONE_OP_FLUSH:
	case ZONE_OP_REPORT:
		return op_start(op);
	case ZONE_OP_MGMT:
		if (op->all)
			return lock_all(op);
		/* fall through */
	case ZONE_OP_FENCE:
		req_init(&op->lreq, op, z->start, z->end, RANGELOCK_EXCLUSIVE);
		break;
	case ZONE_OP_APPEND:
	case ZONE_OP_WRITE:
		/* No state check yet: a reset queued ahead may empty a full
		 * zone; op_start() checks once the lock is held.
		 * The tail reaches the zone end, so every tail lock overlaps
		 * every other; a full zone still has its last LBA as tail. */
		tail = z->wp < z->end ? z->wp : z->end - 1;
		req_init(&op->lreq, op, tail, z->end,
			 op->type == ZONE_OP_APPEND ? RANGELOCK_SHARED :
						      RANGELOCK_EXCLUSIVE);
		break;
	case ZONE_OP_READ:
		req_init(&op->lreq, op, op->lba, op->lba + op_nlb(op),
			 RANGELOCK_SHARED);
		break;
	}
	if (!rangelock_acquire(&z->lock, &op->lreq))
		return 0;
	return op_start(op);
}

bool zone_cancel(struct zone_op *op)
{
	/* Select All ops are rare and short: let them run to the end. */
	if (op->phase != PHASE_LOCK || op->all_reqs || !op_takes_lock(op))
		return false;
	rangelock_cancel(&op_zone(op)->lock, &op->lreq);
	return true;
}

static void report_done(struct backend_io *io)
{
	*(bool *)io->arg = true;
}

/* Start-up only: read every zone, running the loop until the reply. */
static int read_zones(struct zone_table *t)
{
	const struct backend_geometry *g = &t->be->geo;
	struct backend_zone *bz = calloc(g->nr_zones, sizeof(*bz));
	struct backend_io io = {
		.op = BACKEND_REPORT_ZONES,
		.first_zone = 0,
		.nr_zones = g->nr_zones,
		.zones = bz,
		.done = report_done,
	};
	bool done = false;
	int ret;

	if (!bz)
		return -ENOMEM;
	io.arg = &done;
	ret = backend_submit(t->be, &io);
	while (!ret && !done)
		ret = reactor_run_once(t->be->reactor);
	if (!ret && io.status) {
		log_error("drive report zones failed name=%s status=%s",
			  t->name,
			  zap_status_name(backend_status_to_zap(io.status)));
		ret = -EIO;
	}
	for (uint32_t i = 0; !ret && i < g->nr_zones; i++) {
		struct zone *z = &t->zones[i];

		z->table = t;
		z->index = i;
		z->start = (uint64_t)i * g->zone_size;
		z->end = z->start + g->zone_size;
		rangelock_init(&z->lock);
		zone_load(z, &bz[i]);
	}
	free(bz);
	return ret;
}

static int open_epochs(struct zone_table *t, const char *state_dir)
{
	uint32_t n = t->be->geo.nr_zones;
	uint64_t *epochs;
	int ret;

	t->epochs.fd = -1;
	if (!state_dir)
		return 0;
	epochs = calloc(n, sizeof(*epochs));
	if (!epochs)
		return -ENOMEM;
	ret = epoch_store_open(&t->epochs, state_dir, t->name, n, epochs);
	for (uint32_t i = 0; !ret && i < n; i++)
		t->zones[i].epoch = epochs[i];
	free(epochs);
	return ret;
}

int zone_table_open(struct zone_table *t, struct backend *be,
		    const char *name, const char *state_dir)
{
	int ret;

	memset(t, 0, sizeof(*t));
	t->name = name;
	t->be = be;
	t->epochs.fd = -1;
	t->zones = calloc(be->geo.nr_zones, sizeof(*t->zones));
	if (!t->zones)
		return -ENOMEM;
	ret = read_zones(t);
	if (!ret)
		ret = open_epochs(t, state_dir);
	if (ret) {
		free(t->zones);
		t->zones = NULL;
	}
	return ret;
}

void zone_table_close(struct zone_table *t)
{
	epoch_store_close(&t->epochs);
	free(t->zones);
	t->zones = NULL;
}
