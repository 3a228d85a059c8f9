/* SPDX-License-Identifier: MIT */
#include "fuzz_gen.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"

uint64_t fuzz_rand(struct fuzz_rng *r)
{
	r->s ^= r->s << 13;
	r->s ^= r->s >> 7;
	r->s ^= r->s << 17;
	return r->s;
}

uint64_t fuzz_below(struct fuzz_rng *r, uint64_t n)
{
	return n ? fuzz_rand(r) % n : 0;
}

/* true with probability pct / 100 */
static int chance(struct fuzz_rng *r, unsigned pct)
{
	return fuzz_below(r, 100) < pct;
}

void fuzz_put(struct fuzz_buf *b, const void *data, size_t n)
{
	if (n > b->cap - b->len)
		n = b->cap - b->len;
	memcpy(b->p + b->len, data, n);
	b->len += n;
}

static void put_byte(struct fuzz_buf *b, uint8_t v)
{
	fuzz_put(b, &v, 1);
}

static void put_str(struct fuzz_buf *b, const char *s)
{
	fuzz_put(b, s, strlen(s));
}

/* ---- requests ---- */

void fuzz_req_init(struct fuzz_req *q, int body, const char *drive)
{
	memset(q, 0, sizeof(*q));
	zap__request__init(&q->r);
	zap__hello_req__init(&q->hello);
	zap__identify_req__init(&q->identify);
	zap__report_zones_req__init(&q->report);
	zap__zone_mgmt_req__init(&q->mgmt);
	zap__append_req__init(&q->append);
	zap__write_req__init(&q->write);
	zap__read_req__init(&q->read);
	zap__flush_req__init(&q->flush);
	zap__stats_req__init(&q->stats);
	zap__fence_req__init(&q->fence);
	snprintf(q->drive, sizeof(q->drive), "%s", drive ? drive : "");
	q->report.drive = q->mgmt.drive = q->append.drive = q->write.drive =
		q->read.drive = q->flush.drive = q->fence.drive = q->drive;
	q->hello.min_version = q->hello.max_version = 1;
	q->r.body_case = body;
	switch (body) {
	case ZAP__REQUEST__BODY_HELLO:
		q->r.hello = &q->hello;
		break;
	case ZAP__REQUEST__BODY_IDENTIFY:
		q->r.identify = &q->identify;
		break;
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		q->r.report_zones = &q->report;
		break;
	case ZAP__REQUEST__BODY_ZONE_MGMT:
		q->r.zone_mgmt = &q->mgmt;
		break;
	case ZAP__REQUEST__BODY_APPEND:
		q->r.append = &q->append;
		break;
	case ZAP__REQUEST__BODY_WRITE:
		q->r.write = &q->write;
		break;
	case ZAP__REQUEST__BODY_READ:
		q->r.read = &q->read;
		break;
	case ZAP__REQUEST__BODY_FLUSH:
		q->r.flush = &q->flush;
		break;
	case ZAP__REQUEST__BODY_STATS:
		q->r.stats = &q->stats;
		break;
	case ZAP__REQUEST__BODY_FENCE:
		q->r.fence = &q->fence;
		break;
	default:
		q->r.body_case = ZAP__REQUEST__BODY__NOT_SET;
		break;
	}
}

/* fuzz_server's geometry: LBA size, LBAs per zone, capacity, zones */
static const struct geo {
	const char *name;
	uint32_t lba, zone_lbas, cap_lbas, zones, max_append_lbas;
} geos[] = {
	{ "a", 512, 16, 12, 4, 4 },
	{ "b", 4096, 4, 3, 3, 2 },
};

/* Small ids name fuzz_dispatch's identities (1 A, 2 B, 3 the last
 * issued); others are strangers. */
static uint64_t random_client_id(struct fuzz_rng *r)
{
	uint64_t p = fuzz_below(r, 100);

	return p < 40 ? 0 : p < 75 ? 1 : p < 82 ? 2 : p < 92 ? 3 :
	       fuzz_rand(r);
}

static uint64_t random_seq(struct fuzz_rng *r)
{
	return chance(r, 90) ? fuzz_below(r, 12) :
	       chance(r, 50) ? 250 + fuzz_below(r, 20) : fuzz_rand(r);
}

static uint32_t random_zone(struct fuzz_rng *r, const struct geo *g)
{
	return chance(r, 95) ? (uint32_t)fuzz_below(r, g->zones + 1) :
	       (uint32_t)fuzz_rand(r);
}

