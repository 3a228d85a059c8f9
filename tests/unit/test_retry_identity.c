/* SPDX-License-Identifier: MIT */
/*
 * A retry identity belongs to the principal that took it (issue 13):
 * only a connection of the same principal resumes it, across a restart
 * (the identity table is reopened from its file) too. Its outcomes are
 * kept per drive, each drive's by the thread that owns the drive, while
 * other threads take and drop references and say HELLO.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zap/zap.h>

#include "unit.h"

#include "log.h"
#include "retry.h"

#define NR_DRIVES	3

static char dir[32];

static struct retry *open_table(void)
{
	int err;
	struct retry *r = retry_open(dir, NR_DRIVES, &err);

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

/* The same append whatever the drive: only the drive tells them apart. */
static struct retry_record request(uint64_t id, uint64_t seq)
{
	return (struct retry_record) {
		.client_id = id, .seq = seq, .op = RETRY_OP_APPEND,
		.zone = 3, .len = 4096, .data_crc = (uint32_t)seq,
	};
}

/* Where drive put seq's append, as its outcome says. */
static uint64_t lba_of(unsigned drive, uint64_t seq)
{
	return ((uint64_t)drive << 40) + seq;
}

/* Apply a NEW request and keep its outcome; the verdict otherwise. */
static enum retry_verdict apply(struct retry_client *c, unsigned drive,
				const struct retry_record *rq)
{
	struct retry_record out = *rq;
	struct retry_slot *s;
	enum retry_verdict v = retry_begin(c, rq, drive, &s);

	if (v == RETRY_NEW) {
		out.result_lba = lba_of(drive, rq->seq);
		retry_end(s, &out, 0);
	}
	return v;
}

/* A retry gets drive's outcome of seq? */
static bool replays(struct retry_client *c, unsigned drive,
		    const struct retry_record *rq)
{
	struct retry_slot *s;

	return retry_begin(c, rq, drive, &s) == RETRY_DONE &&
	       s->drive == drive &&
	       s->rec.result_lba == lba_of(drive, rq->seq);
}

static void test_same_seq_on_two_drives(void **state)
{
	uint8_t secret[RETRY_SECRET_LEN];
	struct retry *r = open_table();
	struct retry_client *c;
	struct retry_record rq, other;

	assert_int_equal(retry_issue(r, "", &c, secret), 0);
	rq = request(c->id, 5);
	assert_int_equal(apply(c, 0, &rq), RETRY_NEW);
	assert_int_equal(apply(c, 1, &rq), RETRY_NEW);
	assert_true(replays(c, 0, &rq));
	assert_true(replays(c, 1, &rq));
	/* on the same drive a used seq is still refused */
	other = rq;
	other.data_crc++;
	assert_int_equal(apply(c, 0, &other), RETRY_REUSED);
	assert_int_equal(apply(c, 1, &other), RETRY_REUSED);
	assert_int_equal(apply(c, 2, &other), RETRY_NEW);
	assert_true(replays(c, 0, &rq));
	retry_put(c);
	retry_close(r);
}

static void test_too_old_per_drive(void **state)
{
	uint8_t secret[RETRY_SECRET_LEN];
	struct retry *r = open_table();
	struct retry_client *c;
	struct retry_record rq;

	assert_int_equal(retry_issue(r, "", &c, secret), 0);
	for (uint64_t seq = 1; seq <= 300; seq++) {
		rq = request(c->id, seq);
		assert_int_equal(apply(c, 0, &rq), RETRY_NEW);
	}
	assert_int_equal(retry_max_seq(c, 0), 300);
	assert_int_equal(retry_max_seq(c, 1), 0);
	/* drive 1 has seen none of them: seq 1 is new there */
	rq = request(c->id, 1);
	assert_int_equal(apply(c, 0, &rq), RETRY_TOO_OLD);
	assert_int_equal(apply(c, 1, &rq), RETRY_NEW);
	assert_true(replays(c, 1, &rq));
	assert_int_equal(retry_max_seq(c, 1), 1);
	rq = request(c->id, 300 - RETRY_WINDOW);
	assert_int_equal(apply(c, 0, &rq), RETRY_TOO_OLD);
	assert_int_equal(apply(c, 1, &rq), RETRY_NEW);
	rq = request(c->id, 300 - RETRY_WINDOW + 1);
	assert_true(replays(c, 0, &rq));
	retry_put(c);
	retry_close(r);
}

/*
 * The threads zapd will run: drives 0 and 1 each owned by one thread that
 * applies the same seqs of one identity to its drive (and also serves the
 * identities HELLO hands it), one thread taking and dropping references
 * as connections do (and resuming the identity now and then, as another
 * connection's HELLO), and one saying HELLO, which fills the table and
 * evicts. Each counts what went wrong; the main thread checks.
 */
#define ROUNDS		20000
#define ISSUE_EVERY	16	/* HELLOs that issue; the others resume */

struct worker {
	struct retry *r;
	struct retry_client *c;		/* the one identity all share */
	const uint8_t *secret;		/* c's */
	unsigned drive;
	unsigned bad, served, issued;
};

/* A HELLO's identity on its way to drive 0's owner, with a reference,
 * as a connection hands a request to another reactor. */
