/* SPDX-License-Identifier: MIT */
/*
 * zapd - serve zoned NVMe drives over TCP.
 *
 * Start-up: settings (config.c), the reactor, the drives (drive.c), the
 * listeners (session.c), metrics; then the loop. Where an append goes:
 * session.c → dispatch.c → zone.c (+ rangelock.c) → backend_emu.c or
 * backend_nvme.c, and back the same way.
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
#include "retry.h"
#include "drive.h"
#include "log.h"
#include "metrics_http.h"
#include "nvmf_conn.h"
#include "server.h"
#include "session.h"
#include "tls.h"
#include "zap_codec.h"

struct daemon {
	struct server srv;
	struct config cfg;
	int argc;
	char **argv;
	struct event *sig_term, *sig_int, *sig_hup, *drain_timer;
	uint64_t stop_deadline_ns;
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

/* Stop once every request is answered and every answer written. */
static void on_drain_tick(evutil_socket_t fd, short what, void *arg)
{
	struct daemon *dm = arg;
	struct server *srv = &dm->srv;
	struct session_backlog b;

	session_backlog(srv, &b);
	nvmf_backlog(srv, &b);
	if (!b.requests && !b.unsent_sessions && !srv->reactor.ios_in_flight) {
		log_info("stopped accepting; every request in flight is "
			 "answered and every reply written");
		reactor_stop(&srv->reactor);
		return;
	}
	if (reactor_now_ns() >= dm->stop_deadline_ns) {
		log_error("shutdown timeout: requests unanswered=%llu replies "
			  "unsent=%llu bytes on %u connections device_ios=%u; "
			  "exiting without waiting",
			  (unsigned long long)b.requests,
			  (unsigned long long)b.unsent_bytes, b.unsent_sessions,
			  srv->reactor.ios_in_flight);
		dm->exit_code = 1;
		reactor_stop(&srv->reactor);
	}
}

static void begin_shutdown(struct daemon *dm, const char *why)
{
	struct server *srv = &dm->srv;
	struct timeval tick = { 0, 10000 };
	struct session_backlog b;

	if (srv->stopping)
		return;
	session_backlog(srv, &b);
	log_info("shutting down reason=%s in_flight=%llu", why,
		 (unsigned long long)b.requests);
	notify_systemd("STOPPING=1");
	srv->stopping = true;
	session_stop_listening(srv);
	nvmf_stop_listening(srv);
	metrics_http_stop(srv);
	dm->stop_deadline_ns = reactor_now_ns() +
			       dm->cfg.shutdown_timeout_s * 1000000000ull;
	dm->drain_timer = event_new(srv->reactor.base, -1, EV_PERSIST,
				    on_drain_tick, dm);
	event_add(dm->drain_timer, &tick);
}

