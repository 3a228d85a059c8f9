/* SPDX-License-Identifier: MIT */
/*
 * reactor_send(): messages run on the receiving reactor's thread, from its
 * loop, never inside the send, in the order each sender sent them, each
 * exactly once, also when several threads send at once; what is still
 * queued at reactor_destroy() runs there; reactor_post() holds messages
 * until the sender's loop pass ends, then sends each receiver its own in
 * the order posted. Reactors run on threads of
 * their own here. cmocka's asserts may only fail on the test's thread,
 * so the loops count what went wrong and the test checks the counts once
 * it has joined them.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "unit.h"

#include "reactor.h"

/* Long enough for a slow sanitizer build, short of ctest's timeout. */
#define GUARD_SEC 60

struct loop {
	struct reactor r;
	pthread_t thread;
	pthread_t self;		/* written and read by the loop's thread */
	struct reactor_msg stop;
	struct event *guard;
	bool timed_out;
	unsigned bad;		/* checks that failed on the loop's thread */
	int ret;
};

static void on_stop(struct reactor_msg *m)
{
	struct loop *l = (struct loop *)((char *)m - offsetof(struct loop, stop));

	reactor_stop(&l->r);
}

/* A lost message would hang the loop: give up after GUARD_SEC. */
static void on_guard(evutil_socket_t fd, short what, void *arg)
{
	struct loop *l = arg;

	l->timed_out = true;
	reactor_stop(&l->r);
}

static void *loop_main(void *arg)
{
	struct loop *l = arg;

	l->self = pthread_self();
	l->ret = reactor_run(&l->r);
	return NULL;
}

static void loop_init(struct loop *l)
{
	const struct timeval guard = { .tv_sec = GUARD_SEC };

	memset(l, 0, sizeof(*l));
	assert_int_equal(reactor_init(&l->r, 8), 0);
	l->stop.fn = on_stop;
	l->guard = evtimer_new(l->r.base, on_guard, l);
	assert_non_null(l->guard);
	assert_int_equal(evtimer_add(l->guard, &guard), 0);
}

/* The reactor was made on this thread; it runs on another. */
static void loop_start(struct loop *l)
{
	assert_int_equal(pthread_create(&l->thread, NULL, loop_main, l), 0);
}

static void loop_join(struct loop *l)
{
	assert_int_equal(pthread_join(l->thread, NULL), 0);
	assert_int_equal(l->ret, 0);
	assert_false(l->timed_out);
	assert_int_equal(l->bad, 0);
	event_free(l->guard);
	reactor_destroy(&l->r);
}

static bool on_loop_thread(const struct loop *l)
{
	return pthread_equal(pthread_self(), l->self);
}

/* (a) one sender: the loop's thread, in order */

#define ORDERED 64

struct ordered {
	struct loop l;
	pthread_t sender;
	struct item {
		struct reactor_msg m;
		struct ordered *o;
		unsigned seq;
	} items[ORDERED];
	unsigned next;
};

static void on_ordered(struct reactor_msg *m)
{
	struct item *it = (struct item *)m;
	struct ordered *o = it->o;

	if (!on_loop_thread(&o->l) || pthread_equal(pthread_self(), o->sender))
		o->l.bad++;
	if (it->seq != o->next++)
		o->l.bad++;
	if (o->next == ORDERED)
		reactor_stop(&o->l.r);
}

static void test_runs_on_loop_thread_in_order(void **state)
{
	struct ordered *o = calloc(1, sizeof(*o));

	assert_non_null(o);
	loop_init(&o->l);
	o->sender = pthread_self();
	/* half before the loop runs, half while it does */
	for (unsigned i = 0; i < ORDERED; i++) {
		o->items[i] = (struct item){ { on_ordered, NULL }, o, i };
		if (i == ORDERED / 2)
			loop_start(&o->l);
		reactor_send(&o->l.r, &o->items[i].m);
	}
	loop_join(&o->l);
	assert_int_equal(o->next, ORDERED);
	free(o);
}

/* (b) three senders at once: each message once, each sender's in order */

#define PRODUCERS 3
#define PER_PRODUCER 100000

struct many {
	struct loop l;
	struct producer {
		struct many *many;
		pthread_t thread;
		unsigned next;	/* the next seq expected on the loop */
		struct pmsg {
			struct reactor_msg m;
			struct producer *p;
			unsigned seq;
			unsigned runs;
		} msgs[PER_PRODUCER];
	} p[PRODUCERS];
	unsigned total;
};

