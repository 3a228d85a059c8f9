/* SPDX-License-Identifier: MIT */
#include "backend.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "log.h"
#include "nvme_status.h"
#include "util.h"

const struct backend_ops *backend_find(const char *name)
{
	static const struct backend_ops *const all[] = {
		&backend_emu_ops, &backend_mem_ops, &backend_nvme_ops,
	};

	for (unsigned i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (!strcmp(all[i]->name, name))
			return all[i];
	return NULL;
}

enum backend_io_phase {
	IO_IDLE,
	IO_SUBMITTING,		/* inside the backend's op */
	IO_SUBMITTED,		/* the op returned 0: done will run */
	IO_FAILED,		/* the op returned an error: done won't */
};

/* A broken promise of a backend: the completion rule is what every
 * layer above builds on, so zapd stops rather than go on. */
static void backend_bug(const struct backend_io *io, const char *what)
{
	log_error("backend broke its contract op=%d lba=%" PRIu64 " bug=\"%s\"",
		  io->op, io->lba, what);
	abort();
}

/* The caller's side of the contract; NULL if it is kept. */
static const char *caller_breach(const struct backend_io *io)
{
	if (!io->done)
		return "no completion callback";
	if (io->op > BACKEND_FLUSH)
		return "unknown op";
	if (io->len && (uintptr_t)io->buf % 4096)
		return "buffer not 4096-byte aligned";
	if (io->op == BACKEND_REPORT_ZONES && (!io->zones || !io->nr_zones))
		return "report of no zone";
	return NULL;
}

/* The drive's answer, checked; a full zone's wp made its writable end. */
static void check_result(struct backend_io *io)
{
	const struct backend_geometry *g = &io->be->geo;
	uint64_t nlb = io->len / g->lba_size;

	if (io->status)
		return;
	if (io->op == BACKEND_APPEND &&
	    (io->result_lba < io->lba ||
	     io->result_lba + nlb > io->lba + g->zone_cap)) {
		log_error("drive answered an append with an LBA outside its "
			  "zone zslba=%" PRIu64 " lba=%" PRIu64 " nlb=%" PRIu64,
			  io->lba, io->result_lba, nlb);
		io->status = -EIO;
	}
	if (io->op != BACKEND_REPORT_ZONES)
		return;
	for (uint32_t i = 0; i < io->nr_zones; i++) {
		struct backend_zone *z = &io->zones[i];

		/* NVMe defines no wp for a Full, Read Only or Offline zone */
		bool wp_defined = z->state != ZAP_ZS_READ_ONLY &&
				  z->state != ZAP_ZS_OFFLINE;

		if (z->state == ZAP_ZS_FULL)
			z->wp = z->start + z->cap;
		if (z->start != (io->first_zone + i) * g->zone_size ||
		    z->cap > g->zone_size || (wp_defined &&
		    (z->wp < z->start || z->wp > z->start + z->cap))) {
			log_error("drive reported a zone descriptor that does "
				  "not fit zone=%u start=%" PRIu64 " wp=%"
				  PRIu64 " cap=%" PRIu64, io->first_zone + i,
				  z->start, z->wp, z->cap);
			io->status = -EIO;
			return;
		}
	}
}

static void backend_io_complete(struct backend_io *io)
{
	if (io->phase == IO_SUBMITTING)
		backend_bug(io, "completed from inside its submit");
	if (io->phase != IO_SUBMITTED)
		backend_bug(io, "completed twice, or after a failed submit");
	io->phase = IO_IDLE;	/* io->done stays ours: a second call aborts */
	check_result(io);
	io->user_done(io);
}

static int backend_call(struct backend *be, struct backend_io *io)
{
	switch (io->op) {
	case BACKEND_REPORT_ZONES:
		return be->ops->report_zones(be, io);
	case BACKEND_ZONE_MGMT:
		return be->ops->zone_mgmt(be, io);
	case BACKEND_APPEND:
		return be->ops->append(be, io);
	case BACKEND_WRITE:
		return be->ops->write(be, io);
	case BACKEND_READ:
		return be->ops->read(be, io);
	case BACKEND_FLUSH:
		return be->ops->flush(be, io);
	}
	return -EINVAL;
}

/* The drive's own answer to a report past its last zone (NVMe: an SLBA
 * beyond the namespace), given here for every backend. */
static void report_past_end(struct reactor_deferred *d)
{
	struct backend_io *io = container_of(d, struct backend_io, deferred);

	io->status = NVME_SC_LBA_RANGE;
	backend_io_complete(io);
}

int backend_submit(struct backend *be, struct backend_io *io)
{
	const struct backend_geometry *g = &be->geo;
	const char *breach;
	int ret;

	io->be = be;
	breach = caller_breach(io);
	if (breach) {
		log_error("backend call refused op=%d lba=%" PRIu64 " len=%u "
			  "reason=\"%s\"", io->op, io->lba, io->len, breach);
		return -EINVAL;
	}
	if (io->done != backend_io_complete)	/* not an io used again */
		io->user_done = io->done;
	io->done = backend_io_complete;
	if (io->op == BACKEND_REPORT_ZONES) {
		if (io->first_zone >= g->nr_zones) {
			io->phase = IO_SUBMITTED;
			io->deferred.fn = report_past_end;
			reactor_defer(be->reactor, &io->deferred);
			return 0;
		}
		if (io->nr_zones > g->nr_zones - io->first_zone)
			io->nr_zones = g->nr_zones - io->first_zone;
	}
	io->phase = IO_SUBMITTING;
	ret = backend_call(be, io);
	if (ret > 0)
		backend_bug(io, "submit returned a positive value");
	io->phase = ret ? IO_FAILED : IO_SUBMITTED;
	return ret;
}

void io_queue_complete(struct io_queue q, int error)
{
	struct backend_io *io;

	while ((io = io_queue_pop(&q))) {
		if (error)
			io->status = error;
		io->done(io);
	}
}

void backend_stamp(struct backend_io *io, uint32_t zone_gen,
		   uint64_t zone_ver)
{
	struct retry_record *rec = io->rec;

	if (!rec)
		return;
	rec->status = ZAP_OK;
	rec->result_lba = io->op == BACKEND_ZONE_MGMT ? 0 : io->result_lba;
	rec->zone_gen = zone_gen;
	rec->zone_ver = zone_ver;
}

int backend_load_records(struct backend *be, backend_record_fn fn, void *arg)
{
	return be->ops->load_records ? be->ops->load_records(be, fn, arg) : 0;
}

int backend_status_to_zap(int status)
{
	if (status > 0) {
		status &= NVME_STATUS_MASK;
		if (status >= NVME_SC_ZONE_FIRST && status <= NVME_SC_ZONE_LAST)
			return status;	/* the wire keeps NVMe's values */
		switch (status) {
		case NVME_SC_INVALID_OPCODE:
			return ZAP_UNSUPPORTED;
		case NVME_SC_INVALID_FIELD:
			return ZAP_INVALID_ARGUMENT;
		case NVME_SC_LBA_RANGE:
			return ZAP_LBA_OUT_OF_RANGE;
		case NVME_SC_UNRECOVERED_READ:
			return ZAP_UNRECOVERED_READ_ERROR;
		default:
			return ZAP_IO_ERROR;
		}
	}
	switch (status) {
	case 0:
		return ZAP_OK;
	case -ENOMEM:
		return ZAP_OUT_OF_MEMORY;
	case -EINVAL:
		return ZAP_INVALID_ARGUMENT;
	case -EOPNOTSUPP:
		return ZAP_UNSUPPORTED;
	case -EAGAIN:
	case -EBUSY:
		return ZAP_BUSY;
	case -ECANCELED:
		return ZAP_CANCELED;
	case -ENOSPC:
		return ZAP_NO_SPACE;
	case -EPERM:
	case -EACCES:
		return ZAP_PERMISSION_DENIED;
	default:
		return ZAP_IO_ERROR;
	}
}
