/* SPDX-License-Identifier: MIT */
/*
 * libzap's connection engine: opening a connection, the socket, the
 * pending requests, the send queue, zap_process(), which moves bytes and
 * runs completions, and reconnecting after a loss (see "Lost connections
 * and retries" in zap.h). It knows requests only as frames with a
 * completion (struct zapc_op): what each request means is requests.c's,
 * which calls down into this file and never the other way.
 *
 * Each request is packed into a frame of its own at submit time and kept
 * until it completes, so that it can be sent again exactly as it was; its
 * slot keeps the frame's buffer for the next request (FRAMES_KEPT_MAX).
 * Frames are written in batches (one sendmsg() for many) by the next
 * zap_process(). Replies are read with large recv()s and handled frame by
 * frame: each frame is consumed before its callback runs, so a callback
 * may queue requests or even wait for one.
 *
 * Over TLS (libzap_tls.c) the same bytes go through SSL_write/SSL_read;
 * small frames are gathered into whole records first.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "frame.h"
#include "libzap_int.h"
#include "textparse.h"

#define BUF_INITIAL	(256u << 10)
#define RECV_MIN	(64u << 10)	/* free space to recv() into */
#define SLOTS_INITIAL	64u
#define SLOT_NONE	UINT32_MAX
#define SEND_BATCH	64		/* frames per sendmsg() */
/*
 * Bytes of frame buffers that free slots keep for their next request.
 * Freed, a large frame's pages went back to the kernel (glibc trims the
 * top of a thread's heap) and the next one faulted them in again: 45 % of
 * a client's CPU time with 128 KiB appends.
 */
#define FRAMES_KEPT_MAX	(8u << 20)
#define DEFAULT_TIMEOUT_MS	30000
#define DEFAULT_RETRY_MS	30000
#define DEFAULT_WINDOW	256		/* the protocol's, if zapd says none */
#define BACKOFF_MIN_MS	10
#define BACKOFF_MAX_MS	1000
#define DELAY_MIN_MS	5		/* asking again about a duplicate */
#define DELAY_MAX_MS	500
#define TICK_MS		100		/* blocking calls, while reconnecting */
#define HELLO_ID	0		/* no request has it: gen >= 1 */
#define TLS_RECORD	16384		/* plaintext bytes in a full record */

enum slot_state {
	SLOT_IDLE,	/* not in the send queue (yet, or until a resume) */
	SLOT_QUEUED,	/* in the send queue */
	SLOT_SENT,	/* written to the socket, waiting for its reply */
	SLOT_DELAYED,	/* zapd cannot answer it yet: ask again at retry_at */
};

struct zapc_slot {
	struct zapc_op op;
	uint8_t *frame;		/* the request: header, protobuf, data */
	size_t frame_len;
	size_t frame_size;	/* bytes allocated; kept while the slot is free */
	uint64_t seq;		/* 0: not numbered */
	int64_t retry_at;	/* DELAYED: when to send it again */
	int64_t retry_end;	/* stop asking again then; 0: not asked yet */
	int delay_ms;
	uint32_t gen;
	uint32_t prev, next;	/* pending list; next: free list */
	uint32_t qnext;		/* send queue */
	uint8_t state;		/* enum slot_state */
	bool busy;
	bool update;		/* append, write or zone management */
	bool sent;		/* some of it reached a socket */
	bool resent;		/* sent again after a loss or a delay */
};

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
	if (left > INT_MAX)
		return INT_MAX;
	return left > 0 ? (int)left : 0;
}

static int64_t deadline_after(int timeout_ms)
{
	return timeout_ms < 0 ? -1 : now_ms() + timeout_ms;
}

/* The shorter of two poll() timeouts, -1 being no limit. */
static int min_ms(int a, int b)
{
	if (a < 0)
		return b;
	return b < 0 || a < b ? a : b;
}

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

/*
 * req and its data part as one frame with id, into *buf of *size bytes,
 * which is replaced by a larger one if it must be. Returns the frame's
 * length, 0 if out of memory (then *buf is NULL).
 */
static size_t pack(Zap__Request *req, uint64_t id, const void *data,
		   size_t len, uint8_t **buf, size_t *size)
{
	struct zap_frame f = { .version = ZAP_PROTO_VERSION, .id = id };
	size_t plen = protobuf_c_message_get_packed_size(&req->base);
	size_t frame_len = ZAP_FRAME_HDR_LEN + plen + len;
	uint8_t *p = *buf;

	if (*size < frame_len) {
		free(p);
		p = *buf = malloc(frame_len);
		*size = p ? frame_len : 0;
		if (!p)
			return 0;
	}
	f.proto_len = (uint32_t)plen;
	f.data_len = (uint32_t)len;
	zap_frame_encode(p, &f);
	protobuf_c_message_pack(&req->base, p + ZAP_FRAME_HDR_LEN);
	if (len)
		memcpy(p + ZAP_FRAME_HDR_LEN + plen, data, len);
	return frame_len;
}

/* ---- pending requests ---- */

static struct zapc_slot *slot_find(zap_client *c, uint64_t id)
{
	uint32_t i = (uint32_t)id;
	struct zapc_slot *s;

	if (i >= c->nr_slots)
		return NULL;
	s = &c->slots[i];
	return s->busy && s->gen == id >> 32 ? s : NULL;
}

