/* SPDX-License-Identifier: MIT */
#include "nvmf_pdu.h"

#include <endian.h>
#include <string.h>

#include "crc32c.h"

/* The fixed header length of each type a host may send; 0: not one. */
static uint8_t host_pdu_hlen(uint8_t type)
{
	switch (type) {
	case NVMF_PDU_ICREQ:
		return NVMF_IC_LEN;
	case NVMF_PDU_CMD:
		return sizeof(struct nvmf_cmd_pdu);
	case NVMF_PDU_H2C_DATA:
		return sizeof(struct nvmf_data_pdu);
	case NVMF_PDU_H2C_TERM:
		return sizeof(struct nvmf_term_pdu);
	default:
		return 0;
	}
}

static int bad(uint32_t *fei, size_t field, int fes)
{
	*fei = field;
	return fes;
}

/* Most data bytes a PDU of this type may carry. */
static uint32_t data_limit(uint8_t type, const struct nvmf_pdu_limits *lim)
{
	switch (type) {
	case NVMF_PDU_CMD:
		return lim->max_incapsule;
	case NVMF_PDU_H2C_DATA:
		return lim->max_h2c;
	case NVMF_PDU_H2C_TERM:
		return NVMF_TERM_MAX_DATA;
	default:
		return 0;
	}
}

int nvmf_pdu_check(const struct nvmf_pdu_hdr *h,
		   const struct nvmf_pdu_limits *lim,
		   struct nvmf_pdu_layout *out, uint32_t *fei)
{
	uint8_t hlen = host_pdu_hlen(h->type);
	/* ICReq and TermReq never carry digests */
	bool digests = h->type == NVMF_PDU_CMD || h->type == NVMF_PDU_H2C_DATA;
	uint32_t hd = digests && lim->hdgst ? NVMF_DIGEST_LEN : 0;
	uint32_t plen = le32toh(h->plen), data;
	uint8_t want_flags;

	if (!hlen)
		return bad(fei, offsetof(struct nvmf_pdu_hdr, type),
			   NVMF_FES_INVALID_HEADER);
	if ((h->type == NVMF_PDU_ICREQ) == lim->ic_done)
		return bad(fei, offsetof(struct nvmf_pdu_hdr, type),
			   NVMF_FES_SEQUENCE);
	if (h->hlen != hlen)
		return bad(fei, offsetof(struct nvmf_pdu_hdr, hlen),
			   NVMF_FES_INVALID_HEADER);
	if (plen < hlen + hd)
		return bad(fei, offsetof(struct nvmf_pdu_hdr, plen),
			   NVMF_FES_INVALID_HEADER);
	data = plen - hlen - hd;
	out->ddgst = digests && lim->ddgst && data;
	if (out->ddgst) {
		if (data <= NVMF_DIGEST_LEN)
			return bad(fei, offsetof(struct nvmf_pdu_hdr, plen),
				   NVMF_FES_INVALID_HEADER);
		data -= NVMF_DIGEST_LEN;
	}
	want_flags = (hd ? NVMF_F_HDGST : 0) | (out->ddgst ? NVMF_F_DDGST : 0);
	if ((h->flags & (NVMF_F_HDGST | NVMF_F_DDGST)) != want_flags)
		return bad(fei, offsetof(struct nvmf_pdu_hdr, flags),
			   NVMF_FES_INVALID_HEADER);
	/* CPDA 0: data follows the header (and its digest) at once */
	if (digests && h->pdo != (data ? hlen + hd : 0))
		return bad(fei, offsetof(struct nvmf_pdu_hdr, pdo),
			   NVMF_FES_INVALID_HEADER);
	if (h->type == NVMF_PDU_H2C_DATA && !data)
		return bad(fei, offsetof(struct nvmf_pdu_hdr, plen),
			   NVMF_FES_INVALID_HEADER);
	if (data > data_limit(h->type, lim))
		return bad(fei, offsetof(struct nvmf_pdu_hdr, plen),
			   NVMF_FES_LIMIT_EXCEEDED);
	out->hdr_len = hlen + hd;
	out->data_len = data;
	out->plen = plen;
	return 0;
}

bool nvmf_pdu_hdgst_ok(const void *pdu, uint32_t hlen)
{
	uint32_t want;

	memcpy(&want, (const uint8_t *)pdu + hlen, sizeof(want));
	return le32toh(want) == crc32c(pdu, hlen);
}

uint32_t nvmf_pdu_ddgst(const void *data, size_t len)
{
	return htole32(crc32c(data, len));
}

