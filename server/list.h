/* SPDX-License-Identifier: MIT */
/*
 * list - the one intrusive doubly linked list of zapd. A struct list_node
 * lives inside the element; list_entry() gets the element back.
 *
 * Unlike the kernel's circular list, a list is NULL-terminated at both
 * ends: a zeroed struct list is an empty list and holds no pointer to
 * itself, so an empty list (a zeroed zone lock, say) may be copied or
 * moved. Every operation is O(1) but the walks.
 */
#ifndef ZAPD_LIST_H
#define ZAPD_LIST_H

#include <stdbool.h>
#include <stddef.h>

struct list_node {
	struct list_node *prev, *next;
};

struct list {
	struct list_node *first, *last;
};

#define list_entry(node, type, member) \
	((type *)((char *)(node) - offsetof(type, member)))

/* Walk l; n may be unlinked (not freed: its successor is read first). */
#define list_for_each(n, next, l) \
	for ((n) = (l)->first; (n) && ((next) = (n)->next, 1); (n) = (next))

static inline bool list_empty(const struct list *l)
{
	return !l->first;
}

static inline void list_add_head(struct list *l, struct list_node *n)
{
	n->prev = NULL;
	n->next = l->first;
	if (l->first)
		l->first->prev = n;
	else
		l->last = n;
	l->first = n;
}

static inline void list_add_tail(struct list *l, struct list_node *n)
{
	n->next = NULL;
	n->prev = l->last;
	if (l->last)
		l->last->next = n;
	else
		l->first = n;
	l->last = n;
}

static inline void list_del(struct list *l, struct list_node *n)
{
	if (n->prev)
		n->prev->next = n->next;
	else
		l->first = n->next;
	if (n->next)
		n->next->prev = n->prev;
	else
		l->last = n->prev;
	n->prev = n->next = NULL;
}

#endif
