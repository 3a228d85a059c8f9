/* SPDX-License-Identifier: MIT */
/*
 * zap - command-line client of zapd.
 *
 *   zap [-s HOST[:PORT]] [--json] COMMAND [ARG...]
 *
 * Every command is one function below, run after its arguments have been
 * parsed and the connection made. Output is a human table, or with --json
 * exactly one JSON object on stdout (errors included).
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zap/zap.h>

#include "cli_tls.h"
#include "textparse.h"

enum {
	EXIT_FAILED = 1,	/* a request failed */
	EXIT_USAGE = 2,
	EXIT_CONNECT = 3,
	EXIT_TLS = 4,		/* TLS failed, or the server requires it */
};

/* Options beyond the common ones, as a command allows them. */
enum {
	OPT_STATE = 1 << 0,
	OPT_ZONE = 1 << 1,
	OPT_COUNT = 1 << 2,
	OPT_OUTPUT = 1 << 3,
	OPT_EPOCH = 1 << 4,
};

struct cli;

struct command {
	const char *name;
	const char *synopsis;	/* after "zap NAME " */
	const char *summary;
	const char *help;	/* description, options, examples */
	int min_args;
	int max_args;
	unsigned opts;
	int (*run)(struct cli *x, char **args);
};

struct cli {
	const struct command *cmd;
	const char *server;
	bool json;
	bool no_retry;
	int timeout_ms;
	int state;		/* report --state */
	int64_t zone;		/* report --zone, -1 if not given */
	int64_t count;		/* report --count, -1 if not given */
	const char *output;	/* read -o */
	uint64_t epoch;		/* append, write --epoch; 0: unfenced */
	int64_t wp_error;	/* write pointer for a failed write, or -1 */
	struct cli_tls tls;
	zap_client *c;
};

static const char *progname = "zap";

/* ---- output ---- */

static void json_str(const char *s)
{
	const unsigned char *p;

	putchar('"');
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", stdout);
		else if (*p == '\t')
			fputs("\\t", stdout);
		else if (*p == '\r')
			fputs("\\r", stdout);
		else if (*p < 0x20 || *p == 0x7f)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	putchar('"');
}

/* "name":"value" */
static void json_kv(const char *name, const char *value)
{
	json_str(name);
	putchar(':');
	json_str(value);
}

/*
 * Report a failure; returns the exit status. error is a status name, or
 * USAGE or FILE; x->wp_error adds the write pointer.
 */
__attribute__((format(printf, 4, 5)))
static int fail(const struct cli *x, int exit_status, const char *error,
		const char *fmt, ...)
{
	bool status = (exit_status == EXIT_FAILED && strcmp(error, "FILE")) ||
		      exit_status == EXIT_TLS;
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (x->json) {
		putchar('{');
		json_kv("error", error);
		putchar(',');
		json_kv("message", msg);
		if (x->wp_error >= 0)
			printf(",\"wp\":%" PRId64, x->wp_error);
		puts("}");
		return exit_status;
	}
	fprintf(stderr, "%s: ", progname);
	if (x->cmd)
		fprintf(stderr, "%s: ", x->cmd->name);
	if (status)
		fprintf(stderr, "%s: ", error);
	fprintf(stderr, "%s\n", msg);
	if (exit_status == EXIT_USAGE)
		fprintf(stderr, "Try '%s help%s%s' for more information.\n",
			progname, x->cmd ? " " : "",
			x->cmd ? x->cmd->name : "");
	return exit_status;
}

__attribute__((format(printf, 2, 3)))
static int usage_error(const struct cli *x, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return fail(x, EXIT_USAGE, "USAGE", "%s", msg);
}

/* A request failed with status: "ZONE_FULL: zone is full". */
static int request_failed(const struct cli *x, int status)
{
	return fail(x, EXIT_FAILED, zap_status_name(status), "%s",
		    zap_last_error(x->c));
}

/* 512 B, 4 KiB, 1.5 GiB */
static const char *human_size(char *buf, size_t size, uint64_t bytes)
{
	static const char *const units[] = { "B", "KiB", "MiB", "GiB",
					     "TiB", "PiB", "EiB" };
	double v = (double)bytes;
	unsigned u = 0;

	while (v >= 1024 && u + 1 < sizeof(units) / sizeof(units[0])) {
		v /= 1024;
		u++;
	}
	if (v == (double)(uint64_t)v)
		snprintf(buf, size, "%" PRIu64 " %s", (uint64_t)v, units[u]);
	else
		snprintf(buf, size, "%.1f %s", v, units[u]);
	return buf;
}

/* A zone limit: 0 is none. */
static const char *limit(char *buf, size_t size, uint32_t n)
{
	if (!n)
		return "no limit";
	snprintf(buf, size, "%u zones", n);
	return buf;
}

/* ---- arguments ---- */

static int parse_u64(const char *s, uint64_t *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtoull(s, &end, 0);
	return errno || *end ? -1 : 0;
}

static int parse_u32(const char *s, uint32_t *v)
{
	uint64_t n;

	if (parse_u64(s, &n) || n > UINT32_MAX)
		return -1;
	*v = (uint32_t)n;
	return 0;
}

