/* SPDX-License-Identifier: MIT */
/*
 * zns - the NVMe ZNS zone state machine of one namespace, pure (no I/O).
 *
 * It follows QEMU's controller (hw/nvme: nvme_zrm_*, nvme_do_write,
 * nvme_do_zone_op, nvme_zone_reset_cb) step by step, because a differential
 * test compares the two: same checks in the same order, same statuses,
 * zoned.auto_transition on, and QEMU's FIFOs of implicitly open, explicitly
 * open and closed zones, whose order decides which zone an auto-close picks
 * and in which order Select All walks. See shared/ZNS-REFERENCE.md.
 *
 * One deliberate difference: the wp of a Full zone is ZSLBA + ZCAP (what
 * Linux and nvmet report), where QEMU reports ~0.
 *
 * Every call that changes something returns 0 or the NVMe status of the
 * refusal (SCT << 8 | SC, no DNR). A refused command can still have
 * changed a zone, as in QEMU (an auto-close before Too Many Active Zones).
 */
#ifndef ZAPD_ZNS_H
#define ZAPD_ZNS_H

#include <stdbool.h>
#include <stdint.h>

#include <zap/zap.h>

#include "backend.h"
#include "nvme_status.h"

/* Zone Send Actions (ZSA); 1-4 have enum zap_zone_action's values. */
enum zns_action {
	ZNS_CLOSE	= 1,
	ZNS_FINISH	= 2,
	ZNS_OPEN	= 3,
	ZNS_RESET	= 4,
	ZNS_OFFLINE	= 5,
};

struct zns_zone {
	uint64_t start;		/* ZSLBA */
	uint64_t wp;
	uint64_t cap;		/* LBAs */
	uint8_t state;		/* enum zap_zone_state */
	uint8_t attrs;		/* ZA */
	uint32_t prev, next;	/* neighbours in the FIFO of its state */
};

/* Indices of zns.fifo: the states QEMU keeps zones of in order. */
enum {
	ZNS_FIFO_NONE,
	ZNS_FIFO_IMP_OPEN,
	ZNS_FIFO_EXP_OPEN,
	ZNS_FIFO_CLOSED,
	ZNS_NR_FIFOS,
};

struct zns_fifo {
	uint32_t head, tail;	/* zone indices; ZNS_NONE if empty */
};

#define ZNS_NONE UINT32_MAX

struct zns_config {
	uint32_t nr_zones;
	uint64_t zone_size;	/* LBAs */
	uint64_t zone_cap;	/* LBAs, <= zone_size */
	uint32_t max_open;	/* 0: no limit */
	uint32_t max_active;	/* 0: no limit */
	uint32_t max_append;	/* LBAs; 0: no limit */
};

struct zns;
/* A zone's state or wp changed; from and from_wp are what it had before.
 * A finish moves the wp over blocks nothing wrote ([from_wp, wp)); a
 * write that fills the zone reports its wp first, so from_wp == wp when
 * it becomes Full. */
typedef void (*zns_changed_fn)(struct zns *d, uint32_t zone, uint8_t from,
			       uint64_t from_wp);

struct zns {
	struct zns_zone *zones;
	uint32_t nr_zones;
	uint64_t zone_size;
	uint64_t nr_lbas;
	uint32_t max_open, max_active, max_append;
	uint32_t nr_open;	/* ImpOpen + ExpOpen */
	uint32_t nr_active;	/* ImpOpen + ExpOpen + Closed */
	struct zns_fifo fifo[ZNS_NR_FIFOS];
	zns_changed_fn changed;	/* optional */
};

/* All zones Empty. Returns 0, -EINVAL (bad config) or -ENOMEM. */
int zns_init(struct zns *d, const struct zns_config *c);
void zns_destroy(struct zns *d);

static inline uint32_t zns_zone_index(const struct zns *d, uint64_t lba)
{
	return lba / d->zone_size;
}

/*
 * Write nlb blocks at slba, which must be the wp; or, with append, at the
 * wp of the zone that starts at slba. *lba: where the blocks go.
 */
int zns_write(struct zns *d, uint64_t slba, uint32_t nlb, bool append,
	      uint64_t *lba);
/* May [slba, slba + nlb) be read? Changes nothing. */
int zns_read(const struct zns *d, uint64_t slba, uint32_t nlb);
/* How many of the nlb blocks at slba (a read zns_read() allowed) are below
 * their zone's wp; the others read as zeros, as in QEMU. */
uint64_t zns_written(const struct zns *d, uint64_t slba, uint32_t nlb);
/* Descriptors of zones [first, first + nr), with each zone's resets and
 * changes as the backend counts them. */
void zns_report(const struct zns *d, uint32_t first, uint32_t nr,
		const uint32_t *gen, const uint64_t *ver,
		struct backend_zone *out);
/* Zone Management Send: action (enum zns_action) on the zone starting at
 * slba, or with all on every zone NVMe's Select All picks. */
int zns_mgmt(struct zns *d, uint64_t slba, uint8_t action, bool all);
/* NVMe shutdown: active zones with data are Closed, the others Empty. */
void zns_shutdown(struct zns *d);

/*
 * Put a zone in a state with a wp, as the device itself does (Read Only,
 * Offline) or as a saved zone table says. Resource limits are not checked:
 * a table saved at a crash may hold one zone too many. -EINVAL if the
 * state and wp do not go together.
 */
int zns_set_zone(struct zns *d, uint32_t zone, uint8_t state, uint64_t wp);

#endif
