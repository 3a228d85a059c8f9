/* SPDX-License-Identifier: MIT */
/*
 * retry - client identities and exactly-once outcomes.
 *
 * An identity is a random 64-bit id and a 128-bit secret that zapd issues
 * at HELLO; the connection that said HELLO (or resumed with the secret)
 * owns it, and only requests on such a connection may name it. Per
 * identity and drive zapd keeps a window: the outcomes of the last
 * RETRY_WINDOW sequence numbers sent to that drive. A retry of the same
 * request gets the original outcome; a different request under a seq used
 * on the same drive is refused by name. The same seq on another drive is
 * another window's, so it is a new request there: a retry names the drive
 * the original did, and only newer seqs to a drive push its window on.
 *
 * Identities live in <state_dir>/clients, written (and synced) when one is
 * issued. Outcomes of requests that reached a drive are kept by its backend
 * with the data (retry_record.h) and read back at start-up, so a retry
 * after a crash gets the original outcome too.
 *
 * No lock on the request path: a drive's windows are touched only by the
 * drive's owner thread (retry_begin/end/abort, retry_max_seq) for a request
 * that holds a reference, and eviction frees them only at refs == 0 (refs
 * are atomic). HELLO (issue, resume, eviction) takes the table's mutex.
 *
 * Costs: one table lookup per request (the session keeps its identity);
 * 64 bytes on disk per identity; about RETRY_WINDOW * 88 bytes of memory
 * per (identity, drive) that has seen a request since start-up.
 */
#ifndef ZAPD_RETRY_H
#define ZAPD_RETRY_H

#include <stddef.h>
#include <stdint.h>

#include "drive.h"
#include "retry_record.h"

#define RETRY_SECRET_LEN	16

enum retry_slot_state {
	RETRY_SLOT_EMPTY,	/* no request, or one that was not applied */
	RETRY_SLOT_IN_FLIGHT,
	RETRY_SLOT_DONE,
};

/* The outcome of one seq of one identity. */
struct retry_slot {
	struct retry_record rec;	/* the request and its outcome */
	uint64_t wp;			/* WRITE: the wp its reply carried */
	uint8_t drive;			/* index in the server's drives */
	uint8_t state;			/* enum retry_slot_state */
};

struct retry_window;

struct retry_client {
	uint64_t id;			/* 0: this entry is free */
	uint8_t secret_hash[32];	/* SHA-256 of the secret and principal */
	uint32_t index;			/* in the table and the record slots */
	uint32_t refs;			/* atomic: connections and requests */
	uint64_t last_used;		/* the table's clock, for eviction */
	/* one per drive, allocated by its owner at its first request */
	struct retry_window **windows;
};

enum retry_verdict {
	RETRY_NEW,		/* apply it; then retry_end() */
	RETRY_DONE,		/* *slot holds the original outcome */
	RETRY_IN_FLIGHT,	/* the same request is still in flight */
	RETRY_REUSED,		/* seq was used for a different request */
	RETRY_TOO_OLD,		/* seq <= the drive's max_seq - RETRY_WINDOW */
	RETRY_SLOT_BUSY,	/* seq - RETRY_WINDOW * k, to the same drive,
				 * is still in flight */
	RETRY_NO_MEMORY,
};

struct retry;

/* Open (creating if missing) <state_dir>/clients, for drives 0 to
 * nr_drives - 1. NULL with *err = -errno and a log line saying why. */
struct retry *retry_open(const char *state_dir, unsigned nr_drives,
			 int *err);
void retry_close(struct retry *r);

/*
 * HELLO: issue a new identity (its secret in secret[]) or resume one.
 * On success *out holds a reference for the caller. Returns 0 or a
 * zap_status: BUSY (every identity is in use), IO_ERROR (the table could
 * not be written), UNKNOWN_CLIENT (resume: no such id, or wrong secret,
 * or taken by another principal). principal is the connection's
 * authenticated name, "" if none: an identity is bound to it.
 */
int retry_issue(struct retry *r, const char *principal,
		struct retry_client **out, uint8_t secret[RETRY_SECRET_LEN]);
int retry_resume(struct retry *r, const char *principal, uint64_t id,
		 const uint8_t *secret, size_t secret_len,
		 struct retry_client **out);
/* Any thread; retry_get() only by one that holds a reference already. */
void retry_get(struct retry_client *c);
void retry_put(struct retry_client *c);

/*
 * On drive's owner thread, holding a reference on c: a request of c with
 * req->client_id, req->seq and the request fields filled, to drive (below
 * nr_drives): see enum retry_verdict. *slot is set for RETRY_NEW (the slot,
 * now in flight), RETRY_DONE and RETRY_IN_FLIGHT.
 */
enum retry_verdict retry_begin(struct retry_client *c,
			       const struct retry_record *req, unsigned drive,
			       struct retry_slot **slot);
/* The request of a RETRY_NEW slot finished with outcome (request fields
 * as given to retry_begin; the outcome fields filled). */
void retry_end(struct retry_slot *slot, const struct retry_record *outcome,
	       uint64_t wp);
/* As retry_begin: the highest seq of c that drive accepted. */
uint64_t retry_max_seq(const struct retry_client *c, unsigned drive);

/*
 * Start-up, after drive d (index drive) is open and before other threads
 * run: read back the outcomes its backend kept and take those the zones
 * show were applied. Returns 0 or -errno.
 */
int retry_load_drive(struct retry *r, unsigned drive, struct drive *d);

#endif
