/* SPDX-License-Identifier: MIT */
#include "metrics_http.h"

#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/listener.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "log.h"
#include "metrics_text.h"
#include "netaddr.h"
#include "server.h"

static struct evhttp *metrics_http;

static void free_text(const void *data, size_t len, void *arg)
{
	free((void *)data);
}

static void on_metrics(struct evhttp_request *req, void *arg)
{
	struct server *srv = arg;
	struct evbuffer *body;
	size_t len;
	char *text;

	if (evhttp_request_get_command(req) != EVHTTP_REQ_GET) {
		evhttp_send_error(req, 405, "only GET");
		return;
	}
	text = metrics_render(srv, &len);
	body = evbuffer_new();
	if (!text || !body ||
	    evbuffer_add_reference(body, text, len, free_text, NULL)) {
		free(text);
		if (body)
			evbuffer_free(body);
		evhttp_send_error(req, 500, "out of memory");
		return;
	}
	evhttp_add_header(evhttp_request_get_output_headers(req),
			  "Content-Type", "text/plain; version=0.0.4");
	evhttp_send_reply(req, 200, "OK", body);
	evbuffer_free(body);
}

static void on_other(struct evhttp_request *req, void *arg)
{
	evhttp_send_error(req, 404, "try /metrics");
}

int metrics_http_start(struct server *srv, const char *address)
{
	char bound[160];
	struct evhttp_bound_socket *handle = NULL;
	struct evconnlistener *l;
	struct sockaddr_storage ss;
	socklen_t sslen;

	if (netaddr_parse(address, &ss, &sslen)) {
		log_error("bad metrics_listen address=%s hint=\"HOST:PORT with "
			  "a numeric IPv4 or [IPv6] host\"", address);
		return -1;
	}
	metrics_http = evhttp_new(srv->reactor.base);
	l = metrics_http ? evconnlistener_new_bind(srv->reactor.base, NULL,
			NULL, LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_FREE |
			LEV_OPT_CLOSE_ON_EXEC, 128, (struct sockaddr *)&ss,
			sslen) : NULL;
	if (l) {
		handle = evhttp_bind_listener(metrics_http, l);
		if (!handle)
			evconnlistener_free(l);
	}
	if (!handle) {
		log_error("cannot serve metrics address=%s", address);
		metrics_http_stop(srv);
		return -1;
	}
	evhttp_set_allowed_methods(metrics_http, EVHTTP_REQ_GET);
	evhttp_set_cb(metrics_http, "/metrics", on_metrics, srv);
	evhttp_set_gencb(metrics_http, on_other, NULL);
	/* the port actually bound, for metrics_listen with port 0 */
	sslen = sizeof(ss);
	if (getsockname(evhttp_bound_socket_get_fd(handle),
			(struct sockaddr *)&ss, &sslen))
		snprintf(bound, sizeof(bound), "%s", address);
	else
		netaddr_format(&ss, bound, sizeof(bound));
	log_info("metrics listening address=%s path=/metrics", bound);
	return 0;
}

void metrics_http_stop(struct server *srv)
{
	if (metrics_http) {
		evhttp_free(metrics_http);
		metrics_http = NULL;
	}
}
