/* SPDX-License-Identifier: MIT */
/*
 * What every unit test program shares: run all its cases, or only the one
 * named by its first argument (ctest runs each case as its own test, named
 * unit/PROGRAM/CASE: see tests/CMakeLists.txt).
 */
#ifndef ZAP_TESTS_UNIT_H
#define ZAP_TESTS_UNIT_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

/* A name that matches no case is an error, not zero tests passed. */
static inline int zap_unit_run_(const char *group,
				const struct CMUnitTest *tests, size_t n,
				int argc, char **argv)
{
	if (argc < 2)
		return _cmocka_run_group_tests(group, tests, n, NULL, NULL);
	for (size_t i = 0; i < n; i++)
		if (!strcmp(tests[i].name, argv[1]))
			return _cmocka_run_group_tests(argv[1], &tests[i], 1,
						       NULL, NULL);
	fprintf(stderr, "%s: no test case %s\n", argv[0], argv[1]);
	return 1;
}

#define zap_unit_run(tests, argc, argv)					\
	zap_unit_run_(#tests, tests, sizeof(tests) / sizeof((tests)[0]),	\
		      argc, argv)

#endif
