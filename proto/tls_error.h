/* SPDX-License-Identifier: MIT */
/*
 * tls_error - OpenSSL's reason for a failure as one short phrase, for
 * zapd's log lines and libzap's messages alike.
 */
#ifndef ZAP_PROTO_TLS_ERROR_H
#define ZAP_PROTO_TLS_ERROR_H

#include <stddef.h>

/* Empty this thread's OpenSSL error queue into why: the reason of its last
 * error ("unknown ca"), or of a failed system call in it ("No such file or
 * directory"), or errno's if the queue was empty. */
void tls_error_string(char *why, size_t len);

#endif
