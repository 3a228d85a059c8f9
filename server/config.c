/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <ini.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "kv.h"
#include "log.h"
#include "netaddr.h"
#include "session.h"
#include "textparse.h"

enum key_type {
	KT_STRING,
	KT_U32,
	KT_SIZE,
	KT_LOG_LEVEL,
	KT_LISTEN,
	KT_BOOL,	/* yes or no */
	KT_LIST,	/* comma separated; a repeated key adds to it */
};

struct config_key {
	const char *name;	/* in the file; as a flag with '-' for '_' */
	enum key_type type;
	size_t offset;
	size_t size;		/* KT_STRING: buffer size */
	uint64_t min, max;
	const char *def;	/* the default, as text; NULL: unset */
	const char *arg;	/* for --help */
	const char *help;
};

#define STR(field, name, def, arg, help) \
	{ name, KT_STRING, offsetof(struct config, field), \
	  sizeof(((struct config *)0)->field), 0, 0, def, arg, help }
#define BOOL(field, name, def, help) \
	{ name, KT_BOOL, offsetof(struct config, field), 0, 0, 0, def, \
	  "yes|no", help }
#define U32(field, name, def, min, max, arg, help) \
	{ name, KT_U32, offsetof(struct config, field), 0, min, max, def, \
	  arg, help }
#define SIZE(field, name, def, min, max, arg, help) \
	{ name, KT_SIZE, offsetof(struct config, field), \
	  sizeof(((struct config *)0)->field), min, max, def, arg, help }

/*
 * The one table of [server] keys, with their defaults (applied before the
 * file and the flags, which are the same keys); --help is made from it.
 */
static const struct config_key server_keys[] = {
	{ "listen", KT_LISTEN, 0, 0, 0, 0, ZAP_DEFAULT_ADDRESS, "HOST:PORT",
	  "Address to serve clients on; repeat for several. Port 0 picks a "
	  "free one." },
	BOOL(plaintext, "plaintext", "no",
	     "(--plaintext alone says yes.) Serve without TLS: anyone on the path reads and changes the "
	     "data, and no client is authenticated. zapd refuses to start "
	     "without TLS credentials unless this says yes."),
	BOOL(insecure, "insecure", "no",
	     "Allow a listen address beyond loopback (127.0.0.0/8, ::1) to "
	     "serve clients that are not authenticated (plaintext, no "
	     "[principal] sections, or a principal \"anonymous\"); without "
	     "it zapd refuses to start and says why."),
	STR(metrics_listen, "metrics_listen", NULL, "HOST:PORT",
	    "Serve Prometheus metrics at http://HOST:PORT/metrics. Unset: "
	    "no metrics endpoint."),
	STR(nvmf_listen, "nvmf_listen", NULL, "HOST:PORT",
	    "Also serve the drives over NVMe/TCP, as zoned namespaces of one "
	    "NVMe subsystem (nvme connect -t tcp); 4420 is the usual port. "
	    "Unencrypted and unauthenticated: beyond loopback only with "
	    "insecure=yes. Unset: no NVMe/TCP."),
	STR(nvmf_subsys_nqn, "nvmf_subsys_nqn", NULL, "NQN",
	    "The NVMe subsystem NQN hosts connect to. Unset: "
	    "nqn.2026-12.io.zapd:HOSTNAME."),
	{ "nvmf_allowed_hosts", KT_LIST,
	  offsetof(struct config, nvmf_allowed_hosts),
	  sizeof(((struct config *)0)->nvmf_allowed_hosts), 0, 0, NULL,
	  "NQN[,NQN...]",
	  "Host NQNs allowed to connect over NVMe/TCP; repeat for more (a "
	  "config line holds at most 198 characters). Unset: every host is "
	  "refused, unless insecure=yes lets any host in." },
	STR(state_dir, "state_dir", NULL, "DIR",
	    "Where zapd keeps its state, and the default emulated drive. "
	    "Unset: /var/lib/zapd for root, else ~/.local/state/zapd."),
	STR(port_file, "port_file", NULL, "FILE",
	    "Write the first bound address (HOST:PORT) to FILE once zapd "
	    "accepts connections (for scripts that use port 0)."),
	{ "log_level", KT_LOG_LEVEL, offsetof(struct config, log_level), 0, 0,
	  0, "info", "LEVEL", "error, warn, info or debug." },
	U32(limits.max_connections, "max_connections", "1024", 1, 65536, "N",
	    "Client connections at once."),
	U32(limits.max_conns_per_addr, "max_connections_per_address", "256",
	    1, 65536, "N", "Client connections at once from one IP address."),
	U32(limits.max_in_flight, "max_in_flight", "256", 1, 65536, "N",
	    "Requests in flight per connection; zapd stops reading a "
	    "connection that has this many."),
	SIZE(limits.max_data, "max_data", "4M", 4096, 64u << 20, "SIZE",
	     "Largest data part of one frame (append, write, read), K/M "
	     "suffixes allowed."),
	SIZE(limits.max_conn_bytes, "max_conn_bytes", "64M", 8u << 10,
	     16ull << 30, "SIZE",
	     "Bytes in flight per connection (requests' data, READ "
	     "replies, unread input, unsent replies); zapd stops reading a "
	     "connection that holds this many, and reads no closer to it "
	     "than the most one request may be charged. At least about "
	     "2 x max_data + 16K (more with a large max_report_zones)."),
	SIZE(limits.memory_budget, "memory_budget", "1G", 1u << 20, 1ull << 40,
	     "SIZE",
	     "Bytes in flight, all connections together, and data buffers "
	     "kept for reuse (1/8); half is kept so that every connection "
	     "can always hold memory_budget / 2 / max_connections. Split "
	     "equally between the reactors; at least reactors x 3 x "
	     "max_conn_bytes."),
	U32(limits.idle_timeout_s, "idle_timeout", "300", 0, 7 * 86400,
	    "SECONDS", "Close a connection with no request for this long; 0 "
	    "never."),
	U32(limits.frame_timeout_s, "frame_timeout", "30", 1, 3600, "SECONDS",
	    "Close a connection whose frame, once begun, is not whole "
	    "within this long."),
	U32(reactors, "reactors", "0", 0, SERVER_MAX_REACTORS, "N",
	    "Threads that serve connections and drives, each with its own "
	    "event loop and io_uring; each drive belongs to one of them, "
	    "connections are spread over all. 0: one per online CPU, at most "
	    "8, and at most memory_budget / (3 x max_conn_bytes) (each "
	    "reactor has an equal share of memory_budget)."),
	U32(shutdown_timeout_s, "shutdown_timeout", "30", 1, 3600, "SECONDS",
	    "On SIGTERM, how long requests in flight may take to finish."),
	U32(limits.max_report_zones, "max_report_zones", "4096", 1, 16384, "N",
	    "Zones in one report reply (clients page through the rest)."),
	STR(tls.cert, "tls_cert", NULL, "FILE",
	    "TLS 1.3 on the client port: the server's certificate chain "
	    "(PEM, leaf first). Needs tls_key. Re-read on SIGHUP."),
	STR(tls.key, "tls_key", NULL, "FILE",
	    "The private key of tls_cert (PEM). Re-read on SIGHUP."),
	STR(tls.ca, "tls_ca", NULL, "FILE",
	    "CA bundle (PEM) for client certificates: zapd asks clients for "
	    "one, refuses one that does not verify, and a verified one's "
	    "subject CN is the client's principal. Re-read on SIGHUP. "
	    "Unset: no client certificate is asked for."),
	BOOL(tls.ktls, "tls_ktls", "yes",
	     "Let the kernel encrypt TLS records (kTLS) where it offers the "
	     "tls module; OpenSSL 3.0 offloads sending only."),
	U32(limits.handshake_timeout_s, "handshake_timeout", "10", 1, 3600,
	    "SECONDS",
	    "Close a TLS connection whose handshake is not done this long "
	    "after it was accepted."),
	U32(faults.drop_reply, "fault_drop_reply", "0", 0, UINT32_MAX, "N",
	    "Testing only: after every Nth applied append, write or zone "
	    "management that carries a client id, drop its reply and close "
	    "the connection (the request stays applied). 0: off."),
	U32(faults.kill_before_reply, "fault_kill_before_reply", "0", 0,
	    UINT32_MAX, "N",
	    "Testing only: at the Nth such request, once it is applied and "
	    "durable, SIGKILL zapd before the reply is sent. 0: off."),
};

