/* SPDX-License-Identifier: MIT */
#include "nvmf_ctrl.h"

#include <endian.h>
#include <errno.h>
#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nvme/types.h>	/* the Identify and log page layouts */

#include "crc32c.h"
#include "log.h"
#include "nvme_status.h"	/* after libnvme's: our names win */
#include "nvmf_disc.h"

/* Admin opcodes */
enum {
	ADM_GET_LOG_PAGE = 0x02,
	ADM_IDENTIFY = 0x06,
	ADM_ABORT = 0x08,
	ADM_SET_FEATURES = 0x09,
	ADM_GET_FEATURES = 0x0a,
	ADM_ASYNC_EVENT = 0x0c,
	ADM_KEEP_ALIVE = 0x18,
	OP_FABRICS = 0x7f,
};

/* Fabrics command types (byte 4 of the SQE) */
enum {
	FCT_PROPERTY_SET = 0x00,
	FCT_CONNECT = 0x01,
	FCT_PROPERTY_GET = 0x04,
};

/* Controller properties */
enum {
	PROP_CAP = 0x00,
	PROP_VS = 0x08,
	PROP_CC = 0x14,
	PROP_CSTS = 0x1c,
};

#define CC_EN			(1u << 0)
#define CC_SHN_MASK		(3u << 14)
#define CSTS_RDY		(1u << 0)
#define CSTS_SHST_DONE		(2u << 2)
#define NVMF_VS			0x00010400	/* 1.4: CNS 00h, not 08h */
#define KAS_100MS		10		/* keep-alive unit: 1 s */
#define AER_LIMIT		4
#define CONNECT_DATA_LEN	1024
#define DYNAMIC_CNTLID		0xffff
#define MAX_CNTLID		0xffef
#define CSI_NVM			0
#define CSI_ZNS			2
/* Connect carries 1 KiB, a discovery controller's commands a page at most
 * (Identify, a piece of the log); 8 KiB is the least MDTS can say. */
#define SMALL_MAX_BYTES		8192

struct nvmf_ctrl {
	struct nvmf_subsys *subsys;
	bool disc;		/* a discovery controller */
	uint16_t cntlid;
	char hostnqn[NVMF_NQN_MAX];
	uint8_t hostid[16];
	uint32_t cc, csts;
	uint32_t kato_ms;
	uint32_t aen_config;
	unsigned held_aers;
	uint16_t nr_io_queues;	/* granted by Set Features 07h */
	struct event *ka_timer;
	struct nvmf_queue *admin;
	struct list io_queues;	/* struct nvmf_queue */
	struct list_node link;	/* in its subsystem's controllers */
};

/* SQE accessors: cdw values in host order */
static uint32_t cdw(const struct nvmf_cmd *cmd, int n)
{
	uint32_t w;

	memcpy(&w, (const uint8_t *)&cmd->sqe + 4 * n, sizeof(w));
	return le32toh(w);
}

static uint8_t fctype(const struct nvmf_cmd *cmd)
{
	return ((const uint8_t *)&cmd->sqe)[4];
}

static bool finish(struct nvmf_cmd *cmd, uint16_t status, uint64_t result)
{
	cmd->status = status;
	cmd->result = htole64(result);
	return false;
}

static bool refuse(struct nvmf_cmd *cmd, uint16_t status)
{
	return finish(cmd, status | NVME_STATUS_DNR, 0);
}

/* Space-padded, not NUL-terminated, as Identify's strings are. */
static void pad_copy(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	memset(dst, ' ', size);
	memcpy(dst, src, n < size ? n : size);
}

/* --- keep-alive --------------------------------------------------------- */

static void kill_ctrl(struct nvmf_ctrl *c, const char *why);

static void on_keep_alive_expired(evutil_socket_t fd, short what, void *arg)
{
	struct nvmf_ctrl *c = arg;

	log_warn("nvmf keep-alive timer expired cntlid=%u host=%s kato_ms=%u",
		 c->cntlid, c->hostnqn, c->kato_ms);
	kill_ctrl(c, "keep-alive timer expired");
}

static void keep_alive(struct nvmf_ctrl *c)
{
	struct timeval tv = { c->kato_ms / 1000, c->kato_ms % 1000 * 1000 };

	if (c->kato_ms)
		evtimer_add(c->ka_timer, &tv);
	else	/* KATO 0 (Set Features may say so late): no timer */
		evtimer_del(c->ka_timer);
}

/* --- controllers -------------------------------------------------------- */

static struct nvmf_ctrl *find_ctrl(struct nvmf_subsys *s, uint16_t cntlid)
{
	struct list_node *n;

