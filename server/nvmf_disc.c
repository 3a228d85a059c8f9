/* SPDX-License-Identifier: MIT */
#include "nvmf_disc.h"

#include <arpa/inet.h>
#include <endian.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <nvme/types.h>	/* the log page's layout */

/* zapd has one port (nvmf_listen); its id only tells ports apart. */
#define DISC_PORTID	1
#define DYNAMIC_CNTLID	0xffff

_Static_assert(sizeof(struct nvmf_discovery_log) == NVMF_DISC_LOG_HDR,
	       "discovery log header");
_Static_assert(sizeof(struct nvmf_disc_log_entry) == NVMF_DISC_ENTRY,
	       "discovery log entry");

/* traddr and adrfam of a socket address; an IPv4-mapped IPv6 address
 * (a dual-stack listener reached over IPv4) is the IPv4 address the host
 * can connect to. False for any other family. */
static bool disc_addr(const struct sockaddr_storage *ss,
		      struct nvmf_disc_log_entry *e)
{
	const struct sockaddr_in6 *in6 = (const void *)ss;
	const struct sockaddr_in *in = (const void *)ss;
	uint16_t port;

	if (ss->ss_family == AF_INET6 &&
	    IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
		e->adrfam = NVMF_ADDR_FAMILY_IP4;
		inet_ntop(AF_INET, &in6->sin6_addr.s6_addr[12], e->traddr,
			  sizeof(e->traddr));
		port = in6->sin6_port;
	} else if (ss->ss_family == AF_INET6) {
		e->adrfam = NVMF_ADDR_FAMILY_IP6;
		inet_ntop(AF_INET6, &in6->sin6_addr, e->traddr,
			  sizeof(e->traddr));
		port = in6->sin6_port;
	} else if (ss->ss_family == AF_INET) {
		e->adrfam = NVMF_ADDR_FAMILY_IP4;
		inet_ntop(AF_INET, &in->sin_addr, e->traddr, sizeof(e->traddr));
		port = in->sin_port;
	} else {
		return false;
	}
	snprintf(e->trsvcid, sizeof(e->trsvcid), "%u", ntohs(port));
	return true;
}

size_t nvmf_disc_log(void *out, uint64_t genctr,
		     const struct nvmf_disc_entry *e)
{
	struct nvmf_discovery_log *log = out;
	struct nvmf_disc_log_entry *ent = log->entries;

	memset(out, 0, NVMF_DISC_LOG_MAX);	/* recfmt 0 */
	log->genctr = htole64(genctr);
	if (!e)
		return NVMF_DISC_LOG_HDR;
	if (!disc_addr(e->addr, ent))
		return 0;
	log->numrec = htole64(1);
	ent->trtype = NVMF_TRTYPE_TCP;
	ent->subtype = NVME_NQN_NVME;
	/* Not specified: zapd's NVMe/TCP has no TLS, and libnvme takes
	 * either secure-channel value as a request for it. No SQ flow
	 * control disable either: zapd always reports its SQ head. */
	ent->treq = NVMF_TREQ_NOT_SPECIFIED;
	ent->portid = htole16(DISC_PORTID);
	ent->cntlid = htole16(DYNAMIC_CNTLID);
	ent->asqsz = htole16(e->asqsz);
	/* strings NUL-padded, as nvmet's; tsas.tcp.sectype 0: none */
	snprintf(ent->subnqn, sizeof(ent->subnqn), "%s", e->subnqn);
	return NVMF_DISC_LOG_MAX;
}
