/* SPDX-License-Identifier: MIT */
/*
 * nvmf_io - the NVMe I/O commands of an NVMe/TCP host (Read, Write,
 * Flush, Zone Append, Zone Management Send and Receive), each checked as
 * the NVMe command set defines it and handed to dispatch as one request:
 * the same rights, checks, metrics, range locks, admission, write-pointer
 * mirror and durability as zapd's own protocol.
 */
#ifndef ZAPD_NVMF_IO_H
#define ZAPD_NVMF_IO_H

#include <stdbool.h>
#include <stdint.h>

#include "dispatch.h"
#include "nvmf_pdu.h"

/* A drive as an NVMe zoned namespace. */
struct nvmf_ns {
	struct drive *drive;	/* NULL: the nsid is inactive */
	uint32_t nsid;
	uint8_t lba_shift;	/* log2 LBA size */
	uint8_t zone_shift;	/* log2 zone size in LBAs */
	uint32_t max_bytes;	/* of one command (MDTS, ZASL) */
};

struct nvmf_cmd;
typedef void (*nvmf_cmd_fn)(struct nvmf_cmd *cmd);

/* One command of a queue, from its capsule to its response. */
struct nvmf_cmd {
	struct nvmf_sqe sqe;	/* as received (little-endian) */
	void *buf;		/* its data (4 KiB aligned), len bytes: */
	uint32_t len;		/* in for writes, out for reads; 0: none */
	uint16_t status;	/* NVMe status (SCT << 8 | SC, DNR), 0: ok */
	uint64_t result;	/* CQE DW0-DW1 */
	nvmf_cmd_fn done;	/* set by the transport */
	/* private to nvmf_io.c */
	struct request req;
	const struct nvmf_ns *ns;
};

/*
 * Run an I/O command of srv on ns (NULL if its nsid names no namespace),
 * its data in (or room for it in) cmd->buf, which stays the caller's.
 * Returns true if cmd->done will run exactly once, later; false if
 * cmd->status and cmd->result are final now (cmd->done never runs).
 */
bool nvmf_io_exec(struct nvmf_cmd *cmd, struct server *srv,
		  const struct nvmf_ns *ns);

/* Withdraw a command still waiting for a zone's lock: true if withdrawn
 * (cmd->done will not run). */
bool nvmf_io_cancel(struct nvmf_cmd *cmd);

/* The one place where zapd statuses become NVMe statuses (with DNR where
 * the host must not retry: see docs/ARCHITECTURE.md, exactly once). */
uint16_t nvmf_status_of_zap(int zap_status);

#endif
