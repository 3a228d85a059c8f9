#!/bin/sh
# A misbehaving raw client (garbage, truncated frames, a frame claiming
# 4 GiB, disconnects mid-frame, a flood it never reads) next to a good
# libzap client that must keep working; zapd must survive all of it.
. "$(dirname "$0")/lib.sh"

zapd_start bad --max-in-flight 64 --drive "t:emu:$TEST_TMP/t,create=yes,zone_size=4M,zone_cap=4M,zones=8,max_open=4,max_active=4"
"$ZAP_BIN/badinput" --addr "$ZAPD_ADDR" --drive t || fail "badinput failed"
kill -0 "$ZAPD_PID" || fail "zapd died"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
