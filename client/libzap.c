/* SPDX-License-Identifier: MIT */
/*
 * libzap connection machinery: the socket, the output and input buffers,
 * the table of requests in flight and zap_process(), which moves bytes
 * and runs completions.
 *
 * Requests are packed straight into the output buffer at submit time and
 * sent in one batch by the next zap_process(). Replies are read with large
 * recv()s and handled frame by frame: each frame is consumed before its
 * callback runs, so a callback may queue requests or even wait for one.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "frame.h"
#include "libzap_int.h"

#define BUF_INITIAL	(256u << 10)
#define RECV_MIN	(64u << 10)	/* free space to recv() into */
#define SLOTS_INITIAL	64u
#define SLOT_NONE	UINT32_MAX
#define DEFAULT_TIMEOUT_MS	30000

struct zapc_slot {
	struct zapc_op op;
	uint32_t gen;
	uint32_t next_free;
	bool busy;
};

/* Why the last zap_connect() of this thread failed. */
static _Thread_local char connect_error[sizeof(((zap_client *)0)->error)];

int zapc_error(zap_client *c, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->error, sizeof(c->error), fmt, ap);
	va_end(ap);
	return status;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Milliseconds left until deadline (-1: no deadline), for poll(). */
static int ms_left(int64_t deadline)
{
	int64_t left;

	if (deadline < 0)
		return -1;
	left = deadline - now_ms();
	return left > 0 ? (int)left : 0;
}

static int64_t deadline_after(int timeout_ms)
{
	return timeout_ms < 0 ? -1 : now_ms() + timeout_ms;
}

/* ---- buffers ---- */

/* Room for len more bytes at the tail; NULL if out of memory. */
static uint8_t *buf_reserve(struct zapc_buf *b, size_t len)
{
	size_t size;
	uint8_t *data;

	if (b->size - b->tail >= len)
		return b->data + b->tail;
	if (b->head) {
		memmove(b->data, b->data + b->head, b->tail - b->head);
		b->tail -= b->head;
		b->head = 0;
		if (b->size - b->tail >= len)
			return b->data + b->tail;
	}
	size = b->size ? b->size : BUF_INITIAL;
	while (size - b->tail < len)
		size *= 2;
	data = realloc(b->data, size);
	if (!data)
		return NULL;
	b->data = data;
	b->size = size;
	return b->data + b->tail;
}

/* ---- requests in flight ---- */

static struct zapc_slot *slot_find(zap_client *c, uint64_t id)
{
	uint32_t i = (uint32_t)id;
	struct zapc_slot *s;

	if (i >= c->nr_slots)
		return NULL;
	s = &c->slots[i];
	return s->busy && s->gen == id >> 32 ? s : NULL;
}

/* Take a free slot; returns its index, SLOT_NONE if out of memory. */
static uint32_t slot_get(zap_client *c)
{
	struct zapc_slot *slots;
	uint32_t i, n;

	if (c->free_slot == SLOT_NONE) {
		n = c->nr_slots ? c->nr_slots * 2 : SLOTS_INITIAL;
		if (n <= c->nr_slots)
			return SLOT_NONE;
		slots = realloc(c->slots, n * sizeof(*slots));
		if (!slots)
			return SLOT_NONE;
		for (i = c->nr_slots; i < n; i++) {
			slots[i].busy = false;
			slots[i].gen = 0;
			slots[i].next_free = i + 1 < n ? i + 1 : SLOT_NONE;
		}
		c->slots = slots;
		c->free_slot = c->nr_slots;
		c->nr_slots = n;
	}
	i = c->free_slot;
	c->free_slot = c->slots[i].next_free;
	c->slots[i].busy = true;
	c->slots[i].gen++;
	c->nr_pending++;
	return i;
}

static void slot_put(zap_client *c, struct zapc_slot *s)
{
	s->busy = false;
	s->next_free = c->free_slot;
	c->free_slot = (uint32_t)(s - c->slots);
	c->nr_pending--;
}

/* Run the completion of op; rep is NULL for a local completion. */
static void complete(zap_client *c, const struct zapc_op *op,
		     const struct zap_result *res, const Zap__Reply *rep)
{
	c->completions++;
	if (rep && res->status)
		zapc_error(c, res->status, "%s", *res->detail ?
			   res->detail : zap_strstatus(res->status));
	if (op->done)
		op->done(c, res, rep, op->arg);
	else if (op->cb)
		op->cb(c, res, op->arg);
}

/* Complete every request in flight with status. */
static void complete_all(zap_client *c, int status)
{
	struct zap_result res = { .status = status, .detail = "" };
	struct zapc_op op;
	uint32_t i;

	for (i = 0; i < c->nr_slots; i++) {
		if (!c->slots[i].busy)
			continue;
		op = c->slots[i].op;
		slot_put(c, &c->slots[i]);
		complete(c, &op, &res, NULL);
	}
}

