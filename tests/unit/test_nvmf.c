/* SPDX-License-Identifier: MIT */
/*
 * NVMe/TCP front end: the PDU checks (server/nvmf_pdu.c) on malformed
 * input (lengths, types, offsets, digests, sequence), the builders' wire
 * layout, the discovery log page (server/nvmf_disc.c) at the offsets the
 * NVMe over Fabrics specification gives, and the zapd → NVMe status
 * mapping (server/nvmf_io.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <arpa/inet.h>
#include <endian.h>
#include <netinet/in.h>
#include <string.h>

#include <zap/zap.h>

#include "nvme_status.h"
#include "nvmf_disc.h"
#include "nvmf_io.h"
#include "nvmf_pdu.h"

static const struct nvmf_pdu_limits plain = {
	.ic_done = true,
	.max_incapsule = 8192,
	.max_h2c = 131072,
};

static struct nvmf_pdu_hdr hdr(uint8_t type, uint8_t flags, uint8_t hlen,
			       uint8_t pdo, uint32_t plen)
{
	return (struct nvmf_pdu_hdr){ type, flags, hlen, pdo, htole32(plen) };
}

/* The FES of h under lim, with *fei; 0 and *out if accepted. */
static int check(struct nvmf_pdu_hdr h, const struct nvmf_pdu_limits *lim,
		 struct nvmf_pdu_layout *out, uint32_t *fei)
{
	struct nvmf_pdu_layout dummy;
	uint32_t dummy_fei = 0xdead;

	return nvmf_pdu_check(&h, lim, out ? out : &dummy,
			      fei ? fei : &dummy_fei);
}

static void test_wire_sizes(void **state)
{
	assert_int_equal(sizeof(struct nvmf_pdu_hdr), 8);
	assert_int_equal(sizeof(struct nvmf_icreq), 128);
	assert_int_equal(sizeof(struct nvmf_icresp), 128);
	assert_int_equal(sizeof(struct nvmf_sqe), 64);
	assert_int_equal(sizeof(struct nvmf_cqe), 16);
	assert_int_equal(sizeof(struct nvmf_cmd_pdu), 72);
	assert_int_equal(sizeof(struct nvmf_rsp_pdu), 24);
	assert_int_equal(sizeof(struct nvmf_data_pdu), 24);
	assert_int_equal(sizeof(struct nvmf_term_pdu), 24);
}

static void test_icreq_first_and_once(void **state)
{
	struct nvmf_pdu_limits fresh = plain;
	struct nvmf_pdu_layout l;
	uint32_t fei;

	fresh.ic_done = false;
	assert_int_equal(check(hdr(NVMF_PDU_ICREQ, 0, 128, 0, 128), &fresh,
			       &l, NULL), 0);
	assert_int_equal(l.hdr_len, 128);
	assert_int_equal(l.data_len, 0);
	/* a command before ICReq, an ICReq after it */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 0, 72), &fresh, NULL,
			       &fei), NVMF_FES_SEQUENCE);
	assert_int_equal(fei, 0);
	assert_int_equal(check(hdr(NVMF_PDU_ICREQ, 0, 128, 0, 128), &plain,
			       NULL, NULL), NVMF_FES_SEQUENCE);
}

static void test_icreq_fields(void **state)
{
	struct nvmf_icreq req = { .hdr = hdr(NVMF_PDU_ICREQ, 0, 128, 0, 128) };
	uint8_t digest = 0xff;
	uint32_t fei;

	req.digest = NVMF_DIGEST_HDR | NVMF_DIGEST_DATA;
	assert_int_equal(nvmf_pdu_icreq(&req, &digest, &fei), 0);
	assert_int_equal(digest, 3);
	req.digest = 4;
	assert_int_equal(nvmf_pdu_icreq(&req, &digest, &fei),
			 NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 11);
	req.digest = 0;
	req.hpda = 1;
	assert_int_equal(nvmf_pdu_icreq(&req, &digest, &fei),
			 NVMF_FES_UNSUPPORTED);
	assert_int_equal(fei, 10);
	req.hpda = 0;
	req.pfv = htole16(1);
	assert_int_equal(nvmf_pdu_icreq(&req, &digest, &fei),
			 NVMF_FES_UNSUPPORTED);
	assert_int_equal(fei, 8);
}