#define NR_KEYS (sizeof(server_keys) / sizeof(server_keys[0]))

static const struct config_key *key_find(const char *name)
{
	for (unsigned i = 0; i < NR_KEYS; i++)
		if (!strcmp(server_keys[i].name, name))
			return &server_keys[i];
	return NULL;
}

/* Apply one key; returns 0 or -1 with *why set. A key that may repeat
 * (listen, a list) adds to what it has, unless told to replace it: the
 * first time a source (the file, the flags) gives it. */
static int key_set(struct config *cfg, const struct config_key *k,
		   const char *value, bool replace, const char **why)
{
	char *field = (char *)cfg + k->offset;
	struct sockaddr_storage ss;
	socklen_t sslen;
	uint64_t v;
	int level;

	switch (k->type) {
	case KT_STRING:
		if (strlen(value) >= k->size) {
			*why = "value too long";
			return -1;
		}
		strcpy(field, value);
		return 0;
	case KT_LIST:
		if (replace)
			field[0] = 0;
		if (strlen(field) + !!field[0] + strlen(value) >= k->size) {
			*why = "list too long";
			return -1;
		}
		if (field[0])
			strcat(field, ",");
		strcat(field, value);
		return 0;
	case KT_LISTEN:
		if (replace)
			cfg->nr_listen = 0;
		if (cfg->nr_listen == SERVER_MAX_LISTENERS) {
			*why = "too many listen addresses (at most 8)";
			return -1;
		}
		if (strlen(value) >= sizeof(cfg->listen[0]) ||
		    netaddr_parse(value, &ss, &sslen)) {
			*why = "want HOST:PORT with a numeric IPv4 HOST, "
			       "[IPv6] or localhost";
			return -1;
		}
		strcpy(cfg->listen[cfg->nr_listen++], value);
		return 0;
	case KT_BOOL:
		if (strcmp(value, "yes") && strcmp(value, "no")) {
			*why = "want yes or no";
			return -1;
		}
		*(bool *)field = value[0] == 'y';
		return 0;
	case KT_LOG_LEVEL:
		level = log_level_parse(value);
		if (level < 0) {
			*why = "want error, warn, info or debug";
			return -1;
		}
		*(int *)field = level;
		return 0;
	case KT_U32:
	case KT_SIZE:
		/* a number is a size without a unit */
		if (zap_size_parse(value, &v, NULL) ||
		    (k->type == KT_U32 && strpbrk(value, "kKmMgGtT"))) {
			*why = k->type == KT_SIZE ? "want a size like 4096, 64K "
						    "or 4M" : "want a number";
			return -1;
		}
		if (v < k->min || v > k->max) {
			static char range[64];

			snprintf(range, sizeof(range), "out of range [%" PRIu64
				 ", %" PRIu64 "]", k->min, k->max);
			*why = range;
			return -1;
		}
		if (k->size == sizeof(uint64_t))
			*(uint64_t *)field = v;
		else
			*(uint32_t *)field = (uint32_t)v;
		return 0;
	}
	return -1;
}

