/* SPDX-License-Identifier: MIT */
/*
 * backend_mem - a zoned drive in memory, as nbdkit's memory plugin or
 * null_blk's zoned mode: zns.c's model, and the data in an anonymous
 * mapping whose pages the kernel gives on first touch. Nothing survives
 * the process, so it serves durability=none only. It exists to measure
 * zapd's own protocol and arbitration apart from any storage, and it takes
 * the emu drive's geometry keys.
 *
 * Like emu, a reset keeps the zone's memory (reads at or above the wp are
 * zeros by the model) and a finish zeroes what it puts below the wp.
 */
#include "backend.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "log.h"
#include "util.h"
#include "zns.h"
#include "zns_geometry.h"

struct mem {
	struct zns zns;
	struct reactor *r;
	char name[64];
	unsigned lba_shift;
	uint8_t *data;
	size_t bytes;
	uint32_t *gen;		/* per zone: resets */
	uint64_t *ver;		/* per zone: changes of state or wp */
	struct io_queue queued;
	struct reactor_deferred complete;
};

/* What the machine can give without swapping: MemAvailable. */
static uint64_t mem_available(void)
{
	FILE *f = fopen("/proc/meminfo", "re");
	unsigned long long kib = 0;
	char line[128];

	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "MemAvailable: %llu kB", &kib) == 1)
			break;
	if (f)
		fclose(f);
	if (!kib)	/* no /proc: the free pages */
		return (uint64_t)sysconf(_SC_AVPHYS_PAGES) *
		       (uint64_t)sysconf(_SC_PAGESIZE);
	return kib << 10;
}

static void mem_zone_changed(struct zns *d, uint32_t zone, uint8_t from,
			     uint64_t from_wp)
{
	struct mem *m = container_of(d, struct mem, zns);
	const struct zns_zone *z = &d->zones[zone];

	m->ver[zone]++;
	if (z->state == ZAP_ZS_EMPTY && from != ZAP_ZS_EMPTY)
		m->gen[zone]++;
	/* a finish: what it puts below the wp must read as zeros */
	if (from_wp < z->wp && z->state == ZAP_ZS_FULL)
		memset(m->data + (from_wp << m->lba_shift), 0,
		       (z->wp - from_wp) << m->lba_shift);
}

static void mem_complete(struct reactor_deferred *d)
{
	struct mem *m = container_of(d, struct mem, complete);

	io_queue_complete(io_queue_take(&m->queued), 0);
}

/* Every io completes from the loop, never inside its submit call. */
static int mem_queue(struct mem *m, struct backend_io *io, int status)
{
	io->status = status;
	io_queue_push(&m->queued, io);
	reactor_defer(m->r, &m->complete);
	return 0;
}

static int mem_nlb(const struct mem *m, uint32_t len, uint32_t *nlb)
{
	if (!len || len & ((1u << m->lba_shift) - 1))
		return NVME_SC_INVALID_FIELD;
	*nlb = len >> m->lba_shift;
	return 0;
}

static int mem_do_write(struct backend *be, struct backend_io *io,
			bool append)
{
	struct mem *m = be->priv;
	uint32_t nlb, zone;
	uint64_t lba;
	int status = mem_nlb(m, io->len, &nlb);

	if (!status)
		status = zns_write(&m->zns, io->lba, nlb, append, &lba);
	if (!status) {
		zone = zns_zone_index(&m->zns, lba);
		memcpy(m->data + (lba << m->lba_shift), io->buf, io->len);
		io->result_lba = lba;
		backend_stamp(io, m->gen[zone], m->ver[zone]);
	}
	return mem_queue(m, io, status);
}

static int mem_append(struct backend *be, struct backend_io *io)
{
	return mem_do_write(be, io, true);
}

static int mem_write(struct backend *be, struct backend_io *io)
{
	return mem_do_write(be, io, false);
}

static int mem_read(struct backend *be, struct backend_io *io)
{
	struct mem *m = be->priv;
	uint32_t nlb;
	int status = mem_nlb(m, io->len, &nlb);

	if (!status)
		status = zns_read(&m->zns, io->lba, nlb);
	if (!status) {
		size_t bytes = zns_written(&m->zns, io->lba, nlb)
			       << m->lba_shift;

		memcpy(io->buf, m->data + (io->lba << m->lba_shift), bytes);
		/* blocks at or above the wp read as zeros, as in QEMU */
		memset((char *)io->buf + bytes, 0, io->len - bytes);
	}
	return mem_queue(m, io, status);
}

static int mem_report_zones(struct backend *be, struct backend_io *io)
{
	struct mem *m = be->priv;

	zns_report(&m->zns, io->first_zone, io->nr_zones, m->gen, m->ver,
		   io->zones);
	return mem_queue(m, io, 0);
}

