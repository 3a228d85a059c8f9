/* SPDX-License-Identifier: MIT */
/*
 * frame - the fixed header in front of every zap message.
 *
 *   offset  size  field       (all big-endian)
 *        0     4  magic       "ZAP1" = 0x5a415031
 *        4     2  version     protocol version of this frame (1)
 *        6     2  flags       bit 0: reply; other bits must be 0
 *        8     8  id          request id, chosen by the client, echoed
 *       16     4  proto_len   bytes of protobuf (Request or Reply) that follow
 *       20     4  data_len    bytes of raw data after the protobuf
 *
 * Limits are checked here, on the 24 header bytes, before the receiver
 * allocates anything for the rest of the frame.
 */
#ifndef ZAP_PROTO_FRAME_H
#define ZAP_PROTO_FRAME_H

#include <stdint.h>

#define ZAP_FRAME_MAGIC		0x5a415031u
#define ZAP_FRAME_HDR_LEN	24
#define ZAP_PROTO_VERSION	1
#define ZAP_FRAME_F_REPLY	0x1
/* The id of a notice: a reply frame no request asked for, sent just before
 * the server closes the connection; its status says why. */
#define ZAP_NOTICE_ID		UINT64_MAX
/* Largest protobuf part of a reply; a zone report is paged to fit. */
#define ZAP_MAX_PROTO_LEN	(1u << 20)
/*
 * Largest protobuf part of a request. Requests are small (the largest a
 * client sends is a HELLO: well under 512 bytes), and unpacking costs the
 * server about 10 ns a byte of unknown fields (protobuf-c 1.4, measured):
 * 1 KiB bounds that to about 10 us a request, where 1 MiB took 23 ms (and
 * 4 KiB let four flooding connections hold a neighbour's p99 at 4-8x).
 */
#define ZAP_MAX_REQUEST_PROTO_LEN	(1u << 10)
/* Bytes of fields a server does not know that a request may carry (a newer
 * client's new fields); more are refused without unpacking them. */
#define ZAP_MAX_UNKNOWN_BYTES		64

struct zap_frame {
	uint16_t version;
	uint16_t flags;
	uint64_t id;
	uint32_t proto_len;
	uint32_t data_len;
};

void zap_frame_encode(uint8_t out[ZAP_FRAME_HDR_LEN],
		      const struct zap_frame *f);

/*
 * Decode and check a header: magic, version, flags, proto_len <=
 * ZAP_MAX_PROTO_LEN for a reply, ZAP_MAX_REQUEST_PROTO_LEN for a request,
 * and data_len <= max_data. Returns 0 or a zap_status:
 * ZAP_PROTOCOL_ERROR (bad magic or flags), ZAP_UNSUPPORTED_VERSION,
 * ZAP_FRAME_TOO_LARGE. *f is filled even on error, for the reply's id.
 */
int zap_frame_decode(const uint8_t in[ZAP_FRAME_HDR_LEN], uint32_t max_data,
		     struct zap_frame *f);

#endif
