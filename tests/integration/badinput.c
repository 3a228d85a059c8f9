/* SPDX-License-Identifier: MIT */
/*
 * badinput - a client that misbehaves on a raw socket, next to a
 * well-behaved libzap client that must keep working throughout.
 *
 *   badinput --addr 127.0.0.1:PORT --drive NAME
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <zap/zap.h>

#include "check.h"

#include "frame.h"
#include "zap.pb-c.h"

static const char *addr, *drive;
static zap_client *good;
static uint32_t lba_size;

static int raw_connect(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	const char *colon = strrchr(addr, ':');
	char host[64];
	int fd;

	snprintf(host, sizeof(host), "%.*s", (int)(colon - addr), addr);
	inet_pton(AF_INET, host, &sa.sin_addr);
	sa.sin_port = htons(atoi(colon + 1));
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		perror("connect");
		exit(1);
	}
	return fd;
}

static int send_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);

		if (n <= 0)
			return -1;
		p += n;
		len -= n;
	}
	return 0;
}

/* Read exactly len bytes, waiting up to 10 s; -1 on EOF or error. */
static int recv_all(int fd, void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		ssize_t n;

		if (poll(&pfd, 1, 10000) != 1)
			return -2;
		n = recv(fd, p, len, 0);
		if (n <= 0)
			return -1;
		p += n;
		len -= n;
	}
	return 0;
}

/* Receive one reply; returns its status, or -1 if the peer closed. The
 * LBA of an append reply goes to last_lba. */
static uint64_t last_lba;

static int recv_reply(int fd, uint64_t *id)
{
	uint8_t hdr[ZAP_FRAME_HDR_LEN];
	struct zap_frame f;
	Zap__Reply *rep;
	uint8_t *body;
	int status;

	if (recv_all(fd, hdr, sizeof(hdr)))
		return -1;
	if (zap_frame_decode(hdr, 1u << 30, &f) || !(f.flags & 1))
		return -3;
	body = malloc(f.proto_len + f.data_len + 1);
	if (!body || recv_all(fd, body, f.proto_len + f.data_len))
		return -1;
	rep = zap__reply__unpack(NULL, f.proto_len, body);
	status = rep ? (int)rep->status : -3;
	if (rep && rep->body_case == ZAP__REPLY__BODY_APPEND)
		last_lba = rep->append->lba;
	if (rep)
		zap__reply__free_unpacked(rep, NULL);
	free(body);
	if (id)
		*id = f.id;
	return status;
}

/* True once the server closed fd (EOF within 10 s). */
static bool closed_by_server(int fd)
{
	char c;
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	for (;;) {
		if (poll(&pfd, 1, 10000) != 1)
			return false;
		if (recv(fd, &c, 1, 0) <= 0)
			return true;
	}
}

static void frame(uint8_t *hdr, uint64_t id, uint32_t plen, uint32_t dlen)
{
	struct zap_frame f = {
		.version = ZAP_PROTO_VERSION,
		.id = id,
		.proto_len = plen,
		.data_len = dlen,
	};

	zap_frame_encode(hdr, &f);
}

/* Pack a request with the given body into buf; returns its length. */
static size_t pack_read(uint8_t *buf, uint64_t lba, uint32_t len)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ReadReq rd = ZAP__READ_REQ__INIT;

	rd.drive = (char *)drive;
	rd.lba = lba;
	rd.length = len;
	req.body_case = ZAP__REQUEST__BODY_READ;
	req.read = &rd;
	return zap__request__pack(&req, buf);
}

/* The well-behaved client appends and reads back. */
static int good_client_works(void)
{
	char *buf = malloc(lba_size), *got = malloc(lba_size);
	uint64_t lba;
	int st;

	CHECK(buf && got, "out of memory");
	memset(buf, 0x5a, lba_size);
	st = zap_append(good, drive, 0, buf, lba_size, &lba);
	CHECK(st == ZAP_OK, "good client append: %s", zap_status_name(st));
	st = zap_read(good, drive, lba, got, lba_size);
	CHECK(st == ZAP_OK && !memcmp(buf, got, lba_size),
	      "good client read back: %s", zap_status_name(st));
	free(buf);
	free(got);
	return 0;
}

static int case_garbage(void)
{
	char junk[512];
	int fd = raw_connect(), st;

	for (unsigned i = 0; i < sizeof(junk); i++)
		junk[i] = (char)(i * 131 + 7);
	send_all(fd, junk, sizeof(junk));
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_PROTOCOL_ERROR, "garbage got status %d", st);
	CHECK(closed_by_server(fd), "server kept a garbage connection open");
	close(fd);
	return good_client_works();
}

