/* SPDX-License-Identifier: MIT */
/*
 * kv - key=value options of a drive ("lba_size=4096,zone_size=64M"), as
 * they come from --drive or the config file. Each getter marks its key
 * used, so that kv_check_all_used() can refuse the unknown ones.
 */
#ifndef ZAPD_KV_H
#define ZAPD_KV_H

#include <stdbool.h>
#include <stdint.h>

#define KV_MAX 32

struct kv_list {
	unsigned n;
	struct {
		char key[32];
		char value[224];
		bool used;
	} items[KV_MAX];
};

/* Add or replace key. Returns 0, or -EINVAL (empty key) / -E2BIG (too long
 * or too many). */
int kv_set(struct kv_list *l, const char *key, const char *value);
/* Parse "k=v,k=v"; returns 0 or -EINVAL, with *bad pointing at the item. */
int kv_parse(struct kv_list *l, const char *s, const char **bad);
/* The value, or NULL if absent. */
const char *kv_get(struct kv_list *l, const char *key);
/*
 * A size (proto/textparse.h: "4096", "64K", "16M") in [min, max].
 * Absent: *out = def, returns 0. Bad: -EINVAL, with a log line naming
 * `what` (the drive), the key, the value and the range.
 */
int kv_get_size(struct kv_list *l, const char *what, const char *key,
		uint64_t def, uint64_t min, uint64_t max, uint64_t *out);
/* One of the words in choices (NULL-terminated); returns its index. */
int kv_get_choice(struct kv_list *l, const char *what, const char *key,
		  const char *const *choices, int def);
/* -EINVAL with a log line for the first key no getter asked for. */
int kv_check_all_used(const struct kv_list *l, const char *what);

#endif