/* ---- connecting, drives, files ---- */

static int connect_server(struct cli *x)
{
	struct zap_connect_opts opts = {
		.size = sizeof(opts),
		.client_name = "zap",
		.timeout_ms = x->timeout_ms,
		.flags = x->no_retry ? ZAP_CONNECT_NO_RETRY : 0,
		.tls = cli_tls_opts(&x->tls),
	};
	int rc = zap_connect(x->server, &opts, &x->c);
	bool tls = rc == ZAP_TLS_FAILED || rc == ZAP_TLS_REQUIRED;

	if (rc)
		return fail(x, tls ? EXIT_TLS : EXIT_CONNECT,
			    zap_status_name(rc), "cannot connect to %s: %s",
			    x->server, zap_last_error(NULL));
	return 0;
}

static int find_drive(struct cli *x, const char *name,
		      const struct zap_drive **d)
{
	*d = zap_drive_find(x->c, name);
	if (!*d)
		return fail(x, EXIT_FAILED, "NO_SUCH_DRIVE",
			    "the server has no drive \"%s\" (see '%s info')",
			    name, progname);
	return 0;
}

/*
 * Read all of path ("-": stdin) for an append or write to d: at most
 * max_data bytes and whole LBAs, else refuse with a message.
 */
static int read_data(struct cli *x, const char *path,
		     const struct zap_drive *d, void **data, size_t *len)
{
	size_t max = zap_max_data(x->c), n = 0, got;
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char sz[32], lz[32];
	uint8_t *buf;
	int rc = 0;

	if (!f)
		return fail(x, EXIT_FAILED, "FILE", "%s: %s", path,
			    strerror(errno));
	/* one byte more than allowed tells that the file is too large */
	buf = malloc(max + 1);
	if (!buf) {
		rc = fail(x, EXIT_FAILED, "OUT_OF_MEMORY", "out of memory");
		goto out;
	}
	while (n <= max && (got = fread(buf + n, 1, max + 1 - n, f)))
		n += got;
	if (ferror(f))
		rc = fail(x, EXIT_FAILED, "FILE", "%s: %s", path,
			  strerror(errno));
	else if (n > max)
		rc = fail(x, EXIT_FAILED, "FRAME_TOO_LARGE",
			  "%s is larger than the %s the server accepts in one request",
			  path, human_size(sz, sizeof(sz), max));
	else if (!n)
		rc = fail(x, EXIT_FAILED, "MISALIGNED", "%s is empty", path);
	else if (n % d->lba_size)
		rc = fail(x, EXIT_FAILED, "MISALIGNED",
			  "%s is %zu bytes, not a multiple of the LBA size of %s (%s); pad it, e.g. truncate -s %%%u FILE",
			  path, n, d->name,
			  human_size(lz, sizeof(lz), d->lba_size), d->lba_size);
	if (rc) {
		free(buf);
		goto out;
	}
	*data = buf;
	*len = n;
out:
	if (f != stdin)
		fclose(f);
	return rc;
}

/* ---- commands ---- */

static int cmd_info(struct cli *x, char **args)
{
	char a[32], b[32], cap[32];
	const struct zap_drive *d;
	size_t i;

	if (x->json) {
		putchar('{');
		json_kv("server", x->server);
		printf(",\"max_data\":%u,\"max_in_flight\":%u,\"drives\":[",
		       zap_max_data(x->c), zap_max_in_flight(x->c));
	} else {
		printf("server %s: up to %s per request, %u requests in flight\n",
		       x->server, human_size(a, sizeof(a), zap_max_data(x->c)),
		       zap_max_in_flight(x->c));
	}
	for (i = 0; i < zap_drive_count(x->c); i++) {
		d = zap_drive_at(x->c, i);
		if (x->json) {
			printf("%s{", i ? "," : "");
			json_kv("name", d->name);
			putchar(',');
			json_kv("backend", d->backend);
			putchar(',');
			json_kv("durability", d->durability);
			putchar(',');
			json_kv("model", d->model);
			printf(",\"lba_size\":%u,\"zone_size\":%" PRIu64
			       ",\"zone_capacity\":%" PRIu64 ",\"nr_zones\":%u"
			       ",\"max_open\":%u,\"max_active\":%u"
			       ",\"max_append\":%u}",
			       d->lba_size, d->zone_size, d->zone_capacity,
			       d->nr_zones, d->max_open, d->max_active,
			       d->max_append);
			continue;
		}
		printf("\n%s\n", d->name);
		printf("  backend:     %s, durability %s\n", d->backend,
		       d->durability);
		if (*d->model)
			printf("  model:       %s\n", d->model);
		printf("  LBA size:    %s\n",
		       human_size(a, sizeof(a), d->lba_size));
		printf("  zones:       %u of %s (0x%" PRIx64 " LBAs)\n",
		       d->nr_zones,
		       human_size(a, sizeof(a), d->zone_size * d->lba_size),
		       d->zone_size);
		printf("  zone cap:    %s (0x%" PRIx64 " LBAs)\n",
		       human_size(b, sizeof(b), d->zone_capacity * d->lba_size),
		       d->zone_capacity);
		printf("  capacity:    %s (%" PRIu64 " LBAs writable)\n",
		       human_size(cap, sizeof(cap), d->zone_capacity *
				  d->lba_size * d->nr_zones),
		       d->zone_capacity * d->nr_zones);
		printf("  max append:  %s\n",
		       human_size(a, sizeof(a), d->max_append));
		printf("  max open:    %s\n", limit(a, sizeof(a), d->max_open));
		printf("  max active:  %s\n",
		       limit(a, sizeof(a), d->max_active));
	}
	if (x->json)
		puts("]}");
	return 0;
}

