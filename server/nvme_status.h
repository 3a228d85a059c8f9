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

/* SCT 0h: generic command status */
#define NVME_SC_INVALID_OPCODE		0x001
#define NVME_SC_INVALID_FIELD		0x002
#define NVME_SC_LBA_RANGE		0x080	/* LBA Out of Range */
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
#define NVME_SC_UNRECOVERED_READ	0x281

#endif
