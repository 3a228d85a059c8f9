/* SPDX-License-Identifier: MIT */
/*
 * textparse - the grammar of the values every binary (zapd, zap,
 * zap-stress, libzap) takes as text: sizes and HOST:PORT addresses. One
 * parser each, so that "64K" or "[::1]:7420" means the same everywhere;
 * each caller adds its own range checks and error message.
 */
#ifndef ZAP_PROTO_TEXTPARSE_H
#define ZAP_PROTO_TEXTPARSE_H

#include <stddef.h>
#include <stdint.h>

/*
 * A size in bytes: decimal digits, then optionally K, M, G or T (either
 * case; powers of 1024): "4096", "64K", "4M". With end NULL the whole of s
 * must be the size; else parsing stops after it and *end points there
 * (for ranges like "4K-64K"). Returns 0, -EINVAL if s does not start with
 * a size (or has more after it, with end NULL), or -ERANGE if the value
 * does not fit in 64 bits. *out is set only on success.
 */
int zap_size_parse(const char *s, uint64_t *out, const char **end);

/*
 * Split an address into host and port: "HOST:PORT", "[IPV6]:PORT",
 * "[IPV6]", a bare "IPV6" (two colons or more: it has no port then) or
 * "HOST". The brackets are not part of host. Without a port, *port is
 * default_port, and 0 there means a port is required. A port is decimal,
 * 0 to 65535. Returns 0, or -EINVAL if text is malformed or its host does
 * not fit in host_size bytes (with its NUL).
 */
int zap_hostport_split(const char *text, uint16_t default_port, char *host,
		       size_t host_size, uint16_t *port);

#endif
