/* SPDX-License-Identifier: MIT */
/*
 * nvmf_host - a bare NVMe/TCP host on a socket, against zapd's NVMe/TCP
 * front end: what the Linux initiator does (ICReq, Connect, properties,
 * Identify, the effects log, I/O with in-capsule data, R2T and C2HData,
 * digests), what it never does (malformed PDUs, wrong transfer tags, bad
 * digests, hosts and subsystems zapd does not know), and that zapd keeps
 * serving after each; the discovery controller as nvme-cli reads it; and
 * that a host has the rights of zapd's principal "anonymous" (case
 * read_only, against a zapd configured so). The kernel's own initiator
 * runs in tests/qemu.
 *
 * Usage: nvmf_host ADDR NQN HOSTNQN [CASE...]
 *        nvmf_host ADDR NQN HOSTNQN hold
 * "hold" is not a case: it connects a controller with an I/O queue, says
 * "held", and succeeds once zapd closes both connections (10 s at most):
 * for test_nvmf_reload.sh, which takes the host away meanwhile.
 */
#include <endian.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"
#include "crc32c.h"
#include "nvme_status.h"
#include "nvmf_pdu.h"
#include "raw.h"

#define ZONE_LBAS	256	/* the drive of test_nvmf.sh: 1 MiB zones */
#define LBA		4096
#define DISC_NQN	"nqn.2014-08.org.nvmexpress.discovery"
#define INTRUDER	"nqn.2014-08.org.example:intruder"

static const char *addr, *nqn, *hostnqn;

struct host {
	int fd;
	bool hdgst, ddgst;
	uint16_t cid;
	uint16_t cntlid;
};

/* One PDU from zapd (10 s at most): its type, or -1 at EOF/time-out. */
static int recv_pdu(struct host *h, uint8_t *buf, size_t size)
{
	struct pollfd p = { h->fd, POLLIN, 0 };
	size_t got = 0, want = 8;

	while (got < want) {
		ssize_t n;

		if (poll(&p, 1, 10000) != 1)
			return -1;
		n = recv(h->fd, buf + got, want - got, 0);
		if (n <= 0)
			return -1;
		got += n;
		if (got == 8) {
			want = le32toh(((struct nvmf_pdu_hdr *)buf)->plen);
			if (want > size || want < 8)
				return -1;
		}
	}
	return buf[0];
}

static void put_digest(uint8_t *at, const void *data, size_t len)
{
	uint32_t d = htole32(crc32c(data, len));

	memcpy(at, &d, 4);
}

/* A whole PDU: header of hlen, data (with digests as negotiated). */
static void send_pdu(struct host *h, void *hdr, uint8_t hlen,
		     const void *data, uint32_t len, bool bad_ddgst)
{
	static uint8_t buf[72 + 4 + 65536 + 4];
	struct nvmf_pdu_hdr *ph = hdr;
	uint32_t hd = h->hdgst ? 4 : 0, dd = h->ddgst && len ? 4 : 0;

	ph->hlen = hlen;
	ph->flags = (ph->flags & ~(NVMF_F_HDGST | NVMF_F_DDGST)) |
		    (hd ? NVMF_F_HDGST : 0) | (dd ? NVMF_F_DDGST : 0);
	ph->pdo = len ? hlen + hd : 0;
	ph->plen = htole32(hlen + hd + len + dd);
	memcpy(buf, hdr, hlen);
	if (hd)
		put_digest(buf + hlen, buf, hlen);
	if (len)
		memcpy(buf + hlen + hd, data, len);
	if (dd)
		put_digest(buf + hlen + hd + len, data, len);
	if (bad_ddgst)
		buf[hlen + hd + len] ^= 1;
	raw_send_all(h->fd, buf, hlen + hd + len + dd);
}

