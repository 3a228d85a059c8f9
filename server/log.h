/* SPDX-License-Identifier: MIT */
/*
 * log - one line per event: "LEVEL msg key=value ..." on stderr, where
 * journald picks it up. The level check is a single compare, done before
 * any argument is formatted (Redis' serverLog idea).
 */
#ifndef ZAPD_LOG_H
#define ZAPD_LOG_H

enum log_level {
	LOG_LVL_ERROR,
	LOG_LVL_WARN,
	LOG_LVL_INFO,
	LOG_LVL_DEBUG,
};

/* Set before threads start, or through log_level_set(): a reload on
 * one reactor changes it for all of them. */
extern enum log_level log_level_current;

static inline enum log_level log_level_get(void)
{
	return __atomic_load_n(&log_level_current, __ATOMIC_RELAXED);
}

static inline void log_level_set(enum log_level level)
{
	__atomic_store_n(&log_level_current, level, __ATOMIC_RELAXED);
}

/* "error", "warn", "info", "debug"; returns -1 if unknown. */
int log_level_parse(const char *name);
const char *log_level_name(enum log_level level);
/* Print timestamps (when not under journald, which adds its own). */
void log_set_timestamps(int on);

void log_write(enum log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * For lines a client can cause at will (refusals): at most one a second
 * per limiter; the next line that is written says how many were not
 * (suppressed=N). Zero-initialize the limiter.
 */
struct log_ratelimit {
	long last_s;
	unsigned suppressed;
};

void log_ratelimited(struct log_ratelimit *rl, enum log_level level,
		     const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#define log_at(level, ...)						\
	do {								\
		if ((level) <= log_level_get())				\
			log_write((level), __VA_ARGS__);		\
	} while (0)

#define log_error(...) log_at(LOG_LVL_ERROR, __VA_ARGS__)
#define log_warn(...) log_at(LOG_LVL_WARN, __VA_ARGS__)
#define log_info(...) log_at(LOG_LVL_INFO, __VA_ARGS__)
#define log_debug(...) log_at(LOG_LVL_DEBUG, __VA_ARGS__)

#endif