int config_parse_drive(struct drive_config *d, const char *spec,
		       const char **why)
{
	const char *p1 = strchr(spec, ':'), *p2, *opts, *bad;
	char path[sizeof(d->path)];
	size_t plen;

	memset(d, 0, sizeof(*d));	/* drive_finish() applies defaults */
	p2 = p1 ? strchr(p1 + 1, ':') : NULL;
	if (!p1 || !p2 || p1 == spec || p2 == p1 + 1) {
		*why = "want NAME:BACKEND:PATH[,key=value...]";
		return -1;
	}
	if ((size_t)(p1 - spec) >= sizeof(d->name) ||
	    (size_t)(p2 - p1 - 1) >= sizeof(d->backend)) {
		*why = "drive name or backend too long";
		return -1;
	}
	memcpy(d->name, spec, p1 - spec);
	memcpy(d->backend, p1 + 1, p2 - p1 - 1);
	opts = strchr(p2 + 1, ',');
	plen = opts ? (size_t)(opts - p2 - 1) : strlen(p2 + 1);
	if (!plen || plen >= sizeof(path)) {
		*why = "drive path empty or too long";
		return -1;
	}
	memcpy(path, p2 + 1, plen);
	path[plen] = '\0';
	strcpy(d->path, path);
	if (opts && kv_parse(&d->options, opts + 1, &bad)) {
		*why = "bad drive option: want key=value[,key=value...]";
		return -1;
	}
	return 0;
}

/* zapd's own drive keys (the backend's are checked when it opens): each
 * takes one of two values; its bool in struct drive_config is true for
 * values[1]. */
static const struct drive_key {
	const char *name;
	const char *values[2];
	int def;		/* index of the default value */
	const char *why;
	size_t offset;
	const char *help;
} drive_keys[] = {
	{ "durability", { "none", "sync" }, 1, "want sync or none",
	  offsetof(struct drive_config, durable),
	  "none acknowledges before data is durable: unsafe, for "
	  "benchmarks." },
	{ "on_error", { "fail", "skip" }, 0, "want fail or skip",
	  offsetof(struct drive_config, optional),
	  "skip: start without the drive if it does not open." },
	{ "create", { "no", "yes" }, 0, "want no or yes",
	  offsetof(struct drive_config, create),
	  "yes: make an emu drive that does not exist yet; no: a missing "
	  "drive is an error, not a new empty one." },
};

#define NR_DRIVE_KEYS (sizeof(drive_keys) / sizeof(drive_keys[0]))

static const struct drive_key *drive_key_find(const char *name)
{
	for (unsigned i = 0; i < NR_DRIVE_KEYS; i++)
		if (!strcmp(drive_keys[i].name, name))
			return &drive_keys[i];
	return NULL;
}

/* Take zapd's own keys out of a drive's options. */
static int drive_finish(struct drive_config *d, const char **why)
{
	for (unsigned i = 0; i < NR_DRIVE_KEYS; i++) {
		const struct drive_key *k = &drive_keys[i];
		const char *const choices[] = { k->values[0], k->values[1],
						NULL };
		int v = kv_get_choice(&d->options, d->name, k->name, choices,
				      k->def);

		if (v < 0) {
			*why = k->why;
			return -1;
		}
		*(bool *)((char *)d + k->offset) = v == 1;
	}
	/* the backend sees only its own keys */
	for (unsigned i = 0; i < d->options.n; i++) {
		if (d->options.items[i].used) {
			d->options.items[i] = d->options.items[--d->options.n];
			i--;
		}
	}
	return 0;
}

static int add_drive(struct config *cfg, const struct drive_config *d,
		     const char **why)
{
	unsigned i;

	for (i = 0; i < cfg->nr_drives; i++)
		if (!strcmp(cfg->drives[i].name, d->name))
			break;
	if (i == SERVER_MAX_DRIVES) {
		*why = "too many drives (at most 64)";
		return -1;
	}
	cfg->drives[i] = *d;
	cfg->drive_line[i] = 0;
	if (i == cfg->nr_drives)
		cfg->nr_drives++;
	return 0;
}

struct ini_state {
	struct config *cfg;
	FILE *f;
	const char *why;
	int line;		/* of the text inih is parsing */
	int lines_done;		/* newlines read so far */
	int error_line;		/* of the first error, 0 if none */
	char key[64];		/* its key, or "" */
	bool seen[NR_KEYS];	/* keys the file gave already */
};