/* Take a free slot, last in the pending list; SLOT_NONE if no memory. */
static uint32_t slot_get(zap_client *c)
{
	struct zapc_slot *slots, *s;
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
			slots[i].frame = NULL;
			slots[i].frame_size = 0;
			slots[i].next = i + 1 < n ? i + 1 : SLOT_NONE;
		}
		c->slots = slots;
		c->free_slot = c->nr_slots;
		c->nr_slots = n;
	}
	i = c->free_slot;
	s = &c->slots[i];
	c->free_slot = s->next;
	c->frames_kept -= s->frame_size;
	s->busy = true;
	if (!++s->gen)
		s->gen = 1;	/* an id of 0 is HELLO's */
	s->state = SLOT_IDLE;
	s->prev = c->tail;
	s->next = SLOT_NONE;
	if (c->tail != SLOT_NONE)
		c->slots[c->tail].next = i;
	else
		c->head = i;
	c->tail = i;
	if (c->admit == SLOT_NONE)
		c->admit = i;
	c->nr_pending++;
	return i;
}

static void queue_push(zap_client *c, uint32_t i)
{
	c->slots[i].state = SLOT_QUEUED;
	c->slots[i].qnext = SLOT_NONE;
	if (c->qtail != SLOT_NONE)
		c->slots[c->qtail].qnext = i;
	else
		c->qhead = i;
	c->qtail = i;
}

/*
 * Take s out of the send queue. Only a reply that comes before its request
 * was written whole does this (zapd refused the frame from its header and
 * closes the connection), so the rest of the stream does not matter.
 */
static void queue_unlink(zap_client *c, struct zapc_slot *s)
{
	uint32_t i = (uint32_t)(s - c->slots), prev = SLOT_NONE;
	uint32_t *pp = &c->qhead;

	while (*pp != i) {
		prev = *pp;
		pp = &c->slots[prev].qnext;
	}
	*pp = s->qnext;
	if (c->qtail == i)
		c->qtail = prev;
	if (prev == SLOT_NONE)
		c->send_off = 0;
}

/* Unlink a request that completes and free its slot. */
static void slot_put(zap_client *c, struct zapc_slot *s)
{
	uint32_t i = (uint32_t)(s - c->slots);

	if (s->state == SLOT_QUEUED)
		queue_unlink(c, s);
	else if (s->state == SLOT_DELAYED)
		c->nr_delayed--;
	if (c->admit == i)
		c->admit = s->next;
	if (s->prev != SLOT_NONE)
		c->slots[s->prev].next = s->next;
	else
		c->head = s->next;
	if (s->next != SLOT_NONE)
		c->slots[s->next].prev = s->prev;
	else
		c->tail = s->prev;
	if (c->frames_kept + s->frame_size <= FRAMES_KEPT_MAX) {
		c->frames_kept += s->frame_size;
	} else {
		free(s->frame);
		s->frame = NULL;
		s->frame_size = 0;
	}
	s->busy = false;
	s->next = c->free_slot;
	c->free_slot = i;
	c->nr_pending--;
}

/*
 * May numbered request s go out now? zapd keeps the outcomes of the last
 * retry_window sequence numbers: were s that far ahead of the oldest one
 * pending, a retry of the oldest could find its outcome forgotten
 * (SEQ_TOO_OLD) or its slot taken (BUSY). seq_floor is a lower bound of
 * the oldest, raised from the pending list only when it is in the way.
 */
static bool in_window(zap_client *c, const struct zapc_slot *s)
{
	uint32_t i = c->head;

	if (!s->seq || s->seq < c->seq_floor + c->retry_window)
		return true;
	while (!c->slots[i].seq)	/* ends at s at the latest */
		i = c->slots[i].next;
	c->seq_floor = c->slots[i].seq;
	return s->seq < c->seq_floor + c->retry_window;
}

/* Let out, in order, the requests that may go now. */
static void admit(zap_client *c)
{
	while (c->state == ZAPC_UP && c->admit != SLOT_NONE &&
	       in_window(c, &c->slots[c->admit])) {
		queue_push(c, c->admit);
		c->admit = c->slots[c->admit].next;
	}
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
		op->done(c, res, rep, op);
	else if (op->cb)
		op->cb(c, res, op->arg);
}

/* Complete s without a reply. */
static void finish(zap_client *c, struct zapc_slot *s, int status)
{
	struct zap_result res = { .status = status, .detail = "" };
	struct zapc_op op = s->op;

	slot_put(c, s);
	complete(c, &op, &res, NULL);
}

/* Complete every pending request: updates with update_status. */
static void complete_all(zap_client *c, int update_status, int status)
{
	struct zapc_slot *s;

	while (c->head != SLOT_NONE) {
		s = &c->slots[c->head];
		finish(c, s, s->update ? update_status : status);
	}
}

/* ---- losing the connection, and retrying ---- */

/* Close the socket and forget what was on its way through it. */
static void drop_socket(zap_client *c)
{
	uint32_t i;

	for (i = c->head; i != c->admit; i = c->slots[i].next)
		c->slots[i].state = SLOT_IDLE;
	c->nr_delayed = 0;
	if (c->ssl)
		zapc_tls_drop(c);
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	c->conn_gen++;
	c->in.head = c->in.tail = 0;
	c->qhead = c->qtail = SLOT_NONE;
	c->send_off = 0;
	free(c->pre);
	c->pre = NULL;
	c->pre_len = c->pre_off = 0;
}