static int cmd_report(struct cli *x, char **args)
{
	const struct zap_drive *d;
	struct zap_zone *zones = NULL;
	uint32_t first = x->zone < 0 ? 0 : (uint32_t)x->zone;
	size_t i, nr = 0;
	int rc;

	if (find_drive(x, args[0], &d))
		return EXIT_FAILED;
	/* --zone alone is one zone; --count alone counts from zone 0 */
	if (x->count >= 0)
		nr = (size_t)x->count;
	else if (x->zone >= 0)
		nr = 1;
	if (nr) {
		zones = calloc(nr, sizeof(*zones));
		if (!zones)
			return fail(x, EXIT_FAILED, "OUT_OF_MEMORY",
				    "out of memory");
	}
	rc = zap_report_zones(x->c, d->name, first, x->state, &zones, &nr);
	if (rc) {
		free(zones);
		return request_failed(x, rc);
	}
	if (x->json) {
		putchar('{');
		json_kv("drive", d->name);
		fputs(",\"zones\":[", stdout);
	}
	for (i = 0; i < nr; i++) {
		const char *state = zap_zone_state_name(zones[i].state);

		if (!state)
			state = "UNKNOWN";
		if (x->json) {
			printf("%s{\"index\":%u,\"start\":%" PRIu64
			       ",\"wp\":%" PRIu64 ",\"capacity\":%" PRIu64 ",",
			       i ? "," : "", zones[i].index, zones[i].start,
			       zones[i].wp, zones[i].capacity);
			json_kv("state", state);
			putchar('}');
		} else {
			printf("%5u  start: 0x%09" PRIx64 ", wp: 0x%09" PRIx64
			       ", cap: 0x%09" PRIx64 ", state: %s\n",
			       zones[i].index, zones[i].start, zones[i].wp,
			       zones[i].capacity, state);
		}
	}
	if (x->json)
		puts("]}");
	free(zones);
	return 0;
}

static void request_done(zap_client *c, const struct zap_result *res,
			 void *arg)
{
	struct zap_result *out = arg;

	*out = *res;
	out->detail = NULL;	/* not kept: zap_last_error() says it */
}

/* An append or write with --epoch: the async form, waited for. */
static int fenced_io(struct cli *x, const struct zap_drive *d, uint32_t zone,
		     const uint64_t *lba, const void *data, size_t len,
		     struct zap_result *res)
{
	struct zap_io_opts opts = { .size = sizeof(opts), .epoch = x->epoch };
	int rc;

	res->status = -1;
	rc = lba ? zap_write_opts_async(x->c, d->name, zone, *lba, 0, data,
					len, &opts, request_done, res) :
		   zap_append_opts_async(x->c, d->name, zone, data, len, &opts,
					 request_done, res);
	while (!rc && res->status < 0)
		rc = zap_process(x->c, -1);
	return rc ? rc : res->status;
}

static int cmd_append(struct cli *x, char **args)
{
	const struct zap_drive *d;
	uint64_t lba = 0;
	uint32_t zone;
	size_t len;
	void *data;
	int rc;

	if (parse_u32(args[1], &zone))
		return usage_error(x, "bad zone number \"%s\"", args[1]);
	if (find_drive(x, args[0], &d) || read_data(x, args[2], d, &data, &len))
		return EXIT_FAILED;
	if (x->epoch) {
		struct zap_result res;

		rc = fenced_io(x, d, zone, NULL, data, len, &res);
		lba = res.lba;
	} else {
		rc = zap_append(x->c, d->name, zone, data, len, &lba);
	}
	free(data);
	if (rc)
		return request_failed(x, rc);
	if (x->json)
		printf("{\"lba\":%" PRIu64 ",\"length\":%zu}\n", lba, len);
	else
		printf("lba %" PRIu64 "\n", lba);
	return 0;
}

