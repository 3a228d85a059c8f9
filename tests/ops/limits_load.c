/* SPDX-License-Identifier: MIT */
/*
 * limits_load - hostile clients against one zapd, and a neighbour whose
 * 4 KiB appends must keep being served (issue 13). Every mode measures the
 * neighbour's append latency with the server idle and under the hostile
 * load, in alternating rounds, and prints p99(loaded) / p99(idle) (the
 * issue wants at most 2x; a speed, so not asserted here).
 *
 *   limits_load readers ADDR DRIVE PID BUDGET
 *	100 connections (from 127.0.0.2) send 64 READs of 1 MiB each and
 *	never read a reply. zapd's VmRSS may grow by at most BUDGET (its
 *	memory_budget) over the RSS measured before them.
 *   limits_load trickle ADDR DRIVE PID PER_ADDR MAX_CONN FRAME_TIMEOUT
 *	PER_ADDR + 4 connections from 127.0.0.2: 4 get TOO_MANY_CONNECTIONS
 *	naming max_connections_per_address; from 127.0.0.3 the rest up to
 *	MAX_CONN + 1: the last gets one naming max_connections. The
 *	PER_ADDR then send one byte every 300 ms: each gets FRAME_TIMEOUT
 *	and is closed within FRAME_TIMEOUT + 1.5 s of its first byte.
 *   limits_load idle-trickle ADDR DRIVE PID IDLE_TIMEOUT
 *	A connection that completes a frame, then sends one byte of the next
 *	every 300 ms, gets IDLE_TIMEOUT within IDLE_TIMEOUT + 1.5 s.
 *   limits_load protos ADDR DRIVE PID
 *	100 connections send protobufs of unknown fields as fast as zapd
 *	takes them: two of 1 MiB (the largest before issue 13), reconnecting
 *	when refused, 98 of ZAP_MAX_REQUEST_PROTO_LEN, pipelined; those must
 *	get their refusals meanwhile (busy connections are served, not
 *	starved).
 *   limits_load idle ADDR DRIVE PID N MAX_BYTES
 *	N connections say HELLO and IDENTIFY, then idle: zapd's VmRSS may
 *	grow by at most MAX_BYTES.
 *
 * Prints what it measured; exits 0 if every check held, 1 if not.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <zap/zap.h>

#include "raw.h"

#define ROUNDS		10	/* idle and loaded phases, alternating */
/* neighbour appends per phase: its p99 is the 6th slowest, not the 2nd */
#define PER_PHASE	600
#define PHASE_MAX_NS	3000000000ull	/* or fewer, if they take longer */
#define BLOCK		4096
#define NOTICE_WAIT_MS	3000
#define SETTLE_MS	100

static const char *addr, *drive;
static int zapd_pid;
static int failures;

#define CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			printf("FAIL: " __VA_ARGS__);			\
			printf("\n");					\
			failures++;					\
		}							\
	} while (0)

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
}

static void sleep_ms(unsigned ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* zapd's VmRSS in bytes. */
static uint64_t zapd_rss(void)
{
	char path[64], line[256];
	uint64_t kib = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", zapd_pid);
	f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "VmRSS: %" SCNu64, &kib) == 1)
			break;
	fclose(f);
	return kib << 10;
}

/* A connection to addr from src (an address in 127.0.0.0/8); -1 if the
 * connect fails. */
static int connect_from(const char *src, int rcvbuf)
{
	struct sockaddr_in sa = { .sin_family = AF_INET }, me = sa;
	const char *colon = strrchr(addr, ':');
	char host[64];
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	snprintf(host, sizeof(host), "%.*s", (int)(colon - addr), addr);
	inet_pton(AF_INET, host, &sa.sin_addr);
	sa.sin_port = htons(atoi(colon + 1));
	inet_pton(AF_INET, src, &me.sin_addr);
	if (fd < 0)
		return -1;
	/* a frame goes out in two sends: no waiting for the first's ack */
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (rcvbuf)
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
	if (bind(fd, (struct sockaddr *)&me, sizeof(me)) ||
	    connect(fd, (struct sockaddr *)&sa, sizeof(sa))) {
		close(fd);
		return -1;
	}
	return fd;
}

