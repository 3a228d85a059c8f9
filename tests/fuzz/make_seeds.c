/* SPDX-License-Identifier: MIT */
/*
 * make_seeds DIR - write the seed corpora of the fuzz targets into
 * DIR/<target>/ (tests/fuzz/corpus in the source tree): for each target
 * a set of named scenarios, written out here request by request, and a
 * few dozen random inputs of its generator (fuzz_gen.h) from fixed seeds.
 * The output is the same on every run; to change the corpus, change this
 * file and run it again (tests/fuzz/README.md).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frame.h"
#include "fuzz_gen.h"

#define RANDOM_SEEDS	32

static char out_dir[4096];
static uint8_t buf[64 << 10];

static void write_file(const char *target, const char *name, const void *data,
		       size_t len)
{
	char path[8192];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", out_dir, target);
	if (mkdir(path, 0755) && errno != EEXIST) {
		perror(path);
		exit(1);
	}
	snprintf(path, sizeof(path), "%s/%s/%s", out_dir, target, name);
	f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f)) {
		perror(path);
		exit(1);
	}
}

/* ---- fuzz_dispatch: one connection's requests ---- */

enum { WAIT = 0, NOWAIT = 1, CLOSE = 2, WAIT_ALL = 3, STOPPING = 4 };

static struct fuzz_buf b;

static void begin(bool owns_a)
{
	b = (struct fuzz_buf){ .p = buf, .cap = sizeof(buf) };
	buf[b.len++] = owns_a;
}

static void req(unsigned ctl, const struct fuzz_req *q, uint16_t dlen,
		uint8_t fill)
{
	fuzz_put_dispatch(&b, ctl, fill, &q->r, dlen);
}

static struct fuzz_req *mk(int body, const char *drive, uint64_t client,
			   uint64_t seq)
{
	static struct fuzz_req q;

	fuzz_req_init(&q, body, drive);
	q.r.client_id = client;
	q.r.seq = seq;
	return &q;
}

static void append(unsigned ctl, const char *drive, uint32_t zone,
		   uint64_t client, uint64_t seq, uint16_t len, uint8_t fill)
{
	struct fuzz_req *q = mk(ZAP__REQUEST__BODY_APPEND, drive, client, seq);

	q->append.zone = zone;
	req(ctl, q, len, fill);
}

static void write_at(unsigned ctl, const char *drive, uint32_t zone,
		     uint64_t lba, bool at_wp, uint64_t epoch, uint64_t client,
		     uint64_t seq, uint16_t len)
{
	struct fuzz_req *q = mk(ZAP__REQUEST__BODY_WRITE, drive, client, seq);

	q->write.zone = zone;
	q->write.lba = lba;
	q->write.at_wp = at_wp;
	q->write.epoch = epoch;
	req(ctl, q, len, 0x5a);
}

static void mgmt(unsigned ctl, const char *drive, uint32_t zone, int action,
		 bool all, uint64_t client, uint64_t seq)
{
	struct fuzz_req *q = mk(ZAP__REQUEST__BODY_ZONE_MGMT, drive, client,
				seq);

	q->mgmt.zone = zone;
	q->mgmt.action = action;
	q->mgmt.all = all;
	req(ctl, q, 0, 0);
}

static void fence(unsigned ctl, const char *drive, uint32_t zone,
		  uint64_t client, uint64_t seq)
{
	struct fuzz_req *q = mk(ZAP__REQUEST__BODY_FENCE, drive, client, seq);

	q->fence.zone = zone;
	req(ctl, q, 0, 0);
}

/* secret: NULL for none; "" for the right one (16 zero bytes) */
static void hello(unsigned ctl, uint64_t client, const char *secret)
{
	struct fuzz_req *q = mk(ZAP__REQUEST__BODY_HELLO, "", 0, 0);

	q->hello.client_id = client;
	if (secret) {
		q->hello.client_secret.data = q->secret;
		q->hello.client_secret.len = *secret ? strlen(secret) : 16;
		memcpy(q->secret, secret, q->hello.client_secret.len > 16 ?
		       16 : strlen(secret));
	}
	req(ctl, q, 0, 0);
}

static void simple(unsigned ctl, int body, const char *drive)
{
	req(ctl, mk(body, drive, 0, 0), 0, 0);
}

static void done(const char *name)
{
	write_file("fuzz_dispatch", name, b.p, b.len);
}

