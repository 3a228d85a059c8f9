/* SPDX-License-Identifier: MIT */
/*
 * powercut - the client halves of the power-cut test (powercut.sh).
 *
 *   powercut load ADDRESS DRIVE LOG SEED [SECONDS [RATE]]
 *	Zone Appends of self-identifying records (1 to 4 blocks, sizes and
 *	zones from SEED), DEPTH in flight, to the first WIDTH zones of DRIVE
 *	that are not full (one that has no room for an append is finished
 *	and replaced by the next). Every acknowledged append is reported as
 *	it arrives: after each zap_process() round, the acknowledgements it
 *	delivered are appended to LOG with one write(2), as lines "A SEQ LBA
 *	BLOCKS", and every 100 ms or so a line "T MS", the milliseconds
 *	since the load began. LOG is meant to live outside the machine that
 *	may lose power (a 9p share of the QEMU host): what reached it was
 *	acknowledged. Runs until the machine dies; if the load ends by
 *	itself (SECONDS passed, default 300, every zone full, an error), a
 *	last line "E REASON" says so, because a cut that comes after that is
 *	not a cut under load. RATE (default 0: as fast as it goes) limits
 *	the appends sent per second.
 *
 *   powercut verify ADDRESS DRIVE LOG...
 *	Read back every acknowledged record of each LOG (complete lines
 *	only: the last one may have been cut short) at the LBA its reply
 *	named, and check its header (magic, seed, sequence number, length,
 *	CRC-32C) and its whole content. Prints one line per LOG:
 *	"verify LOG: acked N intact N lost N (zeros N, unreadable N,
 *	other N, corrupt N)", and if some were lost, how long before the
 *	last acknowledgement (about the cut) the oldest lost one came. Exit
 *	status 0 if every record is intact, 1 if any is not, 2 on a usage
 *	or connection error.
 *
 * A record is lba-size blocks; its first 64 bytes are struct rec_hdr, the
 * rest a function of (seed, seq, offset), so a block read back names the
 * record it belongs to. zeros: the blocks read back as zeros (never
 * written, or lost). other: a header of another record or garbage there.
 * corrupt: the right header, wrong content or checksum (torn).
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <zap/zap.h>

#define DEPTH		32
#define WIDTH		4
#define MAX_BLOCKS	4
#define MAGIC		"ZAPCUT01"

struct rec_hdr {
	char magic[8];
	uint64_t seed;
	uint64_t seq;
	uint32_t blocks;
	uint32_t lba_size;
	uint32_t crc;		/* CRC-32C of the record, this field 0 */
	uint8_t pad[28];
};
_Static_assert(sizeof(struct rec_hdr) == 64, "header size");

static zap_client *client;
static const char *drive;
static const struct zap_drive *geo;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "powercut: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(2);
}

static uint32_t crc32c(uint32_t crc, const void *buf, size_t len)
{
	static uint32_t table[256];
	const uint8_t *p = buf;

	if (!table[1])
		for (uint32_t i = 0; i < 256; i++) {
			uint32_t c = i;

			for (int k = 0; k < 8; k++)
				c = c & 1 ? c >> 1 ^ 0x82f63b78 : c >> 1;
			table[i] = c;
		}
	crc = ~crc;
	while (len--)
		crc = table[(crc ^ *p++) & 0xff] ^ crc >> 8;
	return ~crc;
}

static uint64_t mix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ull;
	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

/* Record SEQ of run SEED, BLOCKS blocks long, into buf. */
static void make_record(void *buf, uint64_t seed, uint64_t seq,
			uint32_t blocks)
{
	size_t len = (size_t)blocks * geo->lba_size;
	uint64_t *w = buf, base = mix(seed) ^ mix(seq << 3 | 1);
	struct rec_hdr *h = buf;

	for (size_t i = 0; i < len / 8; i++)
		w[i] = mix(base + i);
	memset(h, 0, sizeof(*h));
	memcpy(h->magic, MAGIC, 8);
	h->seed = seed;
	h->seq = seq;
	h->blocks = blocks;
	h->lba_size = geo->lba_size;
	h->crc = crc32c(0, buf, len);
}

static void connect_to(const char *address)
{
	struct zap_connect_opts opts = {
		.size = sizeof(opts),
		.client_name = "powercut",
		.flags = ZAP_CONNECT_NO_RETRY,
	};
	int ret = zap_connect(address, &opts, &client);

	if (ret)
		die("connect to %s: %s (%s)", address, zap_status_name(ret),
		    zap_last_error(NULL));
	geo = zap_drive_find(client, drive);
	if (!geo)
		die("zapd at %s has no drive %s", address, drive);
}

/* ---- load ---- */

