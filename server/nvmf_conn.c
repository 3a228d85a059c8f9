/* SPDX-License-Identifier: MIT */
#include "nvmf_conn.h"

#include <endian.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "list.h"
#include "log.h"
#include "netaddr.h"
#include "nvme_status.h"
#include "nvmf_ctrl.h"
#include "nvmf_pdu.h"
#include "server.h"
#include "util.h"

/* A connection that has not said Connect by then is closed. */
#define CONNECT_DEADLINE_S	10
/* Bytes read per readiness event, so one host cannot starve others. */
#define READ_BUDGET		(4u << 20)
/* Unsent responses and read data beyond this pause reading. */
#define OUTPUT_HIGH		(16u << 20)
#define OP_FABRICS		0x7f

enum slot_state {
	SLOT_FREE,
	SLOT_DATA_IN,	/* R2T sent, H2CData arriving */
	SLOT_EXEC,	/* the controller layer has it */
};

struct nvmf_slot {
	struct nvmf_cmd cmd;
	struct nvmf_conn *conn;
	uint8_t state;
	bool c2h;		/* its data goes to the host */
	uint32_t received;	/* H2C bytes so far */
	uint16_t data_status;	/* bad data digest: answer, run nothing */
};

struct nvmf_conn {
	struct nvmf *fe;
	int fd;			/* -1 once closed */
	struct event *ev_read, *ev_write, *deadline;
	struct evbuffer *in, *out;
	struct reactor_deferred flush;
	char peer[64];
	struct nvmf_pdu_limits lim;
	struct nvmf_queue q;
	bool have_hdr;		/* pdu describes the PDU being buffered */
	struct nvmf_pdu_layout pdu;
	unsigned busy;		/* slots not free */
	uint32_t received;	/* capsules, for SQHD */
	bool in_input, read_paused, write_armed, close_after_flush;
	struct list_node link;	/* in fe->conns */
	uint8_t free_slots[NVMF_QUEUE_SIZE];	/* a stack of indexes */
	struct nvmf_slot slots[NVMF_QUEUE_SIZE];
};

struct nvmf {
	struct server *srv;
	char listen[128];	/* nvmf_listen, as configured */
	struct nvmf_subsys subsys;
	struct evconnlistener *listener;
	struct list conns;	/* struct nvmf_conn */
	unsigned nr_conns;
};

static void process_input(struct nvmf_conn *c);
static void conn_close(struct nvmf_conn *c, const char *why);

static void conn_free(struct nvmf_conn *c)
{
	struct nvmf *fe = c->fe;

	list_del(&fe->conns, &c->link);
	fe->nr_conns--;
	evbuffer_free(c->in);
	evbuffer_free(c->out);
	free(c);
}

/* A closed connection lives until its last command is done; it is freed
 * from the loop (on_flush), never under a caller that still holds it. */
static void conn_maybe_free(struct nvmf_conn *c)
{
	if (c->fd < 0 && !c->busy)
		reactor_defer(&c->fe->srv->reactor, &c->flush);
}

static struct nvmf_slot *slot_get(struct nvmf_conn *c)
{
	struct nvmf_slot *slot = &c->slots[c->free_slots[NVMF_QUEUE_SIZE -
							   1 - c->busy]];

	c->busy++;
	memset(&slot->cmd, 0, sizeof(slot->cmd));
	slot->received = 0;
	slot->data_status = 0;
	return slot;
}

static void slot_put(struct nvmf_slot *slot)
{
	struct nvmf_conn *c = slot->conn;

	free(slot->cmd.buf);
	slot->cmd.buf = NULL;
	slot->state = SLOT_FREE;
	c->busy--;
	c->free_slots[NVMF_QUEUE_SIZE - 1 - c->busy] = slot - c->slots;
}

/* --- output ------------------------------------------------------------- */

static bool may_read(const struct nvmf_conn *c)
{
	return !c->close_after_flush &&
	       evbuffer_get_length(c->out) <= OUTPUT_HIGH;
}

static void pause_reading(struct nvmf_conn *c)
{
	if (!c->read_paused) {
		c->read_paused = true;
		event_del(c->ev_read);
	}
}

static void resume_reading(struct nvmf_conn *c)
{
	if (!c->read_paused || !may_read(c))
		return;
	c->read_paused = false;
	event_add(c->ev_read, NULL);
	if (!c->in_input)
		process_input(c);
}

