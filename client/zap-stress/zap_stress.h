/* SPDX-License-Identifier: MIT */
/*
 * zap-stress internals: the run, its targets (zones), its workers (one
 * thread and one zapd connection each) and the zapd it may run itself.
 */
#ifndef ZAP_CLIENT_ZAP_STRESS_H
#define ZAP_CLIENT_ZAP_STRESS_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include <zap/zap.h>

#include "cli_tls.h"
#include "hist.h"
#include "zap_stress_check.h"

#define NS		1000000000ll	/* nanoseconds in a second */

/* Exit statuses */
#define ZS_EXIT_VERIFY	1	/* verification found a failure */
#define ZS_EXIT_USAGE	2
#define ZS_EXIT_ERROR	3

enum zs_op {
	ZS_OP_APPEND,
	ZS_OP_WRITE,		/* at the wp the worker last learned */
	ZS_OP_WRITE_AT_WP,
	ZS_OP_READ,
	ZS_OP_FINISH,
	ZS_OP_RESET,
	ZS_NR_OPS,
};
/* The ops a worker picks by --mix weight; the others come by rate. */
#define ZS_NR_MIX	(ZS_OP_READ + 1)
/* Error counts are kept per status value; larger ones share the last. */
#define ZS_NR_STATUS	512
/* Acknowledged records each worker keeps for readers of any worker. */
#define ZS_RING		1024

extern const char *const zs_op_name[ZS_NR_OPS];

/* Workers of one shape: --group N:Q:MIX (or -c, -q, --mix). */
struct zs_group {
	unsigned conns;
	unsigned in_flight;
	unsigned weight[ZS_NR_MIX];
	unsigned total;
};

struct zs_opts {
	const char **address;
	unsigned nr_address;
	const char **drive;
	unsigned nr_drive;
	const char *zones;		/* NULL: see pick_zones() */
	struct zs_group *group;
	unsigned nr_group;
	uint32_t min_len, max_len;	/* bytes */
	double duration;		/* seconds; 0: until count */
	uint64_t count;			/* requests; 0: until duration */
	double reset_rate, finish_rate;	/* per second, whole run */
	bool verify;
	bool reset_first;
	uint64_t seed;
	const char *zapd_cmd;
	const char *zapd_log;
	double kill_every;		/* seconds; 0: never */
	double drop_mean;		/* seconds; 0: never */
	bool no_retry;			/* with faults: libzap does not retry */
	bool retry;			/* retry protection without faults */
	const char *json;
	const char *save_log;
	const char *verify_log;
	struct cli_tls tls;		/* every connection's TLS */
};

/* A zapd to connect to; workers re-read the address when they reconnect. */
struct zs_endpoint {
	pthread_mutex_t lock;
	char addr[256];
	bool up;
};

/* One zone that the run writes. */
struct zs_target {
	unsigned endpoint;
	char drive[64];
	uint32_t zone;
	uint32_t lba_size;
	uint64_t start, cap;		/* LBAs */
	_Atomic uint32_t resets_issued;
	_Atomic uint32_t resets_done;
	_Atomic uint32_t last_certain;
	_Atomic uint32_t last_maybe;
	atomic_bool mgmt_busy;		/* a finish or reset in flight */
};

/* A growing array of acknowledged records, owned by one worker. */
struct zs_log {
	struct zs_entry *e;
	size_t n, size;
	size_t compact_at;		/* compact when n reaches this */
	uint64_t dropped;		/* entries compacted away as gone */
};

struct zs_stats {
	struct hist lat[ZS_NR_OPS];	/* successful requests, ns */
	uint64_t ok[ZS_NR_OPS];
	uint64_t bytes[ZS_NR_OPS];
	uint64_t errors[ZS_NR_OPS][ZS_NR_STATUS];
	uint64_t total_ok, total_bytes, total_errors;
	uint64_t unexpected;		/* errors the load does not cause */
	uint64_t lost_replies;		/* cut off by a lost connection */
	uint64_t drops;			/* connections closed at will */
	uint64_t reconnects;		/* by zap-stress, or libzap's resumes */
	uint64_t resent;		/* by libzap after a loss */
	uint64_t duplicates;		/* DUPLICATE_REQUEST, asked again */
};

