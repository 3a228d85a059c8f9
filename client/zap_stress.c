/* SPDX-License-Identifier: MIT */
/*
 * zap-stress: load zapd from many connections, verify that nothing
 * acknowledged was lost or misplaced, and report how fast it went.
 *
 * This file: options, set-up (endpoints, targets, workers), the control
 * loop of a run (progress line, --kill-every, the end), and the report.
 * The workers are in zap_stress_worker.c, the scan of the zones after a
 * run in zap_stress_scan.c, verification in zap_stress_log.c and
 * zap_stress_check.c, the record format in zap_stress_record.c, the child
 * zapd in zap_stress_zapd.c.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "zap_stress.h"
#include "zap_stress_record.h"
#include "textparse.h"

#define NS		1000000000ll
#define TICK_NS		(NS / 20)
#define EXIT_VERIFY	1
#define EXIT_USAGE	2
#define EXIT_ERROR	3
#define MAX_NOTES	20
#define MAX_CONNECTIONS	1024	/* in all; each costs about 300 KiB */
#define MAX_IN_FLIGHT	65536
#define MAX_WEIGHT	1000000
#define LOG_COMPACT_MIN	(1u << 20)	/* entries per worker */
#define DEFAULT_MIX	"append=6,write=1,write-at-wp=1,read=2"

const char *const zs_op_name[ZS_NR_OPS] = {
	"append", "write", "write-at-wp", "read", "finish", "reset",
};

static volatile sig_atomic_t interrupted;
static atomic_uint nr_notes;
static atomic_bool progress_shown;	/* a progress line is on stderr */

static void usage(FILE *f)
{
	fprintf(f,
"Usage: zap-stress [OPTIONS]\n"
"\n"
"Load one or more zapd servers from many connections at once, check that\n"
"every acknowledged record is intact where its reply said it landed, and\n"
"report how fast it went.\n"
"\n"
"Each connection (one thread) keeps a number of requests in flight, each\n"
"picked by weight from a mix of appends, ordered writes and reads of\n"
"acknowledged records; zone finishes and resets come at their own rates,\n"
"and a zone that fills up is reset at once. Every record carries a header\n"
"(run, worker, sequence number, length, zone epoch, XXH64 checksum of the\n"
"body), so that reads during the run and a scan of every target zone after\n"
"it tell intact, torn, misplaced, duplicated and stale records apart.\n"
"\n"
"zap-stress writes to and resets its target zones: their data is lost.\n"
"\n"
"Targets:\n"
"  -a, --address HOST:PORT  A zapd to load; repeat for several (different\n"
"                           zapds: connections are dealt out to them in\n"
"                           turn). Any address works; default %s.\n"
"  -d, --drive NAME         A drive to load; repeat for several. Default:\n"
"                           every drive of every zapd.\n"
"  -z, --zones LIST         Zones of each drive: \"all\", or indexes and\n"
"                           ranges like 0-7,12. Default: the first as many\n"
"                           as the drive allows open and active at once.\n"
"      --reset-first        Reset target zones that hold data before the\n"
"                           run. Without it zap-stress refuses to start on\n"
"                           a zone that is not empty.\n"
"\n"
"Load:\n"
"  -c, --connections N      Connections, one thread each (at most 1024 in\n"
"                           all). Default 4.\n"
"  -q, --in-flight N        Requests each connection keeps in flight.\n"
"                           Default 16; at most zapd's max_in_flight.\n"
"  -m, --mix LIST           Weights of the requests: NAME[=WEIGHT],...\n"
"                           (weight 1 if left out), NAME one of\n"
"                             append       Zone Append; the reply says where\n"
"                             write        write at the write pointer the\n"
"                                          connection last learned; on\n"
"                                          ZONE_INVALID_WRITE it learns the\n"
"                                          wp from the reply and goes on\n"
"                             write-at-wp  write wherever the wp is now\n"
"                             read         read a random acknowledged record\n"
"                           Default " DEFAULT_MIX ".\n"
"  -g, --group N:Q:MIX      N connections with Q requests in flight each and\n"
"                           their own mix; repeat for connections of several\n"
"                           kinds. Replaces -c, -q and -m.\n"
"  -s, --size SIZE[-MAX]    Bytes per record, or a range to draw from evenly\n"
"                           in whole blocks; suffixes K, M (powers of 1024).\n"
"                           A multiple of every drive's LBA size, at most\n"
"                           its max append and zapd's max data. Default\n"
"                           4K-64K.\n"
"  -t, --duration TIME      Load this long: seconds, or a number with ms, s,\n"
"                           m or h. Default 10 s, unlimited with --count.\n"
"  -n, --count N            Stop after N appends, writes and reads; with -t,\n"
"                           at whichever limit comes first.\n"
"      --reset-rate R       Resets of a random target zone per second, for\n"
"                           the whole run. Default 1; 0 for none.\n"
"      --finish-rate R      Finishes of a random target zone per second.\n"
"                           Default 0.5; 0 for none.\n"
"      --seed N             Seed of the random choices (requests, sizes,\n"
"                           zones, faults). Default: from the clock.\n"
"\n"
"Verification:\n"
"      --no-verify          Neither stamp nor check records: a speed run.\n"
"      --save-log FILE      Save the log of acknowledged records (32 bytes\n"
"                           each) to FILE for a later --verify-log, e.g.\n"
"                           after restarting zapd or its machine.\n"
"      --verify-log FILE    Load nothing: scan the zones that the run which\n"
"                           saved FILE wrote, and check them against it,\n"
"                           on the zapds of --address or --zapd (default:\n"
"                           the addresses in FILE).\n"
"\n"
"Faults:\n"
"      --zapd COMMAND       Run zapd as COMMAND (split at blanks, no shell)\n"
"                           plus --listen 127.0.0.1:0 --port-file FILE, load\n"
"                           it, and stop it with SIGTERM at the end. COMMAND\n"
"                           must name its state (--state-dir, --drive) so\n"
"                           that a restart finds the data. Not with -a.\n"
"      --zapd-log FILE      Append zapd's output to FILE. Default: a\n"
"                           temporary file, shown if zapd fails.\n"
"  -k, --kill-every TIME    Kill the --zapd with SIGKILL every TIME and start\n"
"                           it again on the same port; connections reconnect\n"
"                           and go on, and what was acknowledged before must\n"
"                           still verify.\n"
"      --drop-connections[=TIME]\n"
"                           Close each connection at random moments, on\n"
"                           average every TIME (default 1 s), half of them\n"
"                           with a TCP reset, and reconnect.\n"
"      --no-retry           With the faults above libzap retries: it\n"
"                           reconnects, resumes its identity and sends again\n"
"                           what was in flight, so every request gets its one\n"
"                           reply, and a record found whose reply never came\n"
"                           fails the run (unacknowledged, below). With this\n"
"                           flag zap-stress reconnects by itself instead:\n"
"                           requests in flight go without reply, and such\n"
"                           records are allowed.\n"
"      --retry              Retry protection without the faults: requests\n"
"                           carry the client's identity and seq, and zapd\n"
"                           keeps their outcomes (what the benchmark's\n"
"                           \"protected\" rows cost); implied by the faults.\n"
"\n"
"TLS (every connection; zapd with a certificate or pre-shared keys speaks\n"
"TLS 1.3 only):\n"
"%s"
"\n"
"Output:\n"
"      --json FILE          Also write the report as JSON to FILE; \"-\" for\n"
"                           standard output (the text goes to stderr).\n"
"  -h, --help               Show this help and exit.\n"
"  -V, --version            Show the version and exit.\n"
"\n"
"On a terminal, a progress line on standard error shows the time, ops/s,\n"
"MB/s (10^6 bytes), requests in flight and errors. At the end zap-stress\n"
"prints for each kind of request the successful ones, ops/s, MB/s and\n"
"latency in microseconds (min, p50, p90, p99, p99.9, max; from a log-linear\n"
"histogram, within 1%%), the error statuses, the faults, and the verdict:\n"
"  acknowledged    appends and writes that zapd acknowledged\n"
"  verified        intact where the reply said\n"
"  lost            should be there, found nowhere\n"
"  misplaced       found, or acknowledged, somewhere else\n"
"  duplicated      found more than once\n"
"  torn            its header where expected, its body damaged\n"
"  overlapping     two acknowledged records share blocks\n"
"  misordered      ordered writes of a connection out of issue order\n"
"  stale           readable after a reset that certainly erased it\n"
"  bad reads       reads during the run that returned the wrong data\n"
"  ambiguous       raced a reset and did not survive it: allowed\n"
"  gone            erased by a later reset: expected\n"
"  unacknowledged  found, but its reply never came: a failure when libzap\n"
"                  retries (the faults without --no-retry), else allowed\n"
"\n"
"Exit status: 0 if verification passed (or was off) and no request failed\n"
"unexpectedly; 1 if a record was lost or damaged (any count from lost to\n"
"bad reads above); 2 on a usage error; 3 on any other failure (zapd not\n"
"reachable, not starting or not stopping cleanly, error statuses that the\n"
"load does not explain, a zone that could not be scanned).\n"
"\n"
"Examples:\n"
"  zap-stress --reset-first\n"
"  zap-stress -a 10.0.0.5:7420 -d nvme0 -z 0-13 -c 8 -q 32 -t 60\n"
"  zap-stress --no-verify -c 1 -q 32 -s 4K -m append --json run.json\n"
"  zap-stress -g 3:32:append -g 1:1:write-at-wp -s 4K -t 30\n"
"  zap-stress --zapd \"zapd --state-dir /tmp/zs --drive t:emu:/tmp/zs/t\" \\\n"
"             --kill-every 2 --drop-connections -t 20\n"
"  zap-stress --save-log run.zslog -t 5 && zap-stress --verify-log run.zslog\n"
"  zap-stress -a 10.0.0.5:7420 --tls-ca ca.pem --tls-cert me.pem \\\n"
"             --tls-key me.key -t 30\n",
		ZAP_DEFAULT_ADDRESS, cli_tls_help);
}