static void flush_output(struct nvmf_conn *c)
{
	while (evbuffer_get_length(c->out)) {
		if (evbuffer_write(c->out, c->fd) >= 0)
			continue;
		if (errno == EAGAIN || errno == EINTR)
			break;
		conn_close(c, strerror(errno));
		return;
	}
	if (evbuffer_get_length(c->out)) {
		if (!c->write_armed) {
			c->write_armed = true;
			event_add(c->ev_write, NULL);
		}
		return;
	}
	if (c->write_armed) {
		c->write_armed = false;
		event_del(c->ev_write);
	}
	if (c->close_after_flush)
		conn_close(c, "protocol error");
	else
		resume_reading(c);
}

static void on_flush(struct reactor_deferred *d)
{
	struct nvmf_conn *c = container_of(d, struct nvmf_conn, flush);

	if (c->fd >= 0)
		flush_output(c);
	else if (!c->busy)
		conn_free(c);
}

static void on_writable(evutil_socket_t fd, short what, void *arg)
{
	flush_output(arg);
}

static void send_bytes(struct nvmf_conn *c, const void *buf, size_t len)
{
	if (evbuffer_add(c->out, buf, len))
		conn_close(c, "out of memory");
	else
		reactor_defer(&c->fe->srv->reactor, &c->flush);
}

static void free_sent(const void *data, size_t len, void *arg)
{
	free((void *)data);
}

/* C2HData with the whole read, then the response. */
static void send_response(struct nvmf_conn *c, struct nvmf_slot *slot)
{
	struct nvmf_cmd *cmd = &slot->cmd;
	uint8_t h[NVMF_PDU_OUT_MAX];
	struct nvmf_cqe cqe = {
		.result = cmd->result,
		.sqhd = htole16(c->received % (c->q.sqsize + 1u)),
		.sqid = htole16(c->q.qid),
		.cid = cmd->sqe.cid,
		.status = htole16(cmd->status << 1),
	};
	size_t n;

	if (!cmd->status && slot->c2h && cmd->len) {
		uint32_t digest = nvmf_pdu_ddgst(cmd->buf, cmd->len);

		n = nvmf_pdu_c2h(h, c->lim.hdgst, c->lim.ddgst, cmd->sqe.cid,
				 0, cmd->len, true);
		if (evbuffer_add(c->out, h, n) ||
		    evbuffer_add_reference(c->out, cmd->buf, cmd->len,
					   free_sent, NULL)) {
			conn_close(c, "out of memory");
			return;
		}
		cmd->buf = NULL;	/* the evbuffer frees it */
		if (c->lim.ddgst)
			evbuffer_add(c->out, &digest, sizeof(digest));
	}
	send_bytes(c, h, nvmf_pdu_rsp(h, c->lim.hdgst, &cqe));
}

/* A PDU we cannot go on after: C2HTermReq, then close once it is sent. */
static void fatal(struct nvmf_conn *c, int fes, uint32_t fei,
		  const void *hdr, size_t hdr_len)
{
	uint8_t pdu[NVMF_PDU_OUT_MAX];

	log_warn("nvmf connection error peer=%s error=\"%s\" field=%u",
		 c->peer, nvmf_fes_name(fes), fei);
	c->close_after_flush = true;
	pause_reading(c);
	send_bytes(c, pdu, nvmf_pdu_term(pdu, fes, fei, hdr, hdr_len));
}

/* --- commands ----------------------------------------------------------- */

static void complete(struct nvmf_slot *slot)
{
	struct nvmf_conn *c = slot->conn;

	if (c->fd >= 0)
		send_response(c, slot);
	slot_put(slot);
	conn_maybe_free(c);
}

static void on_cmd_done(struct nvmf_cmd *cmd)
{
	complete(container_of(cmd, struct nvmf_slot, cmd));
}

static void exec_slot(struct nvmf_slot *slot)
{
	struct nvmf_conn *c = slot->conn;

	slot->state = SLOT_EXEC;
	slot->cmd.done = on_cmd_done;
	if (slot->data_status) {
		slot->cmd.status = slot->data_status;
		complete(slot);
		return;
	}
	if (!nvmf_ctrl_exec(&c->q, &slot->cmd))
		complete(slot);
	if (c->q.ctrl && c->deadline) {
		event_free(c->deadline);
		c->deadline = NULL;
	}
}

/* The data of the PDU being handled into dst; false if its digest is
 * wrong. */
static bool take_data(struct nvmf_conn *c, void *dst, uint32_t len)
{
	uint32_t digest;

	evbuffer_remove(c->in, dst, len);
	if (!c->pdu.ddgst)
		return true;
	evbuffer_remove(c->in, &digest, sizeof(digest));
	return digest == nvmf_pdu_ddgst(dst, len);
}