/* The drive of a "[drive NAME]" section, made when its header is read. */
static struct drive_config *section_drive(struct ini_state *st,
					  const char *name, size_t len)
{
	struct config *cfg = st->cfg;
	struct drive_config d = { 0 };	/* drive_finish() applies defaults */

	for (unsigned i = 0; i < cfg->nr_drives; i++)
		if (strlen(cfg->drives[i].name) == len &&
		    !strncmp(cfg->drives[i].name, name, len))
			return &cfg->drives[i];
	/* inih keeps 49 characters of a section name, "drive " included */
	if (!len || len > 43) {
		st->why = len ? "drive name too long (at most 43 characters)" :
				"drive section needs a NAME: [drive NAME]";
		return NULL;
	}
	memcpy(d.name, name, len);
	if (add_drive(cfg, &d, &st->why))
		return NULL;
	cfg->drive_line[cfg->nr_drives - 1] = st->line;
	return &cfg->drives[cfg->nr_drives - 1];
}

/* The principal of a "[principal NAME]" section, made at its header. */
static struct principal_config *section_principal(struct ini_state *st,
						  const char *name, size_t len)
{
	struct config *cfg = st->cfg;
	struct principal_config *p;

	for (unsigned i = 0; i < cfg->nr_principals; i++)
		if (strlen(cfg->principals[i].name) == len &&
		    !strncmp(cfg->principals[i].name, name, len))
			return &cfg->principals[i];
	/* inih keeps 49 characters of a section name, "principal " too */
	if (!len || len > 39 || memchr(name, ' ', len)) {
		st->why = len ? "principal name too long (at most 39 "
				"characters) or with a space" :
				"principal section needs a NAME: "
				"[principal NAME]";
		return NULL;
	}
	if (cfg->nr_principals == AUTH_MAX_PRINCIPALS) {
		st->why = "too many principals (at most 256)";
		return NULL;
	}
	p = &cfg->principals[cfg->nr_principals++];
	memset(p, 0, sizeof(*p));
	memcpy(p->name, name, len);
	p->line = st->line;
	return p;
}

/* psk = FILE, admin = yes|no, drive.NAME = RIGHTS (NAME * for the rest) */
static int principal_key(struct principal_config *p, const char *name,
			 const char *value, const char **why)
{
	struct auth_rule *r;
	int rights;

	if (!strcmp(name, "psk")) {
		if (strlen(value) >= sizeof(p->psk_file)) {
			*why = "value too long";
			return -1;
		}
		if (!strcmp(p->name, AUTH_ANONYMOUS)) {
			*why = "the principal anonymous is who did not "
			       "authenticate: it has no key";
			return -1;
		}
		strcpy(p->psk_file, value);
		return 0;
	}
	if (!strcmp(name, "admin")) {
		if (strcmp(value, "yes") && strcmp(value, "no")) {
			*why = "want yes or no";
			return -1;
		}
		p->admin = value[0] == 'y';
		return 0;
	}
	if (strncmp(name, "drive.", 6) || !name[6] ||
	    strlen(name + 6) >= sizeof(r->drive)) {
		*why = "unknown key in [principal] (want psk, admin or "
		       "drive.NAME)";
		return -1;
	}
	rights = auth_parse_rights(value);
	if (rights < 0) {
		*why = "want rights read, append, write, manage (comma "
		       "separated), all or none";
		return -1;
	}
	for (unsigned i = 0; i < p->nr_rules; i++) {
		if (!strcmp(p->rules[i].drive, name + 6)) {
			p->rules[i].rights = rights;
			return 0;
		}
	}
	if (p->nr_rules == AUTH_MAX_RULES) {
		*why = "too many drive.NAME lines (at most 16; use drive.*)";
		return -1;
	}
	r = &p->rules[p->nr_rules++];
	strcpy(r->drive, name + 6);
	r->rights = rights;
	return 0;
}

/*
 * inih's line reader: fgets, counting lines so that every error names its
 * line, and making the drive of each [drive NAME] header, so that a drive
 * section without keys is seen too.
 */
static char *ini_read_line(char *str, int num, void *stream)
{
	struct ini_state *st = stream;
	const char *p, *end;

	if (st->error_line || !fgets(str, num, st->f))
		return NULL;
	st->line = st->lines_done + 1;
	if (strchr(str, '\n')) {
		st->lines_done++;
	} else if (!feof(st->f)) {
		/* inih would parse the rest as a line of its own */
		snprintf(st->key, sizeof(st->key), "a line of more than %d "
			 "characters", num - 2);
		st->why = "too long for the config reader (inih)";
		st->error_line = st->line;
	}
	p = str + strspn(str, " \t");
	end = strchr(p, ']');
	if (*p != '[' || !end)
		return str;
	if (!strncmp(p, "[drive ", 7)) {
		if (!section_drive(st, p + 7, end - p - 7))
			st->error_line = st->line;
	} else if (!strncmp(p, "[principal ", 11)) {
		if (!section_principal(st, p + 11, end - p - 11))
			st->error_line = st->line;
	} else if (end - p != 7 || strncmp(p, "[server]", 8)) {
		snprintf(st->key, sizeof(st->key), "%.*s", (int)(end - p + 1),
			 p);
		st->why = "unknown section (want [server], [drive NAME] or "
			  "[principal NAME])";
		st->error_line = st->line;
	}
	return str;
}

