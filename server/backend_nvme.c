/* SPDX-License-Identifier: MIT */
/*
 * backend_nvme - a zoned NVMe namespace through its generic char device
 * (/dev/ngXnY) and io_uring passthrough.
 *
 * Identify runs once, synchronously, through libnvme. Everything after
 * that (report zones, zone management, append, write, read, flush) is an
 * IORING_OP_URING_CMD with NVME_URING_CMD_IO on the reactor's ring, which
 * is set up with SQE128 (the NVMe command lives in the SQE) and CQE32 (the
 * 64-bit command result, the LBA a Zone Append landed at, lives in
 * big_cqe[0]).
 *
 * Linux has no Zone Append for raw block devices in user space; the
 * generic char device passes NVMe commands through untouched, which is
 * also why zapd must own the namespace alone: see nvbe_claim().
 */
#include "backend.h"

#include <dirent.h>
#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <libnvme.h>
#include <zap/zap.h>

#include "kv.h"
#include "log.h"
#include "nvme_state.h"
#include "nvme_status.h"
#include "record_store.h"
#include "syncer.h"
#include "util.h"

/*
 * ZASL and MDTS count in units of CAP.MPSMIN, which user space cannot
 * read. It is 4 KiB wherever this runs: 4 KiB is the smallest MPSMIN
 * there is, and Linux refuses controllers whose MPSMIN is larger (its
 * NVME_CTRL_PAGE_SIZE); its own ZNS code counts ZASL in 4 KiB too.
 */
#define NVME_MPSMIN_SIZE	4096u
/* Transfer limit when neither MDTS nor the kernel's queue gives one. */
#define NVME_XFER_DEFAULT	(512u << 10)

#define NVME_RW_FUA		(1u << 30)	/* CDW12 */
#define NVME_ZMS_SELECT_ALL	(1u << 8)	/* CDW13 */
#define NVME_ZMR_PARTIAL	(1u << 16)	/* CDW13 */
#define NVME_ZNS_ZOC_VZCAP	(1u << 0)
#define NVME_ZNS_NO_LIMIT	0xffffffffu	/* MAR, MOR */

struct nvbe_dev {
	int fd;			/* /dev/ngXnY, flock()ed */
	int bdev_fd;		/* /dev/nvmeXnY held with O_EXCL, or -1 */
	uint32_t nsid;
	unsigned int lba_shift;
	uint32_t max_xfer;	/* bytes a read or write may move */
	bool fua;		/* volatile write cache and durable mode */
	char name[64];		/* drive name, for log lines */
	bool durable;
	int error;		/* sticky: the state file failed */
	struct reactor *r;
	struct nvme_state state;	/* reset counts, retry records */
	struct io_queue committing;	/* done on the drive, records not
					 * written yet */
	struct reactor_deferred commit;
	struct syncer syncer;		/* records written, not synced */
};

/* A zone report in chunks of what one command may transfer. */
struct nvbe_report {
	struct reactor_io rio;
	struct backend *be;
	struct backend_io *io;
	uint32_t filled;	/* zones of io->zones filled in so far */
	uint32_t buf_len;
	struct nvme_zone_report *buf;
};

/* ---- owning the namespace ---- */

/* Read a one-line sysfs attribute into buf; 0 or -errno. */
static int sysfs_read(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "re");
	int ret = 0;

	if (!f)
		return -errno;
	if (!fgets(buf, (int)size, f))
		ret = -EIO;
	else
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
	return ret;
}

/* A number from /sys/class/block/<blk>/<attr>; 0 if there is none. */
static uint64_t blk_attr_u64(const char *blk, const char *attr)
{
	char path[128], buf[32];

	snprintf(path, sizeof(path), "/sys/class/block/%s/%s", blk, attr);
	if (sysfs_read(path, buf, sizeof(buf)))
		return 0;
	return strtoull(buf, NULL, 10);
}

