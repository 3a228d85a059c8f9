#!/bin/sh
# zap-stress --kill-every: under a mixed load with dropped connections,
# the zapd that zap-stress runs is SIGKILLed and restarted every second;
# connections reconnect and go on, and at the end every record that zapd
# acknowledged before any of the crashes verifies: zero lost.
. "$(dirname "$0")/lib.sh"

dir="$TEST_TMP/k"
mkdir -p "$dir"
ZAPD_LOG="$dir/zapd.log"
out="$TEST_TMP/out.txt"
"$ZAP_BIN/zap-stress" --zapd "$ZAP_BIN/zapd $ZAPD_REACTOR_ARGS --state-dir $dir --drive k:emu:$dir/d,create=yes,zone_size=16M,zone_cap=12M,zones=16,max_open=16,max_active=16" \
	--zapd-log "$ZAPD_LOG" --kill-every 1 --drop-connections=0.5 \
	-c 4 -q 16 -t 5 -s 4K-16K --reset-rate 1 >"$out" 2>&1
rc=$?
cat "$out"
[ "$rc" -eq 0 ] || fail "zap-stress exited $rc"
grep -q '^result: PASS$' "$out" || fail "no PASS verdict"
kills=$(sed -n 's/^faults: \([0-9]*\) zapd kills.*/\1/p' "$out")
[ "${kills:-0}" -ge 3 ] || fail "zapd was killed ${kills:-0} times, want 3 or more"
grep -q ' lost 0,' "$out" || fail "acknowledged records lost"
verified=$(sed -n 's/^verify: .* verified \([0-9]*\),.*/\1/p' "$out")
[ "${verified:-0}" -gt 0 ] || fail "nothing verified at the end"
exit 0
