/* SPDX-License-Identifier: MIT */
/*
 * counter - a number one thread writes and any thread may read (metrics,
 * zone states for the metrics page): relaxed atomic loads and stores,
 * which on x86-64 and arm64 are plain moves, so the writer pays nothing
 * and a reader on another reactor sees a whole value, never a torn one.
 * Only the owning thread may write: a load and a store are not one
 * read-modify-write.
 */
#ifndef ZAPD_COUNTER_H
#define ZAPD_COUNTER_H

#define COUNTER_READ(x)		__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define COUNTER_SET(x, v)	__atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define COUNTER_ADD(x, n)	COUNTER_SET(x, (x) + (n))
#define COUNTER_SUB(x, n)	COUNTER_SET(x, (x) - (n))

#endif