static int case_huge_frame(void)
{
	uint8_t hdr[ZAP_FRAME_HDR_LEN];
	uint64_t id = 0;
	int fd = raw_connect(), st;

	frame(hdr, 77, 16, 0xffffffffu);	/* claims 4 GiB of data */
	send_all(fd, hdr, sizeof(hdr));
	st = recv_reply(fd, &id);
	CHECK(st == ZAP_FRAME_TOO_LARGE, "4 GiB frame got status %d", st);
	CHECK(id == 77, "error reply carries id %llu", (unsigned long long)id);
	CHECK(closed_by_server(fd), "server kept the connection open");
	close(fd);

	fd = raw_connect();
	frame(hdr, 78, ZAP_MAX_PROTO_LEN + 1, 0);	/* protobuf too big */
	send_all(fd, hdr, sizeof(hdr));
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_FRAME_TOO_LARGE, "oversize protobuf got status %d",
	      st);
	close(fd);
	return good_client_works();
}

static int case_truncated_and_disconnect(void)
{
	uint8_t buf[256];
	size_t plen = pack_read(buf + ZAP_FRAME_HDR_LEN, 0, lba_size);
	int fd;

	frame(buf, 1, plen, 0);
	/* half a header, then gone */
	fd = raw_connect();
	send_all(fd, buf, 10);
	close(fd);
	/* a header and half the protobuf, then gone */
	fd = raw_connect();
	send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen / 2);
	close(fd);
	/* an append header promising data that never comes */
	fd = raw_connect();
	frame(buf, 2, plen, 65536);
	send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen + 100);
	close(fd);
	return good_client_works();
}

static int case_bad_protobuf_keeps_connection(void)
{
	uint8_t buf[256];
	size_t plen;
	int fd = raw_connect(), st;

	/* a field with wire type 7 does not decode */
	memset(buf + ZAP_FRAME_HDR_LEN, 0xff, 8);
	frame(buf, 5, 8, 0);
	send_all(fd, buf, ZAP_FRAME_HDR_LEN + 8);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_PROTOCOL_ERROR, "bad protobuf got status %d", st);
	/* the frame boundary was intact: the connection goes on */
	plen = pack_read(buf + ZAP_FRAME_HDR_LEN, 0, lba_size);
	frame(buf, 6, plen, 0);
	send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_OK, "read after a bad frame got status %d", st);
	/* data where none belongs, and a request with no body */
	frame(buf, 7, plen, lba_size);
	send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen);
	{
		char *data = calloc(1, lba_size);

		send_all(fd, data, lba_size);
		free(data);
	}
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_INVALID_ARGUMENT, "read with data got status %d", st);
	frame(buf, 8, 0, 0);
	send_all(fd, buf, ZAP_FRAME_HDR_LEN);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_INVALID_ARGUMENT, "empty request got status %d", st);
	close(fd);
	return good_client_works();
}

/* Reads answered OK so far, from zapd's own counters. */
static long reads_answered(void)
{
	const char *key = "zapd_requests_total{op=\"read\",status=\"OK\"} ";
	char *text = NULL, *p;
	long n = 0;

	if (zap_stats(good, &text))
		return -1;
	p = strstr(text, key);
	if (p)
		n = atol(p + strlen(key));
	free(text);
	return n;
}

/* Thousands of reads without reading a reply: zapd must stop reading the
 * connection (backpressure), not buffer replies without bound or stall
 * other clients. */
static int case_flood_without_reading(void)
{
	uint8_t one[256];
	size_t plen = pack_read(one + ZAP_FRAME_HDR_LEN, 0, 64 * 1024);
	size_t flen = ZAP_FRAME_HDR_LEN + plen;
	long before = reads_answered(), settled, after;
	unsigned sent = 0;
	bool stalled = false;
	int fd = raw_connect();

	CHECK(before >= 0, "stats failed");
	frame(one, 9, plen, 0);
	for (unsigned i = 0; i < 20000 && !stalled; i++) {
		size_t off = 0;

		while (off < flen) {
			struct pollfd pfd = { .fd = fd, .events = POLLOUT };
			ssize_t n;

			if (poll(&pfd, 1, 500) != 1) {
				stalled = true;	/* zapd stopped reading */
				break;
			}
			n = send(fd, one + off, flen - off,
				 MSG_NOSIGNAL | MSG_DONTWAIT);
			if (n > 0)
				off += n;
		}
		sent += off == flen;
	}
	CHECK(good_client_works() == 0, "good client stalled by a flood");
	/* Bounded, the count stops once the replies fill the buffers; else
	 * zapd keeps answering until it has queued all of them (1.3 GB). */
	sleep(1);
	settled = reads_answered();
	sleep(1);
	after = reads_answered();
	CHECK(sent > 5000, "only %u requests could be sent", sent);
	CHECK(after == settled && after - before < 5000, "zapd answered %ld "
	      "then %ld of %u reads to a client that reads nothing",
	      settled - before, after - before, sent);
	close(fd);
	return good_client_works();
}