void zs_note(const char *fmt, ...)
{
	unsigned n = atomic_fetch_add(&nr_notes, 1);
	char line[512];
	va_list ap;

	if (n > MAX_NOTES)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	fprintf(stderr, "%szap-stress: %s\n",
		atomic_load(&progress_shown) ? "\r\033[K" : "",
		n < MAX_NOTES ? line : "more failures not shown");
}

/* ---- options ---- */

static const struct option long_opts[];

static int bad_arg(int opt, const char *arg, const char *want)
{
	const struct option *lo = long_opts;

	while (lo->name && lo->val != opt)
		lo++;
	fprintf(stderr, "zap-stress: --%s %s: %s\n", lo->name, arg, want);
	return -1;
}

static int parse_u64(const char *s, uint64_t max, uint64_t *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtoull(s, &end, 10);
	return errno || *end || *v > max ? -1 : 0;
}

/* A record size (proto/textparse.h); *end: after it. */
static int parse_bytes(const char *s, uint32_t *v, const char **end)
{
	uint64_t n;

	if (zap_size_parse(s, &n, end) || !n || n > UINT32_MAX / 2)
		return -1;
	*v = (uint32_t)n;
	return 0;
}

/* --size LEN or MIN-MAX */
static int parse_size(const char *s, struct zs_opts *o)
{
	const char *end;

	if (parse_bytes(s, &o->min_len, &end))
		return -1;
	o->max_len = o->min_len;
	if (*end == '-' && parse_bytes(end + 1, &o->max_len, &end))
		return -1;
	return *end || o->max_len < o->min_len ? -1 : 0;
}

/* Non-negative seconds, with an optional unit. */
static int parse_time(const char *s, double *sec)
{
	static const struct { const char *unit; double mult; } units[] = {
		{ "", 1 }, { "s", 1 }, { "ms", 1e-3 }, { "m", 60 },
		{ "h", 3600 },
	};
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || !(v >= 0) || !isfinite(v))
		return -1;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (!strcmp(end, units[i].unit)) {
			*sec = v * units[i].mult;
			return 0;
		}
	}
	return -1;
}

static int parse_rate(const char *s, double *r)
{
	char *end;

	errno = 0;
	*r = strtod(s, &end);
	return errno || end == s || *end || !(*r >= 0) || *r > 1e9 ? -1 : 0;
}

static int parse_mix(const char *s, struct zs_group *g)
{
	char *copy = strdup(s), *save = NULL, *item, *eq;
	uint64_t weight;
	int op, rc = 0;

	if (!copy)
		return -1;
	memset(g->weight, 0, sizeof(g->weight));
	g->total = 0;
	for (item = strtok_r(copy, ",", &save); item && !rc;
	     item = strtok_r(NULL, ",", &save)) {
		eq = strchr(item, '=');
		if (eq)
			*eq = '\0';
		for (op = 0; op < ZS_NR_MIX; op++)
			if (!strcmp(item, zs_op_name[op]))
				break;
		weight = 1;
		if (op == ZS_NR_MIX ||
		    (eq && parse_u64(eq + 1, MAX_WEIGHT, &weight)))
			rc = -1;
		else
			g->weight[op] = (unsigned)weight;
	}
	free(copy);
	for (op = 0; op < ZS_NR_MIX; op++)
		g->total += g->weight[op];
	return rc || !g->total ? -1 : 0;
}

