/* SPDX-License-Identifier: MIT */
/*
 * retry - libzap's retries against a zapd that loses replies and dies:
 * every append completes once, with the result zapd had for it, and the
 * zone holds each record once, where its reply said.
 *
 *   retry --zapd PATH [CASE...]
 *
 * Each case runs a zapd of its own (PATH, on 127.0.0.1 with an ephemeral
 * port and a fresh state directory) with one of its test-only faults, and
 * appends records to zone 0 of an empty drive through one libzap client:
 *
 *   drop_reply      --fault-drop-reply 3: zapd drops the reply to every
 *                   third update it applies, with its connection
 *   kill_one        --fault-kill-before-reply 1: zapd kills itself once the
 *                   first append is durable, before replying; the case
 *                   starts it again on the same port and state directory,
 *                   and the retry must get the LBA zapd chose before dying
 *   kill_in_flight  --fault-kill-before-reply 5, with 16 appends in flight
 *
 * Records carry a header (magic, the case's nonce, their index), so that a
 * read of the zone tells each apart: a second copy, or one that is not
 * where its reply said, fails the case.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <zap/zap.h>

#include "check.h"

#define DRIVE		"r"
#define DRIVE_GEO	"create=yes,zone_size=1M,zone_cap=1M,zones=4"
#define REC_BLOCKS	2
#define MAGIC		"RETRYREC"
#define START_MS	10000	/* zapd must listen by then */
#define CASE_MS		60000	/* and a case end by then */

static const char *zapd_path;

/* ---- the zapd of a case ---- */

struct zapd {
	char dir[64];		/* its state directory */
	char port_file[96];
	char log[96];
	char listen[64];	/* 127.0.0.1:0, then the address it got */
	char fault[40];		/* --fault-... N, or "" */
	pid_t pid;
};

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void exec_zapd(const struct zapd *z)
{
	const char *reactors = getenv("ZAP_TEST_REACTORS");
	char drive[160], *argv[16], fault[40], *n;
	int fd, i = 0;

	snprintf(drive, sizeof(drive), DRIVE ":emu:%s/" DRIVE "," DRIVE_GEO,
		 z->dir);
	argv[i++] = (char *)zapd_path;
	argv[i++] = "--plaintext";
	argv[i++] = "--listen";
	argv[i++] = (char *)z->listen;
	argv[i++] = "--port-file";
	argv[i++] = (char *)z->port_file;
	argv[i++] = "--state-dir";
	argv[i++] = (char *)z->dir;
	argv[i++] = "--drive";
	argv[i++] = drive;
	/* the test command runs the suite with one reactor too (lib.sh) */
	if (reactors && *reactors) {
		argv[i++] = "--reactors";
		argv[i++] = (char *)reactors;
	}
	if (*z->fault) {
		snprintf(fault, sizeof(fault), "%s", z->fault);
		n = strchr(fault, ' ');
		*n++ = '\0';
		argv[i++] = fault;
		argv[i++] = n;
	}
	argv[i] = NULL;
	fd = open(z->log, O_WRONLY | O_CREAT | O_APPEND, 0644);
	if (fd >= 0) {
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
	}
	execv(zapd_path, argv);
	_exit(127);
}

/* Start z (again): wait until it listens, and learn where. */
static int zapd_run(struct zapd *z)
{
	int64_t deadline = now_ms() + START_MS;
	char line[64] = "";
	FILE *f;

	unlink(z->port_file);
	z->pid = fork();
	if (z->pid < 0)
		return -1;
	if (!z->pid)
		exec_zapd(z);
	for (;;) {
		f = fopen(z->port_file, "r");
		if (f && fgets(line, sizeof(line), f) && strchr(line, '\n')) {
			fclose(f);
			break;
		}
		if (f)
			fclose(f);
		if (waitpid(z->pid, NULL, WNOHANG) == z->pid ||
		    now_ms() > deadline) {
			fprintf(stderr, "  zapd did not start (see %s)\n",
				z->log);
			return -1;
		}
		usleep(5000);
	}
	*strchr(line, '\n') = '\0';
	snprintf(z->listen, sizeof(z->listen), "%s", line);
	return 0;
}

