/* SPDX-License-Identifier: MIT */
#include "kv.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "textparse.h"

int kv_set(struct kv_list *l, const char *key, const char *value)
{
	unsigned i;

	if (!*key)
		return -EINVAL;
	if (strlen(key) >= sizeof(l->items[0].key) ||
	    strlen(value) >= sizeof(l->items[0].value))
		return -E2BIG;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->items[i].key, key))
			break;
	if (i == l->n) {
		if (l->n == KV_MAX)
			return -E2BIG;
		l->n++;
	}
	strcpy(l->items[i].key, key);
	strcpy(l->items[i].value, value);
	l->items[i].used = false;
	return 0;
}

int kv_parse(struct kv_list *l, const char *s, const char **bad)
{
	while (*s) {
		char item[256];
		size_t len = strcspn(s, ",");
		char *eq;

		*bad = s;
		if (len >= sizeof(item))
			return -E2BIG;
		memcpy(item, s, len);
		item[len] = '\0';
		eq = strchr(item, '=');
		if (!eq)
			return -EINVAL;
		*eq = '\0';
		int ret = kv_set(l, item, eq + 1);
		if (ret)
			return ret;
		s += len;
		if (*s == ',')
			s++;
	}
	return 0;
}

const char *kv_get(struct kv_list *l, const char *key)
{
	for (unsigned i = 0; i < l->n; i++) {
		if (!strcmp(l->items[i].key, key)) {
			l->items[i].used = true;
			return l->items[i].value;
		}
	}
	return NULL;
}

int kv_get_size(struct kv_list *l, const char *what, const char *key,
		uint64_t def, uint64_t min, uint64_t max, uint64_t *out)
{
	const char *v = kv_get(l, key);

	if (!v) {
		*out = def;
		return 0;
	}
	if (zap_size_parse(v, out, NULL) || *out < min || *out > max) {
		log_error("bad option drive=%s key=%s value=%s "
			  "reason=\"want a size in [%" PRIu64 ", %" PRIu64 "]\"",
			  what, key, v, min, max);
		return -EINVAL;
	}
	return 0;
}

int kv_get_choice(struct kv_list *l, const char *what, const char *key,
		  const char *const *choices, int def)
{
	const char *v = kv_get(l, key);

	if (!v)
		return def;
	for (int i = 0; choices[i]; i++)
		if (!strcmp(v, choices[i]))
			return i;
	log_error("bad option drive=%s key=%s value=%s reason=\"not one of "
		  "the allowed words\"", what, key, v);
	return -EINVAL;
}

int kv_check_all_used(const struct kv_list *l, const char *what)
{
	for (unsigned i = 0; i < l->n; i++) {
		if (!l->items[i].used) {
			log_error("unknown option drive=%s key=%s", what,
				  l->items[i].key);
			return -EINVAL;
		}
	}
	return 0;
}
