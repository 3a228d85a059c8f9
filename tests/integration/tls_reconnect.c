/* SPDX-License-Identifier: MIT */
/*
 * tls_reconnect - a TLS failure on a reconnect is final, at once: libzap
 * does not retry it for retry_timeout, and says TLS_FAILED, not a lost
 * connection.
 *
 *   tls_reconnect ADDRESS PSK_IDENTITY PSK_FILE
 *
 * Connects with the PSK, reads a block of drive "t", then prints "up" and
 * waits for a line on standard input: meanwhile the test restarts zapd on
 * the same address with another key for the identity. Then it reads again:
 * libzap reconnects, the handshake fails, and the read must complete with
 * ZAP_TLS_FAILED within 5 s (retry_timeout is 30 s), zap_process() must
 * answer ZAP_TLS_FAILED too, and the error must name the TLS handshake.
 * Exit 0 when all holds.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <zap/zap.h>

#define FINAL_MS	5000

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
	struct zap_tls_opts tls = { .size = sizeof(tls) };
	struct zap_connect_opts opts = { .size = sizeof(opts),
					 .client_name = "tls_reconnect",
					 .tls = &tls };
	static char buf[4096];
	char line[16];
	zap_client *c;
	long long t0;
	int rc;

	if (argc != 4) {
		fprintf(stderr, "usage: tls_reconnect ADDRESS PSK_IDENTITY "
			"PSK_FILE\n");
		return 2;
	}
	tls.psk_identity = argv[2];
	tls.psk_file = argv[3];
	rc = zap_connect(argv[1], &opts, &c);
	if (rc) {
		fprintf(stderr, "connect: %s: %s\n", zap_status_name(rc),
			zap_last_error(NULL));
		return 1;
	}
	rc = zap_read(c, "t", 0, buf, sizeof(buf));
	if (rc) {
		fprintf(stderr, "read: %s: %s\n", zap_status_name(rc),
			zap_last_error(c));
		return 1;
	}
	printf("up\n");
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		return 1;
	t0 = now_ms();
	rc = zap_read(c, "t", 0, buf, sizeof(buf));
	printf("read after the restart: %s in %lld ms: %s\n",
	       zap_status_name(rc), now_ms() - t0, zap_last_error(c));
	if (rc != ZAP_TLS_FAILED || now_ms() - t0 > FINAL_MS ||
	    !strstr(zap_last_error(c), "TLS handshake") ||
	    zap_process(c, 0) != ZAP_TLS_FAILED) {
		fprintf(stderr, "FAIL: want TLS_FAILED within %d ms, final\n",
			FINAL_MS);
		zap_close(c);
		return 1;
	}
	zap_close(c);
	return 0;
}
