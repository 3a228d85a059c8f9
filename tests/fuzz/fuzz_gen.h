/* SPDX-License-Identifier: MIT */
/*
 * fuzz_gen - well-formed (and now and then slightly wrong) inputs for
 * each fuzz target, from a seeded generator: driver.c mutates them for
 * the ctest runs, make_seeds.c writes the seed corpora with them.
 */
#ifndef ZAP_FUZZ_GEN_H
#define ZAP_FUZZ_GEN_H

#include <stddef.h>
#include <stdint.h>

#include "zap.pb-c.h"

struct fuzz_rng {
	uint64_t s;		/* never 0 */
};

uint64_t fuzz_rand(struct fuzz_rng *r);
/* 0 .. n-1; 0 if n is 0 */
uint64_t fuzz_below(struct fuzz_rng *r, uint64_t n);

/* A growing byte buffer; on overflow the rest is dropped. */
struct fuzz_buf {
	uint8_t *p;
	size_t len, cap;
};

void fuzz_put(struct fuzz_buf *b, const void *data, size_t n);

/* Room for every body of one Request, so a random one needs no malloc. */
struct fuzz_req {
	Zap__Request r;
	Zap__HelloReq hello;
	Zap__IdentifyReq identify;
	Zap__ReportZonesReq report;
	Zap__ZoneMgmtReq mgmt;
	Zap__AppendReq append;
	Zap__WriteReq write;
	Zap__ReadReq read;
	Zap__FlushReq flush;
	Zap__StatsReq stats;
	Zap__FenceReq fence;
	uint8_t secret[16];
	char drive[16];
};

/* An empty request of kind body (ZAP__REQUEST__BODY_*) on drive. */
void fuzz_req_init(struct fuzz_req *q, int body, const char *drive);
/* A random request for fuzz_server's drives ("a", "b", now and then one
 * that does not exist); *dlen: the bytes of data it should carry. */
void fuzz_req_random(struct fuzz_rng *r, struct fuzz_req *q, uint32_t *dlen);

/* fuzz_dispatch's record (fuzz_dispatch.c has the format). */
void fuzz_put_dispatch(struct fuzz_buf *b, unsigned ctl, uint8_t fill,
		       const Zap__Request *req, uint16_t dlen);
/* A request frame as a client sends it, with dlen bytes of data from r
 * (zeros if r is NULL); fuzz_frame's input is a byte, then frames. */
void fuzz_put_frame(struct fuzz_buf *b, uint64_t id, const Zap__Request *req,
		    uint32_t dlen, struct fuzz_rng *r);

/* One random input of each target; returns its length (at most cap). */
size_t fuzz_gen_dispatch(uint8_t *buf, size_t cap, struct fuzz_rng *r);
size_t fuzz_gen_frame(uint8_t *buf, size_t cap, struct fuzz_rng *r);
size_t fuzz_gen_config(uint8_t *buf, size_t cap, struct fuzz_rng *r);

#endif