static void test_unknown_and_controller_types(void **state)
{
	static const uint8_t types[] = {
		NVMF_PDU_ICRESP, NVMF_PDU_C2H_TERM, NVMF_PDU_RSP,
		NVMF_PDU_C2H_DATA, 0x08, NVMF_PDU_R2T, 0x0a, 0x7f, 0xff,
	};
	uint32_t fei;

	for (unsigned i = 0; i < sizeof(types); i++) {
		fei = 99;
		assert_int_equal(check(hdr(types[i], 0, 24, 0, 24), &plain,
				       NULL, &fei), NVMF_FES_INVALID_HEADER);
		assert_int_equal(fei, 0);
	}
}

static void test_lengths(void **state)
{
	struct nvmf_pdu_layout l;
	uint32_t fei;

	/* the header length is the type's, exactly */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 71, 0, 72), &plain, NULL,
			       &fei), NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 2);
	assert_int_equal(check(hdr(NVMF_PDU_H2C_DATA, 0, 72, 72, 100), &plain,
			       NULL, &fei), NVMF_FES_INVALID_HEADER);
	/* plen below the header */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 0, 71), &plain, NULL,
			       &fei), NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 4);
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 0, 0), &plain, NULL,
			       &fei), NVMF_FES_INVALID_HEADER);
	/* in-capsule data up to the limit, not a byte more */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 72, 72 + 8192), &plain,
			       &l, NULL), 0);
	assert_int_equal(l.data_len, 8192);
	assert_int_equal(l.plen, 72 + 8192);
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 72, 72 + 8193), &plain,
			       NULL, &fei), NVMF_FES_LIMIT_EXCEEDED);
	assert_int_equal(fei, 4);
	/* a 4 GiB claim is refused from the header alone */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 72, 0xffffffff),
			       &plain, NULL, NULL), NVMF_FES_LIMIT_EXCEEDED);
	assert_int_equal(check(hdr(NVMF_PDU_H2C_DATA, 0, 24, 24, 0xffffffff),
			       &plain, NULL, NULL), NVMF_FES_LIMIT_EXCEEDED);
	assert_int_equal(check(hdr(NVMF_PDU_H2C_DATA, 0, 24, 24,
				   24 + 131072), &plain, &l, NULL), 0);
	/* H2CData without data */
	assert_int_equal(check(hdr(NVMF_PDU_H2C_DATA, 0, 24, 0, 24), &plain,
			       NULL, &fei), NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 4);
	/* a TermReq echoes at most 128 header bytes */
	assert_int_equal(check(hdr(NVMF_PDU_H2C_TERM, 0, 24, 0, 24 + 128),
			       &plain, NULL, NULL), 0);
	assert_int_equal(check(hdr(NVMF_PDU_H2C_TERM, 0, 24, 0, 24 + 129),
			       &plain, NULL, NULL), NVMF_FES_LIMIT_EXCEEDED);
}

static void test_data_offset(void **state)
{
	uint32_t fei;

	/* CPDA 0: data right after the header, no offset without data */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 80, 72 + 512), &plain,
			       NULL, &fei), NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 3);
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 0, 72 + 512), &plain,
			       NULL, &fei), NVMF_FES_INVALID_HEADER);
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 72, 72), &plain,
			       NULL, &fei), NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 3);
}

