/* SPDX-License-Identifier: MIT */
/*
 * file_server - the fair limit of a file-backed append daemon for
 * tests/bench/run.sh: a minimal request/reply server on loopback that
 * writes each request's payload into a file, in tcp_echo's framing (a
 * 32-byte header, then SIZE bytes; a 32-byte reply). One thread and one
 * epoll loop, as zapd has. The file is cut into --zones regions (default
 * 1), and each request goes to one of them at random, at that region's
 * next offset (wrapping at its end), as zap-stress spreads its appends
 * over its target zones: the same write pattern. Per loop turn and
 * connection, the whole requests read are written with one pwritev per
 * region and contiguous run. The file is filled before the first request,
 * so every write overwrites allocated blocks, as zapd's recycled zones
 * do; with --sync one fdatasync, on this thread, covers the turn's writes
 * before their replies are sent (group commit, without an io worker). No
 * protocol, no checks, no state: what is left is TCP, the page cache and
 * the disk. With --sums it also does what zapd's emu drive does for its
 * checksums, with the emu's own code (block_sums.h): a CRC-32C of every
 * 4 KiB block, seeded with its block number, 4 bytes each, kept in memory
 * per region and written to a region after the data when the region
 * wraps (zapd: at its checkpoints), so that their cost can be told apart.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <getopt.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "block_sums.h"

#define HDR	32
#define RBUF	(4u << 20)
#define MAX_CONNS	1024
#define MAX_ZONES	1024

struct conn {
	int fd;
	uint8_t *buf;
	size_t have;
	unsigned ready;		/* whole requests written, not answered */
};

static size_t size;		/* payload bytes of a request */
static size_t cap;		/* receive buffer bytes */
static off_t file_bytes, zone_bytes;
static off_t pos[MAX_ZONES];	/* next offset in each region */
static unsigned nr_zones = 1;
static uint64_t rng = 0x9e3779b97f4a7c15ull;
static int file_fd;
static bool durable;
static bool sums;		/* --sums: a CRC per block, after the data */
static struct block_sums sums_region;	/* zapd's, in file_fd */
static uint8_t reply[(RBUF / HDR + 1) * HDR];

static void usage(FILE *f)
{
	fprintf(f,
"Usage: file_server -f FILE -b BYTES -s SIZE -p PORT_FILE [--zones N]\n"
"                   [--sync] [--sums]\n"
"\n"
"Listens on 127.0.0.1 (an ephemeral port, written to PORT_FILE once the\n"
"file is ready), fills FILE to BYTES, then writes the SIZE-byte payload of\n"
"each request (tcp_echo's framing) into one of N equal regions of it\n"
"(default 1), chosen at random, at the region's next offset, wrapping at\n"
"its end, and answers with 32 bytes; --sync: after an fdatasync. --sums:\n"
"also a CRC-32C of every 4 KiB block (SIZE a multiple of 4 KiB), kept in\n"
"memory per region and written, 4 bytes each, after the data when the\n"
"region wraps, as zapd's emu drive keeps them. Runs until killed.\n");
}

#define BLOCK_SHIFT	12
#define BLOCK		(1u << BLOCK_SHIFT)

/* Every block of the file written once and on disk, so that the run
 * overwrites allocated blocks. */
static int fill(void)
{
	static uint8_t zero[1 << 20];
	off_t end = file_bytes +
		    (sums ? file_bytes / BLOCK * BLOCK_SUM_BYTES : 0);

	for (off_t off = 0; off < end; off += sizeof(zero)) {
		size_t n = end - off < (off_t)sizeof(zero) ?
			   (size_t)(end - off) : sizeof(zero);

		if (pwrite(file_fd, zero, n, off) != (ssize_t)n)
			return -1;
	}
	return fdatasync(file_fd);
}

static unsigned pick_zone(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % nr_zones);
}

/* Write the whole requests in c's buffer; keep the partial one. */
static int take(struct conn *c)
{
	size_t frame = HDR + size, k = c->have / frame;
	static unsigned zone_of[RBUF / HDR + 1];
	struct iovec iov[IOV_MAX];

	for (size_t i = 0; i < k; i++)
		zone_of[i] = pick_zone();
	/* one pwritev per region and contiguous run */
	for (unsigned z = 0; z < nr_zones; z++) {
		off_t base = (off_t)z * zone_bytes;
		size_t i = 0;

		for (;;) {
			size_t n = 0, bytes = 0;

			for (; i < k && n < IOV_MAX; i++) {
				if (zone_of[i] != z)
					continue;
				if (pos[z] + (off_t)(bytes + size) > zone_bytes)
					break;
				iov[n].iov_base = c->buf + i * frame + HDR;
				iov[n++].iov_len = size;
				bytes += size;
			}
			/* zapd's own code: sums first, as the emu drive */
			if (n && sums &&
			    block_sums_write(&sums_region,
					     (uint64_t)(base + pos[z]) / BLOCK,
					     iov, (int)n))
				return -1;
			if (n && pwritev(file_fd, iov, (int)n, base + pos[z]) !=
				 (ssize_t)bytes)
				return -1;
			pos[z] += bytes;
			if (i == k)
				break;
			if (n < IOV_MAX)
				pos[z] = 0;	/* the region's end: wrap */
		}
	}
	c->ready += k;
	c->have -= k * frame;
	memmove(c->buf, c->buf + k * frame, c->have);
	return 0;
}

