/* SPDX-License-Identifier: MIT */
/*
 * crash_check - the two halves of the crash test of the nvme backend.
 *
 *   crash_check append ADDRESS DRIVE LOG
 *	Zone Appends of 4 KiB, 32 in flight, spread over the zones the
 *	drive may keep open, each acknowledged one logged as "SEQ LBA" in
 *	LOG, until the connection is lost (zapd killed: exit 0) or every
 *	one of those zones is full (exit 3: the kill came too late).
 *
 *   crash_check verify ADDRESS DRIVE LOG /dev/ngXnY
 *	After zapd is started again: zapd's zones are the controller's
 *	(state, capacity, write pointer, as the controller reports them
 *	through libnvme), every logged append lies below its zone's write
 *	pointer and reads back, and a new append lands at the write pointer.
 */
#include <fcntl.h>
#include <inttypes.h>
#include <libnvme.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#define APPEND_SIZE	4096
#define IN_FLIGHT	32

static zap_client *client;
static const char *drive;
static const struct zap_drive *geo;

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "crash_check: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(1);
}

static void fill(uint64_t *w, uint64_t seq)
{
	for (unsigned int i = 0; i < APPEND_SIZE / sizeof(*w); i++)
		w[i] = seq * 0x9e3779b97f4a7c15ull + i;
}

static void connect_to(const char *address)
{
	/* zapd's death is what is tested: no retries to hide it */
	struct zap_connect_opts opts = { .size = sizeof(opts),
					 .flags = ZAP_CONNECT_NO_RETRY };
	int ret = zap_connect(address, &opts, &client);

	if (ret)
		die("connect to %s: %s", address, zap_status_name(ret));
	geo = zap_drive_find(client, drive);
	if (!geo)
		die("no drive %s", drive);
}

/* ---- append ---- */

static FILE *ack_log;
static uint32_t nr_zones;	/* appends go to zones 0 .. nr_zones - 1 */
static uint32_t full_zones;	/* bitmap of those found full */
static uint64_t acked;
static bool lost;

/* arg: the append's sequence number << 8 | its zone. */
static void on_append(zap_client *c, const struct zap_result *res,
		      void *arg)
{
	uint64_t v = (uintptr_t)arg;

	switch (res->status) {
	case ZAP_OK:
		fprintf(ack_log, "%" PRIu64 " %" PRIu64 "\n", v >> 8,
			res->lba);
		acked++;
		break;
	case ZAP_ZONE_FULL:
		full_zones |= 1u << (v & 0xff);
		break;
	case ZAP_CONNECTION_LOST:
		lost = true;
		break;
	default:
		die("append to zone %u: %s (%s)", (unsigned int)(v & 0xff),
		    zap_status_name(res->status), res->detail);
	}
}

static int run_append(const char *log_path)
{
	uint64_t *buf = malloc(APPEND_SIZE);
	uint64_t seq = 0;
	uint32_t zone = 0;

	ack_log = fopen(log_path, "w");
	if (!buf || !ack_log)
		die("cannot write %s", log_path);
	setvbuf(ack_log, NULL, _IOLBF, 0);
	nr_zones = geo->max_open ? geo->max_open : 8;
	if (nr_zones > geo->nr_zones)
		nr_zones = geo->nr_zones;
	if (nr_zones > 32)
		nr_zones = 32;
	while (!lost) {
		while (zap_in_flight(client) < IN_FLIGHT &&
		       full_zones != (uint32_t)((1ull << nr_zones) - 1)) {
			int ret;

			do
				zone = (zone + 1) % nr_zones;
			while (full_zones & 1u << zone);
			fill(buf, seq);
			ret = zap_append_async(client, drive, zone, buf,
					       APPEND_SIZE, on_append,
					       (void *)(uintptr_t)(seq << 8 |
								   zone));
			if (ret)
				die("queue append: %s", zap_status_name(ret));
			seq++;
		}
		if (!zap_in_flight(client))
			break;
		zap_process(client, -1);
	}
	fclose(ack_log);
	free(buf);
	printf("crash_check: %" PRIu64 " appends acknowledged, %s\n", acked,
	       lost ? "connection lost" : "every zone full");
	return lost ? 0 : 3;
}

/* ---- verify ---- */

/* The controller's own zone report, through libnvme. */
static struct nvme_zone_report *controller_zones(const char *dev)
{
	size_t len = sizeof(struct nvme_zone_report) +
		     geo->nr_zones * sizeof(struct nvme_zns_desc);
	struct nvme_zone_report *rep = calloc(1, len);
	int fd = open(dev, O_RDONLY);
	uint32_t nsid;