/* ---- the neighbour ---- */

/*
 * A neighbour append's latency is taken two ways: until its reply is read
 * (end to end), and until the reply reached the neighbour's socket (the
 * kernel's receive timestamp, SO_TIMESTAMPNS: on loopback, when zapd's
 * write delivered it). The second is zapd's side alone. The first adds
 * the neighbour's own wake-up, which this test's attackers delay (they run
 * on the same two cores, where a remote attacker's would not) and so does
 * any other work on the machine: measured, it made most of the loaded
 * phases' p99 (docs/PERFORMANCE.md).
 */
struct lat {
	uint64_t *ns;
	unsigned n;
};

enum { END_TO_END, AT_SOCKET, LAT_KINDS };
static const char *const lat_kind[LAT_KINDS] = {
	"end to end", "at its socket (zapd's side)",
};

static int neighbour;
static uint64_t neighbour_id;

static void lat_add(struct lat *l, uint64_t ns)
{
	l->ns = realloc(l->ns, (l->n + 1) * sizeof(*l->ns));
	l->ns[l->n++] = ns;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The pc-th percentile of l (0 if it is empty). */
static uint64_t pct(struct lat *l, unsigned pc)
{
	qsort(l->ns, l->n, sizeof(*l->ns), cmp_u64);
	return l->n ? l->ns[(l->n * pc) / 100] : 0;
}

static uint64_t realtime_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
}

/*
 * When the first byte waiting on fd reached the socket (CLOCK_REALTIME, as
 * SO_TIMESTAMPNS stamps it), waiting for it: 0, or -1 if nothing came.
 * *ns is 0 if the byte has no stamp: the kernel turns stamping on for the
 * first socket that asks from a work queue, which on a busy machine may
 * run after the first replies.
 */
static int arrived(int fd, uint64_t *ns)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	char byte, ctl[CMSG_SPACE(sizeof(struct timespec))];
	struct iovec iov = { &byte, 1 };
	struct msghdr m = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = ctl, .msg_controllen = sizeof(ctl),
	};
	struct cmsghdr *c;
	struct timespec ts;

	*ns = 0;
	if (poll(&pfd, 1, 10000) != 1 ||
	    recvmsg(fd, &m, MSG_PEEK | MSG_DONTWAIT) != 1)
		return -1;
	for (c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
		if (c->cmsg_level == SOL_SOCKET &&
		    c->cmsg_type == SO_TIMESTAMPNS) {
			memcpy(&ts, CMSG_DATA(c), sizeof(ts));
			*ns = (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
		}
	}
	return 0;
}

/* 4 KiB appends, their latencies into l[]; between appends, tick(). */
static void neighbour_appends(struct lat *l, unsigned n, void (*tick)(void))
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__AppendReq ap = ZAP__APPEND_REQ__INIT;
	static char block[BLOCK];
	struct raw_reply r;
	uint64_t end = now_ns() + PHASE_MAX_NS;

	ap.drive = (char *)drive;
	req.body_case = ZAP__REQUEST__BODY_APPEND;
	req.append = &ap;
	for (unsigned i = 0; i < n && now_ns() < end; i++) {
		uint64_t t0 = now_ns(), rt0 = realtime_ns(), at;
		int st;

		ap.zone = (neighbour_id / 1000) % 8;
		if (raw_send(neighbour, ++neighbour_id, &req, block, BLOCK) ||
		    arrived(neighbour, &at) ||
		    (st = raw_recv(neighbour, &r)) < 0) {
			printf("FAIL: the neighbour lost its connection\n");
			exit(1);
		}
		if (st == ZAP_ZONE_FULL) {	/* start its zone over */
			Zap__ZoneMgmtReq m = ZAP__ZONE_MGMT_REQ__INIT;
			Zap__Request mr = ZAP__REQUEST__INIT;

			m.drive = (char *)drive;
			m.zone = ap.zone;
			m.action = ZAP__ZONE_ACTION__ZA_RESET;
			mr.body_case = ZAP__REQUEST__BODY_ZONE_MGMT;
			mr.zone_mgmt = &m;
			raw_send(neighbour, ++neighbour_id, &mr, NULL, 0);
			raw_recv(neighbour, NULL);
			i--;
			continue;
		}
		CHECK(st == 0, "neighbour append: status %d (%s)", st,
		      r.detail);
		lat_add(&l[END_TO_END], now_ns() - t0);
		/* unstamped, or the real-time clock stepped back: no sample */
		if (at > rt0)
			lat_add(&l[AT_SOCKET], at - rt0);
		if (tick)
			tick();
	}
}

