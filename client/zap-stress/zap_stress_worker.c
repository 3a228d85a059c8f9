/* SPDX-License-Identifier: MIT */
/*
 * zap-stress workers. Each is a thread with one zapd connection that keeps
 * its group's number of requests in flight through libzap's asynchronous
 * calls: it fills free slots with requests picked by the mix (and, at the
 * run's rates, finishes and resets), lets zap_process() run the callbacks,
 * and logs every acknowledged record.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "zap_stress.h"
#include "zap_stress_record.h"

#define DRAIN_NS	(30 * NS)	/* the end may take this long */
#define RECONNECT_NS	(30 * NS)	/* zapd may be away this long */
#define PICK_TRIES	4

_Static_assert((int)ZS_OP_WRITE - ZS_OP_APPEND == ZS_KIND_WRITE &&
	       (int)ZS_OP_WRITE_AT_WP - ZS_OP_APPEND == ZS_KIND_WRITE_AT_WP,
	       "record kinds follow the write ops");

/* Why issue() did not queue a request. */
enum { ISSUE_IDLE = -1, ISSUE_STOP = -2 };

/* One request in flight. */
struct zs_slot {
	struct zs_worker *w;
	enum zs_op op;
	unsigned target;
	uint32_t len;		/* bytes */
	uint64_t lba;		/* write: where asked; read: where */
	uint64_t seq;		/* of the record written */
	uint32_t d;		/* resets of the zone done at issue */
	uint32_t k;		/* reset: its number */
	struct zs_entry e;	/* read: the record read */
	int64_t t0;
	uint8_t *rbuf;		/* read: max_len bytes, kept */
};

int64_t zs_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * NS + ts.tv_nsec;
}

/* xorshift64* */
static uint64_t rnd(struct zs_worker *w)
{
	uint64_t x = w->rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	w->rng = x;
	return x * 0x2545f4914f6cdd1dull;
}

static uint64_t rnd_below(struct zs_worker *w, uint64_t n)
{
	return rnd(w) % n;
}

zap_client *zs_connect(struct zs_run *run, unsigned e, bool quiet)
{
	struct zap_connect_opts opts = {
		.size = sizeof(opts),
		.client_name = "zap-stress",
		.flags = run->retry ? 0 : ZAP_CONNECT_NO_RETRY,
		.tls = cli_tls_opts(&run->o->tls),
	};
	struct zs_endpoint *ep = &run->ep[e];
	char addr[sizeof(ep->addr)];
	zap_client *c;
	bool up;
	int rc;

	pthread_mutex_lock(&ep->lock);
	up = ep->up;
	memcpy(addr, ep->addr, sizeof(addr));
	pthread_mutex_unlock(&ep->lock);
	if (!up)
		return NULL;
	rc = zap_connect(addr, &opts, &c);
	if (rc) {
		if (!quiet)
			fprintf(stderr, "zap-stress: %s: %s: %s\n", addr,
				zap_status_name(rc), zap_last_error(NULL));
		return NULL;
	}
	return c;
}

/* Statuses that the workload itself provokes. */
static bool expected_error(const struct zs_run *run, enum zs_op op, int st)
{
	switch (st) {
	case ZAP_ZONE_FULL:
	case ZAP_ZONE_BOUNDARY_ERROR:
	case ZAP_TOO_MANY_ACTIVE_ZONES:
	case ZAP_TOO_MANY_OPEN_ZONES:
		return op != ZS_OP_READ;
	case ZAP_ZONE_INVALID_WRITE:
		return op == ZS_OP_WRITE;
	case ZAP_INVALID_ZONE_STATE_TRANSITION:
		return op == ZS_OP_FINISH || op == ZS_OP_RESET;
	case ZAP_ZONE_RESET_SINCE:
		/* a retried write whose zone was reset after it landed */
		return op < ZS_OP_READ && run->retry;
	case ZAP_CONNECTION_LOST:
	case ZAP_CANCELED:
		return !run->retry &&
		       (run->o->kill_every > 0 || run->o->drop_mean > 0);
	}
	return false;
}

