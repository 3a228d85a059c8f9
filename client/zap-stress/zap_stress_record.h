/* SPDX-License-Identifier: MIT */
/*
 * zap-stress records: what every append and write of a verifying run
 * carries. A record is one or more whole blocks; its first ZS_HDR_LEN bytes
 * are a header, the rest a body that is a pure function of (run, worker,
 * sequence number), so that a record can be checked on its own:
 *
 *   0  magic "ZAPSTRS1"     32 worker
 *   8  run id               36 length of the record, bytes
 *  16  sequence number      40 target (zone) index in the run
 *  24  XXH64 of the body    44 epoch: resets of the zone done at issue
 *                           48 kind (enum zs_kind)
 *                           52 zero
 *                           56 XXH64 of bytes 0..55
 *
 * All fields are little-endian.
 */
#ifndef ZAP_CLIENT_ZAP_STRESS_RECORD_H
#define ZAP_CLIENT_ZAP_STRESS_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ZS_HDR_LEN	64

/* How a record was written. */
enum zs_kind {
	ZS_KIND_APPEND,
	ZS_KIND_WRITE,		/* at the wp the writer learned */
	ZS_KIND_WRITE_AT_WP,	/* at the wp, wherever it is */
};

struct zs_rec {
	uint64_t run_id;
	uint64_t seq;
	uint64_t body_sum;
	uint32_t worker;
	uint32_t len;
	uint32_t target;
	uint32_t epoch;
	uint32_t kind;
};

/* XXH64 (the xxHash 64-bit hash) of len bytes. */
uint64_t zs_xxh64(const void *p, size_t len, uint64_t seed);

/* Write the record r describes into buf (r->len bytes); sets r->body_sum. */
void zs_rec_build(void *buf, struct zs_rec *r);
/*
 * Decode the header at buf (ZS_HDR_LEN bytes). Returns true if it is a
 * header of run run_id whose own checksum holds and whose length is a
 * positive multiple of lba_size; the body is not checked.
 */
bool zs_rec_parse(const void *buf, uint64_t run_id, uint32_t lba_size,
		  struct zs_rec *r);
/* Whether the body of the record at buf (r->len bytes) is the one its
 * header promises. */
bool zs_rec_body_ok(const void *buf, const struct zs_rec *r);

#endif
