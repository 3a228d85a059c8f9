#!/bin/sh
# A misbehaving raw client (garbage, truncated frames, a frame claiming
# 4 GiB, disconnects mid-frame, a flood it never reads, frames cut into
# pieces anywhere) next to a good libzap client that must keep working;
# zapd must survive all of it. Then, with small limits, a connection over
# the limit, an idle one and one whose data part stops coming are told why
# they are closed (a notice) instead of seeing a bare end of stream.
. "$(dirname "$0")/lib.sh"

geo="zone_size=4M,zone_cap=4M,zones=8,max_open=4,max_active=4"
zapd_start bad --max-in-flight 64 --drive "t:emu:$TEST_TMP/t,create=yes,$geo"
"$ZAP_BIN/badinput" --addr "$ZAPD_ADDR" --drive t garbage huge_frame \
	truncated_and_disconnect bad_protobuf_keeps_connection \
	flood_without_reading split_data_parts || fail "badinput failed"
kill -0 "$ZAPD_PID" || fail "zapd died"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"

zapd_start limits --max-connections 4 --idle-timeout 2 --frame-timeout 2 \
	--drive "t:emu:$TEST_TMP/t,$geo"
"$ZAP_BIN/badinput" --addr "$ZAPD_ADDR" --drive t connection_limit \
	idle_notice data_part_stalls || fail "badinput (limits) failed"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