/* WAIT for the next attempt to connect: at once, then backing off. */
static void retry_later(zap_client *c)
{
	int64_t now = now_ms();

	c->state = ZAPC_WAIT;
	if (!c->retry_end)
		c->retry_end = now + c->retry_timeout_ms;
	c->retry_at = now + c->backoff_ms;
	c->backoff_ms = c->backoff_ms ? 2 * c->backoff_ms : BACKOFF_MIN_MS;
	if (c->backoff_ms > BACKOFF_MAX_MS)
		c->backoff_ms = BACKOFF_MAX_MS;
}

/*
 * Retrying is over, or would fail the same way again: the client is dead
 * with status, what was pending completes (updates: OUTCOME_UNKNOWN).
 */
__attribute__((format(printf, 3, 4)))
static void give_up(zap_client *c, int status, const char *fmt, ...)
{
	char why[sizeof(c->error)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	zapc_error(c, 0, "%s%s", why, c->nr_pending ? "; pending updates "
		   "have an unknown outcome" : "");
	drop_socket(c);
	c->state = ZAPC_DEAD;
	c->dead_status = status;
	c->hello_status = status;	/* for a first connect */
	complete_all(c, ZAP_OUTCOME_UNKNOWN, status);
}

/*
 * The connection is gone: say why. Without retries, everything pending
 * fails; with them, what was let out waits for the resume. Returns -1.
 */
__attribute__((format(printf, 2, 3)))
static int lose(zap_client *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->error, sizeof(c->error), fmt, ap);
	va_end(ap);
	drop_socket(c);
	if (!c->retry) {
		c->state = ZAPC_DEAD;
		complete_all(c, ZAP_CONNECTION_LOST, ZAP_CONNECTION_LOST);
		return -1;
	}
	c->stats.losses++;
	retry_later(c);
	return -1;
}

/* The TLS handshake failed: trying again would fail the same way. */
static void tls_failed(zap_client *c, const char *why)
{
	give_up(c, ZAP_TLS_FAILED, "TLS handshake with %s failed: %s",
		c->addr_name, why);
}

/*
 * TLS broke. While the client says HELLO this is zapd refusing what the
 * handshake showed it (TLS 1.3 tells a client so only after its own side
 * of the handshake is done): final. Later, the connection is lost.
 */
static int tls_broke(zap_client *c, const char *why)
{
	if (c->state != ZAPC_HELLO)
		return lose(c, "TLS: %s", why);
	tls_failed(c, why);
	return -1;
}

static void connect_failed(zap_client *c, int err)
{
	zapc_error(c, 0, "connect to %s: %s", c->addr_name, strerror(err));
	drop_socket(c);
	retry_later(c);
}

/* A new connection: HELLO goes first, resuming the identity if any. */
static void say_hello(zap_client *c)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__HelloReq hello = ZAP__HELLO_REQ__INIT;
	size_t size = 0;

	hello.min_version = ZAP_PROTO_VERSION;
	hello.max_version = ZAP_PROTO_VERSION;
	hello.client_name = c->name;
	hello.client_id = c->client_id;
	hello.client_secret.data = c->secret;
	hello.client_secret.len = c->secret_len;
	req.body_case = ZAP__REQUEST__BODY_HELLO;
	req.hello = &hello;
	c->pre_len = pack(&req, HELLO_ID, NULL, 0, &c->pre, &size);
	c->pre_off = 0;
	c->state = ZAPC_HELLO;
	if (!c->pre)
		lose(c, "out of memory");
}

/*
 * A connect() to a port of this machine that nobody listens on can pick
 * that very port as its own and connect to itself (TCP simultaneous
 * open); a zapd restarting on an ephemeral port leaves such a port.
 */
static bool self_connected(int fd)
{
	struct sockaddr_storage a, b;
	socklen_t la = sizeof(a), lb = sizeof(b);

	return !getsockname(fd, (struct sockaddr *)&a, &la) &&
	       !getpeername(fd, (struct sockaddr *)&b, &lb) && la == lb &&
	       !memcmp(&a, &b, la);
}

/* The WAIT is over: connect again to the address that worked first. */
static void reconnect(zap_client *c)
{
	int one = 1;

	c->fd = socket(c->addr.ss_family,
		       SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (c->fd < 0)
		return connect_failed(c, errno);
	if (setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) ||
	    (connect(c->fd, (struct sockaddr *)&c->addr, c->addr_len) &&
	     errno != EINPROGRESS))
		return connect_failed(c, errno);
	c->state = ZAPC_CONNECTING;
}

/* A new connection's TLS handshake, before its HELLO. */
static void start_tls(zap_client *c)
{
	if (zapc_tls_start(c)) {
		lose(c, "out of memory");
		return;
	}
	c->state = ZAPC_TLS;
}

/* TLS: take the handshake as far as the socket lets it; then HELLO. */
static void tls_step(zap_client *c)
{
	char why[256];
	int rc = zapc_tls_handshake(c, why, sizeof(why));

	if (rc > 0)
		say_hello(c);
	else if (rc < 0)
		tls_failed(c, why);
}

/* A new connection: TLS first if asked for, then HELLO. */
static void begin(zap_client *c)
{
	if (c->tls_ctx)
		start_tls(c);
	else
		say_hello(c);
}

/* CONNECTING: once connect() is done, begin. */
static void connected(zap_client *c)
{
	struct pollfd pfd = { .fd = c->fd, .events = POLLOUT };
	socklen_t len = sizeof(int);
	int err = 0;

	if (poll(&pfd, 1, 0) <= 0)
		return;
	if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len))
		err = errno;
	if (!err && self_connected(c->fd))
		err = ECONNREFUSED;
	if (err)
		return connect_failed(c, err);
	begin(c);
}

