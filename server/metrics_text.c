/* SPDX-License-Identifier: MIT */
#include "metrics_text.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <zap/zap.h>

#include "counter.h"
#include "server.h"
#include "status.h"
#include "zone.h"

struct text {
	char *buf;
	size_t len, cap;
	bool failed;
};

static void emit(struct text *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void emit(struct text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (t->failed)
		return;
	for (;;) {
		va_start(ap, fmt);
		/* no buffer yet: NULL + 0 is undefined, vsnprintf(NULL, 0)
		 * only measures */
		n = vsnprintf(t->buf ? t->buf + t->len : NULL, t->cap - t->len,
			      fmt, ap);
		va_end(ap);
		if (n < 0) {
			t->failed = true;
			return;
		}
		if ((size_t)n < t->cap - t->len)
			break;
		size_t cap = (t->cap + n + 1) * 2;
		char *p = realloc(t->buf, cap);

		if (!p) {
			t->failed = true;
			return;
		}
		t->buf = p;
		t->cap = cap;
	}
	t->len += n;
}

static void render_requests(struct text *t, const struct metrics *m)
{
	emit(t, "# HELP zapd_requests_total Requests answered, by operation "
		"and status.\n# TYPE zapd_requests_total counter\n");
	for (int op = 0; op < MOP_COUNT; op++)
		for (unsigned s = 0; zap_status_at_slot(s) >= 0; s++)
			if (m->requests[op][s])
				emit(t, "zapd_requests_total{op=\"%s\","
					"status=\"%s\"} %" PRIu64 "\n",
				     metrics_op_name(op),
				     zap_status_name(zap_status_at_slot(s)),
				     m->requests[op][s]);

	emit(t, "# HELP zapd_request_duration_seconds Time from a request's "
		"last byte in to its reply queued.\n"
		"# TYPE zapd_request_duration_seconds histogram\n");
	for (int op = 0; op < MOP_COUNT; op++) {
		uint64_t cum = 0;

		for (int b = 0; b <= METRICS_LATENCY_BUCKETS; b++) {
			cum += m->latency[op][b];
			if (b < METRICS_LATENCY_BUCKETS)
				emit(t, "zapd_request_duration_seconds_bucket"
					"{op=\"%s\",le=\"%g\"} %" PRIu64 "\n",
				     metrics_op_name(op), metrics_bucket_us(b) / 1e6, cum);
			else
				emit(t, "zapd_request_duration_seconds_bucket"
					"{op=\"%s\",le=\"+Inf\"} %" PRIu64 "\n",
				     metrics_op_name(op), cum);
		}
		emit(t, "zapd_request_duration_seconds_sum{op=\"%s\"} %.9f\n"
			"zapd_request_duration_seconds_count{op=\"%s\"} %"
			PRIu64 "\n", metrics_op_name(op),
		     m->latency_sum_ns[op] / 1e9, metrics_op_name(op), cum);
	}
}

static void render_limits(struct text *t, const struct metrics *m,
			  uint64_t used, const struct server_limits *l)
{

	emit(t, "# HELP zapd_refusals_total Connections and requests "
		"refused, and connections closed, for a limit, by reason.\n"
		"# TYPE zapd_refusals_total counter\n");
	for (int r = 0; r < REFUSAL_COUNT; r++)
		emit(t, "zapd_refusals_total{reason=\"%s\"} %" PRIu64 "\n",
		     metrics_refusal_name(r), m->refusals[r]);
	emit(t, "# HELP zapd_budget_waits_total Times a connection's reading "
		"paused because a byte budget was spent, by budget.\n"
		"# TYPE zapd_budget_waits_total counter\n");
	for (int b = 0; b < BUDGET_COUNT; b++)
		emit(t, "zapd_budget_waits_total{budget=\"%s\"} %" PRIu64
			"\n", metrics_budget_name(b), m->budget_waits[b]);
	emit(t, "# HELP zapd_bytes_in_flight Bytes the connections hold: "
		"requests in flight, input not yet decoded, replies not yet "
		"written (bounded by memory_budget).\n"
		"# TYPE zapd_bytes_in_flight gauge\n"
		"zapd_bytes_in_flight %" PRIu64 "\n"
		"# HELP zapd_memory_budget_bytes The configured memory_budget.\n"
		"# TYPE zapd_memory_budget_bytes gauge\n"
		"zapd_memory_budget_bytes %" PRIu64 "\n",
	     used, l->memory_budget);
}

/* Zones open, or (active) open or closed. */
static unsigned drive_count(const struct drive *d, bool active)
{
	unsigned n = 0;

	for (uint32_t z = 0; z < d->be.geo.nr_zones; z++) {
		int st = COUNTER_READ(d->table.zones[z].state);

		n += st == ZAP_ZS_IMPLICIT_OPEN || st == ZAP_ZS_EXPLICIT_OPEN ||
		     (active && st == ZAP_ZS_CLOSED);
	}
	return n;
}

static void render_drives(struct text *t, const struct node *n)
{
	static const int states[] = {
		ZAP_ZS_EMPTY, ZAP_ZS_IMPLICIT_OPEN, ZAP_ZS_EXPLICIT_OPEN,
		ZAP_ZS_CLOSED, ZAP_ZS_READ_ONLY, ZAP_ZS_FULL, ZAP_ZS_OFFLINE,
	};

	emit(t, "# HELP zapd_drive_zones Zones by state (zapd's view).\n"
		"# TYPE zapd_drive_zones gauge\n");
	for (unsigned i = 0; i < n->nr_drives; i++) {
		const struct drive *d = &n->drives[i];
		unsigned count[16] = { 0 };

		for (uint32_t z = 0; z < d->be.geo.nr_zones; z++)
			count[COUNTER_READ(d->table.zones[z].state) & 15]++;
		for (unsigned s = 0; s < sizeof(states) / sizeof(states[0]); s++)
			emit(t, "zapd_drive_zones{drive=\"%s\",state=\"%s\"} %u\n",
			     d->name, zap_zone_state_name(states[s]),
			     count[states[s]]);
	}
	/* one family at a time: a family's samples must not be split */
	emit(t, "# HELP zapd_drive_open_zones Zones implicitly or explicitly "
		"open.\n# TYPE zapd_drive_open_zones gauge\n");
	for (unsigned i = 0; i < n->nr_drives; i++)
		emit(t, "zapd_drive_open_zones{drive=\"%s\"} %u\n",
		     n->drives[i].name, drive_count(&n->drives[i], false));
	emit(t, "# HELP zapd_drive_active_zones Zones open or closed (the "
		"drive's active zones).\n"
		"# TYPE zapd_drive_active_zones gauge\n");
	for (unsigned i = 0; i < n->nr_drives; i++)
		emit(t, "zapd_drive_active_zones{drive=\"%s\"} %u\n",
		     n->drives[i].name, drive_count(&n->drives[i], true));
	emit(t, "# HELP zapd_drive_written_bytes_total Bytes appended or "
		"written.\n# TYPE zapd_drive_written_bytes_total counter\n");
	for (unsigned i = 0; i < n->nr_drives; i++)
		emit(t, "zapd_drive_written_bytes_total{drive=\"%s\"} %" PRIu64
			"\n", n->drives[i].name,
		     COUNTER_READ(n->drives[i].table.stats.bytes_written));
	emit(t, "# HELP zapd_drive_read_bytes_total Bytes read.\n"
		"# TYPE zapd_drive_read_bytes_total counter\n");
	for (unsigned i = 0; i < n->nr_drives; i++)
		emit(t, "zapd_drive_read_bytes_total{drive=\"%s\"} %" PRIu64
			"\n", n->drives[i].name,
		     COUNTER_READ(n->drives[i].table.stats.bytes_read));
	emit(t, "# HELP zapd_drive_syncs_total fdatasyncs of the drive's "
		"group commit, by where they ran: the reactor's own thread "
		"(nothing else waited) or an io_uring worker.\n"
		"# TYPE zapd_drive_syncs_total counter\n");
	for (unsigned i = 0; i < n->nr_drives; i++) {
		const struct backend_syncs *c = &n->drives[i].be.syncs;

		emit(t, "zapd_drive_syncs_total{drive=\"%s\",where=\"reactor\"} "
			"%" PRIu64 "\n"
			"zapd_drive_syncs_total{drive=\"%s\",where=\"ring\"} "
			"%" PRIu64 "\n", n->drives[i].name,
		     COUNTER_READ(c->on_reactor), n->drives[i].name,
		     COUNTER_READ(c->on_ring));
	}
}

/* Every reactor's counters, added up: each is read whole (counter.h),
 * the sum is as of about now. */
static void sum_metrics(const struct node *n, struct metrics *sum,
			uint64_t *used)
{
	const size_t words = sizeof(*sum) / sizeof(uint64_t);
	uint64_t *to = (uint64_t *)sum;

	*sum = (struct metrics){ 0 };
	*used = 0;
	for (unsigned r = 0; r < n->nr_servers; r++) {
		const uint64_t *from = (const uint64_t *)&n->servers[r]->metrics;

		for (size_t i = 0; i < words; i++)
			to[i] += COUNTER_READ(from[i]);
		*used += COUNTER_READ(n->servers[r]->mem.used);
	}
}

char *metrics_render(const struct server *srv, size_t *len)
{
	const struct node *n = srv->node;
	struct metrics sum, *m = &sum;
	struct text t = { 0 };
	uint64_t used;

	sum_metrics(n, &sum, &used);

	render_requests(&t, m);
	emit(&t, "# HELP zapd_received_bytes_total Bytes received from "
		 "clients.\n# TYPE zapd_received_bytes_total counter\n"
		 "zapd_received_bytes_total %" PRIu64 "\n"
		 "# HELP zapd_sent_bytes_total Bytes sent to clients.\n"
		 "# TYPE zapd_sent_bytes_total counter\n"
		 "zapd_sent_bytes_total %" PRIu64 "\n"
		 "# HELP zapd_requests_in_flight Requests received, not yet "
		 "answered.\n# TYPE zapd_requests_in_flight gauge\n"
		 "zapd_requests_in_flight %" PRIu64 "\n"
		 "# HELP zapd_requests_forwarded_total Requests that went to "
		 "the reactor owning their drive and came back.\n"
		 "# TYPE zapd_requests_forwarded_total counter\n"
		 "zapd_requests_forwarded_total %" PRIu64 "\n"
		 "# HELP zapd_reactors Reactor threads.\n"
		 "# TYPE zapd_reactors gauge\nzapd_reactors %u\n"
		 "# HELP zapd_connections Open client connections.\n"
		 "# TYPE zapd_connections gauge\nzapd_connections %u\n"
		 "# HELP zapd_connections_total Connections accepted.\n"
		 "# TYPE zapd_connections_total counter\n"
		 "zapd_connections_total %" PRIu64 "\n"
		 "# HELP zapd_connections_refused_total Connections refused "
		 "(max_connections or max_connections_per_address reached, "
		 "or shutting down).\n"
		 "# TYPE zapd_connections_refused_total counter\n"
		 "zapd_connections_refused_total %" PRIu64 "\n",
	     m->bytes_in, m->bytes_out, m->in_flight, m->forwarded,
	     n->nr_servers, COUNTER_READ(n->servers[0]->nr_conns),
	     m->connections_total, m->refusals[REFUSAL_MAX_CONNECTIONS] +
	     m->refusals[REFUSAL_PER_ADDRESS] + m->refusals[REFUSAL_STOPPING]);
	render_limits(&t, m, used, &srv->limits);
	emit(&t, "# HELP zapd_tls_handshakes_total TLS handshakes by result "
		 "(plaintext: a plaintext client at the TLS port).\n"
		 "# TYPE zapd_tls_handshakes_total counter\n"
		 "zapd_tls_handshakes_total{result=\"ok\"} %" PRIu64 "\n"
		 "zapd_tls_handshakes_total{result=\"failed\"} %" PRIu64 "\n"
		 "zapd_tls_handshakes_total{result=\"timeout\"} %" PRIu64 "\n"
		 "zapd_tls_handshakes_total{result=\"plaintext\"} %" PRIu64
		 "\n# HELP zapd_tls_ktls_connections_total TLS connections "
		 "whose records the kernel handles, by direction.\n"
		 "# TYPE zapd_tls_ktls_connections_total counter\n"
		 "zapd_tls_ktls_connections_total{direction=\"tx\"} %" PRIu64
		 "\nzapd_tls_ktls_connections_total{direction=\"rx\"} %"
		 PRIu64 "\n",
	     m->tls.ok, m->tls.failed, m->tls.timeout, m->tls.plaintext,
	     m->tls.ktls_tx, m->tls.ktls_rx);
	render_drives(&t, n);
	if (t.failed) {
		free(t.buf);
		return NULL;
	}
	*len = t.len;
	return t.buf;
}