static void neighbour_start(void)
{
	struct lat warm[LAT_KINDS] = { 0 };
	int one = 1;

	neighbour = connect_from("127.0.0.1", 0);
	if (neighbour < 0 || setsockopt(neighbour, SOL_SOCKET, SO_TIMESTAMPNS,
					&one, sizeof(one))) {
		perror("neighbour connect");
		exit(1);
	}
	neighbour_appends(warm, 100, NULL);
	for (int k = 0; k < LAT_KINDS; k++)
		free(warm[k].ns);
}

/*
 * The neighbour's p99 with the load against its p99 without, in rounds
 * that alternate, printed: the median over the rounds of each round's
 * ratio (on a shared machine a burst of someone else's work lands in one
 * phase or the other and can make one round's p99 anything; before issue
 * 13 every round was about 27x) and the p99 over all samples, end to end
 * and at the neighbour's socket.
 */
static void compare(const char *what, int rounds, void (*load_on)(void),
		    void (*load_off)(void), void (*tick)(void))
{
	struct lat idle[LAT_KINDS] = { 0 }, loaded[LAT_KINDS] = { 0 };
	double ratio[LAT_KINDS][64];

	for (int r = 0; r < rounds && r < 64; r++) {
		struct lat i1[LAT_KINDS] = { 0 }, l1[LAT_KINDS] = { 0 };

		neighbour_appends(i1, PER_PHASE, NULL);
		load_on();
		neighbour_appends(l1, PER_PHASE, tick);
		load_off();
		/* zapd closes the attackers' connections, dropping what they
		 * had sent, before the next idle phase begins */
		sleep_ms(SETTLE_MS);
		for (int k = 0; k < LAT_KINDS; k++) {
			uint64_t pi = pct(&i1[k], 99);

			ratio[k][r] = (double)pct(&l1[k], 99) / (pi ? pi : 1);
			for (unsigned j = 0; j < i1[k].n; j++)
				lat_add(&idle[k], i1[k].ns[j]);
			for (unsigned j = 0; j < l1[k].n; j++)
				lat_add(&loaded[k], l1[k].ns[j]);
			free(i1[k].ns);
			free(l1[k].ns);
		}
	}
	for (int k = 0; k < LAT_KINDS; k++) {
		uint64_t pi = pct(&idle[k], 99), pl = pct(&loaded[k], 99);
		double median;

		qsort(ratio[k], rounds, sizeof(ratio[k][0]), cmp_double);
		median = ratio[k][rounds / 2];
		printf("%s: neighbour 4 KiB append p99 %s: idle %.3f ms (%u "
		       "samples), loaded %.3f ms (%u): %.2fx; per round "
		       "%.2fx..%.2fx, median %.2fx (%s 2x); p50 idle %.3f ms, "
		       "loaded %.3f ms\n", what, lat_kind[k], pi / 1e6,
		       idle[k].n, pl / 1e6, loaded[k].n,
		       (double)pl / (pi ? pi : 1), ratio[k][0],
		       ratio[k][rounds - 1], median,
		       median <= 2 ? "within" : "over",
		       pct(&idle[k], 50) / 1e6, pct(&loaded[k], 50) / 1e6);
		free(idle[k].ns);
		free(loaded[k].ns);
	}
	/* Measured, not asserted: a test never asserts a speed on this
	 * shared machine; what is asserted is memory, notices, deadlines
	 * and that every connection is served. */
}