struct zs_slot;
struct zs_run;
struct zs_zapd;

struct zs_worker {
	struct zs_run *run;
	unsigned id;
	unsigned endpoint;
	const struct zs_group *g;
	pthread_t thread;
	zap_client *c;
	struct zs_slot *slots;
	unsigned *free_slot;		/* stack of free slot indexes */
	unsigned nr_free;
	unsigned mgmt_in_flight;
	uint64_t seq;
	uint64_t rng;
	unsigned *mine;			/* targets on its endpoint */
	unsigned nr_mine;
	uint64_t *wp;			/* per target: the wp learned */
	uint64_t *gone_seq;		/* per target: see zs_check_zone() */
	uint64_t *high;			/* per target: end of the highest
					 * record acknowledged */
	unsigned recycle;		/* target + 1 found full, or 0 */
	uint8_t *buf;			/* records are built here */
	int64_t next_drop;
	struct zs_log log;
	struct {
		pthread_mutex_t lock;
		struct zs_entry e[ZS_RING];
		unsigned n;
	} ring;
	struct zs_stats st;
	struct zs_verdict live;
	int failed;			/* status that stopped it */
	/* for the progress line */
	atomic_uint_fast64_t p_ops, p_bytes, p_errors, p_in_flight;
	atomic_bool done;
};

/*
 * What verification needs of a run, gathered from the workers after it or
 * read back from a saved log: the acknowledged records, and per target the
 * resets, the end of the highest record ever acknowledged, and per writer
 * the highest sequence compacted away as gone.
 */
struct zs_ledger {
	struct zs_entry *e;
	size_t n;
	uint64_t dropped;
	unsigned nr_writers;
	uint64_t *gone_seq;		/* [target * nr_writers + writer] */
	struct zs_resets *resets;	/* [target] */
	uint64_t *high;			/* [target]: the scan goes this far */
};

struct zs_run {
	const struct zs_opts *o;
	uint64_t run_id;
	/* libzap retries what faults cut off (--kill-every and
	 * --drop-connections without --no-retry): every request has its
	 * reply, and verification is exactly once (zs_verdict_failed()) */
	bool retry;
	bool exactly_once;		/* the run's, or its saved log's */
	struct zs_endpoint *ep;
	unsigned nr_ep;
	struct zs_target *t;
	unsigned nr_targets;
	struct zs_worker *w;
	unsigned nr_workers;
	uint32_t max_len;		/* bytes: the largest record */
	atomic_bool stop;		/* issue nothing more */
	atomic_uint_fast64_t issued;	/* requests, against --count */
	_Atomic int64_t next_reset, next_finish;	/* ns */
	int64_t reset_period, finish_period;		/* ns; 0: never */
	pthread_barrier_t ready;	/* connected; then: go */
	struct zs_ledger led;
};

/* Workers connect to endpoint id % nr_ep: the peers of endpoint e are the
 * workers e, e + nr_ep, ... */
static inline unsigned zs_peers(const struct zs_run *run, unsigned e)
{
	return (run->nr_workers - e + run->nr_ep - 1) / run->nr_ep;
}

static inline struct zs_worker *zs_peer(struct zs_run *run, unsigned e,
					unsigned k)
{
	return &run->w[e + run->nr_ep * k];
}

/* CLOCK_MONOTONIC in ns. */
int64_t zs_now(void);

/* zap_stress_opts.c: the command line into o. 0, or 1 if --help or
 * --version said all, or -1 on a usage error (said); on 0 the caller
 * frees o with zs_free_opts(), else nothing is left to free. */
