/* SPDX-License-Identifier: MIT */
/* The per-address connection table (server/peers.c), against a model. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "peers.h"

static void addr_v4(struct peer_addr *a, uint32_t ip)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };

	sa.sin_addr.s_addr = htonl(ip);
	peer_addr_of(a, (struct sockaddr *)&sa);
}

/* An IPv4 address and its v4-mapped IPv6 form are one client. */
static void test_v4_mapped_is_v4(void **state)
{
	struct sockaddr_in6 sa6 = { .sin6_family = AF_INET6 };
	struct peer_addr a, b;
	struct peer_table t;

	assert_int_equal(peers_init(&t, 4), 0);
	addr_v4(&a, 0x7f000002);
	inet_pton(AF_INET6, "::ffff:127.0.0.2", &sa6.sin6_addr);
	peer_addr_of(&b, (struct sockaddr *)&sa6);
	peers_add(&t, &a);
	assert_int_equal(peers_count(&t, &b), 1);
	peers_remove(&t, &b);
	assert_int_equal(peers_count(&t, &a), 0);
	peers_destroy(&t);
}

/* Random adds and removes of a few hundred addresses, at the table's
 * limit, counted the same as by a plain array. */
static void test_random_against_model(void **state)
{
	enum { ADDRS = 300, MAX = 256, STEPS = 200000 };
	static uint32_t model[ADDRS];
	unsigned in = 0;
	struct peer_table t;

	assert_int_equal(peers_init(&t, MAX), 0);
	srand(13);
	for (int step = 0; step < STEPS; step++) {
		unsigned i = rand() % ADDRS;
		struct peer_addr a;

		/* few addresses: long probe runs, many shifts on removal */
		addr_v4(&a, 0x0a000000 + i * 4096);
		if (rand() % 2 && (model[i] || in < MAX)) {
			in += !model[i]++;
			peers_add(&t, &a);
		} else if (model[i]) {
			in -= !--model[i];
			peers_remove(&t, &a);
		}
		if (step % 997 == 0)
			for (unsigned j = 0; j < ADDRS; j++) {
				addr_v4(&a, 0x0a000000 + j * 4096);
				assert_int_equal(peers_count(&t, &a), model[j]);
			}
	}
	peers_destroy(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_v4_mapped_is_v4),
		cmocka_unit_test(test_random_against_model),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