int nvmf_pdu_icreq(const struct nvmf_icreq *req, uint8_t *digest,
		   uint32_t *fei)
{
	if (le16toh(req->pfv) != 0)
		return bad(fei, offsetof(struct nvmf_icreq, pfv),
			   NVMF_FES_UNSUPPORTED);
	/* zapd does not pad data for the host's alignment */
	if (req->hpda != 0)
		return bad(fei, offsetof(struct nvmf_icreq, hpda),
			   NVMF_FES_UNSUPPORTED);
	if (req->digest & ~(NVMF_DIGEST_HDR | NVMF_DIGEST_DATA))
		return bad(fei, offsetof(struct nvmf_icreq, digest),
			   NVMF_FES_INVALID_HEADER);
	*digest = req->digest;
	return 0;
}

/* Fill the common header; with hdgst, the digest after hlen. */
static size_t finish(void *buf, uint8_t type, uint8_t flags, uint8_t hlen,
		     bool hdgst, uint32_t data_len, bool ddgst)
{
	struct nvmf_pdu_hdr *h = buf;
	uint32_t hd = hdgst ? NVMF_DIGEST_LEN : 0;

	h->type = type;
	h->flags = flags | (hdgst ? NVMF_F_HDGST : 0) |
		   (ddgst && data_len ? NVMF_F_DDGST : 0);
	h->hlen = hlen;
	h->pdo = data_len ? hlen + hd : 0;
	h->plen = htole32(hlen + hd + data_len +
			  (ddgst && data_len ? NVMF_DIGEST_LEN : 0));
	if (hdgst) {
		uint32_t d = htole32(crc32c(buf, hlen));

		memcpy((uint8_t *)buf + hlen, &d, sizeof(d));
	}
	return hlen + hd;
}

size_t nvmf_pdu_icresp(void *buf, uint8_t digest, uint32_t maxdata)
{
	struct nvmf_icresp *r = buf;

	memset(r, 0, sizeof(*r));
	r->pfv = 0;
	r->cpda = 0;
	r->digest = digest;
	r->maxdata = htole32(maxdata);
	return finish(buf, NVMF_PDU_ICRESP, 0, sizeof(*r), false, 0, false);
}

size_t nvmf_pdu_rsp(void *buf, bool hdgst, const struct nvmf_cqe *cqe)
{
	struct nvmf_rsp_pdu *p = buf;

	p->cqe = *cqe;
	return finish(buf, NVMF_PDU_RSP, 0, sizeof(*p), hdgst, 0, false);
}

static size_t data_pdu(void *buf, uint8_t type, uint8_t flags, bool hdgst,
		       bool ddgst, uint16_t cid, uint16_t ttag,
		       uint32_t offset, uint32_t len, uint32_t data_len)
{
	struct nvmf_data_pdu *p = buf;

	memset(p, 0, sizeof(*p));
	p->cid = cid;		/* as the host sent it: wire order */
	p->ttag = htole16(ttag);
	p->offset = htole32(offset);
	p->length = htole32(len);
	return finish(buf, type, flags, sizeof(*p), hdgst, data_len, ddgst);
}

size_t nvmf_pdu_c2h(void *buf, bool hdgst, bool ddgst, uint16_t cid,
		    uint32_t offset, uint32_t len, bool last)
{
	return data_pdu(buf, NVMF_PDU_C2H_DATA, last ? NVMF_F_DATA_LAST : 0,
			hdgst, ddgst, cid, 0, offset, len, len);
}

size_t nvmf_pdu_r2t(void *buf, bool hdgst, uint16_t cid, uint16_t ttag,
		    uint32_t offset, uint32_t len)
{
	return data_pdu(buf, NVMF_PDU_R2T, 0, hdgst, false, cid, ttag,
			offset, len, 0);
}

size_t nvmf_pdu_term(void *buf, enum nvmf_fes fes, uint32_t fei,
		     const void *bad_hdr, size_t bad_len)
{
	struct nvmf_term_pdu *p = buf;

	if (bad_len > NVMF_TERM_MAX_DATA)
		bad_len = NVMF_TERM_MAX_DATA;
	memset(p, 0, sizeof(*p));
	p->fes = htole16(fes);
	p->fei = htole32(fei);
	memcpy(p + 1, bad_hdr, bad_len);
	finish(buf, NVMF_PDU_C2H_TERM, 0, sizeof(*p), false, bad_len, false);
	p->hdr.pdo = 0;		/* TermReq: no data offset */
	return sizeof(*p) + bad_len;
}

const char *nvmf_fes_name(int fes)
{
	switch (fes) {
	case NVMF_FES_INVALID_HEADER:
		return "invalid PDU header field";
	case NVMF_FES_SEQUENCE:
		return "PDU sequence error";
	case NVMF_FES_HDR_DIGEST:
		return "header digest error";
	case NVMF_FES_OUT_OF_RANGE:
		return "data transfer out of range";
	case NVMF_FES_LIMIT_EXCEEDED:
		return "data transfer limit exceeded";
	case NVMF_FES_UNSUPPORTED:
		return "unsupported parameter";
	default:
		return "unknown error";
	}
}
