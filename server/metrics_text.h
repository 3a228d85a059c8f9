/* SPDX-License-Identifier: MIT */
/*
 * metrics_text - the Prometheus exposition text of a running zapd: the
 * counters of struct metrics, the zone layer's per-drive counters and
 * zone states, and the server's gauges. Above the layers it reads; served
 * at /metrics (metrics_http.c) and in STATS replies (dispatch.c).
 */
#ifndef ZAPD_METRICS_TEXT_H
#define ZAPD_METRICS_TEXT_H

#include <stddef.h>

struct server;

/* The exposition text; malloc'd, the caller frees. NULL on ENOMEM. */
char *metrics_render(const struct server *srv, size_t *len);

#endif