static void skip_data(struct nvmf_conn *c)
{
	evbuffer_drain(c->in, c->pdu.data_len +
			      (c->pdu.ddgst ? NVMF_DIGEST_LEN : 0));
}

/* Data direction from the opcode's (or fctype's) low bits: 1 to zapd,
 * 2 to the host. */
static unsigned xfer_dir(const struct nvmf_sqe *sqe)
{
	return (sqe->opcode == OP_FABRICS ? (sqe->nsid & 0xff) :
		sqe->opcode) & 3;
}

/* Answer at once, without running the command. */
static void answer(struct nvmf_slot *slot, uint16_t status)
{
	slot->state = SLOT_EXEC;
	slot->cmd.status = status;
	complete(slot);
}

static void handle_capsule(struct nvmf_conn *c, const struct nvmf_cmd_pdu *p)
{
	unsigned depth = c->q.ctrl ? c->q.sqsize + 1u : 1;
	uint32_t len = le32toh(p->sqe.sgl_len);
	unsigned dir = xfer_dir(&p->sqe);
	struct nvmf_slot *slot;

	if (c->fe->srv->stopping) {
		/* unanswered: the host sends it again after reconnecting */
		skip_data(c);
		return;
	}
	if (c->busy >= depth)
		return fatal(c, NVMF_FES_SEQUENCE, 0, p, sizeof(*p));
	if (c->pdu.data_len && (dir != 1 || c->pdu.data_len != len))
		return fatal(c, NVMF_FES_OUT_OF_RANGE, 0, p, sizeof(*p));
	c->received++;
	slot = slot_get(c);
	slot->cmd.sqe = p->sqe;
	slot->c2h = dir == 2;
	if (len > nvmf_queue_max_bytes(&c->q) || dir == 3 || (len && !dir)) {
		skip_data(c);
		return answer(slot, NVME_SC_SGL_LENGTH | NVME_STATUS_DNR);
	}
	if (len && posix_memalign(&slot->cmd.buf, 4096,
				  (len + 4095) & ~4095u)) {
		slot->cmd.buf = NULL;
		skip_data(c);
		return answer(slot, NVME_SC_INTERNAL);
	}
	slot->cmd.len = len;
	if (c->pdu.data_len) {
		if (!take_data(c, slot->cmd.buf, len))
			slot->data_status = NVME_SC_DATA_XFER_ERROR;
	} else if (dir == 1 && len) {
		uint8_t r2t[NVMF_PDU_OUT_MAX];

		slot->state = SLOT_DATA_IN;
		send_bytes(c, r2t, nvmf_pdu_r2t(r2t, c->lim.hdgst, p->sqe.cid,
						slot - c->slots, 0, len));
		return;
	} else if (len) {
		memset(slot->cmd.buf, 0, len);
	}
	exec_slot(slot);
}

static void handle_h2c(struct nvmf_conn *c, const struct nvmf_data_pdu *p)
{
	uint16_t ttag = le16toh(p->ttag);
	uint32_t off = le32toh(p->offset), len = le32toh(p->length);
	struct nvmf_slot *slot = ttag < NVMF_QUEUE_SIZE ?
				 &c->slots[ttag] : NULL;
	bool last;

	if (!slot || slot->state != SLOT_DATA_IN || slot->cmd.sqe.cid != p->cid)
		return fatal(c, NVMF_FES_INVALID_HEADER,
			     offsetof(struct nvmf_data_pdu, ttag), p,
			     sizeof(*p));
	if (len != c->pdu.data_len)
		return fatal(c, NVMF_FES_INVALID_HEADER,
			     offsetof(struct nvmf_data_pdu, length), p,
			     sizeof(*p));
	if (off != slot->received || len > slot->cmd.len - off)
		return fatal(c, NVMF_FES_OUT_OF_RANGE,
			     offsetof(struct nvmf_data_pdu, offset), p,
			     sizeof(*p));
	if (!take_data(c, (uint8_t *)slot->cmd.buf + off, len))
		slot->data_status = NVME_SC_DATA_XFER_ERROR;
	slot->received += len;
	last = p->hdr.flags & NVMF_F_DATA_LAST;
	if (last != (slot->received == slot->cmd.len))
		return fatal(c, NVMF_FES_SEQUENCE,
			     offsetof(struct nvmf_pdu_hdr, flags), p,
			     sizeof(*p));
	if (last)
		exec_slot(slot);
}