/* The first holder (dm, md, ...) of block device blk, or "" if none. */
static void blk_first_holder(const char *blk, char *out, size_t size)
{
	char path[128];
	struct dirent *de;
	DIR *d;

	out[0] = '\0';
	snprintf(path, sizeof(path), "/sys/class/block/%s/holders", blk);
	d = opendir(path);
	if (!d)
		return;
	while ((de = readdir(d))) {
		if (de->d_name[0] != '.') {
			snprintf(out, size, "%s", de->d_name);
			break;
		}
	}
	closedir(d);
}

/* The mount point of block device dev, or "" if it is not mounted. */
static void mount_point_of(dev_t dev, char *out, size_t size)
{
	unsigned int maj, min;
	char *line = NULL;
	size_t cap = 0;
	FILE *f;

	out[0] = '\0';
	f = fopen("/proc/self/mountinfo", "re");
	if (!f)
		return;
	/* "36 35 259:0 / /mnt rw,... - fs source opts" */
	while (getline(&line, &cap, f) > 0) {
		char point[PATH_MAX];

		if (sscanf(line, "%*u %*u %u:%u %*s %4095s", &maj, &min,
			   point) == 3 && makedev(maj, min) == dev) {
			snprintf(out, size, "%s", point);
			break;
		}
	}
	free(line);
	fclose(f);
}

/* What one command may move, as the kernel's queue limits say: bytes. */
static uint32_t blk_max_xfer(const char *blk)
{
	uint64_t kb = blk_attr_u64(blk, "queue/max_hw_sectors_kb");
	uint64_t segs = blk_attr_u64(blk, "queue/max_segments");
	uint64_t max = UINT32_MAX;

	if (kb && kb << 10 < max)
		max = kb << 10;
	/* Buffers are page aligned: one page, one segment at worst. */
	if (segs && segs * 4096 < max)
		max = segs * 4096;
	return (uint32_t)max;
}

/*
 * Take the namespace for this zapd alone.
 *
 * I/O through /dev/ngXnY goes around the block layer: the kernel's view of
 * the namespace (its cached zone write pointers and zone states, the page
 * cache, a file system's allocation) is never told that zones moved. Any
 * concurrent user of the block device /dev/nvmeXnY would see stale write
 * pointers and fail or, worse, overwrite zapd's data after a reset. So:
 *
 *  - a namespace that is mounted, or held by another driver (dm, md:
 *    sysfs holders/), is refused;
 *  - the block device is opened with O_EXCL and kept open, which makes
 *    mount, mkfs, dm and every other exclusive opener fail while zapd runs;
 *  - the char device is flock()ed, which stops a second zapd even where
 *    the kernel created no block device (it hides zoned namespaces it
 *    cannot drive).
 *
 * ngXnY and nvmeXnY are named from the same numbers by the kernel: the
 * controller and namespace head instances, or with native multipath the
 * subsystem and head instances, the head disk then being nvmeXnY and the
 * hidden per-path disks nvmeXcZnY, which user space cannot open.
 */