	for (n = s->ctrls.first; n; n = n->next)
		if (list_entry(n, struct nvmf_ctrl, link)->cntlid == cntlid)
			return list_entry(n, struct nvmf_ctrl, link);
	return NULL;
}

static uint16_t next_cntlid(struct nvmf_subsys *s)
{
	do {
		if (++s->next_cntlid > MAX_CNTLID)
			s->next_cntlid = 1;
	} while (find_ctrl(s, s->next_cntlid));
	return s->next_cntlid;
}

static void free_ctrl(struct nvmf_ctrl *c)
{
	list_del(&c->subsys->ctrls, &c->link);
	if (c->ka_timer)
		event_free(c->ka_timer);
	free(c);
}

/* Every queue of c is closed and c freed; the queues learn it first. */
static void kill_ctrl(struct nvmf_ctrl *c, const char *why)
{
	struct list io = c->io_queues;	/* moves as it is: list.h */
	struct nvmf_queue *admin = c->admin;
	struct list_node *n, *next;

	log_info("nvmf controller gone cntlid=%u host=%s reason=\"%s\"",
		 c->cntlid, c->hostnqn, why);
	for (n = io.first; n; n = n->next)
		list_entry(n, struct nvmf_queue, link)->ctrl = NULL;
	admin->ctrl = NULL;
	free_ctrl(c);
	list_for_each(n, next, &io) {
		list_del(&io, n);
		list_entry(n, struct nvmf_queue, link)->kill(
			list_entry(n, struct nvmf_queue, link), why);
	}
	admin->kill(admin, why);
}

void nvmf_queue_gone(struct nvmf_queue *q)
{
	struct nvmf_ctrl *c = q->ctrl;

	if (!c)
		return;
	if (!q->qid) {
		kill_ctrl(c, "admin queue closed");
		return;
	}
	list_del(&c->io_queues, &q->link);
	q->ctrl = NULL;
}

/* --- Fabrics: Connect, Property Get/Set --------------------------------- */

static bool host_allowed(const struct nvmf_subsys *s, const char *nqn)
{
	for (unsigned i = 0; i < s->hosts.nr; i++)
		if (!strcmp(s->hosts.nqn[i], nqn))
			return true;
	return s->hosts.any;
}

/* Connect Invalid Parameters: result names the field (IATTR: in the
 * data; IPO: its offset), so the host logs which one. */
static bool connect_invalid(struct nvmf_cmd *cmd, bool in_data,
			    uint16_t offset)
{
	return finish(cmd, NVME_SC_CONNECT_INVALID_PARAM | NVME_STATUS_DNR,
		      (uint32_t)in_data << 16 | offset);
}

static bool connect_admin(struct nvmf_queue *q, struct nvmf_cmd *cmd,
			  const struct nvmf_connect_data *d, bool disc)
{
	struct nvmf_subsys *s = q->subsys;
	struct nvmf_ctrl *c;

	if (le16toh(d->cntlid) != DYNAMIC_CNTLID)
		return connect_invalid(cmd, true,
				       offsetof(struct nvmf_connect_data,
						cntlid));
	c = calloc(1, sizeof(*c));
	if (!c)
		return finish(cmd, NVME_SC_INTERNAL, 0);
	c->subsys = s;
	c->disc = disc;
	c->cntlid = next_cntlid(s);
	memcpy(c->hostnqn, d->hostnqn, sizeof(c->hostnqn) - 1);
	memcpy(c->hostid, d->hostid, sizeof(c->hostid));
	c->kato_ms = cdw(cmd, 12);
	c->ka_timer = evtimer_new(s->srv->reactor.base, on_keep_alive_expired,
				  c);
	if (!c->ka_timer) {
		free(c);
		return finish(cmd, NVME_SC_INTERNAL, 0);
	}
	c->admin = q;
	list_add_head(&s->ctrls, &c->link);
	q->ctrl = c;
	keep_alive(c);
	log_info("nvmf controller created cntlid=%u host=%s kato_ms=%u "
		 "type=%s", c->cntlid, c->hostnqn, c->kato_ms,
		 disc ? "discovery" : "io");
	return finish(cmd, 0, c->cntlid);
}

