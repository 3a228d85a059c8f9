/* SPDX-License-Identifier: MIT */
/*
 * zap-stress's report: the workers' statistics summed, as a table and as
 * JSON (--json), and the verification's verdict.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "zap_stress.h"


void zs_sum_stats(const struct zs_run *run, struct zs_stats *s)
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

void zs_report_text(FILE *f, const struct zs_run *run,
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
void zs_report_verdict(FILE *f, const struct zs_verdict *v,
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

int zs_report_json(const struct zs_run *run, const struct zs_stats *s,
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