static int nvbe_claim(struct nvbe_dev *d, const char *path)
{
	char link[64], sys[PATH_MAX], blk[32], bdev[48], who[PATH_MAX];
	unsigned int ctrl, ns, maj, min;
	dev_t dev;
	struct stat st;

	if (flock(d->fd, LOCK_EX | LOCK_NB)) {
		log_error("nvme drive is in use by another zapd drive=%s "
			  "path=%s", d->name, path);
		return -EBUSY;
	}
	if (fstat(d->fd, &st) || !S_ISCHR(st.st_mode)) {
		log_error("nvme drive path is not a char device drive=%s "
			  "path=%s hint=\"give /dev/ngXnY\"", d->name, path);
		return -EINVAL;
	}
	snprintf(link, sizeof(link), "/sys/dev/char/%u:%u",
		 major(st.st_rdev), minor(st.st_rdev));
	if (!realpath(link, sys) ||
	    sscanf(strrchr(sys, '/'), "/ng%un%u", &ctrl, &ns) != 2) {
		log_error("nvme drive path is not an NVMe generic device "
			  "drive=%s path=%s hint=\"give /dev/ngXnY\"", d->name,
			  path);
		return -EINVAL;
	}
	snprintf(blk, sizeof(blk), "nvme%un%u", ctrl, ns);
	snprintf(bdev, sizeof(bdev), "/dev/%s", blk);
	snprintf(link, sizeof(link), "/sys/class/block/%s/dev", blk);
	if (sysfs_read(link, who, sizeof(who)) ||
	    sscanf(who, "%u:%u", &maj, &min) != 2) {
		log_info("nvme drive has no block device drive=%s path=%s "
			 "block=%s", d->name, path, bdev);
		return 0;
	}
	dev = makedev(maj, min);
	d->max_xfer = blk_max_xfer(blk);

	blk_first_holder(blk, who, sizeof(who));
	if (who[0]) {
		log_error("nvme drive is held by another driver drive=%s "
			  "block=%s holder=%s", d->name, bdev, who);
		return -EBUSY;
	}
	mount_point_of(dev, who, sizeof(who));
	if (who[0]) {
		log_error("nvme drive is mounted drive=%s block=%s "
			  "mountpoint=%s", d->name, bdev, who);
		return -EBUSY;
	}
	d->bdev_fd = open(bdev, O_RDONLY | O_EXCL | O_CLOEXEC);
	if (d->bdev_fd < 0) {
		int err = errno;

		log_error("nvme drive block device cannot be held drive=%s "
			  "block=%s err=%s%s", d->name, bdev, strerror(err),
			  err == EBUSY ? " hint=\"another program has it "
			  "open exclusively\"" : "");
		return -err;
	}
	if (fstat(d->bdev_fd, &st) || st.st_rdev != dev) {
		log_error("nvme drive block device node does not match sysfs "
			  "drive=%s block=%s dev=%u:%u", d->name, bdev, maj, min);
		return -ENODEV;
	}
	return 0;
}

/* ---- identify ---- */

static int nvbe_log_status(const struct nvbe_dev *d, const char *what,
			   int ret)
{
	if (ret < 0) {
		ret = -errno;
		log_error("nvme %s failed drive=%s err=%s", what, d->name,
			  strerror(-ret));
		return ret;
	}
	log_error("nvme %s failed drive=%s status=0x%x", what, d->name,
		  ret & NVME_STATUS_MASK);
	return -EIO;
}

static void nvbe_copy_model(char *out, size_t size, const char *mn,
			    size_t len)
{
	while (len && (mn[len - 1] == ' ' || mn[len - 1] == '\0'))
		len--;
	snprintf(out, size, "%.*s", (int)len, mn);
}

/* 2^n memory pages (MDTS, ZASL) in bytes; UINT32_MAX if more. */
static uint32_t mpsmin_units(uint8_t n)
{
	return n < 20 ? NVME_MPSMIN_SIZE << n : UINT32_MAX;
}