/* The connection is gone: say why, and fail everything in flight. */
__attribute__((format(printf, 2, 3)))
static int lose(zap_client *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->error, sizeof(c->error), fmt, ap);
	va_end(ap);
	close(c->fd);
	c->fd = -1;
	c->out.head = c->out.tail = 0;
	c->in.head = c->in.tail = 0;
	complete_all(c, ZAP_CONNECTION_LOST);
	return -1;
}

int zapc_submit(zap_client *c, Zap__Request *req, const void *data,
		size_t len, const struct zapc_op *op)
{
	struct zap_frame f = { .version = ZAP_PROTO_VERSION };
	size_t plen;
	uint32_t i;
	uint8_t *p;

	if (c->fd < 0)
		return ZAP_CONNECTION_LOST;
	req->client_id = c->client_id;
	req->seq = c->seq + 1;
	plen = protobuf_c_message_get_packed_size(&req->base);
	p = buf_reserve(&c->out, ZAP_FRAME_HDR_LEN + plen + len);
	if (!p)
		return zapc_error(c, ZAP_OUT_OF_MEMORY, "out of memory");
	i = slot_get(c);
	if (i == SLOT_NONE)
		return zapc_error(c, ZAP_OUT_OF_MEMORY, "out of memory");
	c->slots[i].op = *op;
	c->last_id = (uint64_t)c->slots[i].gen << 32 | i;
	c->seq++;

	f.id = c->last_id;
	f.proto_len = (uint32_t)plen;
	f.data_len = (uint32_t)len;
	zap_frame_encode(p, &f);
	protobuf_c_message_pack(&req->base, p + ZAP_FRAME_HDR_LEN);
	if (len)
		memcpy(p + ZAP_FRAME_HDR_LEN + plen, data, len);
	c->out.tail += ZAP_FRAME_HDR_LEN + plen + len;
	return 0;
}

/* Check an OK reply against what its request expects: its result, and a
 * data part exactly as long as a read asked for (none for the others). */
static const char *reply_mismatch(const struct zapc_op *op,
				  const Zap__Reply *rep, uint32_t data_len)
{
	if (rep->status != ZAP__STATUS__OK)
		return data_len ? "error reply with data" : NULL;
	if (op->body != ZAP__REPLY__BODY__NOT_SET && rep->body_case != op->body)
		return "reply without its result";
	if (data_len != op->len)
		return "reply data shorter than the read";
	return NULL;
}

/*
 * Handle the frame at the head of the input buffer. Returns 1 if it did,
 * 0 if the frame is not complete yet, -1 if the connection was lost. The
 * header is checked first, so that the buffer never grows for more than
 * the request asked for.
 */
static int handle_frame(zap_client *c)
{
	struct zap_result res = { .detail = "" };
	size_t avail = c->in.tail - c->in.head;
	const uint8_t *p = c->in.data + c->in.head;
	const char *mismatch;
	struct zapc_slot *s;
	struct zap_frame f;
	struct zapc_op op;
	Zap__Reply *rep;
	int rc;

	if (avail < ZAP_FRAME_HDR_LEN)
		return 0;
	rc = zap_frame_decode(p, c->max_data, &f);
	if (rc)
		return lose(c, "bad frame from the server: %s",
			    zap_strstatus(rc));
	if (!(f.flags & ZAP_FRAME_F_REPLY))
		return lose(c, "the server sent a request frame");
	s = slot_find(c, f.id);
	if (!s)
		return lose(c, "reply to unknown request id %llu",
			    (unsigned long long)f.id);
	if (f.data_len > s->op.len)
		return lose(c, "reply data larger than the request asked for");
	if (avail < ZAP_FRAME_HDR_LEN + (size_t)f.proto_len + f.data_len)
		return 0;
	rep = zap__reply__unpack(NULL, f.proto_len, p + ZAP_FRAME_HDR_LEN);
	if (!rep)
		return lose(c, "malformed reply from the server");
	mismatch = reply_mismatch(&s->op, rep, f.data_len);
	if (mismatch) {
		zap__reply__free_unpacked(rep, NULL);
		return lose(c, "protocol error: %s", mismatch);
	}
	op = s->op;
	if (op.buf && f.data_len)
		memcpy(op.buf, p + ZAP_FRAME_HDR_LEN + f.proto_len, f.data_len);
	c->in.head += ZAP_FRAME_HDR_LEN + f.proto_len + f.data_len;
	slot_put(c, s);

	res.status = rep->status;
	if (rep->detail)
		res.detail = rep->detail;
	if (rep->body_case == ZAP__REPLY__BODY_APPEND) {
		res.lba = rep->append->lba;
	} else if (rep->body_case == ZAP__REPLY__BODY_WRITE) {
		res.lba = rep->write->lba;
		res.wp = rep->write->wp;
	}
	complete(c, &op, &res, rep);
	zap__reply__free_unpacked(rep, NULL);
	return c->fd < 0 ? -1 : 1;
}