static void handle_icreq(struct nvmf_conn *c, const struct nvmf_icreq *req)
{
	uint8_t resp[NVMF_PDU_OUT_MAX];
	uint8_t digest;
	uint32_t fei;
	int fes = nvmf_pdu_icreq(req, &digest, &fei);

	if (fes)
		return fatal(c, fes, fei, req, sizeof(*req));
	c->lim.ic_done = true;
	c->lim.hdgst = digest & NVMF_DIGEST_HDR;
	c->lim.ddgst = digest & NVMF_DIGEST_DATA;
	send_bytes(c, resp, nvmf_pdu_icresp(resp, digest, c->lim.max_h2c));
}

/* A whole PDU is buffered: its header is checked, the rest is ours. */
static void handle_pdu(struct nvmf_conn *c)
{
	uint8_t hdr[NVMF_PDU_HDR_MAX];
	const struct nvmf_pdu_hdr *h = (const void *)hdr;
	const struct nvmf_term_pdu *term = (const void *)hdr;

	evbuffer_remove(c->in, hdr, c->pdu.hdr_len);
	if (c->pdu.hdr_len > h->hlen && !nvmf_pdu_hdgst_ok(hdr, h->hlen))
		return fatal(c, NVMF_FES_HDR_DIGEST, 0, hdr, h->hlen);
	switch (h->type) {
	case NVMF_PDU_ICREQ:
		return handle_icreq(c, (const void *)hdr);
	case NVMF_PDU_CMD:
		return handle_capsule(c, (const void *)hdr);
	case NVMF_PDU_H2C_DATA:
		return handle_h2c(c, (const void *)hdr);
	default:	/* NVMF_PDU_H2C_TERM */
		log_warn("nvmf host ended the connection peer=%s error=\"%s\"",
			 c->peer, nvmf_fes_name(le16toh(term->fes)));
		conn_close(c, "H2CTermReq");
	}
}

static void process_input(struct nvmf_conn *c)
{
	c->in_input = true;
	while (c->fd >= 0 && !c->close_after_flush) {
		if (!may_read(c)) {
			pause_reading(c);
			break;
		}
		if (!c->have_hdr) {
			struct nvmf_pdu_hdr h;
			uint32_t fei;
			int fes;

			if (evbuffer_copyout(c->in, &h, sizeof(h)) <
			    (ssize_t)sizeof(h))
				break;
			fes = nvmf_pdu_check(&h, &c->lim, &c->pdu, &fei);
			if (fes) {
				fatal(c, fes, fei, &h, sizeof(h));
				break;
			}
			c->have_hdr = true;
		}
		if (evbuffer_get_length(c->in) < c->pdu.plen)
			break;
		c->have_hdr = false;
		handle_pdu(c);
	}
	c->in_input = false;
}

static void on_readable(evutil_socket_t fd, short what, void *arg)
{
	struct nvmf_conn *c = arg;
	size_t budget = READ_BUDGET;
	bool eof = false;

	while (budget) {
		int n = evbuffer_read(c->in, fd, budget);

		if (n == 0) {
			eof = true;
			break;
		}
		if (n < 0) {
			if (errno == EAGAIN || errno == EINTR)
				break;
			conn_close(c, strerror(errno));
			return;
		}
		budget -= (size_t)n < budget ? (size_t)n : budget;
	}
	process_input(c);
	if (eof && c->fd >= 0)
		conn_close(c, "host closed the connection");
}

/* --- connections -------------------------------------------------------- */

static void conn_close(struct nvmf_conn *c, const char *why)
{
	if (c->fd < 0)
		return;
	log_debug("nvmf connection closed peer=%s qid=%u reason=\"%s\" "
		  "in_flight=%u", c->peer, c->q.qid, why, c->busy);
	event_free(c->ev_read);
	event_free(c->ev_write);
	if (c->deadline)
		event_free(c->deadline);
	c->deadline = NULL;
	shutdown(c->fd, SHUT_WR);
	close(c->fd);
	c->fd = -1;
	for (unsigned i = 0; i < NVMF_QUEUE_SIZE; i++) {
		struct nvmf_slot *slot = &c->slots[i];

		if (slot->state == SLOT_DATA_IN ||
		    (slot->state == SLOT_EXEC &&
		     nvmf_ctrl_cancel(&c->q, &slot->cmd)))
			slot_put(slot);
	}
	nvmf_queue_gone(&c->q);
	conn_maybe_free(c);
}