/* ---- readers: replies never read ---- */

#define READERS		100
#define READS_EACH	64
static int readers[READERS];
static uint64_t rss_base, rss_peak, budget;

static void rss_watch(void)
{
	uint64_t rss = zapd_rss();

	if (rss > rss_peak)
		rss_peak = rss;
	if (rss > rss_base + budget) {
		printf("FAIL: zapd's RSS %" PRIu64 " MiB is over its baseline "
		       "%" PRIu64 " MiB + memory_budget %" PRIu64 " MiB\n",
		       rss >> 20, rss_base >> 20, budget >> 20);
		exit(1);
	}
}

static void readers_on(void)
{
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__ReadReq rd = ZAP__READ_REQ__INIT;

	rd.drive = (char *)drive;
	rd.length = 1 << 20;
	req.body_case = ZAP__REQUEST__BODY_READ;
	req.read = &rd;
	for (int i = 0; i < READERS; i++) {
		readers[i] = connect_from("127.0.0.2", 64 << 10);
		if (readers[i] < 0) {
			perror("reader connect");
			exit(1);
		}
		/* 64 x 40 bytes: the socket takes them all */
		for (int j = 0; j < READS_EACH; j++)
			raw_send(readers[i], j + 1, &req, NULL, 0);
		rss_watch();
	}
	sleep_ms(300);		/* zapd has read what it will */
	rss_watch();
}

static void readers_off(void)
{
	for (int i = 0; i < READERS; i++)
		close(readers[i]);
}

static int mode_readers(char **argv)
{
	budget = strtoull(argv[0], NULL, 0);
	neighbour_start();
	rss_base = rss_peak = zapd_rss();
	compare("readers", ROUNDS, readers_on, readers_off, rss_watch);
	printf("readers: zapd VmRSS %" PRIu64 " MiB before, peak %" PRIu64
	       " MiB; memory_budget %" PRIu64 " MiB\n", rss_base >> 20,
	       rss_peak >> 20, budget >> 20);
	return failures != 0;
}

/* ---- notices ---- */

/* The notice on fd (waiting up to ms), then the end of the stream: its
 * status, or -1 if none came. */
static int notice(int fd, unsigned ms, char *detail, size_t len)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	struct raw_reply r;
	int st;

	if (poll(&pfd, 1, ms) != 1)
		return -1;
	st = raw_recv(fd, &r);
	if (st < 0 || r.id != ZAP_NOTICE_ID)
		return -1;
	if (detail)
		snprintf(detail, len, "%s", r.detail);
	return raw_closed_by_server(fd) ? st : -1;
}

/* Connect n from src: how many got a notice of status st whose detail
 * names limit; the others (accepted) go into fds. */
static unsigned connect_many(const char *src, unsigned n, int st,
			     const char *limit, int *fds, unsigned *nfds)
{
	unsigned refused = 0;

	for (unsigned i = 0; i < n; i++) {
		int fd = connect_from(src, 0);
		char detail[256] = "";
		int got;

		if (fd < 0) {
			perror("connect");
			exit(1);
		}
		got = notice(fd, 100, detail, sizeof(detail));
		if (got < 0) {
			fds[(*nfds)++] = fd;
			continue;
		}
		CHECK(got == st && strstr(detail, limit), "connection refused "
		      "with %d \"%s\", want %d naming %s", got, detail, st,
		      limit);
		refused++;
		close(fd);
	}
	return refused;
}

/* ---- trickle: frames that never end ---- */

#define MAX_TRICKLE	64
static int trickle_fd[MAX_TRICKLE];
static unsigned nr_trickle;
static uint64_t trickle_first[MAX_TRICKLE], trickle_next;
static unsigned trickle_sent[MAX_TRICKLE];
static uint8_t trickle_frame[ZAP_FRAME_HDR_LEN];