/* Send what is queued, until done or the socket is full. */
static int send_queued(zap_client *c)
{
	struct zapc_buf *b = &c->out;
	ssize_t n;

	while (b->head < b->tail) {
		n = send(c->fd, b->data + b->head, b->tail - b->head,
			 MSG_NOSIGNAL);
		if (n > 0) {
			b->head += n;
		} else if (errno == EAGAIN || errno == EWOULDBLOCK) {
			return 0;
		} else if (errno != EINTR) {
			return lose(c, "send: %s", strerror(errno));
		}
	}
	b->head = b->tail = 0;
	return 0;
}

/* Receive what has arrived, until the socket is empty; handle frames. */
static int receive(zap_client *c)
{
	struct zapc_buf *b = &c->in;
	ssize_t n;
	int rc;

	for (;;) {
		if (b->size - b->tail < RECV_MIN && !buf_reserve(b, RECV_MIN))
			return lose(c, "out of memory");
		n = recv(c->fd, b->data + b->tail, b->size - b->tail, 0);
		if (n == 0)
			return lose(c, "the server closed the connection");
		if (n < 0) {
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return 0;
			if (errno == EINTR)
				continue;
			return lose(c, "recv: %s", strerror(errno));
		}
		b->tail += n;
		while ((rc = handle_frame(c)) > 0)
			;
		if (rc < 0)
			return rc;
		if (b->head == b->tail)
			b->head = b->tail = 0;
	}
}

int zap_process(zap_client *c, int timeout_ms)
{
	int64_t deadline = deadline_after(timeout_ms);
	uint64_t completions = c->completions;
	struct pollfd pfd;

	for (;;) {
		if (c->fd < 0 || send_queued(c) || receive(c) || send_queued(c))
			return ZAP_CONNECTION_LOST;
		if (c->completions != completions || !c->nr_pending)
			return 0;
		pfd.fd = c->fd;
		pfd.events = zap_poll_events(c);
		pfd.revents = 0;
		if (!ms_left(deadline))
			return 0;
		if (poll(&pfd, 1, ms_left(deadline)) < 0 && errno != EINTR) {
			lose(c, "poll: %s", strerror(errno));
			return ZAP_CONNECTION_LOST;
		}
	}
}

int zapc_wait(zap_client *c, struct zapc_sync *s)
{
	int64_t deadline = deadline_after(c->timeout_ms);
	uint64_t id = c->last_id;
	struct zapc_slot *slot;

	while (!s->done) {
		if (!ms_left(deadline)) {
			/* the reply may still come: then drop it */
			slot = slot_find(c, id);
			slot->op.cb = NULL;
			slot->op.done = NULL;
			slot->op.buf = NULL;
			return zapc_error(c, ZAP_TIMED_OUT,
					  "no reply from the server in %d ms",
					  c->timeout_ms);
		}
		zap_process(c, ms_left(deadline));
	}
	return s->res.status;
}

int zap_drain(zap_client *c)
{
	uint64_t completions;
	int rc;

	while (c->nr_pending) {
		completions = c->completions;
		rc = zap_process(c, c->timeout_ms);
		if (rc)
			return rc;
		if (c->completions == completions)
			return zapc_error(c, ZAP_TIMED_OUT,
					  "no reply from the server in %d ms",
					  c->timeout_ms);
	}
	return 0;
}

int zap_fd(const zap_client *c)
{
	return c->fd;
}

short zap_poll_events(const zap_client *c)
{
	if (c->fd < 0)
		return 0;
	return POLLIN | (c->out.head < c->out.tail ? POLLOUT : 0);
}

size_t zap_in_flight(const zap_client *c)
{
	return c->nr_pending;
}

/* ---- connecting ---- */

int zapc_parse_address(const char *address, char *host, size_t host_size,
		       char port[6])
{
	const char *h = address, *p = NULL, *colon;
	size_t hlen;
	char *end;
	long n;

	if (*address == '[') {
		h = address + 1;
		colon = strchr(h, ']');
		if (!colon)
			return -1;
		hlen = colon - h;
		if (colon[1] == ':')
			p = colon + 2;
		else if (colon[1])
			return -1;
	} else {
		colon = strchr(address, ':');
		/* a second colon: a bare IPv6 address, without port */
		if (colon && !strchr(colon + 1, ':')) {
			hlen = colon - address;
			p = colon + 1;
		} else {
			hlen = strlen(address);
		}
	}
	if (!hlen || hlen >= host_size)
		return -1;
	memcpy(host, h, hlen);
	host[hlen] = '\0';
	if (!p) {
		snprintf(port, 6, "%u", ZAP_DEFAULT_PORT);
		return 0;
	}
	errno = 0;
	n = strtol(p, &end, 10);
	if (*p < '0' || *p > '9' || *end || errno || n < 1 || n > 65535)
		return -1;
	snprintf(port, 6, "%ld", n);
	return 0;
}

