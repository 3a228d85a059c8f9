/* SPDX-License-Identifier: MIT */
/*
 * slow_reader - a client that sends and then does not read for a while,
 * for the graceful-stop test: zapd must write every reply before it exits,
 * not only have answered every request.
 *
 *   slow_reader ADDR DRIVE ZONE PAUSE_MS
 *
 * Sends 16 READs of 1 MiB (their replies fill the socket buffers), then
 * 64 APPENDs of one 4 KiB block to ZONE, reads nothing for PAUSE_MS, then
 * reads every reply. Prints "acked=N other=N lost=N"; exits 0 if every
 * request got a reply.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "raw.h"

#define READS		16
#define APPENDS		64
#define BLOCK		4096

int main(int argc, char **argv)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ReadReq rd = ZAP__READ_REQ__INIT;
	Zap__AppendReq ap = ZAP__APPEND_REQ__INIT;
	static char block[BLOCK];
	unsigned acked = 0, other = 0, got = 0;
	struct raw_reply r;
	int fd;

	if (argc != 5) {
		fprintf(stderr, "usage: slow_reader ADDR DRIVE ZONE PAUSE_MS\n");
		return 2;
	}
	fd = raw_connect(argv[1]);
	rd.drive = ap.drive = argv[2];
	rd.length = 1 << 20;
	req.body_case = ZAP__REQUEST__BODY_READ;
	req.read = &rd;
	for (int i = 0; i < READS; i++)
		if (raw_send(fd, i + 1, &req, NULL, 0))
			return 1;
	ap.zone = atoi(argv[3]);
	req.body_case = ZAP__REQUEST__BODY_APPEND;
	req.append = &ap;
	memset(block, 0x5a, sizeof(block));
	for (int i = 0; i < APPENDS; i++)
		if (raw_send(fd, 1000 + i, &req, block, BLOCK))
			return 1;
	usleep(atoi(argv[4]) * 1000);
	while (got < READS + APPENDS && raw_recv(fd, &r) >= 0) {
		got++;
		if (r.id >= 1000 && r.status == 0)
			acked++;
		else if (r.status)
			other++;
	}
	printf("acked=%u other=%u lost=%u\n", acked, other,
	       READS + APPENDS - got);
	return got == READS + APPENDS ? 0 : 1;
}
