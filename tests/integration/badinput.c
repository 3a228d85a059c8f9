/* SPDX-License-Identifier: MIT */
/*
 * badinput - a client that misbehaves on a raw socket, next to a
 * well-behaved libzap client that must keep working throughout.
 *
 *   badinput --addr 127.0.0.1:PORT --drive NAME [--mid-frame CMD] [CASE...]
 *
 * --mid-frame: the shell command reload_mid_frame runs while its frame is
 * half sent (test_rights.sh: a reload that takes the append right away).
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <zap/zap.h>

#include "check.h"
#include "raw.h"

static const char *addr, *drive, *mid_frame_cmd;
static zap_client *good;
static uint32_t lba_size;

/* Receive one reply; its status, or < 0 (raw_recv()). */
static int recv_reply(int fd, uint64_t *id)
{
	struct raw_reply r;
	int st = raw_recv(fd, &r);

	if (id)
		*id = r.id;
	return st;
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
	int fd = raw_connect(addr), st;

	for (unsigned i = 0; i < sizeof(junk); i++)
		junk[i] = (char)(i * 131 + 7);
	raw_send_all(fd, junk, sizeof(junk));
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_PROTOCOL_ERROR, "garbage got status %d", st);
	CHECK(raw_closed_by_server(fd), "server kept a garbage connection open");
	close(fd);
	return good_client_works();
}

static int case_huge_frame(void)
{
	uint8_t hdr[ZAP_FRAME_HDR_LEN];
	uint64_t id = 0;
	int fd = raw_connect(addr), st;

	raw_frame(hdr, 77, 16, 0xffffffffu);	/* claims 4 GiB of data */
	raw_send_all(fd, hdr, sizeof(hdr));
	st = recv_reply(fd, &id);
	CHECK(st == ZAP_FRAME_TOO_LARGE, "4 GiB frame got status %d", st);
	CHECK(id == 77, "error reply carries id %llu", (unsigned long long)id);
	CHECK(raw_closed_by_server(fd), "server kept the connection open");
	close(fd);

	fd = raw_connect(addr);
	raw_frame(hdr, 78, ZAP_MAX_REQUEST_PROTO_LEN + 1, 0); /* too big */
	raw_send_all(fd, hdr, sizeof(hdr));
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

	raw_frame(buf, 1, plen, 0);
	/* half a header, then gone */
	fd = raw_connect(addr);
	raw_send_all(fd, buf, 10);
	close(fd);
	/* a header and half the protobuf, then gone */
	fd = raw_connect(addr);
	raw_send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen / 2);
	close(fd);
	/* an append header promising data that never comes */
	fd = raw_connect(addr);
	raw_frame(buf, 2, plen, 65536);
	raw_send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen + 100);
	close(fd);
	return good_client_works();
}

static int case_bad_protobuf_keeps_connection(void)
{
	uint8_t buf[256];
	size_t plen;
	int fd = raw_connect(addr), st;

	/* a field with wire type 7 does not decode */
	memset(buf + ZAP_FRAME_HDR_LEN, 0xff, 8);
	raw_frame(buf, 5, 8, 0);
	raw_send_all(fd, buf, ZAP_FRAME_HDR_LEN + 8);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_PROTOCOL_ERROR, "bad protobuf got status %d", st);
	/* the frame boundary was intact: the connection goes on */
	plen = pack_read(buf + ZAP_FRAME_HDR_LEN, 0, lba_size);
	raw_frame(buf, 6, plen, 0);
	raw_send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen);
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_OK, "read after a bad frame got status %d", st);
	/* data where none belongs, and a request with no body */
	raw_frame(buf, 7, plen, lba_size);
	raw_send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen);
	{
		char *data = calloc(1, lba_size);

		raw_send_all(fd, data, lba_size);
		free(data);
	}
	st = recv_reply(fd, NULL);
	CHECK(st == ZAP_INVALID_ARGUMENT, "read with data got status %d", st);
	raw_frame(buf, 8, 0, 0);
	raw_send_all(fd, buf, ZAP_FRAME_HDR_LEN);
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
	int fd = raw_connect(addr);

	CHECK(before >= 0, "stats failed");
	raw_frame(one, 9, plen, 0);
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

/* A notice (a frame no request asked for) with status, then the end. */
static int expect_notice(int fd, int status)
{
	struct raw_reply r;
	int st = raw_recv(fd, &r);

	CHECK(st == status, "got status %d (%s), want %s", st, r.detail,
	      zap_status_name(status));
	CHECK(r.id == ZAP_NOTICE_ID, "notice with id %llu",
	      (unsigned long long)r.id);
	CHECK(raw_closed_by_server(fd), "the connection stayed open");
	return 0;
}