int zs_parse_opts(int argc, char **argv, struct zs_opts *o);
void zs_free_opts(struct zs_opts *o);
/* array, of n items of size bytes, with room for one more; exits with
 * ZS_EXIT_ERROR if out of memory. */
void *zs_grow(void *array, size_t n, size_t size);

/* zap_stress_setup.c: the endpoints (starting the zapd of --zapd), the
 * target zones, emptied, and conns workers set up for the load. 0 or -1
 * (said why). */
int zs_setup(struct zs_run *run, struct zs_zapd *zapd, unsigned conns);
void zs_free_workers(struct zs_run *run);
/* splitmix64's step: a well mixed 64-bit value from x. */
uint64_t zs_splitmix(uint64_t x);

/* zap_stress_run.c: SIGINT and SIGTERM end the run early. */
void zs_catch_signals(void);
/* Run the load until its end; *secs: how long. 0, or -1 (said why). */
int zs_run_load(struct zs_run *run, struct zs_zapd *zapd, double *secs);
/* Print a failure the verification found (the first few only). */
void zs_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* zap_stress_report.c: the workers' statistics, summed into s. */
void zs_sum_stats(const struct zs_run *run, struct zs_stats *s);
void zs_report_text(FILE *f, const struct zs_run *run,
		    const struct zs_stats *s, double secs, unsigned kills);
void zs_report_verdict(FILE *f, const struct zs_verdict *v,
		       bool exactly_once);
/* --json: to o->json ("-": stdout); v NULL: not verified. 0 or -1. */
int zs_report_json(const struct zs_run *run, const struct zs_stats *s,
		   double secs, unsigned kills, const struct zs_verdict *v,
		   const char *result);

/* zap_stress_worker.c: the load (run phase) and the scan. */
/* Allocate what the load needs, for the group w->g; 0 or -1. */
int zs_worker_setup(struct zs_worker *w);
void zs_worker_free(struct zs_worker *w);
void *zs_worker_run(void *arg);
/* Connect to endpoint e as the run's client; NULL on failure (said). */
zap_client *zs_connect(struct zs_run *run, unsigned e, bool quiet);

/* zap_stress_scan.c: read the targets back; *found: every record in
 * them (free() it). 0, or the status of a zone that could not be read. */
int zs_scan(struct zs_run *run, struct zs_found **found, size_t *nr);

/* zap_stress_log.c: verification and the saved log. */
int zs_log_push(struct zs_log *l, const struct zs_entry *e);
/* Move the workers' logs into run->led; 0 or ZAP_OUT_OF_MEMORY. */
int zs_ledger_gather(struct zs_run *run);
int zs_save_log(const struct zs_run *run, const char *file);
/* Read a saved log: run id, endpoints, targets and ledger. */
int zs_load_log(struct zs_run *run, const char *file);
/* Scan every target with the workers and judge; adds to v. 0, or the
 * status of a scan that could not be done. */
int zs_verify(struct zs_run *run, struct zs_verdict *v);

/* zap_stress_zapd.c: a zapd that zap-stress runs itself. */
struct zs_zapd {
	char *words;			/* the command, split in place */
	char **argv;
	char dir[256];			/* temporary: port file, log */
	char port_file[272];
	char log_file[272];
	char listen[64];		/* --listen: port 0, then the one it got */
	const char *log;		/* zapd's output goes here */
	pid_t pid;
	unsigned kills;
};
/* Start zapd as cmd (split at blanks) on 127.0.0.1:0; addr: where. */
int zs_zapd_start(struct zs_zapd *z, const char *cmd, const char *log,
		  char *addr, size_t size);
/* Start it again, on the address it had first: libzap reconnects there. */
int zs_zapd_restart(struct zs_zapd *z, char *addr, size_t size);
/* SIGKILL (a fault: counted in kills). */
void zs_zapd_kill(struct zs_zapd *z);
/* SIGTERM and wait, then clean up; 0 if zapd stopped cleanly. */
int zs_zapd_stop(struct zs_zapd *z);

#endif
