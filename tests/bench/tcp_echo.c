/* SPDX-License-Identifier: MIT */
/*
 * tcp_echo - the network limit for tests/bench/run.sh: raw loopback TCP
 * request/reply with the shape of a zapd append. Each connection has a
 * client thread that keeps Q requests of a 32-byte header plus SIZE data
 * bytes in flight, and a server thread that answers each request with 32
 * bytes as soon as it has read it whole. No protocol, no storage: what is
 * left is the kernel's TCP on loopback and two threads per connection.
 * With -a, only the clients run, against a server elsewhere that speaks
 * the same framing (file_server).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "hist.h"

#define HDR	32
#define NS	1000000000ll
#define RBUF	(4u << 20)

struct conn {
	int cfd, sfd;			/* client and server ends */
	pthread_t client, server;
	unsigned q;
	size_t frame;			/* HDR + size */
	int64_t deadline;
	uint64_t done;
	struct hist lat;
	int err;
};

static int64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * NS + ts.tv_nsec;
}

static int send_all(int fd, const uint8_t *p, size_t len)
{
	ssize_t n;

	while (len) {
		n = send(fd, p, len, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= n;
	}
	return 0;
}

/* Read whole requests; answer each with HDR bytes. */
static void *server_main(void *arg)
{
	struct conn *c = arg;
	size_t cap = RBUF > 2 * c->frame ? RBUF : 2 * c->frame, have = 0, k;
	uint8_t *buf = malloc(cap), *reply = calloc(cap / c->frame + 1, HDR);
	ssize_t n;

	while (buf && reply) {
		n = recv(c->sfd, buf + have, cap - have, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		have += n;
		k = have / c->frame;
		if (!k)
			continue;
		have -= k * c->frame;
		memmove(buf, buf + k * c->frame, have);
		if (send_all(c->sfd, reply, k * HDR))
			break;
	}
	free(buf);
	free(reply);
	close(c->sfd);
	return NULL;
}

/* Keep q requests in flight until the deadline; time each. */
static void *client_main(void *arg)
{
	struct conn *c = arg;
	uint8_t *out = calloc(c->q, c->frame), rbuf[64 * HDR];
	int64_t *t0 = calloc(c->q, sizeof(*t0)), now;
	uint64_t sent = 0, bytes = 0, k;
	bool sending = true;
	ssize_t n;

	if (!out || !t0)
		goto out;
	now = now_ns();
	for (unsigned i = 0; i < c->q; i++)
		t0[i] = now;
	if (send_all(c->cfd, out, c->q * c->frame))
		goto fail;
	sent = c->q;
	while (c->done < sent) {
		n = recv(c->cfd, rbuf, sizeof(rbuf), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			goto fail;
		bytes += n;
		k = bytes / HDR - c->done;
		now = now_ns();
		for (uint64_t i = 0; i < k; i++)
			hist_record(&c->lat, now - t0[(c->done + i) % c->q]);
		c->done += k;
		if (sending && now >= c->deadline)
			sending = false;
		if (!sending || !k)
			continue;
		for (uint64_t i = 0; i < k; i++)
			t0[(sent + i) % c->q] = now;
		if (send_all(c->cfd, out, k * c->frame))
			goto fail;
		sent += k;
	}
	goto out;
fail:
	c->err = errno ? errno : EPIPE;
out:
	shutdown(c->cfd, SHUT_WR);
	free(out);
	free(t0);
	return NULL;
}

/* A connected pair through a listener on 127.0.0.1; with no listener
 * (lfd < 0), the client end only, to sa. */
static int connect_pair(int lfd, const struct sockaddr_in *sa, struct conn *c)
{
	int one = 1;

	c->cfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (c->cfd < 0 ||
	    connect(c->cfd, (const struct sockaddr *)sa, sizeof(*sa)))
		return -1;
	setsockopt(c->cfd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (lfd < 0)
		return 0;
	c->sfd = accept(lfd, NULL, NULL);
	if (c->sfd < 0)
		return -1;
	setsockopt(c->sfd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	return 0;
}

static void usage(FILE *f)
{
	fprintf(f,
"Usage: tcp_echo [-c CONNS] [-q IN_FLIGHT] [-s SIZE] [-t SECONDS] [--json]\n"
"                [-a IP:PORT]\n"
"\n"
"Raw loopback TCP request/reply, the network limit of tests/bench/run.sh:\n"
"CONNS connections (default 1), each keeping IN_FLIGHT requests (default\n"
"32) of a 32-byte header and SIZE bytes (default 4096) in flight to a\n"
"server thread that answers each with 32 bytes, for SECONDS (default 5).\n"
"Prints requests/s, MB/s (10^6 bytes of data) and latency p50 and p99 in\n"
"microseconds, as a line or (--json) as a JSON object. With -a, only the\n"
"clients run, against the server at IP:PORT (file_server). Exit status 0,\n"
"1 if a connection failed, 2 on a usage error.\n");
}

static int parse(int argc, char **argv, unsigned *conns, unsigned *q,
		 size_t *size, double *secs, bool *json,
		 struct sockaddr_in *server)
{
	char *colon;

	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;

	while ((opt = getopt_long(argc, argv, "a:c:q:s:t:h", opts, NULL)) !=
	       -1) {
		switch (opt) {
		case 'a':
			colon = strrchr(optarg, ':');
			if (!colon)
				return -1;
			*colon = '\0';
			server->sin_family = AF_INET;
			server->sin_port = htons((uint16_t)atoi(colon + 1));
			if (inet_pton(AF_INET, optarg, &server->sin_addr) != 1)
				return -1;
			break;
		case 'c':
			*conns = (unsigned)atoi(optarg);
			break;
		case 'q':
			*q = (unsigned)atoi(optarg);
			break;
		case 's':
			*size = (size_t)atol(optarg);
			break;
		case 't':
			*secs = atof(optarg);
			break;
		case 'j':
			*json = true;
			break;
		case 'h':
			usage(stdout);
			exit(0);
		default:
			return -1;
		}
	}
	return optind == argc && *conns && *conns <= 1024 && *q &&
	       *q <= 65536 && *size && *size <= (64u << 20) && *secs > 0 ?
	       0 : -1;
}

int main(int argc, char **argv)
{
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_in server = { 0 };
	socklen_t len = sizeof(sa);
	unsigned conns = 1, q = 32;
	size_t size = 4096;
	double secs = 5, elapsed;
	bool json = false;
	struct hist *lat = malloc(sizeof(*lat));
	struct conn *c;
	uint64_t done = 0;
	int64_t start;
	int lfd = -1, rc = 0;

	if (parse(argc, argv, &conns, &q, &size, &secs, &json, &server)) {
		usage(stderr);
		return 2;
	}
	c = calloc(conns, sizeof(*c));
	if (server.sin_family)
		sa = server;
	else
		lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (!c || !lat || (!server.sin_family &&
			   (lfd < 0 ||
			    bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) ||
			    listen(lfd, (int)conns) ||
			    getsockname(lfd, (struct sockaddr *)&sa, &len)))) {
		perror("tcp_echo: listen");
		return 1;
	}
	hist_init(lat);
	start = now_ns();
	for (unsigned i = 0; i < conns; i++) {
		c[i].q = q;
		c[i].frame = HDR + size;
		c[i].deadline = start + (int64_t)(secs * NS);
		hist_init(&c[i].lat);
		if (connect_pair(lfd, &sa, &c[i]) ||
		    (lfd >= 0 && pthread_create(&c[i].server, NULL,
						server_main, &c[i])) ||
		    pthread_create(&c[i].client, NULL, client_main, &c[i])) {
			perror("tcp_echo: connect");
			return 1;
		}
	}
	for (unsigned i = 0; i < conns; i++) {
		pthread_join(c[i].client, NULL);
		if (lfd >= 0)
			pthread_join(c[i].server, NULL);
		close(c[i].cfd);
		done += c[i].done;
		hist_merge(lat, &c[i].lat);
		if (c[i].err) {
			fprintf(stderr, "tcp_echo: connection %u: %s\n", i,
				strerror(c[i].err));
			rc = 1;
		}
	}
	elapsed = (double)(now_ns() - start) / NS;
	printf(json ? "{\"ops_per_s\": %.1f, \"mb_per_s\": %.3f, "
		      "\"p50_us\": %.3f, \"p99_us\": %.3f}\n" :
		      "tcp_echo: %.0f requests/s, %.1f MB/s, p50 %.1f us, "
		      "p99 %.1f us\n",
	       done / elapsed, done * size / elapsed / 1e6,
	       hist_percentile(lat, 50) / 1e3, hist_percentile(lat, 99) / 1e3);
	if (lfd >= 0)
		close(lfd);
	free(c);
	free(lat);
	return rc;
}
