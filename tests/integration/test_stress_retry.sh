#!/bin/sh
# zap-stress with libzap's retries: zapd is SIGKILLed and started again
# every second, connections are dropped, and zapd drops one reply in 50
# with its connection. Every request must complete exactly once: nothing
# lost, nothing twice, no record on the drive whose reply never came. Then
# the same faults with --no-retry, where such records are allowed.
. "$(dirname "$0")/lib.sh"

dir="$TEST_TMP/r"
mkdir -p "$dir"
ZAPD_LOG="$dir/zapd.log"
out="$TEST_TMP/out.txt"
geo=create=yes,zone_size=16M,zone_cap=12M,zones=16,max_open=16,max_active=16
zapd="$ZAP_BIN/zapd $ZAPD_REACTOR_ARGS --state-dir $dir --drive r:emu:$dir/d,$geo"
"$ZAP_BIN/zap-stress" --zapd "$zapd --fault-drop-reply 50" \
	--zapd-log "$ZAPD_LOG" --kill-every 1 --drop-connections=0.5 \
	-c 4 -q 16 -t 5 -s 4K-16K --reset-rate 1 >"$out" 2>&1
rc=$?
cat "$out"
[ "$rc" -eq 0 ] || fail "zap-stress exited $rc"
grep -q '^result: PASS$' "$out" || fail "no PASS verdict"
for what in lost duplicated unacknowledged; do
	grep -Eq " $what 0(,|\$)" "$out" || fail "$what is not 0"
done
grep -q ' 0 requests without reply,' "$out" ||
	fail "requests went without reply"
kills=$(sed -n 's/^faults: \([0-9]*\) zapd kills.*/\1/p' "$out")
[ "${kills:-0}" -ge 3 ] || fail "zapd was killed ${kills:-0} times, want 3"
resent=$(sed -n 's/^retries: \([0-9]*\) requests sent again.*/\1/p' "$out")
[ "${resent:-0}" -gt 0 ] || fail "libzap sent nothing again"
verified=$(sed -n 's/^verify: .* verified \([0-9]*\),.*/\1/p' "$out")
[ "${verified:-0}" -gt 0 ] || fail "nothing verified at the end"

rm -rf "$dir"
mkdir -p "$dir"
"$ZAP_BIN/zap-stress" --zapd "$zapd" --zapd-log "$ZAPD_LOG" --no-retry \
	--kill-every 1 --drop-connections=0.5 -c 4 -q 16 -t 3 -s 4K-16K \
	>"$out" 2>&1
rc=$?
cat "$out"
[ "$rc" -eq 0 ] || fail "zap-stress --no-retry exited $rc"
grep -q '^result: PASS$' "$out" || fail "no PASS verdict with --no-retry"
grep -q 'allowed: .* unacknowledged [0-9]*$' "$out" ||
	fail "unacknowledged records are not allowed with --no-retry"
exit 0