static int cmd_write(struct cli *x, char **args)
{
	bool at_wp = !strcasecmp(args[2], "wp");
	const struct zap_drive *d;
	uint64_t lba = 0, wp = 0;
	uint32_t zone;
	size_t len;
	void *data;
	int rc;

	if (parse_u32(args[1], &zone))
		return usage_error(x, "bad zone number \"%s\"", args[1]);
	if (!at_wp && parse_u64(args[2], &lba))
		return usage_error(x, "bad OFFSET \"%s\": an LBA, or \"wp\"",
				   args[2]);
	if (find_drive(x, args[0], &d) || read_data(x, args[3], d, &data, &len))
		return EXIT_FAILED;
	if (x->epoch && !at_wp) {
		struct zap_result res;

		rc = fenced_io(x, d, zone, &lba, data, len, &res);
		wp = res.wp;
	} else if (x->epoch) {
		rc = usage_error(x, "--epoch takes an OFFSET, not \"wp\"");
		free(data);
		return rc;
	} else if (at_wp) {
		rc = zap_write_at_wp(x->c, d->name, zone, data, len, &lba);
		wp = lba + len / d->lba_size;
	} else {
		rc = zap_write(x->c, d->name, zone, lba, data, len, &wp);
	}
	free(data);
	if (rc == ZAP_ZONE_INVALID_WRITE && !at_wp) {
		x->wp_error = (int64_t)wp;
		return fail(x, EXIT_FAILED, zap_status_name(rc),
			    "%s (the write pointer is at %" PRIu64 ")",
			    zap_last_error(x->c), wp);
	}
	if (rc)
		return request_failed(x, rc);
	if (x->json)
		printf("{\"lba\":%" PRIu64 ",\"wp\":%" PRIu64 "}\n", lba, wp);
	else
		printf("lba %" PRIu64 ", wp %" PRIu64 "\n", lba, wp);
	return 0;
}

static void base64(const uint8_t *p, size_t n)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	uint32_t v;
	size_t i;

	for (i = 0; i < n; i += 3) {
		v = (uint32_t)p[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)p[i + 1] << 8;
		if (i + 2 < n)
			v |= p[i + 2];
		putchar(digits[v >> 18 & 63]);
		putchar(digits[v >> 12 & 63]);
		putchar(i + 1 < n ? digits[v >> 6 & 63] : '=');
		putchar(i + 2 < n ? digits[v & 63] : '=');
	}
}

/* Read len bytes at lba into out, or into buf (all of it) if out is NULL. */
static int read_pieces(struct cli *x, const struct zap_drive *d, uint64_t lba,
		       uint64_t len, uint8_t *buf, size_t piece, FILE *out)
{
	uint64_t done;
	uint8_t *p;
	int rc;

	for (done = 0; done < len; done += piece) {
		p = out ? buf : buf + done;
		if (piece > len - done)
			piece = len - done;
		rc = zap_read(x->c, d->name, lba + done / d->lba_size, p,
			      piece);
		if (rc)
			return request_failed(x, rc);
		if (out && fwrite(p, 1, piece, out) != piece)
			return fail(x, EXIT_FAILED, "FILE", "%s: %s",
				    out == stdout ? "stdout" : x->output,
				    strerror(errno));
	}
	return 0;
}

/* Reads larger than one request are split in pieces of up to max_data
 * and the drive's max_append. */
static int cmd_read(struct cli *x, char **args)
{
	bool to_stdout = !x->output || !strcmp(x->output, "-");
	/* with --json and no file, the data goes in the object */
	bool in_json = x->json && to_stdout;
	const struct zap_drive *d;
	uint64_t lba, len;
	FILE *out = stdout;
	size_t piece;
	uint8_t *buf;
	int rc;

	if (parse_u64(args[1], &lba))
		return usage_error(x, "bad LBA \"%s\"", args[1]);
	if (zap_size_parse(args[2], &len, NULL) || !len)
		return usage_error(x, "bad LEN \"%s\": bytes, or with K, M, G or T", args[2]);
	if (to_stdout && !x->json && isatty(STDOUT_FILENO))
		return usage_error(x, "not writing binary data to a terminal: use -o FILE, or redirect");
	if (find_drive(x, args[0], &d))
		return EXIT_FAILED;
	if (len % d->lba_size)
		return fail(x, EXIT_FAILED, "MISALIGNED",
			    "LEN %" PRIu64 " is not a multiple of the LBA size of %s (%u)",
			    len, d->name, d->lba_size);
	/* a drive moves at most max_append in one command (nvme: MDTS) */
	piece = zap_max_data(x->c) < d->max_append ? zap_max_data(x->c) :
						     d->max_append;
	piece = piece / d->lba_size * d->lba_size;
	if (piece > len)
		piece = (size_t)len;
	buf = malloc(in_json ? len : piece);
	if (!buf)
		return fail(x, EXIT_FAILED, "OUT_OF_MEMORY", "out of memory");
	if (!to_stdout && !(out = fopen(x->output, "wb"))) {
		rc = fail(x, EXIT_FAILED, "FILE", "%s: %s", x->output,
			  strerror(errno));
		free(buf);
		return rc;
	}
	rc = read_pieces(x, d, lba, len, buf, piece, in_json ? NULL : out);
	if (out != stdout && fclose(out) && !rc)
		rc = fail(x, EXIT_FAILED, "FILE", "%s: %s", x->output,
			  strerror(errno));
	if (!rc && x->json) {
		printf("{\"lba\":%" PRIu64 ",\"length\":%" PRIu64 ",",
		       lba, len);
		if (in_json) {
			fputs("\"data\":\"", stdout);
			base64(buf, len);
			puts("\"}");
		} else {
			json_kv("file", x->output);
			puts("}");
		}
	}
	free(buf);
	return rc;
}

static const struct {
	const char *name;
	enum zap_zone_action action;
	const char *done;
} zone_actions[] = {
	{ "open", ZAP_ZONE_OPEN, "opened" },
	{ "close", ZAP_ZONE_CLOSE, "closed" },
	{ "finish", ZAP_ZONE_FINISH, "finished" },
	{ "reset", ZAP_ZONE_RESET, "reset" },
};

