/* SPDX-License-Identifier: MIT */
/*
 * libzap's TLS 1.3 (OpenSSL): the context made once at zap_connect() from
 * struct zap_tls_opts (so no option is read again on a reconnect), and the
 * per-connection calls the connection engine (connection.c) makes: a
 * non-blocking handshake, then reads and writes in place of recv() and
 * sendmsg().
 */
#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "libzap_int.h"
#include "tls_error.h"

/* The same order as zapd: SHA-256 first, which an external PSK needs. */
#define TLS_SUITES	"TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:" \
			"TLS_AES_256_GCM_SHA384"
#define PSK_FILE_MAX	4096	/* hex of a 64-byte key, and room for space */
#define TLS_READ_BUFFER	(64u << 10)
static const unsigned char psk_suite[2] = { 0x13, 0x01 };

static int hex_digit(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	ch |= 0x20;
	return ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
}

/* The key in a PSK file: hex digits, whitespace allowed, 16..64 bytes. */
static int read_psk(zap_client *c, const char *file)
{
	char text[PSK_FILE_MAX + 1];
	FILE *f = fopen(file, "re");
	size_t n, digits = 0;
	int hi = -1;

	if (!f)
		return zapc_error(c, ZAP_INVALID_ARGUMENT,
				  "PSK file %s: %s", file, strerror(errno));
	n = fread(text, 1, sizeof(text), f);
	fclose(f);
	if (n > PSK_FILE_MAX)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "PSK file %s: "
				  "longer than %d bytes", file, PSK_FILE_MAX);
	for (size_t i = 0; i < n; i++) {
		int v = hex_digit((unsigned char)text[i]);

		if (strchr(" \t\r\n", text[i]))
			continue;
		if (v < 0 || digits / 2 >= ZAPC_PSK_MAX)
			return zapc_error(c, ZAP_INVALID_ARGUMENT, "PSK file "
					  "%s: %s at byte %zu; want 32 to 128 "
					  "hex digits (openssl rand -hex 32)",
					  file, v < 0 ? "not a hex digit" :
					  "key longer than 64 bytes", i);
		if (hi < 0) {
			hi = v;
		} else {
			c->psk[digits / 2] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
		digits++;
	}
	if (hi >= 0 || digits < 32)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "PSK file %s: %s; "
				  "want 32 to 128 hex digits (openssl rand "
				  "-hex 32)", file, hi >= 0 ?
				  "odd number of hex digits" :
				  "key shorter than 16 bytes");
	c->psk_len = digits / 2;
	return 0;
}

/* OpenSSL asks for the external PSK to offer, as a session to resume. */
static int use_psk(SSL *ssl, const EVP_MD *md, const unsigned char **id,
		   size_t *id_len, SSL_SESSION **sess)
{
	zap_client *c = SSL_get_app_data(ssl);
	SSL_SESSION *s;

	*sess = NULL;
	/* after a HelloRetryRequest for another hash: offer none */
	if (md && EVP_MD_get_type(md) != NID_sha256)
		return 1;
	s = SSL_SESSION_new();
	if (!s || !SSL_SESSION_set1_master_key(s, c->psk, c->psk_len) ||
	    !SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, psk_suite)) ||
	    !SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION)) {
		SSL_SESSION_free(s);
		return 0;
	}
	*id = (const unsigned char *)c->psk_identity;
	*id_len = strlen(c->psk_identity);
	*sess = s;
	return 1;
}

/* Load what the options name; ZAP_INVALID_ARGUMENT naming the file. */
static int ctx_load(zap_client *c, SSL_CTX *ctx, const struct zap_tls_opts *o)
{
	const char *file = "";
	char why[160];

	if (o->ca_file) {
		file = o->ca_file;
		if (SSL_CTX_load_verify_locations(ctx, file, NULL) != 1)
			goto err;
	} else if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
		file = "the system's CA paths";
		goto err;
	}
	if (o->cert_file) {
		file = o->cert_file;
		if (SSL_CTX_use_certificate_chain_file(ctx, file) != 1)
			goto err;
		file = o->key_file ? o->key_file : o->cert_file;
		if (SSL_CTX_use_PrivateKey_file(ctx, file,
						SSL_FILETYPE_PEM) != 1 ||
		    SSL_CTX_check_private_key(ctx) != 1)
			goto err;
	}
	return 0;
err:
	tls_error_string(why, sizeof(why));
	return zapc_error(c, ZAP_INVALID_ARGUMENT, "TLS: cannot load %s: %s",
			  file, why);
}

