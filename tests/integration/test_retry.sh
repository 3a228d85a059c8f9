#!/bin/sh
# libzap's retries against zapd's test-only faults: replies dropped with
# their connection, and zapd killed before it replies and started again on
# the same port (retry.c); then the zap command, which retries by default,
# through a zapd that drops every reply.
. "$(dirname "$0")/lib.sh"

"$ZAP_BIN/retry" --zapd "$ZAP_BIN/zapd" || fail "retry cases failed"

zapd_start cli --fault-drop-reply 1 \
	--drive "c:emu:$TEST_TMP/c,create=yes,zone_size=1M,zone_cap=1M,zones=2"
zap() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" "$@"; }
head -c 8192 /dev/urandom > "$TEST_TMP/rec"
for i in 0 1 2; do
	got=$(zap append c 0 "$TEST_TMP/rec") || fail "zap append $i failed"
	[ "$got" = "lba $((2 * i))" ] ||
		fail "zap append $i printed \"$got\", want \"lba $((2 * i))\""
done
zap report c --count 1 | grep -q 'wp: 0x0*6,' ||
	fail "zone 0 does not hold 3 appends: $(zap report c --count 1)"
zap read c 4 8K -o "$TEST_TMP/back" || fail "zap read failed"
cmp -s "$TEST_TMP/rec" "$TEST_TMP/back" || fail "the third append reads back"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