/* ---- the log ---- */

/* Drop the records that a certain reset has erased; see zs_check_zone(). */
static void log_compact(struct zs_worker *w)
{
	struct zs_log *l = &w->log;
	struct zs_target *t;
	uint64_t seq;
	size_t j = 0;

	for (size_t k = 0; k < l->n; k++) {
		t = &w->run->t[l->e[k].target];
		if (atomic_load(&t->last_certain) <= l->e[k].i) {
			l->e[j++] = l->e[k];
			continue;
		}
		seq = ZS_KEY_SEQ(l->e[k].key);
		if (seq > w->gone_seq[l->e[k].target])
			w->gone_seq[l->e[k].target] = seq;
		l->dropped++;
	}
	l->n = j;
	if (l->compact_at < 2 * j)
		l->compact_at = 2 * j;
}

/* An append or write was acknowledged at lba. */
static void acked(struct zs_worker *w, struct zs_slot *s, uint64_t lba)
{
	struct zs_target *t = &w->run->t[s->target];
	struct zs_entry e = {
		.lba = lba,
		.key = ZS_KEY(w->id, s->seq),
		.target = s->target,
		.nlb = s->len / t->lba_size,
		.kind = s->op - ZS_OP_APPEND,
		.d = s->d,
		.i = atomic_load(&t->resets_issued),
	};

	if (lba + e.nlb > w->high[s->target])
		w->high[s->target] = lba + e.nlb;
	if (w->run->o->verify) {
		if (zs_log_push(&w->log, &e)) {
			w->failed = ZAP_OUT_OF_MEMORY;
			atomic_store(&w->run->stop, true);
		} else if (w->log.n >= w->log.compact_at) {
			log_compact(w);
		}
	}
	pthread_mutex_lock(&w->ring.lock);
	w->ring.e[w->ring.n++ % ZS_RING] = e;
	pthread_mutex_unlock(&w->ring.lock);
}

/* A record to read: one acknowledged on this endpoint that no reset has
 * been issued against since it was written. */
static bool pick_record(struct zs_worker *w, struct zs_entry *e)
{
	struct zs_run *run = w->run;
	unsigned peers = zs_peers(run, w->endpoint), filled;
	struct zs_worker *src;

	for (int tries = 0; tries < PICK_TRIES; tries++) {
		src = zs_peer(run, w->endpoint, rnd_below(w, peers));
		pthread_mutex_lock(&src->ring.lock);
		filled = src->ring.n < ZS_RING ? src->ring.n : ZS_RING;
		if (filled)
			*e = src->ring.e[rnd_below(w, filled)];
		pthread_mutex_unlock(&src->ring.lock);
		if (filled && e->d == e->i &&
		    atomic_load(&run->t[e->target].resets_issued) == e->d)
			return true;
	}
	return false;
}

/* ---- completions ---- */

static void read_done(struct zs_worker *w, struct zs_slot *s, int status)
{
	struct zs_run *run = w->run;
	struct zs_target *t = &run->t[s->target];
	struct zs_rec r;
	const char *bad = NULL;

	if (status == ZAP_CONNECTION_LOST || status == ZAP_CANCELED ||
	    atomic_load(&t->resets_issued) != s->e.d)
		return;		/* no answer, or a reset raced it */
	if (status)
		bad = zap_status_name(status);
	else if (!run->o->verify)
		return;
	else if (!zs_rec_parse(s->rbuf, run->run_id, t->lba_size, &r))
		bad = "no record there";
	else if (ZS_KEY(r.worker, r.seq) != s->e.key || r.len != s->len ||
		 r.target != s->target)
		bad = "another record there";
	else if (!zs_rec_body_ok(s->rbuf, &r))
		bad = "torn record";
	if (!bad) {
		w->live.live_verified++;
		return;
	}
	w->live.live_bad++;
	zs_note("read of %s zone %u LBA %llu+%u (worker %u seq %llu): %s",
		t->drive, t->zone, (unsigned long long)s->e.lba, s->e.nlb,
		ZS_KEY_WORKER(s->e.key),
		(unsigned long long)ZS_KEY_SEQ(s->e.key), bad);
}

