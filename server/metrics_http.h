/* SPDX-License-Identifier: MIT */
/*
 * metrics_http - GET /metrics on its own address (libevent's evhttp), the
 * Prometheus text exposition format of metrics.c.
 */
#ifndef ZAPD_METRICS_HTTP_H
#define ZAPD_METRICS_HTTP_H

struct server;

/* Returns 0 or -1 with a log line. */
int metrics_http_start(struct server *srv, const char *address);
void metrics_http_stop(struct server *srv);

#endif
