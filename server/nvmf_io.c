/* SPDX-License-Identifier: MIT */
#include "nvmf_io.h"

#include <endian.h>
#include <stdlib.h>
#include <string.h>

#include <zap/zap.h>

#include "drive.h"
#include "nvme_status.h"
#include "server.h"
#include "util.h"

/* NVM and ZNS command set opcodes */
enum {
	OP_FLUSH = 0x00,
	OP_WRITE = 0x01,
	OP_READ = 0x02,
	OP_ZONE_MGMT_SEND = 0x79,
	OP_ZONE_MGMT_RECV = 0x7a,
	OP_ZONE_APPEND = 0x7d,
};

#define ZMS_SELECT_ALL		(1u << 8)	/* cdw13 */
#define ZMR_PARTIAL		(1u << 16)	/* cdw13 */
#define ZONE_TYPE_SEQ_REQUIRED	0x2
#define REPORT_HDR_LEN		64
#define REPORT_DESC_LEN		64

uint16_t nvmf_status_of_zap(int zap_status)
{
	switch (zap_status) {
	case ZAP_OK:
		return 0;
	/* refused before anything was written: a retry is harmless */
	case ZAP_BUSY:
	case ZAP_OUT_OF_MEMORY:
	case ZAP_SHUTTING_DOWN:
	case ZAP_CANCELED:
		return NVME_SC_INTERNAL;
	/* NVMe statuses keep their value; the host must not retry them */
	case ZAP_INVALID_ZONE_OPERATION ... ZAP_INVALID_ZONE_STATE_TRANSITION:
	case ZAP_UNRECOVERED_READ_ERROR:
		return zap_status | NVME_STATUS_DNR;
	case ZAP_LBA_OUT_OF_RANGE:
		return NVME_SC_LBA_RANGE | NVME_STATUS_DNR;
	case ZAP_NO_SUCH_ZONE:
		return NVME_SC_LBA_RANGE | NVME_STATUS_DNR;
	case ZAP_INVALID_ARGUMENT:
	case ZAP_MISALIGNED:
	case ZAP_APPEND_TOO_LARGE:
	case ZAP_FRAME_TOO_LARGE:
		return NVME_SC_INVALID_FIELD | NVME_STATUS_DNR;
	case ZAP_PERMISSION_DENIED:
		return NVME_SC_ACCESS_DENIED | NVME_STATUS_DNR;
	case ZAP_NO_SPACE:
		return NVME_SC_CAP_EXCEEDED | NVME_STATUS_DNR;
	/* the effect is unknown (an I/O error may have written): a retry
	 * could write an append twice */
	default:
		return NVME_SC_WRITE_FAULT | NVME_STATUS_DNR;
	}
}

static uint64_t cmd_slba(const struct nvmf_cmd *cmd)
{
	return le32toh(cmd->sqe.cdw10) |
	       (uint64_t)le32toh(cmd->sqe.cdw11) << 32;
}

static uint32_t cmd_zone(const struct nvmf_cmd *cmd)
{
	return cmd_slba(cmd) >> cmd->ns->zone_shift;
}

static void report_fill(struct nvmf_cmd *cmd);

static void request_done(struct request *req)
{
	struct nvmf_cmd *cmd = container_of(req, struct nvmf_cmd, req);

	cmd->status = nvmf_status_of_zap(req->status);
	if (!req->status && req->mop == MOP_APPEND)
		cmd->result = htole64(req->out.lba);
	if (!req->status && req->mop == MOP_REPORT_ZONES)
		report_fill(cmd);
	request_release(req);
	cmd->done(cmd);
}

/*
 * The one place where a command becomes dispatch's request: mop and its
 * arguments, on the command's namespace, with the rights of a host that
 * authenticated as nobody (a host NQN is a claim, not a proof). Always
 * true: dispatch answers later, a refusal too.
 */
static bool submit(struct nvmf_cmd *cmd, enum metrics_op mop,
		   struct request_args args)
{
	struct request *req = &cmd->req;
	struct server *srv = req->srv;