static void mgmt_done(struct zs_worker *w, struct zs_slot *s, int status)
{
	struct zs_target *t = &w->run->t[s->target];

	if (s->op == ZS_OP_RESET) {
		if (!status || status == ZAP_CONNECTION_LOST ||
		    status == ZAP_CANCELED || status == ZAP_OUTCOME_UNKNOWN)
			atomic_store(&t->last_maybe, s->k);
		if (!status)
			atomic_store(&t->last_certain, s->k);
		atomic_fetch_add(&t->resets_done, 1);
	}
	atomic_store(&t->mgmt_busy, false);
	w->mgmt_in_flight--;
}

static void on_done(zap_client *c, const struct zap_result *res, void *arg)
{
	struct zs_slot *s = arg;
	struct zs_worker *w = s->w;
	struct zs_stats *st = &w->st;
	int status = res->status;

	switch (s->op) {
	case ZS_OP_APPEND:
	case ZS_OP_WRITE_AT_WP:
		if (!status)
			acked(w, s, res->lba);
		break;
	case ZS_OP_WRITE:
		if (!status) {
			acked(w, s, res->lba);
			if (res->wp > w->wp[s->target])
				w->wp[s->target] = res->wp;
		} else if (status == ZAP_ZONE_INVALID_WRITE) {
			w->wp[s->target] = res->wp;	/* resync */
		} else {
			w->wp[s->target] = w->run->t[s->target].start;
		}
		break;
	case ZS_OP_READ:
		read_done(w, s, status);
		break;
	case ZS_OP_FINISH:
	case ZS_OP_RESET:
		mgmt_done(w, s, status);
		break;
	case ZS_NR_OPS:
		break;
	}
	if ((status == ZAP_ZONE_FULL || status == ZAP_ZONE_BOUNDARY_ERROR) &&
	    s->op < ZS_OP_READ)
		w->recycle = s->target + 1;

	if (!status) {
		hist_record(&st->lat[s->op], zs_now() - s->t0);
		st->ok[s->op]++;
		st->bytes[s->op] += s->len;
		st->total_ok++;
		st->total_bytes += s->len;
	} else if (status == ZAP_CONNECTION_LOST || status == ZAP_CANCELED) {
		st->lost_replies++;
	} else {
		st->errors[s->op][status < ZS_NR_STATUS ? status :
				  ZS_NR_STATUS - 1]++;
		st->total_errors++;
	}
	if (status && !expected_error(w->run, s->op, status))
		st->unexpected++;
	w->free_slot[w->nr_free++] = (unsigned)(s - w->slots);
}

/* ---- issuing ---- */

static unsigned pick_target(struct zs_worker *w)
{
	unsigned t = 0;

	for (int tries = 0; tries < PICK_TRIES; tries++) {
		t = w->mine[rnd_below(w, w->nr_mine)];
		if (!atomic_load_explicit(&w->run->t[t].mgmt_busy,
					  memory_order_relaxed))
			break;
	}
	return t;
}

static uint32_t pick_len(struct zs_worker *w, uint32_t lba_size)
{
	const struct zs_opts *o = w->run->o;

	return o->min_len + lba_size *
	       (uint32_t)rnd_below(w, (o->max_len - o->min_len) / lba_size + 1);
}

/* One token of a rate: at most one per period, shared by all workers. */
static bool take_token(_Atomic int64_t *next, int64_t period, int64_t now)
{
	int64_t t = atomic_load_explicit(next, memory_order_relaxed);

	if (!period || now < t)
		return false;
	return atomic_compare_exchange_strong(next, &t, t + period < now ?
					      now + period : t + period);
}

