/* SPDX-License-Identifier: MIT */
/*
 * netaddr - zapd's "HOST:PORT" addresses (listen, metrics_listen,
 * nvmf_listen): split by the grammar every binary shares
 * (proto/textparse.h), then resolved here, numerically only: an IPv4
 * host, "[IPv6]", or "localhost"; and formatted back for log lines.
 */
#ifndef ZAPD_NETADDR_H
#define ZAPD_NETADDR_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

/* 0, or -EINVAL if text is not HOST:PORT as above. */
int netaddr_parse(const char *text, struct sockaddr_storage *ss,
		  socklen_t *len);
/* ss as "HOST:PORT" ("[IPv6]:PORT"), as netaddr_parse takes it. */
void netaddr_format(const struct sockaddr_storage *ss, char *buf,
		    size_t size);
/* 127.0.0.0/8, ::1 or ::ffff:127.0.0.0/104. */
bool netaddr_is_loopback(const struct sockaddr_storage *ss);

#endif
