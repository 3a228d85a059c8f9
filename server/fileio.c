/* SPDX-License-Identifier: MIT */
#include "fileio.h"

#include <errno.h>
#include <unistd.h>

int file_piov(int fd, bool write, struct iovec *iov, int n, uint64_t off)
{
	while (n) {
		ssize_t done = write ? pwritev(fd, iov, n, off) :
				       preadv(fd, iov, n, off);

		if (done < 0 && errno == EINTR)
			continue;
		if (done <= 0)
			return done < 0 ? -errno : -EIO;
		off += done;
		for (; n && (size_t)done >= iov->iov_len; iov++, n--)
			done -= iov->iov_len;
		if (n) {
			iov->iov_base = (char *)iov->iov_base + done;
			iov->iov_len -= done;
		}
	}
	return 0;
}

int file_pio(int fd, bool write, void *buf, size_t len, uint64_t off)
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };

	return file_piov(fd, write, &iov, 1, off);
}
