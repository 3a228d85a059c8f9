#!/bin/sh
# The zap CLI against a real zapd: info, append, report, read, write,
# reset, in human and --json form, and its exit statuses.
. "$(dirname "$0")/lib.sh"

zapd_start cli --drive "d:emu:$TEST_TMP/d,create=yes,zone_size=1M,zone_cap=512K,zones=4,max_open=4,max_active=4"
zap() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" "$@"; }

zap info | grep -qx "d" || fail "info does not list drive d: $(zap info)"
zap --json info | grep -q '"name":"d"' || fail "info --json: $(zap --json info)"

head -c 8192 /dev/urandom > "$TEST_TMP/rec"
out=$(zap --json append d 1 "$TEST_TMP/rec") || fail "append failed: $out"
lba=$(echo "$out" | sed -n 's/.*"lba":\([0-9]*\).*/\1/p')
[ "$lba" = 256 ] || fail "first append to zone 1 landed at '$lba', want 256 (zone 1 start): $out"
out=$(zap --json append d 1 "$TEST_TMP/rec") || fail "append failed: $out"
lba2=$(echo "$out" | sed -n 's/.*"lba":\([0-9]*\).*/\1/p')
[ "$lba2" = 258 ] || fail "second append landed at '$lba2', want 258"

zap read d "$lba2" 8K -o "$TEST_TMP/back" || fail "read failed"
cmp -s "$TEST_TMP/rec" "$TEST_TMP/back" || fail "read back differs from the appended file"

zap report d | grep -E "wp: 0x0*104\b.*IMP_OPEN" >/dev/null ||
	fail "report does not show zone 1 wp 0x104 IMP_OPEN: $(zap report d)"
zap --json report d | grep -q '"state":"IMP_OPEN"' || fail "report --json"

# a write at the wrong offset: exit 1, status named
if out=$(zap write d 1 256 "$TEST_TMP/rec" 2>&1); then
	fail "write behind the wp succeeded"
fi
echo "$out" | grep -q ZONE_INVALID_WRITE || fail "wrong-offset write said: $out"
zap write d 1 260 "$TEST_TMP/rec" >/dev/null || fail "write at the wp failed"

zap reset d 1 || fail "reset failed"
zap report d | grep -E "start: 0x0*100\b.*EMPTY" >/dev/null ||
	fail "zone 1 not EMPTY after reset: $(zap report d)"
zap read d 256 8K -o "$TEST_TMP/zero" || fail "read after reset failed"
cmp -s "$TEST_TMP/zero" /dev/zero 2>/dev/null
[ "$(tr -d '\0' < "$TEST_TMP/zero" | wc -c)" = 0 ] || fail "reset zone still has data"

# fencing: a writer of an older epoch is refused, nothing of it lands
e1=$(zap fence d 2 | sed -n 's/^epoch \([0-9]*\)$/\1/p')
[ -n "$e1" ] || fail "fence printed no epoch"
zap append --epoch "$e1" d 2 "$TEST_TMP/rec" >/dev/null || fail "append with the epoch"
e2=$(zap fence d 2 | sed -n 's/^epoch \([0-9]*\)$/\1/p')
[ "$e2" = $((e1 + 1)) ] || fail "second fence gave epoch '$e2' after $e1"
if out=$(zap append --epoch "$e1" d 2 "$TEST_TMP/rec" 2>&1); then
	fail "an append of a fenced-off epoch succeeded"
fi
echo "$out" | grep -q STALE_EPOCH || fail "a stale epoch gave: $out"
zap append --epoch "$e2" d 2 "$TEST_TMP/rec" >/dev/null || fail "append with the new epoch"
zap report d | grep -E "start: 0x0*200, wp: 0x0*204," >/dev/null ||
	fail "zone 2 does not hold exactly the two accepted appends: $(zap report d)"

# errors: unknown drive (1), usage (2), no server (3)
zap append nope 0 "$TEST_TMP/rec" 2>/dev/null; [ $? = 1 ] || fail "unknown drive exit status"
zap bogus-command 2>/dev/null; [ $? = 2 ] || fail "usage error exit status"
"$ZAP_BIN/zap" -s 127.0.0.1:1 info 2>/dev/null; [ $? = 3 ] || fail "no server exit status"
zap --json append d 9 "$TEST_TMP/rec" | grep -q '"error":"NO_SUCH_ZONE"' || fail "json error"

zapd_stop || fail "zapd did not exit 0"
echo "cli roundtrip ok"