static int mem_zone_mgmt(struct backend *be, struct backend_io *io)
{
	struct mem *m = be->priv;
	int status = zns_mgmt(&m->zns, io->lba, io->action, io->select_all);

	if (!status) {
		uint32_t zone = zns_zone_index(&m->zns, io->lba);

		backend_stamp(io, m->gen[zone], m->ver[zone]);
	}
	return mem_queue(m, io, status);
}

static int mem_flush(struct backend *be, struct backend_io *io)
{
	return mem_queue(be->priv, io, 0);
}

static void mem_free(struct mem *m)
{
	zns_destroy(&m->zns);
	if (m->data)
		munmap(m->data, m->bytes);
	free(m->gen);
	free(m->ver);
	free(m);
}

/* The drive's size against what the machine has, before any of it is
 * mapped: the mapping is lazy, so an oversized drive would fail later,
 * at a page fault under load, instead of at start-up. */
static int mem_check_size(const char *name, uint64_t bytes)
{
	uint64_t avail = mem_available();

	if (bytes > SIZE_MAX || bytes > avail) {
		log_error("drive too large for memory name=%s backend=mem "
			  "bytes=%" PRIu64 " available=%" PRIu64
			  " hint=\"fewer or smaller zones (zones, zone_size)\"",
			  name, bytes, avail);
		return -ENOMEM;
	}
	return 0;
}

static int mem_open(struct backend *be, const struct backend_open_args *a)
{
	uint64_t v[GEO_NR];
	bool given[GEO_NR];
	struct backend_geometry *g = &be->geo;
	struct zns_config c;
	const char *why;
	struct mem *m;
	int ret;

	ret = zns_geometry_parse(a->options, a->name, v, given);
	if (ret)
		return ret;
	why = zns_geometry_error(v);
	if (why) {
		log_error("drive options unusable name=%s reason=\"%s\"",
			  a->name, why);
		return -EINVAL;
	}
	if (a->durable) {
		log_error("drive cannot be durable name=%s backend=mem "
			  "reason=\"its data lives in zapd's memory\" "
			  "hint=\"give durability=none\"", a->name);
		return -EINVAL;
	}
	ret = mem_check_size(a->name, v[GEO_ZONES] * v[GEO_ZONE_SIZE]);
	if (ret)
		return ret;
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	snprintf(m->name, sizeof(m->name), "%s", a->name);
	m->r = a->reactor;
	m->complete.fn = mem_complete;
	m->lba_shift = __builtin_ctzll(v[GEO_LBA_SIZE]);
	m->bytes = v[GEO_ZONES] * v[GEO_ZONE_SIZE];
	zns_geometry_config(v, &c);
	m->gen = calloc(c.nr_zones, sizeof(*m->gen));
	m->ver = calloc(c.nr_zones, sizeof(*m->ver));
	m->data = mmap(NULL, m->bytes, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m->data == MAP_FAILED)
		m->data = NULL;
	ret = m->gen && m->ver && m->data ? zns_init(&m->zns, &c) : -ENOMEM;
	if (ret) {
		log_error("drive cannot be made name=%s backend=mem err=%s",
			  a->name, strerror(-ret));
		mem_free(m);
		return ret;
	}
	m->zns.changed = mem_zone_changed;
	g->lba_size = v[GEO_LBA_SIZE];
	g->zone_size = m->zns.zone_size;
	g->zone_cap = m->zns.zones[0].cap;
	g->nr_zones = m->zns.nr_zones;
	g->max_open = m->zns.max_open;
	g->max_active = m->zns.max_active;
	g->max_append = v[GEO_MAX_APPEND];
	snprintf(g->model, sizeof(g->model), "zapd mem");
	be->priv = m;
	log_info("drive open name=%s backend=mem zones=%u zone_size=%" PRIu64
		 " zone_cap=%" PRIu64 " lba_size=%u bytes=%zu", m->name,
		 g->nr_zones, g->zone_size, g->zone_cap, g->lba_size,
		 m->bytes);
	return 0;
}

static void mem_close(struct backend *be)
{
	struct mem *m = be->priv;

	/* what is queued completes first: its callbacks need the loop */
	while (m->complete.queued && !reactor_run_once(m->r))
		;
	log_info("drive closed name=%s", m->name);
	mem_free(m);
	be->priv = NULL;
}

const struct backend_ops backend_mem_ops = {
	.name = "mem",
	.open = mem_open,
	.close = mem_close,
	.report_zones = mem_report_zones,
	.zone_mgmt = mem_zone_mgmt,
	.append = mem_append,
	.write = mem_write,
	.read = mem_read,
	.flush = mem_flush,
};