/* Fill be->geo from the controller and namespace identify data. */
static int nvbe_identify(struct backend *be, struct nvbe_dev *d,
			 bool durable)
{
	struct backend_geometry *g = &be->geo;
	struct nvme_zns_id_ctrl zctrl;
	struct nvme_zns_id_ns zns;
	struct nvme_id_ctrl ctrl;
	struct nvme_id_ns ns;
	uint8_t report[4096] __attribute__((aligned(8)));
	struct nvme_zone_report *rep = (struct nvme_zone_report *)report;
	uint32_t mor, mar;
	uint64_t zsze;
	uint8_t fmt;
	int ret;

	ret = nvme_identify_ctrl(d->fd, &ctrl);
	if (ret)
		return nvbe_log_status(d, "identify controller", ret);
	ret = nvme_identify_ns(d->fd, d->nsid, &ns);
	if (ret)
		return nvbe_log_status(d, "identify namespace", ret);
	ret = nvme_zns_identify_ctrl(d->fd, &zctrl);
	if (ret)
		return nvbe_log_status(d, "identify ZNS controller", ret);
	ret = nvme_zns_identify_ns(d->fd, d->nsid, &zns);
	if (ret) {
		log_error("nvme namespace is not zoned drive=%s nsid=%u",
			  d->name, d->nsid);
		return -EINVAL;
	}

	nvme_id_ns_flbas_to_lbaf_inuse(ns.flbas, &fmt);
	if (ns.lbaf[fmt].ms) {
		log_error("nvme namespace has metadata per LBA drive=%s "
			  "ms=%u hint=\"format it without metadata\"", d->name,
			  le16toh(ns.lbaf[fmt].ms));
		return -EINVAL;
	}
	zsze = le64toh(zns.lbafe[fmt].zsze);
	if (!zsze) {
		log_error("nvme namespace has no zone size drive=%s", d->name);
		return -EINVAL;
	}
	if (le16toh(zns.zoc) & NVME_ZNS_ZOC_VZCAP) {
		log_error("nvme namespace has variable zone capacity drive=%s "
			  "hint=\"not supported\"", d->name);
		return -EINVAL;
	}
	d->lba_shift = ns.lbaf[fmt].ds;
	g->lba_size = 1u << d->lba_shift;
	g->zone_size = zsze;
	g->nr_zones = (uint32_t)(le64toh(ns.nsze) / zsze);

	/* The capacity of zone 0 is every zone's (ZOC.VZCAP is clear). */
	ret = nvme_zns_report_zones(d->fd, d->nsid, 0, NVME_ZNS_ZRAS_REPORT_ALL,
				    false, true, sizeof(report), report,
				    NVME_DEFAULT_IOCTL_TIMEOUT, NULL);
	if (ret)
		return nvbe_log_status(d, "report zones", ret);
	if (!le64toh(rep->nr_zones)) {
		log_error("nvme zone report is empty drive=%s", d->name);
		return -EIO;
	}
	g->zone_cap = le64toh(rep->entries[0].zcap);

	mor = le32toh(zns.mor);
	mar = le32toh(zns.mar);
	g->max_open = mor == NVME_ZNS_NO_LIMIT ? 0 : mor + 1;
	g->max_active = mar == NVME_ZNS_NO_LIMIT ? 0 : mar + 1;

	if (ctrl.mdts && mpsmin_units(ctrl.mdts) < d->max_xfer)
		d->max_xfer = mpsmin_units(ctrl.mdts);
	if (d->max_xfer == UINT32_MAX)
		d->max_xfer = NVME_XFER_DEFAULT;
	d->max_xfer &= ~(g->lba_size - 1);
	g->max_append = d->max_xfer;
	g->max_transfer = d->max_xfer;
	if (zctrl.zasl && mpsmin_units(zctrl.zasl) < g->max_append)
		g->max_append = mpsmin_units(zctrl.zasl);

	d->fua = durable && (ctrl.vwc & NVME_CTRL_VWC_PRESENT);
	nvbe_copy_model(g->model, sizeof(g->model), ctrl.mn, sizeof(ctrl.mn));
	log_info("nvme drive identified drive=%s nsid=%u model=\"%s\" "
		 "mdts=%u zasl=%u max_xfer=%u volatile_cache=%d fua=%d",
		 d->name, d->nsid, g->model, ctrl.mdts, zctrl.zasl,
		 d->max_xfer, !!(ctrl.vwc & NVME_CTRL_VWC_PRESENT), d->fua);
	return 0;
}

/* Closing the char device also drops its flock(). */
static void nvbe_free(struct nvbe_dev *d)
{
	syncer_destroy(&d->syncer);
	if (d->bdev_fd >= 0)
		close(d->bdev_fd);
	if (d->fd >= 0)
		close(d->fd);
	nvme_state_close(&d->state);
	free(d);
}

static void nvbe_commit(struct reactor_deferred *c);
static void nvbe_sync_failed(struct syncer *s, int err);

