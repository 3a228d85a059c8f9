/* SPDX-License-Identifier: MIT */
/*
 * databuf: buffers are 4 KiB aligned and of the size databuf_size() says;
 * given back, they are kept for reuse within the cap (small ones not
 * under ASan), counted in cached, and freed beyond it.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "unit.h"

#include "databuf.h"

#ifdef __SANITIZE_ADDRESS__
#define SMALL_KEPT	false
#else
#define SMALL_KEPT	true
#endif

static void test_sizes(void **state)
{
	assert_int_equal(databuf_size(1), 4096);
	assert_int_equal(databuf_size(4096), 4096);
	assert_int_equal(databuf_size(4097), 8192);
	assert_int_equal(databuf_size(DATABUF_LARGE - 1), DATABUF_LARGE);
	assert_int_equal(databuf_size(DATABUF_LARGE + 1), 2 * DATABUF_LARGE);
}

static void test_small_reuse_within_cap(void **state)
{
	struct databuf_cache c = { .cap = 3 * 4096 };
	void *a = databuf_get(&c, 4096), *b = databuf_get(&c, 100);
	void *big = databuf_get(&c, 8192), *again;

	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(big);
	assert_int_equal((uintptr_t)a % 4096, 0);
	assert_int_equal((uintptr_t)big % 4096, 0);
	databuf_put(&c, a, 4096);
	databuf_put(&c, b, 100);
	assert_int_equal(c.cached, SMALL_KEPT ? 2 * 4096 : 0);
	/* over the cap: freed, not kept */
	databuf_put(&c, big, 8192);
	assert_int_equal(c.cached, SMALL_KEPT ? 2 * 4096 : 0);
	/* a one-page buffer comes back for any length of one page */
	again = databuf_get(&c, 512);
	if (SMALL_KEPT)
		assert_true(again == a || again == b);
	assert_int_equal(c.cached, SMALL_KEPT ? 4096 : 0);
	databuf_put(&c, again, 512);
	/* a two-page one is not a one-page one */
	big = databuf_get(&c, 8192);
	assert_true(big != a && big != b);
	databuf_put(&c, big, 8192);
	while ((a = databuf_get(&c, 4096)) && c.cached)
		free(a);
	free(a);
}

static void test_zero_length(void **state)
{
	struct databuf_cache c = { .cap = 4096 };

	assert_null(databuf_get(&c, 0));
	databuf_put(&c, NULL, 0);
	assert_int_equal(c.cached, 0);
}

int main(int argc, char **argv)
{
	static const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_small_reuse_within_cap),
		cmocka_unit_test(test_zero_length),
	};

	return zap_unit_run(tests, argc, argv);
}
