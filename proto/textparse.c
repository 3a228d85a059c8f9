/* SPDX-License-Identifier: MIT */
#include "textparse.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static unsigned size_shift(char unit)
{
	switch (unit) {
	case 'k': case 'K': return 10;
	case 'm': case 'M': return 20;
	case 'g': case 'G': return 30;
	case 't': case 'T': return 40;
	default: return 0;
	}
}

int zap_size_parse(const char *s, uint64_t *out, const char **end)
{
	unsigned long long v;
	unsigned shift;
	char *e;

	/* strtoull() would take blanks, a sign or a hex prefix */
	if (*s < '0' || *s > '9')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &e, 10);
	if (errno)
		return -ERANGE;
	shift = size_shift(*e);
	if (shift)
		e++;
	if (!end && *e)
		return -EINVAL;
	if (v > UINT64_MAX >> shift)
		return -ERANGE;
	*out = (uint64_t)v << shift;
	if (end)
		*end = e;
	return 0;
}

static int parse_port(const char *s, uint16_t *port)
{
	unsigned long n;
	char *end;

	if (*s < '0' || *s > '9')
		return -EINVAL;
	errno = 0;
	n = strtoul(s, &end, 10);
	if (errno || *end || n > 65535)
		return -EINVAL;
	*port = (uint16_t)n;
	return 0;
}

int zap_hostport_split(const char *text, uint16_t default_port, char *host,
		       size_t host_size, uint16_t *port)
{
	const char *h = text, *p = NULL, *colon;
	size_t hlen;

	if (*text == '[') {
		h = text + 1;
		colon = strchr(h, ']');
		if (!colon)
			return -EINVAL;
		hlen = colon - h;
		if (colon[1] == ':')
			p = colon + 2;
		else if (colon[1])
			return -EINVAL;
	} else {
		colon = strchr(text, ':');
		/* a second colon: a bare IPv6 address, without port */
		if (colon && !strchr(colon + 1, ':')) {
			hlen = colon - text;
			p = colon + 1;
		} else {
			hlen = strlen(text);
		}
	}
	if (!hlen || hlen >= host_size)
		return -EINVAL;
	if (p ? parse_port(p, port) : !default_port)
		return -EINVAL;
	if (!p)
		*port = default_port;
	memcpy(host, h, hlen);
	host[hlen] = '\0';
	return 0;
}
