/* SPDX-License-Identifier: MIT */
/*
 * ops_load - append load for the operations tests, and its check.
 *
 *   ops_load load ADDR DRIVE LOG [SECONDS]
 *	Zone Append to zones 0..7 of DRIVE with 64 requests in flight, until
 *	the connection is lost or zapd answers SHUTTING_DOWN (or SECONDS,
 *	default 60, have passed). Every acknowledged append is written to
 *	LOG as "LBA SEQ BLOCKS", flushed at once. Prints a summary line;
 *	exits 1 on a status other than OK, SHUTTING_DOWN, CONNECTION_LOST
 *	or a full zone.
 *
 *   ops_load verify ADDR DRIVE LOG
 *	Read back every append in LOG and compare it with what was sent.
 *	Exits 0 if all of it is there, 1 if not.
 *
 * The data of append SEQ is a function of SEQ and the block, so a block
 * read back names the append it came from.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zap/zap.h>

#define NR_ZONES	8
#define DEPTH		64
#define MAX_BLOCKS	4

struct load {
	zap_client *c;
	const char *drive;
	uint32_t lba_size;
	FILE *log;
	bool stop;		/* issue nothing more */
	bool zone_full[NR_ZONES];
	unsigned next_zone;
	uint64_t seq;
	uint64_t acked, shutting_down, lost, full, other;
};

struct req {
	struct load *l;
	uint64_t seq;
	uint32_t zone;
	uint32_t blocks;
};