/* ICReq with the digests asked; true if ICResp echoes them. */
static bool ic(struct host *h, bool hdgst, bool ddgst)
{
	struct nvmf_icreq req = { .hdr = { .type = NVMF_PDU_ICREQ,
					   .hlen = 128,
					   .plen = htole32(128) } };
	uint8_t buf[256];
	const struct nvmf_icresp *r = (const void *)buf;

	h->fd = raw_connect(addr);
	req.digest = (hdgst ? NVMF_DIGEST_HDR : 0) |
		     (ddgst ? NVMF_DIGEST_DATA : 0);
	raw_send_all(h->fd, &req, sizeof(req));
	if (recv_pdu(h, buf, sizeof(buf)) != NVMF_PDU_ICRESP)
		return false;
	h->hdgst = hdgst;
	h->ddgst = ddgst;
	return r->digest == req.digest && r->cpda == 0 &&
	       le32toh(r->maxdata) >= 4096;
}

struct result {
	uint16_t status;	/* without the phase bit */
	uint64_t result;
	uint32_t got;		/* C2H data bytes */
	int fes;		/* a C2HTermReq's, or -1 if the stream ended */
};

/*
 * Run sqe with data out (to zapd: in the capsule up to 8 KiB, else after
 * R2T) or in (C2HData into in). Returns the response; fes set if zapd
 * ended the connection instead.
 */
static struct result run(struct host *h, struct nvmf_sqe *sqe,
			 const void *out, uint32_t out_len,
			 void *in, uint32_t in_len)
{
	static uint8_t buf[72 + 4 + 65536 + 4];
	struct nvmf_cmd_pdu cmd = { .hdr.type = NVMF_PDU_CMD };
	struct result res = { .fes = 0 };
	uint32_t hd = h->hdgst ? 4 : 0;
	bool inline_data = out_len && out_len <= 8192;

	sqe->cid = htole16(++h->cid);
	sqe->sgl_len = htole32(out_len ? out_len : in_len);
	sqe->sgl_type = inline_data ? 0x01 : 0x5a;
	cmd.sqe = *sqe;
	send_pdu(h, &cmd, sizeof(cmd), out, inline_data ? out_len : 0, false);
	for (;;) {
		int type = recv_pdu(h, buf, sizeof(buf));
		const struct nvmf_data_pdu *d = (const void *)buf;
		const struct nvmf_rsp_pdu *r = (const void *)buf;
		struct nvmf_data_pdu h2c = { .hdr.type = NVMF_PDU_H2C_DATA };

		switch (type) {
		case NVMF_PDU_R2T:
			h2c.hdr.flags = NVMF_F_DATA_LAST;
			h2c.cid = d->cid;
			h2c.ttag = d->ttag;
			h2c.offset = d->offset;
			h2c.length = d->length;
			send_pdu(h, &h2c, sizeof(h2c), (const uint8_t *)out +
				 le32toh(d->offset), le32toh(d->length), false);
			break;
		case NVMF_PDU_C2H_DATA:
			if (le32toh(d->length) <= in_len) {
				memcpy(in, buf + 24 + hd, le32toh(d->length));
				res.got += le32toh(d->length);
			}
			if (h->ddgst && crc32c(in, res.got) !=
			    le32toh(*(uint32_t *)(buf + 24 + hd + res.got)))
				res.got = 0;	/* data digest wrong */
			break;
		case NVMF_PDU_RSP:
			res.status = le16toh(r->cqe.status) >> 1;
			res.result = le64toh(r->cqe.result);
			return res;
		case NVMF_PDU_C2H_TERM:
			res.fes = le16toh(((struct nvmf_term_pdu *)buf)->fes);
			return res;
		default:
			res.fes = -1;
			return res;
		}
	}
}

static struct nvmf_sqe connect_sqe(uint16_t qid)
{
	struct nvmf_sqe s = { .opcode = 0x7f, .nsid = htole32(0x01) };

	s.cdw10 = htole32((uint32_t)qid << 16);
	s.cdw11 = htole32(qid ? 31 : 31);	/* sqsize, 0-based */
	s.cdw12 = htole32(qid ? 0 : 5000);	/* kato */
	return s;
}

