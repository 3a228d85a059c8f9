/* SPDX-License-Identifier: MIT */
/*
 * cli_tls - the TLS options that zap and zap-stress share: their table
 * entries, their help, and the struct zap_tls_opts they make.
 */
#ifndef ZAP_CLIENT_CLI_TLS_H
#define ZAP_CLIENT_CLI_TLS_H

#include <getopt.h>
#include <stdbool.h>

#include <zap/zap.h>

enum {
	CLI_OPT_TLS = 0x1000,
	CLI_OPT_TLS_CA,
	CLI_OPT_TLS_CERT,
	CLI_OPT_TLS_KEY,
	CLI_OPT_PSK_IDENTITY,
	CLI_OPT_PSK_FILE,
};

/* For a struct option table. */
#define CLI_TLS_OPTIONS							\
	{ "tls", no_argument, NULL, CLI_OPT_TLS },			\
	{ "tls-ca", required_argument, NULL, CLI_OPT_TLS_CA },		\
	{ "tls-cert", required_argument, NULL, CLI_OPT_TLS_CERT },	\
	{ "tls-key", required_argument, NULL, CLI_OPT_TLS_KEY },	\
	{ "psk-identity", required_argument, NULL, CLI_OPT_PSK_IDENTITY }, \
	{ "psk-file", required_argument, NULL, CLI_OPT_PSK_FILE }

/* The options' help, indented as both tools indent theirs. */
extern const char cli_tls_help[];

struct cli_tls {
	bool on;
	struct zap_tls_opts opts;	/* strings point into argv */
};

/* Take option opt (with arg) if it is one of the above; returns whether
 * it was. */
bool cli_tls_option(struct cli_tls *t, int opt, const char *arg);

/* For zap_connect_opts.tls: NULL (plaintext) unless an option was given. */
const struct zap_tls_opts *cli_tls_opts(const struct cli_tls *t);

#endif
