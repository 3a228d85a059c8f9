/* SPDX-License-Identifier: MIT */
#include "cli_tls.h"

const char cli_tls_help[] =
"      --tls                 speak TLS 1.3 and check the server's certificate\n"
"                            against the system's trust store; any option\n"
"                            below implies --tls\n"
"      --tls-ca FILE         check the server's certificate against the CAs in\n"
"                            FILE (PEM) instead. The certificate must name the\n"
"                            server's host, or its IP address if the address\n"
"                            is numeric\n"
"      --tls-cert FILE       present this client certificate (PEM chain); its\n"
"                            subject CN is the principal zapd knows you as\n"
"      --tls-key FILE        the private key of --tls-cert (PEM); default: in\n"
"                            the --tls-cert file\n"
"      --psk-identity NAME   authenticate with a TLS pre-shared key as the\n"
"                            principal NAME (with --psk-file); no certificate\n"
"                            is needed then\n"
"      --psk-file FILE       the pre-shared key, as hex (16 to 64 bytes, as\n"
"                            made by 'openssl rand -hex 32 > FILE')\n";

bool cli_tls_option(struct cli_tls *t, int opt, const char *arg)
{
	const char **field;

	switch (opt) {
	case CLI_OPT_TLS:
		field = NULL;
		break;
	case CLI_OPT_TLS_CA:
		field = &t->opts.ca_file;
		break;
	case CLI_OPT_TLS_CERT:
		field = &t->opts.cert_file;
		break;
	case CLI_OPT_TLS_KEY:
		field = &t->opts.key_file;
		break;
	case CLI_OPT_PSK_IDENTITY:
		field = &t->opts.psk_identity;
		break;
	case CLI_OPT_PSK_FILE:
		field = &t->opts.psk_file;
		break;
	default:
		return false;
	}
	if (field)
		*field = arg;
	t->on = true;
	t->opts.size = sizeof(t->opts);
	return true;
}

const struct zap_tls_opts *cli_tls_opts(const struct cli_tls *t)
{
	return t->on ? &t->opts : NULL;
}
