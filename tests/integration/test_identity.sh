#!/bin/sh
# Client identities and exactly-once outcomes on raw sockets: strangers,
# wrong secrets, reused and old seqs, the window's edges, resets, and
# retries that reach zapd after a SIGKILL and restart.
. "$(dirname "$0")/lib.sh"

# ZAP_ID_DRIVE: drive t's spec (the qemu suite gives an nvme namespace),
# ZAP_ID_LBA: its LBA size, which drive u takes too (default 4096)
geo="zone_size=4M,zone_cap=4M,zones=8,max_open=8,max_active=8"
args="--drive ${ZAP_ID_DRIVE:-t:emu:$TEST_TMP/t,create=yes,$geo} --drive u:emu:$TEST_TMP/u,create=yes,$geo,lba_size=${ZAP_ID_LBA:-4096}"
# shellcheck disable=SC2086
zapd_start id $args
"$ZAP_BIN/identity" --addr "$ZAPD_ADDR" --drive t --drive2 u ||
	fail "identity cases failed"

# Outcomes survive SIGKILL: retries after the restart get the same LBAs.
"$ZAP_BIN/identity" --addr "$ZAPD_ADDR" --drive t --drive2 u \
	--save "$TEST_TMP/acked" || fail "appends before the kill failed"
zapd_stop KILL
state=$ZAPD_DIR
# shellcheck disable=SC2086
"$ZAP_BIN/zapd" --plaintext --listen "$ZAPD_ADDR" --state-dir "$state" $args \
	$ZAPD_REACTOR_ARGS \
	>>"$ZAPD_LOG" 2>&1 &
ZAPD_PID=$!
ZAPD_PIDS="$ZAPD_PIDS $ZAPD_PID"
for _ in $(seq 1 100); do
	"$ZAP_BIN/zap" -s "$ZAPD_ADDR" info >/dev/null 2>&1 && break
	sleep 0.1
done
"$ZAP_BIN/identity" --addr "$ZAPD_ADDR" --drive t --drive2 u \
	--check "$TEST_TMP/acked" || fail "retries after the restart"
grep -q "retry outcomes loaded drive=t kept=" "$ZAPD_LOG" ||
	fail "zapd did not say it loaded the outcomes"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