static struct retry_client *mailbox;
static bool greeted;	/* the greeter is done */

/* Drive 0's owner: a request of an identity the greeter issued. */
static void serve_mailbox(struct worker *w)
{
	struct retry_client *m = __atomic_exchange_n(&mailbox, NULL,
						     __ATOMIC_ACQ_REL);
	struct retry_record rq;

	if (!m)
		return;
	rq = request(m->id, 1);
	w->bad += apply(m, w->drive, &rq) != RETRY_NEW;
	w->served++;
	retry_put(m);
}

static void *drive_owner(void *arg)
{
	struct worker *w = arg;

	for (uint64_t seq = 1; seq <= ROUNDS; seq++) {
		struct retry_record rq = request(w->c->id, seq);

		retry_get(w->c);	/* the request's */
		w->bad += apply(w->c, w->drive, &rq) != RETRY_NEW;
		w->bad += !replays(w->c, w->drive, &rq);
		retry_put(w->c);
		if (!w->drive)
			serve_mailbox(w);
	}
	/* the greeter is slower (each issue is synced): keep serving it */
	while (!w->drive && !__atomic_load_n(&greeted, __ATOMIC_ACQUIRE))
		serve_mailbox(w);
	return NULL;
}

static void *holder(void *arg)
{
	struct worker *w = arg;
	struct retry_client *c;

	for (int i = 0; i < ROUNDS; i++) {
		retry_get(w->c);
		retry_put(w->c);
		if (i % ISSUE_EVERY)
			continue;
		if (retry_resume(w->r, "", w->c->id, w->secret,
				 RETRY_SECRET_LEN, &c) || c != w->c)
			w->bad++;
		else
			retry_put(c);
	}
	return NULL;
}

static void *greeter(void *arg)
{
	struct worker *w = arg;
	uint8_t secret[RETRY_SECRET_LEN];
	struct retry_client *c, *old;
	uint64_t id = 0;

	for (int i = 0; i < ROUNDS; i++) {
		if (i % ISSUE_EVERY) {
			/* the newest is used last: never the one evicted */
			if (retry_resume(w->r, "", id, secret, sizeof(secret),
					 &c) || c->id != id)
				w->bad++;
			else
				retry_put(c);
			continue;
		}
		if (retry_issue(w->r, "", &c, secret)) {
			w->bad++;
			break;
		}
		id = c->id;
		w->issued++;
		/* its reference goes with it */
		old = __atomic_exchange_n(&mailbox, c, __ATOMIC_ACQ_REL);
		if (old)
			retry_put(old);
	}
	__atomic_store_n(&greeted, true, __ATOMIC_RELEASE);
	return NULL;
}

static void test_threads(void **state)
{
	uint8_t secret[RETRY_SECRET_LEN], first_secret[RETRY_SECRET_LEN];
	struct retry *r = open_table();
	struct worker w[4];
	void *(*fn[4])(void *) = { drive_owner, drive_owner, holder, greeter };
	pthread_t t[4];
	struct retry_client *c, *first;
	uint64_t first_id;

	assert_int_equal(retry_issue(r, "", &c, secret), 0);
	/* resumable until the greeter's issues evict it */
	assert_int_equal(retry_issue(r, "", &first, first_secret), 0);
	first_id = first->id;
	retry_put(first);
	greeted = false;
	for (unsigned i = 0; i < 4; i++) {
		w[i] = (struct worker) { .r = r, .c = c, .secret = secret,
					 .drive = i };
		assert_int_equal(pthread_create(&t[i], NULL, fn[i], &w[i]), 0);
	}
	for (unsigned i = 0; i < 4; i++) {
		assert_int_equal(pthread_join(t[i], NULL), 0);
		assert_int_equal(w[i].bad, 0);
	}
	if (mailbox)
		retry_put(mailbox);
	mailbox = NULL;
	/* the greeter evicted while drive 0 served what it issued */
	assert_int_equal(w[3].issued, ROUNDS / ISSUE_EVERY);
	assert_true(w[3].issued > RETRY_MAX_CLIENTS);
	assert_true(w[0].served > 0);
	assert_int_equal(retry_resume(r, "", first_id, first_secret,
				      sizeof(first_secret), &first),
			 ZAP_UNKNOWN_CLIENT);
	/* only main's reference is left, and each drive kept its own */
	assert_int_equal(__atomic_load_n(&c->refs, __ATOMIC_ACQUIRE), 1);
	for (unsigned d = 0; d < 2; d++) {
		struct retry_record rq = request(c->id, ROUNDS - RETRY_WINDOW);

		assert_int_equal(retry_max_seq(c, d), ROUNDS);
		assert_int_equal(apply(c, d, &rq), RETRY_TOO_OLD);
		rq.seq++;
		rq.data_crc++;
		assert_true(replays(c, d, &rq));
	}
	assert_int_equal(retry_max_seq(c, 2), 0);
	retry_put(c);
	retry_close(r);
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

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		T(test_bound_to_a_principal),
		T(test_unauthenticated_stays_unauthenticated),
		T(test_same_seq_on_two_drives),
		T(test_too_old_per_drive),
		T(test_threads),
	};

	return zap_unit_run(tests, argc, argv);
}