/* The identity is resumed: send again what was let out, in order. */
static void requeue(zap_client *c)
{
	struct zapc_slot *s;
	uint32_t i;

	for (i = c->head; i != c->admit; i = s->next) {
		s = &c->slots[i];
		if (s->sent) {
			s->resent = true;
			c->stats.resent++;
		}
		queue_push(c, i);
	}
	admit(c);
}

/* Send again the requests whose delay is over. */
static void resend_delayed(zap_client *c, int64_t now)
{
	struct zapc_slot *s;
	uint32_t i;

	for (i = c->head; i != c->admit && c->nr_delayed; i = s->next) {
		s = &c->slots[i];
		if (s->state == SLOT_DELAYED && s->retry_at <= now) {
			c->nr_delayed--;
			s->resent = true;
			queue_push(c, i);
		}
	}
}

/*
 * zapd cannot answer an update now: the original is still in flight
 * (DUPLICATE_REQUEST), or zapd is stopping (SHUTTING_DOWN; it may have
 * applied a request sent before, and the next zapd will say). Delay s and
 * return true, for up to retry_timeout_ms; past that, make *status
 * OUTCOME_UNKNOWN.
 */
static bool ask_again(zap_client *c, struct zapc_slot *s, int *status)
{
	int64_t now;

	if (!s->seq || (*status != ZAP_DUPLICATE_REQUEST &&
			(*status != ZAP_SHUTTING_DOWN || !s->resent)))
		return false;
	now = now_ms();
	if (!s->retry_end)
		s->retry_end = now + c->retry_timeout_ms;
	if (now >= s->retry_end) {
		*status = zapc_error(c, ZAP_OUTCOME_UNKNOWN,
				     "zapd still answered %s after %d ms",
				     zap_status_name(*status),
				     c->retry_timeout_ms);
		return false;
	}
	if (*status == ZAP_DUPLICATE_REQUEST)
		c->stats.duplicates++;
	s->delay_ms = s->delay_ms ? 2 * s->delay_ms : DELAY_MIN_MS;
	if (s->delay_ms > DELAY_MAX_MS)
		s->delay_ms = DELAY_MAX_MS;
	s->retry_at = now + s->delay_ms;
	s->state = SLOT_DELAYED;
	c->nr_delayed++;
	return true;
}

/* ---- replies ---- */

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

/* The answer to HELLO: learn the identity, or check that it resumed. */
static int hello_reply(zap_client *c, const Zap__Reply *rep)
{
	const Zap__HelloRep *h = rep->hello;
	bool resume = c->client_id != 0;
	int status = rep->status;
	const char *detail = rep->detail && *rep->detail ? rep->detail :
			     zap_strstatus(status);

	if (status == ZAP_UNKNOWN_CLIENT && resume) {
		give_up(c, ZAP_CONNECTION_LOST, "zapd at %s does not know this "
			"client any more (%s)", c->addr_name, detail);
		return -1;
	}
	c->hello_status = status ? status : ZAP_PROTOCOL_ERROR;
	if (status)
		return lose(c, "HELLO: %s: %s", zap_status_name(status),
			    detail);
	if (rep->body_case != ZAP__REPLY__BODY_HELLO ||
	    h->version != ZAP_PROTO_VERSION || !h->max_data)
		return lose(c, "the server answered HELLO without version 1 "
			    "and its limits");
	if (resume && h->client_id != c->client_id) {
		give_up(c, ZAP_CONNECTION_LOST,
			"zapd resumed client %016llx as %016llx",
			(unsigned long long)c->client_id,
			(unsigned long long)h->client_id);
		return -1;
	}
	if (!resume && h->client_secret.len > sizeof(c->secret))
		return lose(c, "the server sent a secret of %zu bytes",
			    h->client_secret.len);
	c->hello_status = 0;
	c->max_data = h->max_data;
	c->max_in_flight = h->max_in_flight;
	free(c->pre);
	c->pre = NULL;
	c->pre_len = c->pre_off = 0;
	c->state = ZAPC_UP;
	c->up_since = now_ms();
	if (resume) {
		c->stats.resumes++;
		requeue(c);
		return 1;
	}
	c->client_id = h->client_id;
	c->secret_len = h->client_secret.len;
	if (c->secret_len)
		memcpy(c->secret, h->client_secret.data, c->secret_len);
	c->retry_window = h->retry_window ? h->retry_window : DEFAULT_WINDOW;
	return 1;
}

/*
 * The reply rep, with data_len bytes of data, to pending request s: its
 * frame is consumed already. Returns 1, or -1 if the connection is lost
 * (perhaps by the callback).
 */
static int reply(zap_client *c, struct zapc_slot *s, const Zap__Reply *rep,
		 const uint8_t *data, uint32_t data_len)
{
	struct zap_result res = { .status = rep->status, .detail = "" };
	const char *mismatch = reply_mismatch(&s->op, rep, data_len);
	uint64_t gen = c->conn_gen;
	struct zapc_op op;

	if (mismatch)
		return lose(c, "protocol error: %s", mismatch);
	/* zapd answers: a later loss gets a full retry budget again */
	c->retry_end = 0;
	c->backoff_ms = 0;
	if (ask_again(c, s, &res.status))
		return 1;
	op = s->op;
	if (op.buf && data_len)
		memcpy(op.buf, data, data_len);
	slot_put(c, s);
	if (res.status == ZAP_OUTCOME_UNKNOWN) {	/* asked too long */
		complete(c, &op, &res, NULL);
		return c->conn_gen != gen ? -1 : 1;
	}
	if (rep->detail)
		res.detail = rep->detail;
	if (rep->body_case == ZAP__REPLY__BODY_APPEND) {
		res.lba = rep->append->lba;
	} else if (rep->body_case == ZAP__REPLY__BODY_WRITE) {
		res.lba = rep->write->lba;
		res.wp = rep->write->wp;
	} else if (rep->body_case == ZAP__REPLY__BODY_FENCE) {
		res.epoch = rep->fence->epoch;
	}
	complete(c, &op, &res, rep);
	return c->conn_gen != gen ? -1 : 1;
}