/* OpenSSL's socket BIO writes with write(): a peer that closed would
 * raise SIGPIPE in the application. This one says MSG_NOSIGNAL. */
static int write_nosignal(BIO *b, const char *buf, int len)
{
	int n = send(BIO_get_fd(b, NULL), buf, len, MSG_NOSIGNAL);

	BIO_clear_retry_flags(b);
	if (n <= 0 && BIO_sock_should_retry(n))
		BIO_set_retry_write(b);
	return n;
}

/* The socket BIO, but for writing. */
static BIO_METHOD *socket_method(void)
{
	const BIO_METHOD *sock = BIO_s_socket();
	BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOCKET, "libzap socket");

	if (m && (!BIO_meth_set_write(m, write_nosignal) ||
		  !BIO_meth_set_read(m, BIO_meth_get_read(sock)) ||
		  !BIO_meth_set_puts(m, BIO_meth_get_puts(sock)) ||
		  !BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(sock)) ||
		  !BIO_meth_set_create(m, BIO_meth_get_create(sock)) ||
		  !BIO_meth_set_destroy(m, BIO_meth_get_destroy(sock)))) {
		BIO_meth_free(m);
		return NULL;
	}
	return m;
}

/* Check the options and make the context; host is the server's. */
int zapc_tls_setup(zap_client *c, const struct zap_tls_opts *o,
		   const char *host)
{
	/* only what this version knows of a (perhaps newer) caller's struct */
	struct zap_tls_opts opts = { 0 };
	bool psk_only;
	SSL_CTX *ctx;
	int rc;

	/* the first version's fields, all of them */
	if (o->size < offsetof(struct zap_tls_opts, server_name) +
		      sizeof(o->server_name) || o->size > 4096)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "zap_tls_opts.size "
				  "is %zu: set it to sizeof(struct "
				  "zap_tls_opts)", o->size);
	memcpy(&opts, o, o->size < sizeof(opts) ? o->size : sizeof(opts));
	if (!!opts.psk_identity != !!opts.psk_file)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "TLS: a PSK needs "
				  "both an identity and a key file");
	if (opts.key_file && !opts.cert_file)
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "TLS: a key file "
				  "needs its certificate file");
	if (opts.psk_identity && (!*opts.psk_identity ||
				  strlen(opts.psk_identity) >= 64))
		return zapc_error(c, ZAP_INVALID_ARGUMENT, "TLS: the PSK "
				  "identity must be 1 to 63 bytes");
	if (opts.psk_file && (rc = read_psk(c, opts.psk_file)))
		return rc;
	c->psk_identity = opts.psk_identity ? strdup(opts.psk_identity) :
			  NULL;
	c->tls_host = strdup(opts.server_name ? opts.server_name : host);
	ctx = SSL_CTX_new(TLS_client_method());
	c->bio_method = socket_method();
	if (!c->tls_host || (opts.psk_identity && !c->psk_identity) || !ctx ||
	    !c->bio_method ||
	    !SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION) ||
	    !SSL_CTX_set_ciphersuites(ctx, TLS_SUITES)) {
		SSL_CTX_free(ctx);
		return zapc_error(c, ZAP_OUT_OF_MEMORY, "TLS: out of memory");
	}
	c->tls_ctx = ctx;
	SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF |
			    SSL_OP_NO_TICKET);
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE |
			 SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	/* many records a read(), not a record's header and then its body */
	SSL_CTX_set_read_ahead(ctx, 1);
	SSL_CTX_set_default_read_buffer_len(ctx, TLS_READ_BUFFER);
	/* a PSK alone authenticates both sides: no certificate is involved */
	psk_only = opts.psk_identity && !opts.ca_file && !opts.cert_file;
	SSL_CTX_set_verify(ctx, psk_only ? SSL_VERIFY_NONE : SSL_VERIFY_PEER,
			   NULL);
	return psk_only ? 0 : ctx_load(c, ctx, &opts);
}

/* Check the server's certificate against the host: a name or an IP. */
static int set_host(SSL *ssl, const char *host)
{
	unsigned char ip[16];

	if (inet_pton(AF_INET, host, ip) == 1 ||
	    inet_pton(AF_INET6, host, ip) == 1)
		return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host);
	return SSL_set_tlsext_host_name(ssl, host) && SSL_set1_host(ssl, host);
}