static void fill(void *buf, uint64_t seq, uint32_t blocks, uint32_t lba_size)
{
	uint64_t *w = buf;
	size_t n = (size_t)blocks * lba_size / sizeof(*w);

	for (size_t i = 0; i < n; i++)
		w[i] = (seq + 1) * 0x9e3779b97f4a7c15ull ^ i;
	memcpy(buf, "ZAPOPS01", 8);
	w[1] = seq;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void on_append(zap_client *c, const struct zap_result *res, void *arg)
{
	struct req *r = arg;
	struct load *l = r->l;

	switch (res->status) {
	case ZAP_OK:
		l->acked++;
		fprintf(l->log, "%" PRIu64 " %" PRIu64 " %u\n", res->lba,
			r->seq, r->blocks);
		fflush(l->log);
		break;
	case ZAP_SHUTTING_DOWN:
		l->shutting_down++;
		l->stop = true;
		break;
	case ZAP_CONNECTION_LOST:
	case ZAP_CANCELED:
		l->lost++;
		l->stop = true;
		break;
	case ZAP_ZONE_FULL:
	case ZAP_ZONE_BOUNDARY_ERROR:
		l->full++;
		l->zone_full[r->zone] = true;
		break;
	default:
		l->other++;
		fprintf(stderr, "ops_load: append seq=%" PRIu64 ": %s %s\n",
			r->seq, zap_status_name(res->status), res->detail);
		l->stop = true;
	}
	free(r);
}

/* Queue one append to the next zone with room; false if none has. */
static bool submit(struct load *l, void *buf)
{
	struct req *r;
	unsigned z;
	int rc;

	for (z = 0; z < NR_ZONES; z++)
		if (!l->zone_full[(l->next_zone + z) % NR_ZONES])
			break;
	if (z == NR_ZONES)
		return false;
	r = malloc(sizeof(*r));
	if (!r)
		return false;
	r->l = l;
	r->seq = l->seq++;
	r->zone = (l->next_zone + z) % NR_ZONES;
	r->blocks = 1 + r->seq % MAX_BLOCKS;
	l->next_zone = r->zone + 1;
	fill(buf, r->seq, r->blocks, l->lba_size);
	rc = zap_append_async(l->c, l->drive, r->zone, buf,
			      (size_t)r->blocks * l->lba_size, on_append, r);
	if (rc) {
		fprintf(stderr, "ops_load: cannot queue: %s\n",
			zap_status_name(rc));
		free(r);
		return false;
	}
	return true;
}

static int run_load(struct load *l, double seconds)
{
	double end = now_s() + seconds;
	void *buf = malloc((size_t)MAX_BLOCKS * l->lba_size);

	if (!buf)
		return 1;
	for (;;) {
		while (!l->stop && zap_in_flight(l->c) < DEPTH)
			if (!submit(l, buf))
				l->stop = true;
		if (!zap_in_flight(l->c))
			break;
		if (zap_process(l->c, 200) == ZAP_CONNECTION_LOST &&
		    !zap_in_flight(l->c))
			break;
		if (now_s() > end)
			l->stop = true;
		if (now_s() > end + 30) {
			fprintf(stderr, "ops_load: replies still missing 30 s "
				"after the end\n");
			l->other++;
			break;
		}
	}
	free(buf);
	printf("ops_load: sent=%" PRIu64 " acked=%" PRIu64 " shutting_down=%"
	       PRIu64 " lost=%" PRIu64 " zone_full=%" PRIu64 " other=%" PRIu64
	       "\n", l->seq, l->acked, l->shutting_down, l->lost, l->full,
	       l->other);
	return l->other ? 1 : 0;
}

static int run_verify(struct load *l, FILE *in)
{
	void *want = malloc((size_t)MAX_BLOCKS * l->lba_size);
	void *got = malloc((size_t)MAX_BLOCKS * l->lba_size);
	uint64_t lba, seq, good = 0, bad = 0;
	unsigned blocks;

	if (!want || !got)
		return 1;
	while (fscanf(in, "%" SCNu64 " %" SCNu64 " %u", &lba, &seq,
		      &blocks) == 3) {
		size_t len = (size_t)blocks * l->lba_size;
		int rc;

		if (!blocks || blocks > MAX_BLOCKS) {
			fprintf(stderr, "ops_load: bad log line\n");
			return 1;
		}
		fill(want, seq, blocks, l->lba_size);
		rc = zap_read(l->c, l->drive, lba, got, len);
		if (rc || memcmp(want, got, len)) {
			if (bad++ < 10)
				fprintf(stderr, "ops_load: acknowledged append "
					"seq=%" PRIu64 " at lba=%" PRIu64
					" blocks=%u %s\n", seq, lba, blocks,
					rc ? zap_status_name(rc) :
					"reads back different data");
			continue;
		}
		good++;
	}
	printf("ops_load: verified=%" PRIu64 " missing=%" PRIu64 "\n", good,
	       bad);
	free(want);
	free(got);
	return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
	/* a lost connection is the end: what it says is what is tested */
	struct zap_connect_opts opts = {
		.size = sizeof(opts),
		.client_name = "ops_load",
		.flags = ZAP_CONNECT_NO_RETRY,
	};
	struct load l = { 0 };
	const struct zap_drive *d;
	bool load;
	int rc;

	if (argc < 5 ||
	    (strcmp(argv[1], "load") && strcmp(argv[1], "verify"))) {
		fprintf(stderr, "usage: ops_load load|verify ADDR DRIVE LOG "
			"[SECONDS]\n");
		return 2;
	}
	load = !strcmp(argv[1], "load");
	rc = zap_connect(argv[2], &opts, &l.c);
	if (rc) {
		fprintf(stderr, "ops_load: connect %s: %s\n", argv[2],
			zap_status_name(rc));
		return 1;
	}
	l.drive = argv[3];
	d = zap_drive_find(l.c, l.drive);
	if (!d || d->nr_zones < NR_ZONES) {
		fprintf(stderr, "ops_load: no drive %s with %d zones\n",
			l.drive, NR_ZONES);
		return 1;
	}
	l.lba_size = d->lba_size;
	l.log = fopen(argv[4], load ? "w" : "r");
	if (!l.log) {
		perror(argv[4]);
		return 1;
	}
	rc = load ? run_load(&l, argc > 5 ? atof(argv[5]) : 60) :
		    run_verify(&l, l.log);
	fclose(l.log);
	zap_close(l.c);
	return rc;
}
