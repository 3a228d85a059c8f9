/* SPDX-License-Identifier: MIT */
#include "metrics.h"


#include <zap/zap.h>

#include "counter.h"
#include "status.h"

static const char *const op_names[MOP_COUNT] = {
	"hello", "identify", "report_zones", "zone_mgmt", "append", "write",
	"read", "flush", "stats", "fence", "invalid",
};

static const uint32_t bucket_us[METRICS_LATENCY_BUCKETS] = {
	25, 50, 100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200,
	102400, 204800, 409600, 1000000,
};

static const char *const refusal_names[REFUSAL_COUNT] = {
	"max_connections", "max_connections_per_address", "shutting_down",
	"frame_timeout", "idle_timeout", "bad_frame", "too_much_data",
};

static const char *const budget_names[BUDGET_COUNT] = {
	"max_conn_bytes", "memory_budget",
};

const char *metrics_op_name(enum metrics_op op)
{
	return op_names[op];
}

const char *metrics_refusal_name(enum metrics_refusal why)
{
	return refusal_names[why];
}

const char *metrics_budget_name(enum metrics_budget which)
{
	return budget_names[which];
}

uint32_t metrics_bucket_us(unsigned b)
{
	return bucket_us[b];
}

void metrics_request_done(struct metrics *m, enum metrics_op op, int status,
			  uint64_t latency_ns)
{
	uint64_t us = latency_ns / 1000;
	unsigned b = 0;

	COUNTER_ADD(m->requests[op][zap_status_slot(status)], 1);
	while (b < METRICS_LATENCY_BUCKETS && us > bucket_us[b])
		b++;
	COUNTER_ADD(m->latency[op][b], 1);
	COUNTER_ADD(m->latency_sum_ns[op], latency_ns);
}