static int cmd_zone(struct cli *x, char **args)
{
	bool all = !strcasecmp(args[1], "all");
	const struct zap_drive *d;
	uint32_t zone = 0;
	size_t i;
	int rc;

	for (i = 0; strcmp(zone_actions[i].name, x->cmd->name); i++)
		;
	if (!all && parse_u32(args[1], &zone))
		return usage_error(x, "bad zone \"%s\": a number, or \"all\"",
				   args[1]);
	if (find_drive(x, args[0], &d))
		return EXIT_FAILED;
	rc = zap_zone_mgmt(x->c, d->name, zone, zone_actions[i].action,
			   all ? ZAP_ZONE_ALL : 0);
	if (rc)
		return request_failed(x, rc);
	if (x->json) {
		putchar('{');
		json_kv("drive", d->name);
		putchar(',');
		json_kv("action", zone_actions[i].name);
		if (all)
			puts(",\"zone\":\"all\"}");
		else
			printf(",\"zone\":%u}\n", zone);
	} else if (all) {
		printf("%s: %s all zones\n", d->name, zone_actions[i].done);
	} else {
		printf("%s: %s zone %u\n", d->name, zone_actions[i].done, zone);
	}
	return 0;
}

static int cmd_flush(struct cli *x, char **args)
{
	const struct zap_drive *d;
	int rc;

	if (find_drive(x, args[0], &d))
		return EXIT_FAILED;
	rc = zap_flush(x->c, d->name);
	if (rc)
		return request_failed(x, rc);
	if (x->json) {
		putchar('{');
		json_kv("drive", d->name);
		puts(",\"flushed\":true}");
	} else {
		printf("%s: flushed\n", d->name);
	}
	return 0;
}

static int cmd_fence(struct cli *x, char **args)
{
	const struct zap_drive *d;
	uint64_t epoch = 0;
	uint32_t zone;
	int rc;

	if (parse_u32(args[1], &zone))
		return usage_error(x, "bad zone number \"%s\"", args[1]);
	if (find_drive(x, args[0], &d))
		return EXIT_FAILED;
	rc = zap_fence(x->c, d->name, zone, &epoch);
	if (rc)
		return request_failed(x, rc);
	if (x->json)
		printf("{\"zone\":%u,\"epoch\":%" PRIu64 "}\n", zone, epoch);
	else
		printf("epoch %" PRIu64 "\n", epoch);
	return 0;
}

static int cmd_stats(struct cli *x, char **args)
{
	char *text;
	int rc = zap_stats(x->c, &text);

	if (rc)
		return request_failed(x, rc);
	if (x->json) {
		putchar('{');
		json_kv("text", text);
		puts("}");
	} else {
		fputs(text, stdout);
	}
	free(text);
	return 0;
}

/* ---- help ---- */

#define ZONE_HELP \
"Send a zone management command (NVMe Zone Management Send) for one zone,\n" \
"or with \"all\" for every zone the action applies to (NVMe Select All):\n" \
"\n" \
"  open    explicitly open the zone (EMPTY or CLOSED -> EXP_OPEN)\n" \
"  close   close an open zone (-> CLOSED), releasing an open resource\n" \
"  finish  move the write pointer to the end of the zone (-> FULL)\n" \
"  reset   empty the zone: its data is gone, wp = start (-> EMPTY)\n" \
"\n" \
"ZONE is a zone number (see 'zap report'), or \"all\". The server waits\n" \
"for the requests in flight on the zone before it acts.\n" \
"\n" \
"Examples:\n" \
"  zap reset nvme0n1 7\n" \
"  zap finish nvme0n1 all\n"

