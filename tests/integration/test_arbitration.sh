#!/bin/sh
# Appenders and ordered writers share one zone, then a reset under load
# (arbitration.c), on a real zapd with an emulated drive whose zones hold
# a whole round of load. ARBITRATION_ARGS adds arguments, for example
# "--seconds 60" for a longer run.
. "$(dirname "$0")/lib.sh"

zapd_start arb --drive "a:emu:$TEST_TMP/a,create=yes,zone_size=256M,zone_cap=256M,zones=2,max_open=2,max_active=2,max_append=64K"
# shellcheck disable=SC2086
"$ZAP_BIN/arbitration" --addr "$ZAPD_ADDR" --drive a ${ARBITRATION_ARGS:-} ||
	fail "arbitration failed"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
