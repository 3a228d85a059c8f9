/* SPDX-License-Identifier: MIT */
/*
 * nvmf_conn - zapd's NVMe/TCP front end: the listener and its
 * connections. One TCP connection is one queue (admin or I/O) of a
 * controller (nvmf_ctrl.c). It is driven by the reactor's libevent base
 * like a session (nonblocking, a read budget per turn, replies written at
 * the end of the turn): PDUs are checked (nvmf_pdu.c) before anything is
 * allocated for them, write data comes in the capsule or after an R2T,
 * read data goes out as one C2HData PDU before the response.
 */
#ifndef ZAPD_NVMF_CONN_H
#define ZAPD_NVMF_CONN_H

#include <stdbool.h>

#include "session.h"

struct server;

/* Where and as what to serve NVMe/TCP; see config.c's nvmf_* keys. */
struct nvmf_config {
	const char *listen;	/* HOST:PORT; "" or NULL: off */
	const char *nqn;	/* the subsystem's NQN */
	const char *hosts;	/* allowed host NQNs, comma separated */
	bool any_host;		/* no list and insecure=yes: anyone */
};

/* Start listening (srv->nvmf). 0 or -errno with a log line; does
 * nothing when cfg->listen is empty. */
int nvmf_start(struct server *srv, const struct nvmf_config *cfg);

/* SIGHUP: cfg's allowed hosts replace the old ones at once (a host no
 * longer allowed loses its controllers and their connections); a changed
 * listen address or NQN is logged as needing a restart and not applied.
 * Log lines say what was done. */
void nvmf_reload(struct server *srv, const struct nvmf_config *cfg);

/* Stop accepting (graceful shutdown, first step). */
void nvmf_stop_listening(struct server *srv);

/* Add what a graceful stop waits for on NVMe/TCP connections to b. */
void nvmf_backlog(const struct server *srv, struct session_backlog *b);

/* Close every connection (hosts see the connection drop and, as with any
 * NVMe/TCP target going away, retry what was not answered elsewhere or
 * later), then free the front end. */
void nvmf_stop(struct server *srv);

#endif
