/* SPDX-License-Identifier: MIT */
/*
 * zapd - serve zoned NVMe drives over TCP.
 *
 * Start-up: settings (config.c), the reactors (one server each), the
 * drives (drive.c), the listeners (session.c), metrics, the reactors'
 * threads (reactors.c); then server 0's loop on this thread. Where an
 * append goes: session.c → dispatch.c (→ the drive's reactor) → zone.c
 * (+ rangelock.c) → backend_emu.c or backend_nvme.c, and back the same
 * way.
 */
#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <event2/event.h>

#include "auth.h"
#include "config.h"
#include "counter.h"
#include "retry.h"
#include "drive.h"
#include "log.h"
#include "metrics_http.h"
#include "nvmf_conn.h"
#include "reactors.h"
#include "server.h"
#include "session.h"
#include "tls.h"
#include "zap_codec.h"

struct daemon {
	struct node node;
	struct server *srv;		/* server 0: this thread's */
	struct config cfg;
	int argc;
	char **argv;
	struct event *sig_term, *sig_int, *sig_hup;
	bool stopping;
	int exit_code;
};

/* systemd's sd_notify protocol (a datagram to $NOTIFY_SOCKET), so that
 * Type=notify works without linking libsystemd. */
static void notify_systemd(const char *state)
{
	const char *path = getenv("NOTIFY_SOCKET");
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	size_t len;
	int fd;

	if (!path || (path[0] != '/' && path[0] != '@'))
		return;
	len = strlen(path);
	if (len >= sizeof(sa.sun_path))
		return;
	memcpy(sa.sun_path, path, len);
	if (sa.sun_path[0] == '@')
		sa.sun_path[0] = '\0';
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return;
	sendto(fd, state, strlen(state), 0, (struct sockaddr *)&sa,
	       offsetof(struct sockaddr_un, sun_path) + len);
	close(fd);
}

static void begin_shutdown(struct daemon *dm, const char *why)
{
	uint64_t in_flight = 0;

	if (dm->stopping)
		return;
	dm->stopping = true;
	/* every reactor's count, read whole (counter.h) */
	for (unsigned i = 0; i < dm->node.nr_servers; i++)
		in_flight += COUNTER_READ(dm->node.servers[i]->metrics.in_flight);
	log_info("shutting down reason=%s in_flight=%llu", why,
		 (unsigned long long)in_flight);
	notify_systemd("STOPPING=1");
	reactors_stop(&dm->node, dm->cfg.shutdown_timeout_s);
}

/* The principals of cfg, for the drives zapd serves. */
static struct auth *load_auth(const struct node *n,
			      const struct config *cfg)
{
	const char *names[SERVER_MAX_DRIVES];
	struct auth *a;
	char why[400];

	for (unsigned i = 0; i < n->nr_drives; i++)
		names[i] = n->drives[i].name;
	a = auth_new(cfg->principals, cfg->nr_principals, names,
		     n->nr_drives, why, sizeof(why));
	if (!a)
		log_error("principals not loaded reason=\"%s\"", why);
	return a;
}

static struct nvmf_config nvmf_config_of(const struct config *cfg)
{
	return (struct nvmf_config){
		.listen = cfg->nvmf_listen,
		.nqn = cfg->nvmf_subsys_nqn,
		.hosts = cfg->nvmf_allowed_hosts,
		.any_host = cfg->insecure,
	};
}

/* SIGHUP: what is safe to change under a running server, the log level,
 * the principals with their keys and rights, the TLS certificate, key
 * and CAs (for new connections) and the NVMe/TCP hosts allowed.
 * Connections keep going with their principal's new rights; those of a
 * removed principal or NVMe/TCP host are closed. Every reactor takes the
 * new principals and TLS settings in its own loop (reactors.c). */
static void reload(struct daemon *dm)
{
	static struct config fresh;	/* large: not on the stack */
	struct nvmf_config nvmf;
	struct auth *a;

	if (config_load(&fresh, dm->argc, dm->argv)) {
		log_warn("SIGHUP: config not reloaded: it has errors");
		return;
	}
	a = load_auth(&dm->node, &fresh);
	if (!a) {
		log_warn("SIGHUP: config not reloaded: principals have errors");
		return;
	}
	if (reactors_reload(&dm->node, a, &fresh.tls)) {
		log_warn("SIGHUP: config not reloaded: out of memory");
		auth_free(a);
		return;
	}
	auth_free(a);		/* each reactor holds its own reference */
	log_level_set(fresh.log_level);
	nvmf = nvmf_config_of(&fresh);
	nvmf_reload(dm->srv, &nvmf);
	log_info("SIGHUP: reloaded log_level=%s principals=%u",
		 log_level_name(log_level_get()), fresh.nr_principals);
}

static void on_signal(evutil_socket_t sig, short what, void *arg)
{
	struct daemon *dm = arg;

	if (sig == SIGHUP)
		reload(dm);
	else
		begin_shutdown(dm, sig == SIGTERM ? "SIGTERM" : "SIGINT");
}

