/* SPDX-License-Identifier: MIT */
/*
 * nvmf_disc - the Discovery Log Page (Get Log Page 70h, NVMe over Fabrics
 * 1.1, 5.3) that zapd's discovery controller (nvmf_ctrl.c) returns: what
 * `nvme discover` and `nvme connect-all` read to learn the subsystem's
 * NQN and where to connect to it. Encoding only, no state.
 */
#ifndef ZAPD_NVMF_DISC_H
#define ZAPD_NVMF_DISC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

/* The well-known NQN a host connects to for discovery. */
#define NVMF_DISC_NQN		"nqn.2014-08.org.nvmexpress.discovery"
#define NVMF_DISC_LOG_HDR	1024	/* the header; entries follow */
#define NVMF_DISC_ENTRY		1024
#define NVMF_DISC_LOG_MAX	(NVMF_DISC_LOG_HDR + NVMF_DISC_ENTRY)

/* One NVM subsystem on one port, as a discovery log entry says it. */
struct nvmf_disc_entry {
	const char *subnqn;
	const struct sockaddr_storage *addr;	/* the port: IPv4 or IPv6 */
	uint16_t asqsz;		/* admin queue entries a host may ask */
};

/*
 * The log page into out (NVMF_DISC_LOG_MAX bytes, zeros after the page):
 * the header with genctr, and e's entry unless e is NULL (a host that may
 * see no subsystem). Returns the page's length, or 0 if e's address is
 * neither IPv4 nor IPv6.
 */
size_t nvmf_disc_log(void *out, uint64_t genctr,
		     const struct nvmf_disc_entry *e);

#endif