static void test_digest_layout(void **state)
{
	struct nvmf_pdu_limits dg = plain;
	struct nvmf_pdu_layout l;
	uint32_t fei;

	dg.hdgst = dg.ddgst = true;
	/* both digests present and flagged */
	assert_int_equal(check(hdr(NVMF_PDU_CMD,
				   NVMF_F_HDGST | NVMF_F_DDGST, 72, 76,
				   76 + 4096 + 4), &dg, &l, NULL), 0);
	assert_int_equal(l.hdr_len, 76);
	assert_int_equal(l.data_len, 4096);
	assert_true(l.ddgst);
	/* no data: no data digest, no DDGST flag */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, NVMF_F_HDGST, 72, 0, 76), &dg,
			       &l, NULL), 0);
	assert_false(l.ddgst);
	/* flags that do not match what was negotiated */
	assert_int_equal(check(hdr(NVMF_PDU_CMD, 0, 72, 0, 76), &dg, NULL,
			       &fei), NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 1);
	assert_int_equal(check(hdr(NVMF_PDU_CMD, NVMF_F_HDGST, 72, 76,
				   76 + 4096 + 4), &dg, NULL, &fei),
			 NVMF_FES_INVALID_HEADER);
	assert_int_equal(fei, 1);
	assert_int_equal(check(hdr(NVMF_PDU_CMD, NVMF_F_HDGST, 72, 0, 72),
			       &plain, NULL, &fei), NVMF_FES_INVALID_HEADER);
	/* room for the data digest but no data */
	assert_int_equal(check(hdr(NVMF_PDU_H2C_DATA,
				   NVMF_F_HDGST | NVMF_F_DDGST, 24, 28,
				   28 + 4), &dg, NULL, &fei),
			 NVMF_FES_INVALID_HEADER);
	/* ICReq never carries digests, even with a digest flag set */
	dg.ic_done = false;
	assert_int_equal(check(hdr(NVMF_PDU_ICREQ, NVMF_F_HDGST, 128, 0, 128),
			       &dg, NULL, &fei), NVMF_FES_INVALID_HEADER);
}

static void test_digest_values(void **state)
{
	uint8_t buf[NVMF_PDU_OUT_MAX];
	struct nvmf_cqe cqe = { .cid = 7 };
	size_t n = nvmf_pdu_rsp(buf, true, &cqe);

	/* CRC-32C's check value, little-endian on the wire */
	assert_int_equal(nvmf_pdu_ddgst("123456789", 9), htole32(0xe3069283));
	assert_int_equal(n, 28);
	assert_true(nvmf_pdu_hdgst_ok(buf, 24));
	buf[20] ^= 0x10;
	assert_false(nvmf_pdu_hdgst_ok(buf, 24));
}

static void test_builders(void **state)
{
	uint8_t buf[NVMF_PDU_OUT_MAX], bad[200];
	const struct nvmf_data_pdu *d = (const void *)buf;
	const struct nvmf_term_pdu *t = (const void *)buf;
	const struct nvmf_icresp *ic = (const void *)buf;

	assert_int_equal(nvmf_pdu_icresp(buf, 3, 131072), 128);
	assert_int_equal(ic->hdr.type, NVMF_PDU_ICRESP);
	assert_int_equal(le32toh(ic->hdr.plen), 128);
	assert_int_equal(ic->digest, 3);
	assert_int_equal(ic->cpda, 0);
	assert_int_equal(le32toh(ic->maxdata), 131072);

	assert_int_equal(nvmf_pdu_c2h(buf, true, true, 0x1234, 0, 4096, true),
			 28);
	assert_int_equal(d->hdr.type, NVMF_PDU_C2H_DATA);
	assert_int_equal(d->hdr.flags, NVMF_F_HDGST | NVMF_F_DDGST |
				       NVMF_F_DATA_LAST);
	assert_int_equal(d->hdr.pdo, 28);
	assert_int_equal(le32toh(d->hdr.plen), 28 + 4096 + 4);
	assert_int_equal(d->cid, 0x1234);
	assert_int_equal(le32toh(d->length), 4096);

	assert_int_equal(nvmf_pdu_r2t(buf, false, 9, 5, 0, 65536), 24);
	assert_int_equal(d->hdr.type, NVMF_PDU_R2T);
	assert_int_equal(le32toh(d->hdr.plen), 24);
	assert_int_equal(d->hdr.pdo, 0);
	assert_int_equal(le16toh(d->ttag), 5);
	assert_int_equal(le32toh(d->length), 65536);

	memset(bad, 0xab, sizeof(bad));
	assert_int_equal(nvmf_pdu_term(buf, NVMF_FES_HDR_DIGEST, 0, bad,
				       sizeof(bad)), 24 + 128);
	assert_int_equal(t->hdr.type, NVMF_PDU_C2H_TERM);
	assert_int_equal(le32toh(t->hdr.plen), 24 + 128);
	assert_int_equal(le16toh(t->fes), NVMF_FES_HDR_DIGEST);
	assert_int_equal(buf[24 + 127], 0xab);
}

