#!/bin/sh
# zap-stress against a real zapd: a short mixed run (4 connections x 16 in
# flight of appends, ordered writes of both kinds and reads, with finishes
# and resets) passes verification, and every kind of request took part.
. "$(dirname "$0")/lib.sh"

spec="s:emu:$TEST_TMP/s,create=yes,zone_size=16M,zone_cap=12M,zones=16,max_open=16,max_active=16"
zapd_start s --drive "$spec"
out="$TEST_TMP/out.txt"
"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" -c 4 -q 16 -t 3 -s 4K-16K \
	-m append=4,write=2,write-at-wp=2,read=2 \
	--reset-rate 2 --finish-rate 1 >"$out" 2>&1
rc=$?
cat "$out"
[ "$rc" -eq 0 ] || fail "zap-stress exited $rc"
grep -q '^result: PASS$' "$out" || fail "no PASS verdict"
for op in append write write-at-wp read reset; do
	grep -Eq "^$op +[1-9][0-9]* " "$out" || fail "no successful $op"
done
verified=$(sed -n 's/^verify: .* verified \([0-9]*\),.*/\1/p' "$out")
[ "${verified:-0}" -gt 0 ] || fail "nothing verified at the end"
grep -Eq 'bad reads 0 \(of [1-9]' "$out" || fail "no read verified during the run"
grep -q 'unexpected errors' "$out" && fail "unexpected errors"
zapd_stop || fail "zapd did not stop cleanly"
exit 0