static const struct command commands[] = {
	{
		.name = "info", .synopsis = "",
		.summary = "list the drives and their geometry",
		.help =
"Show the server's limits and, for each drive: backend, durability, model,\n"
"LBA size, number of zones, zone size and zone capacity (in bytes and in\n"
"LBAs), writable capacity, max append size and open/active zone limits.\n"
"\n"
"Example:\n"
"  zap info\n"
"  zap --json info | jq '.drives[].name'\n",
		.run = cmd_info,
	},
	{
		.name = "report",
		.synopsis = "DRIVE [--state STATE] [--zone N] [--count N]",
		.summary = "list the zones of a drive (like blkzone report)",
		.help =
"Print one line per zone: its index, start LBA, write pointer (an LBA),\n"
"capacity (LBAs) and state. LBAs are in hexadecimal, as blkzone prints them.\n"
"\n"
"Options:\n"
"  --state STATE  only zones in STATE: EMPTY, IMP_OPEN, EXP_OPEN, CLOSED,\n"
"                 READ_ONLY, FULL or OFFLINE (case does not matter)\n"
"  --zone N       start at zone N; alone, report zone N only\n"
"  --count N      look at N zones (default: to the last zone; 1 with --zone)\n"
"\n"
"Examples:\n"
"  zap report nvme0n1\n"
"  zap report nvme0n1 --zone 12\n"
"  zap report nvme0n1 --state FULL\n",
		.min_args = 1, .max_args = 1,
		.opts = OPT_STATE | OPT_ZONE | OPT_COUNT,
		.run = cmd_report,
	},
	{
		.name = "append", .synopsis = "DRIVE ZONE FILE",
		.summary = "zone-append FILE to ZONE; print the LBA where it landed",
		.help =
"Send the whole of FILE (\"-\": standard input) as one Zone Append to ZONE.\n"
"The drive chooses where the data goes: at the zone's write pointer when\n"
"the append is executed. Prints \"lba N\", the first LBA of the data.\n"
"\n"
"FILE must be a whole number of LBAs (see 'zap info' for the LBA size) and\n"
"at most the server's max data size; it is not padded. Appends from many\n"
"clients to one zone may run at once, in any order.\n"
"\n"
"With --epoch N (from 'zap fence') the append is refused with STALE_EPOCH,\n"
"and not applied, if the zone has been fenced to another epoch since.\n"
"\n"
"Options:\n"
"  --epoch N  the zone's writer epoch this writer holds\n"
"\n"
"Examples:\n"
"  zap append nvme0n1 3 record.bin\n"
"  head -c 8K /dev/urandom | zap --json append nvme0n1 3 -\n",
		.min_args = 3, .max_args = 3,
		.opts = OPT_EPOCH,
		.run = cmd_append,
	},
	{
		.name = "write", .synopsis = "DRIVE ZONE OFFSET FILE",
		.summary = "write FILE at the write pointer of ZONE",
		.help =
"Write the whole of FILE (\"-\": standard input) to ZONE at OFFSET, an LBA\n"
"(decimal, or hexadecimal with 0x) that must be the zone's write pointer;\n"
"or, with OFFSET \"wp\", at the write pointer wherever it is. The server\n"
"waits for appends in flight on the zone first. Prints the LBA written and\n"
"the write pointer after the write.\n"
"\n"
"If OFFSET is not the write pointer the write fails with ZONE_INVALID_WRITE\n"
"and the message tells where the write pointer is. FILE must be a whole\n"
"number of LBAs, at most the server's max data size.\n"
"\n"
"With --epoch N (from 'zap fence', and an OFFSET) the write is refused with\n"
"STALE_EPOCH, and not applied, if the zone has been fenced since.\n"
"\n"
"Options:\n"
"  --epoch N  the zone's writer epoch this writer holds\n"
"\n"
"Examples:\n"
"  zap write nvme0n1 3 0x3000 header.bin\n"
"  zap write nvme0n1 3 wp log-entry.bin\n",
		.min_args = 4, .max_args = 4,
		.opts = OPT_EPOCH,
		.run = cmd_write,
	},
	{
		.name = "read", .synopsis = "DRIVE LBA LEN [-o FILE]",
		.summary = "read LEN bytes from LBA",
		.help =
"Read LEN bytes starting at LBA (decimal, or hexadecimal with 0x) and write\n"
"them to standard output, or to FILE. LEN is in bytes, with an optional\n"
"suffix K, M or G (x1024, x1024^2, x1024^3), and must be a whole number of\n"
"LBAs; reads larger than the server's max data size are split.\n"
"\n"
"Binary data is not written to a terminal: use -o or redirect. With --json\n"
"and no -o, the data is in the object, base64-encoded.\n"
"\n"
"Options:\n"
"  -o, --output FILE  write the data to FILE (\"-\": standard output)\n"
"\n"
"Examples:\n"
"  zap read nvme0n1 0x3000 8K -o record.bin\n"
"  zap read nvme0n1 0 1M | hexdump -C | head\n",
		.min_args = 3, .max_args = 3,
		.opts = OPT_OUTPUT,
		.run = cmd_read,
	},
	{ .name = "open", .synopsis = "DRIVE ZONE|all",
	  .summary = "explicitly open a zone", .help = ZONE_HELP,
	  .min_args = 2, .max_args = 2, .run = cmd_zone },
	{ .name = "close", .synopsis = "DRIVE ZONE|all",
	  .summary = "close an open zone", .help = ZONE_HELP,
	  .min_args = 2, .max_args = 2, .run = cmd_zone },
	{ .name = "finish", .synopsis = "DRIVE ZONE|all",
	  .summary = "make a zone FULL", .help = ZONE_HELP,
	  .min_args = 2, .max_args = 2, .run = cmd_zone },
	{ .name = "reset", .synopsis = "DRIVE ZONE|all",
	  .summary = "reset a zone to EMPTY (its data is lost)",
	  .help = ZONE_HELP, .min_args = 2, .max_args = 2, .run = cmd_zone },
	{
		.name = "fence", .synopsis = "DRIVE ZONE",
		.summary = "take a zone's writer epoch; print it",
		.help =
"Take the next writer epoch of ZONE and print it (\"epoch N\"). zapd\n"
"first lets everything sent to the zone before the fence finish; from the\n"
"reply on, appends and writes that carry an older epoch (--epoch) are\n"
"refused with STALE_EPOCH and none of them lands. Those that carry no\n"
"epoch are not fenced. Epochs survive restarts of zapd.\n"
"\n"
"To take a zone over from a writer that may still be alive: fence it, read\n"
"its write pointer ('zap report DRIVE --zone ZONE'), then write with the\n"
"new epoch.\n"
"\n"
"Example:\n"
"  e=$(zap fence nvme0n1 7 | cut -d' ' -f2)\n"
"  zap append --epoch \"$e\" nvme0n1 7 record.bin\n",
		.min_args = 2, .max_args = 2,
		.run = cmd_fence,
	},
	{
		.name = "flush", .synopsis = "DRIVE",
		.summary = "make acknowledged data of DRIVE durable",
		.help =
"Flush the drive's volatile write cache. Needed only for drives in\n"
"durability \"none\"; in \"sync\" every reply already waits for durability.\n"
"\n"
"Example:\n"
"  zap flush nvme0n1\n",
		.min_args = 1, .max_args = 1,
		.run = cmd_flush,
	},
	{
		.name = "stats", .synopsis = "",
		.summary = "print the server's metrics",
		.help =
"Print the server's metrics in the Prometheus text format: requests,\n"
"bytes, latencies and errors, per drive and per operation.\n"
"\n"
"Example:\n"
"  zap stats | grep zapd_requests\n",
		.run = cmd_stats,
	},
};

