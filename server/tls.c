/* SPDX-License-Identifier: MIT */
#include "tls.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "auth.h"
#include "log.h"
#include "server.h"
#include "tls_error.h"

/*
 * SHA-256 suites first, chosen by the server: an external PSK is bound
 * to its hash, and a client that prefers AES-256-GCM-SHA384 would
 * otherwise have its PSK ignored. AES-GCM is also what kernels offload.
 */
#define TLS_SUITES	"TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:" \
			"TLS_AES_256_GCM_SHA384"
/* Small replies are gathered up to one full record before encrypting. */
#define TLS_RECORD	16384
#define TLS_READ_BUFFER	(64u << 10)
static const unsigned char psk_suite[2] = { 0x13, 0x01 };

struct tls {
	struct server *srv;
	SSL_CTX *ctx;		/* for new connections */
	bool ktls;		/* tls_ktls: asked for */
	int offload;		/* the last kTLS outcome logged, -1: none */
};

bool tls_configured(const struct tls_config *cfg, bool psk_principals)
{
	return cfg->cert[0] || cfg->key[0] || psk_principals;
}

/*
 * Each reactor builds its own context from the same files (a context's
 * PSK lookup reads its reactor's principals): reactor 0 speaks for all
 * of them, so that a log has one line per event, not one per reactor.
 */
#define tls_log(t, level, ...)						\
	do {								\
		if (!(t)->srv->index)					\
			log_at(level, __VA_ARGS__);			\
	} while (0)

/* The client says a PSK identity: find its key, as a session to resume. */
static int find_psk(SSL *ssl, const unsigned char *identity, size_t len,
		    SSL_SESSION **sess)
{
	struct tls *t = SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl));
	char *principal = SSL_get_app_data(ssl);
	uint8_t key[AUTH_PSK_MAX];
	char name[AUTH_NAME_MAX];
	size_t key_len = 0;
	SSL_SESSION *s = NULL;

	*sess = NULL;
	/* not a name: go on as if no PSK were offered */
	if (!len || len >= sizeof(name) || memchr(identity, 0, len))
		return 1;
	memcpy(name, identity, len);
	name[len] = '\0';
	if (t->srv->auth)
		key_len = auth_psk(t->srv->auth, name, key);
	if (!key_len)
		return 1;
	s = SSL_SESSION_new();
	if (!s || !SSL_SESSION_set1_master_key(s, key, key_len) ||
	    !SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, psk_suite)) ||
	    !SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION)) {
		SSL_SESSION_free(s);
		OPENSSL_cleanse(key, sizeof(key));
		return 0;
	}
	OPENSSL_cleanse(key, sizeof(key));
	strcpy(principal, name);
	*sess = s;
	return 1;
}

/* A context from cfg; NULL with a log line naming the file and why. */
static SSL_CTX *ctx_new(struct tls *t, const struct tls_config *cfg)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
	const char *file = "", *what = "set up";
	char why[160];

	if (!ctx)
		goto err;
	what = "load";
	if (!!cfg->cert[0] != !!cfg->key[0]) {
		tls_log(t, LOG_LVL_ERROR, "tls: tls_cert and tls_key go "
			"together: set both");
		SSL_CTX_free(ctx);
		return NULL;
	}
	SSL_CTX_set_app_data(ctx, t);
	/* OpenSSL wants one to take a PSK while verifying certificates */
	if (!SSL_CTX_set_session_id_context(ctx, (const uint8_t *)"zapd", 4) ||
	    !SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION) ||
	    !SSL_CTX_set_ciphersuites(ctx, TLS_SUITES))
		goto err;
	/* no tickets: a connection authenticates anew every time, so a
	 * principal removed by SIGHUP cannot resume */
	SSL_CTX_set_num_tickets(ctx, 0);
	SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE |
			    SSL_OP_NO_TICKET | SSL_OP_IGNORE_UNEXPECTED_EOF |
			    (cfg->ktls ? SSL_OP_ENABLE_KTLS : 0));
	/* buffers only while a record is in transit: idle connections are
	 * cheap */
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE |
			 SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
			 SSL_MODE_RELEASE_BUFFERS);
	/* read what the socket has, many records a read(), not a record's
	 * header and then its body */
	SSL_CTX_set_read_ahead(ctx, 1);
	SSL_CTX_set_default_read_buffer_len(ctx, TLS_READ_BUFFER);
	SSL_CTX_set_psk_find_session_callback(ctx, find_psk);
	if (cfg->cert[0]) {
		file = cfg->cert;
		if (SSL_CTX_use_certificate_chain_file(ctx, file) != 1)
			goto err;
		file = cfg->key;
		if (SSL_CTX_use_PrivateKey_file(ctx, file,
						SSL_FILETYPE_PEM) != 1)
			goto err;
		what = "match with tls_cert";
		if (SSL_CTX_check_private_key(ctx) != 1)
			goto err;
	}
	if (cfg->ca[0]) {
		STACK_OF(X509_NAME) *names;

		file = cfg->ca;
		what = "load";
		names = SSL_load_client_CA_file(file);
		if (!names ||
		    SSL_CTX_load_verify_locations(ctx, file, NULL) != 1) {
			sk_X509_NAME_pop_free(names, X509_NAME_free);
			goto err;
		}
		SSL_CTX_set_client_CA_list(ctx, names);
		/* ask for a certificate; one that does not verify fails the
		 * handshake, none at all leaves the client unnamed */
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
	}
	return ctx;
