/* SPDX-License-Identifier: MIT */
/*
 * check.h - what the C integration programs share: CHECK() and a runner
 * for a table of named cases. A case returns 0 when it passed, 1 when a
 * CHECK failed (after printing file:line, the condition and why).
 */
#ifndef ZAP_TESTS_CHECK_H
#define ZAP_TESTS_CHECK_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <zap/zap.h>

#define CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "  %s:%d: check failed: %s: ",	\
				__FILE__, __LINE__, #cond);		\
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
			return 1;					\
		}							\
	} while (0)

/* A status from a call on client c, named both ways when it differs. */
#define CHECK_STATUS_ON(c, got, want)					\
	CHECK((got) == (want), "got %s, want %s (%s)",			\
	      zap_status_name(got), zap_status_name(want),		\
	      zap_last_error(c))

struct test_case {
	const char *name;
	int (*fn)(void);
};

/*
 * Run the cases named in names[0..nr_names) (all when nr_names is 0),
 * print "ok"/"FAIL" per case and the closing "N passed, M failed" line.
 * Returns the exit status: 0 if none failed.
 */
static inline int run_cases(const char *prog, const struct test_case *cases,
			    size_t nr_cases, char **names, int nr_names)
{
	unsigned passed = 0, failed = 0;

	for (size_t k = 0; k < nr_cases; k++) {
		bool wanted = !nr_names;
		int st;

		for (int i = 0; i < nr_names; i++)
			wanted |= !strcmp(names[i], cases[k].name);
		if (!wanted)
			continue;
		st = cases[k].fn();
		printf("%s %s\n", st ? "FAIL" : "ok  ", cases[k].name);
		fflush(stdout);
		st ? failed++ : passed++;
	}
	printf("%s: %u passed, %u failed\n", prog, passed, failed);
	return failed ? 1 : 0;
}

#endif
