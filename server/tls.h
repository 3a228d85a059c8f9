/* SPDX-License-Identifier: MIT */
/*
 * tls - TLS 1.3 on the client port, with OpenSSL: the server's context
 * (certificate, client CAs, pre-shared keys), reloaded on SIGHUP, and the
 * calls a session makes on its connection. It sits below the session
 * layer: a TLS session moves its bytes through tls_read()/tls_write()
 * instead of readv()/evbuffer_write(); frames above are the same.
 *
 * Pre-shared keys are external TLS 1.3 PSKs (RFC 8446 4.2.11, as NVMe/TCP
 * uses them): the PSK identity is the principal's name, its key comes
 * from the auth layer, the cipher suite is TLS_AES_128_GCM_SHA256.
 *
 * Kernel TLS: with tls_ktls on, OpenSSL hands the record layer to the
 * kernel after the handshake where the kernel offers it (the "tls" TCP
 * ULP); OpenSSL 3.0 does so for the transmit direction of TLS 1.3 only,
 * receiving stays in user space.
 */
#ifndef ZAPD_TLS_H
#define ZAPD_TLS_H

#include <stdbool.h>
#include <stddef.h>
#include <openssl/ssl.h>

#include "auth.h"

struct evbuffer;
struct server;

struct tls_config {
	char cert[256];		/* PEM chain, leaf first; "" none */
	char key[256];		/* its private key, PEM */
	char ca[256];		/* CAs of client certificates; "" none */
	bool ktls;		/* let the kernel do the record layer */
};

/* Does the configuration ask for TLS: a certificate and key, or any
 * principal with a pre-shared key? */
bool tls_configured(const struct tls_config *cfg, bool psk_principals);

/* Make srv->tls from cfg. Returns 0 or -errno, with a log line saying
 * which file and why. */
int tls_open(struct server *srv, const struct tls_config *cfg);
void tls_close(struct server *srv);

/*
 * SIGHUP: read the certificate, key and CAs again into a new context for
 * new connections; open ones keep the context they started with. On an
 * error the old context stays, and the log says why. Returns 0 or -errno.
 */
int tls_reload(struct server *srv, const struct tls_config *cfg);

/* A new connection's TLS, server side, on socket fd; its PSK identity,
 * once found, is written to principal. NULL if out of memory. */
SSL *tls_new(struct server *srv, int fd, char principal[AUTH_NAME_MAX]);

enum tls_result {
	TLS_DONE,		/* handshake complete; out written whole */
	TLS_MORE,		/* read: the buffer filled, there may be more */
	TLS_WANT_READ,		/* wait until the socket is readable */
	TLS_WANT_WRITE,		/* wait until the socket is writable */
	TLS_EOF,		/* the peer closed */
	TLS_FAILED,		/* why says why */
};

/* One step of the server handshake. */
enum tls_result tls_handshake(SSL *ssl, char *why, size_t why_len);

/*
 * After the handshake: the client's name (its PSK identity, else the
 * subject CN of its verified certificate, else "") into principal, and
 * whether the kernel took over each direction. Returns 0, or -EINVAL if
 * the certificate's CN cannot be a name (why says so).
 */
int tls_peer(SSL *ssl, char principal[AUTH_NAME_MAX], bool *ktls_tx,
	     bool *ktls_rx, char *why, size_t why_len);

/* Read up to max bytes of plaintext into in; *got says how many. */
enum tls_result tls_read(SSL *ssl, struct evbuffer *in, size_t max,
			 size_t *got, char *why, size_t why_len);

/* Write out as much of out as the socket takes (TLS_DONE: all of it). */
enum tls_result tls_write(SSL *ssl, struct evbuffer *out, char *why,
			  size_t why_len);

/* Close the TLS layer: close_notify if it can go out now, then free. */
void tls_free(SSL *ssl, bool notify);

#endif
