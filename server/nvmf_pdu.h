/* SPDX-License-Identifier: MIT */
/*
 * nvmf_pdu - NVMe/TCP PDU framing (NVMe/TCP transport specification 1.0):
 * the wire structs, the checks of a received PDU's header, and the
 * builders of the PDUs zapd sends. No sockets, no state: the connection
 * (nvmf_conn.c) owns those.
 *
 * Every multi-byte field is little-endian on the wire.
 */
#ifndef ZAPD_NVMF_PDU_H
#define ZAPD_NVMF_PDU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum nvmf_pdu_type {
	NVMF_PDU_ICREQ = 0x00,
	NVMF_PDU_ICRESP = 0x01,
	NVMF_PDU_H2C_TERM = 0x02,
	NVMF_PDU_C2H_TERM = 0x03,
	NVMF_PDU_CMD = 0x04,
	NVMF_PDU_RSP = 0x05,
	NVMF_PDU_H2C_DATA = 0x06,
	NVMF_PDU_C2H_DATA = 0x07,
	NVMF_PDU_R2T = 0x09,
};

/* Common header flags */
#define NVMF_F_HDGST		0x01	/* header digest after hlen */
#define NVMF_F_DDGST		0x02	/* data digest after the data */
#define NVMF_F_DATA_LAST	0x04	/* H2C/C2H data: the last PDU */
#define NVMF_F_DATA_SUCCESS	0x08	/* C2H: no response follows */

/* ICReq/ICResp digest bits */
#define NVMF_DIGEST_HDR		0x01
#define NVMF_DIGEST_DATA	0x02

/* Fatal Error Status of a termination request */
enum nvmf_fes {
	NVMF_FES_INVALID_HEADER = 0x01,
	NVMF_FES_SEQUENCE = 0x02,
	NVMF_FES_HDR_DIGEST = 0x03,
	NVMF_FES_OUT_OF_RANGE = 0x04,
	NVMF_FES_LIMIT_EXCEEDED = 0x05,
	NVMF_FES_UNSUPPORTED = 0x06,
};

#define NVMF_DIGEST_LEN		4
#define NVMF_IC_LEN		128
#define NVMF_TERM_MAX_DATA	128	/* bad header bytes echoed */

struct nvmf_pdu_hdr {
	uint8_t type;
	uint8_t flags;
	uint8_t hlen;
	uint8_t pdo;
	uint32_t plen;
} __attribute__((packed));

struct nvmf_icreq {
	struct nvmf_pdu_hdr hdr;
	uint16_t pfv;
	uint8_t hpda;
	uint8_t digest;
	uint32_t maxr2t;
	uint8_t rsvd[112];
} __attribute__((packed));

struct nvmf_icresp {
	struct nvmf_pdu_hdr hdr;
	uint16_t pfv;
	uint8_t cpda;
	uint8_t digest;
	uint32_t maxdata;
	uint8_t rsvd[112];
} __attribute__((packed));

/* Submission queue entry: the NVMe command, 64 bytes. */
struct nvmf_sqe {
	uint8_t opcode;
	uint8_t flags;
	uint16_t cid;
	uint32_t nsid;		/* fabrics commands: byte 4 is fctype */
	uint32_t cdw2, cdw3;
	uint64_t mptr;
	uint64_t sgl_addr;
	uint32_t sgl_len;
	uint8_t sgl_rsvd[3];
	uint8_t sgl_type;
	uint32_t cdw10, cdw11, cdw12, cdw13, cdw14, cdw15;
} __attribute__((packed));

/* Completion queue entry, 16 bytes; status is (NVMe status << 1). */
struct nvmf_cqe {
	uint64_t result;
	uint16_t sqhd;
	uint16_t sqid;
	uint16_t cid;
	uint16_t status;
} __attribute__((packed));

struct nvmf_cmd_pdu {
	struct nvmf_pdu_hdr hdr;
	struct nvmf_sqe sqe;
} __attribute__((packed));