/* The server says why it is about to close the connection. */
static int notice(zap_client *c, const struct zap_frame *f,
		  const uint8_t *proto, size_t avail)
{
	Zap__Reply *rep;
	int rc;

	if (f->data_len)
		return lose(c, "a notice with data from the server");
	if (avail < ZAP_FRAME_HDR_LEN + (size_t)f->proto_len)
		return 0;
	rep = zap__reply__unpack(NULL, f->proto_len, proto);
	if (!rep)
		return lose(c, "malformed notice from the server");
	if (rep->status == ZAP__STATUS__TLS_REQUIRED) {
		/* connecting again in plaintext would get the same */
		give_up(c, ZAP_TLS_REQUIRED, "zapd at %s requires TLS: %s",
			c->addr_name, rep->detail ? rep->detail : "");
		rc = -1;
	} else {
		rc = lose(c, "zapd closes the connection: %s (%s)",
			  zap_status_name(rep->status),
			  rep->detail ? rep->detail : "");
	}
	zap__reply__free_unpacked(rep, NULL);
	return rc;
}

/*
 * Handle the frame at the head of the input buffer. Returns 1 if it did,
 * 0 if the frame is not complete yet, -1 if the connection was lost. The
 * header is checked first, so that the buffer never grows for more than
 * the request asked for.
 */
static int handle_frame(zap_client *c)
{
	size_t avail = c->in.tail - c->in.head;
	const uint8_t *p = c->in.data + c->in.head;
	struct zapc_slot *s = NULL;
	struct zap_frame f;
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
	if (f.id == ZAP_NOTICE_ID)
		return notice(c, &f, p + ZAP_FRAME_HDR_LEN, avail);
	if (c->state == ZAPC_HELLO ? f.id != HELLO_ID :
	    !(s = slot_find(c, f.id)))
		return lose(c, "reply to unknown request id %llu",
			    (unsigned long long)f.id);
	if (f.data_len > (s ? s->op.len : 0))
		return lose(c, "reply data larger than the request asked for");
	if (avail < ZAP_FRAME_HDR_LEN + (size_t)f.proto_len + f.data_len)
		return 0;
	rep = zap__reply__unpack(NULL, f.proto_len, p + ZAP_FRAME_HDR_LEN);
	if (!rep)
		return lose(c, "malformed reply from the server");
	c->in.head += ZAP_FRAME_HDR_LEN + f.proto_len + f.data_len;
	if (s)
		rc = reply(c, s, rep, p + ZAP_FRAME_HDR_LEN + f.proto_len,
			   f.data_len);
	else
		rc = hello_reply(c, rep);
	zap__reply__free_unpacked(rep, NULL);
	return rc;
}

/* ---- moving bytes ---- */

/* sent bytes went out: the rest of HELLO, then queued requests. */
static void consume_sent(zap_client *c, size_t sent)
{
	struct zapc_slot *s;
	size_t left;

	left = c->pre_len - c->pre_off;
	if (left) {
		c->pre_off += sent < left ? sent : left;
		sent -= sent < left ? sent : left;
	}
	while (sent) {
		s = &c->slots[c->qhead];
		s->sent = true;
		left = s->frame_len - c->send_off;
		if (sent < left) {
			c->send_off += sent;
			return;
		}
		sent -= left;
		c->send_off = 0;
		s->state = SLOT_SENT;
		c->qhead = s->qnext;
		if (c->qhead == SLOT_NONE)
			c->qtail = SLOT_NONE;
	}
}

/* What is queued to go out, in order: up to SEND_BATCH pieces. */
static size_t gather(zap_client *c, struct iovec *iov)
{
	struct zapc_slot *s;
	size_t n = 0, off;
	uint32_t i;

	if (c->pre_off < c->pre_len)
		iov[n++] = (struct iovec){ c->pre + c->pre_off,
					   c->pre_len - c->pre_off };
	off = c->send_off;
	for (i = c->qhead; i != SLOT_NONE && n < SEND_BATCH; i = s->qnext) {
		s = &c->slots[i];
		iov[n++] = (struct iovec){ s->frame + off, s->frame_len - off };
		off = 0;
	}
	return n;
}

/* Copy up to a record's worth of the n pieces into the stage. */
static int stage(zap_client *c, const struct iovec *iov, size_t n)
{
	size_t len = 0, take;

	if (!c->stage && !(c->stage = malloc(TLS_RECORD)))
		return -1;
	for (size_t i = 0; i < n && len < TLS_RECORD; i++) {
		take = iov[i].iov_len < TLS_RECORD - len ? iov[i].iov_len :
		       TLS_RECORD - len;
		memcpy(c->stage + len, iov[i].iov_base, take);
		len += take;
	}
	c->stage_len = len;
	c->stage_off = 0;
	return 0;
}

/*
 * TLS: small frames go out gathered into a record, a large one from
 * where it is. After the socket was full, OpenSSL wants the same bytes
 * again (or more): the stage keeps them, and the queue's head is the same.
 */