static void on_many(struct reactor_msg *m)
{
	struct pmsg *pm = (struct pmsg *)m;
	struct many *many = pm->p->many;

	if (!on_loop_thread(&many->l))
		many->l.bad++;
	if (pm->seq != pm->p->next++)
		many->l.bad++;
	pm->runs++;
	if (++many->total == PRODUCERS * PER_PRODUCER)
		reactor_stop(&many->l.r);
}

static void *produce(void *arg)
{
	struct producer *p = arg;

	for (unsigned i = 0; i < PER_PRODUCER; i++) {
		p->msgs[i] = (struct pmsg){ { on_many, NULL }, p, i, 0 };
		reactor_send(&p->many->l.r, &p->msgs[i].m);
	}
	return NULL;
}

static void test_producers_each_once_in_order(void **state)
{
	struct many *many = calloc(1, sizeof(*many));

	assert_non_null(many);
	loop_init(&many->l);
	loop_start(&many->l);
	for (unsigned i = 0; i < PRODUCERS; i++) {
		many->p[i].many = many;
		assert_int_equal(pthread_create(&many->p[i].thread, NULL,
						produce, &many->p[i]), 0);
	}
	for (unsigned i = 0; i < PRODUCERS; i++)
		assert_int_equal(pthread_join(many->p[i].thread, NULL), 0);
	loop_join(&many->l);
	assert_int_equal(many->total, PRODUCERS * PER_PRODUCER);
	for (unsigned i = 0; i < PRODUCERS; i++) {
		assert_int_equal(many->p[i].next, PER_PRODUCER);
		for (unsigned j = 0; j < PER_PRODUCER; j++)
			assert_int_equal(many->p[i].msgs[j].runs, 1);
	}
	free(many);
}

/* (c) one message bounced between two loops, then both stop */

#define BOUNCES 100000

struct pingpong {
	struct loop l[2];
	struct reactor_msg ball;
	unsigned hops;		/* even: the ball is at l[0] */
};

static void on_ball(struct reactor_msg *m)
{
	struct pingpong *pp = (struct pingpong *)((char *)m -
					offsetof(struct pingpong, ball));
	struct loop *here = &pp->l[pp->hops % 2];
	struct loop *there = &pp->l[(pp->hops + 1) % 2];

	if (!on_loop_thread(here))
		here->bad++;
	if (++pp->hops == BOUNCES) {
		reactor_stop(&here->r);
		reactor_send(&there->r, &there->stop);
		return;
	}
	reactor_send(&there->r, m);
}

static void test_ping_pong(void **state)
{
	struct pingpong *pp = calloc(1, sizeof(*pp));

	assert_non_null(pp);
	loop_init(&pp->l[0]);
	loop_init(&pp->l[1]);
	loop_start(&pp->l[0]);
	loop_start(&pp->l[1]);
	pp->ball.fn = on_ball;
	reactor_send(&pp->l[0].r, &pp->ball);
	loop_join(&pp->l[0]);
	loop_join(&pp->l[1]);
	assert_int_equal(pp->hops, BOUNCES);
	free(pp);
}

/* (d) never inside reactor_send(); one batch per wakeup */

struct later {
	struct reactor r;
	struct reactor_msg first, second;
	bool sending;
	unsigned ran_inside, first_ran, second_ran;
};

static void on_second(struct reactor_msg *m)
{
	struct later *t = (struct later *)((char *)m -
					   offsetof(struct later, second));

	t->ran_inside += t->sending;
	t->second_ran++;
}

static void on_first(struct reactor_msg *m)
{
	struct later *t = (struct later *)((char *)m -
					   offsetof(struct later, first));

	t->ran_inside += t->sending;
	t->first_ran++;
	t->sending = true;
	reactor_send(&t->r, &t->second);
	t->sending = false;
}

static void on_nothing(evutil_socket_t fd, short what, void *arg)
{
}