static struct result connect_q(struct host *h, uint16_t qid, uint16_t cntlid,
			       const char *sub, const char *host)
{
	struct nvmf_connect_data {
		uint8_t hostid[16];
		uint16_t cntlid;
		uint8_t rsvd[238];
		char subnqn[256];
		char hostnqn[256];
		uint8_t rsvd2[256];
	} __attribute__((packed)) d = { .hostid = { 1, 2, 3 } };
	struct nvmf_sqe s = connect_sqe(qid);

	d.cntlid = htole16(cntlid);
	snprintf(d.subnqn, sizeof(d.subnqn), "%s", sub);
	snprintf(d.hostnqn, sizeof(d.hostnqn), "%s", host);
	return run(h, &s, &d, sizeof(d), NULL, 0);
}

static struct result prop(struct host *h, bool set, uint32_t off,
			  uint64_t value)
{
	struct nvmf_sqe s = { .opcode = 0x7f, .nsid = htole32(set ? 0 : 4) };

	s.cdw10 = htole32(off == 0 ? 1 : 0);	/* CAP is 8 bytes */
	s.cdw11 = htole32(off);
	s.cdw12 = htole32((uint32_t)value);
	return run(h, &s, NULL, 0, NULL, 0);
}

/* An admin queue of a ready controller (CC.EN, CSS 6), 2 I/O queues. */
static int admin(struct host *h, bool digests)
{
	struct nvmf_sqe feat = { .opcode = 0x09 };
	struct result r;

	CHECK(ic(h, digests, digests), "ICReq");
	r = connect_q(h, 0, 0xffff, nqn, hostnqn);
	CHECK(r.status == 0, "connect status %#x", r.status);
	h->cntlid = r.result;
	r = prop(h, true, 0x14, 1 | 6 << 4 | 6 << 16 | 4 << 20);
	CHECK(r.status == 0, "property set CC %#x", r.status);
	feat.cdw10 = htole32(0x07);
	feat.cdw11 = htole32(1 << 16 | 1);
	r = run(h, &feat, NULL, 0, NULL, 0);
	CHECK(r.status == 0 && r.result == (1 << 16 | 1), "queues %#x %#llx",
	      r.status, (unsigned long long)r.result);
	return 0;
}

static int io_queue(struct host *adm, struct host *h, bool digests)
{
	struct result r;

	CHECK(ic(h, digests, digests), "ICReq");
	r = connect_q(h, 1, adm->cntlid, nqn, hostnqn);
	CHECK(r.status == 0 && r.result == adm->cntlid, "io connect %#x",
	      r.status);
	return 0;
}

/* A PDU zapd must end the connection over, with this FES. */
static int expect_term(struct host *h, const void *pdu, size_t len, int fes)
{
	uint8_t buf[512];

	raw_send_all(h->fd, pdu, len);
	CHECK(recv_pdu(h, buf, sizeof(buf)) == NVMF_PDU_C2H_TERM,
	      "no C2HTermReq");
	CHECK(le16toh(((struct nvmf_term_pdu *)buf)->fes) == fes, "FES %u",
	      le16toh(((struct nvmf_term_pdu *)buf)->fes));
	CHECK(raw_closed_by_server(h->fd), "connection left open");
	close(h->fd);
	return 0;
}

