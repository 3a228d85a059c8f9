/* SPDX-License-Identifier: MIT */
#include "wirescan.h"

#include <stdbool.h>

/* Wire types (protobuf encoding): 3 and 4 are the deprecated groups. */
enum {
	WIRE_VARINT = 0,
	WIRE_64BIT = 1,
	WIRE_LEN = 2,
	WIRE_32BIT = 5,
};

/* Messages nest no deeper than this in any zap request. */
#define MAX_DEPTH 8

/* A varint at *p, at most 10 bytes, within end; false if malformed. */
static bool read_varint(const uint8_t **p, const uint8_t *end, uint64_t *v)
{
	*v = 0;
	for (unsigned shift = 0; shift < 70 && *p < end; shift += 7) {
		uint8_t b = *(*p)++;

		*v |= (uint64_t)(b & 0x7f) << shift;
		if (!(b & 0x80))
			return true;
	}
	return false;
}

static long scan(const ProtobufCMessageDescriptor *d, const uint8_t *p,
		 const uint8_t *end, unsigned depth, long limit)
{
	long unknown = 0;

	if (depth > MAX_DEPTH)
		return -1;
	while (p < end && unknown <= limit) {
		const uint8_t *field = p;
		const ProtobufCFieldDescriptor *f;
		uint64_t tag, len = 0;

		if (!read_varint(&p, end, &tag) || tag >> 3 > UINT32_MAX)
			return -1;
		switch (tag & 7) {
		case WIRE_VARINT:
			if (!read_varint(&p, end, &len))
				return -1;
			len = 0;
			break;
		case WIRE_64BIT:
			len = 8;
			break;
		case WIRE_32BIT:
			len = 4;
			break;
		case WIRE_LEN:
			if (!read_varint(&p, end, &len))
				return -1;
			break;
		default:
			return -1;
		}
		if (len > (uint64_t)(end - p))
			return -1;
		f = protobuf_c_message_descriptor_get_field(d, tag >> 3);
		if (!f) {
			unknown += p + len - field;
		} else if (f->type == PROTOBUF_C_TYPE_MESSAGE &&
			   (tag & 7) == WIRE_LEN) {
			long sub = scan(f->descriptor, p, p + len, depth + 1,
					limit - unknown);

			if (sub < 0)
				return -1;
			unknown += sub;
		}
		p += len;
	}
	return unknown;
}

long zap_wire_unknown_bytes(const ProtobufCMessageDescriptor *d,
			    const uint8_t *buf, size_t len, long limit)
{
	/* buf may be NULL */
	return len ? scan(d, buf, buf + len, 0, limit) : 0;
}