/* Send an APPEND of one block to zone 1 as (client, seq). */
static void send_append(int fd, uint64_t client, uint64_t seq)
{
	uint8_t buf[256];
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__AppendReq ap = ZAP__APPEND_REQ__INIT;
	char *data = calloc(1, lba_size);
	size_t plen;

	ap.drive = (char *)drive;
	ap.zone = 1;
	req.client_id = client;
	req.seq = seq;
	req.body_case = ZAP__REQUEST__BODY_APPEND;
	req.append = &ap;
	plen = zap__request__pack(&req, buf + ZAP_FRAME_HDR_LEN);
	frame(buf, seq, plen, lba_size);
	send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen);
	send_all(fd, data, lba_size);
	free(data);
}

/* A retry (same client id and sequence number) whose reply was lost is
 * answered with the original result, not applied twice. */
static int case_retry_answered_once(void)
{
	const uint64_t client = 0x5eed5eedull;
	struct zap_zone z, *zp = &z;
	size_t nr = 1;
	uint64_t first;
	int fd = raw_connect(), st;

	CHECK(zap_zone_mgmt(good, drive, 1, ZAP_ZONE_RESET, false) == 0,
	      "reset");
	send_append(fd, client, 7);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_OK, "append got status %d", st);
	first = last_lba;
	close(fd);		/* as if the reply had been lost */

	fd = raw_connect();	/* the client retries on a new connection */
	send_append(fd, client, 7);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_OK && last_lba == first, "retry got status %d at "
	      "LBA %llu, the original landed at %llu", st,
	      (unsigned long long)last_lba, (unsigned long long)first);
	CHECK(zap_report_zones(good, drive, 1, ZAP_ZS_ANY, &zp, &nr) == 0 &&
	      z.wp == z.start + 1, "zone wp %llu: the retry was applied "
	      "again", (unsigned long long)(z.wp - z.start));

	/* the next sequence number is a new request */
	send_append(fd, client, 8);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_OK && last_lba == first + 1, "seq 8 got %d", st);
	/* far ahead, then an old one: too old to tell, refused by name */
	send_append(fd, client, 8 + 4096);
	CHECK(recv_reply(fd, NULL) == ZAP_OK, "seq 8+4096");
	send_append(fd, client, 6);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_DUPLICATE_REQUEST, "an old seq got status %d", st);
	close(fd);
	return good_client_works();
}

static const struct test_case cases[] = {
	{ "retry_answered_once", case_retry_answered_once },
	{ "garbage", case_garbage },
	{ "huge_frame", case_huge_frame },
	{ "truncated_and_disconnect", case_truncated_and_disconnect },
	{ "bad_protobuf_keeps_connection", case_bad_protobuf_keeps_connection },
	{ "flood_without_reading", case_flood_without_reading },
};

int main(int argc, char **argv)
{
	const struct zap_drive *d;
	int st;

	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--addr"))
			addr = argv[i + 1];
		else if (!strcmp(argv[i], "--drive"))
			drive = argv[i + 1];
	}
	if (!addr || !drive) {
		fprintf(stderr, "usage: badinput --addr 127.0.0.1:PORT "
			"--drive NAME\n");
		return 2;
	}
	if (zap_connect(addr, NULL, &good)) {
		fprintf(stderr, "badinput: connect: %s\n",
			zap_last_error(good));
		return 1;
	}
	d = zap_drive_find(good, drive);
	if (!d) {
		fprintf(stderr, "badinput: no drive %s\n", drive);
		return 1;
	}
	lba_size = d->lba_size;
	st = run_cases("badinput", cases, sizeof(cases) / sizeof(cases[0]),
		       NULL, 0);
	zap_close(good);
	return st;
}