static void test_never_inside_send(void **state)
{
	const struct timeval wait = { .tv_sec = GUARD_SEC };
	struct later t = { .first.fn = on_first, .second.fn = on_second };
	struct event *guard;

	assert_int_equal(reactor_init(&t.r, 8), 0);
	/* a lost message ends reactor_run_once() here, not in a hang */
	guard = evtimer_new(t.r.base, on_nothing, NULL);
	assert_non_null(guard);
	assert_int_equal(evtimer_add(guard, &wait), 0);
	t.sending = true;
	reactor_send(&t.r, &t.first);
	t.sending = false;
	assert_int_equal(t.first_ran, 0);
	assert_int_equal(reactor_run_once(&t.r), 0);
	assert_int_equal(t.first_ran, 1);
	/* sent during the batch: waits for the loop's next pass */
	assert_int_equal(t.second_ran, 0);
	assert_int_equal(reactor_run_once(&t.r), 0);
	assert_int_equal(t.second_ran, 1);
	assert_int_equal(t.ran_inside, 0);
	event_free(guard);
	reactor_destroy(&t.r);
}

/* (e) reactor_destroy() runs what is still queued */

static void test_destroy_runs_queued(void **state)
{
	struct later t = { .first.fn = on_first, .second.fn = on_second };

	assert_int_equal(reactor_init(&t.r, 8), 0);
	reactor_send(&t.r, &t.first);
	reactor_destroy(&t.r);
	assert_int_equal(t.first_ran, 1);
	assert_int_equal(t.second_ran, 1);
}

/* (f) reactor_post(): nothing leaves before the sender's loop pass ends;
 * then one chain per receiver, in the order posted, pass after pass */

#define PASSES 10
#define PER_PASS 100	/* posts per pass, alternating between receivers */

struct posted {
	struct loop rx[2];
	struct reactor tx;	/* driven here, one pass at a time */
	struct pitem {
		struct reactor_msg m;
		struct posted *p;
		unsigned to, seq;
	} items[PASSES * PER_PASS];
	unsigned next[2];	/* the seq each receiver expects */
};

static void on_posted(struct reactor_msg *m)
{
	struct pitem *it = (struct pitem *)m;
	struct loop *l = &it->p->rx[it->to];

	if (!on_loop_thread(l))
		l->bad++;
	if (it->seq != it->p->next[it->to]++)
		l->bad++;
	if (it->p->next[it->to] == PASSES * PER_PASS / 2)
		reactor_stop(&l->r);
}

static struct reactor_msg *list_of(struct reactor *r)
{
	return atomic_load(&r->msgs);
}

static void test_posted_leave_at_end_of_pass(void **state)
{
	struct posted *p = calloc(1, sizeof(*p));
	unsigned seq[2] = { 0, 0 };

	assert_non_null(p);
	loop_init(&p->rx[0]);
	loop_init(&p->rx[1]);
	assert_int_equal(reactor_init(&p->tx, 8), 0);
	for (unsigned pass = 0; pass < PASSES; pass++) {
		struct reactor_msg *before[2] = { list_of(&p->rx[0].r),
						  list_of(&p->rx[1].r) };

		for (unsigned i = 0; i < PER_PASS; i++) {
			struct pitem *it = &p->items[pass * PER_PASS + i];
			unsigned to = i % 2;

			*it = (struct pitem){ { on_posted, NULL }, p, to,
					      seq[to]++ };
			reactor_post(&p->tx, &p->rx[to].r, &it->m);
		}
		/* posted, not sent: the receivers' lists did not change */
		assert_ptr_equal(list_of(&p->rx[0].r), before[0]);
		assert_ptr_equal(list_of(&p->rx[1].r), before[1]);
		assert_int_equal(reactor_run_once(&p->tx), 0);
		assert_ptr_not_equal(list_of(&p->rx[0].r), before[0]);
		assert_ptr_not_equal(list_of(&p->rx[1].r), before[1]);
	}
	loop_start(&p->rx[0]);
	loop_start(&p->rx[1]);
	loop_join(&p->rx[0]);
	loop_join(&p->rx[1]);
	assert_int_equal(p->next[0], PASSES * PER_PASS / 2);
	assert_int_equal(p->next[1], PASSES * PER_PASS / 2);
	reactor_destroy(&p->tx);
	free(p);
}

#define T(f) cmocka_unit_test(f)

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		T(test_runs_on_loop_thread_in_order),
		T(test_producers_each_once_in_order),
		T(test_ping_pong),
		T(test_never_inside_send),
		T(test_destroy_runs_queued),
		T(test_posted_leave_at_end_of_pass),
	};

	return zap_unit_run(tests, argc, argv);
}