static int on_ini_line(void *user, const char *section, const char *name,
		       const char *value)
{
	struct ini_state *st = user;
	struct config *cfg = st->cfg;
	const struct config_key *k;
	const struct drive_key *dk;
	struct drive_config *drive;

	if (st->error_line)	/* inih goes on after an error: ignore */
		return 1;
	if (!strcmp(section, "server")) {
		k = key_find(name);
		if (!k) {
			st->why = "unknown key in [server]";
			goto err;
		}
		if (key_set(cfg, k, value, !st->seen[k - server_keys],
			    &st->why))
			goto err;
		st->seen[k - server_keys] = true;
		return 1;
	}
	if (!strncmp(section, "principal ", 10)) {
		struct principal_config *p;

		p = section_principal(st, section + 10, strlen(section + 10));
		if (!p || principal_key(p, name, value, &st->why))
			goto err;
		return 1;
	}
	/* keys before any section; other sections are refused when read */
	if (strncmp(section, "drive ", 6)) {
		st->why = "key outside a section (want [server], [drive NAME] "
			  "or [principal NAME] above it)";
		goto err;
	}
	drive = section_drive(st, section + 6, strlen(section + 6));
	if (!drive)
		goto err;
	if (!strcmp(name, "backend") || !strcmp(name, "path")) {
		char *field = name[0] == 'b' ? drive->backend : drive->path;
		size_t size = name[0] == 'b' ? sizeof(drive->backend) :
					       sizeof(drive->path);

		if (strlen(value) >= size) {
			st->why = "value too long";
			goto err;
		}
		if (name[0] == 'b' && !backend_find(value)) {
			st->why = "unknown backend (want emu, mem or nvme)";
			goto err;
		}
		strcpy(field, value);
		return 1;
	}
	/* zapd's own drive keys are checked here, the backend's at open */
	dk = drive_key_find(name);
	if (dk && strcmp(value, dk->values[0]) && strcmp(value, dk->values[1])) {
		st->why = dk->why;
		goto err;
	}
	if (kv_set(&drive->options, name, value)) {
		st->why = "too many or too long drive options";
		goto err;
	}
	return 1;
err:
	st->error_line = st->line;
	snprintf(st->key, sizeof(st->key), "%s", name);
	return 0;
}

static int load_file(struct config *cfg, const char *file)
{
	struct ini_state st = { .cfg = cfg };
	int line;

	st.f = fopen(file, "re");
	if (!st.f) {
		fprintf(stderr, "zapd: %s: cannot open: %s\n", file,
			strerror(errno));
		return -1;
	}
	line = ini_parse_stream(ini_read_line, &st, on_ini_line, &st);
	fclose(st.f);
	/* inih reports its first error, and goes on to call on_ini_line */
	if (line > 0 && (!st.error_line || line < st.error_line)) {
		fprintf(stderr, "zapd: %s:%d: syntax error (want key = value "
			"or [section])\n", file, line);
		return -1;
	}
	if (st.error_line) {
		fprintf(stderr, "zapd: %s:%d: %s%s%s\n", file, st.error_line,
			st.key, st.key[0] ? ": " : "", st.why);
		return -1;
	}
	snprintf(cfg->file, sizeof(cfg->file), "%s", file);
	for (unsigned i = 0; i < cfg->nr_drives; i++) {
		struct drive_config *d = &cfg->drives[i];

		if (!d->backend[0] || !d->path[0]) {
			fprintf(stderr, "zapd: %s:%d: [drive %s] needs %s\n",
				file, cfg->drive_line[i], d->name,
				d->backend[0] ? "a path" : d->path[0] ?
				"a backend" : "a backend and a path");
			return -1;
		}
	}
	return 0;
}

/* "  --flag ARG   help, wrapped at 79 columns. Default: DEF." */
static void print_help(FILE *f, const char *flag, const char *help,
		       const char *def)
{
	char text[1024];
	const char *p = text;
	int col;

	snprintf(text, sizeof(text), "%s%s%s%s", help, def ? " Default: " : "",
		 def ? def : "", def ? "." : "");
	col = fprintf(f, "  %-30s", flag);
	while (*p) {
		size_t word = strcspn(p, " ");

		if (col + 1 + (int)word > 79 && col > 33)
			col = fprintf(f, "\n%32s", "") - 1;
		col += fprintf(f, " %.*s", (int)word, p);
		p += word;
		p += strspn(p, " ");
	}
	fputc('\n', f);
}

