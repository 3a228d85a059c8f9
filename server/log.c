/* SPDX-License-Identifier: MIT */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

enum log_level log_level_current = LOG_LVL_INFO;
static int log_timestamps = 1;

static const char *const level_names[] = { "error", "warn", "info", "debug" };

int log_level_parse(const char *name)
{
	for (int i = 0; i <= LOG_LVL_DEBUG; i++)
		if (!strcmp(name, level_names[i]))
			return i;
	return -1;
}

const char *log_level_name(enum log_level level)
{
	return level_names[level];
}

void log_set_timestamps(int on)
{
	log_timestamps = on;
}

static void log_vwrite(enum log_level level, unsigned suppressed,
		       const char *fmt, va_list ap)
{
	char line[1024];
	int n = 0;

	if (log_timestamps) {
		struct timespec ts;
		struct tm tm;

		clock_gettime(CLOCK_REALTIME, &ts);
		gmtime_r(&ts.tv_sec, &tm);
		n = (int)strftime(line, sizeof(line), "%Y-%m-%dT%H:%M:%S", &tm);
		n += snprintf(line + n, sizeof(line) - n, ".%03ldZ ",
			      ts.tv_nsec / 1000000);
	}
	n += snprintf(line + n, sizeof(line) - n, "%s ", level_names[level]);
	n += vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	if (suppressed && n < (int)sizeof(line))
		n += snprintf(line + n, sizeof(line) - n,
			      " suppressed=%u", suppressed);
	if (n > (int)sizeof(line) - 2)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	/* one write, so concurrent lines never interleave */
	fwrite(line, 1, n, stderr);
	fflush(stderr);
}

void log_write(enum log_level level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_vwrite(level, 0, fmt, ap);
	va_end(ap);
}

void log_ratelimited(struct log_ratelimit *rl, enum log_level level,
		     const char *fmt, ...)
{
	struct timespec ts;
	va_list ap;

	if (level > log_level_get())
		return;
	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
	if (rl->last_s && ts.tv_sec - rl->last_s < 1) {
		rl->suppressed++;
		return;
	}
	rl->last_s = ts.tv_sec ? ts.tv_sec : 1;
	va_start(ap, fmt);
	log_vwrite(level, rl->suppressed, fmt, ap);
	va_end(ap);
	rl->suppressed = 0;
}
