/* SPDX-License-Identifier: MIT */
#include "frame.h"

#include <zap/zap.h>

static void put_be16(uint8_t *p, uint16_t v)
{
	p[0] = v >> 8;
	p[1] = v;
}

static void put_be32(uint8_t *p, uint32_t v)
{
	put_be16(p, v >> 16);
	put_be16(p + 2, v);
}

static uint16_t get_be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t get_be32(const uint8_t *p)
{
	return (uint32_t)get_be16(p) << 16 | get_be16(p + 2);
}

void zap_frame_encode(uint8_t out[ZAP_FRAME_HDR_LEN], const struct zap_frame *f)
{
	put_be32(out, ZAP_FRAME_MAGIC);
	put_be16(out + 4, f->version);
	put_be16(out + 6, f->flags);
	put_be32(out + 8, f->id >> 32);
	put_be32(out + 12, (uint32_t)f->id);
	put_be32(out + 16, f->proto_len);
	put_be32(out + 20, f->data_len);
}

int zap_frame_decode(const uint8_t in[ZAP_FRAME_HDR_LEN], uint32_t max_data,
		     struct zap_frame *f)
{
	f->version = get_be16(in + 4);
	f->flags = get_be16(in + 6);
	f->id = (uint64_t)get_be32(in + 8) << 32 | get_be32(in + 12);
	f->proto_len = get_be32(in + 16);
	f->data_len = get_be32(in + 20);

	if (get_be32(in) != ZAP_FRAME_MAGIC || (f->flags & ~ZAP_FRAME_F_REPLY))
		return ZAP_PROTOCOL_ERROR;
	if (f->version != ZAP_PROTO_VERSION)
		return ZAP_UNSUPPORTED_VERSION;
	if (f->proto_len > (f->flags & ZAP_FRAME_F_REPLY ? ZAP_MAX_PROTO_LEN :
			    ZAP_MAX_REQUEST_PROTO_LEN) ||
	    f->data_len > max_data)
		return ZAP_FRAME_TOO_LARGE;
	return 0;
}