static int answer(struct conn *c)
{
	size_t len = (size_t)c->ready * HDR, off = 0;

	while (off < len) {
		ssize_t n = send(c->fd, reply + off, len - off, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;	/* the client's 32 bytes fit: a bug */
		off += n;
	}
	c->ready = 0;
	return 0;
}

static void drop(int ep, struct conn *c)
{
	epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
	close(c->fd);
	free(c->buf);
	c->buf = NULL;
	c->fd = -1;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "sync", no_argument, NULL, 'y' },
		{ "sums", no_argument, NULL, 'c' },
		{ "zones", required_argument, NULL, 'z' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof(sa);
	const char *file = NULL, *port_file = NULL;
	struct epoll_event ev[64];
	static struct conn conns[MAX_CONNS];
	static struct conn *ready[MAX_CONNS];
	int opt, lfd, ep, nready;
	FILE *pf;

	while ((opt = getopt_long(argc, argv, "f:b:s:p:h", opts, NULL)) != -1) {
		switch (opt) {
		case 'f':
			file = optarg;
			break;
		case 'b':
			file_bytes = atoll(optarg);
			break;
		case 's':
			size = (size_t)atol(optarg);
			break;
		case 'p':
			port_file = optarg;
			break;
		case 'y':
			durable = true;
			break;
		case 'c':
			sums = true;
			break;
		case 'z':
			nr_zones = (unsigned)atoi(optarg);
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!file || !port_file || !size || size > RBUF / 2 ||
	    !nr_zones || nr_zones > MAX_ZONES ||
	    file_bytes / nr_zones < (off_t)size || optind != argc ||
	    (sums && size % BLOCK)) {
		usage(stderr);
		return 2;
	}
	zone_bytes = file_bytes / nr_zones / size * size;
	cap = RBUF > 2 * (HDR + size) ? RBUF : 2 * (HDR + size);
	signal(SIGPIPE, SIG_IGN);
	file_fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	sums_region = (struct block_sums){ .fd = file_fd, .off = file_bytes,
					   .lba_shift = BLOCK_SHIFT };
	if (sums && block_sums_init(&sums_region, nr_zones,
				    zone_bytes / BLOCK)) {
		perror("file_server");
		return 1;
	}
	lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	ep = epoll_create1(EPOLL_CLOEXEC);
	if (file_fd < 0 || fill() || lfd < 0 || ep < 0 ||
	    bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) ||
	    listen(lfd, MAX_CONNS) ||
	    getsockname(lfd, (struct sockaddr *)&sa, &len)) {
		perror("file_server");
		return 1;
	}
	ev[0] = (struct epoll_event){ .events = EPOLLIN, .data.ptr = NULL };
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev[0]);
	pf = fopen(port_file, "w");
	if (!pf || fprintf(pf, "127.0.0.1:%u\n", ntohs(sa.sin_port)) < 0 ||
	    fclose(pf)) {
		perror("file_server: port file");
		return 1;
	}
	for (int i = 0; i < MAX_CONNS; i++)
		conns[i].fd = -1;
	for (;;) {
		int n = epoll_wait(ep, ev, 64, -1);

		if (n < 0 && errno == EINTR)
			continue;
		nready = 0;
		for (int i = 0; i < n; i++) {
			struct conn *c = ev[i].data.ptr;
			ssize_t got;

			if (!c) {
				int fd = accept4(lfd, NULL, NULL,
						 SOCK_CLOEXEC | SOCK_NONBLOCK);
				int one = 1, k;

				for (k = 0; fd >= 0 && k < MAX_CONNS &&
					    conns[k].fd >= 0; k++)
					;
				if (fd < 0 || k == MAX_CONNS) {
					if (fd >= 0)
						close(fd);
					continue;
				}
				setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
					   sizeof(one));
				conns[k] = (struct conn){ .fd = fd,
							  .buf = malloc(cap) };
				ev[i].events = EPOLLIN;
				ev[i].data.ptr = &conns[k];
				epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev[i]);
				continue;
			}
			got = recv(c->fd, c->buf + c->have, cap - c->have, 0);
			if (got < 0 && (errno == EAGAIN || errno == EINTR))
				continue;
			if (got <= 0) {
				drop(ep, c);
				continue;
			}
			c->have += got;
			if (!c->ready)
				ready[nready++] = c;
			if (take(c)) {
				perror("file_server: write");
				return 1;
			}
		}
		if (durable && nready && fdatasync(file_fd)) {
			perror("file_server: fdatasync");
			return 1;
		}
		for (int i = 0; i < nready; i++)
			if (ready[i]->fd >= 0 && ready[i]->ready &&
			    answer(ready[i]))
				drop(ep, ready[i]);
	}
}
