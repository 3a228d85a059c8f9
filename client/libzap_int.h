/* SPDX-License-Identifier: MIT */
/*
 * libzap internals. The library is in layers, each calling only the ones
 * below it (nothing here is exported from libzap.so):
 *
 *   requests.c      zap_connect() and every request, blocking or not:
 *                   builds the messages, reads the replies' bodies
 *   connection.c    the engine: opens, sends, receives, reconnects, runs
 *                   completions (struct zapc_op)
 *   libzap_tls.c    TLS on the engine's socket
 *   errors.c        the sentences of zap_last_error()
 */
#ifndef ZAP_CLIENT_LIBZAP_INT_H
#define ZAP_CLIENT_LIBZAP_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <zap/zap.h>
#include "zap.pb-c.h"

struct zapc_op;

/* A completion that reads the reply's body (rep is NULL when the request
 * completes locally: lost connection, close, timeout). */
typedef void (*zapc_done_fn)(zap_client *c, const struct zap_result *res,
			     const Zap__Reply *rep, const struct zapc_op *op);

/* What to do when a request completes: done if set (it may call cb in
 * turn), else cb, with arg. */
struct zapc_op {
	zap_callback cb;
	zapc_done_fn done;
	void *arg;
	void *buf;		/* read: where the data goes (NULL: drop it) */
	uint32_t len;		/* read: bytes expected in the reply */
	Zap__Reply__BodyCase body;	/* what an OK reply must carry */
};

/* Waiting for one request in a blocking call. */
struct zapc_sync {
	bool done;
	struct zap_result res;	/* res.detail is not kept: see zap_last_error */
};

