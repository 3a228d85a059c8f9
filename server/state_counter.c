/* SPDX-License-Identifier: MIT */
#include "state_counter.h"

#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "crc32c.h"
#include "fileio.h"
#include "log.h"

#define COUNTER_MAGIC	"ZAPDCNT\n"

/* On disk, little-endian. */
struct counter {
	char magic[8];
	uint8_t owner[STATE_OWNER_LEN];
	uint64_t val;
	uint32_t pad;
	uint32_t crc;
};

int state_counter_load(const char *dir, const char *file,
		       const uint8_t owner[STATE_OWNER_LEN], uint64_t *val)
{
	char path[512];
	struct counter c;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	*val = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT)
		return 0;
	if (fd < 0) {
		log_error("state file unreadable path=%s err=%s", path,
			  strerror(errno));
		return -errno;
	}
	n = pread(fd, &c, sizeof(c), 0);
	close(fd);
	if (n != sizeof(c) || memcmp(c.magic, COUNTER_MAGIC, 8) ||
	    le32toh(c.crc) != crc32c(&c, offsetof(struct counter, crc))) {
		log_error("state file damaged path=%s hint=\"restore it, or "
			  "remove it to trust what it vouched for\"", path);
		return -EUCLEAN;
	}
	if (memcmp(c.owner, owner, STATE_OWNER_LEN))
		log_info("state file of another owner path=%s (replaced)",
			 path);
	else
		*val = le64toh(c.val);
	return 0;
}

int state_counter_store(const char *dir, const char *file,
			const uint8_t owner[STATE_OWNER_LEN], uint64_t val)
{
	struct counter c = { .val = htole64(val) };
	char path[512], tmp[520];
	int fd, dfd, ret = 0;

	memcpy(c.magic, COUNTER_MAGIC, 8);
	memcpy(c.owner, owner, STATE_OWNER_LEN);
	c.crc = htole32(crc32c(&c, offsetof(struct counter, crc)));
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	snprintf(tmp, sizeof(tmp), "%s.new", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		ret = -errno;
	if (!ret)
		ret = file_pio(fd, true, &c, sizeof(c), 0);
	if (!ret && fdatasync(fd))
		ret = -errno;
	if (fd >= 0)
		close(fd);
	if (!ret && rename(tmp, path))
		ret = -errno;
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (!ret && (dfd < 0 || fsync(dfd)))
		ret = -errno;
	if (dfd >= 0)
		close(dfd);
	if (ret)
		log_error("state file cannot be written path=%s err=%s", path,
			  strerror(-ret));
	return ret;
}