static void dispatch_seeds(void)
{
	struct fuzz_req *q;
	struct fuzz_rng r = { 0x5eed0001 };

	/* a new identity, its appends, a retry of one, a reuse of its seq */
	begin(false);
	hello(WAIT, 0, NULL);
	append(WAIT, "a", 0, 3, 1, 1024, 1);
	append(WAIT, "a", 0, 3, 2, 512, 2);
	append(WAIT, "a", 0, 3, 1, 1024, 1);
	append(WAIT, "a", 1, 3, 1, 1024, 1);
	append(WAIT, "a", 0, 3, 0, 512, 1);
	done("hello-new-appends-retry");

	/* resume A with its secret, then with wrong ones; B is not ours */
	begin(false);
	hello(WAIT, 1, "");
	write_at(WAIT, "b", 0, 0, false, 0, 1, 1, 4096);
	write_at(WAIT, "b", 0, 0, false, 0, 1, 1, 4096);
	hello(WAIT, 2, "wrong secret....");
	hello(WAIT, 2, "abc");
	hello(WAIT, 77, "");
	append(WAIT, "b", 1, 2, 1, 4096, 9);
	hello(WAIT, 2, "");
	append(WAIT, "b", 1, 2, 1, 4096, 9);
	done("hello-resume");

	/* requests naming an identity the connection does not own */
	begin(false);
	append(WAIT, "a", 0, 1, 1, 512, 0);
	append(WAIT, "a", 0, 2, 1, 512, 0);
	mgmt(WAIT, "a", 0, 3, false, 12345, 1);
	append(WAIT, "a", 0, 0, 0, 512, 0);
	done("wrong-client-id");

	/* A's appends in flight together, then retries of them */
	begin(true);
	append(NOWAIT, "a", 0, 1, 1, 512, 1);
	append(NOWAIT, "a", 0, 1, 2, 1024, 2);
	append(NOWAIT, "a", 0, 1, 3, 512, 3);
	append(WAIT, "a", 0, 1, 2, 1024, 2);
	append(WAIT_ALL, "a", 0, 1, 2, 1024, 2);
	append(WAIT, "a", 0, 1, 300, 512, 4);
	append(WAIT, "a", 0, 1, 3, 512, 3);
	append(WAIT, "a", 0, 1, 299, 512, 5);
	done("retry-window");

	/* seq 257 while seq 1 is in flight: the same slot */
	begin(true);
	append(NOWAIT, "b", 2, 1, 1, 4096, 1);
	append(WAIT, "b", 2, 1, 257, 4096, 1);
	append(WAIT_ALL, "b", 2, 1, 1, 4096, 1);
	done("slot-busy");

	/* fencing: epochs, a stale writer, a fence's retry */
	begin(true);
	fence(WAIT, "a", 1, 1, 1);
	write_at(WAIT, "a", 1, 16, false, 1, 1, 2, 512);
	append(WAIT, "a", 1, 0, 0, 512, 0);
	fence(WAIT, "a", 1, 1, 3);
	write_at(WAIT, "a", 1, 17, false, 1, 1, 4, 512);
	q = mk(ZAP__REQUEST__BODY_APPEND, "a", 1, 5);
	q->append.zone = 1;
	q->append.epoch = 2;
	req(WAIT, q, 512, 0);
	fence(WAIT, "a", 1, 1, 1);
	fence(WAIT, "a", 9, 0, 0);
	done("fence-epochs");

	/* a retry after its zone was reset */
	begin(true);
	append(WAIT, "a", 2, 1, 1, 1024, 7);
	write_at(WAIT, "a", 2, 0, true, 0, 1, 2, 512);
	mgmt(WAIT, "a", 2, 4, false, 1, 3);
	append(WAIT, "a", 2, 1, 1, 1024, 7);
	write_at(WAIT, "a", 2, 0, true, 0, 1, 2, 512);
	mgmt(WAIT, "a", 2, 4, false, 1, 3);
	done("reset-since");

	/* a write waits behind appends; the connection closes; it runs on
	 * (it consumed a seq), and its retry on a new connection gets its
	 * outcome */
	begin(true);
	append(NOWAIT, "a", 0, 1, 1, 2048, 1);
	write_at(NOWAIT, "a", 0, 0, true, 0, 1, 2, 512);
	mgmt(NOWAIT, "a", 0, 2, false, 1, 3);
	append(CLOSE, "a", 0, 1, 4, 512, 1);
	hello(WAIT, 1, "");
	write_at(WAIT, "a", 0, 0, true, 0, 1, 2, 512);
	mgmt(WAIT, "a", 0, 2, false, 1, 3);
	done("cancel-on-close");

	/* the same request twice while the first is in flight */
	begin(true);
	append(NOWAIT, "a", 3, 1, 1, 512, 1);
	append(WAIT, "a", 3, 1, 1, 512, 1);
	done("duplicate-in-flight");

	/* zone management, open and active limits, Select All */
	begin(false);
	mgmt(WAIT, "a", 0, 3, false, 0, 0);
	mgmt(WAIT, "a", 1, 3, false, 0, 0);
	mgmt(WAIT, "a", 2, 3, false, 0, 0);
	mgmt(WAIT, "a", 1, 1, false, 0, 0);
	mgmt(WAIT, "a", 2, 3, false, 0, 0);
	mgmt(WAIT, "a", 3, 3, false, 0, 0);
	mgmt(WAIT, "a", 0, 2, false, 0, 0);
	mgmt(WAIT, "a", 0, 1, true, 0, 0);
	mgmt(WAIT, "a", 0, 2, true, 0, 0);
	mgmt(WAIT, "a", 0, 4, true, 0, 0);
	mgmt(WAIT, "a", 0, 0, false, 0, 0);
	mgmt(WAIT, "a", 0, 7, false, 0, 0);
	mgmt(WAIT, "a", 4, 3, false, 0, 0);
	done("zone-mgmt");

	/* writes: at the wp, elsewhere, too much, misaligned, full */
	begin(false);
	write_at(WAIT, "a", 0, 0, false, 0, 0, 0, 1024);
	write_at(WAIT, "a", 0, 0, false, 0, 0, 0, 512);
	write_at(WAIT, "a", 0, 0, true, 0, 0, 0, 2048);
	write_at(WAIT, "a", 0, 6, false, 0, 0, 0, 2048);
	write_at(WAIT, "a", 0, 10, false, 0, 0, 0, 1024);
	write_at(WAIT, "a", 0, 12, false, 0, 0, 0, 512);
	write_at(WAIT, "a", 0, 40, false, 0, 0, 0, 512);
	write_at(WAIT, "a", 1, 16, false, 0, 0, 0, 4096);
	write_at(WAIT, "a", 1, 16, false, 0, 0, 0, 700);
	write_at(WAIT, "a", 1, 16, false, 0, 0, 0, 0);
	append(WAIT, "a", 0, 0, 0, 512, 0);
	append(WAIT, "b", 0, 0, 0, 8192, 0);
	append(WAIT, "b", 0, 0, 0, 12288, 0);
	append(WAIT, "b", 0, 0, 0, 4096, 0);
	append(WAIT, "b", 0, 0, 0, 4096, 0);
	append(WAIT, "nope", 0, 0, 0, 4096, 0);
	append(WAIT, "b", 3, 0, 0, 4096, 0);
	done("writes-and-limits");

	/* reads, reports, and the requests without a drive */
	begin(false);
	write_at(WAIT, "b", 1, 4, false, 0, 0, 0, 8192);
	q = mk(ZAP__REQUEST__BODY_READ, "b", 0, 0);
	q->read.lba = 4;
	q->read.length = 8192;
	req(WAIT, q, 0, 0);
	q->read.lba = 3;
	req(WAIT, q, 0, 0);
	q->read.lba = 11;
	q->read.length = 4096;
	req(WAIT, q, 0, 0);
	q->read.lba = 12;
	req(WAIT, q, 0, 0);
	q->read.length = 100;
	req(WAIT, q, 0, 0);
	q = mk(ZAP__REQUEST__BODY_REPORT_ZONES, "b", 0, 0);
	req(WAIT, q, 0, 0);
	q->report.first_zone = 1;
	q->report.max_zones = 1;
	q->report.filter = 3;
	req(WAIT, q, 0, 0);
	q->report.filter = 4;
	req(WAIT, q, 0, 0);
	q->report.filter = 5;
	req(WAIT, q, 0, 0);
	q->report.first_zone = 3;
	req(WAIT, q, 0, 0);
	q->report.first_zone = 4;
	req(WAIT, q, 0, 0);
	simple(WAIT, ZAP__REQUEST__BODY_IDENTIFY, "");
	simple(WAIT, ZAP__REQUEST__BODY_FLUSH, "b");
	simple(WAIT, ZAP__REQUEST__BODY_FLUSH, "zz");
	simple(WAIT, ZAP__REQUEST__BODY__NOT_SET, "");
	simple(WAIT | STOPPING, ZAP__REQUEST__BODY_IDENTIFY, "");
	q = mk(ZAP__REQUEST__BODY_IDENTIFY, "", 0, 0);
	req(WAIT, q, 512, 0);
	done("reads-reports");

	/* STATS first: nothing counted yet */
	begin(false);
	simple(WAIT, ZAP__REQUEST__BODY_STATS, "");
	append(WAIT, "a", 0, 0, 0, 512, 0);
	simple(WAIT, ZAP__REQUEST__BODY_STATS, "");
	done("stats");

	/* HELLO's versions */
	begin(false);
	q = mk(ZAP__REQUEST__BODY_HELLO, "", 0, 0);
	q->hello.min_version = 2;
	q->hello.max_version = 3;
	req(WAIT, q, 0, 0);
	q->hello.min_version = 0;
	q->hello.max_version = 0;
	req(WAIT, q, 0, 0);
	q->hello.max_version = 1;
	q->hello.client_name = (char *)"seed";
	req(WAIT, q, 0, 0);
	done("hello-versions");

	for (unsigned i = 0; i < RANDOM_SEEDS; i++) {
		char name[32];
		size_t n = fuzz_gen_dispatch(buf, sizeof(buf), &r);

		snprintf(name, sizeof(name), "random-%02u", i);
		write_file("fuzz_dispatch", name, buf, n);
	}
}

