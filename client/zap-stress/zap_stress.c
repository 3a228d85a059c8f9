/* SPDX-License-Identifier: MIT */
/*
 * zap-stress: load zapd from many connections, verify that nothing
 * acknowledged was lost or misplaced, and report how fast it went.
 *
 * This file: main(), a run from start to end, or the verification of a
 * saved log. Its parts: the options (zap_stress_opts.c), the set-up of
 * endpoints, targets and workers (zap_stress_setup.c), the control loop of
 * the run (zap_stress_run.c), the workers (zap_stress_worker.c), the scan
 * of the zones after it (zap_stress_scan.c), verification
 * (zap_stress_log.c, zap_stress_check.c), the record format
 * (zap_stress_record.c), the report (zap_stress_report.c) and the child
 * zapd (zap_stress_zapd.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "zap_stress.h"

const char *const zs_op_name[ZS_NR_OPS] = {
	"append", "write", "write-at-wp", "read", "finish", "reset",
};


static int verify_saved(struct zs_run *run, struct zs_zapd *zapd)
{
	const struct zs_opts *o = run->o;
	struct zs_verdict v = { 0 };
	bool failed;
	int rc;

	if (zs_load_log(run, o->verify_log))
		return ZS_EXIT_ERROR;
	if ((o->nr_address || o->zapd_cmd) &&
	    run->nr_ep != (o->zapd_cmd ? 1 : o->nr_address)) {
		fprintf(stderr, "zap-stress: %s was written with %u zapds\n",
			o->verify_log, run->nr_ep);
		return ZS_EXIT_ERROR;
	}
	for (unsigned i = 0; i < o->nr_address; i++)
		snprintf(run->ep[i].addr, sizeof(run->ep[i].addr), "%s",
			 o->address[i]);
	if (o->zapd_cmd && zs_zapd_start(zapd, o->zapd_cmd, o->zapd_log,
					 run->ep[0].addr,
					 sizeof(run->ep[0].addr)))
		return ZS_EXIT_ERROR;
	rc = zs_verify(run, &v);
	failed = zs_verdict_failed(&v, run->exactly_once);
	zs_report_verdict(stdout, &v, run->exactly_once);
	if (o->json && zs_report_json(run, &(struct zs_stats){ 0 }, 0, 0, &v,
				   failed ? "fail" : "pass"))
		rc = -1;
	printf("result: %s\n", failed ? "FAIL" : "PASS");
	if (failed)
		return ZS_EXIT_VERIFY;
	return rc ? ZS_EXIT_ERROR : 0;
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
	if (zs_setup(run, zapd, conns))
		return ZS_EXIT_ERROR;
	if (zs_run_load(run, zapd, &secs))
		error = true;
	s = malloc(sizeof(*s));
	if (!s)
		return ZS_EXIT_ERROR;
	zs_sum_stats(run, s);
	zs_report_text(out, run, s, secs, zapd->kills);
	if (s->unexpected)
		error = true;
	if (o->verify) {
		if (zs_ledger_gather(run) ||
		    (o->save_log && zs_save_log(run, o->save_log)) ||
		    zs_verify(run, &v))
			error = true;
		zs_report_verdict(out, &v, run->exactly_once);
	}
	failed = zs_verdict_failed(&v, run->exactly_once);
	if (failed)
		result = "fail";
	else
		result = error ? "error" : "pass";
	if (o->json && zs_report_json(run, s, secs, zapd->kills,
				   o->verify ? &v : NULL, result))
		error = true;
	fprintf(out, "result: %s\n", failed ? "FAIL" :
		error ? "ERROR" : "PASS");
	free(s);
	if (failed)
		return ZS_EXIT_VERIFY;
	return error ? ZS_EXIT_ERROR : 0;
}

int main(int argc, char **argv)
{
	struct zs_zapd zapd = { 0 };
	struct zs_run run = { 0 };
	struct zs_opts o;
	int rc;

	rc = zs_parse_opts(argc, argv, &o);
	if (rc)
		return rc > 0 ? 0 : ZS_EXIT_USAGE;
	zs_catch_signals();
	run.o = &o;
	if (getrandom(&run.run_id, sizeof(run.run_id), 0) !=
	    sizeof(run.run_id))
		run.run_id = zs_splitmix(o.seed);
	if (o.verify_log)
		rc = verify_saved(&run, &zapd);
	else
		rc = load_and_verify(&run, &zapd);
	if (zs_zapd_stop(&zapd) && !rc)
		rc = ZS_EXIT_ERROR;
	zs_free_workers(&run);
	free(run.t);
	free(run.ep);
	free(run.led.e);
	free(run.led.gone_seq);
	free(run.led.resets);
	free(run.led.high);
	zs_free_opts(&o);
	return rc;
}