static int send_tls(zap_client *c, struct iovec *iov)
{
	char why[256];
	const void *p;
	ssize_t sent;
	size_t len, n;
	bool staged;

	for (;;) {
		staged = c->stage_off < c->stage_len;
		if (!staged) {
			n = gather(c, iov);
			if (!n)
				return 0;
			p = iov[0].iov_base;
			len = iov[0].iov_len;
			if (len < TLS_RECORD && n > 1) {
				if (stage(c, iov, n))
					return lose(c, "out of memory");
				staged = true;
			}
		}
		if (staged) {
			p = c->stage + c->stage_off;
			len = c->stage_len - c->stage_off;
		}
		sent = zapc_tls_send(c, p, len, why, sizeof(why));
		if (sent < 0)
			return errno == EAGAIN ? 0 : tls_broke(c, why);
		if (staged)
			c->stage_off += sent;
		consume_sent(c, (size_t)sent);
	}
}

/* Write what is queued, until done or the socket is full. */
static int send_queued(zap_client *c)
{
	struct iovec iov[SEND_BATCH];
	struct msghdr msg = { .msg_iov = iov };
	ssize_t sent;

	if (c->ssl)
		return send_tls(c, iov);
	for (;;) {
		msg.msg_iovlen = gather(c, iov);
		if (!msg.msg_iovlen)
			return 0;
		sent = sendmsg(c->fd, &msg, MSG_NOSIGNAL);
		if (sent > 0)
			consume_sent(c, (size_t)sent);
		else if (errno == EAGAIN || errno == EWOULDBLOCK)
			return 0;
		else if (errno != EINTR)
			return lose(c, "send: %s", strerror(errno));
	}
}

/* Receive what has arrived, until the socket is empty; handle frames. */
static int receive(zap_client *c)
{
	struct zapc_buf *b = &c->in;
	uint64_t gen = c->conn_gen;
	char why[256];
	ssize_t n;
	int rc;

	for (;;) {
		if (b->size - b->tail < RECV_MIN && !buf_reserve(b, RECV_MIN))
			return lose(c, "out of memory");
		n = c->ssl ? zapc_tls_recv(c, b->data + b->tail,
					   b->size - b->tail, why,
					   sizeof(why)) :
			recv(c->fd, b->data + b->tail, b->size - b->tail, 0);
		if (n == 0)
			return lose(c, "%s closed the connection",
				    c->addr_name);
		if (n < 0) {
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return 0;
			if (errno == EINTR)
				continue;
			if (c->ssl && errno == EPROTO)
				return tls_broke(c, why);
			return lose(c, "recv: %s", strerror(errno));
		}
		b->tail += n;
		while ((rc = handle_frame(c)) > 0)
			;
		if (rc < 0 || c->conn_gen != gen)
			return -1;
		if (b->head == b->tail)
			b->head = b->tail = 0;
	}
}

/* Do what is due, without waiting: give up, connect, send, receive. */
static void advance(zap_client *c)
{
	int64_t now = now_ms();

	if (c->state != ZAPC_UP && c->state != ZAPC_DEAD && c->retry_end &&
	    now >= c->retry_end)
		give_up(c, ZAP_CONNECTION_LOST,
			"no connection to %s resumed in %d ms (%s)",
			c->addr_name, c->retry_timeout_ms, c->error);
	if (c->state == ZAPC_WAIT && now >= c->retry_at)
		reconnect(c);
	if (c->state == ZAPC_CONNECTING)
		connected(c);
	if (c->state == ZAPC_TLS)
		tls_step(c);
	if (c->state == ZAPC_UP && c->nr_delayed)
		resend_delayed(c, now);
	if ((c->state == ZAPC_UP || c->state == ZAPC_HELLO) &&
	    !send_queued(c) && !receive(c))
		send_queued(c);
}

/* Wait up to ms (-1: no limit) for the socket or the next thing due. */
static void wait_io(zap_client *c, int ms)
{
	struct pollfd pfd = { .fd = c->fd, .events = zap_poll_events(c) };

	ms = min_ms(ms, zap_poll_timeout(c));
	if (poll(&pfd, c->fd >= 0, ms) < 0 && errno != EINTR)
		lose(c, "poll: %s", strerror(errno));
}

int zapc_submit(zap_client *c, Zap__Request *req, const void *data,
		size_t len, const struct zapc_op *op)
{
	struct zapc_slot *s;
	uint64_t id;
	uint32_t i;

	if (c->state == ZAPC_DEAD)
		return c->dead_status;
	i = slot_get(c);
	if (i == SLOT_NONE)
		return zapc_error(c, ZAP_OUT_OF_MEMORY, "out of memory");
	s = &c->slots[i];
	id = (uint64_t)s->gen << 32 | i;
	s->update = req->body_case == ZAP__REQUEST__BODY_APPEND ||
		    req->body_case == ZAP__REQUEST__BODY_WRITE ||
		    req->body_case == ZAP__REQUEST__BODY_ZONE_MGMT ||
		    req->body_case == ZAP__REQUEST__BODY_FENCE;
	s->seq = c->retry && s->update ? c->seq + 1 : 0;
	req->client_id = s->seq ? c->client_id : 0;
	req->seq = s->seq;
	s->frame_len = pack(req, id, data, len, &s->frame, &s->frame_size);
	if (!s->frame_len) {
		slot_put(c, s);
		return zapc_error(c, ZAP_OUT_OF_MEMORY, "out of memory");
	}
	if (s->seq)
		c->seq++;
	s->op = *op;
	s->sent = s->resent = false;
	s->retry_end = 0;
	s->delay_ms = 0;
	c->last_id = id;
	admit(c);
	return 0;
}

