/* SPDX-License-Identifier: MIT */
/*
 * auth - who a connection is (its principal) and what it may do.
 *
 * A principal is a [principal NAME] section of the config: its TLS 1.3
 * pre-shared key (the PSK identity is NAME) and its rights, per drive
 * (read, append, write, manage) and server-wide (admin). A client
 * certificate whose subject CN is NAME authenticates as NAME too.
 *
 * Modes: with no principal configured zapd is open (every connection may
 * do everything: fit for a loopback-only node); with principals, a
 * connection that authenticated as nobody gets the rights of the principal
 * "anonymous" if there is one, else none.
 *
 * The table is rebuilt on SIGHUP; a session keeps its principal's name and
 * looks it up again in the new table (auth_find). A struct principal
 * pointer is valid until the next auth_free of its table.
 */
#ifndef ZAPD_AUTH_H
#define ZAPD_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define AUTH_NAME_MAX		64	/* principal names, with the NUL */
#define AUTH_PSK_MIN		16
#define AUTH_PSK_MAX		64
#define AUTH_MAX_PRINCIPALS	256
#define AUTH_MAX_RULES		16	/* drive.NAME lines per principal */
#define AUTH_ANONYMOUS		"anonymous"

/* Rights, as bits. */
enum {
	AUTH_READ = 1 << 0,	/* READ, REPORT_ZONES */
	AUTH_APPEND = 1 << 1,	/* APPEND */
	AUTH_WRITE = 1 << 2,	/* WRITE */
	AUTH_MANAGE = 1 << 3,	/* zone management, FENCE */
	AUTH_ALL = 0xf,
};

/* One drive.NAME = RIGHTS line; NAME "*" is every drive not named. */
struct auth_rule {
	char drive[48];
	uint8_t rights;
};

/* A [principal NAME] section, as read from the config file. */
struct principal_config {
	char name[AUTH_NAME_MAX];
	char psk_file[256];		/* "" if none */
	bool admin;
	unsigned nr_rules;
	struct auth_rule rules[AUTH_MAX_RULES];
	int line;			/* of its header, for messages */
};

struct principal {
	char name[AUTH_NAME_MAX];
	uint8_t psk[AUTH_PSK_MAX];
	size_t psk_len;			/* 0: no pre-shared key */
	bool admin;
	uint8_t *rights;		/* per drive index */
};

struct auth;

/*
 * "read,append" → the bits; "all", "none" too. -1 if a word is unknown.
 */
int auth_parse_rights(const char *text);
/* "read" for AUTH_READ, ..., "admin" for 0 (the server-wide right). */
const char *auth_right_name(unsigned right);

/*
 * Build the table of nr principals for the drives named drive_names[]
 * (in server order), reading each PSK file. NULL on error, with why
 * (a sentence naming the principal and the file) filled. The caller
 * holds one reference.
 */
struct auth *auth_new(const struct principal_config *cfg, unsigned nr,
		      const char *const *drive_names, unsigned nr_drives,
		      char *why, size_t why_len);
/* Another reference (each reactor holds one); any thread. */
void auth_get(struct auth *a);
/* Drop a reference; the last one frees the table. Any thread. */
void auth_free(struct auth *a);

/* No principals configured: every connection may do everything. */
bool auth_is_open(const struct auth *a);
/* Whether a connection that authenticated as nobody may do anything. */
bool auth_admits_anonymous(const struct auth *a);
/* The principal called name; NULL if none. */
const struct principal *auth_find(const struct auth *a, const char *name);
/* The principal of a connection that authenticated as nobody: the
 * all-rights one when open, "anonymous" if configured, else NULL. */
const struct principal *auth_anonymous(const struct auth *a);
/* Whether some principal has a pre-shared key. */
bool auth_has_psk(const struct auth *a);

/* Copy the pre-shared key of the principal called identity into key;
 * returns its length (16..64), or 0 if there is no such principal or it
 * has no PSK. */
size_t auth_psk(const struct auth *a, const char *identity,
		uint8_t key[AUTH_PSK_MAX]);

/* The rights (AUTH_* bits) of p on drive index drive; p NULL: none. */
static inline unsigned auth_rights(const struct principal *p,
				   unsigned drive)
{
	return p ? p->rights[drive] : 0;
}

#endif