static void usage(FILE *f)
{
	fprintf(f,
"Usage: zapd [OPTIONS]\n"
"\n"
"zapd serves zoned (ZNS) NVMe drives over TCP: clients append data, the\n"
"drive chooses where (NVMe Zone Append), and the reply names the LBA.\n"
"Without drive options it serves one emulated zoned drive, \"emu0\", kept\n"
"under the state directory, on 127.0.0.1:%d. It speaks TLS 1.3 unless\n"
"told --plaintext, and serves unauthenticated clients on loopback only\n"
"unless told --insecure (see Security in docs/OPERATIONS.md).\n"
"\n"
"Options:\n"
"  -c, --config FILE        Read settings from an INI file ([server] keys\n"
"                           as below, one [drive NAME] section per drive,\n"
"                           one [principal NAME] per client identity).\n"
"                           Flags given on the command line win.\n"
"  -d, --drive SPEC         Serve a drive; repeat for several. SPEC is\n"
"                           NAME:BACKEND:PATH[,key=value...], BACKEND emu\n"
"                           (PATH a directory, created with the geometry\n"
"                           keys lba_size, zone_size, zone_cap, zones,\n"
"                           max_open, max_active, max_append), mem (a drive\n"
"                           in zapd's memory, gone when it exits: PATH is\n"
"                           only a label, the same geometry keys, bounded by\n"
"                           the memory available, durability=none only) or\n"
"                           nvme (PATH /dev/ngXnY). Every drive also takes\n"
"                           the keys under Drive keys below.\n"
"  -l, --listen HOST:PORT   Same as the listen key (see below).\n"
"      --check-config       Check the settings and drives, then exit.\n"
"  -h, --help               Show this help and exit.\n"
"  -V, --version            Show the version and exit.\n"
"\n"
"Settings (config file key, or flag --key with '-' for '_'):\n",
		ZAP_DEFAULT_PORT);
	for (unsigned i = 0; i < NR_KEYS; i++) {
		char flag[64];

		snprintf(flag, sizeof(flag), "--%s %s", server_keys[i].name,
			 server_keys[i].arg);
		for (char *p = flag + 2; *p && *p != ' '; p++)
			if (*p == '_')
				*p = '-';
		print_help(f, flag, server_keys[i].help, server_keys[i].def);
	}
	fprintf(f, "\nDrive keys (in --drive SPEC, or a [drive NAME] "
		"section):\n");
	for (unsigned i = 0; i < NR_DRIVE_KEYS; i++) {
		const struct drive_key *k = &drive_keys[i];
		char flag[64];

		snprintf(flag, sizeof(flag), "%s=%s|%s", k->name,
			 k->values[0], k->values[1]);
		print_help(f, flag, k->help, k->values[k->def]);
	}
	fprintf(f,
"\n"
"Principals ([principal NAME] sections of the config file): a client\n"
"authenticated as NAME (its TLS pre-shared key identity, or its client\n"
"certificate's CN) may do what drive.DRIVE = RIGHTS lines grant, RIGHTS\n"
"read, append, write, manage (zone management, fence), all or none;\n"
"drive.* covers the other drives; admin = yes allows STATS. psk = FILE\n"
"names its key (hex: openssl rand -hex 32). With no principal every\n"
"client may do everything; with principals, unauthenticated clients get\n"
"the rights of [principal anonymous], if there is one.\n"
"\n"
"Signals: SIGTERM or SIGINT stop accepting, let requests in flight finish\n"
"(up to shutdown_timeout), persist zone state and exit 0. SIGHUP re-reads\n"
"log_level and the principals (keys, rights) from the config file, and\n"
"the TLS certificate, key and CAs (for new connections; open ones keep\n"
"theirs).\n"
"\n"
"Exit status: 0 after a clean stop, 1 on a start-up error (bad settings,\n"
"a drive that fails to open), 2 on a usage error.\n"
"\n"
"Examples:\n"
"  zapd --plaintext\n"
"  zapd --plaintext --listen 127.0.0.1:0 --port-file /tmp/zapd.addr \\\n"
"       --drive test:emu:/tmp/zd,create=yes,zone_size=16M,zones=32\n"
"  zapd --config /etc/zapd/zapd.conf\n"
"\n"
"See docs/OPERATIONS.md and docs/PROTOCOL.md.\n");
}

static void defaults(struct config *cfg)
{
	const char *home = getenv("HOME");
	const char *why;

	memset(cfg, 0, sizeof(*cfg));
	for (unsigned i = 0; i < NR_KEYS; i++)
		if (server_keys[i].def &&
		    key_set(cfg, &server_keys[i], server_keys[i].def, false,
			    &why))
			abort();	/* a bad default: caught by every test */
	/* the one default not known before zapd runs */
	strcpy(cfg->nvmf_subsys_nqn, "nqn.2026-12.io.zapd:");
	gethostname(cfg->nvmf_subsys_nqn + strlen(cfg->nvmf_subsys_nqn),
		    sizeof(cfg->nvmf_subsys_nqn) -
		    strlen(cfg->nvmf_subsys_nqn) - 1);
	if (geteuid() == 0 || !home)
		strcpy(cfg->state_dir, "/var/lib/zapd");
	else
		snprintf(cfg->state_dir, sizeof(cfg->state_dir),
			 "%s/.local/state/zapd", home);
}

/* "--max-in-flight" → the key "max_in_flight", or NULL. */
static const struct config_key *flag_key(const char *flag, char *name,
					 size_t size)
{
	size_t len = strcspn(flag, "=");

	if (len >= size)
		return NULL;
	memcpy(name, flag, len);
	name[len] = '\0';
	for (char *p = name; *p; p++)
		if (*p == '-')
			*p = '_';
	return key_find(name);
}

/* A drive.NAME line must name a configured drive: a typo would
 * otherwise silently grant nothing (or leave "*" to decide). */
