/* SPDX-License-Identifier: MIT */
/*
 * config - zapd's settings: built-in defaults, then the config file
 * (--config, INI format parsed by inih), then command-line flags. Every
 * key lives in one table in config.c with its type, limits and help.
 */
#ifndef ZAPD_CONFIG_H
#define ZAPD_CONFIG_H

#include <stdbool.h>
#include <stdint.h>

#include "auth.h"
#include "drive.h"
#include "server.h"
#include "tls.h"

struct config {
	char listen[SERVER_MAX_LISTENERS][128];
	unsigned nr_listen;
	struct drive_config drives[SERVER_MAX_DRIVES];
	unsigned nr_drives;
	char state_dir[256];
	char metrics_listen[128];	/* "" = no metrics endpoint */
	char port_file[256];		/* write the bound address here */
	char nvmf_listen[128];		/* "" = no NVMe/TCP front end */
	char nvmf_subsys_nqn[224];	/* "" until defaults() fills it */
	char nvmf_allowed_hosts[2048];	/* host NQNs, comma separated */
	int log_level;
	uint32_t shutdown_timeout_s;
	uint32_t reactors;		/* resolved: >= 1 once loaded */
	struct server_limits limits;
	struct tls_config tls;
	struct server_faults faults;	/* testing only */
	bool check_only;		/* --check-config */
	bool default_drive;		/* no drive configured: emu0 in state_dir */
	bool plaintext;			/* serve without TLS */
	bool insecure;			/* ... or unauthenticated, beyond loopback */
	struct principal_config principals[AUTH_MAX_PRINCIPALS];
	unsigned nr_principals;
	char file[256];			/* the config file read, or "" */
	/* line of each drive's [drive NAME] in file, 0 if from a flag */
	int drive_line[SERVER_MAX_DRIVES];
};

/*
 * Fill cfg from defaults, the config file and argv. Returns 0 to run,
 * 1 if the process should exit 0 now (--help, --version), or -1 on an
 * error (already printed on stderr, naming file:line or the flag).
 */
int config_load(struct config *cfg, int argc, char **argv);

/*
 * Parse a drive spec "NAME:BACKEND:PATH[,key=value...]" into d; the keys
 * durability=sync|none and on_error=fail|skip are zapd's, the others go to
 * the backend. Returns 0 or -1 with *why set.
 */
int config_parse_drive(struct drive_config *d, const char *spec,
		       const char **why);

#endif
