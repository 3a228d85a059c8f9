/* SPDX-License-Identifier: MIT */
/*
 * The control loop of a zap-stress run: start the workers, show progress,
 * --kill-every, stop at the end or on SIGINT/SIGTERM; and the notes that
 * the run and the verification print over the progress line.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "zap_stress.h"

#define TICK_NS		(NS / 20)
#define MAX_NOTES	20

static volatile sig_atomic_t interrupted;
static atomic_uint nr_notes;
static atomic_bool progress_shown;	/* a progress line is on stderr */

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



static void on_signal(int sig)
{
	interrupted = 1;
}

void zs_catch_signals(void)
{
	struct sigaction sa = { .sa_handler = on_signal,
				.sa_flags = SA_RESETHAND };

	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
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

int zs_run_load(struct zs_run *run, struct zs_zapd *zapd, double *secs)
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
			exit(ZS_EXIT_ERROR);
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

