/* SPDX-License-Identifier: MIT */
/*
 * passthru_bench - the local limit for zapd's appends: Zone Append through
 * io_uring NVMe passthrough on /dev/ngXnY, no daemon, no network.
 *
 * Fills zones one after the other with appends of SIZE bytes, QD of them
 * in flight; when every zone is used it drains, resets them all and goes
 * on, until SECONDS have passed. Prints one line: appends/s and MiB/s.
 * A benchmark, not a test.
 *
 * Usage: passthru_bench [-q QD] [-s SIZE] [-t SECONDS] [-f] /dev/ngXnY
 *        -f: FUA on every append (what zapd does in durability "sync"
 *        on a drive with a volatile write cache)
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <libnvme.h>
#include <liburing.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define NVME_RW_FUA	(1u << 30)

struct bench {
	int fd;
	uint32_t nsid;
	uint64_t zone_size, zone_cap;	/* LBAs */
	uint32_t nr_zones;
	uint32_t nlb;			/* LBAs per append */
	uint32_t zone;			/* zone being filled */
	uint64_t zone_used;		/* LBAs issued to it */
	bool fua;
	void *buf;
	uint32_t len;
	struct io_uring ring;
};

static void die(const char *what, int err)
{
	fprintf(stderr, "passthru_bench: %s: %s\n", what, strerror(err));
	exit(1);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void identify(struct bench *b)
{
	struct nvme_zns_id_ns zns;
	struct nvme_id_ns ns;
	struct {
		struct nvme_zone_report hdr;
		struct nvme_zns_desc desc;
	} rep;
	uint8_t fmt;

	if (nvme_get_nsid(b->fd, &b->nsid) ||
	    nvme_identify_ns(b->fd, b->nsid, &ns) ||
	    nvme_zns_identify_ns(b->fd, b->nsid, &zns) ||
	    nvme_zns_report_zones(b->fd, b->nsid, 0, NVME_ZNS_ZRAS_REPORT_ALL,
				  false, true, sizeof(rep), &rep, 0, NULL))
		die("identify", EIO);
	nvme_id_ns_flbas_to_lbaf_inuse(ns.flbas, &fmt);
	b->zone_size = le64toh(zns.lbafe[fmt].zsze);
	b->zone_cap = le64toh(rep.desc.zcap);
	b->nr_zones = (uint32_t)(le64toh(ns.nsze) / b->zone_size);
	b->nlb = b->len >> ns.lbaf[fmt].ds;
}

static void reset_all(struct bench *b)
{
	struct nvme_zns_mgmt_send_args args = {
		.args_size = sizeof(args),
		.fd = b->fd,
		.nsid = b->nsid,
		.zsa = NVME_ZNS_ZSA_RESET,
		.select_all = true,
	};

	if (nvme_zns_mgmt_send(&args))
		die("reset all zones", EIO);
	b->zone = 0;
	b->zone_used = 0;
}

/* Queue one append; false when every zone is used up. */
static bool queue_append(struct bench *b)
{
	struct io_uring_sqe *sqe;
	struct nvme_uring_cmd *cmd;
	uint64_t zslba;

	if (b->zone_used + b->nlb > b->zone_cap) {
		if (b->zone + 1 == b->nr_zones)
			return false;
		b->zone++;
		b->zone_used = 0;
	}
	zslba = b->zone * b->zone_size;
	b->zone_used += b->nlb;
	sqe = io_uring_get_sqe(&b->ring);
	io_uring_prep_rw(IORING_OP_URING_CMD, sqe, b->fd, NULL, 0, 0);
	sqe->cmd_op = NVME_URING_CMD_IO;
	cmd = (struct nvme_uring_cmd *)sqe->cmd;
	memset(cmd, 0, sizeof(*cmd));
	cmd->opcode = nvme_zns_cmd_append;
	cmd->nsid = b->nsid;
	cmd->addr = (uintptr_t)b->buf;
	cmd->data_len = b->len;
	cmd->cdw10 = (uint32_t)zslba;
	cmd->cdw11 = (uint32_t)(zslba >> 32);
	cmd->cdw12 = (b->nlb - 1) | (b->fua ? NVME_RW_FUA : 0);
	return true;
}

int main(int argc, char **argv)
{
	struct io_uring_params p = {
		.flags = IORING_SETUP_SQE128 | IORING_SETUP_CQE32,
	};
	struct bench b = { .len = 4096 };
	unsigned int qd = 32, in_flight = 0;
	double seconds = 5, t0, t;
	uint64_t done = 0;
	int opt, ret;

	while ((opt = getopt(argc, argv, "q:s:t:f")) != -1) {
		switch (opt) {
		case 'q':
			qd = (unsigned int)atoi(optarg);
			break;
		case 's':
			b.len = (uint32_t)atoi(optarg);
			break;
		case 't':
			seconds = atof(optarg);
			break;
		case 'f':
			b.fua = true;
			break;
		default:
			goto usage;
		}
	}
	if (optind != argc - 1 || !qd || !b.len)
		goto usage;
	b.fd = open(argv[optind], O_RDWR);
	if (b.fd < 0)
		die(argv[optind], errno);
	identify(&b);
	if (posix_memalign(&b.buf, 4096, b.len))
		die("buffer", ENOMEM);
	memset(b.buf, 0xa5, b.len);
	ret = io_uring_queue_init_params(qd, &b.ring, &p);
	if (ret < 0)
		die("io_uring", -ret);
	reset_all(&b);

	t0 = now();
	for (t = t0; t - t0 < seconds; t = now()) {
		struct io_uring_cqe *cqe;

		while (in_flight < qd && queue_append(&b))
			in_flight++;
		if (!in_flight) {
			reset_all(&b);
			continue;
		}
		ret = io_uring_submit_and_wait(&b.ring, 1);
		if (ret < 0)
			die("io_uring_submit", -ret);
		while (io_uring_peek_cqe(&b.ring, &cqe) == 0) {
			if (cqe->res)
				die("zone append",
				    cqe->res < 0 ? -cqe->res : EIO);
			io_uring_cqe_seen(&b.ring, cqe);
			in_flight--;
			done++;
		}
	}
	printf("passthru_bench qd=%u size=%u fua=%d appends=%" PRIu64
	       " seconds=%.2f appends_per_s=%.0f mib_per_s=%.1f\n", qd, b.len,
	       b.fua, done, t - t0, done / (t - t0),
	       done * (double)b.len / (t - t0) / (1 << 20));
	io_uring_queue_exit(&b.ring);
	close(b.fd);
	return 0;

usage:
	fprintf(stderr, "usage: %s [-q QD] [-s SIZE] [-t SECONDS] [-f] "
		"/dev/ngXnY\n", argv[0]);
	return 2;
}