/* Every 300 ms, one more byte of a header on each open trickler. */
static void trickle_tick(void)
{
	uint64_t now = now_ns();

	if (now < trickle_next)
		return;
	trickle_next = now + 300000000u;
	for (unsigned i = 0; i < nr_trickle; i++) {
		if (trickle_fd[i] < 0 || trickle_sent[i] >= ZAP_FRAME_HDR_LEN)
			continue;
		if (send(trickle_fd[i], trickle_frame + trickle_sent[i], 1,
			 MSG_NOSIGNAL | MSG_DONTWAIT) == 1 &&
		    !trickle_sent[i]++)
			trickle_first[i] = now;
	}
}

/* Tricklers that got their notice and end of stream: closed, checked. */
static unsigned trickle_reap(int want, double limit_s)
{
	unsigned done = 0;

	for (unsigned i = 0; i < nr_trickle; i++) {
		struct pollfd pfd = { .fd = trickle_fd[i], .events = POLLIN };
		double after;
		int st;

		if (trickle_fd[i] < 0) {
			done++;
			continue;
		}
		if (poll(&pfd, 1, 0) != 1)
			continue;
		st = notice(trickle_fd[i], 0, NULL, 0);
		after = (now_ns() - trickle_first[i]) / 1e9;
		CHECK(st == want, "trickler %u: notice %d, want %d", i, st,
		      want);
		CHECK(after <= limit_s, "trickler %u closed %.1f s after its "
		      "first byte, limit %.1f s", i, after, limit_s);
		close(trickle_fd[i]);
		trickle_fd[i] = -1;
		done++;
	}
	return done;
}

static void nothing(void)
{
}

static void trickle_on(void)
{
	trickle_next = 0;
	trickle_tick();
}

static int mode_trickle(char **argv)
{
	unsigned per_addr = atoi(argv[0]), max_conn = atoi(argv[1]);
	double timeout = atof(argv[2]);
	int other[MAX_TRICKLE];
	unsigned nr_other = 0, refused;
	uint64_t end;

	raw_frame(trickle_frame, 1, 2, 0);
	neighbour_start();
	refused = connect_many("127.0.0.2", per_addr + 4, ZAP_TOO_MANY_CONNECTIONS,
			       "max_connections_per_address", trickle_fd,
			       &nr_trickle);
	CHECK(refused == 4 && nr_trickle == per_addr, "from one address: %u "
	      "accepted, %u refused; want %u and 4", nr_trickle, refused,
	      per_addr);
	refused = connect_many("127.0.0.3", max_conn - nr_trickle,
			       ZAP_TOO_MANY_CONNECTIONS, "max_connections",
			       other, &nr_other);
	CHECK(refused == 1, "at max_connections: %u refused, want 1", refused);
	printf("trickle: %u accepted from one address, %u from another\n",
	       nr_trickle, nr_other);
	while (nr_other)
		close(other[--nr_other]);
	/* the neighbour is served while they trickle (one round: once
	 * closed, they are gone), and they go */
	compare("trickle", 1, trickle_on, nothing, trickle_tick);
	end = now_ns() + (uint64_t)((timeout + 3) * 1e9);
	while (trickle_reap(ZAP_FRAME_TIMEOUT, timeout + 1.5) < nr_trickle &&
	       now_ns() < end) {
		trickle_tick();
		sleep_ms(20);
	}
	CHECK(trickle_reap(ZAP_FRAME_TIMEOUT, timeout + 1.5) == nr_trickle,
	      "tricklers still open %.1f s after frame_timeout", 3.0);
	if (!failures)
		printf("trickle: refusals named their limit; every trickler got "
		       "FRAME_TIMEOUT and was closed in time\n");
	return failures != 0;
}