err:
	tls_error_string(why, sizeof(why));
	tls_log(t, LOG_LVL_ERROR, "tls: cannot %s %s err=\"%s\"", what,
		*file ? file : "a context", why);
	SSL_CTX_free(ctx);
	return NULL;
}

int tls_open(struct server *srv, const struct tls_config *cfg)
{
	struct tls *t = calloc(1, sizeof(*t));

	if (!t)
		return -ENOMEM;
	t->srv = srv;
	t->ktls = cfg->ktls;
	t->offload = -1;
	t->ctx = ctx_new(t, cfg);
	if (!t->ctx) {
		free(t);
		return -EINVAL;
	}
	srv->tls = t;
	tls_log(t, LOG_LVL_INFO, "tls: on cert=%s client_ca=%s ktls=%s",
		cfg->cert[0] ? cfg->cert : "none",
		cfg->ca[0] ? cfg->ca : "none", cfg->ktls ? "yes" : "no");
	return 0;
}

void tls_close(struct server *srv)
{
	if (!srv->tls)
		return;
	SSL_CTX_free(srv->tls->ctx);
	free(srv->tls);
	srv->tls = NULL;
}

int tls_reload(struct server *srv, const struct tls_config *cfg)
{
	SSL_CTX *ctx;

	if (!srv->tls) {
		if (!srv->index)
			log_warn("tls: not reloaded: zapd started without TLS; "
				 "restart it to turn TLS on");
		return -EINVAL;
	}
	ctx = ctx_new(srv->tls, cfg);
	if (!ctx) {
		tls_log(srv->tls, LOG_LVL_WARN, "tls: reload failed; new "
			"connections keep the old certificate, key and CAs");
		return -EINVAL;
	}
	/* each connection holds a reference to the context it began with */
	SSL_CTX_free(srv->tls->ctx);
	srv->tls->ctx = ctx;
	srv->tls->ktls = cfg->ktls;
	tls_log(srv->tls, LOG_LVL_INFO, "tls: reloaded cert=%s client_ca=%s",
		cfg->cert[0] ? cfg->cert : "none",
		cfg->ca[0] ? cfg->ca : "none");
	return 0;
}

SSL *tls_new(struct server *srv, int fd, char principal[AUTH_NAME_MAX])
{
	SSL *ssl = SSL_new(srv->tls->ctx);

	if (!ssl)
		return NULL;
	if (!SSL_set_fd(ssl, fd)) {
		SSL_free(ssl);
		return NULL;
	}
	SSL_set_accept_state(ssl);
	SSL_set_app_data(ssl, principal);
	return ssl;
}

/* What to do after an OpenSSL call returned ret. */
static enum tls_result result(SSL *ssl, int ret, char *why, size_t why_len)
{
	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
		return TLS_WANT_READ;
	case SSL_ERROR_WANT_WRITE:
		return TLS_WANT_WRITE;
	case SSL_ERROR_ZERO_RETURN:
		ERR_clear_error();
		return TLS_EOF;
	case SSL_ERROR_SYSCALL:
		if (!ERR_peek_last_error() && !errno)
			return TLS_EOF;
		/* fall through */
	default:
		tls_error_string(why, why_len);
		return TLS_FAILED;
	}
}

enum tls_result tls_handshake(SSL *ssl, char *why, size_t why_len)
{
	int ret;

	ERR_clear_error();
	errno = 0;
	ret = SSL_do_handshake(ssl);
	if (ret == 1)
		return TLS_DONE;
	ret = result(ssl, ret, why, why_len);
	if (ret == TLS_EOF) {
		snprintf(why, why_len, "peer closed during the handshake");
		ret = TLS_FAILED;
	}
	return ret;
}

/* The subject CN of a verified certificate, if it can be a name. */
static int cert_name(X509 *cert, char name[AUTH_NAME_MAX], char *why,
		     size_t why_len)
{
	X509_NAME *subject = X509_get_subject_name(cert);
	int i = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
	const ASN1_STRING *cn;
	int len;

	if (i < 0) {
		snprintf(why, why_len, "client certificate has no subject CN");
		return -EINVAL;
	}
	cn = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i));
	len = ASN1_STRING_length(cn);
	if (len <= 0 || len >= AUTH_NAME_MAX ||
	    memchr(ASN1_STRING_get0_data(cn), 0, len)) {
		snprintf(why, why_len, "client certificate CN is empty, "
			 "longer than %d bytes or has a NUL",
			 AUTH_NAME_MAX - 1);
		return -EINVAL;
	}
	memcpy(name, ASN1_STRING_get0_data(cn), len);
	name[len] = '\0';
	return 0;
}