	request_init(req, srv);
	req->mop = mop;
	req->args = args;
	req->args.drive = cmd->ns->drive->name;
	req->owner = cmd;
	req->principal = auth_anonymous(srv->auth);
	req->principal_name = "";
	req->done = request_done;
	req->start_ns = reactor_now_ns();
	if (mop == MOP_APPEND || mop == MOP_WRITE) {
		req->data = cmd->buf;
		req->data_len = cmd->len;
	} else if (mop == MOP_READ) {
		req->read_into = cmd->buf;
	}
	dispatch_request(req);
	return true;
}

static bool fail(struct nvmf_cmd *cmd, uint16_t status)
{
	cmd->status = status | NVME_STATUS_DNR;
	return false;
}

/* Read, Write, Zone Append: SLBA and NLB inside one zone, the data as
 * long as NLB says. */
static bool check_rw(struct nvmf_cmd *cmd)
{
	const struct nvmf_ns *ns = cmd->ns;
	uint64_t slba = cmd_slba(cmd);
	uint64_t nlb = (le32toh(cmd->sqe.cdw12) & 0xffff) + 1;
	uint64_t nr_lbas = drive_nr_lbas(ns->drive);

	if (nlb << ns->lba_shift != cmd->len)
		return fail(cmd, NVME_SC_SGL_LENGTH);
	if (slba >= nr_lbas || nlb > nr_lbas - slba)
		return fail(cmd, NVME_SC_LBA_RANGE);
	if ((slba + nlb - 1) >> ns->zone_shift != slba >> ns->zone_shift)
		return fail(cmd, NVME_SC_ZONE_BOUNDARY_ERROR);
	return true;
}

static bool exec_rw(struct nvmf_cmd *cmd)
{
	const struct nvmf_ns *ns = cmd->ns;
	uint64_t slba = cmd_slba(cmd);
	uint64_t zone_mask = (1ull << ns->zone_shift) - 1;

	if (!check_rw(cmd))
		return false;
	switch (cmd->sqe.opcode) {
	case OP_READ:
		return submit(cmd, MOP_READ, (struct request_args){
			.lba = slba, .len = cmd->len });
	case OP_WRITE:
		return submit(cmd, MOP_WRITE, (struct request_args){
			.zone = cmd_zone(cmd), .lba = slba });
	default:	/* OP_ZONE_APPEND: SLBA names the zone */
		if (slba & zone_mask)
			return fail(cmd, NVME_SC_INVALID_FIELD);
		return submit(cmd, MOP_APPEND, (struct request_args){
			.zone = cmd_zone(cmd) });
	}
}

static bool exec_zone_mgmt_send(struct nvmf_cmd *cmd)
{
	uint32_t cdw13 = le32toh(cmd->sqe.cdw13);
	uint8_t action = cdw13 & 0xff;
	bool all = cdw13 & ZMS_SELECT_ALL;
	uint64_t slba = cmd_slba(cmd);

	/* Close, Finish, Open, Reset: zap.h's actions are the ZSA values */
	if (action < ZAP_ZONE_CLOSE || action > ZAP_ZONE_RESET || cmd->len)
		return fail(cmd, NVME_SC_INVALID_FIELD);
	if (!all && slba >= drive_nr_lbas(cmd->ns->drive))
		return fail(cmd, NVME_SC_LBA_RANGE);
	if (!all && slba & ((1ull << cmd->ns->zone_shift) - 1))
		return fail(cmd, NVME_SC_INVALID_FIELD);
	return submit(cmd, MOP_ZONE_MGMT, (struct request_args){
		.zone = all ? 0 : cmd_zone(cmd), .action = action,
		.flags = all ? REQUEST_ALL : 0 });
}

/* ZRASF (Zone Receive Action Specific Field) → zone state; 0: any. */
static const uint8_t zrasf_state[] = {
	ZAP_ZS_ANY, ZAP_ZS_EMPTY, ZAP_ZS_IMPLICIT_OPEN, ZAP_ZS_EXPLICIT_OPEN,
	ZAP_ZS_CLOSED, ZAP_ZS_FULL, ZAP_ZS_READ_ONLY, ZAP_ZS_OFFLINE,
};