static int write_port_file(const char *file, const char *bound)
{
	char tmp[300];
	FILE *f;

	/* write-then-rename: a reader never sees half an address */
	snprintf(tmp, sizeof(tmp), "%s.tmp", file);
	f = fopen(tmp, "w");
	if (!f || fprintf(f, "%s\n", bound) < 0 || fclose(f)) {
		log_error("cannot write port_file file=%s err=\"%s\"", file,
			  strerror(errno));
		return -1;
	}
	return rename(tmp, file) ? -1 : 0;
}

/* mkdir -p, for the state directory only: a configured drive path with
 * a missing parent is more likely a typo than a wish. */
static int make_state_dir(const char *dir)
{
	char path[sizeof(((struct config *)0)->state_dir)];

	snprintf(path, sizeof(path), "%s", dir);
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;

		*p = '\0';
		if (mkdir(path, 0700) && errno != EEXIST) {
			log_error("cannot create state_dir path=%s err=\"%s\"",
				  path, strerror(errno));
			return -1;
		}
		*p = c;
		if (!c)
			return 0;
	}
}

/* Each drive on the reactor that will own it. */
static int open_drives(struct daemon *dm)
{
	struct node *n = &dm->node;

	for (unsigned i = 0; i < dm->cfg.nr_drives; i++) {
		const struct drive_config *dc = &dm->cfg.drives[i];
		struct server *owner = node_drive_owner(n, n->nr_drives);
		char where[300] = "";

		if (drive_open(&n->drives[n->nr_drives], dc,
			       dm->cfg.state_dir, &owner->reactor) == 0) {
			n->nr_drives++;
			continue;
		}
		/* where the drive was configured: file:line of its section */
		if (dm->cfg.drive_line[i])
			snprintf(where, sizeof(where), " config=%s:%d",
				 dm->cfg.file, dm->cfg.drive_line[i]);
		if (!dc->optional) {
			log_error("drive failed to open name=%s%s; refusing to "
				  "start (set on_error=skip to start without "
				  "it)", dc->name, where);
			return -1;
		}
		log_warn("drive failed to open name=%s%s; starting without it "
			 "(on_error=skip)", dc->name, where);
	}
	return 0;
}

/* Client identities, and the outcomes the drives kept for their retries. */
static int open_retry(struct daemon *dm)
{
	struct node *n = &dm->node;
	int err;

	n->retry = retry_open(dm->cfg.state_dir, n->nr_drives, &err);
	if (!n->retry)
		return -1;
	for (unsigned i = 0; i < n->nr_drives; i++) {
		err = retry_load_drive(n->retry, i, &n->drives[i]);
		if (err) {
			log_error("drive retry outcomes unreadable name=%s "
				  "err=%s", n->drives[i].name,
				  strerror(-err));
			return -1;
		}
	}
	return 0;
}

static void close_drives(struct node *n)
{
	for (unsigned i = 0; i < n->nr_drives; i++)
		drive_close(&n->drives[i]);
	n->nr_drives = 0;
}

static int start_listening(struct daemon *dm)
{
	char bound[160], first[160] = "";
	struct nvmf_config nvmf = nvmf_config_of(&dm->cfg);

	for (unsigned i = 0; i < dm->cfg.nr_listen; i++) {
		if (session_listen(dm->srv, dm->cfg.listen[i], bound,
				   sizeof(bound)))
			return -1;
		if (!first[0])
			strcpy(first, bound);
	}
	if (dm->cfg.metrics_listen[0] &&
	    metrics_http_start(dm->srv, dm->cfg.metrics_listen))
		return -1;
	if (nvmf_start(dm->srv, &nvmf))
		return -1;
	if (dm->cfg.port_file[0] && write_port_file(dm->cfg.port_file, first))
		return -1;
	return 0;
}

/* The reactors' servers, each with its loop and its part of the
 * connections' budgets. */
static int make_servers(struct daemon *dm)
{
	struct node *n = &dm->node;

	n->faults = dm->cfg.faults;
	for (unsigned i = 0; i < dm->cfg.reactors; i++) {
		struct server *srv = calloc(1, sizeof(*srv));

		if (!srv)
			return -1;
		n->servers[n->nr_servers++] = srv;
		srv->index = i;
		srv->node = n;
		srv->limits = dm->cfg.limits;
		if (reactor_init(&srv->reactor, 1024)) {
			free(srv);
			n->nr_servers--;
			return -1;
		}
	}
	for (unsigned i = 0; i < n->nr_servers; i++)
		if (session_server_init(n->servers[i]))
			return -1;
	dm->srv = n->servers[0];
	return 0;
}