int zap_process(zap_client *c, int timeout_ms)
{
	int64_t deadline = deadline_after(timeout_ms);
	uint64_t completions = c->completions;

	for (;;) {
		advance(c);
		if (c->state == ZAPC_DEAD)
			return c->dead_status;
		if (c->completions != completions || !c->nr_pending ||
		    !ms_left(deadline))
			return 0;
		wait_io(c, ms_left(deadline));
	}
}

/*
 * How long a blocking call may still wait for a reply, counting from
 * since or from the last resume; while reconnecting, a tick: then the
 * retry budget bounds the wait.
 */
static int wait_left(const zap_client *c, int64_t since)
{
	if (c->state != ZAPC_UP)
		return TICK_MS;
	if (c->timeout_ms < 0)
		return -1;
	if (c->up_since > since)
		since = c->up_since;
	return ms_left(since + c->timeout_ms);
}

int zapc_wait(zap_client *c, struct zapc_sync *s)
{
	int64_t since = now_ms();
	uint64_t id = c->last_id;
	struct zapc_slot *slot;
	int left;

	while (!s->done) {
		left = wait_left(c, since);
		if (!left) {
			/* the reply may still come: then drop it */
			slot = slot_find(c, id);
			slot->op.cb = NULL;
			slot->op.done = NULL;
			slot->op.buf = NULL;
			return zapc_error(c, ZAP_TIMED_OUT,
					  "no reply from the server in %d ms",
					  c->timeout_ms);
		}
		zap_process(c, left);
	}
	return s->res.status;
}

int zap_drain(zap_client *c)
{
	int64_t since = now_ms();
	uint64_t completions;
	int left, rc;

	while (c->nr_pending) {
		left = wait_left(c, since);
		if (!left)
			return zapc_error(c, ZAP_TIMED_OUT,
					  "no reply from the server in %d ms",
					  c->timeout_ms);
		completions = c->completions;
		rc = zap_process(c, left);
		if (rc)
			return rc;
		if (c->completions != completions)
			since = now_ms();
	}
	return 0;
}

int zap_fd(const zap_client *c)
{
	return c->fd;
}

short zap_poll_events(const zap_client *c)
{
	switch (c->state) {
	case ZAPC_CONNECTING:
		return POLLOUT;
	case ZAPC_TLS:
		return c->tls_want;
	case ZAPC_HELLO:
	case ZAPC_UP:
		return POLLIN | (c->pre_off < c->pre_len ||
				 c->qhead != SLOT_NONE ? POLLOUT : 0);
	default:
		return 0;
	}
}

int zap_poll_timeout(const zap_client *c)
{
	int64_t at = -1;
	uint32_t i;

	if (c->state == ZAPC_WAIT)
		at = c->retry_at;
	else if (c->state != ZAPC_UP && c->state != ZAPC_DEAD && c->retry_end)
		at = c->retry_end;
	for (i = c->head; c->state == ZAPC_UP && c->nr_delayed &&
	     i != c->admit; i = c->slots[i].next)
		if (c->slots[i].state == SLOT_DELAYED &&
		    (at < 0 || c->slots[i].retry_at < at))
			at = c->slots[i].retry_at;
	return ms_left(at);
}

size_t zap_in_flight(const zap_client *c)
{
	return c->nr_pending;
}

void zap_retry_stats(const zap_client *c, struct zap_retry_stats *out)
{
	*out = c->stats;
}

/* ---- connecting ---- */

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

/* Open the TCP connection, and keep its address for reconnecting; make
 * the TLS context first if tls asks for it. */
static int open_socket(zap_client *c, const char *address,
		       const struct zap_tls_opts *tls)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM };
	struct addrinfo *res, *ai;
	char host[256], port[6];
	uint16_t portno;
	int rc, err = 0;

	if (zap_hostport_split(address, ZAP_DEFAULT_PORT, host, sizeof(host),
			       &portno) || !portno)
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "invalid address \"%s\": use HOST, HOST:PORT or [IPV6]:PORT (port 1 to 65535)",
				  address);
	snprintf(port, sizeof(port), "%u", portno);
	/* TLS checks the server's certificate against this host */
	if (tls && (rc = zapc_tls_setup(c, tls, host)))
		return rc;
	rc = getaddrinfo(host, port, &hints, &res);
	if (rc)
		return zapc_error(c, ZAP_CONNECTION_LOST, "%s: %s", host,
				  rc == EAI_SYSTEM ? strerror(errno) :
				  gai_strerror(rc));
	for (ai = res; ai; ai = ai->ai_next) {
		addr_name(ai, c->addr_name, sizeof(c->addr_name));
		err = connect_one(c, ai);
		if (!err) {
			memcpy(&c->addr, ai->ai_addr, ai->ai_addrlen);
			c->addr_len = ai->ai_addrlen;
			break;
		}
		zapc_error(c, 0, "connect(%s): %s", c->addr_name,
			   strerror(err));
	}
	freeaddrinfo(res);
	if (err)
		return err == ETIMEDOUT ? ZAP_TIMED_OUT : ZAP_CONNECTION_LOST;
	return 0;
}

