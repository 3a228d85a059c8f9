/* SPDX-License-Identifier: MIT */
#include "auth.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/crypto.h>

#include "log.h"

struct auth {
	unsigned refs;			/* atomic: every reactor holds one */
	unsigned nr;
	unsigned nr_drives;
	struct principal all;		/* the open mode's principal */
	const struct principal *anonymous;
	bool has_psk;
	struct principal p[];
};

static const char *const right_names[] = {
	"read", "append", "write", "manage",
};

#define NR_RIGHTS (sizeof(right_names) / sizeof(right_names[0]))

const char *auth_right_name(unsigned right)
{
	for (unsigned i = 0; i < NR_RIGHTS; i++)
		if (right == 1u << i)
			return right_names[i];
	return "admin";
}

int auth_parse_rights(const char *text)
{
	int rights = 0;

	while (*text) {
		size_t len;
		unsigned i;

		text += strspn(text, " \t,");
		len = strcspn(text, " \t,");
		if (!len)
			break;
		for (i = 0; i < NR_RIGHTS; i++)
			if (strlen(right_names[i]) == len &&
			    !strncmp(text, right_names[i], len))
				break;
		if (i < NR_RIGHTS)
			rights |= 1 << i;
		else if (len == 3 && !strncmp(text, "all", 3))
			rights |= AUTH_ALL;
		else if (len != 4 || strncmp(text, "none", 4))
			return -1;
		text += len;
	}
	return rights;
}

/* The key file holds the key in hex (openssl rand -hex 32); whitespace
 * around it is allowed. Returns the key's length, or 0 with why filled. */
static size_t read_psk(const char *file, uint8_t key[AUTH_PSK_MAX],
		       char *why, size_t why_len)
{
	char text[2 * AUTH_PSK_MAX + 64];
	struct stat st;
	size_t len = 0, n;
	FILE *f = fopen(file, "re");
	const char *p;

	if (!f) {
		snprintf(why, why_len, "%s: %s", file, strerror(errno));
		return 0;
	}
	n = fread(text, 1, sizeof(text) - 1, f);
	if (!fstat(fileno(f), &st) && (st.st_mode & S_IROTH))
		log_warn("pre-shared key readable by every user file=%s "
			 "hint=\"chmod 600 it\"", file);
	fclose(f);
	text[n] = '\0';
	p = text + strspn(text, " \t\r\n");
	while (isxdigit((unsigned char)p[0]) && isxdigit((unsigned char)p[1]) &&
	       len < AUTH_PSK_MAX) {
		sscanf(p, "%2hhx", &key[len++]);
		p += 2;
	}
	p += strspn(p, " \t\r\n");
	if (*p || len < AUTH_PSK_MIN || n == sizeof(text) - 1) {
		snprintf(why, why_len, "%s: want a key of %d to %d bytes in "
			 "hex (make one with: openssl rand -hex 32)", file,
			 AUTH_PSK_MIN, AUTH_PSK_MAX);
		OPENSSL_cleanse(key, AUTH_PSK_MAX);
		return 0;
	}
	return len;
}

/* Each drive gets the rights of its own rule, else those of "*". */
static void resolve_rights(struct principal *p,
			   const struct principal_config *c,
			   const char *const *drive_names, unsigned nr_drives)
{
	for (unsigned d = 0; d < nr_drives; d++) {
		int star = -1, own = -1;

		for (unsigned r = 0; r < c->nr_rules; r++) {
			if (!strcmp(c->rules[r].drive, "*"))
				star = c->rules[r].rights;
			else if (!strcmp(c->rules[r].drive, drive_names[d]))
				own = c->rules[r].rights;
		}
		p->rights[d] = own >= 0 ? own : star >= 0 ? star : 0;
	}
}

struct auth *auth_new(const struct principal_config *cfg, unsigned nr,
		      const char *const *drive_names, unsigned nr_drives,
		      char *why, size_t why_len)
{
	size_t size = sizeof(struct auth) + nr * sizeof(struct principal);
	/* one rights byte per drive per principal, the open one included */
	struct auth *a = calloc(1, size + (nr + 1) * (nr_drives + 1));
	uint8_t *rights;

	if (!a) {
		snprintf(why, why_len, "out of memory");
		return NULL;
	}
	rights = (uint8_t *)a + size;
	a->refs = 1;
	a->nr = nr;
	a->nr_drives = nr_drives;
	strcpy(a->all.name, "");
	a->all.admin = true;
	a->all.rights = rights;
	memset(rights, AUTH_ALL, nr_drives);
	rights += nr_drives + 1;
	for (unsigned i = 0; i < nr; i++) {
		struct principal *p = &a->p[i];
		char err[300];

		snprintf(p->name, sizeof(p->name), "%s", cfg[i].name);
		p->admin = cfg[i].admin;
		p->rights = rights;
		rights += nr_drives + 1;
		resolve_rights(p, &cfg[i], drive_names, nr_drives);
		if (cfg[i].psk_file[0]) {
			p->psk_len = read_psk(cfg[i].psk_file, p->psk, err,
					      sizeof(err));
			if (!p->psk_len) {
				snprintf(why, why_len, "principal %s: psk %s",
					 p->name, err);
				auth_free(a);
				return NULL;
			}
			a->has_psk = true;
		}
		if (!strcmp(p->name, AUTH_ANONYMOUS))
			a->anonymous = p;
	}
	return a;
}

void auth_get(struct auth *a)
{
	__atomic_add_fetch(&a->refs, 1, __ATOMIC_RELAXED);
}

void auth_free(struct auth *a)
{
	if (!a || __atomic_sub_fetch(&a->refs, 1, __ATOMIC_ACQ_REL))
		return;
	for (unsigned i = 0; i < a->nr; i++)
		OPENSSL_cleanse(a->p[i].psk, sizeof(a->p[i].psk));
	free(a);
}

bool auth_is_open(const struct auth *a)
{
	return !a->nr;
}

bool auth_admits_anonymous(const struct auth *a)
{
	return !a->nr || a->anonymous;
}

const struct principal *auth_find(const struct auth *a, const char *name)
{
	for (unsigned i = 0; i < a->nr; i++)
		if (!strcmp(a->p[i].name, name))
			return &a->p[i];
	return NULL;
}

const struct principal *auth_anonymous(const struct auth *a)
{
	return a->nr ? a->anonymous : &a->all;
}

bool auth_has_psk(const struct auth *a)
{
	return a->has_psk;
}

size_t auth_psk(const struct auth *a, const char *identity,
		uint8_t key[AUTH_PSK_MAX])
{
	const struct principal *p = auth_find(a, identity);

	if (!p || !p->psk_len)
		return 0;
	memcpy(key, p->psk, p->psk_len);
	return p->psk_len;
}
