/* SPDX-License-Identifier: MIT */
/*
 * nvmf_ctrl - zapd's NVMe subsystem: one NQN, the drives as zoned
 * namespaces (nsid = drive index + 1), the hosts allowed to connect, and
 * the controllers they create. A controller is an admin queue plus its
 * I/O queues (each one TCP connection, nvmf_conn.c); this layer runs the
 * Fabrics commands (Connect, Property Get/Set), the admin command set and
 * keep-alive, and hands I/O commands to nvmf_io.c. A Connect to the
 * well-known discovery NQN makes a discovery controller instead: admin
 * queue only, its log page (nvmf_disc.c) names the subsystem.
 */
#ifndef ZAPD_NVMF_CTRL_H
#define ZAPD_NVMF_CTRL_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>

#include "list.h"
#include "nvmf_io.h"
#include "server.h"

#define NVMF_NQN_MAX		224	/* 223 bytes and a NUL */
#define NVMF_MAX_HOSTS		32
#define NVMF_QUEUE_SIZE		128	/* per queue: MQES + 1 */
#define NVMF_MAX_IO_QUEUES	8
#define NVMF_INCAPSULE_DATA	8192	/* data bytes in one capsule */

struct nvmf_ctrl;

/* The hosts allowed to connect. */
struct nvmf_hosts {
	char nqn[NVMF_MAX_HOSTS][NVMF_NQN_MAX];
	unsigned nr;
	bool any;		/* insecure=yes and no list: every host */
};

struct nvmf_subsys {
	struct server *srv;
	char nqn[NVMF_NQN_MAX];
	struct nvmf_hosts hosts;
	uint64_t genctr;	/* the discovery log's: moves with hosts */
	struct nvmf_ns ns[SERVER_MAX_DRIVES];
	unsigned nr_ns;		/* nsids 1..nr_ns; inactive: no drive */
	uint32_t max_bytes;	/* of one command: MDTS and ZASL */
	bool vwc;		/* a drive acknowledges before durable */
	char serial[21];
	struct list ctrls;	/* struct nvmf_ctrl */
	uint16_t next_cntlid;
};

/* One queue: what a connection is to the controller layer. */
struct nvmf_queue {
	struct nvmf_subsys *subsys;
	struct nvmf_ctrl *ctrl;	/* NULL until Connect */
	uint16_t qid;
	uint16_t sqsize;	/* 0-based, as Connect gave it */
	/* Where the host reached zapd: the port its discovery log names
	 * (not nvmf_listen, which may be a wildcard address). */
	struct sockaddr_storage local;
	/* The transport's: close this queue's connection (the controller
	 * is going away: keep-alive expired, its admin queue closed). */
	void (*kill)(struct nvmf_queue *q, const char *why);
	struct list_node link;	/* in the controller's I/O queues */
};

/*
 * The subsystem of srv's drives: nqn, and hosts a comma-separated list of
 * host NQNs (empty: none unless any_host). Drives that cannot be zoned
 * namespaces (zone size not a power of two, ...) are left inactive with a
 * log line. Returns 0 or -EINVAL with a log line.
 */
int nvmf_subsys_init(struct nvmf_subsys *s, struct server *srv,
		     const char *nqn, const char *hosts, bool any_host);

/*
 * Make hosts (as for nvmf_subsys_init) the allowed hosts, at once: the
 * controllers of a host no longer allowed are closed with their queues
 * (a log line each), and the discovery log's generation counter moves if
 * the list changed. Returns the number of controllers closed, or -EINVAL
 * with a log line and the old list kept.
 */
int nvmf_subsys_set_hosts(struct nvmf_subsys *s, const char *hosts,
			  bool any_host);

/* The most data one command on q may carry (MDTS): 8 KiB until Connect
 * and on a discovery controller, whose host need not be allowed. */
uint32_t nvmf_queue_max_bytes(const struct nvmf_queue *q);

/*
 * Run cmd (its data, if it carries any to zapd, in cmd->buf) on q.
 * Returns false if cmd->status and cmd->result are final now; true if
 * cmd->done runs later, or never for a held Asynchronous Event Request
 * (nvmf_ctrl_cancel() withdraws it).
 */
bool nvmf_ctrl_exec(struct nvmf_queue *q, struct nvmf_cmd *cmd);

/* Withdraw a command of q's that exec left running (its connection is
 * closing): true if withdrawn, false if cmd->done will still run. */
bool nvmf_ctrl_cancel(struct nvmf_queue *q, struct nvmf_cmd *cmd);

/* q's connection is gone: an admin queue takes its controller (and the
 * controller's I/O queues, through their kill) with it. */
void nvmf_queue_gone(struct nvmf_queue *q);

#endif