static int nvbe_open(struct backend *be, const struct backend_open_args *args)
{
	struct nvbe_dev *d;
	int ret;

	ret = kv_check_all_used(args->options, args->name);
	if (ret)
		return ret;
	d = calloc(1, sizeof(*d));
	if (!d)
		return -ENOMEM;
	d->bdev_fd = -1;
	d->max_xfer = UINT32_MAX;
	snprintf(d->name, sizeof(d->name), "%s", args->name);
	d->fd = open(args->path, O_RDWR | O_CLOEXEC);
	if (d->fd < 0) {
		ret = -errno;
		log_error("nvme drive cannot be opened drive=%s path=%s err=%s",
			  d->name, args->path, strerror(-ret));
		goto err;
	}
	ret = nvbe_claim(d, args->path);
	if (ret)
		goto err;
	if (nvme_get_nsid(d->fd, &d->nsid)) {
		ret = -errno;
		log_error("nvme drive has no namespace id drive=%s path=%s "
			  "err=%s", d->name, args->path, strerror(-ret));
		goto err;
	}
	ret = nvbe_identify(be, d, args->durable);
	if (ret)
		goto err;
	ret = nvme_state_open(&d->state, args->state_dir, d->name, &be->geo);
	if (ret)
		goto err;
	d->durable = args->durable;
	d->r = args->reactor;
	d->commit.fn = nvbe_commit;
	ret = syncer_init(&d->syncer, d->r, d->state.fd, &d->error,
			  nvbe_sync_failed, &be->syncs);
	if (ret)
		goto err;
	be->priv = d;
	return 0;

err:
	nvbe_free(d);
	return ret;
}

static void nvbe_close(struct backend *be)
{
	struct nvbe_dev *d = be->priv;

	/* records in flight complete first: their callbacks need the loop */
	while ((!io_queue_empty(&d->committing) || d->commit.queued ||
		syncer_busy(&d->syncer)) && !reactor_run_once(d->r))
		;
	nvbe_free(d);
	be->priv = NULL;
}

/* ---- passthrough commands ---- */

static int nvbe_status(const struct io_uring_cqe *cqe)
{
	return cqe->res > 0 ? cqe->res & NVME_STATUS_MASK : cqe->res;
}

/* An NVMe I/O command in a fresh SQE whose completion calls rio->done. */
static struct nvme_uring_cmd *nvbe_cmd(struct backend *be,
				       struct reactor_io *rio, uint8_t opcode,
				       uint64_t slba)
{
	struct nvbe_dev *d = be->priv;
	struct io_uring_sqe *sqe = reactor_get_sqe(be->reactor, rio);
	struct nvme_uring_cmd *cmd;

	if (!sqe)
		return NULL;
	io_uring_prep_rw(IORING_OP_URING_CMD, sqe, d->fd, NULL, 0, 0);
	sqe->cmd_op = NVME_URING_CMD_IO;
	cmd = (struct nvme_uring_cmd *)sqe->cmd;
	memset(cmd, 0, sizeof(*cmd));
	cmd->opcode = opcode;
	cmd->nsid = d->nsid;
	cmd->cdw10 = (uint32_t)slba;
	cmd->cdw11 = (uint32_t)(slba >> 32);
	return cmd;
}

/* ---- retry records ---- */

static void nvbe_fail(struct nvbe_dev *d, const char *what, int err)
{
	if (!d->error)
		log_error("nvme state failed drive=%s op=%s err=%s "
			  "reason=\"refusing writes from now on\"", d->name,
			  what, strerror(-err));
	d->error = -EIO;
}

static void nvbe_sync_failed(struct syncer *s, int err)
{
	nvbe_fail(container_of(s, struct nvbe_dev, syncer), "fsync", err);
}

/* Records of the ios the drive completed in this loop turn: written in
 * one go, then (durable) covered by one fsync, before they complete. */
static void nvbe_commit(struct reactor_deferred *c)
{
	struct nvbe_dev *d = container_of(c, struct nvbe_dev, commit);
	struct io_queue q = io_queue_take(&d->committing);
	struct backend_io *io;
	int ret = d->error;

	if (!ret)
		ret = record_store_write(&d->state.records, &q);
	if (ret)
		nvbe_fail(d, "retry record write", ret);
	while ((io = io_queue_pop(&q))) {
		if (d->error)
			io->status = d->error;	/* applied, outcome not kept */
		if (!io->status && d->durable)
			syncer_add(&d->syncer, io);
		else
			io->done(io);
	}
	syncer_start(&d->syncer);
}

