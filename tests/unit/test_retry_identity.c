/* SPDX-License-Identifier: MIT */
/*
 * A retry identity belongs to the principal that took it (issue 13):
 * only a connection of the same principal resumes it, across a restart
 * (the identity table is reopened from its file) too.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "unit.h"

#include "log.h"
#include "retry.h"

static char dir[32];

static struct retry *open_table(void)
{
	int err;
	struct retry *r = retry_open(dir, &err);

	assert_non_null(r);
	return r;
}

static void check(const char *owner)
{
	static const char *const others[] = { "", "bob", "carol", "carol2" };
	uint8_t secret[RETRY_SECRET_LEN];
	struct retry_client *c, *again;
	struct retry *r = open_table();
	uint64_t id;

	assert_int_equal(retry_issue(r, owner, &c, secret), 0);
	id = c->id;
	retry_put(c);
	for (int pass = 0; pass < 2; pass++) {
		for (unsigned i = 0; i < 4; i++) {
			int want = strcmp(others[i], owner) ? ZAP_UNKNOWN_CLIENT
							    : 0;

			assert_int_equal(retry_resume(r, others[i], id, secret,
						      sizeof(secret), &again),
					 want);
			if (!want)
				retry_put(again);
		}
		retry_close(r);		/* and again from the file */
		r = open_table();
	}
	retry_close(r);
}

static void test_bound_to_a_principal(void **state)
{
	check("carol");
}

static void test_unauthenticated_stays_unauthenticated(void **state)
{
	check("");
}

static int setup(void **state)
{
	log_level_current = LOG_LVL_ERROR;
	strcpy(dir, "/tmp/zap-retry-id.XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char path[64];

	snprintf(path, sizeof(path), "%s/clients", dir);
	unlink(path);
	return rmdir(dir);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_bound_to_a_principal,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_unauthenticated_stays_unauthenticated, setup,
			teardown),
	};

	return zap_unit_run(tests, argc, argv);
}