static void on_kill(struct nvmf_queue *q, const char *why)
{
	conn_close(container_of(q, struct nvmf_conn, q), why);
}

static void on_deadline(evutil_socket_t fd, short what, void *arg)
{
	conn_close(arg, "no Connect within 10 s");
}

static struct nvmf_conn *conn_new(struct nvmf *fe, int fd)
{
	struct nvmf_conn *c = calloc(1, sizeof(*c));
	struct event_base *base = fe->srv->reactor.base;
	struct timeval tv = { CONNECT_DEADLINE_S, 0 };

	if (!c)
		return NULL;
	c->fe = fe;
	c->fd = fd;
	c->flush.fn = on_flush;
	c->lim.max_incapsule = NVMF_INCAPSULE_DATA;
	c->lim.max_h2c = fe->subsys.max_bytes;
	c->q.subsys = &fe->subsys;
	c->q.kill = on_kill;
	for (unsigned i = 0; i < NVMF_QUEUE_SIZE; i++) {
		c->slots[i].conn = c;
		c->free_slots[i] = NVMF_QUEUE_SIZE - 1 - i;
	}
	c->in = evbuffer_new();
	c->out = evbuffer_new();
	c->ev_read = event_new(base, fd, EV_READ | EV_PERSIST, on_readable, c);
	c->ev_write = event_new(base, fd, EV_WRITE | EV_PERSIST, on_writable,
				c);
	c->deadline = evtimer_new(base, on_deadline, c);
	if (c->in && c->out && c->ev_read && c->ev_write && c->deadline &&
	    !event_add(c->ev_read, NULL) && !evtimer_add(c->deadline, &tv))
		return c;
	if (c->ev_read)
		event_free(c->ev_read);
	if (c->ev_write)
		event_free(c->ev_write);
	if (c->deadline)
		event_free(c->deadline);
	if (c->in)
		evbuffer_free(c->in);
	if (c->out)
		evbuffer_free(c->out);
	free(c);
	return NULL;
}

static void on_accept(struct evconnlistener *l, evutil_socket_t fd,
		      struct sockaddr *sa, int salen, void *arg)
{
	struct nvmf *fe = arg;
	struct server *srv = fe->srv;
	struct sockaddr_storage ss = { 0 };
	char peer[sizeof(((struct nvmf_conn *)0)->peer)];
	struct nvmf_conn *c;
	socklen_t len;
	int one = 1;

	memcpy(&ss, sa, (size_t)salen < sizeof(ss) ? (size_t)salen :
	       sizeof(ss));
	netaddr_format(&ss, peer, sizeof(peer));
	if (srv->stopping || fe->nr_conns >= srv->limits.max_connections) {
		log_warn("nvmf connection refused peer=%s reason=\"%s\"", peer,
			 srv->stopping ? "stopping" :
			 "max_connections reached");
		close(fd);
		return;
	}
	evutil_make_socket_nonblocking(fd);
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	c = conn_new(fe, fd);
	if (!c) {
		close(fd);
		return;
	}
	len = sizeof(c->q.local);
	getsockname(fd, (struct sockaddr *)&c->q.local, &len);
	strcpy(c->peer, peer);
	list_add_head(&fe->conns, &c->link);
	fe->nr_conns++;
	log_debug("nvmf connection accepted peer=%s", c->peer);
}

int nvmf_start(struct server *srv, const struct nvmf_config *cfg)
{
	struct sockaddr_storage ss;
	socklen_t len;
	char bound[80];
	struct nvmf *fe;

	if (!cfg->listen || !cfg->listen[0])
		return 0;
	if (netaddr_parse(cfg->listen, &ss, &len)) {
		log_error("bad nvmf_listen address=%s hint=\"HOST:PORT with a "
			  "numeric IPv4 or [IPv6] host\"", cfg->listen);
		return -EINVAL;
	}
	fe = calloc(1, sizeof(*fe));
	if (!fe)
		return -ENOMEM;
	fe->srv = srv;
	snprintf(fe->listen, sizeof(fe->listen), "%s", cfg->listen);
	if (nvmf_subsys_init(&fe->subsys, srv, cfg->nqn, cfg->hosts,
			     cfg->any_host)) {
		free(fe);
		return -EINVAL;
	}
	fe->listener = evconnlistener_new_bind(srv->reactor.base, on_accept,
					       fe, LEV_OPT_REUSEABLE |
					       LEV_OPT_CLOSE_ON_FREE |
					       LEV_OPT_CLOSE_ON_EXEC, 128,
					       (struct sockaddr *)&ss, len);
	if (!fe->listener) {
		int err = errno;

		log_error("cannot listen nvmf_listen=%s err=\"%s\"",
			  cfg->listen, strerror(err));
		free(fe);
		return err ? -err : -EIO;
	}
	srv->nvmf = fe;
	len = sizeof(ss);
	getsockname(evconnlistener_get_fd(fe->listener),
		    (struct sockaddr *)&ss, &len);
	netaddr_format(&ss, bound, sizeof(bound));
	log_info("nvmf listening address=%s nqn=%s namespaces=%u mdts=%uK",
		 bound, fe->subsys.nqn, fe->subsys.nr_ns,
		 fe->subsys.max_bytes >> 10);
	return 0;
}