/* Every reactor's reference to the principals, and its TLS context. */
static int authorize_servers(struct daemon *dm)
{
	struct node *n = &dm->node;
	struct auth *a = load_auth(n, &dm->cfg);
	bool tls;

	if (!a)
		return -1;
	for (unsigned i = 0; i < n->nr_servers; i++) {
		auth_get(a);
		n->servers[i]->auth = a;
	}
	tls = tls_configured(&dm->cfg.tls, auth_has_psk(a));
	auth_free(a);
	for (unsigned i = 0; tls && i < n->nr_servers; i++)
		if (tls_open(n->servers[i], &dm->cfg.tls))
			return -1;
	return 0;
}

/* After the loops: what is left of each server, then the servers. The
 * threads are joined (or never ran): this thread may touch everything.
 * After a stop that timed out, ios may be in flight: the drives, rings
 * and servers are left to the exit then. */
static void free_servers(struct daemon *dm, bool destroy)
{
	struct node *n = &dm->node;

	for (unsigned i = 0; i < n->nr_servers; i++) {
		session_stop_listening(n->servers[i]);
		session_close_all(n->servers[i]);
	}
	if (dm->srv) {
		nvmf_stop(dm->srv);
		metrics_http_stop(dm->srv);
		/* server 0 uncounts (and frees) the others' connections */
		reactor_drain_msgs(&dm->srv->reactor);
	}
	if (!destroy)
		return;
	close_drives(n);
	retry_close(n->retry);
	n->retry = NULL;
	for (unsigned i = 0; i < n->nr_servers; i++) {
		struct server *srv = n->servers[i];

		auth_free(srv->auth);
		tls_close(srv);
		zap_request_pool_drain(srv);
		session_server_destroy(srv);
		reactor_destroy(&srv->reactor);
		free(srv);
	}
	n->nr_servers = 0;
	dm->srv = NULL;
}

int main(int argc, char **argv)
{
	static struct daemon dm;
	sigset_t startup_signals;
	int ret;

	dm.argc = argc;
	dm.argv = argv;
	/* Until the loop handles them, signals wait: a reload or a stop sent
	 * while drives open must not take the default action (death). The
	 * reactors' threads keep them blocked: they go to this thread. */
	sigemptyset(&startup_signals);
	sigaddset(&startup_signals, SIGTERM);
	sigaddset(&startup_signals, SIGINT);
	sigaddset(&startup_signals, SIGHUP);
	sigprocmask(SIG_BLOCK, &startup_signals, NULL);
	ret = config_load(&dm.cfg, argc, argv);
	if (ret)
		return ret > 0 ? 0 : ret == -2 ? 2 : 1;
	log_level_set(dm.cfg.log_level);
	/* Data buffers (up to max_data) come and go with every request: keep
	 * them in the heap, not in fresh mmaps that fault in every page. */
	mallopt(M_MMAP_THRESHOLD, 2 * (int)dm.cfg.limits.max_data);
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	/* journald stamps lines itself */
	log_set_timestamps(!getenv("JOURNAL_STREAM"));
	signal(SIGPIPE, SIG_IGN);

	if (make_state_dir(dm.cfg.state_dir) || make_servers(&dm) ||
	    open_drives(&dm) || open_retry(&dm) || authorize_servers(&dm))
		goto err;
	if (dm.cfg.check_only) {
		log_info("configuration and drives are good");
		free_servers(&dm, true);
		return 0;
	}
	if (start_listening(&dm))
		goto err;
	dm.sig_term = evsignal_new(dm.srv->reactor.base, SIGTERM, on_signal,
				   &dm);
	dm.sig_int = evsignal_new(dm.srv->reactor.base, SIGINT, on_signal,
				  &dm);
	dm.sig_hup = evsignal_new(dm.srv->reactor.base, SIGHUP, on_signal,
				  &dm);
	event_add(dm.sig_term, NULL);
	event_add(dm.sig_int, NULL);
	event_add(dm.sig_hup, NULL);
	if (reactors_start(&dm.node))
		goto err;
	sigprocmask(SIG_UNBLOCK, &startup_signals, NULL);
	log_info("zapd ready version=%s drives=%u reactors=%u", ZAP_VERSION,
		 dm.node.nr_drives, dm.node.nr_servers);
	notify_systemd("READY=1");

	if (reactor_run(&dm.srv->reactor))
		dm.exit_code = 1;
	reactors_join(&dm.node);
	if (dm.node.stop_timed_out)
		dm.exit_code = 1;
	event_free(dm.sig_term);
	event_free(dm.sig_int);
	event_free(dm.sig_hup);
	/* after a timeout ios may still be in flight: leave the drives and
	 * rings to the exit */
	free_servers(&dm, !dm.exit_code);
	log_info("zapd stopped exit=%d", dm.exit_code);
	return dm.exit_code;
err:
	if (dm.sig_term) {
		event_free(dm.sig_term);
		event_free(dm.sig_int);
		event_free(dm.sig_hup);
	}
	free_servers(&dm, true);
	return 1;
}
