#!/bin/sh
# Zone states, write pointers and acknowledged data survive a clean stop
# and a SIGKILL of zapd.
. "$(dirname "$0")/lib.sh"

spec="p:emu:$TEST_TMP/p,create=yes,zone_size=1M,zone_cap=768K,zones=8,max_open=4,max_active=6"
zap() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" "$@"; }

zapd_start p1 --drive "$spec"
head -c 16384 /dev/urandom > "$TEST_TMP/a"
head -c 4096 /dev/urandom > "$TEST_TMP/b"
lba_a=$(zap --json append p 2 "$TEST_TMP/a" | sed -n 's/.*"lba":\([0-9]*\).*/\1/p')
[ -n "$lba_a" ] || fail "append failed"
zap write p 3 768 "$TEST_TMP/b" >/dev/null || fail "write failed"
zap open p 4 || fail "open failed"
zap finish p 5 || fail "finish failed"
zap close p 3 || fail "close failed"
zap report p > "$TEST_TMP/report.before" || fail "report failed"
zapd_stop || fail "zapd did not exit 0"

check_after_restart() {
	zap report p > "$TEST_TMP/report.after" || fail "report after restart"
	# NVMe shutdown: open zones with data close; an empty open zone empties
	sed 's/EXP_OPEN\|IMP_OPEN/CLOSED/' "$TEST_TMP/report.before" |
		sed '/start: 0x0*400,/s/CLOSED/EMPTY/' > "$TEST_TMP/expect"
	diff "$TEST_TMP/expect" "$TEST_TMP/report.after" >&2 ||
		fail "zones differ after $1 (expected vs got above)"
	zap read p "$lba_a" 16K -o "$TEST_TMP/a.back" || fail "read a"
	cmp -s "$TEST_TMP/a" "$TEST_TMP/a.back" || fail "data a lost after $1"
	zap read p 768 4K -o "$TEST_TMP/b.back" || fail "read b"
	cmp -s "$TEST_TMP/b" "$TEST_TMP/b.back" || fail "data b lost after $1"
}

zapd_start p2 --drive "$spec"
check_after_restart "a clean stop"

# Acknowledged appends survive SIGKILL.
for i in 1 2 3 4 5 6 7 8; do
	zap --json append p 6 "$TEST_TMP/b" | sed -n 's/.*"lba":\([0-9]*\).*/\1/p' >> "$TEST_TMP/lbas"
done
[ "$(wc -l < "$TEST_TMP/lbas")" = 8 ] || fail "appends failed"
zap report p > "$TEST_TMP/report.before"
zapd_stop KILL
zapd_start p3 --drive "$spec"
while read -r lba; do
	zap read p "$lba" 4K -o "$TEST_TMP/b.back" || fail "read at $lba"
	cmp -s "$TEST_TMP/b" "$TEST_TMP/b.back" || fail "append at $lba lost after SIGKILL"
done < "$TEST_TMP/lbas"
zap report p | grep -E "start: 0x0*600,.*wp: 0x0*608," >/dev/null ||
	fail "zone 6 wp not 0x608 after SIGKILL: $(zap report p)"
zapd_stop || fail "zapd did not exit 0"
echo "persistence ok"