struct nvmf_rsp_pdu {
	struct nvmf_pdu_hdr hdr;
	struct nvmf_cqe cqe;
} __attribute__((packed));

/* H2CData, C2HData and R2T share one layout. */
struct nvmf_data_pdu {
	struct nvmf_pdu_hdr hdr;
	uint16_t cid;
	uint16_t ttag;
	uint32_t offset;
	uint32_t length;
	uint8_t rsvd[4];
} __attribute__((packed));

struct nvmf_term_pdu {
	struct nvmf_pdu_hdr hdr;
	uint16_t fes;
	uint32_t fei;
	uint8_t rsvd[10];
} __attribute__((packed));

/* The largest header zapd receives (ICReq) plus its digest. */
#define NVMF_PDU_HDR_MAX	(NVMF_IC_LEN + NVMF_DIGEST_LEN)
/* Room for any header zapd sends, with digests and TermReq's echo. */
#define NVMF_PDU_OUT_MAX	(sizeof(struct nvmf_term_pdu) + \
				 NVMF_DIGEST_LEN + NVMF_TERM_MAX_DATA)

/* What a connection accepts; fixed once ICReq is answered. */
struct nvmf_pdu_limits {
	bool ic_done;		/* ICReq seen (first, and once) */
	bool hdgst, ddgst;	/* negotiated digests */
	uint32_t max_incapsule;	/* data bytes in one CapsuleCmd */
	uint32_t max_h2c;	/* data bytes in one H2CData (MAXH2CDATA) */
};

/* Where a received PDU's parts are, from its common header. */
struct nvmf_pdu_layout {
	uint32_t hdr_len;	/* hlen + header digest */
	uint32_t data_len;	/* 0: no data */
	bool ddgst;		/* a data digest follows the data */
	uint32_t plen;
};

/*
 * Check the 8-byte common header of a PDU from a host against the type's
 * fixed header length, the negotiated digests and the limits, before a
 * byte of it is buffered or allocated. Returns 0 and fills *out, or an
 * enum nvmf_fes with *fei the offset of the offending field.
 */
int nvmf_pdu_check(const struct nvmf_pdu_hdr *h,
		   const struct nvmf_pdu_limits *lim,
		   struct nvmf_pdu_layout *out, uint32_t *fei);

/* Whether the header digest after hlen bytes of pdu is right. */
bool nvmf_pdu_hdgst_ok(const void *pdu, uint32_t hlen);

/* The data digest over len bytes, for the wire (little-endian). */
uint32_t nvmf_pdu_ddgst(const void *data, size_t len);

/*
 * Check an ICReq (header already passed nvmf_pdu_check): 0, or an enum
 * nvmf_fes and *fei. *digest gets the digests the host asked for.
 */
int nvmf_pdu_icreq(const struct nvmf_icreq *req, uint8_t *digest,
		   uint32_t *fei);

/*
 * Builders: each writes a whole header (with its digest when hdgst) into
 * buf, which has NVMF_PDU_OUT_MAX bytes, and returns its length. The data
 * of C2HData and its digest are the caller's to add after it.
 */
size_t nvmf_pdu_icresp(void *buf, uint8_t digest, uint32_t maxdata);
size_t nvmf_pdu_rsp(void *buf, bool hdgst, const struct nvmf_cqe *cqe);
size_t nvmf_pdu_c2h(void *buf, bool hdgst, bool ddgst, uint16_t cid,
		    uint32_t offset, uint32_t len, bool last);
size_t nvmf_pdu_r2t(void *buf, bool hdgst, uint16_t cid, uint16_t ttag,
		    uint32_t offset, uint32_t len);
/* A C2HTermReq echoing up to NVMF_TERM_MAX_DATA bytes of the bad header;
 * never digested (the peer may be the one that got digests wrong). */
size_t nvmf_pdu_term(void *buf, enum nvmf_fes fes, uint32_t fei,
		     const void *bad, size_t bad_len);

/* A name for log lines. */
const char *nvmf_fes_name(int fes);

#endif
