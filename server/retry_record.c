/* SPDX-License-Identifier: MIT */
#include "retry_record.h"

#include <endian.h>
#include <stddef.h>
#include <string.h>

#include "crc32c.h"

/* On disk; the field order keeps every member aligned. */
struct packed_record {
	uint64_t client_id;
	uint64_t seq;
	uint64_t lba;
	uint64_t result_lba;
	uint64_t zone_ver;
	uint32_t zone;
	uint32_t len;
	uint32_t data_crc;
	uint32_t zone_gen;
	uint16_t status;
	uint8_t op;
	uint8_t flags_action;	/* flags in bits 0-3, action in bits 4-7 */
	uint32_t crc;		/* CRC-32C of what precedes it */
};

_Static_assert(sizeof(struct packed_record) == RETRY_RECORD_BYTES,
	       "record size");

bool retry_record_same_request(const struct retry_record *a,
			       const struct retry_record *b)
{
	return a->client_id == b->client_id && a->seq == b->seq &&
	       a->op == b->op && a->flags == b->flags &&
	       a->action == b->action && a->zone == b->zone &&
	       a->lba == b->lba && a->len == b->len &&
	       a->data_crc == b->data_crc;
}

void retry_record_pack(const struct retry_record *r,
		       uint8_t out[RETRY_RECORD_BYTES])
{
	struct packed_record p = {
		.client_id = htole64(r->client_id),
		.seq = htole64(r->seq),
		.lba = htole64(r->lba),
		.result_lba = htole64(r->result_lba),
		.zone_ver = htole64(r->zone_ver),
		.zone = htole32(r->zone),
		.len = htole32(r->len),
		.data_crc = htole32(r->data_crc),
		.zone_gen = htole32(r->zone_gen),
		.status = htole16(r->status),
		.op = r->op,
		.flags_action = (r->flags & 0xf) | r->action << 4,
	};

	p.crc = htole32(crc32c(&p, offsetof(struct packed_record, crc)));
	memcpy(out, &p, sizeof(p));
}

bool retry_record_unpack(const uint8_t in[RETRY_RECORD_BYTES],
			 struct retry_record *r)
{
	struct packed_record p;

	memcpy(&p, in, sizeof(p));
	if (!p.client_id || le32toh(p.crc) !=
	    crc32c(&p, offsetof(struct packed_record, crc)))
		return false;
	*r = (struct retry_record) {
		.client_id = le64toh(p.client_id),
		.seq = le64toh(p.seq),
		.lba = le64toh(p.lba),
		.zone = le32toh(p.zone),
		.len = le32toh(p.len),
		.data_crc = le32toh(p.data_crc),
		.op = p.op,
		.flags = p.flags_action & 0xf,
		.action = p.flags_action >> 4,
		.status = le16toh(p.status),
		.result_lba = le64toh(p.result_lba),
		.zone_ver = le64toh(p.zone_ver),
		.zone_gen = le32toh(p.zone_gen),
	};
	return true;
}
