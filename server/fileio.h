/* SPDX-License-Identifier: MIT */
/* fileio - whole reads and writes at an offset, through short transfers
 * and EINTR. */
#ifndef ZAPD_FILEIO_H
#define ZAPD_FILEIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

/* Read or write all of iov (which it consumes) at off: 0 or -errno (-EIO
 * for a read that ends early). */
int file_piov(int fd, bool write, struct iovec *iov, int n, uint64_t off);
int file_pio(int fd, bool write, void *buf, size_t len, uint64_t off);

#endif