static void test_status_of_zap(void **state)
{
	/* zone statuses keep their NVMe value; the host must not retry */
	assert_int_equal(nvmf_status_of_zap(ZAP_OK), 0);
	assert_int_equal(nvmf_status_of_zap(ZAP_ZONE_FULL),
			 NVME_SC_ZONE_FULL | NVME_STATUS_DNR);
	assert_int_equal(nvmf_status_of_zap(ZAP_ZONE_INVALID_WRITE),
			 NVME_SC_ZONE_INVALID_WRITE | NVME_STATUS_DNR);
	assert_int_equal(nvmf_status_of_zap(ZAP_TOO_MANY_OPEN_ZONES),
			 NVME_SC_ZONE_TOO_MANY_OPEN | NVME_STATUS_DNR);
	assert_int_equal(nvmf_status_of_zap(ZAP_UNRECOVERED_READ_ERROR),
			 NVME_SC_UNRECOVERED_READ | NVME_STATUS_DNR);
	assert_int_equal(nvmf_status_of_zap(ZAP_LBA_OUT_OF_RANGE),
			 NVME_SC_LBA_RANGE | NVME_STATUS_DNR);
	/* unknown effect: an append must not be sent twice */
	assert_int_equal(nvmf_status_of_zap(ZAP_IO_ERROR),
			 NVME_SC_WRITE_FAULT | NVME_STATUS_DNR);
	/* refused before anything was written: the host may retry */
	assert_int_equal(nvmf_status_of_zap(ZAP_BUSY), NVME_SC_INTERNAL);
	assert_int_equal(nvmf_status_of_zap(ZAP_OUT_OF_MEMORY),
			 NVME_SC_INTERNAL);
}

/* A socket address from text, as getsockname() gives it. */
static struct sockaddr_storage sockaddr(int family, const char *host,
					uint16_t port)
{
	struct sockaddr_storage ss = { .ss_family = family };
	struct sockaddr_in6 *in6 = (void *)&ss;
	struct sockaddr_in *in = (void *)&ss;

	if (family == AF_INET6) {
		assert_int_equal(inet_pton(family, host, &in6->sin6_addr), 1);
		in6->sin6_port = htons(port);
	} else {
		assert_int_equal(inet_pton(family, host, &in->sin_addr), 1);
		in->sin_port = htons(port);
	}
	return ss;
}

static uint16_t le16_at(const uint8_t *p)
{
	return p[0] | p[1] << 8;
}