void nvmf_reload(struct server *srv, const struct nvmf_config *cfg)
{
	struct nvmf *fe = srv->nvmf;
	const char *listen = cfg->listen ? cfg->listen : "";
	int closed;

	/* A new address or NQN would strand the hosts connected to the old
	 * one, and a discovery log naming either would be wrong until the
	 * listener moved: both stay as they are until a restart. */
	if (strcmp(listen, fe ? fe->listen : ""))
		log_warn("SIGHUP: nvmf_listen changed to \"%s\": needs a "
			 "restart; serving \"%s\" until then", listen,
			 fe ? fe->listen : "");
	if (!fe)
		return;
	if (strcmp(cfg->nqn, fe->subsys.nqn))
		log_warn("SIGHUP: nvmf_subsys_nqn changed to %s: needs a "
			 "restart; keeping %s until then", cfg->nqn,
			 fe->subsys.nqn);
	closed = nvmf_subsys_set_hosts(&fe->subsys, cfg->hosts, cfg->any_host);
	if (closed < 0)
		log_warn("SIGHUP: nvmf_allowed_hosts not reloaded: keeping the "
			 "hosts allowed before");
	else
		log_info("SIGHUP: nvmf_allowed_hosts reloaded hosts=%u "
			 "any_host=%s controllers_closed=%d",
			 fe->subsys.hosts.nr,
			 fe->subsys.hosts.any ? "yes" : "no", closed);
}

void nvmf_stop_listening(struct server *srv)
{
	if (srv->nvmf && srv->nvmf->listener) {
		evconnlistener_free(srv->nvmf->listener);
		srv->nvmf->listener = NULL;
	}
}

/* Held Asynchronous Event Requests are not waited for. */
static unsigned pending_commands(const struct nvmf_conn *c)
{
	unsigned n = 0;

	for (unsigned i = 0; i < NVMF_QUEUE_SIZE; i++)
		n += c->slots[i].state != SLOT_FREE &&
		     (c->q.qid || c->slots[i].cmd.sqe.opcode != 0x0c);
	return n;
}

void nvmf_backlog(const struct server *srv, struct session_backlog *b)
{
	const struct list_node *n;

	if (!srv->nvmf)
		return;
	for (n = srv->nvmf->conns.first; n; n = n->next) {
		const struct nvmf_conn *c =
			list_entry(n, struct nvmf_conn, link);
		size_t unsent = c->fd >= 0 ? evbuffer_get_length(c->out) : 0;

		b->requests += pending_commands(c);
		b->unsent_bytes += unsent;
		b->unsent_sessions += unsent || (c->fd >= 0 && c->flush.queued);
	}
}

void nvmf_stop(struct server *srv)
{
	struct nvmf *fe = srv->nvmf;
	struct list_node *n, *next;

	if (!fe)
		return;
	nvmf_stop_listening(srv);
	/* Closing one may close (and free) others: rescan each time. */
	do {
		for (n = fe->conns.first; n; n = n->next)
			if (list_entry(n, struct nvmf_conn, link)->fd >= 0)
				break;
		if (n)
			conn_close(list_entry(n, struct nvmf_conn, link),
				   "shutdown");
	} while (n);
	/* Free what is idle now; a connection with a command still in the
	 * zone layer, or a queued flush, is freed if the loop runs again,
	 * else it goes with the process (reachable from srv->nvmf). */
	list_for_each(n, next, &fe->conns) {
		struct nvmf_conn *c = list_entry(n, struct nvmf_conn, link);

		if (!c->busy && !c->flush.queued)
			conn_free(c);
	}
	if (list_empty(&fe->conns)) {
		free(fe);
		srv->nvmf = NULL;
	}
}
