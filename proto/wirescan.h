/* SPDX-License-Identifier: MIT */
/*
 * wirescan - how many bytes of a protobuf message are fields its
 * descriptor does not name, found by walking the wire format, without
 * unpacking it. protobuf-c keeps every unknown field it meets, an
 * allocation and a copy each (about 10 ns a byte, measured), so a frame
 * full of them costs a server far more than it costs the sender; this
 * walk costs about 1 ns a byte and allocates nothing.
 */
#ifndef ZAP_PROTO_WIRESCAN_H
#define ZAP_PROTO_WIRESCAN_H

#include <stddef.h>
#include <stdint.h>

#include <protobuf-c/protobuf-c.h>

/*
 * Bytes of unknown fields in buf (tags included), recursing into the
 * singular message fields d names; -1 if buf is not a well-formed
 * message (then unpacking it fails too). The walk stops once the count
 * passes limit, returning that count (over limit, not all of them): a
 * caller that refuses more than limit needs no more.
 */
long zap_wire_unknown_bytes(const ProtobufCMessageDescriptor *d,
			    const uint8_t *buf, size_t len, long limit);

#endif