static bool connect_io(struct nvmf_queue *q, struct nvmf_cmd *cmd,
		       const struct nvmf_connect_data *d, bool disc)
{
	struct nvmf_ctrl *c = find_ctrl(q->subsys, le16toh(d->cntlid));
	struct list_node *n;

	if (!c || c->disc != disc ||
	    strncmp(c->hostnqn, d->hostnqn, sizeof(c->hostnqn)) ||
	    memcmp(c->hostid, d->hostid, sizeof(c->hostid)))
		return connect_invalid(cmd, true,
				       offsetof(struct nvmf_connect_data,
						cntlid));
	if (!(c->csts & CSTS_RDY))
		return refuse(cmd, NVME_SC_CMD_SEQ_ERROR);
	if (q->qid > c->nr_io_queues)
		return connect_invalid(cmd, false, 42);	/* SQE's qid */
	for (n = c->io_queues.first; n; n = n->next)
		if (list_entry(n, struct nvmf_queue, link)->qid == q->qid)
			return connect_invalid(cmd, false, 42);
	q->ctrl = c;
	list_add_head(&c->io_queues, &q->link);
	return finish(cmd, 0, c->cntlid);
}

static bool fabrics_connect(struct nvmf_queue *q, struct nvmf_cmd *cmd)
{
	struct nvmf_subsys *s = q->subsys;
	struct nvmf_connect_data *d = cmd->buf;
	uint16_t qid = cdw(cmd, 10) >> 16, sqsize = cdw(cmd, 11) & 0xffff;
	bool disc;

	if (cdw(cmd, 10) & 0xffff)
		return refuse(cmd, NVME_SC_CONNECT_FORMAT);
	if (cmd->len < CONNECT_DATA_LEN)
		return refuse(cmd, NVME_SC_SGL_LENGTH);
	if (q->ctrl)
		return refuse(cmd, NVME_SC_CMD_SEQ_ERROR);
	d->subsysnqn[sizeof(d->subsysnqn) - 1] = '\0';
	d->hostnqn[sizeof(d->hostnqn) - 1] = '\0';
	disc = !strcmp(d->subsysnqn, NVMF_DISC_NQN);
	if (!disc && strcmp(d->subsysnqn, s->nqn)) {
		log_warn("nvmf connect refused host=%s subsys=%s reason=\"no "
			 "such subsystem (zapd's is %s)\"", d->hostnqn,
			 d->subsysnqn, s->nqn);
		return connect_invalid(cmd, true,
				       offsetof(struct nvmf_connect_data,
						subsysnqn));
	}
	/* Any host may discover, as with nvmet: its log lists the
	 * subsystem only to a host that may connect to it. */
	if (!disc && !host_allowed(s, d->hostnqn)) {
		log_warn("nvmf connect refused host=%s reason=\"not in "
			 "nvmf_allowed_hosts\"", d->hostnqn);
		return refuse(cmd, NVME_SC_CONNECT_INVALID_HOST);
	}
	if (!sqsize || sqsize >= NVMF_QUEUE_SIZE)
		return connect_invalid(cmd, false, 44); /* SQE's sqsize */
	q->qid = qid;
	q->sqsize = sqsize;
	return qid ? connect_io(q, cmd, d, disc) :
		     connect_admin(q, cmd, d, disc);
}

static uint64_t prop_cap(void)
{
	return (NVMF_QUEUE_SIZE - 1) |	/* MQES */
	       1ull << 16 |		/* CQR: contiguous queues */
	       10ull << 24 |		/* TO: 5 s to ready */
	       1ull << 37 |		/* CSS: NVM command set */
	       1ull << 43;		/* CSS: I/O command sets (ZNS) */
}

static bool property_get(struct nvmf_ctrl *c, struct nvmf_cmd *cmd)
{
	bool eight = cdw(cmd, 10) & 1;

	switch (cdw(cmd, 11)) {
	case PROP_CAP:
		return finish(cmd, 0, eight ? prop_cap() :
				      (uint32_t)prop_cap());
	case PROP_VS:
		return finish(cmd, 0, NVMF_VS);
	case PROP_CC:
		return finish(cmd, 0, c->cc);
	case PROP_CSTS:
		return finish(cmd, 0, c->csts);
	default:
		return refuse(cmd, NVME_SC_INVALID_FIELD);
	}
}

/* CC.EN makes the controller ready, CC.SHN shuts it down at once (zapd's
 * drives keep no state per controller). */
static bool property_set(struct nvmf_ctrl *c, struct nvmf_cmd *cmd)
{
	uint32_t cc = cdw(cmd, 12);

	if (cdw(cmd, 11) != PROP_CC)
		return refuse(cmd, NVME_SC_INVALID_FIELD);
	c->cc = cc;
	c->csts = cc & CC_EN ? CSTS_RDY : 0;
	if (cc & CC_SHN_MASK)
		c->csts |= CSTS_SHST_DONE;
	return finish(cmd, 0, 0);
}

/* --- Identify ----------------------------------------------------------- */

