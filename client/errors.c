/* SPDX-License-Identifier: MIT */
/*
 * libzap's error sentences, for zap_last_error(): at the bottom of the
 * library, so that every part records why it failed without calling
 * into another part.
 */
#include <stdarg.h>
#include <stdio.h>

#include "libzap_int.h"

/* Why the last zap_connect() of this thread failed. */
static _Thread_local char connect_error[sizeof(((zap_client *)0)->error)];

int zapc_error(zap_client *c, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->error, sizeof(c->error), fmt, ap);
	va_end(ap);
	return status;
}

int zapc_connect_error(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(connect_error, sizeof(connect_error), fmt, ap);
	va_end(ap);
	return status;
}

const char *zap_last_error(const zap_client *c)
{
	return c ? c->error : connect_error;
}
