/* SPDX-License-Identifier: MIT */
#include "backend.h"

#include <errno.h>
#include <string.h>

#include <zap/zap.h>

const struct backend_ops *backend_find(const char *name)
{
	static const struct backend_ops *const all[] = {
		&backend_emu_ops, &backend_nvme_ops,
	};

	for (unsigned i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (!strcmp(all[i]->name, name))
			return all[i];
	return NULL;
}

int backend_submit(struct backend *be, struct backend_io *io)
{
	io->be = be;
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

/* NVMe status: SCT in bits 10:8, SC in bits 7:0; DNR, More, CRD above. */
#define NVME_SCT_SC_MASK		0x7ff
#define NVME_SC_INVALID_OPCODE		0x001
#define NVME_SC_INVALID_FIELD		0x002
#define NVME_SC_LBA_RANGE		0x080
#define NVME_SC_UNRECOVERED_READ	0x281
#define NVME_SC_ZONE_FIRST		0x1b6
#define NVME_SC_ZONE_LAST		0x1bf

int backend_status_to_zap(int status)
{
	if (status > 0) {
		status &= NVME_SCT_SC_MASK;
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
