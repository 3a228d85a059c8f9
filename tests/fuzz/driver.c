/* SPDX-License-Identifier: MIT */
/*
 * A main() for fuzz targets built without libFuzzer (gcc, ctest): runs
 * the target over each file named on the command line, or, with none,
 * over ZAP_FUZZ_RUNS (default 20000) inputs made by mutating well-formed
 * requests with a seeded generator (ZAP_SEED, printed).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "zap.pb-c.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A well-formed request of a random kind with random fields. */
static size_t make_request(uint8_t *buf, size_t cap)
{
	Zap__Request r = ZAP__REQUEST__INIT;
	Zap__AppendReq a = ZAP__APPEND_REQ__INIT;
	Zap__WriteReq w = ZAP__WRITE_REQ__INIT;
	Zap__ReadReq rd = ZAP__READ_REQ__INIT;
	Zap__ZoneMgmtReq m = ZAP__ZONE_MGMT_REQ__INIT;
	Zap__ReportZonesReq rep = ZAP__REPORT_ZONES_REQ__INIT;
	Zap__FlushReq f = ZAP__FLUSH_REQ__INIT;
	Zap__HelloReq h = ZAP__HELLO_REQ__INIT;
	char *drive = next() % 8 ? "f" : "nope";
	uint32_t zone = next() % 6, blocks = next() % 6;
	size_t plen, dlen = 0;

	r.client_id = next() % 3;
	r.seq = next() % 16;
	switch (next() % 7) {
	case 0:
		a.drive = drive;
		a.zone = zone;
		r.body_case = ZAP__REQUEST__BODY_APPEND;
		r.append = &a;
		dlen = blocks * 4096 + (next() % 8 ? 0 : next() % 4096);
		break;
	case 1:
		w.drive = drive;
		w.zone = zone;
		w.lba = zone * 16 + next() % 20;
		w.at_wp = next() % 2;
		r.body_case = ZAP__REQUEST__BODY_WRITE;
		r.write = &w;
		dlen = blocks * 4096;
		break;
	case 2:
		rd.drive = drive;
		rd.lba = next() % 80;
		rd.length = (next() % 8) * 4096 + (next() % 8 ? 0 : 512);
		r.body_case = ZAP__REQUEST__BODY_READ;
		r.read = &rd;
		break;
	case 3:
		m.drive = drive;
		m.zone = zone;
		m.action = next() % 6;
		m.all = next() % 4 == 0;
		r.body_case = ZAP__REQUEST__BODY_ZONE_MGMT;
		r.zone_mgmt = &m;
		break;
	case 4:
		rep.drive = drive;
		rep.first_zone = next() % 6;
		rep.max_zones = next() % 5;
		rep.filter = next() % 16;
		r.body_case = ZAP__REQUEST__BODY_REPORT_ZONES;
		r.report_zones = &rep;
		break;
	case 5:
		f.drive = drive;
		r.body_case = ZAP__REQUEST__BODY_FLUSH;
		r.flush = &f;
		break;
	default:
		h.min_version = next() % 3;
		h.max_version = next() % 3;
		r.body_case = ZAP__REQUEST__BODY_HELLO;
		r.hello = &h;
		break;
	}
	plen = zap__request__pack(&r, buf + 2);
	buf[0] = plen;
	buf[1] = plen >> 8;
	if (2 + plen + dlen > cap)
		dlen = cap - 2 - plen;
	for (size_t i = 0; i < dlen; i++)
		buf[2 + plen + i] = next();
	return 2 + plen + dlen;
}

static int run_file(const char *path)
{
	static uint8_t buf[1 << 20];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f) {
		perror(path);
		return 1;
	}
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, n);
	return 0;
}

int main(int argc, char **argv)
{
	static uint8_t buf[96 << 10];
	const char *env = getenv("ZAP_SEED");
	long runs = getenv("ZAP_FUZZ_RUNS") ? atol(getenv("ZAP_FUZZ_RUNS")) :
		    20000;

	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			if (run_file(argv[i]))
				return 1;
		return 0;
	}
	rng = env ? strtoull(env, NULL, 0) : (uint64_t)time(NULL);
	rng |= 1;
	printf("seed %llu, %ld runs\n", (unsigned long long)rng, runs);
	for (long i = 0; i < runs; i++) {
		size_t n = make_request(buf, sizeof(buf));

		/* half of them damaged: flipped bytes, or cut short */
		for (unsigned k = next() % 2 ? next() % 4 : 0; k; k--)
			buf[next() % n] ^= 1u << (next() % 8);
		if (next() % 8 == 0)
			n = next() % (n + 1);
		LLVMFuzzerTestOneInput(buf, n);
	}
	printf("fuzz: %ld passed, 0 failed\n", runs);
	return 0;
}