/* errors.c: record a sentence for zap_last_error(c); returns status. */
int zapc_error(zap_client *c, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The same for zap_last_error(NULL): why zap_connect() failed. */
int zapc_connect_error(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * connection.c. Open a client: the options (zap.h's rules), the socket,
 * TLS if asked for, and HELLO; not retried. Returns 0, or a status with
 * zap_last_error(NULL) set. Then the caller makes its first requests,
 * and either calls zapc_ready() (from then on a lost connection is
 * retried, unless the options said not to) or gives up with
 * zapc_abandon(), which keeps the client's error for zap_last_error(NULL),
 * closes it and returns status.
 */
int zapc_open(const char *address, const struct zap_connect_opts *opts,
	      zap_client **out);
void zapc_ready(zap_client *c);
int zapc_abandon(zap_client *c, int status);

/* Queue a request with its data part; sets its client_id and seq. */
int zapc_submit(zap_client *c, Zap__Request *req, const void *data,
		size_t len, const struct zapc_op *op);
/* Wait for the request zapc_submit() just queued, which completes into s. */
int zapc_wait(zap_client *c, struct zapc_sync *s);


/*
 * The connection's life. A client is UP while it can send requests; after
 * a loss it WAITs (backoff), is CONNECTING, does the TLS handshake if it
 * speaks TLS, then says HELLO to resume its identity, and is UP again;
 * DEAD once it gave up (or never retries).
 */
enum zapc_state {
	ZAPC_UP,
	ZAPC_WAIT,
	ZAPC_CONNECTING,
	ZAPC_TLS,
	ZAPC_HELLO,
	ZAPC_DEAD,
};

/* The longest pre-shared key (bytes). */
#define ZAPC_PSK_MAX	64

/* The longest client_secret libzap keeps (zapd issues 16 bytes). */
#define ZAPC_SECRET_MAX	64

struct zapc_slot;
struct ssl_ctx_st;
struct ssl_st;
struct bio_method_st;

struct zap_client {
	int fd;			/* -1 unless CONNECTING, HELLO or UP */
	enum zapc_state state;
	int dead_status;	/* what a DEAD client answers */
	char *name;		/* client_name, said at every HELLO */
	int timeout_ms;		/* blocking calls; -1: none */
	uint32_t max_data;
	uint32_t max_in_flight;

	/* identity: requests that change a drive carry (client_id, seq) */
	bool want_retry;	/* not ZAP_CONNECT_NO_RETRY */
	bool retry;		/* resend after a loss: zapc_ready() */
	int retry_timeout_ms;
	uint64_t client_id;
	uint8_t secret[ZAPC_SECRET_MAX];
	size_t secret_len;
	uint32_t retry_window;
	uint64_t seq;		/* the last one given out */
	uint64_t seq_floor;	/* no pending request has a lower seq */

	/* reconnecting */
	struct sockaddr_storage addr;	/* where the first connection went */
	socklen_t addr_len;
	char addr_name[80];
	int64_t retry_at;	/* WAIT: the next attempt (ms, monotonic) */
	int64_t retry_end;	/* give up then; 0: nothing to retry */
	int backoff_ms;
	int64_t up_since;	/* the last time the client became UP */
	int hello_status;	/* the first HELLO's answer, for zap_connect */
	struct zap_retry_stats stats;

	/* what goes out first on a new connection: its HELLO */
	uint8_t *pre;
	size_t pre_len, pre_off;

	struct zapc_buf {
		uint8_t *data;
		size_t head;	/* first byte not yet parsed */
		size_t tail;	/* end of the bytes received */
		size_t size;
	} in;

	/*
	 * Requests pending (queued, in flight, or waiting to be sent again);
	 * a request's id is gen << 32 | slot index. They are linked in the
	 * order they were submitted, which is the order they are sent in,
	 * also again after a reconnect; admit is the first one that has not
	 * been let out yet (see in_window()). The send queue links those
	 * to write to the socket, first one partly written up to send_off.
	 */
	struct zapc_slot *slots;
	uint32_t nr_slots;
	uint32_t free_slot;	/* head of the free list */
	uint32_t nr_pending;
	uint32_t nr_delayed;	/* waiting to be asked again */
	uint32_t head, tail, admit;
	uint32_t qhead, qtail;
	size_t send_off;
	size_t frames_kept;	/* bytes of the free slots' frame buffers */
	uint64_t last_id;	/* of the request queued last */
	uint64_t completions;	/* requests completed so far */
	uint64_t conn_gen;	/* connections lost so far */

	struct zap_drive *drives;
	size_t nr_drives;

	/* TLS (libzap_tls.c); tls_ctx NULL: plaintext */
	struct ssl_ctx_st *tls_ctx;
	struct ssl_st *ssl;	/* this connection's, from TLS on */
	struct bio_method_st *bio_method;	/* its socket's */
	short tls_want;		/* POLLIN/POLLOUT the handshake waits for */
	char *tls_host;		/* what the server's certificate must name */
	char *psk_identity;	/* NULL: no PSK */
	uint8_t psk[ZAPC_PSK_MAX];
	size_t psk_len;
	/* small frames gathered into one record: stage_off of stage_len
	 * bytes taken by TLS so far */
	uint8_t *stage;
	size_t stage_len, stage_off;

	char error[512];
};

/*
 * TLS (libzap_tls.c). zapc_tls_setup() makes the context at connect time
 * (host: the server's, for its certificate); returns 0 or a status with
 * the error set. zapc_tls_start() begins a handshake on c->fd (-1: out of
 * memory); zapc_tls_handshake() takes a step: 1 done, 0 waiting for
 * c->tls_want, -1 failed with why. recv/send are like recv()/send(): -1
 * with errno EAGAIN (wait), or EPROTO (TLS failed: why says how).
 */
int zapc_tls_setup(zap_client *c, const struct zap_tls_opts *o,
		   const char *host);
int zapc_tls_start(zap_client *c);
int zapc_tls_handshake(zap_client *c, char *why, size_t len);
ssize_t zapc_tls_recv(zap_client *c, void *buf, size_t n, char *why,
		      size_t len);
ssize_t zapc_tls_send(zap_client *c, const void *buf, size_t n, char *why,
		      size_t len);
/* The connection's TLS is gone (the socket is closed). */
void zapc_tls_drop(zap_client *c);
/* Free what zapc_tls_setup() made. */
void zapc_tls_free(zap_client *c);

#endif
