/* SPDX-License-Identifier: MIT */
#include "dedup.h"

#include <stdbool.h>
#include <stdlib.h>

#define DEDUP_BUCKETS	2048	/* power of two, > DEDUP_MAX_CLIENTS */

enum { SLOT_EMPTY, SLOT_IN_FLIGHT, SLOT_DONE };

struct dedup_slot {
	uint64_t seq;
	uint8_t state;
	struct dedup_result res;
};

struct dedup_client {
	uint64_t id;
	uint64_t max_seq;
	struct dedup_client *hash_next;
	struct dedup_client *lru_prev, *lru_next;	/* head: most recent */
	struct dedup_slot slots[DEDUP_WINDOW];
};

struct dedup {
	struct dedup_client *buckets[DEDUP_BUCKETS];
	struct dedup_client *lru_head, *lru_tail;
	unsigned nr_clients;
};

static unsigned bucket_of(uint64_t id)
{
	id ^= id >> 33;
	id *= 0xff51afd7ed558ccdull;	/* murmur3 finalizer: ids are counters */
	id ^= id >> 33;
	return id & (DEDUP_BUCKETS - 1);
}

struct dedup *dedup_new(void)
{
	return calloc(1, sizeof(struct dedup));
}

void dedup_free(struct dedup *d)
{
	struct dedup_client *c, *next;

	if (!d)
		return;
	for (c = d->lru_head; c; c = next) {
		next = c->lru_next;
		free(c);
	}
	free(d);
}

static void lru_unlink(struct dedup *d, struct dedup_client *c)
{
	if (c->lru_prev)
		c->lru_prev->lru_next = c->lru_next;
	else
		d->lru_head = c->lru_next;
	if (c->lru_next)
		c->lru_next->lru_prev = c->lru_prev;
	else
		d->lru_tail = c->lru_prev;
}

static void lru_push(struct dedup *d, struct dedup_client *c)
{
	c->lru_prev = NULL;
	c->lru_next = d->lru_head;
	if (d->lru_head)
		d->lru_head->lru_prev = c;
	else
		d->lru_tail = c;
	d->lru_head = c;
}

static struct dedup_client *find(struct dedup *d, uint64_t id)
{
	struct dedup_client *c = d->buckets[bucket_of(id)];

	while (c && c->id != id)
		c = c->hash_next;
	return c;
}

static void forget(struct dedup *d, struct dedup_client *c)
{
	struct dedup_client **pp = &d->buckets[bucket_of(c->id)];

	while (*pp != c)
		pp = &(*pp)->hash_next;
	*pp = c->hash_next;
	lru_unlink(d, c);
	d->nr_clients--;
	free(c);
}

static struct dedup_client *find_or_add(struct dedup *d, uint64_t id)
{
	struct dedup_client *c = find(d, id);
	unsigned b;

	if (c) {
		lru_unlink(d, c);
		lru_push(d, c);
		return c;
	}
	if (d->nr_clients == DEDUP_MAX_CLIENTS)
		forget(d, d->lru_tail);
	c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->id = id;
	b = bucket_of(id);
	c->hash_next = d->buckets[b];
	d->buckets[b] = c;
	lru_push(d, c);
	d->nr_clients++;
	return c;
}

enum dedup_verdict dedup_begin(struct dedup *d, uint64_t client, uint64_t seq,
			       struct dedup_result *out)
{
	struct dedup_client *c = find_or_add(d, client);
	struct dedup_slot *slot;

	if (!c)
		return DEDUP_NEW;
	if (seq + DEDUP_WINDOW <= c->max_seq)
		return DEDUP_TOO_OLD;
	slot = &c->slots[seq % DEDUP_WINDOW];
	if (slot->state != SLOT_EMPTY && slot->seq == seq) {
		if (slot->state == SLOT_IN_FLIGHT)
			return DEDUP_IN_FLIGHT;
		*out = slot->res;
		return DEDUP_DONE;
	}
	slot->seq = seq;
	slot->state = SLOT_IN_FLIGHT;
	if (seq > c->max_seq)
		c->max_seq = seq;
	return DEDUP_NEW;
}

void dedup_end(struct dedup *d, uint64_t client, uint64_t seq,
	       const struct dedup_result *res)
{
	struct dedup_client *c = find(d, client);
	struct dedup_slot *slot;

	if (!c)
		return;		/* forgotten meanwhile */
	slot = &c->slots[seq % DEDUP_WINDOW];
	if (slot->seq == seq && slot->state == SLOT_IN_FLIGHT) {
		slot->state = SLOT_DONE;
		slot->res = *res;
	}
}
