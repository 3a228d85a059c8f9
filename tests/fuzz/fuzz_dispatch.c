/* SPDX-License-Identifier: MIT */
/*
 * fuzz_dispatch - one input is one request as a client would send it
 * after the frame header: the protobuf part, then the data part (the first
 * two bytes of the input say where the protobuf ends). It goes through
 * the daemon's own decode, dispatch, zone arbitration and emu backend, on
 * a small emulated drive that lives for the whole run. Every reply must
 * come back exactly once with a known status, and nothing may crash, leak
 * or trip a sanitizer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "dispatch.h"
#include "retry.h"
#include "server.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct server srv;
static struct retry_client *identity;	/* every request's connection's */
static unsigned replies;

static void on_done(struct request *req)
{
	replies++;
	if (!strcmp(zap_status_name(req->reply.status), "UNKNOWN_STATUS")) {
		fprintf(stderr, "reply with unknown status %d\n",
			req->reply.status);
		abort();
	}
}

static void setup(void)
{
	static char dir[] = "/tmp/zapfuzz.XXXXXX";
	struct drive_config cfg = { .name = "f", .backend = "emu", .create = true,
				    .durable = false };
	char path[sizeof(cfg.path) + 16];
	const char *bad;
	uint8_t secret[RETRY_SECRET_LEN];
	int err;

	if (!mkdtemp(dir))
		abort();
	snprintf(cfg.path, sizeof(cfg.path), "%s/f", dir);
	kv_parse(&cfg.options, "zone_size=64K,zone_cap=48K,zones=4,"
		 "max_open=2,max_active=3,max_append=16K", &bad);
	srv.limits = (struct server_limits){
		.max_connections = 1, .max_in_flight = 64,
		.max_data = 64 << 10, .max_report_zones = 16 };
	if (reactor_init(&srv.reactor, 64) ||
	    drive_open(&srv.drives[0], &cfg, dir, &srv.reactor))
		abort();
	srv.retry = retry_open(dir, &err);
	if (!srv.retry || retry_issue(srv.retry, &identity, secret))
		abort();
	/* the open files live on; leave nothing behind in /tmp */
	unlink(strcat(strcpy(path, dir), "/clients"));
	unlink(strcat(strcpy(path, cfg.path), "/drive.img"));
	unlink(strcat(strcpy(path, cfg.path), "/lock"));
	rmdir(cfg.path);
	rmdir(dir);
	srv.nr_drives = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct request *req;
	size_t plen;
	unsigned before;

	if (!srv.nr_drives)
		setup();
	if (size < 2)
		return 0;
	plen = (size_t)(data[0] | data[1] << 8);
	if (plen > size - 2)
		plen = size - 2;
	req = request_new(&srv);
	if (!req)
		return 0;
	req->done = on_done;
	req->identity = identity;
	req->msg = zap__request__unpack(NULL, plen, data + 2);
	req->data_len = size - 2 - plen;
	if (!req->msg || req->data_len > srv.limits.max_data) {
		request_free(req);
		return 0;
	}
	/* any client id is this connection's own: explore the retry checks,
	 * not only their refusal of a stranger's id */
	if (req->msg->client_id && !(req->msg->client_id & 1))
		req->msg->client_id = identity->id;
	if (req->data_len) {
		if (posix_memalign(&req->data, 4096, req->data_len))
			abort();
		memcpy(req->data, data + 2 + plen, req->data_len);
	}
	before = replies;
	dispatch_request(req);
	while (replies == before)
		reactor_run_once(&srv.reactor);
	request_free(req);
	return 0;
}
