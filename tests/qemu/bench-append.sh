#!/bin/sh
# Benchmark, not a test: 4 KiB Zone Append at 32 in flight inside the qemu
# guest, local io_uring passthrough on /dev/ng0n1 (passthru_bench: the
# limit) against zapd's nvme backend over the guest's loopback
# (zap-stress, one connection), with and without FUA / durability, in
# alternating rounds because the machine's load drifts.
#
#   ZAP_BIN=build/bin tests/qemu/guest-run -- sh tests/qemu/bench-append.sh [ROUNDS] [SECONDS]
. "$(dirname "$0")/../integration/lib.sh"

NG=${ZAP_NG:-/dev/ng0n1}
rounds=${1:-3}
secs=${2:-5}

passthru() {
	"$ZAP_BIN/passthru_bench" -q 32 -s 4096 -t "$secs" "$@" "$NG" |
		sed 's/.*appends_per_s=\([0-9]*\).*/\1/'
}

zapd_rate() {
	zapd_start "bench$1" --drive "zns:nvme:$NG,durability=$1"
	"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" -d zns -c 1 -q 32 -m append \
		-s 4K -t "$secs" --no-verify --reset-first --reset-rate 0 \
		--finish-rate 0 --json - 2>/dev/null |
		sed -n 's/.*"append": {.*"ops_per_s": *\([0-9]*\).*/\1/p'
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
}

echo "round passthru passthru_fua zapd_none zapd_sync none/passthru sync/passthru_fua"
for r in $(seq 1 "$rounds"); do
	p=$(passthru)
	pf=$(passthru -f)
	zn=$(zapd_rate none)
	zs=$(zapd_rate sync)
	echo "$r $p $pf $zn $zs $(awk "BEGIN { printf \"%.2f %.2f\", $zn / $p, $zs / $pf }")"
done
