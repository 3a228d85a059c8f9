/* SPDX-License-Identifier: MIT */
/*
 * syncer - group commit for a backend that writes through the page cache:
 * ios added to it complete after the next fdatasync of its file, which
 * runs on the reactor's ring. One fsync is in flight at a time; ios added
 * meanwhile wait for the one after it, so a burst costs one or two
 * fsyncs, not one each. An fsync error is sticky (the pages it failed on
 * may be gone): from then on every io completes with *error.
 */
#ifndef ZAPD_SYNCER_H
#define ZAPD_SYNCER_H

#include <stdbool.h>

#include "backend.h"


struct syncer {
	struct reactor *r;
	int fd;
	int *error;		/* the owner's sticky error, 0 while well */
	/* a failed fsync: the owner records it in *error (and logs) */
	void (*failed)(struct syncer *s, int err);
	struct io_queue waiting;	/* for the next fsync */
	struct io_queue syncing;	/* covered by the fsync in flight */
	bool in_flight;
	struct reactor_io rio;
	struct reactor_deferred retry;	/* the ring was full */
};

void syncer_init(struct syncer *s, struct reactor *r, int fd, int *error,
		 void (*failed)(struct syncer *s, int err));
/* io completes after an fsync that starts later than this call. */
void syncer_add(struct syncer *s, struct backend_io *io);
/* Start an fsync for what waits, unless one is in flight (its completion
 * starts the next). */
void syncer_start(struct syncer *s);
bool syncer_busy(const struct syncer *s);

#endif