static int nvbe_load_records(struct backend *be, backend_record_fn fn,
			     void *arg)
{
	struct nvbe_dev *d = be->priv;

	return d->state.fd < 0 ? 0 :
	       record_store_load(&d->state.records, fn, arg);
}

static int nvbe_zone_mgmt_prepare(struct backend *be, struct backend_io *io)
{
	struct nvbe_dev *d = be->priv;

	if (io->action != ZAP_ZONE_RESET)
		return 0;
	if (d->error)
		return d->error;
	return nvme_state_count_reset(&d->state,
				      io->lba / be->geo.zone_size,
				      io->select_all);
}

static void nvbe_io_done(struct reactor_io *rio,
			 const struct io_uring_cqe *cqe)
{
	struct backend_io *io = container_of(rio, struct backend_io, rio);
	struct backend *be = io->be;
	struct nvbe_dev *d = be->priv;

	io->status = nvbe_status(cqe);
	if (!io->status && io->op == BACKEND_APPEND)
		io->result_lba = cqe->big_cqe[0];
	else if (!io->status && io->op == BACKEND_WRITE)
		io->result_lba = io->lba;
	if (io->status || !io->rec) {
		io->done(io);
		return;
	}
	backend_stamp(io, d->state.gens[io->lba / be->geo.zone_size], 0);
	if (d->state.fd < 0) {
		io->done(io);
		return;
	}
	io_queue_push(&d->committing, io);
	reactor_defer(d->r, &d->commit);
}

/* Append, write or read of io->len bytes at io->lba. */
static int nvbe_rw(struct backend *be, struct backend_io *io, uint8_t opcode,
		   uint32_t max_len, bool fua)
{
	struct nvbe_dev *d = be->priv;
	uint32_t nlb = io->len >> d->lba_shift;
	struct nvme_uring_cmd *cmd;

	if (!nlb || io->len & (be->geo.lba_size - 1) || io->len > max_len)
		return -EINVAL;
	io->rio.done = nvbe_io_done;
	cmd = nvbe_cmd(be, &io->rio, opcode, io->lba);
	if (!cmd)
		return -EBUSY;
	cmd->addr = (uintptr_t)io->buf;
	cmd->data_len = io->len;
	cmd->cdw12 = (nlb - 1) | (fua ? NVME_RW_FUA : 0);
	return 0;
}

static int nvbe_append(struct backend *be, struct backend_io *io)
{
	struct nvbe_dev *d = be->priv;

	return nvbe_rw(be, io, nvme_zns_cmd_append, be->geo.max_append,
		       d->fua);
}

static int nvbe_write(struct backend *be, struct backend_io *io)
{
	struct nvbe_dev *d = be->priv;

	return nvbe_rw(be, io, nvme_cmd_write, d->max_xfer, d->fua);
}

static int nvbe_read(struct backend *be, struct backend_io *io)
{
	struct nvbe_dev *d = be->priv;

	return nvbe_rw(be, io, nvme_cmd_read, d->max_xfer, false);
}

static int nvbe_flush(struct backend *be, struct backend_io *io)
{
	io->rio.done = nvbe_io_done;
	return nvbe_cmd(be, &io->rio, nvme_cmd_flush, 0) ? 0 : -EBUSY;
}

static int nvbe_zone_mgmt(struct backend *be, struct backend_io *io)
{
	struct nvme_uring_cmd *cmd;
	int ret = nvbe_zone_mgmt_prepare(be, io);

	if (ret)
		return ret;
	io->rio.done = nvbe_io_done;
	cmd = nvbe_cmd(be, &io->rio, nvme_zns_cmd_mgmt_send, io->lba);
	if (!cmd)
		return -EBUSY;
	cmd->cdw13 = io->action | (io->select_all ? NVME_ZMS_SELECT_ALL : 0);
	return 0;
}

/* ---- report zones ---- */

static void nvbe_report_done(struct reactor_io *rio,
			     const struct io_uring_cqe *cqe);