static enum zs_op pick_op(struct zs_worker *w, int64_t now)
{
	struct zs_run *run = w->run;
	unsigned r;
	int op;

	if (w->recycle ||
	    take_token(&run->next_reset, run->reset_period, now))
		return ZS_OP_RESET;
	if (take_token(&run->next_finish, run->finish_period, now))
		return ZS_OP_FINISH;
	r = (unsigned)rnd_below(w, w->g->total);
	for (op = 0; r >= w->g->weight[op]; op++)
		r -= w->g->weight[op];
	return op;
}

/* Count a request against --count; false once the count is spent. */
static bool reserve(struct zs_run *run)
{
	return !run->o->count ||
	       atomic_fetch_add(&run->issued, 1) < run->o->count;
}

/* Prepare slot s for op; returns 0, ISSUE_IDLE or ISSUE_STOP. */
static int prepare(struct zs_worker *w, struct zs_slot *s, enum zs_op op)
{
	struct zs_run *run = w->run;
	struct zs_target *t;
	struct zs_rec r;

	s->op = op;
	if (op == ZS_OP_FINISH || op == ZS_OP_RESET) {
		s->len = 0;
		s->target = w->recycle ? w->recycle - 1 :
			    w->mine[rnd_below(w, w->nr_mine)];
		w->recycle = 0;
		t = &run->t[s->target];
		if (atomic_exchange(&t->mgmt_busy, true))
			return ISSUE_IDLE;
		if (op == ZS_OP_RESET)
			s->k = atomic_fetch_add(&t->resets_issued, 1) + 1;
		w->mgmt_in_flight++;
		return 0;
	}
	if (op == ZS_OP_READ) {
		if (!s->rbuf)
			s->rbuf = malloc(run->max_len);
		if (!s->rbuf || !pick_record(w, &s->e))
			return ISSUE_IDLE;
		if (!reserve(run))
			return ISSUE_STOP;
		t = &run->t[s->e.target];
		s->target = s->e.target;
		s->lba = s->e.lba;
		s->len = s->e.nlb * t->lba_size;
		return 0;
	}
	if (!reserve(run))
		return ISSUE_STOP;
	s->target = pick_target(w);
	t = &run->t[s->target];
	s->len = pick_len(w, t->lba_size);
	s->seq = ++w->seq;
	s->d = atomic_load(&t->resets_done);
	if (op == ZS_OP_WRITE) {
		s->lba = w->wp[s->target];
		w->wp[s->target] += s->len / t->lba_size;
	}
	if (run->o->verify) {
		r = (struct zs_rec){
			.run_id = run->run_id,
			.seq = s->seq,
			.worker = w->id,
			.len = s->len,
			.target = s->target,
			.epoch = s->d,
			.kind = op - ZS_OP_APPEND,
		};
		zs_rec_build(w->buf, &r);
	}
	return 0;
}

static int submit(struct zs_worker *w, struct zs_slot *s)
{
	struct zs_target *t = &w->run->t[s->target];

	switch (s->op) {
	case ZS_OP_APPEND:
		return zap_append_async(w->c, t->drive, t->zone, w->buf, s->len,
					on_done, s);
	case ZS_OP_WRITE:
	case ZS_OP_WRITE_AT_WP:
		return zap_write_async(w->c, t->drive, t->zone, s->lba,
				       s->op == ZS_OP_WRITE_AT_WP ?
				       ZAP_WRITE_AT_WP : 0, w->buf, s->len,
				       on_done, s);
	case ZS_OP_READ:
		return zap_read_async(w->c, t->drive, s->lba, s->rbuf, s->len,
				      on_done, s);
	case ZS_OP_FINISH:
		return zap_zone_mgmt_async(w->c, t->drive, t->zone,
					   ZAP_ZONE_FINISH, 0, on_done, s);
	case ZS_OP_RESET:
		return zap_zone_mgmt_async(w->c, t->drive, t->zone,
					   ZAP_ZONE_RESET, 0, on_done, s);
	case ZS_NR_OPS:
		break;
	}
	return ZAP_INVALID_ARGUMENT;
}