static int check_principals(const struct config *cfg)
{
	for (unsigned i = 0; i < cfg->nr_principals; i++) {
		const struct principal_config *p = &cfg->principals[i];

		for (unsigned r = 0; r < p->nr_rules; r++) {
			const char *name = p->rules[r].drive;
			unsigned d;

			for (d = 0; d < cfg->nr_drives; d++)
				if (!strcmp(cfg->drives[d].name, name))
					break;
			if (strcmp(name, "*") && d == cfg->nr_drives) {
				fprintf(stderr, "zapd: %s:%d: [principal %s] "
					"drive.%s: no drive is called %s\n",
					cfg->file, p->line, p->name, name,
					name);
				return -1;
			}
		}
	}
	return 0;
}

/* Whether the configuration gives zapd TLS credentials to serve with. */
static bool tls_wanted(const struct config *cfg)
{
	bool psk = false;

	for (unsigned i = 0; i < cfg->nr_principals; i++)
		psk |= cfg->principals[i].psk_file[0] != '\0';
	return tls_configured(&cfg->tls, psk);
}

/* Why a client that authenticated as nobody may do something; NULL if
 * it may not. */
static const char *unauthenticated_access(const struct config *cfg)
{
	if (cfg->plaintext)
		return "plaintext=yes: nothing is encrypted and no client is "
		       "authenticated";
	if (!cfg->nr_principals)
		return "no [principal] is configured, so every client may "
		       "do everything";
	for (unsigned i = 0; i < cfg->nr_principals; i++)
		if (!strcmp(cfg->principals[i].name, AUTH_ANONYMOUS))
			return "[principal anonymous] gives rights to clients "
			       "that did not authenticate";
	return NULL;
}

/* NVMe/TCP here has no TLS and host NQNs are claims, not proof: beyond
 * loopback it needs insecure=yes, and its hosts have the rights of the
 * principal "anonymous", which must exist if there are principals. */
static int check_nvmf_security(const struct config *cfg)
{
	struct sockaddr_storage ss;
	socklen_t len;
	bool anonymous = false;

	if (!cfg->nvmf_listen[0])
		return 0;
	for (unsigned i = 0; i < cfg->nr_principals && !anonymous; i++)
		anonymous = !strcmp(cfg->principals[i].name, AUTH_ANONYMOUS);
	if (cfg->nr_principals && !anonymous) {
		fprintf(stderr, "zapd: nvmf_listen is set and principals are "
			"configured, but none is [principal %s]: NVMe/TCP "
			"hosts are not authenticated and have that principal's "
			"rights, so they could do nothing; add it with the "
			"drive rights NVMe/TCP hosts should have\n",
			AUTH_ANONYMOUS);
		return -1;
	}
	if (netaddr_parse(cfg->nvmf_listen, &ss, &len)) {
		fprintf(stderr, "zapd: nvmf_listen %s: want HOST:PORT with a "
			"numeric IPv4 or [IPv6] host\n", cfg->nvmf_listen);
		return -1;
	}
	if (strncmp(cfg->nvmf_subsys_nqn, "nqn.", 4)) {
		fprintf(stderr, "zapd: nvmf_subsys_nqn %s: want "
			"nqn.YYYY-MM.reversed.domain:name\n",
			cfg->nvmf_subsys_nqn);
		return -1;
	}
	if (cfg->insecure || netaddr_is_loopback(&ss))
		return 0;
	fprintf(stderr, "zapd: refusing to serve NVMe/TCP on %s, which is not "
		"a loopback address: NVMe/TCP in zapd is unencrypted and a "
		"host NQN is not authenticated, so anyone on the path reads "
		"and changes the data; say insecure=yes (flag --insecure) to "
		"do it anyway\n", cfg->nvmf_listen);
	return -1;
}

/*
 * Secure by default (as Redis' protected mode): TLS unless plaintext=yes
 * is said, and nothing unauthenticated beyond loopback unless insecure=yes
 * is said too.
 */
static int check_security(const struct config *cfg)
{
	const char *open = unauthenticated_access(cfg);

	if (!cfg->plaintext && !tls_wanted(cfg)) {
		fprintf(stderr, "zapd: no TLS credentials: give zapd a "
			"certificate (tls_cert, tls_key) or a principal a "
			"pre-shared key (psk), or say plaintext=yes (flag "
			"--plaintext) to serve unencrypted (see "
			"docs/OPERATIONS.md, Security)\n");
		return -1;
	}
	if (cfg->plaintext && tls_wanted(cfg)) {
		fprintf(stderr, "zapd: plaintext=yes, but TLS credentials are "
			"configured too: a port speaks one or the other; drop "
			"one of them\n");
		return -1;
	}
	for (unsigned i = 0; open && !cfg->insecure && i < cfg->nr_listen;
	     i++) {
		struct sockaddr_storage ss;
		socklen_t len;

		if (netaddr_parse(cfg->listen[i], &ss, &len) ||
		    netaddr_is_loopback(&ss))
			continue;	/* a bad address is refused at listen */
		fprintf(stderr, "zapd: refusing to serve %s, which is not a "
			"loopback address, because %s; configure principals "
			"with keys or certificates, or say insecure=yes "
			"(flag --insecure) to do it anyway\n",
			cfg->listen[i], open);
		return -1;
	}
	return check_nvmf_security(cfg);
}

/* --config first: the file is read before the other flags apply. */
static int find_config_file(int argc, char **argv, const char **file)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-c") || !strcmp(argv[i], "--config")) {
			if (i + 1 >= argc)
				return -1;
			*file = argv[++i];
		} else if (!strncmp(argv[i], "--config=", 9)) {
			*file = argv[i] + 9;
		}
	}
	return 0;
}

