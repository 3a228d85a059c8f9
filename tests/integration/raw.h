/* SPDX-License-Identifier: MIT */
/*
 * raw - a client of the zap protocol on a bare socket, for tests that must
 * send what libzap never would (stray client ids, reused seqs, garbage).
 */
#ifndef ZAP_TESTS_RAW_H
#define ZAP_TESTS_RAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frame.h"
#include "zap.pb-c.h"

/* What the tests look at in a reply. */
struct raw_reply {
	uint64_t id;		/* frame id */
	int status;
	uint64_t lba;		/* append, write; fence: the epoch */
	uint64_t wp;		/* write */
	uint64_t client_id;	/* hello */
	uint8_t secret[32];	/* hello */
	size_t secret_len;
	uint32_t retry_window;	/* hello */
	char detail[256];
};

/* Connect to "127.0.0.1:PORT"; exits the test on failure. */
int raw_connect(const char *addr);
int raw_send_all(int fd, const void *buf, size_t len);
/* A frame header for a request. */
void raw_frame(uint8_t *hdr, uint64_t id, uint32_t plen, uint32_t dlen);
/* Send req (and dlen bytes of data) as frame id; 0 or -1. */
int raw_send(int fd, uint64_t id, const Zap__Request *req, const void *data,
	     uint32_t dlen);
/* Receive one reply (waiting up to 10 s): its status, or -1 if the peer
 * closed, -2 on time-out, -3 if it does not decode. out may be NULL. */
int raw_recv(int fd, struct raw_reply *out);
/* True once the server closed fd (EOF within 10 s). */
bool raw_closed_by_server(int fd);

#endif
