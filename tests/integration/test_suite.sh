#!/bin/sh
# The integration suite (itest) against an emulated drive with a geometry
# like the QEMU controller's: 16 MiB zones of 12 MiB capacity, 8 open, 12
# active, on a real zapd.
. "$(dirname "$0")/lib.sh"

zapd_start suite --drive "t:emu:$TEST_TMP/t,create=yes,zone_size=16M,zone_cap=12M,zones=32,max_open=8,max_active=12,max_append=512K"
"$ZAP_BIN/itest" --addr "$ZAPD_ADDR" --drive t || fail "itest failed"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
