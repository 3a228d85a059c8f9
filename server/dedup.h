/* SPDX-License-Identifier: MIT */
/*
 * dedup - a retried request (same client id and sequence number, e.g.
 * after its reply was lost with a connection) is answered with the
 * original result instead of being applied twice.
 *
 * Per client it keeps the results of its last DEDUP_WINDOW sequence
 * numbers; at most DEDUP_MAX_CLIENTS clients are remembered, the least
 * recently seen is forgotten first. Results live in memory only: a retry
 * that reaches a restarted zapd is a new request.
 *
 * Costs: O(1) per request (one hash lookup), about 16 KiB per client.
 */
#ifndef ZAPD_DEDUP_H
#define ZAPD_DEDUP_H

#include <stdint.h>

#define DEDUP_WINDOW		512
#define DEDUP_MAX_CLIENTS	1024

struct dedup_result {
	int status;
	uint64_t lba;
	uint64_t wp;
};

enum dedup_verdict {
	DEDUP_NEW,		/* first time: run it, then dedup_end() */
	DEDUP_IN_FLIGHT,	/* the original has not finished yet */
	DEDUP_DONE,		/* *out holds the original result */
	DEDUP_TOO_OLD,		/* older than the window: cannot tell */
};

struct dedup;

struct dedup *dedup_new(void);
void dedup_free(struct dedup *d);

/* Look (client, seq) up; DEDUP_NEW also records it as in flight. Returns
 * DEDUP_NEW when the table has no memory: then it cannot protect. */
enum dedup_verdict dedup_begin(struct dedup *d, uint64_t client, uint64_t seq,
			       struct dedup_result *out);
/* Record the result of a request dedup_begin() called new. */
void dedup_end(struct dedup *d, uint64_t client, uint64_t seq,
	       const struct dedup_result *res);

#endif