static const struct nvmf_ns *active_ns(const struct nvmf_subsys *s,
				       uint32_t nsid)
{
	return nsid && nsid <= s->nr_ns && s->ns[nsid - 1].drive ?
	       &s->ns[nsid - 1] : NULL;
}

static unsigned ilog2(uint64_t v)
{
	return 63 - __builtin_clzll(v);
}

static void id_ctrl(const struct nvmf_ctrl *c, struct nvme_id_ctrl *id)
{
	const struct nvmf_subsys *s = c->subsys;

	pad_copy(id->sn, sizeof(id->sn), s->serial);
	pad_copy(id->mn, sizeof(id->mn), "zapd");
	pad_copy(id->fr, sizeof(id->fr), ZAP_VERSION);
	id->mdts = ilog2(nvmf_queue_max_bytes(c->admin) / 4096);
	id->cntlid = htole16(c->cntlid);
	id->ver = htole32(NVMF_VS);
	id->acl = 3;
	id->aerl = AER_LIMIT - 1;
	id->kas = htole16(KAS_100MS);
	id->sqes = 0x66;
	id->cqes = 0x44;
	id->maxcmd = htole16(NVMF_QUEUE_SIZE);
	/* SGLs without alignment; offsets into in-capsule data */
	id->sgls = htole32(1u << 0 | 1u << 20);
	id->ioccsz = htole32((64 + NVMF_INCAPSULE_DATA) / 16);
	id->iorcsz = htole32(1);
	id->msdbd = 1;
	if (c->disc) {
		/* The host refuses a discovery controller whose type and
		 * NQN do not say so. No effects log: the host would ask for
		 * it, and a discovery controller has only log page 70h. */
		id->cntrltype = NVME_CTRL_CNTRLTYPE_DISCOVERY;
		id->lpa = 1 << 2;	/* offsets: libnvme reads in parts */
		memcpy(id->subnqn, NVMF_DISC_NQN, strlen(NVMF_DISC_NQN));
		return;
	}
	id->cntrltype = NVME_CTRL_CNTRLTYPE_IO;
	id->lpa = 1 << 1;		/* Commands Supported and Effects */
	id->nn = htole32(s->nr_ns);
	id->vwc = s->vwc;
	memcpy(id->subnqn, s->nqn, strlen(s->nqn));
}

static void id_ns(const struct nvmf_ns *ns, struct nvme_id_ns *id)
{
	uint64_t lbas = drive_nr_lbas(ns->drive);

	id->nsze = id->ncap = id->nuse = htole64(lbas);
	id->lbaf[0].ds = ns->lba_shift;
}

static void id_ns_zns(const struct nvmf_ns *ns, struct nvme_zns_id_ns *id)
{
	const struct backend_geometry *g = &ns->drive->be.geo;

	/* MOR and MAR are 0-based; all ones: no limit */
	id->mor = htole32(g->max_open ? g->max_open - 1 : UINT32_MAX);
	id->mar = htole32(g->max_active ? g->max_active - 1 : UINT32_MAX);
	id->lbafe[0].zsze = htole64(g->zone_size);
}

/* A UUID of the subsystem and the drive's name: the same at every start. */
static void ns_uuid(const struct nvmf_subsys *s, const struct nvmf_ns *ns,
		    uint8_t uuid[16])
{
	uint32_t h = crc32c(s->nqn, strlen(s->nqn));

	h = crc32c_extend(h, ns->drive->name, strlen(ns->drive->name));
	for (int i = 0; i < 4; i++) {
		h = crc32c_extend(h, &i, sizeof(i));
		memcpy(uuid + 4 * i, &h, 4);
	}
	uuid[6] = (uuid[6] & 0x0f) | 0x40;	/* version 4 */
	uuid[8] = (uuid[8] & 0x3f) | 0x80;	/* RFC 4122 variant */
}

static void id_ns_descs(const struct nvmf_subsys *s, const struct nvmf_ns *ns,
			uint8_t *out)
{
	out[0] = NVME_NIDT_UUID;
	out[1] = 16;
	ns_uuid(s, ns, out + 4);
	out += 4 + 16;
	out[0] = NVME_NIDT_CSI;
	out[1] = 1;
	out[4] = CSI_ZNS;
}

static void id_active_list(const struct nvmf_subsys *s, uint32_t after,
			   uint32_t *out)
{
	unsigned n = 0;

	for (uint32_t nsid = after + 1; nsid <= s->nr_ns && n < 1024; nsid++)
		if (active_ns(s, nsid))
			out[n++] = htole32(nsid);
}