static int mode_idle_trickle(char **argv)
{
	double timeout = atof(argv[0]);
	Zap__Request req = ZAP__REQUEST__INIT;
	Zap__IdentifyReq id = ZAP__IDENTIFY_REQ__INIT;
	uint64_t end = now_ns() + (uint64_t)((timeout + 3) * 1e9);

	raw_frame(trickle_frame, 2, 2, 0);
	req.body_case = ZAP__REQUEST__BODY_IDENTIFY;
	req.identify = &id;
	trickle_fd[0] = connect_from("127.0.0.1", 0);
	nr_trickle = 1;
	CHECK(raw_send(trickle_fd[0], 1, &req, NULL, 0) == 0 &&
	      raw_recv(trickle_fd[0], NULL) == 0, "IDENTIFY failed");
	trickle_first[0] = now_ns();	/* the last whole frame */
	trickle_sent[0] = 0;
	while (trickle_reap(ZAP_IDLE_TIMEOUT, timeout + 1.5) < 1 &&
	       now_ns() < end) {
		if (trickle_sent[0] < ZAP_FRAME_HDR_LEN &&
		    now_ns() >= trickle_next) {
			trickle_next = now_ns() + 300000000u;
			send(trickle_fd[0], trickle_frame + trickle_sent[0]++,
			     1, MSG_NOSIGNAL);
		}
		sleep_ms(20);
	}
	CHECK(trickle_fd[0] < 0, "a connection sending a byte every 300 ms "
	      "was not closed %.1f s after its last whole frame",
	      timeout + 3);
	if (!failures)
		printf("idle-trickle: IDLE_TIMEOUT counted from the last whole "
		       "frame, not from the bytes after it\n");
	return failures != 0;
}

/* ---- protos: protobufs full of unknown fields ---- */

#define GIANT		(1u << 20)	/* the limit before issue 13 */
/* with the two giants, 100 connections: the count */
#define PIPELINED	98
#define PIPE_THREADS	2
#define FLOOD_THREADS	(2 + PIPE_THREADS)
static atomic_bool protos_stop;
static pthread_t proto_threads[FLOOD_THREADS];
/* replies to the pipelined flooders; how many of those have had one */
static atomic_ulong protos_replies;
static atomic_uint protos_serving;
/* the replies and the time while the neighbour measured */
static uint64_t protos_since, protos_ns, protos_from, protos_counted;

/* What a flooder's thread sends on: plen-byte protobufs, conns at once. */
struct flood {
	uint32_t plen;
	unsigned conns;
};

/* One of its connections: where it is in its batch, and in the frames
 * that come back (counted, not decoded). */
struct flood_conn {
	int fd;
	bool served;
	size_t at;
	uint8_t hdr[ZAP_FRAME_HDR_LEN];
	size_t hdr_got;
	uint64_t skip;
};

/* A request frame of at most plen bytes of unknown fields (field 100,
 * varint 1: 3 bytes each, the costliest to unpack per byte). */
static uint8_t *unknown_frame(uint32_t plen, size_t *len)
{
	uint8_t *f;

	plen -= plen % 3;
	f = malloc(ZAP_FRAME_HDR_LEN + plen);
	raw_frame(f, 1, plen, 0);
	for (uint32_t at = 0; at < plen; at += 3)
		memcpy(f + ZAP_FRAME_HDR_LEN + at, "\xa0\x06\x01", 3);
	*len = ZAP_FRAME_HDR_LEN + plen;
	return f;
}

/* The reply frames that end in the n bytes b received on c. */
static unsigned frames_in(struct flood_conn *c, const uint8_t *b, size_t n)
{
	unsigned frames = 0;

	while (n) {
		size_t k;

		if (c->skip) {
			k = n < c->skip ? n : c->skip;
			c->skip -= k;
		} else {
			struct zap_frame f = { 0 };

			k = sizeof(c->hdr) - c->hdr_got;
			k = n < k ? n : k;
			memcpy(c->hdr + c->hdr_got, b, k);
			c->hdr_got += k;
			if (c->hdr_got == sizeof(c->hdr)) {
				zap_frame_decode(c->hdr, 1u << 30, &f);
				c->skip = (uint64_t)f.proto_len + f.data_len;
				c->hdr_got = 0;
				frames++;
			}
		}
		b += k;
		n -= k;
	}
	return frames;
}

/*
 * Send frames as fast as zapd takes them, on each of the thread's
 * connections (a batch at a time), reading and counting what comes back;
 * reconnect when zapd closes one. At nice 19: a remote attacker spends its
 * own CPU on its own machine, not on the two cores zapd and the neighbour
 * share here (zapd's and the kernel's work for these connections is what
 * is measured).
 */
