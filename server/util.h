/* SPDX-License-Identifier: MIT */
/* util - the few helpers every layer of zapd may use. */
#ifndef ZAPD_UTIL_H
#define ZAPD_UTIL_H

#include <stddef.h>

/* The struct that embeds *ptr as its member. */
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

#endif