static struct {
	int fd;
	uint64_t seed, rng, seq;
	char *acks;		/* lines not yet written to the log */
	size_t len, cap;
	uint32_t zones[WIDTH];	/* where appends go */
	uint32_t next_zone;	/* the next candidate to replace a full one */
	bool *full_at_start;	/* per zone */
	uint32_t finish[64];	/* zones left behind, to finish */
	unsigned nr_finish;
	bool stop;
	const char *why;
	uint64_t acked, full;
} ld;

struct req {
	uint64_t seq;
	uint32_t blocks;
	unsigned slot;		/* index in ld.zones */
	uint32_t zone;
};

static uint64_t rnd(void)
{
	return mix(ld.rng++);
}

static void log_write(const char *s, size_t len)
{
	while (len) {
		ssize_t n = write(ld.fd, s, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			die("write to the acknowledgement log: %s",
			    strerror(errno));
		s += n;
		len -= (size_t)n;
	}
}

/* Room for one more line. */
static void log_room(void)
{
	if (ld.cap - ld.len < 80) {
		ld.cap = ld.cap ? ld.cap * 2 : 65536;
		ld.acks = realloc(ld.acks, ld.cap);
		if (!ld.acks)
			die("out of memory");
	}
}

static void ack_line(uint64_t seq, uint64_t lba, uint32_t blocks)
{
	log_room();
	ld.len += (size_t)snprintf(ld.acks + ld.len, ld.cap - ld.len,
				   "A %" PRIu64 " %" PRIu64 " %u\n", seq, lba,
				   blocks);
}

/* The next zone, after every one used so far, that was not full when the
 * load started (only the load writes to the drive). */
static bool take_zone(unsigned slot)
{
	while (ld.next_zone < geo->nr_zones) {
		uint32_t i = ld.next_zone++;

		if (!ld.full_at_start[i]) {
			ld.zones[slot] = i;
			return true;
		}
	}
	return false;
}

static void on_append(zap_client *c, const struct zap_result *res, void *arg)
{
	struct req *r = arg;

	(void)c;
	switch (res->status) {
	case ZAP_OK:
		ack_line(r->seq, res->lba, r->blocks);
		ld.acked++;
		break;
	case ZAP_ZONE_FULL:
	case ZAP_ZONE_BOUNDARY_ERROR:
		ld.full++;
		/* The first failure in that slot moves it on, and the zone
		 * left behind is finished: one with a few blocks left would
		 * stay active, and the drive allows only so many. */
		if (ld.zones[r->slot] == r->zone) {
			if (ld.nr_finish < 64)
				ld.finish[ld.nr_finish++] = r->zone;
			if (!take_zone(r->slot)) {
				ld.stop = true;
				ld.why = "every zone full";
			}
		}
		break;
	case ZAP_CONNECTION_LOST:
	case ZAP_CANCELED:
		ld.stop = true;
		ld.why = "connection lost";
		break;
	default:
		fprintf(stderr, "powercut: append seq %" PRIu64 " to zone %u: "
			"%s (%s)\n", r->seq, r->zone,
			zap_status_name(res->status), res->detail);
		ld.stop = true;
		ld.why = "append failed";
	}
	free(r);
}

static void on_finish(zap_client *c, const struct zap_result *res, void *arg)
{
	(void)c;
	if (res->status != ZAP_OK && res->status != ZAP_CONNECTION_LOST &&
	    res->status != ZAP_CANCELED) {
		fprintf(stderr, "powercut: finish zone %u: %s (%s)\n",
			(unsigned)(uintptr_t)arg, zap_status_name(res->status),
			res->detail);
		ld.stop = true;
		ld.why = "finish failed";
	}
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int run_load(const char *log, uint64_t seed, double seconds,
		    double rate)
{
	void *buf = aligned_alloc(4096, (size_t)MAX_BLOCKS * geo->lba_size);
	double start = now_s(), end = start + seconds, last_t = 0;
	struct zap_zone *zones = NULL;
	size_t nr = 0;
	char line[160];

	ld.fd = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC,
		     0644);
	if (ld.fd < 0 || !buf)
		die("cannot write %s: %s", log, strerror(errno));
	ld.seed = seed;
	ld.rng = mix(seed ^ 0x706f776572637574ull);
	ld.full_at_start = calloc(geo->nr_zones, sizeof(bool));
	if (!ld.full_at_start ||
	    zap_report_zones(client, drive, 0, ZAP_ZS_ANY, &zones, &nr) ||
	    nr != geo->nr_zones)
		die("cannot report the zones of %s", drive);
	for (size_t i = 0; i < nr; i++)
		ld.full_at_start[i] = zones[i].state == ZAP_ZS_FULL;
	free(zones);
	for (unsigned s = 0; s < WIDTH; s++)
		if (!take_zone(s))
			die("drive %s has fewer than %d zones with room", drive,
			    WIDTH);
	snprintf(line, sizeof(line), "S seed=%" PRIu64 " drive=%s lba_size=%u"
		 " zones=%u..\n", seed, drive, geo->lba_size, ld.zones[0]);
	log_write(line, strlen(line));
	for (;;) {
		int wait_ms = 200;

		for (; ld.nr_finish; ld.nr_finish--) {
			uint32_t z = ld.finish[ld.nr_finish - 1];

			if (zap_zone_mgmt_async(client, drive, z,
						ZAP_ZONE_FINISH, 0,
						on_finish,
						(void *)(uintptr_t)z))
				die("queue finish of zone %u", z);
		}
		while (!ld.stop && zap_in_flight(client) < DEPTH) {
			struct req *r = malloc(sizeof(*r));
			int ret;

			if (!r)
				die("out of memory");
			if (rate > 0 && ld.seq >= rate * (now_s() - start)) {
				free(r);
				wait_ms = 1 + (int)(1000 / rate);
				break;
			}
			r->seq = ld.seq++;
			r->blocks = 1 + (uint32_t)(rnd() % MAX_BLOCKS);
			r->slot = (unsigned)(rnd() % WIDTH);
			r->zone = ld.zones[r->slot];
			make_record(buf, seed, r->seq, r->blocks);
			ret = zap_append_async(client, drive, r->zone, buf,
					       (size_t)r->blocks *
					       geo->lba_size, on_append, r);
			if (ret)
				die("queue append: %s", zap_status_name(ret));
		}
		if (!zap_in_flight(client) && (ld.stop || rate <= 0))
			break;
		if (zap_in_flight(client))
			zap_process(client, wait_ms < 200 ? wait_ms : 200);
		else
			usleep((useconds_t)(wait_ms < 200 ? wait_ms : 200) * 1000);
		if (now_s() - start >= last_t + 0.1) {
			last_t = now_s() - start;
			log_room();
			ld.len += (size_t)snprintf(ld.acks + ld.len,
						   ld.cap - ld.len, "T %.0f\n",
						   last_t * 1000);
		}
		if (ld.len) {
			log_write(ld.acks, ld.len);
			ld.len = 0;
		}
		if (!ld.stop && now_s() > end) {
			ld.stop = true;
			ld.why = "time is up";
		}
	}
	snprintf(line, sizeof(line), "E %s\n", ld.why);
	log_write(line, strlen(line));
	close(ld.fd);
	printf("powercut: load ended by itself (%s): sent %" PRIu64
	       ", acknowledged %" PRIu64 "\n", ld.why, ld.seq, ld.acked);
	free(buf);
	return 3;
}

/* ---- verify ---- */

enum { INTACT, ZEROS, UNREADABLE, OTHER, CORRUPT, NR_OUTCOMES };
static const char *const outcome_name[] = {
	"intact", "zeros", "unreadable", "other", "corrupt",
};

struct check {
	uint64_t seed, seq, lba;
	uint64_t ms;		/* the last T line before its acknowledgement */
	uint32_t blocks;
	void *buf;
	struct check *next_free;
};

static struct {
	uint64_t seed;
	uint64_t n[NR_OUTCOMES];
	unsigned shown;
	const char *log;
	struct check *free;
	void *want;
	uint64_t oldest_lost_ms;	/* T of the oldest lost record */
} vf;

static bool all_zero(const void *buf, size_t len)
{
	const uint8_t *p = buf;

	for (size_t i = 0; i < len; i++)
		if (p[i])
			return false;
	return true;
}

static void on_read(zap_client *c, const struct zap_result *res, void *arg)
{
	struct check *k = arg;
	size_t len = (size_t)k->blocks * geo->lba_size;
	const struct rec_hdr *h = k->buf;
	int o;

	(void)c;
	if (res->status != ZAP_OK) {
		o = UNREADABLE;
	} else if (all_zero(k->buf, len)) {
		o = ZEROS;
	} else if (memcmp(h->magic, MAGIC, 8) || h->seed != k->seed ||
		   h->seq != k->seq || h->blocks != k->blocks) {
		o = OTHER;
	} else {
		make_record(vf.want, k->seed, k->seq, k->blocks);
		o = memcmp(vf.want, k->buf, len) ? CORRUPT : INTACT;
	}
	vf.n[o]++;
	if (o != INTACT && k->ms < vf.oldest_lost_ms)
		vf.oldest_lost_ms = k->ms;
	if (o != INTACT && vf.shown++ < 5)
		printf("powercut: %s: record %" PRIu64 " (%u blocks) at lba %"
		       PRIu64 ": %s%s%s\n", vf.log, k->seq, k->blocks, k->lba,
		       outcome_name[o], o == UNREADABLE ? " " : "",
		       o == UNREADABLE ? zap_status_name(res->status) : "");
	k->next_free = vf.free;
	vf.free = k;
}

static int verify_log(const char *log)
{
	FILE *f = fopen(log, "r");
	char line[256];
	uint64_t acked = 0, lost, ms = 0;
	bool have_seed = false;

	if (!f)
		die("cannot read %s: %s", log, strerror(errno));
	memset(vf.n, 0, sizeof(vf.n));
	vf.shown = 0;
	vf.log = log;
	vf.oldest_lost_ms = UINT64_MAX;
	while (fgets(line, sizeof(line), f)) {
		struct check *k;
		uint64_t seq, lba;
		unsigned blocks;
		int ret;

		if (!strchr(line, '\n'))
			break;	/* cut short: the machine died writing it */
		if (sscanf(line, "S seed=%" SCNu64, &vf.seed) == 1) {
			have_seed = true;
			continue;
		}
		if (sscanf(line, "T %" SCNu64, &ms) == 1 || line[0] == 'E')
			continue;
		if (sscanf(line, "A %" SCNu64 " %" SCNu64 " %u", &seq, &lba,
			   &blocks) != 3 || !have_seed || !blocks ||
		    blocks > MAX_BLOCKS)
			die("%s: bad line: %s", log, line);
		while (!vf.free)
			if (zap_process(client, -1))
				die("connection lost while verifying");
		k = vf.free;
		vf.free = k->next_free;
		k->seed = vf.seed;
		k->seq = seq;
		k->lba = lba;
		k->blocks = blocks;
		k->ms = ms;
		ret = zap_read_async(client, drive, lba, k->buf,
				     (size_t)blocks * geo->lba_size, on_read,
				     k);
		if (ret)
			die("queue read: %s", zap_status_name(ret));
		acked++;
	}
	fclose(f);
	while (zap_in_flight(client))
		if (zap_process(client, -1))
			die("connection lost while verifying");
	lost = acked - vf.n[INTACT];
	printf("verify %s: acked %" PRIu64 " intact %" PRIu64 " lost %" PRIu64
	       " (zeros %" PRIu64 ", unreadable %" PRIu64 ", other %" PRIu64
	       ", corrupt %" PRIu64 ")\n", log, acked, vf.n[INTACT], lost,
	       vf.n[ZEROS], vf.n[UNREADABLE], vf.n[OTHER], vf.n[CORRUPT]);
	if (lost)
		printf("verify %s: the oldest lost record was acknowledged "
		       "%.1f s before the last one (at %.1f s of %.1f s)\n",
		       log, (double)(ms - vf.oldest_lost_ms) / 1000,
		       (double)vf.oldest_lost_ms / 1000, (double)ms / 1000);
	return lost ? 1 : 0;
}

static int run_verify(int nlogs, char **logs)
{
	int ret = 0;

	vf.want = malloc((size_t)MAX_BLOCKS * geo->lba_size);
	for (int i = 0; i < DEPTH; i++) {
		struct check *k = calloc(1, sizeof(*k));

		if (!k || !(k->buf = malloc((size_t)MAX_BLOCKS *
					    geo->lba_size)))
			die("out of memory");
		k->next_free = vf.free;
		vf.free = k;
	}
	for (int i = 0; i < nlogs; i++)
		ret |= verify_log(logs[i]);
	return ret;
}

int main(int argc, char **argv)
{
	int ret;

	if (argc >= 6 && argc <= 8 && !strcmp(argv[1], "load")) {
		drive = argv[3];
		connect_to(argv[2]);
		if (geo->nr_zones < WIDTH ||
		    geo->max_append < MAX_BLOCKS * geo->lba_size)
			die("drive %s is too small for this load", drive);
		ret = run_load(argv[4], strtoull(argv[5], NULL, 0),
			       argc >= 7 ? atof(argv[6]) : 300,
			       argc >= 8 ? atof(argv[7]) : 0);
	} else if (argc >= 5 && !strcmp(argv[1], "verify")) {
		drive = argv[3];
		connect_to(argv[2]);
		ret = run_verify(argc - 4, argv + 4);
	} else {
		fprintf(stderr, "usage: %s load ADDRESS DRIVE LOG SEED "
			"[SECONDS [RATE]]\n       %s verify ADDRESS DRIVE "
			"LOG...\n",
			argv[0], argv[0]);
		return 2;
	}
	zap_close(client);
	return ret;
}