static void *proto_flood(void *arg)
{
	const struct flood *fl = arg;
	struct flood_conn c[PIPELINED];
	struct pollfd pfd[PIPELINED];
	static __thread uint8_t sink[1 << 16];
	size_t one, len;
	uint8_t *frame = unknown_frame(fl->plen, &one);
	unsigned batch = fl->plen < (64u << 10) ? (64u << 10) / one : 1;

	setpriority(PRIO_PROCESS, gettid(), 19);
	len = one * batch;
	frame = realloc(frame, len);
	for (unsigned i = 1; i < batch; i++)
		memcpy(frame + i * one, frame, one);
	for (unsigned i = 0; i < fl->conns; i++)
		c[i].fd = -1;

	while (!protos_stop) {
		bool closed = false;

		for (unsigned i = 0; i < fl->conns; i++) {
			if (c[i].fd < 0) {
				c[i] = (struct flood_conn){
					.fd = connect_from("127.0.0.2", 0),
				};
				if (c[i].fd >= 0)
					fcntl(c[i].fd, F_SETFL, O_NONBLOCK);
			}
			pfd[i] = (struct pollfd){ .fd = c[i].fd,
						  .events = POLLIN | POLLOUT };
		}
		if (poll(pfd, fl->conns, 100) < 1)
			continue;
		for (unsigned i = 0; i < fl->conns; i++) {
			ssize_t n = 0;

			/* a refusal, or the notice before the end */
			if (pfd[i].revents & (POLLIN | POLLHUP | POLLERR)) {
				n = recv(c[i].fd, sink, sizeof(sink), 0);
				if (n > 0 && batch > 1) {
					protos_replies +=
						frames_in(&c[i], sink, n);
					protos_serving += !c[i].served;
					c[i].served = true;
				}
			} else if (pfd[i].revents & POLLOUT) {
				n = send(c[i].fd, frame + c[i].at,
					 len - c[i].at, MSG_NOSIGNAL);
				if (n > 0)
					c[i].at = (c[i].at + n) % len;
			}
			if (n == 0 && !(pfd[i].revents & POLLIN))
				continue;
			if (n <= 0 && (n == 0 || errno != EAGAIN)) {
				close(c[i].fd);
				c[i].fd = -1;
				closed = true;
			}
		}
		/* refused (zapd closed): a pause before the next try, as a
		 * client would; a connection flood is another attack */
		if (closed)
			sleep_ms(20);
	}
	for (unsigned i = 0; i < fl->conns; i++)
		if (c[i].fd >= 0)
			close(c[i].fd);
	free(frame);
	return NULL;
}

static void protos_on(void)
{
	static const struct flood giant = { GIANT, 1 }, pipelined = {
		ZAP_MAX_REQUEST_PROTO_LEN, PIPELINED / PIPE_THREADS,
	};

	uint64_t end = now_ns() + PHASE_MAX_NS;

	protos_stop = false;
	protos_serving = 0;
	for (int i = 0; i < FLOOD_THREADS; i++)
		pthread_create(&proto_threads[i], NULL, proto_flood,
			       (void *)(i < 2 ? &giant : &pipelined));
	/* the neighbour measures once zapd is busy with every one of them
	 * (at nice 19 on a loaded machine they take a while to connect) */
	sleep_ms(100);
	while (protos_serving < PIPELINED && now_ns() < end)
		sleep_ms(10);
	protos_since = now_ns();
	protos_from = protos_replies;
}

static void protos_off(void)
{
	protos_ns += now_ns() - protos_since;
	protos_counted += protos_replies - protos_from;
	protos_stop = true;
	for (int i = 0; i < FLOOD_THREADS; i++)
		pthread_join(proto_threads[i], NULL);
}