/* zapd runs with max_connections 4 (test_bad_input.sh): the good client
 * and three raw ones fill it; the next is told why it is closed. */
static int case_connection_limit(void)
{
	int fd[4];

	for (int i = 0; i < 4; i++)
		fd[i] = raw_connect(addr);
	usleep(200000);	/* accepted in order */
	CHECK(expect_notice(fd[3], ZAP_TOO_MANY_CONNECTIONS) == 0,
	      "over the limit");
	for (int i = 0; i < 4; i++)
		close(fd[i]);
	usleep(200000);
	return good_client_works();
}

/* ... and idle_timeout 2: an idle connection is told, then closed. */
static int case_idle_notice(void)
{
	int fd = raw_connect(addr);

	CHECK(expect_notice(fd, ZAP_IDLE_TIMEOUT) == 0, "idle");
	close(fd);
	return 0;
}

/* An append frame for zone 1, with len bytes of data, into buf (which
 * has room); returns the frame's length before its data. */
static size_t pack_append(uint8_t *buf, uint64_t id, uint32_t len,
			  bool broken)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__AppendReq ap = ZAP__APPEND_REQ__INIT;
	size_t plen;

	ap.drive = (char *)drive;
	ap.zone = 1;
	req.body_case = ZAP__REQUEST__BODY_APPEND;
	req.append = &ap;
	plen = zap__request__pack(&req, buf + ZAP_FRAME_HDR_LEN);
	if (broken)	/* a field of wire type 7: does not decode */
		memset(buf + ZAP_FRAME_HDR_LEN, 0xff, plen);
	raw_frame(buf, id, plen, len);
	return ZAP_FRAME_HDR_LEN + plen;
}

static void fill_pattern(uint8_t *p, uint32_t len, uint64_t id)
{
	for (uint32_t i = 0; i < len; i++)
		p[i] = (uint8_t)(i * 7 + id * 131 + (i >> 12));
}

/* Send len bytes in pieces, the first of first bytes, the others of a
 * quarter of the rest, pausing between them, so that zapd sees frames
 * begun but not whole. */
static int send_slowly(int fd, const uint8_t *p, size_t len, size_t first)
{
	size_t piece = first;

	while (len) {
		size_t n = len < piece ? len : piece;

		piece = (len - n) / 4 + 1;

		if (raw_send_all(fd, p, n))
			return -1;
		p += n;
		len -= n;
		usleep(5000);
	}
	return 0;
}

/*
 * Appends whose data parts arrive in pieces, cut anywhere (inside the
 * header, the protobuf, the data), one at a time and pipelined, a broken
 * protobuf with a large data part among them: each append gets its reply,
 * the broken one PROTOCOL_ERROR without losing the frame boundary, and
 * every record reads back as sent at the LBA its reply named.
 */
static int case_split_data_parts(void)
{
	static const uint32_t sizes[] = { 16384, 20480, 65536, 12288, 262144,
					   1048576, 16384, 65536, 131072 };
	enum { N = sizeof(sizes) / sizeof(sizes[0]) };
	static const size_t pieces[] = { 1, 100, 4096, 7000, 65536 };
	uint8_t *frames[N], *got;
	size_t flen[N], total = 0, off = 0;
	uint64_t lba[N];
	uint8_t *all;
	int fd = raw_connect(addr), st;

	for (unsigned i = 0; i < N; i++) {
		frames[i] = malloc(256 + sizes[i]);
		CHECK(frames[i], "out of memory");
		flen[i] = pack_append(frames[i], 100 + i, sizes[i], i == 3);
		fill_pattern(frames[i] + flen[i], sizes[i], i);
		flen[i] += sizes[i];
		total += flen[i];
	}
	/* one at a time, each cut its own way */
	for (unsigned i = 0; i < N; i++) {
		struct raw_reply r;

		CHECK(!send_slowly(fd, frames[i], flen[i],
				   pieces[i % (sizeof(pieces) /
					       sizeof(pieces[0]))] + i),
		      "send frame %u", i);
		st = raw_recv(fd, &r);
		CHECK(r.id == 100 + i, "reply id %llu for frame %u",
		      (unsigned long long)r.id, i);
		CHECK(st == (i == 3 ? ZAP_PROTOCOL_ERROR : ZAP_OK),
		      "frame %u (%u bytes of data) got %s: %s", i, sizes[i],
		      zap_status_name(st), r.detail);
		lba[i] = r.lba;
	}
	for (unsigned i = 0; i < N; i++) {
		if (i == 3)
			continue;
		got = malloc(sizes[i]);
		CHECK(got, "out of memory");
		st = zap_read(good, drive, lba[i], got, sizes[i]);
		CHECK(st == ZAP_OK, "read back %u: %s", i,
		      zap_status_name(st));
		CHECK(!memcmp(got, frames[i] + flen[i] - sizes[i], sizes[i]),
		      "frame %u's data read back differs", i);
		free(got);
	}
	/* all of them pipelined, in odd pieces */
	all = malloc(total);
	CHECK(all, "out of memory");
	for (unsigned i = 0; i < N; i++) {
		memcpy(all + off, frames[i], flen[i]);
		off += flen[i];
	}
	CHECK(!send_slowly(fd, all, total, 50000), "send the batch");
	for (unsigned k = 0; k < N; k++) {
		struct raw_reply r;
		unsigned i;

		st = raw_recv(fd, &r);
		i = (unsigned)(r.id - 100);
		CHECK(i < N, "reply id %llu", (unsigned long long)r.id);
		CHECK(st == (i == 3 ? ZAP_PROTOCOL_ERROR : ZAP_OK),
		      "pipelined frame %u got %s: %s", i, zap_status_name(st),
		      r.detail);
		if (i == 3)
			continue;
		got = malloc(sizes[i]);
		CHECK(got, "out of memory");
		st = zap_read(good, drive, r.lba, got, sizes[i]);
		CHECK(st == ZAP_OK && !memcmp(got, frames[i] + flen[i] -
					      sizes[i], sizes[i]),
		      "pipelined frame %u read back: %s", i,
		      zap_status_name(st));
		free(got);
	}
	/* gone in the middle of a large data part */
	CHECK(!raw_send_all(fd, frames[5], flen[5] / 2), "half a frame");
	close(fd);
	free(all);
	for (unsigned i = 0; i < N; i++)
		free(frames[i]);
	return good_client_works();
}