/* A data length: mostly whole LBAs within (or just over) max append. */
static uint32_t random_len(struct fuzz_rng *r, const struct geo *g)
{
	if (chance(r, 8))
		return fuzz_below(r, 3 * g->lba);
	return g->lba * (1 + fuzz_below(r, g->max_append_lbas + 1));
}

void fuzz_req_random(struct fuzz_rng *r, struct fuzz_req *q, uint32_t *dlen)
{
	static const int kinds[] = {
		ZAP__REQUEST__BODY_APPEND, ZAP__REQUEST__BODY_APPEND,
		ZAP__REQUEST__BODY_APPEND, ZAP__REQUEST__BODY_APPEND,
		ZAP__REQUEST__BODY_WRITE, ZAP__REQUEST__BODY_WRITE,
		ZAP__REQUEST__BODY_WRITE, ZAP__REQUEST__BODY_ZONE_MGMT,
		ZAP__REQUEST__BODY_ZONE_MGMT, ZAP__REQUEST__BODY_ZONE_MGMT,
		ZAP__REQUEST__BODY_READ, ZAP__REQUEST__BODY_READ,
		ZAP__REQUEST__BODY_REPORT_ZONES, ZAP__REQUEST__BODY_FENCE,
		ZAP__REQUEST__BODY_FENCE, ZAP__REQUEST__BODY_HELLO,
		ZAP__REQUEST__BODY_HELLO, ZAP__REQUEST__BODY_FLUSH,
		ZAP__REQUEST__BODY_IDENTIFY, ZAP__REQUEST__BODY_STATS,
		ZAP__REQUEST__BODY__NOT_SET,
	};
	const struct geo *g = &geos[fuzz_below(r, 2)];
	int kind = kinds[fuzz_below(r, sizeof(kinds) / sizeof(kinds[0]))];
	uint64_t zone_start;

	fuzz_req_init(q, kind, chance(r, 96) ? g->name :
		      chance(r, 50) ? "nope" : "");
	q->r.client_id = random_client_id(r);
	q->r.seq = random_seq(r);
	*dlen = 0;
	switch (kind) {
	case ZAP__REQUEST__BODY_APPEND:
		q->append.zone = random_zone(r, g);
		q->append.epoch = chance(r, 80) ? 0 : fuzz_below(r, 4);
		*dlen = random_len(r, g);
		break;
	case ZAP__REQUEST__BODY_WRITE:
		q->write.zone = random_zone(r, g);
		zone_start = (uint64_t)q->write.zone * g->zone_lbas;
		q->write.at_wp = chance(r, 40);
		q->write.lba = chance(r, 95) ?
			       zone_start + fuzz_below(r, g->zone_lbas + 2) :
			       fuzz_rand(r);
		q->write.epoch = chance(r, 80) ? 0 : fuzz_below(r, 4);
		*dlen = random_len(r, g);
		break;
	case ZAP__REQUEST__BODY_READ:
		q->read.lba = fuzz_below(r, g->zones * g->zone_lbas + 2);
		q->read.length = random_len(r, g);
		break;
	case ZAP__REQUEST__BODY_ZONE_MGMT:
		q->mgmt.zone = random_zone(r, g);
		q->mgmt.action = fuzz_below(r, 6);
		q->mgmt.all = chance(r, 15);
		break;
	case ZAP__REQUEST__BODY_REPORT_ZONES:
		q->report.first_zone = fuzz_below(r, g->zones + 2);
		q->report.max_zones = fuzz_below(r, 5);
		q->report.filter = chance(r, 60) ? 0 : fuzz_below(r, 16);
		break;
	case ZAP__REQUEST__BODY_FENCE:
		q->fence.zone = random_zone(r, g);
		break;
	case ZAP__REQUEST__BODY_HELLO:
		if (chance(r, 10)) {
			q->hello.min_version = fuzz_below(r, 3);
			q->hello.max_version = fuzz_below(r, 3);
		}
		q->hello.client_id = chance(r, 40) ? 0 : random_client_id(r);
		if (q->hello.client_id) {
			/* 16 zero bytes: fuzz_dispatch puts the right one */
			q->hello.client_secret.data = q->secret;
			q->hello.client_secret.len = chance(r, 80) ? 16 :
						     fuzz_below(r, 17);
			if (chance(r, 15))
				for (unsigned i = 0; i < 16; i++)
					q->secret[i] = fuzz_rand(r);
		}
		if (chance(r, 20))
			q->hello.client_name = (char *)"fuzz";
		break;
	default:
		break;
	}
}