/* Whether the kernel has its TLS module (the "tls" TCP ULP) loaded. */
static bool kernel_has_tls(void)
{
	char ulps[256] = "";
	FILE *f = fopen("/proc/sys/net/ipv4/tcp_available_ulp", "re");

	if (f) {
		if (!fgets(ulps, sizeof(ulps), f))
			ulps[0] = '\0';
		fclose(f);
	}
	for (char *w = strtok(ulps, " \n"); w; w = strtok(NULL, " \n"))
		if (!strcmp(w, "tls"))
			return true;
	return false;
}

/* Say what the kernel took over, at the first connection and whenever it
 * changes (not for every connection). */
static void note_offload(struct tls *t, bool tx, bool rx)
{
	int offload = tx | rx << 1;

	if (offload == t->offload)
		return;
	t->offload = offload;
	if (tx || rx)
		log_info("tls: kTLS on: the kernel %s; OpenSSL 3.0 offloads "
			 "TLS 1.3 sending only", rx ? "encrypts and decrypts "
			 "records" : "encrypts sent records, received ones "
			 "are decrypted in user space");
	else
		log_info("tls: kTLS off, records are encrypted in user space: "
			 "%s", !t->ktls ? "tls_ktls = no" : kernel_has_tls() ?
			 "the kernel refused it for this connection" :
			 "the kernel has no tls module loaded (modprobe tls)");
}

int tls_peer(SSL *ssl, char principal[AUTH_NAME_MAX], bool *ktls_tx,
	     bool *ktls_rx, char *why, size_t why_len)
{
	X509 *cert = SSL_get0_peer_certificate(ssl);

	*ktls_tx = BIO_get_ktls_send(SSL_get_wbio(ssl));
	*ktls_rx = BIO_get_ktls_recv(SSL_get_rbio(ssl));
	note_offload(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)), *ktls_tx,
		     *ktls_rx);
	if (SSL_session_reused(ssl))
		return 0;	/* the PSK identity, set by find_psk() */
	principal[0] = '\0';
	if (cert && SSL_get_verify_result(ssl) == X509_V_OK)
		return cert_name(cert, principal, why, why_len);
	return 0;
}

enum tls_result tls_read(SSL *ssl, struct evbuffer *in, size_t max,
			 size_t *got, char *why, size_t why_len)
{
	enum tls_result r = TLS_MORE;
	struct evbuffer_iovec v;
	size_t n;

	*got = 0;
	if (evbuffer_reserve_space(in, max, &v, 1) < 1) {
		snprintf(why, why_len, "out of memory");
		return TLS_FAILED;
	}
	ERR_clear_error();
	while (*got < v.iov_len) {
		int ret;

		errno = 0;
		ret = SSL_read_ex(ssl, (char *)v.iov_base + *got,
				  v.iov_len - *got, &n);
		if (ret <= 0) {
			r = result(ssl, ret, why, why_len);
			break;
		}
		*got += n;
	}
	v.iov_len = *got;
	evbuffer_commit_space(in, &v, 1);
	return r;
}

enum tls_result tls_write(SSL *ssl, struct evbuffer *out, char *why,
			  size_t why_len)
{
	size_t left, len, n;
	struct evbuffer_iovec v;

	ERR_clear_error();
	while ((left = evbuffer_get_length(out))) {
		evbuffer_peek(out, -1, NULL, &v, 1);
		len = v.iov_len;
		/* one record for many small replies, not one each */
		if (len < TLS_RECORD && left > len) {
			len = left < TLS_RECORD ? left : TLS_RECORD;
			v.iov_base = evbuffer_pullup(out, len);
			if (!v.iov_base) {
				snprintf(why, why_len, "out of memory");
				return TLS_FAILED;
			}
		}
		errno = 0;
		n = 0;
		if (SSL_write_ex(ssl, v.iov_base, len, &n) <= 0) {
			enum tls_result r = result(ssl, 0, why, why_len);

			if (r == TLS_EOF)
				snprintf(why, why_len, "peer closed");
			return r == TLS_EOF ? TLS_FAILED : r;
		}
		evbuffer_drain(out, n);
	}
	return TLS_DONE;
}

void tls_free(SSL *ssl, bool notify)
{
	if (notify) {
		ERR_clear_error();
		SSL_shutdown(ssl);
		ERR_clear_error();
	}
	SSL_free(ssl);
}