/* A fresh state directory, and zapd with fault ("" for none). */
static int zapd_start(struct zapd *z, const char *fault)
{
	const char *tmp = getenv("TMPDIR");

	memset(z, 0, sizeof(*z));
	snprintf(z->dir, sizeof(z->dir), "%s/zapretry.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(z->dir))
		return -1;
	snprintf(z->port_file, sizeof(z->port_file), "%s/addr", z->dir);
	snprintf(z->log, sizeof(z->log), "%s/zapd.log", z->dir);
	snprintf(z->listen, sizeof(z->listen), "127.0.0.1:0");
	snprintf(z->fault, sizeof(z->fault), "%s", fault);
	return zapd_run(z);
}

/* Stop it and remove its state, unless the case failed (kept: say so). */
static void zapd_stop(struct zapd *z, bool failed)
{
	char cmd[96];

	if (z->pid > 0) {
		kill(z->pid, SIGTERM);
		waitpid(z->pid, NULL, 0);
	}
	if (failed) {
		fprintf(stderr, "  zapd's state and log kept in %s\n", z->dir);
		return;
	}
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", z->dir);
	if (system(cmd))
		fprintf(stderr, "  could not remove %s\n", z->dir);
}

/*
 * If zapd died, it must have been its fault injection (SIGKILL): start it
 * again, on the same port and state, without the fault. Returns 1 if it
 * did, 0 if zapd runs, -1 on failure.
 */
static int zapd_revive(struct zapd *z)
{
	int ws;

	if (waitpid(z->pid, &ws, WNOHANG) != z->pid)
		return 0;
	z->pid = 0;
	if (!WIFSIGNALED(ws) || WTERMSIG(ws) != SIGKILL) {
		fprintf(stderr, "  zapd ended with status %d, not SIGKILL "
			"(see %s)\n", ws, z->log);
		return -1;
	}
	z->fault[0] = '\0';
	return zapd_run(z) ? -1 : 1;
}

/* ---- records ---- */

struct rec_head {
	char magic[8];
	uint64_t nonce;		/* the run's */
	uint32_t index;
	uint32_t len;
};

struct run {
	struct zapd *z;
	zap_client *c;
	uint32_t len;		/* bytes per record */
	uint32_t nlb;
	uint64_t start;		/* zone 0 */
	uint64_t nonce;
	unsigned n, depth, issued, done, kills;
	uint64_t *lba;		/* per record: where its reply said */
	unsigned *replies;	/* per record: how many came */
	int *status;
	uint8_t *buf;
};

struct rec_ctx {
	struct run *r;
	unsigned index;
};

static void rec_fill(const struct run *r, unsigned index, uint8_t *buf)
{
	struct rec_head h = { .nonce = r->nonce, .index = index,
			      .len = r->len };
	uint64_t x = r->nonce ^ (uint64_t)index << 32;

	memcpy(h.magic, MAGIC, sizeof(h.magic));
	memcpy(buf, &h, sizeof(h));
	for (uint32_t k = sizeof(h); k < r->len; k++) {
		x = x * 6364136223846793005ull + 1442695040888963407ull;
		buf[k] = (uint8_t)(x >> 56);
	}
}

static void on_append(zap_client *c, const struct zap_result *res,
		      void *arg)
{
	struct rec_ctx *ctx = arg;
	struct run *r = ctx->r;

	r->done++;
	r->replies[ctx->index]++;
	r->status[ctx->index] = res->status;
	r->lba[ctx->index] = res->lba;
}

static int run_setup(struct run *r, struct zapd *z, unsigned n,
		     unsigned depth)
{
	const struct zap_drive *d;
	int st;

	memset(r, 0, sizeof(*r));
	r->z = z;
	r->n = n;
	r->depth = depth;
	st = zap_connect(z->listen, NULL, &r->c);
	CHECK_STATUS_ON(NULL, st, ZAP_OK);
	d = zap_drive_find(r->c, DRIVE);
	CHECK(d, "zapd has no drive " DRIVE);
	r->nlb = REC_BLOCKS;
	r->len = REC_BLOCKS * d->lba_size;
	r->start = 0;
	CHECK(getrandom(&r->nonce, sizeof(r->nonce), 0) == sizeof(r->nonce),
	      "getrandom: %s", strerror(errno));
	r->lba = calloc(n, sizeof(*r->lba));
	r->replies = calloc(n, sizeof(*r->replies));
	r->status = calloc(n, sizeof(*r->status));
	r->buf = malloc(r->len);
	CHECK(r->lba && r->replies && r->status && r->buf, "out of memory");
	return 0;
}

static void run_free(struct run *r)
{
	zap_close(r->c);
	free(r->lba);
	free(r->replies);
	free(r->status);
	free(r->buf);
}

/* Append the records, depth in flight; revive zapd when it dies. */
static int run_appends(struct run *r)
{
	int64_t deadline = now_ms() + CASE_MS;
	struct rec_ctx *ctx = calloc(r->n, sizeof(*ctx));
	int st;

	CHECK(ctx, "out of memory");
	while (r->done < r->n) {
		while (r->issued < r->n && zap_in_flight(r->c) < r->depth) {
			ctx[r->issued] = (struct rec_ctx){ r, r->issued };
			rec_fill(r, r->issued, r->buf);
			st = zap_append_async(r->c, DRIVE, 0, r->buf, r->len,
					      on_append, &ctx[r->issued]);
			CHECK_STATUS_ON(r->c, st, ZAP_OK);
			r->issued++;
		}
		st = zap_process(r->c, 20);
		CHECK_STATUS_ON(r->c, st, ZAP_OK);
		st = zapd_revive(r->z);
		CHECK(st >= 0, "zapd could not be started again");
		r->kills += st;
		CHECK(now_ms() < deadline, "%u of %u appends done after %d s",
		      r->done, r->n, CASE_MS / 1000);
	}
	free(ctx);
	return 0;
}

/* Read zone 0 up to its wp, and see where each record of r is. */
static int scan_zone(struct run *r, uint64_t *wp, unsigned *copies,
		     uint64_t *at)
{
	uint32_t bs = r->len / r->nlb;
	struct zap_zone z, *zp = &z;
	uint8_t *zone, *p, *want = malloc(r->len);
	struct rec_head h;
	size_t nr = 1;

	CHECK(want, "out of memory");
	CHECK_STATUS_ON(r->c, zap_report_zones(r->c, DRIVE, 0, ZAP_ZS_ANY,
					       &zp, &nr), ZAP_OK);
	*wp = z.wp;
	zone = malloc((z.wp - r->start) * bs + 1);
	CHECK(zone, "out of memory");
	if (z.wp > r->start)
		CHECK_STATUS_ON(r->c, zap_read(r->c, DRIVE, r->start, zone,
					       (z.wp - r->start) * bs),
				ZAP_OK);
	for (uint64_t lba = r->start; lba + r->nlb <= z.wp; lba += r->nlb) {
		p = zone + (lba - r->start) * bs;
		memcpy(&h, p, sizeof(h));
		CHECK(!memcmp(h.magic, MAGIC, sizeof(h.magic)) &&
		      h.nonce == r->nonce && h.index < r->n,
		      "no record of this run at LBA %" PRIu64, lba);
		rec_fill(r, h.index, want);
		CHECK(!memcmp(p, want, r->len), "record %u at LBA %" PRIu64
		      " is damaged", h.index, lba);
		if (!copies[h.index]++)
			at[h.index] = lba;
	}
	free(zone);
	free(want);
	return 0;
}

/*
 * Each append had one reply, OK, and the zone holds each record once,
 * intact, where that reply said, and nothing else.
 */
static int run_verify(struct run *r)
{
	unsigned *copies = calloc(r->n, sizeof(*copies));
	uint64_t *at = calloc(r->n, sizeof(*at)), wp;

	CHECK(copies && at, "out of memory");
	CHECK(!scan_zone(r, &wp, copies, at), "zone 0 could not be read");
	for (unsigned i = 0; i < r->n; i++) {
		CHECK(r->replies[i] == 1, "append %u completed %u times", i,
		      r->replies[i]);
		CHECK(copies[i] == 1, "record %u is in the zone %u times", i,
		      copies[i]);
		CHECK(r->status[i] == ZAP_OK, "append %u: %s", i,
		      zap_status_name(r->status[i]));
		CHECK(at[i] == r->lba[i], "record %u is at LBA %" PRIu64
		      " but its reply said %" PRIu64, i, at[i], r->lba[i]);
	}
	CHECK(wp == r->start + (uint64_t)r->n * r->nlb, "zone 0's wp is %"
	      PRIu64 " after %u records of %u blocks", wp, r->n, r->nlb);
	free(copies);
	free(at);
	return 0;
}

/*
 * n appends, depth in flight, against a zapd with fault; the retry stats
 * must show that the fault struck.
 */
static int fault_case(const char *fault, unsigned n, unsigned depth,
		      bool kills)
{
	struct zap_retry_stats rs;
	struct zapd z;
	struct run r;
	int st;

	CHECK(!zapd_start(&z, fault), "zapd %s did not start", fault);
	st = run_setup(&r, &z, n, depth);
	if (!st)
		st = run_appends(&r);
	if (!st)
		st = run_verify(&r);
	if (!st) {
		zap_retry_stats(r.c, &rs);
		printf("  %s: %u appends, %u zapd kills, %" PRIu64 " losses, "
		       "%" PRIu64 " resumes, %" PRIu64 " sent again, %" PRIu64
		       " duplicates\n", fault, n, r.kills, rs.losses,
		       rs.resumes, rs.resent, rs.duplicates);
		if (!rs.resumes || !rs.resent || (kills && !r.kills)) {
			fprintf(stderr, "  the fault did not strike\n");
			st = 1;
		}
	}
	run_free(&r);
	zapd_stop(&z, st);
	return st;
}

static int case_drop_reply(void)
{
	return fault_case("--fault-drop-reply 3", 60, 8, false);
}

static int case_kill_one(void)
{
	return fault_case("--fault-kill-before-reply 1", 1, 1, true);
}

static int case_kill_in_flight(void)
{
	return fault_case("--fault-kill-before-reply 5", 16, 16, true);
}

static const struct test_case cases[] = {
	{ "drop_reply", case_drop_reply },
	{ "kill_one", case_kill_one },
	{ "kill_in_flight", case_kill_in_flight },
};

#define NR_CASES (sizeof(cases) / sizeof(cases[0]))

int main(int argc, char **argv)
{
	int i = 1;

	if (argc > 2 && !strcmp(argv[1], "--zapd")) {
		zapd_path = argv[2];
		i = 3;
	}
	if (!zapd_path) {
		fprintf(stderr, "usage: retry --zapd PATH [CASE...]\ncases:");
		for (unsigned k = 0; k < NR_CASES; k++)
			fprintf(stderr, " %s", cases[k].name);
		fputc('\n', stderr);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	return run_cases("retry", cases, NR_CASES, argv + i, argc - i);
}