/* ---- fuzz_frame: the byte stream of one connection ---- */

/* fuzz_frame's client behaviour (fuzz_frame.c's MODE_*) */
enum { POLITE = 0, HANG_UP = 1, RESET = 2, LATE_READER = 4 };

static void stream(unsigned mode)
{
	b = (struct fuzz_buf){ .p = buf, .cap = sizeof(buf) };
	buf[b.len++] = mode;
}

static void frame(uint64_t id, struct fuzz_req *q, uint32_t dlen)
{
	fuzz_put_frame(&b, id, &q->r, dlen, NULL);
}

static void frames_done(const char *name)
{
	write_file("fuzz_frame", name, b.p, b.len);
}

/* A frame whose header is then changed: byte at `at` set to v. */
static void bad_frame(const char *name, size_t at, uint8_t v)
{
	size_t hdr;

	stream(POLITE);
	frame(1, mk(ZAP__REQUEST__BODY_IDENTIFY, "", 0, 0), 0);
	hdr = b.len;
	frame(2, mk(ZAP__REQUEST__BODY_IDENTIFY, "", 0, 0), 0);
	buf[hdr + at] = v;
	frame(3, mk(ZAP__REQUEST__BODY_IDENTIFY, "", 0, 0), 0);
	frames_done(name);
}