/* The device's zones, filtered, as a Report Zones data structure. */
static void report_fill(struct nvmf_cmd *cmd)
{
	const struct request_outcome *o = &cmd->req.out;
	uint8_t filter = cmd->req.args.filter;
	bool partial = le32toh(cmd->sqe.cdw13) & ZMR_PARTIAL;
	uint32_t room = (cmd->len - REPORT_HDR_LEN) / REPORT_DESC_LEN;
	uint8_t *out = (uint8_t *)cmd->buf + REPORT_HDR_LEN;
	uint64_t matched = 0, listed = 0;

	memset(cmd->buf, 0, cmd->len);
	for (uint32_t i = 0; i < o->nr_zones; i++) {
		const struct backend_zone *z = &o->zones[i];
		uint8_t *d = out + listed * REPORT_DESC_LEN;
		uint64_t v;

		if (filter && z->state != filter)
			continue;
		matched++;
		if (listed == room)
			continue;
		listed++;
		d[0] = ZONE_TYPE_SEQ_REQUIRED;
		d[1] = z->state << 4;
		d[2] = z->attrs;
		v = htole64(z->cap);
		memcpy(d + 8, &v, 8);
		v = htole64(z->start);
		memcpy(d + 16, &v, 8);
		v = htole64(z->wp);
		memcpy(d + 24, &v, 8);
	}
	/* partial: the descriptors returned; else every zone that matched
	 * (among the max_report_zones dispatch looks at) */
	matched = htole64(partial ? listed : matched);
	memcpy(cmd->buf, &matched, sizeof(matched));
}

static bool exec_zone_mgmt_recv(struct nvmf_cmd *cmd)
{
	uint32_t cdw13 = le32toh(cmd->sqe.cdw13);
	uint32_t zrasf = (cdw13 >> 8) & 0xff;
	const struct backend_geometry *g = &cmd->ns->drive->be.geo;
	uint32_t first, nr, room;

	/* Report Zones only (no extended report: no descriptor extensions) */
	if ((cdw13 & 0xff) != 0 || zrasf >= sizeof(zrasf_state) ||
	    cmd->len < REPORT_HDR_LEN ||
	    ((uint64_t)le32toh(cmd->sqe.cdw12) + 1) * 4 > cmd->len)
		return fail(cmd, NVME_SC_INVALID_FIELD);
	if (cmd_slba(cmd) >= drive_nr_lbas(cmd->ns->drive))
		return fail(cmd, NVME_SC_LBA_RANGE);
	first = cmd_zone(cmd);
	nr = g->nr_zones - first;
	room = (cmd->len - REPORT_HDR_LEN) / REPORT_DESC_LEN;
	/* the whole count is only needed when filtered or not partial */
	if (!zrasf && (cdw13 & ZMR_PARTIAL) && room < nr)
		nr = room;
	if (!nr) {
		memset(cmd->buf, 0, cmd->len);
		return false;
	}
	return submit(cmd, MOP_REPORT_ZONES, (struct request_args){
		.zone = first, .max_zones = nr,
		.filter = zrasf_state[zrasf] });
}

bool nvmf_io_exec(struct nvmf_cmd *cmd, struct server *srv,
		  const struct nvmf_ns *ns)
{
	cmd->status = 0;
	cmd->result = 0;
	cmd->ns = ns;
	cmd->req.srv = srv;
	if (!ns)
		return fail(cmd, NVME_SC_INVALID_NS);
	if (cmd->len > ns->max_bytes)
		return fail(cmd, NVME_SC_SGL_LENGTH);
	switch (cmd->sqe.opcode) {
	case OP_READ:
	case OP_WRITE:
	case OP_ZONE_APPEND:
		return exec_rw(cmd);
	case OP_FLUSH:
		return submit(cmd, MOP_FLUSH, (struct request_args){ 0 });
	case OP_ZONE_MGMT_SEND:
		return exec_zone_mgmt_send(cmd);
	case OP_ZONE_MGMT_RECV:
		return exec_zone_mgmt_recv(cmd);
	default:
		return fail(cmd, NVME_SC_INVALID_OPCODE);
	}
}

bool nvmf_io_cancel(struct nvmf_cmd *cmd)
{
	if (!dispatch_cancel(&cmd->req))
		return false;
	request_release(&cmd->req);
	return true;
}
