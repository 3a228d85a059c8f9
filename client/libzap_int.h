/* SPDX-License-Identifier: MIT */
/*
 * libzap internals, shared by the connection machinery (libzap.c) and the
 * requests (requests.c). Nothing here is exported from libzap.so.
 */
#ifndef ZAP_CLIENT_LIBZAP_INT_H
#define ZAP_CLIENT_LIBZAP_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <zap/zap.h>
#include "zap.pb-c.h"

/* Internal completion: like zap_callback, and it sees the reply too (NULL
 * when the request completes locally: lost connection, close, timeout). */
typedef void (*zapc_done_fn)(zap_client *c, const struct zap_result *res,
			     const Zap__Reply *rep, void *arg);

/* What to do when a request completes. */
struct zapc_op {
	zap_callback cb;	/* public requests */
	zapc_done_fn done;	/* internal ones (cb is then NULL) */
	void *arg;
	void *buf;		/* read: where the data goes (NULL: drop it) */
	uint32_t len;		/* read: bytes expected in the reply */
	Zap__Reply__BodyCase body;	/* what an OK reply must carry */
};

/* Waiting for one request in a blocking call. */
struct zapc_sync {
	bool done;
	struct zap_result res;	/* res.detail is not kept: see zap_last_error */
};

/* Record a sentence for zap_last_error(); returns status. */
int zapc_error(zap_client *c, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Open the TCP connection (no HELLO yet). */
int zapc_open(zap_client *c, const char *address);
/* Queue a request with its data part; sets its client_id and seq. */
int zapc_submit(zap_client *c, Zap__Request *req, const void *data,
		size_t len, const struct zapc_op *op);
/* Wait for the request zapc_submit() just queued, which completes into s. */
int zapc_wait(zap_client *c, struct zapc_sync *s);

/* HELLO and IDENTIFY, on a freshly opened connection. */
int zapc_handshake(zap_client *c, const char *client_name);

/*
 * Split "HOST:PORT", "[V6]:PORT", "[V6]", "V6" or "HOST" into host and
 * port (ZAP_DEFAULT_PORT if none). Returns 0 or -1 if malformed.
 */
int zapc_parse_address(const char *address, char *host, size_t host_size,
		       char port[6]);

/* The connection, as far as requests.c needs to know it. */
struct zapc_slot;

struct zap_client {
	int fd;			/* -1 once the connection is lost */
	int timeout_ms;		/* blocking calls; -1: none */
	uint64_t client_id;
	uint64_t seq;
	uint32_t max_data;
	uint32_t max_in_flight;

	struct zapc_buf {
		uint8_t *data;
		size_t head;	/* first byte not yet sent or parsed */
		size_t tail;	/* end of the bytes queued or received */
		size_t size;
	} out, in;

	/* Requests in flight; a request's id is gen << 32 | slot index. */
	struct zapc_slot *slots;
	uint32_t nr_slots;
	uint32_t free_slot;	/* head of the free list */
	uint32_t nr_pending;
	uint64_t last_id;	/* of the request queued last */
	uint64_t completions;	/* requests completed so far */

	struct zap_drive *drives;
	size_t nr_drives;

	char error[512];
};

#endif