/*
 * Fill the free slots. Returns true once --count is spent. A request that
 * libzap refuses completes at once with the refusal.
 */
static bool fill(struct zs_worker *w, int64_t now)
{
	struct zap_result res = { .detail = "" };
	struct zs_slot *s;
	int rc;

	while (w->nr_free) {
		s = &w->slots[w->free_slot[w->nr_free - 1]];
		rc = prepare(w, s, pick_op(w, now));
		if (rc == ISSUE_STOP)
			return true;
		if (rc == ISSUE_IDLE)
			return false;
		w->nr_free--;
		s->t0 = zs_now();
		res.status = submit(w, s);
		if (res.status) {
			on_done(w->c, &res, s);
			if (res.status == ZAP_CONNECTION_LOST)
				return false;
			zs_note("worker %u: %s refused: %s", w->id,
				zs_op_name[s->op], zap_last_error(w->c));
			w->failed = res.status;
			atomic_store(&w->run->stop, true);
			return true;
		}
	}
	return false;
}

/* ---- the load ---- */

int zs_worker_setup(struct zs_worker *w)
{
	const struct zs_run *run = w->run;
	unsigned q = w->g->in_flight;

	w->slots = calloc(q, sizeof(*w->slots));
	w->free_slot = calloc(q, sizeof(*w->free_slot));
	w->wp = calloc(run->nr_targets, sizeof(*w->wp));
	w->gone_seq = calloc(run->nr_targets, sizeof(*w->gone_seq));
	w->high = calloc(run->nr_targets, sizeof(*w->high));
	w->buf = calloc(1, run->max_len);
	if (!w->slots || !w->free_slot || !w->wp || !w->gone_seq || !w->high ||
	    !w->buf)
		return -1;
	for (unsigned k = 0; k < q; k++) {
		w->slots[k].w = w;
		w->free_slot[w->nr_free++] = k;
	}
	for (unsigned t = 0; t < run->nr_targets; t++) {
		w->wp[t] = run->t[t].start;
		if (run->t[t].endpoint == w->endpoint)
			w->mine[w->nr_mine++] = t;
	}
	return 0;
}

void zs_worker_free(struct zs_worker *w)
{
	for (unsigned k = 0; w->slots && k < w->g->in_flight; k++)
		free(w->slots[k].rbuf);
	free(w->slots);
	free(w->free_slot);
	free(w->mine);
	free(w->wp);
	free(w->gone_seq);
	free(w->high);
	free(w->buf);
	free(w->log.e);
	pthread_mutex_destroy(&w->ring.lock);
}

/* ---- connections ---- */

/*
 * The connection is lost: without retries, close it and connect again;
 * false if that never worked. With them, libzap gave up: a failure.
 */
static bool reconnect(struct zs_worker *w)
{
	int64_t deadline = zs_now() + RECONNECT_NS;

	if (w->run->retry) {
		zs_note("worker %u: %s", w->id, zap_last_error(w->c));
		w->failed = ZAP_CONNECTION_LOST;
		atomic_store(&w->run->stop, true);
		return false;
	}
	zap_close(w->c);	/* what was in flight completes CANCELED */
	w->c = NULL;
	while (!atomic_load(&w->run->stop)) {
		w->c = zs_connect(w->run, w->endpoint, true);
		if (w->c) {
			w->st.reconnects++;
			return true;
		}
		if (zs_now() > deadline) {
			w->failed = ZAP_CONNECTION_LOST;
			zs_note("worker %u: no connection for %lld s",
				w->id, (long long)(RECONNECT_NS / NS));
			atomic_store(&w->run->stop, true);
			return false;
		}
		usleep(10000);
	}
	return false;
}

