#!/bin/sh
# The mem backend: a zoned drive in zapd's memory. It serves zap-stress's
# verified appends, reads and resets; it refuses durability=sync and a
# size beyond the machine's available memory, before allocating, with a
# log line that says why.
. "$(dirname "$0")/lib.sh"

zapd_start mem --drive "m:mem:-,zone_size=1M,zones=16,max_open=16,max_active=16,durability=none"
"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" -d m -t 1 -q 8 >"$TEST_TMP/stress" 2>&1 ||
	{ cat "$TEST_TMP/stress" >&2; fail "zap-stress against a mem drive"; }
zapd_stop || fail "zapd did not exit 0"

# refused: checked at open, so --check-config sees it
refused() {
	log="$TEST_TMP/refused.log"
	"$ZAP_BIN/zapd" --plaintext --check-config --state-dir "$TEST_TMP" \
		--drive "$1" >"$log" 2>&1 && fail "zapd accepted $1"
	grep -q "$2" "$log" || { cat "$log" >&2; fail "no \"$2\" for $1"; }
}
refused "m:mem:-,zone_size=1M,zones=4" "drive cannot be durable name=m backend=mem"
# 64 TiB: inside the geometry's limits, beyond any memory here
refused "m:mem:-,zone_size=16G,zones=4096,durability=none" \
	"drive too large for memory name=m backend=mem"
echo "mem ok"
