/* SPDX-License-Identifier: MIT */
#include "nvme_state.h"

#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crc32c.h"
#include "fileio.h"
#include "log.h"

#define STATE_MAGIC	"ZAPDNVS\n"
#define STATE_VERSION	1
#define GENS_OFF	4096

/* On disk, little-endian. */
struct state_header {
	char magic[8];
	uint32_t version;
	uint32_t nr_zones;
	uint64_t zone_size;	/* LBAs */
	uint32_t lba_size;
	uint32_t crc;
};

static uint64_t gens_bytes(uint32_t nr_zones)
{
	return ((uint64_t)nr_zones * 4 + 4095) & ~4095ull;
}

static void pack_header(struct state_header *h,
			const struct backend_geometry *g)
{
	memset(h, 0, sizeof(*h));
	memcpy(h->magic, STATE_MAGIC, sizeof(h->magic));
	h->version = htole32(STATE_VERSION);
	h->nr_zones = htole32(g->nr_zones);
	h->zone_size = htole64(g->zone_size);
	h->lba_size = htole32(g->lba_size);
	h->crc = htole32(crc32c(h, offsetof(struct state_header, crc)));
}

/* A new file: sized, header last, then synced, file and directory. */
static int create(struct nvme_state *st, const struct backend_geometry *g,
		  const char *state_dir)
{
	struct state_header h;
	int ret = 0, dfd;

	pack_header(&h, g);
	if (ftruncate(st->fd, GENS_OFF + gens_bytes(g->nr_zones) +
		      RECORD_STORE_BYTES))
		ret = -errno;
	if (!ret)
		ret = file_pio(st->fd, true, &h, sizeof(h), 0);
	if (!ret && fdatasync(st->fd))
		ret = -errno;
	dfd = open(state_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		(void)fsync(dfd);
		close(dfd);
	}
	return ret;
}

static int load(struct nvme_state *st, const struct backend_geometry *g)
{
	struct state_header h, want;
	int ret;

	pack_header(&want, g);
	ret = file_pio(st->fd, false, &h, sizeof(h), 0);
	if (ret)
		return ret;
	if (memcmp(&h, &want, sizeof(h))) {
		log_error("nvme state belongs to another namespace path=%s "
			  "reason=\"magic, version or geometry differ\" "
			  "hint=\"move it away if the drive was replaced "
			  "(retries of its clients are then forgotten)\"",
			  st->path);
		return -EUCLEAN;
	}
	ret = file_pio(st->fd, false, st->gens, (size_t)g->nr_zones * 4,
		       GENS_OFF);
	for (uint32_t i = 0; !ret && i < g->nr_zones; i++)
		st->gens[i] = le32toh(st->gens[i]);
	return ret;
}

int nvme_state_open(struct nvme_state *st, const char *state_dir,
		    const char *name, const struct backend_geometry *g)
{
	struct stat sb;
	int ret;

	memset(st, 0, sizeof(*st));
	st->fd = -1;
	st->nr_zones = g->nr_zones;
	st->gens = calloc(g->nr_zones, sizeof(*st->gens));
	if (!st->gens)
		return -ENOMEM;
	if (!state_dir)
		return 0;
	snprintf(st->path, sizeof(st->path), "%s/%s.nvme-state", state_dir,
		 name);
	st->fd = open(st->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (st->fd < 0 || fstat(st->fd, &sb)) {
		ret = -errno;
		goto fail;
	}
	ret = sb.st_size ? load(st, g) : create(st, g, state_dir);
	if (ret)
		goto fail;
	st->records = (struct record_store) {
		.fd = st->fd,
		.off = GENS_OFF + gens_bytes(g->nr_zones),
	};
	return 0;
fail:
	log_error("nvme state cannot be used drive=%s path=%s err=%s", name,
		  st->path, strerror(-ret));
	nvme_state_close(st);
	return ret;
}

void nvme_state_close(struct nvme_state *st)
{
	if (st->fd >= 0)
		close(st->fd);
	st->fd = -1;
	free(st->gens);
	st->gens = NULL;
}

int nvme_state_count_reset(struct nvme_state *st, uint32_t zone, bool all)
{
	uint32_t first = all ? 0 : zone, n = all ? st->nr_zones : 1;
	uint32_t *le = malloc((size_t)n * 4);
	int ret = 0;

	if (!le)
		return -ENOMEM;
	for (uint32_t i = 0; i < n; i++)
		le[i] = htole32(st->gens[first + i] + 1);
	if (st->fd >= 0) {
		ret = file_pio(st->fd, true, le, (size_t)n * 4,
			       GENS_OFF + (uint64_t)first * 4);
		if (!ret && fdatasync(st->fd))
			ret = -errno;
	}
	if (ret)
		log_error("nvme state write failed path=%s err=%s", st->path,
			  strerror(-ret));
	else
		for (uint32_t i = 0; i < n; i++)
			st->gens[first + i]++;
	free(le);
	return ret;
}
