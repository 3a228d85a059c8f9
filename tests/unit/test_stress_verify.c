// SPDX-License-Identifier: MIT
/*
 * Unit tests for zap-stress's own logic (client/zap-stress/hist.c,
 * zap_stress_record.c, zap_stress_check.c): the latency
 * histogram, XXH64 and the record format, and the verifier's judgment of
 * every kind of loss and damage, including those it must let pass.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "hist.h"
#include "zap_stress_check.h"
#include "zap_stress_record.h"

/* ---- histogram ---- */

static void test_hist_small_values_exact(void **state)
{
	struct hist h;

	hist_init(&h);
	assert_int_equal(hist_percentile(&h, 50), 0);
	for (uint64_t v = 1; v <= 100; v++)
		hist_record(&h, v);
	assert_int_equal(h.count, 100);
	assert_int_equal(h.min, 1);
	assert_int_equal(h.max, 100);
	assert_int_equal(hist_percentile(&h, 0), 1);
	assert_int_equal(hist_percentile(&h, 50), 50);
	assert_int_equal(hist_percentile(&h, 99), 99);
	assert_int_equal(hist_percentile(&h, 99.9), 100);
	assert_int_equal(hist_percentile(&h, 100), 100);
}

/* Every percentile of a wide spread is within 1/128 of the truth. */
static void test_hist_precision(void **state)
{
	static const double pct[] = { 1, 10, 50, 90, 99, 99.9 };
	struct hist *h = malloc(sizeof(*h));
	uint64_t n = 1000000, v, truth;

	hist_init(h);
	for (v = 1; v <= n; v++)
		hist_record(h, v * 1000);	/* 1 us .. 1 s in ns */
	for (size_t i = 0; i < sizeof(pct) / sizeof(pct[0]); i++) {
		truth = (uint64_t)(pct[i] / 100 * n) * 1000;
		v = hist_percentile(h, pct[i]);
		assert_true(v >= truth);
		assert_true(v - truth <= truth / 128);
	}
	assert_int_equal(h->sum, n * (n + 1) / 2 * 1000);
	free(h);
}

static void test_hist_merge_and_clamp(void **state)
{
	struct hist *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b));

	hist_init(a);
	hist_init(b);
	hist_record(a, 10);
	hist_record(b, 5);
	hist_record(b, UINT64_MAX / 2);	/* beyond the last bucket */
	hist_merge(a, b);
	assert_int_equal(a->count, 3);
	assert_int_equal(a->min, 5);
	assert_int_equal(a->max, UINT64_MAX / 2);
	assert_int_equal(hist_percentile(a, 50), 10);
	assert_int_equal(hist_percentile(a, 100), UINT64_MAX / 2);
	/* the top bucket's value is clamped to max, not beyond */
	assert_true(hist_percentile(a, 99) <= UINT64_MAX / 2);
	free(a);
	free(b);
}

/* ---- records ---- */

static void test_xxh64_vectors(void **state)
{
	static const char spam[] = "Nobody inspects the spammish repetition";

	assert_int_equal(zs_xxh64("", 0, 0), 0xef46db3751d8e999ull);
	assert_int_equal(zs_xxh64("abc", 3, 0), 0x44bc2cf5ad770999ull);
	assert_int_equal(zs_xxh64(spam, strlen(spam), 0),
			 0xfbcea83c8a378bf1ull);
}

static void test_record_roundtrip_and_damage(void **state)
{
	struct zs_rec r = {
		.run_id = 0x1234, .seq = 77, .worker = 3, .len = 8192,
		.target = 5, .epoch = 2, .kind = ZS_KIND_WRITE,
	}, got;
	uint8_t *buf = malloc(r.len), *other = malloc(r.len);

	zs_rec_build(buf, &r);
	assert_true(zs_rec_parse(buf, 0x1234, 4096, &got));
	assert_int_equal(got.seq, 77);
	assert_int_equal(got.worker, 3);
	assert_int_equal(got.len, 8192);
	assert_int_equal(got.target, 5);
	assert_int_equal(got.epoch, 2);
	assert_int_equal(got.kind, ZS_KIND_WRITE);
	assert_true(zs_rec_body_ok(buf, &got));
	/* another run's record, or a length not in whole blocks */
	assert_false(zs_rec_parse(buf, 0x1235, 4096, &got));
	assert_false(zs_rec_parse(buf, 0x1234, 3000, &got));
	/* the body of another record has another checksum */
	r.seq = 78;
	zs_rec_build(other, &r);
	memcpy(other, buf, ZS_HDR_LEN);
	assert_true(zs_rec_parse(other, 0x1234, 4096, &got));
	assert_false(zs_rec_body_ok(other, &got));
	/* a flipped bit in the body, then in the header */
	buf[r.len - 1] ^= 1;
	assert_true(zs_rec_parse(buf, 0x1234, 4096, &got));
	assert_false(zs_rec_body_ok(buf, &got));
	buf[20] ^= 1;
	assert_false(zs_rec_parse(buf, 0x1234, 4096, &got));
	free(buf);
	free(other);
}

