/* SPDX-License-Identifier: MIT */
/*
 * fuzz_server - the zapd that the request-level fuzz targets talk to: the
 * daemon's own server struct, reactor, identity table and two small
 * emulated drives, made once per process in a temporary state directory
 * (under /dev/shm when there is one, so syncs cost nothing) whose files
 * are unlinked as soon as they are open.
 *
 *   drive "a": 512-byte LBAs, 4 zones of 16 LBAs (capacity 12), max open
 *              2, max active 3, max append 4 LBAs
 *   drive "b": 4096-byte LBAs, 3 zones of 4 LBAs (capacity 3), no open or
 *              active limit, max append 2 LBAs
 *
 * fuzz_server_reset() before each input makes every input start from the
 * same state: every zone empty and unfenced, a new identity table with
 * two identities issued, metrics zeroed. So an input that crashes does so
 * again on its own, which is what makes a regression file of it.
 */
#ifndef ZAP_FUZZ_SERVER_H
#define ZAP_FUZZ_SERVER_H

#include <stdbool.h>
#include <stdint.h>

#include "retry.h"
#include "server.h"

/* An identity issued at reset, with its secret. */
struct fuzz_identity {
	struct retry_client *c;		/* fuzz_server holds a reference */
	uint8_t secret[RETRY_SECRET_LEN];
};

extern struct server fuzz_srv;
extern struct node fuzz_node;
/* Issued by every reset: the fuzz targets' "A" and "B". */
extern struct fuzz_identity fuzz_ident[2];

/* Make the server (first call only); then reset it (every call). */
void fuzz_server_reset(void);
/* Run the loop until *flag is true. */
void fuzz_run_until(const bool *flag);
/* Abort with a message if the server still has requests in flight. */
void fuzz_check_idle(const char *target);

#endif