static void frame_seeds(void)
{
	struct fuzz_rng r = { 0x5eed0002 };
	struct fuzz_req *q;
	size_t cut;

	stream(POLITE);
	frame(1, mk(ZAP__REQUEST__BODY_HELLO, "", 0, 0), 0);
	frame(2, mk(ZAP__REQUEST__BODY_IDENTIFY, "", 0, 0), 0);
	q = mk(ZAP__REQUEST__BODY_APPEND, "a", 0, 0);
	frame(3, q, 1024);
	q = mk(ZAP__REQUEST__BODY_WRITE, "b", 0, 0);
	q->write.at_wp = true;
	frame(4, q, 4096);
	q = mk(ZAP__REQUEST__BODY_READ, "a", 0, 0);
	q->read.length = 512;
	frame(5, q, 0);
	frame(6, mk(ZAP__REQUEST__BODY_REPORT_ZONES, "a", 0, 0), 0);
	frame(7, mk(ZAP__REQUEST__BODY_STATS, "", 0, 0), 0);
	frames_done("session");

	/* more in flight than max_in_flight (8): reading pauses */
	stream(POLITE);
	for (unsigned i = 0; i < 12; i++) {
		q = mk(ZAP__REQUEST__BODY_APPEND, "a", 0, 0);
		q->append.zone = i % 3;
		frame(i, q, 512);
	}
	frames_done("backpressure");

	/* the client hangs up with requests waiting for their zone */
	for (unsigned mode = HANG_UP; mode <= (HANG_UP | RESET); mode += RESET) {
		stream(mode);
		for (unsigned i = 0; i < 6; i++) {
			q = mk(i % 2 ? ZAP__REQUEST__BODY_WRITE :
			       ZAP__REQUEST__BODY_APPEND, "a", 0, 0);
			q->write.at_wp = true;
			frame(i, q, 512);
		}
		frames_done(mode & RESET ? "hang-up-reset" : "hang-up");
	}

	/* a client that reads late: replies wait for the socket (12 reads
	 * of 16 KiB). (Filling the session's output past its limit takes
	 * some 100 STATS, 0.1 s an input: too slow for a seed.) */
	stream(LATE_READER);
	q = mk(ZAP__REQUEST__BODY_READ, "b", 0, 0);
	q->read.length = 16384;
	for (unsigned i = 0; i < 12; i++)
		frame(i, q, 0);
	frames_done("late-reader");

	/* data on a request that takes none; a protobuf that does not
	 * decode; an empty protobuf */
	stream(POLITE);
	frame(1, mk(ZAP__REQUEST__BODY_IDENTIFY, "", 0, 0), 100);
	cut = b.len;
	frame(2, mk(ZAP__REQUEST__BODY_READ, "a", 0, 0), 0);
	buf[cut + ZAP_FRAME_HDR_LEN + 2] = 0x7f;	/* body past the end */
	frame(3, mk(ZAP__REQUEST__BODY__NOT_SET, "", 0, 0), 0);
	frame(4, mk(ZAP__REQUEST__BODY_FLUSH, "a", 0, 0), 0);
	frames_done("bad-bodies");

	bad_frame("bad-magic", 0, 'z');
	bad_frame("bad-version", 5, 2);
	bad_frame("reply-flag", 7, 1);
	bad_frame("unknown-flag", 6, 0x80);
	bad_frame("proto-too-large", 17, 0x10);
	bad_frame("data-too-large", 21, 0x40);
	bad_frame("id-kept", 15, 0x99);

	/* cut inside a header, a protobuf and the data */
	stream(POLITE);
	frame(1, mk(ZAP__REQUEST__BODY_IDENTIFY, "", 0, 0), 0);
	cut = b.len;
	q = mk(ZAP__REQUEST__BODY_APPEND, "a", 0, 0);
	frame(2, q, 2048);
	write_file("fuzz_frame", "cut-header", buf, cut + 10);
	write_file("fuzz_frame", "cut-protobuf", buf,
		   cut + ZAP_FRAME_HDR_LEN + 3);
	write_file("fuzz_frame", "cut-data", buf, b.len - 1000);

	for (unsigned i = 0; i < RANDOM_SEEDS; i++) {
		char name[32];
		size_t n = fuzz_gen_frame(buf, sizeof(buf), &r);

		snprintf(name, sizeof(name), "random-%02u", i);
		write_file("fuzz_frame", name, buf, n);
	}
}