static uint64_t le64_at(const uint8_t *p)
{
	uint64_t v = 0;

	for (int i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

/* Header and entry at the byte offsets of NVMe-oF 1.1, figures 38-39. */
static void test_disc_log_ipv4(void **state)
{
	static const char nqn[] = "nqn.2026-12.io.zapd:node1";
	uint8_t page[NVMF_DISC_LOG_MAX + 1];
	struct sockaddr_storage ss = sockaddr(AF_INET, "127.0.0.1", 4420);
	struct nvmf_disc_entry e = { nqn, &ss, 128 };
	const uint8_t *ent = page + 1024;

	memset(page, 0xaa, sizeof(page));
	assert_int_equal(nvmf_disc_log(page, 0x0102030405060708ull, &e),
			 2048);
	assert_true(le64_at(page) == 0x0102030405060708ull);	/* GENCTR */
	assert_true(le64_at(page + 8) == 1);			/* NUMREC */
	assert_int_equal(le16_at(page + 16), 0);		/* RECFMT */
	for (int i = 18; i < 1024; i++)
		assert_int_equal(page[i], 0);
	assert_int_equal(ent[0], 3);		/* TRTYPE: TCP */
	assert_int_equal(ent[1], 1);		/* ADRFAM: IPv4 */
	assert_int_equal(ent[2], 2);		/* SUBTYPE: NVM subsystem */
	assert_int_equal(ent[3], 0);		/* TREQ: not specified */
	assert_int_equal(le16_at(ent + 4), 1);	/* PORTID */
	assert_int_equal(le16_at(ent + 6), 0xffff);	/* CNTLID: dynamic */
	assert_int_equal(le16_at(ent + 8), 128);	/* ASQSZ */
	assert_int_equal(le16_at(ent + 10), 0);	/* EFLAGS */
	assert_memory_equal(ent + 32, "4420\0", 5);	/* TRSVCID */
	assert_memory_equal(ent + 256, nqn, sizeof(nqn));	/* SUBNQN */
	assert_memory_equal(ent + 512, "127.0.0.1\0", 10);	/* TRADDR */
	for (int i = 768; i < 1024; i++)	/* TSAS: no security */
		assert_int_equal(ent[i], 0);
	assert_int_equal(page[2048], 0xaa);	/* nothing beyond */
}

static void test_disc_log_ipv6(void **state)
{
	uint8_t page[NVMF_DISC_LOG_MAX];
	struct sockaddr_storage ss = sockaddr(AF_INET6, "::1", 8009);
	struct nvmf_disc_entry e = { "nqn.2026-12.io.zapd:x", &ss, 128 };

	assert_int_equal(nvmf_disc_log(page, 1, &e), 2048);
	assert_int_equal(page[1024 + 1], 2);	/* ADRFAM: IPv6 */
	/* no brackets: nvme connect -a takes the bare address */
	assert_string_equal((char *)page + 1024 + 512, "::1");
	assert_string_equal((char *)page + 1024 + 32, "8009");

	/* a dual-stack listener reached over IPv4: the IPv4 address */
	ss = sockaddr(AF_INET6, "::ffff:10.1.2.3", 4420);
	assert_int_equal(nvmf_disc_log(page, 1, &e), 2048);
	assert_int_equal(page[1024 + 1], 1);
	assert_string_equal((char *)page + 1024 + 512, "10.1.2.3");

	ss.ss_family = AF_UNIX;
	assert_int_equal(nvmf_disc_log(page, 1, &e), 0);
}

/* A host that may not connect sees the header only: no entry. */
static void test_disc_log_no_entry(void **state)
{
	uint8_t page[NVMF_DISC_LOG_MAX];

	memset(page, 0xaa, sizeof(page));
	assert_int_equal(nvmf_disc_log(page, 9, NULL), 1024);
	assert_true(le64_at(page) == 9);
	assert_true(le64_at(page + 8) == 0);
	for (int i = 16; i < NVMF_DISC_LOG_MAX; i++)
		assert_int_equal(page[i], 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wire_sizes),
		cmocka_unit_test(test_icreq_first_and_once),
		cmocka_unit_test(test_icreq_fields),
		cmocka_unit_test(test_unknown_and_controller_types),
		cmocka_unit_test(test_lengths),
		cmocka_unit_test(test_data_offset),
		cmocka_unit_test(test_digest_layout),
		cmocka_unit_test(test_digest_values),
		cmocka_unit_test(test_builders),
		cmocka_unit_test(test_status_of_zap),
		cmocka_unit_test(test_disc_log_ipv4),
		cmocka_unit_test(test_disc_log_ipv6),
		cmocka_unit_test(test_disc_log_no_entry),
	};

	return zap_unit_run(tests, argc, argv);
}