/* reactors = 0: as many as the CPUs and memory_budget allow. */
static unsigned auto_reactors(const struct server_limits *l)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	uint64_t fit = l->memory_budget / 3 / l->max_conn_bytes;
	unsigned n = cpus > 0 ? (unsigned)cpus : 1;

	if (n > 8)
		n = 8;
	if (n > fit)
		n = fit;
	return n ? n : 1;
}

/* Limits that depend on each other, once every key is in. */
static int check_limits(struct config *cfg)
{
	const struct server_limits *l = &cfg->limits;
	uint64_t need = session_conn_bytes_min(l);

	if (l->max_conn_bytes < need) {
		fprintf(stderr, "zapd: max_conn_bytes %" PRIu64 " is below "
			"%" PRIu64 ": the largest frame (max_data and 1 KiB of "
			"protobuf) and room to admit the request it carries (a "
			"READ of max_data or a report of max_report_zones, and "
			"16K) must fit at once\n", l->max_conn_bytes, need);
		return -1;
	}
	if (!cfg->reactors)
		cfg->reactors = auto_reactors(l);
	if (l->memory_budget / cfg->reactors / 3 < l->max_conn_bytes) {
		fprintf(stderr, "zapd: memory_budget %" PRIu64 " is below "
			"reactors (%u) x 3 x max_conn_bytes = %" PRIu64 ": each "
			"reactor has an equal share, 3/8 of which is shared by "
			"its connections, and one connection must fit in that\n",
			l->memory_budget, cfg->reactors,
			(uint64_t)cfg->reactors * 3 * l->max_conn_bytes);
		return -1;
	}
	return 0;
}

int config_load(struct config *cfg, int argc, char **argv)
{
	const char *file = NULL, *why = NULL;
	bool seen[NR_KEYS] = { false };	/* keys the flags gave already */
	char name[64];

	defaults(cfg);
	if (find_config_file(argc, argv, &file)) {
		fprintf(stderr, "zapd: --config needs a FILE\n");
		return -1;
	}
	if (file && load_file(cfg, file))
		return -1;
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i], *value;
		const struct config_key *k;
		struct drive_config d;

		if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
			usage(stdout);
			return 1;
		}
		if (!strcmp(arg, "-V") || !strcmp(arg, "--version")) {
			printf("zapd %s\n", ZAP_VERSION);
			return 1;
		}
		if (!strcmp(arg, "--check-config")) {
			cfg->check_only = true;
			continue;
		}
		if (!strcmp(arg, "-c") || !strcmp(arg, "--config")) {
			i++;
			continue;
		}
		if (!strncmp(arg, "--config=", 9))
			continue;
		if (!strcmp(arg, "-d") || !strcmp(arg, "-l")) {
			k = NULL;
		} else if (!strncmp(arg, "--", 2)) {
			k = flag_key(arg + 2, name, sizeof(name));
			if (!k && strcmp(name, "drive")) {
				fprintf(stderr, "zapd: unknown option %s "
					"(see zapd --help)\n", arg);
				return -2;
			}
		} else {
			fprintf(stderr, "zapd: unexpected argument %s (see "
				"zapd --help)\n", arg);
			return -2;
		}
		value = strchr(arg, '=');
		if (value && !strncmp(arg, "--", 2)) {
			value++;
		} else if (k && k->type == KT_BOOL) {
			value = "yes";	/* --plaintext alone says yes */
		} else if (i + 1 < argc) {
			value = argv[++i];
		} else {
			fprintf(stderr, "zapd: %s needs a value\n", arg);
			return -2;
		}
		if (!strcmp(arg, "-d") || (!k && !strcmp(name, "drive"))) {
			if (config_parse_drive(&d, value, &why) ||
			    add_drive(cfg, &d, &why)) {
				fprintf(stderr, "zapd: --drive %s: %s\n", value,
					why);
				return -1;
			}
			continue;
		}
		if (!k)
			k = key_find("listen");
		if (key_set(cfg, k, value, !seen[k - server_keys], &why)) {
			fprintf(stderr, "zapd: %s %s: %s\n", arg, value, why);
			return -1;
		}
		seen[k - server_keys] = true;
	}
	if (check_limits(cfg))
		return -1;
	if (!cfg->nr_drives) {
		struct drive_config *d = &cfg->drives[cfg->nr_drives++];

		memset(d, 0, sizeof(*d));
		cfg->default_drive = true;
		strcpy(d->name, "emu0");
		strcpy(d->backend, "emu");
		/* the embedded default makes itself */
		if (kv_set(&d->options, "create", "yes") ||
		    snprintf(d->path, sizeof(d->path), "%s/emu0",
			     cfg->state_dir) >= (int)sizeof(d->path)) {
			fprintf(stderr, "zapd: state_dir too long\n");
			return -1;
		}
	}
	for (unsigned i = 0; i < cfg->nr_drives; i++) {
		if (drive_finish(&cfg->drives[i], &why)) {
			fprintf(stderr, "zapd: drive %s: %s\n",
				cfg->drives[i].name, why);
			return -1;
		}
	}
	return check_principals(cfg) || check_security(cfg) ? -1 : 0;
}
