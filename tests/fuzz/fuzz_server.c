/* SPDX-License-Identifier: MIT */
#include "fuzz_server.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zap/zap.h>

#include "auth.h"
#include "log.h"
#include "session.h"
#include "zone.h"

struct server fuzz_srv;
struct node fuzz_node;
struct fuzz_identity fuzz_ident[2];

static const struct {
	const char *name, *options;
} drives[] = {
	{ "a", "lba_size=512,zone_size=8K,zone_cap=6K,zones=4,max_open=2,"
	       "max_active=3,max_append=2K" },
	{ "b", "lba_size=4096,zone_size=16K,zone_cap=12K,zones=3,max_open=0,"
	       "max_active=0,max_append=8K" },
};

static int remove_one(const char *path, const struct stat *st, int type,
		      struct FTW *ftw)
{
	return remove(path);
}

/* A new state directory; the caller removes it once its files are open. */
static void make_dir(char *dir, size_t size)
{
	struct stat st;

	snprintf(dir, size, "%s/zapfuzz.XXXXXX",
		 !stat("/dev/shm", &st) && S_ISDIR(st.st_mode) &&
		 !access("/dev/shm", W_OK) ? "/dev/shm" : "/tmp");
	if (!mkdtemp(dir)) {
		perror(dir);
		abort();
	}
}

static void setup(void)
{
	char dir[64], why[128];

	log_level_current = LOG_LVL_ERROR;
	make_dir(dir, sizeof(dir));
	fuzz_srv.limits = (struct server_limits){
		.max_connections = 4, .max_conns_per_addr = 4,
		.max_in_flight = 8, .max_data = 16 << 10,
		.max_conn_bytes = 64 << 10, .memory_budget = 1 << 20,
		.frame_timeout_s = 30, .max_report_zones = 3 };
	fuzz_srv.node = &fuzz_node;
	fuzz_node.servers[0] = &fuzz_srv;
	fuzz_node.nr_servers = 1;
	if (reactor_init(&fuzz_srv.reactor, 64) ||
	    session_server_init(&fuzz_srv))
		abort();
	for (unsigned i = 0; i < sizeof(drives) / sizeof(drives[0]); i++) {
		struct drive_config cfg = { .durable = false, .create = true };
		const char *bad;

		snprintf(cfg.name, sizeof(cfg.name), "%s", drives[i].name);
		snprintf(cfg.backend, sizeof(cfg.backend), "emu");
		snprintf(cfg.path, sizeof(cfg.path), "%s/%s", dir,
			 drives[i].name);
		if (kv_parse(&cfg.options, drives[i].options, &bad) ||
		    drive_open(&fuzz_node.drives[i], &cfg, dir,
			       &fuzz_srv.reactor)) {
			fprintf(stderr, "fuzz: cannot open drive %s in %s\n",
				cfg.name, dir);
			abort();
		}
		fuzz_node.nr_drives++;
	}
	/* open mode (no principals): every request may do anything */
	fuzz_srv.auth = auth_new(NULL, 0, NULL, fuzz_node.nr_drives, why,
				 sizeof(why));
	if (!fuzz_srv.auth)
		abort();
	/* the open files live on; leave nothing behind */
	nftw(dir, remove_one, 8, FTW_DEPTH | FTW_PHYS);
}

static void mgmt_done(struct zone_op *op)
{
	*(bool *)op->arg = true;
}

/* Every zone empty (through zone.c, as a RESET of all would) and
 * unfenced. */
static void reset_zones(struct drive *d)
{
	bool dirty = false, done = false;
	struct zone_op op = {
		.type = ZONE_OP_MGMT, .table = &d->table, .action = ZAP_ZONE_RESET,
		.all = true, .done = mgmt_done, .arg = &done,
	};

	for (uint32_t z = 0; z < d->be.geo.nr_zones; z++) {
		dirty |= d->table.zones[z].state != ZAP_ZS_EMPTY;
		d->table.zones[z].epoch = 0;
	}
	if (!dirty)
		return;
	if (zone_submit(&op))
		abort();
	fuzz_run_until(&done);
	if (op.status) {
		fprintf(stderr, "fuzz: reset of drive %s failed: %s\n",
			d->name, zap_status_name(op.status));
		abort();
	}
}

void fuzz_server_reset(void)
{
	char dir[64];
	int err;

	if (!fuzz_node.nr_drives)
		setup();
	for (unsigned i = 0; i < fuzz_node.nr_drives; i++)
		reset_zones(&fuzz_node.drives[i]);
	memset(&fuzz_srv.metrics, 0, sizeof(fuzz_srv.metrics));
	fuzz_srv.stopping = false;
	retry_close(fuzz_node.retry);
	make_dir(dir, sizeof(dir));
	fuzz_node.retry = retry_open(dir, fuzz_node.nr_drives, &err);
	if (!fuzz_node.retry)
		abort();
	for (unsigned i = 0; i < 2; i++)
		if (retry_issue(fuzz_node.retry, "", &fuzz_ident[i].c,
				fuzz_ident[i].secret))
			abort();
	nftw(dir, remove_one, 8, FTW_DEPTH | FTW_PHYS);
}

void fuzz_run_until(const bool *flag)
{
	while (!*flag)
		if (reactor_run_once(&fuzz_srv.reactor))
			abort();
}

void fuzz_check_idle(const char *target)
{
	if (fuzz_srv.metrics.in_flight || fuzz_srv.reactor.ios_in_flight ||
	    fuzz_srv.reactor.requests) {
		fprintf(stderr, "%s: requests or ios still in flight after "
			"the input (%llu, %u, %u)\n", target,
			(unsigned long long)fuzz_srv.metrics.in_flight,
			fuzz_srv.reactor.ios_in_flight,
			fuzz_srv.reactor.requests);
		abort();
	}
}
