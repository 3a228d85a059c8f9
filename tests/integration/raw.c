/* SPDX-License-Identifier: MIT */
#include "raw.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "textparse.h"

int raw_connect(const char *addr)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	char host[64];
	uint16_t port;
	int fd, one = 1;

	if (zap_hostport_split(addr, 0, host, sizeof(host), &port) ||
	    inet_pton(AF_INET, host, &sa.sin_addr) != 1) {
		fprintf(stderr, "raw_connect: want IPV4:PORT, not %s\n", addr);
		exit(1);
	}
	sa.sin_port = htons(port);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		perror("connect");
		exit(1);
	}
	/* a frame goes out in two writes: no Nagle wait for the second */
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	return fd;
}

int raw_send_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);

		if (n <= 0)
			return -1;
		p += n;
		len -= n;
	}
	return 0;
}

/* Read exactly len bytes, waiting up to 10 s; -1 on EOF, -2 time-out. */
static int recv_all(int fd, void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		ssize_t n;

		if (poll(&pfd, 1, 10000) != 1)
			return -2;
		n = recv(fd, p, len, 0);
		if (n <= 0)
			return -1;
		p += n;
		len -= n;
	}
	return 0;
}

void raw_frame(uint8_t *hdr, uint64_t id, uint32_t plen, uint32_t dlen)
{
	struct zap_frame f = {
		.version = ZAP_PROTO_VERSION,
		.id = id,
		.proto_len = plen,
		.data_len = dlen,
	};

	zap_frame_encode(hdr, &f);
}

int raw_send(int fd, uint64_t id, const Zap__Request *req, const void *data,
	     uint32_t dlen)
{
	size_t plen = zap__request__get_packed_size(req);
	uint8_t *buf = malloc(ZAP_FRAME_HDR_LEN + plen);
	int ret;

	if (!buf)
		return -1;
	raw_frame(buf, id, plen, dlen);
	zap__request__pack(req, buf + ZAP_FRAME_HDR_LEN);
	ret = raw_send_all(fd, buf, ZAP_FRAME_HDR_LEN + plen);
	if (!ret && dlen)
		ret = raw_send_all(fd, data, dlen);
	free(buf);
	return ret;
}

static void take_reply(const Zap__Reply *rep, struct raw_reply *out)
{
	out->status = rep->status;
	snprintf(out->detail, sizeof(out->detail), "%s",
		 rep->detail ? rep->detail : "");
	switch (rep->body_case) {
	case ZAP__REPLY__BODY_APPEND:
		out->lba = rep->append->lba;
		break;
	case ZAP__REPLY__BODY_WRITE:
		out->lba = rep->write->lba;
		out->wp = rep->write->wp;
		break;
	case ZAP__REPLY__BODY_FENCE:
		out->lba = rep->fence->epoch;
		break;
	case ZAP__REPLY__BODY_HELLO:
		out->client_id = rep->hello->client_id;
		out->retry_window = rep->hello->retry_window;
		out->secret_len = rep->hello->client_secret.len;
		if (out->secret_len > sizeof(out->secret))
			out->secret_len = sizeof(out->secret);
		if (out->secret_len)	/* a resume's reply has none */
			memcpy(out->secret, rep->hello->client_secret.data,
			       out->secret_len);
		break;
	default:
		break;
	}
}

int raw_recv(int fd, struct raw_reply *out)
{
	uint8_t hdr[ZAP_FRAME_HDR_LEN];
	struct raw_reply r = { 0 };
	struct zap_frame f;
	Zap__Reply *rep;
	uint8_t *body;
	int ret;

	ret = recv_all(fd, hdr, sizeof(hdr));
	if (ret)
		return ret;
	if (zap_frame_decode(hdr, 1u << 30, &f) || !(f.flags & 1))
		return -3;
	body = malloc(f.proto_len + f.data_len + 1);
	if (!body)
		return -1;
	ret = recv_all(fd, body, f.proto_len + f.data_len);
	if (ret) {
		free(body);
		return ret;
	}
	rep = zap__reply__unpack(NULL, f.proto_len, body);
	free(body);
	if (!rep)
		return -3;
	r.id = f.id;
	take_reply(rep, &r);
	zap__reply__free_unpacked(rep, NULL);
	if (out)
		*out = r;
	return r.status;
}

bool raw_closed_by_server(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	char c;

	for (;;) {
		if (poll(&pfd, 1, 10000) != 1)
			return false;
		if (recv(fd, &c, 1, 0) <= 0)
			return true;
	}
}