static bool identify(struct nvmf_ctrl *c, struct nvmf_cmd *cmd)
{
	static union {
		struct nvme_id_ctrl ctrl;
		struct nvme_id_ns ns;
		struct nvme_zns_id_ns zns;
		struct nvme_zns_id_ctrl zctrl;
		uint8_t raw[4096];
	} id;
	const struct nvmf_subsys *s = c->subsys;
	uint32_t nsid = le32toh(cmd->sqe.nsid);
	const struct nvmf_ns *ns = active_ns(s, nsid);
	uint8_t cns = cdw(cmd, 10) & 0xff, csi = cdw(cmd, 11) >> 24;
	bool ns_cns = cns == 0x00 || cns == 0x03 || cns == 0x05;

	if (ns_cns && nsid != 0 && nsid > s->nr_ns)
		return refuse(cmd, NVME_SC_INVALID_NS);
	memset(&id, 0, sizeof(id));
	switch (cns) {
	case 0x00:	/* namespace (an inactive one: zeroes) */
		if (ns)
			id_ns(ns, &id.ns);
		break;
	case 0x01:
		id_ctrl(c, &id.ctrl);
		break;
	case 0x02:
		if (nsid >= 0xfffffffe)
			return refuse(cmd, NVME_SC_INVALID_FIELD);
		id_active_list(s, nsid, (uint32_t *)id.raw);
		break;
	case 0x03:
		if (!ns)
			return refuse(cmd, NVME_SC_INVALID_NS);
		id_ns_descs(s, ns, id.raw);
		break;
	case 0x05:	/* command set specific namespace: ZNS */
		if (csi != CSI_ZNS && csi != CSI_NVM)
			return refuse(cmd, NVME_SC_INVALID_FIELD);
		if (ns && csi == CSI_ZNS)
			id_ns_zns(ns, &id.zns);
		break;
	case 0x06:	/* command set specific controller: ZASL */
		if (csi != CSI_ZNS && csi != CSI_NVM)
			return refuse(cmd, NVME_SC_INVALID_FIELD);
		if (csi == CSI_ZNS)
			id.zctrl.zasl = ilog2(s->max_bytes / 4096);
		break;
	default:
		return refuse(cmd, NVME_SC_INVALID_FIELD);
	}
	memcpy(cmd->buf, id.raw, cmd->len < sizeof(id) ? cmd->len : sizeof(id));
	return finish(cmd, 0, 0);
}

/* --- Get Log Page ------------------------------------------------------- */

#define EFFECTS_CSUPP	(1u << 0)
#define EFFECTS_LBCC	(1u << 1)

static void effects_log(uint8_t csi, struct nvme_cmd_effects_log *log)
{
	static const uint8_t admin[] = {
		ADM_GET_LOG_PAGE, ADM_IDENTIFY, ADM_ABORT, ADM_SET_FEATURES,
		ADM_GET_FEATURES, ADM_ASYNC_EVENT, ADM_KEEP_ALIVE,
	};

	for (unsigned i = 0; i < sizeof(admin); i++)
		log->acs[admin[i]] = htole32(EFFECTS_CSUPP);
	log->iocs[0x00] = htole32(EFFECTS_CSUPP);		/* flush */
	log->iocs[0x01] = htole32(EFFECTS_CSUPP | EFFECTS_LBCC);
	log->iocs[0x02] = htole32(EFFECTS_CSUPP);		/* read */
	if (csi != CSI_ZNS)
		return;
	/* without Zone Append here the host makes the namespace read-only */
	log->iocs[0x79] = htole32(EFFECTS_CSUPP | EFFECTS_LBCC);
	log->iocs[0x7a] = htole32(EFFECTS_CSUPP);
	log->iocs[0x7d] = htole32(EFFECTS_CSUPP | EFFECTS_LBCC);
}

/* The discovery log as c's host may see it. */
static void disc_log(const struct nvmf_ctrl *c, const struct nvmf_queue *q,
		     uint8_t *out)
{
	const struct nvmf_subsys *s = c->subsys;
	struct nvmf_disc_entry e = {
		.subnqn = s->nqn,
		.addr = &q->local,
		.asqsz = NVMF_QUEUE_SIZE,
	};

	nvmf_disc_log(out, s->genctr,
		      host_allowed(s, c->hostnqn) ? &e : NULL);
}

static bool get_log_page(struct nvmf_ctrl *c, const struct nvmf_queue *q,
			 struct nvmf_cmd *cmd)
{
	static union {
		struct nvme_cmd_effects_log effects;
		uint8_t raw[4096];
	} log;
	_Static_assert(sizeof(log) >= NVMF_DISC_LOG_MAX, "discovery log");
	uint8_t lid = cdw(cmd, 10) & 0xff, csi = cdw(cmd, 14) >> 24;
	uint64_t len = ((uint64_t)(cdw(cmd, 11) & 0xffff) << 16 |
			cdw(cmd, 10) >> 16) + 1;
	uint64_t off = cdw(cmd, 12) | (uint64_t)cdw(cmd, 13) << 32;