/* Ask for the next chunk of zones, as many as the buffer holds. */
static int nvbe_report_next(struct nvbe_report *rep)
{
	struct backend_io *io = rep->io;
	uint64_t left = io->nr_zones - rep->filled;
	uint64_t len = sizeof(*rep->buf) + left * sizeof(rep->buf->entries[0]);
	struct nvme_uring_cmd *cmd;

	if (len > rep->buf_len)
		len = rep->buf_len;
	rep->rio.done = nvbe_report_done;
	cmd = nvbe_cmd(rep->be, &rep->rio, nvme_zns_cmd_mgmt_recv,
		       (io->first_zone + rep->filled) * rep->be->geo.zone_size);
	if (!cmd)
		return -EBUSY;
	cmd->addr = (uintptr_t)rep->buf;
	cmd->data_len = (uint32_t)len;
	cmd->cdw12 = (uint32_t)(len / 4 - 1);
	cmd->cdw13 = NVME_ZNS_ZRA_REPORT_ZONES |
		     NVME_ZNS_ZRAS_REPORT_ALL << 8 | NVME_ZMR_PARTIAL;
	return 0;
}

static void nvbe_report_finish(struct nvbe_report *rep, int status)
{
	struct backend_io *io = rep->io;

	io->status = status;
	free(rep->buf);
	free(rep);
	io->done(io);
}

static void nvbe_report_done(struct reactor_io *rio,
			     const struct io_uring_cqe *cqe)
{
	struct nvbe_report *rep = container_of(rio, struct nvbe_report, rio);
	struct backend_io *io = rep->io;
	const struct nvbe_dev *d = rep->be->priv;
	uint64_t n = le64toh(rep->buf->nr_zones);
	int status = nvbe_status(cqe);

	if (status) {
		nvbe_report_finish(rep, status);
		return;
	}
	if (n > io->nr_zones - rep->filled)
		n = io->nr_zones - rep->filled;
	if (!n) {
		log_error("nvme zone report came back short drive=%s zone=%u",
			  ((struct nvbe_dev *)rep->be->priv)->name,
			  io->first_zone + rep->filled);
		nvbe_report_finish(rep, -EIO);
		return;
	}
	for (uint64_t i = 0; i < n; i++) {
		const struct nvme_zns_desc *src = &rep->buf->entries[i];
		struct backend_zone *z = &io->zones[rep->filled + i];

		z->start = le64toh(src->zslba);
		z->cap = le64toh(src->zcap);
		z->state = src->zs >> 4;
		z->attrs = src->za;
		z->gen = d->state.gens[io->first_zone + rep->filled + i];
		/* a full zone's (undefined) wp: backend_submit() fixes it */
		z->wp = le64toh(src->wp);
	}
	rep->filled += (uint32_t)n;
	if (rep->filled == io->nr_zones) {
		nvbe_report_finish(rep, 0);
		return;
	}
	status = nvbe_report_next(rep);
	if (status)
		nvbe_report_finish(rep, status);
}

static int nvbe_report_zones(struct backend *be, struct backend_io *io)
{
	struct nvbe_dev *d = be->priv;
	struct nvbe_report *rep;
	uint64_t len;
	int ret;

	rep = calloc(1, sizeof(*rep));
	if (!rep)
		return -ENOMEM;
	len = sizeof(*rep->buf) +
	      (uint64_t)io->nr_zones * sizeof(rep->buf->entries[0]);
	rep->buf_len = (uint32_t)(len < d->max_xfer ? len : d->max_xfer);
	if (posix_memalign((void **)&rep->buf, 4096, rep->buf_len)) {
		free(rep);
		return -ENOMEM;
	}
	rep->be = be;
	rep->io = io;
	ret = nvbe_report_next(rep);
	if (ret) {
		free(rep->buf);
		free(rep);
	}
	return ret;
}

const struct backend_ops backend_nvme_ops = {
	.name = "nvme",
	.open = nvbe_open,
	.close = nvbe_close,
	.report_zones = nvbe_report_zones,
	.zone_mgmt = nvbe_zone_mgmt,
	.append = nvbe_append,
	.write = nvbe_write,
	.read = nvbe_read,
	.flush = nvbe_flush,
	.load_records = nvbe_load_records,
};