/* ---- classification ---- */

static void test_classify(void **state)
{
	struct zs_entry e = { .d = 1, .i = 1 };
	struct zs_resets none = { 1, 1 }, later = { 2, 2 },
			 maybe_later = { 1, 2 }, raced = { 1, 2 };

	assert_int_equal(zs_classify(&e, &none), ZS_PRESENT);
	assert_int_equal(zs_classify(&e, &later), ZS_GONE);
	/* a reset lost with its connection may or may not have happened */
	assert_int_equal(zs_classify(&e, &maybe_later), ZS_AMBIGUOUS);
	/* reset 2 was issued while the record was in flight */
	e.i = 2;
	assert_int_equal(zs_classify(&e, &raced), ZS_AMBIGUOUS);
	raced.last_certain = 2;
	assert_int_equal(zs_classify(&e, &raced), ZS_AMBIGUOUS);
	raced.last_certain = 3;
	assert_int_equal(zs_classify(&e, &raced), ZS_GONE);
}

/* ---- checking a zone ---- */

#define ZSTART	1000
#define ZCAP	100

struct zone_fixture {
	struct zs_entry x[16];
	struct zs_found f[16];
	size_t nx, nf;
	uint64_t gone_seq[4];
	struct zs_resets resets;
	bool exactly_once;
	int notes;
};

static void count_note(void *arg, const char *what, const struct zs_entry *e,
		       const struct zs_found *f)
{
	struct zone_fixture *z = arg;

	assert_non_null(what);
	assert_true(e || f);
	z->notes++;
}

static void ack(struct zone_fixture *z, unsigned w, uint64_t seq,
		uint64_t lba, uint32_t nlb, enum zs_kind kind)
{
	z->x[z->nx++] = (struct zs_entry){
		.lba = lba, .key = ZS_KEY(w, seq), .nlb = nlb, .kind = kind,
	};
}

static void find(struct zone_fixture *z, unsigned w, uint64_t seq,
		 uint64_t lba, uint32_t nlb, bool intact)
{
	z->f[z->nf++] = (struct zs_found){
		.lba = lba, .key = ZS_KEY(w, seq), .nlb = nlb,
		.intact = intact,
	};
}

static struct zs_verdict check(struct zone_fixture *z)
{
	struct zs_zone_check c = {
		.start = ZSTART, .cap = ZCAP, .resets = z->resets,
		.x = z->x, .nx = z->nx, .f = z->f, .nf = z->nf,
		.gone_seq = z->gone_seq, .nr_workers = 4,
		.exactly_once = z->exactly_once,
		.note = count_note, .arg = z,
	};
	struct zs_verdict v = { 0 };

	zs_check_zone(&c, &v);
	return v;
}

static void test_check_all_there(void **state)
{
	struct zone_fixture z = { 0 };
	struct zs_verdict v;

	ack(&z, 0, 1, ZSTART, 2, ZS_KIND_APPEND);
	ack(&z, 1, 1, ZSTART + 2, 1, ZS_KIND_WRITE);
	ack(&z, 1, 2, ZSTART + 3, 4, ZS_KIND_WRITE_AT_WP);
	find(&z, 1, 2, ZSTART + 3, 4, true);
	find(&z, 0, 1, ZSTART, 2, true);
	find(&z, 1, 1, ZSTART + 2, 1, true);
	find(&z, 2, 9, ZSTART + 7, 1, true);	/* its reply was lost */
	v = check(&z);
	assert_int_equal(v.verified, 3);
	assert_int_equal(v.unacknowledged, 1);
	assert_false(zs_verdict_failed(&v, false));
	assert_int_equal(z.notes, 0);
}