	len *= 4;
	if (len > cmd->len || off % 4)	/* the offset is in dwords */
		return refuse(cmd, NVME_SC_INVALID_FIELD);
	memset(&log, 0, sizeof(log));
	switch (lid) {
	case 0x01:	/* error information: none kept */
	case 0x02:	/* SMART / health: nothing to say */
	case 0x03:	/* firmware slots */
	case 0x04:	/* changed namespaces: they never change */
		break;
	case 0x05:
		if (csi != CSI_NVM && csi != CSI_ZNS)
			return refuse(cmd, NVME_SC_INVALID_FIELD);
		effects_log(csi, &log.effects);
		break;
	case NVME_LOG_LID_DISCOVER:
		if (!c->disc)
			return refuse(cmd, NVME_SC_INVALID_LOG_PAGE);
		disc_log(c, q, log.raw);
		break;
	default:
		return refuse(cmd, NVME_SC_INVALID_LOG_PAGE);
	}
	memset(cmd->buf, 0, cmd->len);
	if (off < sizeof(log))
		memcpy(cmd->buf, log.raw + off,
		       len < sizeof(log) - off ? len : sizeof(log) - off);
	return finish(cmd, 0, 0);
}

/* --- Features ----------------------------------------------------------- */

enum {
	FEAT_VOLATILE_WC = 0x06,
	FEAT_NUM_QUEUES = 0x07,
	FEAT_ASYNC_EVENT = 0x0b,
	FEAT_KATO = 0x0f,
};

static uint32_t queues_result(uint16_t n)
{
	return (uint32_t)(n - 1) << 16 | (n - 1);
}

static bool set_features(struct nvmf_ctrl *c, struct nvmf_cmd *cmd)
{
	uint32_t v = cdw(cmd, 11);
	uint32_t want;

	switch (cdw(cmd, 10) & 0xff) {
	case FEAT_NUM_QUEUES:
		if ((v & 0xffff) == 0xffff || v >> 16 == 0xffff)
			return refuse(cmd, NVME_SC_INVALID_FIELD);
		want = 1 + ((v & 0xffff) < v >> 16 ? v & 0xffff : v >> 16);
		c->nr_io_queues = want < NVMF_MAX_IO_QUEUES ?
				  want : NVMF_MAX_IO_QUEUES;
		return finish(cmd, 0, queues_result(c->nr_io_queues));
	case FEAT_ASYNC_EVENT:
		c->aen_config = v;
		return finish(cmd, 0, 0);
	case FEAT_KATO:
		c->kato_ms = v;
		keep_alive(c);
		return finish(cmd, 0, 0);
	case FEAT_VOLATILE_WC:
		/* the cache is what durability= says; it cannot be turned */
		if ((v & 1) != c->subsys->vwc)
			return refuse(cmd, NVME_SC_INVALID_FIELD);
		return finish(cmd, 0, 0);
	default:
		return refuse(cmd, NVME_SC_INVALID_FIELD);
	}
}

static bool get_features(struct nvmf_ctrl *c, struct nvmf_cmd *cmd)
{
	switch (cdw(cmd, 10) & 0xff) {
	case FEAT_NUM_QUEUES:
		return finish(cmd, 0, queues_result(c->nr_io_queues ?
						    c->nr_io_queues :
						    NVMF_MAX_IO_QUEUES));
	case FEAT_ASYNC_EVENT:
		return finish(cmd, 0, c->aen_config);
	case FEAT_KATO:
		return finish(cmd, 0, c->kato_ms);
	case FEAT_VOLATILE_WC:
		return finish(cmd, 0, c->subsys->vwc);
	default:
		return refuse(cmd, NVME_SC_INVALID_FIELD);
	}
}

/* --- dispatch ----------------------------------------------------------- */

static bool admin_exec(struct nvmf_ctrl *c, struct nvmf_queue *q,
		       struct nvmf_cmd *cmd)
{
	switch (cmd->sqe.opcode) {
	case ADM_IDENTIFY:
		return identify(c, cmd);
	case ADM_GET_LOG_PAGE:
		return get_log_page(c, q, cmd);
	case ADM_SET_FEATURES:
		return set_features(c, cmd);
	case ADM_GET_FEATURES:
		return get_features(c, cmd);
	case ADM_KEEP_ALIVE:
		return finish(cmd, 0, 0);
	case ADM_ABORT:	/* too late to abort anything: bit 0 says so */
		return finish(cmd, 0, 1);
	case ADM_ASYNC_EVENT:
		/* zapd has no events to report: held until the queue goes */
		if (c->held_aers == AER_LIMIT)
			return refuse(cmd, NVME_SC_AER_LIMIT);
		c->held_aers++;
		return true;
	default:
		return refuse(cmd, NVME_SC_INVALID_OPCODE);
	}
}

