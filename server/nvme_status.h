/* SPDX-License-Identifier: MIT */
/*
 * NVMe status codes as zapd's backends report them: SCT << 8 | SC (NVMe
 * base specification, Completion Queue Entry status field bits 10:1),
 * without the DNR, More and CRD bits. The ZNS zone statuses (SCT 1h) keep
 * these values on zapd's wire too (zap.proto). The one list of them.
 */
#ifndef ZAPD_NVME_STATUS_H
#define ZAPD_NVME_STATUS_H

#define NVME_STATUS_MASK		0x7ff	/* SCT | SC */
#define NVME_STATUS_DNR			0x4000	/* Do Not Retry (NVMe/TCP) */

/* SCT 0h: generic command status */
#define NVME_SC_INVALID_OPCODE		0x001
#define NVME_SC_INVALID_FIELD		0x002
#define NVME_SC_DATA_XFER_ERROR		0x004
#define NVME_SC_INTERNAL		0x006
#define NVME_SC_INVALID_NS		0x00b
#define NVME_SC_CMD_SEQ_ERROR		0x00c
#define NVME_SC_SGL_LENGTH		0x00f	/* Data SGL Length Invalid */
#define NVME_SC_LBA_RANGE		0x080	/* LBA Out of Range */
#define NVME_SC_CAP_EXCEEDED		0x081	/* Capacity Exceeded */
/* SCT 1h: command specific, admin and fabrics */
#define NVME_SC_AER_LIMIT		0x105
#define NVME_SC_INVALID_LOG_PAGE	0x109
#define NVME_SC_CONNECT_FORMAT		0x180
#define NVME_SC_CONNECT_INVALID_PARAM	0x182
#define NVME_SC_CONNECT_INVALID_HOST	0x184
/* SCT 1h: command specific, ZNS (the range zap.proto passes through) */
#define NVME_SC_ZONE_FIRST		0x1b6
#define NVME_SC_ZONE_BOUNDARY_ERROR	0x1b8
#define NVME_SC_ZONE_FULL		0x1b9
#define NVME_SC_ZONE_READ_ONLY		0x1ba
#define NVME_SC_ZONE_OFFLINE		0x1bb
#define NVME_SC_ZONE_INVALID_WRITE	0x1bc
#define NVME_SC_ZONE_TOO_MANY_ACTIVE	0x1bd
#define NVME_SC_ZONE_TOO_MANY_OPEN	0x1be
#define NVME_SC_ZONE_INVALID_TRANSITION	0x1bf
#define NVME_SC_ZONE_LAST		0x1bf
/* SCT 2h: media and data integrity */
#define NVME_SC_WRITE_FAULT		0x280
#define NVME_SC_UNRECOVERED_READ	0x281
#define NVME_SC_ACCESS_DENIED		0x286

#endif