	if (!rep || fd < 0 || nvme_get_nsid(fd, &nsid) ||
	    nvme_zns_report_zones(fd, nsid, 0, NVME_ZNS_ZRAS_REPORT_ALL, false,
				  true, (uint32_t)len, rep, 0, NULL) ||
	    le64toh(rep->nr_zones) != geo->nr_zones)
		die("zone report of %s failed", dev);
	close(fd);
	return rep;
}

static void compare_zones(const struct zap_zone *zones,
			  const struct nvme_zone_report *rep)
{
	for (uint32_t i = 0; i < geo->nr_zones; i++) {
		const struct nvme_zns_desc *d = &rep->entries[i];
		const struct zap_zone *z = &zones[i];

		/* NVMe leaves the write pointer of a full zone undefined. */
		if (z->start != le64toh(d->zslba) ||
		    z->capacity != le64toh(d->zcap) ||
		    z->state != d->zs >> 4 ||
		    (z->state != ZAP_ZS_FULL && z->wp != le64toh(d->wp)))
			die("zone %u: zapd says %s wp=%" PRIu64 " cap=%" PRIu64
			    ", the controller %s wp=%" PRIu64 " cap=%" PRIu64,
			    i, zap_zone_state_name(z->state), z->wp,
			    z->capacity, zap_zone_state_name(d->zs >> 4),
			    (uint64_t)le64toh(d->wp),
			    (uint64_t)le64toh(d->zcap));
	}
}

static int run_verify(const char *log_path, const char *dev)
{
	struct nvme_zone_report *rep = controller_zones(dev);
	struct zap_zone *zones = NULL;
	uint64_t *want = malloc(APPEND_SIZE), *got = malloc(APPEND_SIZE);
	FILE *f = fopen(log_path, "r");
	uint64_t seq, lba, n = 0, new_lba;
	size_t nr = 0;
	uint32_t zone;
	int ret;

	if (!want || !got || !f)
		die("cannot read %s", log_path);
	ret = zap_report_zones(client, drive, 0, ZAP_ZS_ANY, &zones, &nr);
	if (ret || nr != geo->nr_zones)
		die("report zones: %s", zap_status_name(ret));
	compare_zones(zones, rep);

	while (fscanf(f, "%" SCNu64 " %" SCNu64, &seq, &lba) == 2) {
		const struct zap_zone *z = &zones[lba / geo->zone_size];
		uint64_t end = lba + APPEND_SIZE / geo->lba_size;

		if (z->state != ZAP_ZS_FULL && end > z->wp)
			die("append %" PRIu64 " at lba %" PRIu64 " is above "
			    "the write pointer %" PRIu64, seq, lba, z->wp);
		ret = zap_read(client, drive, lba, got, APPEND_SIZE);
		if (ret)
			die("read lba %" PRIu64 ": %s", lba,
			    zap_status_name(ret));
		fill(want, seq);
		if (memcmp(want, got, APPEND_SIZE))
			die("append %" PRIu64 " at lba %" PRIu64 " reads back "
			    "wrong", seq, lba);
		n++;
	}
	fclose(f);
	if (!n)
		die("no acknowledged append in %s", log_path);

	/* Writing goes on where the controller left off. */
	for (zone = 0; zone < geo->nr_zones; zone++)
		if (zones[zone].state != ZAP_ZS_FULL)
			break;
	if (zone == geo->nr_zones)
		die("every zone is full");
	fill(want, 0);
	ret = zap_append(client, drive, zone, want, APPEND_SIZE, &new_lba);
	if (ret || new_lba != zones[zone].wp)
		die("append to zone %u after restart: %s lba=%" PRIu64
		    " wp=%" PRIu64, zone, zap_status_name(ret), new_lba,
		    zones[zone].wp);
	printf("crash_check: zones match the controller, %" PRIu64
	       " acknowledged appends read back, zone %u appends at its "
	       "write pointer\n", n, zone);
	free(rep);
	free(zones);
	free(want);
	free(got);
	return 0;
}

int main(int argc, char **argv)
{
	int ret;

	if ((argc == 5 && !strcmp(argv[1], "append")) ||
	    (argc == 6 && !strcmp(argv[1], "verify"))) {
		drive = argv[3];
		connect_to(argv[2]);
		ret = argc == 5 ? run_append(argv[4]) :
				  run_verify(argv[4], argv[5]);
		zap_close(client);
		return ret;
	}
	fprintf(stderr, "usage: %s append ADDRESS DRIVE LOG\n"
		"       %s verify ADDRESS DRIVE LOG /dev/ngXnY\n", argv[0],
		argv[0]);
	return 2;
}
