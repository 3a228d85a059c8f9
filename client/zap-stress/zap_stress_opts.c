/* SPDX-License-Identifier: MIT */
/*
 * zap-stress's command line: --help, the options and what they mean
 * together, into struct zs_opts.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "textparse.h"
#include "zap_stress.h"
#include "zap_stress_record.h"

#define MAX_CONNECTIONS	1024	/* in all; each costs about 300 KiB */
#define MAX_IN_FLIGHT	65536
#define MAX_WEIGHT	1000000
#define DEFAULT_MIX	"append=6,write=1,write-at-wp=1,read=2"

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
void *zs_grow(void *array, size_t n, size_t size)
{
	void *p = realloc(array, (n + 1) * size);

	if (!p) {
		fprintf(stderr, "zap-stress: out of memory\n");
		exit(ZS_EXIT_ERROR);
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
		o->group = zs_grow(NULL, 0, sizeof(*o->group));
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
			o->address = zs_grow(o->address, o->nr_address,
					  sizeof(*o->address));
			o->address[o->nr_address++] = optarg;
			break;
		case 'd':
			o->drive = zs_grow(o->drive, o->nr_drive,
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
			o->group = zs_grow(o->group, o->nr_group,
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


int zs_parse_opts(int argc, char **argv, struct zs_opts *o)
{
	int rc = parse_opts(argc, argv, o);

	if (rc)
		zs_free_opts(o);
	return rc;
}

void zs_free_opts(struct zs_opts *o)
{
	free(o->address);
	free(o->drive);
	free(o->group);
}