static int parse_group(const char *s, struct zs_group *g)
{
	uint64_t conns, q;
	char num[24];
	const char *c1 = strchr(s, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;

	if (!c2 || c1 - s >= (long)sizeof(num) ||
	    c2 - c1 - 1 >= (long)sizeof(num))
		return -1;
	memcpy(num, s, c1 - s);
	num[c1 - s] = '\0';
	if (parse_u64(num, MAX_CONNECTIONS, &conns) || !conns)
		return -1;
	memcpy(num, c1 + 1, c2 - c1 - 1);
	num[c2 - c1 - 1] = '\0';
	if (parse_u64(num, MAX_IN_FLIGHT, &q) || !q)
		return -1;
	g->conns = (unsigned)conns;
	g->in_flight = (unsigned)q;
	return parse_mix(c2 + 1, g);
}

/* Append to a growing array of n items. */
static void *grow(void *array, size_t n, size_t size)
{
	void *p = realloc(array, (n + 1) * size);

	if (!p) {
		fprintf(stderr, "zap-stress: out of memory\n");
		exit(EXIT_ERROR);
	}
	return p;
}

enum {
	OPT_RESET_FIRST = 256, OPT_RESET_RATE, OPT_FINISH_RATE, OPT_SEED,
	OPT_NO_VERIFY, OPT_SAVE_LOG, OPT_VERIFY_LOG, OPT_ZAPD, OPT_ZAPD_LOG,
	OPT_DROP, OPT_NO_RETRY, OPT_RETRY, OPT_JSON,
};

static const struct option long_opts[] = {
	{ "address", required_argument, NULL, 'a' },
	{ "drive", required_argument, NULL, 'd' },
	{ "zones", required_argument, NULL, 'z' },
	{ "reset-first", no_argument, NULL, OPT_RESET_FIRST },
	{ "connections", required_argument, NULL, 'c' },
	{ "in-flight", required_argument, NULL, 'q' },
	{ "mix", required_argument, NULL, 'm' },
	{ "group", required_argument, NULL, 'g' },
	{ "size", required_argument, NULL, 's' },
	{ "duration", required_argument, NULL, 't' },
	{ "count", required_argument, NULL, 'n' },
	{ "reset-rate", required_argument, NULL, OPT_RESET_RATE },
	{ "finish-rate", required_argument, NULL, OPT_FINISH_RATE },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "no-verify", no_argument, NULL, OPT_NO_VERIFY },
	{ "save-log", required_argument, NULL, OPT_SAVE_LOG },
	{ "verify-log", required_argument, NULL, OPT_VERIFY_LOG },
	{ "zapd", required_argument, NULL, OPT_ZAPD },
	{ "zapd-log", required_argument, NULL, OPT_ZAPD_LOG },
	{ "kill-every", required_argument, NULL, 'k' },
	{ "drop-connections", optional_argument, NULL, OPT_DROP },
	{ "no-retry", no_argument, NULL, OPT_NO_RETRY },
	{ "retry", no_argument, NULL, OPT_RETRY },
	{ "json", required_argument, NULL, OPT_JSON },
	CLI_TLS_OPTIONS,
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/* Check what the flags mean together, and fill in defaults. */
static int check_opts(struct zs_opts *o, struct zs_group *simple,
		      bool simple_set, bool duration_set)
{
	unsigned conns = 0;

	if (o->nr_group && simple_set) {
		fprintf(stderr, "zap-stress: --group replaces -c, -q and -m\n");
		return -1;
	}
	if (!o->nr_group) {
		o->group = grow(NULL, 0, sizeof(*o->group));
		o->group[0] = *simple;
		o->nr_group = 1;
	}
	for (unsigned i = 0; i < o->nr_group; i++)
		conns += o->group[i].conns;
	if (conns > MAX_CONNECTIONS) {
		fprintf(stderr, "zap-stress: %u connections: at most %u\n",
			conns, MAX_CONNECTIONS);
		return -1;
	}
	if (o->kill_every > 0 && !o->zapd_cmd) {
		fprintf(stderr, "zap-stress: --kill-every needs --zapd\n");
		return -1;
	}
	if (o->zapd_cmd && o->nr_address) {
		fprintf(stderr, "zap-stress: --zapd and --address exclude "
			"each other\n");
		return -1;
	}
	if (!o->verify && (o->save_log || o->verify_log)) {
		fprintf(stderr, "zap-stress: --no-verify excludes --save-log "
			"and --verify-log\n");
		return -1;
	}
	if (o->verify_log && o->save_log) {
		fprintf(stderr, "zap-stress: --verify-log excludes "
			"--save-log\n");
		return -1;
	}
	if (o->min_len < ZS_HDR_LEN) {
		fprintf(stderr, "zap-stress: --size: a record holds at least "
			"%d bytes\n", ZS_HDR_LEN);
		return -1;
	}
	if (!duration_set)
		o->duration = o->count ? 0 : 10;
	if (!o->duration && !o->count) {
		fprintf(stderr, "zap-stress: --duration 0 needs --count\n");
		return -1;
	}
	return 0;
}

/* 0, or 1 if --help or --version said all, or -1 on a usage error. */
static int parse_opts(int argc, char **argv, struct zs_opts *o)
{
	static struct zs_group simple = { .conns = 4, .in_flight = 16 };
	bool simple_set = false, duration_set = false;
	struct timespec ts;
	uint64_t v;
	int opt;

	clock_gettime(CLOCK_REALTIME, &ts);
	*o = (struct zs_opts){
		.min_len = 4096,
		.max_len = 65536,
		.reset_rate = 1,
		.finish_rate = 0.5,
		.verify = true,
		.seed = ((uint64_t)ts.tv_sec * NS + ts.tv_nsec) ^
			((uint64_t)getpid() << 32),
	};
	parse_mix(DEFAULT_MIX, &simple);
	while ((opt = getopt_long(argc, argv, "a:d:z:c:q:m:g:s:t:n:k:hV",
				  long_opts, NULL)) != -1) {
		if (cli_tls_option(&o->tls, opt, optarg))
			continue;
		switch (opt) {
		case 'a':
			o->address = grow(o->address, o->nr_address,
					  sizeof(*o->address));
			o->address[o->nr_address++] = optarg;
			break;
		case 'd':
			o->drive = grow(o->drive, o->nr_drive,
					sizeof(*o->drive));
			o->drive[o->nr_drive++] = optarg;
			break;
		case 'z':
			o->zones = optarg;
			break;
		case OPT_RESET_FIRST:
			o->reset_first = true;
			break;
		case 'c':
			if (parse_u64(optarg, MAX_CONNECTIONS, &v) || !v)
				return bad_arg(opt, optarg, "want 1 to 1024");
			simple.conns = (unsigned)v;
			simple_set = true;
			break;
		case 'q':
			if (parse_u64(optarg, MAX_IN_FLIGHT, &v) || !v)
				return bad_arg(opt, optarg, "want 1 to 65536");
			simple.in_flight = (unsigned)v;
			simple_set = true;
			break;
		case 'm':
			if (parse_mix(optarg, &simple))
				return bad_arg(opt, optarg, "want NAME[=WEIGHT]"
					",... of append, write, write-at-wp, "
					"read, weights not all 0");
			simple_set = true;
			break;
		case 'g':
			o->group = grow(o->group, o->nr_group,
					sizeof(*o->group));
			if (parse_group(optarg, &o->group[o->nr_group]))
				return bad_arg(opt, optarg, "want N:Q:MIX, "
					"like 3:32:append=1");
			o->nr_group++;
			break;
		case 's':
			if (parse_size(optarg, o))
				return bad_arg(opt, optarg, "want SIZE or "
					"MIN-MAX, like 4K or 4K-64K");
			break;
		case 't':
			if (parse_time(optarg, &o->duration))
				return bad_arg(opt, optarg, "want a time like "
					"10, 500ms, 2m");
			duration_set = true;
			break;
		case 'n':
			if (parse_u64(optarg, UINT64_MAX / 2, &o->count))
				return bad_arg(opt, optarg, "want a number");
			break;
		case OPT_RESET_RATE:
		case OPT_FINISH_RATE:
			if (parse_rate(optarg, opt == OPT_RESET_RATE ?
				       &o->reset_rate : &o->finish_rate))
				return bad_arg(opt, optarg, "want a rate per "
					"second, like 2 or 0.5");
			break;
		case OPT_SEED:
			if (parse_u64(optarg, UINT64_MAX, &o->seed))
				return bad_arg(opt, optarg, "want a number");
			break;
		case OPT_NO_VERIFY:
			o->verify = false;
			break;
		case OPT_SAVE_LOG:
			o->save_log = optarg;
			break;
		case OPT_VERIFY_LOG:
			o->verify_log = optarg;
			break;
		case OPT_ZAPD:
			o->zapd_cmd = optarg;
			break;
		case OPT_ZAPD_LOG:
			o->zapd_log = optarg;
			break;
		case 'k':
			if (parse_time(optarg, &o->kill_every) ||
			    o->kill_every < 0.1)
				return bad_arg(opt, optarg, "want a time of "
					"at least 100ms");
			break;
		case OPT_DROP:
			o->drop_mean = 1;
			if (optarg && (parse_time(optarg, &o->drop_mean) ||
				       o->drop_mean < 0.001))
				return bad_arg(opt, optarg, "want a time of "
					"at least 1ms");
			break;
		case OPT_NO_RETRY:
			o->no_retry = true;
			break;
		case OPT_RETRY:
			o->retry = true;
			break;
		case OPT_JSON:
			o->json = optarg;
			break;
		case 'h':
			usage(stdout);
			return 1;
		case 'V':
			printf("zap-stress %s\n", ZAP_VERSION_STRING);
			return 1;
		default:
			fprintf(stderr, "Try zap-stress --help\n");
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "zap-stress: unexpected argument %s (see "
			"zap-stress --help)\n", argv[optind]);
		return -1;
	}
	return check_opts(o, &simple, simple_set, duration_set);
}

/* ---- set-up ---- */

static int setup_endpoints(struct zs_run *run, struct zs_zapd *zapd)
{
	const struct zs_opts *o = run->o;
	static const char *const dflt[] = { ZAP_DEFAULT_ADDRESS };
	const char *const *addr = o->nr_address ? o->address : dflt;

	run->nr_ep = o->nr_address ? o->nr_address : 1;
	run->ep = calloc(run->nr_ep, sizeof(*run->ep));
	if (!run->ep)
		return -1;
	for (unsigned i = 0; i < run->nr_ep; i++) {
		pthread_mutex_init(&run->ep[i].lock, NULL);
		run->ep[i].up = true;
		if (o->zapd_cmd)
			continue;
		if (strlen(addr[i]) >= sizeof(run->ep[i].addr)) {
			fprintf(stderr, "zap-stress: address too long: %s\n",
				addr[i]);
			return -1;
		}
		strcpy(run->ep[i].addr, addr[i]);
	}
	if (o->zapd_cmd)
		return zs_zapd_start(zapd, o->zapd_cmd, o->zapd_log,
				     run->ep[0].addr, sizeof(run->ep[0].addr));
	return 0;
}

/*
 * The zones of drive d to load, in out[d->nr_zones]: those of list, or
 * by default as many as the drive keeps open and active at once.
 */
static int pick_zones(const char *list, const struct zap_drive *d, bool *out)
{
	uint32_t nr = d->nr_zones, n = nr;
	const char *p = list;
	unsigned long a, b;
	char *end;

	memset(out, 0, nr * sizeof(*out));
	if (!list || !strcmp(list, "all")) {
		if (!list && d->max_active && d->max_active < n)
			n = d->max_active;
		if (!list && d->max_open && d->max_open < n)
			n = d->max_open;
		memset(out, 1, n * sizeof(*out));
		return 0;
	}
	for (;;) {
		if (*p < '0' || *p > '9')
			break;
		a = b = strtoul(p, &end, 10);
		if (*end == '-') {
			p = end + 1;
			if (*p < '0' || *p > '9')
				break;
			b = strtoul(p, &end, 10);
		}
		if (a > b || b >= nr) {
			fprintf(stderr, "zap-stress: --zones %s: drive %s has "
				"zones 0 to %u\n", list, d->name, nr - 1);
			return -1;
		}
		while (a <= b)
			out[a++] = true;
		if (!*end)
			return 0;
		if (*end != ',')
			break;
		p = end + 1;
	}
	fprintf(stderr, "zap-stress: --zones %s: want all, or indexes and "
		"ranges like 0-7,12\n", list);
	return -1;
}

static bool uses_op(const struct zs_opts *o, enum zs_op op)
{
	for (unsigned i = 0; i < o->nr_group; i++)
		if (o->group[i].weight[op])
			return true;
	return false;
}

/* Can the run's records go to drive d through connection c? */
static int check_drive(const struct zs_opts *o, zap_client *c,
		       const struct zap_drive *d)
{
	uint32_t max = zap_max_data(c);

	if (o->min_len % d->lba_size || o->max_len % d->lba_size) {
		fprintf(stderr, "zap-stress: --size: drive %s has %u-byte "
			"blocks\n", d->name, d->lba_size);
		return -1;
	}
	if (uses_op(o, ZS_OP_APPEND) && d->max_append && d->max_append < max)
		max = d->max_append;
	if (o->max_len > max || o->max_len / d->lba_size > d->zone_capacity) {
		fprintf(stderr, "zap-stress: --size: drive %s takes records of "
			"at most %u bytes\n", d->name, max);
		return -1;
	}
	for (unsigned i = 0; i < o->nr_group; i++) {
		if (o->group[i].in_flight > zap_max_in_flight(c)) {
			fprintf(stderr, "zap-stress: %u requests in flight: "
				"zapd allows %u per connection\n",
				o->group[i].in_flight, zap_max_in_flight(c));
			return -1;
		}
	}
	return 0;
}

static bool wanted(const struct zs_opts *o, const char *drive)
{
	if (!o->nr_drive)
		return true;
	for (unsigned i = 0; i < o->nr_drive; i++)
		if (!strcmp(o->drive[i], drive))
			return true;
	return false;
}

/* Make a zone ready: empty, resetting it if allowed. */
static int ready_zone(const struct zs_opts *o, zap_client *c,
		      const char *drive, const struct zap_zone *z)
{
	int rc;

	if (z->state == ZAP_ZS_OFFLINE || z->state == ZAP_ZS_READ_ONLY) {
		fprintf(stderr, "zap-stress: %s zone %u is %s\n", drive,
			z->index, zap_zone_state_name(z->state));
		return -1;
	}
	if (z->state == ZAP_ZS_EMPTY)
		return 0;
	if (!o->reset_first) {
		fprintf(stderr, "zap-stress: %s zone %u holds data (%s, wp "
			"%llu); --reset-first erases the target zones\n",
			drive, z->index, zap_zone_state_name(z->state),
			(unsigned long long)(z->wp - z->start));
		return -1;
	}
	rc = zap_zone_mgmt(c, drive, z->index, ZAP_ZONE_RESET, 0);
	if (rc)
		fprintf(stderr, "zap-stress: reset of %s zone %u: %s\n", drive,
			z->index, zap_last_error(c));
	return rc ? -1 : 0;
}

static int add_drive_targets(struct zs_run *run, unsigned e, zap_client *c,
			     const struct zap_drive *d)
{
	struct zap_zone *zones = NULL;
	struct zs_target *t;
	size_t nr = 0;
	bool *pick;
	int rc;

	pick = calloc(d->nr_zones + 1, sizeof(*pick));
	if (!pick || pick_zones(run->o->zones, d, pick)) {
		free(pick);
		return -1;
	}
	rc = zap_report_zones(c, d->name, 0, ZAP_ZS_ANY, &zones, &nr);
	if (rc)
		fprintf(stderr, "zap-stress: report zones of %s: %s\n",
			d->name, zap_last_error(c));
	for (size_t i = 0; !rc && i < nr; i++) {
		if (zones[i].index >= d->nr_zones || !pick[zones[i].index])
			continue;
		rc = ready_zone(run->o, c, d->name, &zones[i]);
		if (rc)
			break;
		run->t = grow(run->t, run->nr_targets, sizeof(*run->t));
		t = &run->t[run->nr_targets++];
		memset(t, 0, sizeof(*t));
		t->endpoint = e;
		snprintf(t->drive, sizeof(t->drive), "%s", d->name);
		t->zone = zones[i].index;
		t->lba_size = d->lba_size;
		t->start = zones[i].start;
		t->cap = zones[i].capacity;
	}
	free(zones);
	free(pick);
	return rc ? -1 : 0;
}

static int setup_targets(struct zs_run *run)
{
	const struct zs_opts *o = run->o;
	const struct zap_drive *d;
	unsigned found;
	zap_client *c;
	int rc = 0;

	for (unsigned e = 0; e < run->nr_ep && !rc; e++) {
		c = zs_connect(run, e, false);
		if (!c)
			return -1;
		found = 0;
		for (size_t i = 0; i < zap_drive_count(c) && !rc; i++) {
			d = zap_drive_at(c, i);
			if (!wanted(o, d->name))
				continue;
			found++;
			rc = check_drive(o, c, d) ||
			     add_drive_targets(run, e, c, d);
		}
		if (!rc && found < (o->nr_drive ? o->nr_drive : 1)) {
			fprintf(stderr, "zap-stress: %s lacks %s\n",
				run->ep[e].addr, o->nr_drive ?
				"a drive named by --drive" : "drives");
			rc = -1;
		}
		zap_close(c);
	}
	if (!rc && !run->nr_targets) {
		fprintf(stderr, "zap-stress: no target zones\n");
		rc = -1;
	}
	return rc;
}

static uint64_t splitmix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ull;
	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

/* Workers: what both the load and the scan need. */
static int setup_workers(struct zs_run *run, unsigned n)
{
	struct zs_worker *w;

	if (n < run->nr_ep) {
		fprintf(stderr, "zap-stress: %u connections for %u zapds\n",
			n, run->nr_ep);
		return -1;
	}
	run->nr_workers = n;
	run->w = calloc(n, sizeof(*run->w));
	if (!run->w)
		return -1;
	for (unsigned i = 0; i < n; i++) {
		w = &run->w[i];
		w->run = run;
		w->id = i;
		w->endpoint = i % run->nr_ep;
		w->rng = splitmix(run->o->seed + i) | 1;
		w->log.compact_at = LOG_COMPACT_MIN;
		pthread_mutex_init(&w->ring.lock, NULL);
		for (int op = 0; op < ZS_NR_OPS; op++)
			hist_init(&w->st.lat[op]);
		w->mine = calloc(run->nr_targets, sizeof(*w->mine));
		if (!w->mine)
			return -1;
	}
	return 0;
}

/* Workers: what the load needs. Groups take the workers in turn. */
static int setup_load(struct zs_run *run)
{
	const struct zs_group *g = run->o->group;
	unsigned left = g->conns;

	for (unsigned i = 0; i < run->nr_workers; i++, left--) {
		if (!left) {
			g++;
			left = g->conns;
		}
		run->w[i].g = g;
		if (zs_worker_setup(&run->w[i]))
			return -1;
	}
	return 0;
}

static void free_workers(struct zs_run *run)
{
	for (unsigned i = 0; run->w && i < run->nr_workers; i++)
		zs_worker_free(&run->w[i]);
	free(run->w);
}

/* ---- the run ---- */

static void on_signal(int sig)
{
	interrupted = 1;
}

/* What the last progress line showed. */
struct progress {
	int64_t t;
	uint64_t ops, bytes;
};

static void progress(struct zs_run *run, int64_t now, int64_t start,
		     struct progress *last)
{
	uint64_t ops = 0, bytes = 0, errors = 0, in_flight = 0;
	double dt = (double)(now - last->t) / NS;
	struct zs_worker *w;

	for (unsigned i = 0; i < run->nr_workers; i++) {
		w = &run->w[i];
		ops += atomic_load_explicit(&w->p_ops, memory_order_relaxed);
		bytes += atomic_load_explicit(&w->p_bytes,
					      memory_order_relaxed);
		errors += atomic_load_explicit(&w->p_errors,
					       memory_order_relaxed);
		in_flight += atomic_load_explicit(&w->p_in_flight,
						  memory_order_relaxed);
	}
	fprintf(stderr, "\r%7.1f s %11.0f ops/s %9.1f MB/s  in flight %-6llu "
		"errors %llu\033[K", (double)(now - start) / NS,
		(double)(ops - last->ops) / dt,
		(double)(bytes - last->bytes) / dt / 1e6,
		(unsigned long long)in_flight, (unsigned long long)errors);
	atomic_store(&progress_shown, true);
	*last = (struct progress){ .t = now, .ops = ops, .bytes = bytes };
}

/* --kill-every: SIGKILL the zapd and start it again. */
static int kill_zapd(struct zs_run *run, struct zs_zapd *zapd)
{
	struct zs_endpoint *ep = &run->ep[0];
	char addr[sizeof(ep->addr)];

	pthread_mutex_lock(&ep->lock);
	ep->up = false;
	pthread_mutex_unlock(&ep->lock);
	zs_zapd_kill(zapd);
	if (zs_zapd_restart(zapd, addr, sizeof(addr)))
		return -1;
	pthread_mutex_lock(&ep->lock);
	memcpy(ep->addr, addr, sizeof(addr));
	ep->up = true;
	pthread_mutex_unlock(&ep->lock);
	return 0;
}

static bool all_done(struct zs_run *run)
{
	for (unsigned i = 0; i < run->nr_workers; i++)
		if (!atomic_load(&run->w[i].done))
			return false;
	return true;
}

/* Load; *secs: how long. Returns 0 or -1 (said why). */
static int run_load(struct zs_run *run, struct zs_zapd *zapd, double *secs)
{
	const struct zs_opts *o = run->o;
	bool tty = isatty(STDERR_FILENO);
	int64_t start, now, next_kill, next_progress;
	struct timespec tick = { 0, TICK_NS };
	struct progress last;
	int rc = 0;

	pthread_barrier_init(&run->ready, NULL, run->nr_workers + 1);
	for (unsigned i = 0; i < run->nr_workers; i++) {
		if (pthread_create(&run->w[i].thread, NULL, zs_worker_run,
				   &run->w[i])) {
			fprintf(stderr, "zap-stress: cannot start thread %u\n",
				i);
			exit(EXIT_ERROR);
		}
	}
	pthread_barrier_wait(&run->ready);
	for (unsigned i = 0; i < run->nr_workers; i++)
		if (run->w[i].failed)
			rc = -1;
	if (rc)
		atomic_store(&run->stop, true);
	start = zs_now();
	last = (struct progress){ .t = start };
	run->reset_period = o->reset_rate > 0 ?
			    (int64_t)(NS / o->reset_rate) : 0;
	run->finish_period = o->finish_rate > 0 ?
			     (int64_t)(NS / o->finish_rate) : 0;
	atomic_store(&run->next_reset, start + run->reset_period);
	atomic_store(&run->next_finish, start + run->finish_period);
	next_kill = start + (int64_t)(o->kill_every * NS);
	next_progress = start + NS;
	pthread_barrier_wait(&run->ready);
	while (!all_done(run)) {
		nanosleep(&tick, NULL);
		now = zs_now();
		if (interrupted ||
		    (o->duration && now >= start + (int64_t)(o->duration * NS)))
			atomic_store(&run->stop, true);
		if (o->kill_every > 0 && !atomic_load(&run->stop) &&
		    now >= next_kill) {
			if (kill_zapd(run, zapd)) {
				atomic_store(&run->stop, true);
				rc = -1;
			}
			next_kill = zs_now() + (int64_t)(o->kill_every * NS);
		}
		if (tty && now >= next_progress) {
			progress(run, now, start, &last);
			next_progress += NS;
		}
	}
	*secs = (double)(zs_now() - start) / NS;
	for (unsigned i = 0; i < run->nr_workers; i++) {
		pthread_join(run->w[i].thread, NULL);
		/* without retries, a connection may be lost at will */
		if (run->w[i].failed &&
		    (run->w[i].failed != ZAP_CONNECTION_LOST || run->retry))
			rc = -1;
	}
	pthread_barrier_destroy(&run->ready);
	if (atomic_exchange(&progress_shown, false))
		fprintf(stderr, "\r\033[K");
	return rc;
}

/* ---- the report ---- */

static void sum_stats(const struct zs_run *run, struct zs_stats *s)
{
	const struct zs_stats *w;

	memset(s, 0, sizeof(*s));
	for (int op = 0; op < ZS_NR_OPS; op++)
		hist_init(&s->lat[op]);
	for (unsigned i = 0; i < run->nr_workers; i++) {
		w = &run->w[i].st;
		for (int op = 0; op < ZS_NR_OPS; op++) {
			hist_merge(&s->lat[op], &w->lat[op]);
			s->ok[op] += w->ok[op];
			s->bytes[op] += w->bytes[op];
			for (int st = 0; st < ZS_NR_STATUS; st++)
				s->errors[op][st] += w->errors[op][st];
		}
		s->unexpected += w->unexpected;
		s->lost_replies += w->lost_replies;
		s->drops += w->drops;
		s->reconnects += w->reconnects;
		s->resent += w->resent;
		s->duplicates += w->duplicates;
	}
}

static uint64_t op_errors(const struct zs_stats *s, int op)
{
	uint64_t n = 0;

	for (int st = 0; st < ZS_NR_STATUS; st++)
		n += s->errors[op][st];
	return n;
}

static const struct {
	double pct;
	const char *text, *json;
} percentiles[] = {
	{ 50, "p50", "p50" },
	{ 90, "p90", "p90" },
	{ 99, "p99", "p99" },
	{ 99.9, "p99.9", "p99_9" },
};
#define NR_PCT (sizeof(percentiles) / sizeof(percentiles[0]))

static double us(uint64_t ns)
{
	return (double)ns / 1e3;
}

static void report_text(FILE *f, const struct zs_run *run,
			const struct zs_stats *s, double secs,
			unsigned kills)
{
	const struct hist *h;
	unsigned conns = 0;

	for (unsigned i = 0; i < run->o->nr_group; i++)
		conns += run->o->group[i].conns;
	fprintf(f, "zap-stress: %u connections, %u zones, %.1f s, records "
		"%u-%u bytes, verify %s, seed %llu\n", conns,
		run->nr_targets, secs, run->o->min_len, run->o->max_len,
		run->o->verify ? "on" : "off",
		(unsigned long long)run->o->seed);
	fprintf(f, "%-12s %10s %10s %9s %8s", "op", "ok", "ops/s", "MB/s",
		"min");
	for (size_t p = 0; p < NR_PCT; p++)
		fprintf(f, " %8s", percentiles[p].text);
	fprintf(f, " %8s\n", "max");
	for (int op = 0; op < ZS_NR_OPS; op++) {
		h = &s->lat[op];
		if (!s->ok[op] && !op_errors(s, op))
			continue;
		fprintf(f, "%-12s %10llu %10.0f %9.1f %8.1f", zs_op_name[op],
			(unsigned long long)s->ok[op], s->ok[op] / secs,
			s->bytes[op] / secs / 1e6, us(h->count ? h->min : 0));
		for (size_t p = 0; p < NR_PCT; p++)
			fprintf(f, " %8.1f",
				us(hist_percentile(h, percentiles[p].pct)));
		fprintf(f, " %8.1f\n", us(h->max));
	}
	fprintf(f, "(latency of successful requests in microseconds; "
		"MB = 10^6 bytes)\n");
	for (int op = 0; op < ZS_NR_OPS; op++)
		for (int st = 0; st < ZS_NR_STATUS; st++)
			if (s->errors[op][st])
				fprintf(f, "errors: %s %s: %llu\n",
					zs_op_name[op], zap_status_name(st),
					(unsigned long long)s->errors[op][st]);
	if (s->unexpected)
		fprintf(f, "unexpected errors: %llu\n",
			(unsigned long long)s->unexpected);
	if (kills || s->drops || s->lost_replies)
		fprintf(f, "faults: %u zapd kills, %llu connections dropped, "
			"%llu requests without reply, %llu reconnects\n",
			kills, (unsigned long long)s->drops,
			(unsigned long long)s->lost_replies,
			(unsigned long long)s->reconnects);
	if (run->retry)
		fprintf(f, "retries: %llu requests sent again, %llu answered "
			"DUPLICATE_REQUEST\n", (unsigned long long)s->resent,
			(unsigned long long)s->duplicates);
}

/* Exactly once, unacknowledged records are failures: shown with them. */
static void report_verdict(FILE *f, const struct zs_verdict *v,
			   bool exactly_once)
{
	char unacked[48];

	snprintf(unacked, sizeof(unacked), "unacknowledged %llu",
		 (unsigned long long)v->unacknowledged);
	fprintf(f, "verify: acknowledged %llu, verified %llu, lost %llu, "
		"misplaced %llu, duplicated %llu, torn %llu\n"
		"        overlapping %llu, misordered %llu, stale %llu, "
		"%s%sbad reads %llu (of %llu)\n"
		"        allowed: ambiguous %llu, gone %llu%s%s\n",
		(unsigned long long)v->acknowledged,
		(unsigned long long)v->verified, (unsigned long long)v->lost,
		(unsigned long long)v->misplaced,
		(unsigned long long)v->duplicated, (unsigned long long)v->torn,
		(unsigned long long)v->overlapping,
		(unsigned long long)v->misordered, (unsigned long long)v->stale,
		exactly_once ? unacked : "", exactly_once ? ", " : "",
		(unsigned long long)v->live_bad,
		(unsigned long long)(v->live_bad + v->live_verified),
		(unsigned long long)v->ambiguous, (unsigned long long)v->gone,
		exactly_once ? "" : ", ", exactly_once ? "" : unacked);
}

static void json_op(FILE *f, const struct zs_stats *s, int op, double secs)
{
	const struct hist *h = &s->lat[op];
	bool first = true;

	fprintf(f, "    \"%s\": {\"ok\": %llu, \"errors\": %llu, \"bytes\": "
		"%llu, \"ops_per_s\": %.1f, \"mb_per_s\": %.3f,\n"
		"      \"latency_us\": {\"min\": %.3f, \"mean\": %.3f",
		zs_op_name[op], (unsigned long long)s->ok[op],
		(unsigned long long)op_errors(s, op),
		(unsigned long long)s->bytes[op], secs ? s->ok[op] / secs : 0,
		secs ? s->bytes[op] / secs / 1e6 : 0,
		us(h->count ? h->min : 0),
		h->count ? us(h->sum) / h->count : 0);
	for (size_t p = 0; p < NR_PCT; p++)
		fprintf(f, ", \"%s\": %.3f", percentiles[p].json,
			us(hist_percentile(h, percentiles[p].pct)));
	fprintf(f, ", \"max\": %.3f},\n      \"statuses\": {", us(h->max));
	for (int st = 0; st < ZS_NR_STATUS; st++) {
		if (!s->errors[op][st])
			continue;
		fprintf(f, "%s\"%s\": %llu", first ? "" : ", ",
			zap_status_name(st),
			(unsigned long long)s->errors[op][st]);
		first = false;
	}
	fprintf(f, "}}%s\n", op + 1 < ZS_NR_OPS ? "," : "");
}

static void json_verdict(FILE *f, const struct zs_verdict *v,
			 bool exactly_once)
{
#define FIELD(name) (unsigned long long)v->name
	fprintf(f, "  \"verify\": {\"passed\": %s, \"exactly_once\": %s, "
		"\"acknowledged\": %llu, "
		"\"verified\": %llu, \"lost\": %llu, \"misplaced\": %llu, "
		"\"duplicated\": %llu, \"torn\": %llu, \"overlapping\": %llu, "
		"\"misordered\": %llu, \"stale\": %llu, \"bad_reads\": %llu, "
		"\"verified_reads\": %llu, \"ambiguous\": %llu, \"gone\": "
		"%llu, \"unacknowledged\": %llu},\n",
		zs_verdict_failed(v, exactly_once) ? "false" : "true",
		exactly_once ? "true" : "false", FIELD(acknowledged),
		FIELD(verified), FIELD(lost), FIELD(misplaced),
		FIELD(duplicated), FIELD(torn), FIELD(overlapping),
		FIELD(misordered), FIELD(stale), FIELD(live_bad),
		FIELD(live_verified), FIELD(ambiguous), FIELD(gone),
		FIELD(unacknowledged));
#undef FIELD
}

static int report_json(const struct zs_run *run, const struct zs_stats *s,
		       double secs, unsigned kills, const struct zs_verdict *v,
		       const char *result)
{
	const struct zs_opts *o = run->o;
	bool to_stdout = !strcmp(o->json, "-");
	FILE *f = to_stdout ? stdout : fopen(o->json, "w");

	if (!f) {
		fprintf(stderr, "zap-stress: %s: %s\n", o->json,
			strerror(errno));
		return -1;
	}
	fprintf(f, "{\n  \"version\": \"%s\",\n  \"seed\": %llu,\n"
		"  \"run_id\": \"%016llx\",\n  \"duration_s\": %.3f,\n"
		"  \"connections\": %u,\n  \"zones\": %u,\n"
		"  \"min_size\": %u,\n  \"max_size\": %u,\n  \"ops\": {\n",
		ZAP_VERSION_STRING, (unsigned long long)o->seed,
		(unsigned long long)run->run_id, secs, run->nr_workers,
		run->nr_targets, o->min_len, o->max_len);
	for (int op = 0; op < ZS_NR_OPS; op++)
		json_op(f, s, op, secs);
	fprintf(f, "  },\n  \"unexpected_errors\": %llu,\n"
		"  \"faults\": {\"kills\": %u, \"drops\": %llu, "
		"\"lost_replies\": %llu, \"reconnects\": %llu, "
		"\"resent\": %llu, \"duplicates\": %llu},\n",
		(unsigned long long)s->unexpected, kills,
		(unsigned long long)s->drops,
		(unsigned long long)s->lost_replies,
		(unsigned long long)s->reconnects,
		(unsigned long long)s->resent,
		(unsigned long long)s->duplicates);
	if (v)
		json_verdict(f, v, run->exactly_once);
	else
		fprintf(f, "  \"verify\": null,\n");
	fprintf(f, "  \"result\": \"%s\"\n}\n", result);
	if (to_stdout)
		return fflush(f) ? -1 : 0;
	return fclose(f) ? -1 : 0;
}

/* ---- main ---- */

static int verify_saved(struct zs_run *run, struct zs_zapd *zapd)
{
	const struct zs_opts *o = run->o;
	struct zs_verdict v = { 0 };
	bool failed;
	int rc;

	if (zs_load_log(run, o->verify_log))
		return EXIT_ERROR;
	if ((o->nr_address || o->zapd_cmd) &&
	    run->nr_ep != (o->zapd_cmd ? 1 : o->nr_address)) {
		fprintf(stderr, "zap-stress: %s was written with %u zapds\n",
			o->verify_log, run->nr_ep);
		return EXIT_ERROR;
	}
	for (unsigned i = 0; i < o->nr_address; i++)
		snprintf(run->ep[i].addr, sizeof(run->ep[i].addr), "%s",
			 o->address[i]);
	if (o->zapd_cmd && zs_zapd_start(zapd, o->zapd_cmd, o->zapd_log,
					 run->ep[0].addr,
					 sizeof(run->ep[0].addr)))
		return EXIT_ERROR;
	rc = zs_verify(run, &v);
	failed = zs_verdict_failed(&v, run->exactly_once);
	report_verdict(stdout, &v, run->exactly_once);
	if (o->json && report_json(run, &(struct zs_stats){ 0 }, 0, 0, &v,
				   failed ? "fail" : "pass"))
		rc = -1;
	printf("result: %s\n", failed ? "FAIL" : "PASS");
	if (failed)
		return EXIT_VERIFY;
	return rc ? EXIT_ERROR : 0;
}

static int load_and_verify(struct zs_run *run, struct zs_zapd *zapd)
{
	const struct zs_opts *o = run->o;
	FILE *out = o->json && !strcmp(o->json, "-") ? stderr : stdout;
	struct zs_verdict v = { 0 };
	struct zs_stats *s;
	unsigned conns = 0;
	bool error = false, failed;
	const char *result;
	double secs;

	for (unsigned i = 0; i < o->nr_group; i++)
		conns += o->group[i].conns;
	run->max_len = o->max_len;
	run->retry = ((o->kill_every > 0 || o->drop_mean > 0) && !o->no_retry) ||
		     o->retry;
	run->exactly_once = run->retry;
	if (setup_endpoints(run, zapd) || setup_targets(run) ||
	    setup_workers(run, conns) || setup_load(run))
		return EXIT_ERROR;
	if (run_load(run, zapd, &secs))
		error = true;
	s = malloc(sizeof(*s));
	if (!s)
		return EXIT_ERROR;
	sum_stats(run, s);
	report_text(out, run, s, secs, zapd->kills);
	if (s->unexpected)
		error = true;
	if (o->verify) {
		if (zs_ledger_gather(run) ||
		    (o->save_log && zs_save_log(run, o->save_log)) ||
		    zs_verify(run, &v))
			error = true;
		report_verdict(out, &v, run->exactly_once);
	}
	failed = zs_verdict_failed(&v, run->exactly_once);
	if (failed)
		result = "fail";
	else
		result = error ? "error" : "pass";
	if (o->json && report_json(run, s, secs, zapd->kills,
				   o->verify ? &v : NULL, result))
		error = true;
	fprintf(out, "result: %s\n", failed ? "FAIL" :
		error ? "ERROR" : "PASS");
	free(s);
	if (failed)
		return EXIT_VERIFY;
	return error ? EXIT_ERROR : 0;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_signal,
				.sa_flags = SA_RESETHAND };
	struct zs_zapd zapd = { 0 };
	struct zs_run run = { 0 };
	struct zs_opts o;
	int rc;

	rc = parse_opts(argc, argv, &o);
	if (rc)
		return rc > 0 ? 0 : EXIT_USAGE;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	run.o = &o;
	if (getrandom(&run.run_id, sizeof(run.run_id), 0) !=
	    sizeof(run.run_id))
		run.run_id = splitmix(o.seed);
	if (o.verify_log)
		rc = verify_saved(&run, &zapd);
	else
		rc = load_and_verify(&run, &zapd);
	if (zs_zapd_stop(&zapd) && !rc)
		rc = EXIT_ERROR;
	free_workers(&run);
	free(run.t);
	free(run.ep);
	free(run.led.e);
	free(run.led.gone_seq);
	free(run.led.resets);
	free(run.led.high);
	free(o.address);
	free(o.drive);
	free(o.group);
	return rc;
}