#define NR_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static const char options_help[] =
"Options (before or after the command):\n"
"  -s, --server HOST[:PORT]  the zapd to talk to: a host name or address, and\n"
"                            a TCP port (default 7420); IPv6 as [ADDR]:PORT.\n"
"                            Default: $ZAP_SERVER, else " ZAP_DEFAULT_ADDRESS "\n"
"  -j, --json                print one JSON object on standard output, also\n"
"                            for errors: {\"error\":\"ZONE_FULL\",\"message\":...}\n"
"  -t, --timeout SECONDS     wait up to SECONDS for each reply (default 30;\n"
"                            0: forever), not counting reconnecting\n"
"      --no-retry            fail at once if the connection is lost. By\n"
"                            default zap reconnects for up to 30 s and sends\n"
"                            the request again: zapd applies an append, write\n"
"                            or zone action only once, and answers again with\n"
"                            its first result\n"
"  -h, --help                show help and exit\n"
"  -V, --version             show the version of zap and exit\n"
"\n"
"TLS options (zapd with a certificate or pre-shared keys speaks TLS 1.3\n"
"only; a plaintext zap then gets TLS_REQUIRED):\n";

static const char env_help[] =
"\n"
"Environment:\n"
"  ZAP_SERVER  the server when -s is not given, as HOST[:PORT]\n"
"\n"
"Exit status:\n"
"  0  success\n"
"  1  a request failed (the message names its status, e.g. ZONE_FULL;\n"
"     OUTCOME_UNKNOWN: the connection could not be resumed, and the request\n"
"     may or may not have been applied)\n"
"  2  usage error\n"
"  3  cannot connect to the server\n"
"  4  TLS failed: the handshake, the server's certificate, or the client's\n"
"     certificate or pre-shared key was refused (the message says which, as\n"
"     TLS_FAILED); or the server requires TLS and none was asked for\n"
"     (TLS_REQUIRED)\n";

/* Options, TLS options, environment and exit status, for every help. */
static void common_help(void)
{
	fputs(options_help, stdout);
	fputs(cli_tls_help, stdout);
	fputs(env_help, stdout);
}

static void help_main(void)
{
	size_t i;

	printf("Usage: %s [OPTION...] COMMAND [ARG...]\n"
	       "\n"
	       "Talk to zapd, the Zone Append daemon for zoned (ZNS) NVMe SSDs.\n"
	       "\n"
	       "Arguments:\n"
	       "  DRIVE  a drive name, as 'zap info' lists them\n"
	       "  ZONE   a zone number, from 0\n"
	       "  LBA    a logical block address on the drive, decimal or 0x hex;\n"
	       "         the LBA size is the drive's (see 'zap info')\n"
	       "  LEN    bytes, with an optional K, M or G suffix (powers of 1024)\n"
	       "  FILE   a file name, \"-\" for standard input or output\n"
	       "\n"
	       "Commands:\n", progname);
	for (i = 0; i < NR_COMMANDS; i++)
		printf("  %s%s%s\n      %s\n", commands[i].name,
		       *commands[i].synopsis ? " " : "", commands[i].synopsis,
		       commands[i].summary);
	printf("  help [COMMAND]\n      show this help, or help on COMMAND\n"
	       "\n");
	common_help();
	printf("\nExamples:\n"
	       "  %s info\n"
	       "  %s -s zap1.example.com report nvme0n1 --state EXP_OPEN\n"
	       "  %s append nvme0n1 3 record.bin\n"
	       "  %s read nvme0n1 0x3000 8K -o record.bin\n"
	       "  %s --tls-ca ca.pem -s 10.0.0.5 info\n"
	       "  %s --psk-identity backup --psk-file backup.psk -s 10.0.0.5 info\n",
	       progname, progname, progname, progname, progname, progname);
}

static void help_command(const struct command *cmd)
{
	printf("Usage: %s [OPTION...] %s%s%s\n\n%s\n", progname, cmd->name,
	       *cmd->synopsis ? " " : "", cmd->synopsis, cmd->help);
	common_help();
}