/* The principals of cfg, for the drives zapd serves. */
static struct auth *load_auth(const struct server *srv,
			      const struct config *cfg)
{
	const char *names[SERVER_MAX_DRIVES];
	struct auth *a;
	char why[400];

	for (unsigned i = 0; i < srv->nr_drives; i++)
		names[i] = srv->drives[i].name;
	a = auth_new(cfg->principals, cfg->nr_principals, names,
		     srv->nr_drives, why, sizeof(why));
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
 * removed principal or NVMe/TCP host are closed. */
static void reload(struct daemon *dm)
{
	static struct config fresh;	/* large: not on the stack */
	struct server *srv = &dm->srv;
	struct nvmf_config nvmf;
	struct auth *a;

	if (config_load(&fresh, dm->argc, dm->argv)) {
		log_warn("SIGHUP: config not reloaded: it has errors");
		return;
	}
	a = load_auth(srv, &fresh);
	if (!a) {
		log_warn("SIGHUP: config not reloaded: principals have errors");
		return;
	}
	log_level_current = fresh.log_level;
	auth_free(srv->auth);
	srv->auth = a;
	session_reauthorize(srv);
	if (srv->tls)
		tls_reload(srv, &fresh.tls);
	nvmf = nvmf_config_of(&fresh);
	nvmf_reload(srv, &nvmf);
	log_info("SIGHUP: reloaded log_level=%s principals=%u",
		 log_level_name(log_level_current), fresh.nr_principals);
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

static int open_drives(struct daemon *dm)
{
	struct server *srv = &dm->srv;

	for (unsigned i = 0; i < dm->cfg.nr_drives; i++) {
		const struct drive_config *dc = &dm->cfg.drives[i];
		char where[300] = "";

		if (drive_open(&srv->drives[srv->nr_drives], dc,
			       dm->cfg.state_dir, &srv->reactor) == 0) {
			srv->nr_drives++;
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
	struct server *srv = &dm->srv;
	int err;

	srv->retry = retry_open(dm->cfg.state_dir, srv->nr_drives, &err);
	if (!srv->retry)
		return -1;
	for (unsigned i = 0; i < srv->nr_drives; i++) {
		err = retry_load_drive(srv->retry, i, &srv->drives[i]);
		if (err) {
			log_error("drive retry outcomes unreadable name=%s "
				  "err=%s", srv->drives[i].name,
				  strerror(-err));
			return -1;
		}
	}
	return 0;
}

static void close_drives(struct server *srv)
{
	for (unsigned i = 0; i < srv->nr_drives; i++)
		drive_close(&srv->drives[i]);
	srv->nr_drives = 0;
}

static int start_listening(struct daemon *dm)
{
	char bound[160], first[160] = "";
	struct nvmf_config nvmf = nvmf_config_of(&dm->cfg);

	for (unsigned i = 0; i < dm->cfg.nr_listen; i++) {
		if (session_listen(&dm->srv, dm->cfg.listen[i], bound,
				   sizeof(bound)))
			return -1;
		if (!first[0])
			strcpy(first, bound);
	}
	if (dm->cfg.metrics_listen[0] &&
	    metrics_http_start(&dm->srv, dm->cfg.metrics_listen))
		return -1;
	if (nvmf_start(&dm->srv, &nvmf))
		return -1;
	if (dm->cfg.port_file[0] && write_port_file(dm->cfg.port_file, first))
		return -1;
	return 0;
}

int main(int argc, char **argv)
{
	static struct daemon dm;
	struct server *srv = &dm.srv;
	sigset_t startup_signals;
	int ret;

	dm.argc = argc;
	dm.argv = argv;
	/* Until the loop handles them, signals wait: a reload or a stop sent
	 * while drives open must not take the default action (death). */
	sigemptyset(&startup_signals);
	sigaddset(&startup_signals, SIGTERM);
	sigaddset(&startup_signals, SIGINT);
	sigaddset(&startup_signals, SIGHUP);
	sigprocmask(SIG_BLOCK, &startup_signals, NULL);
	ret = config_load(&dm.cfg, argc, argv);
	if (ret)
		return ret > 0 ? 0 : ret == -2 ? 2 : 1;
	log_level_current = dm.cfg.log_level;
	/* Data buffers (up to max_data) come and go with every request: keep
	 * them in the heap, not in fresh mmaps that fault in every page. */
	mallopt(M_MMAP_THRESHOLD, 2 * (int)dm.cfg.limits.max_data);
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	/* journald stamps lines itself */
	log_set_timestamps(!getenv("JOURNAL_STREAM"));
	signal(SIGPIPE, SIG_IGN);

	srv->limits = dm.cfg.limits;
	srv->faults = dm.cfg.faults;
	if (make_state_dir(dm.cfg.state_dir))
		return 1;
	if (reactor_init(&srv->reactor, 1024))
		return 1;
	if (open_drives(&dm) || open_retry(&dm))
		goto err;
	srv->auth = load_auth(srv, &dm.cfg);
	if (!srv->auth)
		goto err;
	if (tls_configured(&dm.cfg.tls, auth_has_psk(srv->auth)) &&
	    tls_open(srv, &dm.cfg.tls))
		goto err;
	if (dm.cfg.check_only) {
		log_info("configuration and drives are good");
		tls_close(srv);
		close_drives(srv);
		reactor_destroy(&srv->reactor);
		return 0;
	}
	if (start_listening(&dm))
		goto err;
	dm.sig_term = evsignal_new(srv->reactor.base, SIGTERM, on_signal, &dm);
	dm.sig_int = evsignal_new(srv->reactor.base, SIGINT, on_signal, &dm);
	dm.sig_hup = evsignal_new(srv->reactor.base, SIGHUP, on_signal, &dm);
	event_add(dm.sig_term, NULL);
	event_add(dm.sig_int, NULL);
	event_add(dm.sig_hup, NULL);
	sigprocmask(SIG_UNBLOCK, &startup_signals, NULL);
	log_info("zapd ready version=%s drives=%u", ZAP_VERSION,
		 srv->nr_drives);
	notify_systemd("READY=1");

	if (reactor_run(&srv->reactor))
		dm.exit_code = 1;

	session_close_all(srv);
	nvmf_stop(srv);
	if (!dm.exit_code)
		close_drives(srv);
	event_free(dm.sig_term);
	event_free(dm.sig_int);
	event_free(dm.sig_hup);
	if (dm.drain_timer)
		event_free(dm.drain_timer);
	if (!dm.exit_code)
		reactor_destroy(&srv->reactor);
	retry_close(srv->retry);
	auth_free(srv->auth);
	tls_close(srv);
	zap_request_pool_drain(srv);
	log_info("zapd stopped exit=%d", dm.exit_code);
	return dm.exit_code;
err:
	auth_free(srv->auth);
	retry_close(srv->retry);
	session_stop_listening(srv);
	tls_close(srv);
	nvmf_stop(srv);
	metrics_http_stop(srv);
	close_drives(srv);
	reactor_destroy(&srv->reactor);
	return 1;
}