/* "127.0.0.1:7420" or "[::1]:7420" */
static void addr_name(const struct addrinfo *ai, char *name, size_t size)
{
	char host[NI_MAXHOST], port[NI_MAXSERV];

	if (getnameinfo(ai->ai_addr, ai->ai_addrlen, host, sizeof(host), port,
			sizeof(port), NI_NUMERICHOST | NI_NUMERICSERV)) {
		snprintf(name, size, "?");
		return;
	}
	snprintf(name, size, ai->ai_family == AF_INET6 ? "[%s]:%s" : "%s:%s",
		 host, port);
}

/* Connect one socket to ai within the timeout; returns 0 or an errno. */
static int connect_one(zap_client *c, const struct addrinfo *ai)
{
	struct pollfd pfd = { .events = POLLOUT };
	int64_t deadline = deadline_after(c->timeout_ms);
	socklen_t len = sizeof(int);
	int err = 0, one = 1, rc;

	c->fd = socket(ai->ai_family,
		       SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
		       ai->ai_protocol);
	if (c->fd < 0)
		return errno;
	if (connect(c->fd, ai->ai_addr, ai->ai_addrlen) &&
	    errno != EINPROGRESS) {
		err = errno;
	} else {
		pfd.fd = c->fd;
		do {
			rc = poll(&pfd, 1, ms_left(deadline));
		} while (rc < 0 && errno == EINTR);
		if (rc < 0)
			err = errno;
		else if (!rc)
			err = ETIMEDOUT;
		else if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len))
			err = errno;
	}
	if (!err && setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one,
			       sizeof(one)))
		err = errno;
	if (err) {
		close(c->fd);
		c->fd = -1;
	}
	return err;
}

int zapc_open(zap_client *c, const char *address)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM };
	struct addrinfo *res, *ai;
	char host[256], port[6], name[NI_MAXHOST + 16];
	int rc, err = 0;

	if (zapc_parse_address(address, host, sizeof(host), port))
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "invalid address \"%s\": use HOST, HOST:PORT or [IPV6]:PORT",
				  address);
	rc = getaddrinfo(host, port, &hints, &res);
	if (rc)
		return zapc_error(c, ZAP_CONNECTION_LOST, "%s: %s", host,
				  rc == EAI_SYSTEM ? strerror(errno) :
				  gai_strerror(rc));
	for (ai = res; ai; ai = ai->ai_next) {
		err = connect_one(c, ai);
		if (!err)
			break;
		addr_name(ai, name, sizeof(name));
		zapc_error(c, 0, "connect(%s): %s", name, strerror(err));
	}
	freeaddrinfo(res);
	if (err)
		return err == ETIMEDOUT ? ZAP_TIMED_OUT : ZAP_CONNECTION_LOST;
	return 0;
}

int zap_connect(const char *address, const struct zap_connect_opts *opts,
		zap_client **out)
{
	zap_client *c;
	int rc;

	*out = NULL;
	c = calloc(1, sizeof(*c));
	if (!c) {
		snprintf(connect_error, sizeof(connect_error), "out of memory");
		return ZAP_OUT_OF_MEMORY;
	}
	c->fd = -1;
	c->free_slot = SLOT_NONE;
	c->timeout_ms = opts && opts->timeout_ms ? opts->timeout_ms :
		DEFAULT_TIMEOUT_MS;
	if (c->timeout_ms < 0)
		c->timeout_ms = -1;
	rc = zapc_open(c, address ? address : ZAP_DEFAULT_ADDRESS);
	if (!rc)
		rc = zapc_handshake(c, opts ? opts->client_name : NULL);
	if (rc) {
		snprintf(connect_error, sizeof(connect_error), "%s", c->error);
		zap_close(c);
		return rc;
	}
	*out = c;
	return 0;
}

void zap_close(zap_client *c)
{
	if (!c)
		return;
	/* first, so that callbacks cannot queue more */
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	complete_all(c, ZAP_CANCELED);
	free(c->out.data);
	free(c->in.data);
	free(c->slots);
	free(c->drives);
	free(c);
}

const char *zap_last_error(const zap_client *c)
{
	return c ? c->error : connect_error;
}

uint32_t zap_max_data(const zap_client *c)
{
	return c->max_data;
}

uint32_t zap_max_in_flight(const zap_client *c)
{
	return c->max_in_flight;
}