/* What a discovery controller does besides Keep Alive and held AERs (as
 * nvmet's): Identify Controller, the discovery log, the KATO and AEN
 * features. False if cmd is not one of them (refused, final). */
static bool disc_admits(struct nvmf_cmd *cmd)
{
	uint8_t lid = cdw(cmd, 10) & 0xff;	/* CNS, LID or FID */

	switch (cmd->sqe.opcode) {
	case ADM_IDENTIFY:
		if (lid == NVME_IDENTIFY_CNS_CTRL)
			return true;
		break;
	case ADM_GET_LOG_PAGE:
		if (lid == NVME_LOG_LID_DISCOVER)
			return true;
		return refuse(cmd, NVME_SC_INVALID_LOG_PAGE);
	case ADM_SET_FEATURES:
	case ADM_GET_FEATURES:
		if (lid == FEAT_KATO || lid == FEAT_ASYNC_EVENT)
			return true;
		break;
	case ADM_KEEP_ALIVE:
	case ADM_ASYNC_EVENT:
		return true;
	default:
		return refuse(cmd, NVME_SC_INVALID_OPCODE);
	}
	return refuse(cmd, NVME_SC_INVALID_FIELD);
}

static bool fabrics_exec(struct nvmf_queue *q, struct nvmf_cmd *cmd)
{
	switch (fctype(cmd)) {
	case FCT_CONNECT:
		return fabrics_connect(q, cmd);
	case FCT_PROPERTY_GET:
		if (!q->ctrl || q->qid)
			return refuse(cmd, NVME_SC_CMD_SEQ_ERROR);
		return property_get(q->ctrl, cmd);
	case FCT_PROPERTY_SET:
		if (!q->ctrl || q->qid)
			return refuse(cmd, NVME_SC_CMD_SEQ_ERROR);
		return property_set(q->ctrl, cmd);
	default:
		return refuse(cmd, NVME_SC_INVALID_OPCODE);
	}
}

uint32_t nvmf_queue_max_bytes(const struct nvmf_queue *q)
{
	/* a host that may only discover holds little memory */
	if (!q->ctrl || q->ctrl->disc)
		return SMALL_MAX_BYTES;
	return q->subsys->max_bytes;
}

bool nvmf_ctrl_exec(struct nvmf_queue *q, struct nvmf_cmd *cmd)
{
	struct nvmf_ctrl *c = q->ctrl;

	cmd->status = 0;
	cmd->result = 0;
	if (cmd->sqe.opcode == OP_FABRICS)
		return fabrics_exec(q, cmd);
	if (!c)
		return refuse(cmd, NVME_SC_CMD_SEQ_ERROR);
	keep_alive(c);		/* any command shows the host is there */
	if (c->disc && !disc_admits(cmd))
		return false;
	if (!q->qid)
		return admin_exec(c, q, cmd);
	if (!(c->csts & CSTS_RDY))
		return refuse(cmd, NVME_SC_CMD_SEQ_ERROR);
	return nvmf_io_exec(cmd, q->subsys->srv,
			    active_ns(q->subsys, le32toh(cmd->sqe.nsid)));
}

bool nvmf_ctrl_cancel(struct nvmf_queue *q, struct nvmf_cmd *cmd)
{
	if (q->qid)
		return nvmf_io_cancel(cmd);
	if (q->ctrl && cmd->sqe.opcode == ADM_ASYNC_EVENT)
		q->ctrl->held_aers--;
	return true;
}

/* --- the subsystem ------------------------------------------------------ */

/* Drives that cannot be zoned namespaces say why; NULL if d can. */
static const char *unexportable(const struct drive *d, uint32_t max_bytes)
{
	const struct backend_geometry *g = &d->be.geo;

	if (g->zone_size & (g->zone_size - 1))
		return "its zone size is not a power of two (the Linux host "
		       "requires one)";
	if (g->lba_size & (g->lba_size - 1) || g->lba_size < 512)
		return "its LBA size is not a power of two of 512 or more";
	/* MDTS and ZASL count 4 KiB pages as a power of two, and 0 means
	 * no limit: 8 KiB is the smallest limit they can state */
	if (max_bytes < 8192)
		return "its max append or transfer size is below 8 KiB (MDTS "
		       "and ZASL cannot express it)";
	return NULL;
}