/* ... and frame_timeout 2: a data part that stops coming halfway is
 * told FRAME_TIMEOUT, then closed. */
static int case_data_part_stalls(void)
{
	uint8_t *frame = malloc(256 + 65536);
	int fd = raw_connect(addr);
	size_t head;

	CHECK(frame, "out of memory");
	head = pack_append(frame, 200, 65536, false);
	CHECK(!raw_send_all(fd, frame, head + 20000), "part of a frame");
	CHECK(expect_notice(fd, ZAP_FRAME_TIMEOUT) == 0, "stalled data part");
	close(fd);
	free(frame);
	return good_client_works();
}

/* Rights are those of when a request is dispatched: an append whose data
 * part was still coming when a reload (--mid-frame) took the append right
 * away is refused. */
static int case_reload_mid_frame(void)
{
	uint8_t *frame = malloc(256 + 65536);
	struct raw_reply r;
	int fd = raw_connect(addr), st;
	size_t head;

	CHECK(frame && mid_frame_cmd, "out of memory, or no --mid-frame");
	head = pack_append(frame, 300, 65536, false);
	fill_pattern(frame + head, 65536, 300);
	CHECK(!raw_send_all(fd, frame, head + 30000), "the first part");
	usleep(100000);	/* zapd has the protobuf and part of the data */
	CHECK(system(mid_frame_cmd) == 0, "%s failed", mid_frame_cmd);
	CHECK(!raw_send_all(fd, frame + head + 30000, 65536 - 30000),
	      "the rest");
	st = raw_recv(fd, &r);
	CHECK(st == ZAP_PERMISSION_DENIED, "the append after the reload got "
	      "%s: %s", zap_status_name(st), r.detail);
	close(fd);
	free(frame);
	return 0;
}

static const struct test_case cases[] = {
	{ "garbage", case_garbage },
	{ "huge_frame", case_huge_frame },
	{ "truncated_and_disconnect", case_truncated_and_disconnect },
	{ "bad_protobuf_keeps_connection", case_bad_protobuf_keeps_connection },
	{ "flood_without_reading", case_flood_without_reading },
	{ "connection_limit", case_connection_limit },
	{ "idle_notice", case_idle_notice },
	{ "split_data_parts", case_split_data_parts },
	{ "data_part_stalls", case_data_part_stalls },
	{ "reload_mid_frame", case_reload_mid_frame },
};

int main(int argc, char **argv)
{
	const struct zap_drive *d;
	char *names[16];
	int nr_names = 0, st;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--addr") && i + 1 < argc)
			addr = argv[++i];
		else if (!strcmp(argv[i], "--drive") && i + 1 < argc)
			drive = argv[++i];
		else if (!strcmp(argv[i], "--mid-frame") && i + 1 < argc)
			mid_frame_cmd = argv[++i];
		else if (nr_names < 16)
			names[nr_names++] = argv[i];
	}
	if (!addr || !drive) {
		fprintf(stderr, "usage: badinput --addr 127.0.0.1:PORT "
			"--drive NAME [--mid-frame CMD] [CASE...]\n");
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
		       names, nr_names);
	zap_close(good);
	return st;
}