void fuzz_put_dispatch(struct fuzz_buf *b, unsigned ctl, uint8_t fill,
		       const Zap__Request *req, uint16_t dlen)
{
	uint8_t packed[512];
	size_t plen = zap__request__get_packed_size(req);
	uint8_t hdr[6] = { ctl, fill, plen, plen >> 8, dlen, dlen >> 8 };

	if (plen > sizeof(packed))
		abort();
	zap__request__pack(req, packed);
	fuzz_put(b, hdr, sizeof(hdr));
	fuzz_put(b, packed, plen);
}

void fuzz_put_frame(struct fuzz_buf *b, uint64_t id, const Zap__Request *req,
		    uint32_t dlen, struct fuzz_rng *r)
{
	uint8_t packed[512], hdr[ZAP_FRAME_HDR_LEN];
	struct zap_frame f = {
		.version = ZAP_PROTO_VERSION,
		.id = id,
		.proto_len = zap__request__get_packed_size(req),
		.data_len = dlen,
	};

	if (f.proto_len > sizeof(packed))
		abort();
	zap__request__pack(req, packed);
	zap_frame_encode(hdr, &f);
	fuzz_put(b, hdr, sizeof(hdr));
	fuzz_put(b, packed, f.proto_len);
	for (uint32_t i = 0; i < dlen; i++)
		put_byte(b, r ? fuzz_rand(r) : 0);
}

/* ---- whole inputs ---- */

size_t fuzz_gen_dispatch(uint8_t *buf, size_t cap, struct fuzz_rng *r)
{
	struct fuzz_buf b = { .p = buf, .cap = cap };
	unsigned n = 1 + fuzz_below(r, 10);
	size_t starts[10];

	put_byte(&b, chance(r, 50));
	for (unsigned i = 0; i < n; i++) {
		struct fuzz_req q;
		uint32_t dlen;
		unsigned ctl = fuzz_below(r, 100);

		ctl = ctl < 60 ? 0 : ctl < 85 ? 1 : ctl < 90 ? 2 : 3;
		if (chance(r, 3))
			ctl |= 4;
		starts[i] = b.len;
		/* a retry: an earlier record again, byte for byte */
		if (i && chance(r, 25)) {
			size_t from = starts[fuzz_below(r, i)];
			size_t len = 6 + (buf[from + 2] | buf[from + 3] << 8);

			if (from + len <= b.len) {
				put_byte(&b, ctl);
				fuzz_put(&b, buf + from + 1, len - 1);
				continue;
			}
		}
		fuzz_req_random(r, &q, &dlen);
		fuzz_put_dispatch(&b, ctl, fuzz_rand(r), &q.r, dlen);
	}
	return b.len;
}

size_t fuzz_gen_frame(uint8_t *buf, size_t cap, struct fuzz_rng *r)
{
	struct fuzz_buf b = { .p = buf, .cap = cap };
	unsigned n = 1 + fuzz_below(r, 6);

	/* how the client behaves (fuzz_frame.c): mostly well */
	put_byte(&b, chance(r, 75) ? 0 : fuzz_below(r, 8));
	for (unsigned i = 0; i < n; i++) {
		struct fuzz_req q;
		uint32_t dlen;
		size_t at = b.len;

		fuzz_req_random(r, &q, &dlen);
		q.r.client_id = 0;	/* no identity: dispatch's target's */
		if (dlen > 2048 && chance(r, 85))	/* keep inputs small */
			dlen = 512 * (1 + fuzz_below(r, 4));
		fuzz_put_frame(&b, fuzz_below(r, 8), &q.r, dlen, r);
		if (b.len - at < ZAP_FRAME_HDR_LEN || !chance(r, 12))
			continue;
		/* a header that is wrong in one field */
		switch (fuzz_below(r, 7)) {
		case 0:		/* magic */
			buf[at + fuzz_below(r, 4)] ^= 1 << fuzz_below(r, 8);
			break;
		case 1:		/* version */
			buf[at + 5] = fuzz_below(r, 4);
			break;
		case 2:		/* flags: reply, or unknown */
			buf[at + 6 + fuzz_below(r, 2)] |= 1 << fuzz_below(r, 8);
			break;
		case 3:		/* proto_len over the limit */
			buf[at + 16] = 0x01 + fuzz_below(r, 0xff);
			break;
		case 4:		/* data_len over max_data */
			buf[at + 21] = 0x01 + fuzz_below(r, 0xff);
			break;
		case 5:		/* protobuf that does not decode */
			if (b.len - at > ZAP_FRAME_HDR_LEN)
				buf[at + ZAP_FRAME_HDR_LEN] = 0xff;
			break;
		default:	/* proto_len off by one, either way */
			buf[at + 19] += chance(r, 50) ? 1 : -1;
			break;
		}
	}
	if (chance(r, 8))
		b.len = 1 + fuzz_below(r, b.len);
	return b.len;
}

