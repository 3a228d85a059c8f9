/* SPDX-License-Identifier: MIT */
/*
 * metrics - the daemon's counters: requests by op and status, latency
 * histograms, bytes in and out, connections, TLS. Each reactor has its
 * own, which only its thread writes (counter.h: no lock, no atomic
 * read-modify-write); metrics_text.c adds them up and renders them (and
 * the zone layer's own counters) as Prometheus text.
 */
#ifndef ZAPD_METRICS_H
#define ZAPD_METRICS_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

enum metrics_op {
	MOP_HELLO,
	MOP_IDENTIFY,
	MOP_REPORT_ZONES,
	MOP_ZONE_MGMT,
	MOP_APPEND,
	MOP_WRITE,
	MOP_READ,
	MOP_FLUSH,
	MOP_STATS,
	MOP_FENCE,
	MOP_INVALID,		/* frames that never became a request */
	MOP_COUNT,
};

/* Why zapd refused a connection or a request, or closed a connection for
 * a limit (zapd_refusals_total{reason}). */
enum metrics_refusal {
	REFUSAL_MAX_CONNECTIONS,	/* connection: server full */
	REFUSAL_PER_ADDRESS,		/* connection: its address is full */
	REFUSAL_STOPPING,		/* connection: zapd is stopping */
	REFUSAL_FRAME_TIMEOUT,		/* closed: frame not whole in time */
	REFUSAL_IDLE_TIMEOUT,		/* closed: no request for too long */
	REFUSAL_BAD_FRAME,		/* closed: a header zapd cannot skip */
	REFUSAL_TOO_MUCH_DATA,		/* request: over max_conn_bytes */
	REFUSAL_COUNT,
};

/* Why a connection's reading paused for bytes (zapd_budget_waits_total). */
enum metrics_budget {
	BUDGET_CONNECTION,		/* max_conn_bytes */
	BUDGET_SERVER,			/* memory_budget */
	BUDGET_COUNT,
};

/* Upper bounds of the latency buckets, in microseconds; +Inf follows. */
#define METRICS_LATENCY_BUCKETS 16

struct metrics {
	uint64_t requests[MOP_COUNT][ZAP_STATUS_SLOTS];
	uint64_t latency[MOP_COUNT][METRICS_LATENCY_BUCKETS + 1];
	uint64_t latency_sum_ns[MOP_COUNT];
	uint64_t bytes_in;
	uint64_t bytes_out;
	uint64_t connections_total;
	uint64_t refusals[REFUSAL_COUNT];
	uint64_t budget_waits[BUDGET_COUNT];
	uint64_t in_flight;		/* requests, all connections */
	uint64_t forwarded;		/* to another reactor's drive */
	struct {
		uint64_t ok;		/* handshakes completed */
		uint64_t failed;	/* handshakes that failed */
		uint64_t timeout;	/* not done within handshake_timeout */
		uint64_t plaintext;	/* plaintext clients told TLS_REQUIRED */
		uint64_t ktls_tx;	/* connections the kernel encrypts */
		uint64_t ktls_rx;	/* connections the kernel decrypts */
	} tls;
};

/* metrics_text.c adds them up word by word */
_Static_assert(sizeof(struct metrics) % sizeof(uint64_t) == 0,
	       "struct metrics holds uint64_t counters only");

const char *metrics_op_name(enum metrics_op op);
const char *metrics_refusal_name(enum metrics_refusal why);
const char *metrics_budget_name(enum metrics_budget which);
void metrics_request_done(struct metrics *m, enum metrics_op op, int status,
			  uint64_t latency_ns);
/* Upper bound of latency bucket b, in microseconds. */
uint32_t metrics_bucket_us(unsigned b);

#endif