static const struct command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < NR_COMMANDS; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static int cmd_help(struct cli *x, int argc, char **argv)
{
	const struct command *cmd;

	if (argc < 2) {
		help_main();
		return 0;
	}
	cmd = find_command(argv[1]);
	if (!cmd)
		return usage_error(x, "no command \"%s\"", argv[1]);
	help_command(cmd);
	return 0;
}

/* ---- main ---- */

static const struct option options[] = {
	{ "server", required_argument, NULL, 's' },
	{ "json", no_argument, NULL, 'j' },
	{ "timeout", required_argument, NULL, 't' },
	{ "no-retry", no_argument, NULL, 'R' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "state", required_argument, NULL, 'S' },
	{ "zone", required_argument, NULL, 'z' },
	{ "count", required_argument, NULL, 'n' },
	{ "output", required_argument, NULL, 'o' },
	{ "epoch", required_argument, NULL, 'e' },
	CLI_TLS_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

static const char *option_name(int val)
{
	const struct option *o;

	for (o = options; o->name && o->val != val; o++)
		;
	return o->name;
}

/*
 * Parse options; optstring "+" stops at the command, "" permutes. Returns
 * -1 to go on, or an exit status.
 */
static int parse_options(struct cli *x, int argc, char **argv,
			 const char *optstring)
{
	unsigned allowed = x->cmd ? x->cmd->opts : 0, need;
	uint64_t n;
	int o;

	opterr = 0;
	optind = 0;
	while ((o = getopt_long(argc, argv, optstring, options, NULL)) != -1) {
		need = o == 'S' ? OPT_STATE : o == 'z' ? OPT_ZONE :
			o == 'n' ? OPT_COUNT : o == 'o' ? OPT_OUTPUT :
			o == 'e' ? OPT_EPOCH : 0;
		if (need & ~allowed)
			return usage_error(x, "option --%s does not apply here",
					   option_name(o));
		if (cli_tls_option(&x->tls, o, optarg))
			continue;
		switch (o) {
		case 's':
			x->server = optarg;
			break;
		case 'j':
			x->json = true;
			break;
		case 'R':
			x->no_retry = true;
			break;
		case 't':
			if (parse_u64(optarg, &n) || n > INT32_MAX / 1000)
				return usage_error(x, "bad timeout \"%s\"", optarg);
			x->timeout_ms = n ? (int)n * 1000 : -1;
			break;
		case 'h':
			if (x->cmd)
				help_command(x->cmd);
			else
				help_main();
			return 0;
		case 'V':
			printf("zap %s\n", ZAP_VERSION_STRING);
			return 0;
		case 'S':
			x->state = zap_zone_state_parse(optarg);
			if (x->state < 0)
				return usage_error(x, "no zone state \"%s\"", optarg);
			break;
		case 'z':
		case 'n':
			if (parse_u64(optarg, &n) || n > UINT32_MAX ||
			    (o == 'n' && !n))
				return usage_error(x, "bad number \"%s\"", optarg);
			*(o == 'z' ? &x->zone : &x->count) = (int64_t)n;
			break;
		case 'o':
			x->output = optarg;
			break;
		case 'e':
			if (parse_u64(optarg, &x->epoch) || !x->epoch)
				return usage_error(x, "bad epoch \"%s\"", optarg);
			break;
		default:
			if (optopt && option_name(optopt))
				return usage_error(x, "option --%s needs an argument",
						   option_name(optopt));
			if (optopt)
				return usage_error(x, "unknown option -%c", optopt);
			return usage_error(x, "unknown option %s",
					   argv[optind - 1]);
		}
	}
	return -1;
}

int main(int argc, char **argv)
{
	struct cli x = {
		.server = getenv("ZAP_SERVER"),
		.zone = -1,
		.count = -1,
		.wp_error = -1,
	};
	int rc, nargs;

	if (!x.server || !*x.server)
		x.server = ZAP_DEFAULT_ADDRESS;
	rc = parse_options(&x, argc, argv, "+s:jt:hV");
	if (rc >= 0)
		return rc;
	if (optind == argc)
		return usage_error(&x, "no command given");
	argc -= optind;
	argv += optind;
	if (!strcmp(argv[0], "help"))
		return cmd_help(&x, argc, argv);
	x.cmd = find_command(argv[0]);
	if (!x.cmd)
		return usage_error(&x, "no command \"%s\"", argv[0]);
	rc = parse_options(&x, argc, argv, "s:jt:hVo:");
	if (rc >= 0)
		return rc;
	nargs = argc - optind;
	if (nargs < x.cmd->min_args || nargs > x.cmd->max_args)
		return usage_error(&x, "usage: %s %s %s", progname, x.cmd->name,
				   *x.cmd->synopsis ? x.cmd->synopsis :
				   "(no arguments)");
	rc = connect_server(&x);
	if (!rc)
		rc = x.cmd->run(&x, argv + optind);
	zap_close(x.c);
	if (fflush(stdout))
		return fail(&x, EXIT_FAILED, "FILE", "stdout: %s",
			    strerror(errno));
	return rc;
}