static const char *pick(struct fuzz_rng *r, const char *const *words,
			size_t n)
{
	return words[fuzz_below(r, n)];
}

#define PICK(r, words) pick(r, words, sizeof(words) / sizeof(words[0]))

static const char *const server_keys[] = {
	"listen", "metrics_listen", "state_dir", "port_file", "log_level",
	"max_connections", "max_in_flight", "max_data", "idle_timeout",
	"shutdown_timeout", "max_report_zones", "fault_drop_reply",
	"fault_kill_before_reply", "bogus",
};
static const char *const values[] = {
	"127.0.0.1:7420", "[::1]:0", "0.0.0.0:1", "nocolon", "", "0", "1",
	"4096", "4K", "64M", "65M", "1G", "65536", "65537", "4294967295",
	"4294967296", "-1", "12x", "info", "debug", "warn", "error", "loud",
	"/var/lib/zapd", "/tmp/zapd.addr", "sync", "none", "fail", "skip",
	"yes", "no", "emu", "nvme", "floppy", "512", "16M", "  spaced  ",
};
static const char *const drive_keys[] = {
	"backend", "path", "durability", "on_error", "create", "lba_size",
	"zone_size", "zone_cap", "zones", "max_open", "max_active",
	"max_append", "bogus",
};
static const char *const names[] = {
	"emu0", "ssd0", "a", "b", "", "x y",
	"a-name-that-is-much-too-long-for-a-drive-section-header",
};

/* A drive spec NAME:BACKEND:PATH[,key=value...] */
static void put_drive_spec(struct fuzz_buf *b, struct fuzz_rng *r)
{
	put_str(b, PICK(r, names));
	if (chance(r, 95))
		put_byte(b, ':');
	put_str(b, chance(r, 90) ? "emu" : PICK(r, values));
	if (chance(r, 95))
		put_byte(b, ':');
	put_str(b, chance(r, 90) ? "/srv/zap/d" : PICK(r, values));
	for (unsigned n = fuzz_below(r, 4); n; n--) {
		put_byte(b, ',');
		put_str(b, PICK(r, drive_keys));
		if (chance(r, 95))
			put_byte(b, '=');
		put_str(b, PICK(r, values));
	}
}

/* The config file, then (after a NUL) NUL-separated flags: fuzz_config.c
 * has the format. */
size_t fuzz_gen_config(uint8_t *buf, size_t cap, struct fuzz_rng *r)
{
	static const char *const flags[] = {
		"--listen", "-l", "--max-data", "--max_in_flight",
		"--log-level", "--state-dir", "--idle-timeout", "--bogus",
		"--check-config", "--metrics-listen", "--port-file", "--help",
		"-V", "stray",
	};
	struct fuzz_buf b = { .p = buf, .cap = cap };
	unsigned sections = fuzz_below(r, 4);

	if (chance(r, 10))
		put_str(&b, "# zapd.conf\n; comment\n\n");
	for (unsigned s = 0; s < sections; s++) {
		bool server = s == 0 && chance(r, 70);

		if (server) {
			put_str(&b, "[server]\n");
		} else {
			put_str(&b, chance(r, 95) ? "[drive " : "[disk ");
			put_str(&b, PICK(r, names));
			put_str(&b, chance(r, 95) ? "]\n" : "\n");
			if (chance(r, 85))
				put_str(&b, "backend = emu\n");
			if (chance(r, 85))
				put_str(&b, "path = /srv/zap/d\n");
		}
		for (unsigned n = fuzz_below(r, 6); n; n--) {
			put_str(&b, server ? PICK(r, server_keys) :
				    PICK(r, drive_keys));
			put_str(&b, chance(r, 90) ? " = " : " ");
			put_str(&b, PICK(r, values));
			put_byte(&b, '\n');
		}
	}
	if (chance(r, 50))
		return b.len;
	for (unsigned n = fuzz_below(r, 4); n; n--) {
		put_byte(&b, 0);
		if (chance(r, 40)) {
			put_str(&b, chance(r, 50) ? "--drive" : "-d");
			put_byte(&b, 0);
			put_drive_spec(&b, r);
			continue;
		}
		put_str(&b, PICK(r, flags));
		if (chance(r, 30)) {
			put_byte(&b, '=');
			put_str(&b, PICK(r, values));
		} else if (chance(r, 80)) {
			put_byte(&b, 0);
			put_str(&b, PICK(r, values));
		}
	}
	return b.len;
}
