/* SPDX-License-Identifier: MIT */
#include "epoch_store.h"

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

/* On disk, little-endian; all zeros (never written) is epoch 0. */
struct epoch_entry {
	uint64_t epoch;
	uint32_t zone;
	uint32_t crc;
};

static uint32_t entry_crc(const struct epoch_entry *e)
{
	return crc32c(e, offsetof(struct epoch_entry, crc));
}

int epoch_store_open(struct epoch_store *es, const char *state_dir,
		     const char *drive, uint32_t nr_zones, uint64_t *epochs)
{
	struct epoch_entry e;
	int ret = 0;

	es->nr_zones = nr_zones;
	snprintf(es->path, sizeof(es->path), "%s/%s.epochs", state_dir, drive);
	es->fd = open(es->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (es->fd < 0)
		ret = -errno;
	for (uint32_t i = 0; !ret && i < nr_zones; i++) {
		ssize_t n = pread(es->fd, &e, sizeof(e), (off_t)i * sizeof(e));

		epochs[i] = 0;
		if (n == 0)
			break;		/* past the end: never fenced */
		if (n != sizeof(e)) {
			ret = n < 0 ? -errno : -EIO;
		} else if (e.epoch || e.zone || e.crc) {
			if (le32toh(e.crc) != entry_crc(&e) ||
			    le32toh(e.zone) != i) {
				log_error("zone epochs damaged path=%s zone=%u "
					  "hint=\"restore the file; zapd does "
					  "not guess epochs\"", es->path, i);
				ret = -EUCLEAN;
			}
			epochs[i] = le64toh(e.epoch);
		}
	}
	if (ret) {
		log_error("zone epochs unreadable path=%s err=%s", es->path,
			  strerror(-ret));
		epoch_store_close(es);
	}
	return ret;
}

void epoch_store_close(struct epoch_store *es)
{
	if (es->fd >= 0)
		close(es->fd);
	es->fd = -1;
}

int epoch_store_set(struct epoch_store *es, uint32_t zone, uint64_t epoch)
{
	struct epoch_entry e = {
		.epoch = htole64(epoch),
		.zone = htole32(zone),
	};
	int ret;

	e.crc = htole32(entry_crc(&e));
	ret = file_pio(es->fd, true, &e, sizeof(e),
		       (uint64_t)zone * sizeof(e));
	if (!ret && fdatasync(es->fd))
		ret = -errno;
	if (ret)
		log_error("zone epoch write failed path=%s zone=%u err=%s",
			  es->path, zone, strerror(-ret));
	return ret;
}
