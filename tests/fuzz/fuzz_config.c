/* SPDX-License-Identifier: MIT */
/*
 * fuzz_config - zapd's settings parser (server/config.c): the INI file
 * (inih with config.c's line reader and key table) and the command line,
 * --drive specs (config_parse_drive) included, through config_load(), the
 * very call main() makes.
 *
 * Input: the config file's text, then optionally a NUL and the command
 * line's arguments, each ended by a NUL (fuzz_gen.h builds it). The text
 * goes to a memfd that config_load() reads as --config /proc/self/fd/N;
 * arguments that would name another config file are left out. Each
 * argument is also given to config_parse_drive() on its own.
 *
 * Checked, when config_load() accepts: at least one listen address and
 * one drive, each drive with a name, backend and path, no two drives of
 * one name, every limit in its range. And nothing crashes or trips
 * ASan/UBSan. What config_load() prints goes to /dev/null (sanitizer
 * reports still reach stderr).
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"
#include "log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* from the sanitizers' runtime, when there is one */
void __sanitizer_set_report_fd(void *fd) __attribute__((weak));

#define MAX_ARGS	64

static int memfd = -1, devnull, saved_out, saved_err;
static char path[64];

static void fail(const char *fmt, ...) __attribute__((noreturn,
						      format(printf, 1, 2)));

static void fail(const char *fmt, ...)
{
	va_list ap;

	fputs("fuzz_config: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

static void setup(void)
{
	memfd = memfd_create("zapd.conf", MFD_CLOEXEC);
	devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	saved_out = fcntl(1, F_DUPFD_CLOEXEC, 3);
	saved_err = fcntl(2, F_DUPFD_CLOEXEC, 3);
	if (memfd < 0 || devnull < 0 || saved_out < 0 || saved_err < 0)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", memfd);
	if (__sanitizer_set_report_fd)
		__sanitizer_set_report_fd((void *)(intptr_t)saved_err);
}

static void quiet(bool on)
{
	fflush(stdout);
	fflush(stderr);
	dup2(on ? devnull : saved_out, 1);
	dup2(on ? devnull : saved_err, 2);
}

static bool terminated(const char *s, size_t size)
{
	return memchr(s, '\0', size) != NULL;
}

static void check_drive(const struct drive_config *d, bool full)
{
	if (!terminated(d->name, sizeof(d->name)) ||
	    !terminated(d->backend, sizeof(d->backend)) ||
	    !terminated(d->path, sizeof(d->path)))
		fail("a drive's name, backend or path is not a string");
	if (!d->name[0] || !d->path[0] || (full && !d->backend[0]))
		fail("drive \"%s\" without a name, backend or path", d->name);
	if (d->options.n > KV_MAX)
		fail("drive %s has %u options", d->name, d->options.n);
}

static void check_config(const struct config *cfg)
{
	const struct server_limits *l = &cfg->limits;

	if (!cfg->nr_listen || cfg->nr_listen > SERVER_MAX_LISTENERS)
		fail("%u listen addresses", cfg->nr_listen);
	for (unsigned i = 0; i < cfg->nr_listen; i++)
		if (!terminated(cfg->listen[i], sizeof(cfg->listen[i])) ||
		    !strchr(cfg->listen[i], ':'))
			fail("listen address %u is not HOST:PORT", i);
	if (!cfg->nr_drives || cfg->nr_drives > SERVER_MAX_DRIVES)
		fail("%u drives", cfg->nr_drives);
	for (unsigned i = 0; i < cfg->nr_drives; i++) {
		check_drive(&cfg->drives[i], true);
		for (unsigned j = 0; j < i; j++)
			if (!strcmp(cfg->drives[i].name, cfg->drives[j].name))
				fail("two drives named %s", cfg->drives[i].name);
	}
	if (l->max_connections < 1 || l->max_connections > 65536 ||
	    l->max_conns_per_addr < 1 || l->max_conns_per_addr > 65536 ||
	    l->max_in_flight < 1 || l->max_in_flight > 65536 ||
	    l->max_data < 4096 || l->max_data > 64u << 20 ||
	    l->max_conn_bytes < databuf_size(l->max_data) +
				SERVER_REQUEST_OVERHEAD ||
	    l->memory_budget / 3 < l->max_conn_bytes ||
	    l->frame_timeout_s < 1 || l->frame_timeout_s > 3600 ||
	    l->idle_timeout_s > 7 * 86400 || l->max_report_zones < 1 ||
	    l->max_report_zones > 16384 || cfg->shutdown_timeout_s < 1 ||
	    cfg->shutdown_timeout_s > 3600)
		fail("a limit is out of its range");
	if (cfg->log_level < LOG_LVL_ERROR || cfg->log_level > LOG_LVL_DEBUG)
		fail("log level %d", cfg->log_level);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct config cfg;
	static struct drive_config d;
	char *argv[MAX_ARGS + 4], *copy;
	const char *why;
	size_t text = strnlen((const char *)data, size), at;
	int argc = 0, ret;

	if (memfd < 0)
		setup();
	if (ftruncate(memfd, 0) || pwrite(memfd, data, text, 0) != (ssize_t)text)
		abort();
	/* the arguments, NUL-terminated (the last one by us) */
	copy = malloc(size - text + 1);
	if (!copy)
		abort();
	memcpy(copy, data + text, size - text);
	copy[size - text] = '\0';
	argv[argc++] = (char *)"zapd";
	argv[argc++] = (char *)"--config";
	argv[argc++] = path;
	for (at = 1; at < size - text && argc < MAX_ARGS + 3;) {
		char *arg = copy + at;

		at += strlen(arg) + 1;
		if (!strcmp(arg, "-c") || !strncmp(arg, "--config", 8))
			continue;	/* no other file than ours */
		argv[argc++] = arg;
		if (config_parse_drive(&d, arg, &why) == 0)
			check_drive(&d, false);
	}
	argv[argc] = NULL;

	quiet(true);
	ret = config_load(&cfg, argc, argv);
	quiet(false);
	if (ret == 0)
		check_config(&cfg);
	free(copy);
	return 0;
}