/* ---- fuzz_config: a config file, then NUL-separated flags ---- */

static void config(const char *name, const char *text, const char *const *args)
{
	b = (struct fuzz_buf){ .p = buf, .cap = sizeof(buf) };
	fuzz_put(&b, text, strlen(text));
	for (; args && *args; args++) {
		fuzz_put(&b, "", 1);
		fuzz_put(&b, *args, strlen(*args));
	}
	write_file("fuzz_config", name, b.p, b.len);
}

static void config_seeds(void)
{
	static const char *const flags[] = {
		"--listen", "127.0.0.1:0", "-l", "[::1]:7421",
		"--max-data=1M", "--log-level", "debug", "--check-config",
		"--drive", "ssd0:nvme:/dev/ng0n1,durability=none",
		"-d", "fast:emu:/srv/zap/fast,zone_size=256M,zones=64",
		NULL,
	};
	static const char *const bad_flags[] = {
		"--max-in-flight", "0", "--drive", "x:emu:", "--nope", NULL,
	};
	static const char *const drive_specs[] = {
		"-d", "a::/p", "-d", ":emu:/p", "-d", "a:emu", "-d",
		"a:emu:/p,zone_size", "-d", "a:emu:/p,=1", "--drive=b:emu:/q",
		"-d", "a:emu:/p,on_error=skip,durability=none,lba_size=512",
		NULL,
	};
	static const char *const help[] = { "--help", NULL };
	static const char *const version[] = { "-V", NULL };
	struct fuzz_rng r = { 0x5eed0003 };

	config("full",
	       "# zapd.conf\n"
	       "[server]\n"
	       "listen = 0.0.0.0:7420\n"
	       "listen = [::]:7420\n"
	       "metrics_listen = 127.0.0.1:9420\n"
	       "state_dir = /var/lib/zapd\n"
	       "port_file = /run/zapd.addr\n"
	       "log_level = warn\n"
	       "max_connections = 64\n"
	       "max_in_flight = 128\n"
	       "max_data = 8M\n"
	       "idle_timeout = 0\n"
	       "shutdown_timeout = 10\n"
	       "max_report_zones = 512\n"
	       "\n"
	       "[drive ssd0]\n"
	       "backend = nvme\n"
	       "path = /dev/ng0n1\n"
	       "durability = sync\n"
	       "on_error = skip\n"
	       "\n"
	       "[drive emu0]\n"
	       "backend = emu\n"
	       "path = /srv/zap/emu0\n"
	       "zone_size = 64M\n"
	       "zone_cap = 48M\n"
	       "zones = 16\n", NULL);
	config("flags", "", flags);
	config("file-and-flags", "[server]\nlisten = 1.2.3.4:5\n"
	       "[drive d]\nbackend = emu\npath = /d\n", flags);
	config("bad-flags", "", bad_flags);
	config("drive-specs", "", drive_specs);
	config("help", "", help);
	config("version", "", version);
	config("unknown-section", "[servers]\nlisten = 1.2.3.4:5\n", NULL);
	config("unknown-key", "[server]\nlisten_on = 1.2.3.4:5\n", NULL);
	config("key-outside", "listen = 1.2.3.4:5\n", NULL);
	config("syntax", "[server]\nthis line has no equals sign\n", NULL);
	config("out-of-range", "[server]\nmax_data = 65M\n", NULL);
	config("not-a-number", "[server]\nmax_connections = 4K\n", NULL);
	config("bad-level", "[server]\nlog_level = chatty\n", NULL);
	config("too-many-listen", "[server]\nlisten = a:1\nlisten = a:2\n"
	       "listen = a:3\nlisten = a:4\nlisten = a:5\nlisten = a:6\n"
	       "listen = a:7\nlisten = a:8\nlisten = a:9\n", NULL);
	config("drive-no-name", "[drive ]\nbackend = emu\n", NULL);
	config("drive-long-name", "[drive "
	       "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz]\n",
	       NULL);
	config("drive-incomplete", "[drive a]\nbackend = emu\n[drive b]\n"
	       "path = /b\n[drive c]\n", NULL);
	config("drive-bad-backend", "[drive a]\nbackend = tape\n", NULL);
	config("drive-bad-choice", "[drive a]\nbackend = emu\npath = /a\n"
	       "durability = maybe\n", NULL);
	config("drive-options", "[drive a]\nbackend = emu\npath = /a\n"
	       "k1 = 1\nk2 = 2\nk3 = 3\nk4 = 4\nk5 = 5\nk6 = 6\nk7 = 7\n"
	       "k8 = 8\nk9 = 9\nk10 = 10\nk11 = 11\nk12 = 12\nk13 = 13\n"
	       "k14 = 14\nk15 = 15\nk16 = 16\nk17 = 17\nk18 = 18\nk19 = 19\n"
	       "k20 = 20\nk21 = 21\nk22 = 22\nk23 = 23\nk24 = 24\nk25 = 25\n"
	       "k26 = 26\nk27 = 27\nk28 = 28\nk29 = 29\nk30 = 30\nk31 = 31\n"
	       "k32 = 32\nk33 = 33\n", NULL);
	config("drive-twice", "[drive a]\nbackend = emu\npath = /a\n"
	       "[drive a]\nzones = 4\n", NULL);

	for (unsigned i = 0; i < RANDOM_SEEDS; i++) {
		char name[32];
		size_t n = fuzz_gen_config(buf, sizeof(buf), &r);

		snprintf(name, sizeof(name), "random-%02u", i);
		write_file("fuzz_config", name, buf, n);
	}
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: make_seeds DIR (tests/fuzz/corpus)\n");
		return 2;
	}
	snprintf(out_dir, sizeof(out_dir), "%s", argv[1]);
	if (mkdir(out_dir, 0755) && errno != EEXIST) {
		perror(out_dir);
		return 1;
	}
	dispatch_seeds();
	frame_seeds();
	config_seeds();
	return 0;
}
