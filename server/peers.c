/* SPDX-License-Identifier: MIT */
#include "peers.h"

#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

int peers_init(struct peer_table *t, unsigned max_addrs)
{
	uint32_t n = 16;

	while (n < 2u * max_addrs)
		n <<= 1;
	t->slots = calloc(n, sizeof(*t->slots));
	if (!t->slots)
		return -ENOMEM;
	t->mask = n - 1;
	if (getrandom(&t->seed, sizeof(t->seed), 0) != sizeof(t->seed))
		t->seed = (uintptr_t)t->slots;	/* unpredictable enough */
	return 0;
}

void peers_destroy(struct peer_table *t)
{
	free(t->slots);
	t->slots = NULL;
}

void peer_addr_of(struct peer_addr *a, const struct sockaddr *sa)
{
	memset(a, 0, sizeof(*a));
	if (sa->sa_family == AF_INET) {
		a->b[10] = a->b[11] = 0xff;
		memcpy(a->b + 12, &((const struct sockaddr_in *)sa)->sin_addr,
		       4);
	} else if (sa->sa_family == AF_INET6) {
		memcpy(a->b, &((const struct sockaddr_in6 *)sa)->sin6_addr,
		       16);
	}
}

/* splitmix64's finalizer over the two halves, seeded */
static uint32_t slot_of(const struct peer_table *t, const struct peer_addr *a)
{
	uint64_t h[2], x;

	memcpy(h, a->b, sizeof(h));
	x = h[0] ^ t->seed;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
	x ^= h[1];
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
	return (uint32_t)(x ^ (x >> 31)) & t->mask;
}

/* The slot holding a, or the empty slot where it would go. */
static struct peer_slot *find(const struct peer_table *t,
			      const struct peer_addr *a)
{
	uint32_t i = slot_of(t, a);

	while (t->slots[i].count && memcmp(&t->slots[i].addr, a, sizeof(*a)))
		i = (i + 1) & t->mask;
	return &t->slots[i];
}

uint32_t peers_count(const struct peer_table *t, const struct peer_addr *a)
{
	return find(t, a)->count;
}

void peers_add(struct peer_table *t, const struct peer_addr *a)
{
	struct peer_slot *s = find(t, a);

	s->addr = *a;
	s->count++;
}

void peers_remove(struct peer_table *t, const struct peer_addr *a)
{
	struct peer_slot *s = find(t, a);
	uint32_t hole = s - t->slots, i = hole;

	if (!s->count || --s->count)
		return;
	/* Backward shift: move up every later entry of the run whose home
	 * slot does not lie (cyclically) between the hole and it. */
	for (;;) {
		uint32_t home;

		i = (i + 1) & t->mask;
		if (!t->slots[i].count)
			break;
		home = slot_of(t, &t->slots[i].addr);
		if (((i - home) & t->mask) < ((i - hole) & t->mask))
			continue;
		t->slots[hole] = t->slots[i];
		hole = i;
	}
	t->slots[hole].count = 0;
}