/* The largest power of two <= every limit on one command of d. */
static uint32_t drive_max_bytes(const struct server *srv, const struct drive *d)
{
	uint32_t max = 128u << 10;	/* MDTS 5: bounds receive buffers */
	const struct backend_geometry *g = &d->be.geo;

	if (g->max_append < max)
		max = g->max_append;
	if (g->max_transfer && g->max_transfer < max)
		max = g->max_transfer;
	if (srv->limits.max_data < max)
		max = srv->limits.max_data;
	return max ? 1u << ilog2(max) : 0;
}

static void add_namespaces(struct nvmf_subsys *s)
{
	struct server *srv = s->srv;

	s->max_bytes = 128u << 10;
	for (unsigned i = 0; i < srv->node->nr_drives; i++) {
		struct drive *d = &srv->node->drives[i];
		uint32_t max = drive_max_bytes(srv, d);
		const char *why = unexportable(d, max);
		struct nvmf_ns *ns = &s->ns[i];

		ns->nsid = i + 1;
		if (why) {
			log_warn("nvmf: drive %s is not exported (nsid %u "
				 "inactive): %s", d->name, ns->nsid, why);
			continue;
		}
		ns->drive = d;
		ns->lba_shift = ilog2(d->be.geo.lba_size);
		ns->zone_shift = ilog2(d->be.geo.zone_size);
		if (max < s->max_bytes)
			s->max_bytes = max;
		s->vwc |= !d->durable;
	}
	s->nr_ns = srv->node->nr_drives;
	/* one MDTS and ZASL per controller: the smallest drive's */
	for (unsigned i = 0; i < s->nr_ns; i++)
		s->ns[i].max_bytes = s->max_bytes;
}

/* list into h (zeroed); spaces around an NQN are not part of it. */
static int parse_hosts(struct nvmf_hosts *h, const char *list)
{
	const char *p = list;

	while (*p) {
		size_t n = strcspn(p, ","), len = n;
		const char *nqn = p;

		while (len && *nqn == ' ')
			nqn++, len--;
		while (len && nqn[len - 1] == ' ')
			len--;
		if (len) {
			if (h->nr == NVMF_MAX_HOSTS || len >= NVMF_NQN_MAX) {
				log_error("nvmf_allowed_hosts: %s", len >=
					  NVMF_NQN_MAX ? "an NQN is longer "
					  "than 223 bytes" : "more than 32 "
					  "hosts");
				return -EINVAL;
			}
			memcpy(h->nqn[h->nr++], nqn, len);
		}
		p += n + (p[n] == ',');
	}
	return 0;
}

int nvmf_subsys_set_hosts(struct nvmf_subsys *s, const char *hosts,
			  bool any_host)
{
	static struct nvmf_hosts h;	/* 7 KiB: not on the stack */
	struct list_node *n, *next;
	int closed = 0;

	memset(&h, 0, sizeof(h));
	if (parse_hosts(&h, hosts))
		return -EINVAL;
	h.any = any_host && !h.nr;
	if (!h.nr && !h.any)
		log_warn("nvmf: nvmf_allowed_hosts is empty: every host will "
			 "be refused (list host NQNs, or say insecure=yes to "
			 "let any host connect)");
	if (h.nr == s->hosts.nr && h.any == s->hosts.any &&
	    !memcmp(h.nqn, s->hosts.nqn, sizeof(h.nqn)))
		return 0;
	s->hosts = h;
	s->genctr++;
	/* A discovery controller stays: its host rereads the log. */
	list_for_each(n, next, &s->ctrls) {
		struct nvmf_ctrl *c = list_entry(n, struct nvmf_ctrl, link);

		if (c->disc || host_allowed(s, c->hostnqn))
			continue;
		kill_ctrl(c, "host no longer in nvmf_allowed_hosts");
		closed++;
	}
	return closed;
}

int nvmf_subsys_init(struct nvmf_subsys *s, struct server *srv,
		     const char *nqn, const char *hosts, bool any_host)
{
	memset(s, 0, sizeof(*s));
	s->srv = srv;
	/* config.c checked its form */
	if (strlen(nqn) >= NVMF_NQN_MAX) {
		log_error("nvmf_subsys_nqn %s: at most 223 bytes", nqn);
		return -EINVAL;
	}
	strcpy(s->nqn, nqn);
	snprintf(s->serial, sizeof(s->serial), "zapd%08x",
		 crc32c(nqn, strlen(nqn)));
	if (nvmf_subsys_set_hosts(s, hosts, any_host) < 0)
		return -EINVAL;
	add_namespaces(s);
	return 0;
}