int zapc_tls_start(zap_client *c)
{
	SSL *ssl = SSL_new(c->tls_ctx);
	BIO *bio = BIO_new(c->bio_method);

	if (!ssl || !bio || !set_host(ssl, c->tls_host)) {
		BIO_free(bio);
		SSL_free(ssl);
		return -1;
	}
	BIO_set_fd(bio, c->fd, BIO_NOCLOSE);
	SSL_set_bio(ssl, bio, bio);
	SSL_set_app_data(ssl, c);
	if (c->psk_identity)
		SSL_set_psk_use_session_callback(ssl, use_psk);
	SSL_set_connect_state(ssl);
	c->ssl = ssl;
	c->tls_want = POLLOUT;
	return 0;
}

/* Why the handshake failed, with what OpenSSL knows. */
static void handshake_why(zap_client *c, char *why, size_t len)
{
	long verify = SSL_get_verify_result(c->ssl);
	unsigned long e = ERR_peek_last_error();
	size_t n;

	tls_error_string(why, len);
	n = strlen(why);
	if (verify != X509_V_OK)
		snprintf(why + n, len - n, " (%s)",
			 X509_verify_cert_error_string(verify));
	else if (ERR_GET_REASON(e) == SSL_R_WRONG_VERSION_NUMBER)
		snprintf(why + n, len - n, " (does the server speak TLS?)");
	else if (c->psk_identity)
		snprintf(why + n, len - n, " (does zapd know PSK identity "
			 "\"%s\", with this key?)", c->psk_identity);
}

int zapc_tls_handshake(zap_client *c, char *why, size_t len)
{
	int ret;

	ERR_clear_error();
	errno = 0;
	ret = SSL_do_handshake(c->ssl);
	if (ret == 1) {
		c->tls_want = 0;
		if (c->psk_identity && !SSL_session_reused(c->ssl)) {
			snprintf(why, len, "the server did not take PSK "
				 "identity \"%s\"", c->psk_identity);
			return -1;
		}
		return 1;
	}
	switch (SSL_get_error(c->ssl, ret)) {
	case SSL_ERROR_WANT_READ:
		c->tls_want = POLLIN;
		return 0;
	case SSL_ERROR_WANT_WRITE:
		c->tls_want = POLLOUT;
		return 0;
	default:
		handshake_why(c, why, len);
		return -1;
	}
}

/* After an SSL_read/SSL_write that returned ret: -1 with errno EAGAIN,
 * 0 at the end of the stream, or -1 with EPROTO and why. */
static ssize_t io_result(zap_client *c, int ret, char *why, size_t len)
{
	switch (SSL_get_error(c->ssl, ret)) {
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		errno = EAGAIN;
		return -1;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_SYSCALL:
		if (!ERR_peek_last_error() && !errno)
			return 0;
		/* fall through */
	default:
		tls_error_string(why, len);
		errno = EPROTO;
		return -1;
	}
}

ssize_t zapc_tls_recv(zap_client *c, void *buf, size_t n, char *why,
		      size_t len)
{
	size_t got;
	int ret;

	ERR_clear_error();
	errno = 0;
	ret = SSL_read_ex(c->ssl, buf, n, &got);
	return ret > 0 ? (ssize_t)got : io_result(c, ret, why, len);
}

ssize_t zapc_tls_send(zap_client *c, const void *buf, size_t n, char *why,
		      size_t len)
{
	char scrap[64];
	size_t sent;
	int ret;

	ERR_clear_error();
	errno = 0;
	*why = '\0';
	ret = SSL_write_ex(c->ssl, buf, n, &sent);
	if (ret > 0)
		return (ssize_t)sent;
	if (io_result(c, ret, why, len) < 0 && errno == EAGAIN)
		return -1;
	/* a server that refused the handshake said why before it closed
	 * (an alert), perhaps before we wrote: read it */
	ERR_clear_error();
	if (SSL_read_ex(c->ssl, scrap, sizeof(scrap), &sent) <= 0 &&
	    SSL_get_error(c->ssl, 0) == SSL_ERROR_SSL)
		tls_error_string(why, len);
	else if (!*why)
		snprintf(why, len, "the server closed the connection");
	errno = EPROTO;
	return -1;
}

void zapc_tls_drop(zap_client *c)
{
	SSL_free(c->ssl);
	c->ssl = NULL;
	c->stage_len = c->stage_off = 0;
}

void zapc_tls_free(zap_client *c)
{
	SSL_CTX_free(c->tls_ctx);
	BIO_meth_free(c->bio_method);
	free(c->tls_host);
	free(c->psk_identity);
	free(c->stage);
	OPENSSL_cleanse(c->psk, sizeof(c->psk));
}