/* The known-bad cases: each must fail the verdict. */
static void test_check_lost_torn_misplaced_duplicated(void **state)
{
	struct zone_fixture z = { 0 };
	struct zs_verdict v;

	ack(&z, 0, 1, ZSTART, 2, ZS_KIND_APPEND);	/* lost */
	ack(&z, 0, 2, ZSTART + 2, 2, ZS_KIND_APPEND);	/* torn */
	find(&z, 0, 2, ZSTART + 2, 2, false);
	ack(&z, 0, 3, ZSTART + 4, 2, ZS_KIND_APPEND);	/* misplaced */
	find(&z, 0, 3, ZSTART + 40, 2, true);
	ack(&z, 0, 4, ZSTART + 6, 2, ZS_KIND_APPEND);	/* twice */
	find(&z, 0, 4, ZSTART + 6, 2, true);
	find(&z, 0, 4, ZSTART + 50, 2, true);
	v = check(&z);
	assert_int_equal(v.lost, 1);
	assert_int_equal(v.torn, 1);
	assert_int_equal(v.misplaced, 1);
	assert_int_equal(v.duplicated, 1);
	assert_int_equal(v.verified, 1);
	assert_true(zs_verdict_failed(&v, false));
	assert_int_equal(z.notes, 4);
}

static void test_check_overlap_order_outside(void **state)
{
	struct zone_fixture z = { 0 };
	struct zs_verdict v;

	/* two acknowledged appends share block ZSTART + 1 */
	ack(&z, 0, 1, ZSTART, 2, ZS_KIND_APPEND);
	ack(&z, 1, 1, ZSTART + 1, 2, ZS_KIND_APPEND);
	/* worker 2's second ordered write landed before its first */
	ack(&z, 2, 1, ZSTART + 20, 1, ZS_KIND_WRITE);
	ack(&z, 2, 2, ZSTART + 10, 1, ZS_KIND_WRITE_AT_WP);
	/* a reply that named an LBA outside the zone */
	ack(&z, 3, 1, ZSTART + ZCAP - 1, 2, ZS_KIND_APPEND);
	find(&z, 0, 1, ZSTART, 2, true);
	find(&z, 1, 1, ZSTART + 1, 2, true);
	find(&z, 2, 1, ZSTART + 20, 1, true);
	find(&z, 2, 2, ZSTART + 10, 1, true);
	v = check(&z);
	assert_int_equal(v.overlapping, 1);
	assert_int_equal(v.misordered, 1);
	assert_int_equal(v.misplaced, 1);
	assert_int_equal(v.verified, 4);
	assert_true(zs_verdict_failed(&v, false));
}

/*
 * With libzap's retries every request has its one reply: a record that a
 * retry applied a second time, or one applied without a reply, must fail
 * the verdict, and be named.
 */
static void test_check_exactly_once(void **state)
{
	struct zone_fixture z = { .exactly_once = true };
	struct zs_verdict v;

	ack(&z, 0, 1, ZSTART, 2, ZS_KIND_APPEND);
	find(&z, 0, 1, ZSTART, 2, true);
	/* applied by the original, and again by its retry */
	ack(&z, 0, 2, ZSTART + 4, 2, ZS_KIND_APPEND);
	find(&z, 0, 2, ZSTART + 2, 2, true);
	find(&z, 0, 2, ZSTART + 4, 2, true);
	/* applied, but its reply never came */
	find(&z, 1, 1, ZSTART + 6, 1, true);
	v = check(&z);
	assert_int_equal(v.verified, 2);
	assert_int_equal(v.duplicated, 1);
	assert_int_equal(v.unacknowledged, 1);
	assert_true(zs_verdict_failed(&v, true));
	assert_int_equal(z.notes, 2);
	/* the unacknowledged one alone fails only when exactly once */
	v = (struct zs_verdict){ .unacknowledged = 1 };
	assert_false(zs_verdict_failed(&v, false));
	assert_true(zs_verdict_failed(&v, true));
}