static int t_malformed(void)
{
	struct host h = { 0 };
	struct nvmf_pdu_hdr rsp = { NVMF_PDU_RSP, 0, 24, 0, htole32(24) };
	struct nvmf_cmd_pdu cmd = { .hdr = { NVMF_PDU_CMD, 0, 72, 0,
					     htole32(72) } };
	struct nvmf_icreq req = { .hdr = { NVMF_PDU_ICREQ, 0, 128, 0,
					   htole32(128) }, .hpda = 1 };

	h.fd = raw_connect(addr);
	if (expect_term(&h, &rsp, sizeof(rsp), NVMF_FES_INVALID_HEADER))
		return 1;
	h.fd = raw_connect(addr);
	if (expect_term(&h, &cmd, sizeof(cmd), NVMF_FES_SEQUENCE))
		return 1;
	h.fd = raw_connect(addr);
	if (expect_term(&h, &req, sizeof(req), NVMF_FES_UNSUPPORTED))
		return 1;
	/* a capsule claiming 4 GiB: refused from its header */
	CHECK(ic(&h, false, false), "ICReq");
	cmd.hdr.plen = htole32(0xffffffff);
	cmd.hdr.pdo = 72;
	return expect_term(&h, &cmd, sizeof(cmd), NVMF_FES_LIMIT_EXCEEDED);
}

static int t_header_digest(void)
{
	struct host h = { 0 };
	uint8_t pdu[76] = { NVMF_PDU_CMD, NVMF_F_HDGST, 72, 0, 76 };

	CHECK(ic(&h, true, false), "ICReq");
	put_digest(pdu + 72, pdu, 72);
	pdu[72] ^= 0xff;
	return expect_term(&h, pdu, sizeof(pdu), NVMF_FES_HDR_DIGEST);
}

static int t_refused(void)
{
	struct host h = { 0 };
	struct result r;

	CHECK(ic(&h, false, false), "ICReq");
	r = connect_q(&h, 0, 0xffff, nqn, INTRUDER);
	CHECK(r.status == (NVME_SC_CONNECT_INVALID_HOST | NVME_STATUS_DNR),
	      "unknown host: status %#x", r.status);
	r = connect_q(&h, 0, 0xffff, "nqn.2014-08.org.example:other",
		      hostnqn);
	CHECK(r.status == (NVME_SC_CONNECT_INVALID_PARAM | NVME_STATUS_DNR) &&
	      r.result == (1 << 16 | 256), "unknown subsystem: %#x %#llx",
	      r.status, (unsigned long long)r.result);
	/* an I/O queue of a controller that does not exist */
	r = connect_q(&h, 1, 77, nqn, hostnqn);
	CHECK(r.status == (NVME_SC_CONNECT_INVALID_PARAM | NVME_STATUS_DNR),
	      "I/O queue of no controller: %#x", r.status);
	close(h.fd);
	return 0;
}

static int t_admin(void)
{
	static uint8_t id[4096];
	struct host h = { 0 };
	struct nvmf_sqe s = { .opcode = 0x06 };
	struct result r;
	uint32_t iocs_append;

	if (admin(&h, true))
		return 1;
	r = prop(&h, false, 0x00, 0);
	CHECK(!r.status && (r.result >> 43 & 1) && (r.result >> 37 & 1),
	      "CAP.CSS %#llx", (unsigned long long)r.result);
	r = prop(&h, false, 0x1c, 0);
	CHECK(!r.status && (r.result & 1), "CSTS.RDY %#llx",
	      (unsigned long long)r.result);
	s.cdw10 = htole32(0x01);
	r = run(&h, &s, NULL, 0, id, sizeof(id));
	CHECK(!r.status && r.got == 4096, "identify ctrl %#x %u", r.status,
	      r.got);
	CHECK(le16toh(*(uint16_t *)(id + 78)) == h.cntlid, "cntlid");
	CHECK(le16toh(*(uint16_t *)(id + 320)) != 0, "KAS 0");
	CHECK(!strcmp((char *)id + 768, nqn), "subnqn %s", id + 768);
	CHECK(id[77] >= 1 && le32toh(*(uint32_t *)(id + 536)) & 1, "MDTS/SGLS");
	s.nsid = htole32(1);
	s.cdw10 = htole32(0x03);
	r = run(&h, &s, NULL, 0, id, sizeof(id));
	CHECK(!r.status && id[20] == 4 && id[24] == 2, "no CSI 2 descriptor");
	s = (struct nvmf_sqe){ .opcode = 0x02 };
	s.cdw10 = htole32(0x05 | (4096 / 4 - 1) << 16);
	s.cdw14 = htole32(2u << 24);
	r = run(&h, &s, NULL, 0, id, sizeof(id));
	memcpy(&iocs_append, id + 1024 + 4 * 0x7d, 4);
	CHECK(!r.status && (le32toh(iocs_append) & 1),
	      "Zone Append not in the CSI 2 effects log");
	s = (struct nvmf_sqe){ .opcode = 0x55 };
	r = run(&h, &s, NULL, 0, NULL, 0);
	CHECK(r.status == (NVME_SC_INVALID_OPCODE | NVME_STATUS_DNR),
	      "unknown opcode %#x", r.status);
	close(h.fd);
	return 0;
}