static void schedule_drop(struct zs_worker *w, int64_t now)
{
	double u = ((double)(rnd(w) >> 11) + 1) / 9007199254740993.0;

	w->next_drop = now + (int64_t)(-log(u) * w->run->o->drop_mean * NS);
}

/*
 * --drop-connections: close abruptly (RST) or not (FIN), half the time.
 * With retries the socket is shut under libzap, which takes it for a
 * network failure: it reconnects and sends again what was in flight.
 * Without, the client is closed, and what was in flight goes unanswered.
 */
static bool drop(struct zs_worker *w, int64_t now)
{
	struct linger hard = { .l_onoff = 1, .l_linger = 0 };
	int fd = zap_fd(w->c);
	bool rst = rnd(w) & 1;

	schedule_drop(w, now);
	if (fd < 0)		/* libzap is reconnecting already */
		return true;
	if (rst)
		setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
	w->st.drops++;
	if (!w->run->retry)
		return reconnect(w);
	/* SHUT_RD sends nothing: the RST goes when libzap closes it */
	shutdown(fd, rst ? SHUT_RD : SHUT_RDWR);
	return true;
}

static void publish(struct zs_worker *w)
{
	atomic_store_explicit(&w->p_ops, w->st.total_ok, memory_order_relaxed);
	atomic_store_explicit(&w->p_bytes, w->st.total_bytes,
			      memory_order_relaxed);
	atomic_store_explicit(&w->p_errors, w->st.total_errors,
			      memory_order_relaxed);
	atomic_store_explicit(&w->p_in_flight, w->c ? zap_in_flight(w->c) : 0,
			      memory_order_relaxed);
}

/* What libzap's retries took, for the report. */
static void add_retry_stats(struct zs_worker *w)
{
	struct zap_retry_stats rs;

	zap_retry_stats(w->c, &rs);
	w->st.reconnects += rs.resumes;
	w->st.resent += rs.resent;
	w->st.duplicates += rs.duplicates;
}

void *zs_worker_run(void *arg)
{
	struct zs_worker *w = arg;
	struct zs_run *run = w->run;
	int64_t now, drain_end = 0;
	bool stopping = false;

	w->c = zs_connect(run, w->endpoint, false);
	if (!w->c)
		w->failed = ZAP_CONNECTION_LOST;
	pthread_barrier_wait(&run->ready);	/* connected */
	pthread_barrier_wait(&run->ready);	/* go, or stop at once */
	if (run->o->drop_mean > 0)
		schedule_drop(w, zs_now());
	while (w->c) {
		now = zs_now();
		if (!stopping && atomic_load(&run->stop))
			stopping = true;
		if (!stopping)
			stopping = fill(w, now);
		if (stopping && !drain_end)
			drain_end = now + DRAIN_NS;
		if (!zap_in_flight(w->c)) {
			if (stopping)
				break;
			usleep(1000);	/* nothing to read yet? */
			continue;
		}
		if (stopping && now > drain_end) {
			zs_note("worker %u: %zu requests still in flight "
				"%lld s after the end", w->id,
				zap_in_flight(w->c),
				(long long)(DRAIN_NS / NS));
			w->st.unexpected++;
			break;
		}
		/* with retries, a finish or reset cut off still gets its
		 * real result */
		if (!stopping && run->o->drop_mean > 0 && now >= w->next_drop &&
		    (!w->mgmt_in_flight || run->retry)) {
			if (!drop(w, now))
				break;
			continue;
		}
		if (zap_process(w->c, 50) == ZAP_CONNECTION_LOST &&
		    (stopping || !reconnect(w)))
			break;
		publish(w);
	}
	if (w->c)
		add_retry_stats(w);
	zap_close(w->c);
	w->c = NULL;
	publish(w);
	atomic_store(&w->done, true);
	return NULL;
}
