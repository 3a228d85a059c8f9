/* SPDX-License-Identifier: MIT */
#include "tls_error.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>

void tls_error_string(char *why, size_t len)
{
	unsigned long e, last = 0, sys = 0;
	const char *r;

	/* the last error is the most specific, unless a system call failed
	 * (a missing file): that one says more than "system lib" */
	while ((e = ERR_get_error())) {
		last = e;
		if (ERR_SYSTEM_ERROR(e))
			sys = e;
	}
	r = last ? ERR_reason_error_string(last) : NULL;
	if (sys)
		snprintf(why, len, "%s", strerror(ERR_GET_REASON(sys)));
	else if (r)
		snprintf(why, len, "%s", r);
	else if (last)
		ERR_error_string_n(last, why, len);
	else
		snprintf(why, len, "%s", errno ? strerror(errno) :
			 "connection closed");
}