static struct nvmf_sqe rw(uint8_t opcode, uint64_t slba, uint32_t lbas)
{
	struct nvmf_sqe s = { .opcode = opcode, .nsid = htole32(1) };

	s.cdw10 = htole32((uint32_t)slba);
	s.cdw11 = htole32(slba >> 32);
	s.cdw12 = htole32(lbas - 1);
	return s;
}

/* Zone 2: an append in the capsule, a 64 KiB write after R2T, read back
 * (C2HData), a write off the write pointer, the zone report. */
static int io(bool digests)
{
	static uint8_t out[65536], in[65536 + LBA];
	struct host a = { 0 }, h = { 0 };
	uint64_t zone = 2 * ZONE_LBAS;
	struct nvmf_sqe s;
	struct result r;

	if (admin(&a, digests) || io_queue(&a, &h, digests))
		return 1;
	for (unsigned i = 0; i < sizeof(out); i++)
		out[i] = i * 7 + digests;
	s = (struct nvmf_sqe){ .opcode = 0x79, .nsid = htole32(1) };
	s.cdw10 = htole32(zone);
	s.cdw13 = htole32(0x04);	/* reset */
	r = run(&h, &s, NULL, 0, NULL, 0);
	CHECK(!r.status, "reset %#x", r.status);
	s = rw(0x7d, zone, 1);
	r = run(&h, &s, out, LBA, NULL, 0);
	CHECK(!r.status && r.result == zone, "append %#x at %llu", r.status,
	      (unsigned long long)r.result);
	s = rw(0x01, zone + 1, 15);
	r = run(&h, &s, out + LBA, sizeof(out) - LBA, NULL, 0);
	CHECK(!r.status, "write via R2T %#x", r.status);
	s = rw(0x02, zone, 16);
	r = run(&h, &s, NULL, 0, in, sizeof(out));
	CHECK(!r.status && r.got == sizeof(out), "read %#x %u", r.status,
	      r.got);
	CHECK(!memcmp(in, out, sizeof(out)), "read back differs");
	s = rw(0x01, zone + 20, 1);
	r = run(&h, &s, out, LBA, NULL, 0);
	CHECK(r.status == (NVME_SC_ZONE_INVALID_WRITE | NVME_STATUS_DNR),
	      "write off the wp %#x", r.status);
	s = (struct nvmf_sqe){ .opcode = 0x7a, .nsid = htole32(1) };
	s.cdw10 = htole32(zone);
	s.cdw12 = htole32((64 + 64) / 4 - 1);
	s.cdw13 = htole32(1u << 16);	/* partial, all states */
	r = run(&h, &s, NULL, 0, in, 128);
	CHECK(!r.status && in[0] == 1 && in[65] >> 4 == 2 &&
	      le64toh(*(uint64_t *)(in + 64 + 24)) == zone + 16,
	      "report %#x nr %u state %#x", r.status, in[0], in[65]);
	close(h.fd);
	close(a.fd);
	return 0;
}

static int t_io(void)
{
	return io(false);
}

static int t_io_digests(void)
{
	return io(true);
}

/* A wrong data digest fails the command, not the connection; a wrong
 * transfer tag ends the connection. */