static int mode_protos(char **argv)
{
	neighbour_start();
	compare("protos", ROUNDS, protos_on, protos_off, NULL);
	/* how hard they pressed: a run whose flooders got little CPU says
	 * little about the ratio */
	printf("protos: the pipelined flooders got %lu refusals while the "
	       "neighbour measured, %.0f a second\n",
	       (unsigned long)protos_counted, protos_counted /
	       (protos_ns / 1e9));
	/* Connections that spent their share go on in the background: they
	 * are served too, at least a share a millisecond (one share is two
	 * of these frames), not starved by the neighbour */
	CHECK(protos_counted >= 64 * ROUNDS, "the pipelined flooders got %lu "
	      "refusals in %.2f s: busy connections are starved",
	      (unsigned long)protos_counted, protos_ns / 1e9);
	return failures != 0;
}

/* ---- idle: what a connection costs ---- */

static int mode_idle(char **argv)
{
	unsigned n = atoi(argv[0]);
	uint64_t max = strtoull(argv[1], NULL, 0), before, after;
	Zap__Request hello = ZAP__REQUEST__INIT, ident = ZAP__REQUEST__INIT;
	Zap__HelloReq h = ZAP__HELLO_REQ__INIT;
	Zap__IdentifyReq id = ZAP__IDENTIFY_REQ__INIT;
	struct rlimit rl;
	int *fds = calloc(n, sizeof(*fds));

	if (!fds) {
		printf("FAIL: out of memory\n");
		return 1;
	}
	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_cur = rl.rlim_max;
	if (setrlimit(RLIMIT_NOFILE, &rl) || rl.rlim_cur < n + 64) {
		printf("FAIL: cannot open %u files (limit %llu)\n", n + 64,
		       (unsigned long long)rl.rlim_cur);
		return 1;
	}
	h.min_version = h.max_version = 1;
	h.client_name = "idle";
	hello.body_case = ZAP__REQUEST__BODY_HELLO;
	hello.hello = &h;
	ident.body_case = ZAP__REQUEST__BODY_IDENTIFY;
	ident.identify = &id;
	neighbour_start();
	before = zapd_rss();
	for (unsigned i = 0; i < n; i++) {
		fds[i] = connect_from("127.0.0.1", 0);
		if (fds[i] < 0 || raw_send(fds[i], 1, &hello, NULL, 0) ||
		    raw_send(fds[i], 2, &ident, NULL, 0)) {
			printf("FAIL: connection %u\n", i);
			return 1;
		}
	}
	for (unsigned i = 0; i < n; i++)
		CHECK(raw_recv(fds[i], NULL) == 0 && raw_recv(fds[i], NULL) == 0,
		      "connection %u: HELLO or IDENTIFY failed", i);
	sleep_ms(500);
	after = zapd_rss();
	printf("idle: %u connections (HELLO, IDENTIFY, then idle) cost %.1f "
	       "MiB of zapd's RSS, %.1f KiB each; limit %.1f MiB\n", n,
	       (after - before) / 1048576.0,
	       (after - before) / 1024.0 / n, max / 1048576.0);
	CHECK(after - before <= max, "idle connections cost %" PRIu64
	      " bytes, over %" PRIu64, after - before, max);
	for (unsigned i = 0; i < n; i++)
		close(fds[i]);
	free(fds);
	return failures != 0;
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int args;
		int (*fn)(char **argv);
	} modes[] = {
		{ "readers", 1, mode_readers },
		{ "trickle", 3, mode_trickle },
		{ "idle-trickle", 1, mode_idle_trickle },
		{ "protos", 0, mode_protos },
		{ "idle", 2, mode_idle },
	};

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (unsigned i = 0; argc >= 5 && i < sizeof(modes) / sizeof(modes[0]);
	     i++) {
		if (strcmp(argv[1], modes[i].name) || argc != 5 + modes[i].args)
			continue;
		addr = argv[2];
		drive = argv[3];
		zapd_pid = atoi(argv[4]);
		return modes[i].fn(argv + 5);
	}
	fprintf(stderr, "usage: limits_load MODE ADDR DRIVE PID [ARGS] "
		"(see the comment at the top of limits_load.c)\n");
	return 2;
}
