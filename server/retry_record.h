/* SPDX-License-Identifier: MIT */
/*
 * retry_record - the outcome of one request that changed a drive, as a
 * backend keeps it with the data (the exactly-once state of retry.h).
 *
 * A record names its request (client, seq and a fingerprint of what it
 * asked) and its result, and carries the zone's change counter and reset
 * count right after the request was applied: zapd starts up, reads the
 * records back and keeps only those the zone shows were applied (a record
 * is written before the zone's table entry, so one whose change counter is
 * ahead of the zone's is a request that a crash cut off before it counted).
 *
 * Each backend keeps RETRY_RECORD_SLOTS records, one slot per (client
 * index, seq mod RETRY_WINDOW): a client's consecutive requests fill
 * consecutive slots, and the newest request of a slot is the one kept.
 * On disk a record is 64 bytes, little-endian, with a CRC-32C.
 */
#ifndef ZAPD_RETRY_RECORD_H
#define ZAPD_RETRY_RECORD_H

#include <stdbool.h>
#include <stdint.h>

#define RETRY_WINDOW		256	/* results kept per client */
#define RETRY_MAX_CLIENTS	1024	/* identities kept */
#define RETRY_RECORD_SLOTS	(RETRY_WINDOW * RETRY_MAX_CLIENTS)
#define RETRY_RECORD_BYTES	64

enum retry_op {
	RETRY_OP_APPEND = 1,
	RETRY_OP_WRITE,
	RETRY_OP_MGMT,
	RETRY_OP_FENCE,		/* result_lba holds the epoch it took */
};

/* The status of a void record: its request was never applied (a crash
 * cut it off before its zone counted it). It still says the seq was used. */
#define RETRY_STATUS_VOID	0xffff

#define RETRY_FLAG_AT_WP	0x01	/* WRITE at the write pointer */
#define RETRY_FLAG_ALL		0x02	/* MGMT Select All */

struct retry_record {
	/* the request */
	uint64_t client_id;
	uint64_t seq;
	uint64_t lba;		/* WRITE: the LBA asked for */
	uint32_t zone;
	uint32_t len;		/* bytes of data */
	uint32_t data_crc;	/* CRC-32C of the data */
	uint8_t op;		/* enum retry_op */
	uint8_t flags;		/* RETRY_FLAG_* */
	uint8_t action;		/* MGMT: enum zap_zone_action */
	/* the outcome, stamped by the backend when it applies the request */
	uint16_t status;	/* enum zap_status */
	uint64_t result_lba;	/* APPEND, WRITE: where the data landed */
	uint64_t zone_ver;	/* the zone's change counter after it */
	uint32_t zone_gen;	/* the zone's reset count after it */
};

/* The slot of (client index, seq). */
static inline uint32_t retry_record_slot(uint32_t client_index, uint64_t seq)
{
	return client_index * RETRY_WINDOW + (uint32_t)(seq % RETRY_WINDOW);
}

/* Same request? (the outcome fields are not compared) */
bool retry_record_same_request(const struct retry_record *a,
			       const struct retry_record *b);

void retry_record_pack(const struct retry_record *r,
		       uint8_t out[RETRY_RECORD_BYTES]);
/* false if the bytes are not a record (never written, torn, or damaged) */
bool retry_record_unpack(const uint8_t in[RETRY_RECORD_BYTES],
			 struct retry_record *r);

#endif