static int t_data_digest_and_ttag(void)
{
	static uint8_t out[16384];
	struct host a = { 0 }, h = { 0 };
	struct nvmf_cmd_pdu cmd = { .hdr.type = NVMF_PDU_CMD };
	struct nvmf_data_pdu h2c = { .hdr.type = NVMF_PDU_H2C_DATA };
	uint8_t buf[256];
	struct result r;

	if (admin(&a, true) || io_queue(&a, &h, true))
		return 1;
	cmd.sqe = rw(0x7d, 3 * ZONE_LBAS, 1);
	cmd.sqe.cid = htole16(900);
	cmd.sqe.sgl_len = htole32(LBA);
	send_pdu(&h, &cmd, sizeof(cmd), out, LBA, true);
	CHECK(recv_pdu(&h, buf, sizeof(buf)) == NVMF_PDU_RSP, "no response");
	r.status = le16toh(((struct nvmf_rsp_pdu *)buf)->cqe.status) >> 1;
	CHECK(r.status == NVME_SC_DATA_XFER_ERROR, "bad digest: %#x",
	      r.status);
	cmd.sqe = rw(0x01, 3 * ZONE_LBAS, 4);
	cmd.sqe.cid = htole16(901);
	cmd.sqe.sgl_len = htole32(sizeof(out));
	send_pdu(&h, &cmd, sizeof(cmd), NULL, 0, false);
	CHECK(recv_pdu(&h, buf, sizeof(buf)) == NVMF_PDU_R2T, "no R2T");
	h2c.hdr.flags = NVMF_F_DATA_LAST;
	h2c.cid = cmd.sqe.cid;
	h2c.ttag = htole16(le16toh(((struct nvmf_data_pdu *)buf)->ttag) + 1);
	h2c.length = htole32(sizeof(out));
	send_pdu(&h, &h2c, sizeof(h2c), out, sizeof(out), false);
	CHECK(recv_pdu(&h, buf, sizeof(buf)) == NVMF_PDU_C2H_TERM,
	      "wrong ttag accepted");
	CHECK(raw_closed_by_server(h.fd), "connection left open");
	close(h.fd);
	close(a.fd);
	return 0;
}

/* Run with zapd's anonymous principal holding only the read right on
 * the drive: a host's reads work, its appends, writes and resets are
 * refused with Access Denied (DNR: retrying cannot help) and change
 * nothing. */
static int t_read_only(void)
{
	static uint8_t out[LBA], in[LBA];
	struct host a = { 0 }, h = { 0 };
	uint64_t zone = 4 * ZONE_LBAS;
	const uint16_t denied = NVME_SC_ACCESS_DENIED | NVME_STATUS_DNR;
	struct nvmf_sqe s;
	struct result r;

	if (admin(&a, false) || io_queue(&a, &h, false))
		return 1;
	s = rw(0x7d, zone, 1);
	r = run(&h, &s, out, LBA, NULL, 0);
	CHECK(r.status == denied, "append without the right: %#x", r.status);
	s = rw(0x01, zone, 1);
	r = run(&h, &s, out, LBA, NULL, 0);
	CHECK(r.status == denied, "write without the right: %#x", r.status);
	s = (struct nvmf_sqe){ .opcode = 0x79, .nsid = htole32(1) };
	s.cdw10 = htole32(zone);
	s.cdw13 = htole32(0x04);	/* reset */
	r = run(&h, &s, NULL, 0, NULL, 0);
	CHECK(r.status == denied, "reset without the right: %#x", r.status);
	s = rw(0x02, zone, 1);
	r = run(&h, &s, NULL, 0, in, LBA);
	CHECK(!r.status && r.got == LBA, "read with the right: %#x",
	      r.status);
	s = (struct nvmf_sqe){ .opcode = 0x7a, .nsid = htole32(1) };
	s.cdw10 = htole32(zone);
	s.cdw12 = htole32((64 + 64) / 4 - 1);
	s.cdw13 = htole32(1u << 16);	/* partial, all states */
	r = run(&h, &s, NULL, 0, in, 128);
	CHECK(!r.status && in[65] >> 4 == 1 &&
	      le64toh(*(uint64_t *)(in + 64 + 24)) == zone,
	      "the zone is not empty after the refusals: %#x state %#x",
	      r.status, in[65]);
	close(h.fd);
	close(a.fd);
	return 0;
}

