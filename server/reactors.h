/* SPDX-License-Identifier: MIT */
/*
 * reactors - the daemon's threads, one per reactor (struct server): the
 * caller's thread runs server 0, which accepts connections and handles
 * signals; the others run their own loops. What concerns every reactor
 * at once goes to each as a message, never under a lock: a reload of
 * the principals and TLS settings, and a graceful stop.
 */
#ifndef ZAPD_REACTORS_H
#define ZAPD_REACTORS_H

#include <stdint.h>

#include "server.h"

struct tls_config;

/* Start the threads of servers 1.. (they inherit the caller's blocked
 * signals: signals go to server 0's thread). 0 or -errno, with a log
 * line; on an error the threads started are stopped again. */
int reactors_start(struct node *n);

/*
 * From server 0's thread: every reactor takes a (n) reference on the
 * principals a, drops the old table's, has its connections take their
 * principal's new rights (closing those of removed principals) and, if
 * it serves TLS, reloads it from tls. The caller keeps its own reference.
 * Returns 0 or -ENOMEM (nothing changed then).
 */
int reactors_reload(struct node *n, struct auth *a,
		    const struct tls_config *tls);

/*
 * From server 0's thread: a graceful stop. Every reactor refuses new
 * requests and connections and finishes what it has; once every one has
 * answered its requests and written its replies, every loop ends, server
 * 0's too (its reactor_run() returns). After timeout_s they end anyway,
 * and n->stop_timed_out says so.
 */
void reactors_stop(struct node *n, uint32_t timeout_s);

/* After server 0's loop ended: wait for the other threads (then this
 * thread may touch every server). */
void reactors_join(struct node *n);

#endif