/* TLS if asked for, then HELLO, on the first connection, not retried. */
static int handshake(zap_client *c)
{
	int64_t deadline = deadline_after(c->timeout_ms);

	begin(c);
	while (c->state == ZAPC_TLS || c->state == ZAPC_HELLO) {
		if (!ms_left(deadline))
			return zapc_error(c, ZAP_TIMED_OUT,
					  c->state == ZAPC_TLS ?
					  "no TLS handshake with %s in %d ms" :
					  "no answer to HELLO from %s in %d ms",
					  c->addr_name, c->timeout_ms);
		advance(c);
		if (c->state == ZAPC_TLS || c->state == ZAPC_HELLO)
			wait_io(c, ms_left(deadline));
	}
	if (c->state == ZAPC_UP)
		return 0;
	return c->hello_status ? c->hello_status : ZAP_CONNECTION_LOST;
}

/* zap_connect_opts as its first version ended: with tls */
#define CONNECT_OPTS_V0	(offsetof(struct zap_connect_opts, tls) + \
			 sizeof(((struct zap_connect_opts *)0)->tls))
#define OPTS_SIZE_MAX	4096	/* far beyond any version: a wrong size */
#define CONNECT_FLAGS	ZAP_CONNECT_NO_RETRY

_Static_assert(offsetof(struct zap_connect_opts, size) == 0,
	       "a sized struct starts with its size");

/*
 * Copy the caller's options, whose struct may come from an older or a
 * newer zap.h than libzap's (its size says): fields it lacks stay 0, the
 * default; fields libzap lacks must be 0 (see zap.h).
 */
static int read_opts(const struct zap_connect_opts *from,
		     struct zap_connect_opts *o)
{
	const unsigned char *extra = (const unsigned char *)from + sizeof(*o);
	size_t i;

	*o = (struct zap_connect_opts){ .size = sizeof(*o) };
	if (!from)
		return 0;
	if (from->size < CONNECT_OPTS_V0 || from->size > OPTS_SIZE_MAX)
		return zapc_connect_error(ZAP_INVALID_ARGUMENT,
			"zap_connect_opts.size is %zu: set it to sizeof(struct zap_connect_opts), e.g. with ZAP_CONNECT_OPTS_INIT",
			from->size);
	for (i = 0; sizeof(*o) + i < from->size; i++)
		if (extra[i])
			return zapc_connect_error(ZAP_UNSUPPORTED,
				"zap_connect_opts sets fields that libzap %s does not know (its size is %zu, libzap's %zu)",
				ZAP_VERSION_STRING, from->size, sizeof(*o));
	memcpy(o, from, from->size < sizeof(*o) ? from->size : sizeof(*o));
	if (o->flags & ~CONNECT_FLAGS)
		return zapc_connect_error(ZAP_INVALID_ARGUMENT,
			"zap_connect_opts.flags: unknown flags %#x",
			o->flags & ~CONNECT_FLAGS);
	return 0;
}

/* A new client, not connected yet, set up as o says; NULL if no memory. */
static zap_client *client_new(const struct zap_connect_opts *o)
{
	zap_client *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	/* the HELLO must stay within ZAP_MAX_REQUEST_PROTO_LEN */
	c->name = strndup(o->client_name ? o->client_name : "libzap",
			  ZAP_CLIENT_NAME_MAX);
	if (!c->name) {
		free(c);
		return NULL;
	}
	c->fd = -1;
	c->state = ZAPC_DEAD;
	c->dead_status = ZAP_CONNECTION_LOST;
	c->free_slot = c->head = c->tail = c->admit = SLOT_NONE;
	c->qhead = c->qtail = SLOT_NONE;
	c->timeout_ms = o->timeout_ms ? o->timeout_ms : DEFAULT_TIMEOUT_MS;
	if (c->timeout_ms < 0)
		c->timeout_ms = -1;
	c->retry_timeout_ms = o->retry_timeout_ms > 0 ? o->retry_timeout_ms :
		DEFAULT_RETRY_MS;
	c->want_retry = !(o->flags & ZAP_CONNECT_NO_RETRY);
	return c;
}

int zapc_open(const char *address, const struct zap_connect_opts *opts,
	      zap_client **out)
{
	struct zap_connect_opts o;
	zap_client *c;
	int rc;

	*out = NULL;
	rc = read_opts(opts, &o);
	if (rc)
		return rc;
	c = client_new(&o);
	if (!c)
		return zapc_connect_error(ZAP_OUT_OF_MEMORY, "out of memory");
	rc = open_socket(c, address ? address : ZAP_DEFAULT_ADDRESS, o.tls);
	if (!rc)
		rc = handshake(c);
	if (rc)
		return zapc_abandon(c, rc);
	*out = c;
	return 0;
}

int zapc_abandon(zap_client *c, int status)
{
	zapc_connect_error(status, "%s", c->error);
	zap_close(c);
	return status;
}

void zapc_ready(zap_client *c)
{
	/* without an identity from zapd, nothing can be sent again safely */
	c->retry = c->want_retry && c->client_id;
}

void zap_close(zap_client *c)
{
	if (!c)
		return;
	/* first, so that callbacks cannot queue more */
	drop_socket(c);
	c->state = ZAPC_DEAD;
	complete_all(c, ZAP_CANCELED, ZAP_CANCELED);
	for (uint32_t i = 0; i < c->nr_slots; i++)
		free(c->slots[i].frame);
	free(c->in.data);
	free(c->slots);
	free(c->drives);
	free(c->name);
	zapc_tls_free(c);
	free(c);
}

uint32_t zap_max_data(const zap_client *c)
{
	return c->max_data;
}

uint32_t zap_max_in_flight(const zap_client *c)
{
	return c->max_in_flight;
}