static struct result get_log(struct host *h, uint8_t lid, uint32_t off,
			      void *buf, uint32_t len)
{
	struct nvmf_sqe s = { .opcode = 0x02 };

	s.cdw10 = htole32(lid | (len / 4 - 1) << 16);
	s.cdw12 = htole32(off);
	return run(h, &s, NULL, 0, buf, len);
}

/* A ready discovery controller of host on h. */
static int disc_ctrl(struct host *h, const char *host)
{
	struct result r;

	CHECK(ic(h, false, false), "ICReq");
	r = connect_q(h, 0, 0xffff, DISC_NQN, host);
	CHECK(r.status == 0, "discovery connect %#x", r.status);
	h->cntlid = r.result;
	r = prop(h, true, 0x14, 1);	/* CC.EN */
	CHECK(r.status == 0, "property set CC %#x", r.status);
	return 0;
}

/* As libnvme reads it: the header, then the entries after it. */
static int disc_log(struct host *h, uint8_t *log, uint64_t *numrec)
{
	struct result r = get_log(h, 0x70, 0, log, 1024);

	CHECK(!r.status && r.got == 1024, "log header %#x", r.status);
	*numrec = le64toh(*(uint64_t *)(log + 8));
	CHECK(*numrec <= 1, "numrec %llu", (unsigned long long)*numrec);
	if (!*numrec)
		return 0;
	r = get_log(h, 0x70, 1024, log + 1024, 1024);
	CHECK(!r.status && r.got == 1024, "log entry %#x", r.status);
	return 0;
}

/*
 * The discovery controller: Identify and the log page as nvme discover
 * reads them, the subsystem listed only to an allowed host, and what it
 * refuses. Prints "discovery numrec=N genctr=N" for HOSTNQN.
 */
