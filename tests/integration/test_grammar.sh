#!/bin/sh
# One grammar for every binary (proto/textparse.c): zapd, zap and
# zap-stress take the same sizes ("64K", powers of 1024) and the same
# HOST:PORT addresses, down to the bracketed "[127.0.0.1]:PORT" only the
# shared splitter allows, and refuse the same malformed ones, saying what
# they want.
. "$(dirname "$0")/lib.sh"

spec="g:emu:$TEST_TMP/g,create=yes,zone_size=1M,zone_cap=512K,zones=4,max_open=4,max_active=4"
zapd_start g --drive "$spec" --max-data 64K
port=${ZAPD_ADDR##*:}
bracketed="[127.0.0.1]:$port"

# expect_refusal NAME STATUS PATTERN COMMAND...: exits STATUS, says PATTERN
expect_refusal() {
	name=$1 want=$2 pattern=$3
	shift 3
	out=$("$@" 2>&1)
	rc=$?
	[ "$rc" = "$want" ] || fail "$name: exit $rc, want $want: $out"
	echo "$out" | grep -q -- "$pattern" ||
		fail "$name: no \"$pattern\" in: $out"
}

# zapd: its config took 64K (HELLO announces it); --check-config takes
# the bracketed address and refuses a size or an address out of grammar
"$ZAP_BIN/zap" -s "$bracketed" --json info >"$TEST_TMP/info" 2>&1 ||
	fail "zap -s $bracketed: $(cat "$TEST_TMP/info")"
grep -q '"max_data":65536' "$TEST_TMP/info" ||
	fail "max_data 64K not announced as 65536: $(cat "$TEST_TMP/info")"
check() {
	"$ZAP_BIN/zapd" --plaintext --state-dir "$TEST_TMP/check" \
		--drive "c:emu:$TEST_TMP/check/c,create=yes,zones=4" \
		--check-config "$@"
}
mkdir -p "$TEST_TMP/check"
check --listen "[127.0.0.1]:0" >"$TEST_TMP/out" 2>&1 ||
	fail "zapd refused --listen [127.0.0.1]:0: $(cat "$TEST_TMP/out")"
expect_refusal "zapd --listen without port" 1 "want HOST:PORT" \
	check --listen 127.0.0.1
expect_refusal "zapd --max-data 16777216T" 1 "want a size" \
	check --max-data 16777216T

# zap: LEN is a size; a port out of range is not an address
head -c 4096 /dev/urandom >"$TEST_TMP/rec"
"$ZAP_BIN/zap" -s "$bracketed" append g 0 "$TEST_TMP/rec" >/dev/null ||
	fail "zap append failed"
"$ZAP_BIN/zap" -s "$ZAPD_ADDR" read g 0 4K -o "$TEST_TMP/back" ||
	fail "zap read LEN 4K failed"
cmp -s "$TEST_TMP/rec" "$TEST_TMP/back" || fail "read back differs"
expect_refusal "zap read LEN 4Q" 2 'bad LEN "4Q"' \
	"$ZAP_BIN/zap" -s "$ZAPD_ADDR" read g 0 4Q -o "$TEST_TMP/x"
expect_refusal "zap read LEN overflowing" 2 "bad LEN" \
	"$ZAP_BIN/zap" -s "$ZAPD_ADDR" read g 0 18014398509481984K \
	-o "$TEST_TMP/x"
expect_refusal "zap -s port 65536" 3 "invalid address" \
	"$ZAP_BIN/zap" -s "127.0.0.1:65536" info

# zap-stress: --size is a size, or a range of two
"$ZAP_BIN/zap-stress" -a "$bracketed" -c 1 -q 2 -n 20 -s 4K-8K \
	--reset-first >"$TEST_TMP/out" 2>&1 ||
	fail "zap-stress -a $bracketed -s 4K-8K: $(cat "$TEST_TMP/out")"
grep -q '^result: PASS$' "$TEST_TMP/out" ||
	fail "zap-stress did not pass: $(cat "$TEST_TMP/out")"
expect_refusal "zap-stress --size 16777216T" 2 "want SIZE or MIN-MAX" \
	"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" -s 16777216T
expect_refusal "zap-stress --size 8K-4K" 2 "want SIZE or MIN-MAX" \
	"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" -s 8K-4K
# 2^54 K + 1 K wraps around to 1K where the size is not checked for
# overflow
expect_refusal "zap-stress --size 18014398509481985K" 2 \
	"want SIZE or MIN-MAX" "$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" -n 1 \
	-s 18014398509481985K
zapd_stop || fail "zapd did not stop cleanly"
exit 0