/* Resets: erased records must stay erased; raced ones may go either way. */
static void test_check_resets(void **state)
{
	struct zone_fixture z = { .resets = { 2, 2 } };
	struct zs_verdict v;

	z.gone_seq[3] = 5;	/* worker 3's records up to 5 were erased */
	ack(&z, 0, 1, ZSTART, 1, ZS_KIND_APPEND);	/* before reset 1 */
	z.x[0].d = z.x[0].i = 0;
	ack(&z, 0, 2, ZSTART + 1, 1, ZS_KIND_APPEND);	/* same, resurrected */
	z.x[1].d = z.x[1].i = 0;
	find(&z, 0, 2, ZSTART + 1, 1, true);
	ack(&z, 1, 1, ZSTART, 1, ZS_KIND_APPEND);	/* raced reset 2, gone */
	z.x[2].d = 1;
	z.x[2].i = 2;
	ack(&z, 1, 2, ZSTART + 2, 1, ZS_KIND_APPEND);	/* raced, survived */
	z.x[3].d = 1;
	z.x[3].i = 2;
	find(&z, 1, 2, ZSTART + 2, 1, true);
	ack(&z, 2, 1, ZSTART + 3, 1, ZS_KIND_APPEND);	/* after reset 2 */
	z.x[4].d = z.x[4].i = 2;
	find(&z, 2, 1, ZSTART + 3, 1, true);
	find(&z, 3, 4, ZSTART + 4, 1, true);	/* compacted away, back */
	find(&z, 3, 6, ZSTART + 5, 1, true);	/* unacknowledged */
	v = check(&z);
	assert_int_equal(v.gone, 1);
	assert_int_equal(v.stale, 2);
	assert_int_equal(v.ambiguous, 1);
	assert_int_equal(v.verified, 2);
	assert_int_equal(v.unacknowledged, 1);
	assert_int_equal(v.lost, 0);
	assert_true(zs_verdict_failed(&v, false));
}

/* Found where acknowledged but beyond the wp: the zone lost track of it. */
static void test_check_beyond_wp(void **state)
{
	struct zone_fixture z = { .resets = { 0, 1 } };
	struct zs_verdict v;

	ack(&z, 0, 1, ZSTART, 2, ZS_KIND_APPEND);
	find(&z, 0, 1, ZSTART, 2, true);
	z.f[0].beyond_wp = true;
	ack(&z, 0, 2, ZSTART + 2, 2, ZS_KIND_APPEND);	/* raced reset 1 */
	z.x[1].i = 1;
	find(&z, 0, 2, ZSTART + 2, 2, true);
	z.f[1].beyond_wp = true;
	find(&z, 0, 3, ZSTART + 4, 2, true);	/* unacknowledged */
	z.f[2].beyond_wp = true;
	z.x[0].d = z.x[0].i = 1;		/* after reset 1 */
	v = check(&z);
	assert_int_equal(v.lost, 1);
	assert_int_equal(v.stale, 1);
	assert_int_equal(v.unacknowledged, 1);
	assert_int_equal(v.verified, 0);
}

static void test_verdict_add(void **state)
{
	struct zs_verdict a = { .lost = 1, .live_verified = 2 },
			  b = { .lost = 2, .live_verified = 3, .gone = 1 };

	zs_verdict_add(&a, &b);
	assert_int_equal(a.lost, 3);
	assert_int_equal(a.live_verified, 5);
	assert_int_equal(a.gone, 1);
	a.lost = 0;
	assert_false(zs_verdict_failed(&a, false));
	a.live_bad = 1;
	assert_true(zs_verdict_failed(&a, false));
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hist_small_values_exact),
		cmocka_unit_test(test_hist_precision),
		cmocka_unit_test(test_hist_merge_and_clamp),
		cmocka_unit_test(test_xxh64_vectors),
		cmocka_unit_test(test_record_roundtrip_and_damage),
		cmocka_unit_test(test_classify),
		cmocka_unit_test(test_check_all_there),
		cmocka_unit_test(test_check_lost_torn_misplaced_duplicated),
		cmocka_unit_test(test_check_overlap_order_outside),
		cmocka_unit_test(test_check_exactly_once),
		cmocka_unit_test(test_check_resets),
		cmocka_unit_test(test_check_beyond_wp),
		cmocka_unit_test(test_verdict_add),
	};

	return zap_unit_run(tests, argc, argv);
}