static int t_discovery(void)
{
	static uint8_t id[4096], log[2048], big[16384];
	struct host h = { 0 }, x = { 0 };
	struct nvmf_sqe s = { .opcode = 0x06 };
	uint64_t numrec, none;
	const uint8_t *e = log + 1024;
	struct result r;

	if (disc_ctrl(&h, hostnqn))
		return 1;
	s.cdw10 = htole32(0x01);
	r = run(&h, &s, NULL, 0, id, sizeof(id));
	CHECK(!r.status && r.got == 4096, "identify %#x", r.status);
	CHECK(id[111] == 2, "CNTRLTYPE %u, not discovery", id[111]);
	CHECK(!strcmp((char *)id + 768, DISC_NQN), "subnqn %s", id + 768);
	CHECK(le16toh(*(uint16_t *)(id + 78)) == h.cntlid, "cntlid");
	CHECK(!(id[261] & 2), "LPA offers an effects log");
	CHECK(id[77] == 1, "MDTS %u, not 8 KiB", id[77]);
	if (disc_log(&h, log, &numrec))
		return 1;
	if (numrec) {
		CHECK(e[0] == 3 && e[1] == 1 && e[2] == 2,
		      "trtype %u adrfam %u subtype %u", e[0], e[1], e[2]);
		CHECK(!strcmp((char *)e + 256, nqn), "subnqn %s", e + 256);
		CHECK(!strcmp((char *)e + 512, "127.0.0.1"), "traddr %s",
		      e + 512);
		CHECK(!strcmp((char *)e + 32, strrchr(addr, ':') + 1),
		      "trsvcid %s", e + 32);
	}
	printf("discovery numrec=%llu genctr=%llu\n",
	       (unsigned long long)numrec,
	       (unsigned long long)le64toh(*(uint64_t *)log));

	r = get_log(&h, 0x70, 2, log, 1024);
	CHECK(r.status == (NVME_SC_INVALID_FIELD | NVME_STATUS_DNR),
	      "log offset 2: %#x", r.status);
	/* a host that may only discover holds 8 KiB a command at most */
	r = get_log(&h, 0x70, 0, big, sizeof(big));
	CHECK(r.status == (NVME_SC_SGL_LENGTH | NVME_STATUS_DNR),
	      "a 16 KiB log read: %#x", r.status);
	r = get_log(&h, 0x05, 0, log, 2048);
	CHECK(r.status == (NVME_SC_INVALID_LOG_PAGE | NVME_STATUS_DNR),
	      "effects log: %#x", r.status);
	s.nsid = htole32(1);
	s.cdw10 = htole32(0x00);
	r = run(&h, &s, NULL, 0, id, sizeof(id));
	CHECK(r.status == (NVME_SC_INVALID_FIELD | NVME_STATUS_DNR),
	      "identify namespace: %#x", r.status);
	s = (struct nvmf_sqe){ .opcode = 0x09, .cdw10 = htole32(0x07),
			       .cdw11 = htole32(1 << 16 | 1) };
	r = run(&h, &s, NULL, 0, NULL, 0);
	CHECK(r.status == (NVME_SC_INVALID_FIELD | NVME_STATUS_DNR),
	      "number of queues: %#x", r.status);
	s = (struct nvmf_sqe){ .opcode = 0x18 };
	r = run(&h, &s, NULL, 0, NULL, 0);
	CHECK(!r.status, "keep alive %#x", r.status);
	CHECK(ic(&x, false, false), "ICReq");
	r = connect_q(&x, 1, h.cntlid, DISC_NQN, hostnqn);
	CHECK(r.status == (NVME_SC_CONNECT_INVALID_PARAM | NVME_STATUS_DNR),
	      "an I/O queue of a discovery controller: %#x", r.status);
	close(x.fd);

	/* any host may discover; one not allowed sees no subsystem */
	if (disc_ctrl(&x, INTRUDER) || disc_log(&x, log, &none))
		return 1;
	CHECK(none == 0, "%s sees %llu entries", INTRUDER,
	      (unsigned long long)none);
	close(x.fd);
	close(h.fd);
	return 0;
}

static int hold(void)
{
	struct host a = { 0 }, h = { 0 };
	struct nvmf_sqe kato = { .opcode = 0x09, .cdw10 = htole32(0x0f) };
	struct result r;

	if (admin(&a, false) || io_queue(&a, &h, false))
		return 1;
	/* KATO 0: held however long the test takes to act */
	r = run(&a, &kato, NULL, 0, NULL, 0);
	CHECK(!r.status, "KATO 0: %#x", r.status);
	printf("held cntlid=%u\n", a.cntlid);
	fflush(stdout);
	CHECK(raw_closed_by_server(h.fd), "I/O queue left open");
	CHECK(raw_closed_by_server(a.fd), "admin queue left open");
	return 0;
}

int main(int argc, char **argv)
{
	static const struct test_case cases[] = {
		{ "malformed", t_malformed },
		{ "header_digest", t_header_digest },
		{ "refused", t_refused },
		{ "admin", t_admin },
		{ "io", t_io },
		{ "io_digests", t_io_digests },
		{ "data_digest_and_ttag", t_data_digest_and_ttag },
		{ "read_only", t_read_only },	/* with a read-only host */
		{ "discovery", t_discovery },
	};

	if (argc < 4) {
		fprintf(stderr, "usage: %s ADDR NQN HOSTNQN [CASE...]\n",
			argv[0]);
		return 2;
	}
	addr = argv[1];
	nqn = argv[2];
	hostnqn = argv[3];
	if (argc == 5 && !strcmp(argv[4], "hold"))
		return hold();
	return run_cases("nvmf_host", cases, sizeof(cases) / sizeof(cases[0]),
			 argv + 4, argc - 4);
}
