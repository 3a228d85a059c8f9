/* SPDX-License-Identifier: MIT */
/*
 * peers - open connections per client address, for
 * max_connections_per_address: an open-addressing hash table (linear
 * probing, backward-shift deletion) of at most max_connections addresses,
 * sized at twice that so a lookup stays short whatever the addresses are;
 * the hash is seeded at random so that clients cannot choose addresses
 * that collide.
 */
#ifndef ZAPD_PEERS_H
#define ZAPD_PEERS_H

#include <stdint.h>
#include <sys/socket.h>

/* An IPv6 address; IPv4 as v4-mapped, so both forms count as one. */
struct peer_addr {
	uint8_t b[16];
};

struct peer_slot {
	struct peer_addr addr;
	uint32_t count;			/* 0: the slot is empty */
};

struct peer_table {
	struct peer_slot *slots;
	uint32_t mask;			/* slots - 1, a power of two */
	uint64_t seed;
};

/* Room for max_addrs addresses at once. 0 or -ENOMEM. */
int peers_init(struct peer_table *t, unsigned max_addrs);
void peers_destroy(struct peer_table *t);

/* The address of sa (AF_INET or AF_INET6; anything else is all zeros). */
void peer_addr_of(struct peer_addr *a, const struct sockaddr *sa);

/* Connections open from a. */
uint32_t peers_count(const struct peer_table *t, const struct peer_addr *a);
/* One more from a; the caller keeps at most max_addrs addresses in. */
void peers_add(struct peer_table *t, const struct peer_addr *a);
/* One fewer from a, which was added. */
void peers_remove(struct peer_table *t, const struct peer_addr *a);

#endif
