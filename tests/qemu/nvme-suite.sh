#!/bin/sh
# Tests of zapd's nvme backend, run inside the qemu guest (guest-run) where
# /dev/ng0n1 is QEMU's emulated ZNS namespace and lo is up. One case per
# call, each with its own zapd(s) on 127.0.0.1 (tests/integration/lib.sh):
#
#   nvme-suite.sh itest        the integration suite, unchanged, on nvme
#   nvme-suite.sh backend_diff [SEED..]  emu backend vs the controller,
#                              raw commands, no zapd
#   nvme-suite.sh diff [SEED..] emu drive vs the controller, step by step
#                              (default seed 1; the 4k and small namespaces
#                              run seeds 4 and 5)
#   nvme-suite.sh crash        SIGKILL zapd during appends, start it again
#   nvme-suite.sh report       `zap report` shows the controller's zones
#   nvme-suite.sh refuse       zapd refuses a namespace it cannot own
#   nvme-suite.sh identity     identities and retry outcomes on nvme, also
#                              across SIGKILL (tests/integration)
#
# Needs ZAP_BIN (the build's bin/ directory).
. "$(dirname "$0")/../integration/lib.sh"

NG=${ZAP_NG:-/dev/ng0n1}
NVME="zns:nvme:$NG"

case_identity() {
	lba=$(cat "/sys/block/$(basename "$NG" | sed 's/^ng/nvme/')/queue/logical_block_size" 2>/dev/null || echo 512)
	ZAP_ID_DRIVE="t:nvme:$NG" ZAP_ID_LBA=$lba \
		sh "$(dirname "$0")/../integration/test_identity.sh" ||
		fail "identity cases on nvme"
}

case_itest() {
	zapd_start itest --drive "$NVME"
	"$ZAP_BIN/itest" --addr "$ZAPD_ADDR" --drive zns || fail "itest failed"
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
}

case_backend_diff() {
	[ $# -gt 0 ] || set -- 1 2 3
	for seed in "$@"; do
		"$ZAP_BIN/backend_diff" -s "$seed" "$NG" "$TEST_TMP/emu$seed" ||
			fail "the emu backend and the controller diverge (seed $seed)"
	done
}

# An emu drive with the controller's geometry, as zapd sees it.
case_diff() {
	zapd_start probe --drive "$NVME"
	geometry=$("$ZAP_BIN/zns_diff" -g "$ZAPD_ADDR" zns) ||
		fail "cannot read the controller's geometry"
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
	echo "emu geometry: $geometry"
	zapd_start diff --drive "$NVME" \
		--drive "emu:emu:$TEST_TMP/emu,create=yes,$geometry"
	[ $# -gt 0 ] || set -- 1
	for seed in "$@"; do
		"$ZAP_BIN/zns_diff" -s "$seed" -n 1500 "$ZAPD_ADDR" emu zns ||
			fail "emu and nvme diverge (seed $seed)"
	done
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
}

case_crash() {
	log=$TEST_TMP/acked
	zapd_start crash1 --drive "$NVME"
	"$ZAP_BIN/crash_check" append "$ZAPD_ADDR" zns "$log" &
	appender=$!
	# Kill once appends are flowing, well before the zones fill up.
	for _ in $(seq 1 300); do
		[ -f "$log" ] && [ "$(wc -l <"$log")" -ge 2000 ] && break
		sleep 0.02
	done
	zapd_stop KILL
	wait "$appender" || fail "the appender did not see zapd die"
	zapd_start crash2 --drive "$NVME"
	"$ZAP_BIN/crash_check" verify "$ZAPD_ADDR" zns "$log" "$NG" ||
		fail "zapd did not come back with the controller's zones"
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
}

# `zap report` lines against `nvme zns report-zones` lines, zone by zone:
# start, capacity, state and (unless full) write pointer.
case_report() {
	zapd_start report --drive "$NVME"
	zap="$ZAP_BIN/zap -s $ZAPD_ADDR"
	head -c 8192 /dev/urandom >"$TEST_TMP/data"
	$zap append zns 0 "$TEST_TMP/data" >/dev/null || fail "zap append failed"
	$zap open zns 2 >/dev/null || fail "zap open failed"
	$zap finish zns 3 >/dev/null || fail "zap finish failed"
	$zap report zns >"$TEST_TMP/zap" || fail "zap report failed"
	cat "$TEST_TMP/zap"
	nvme zns report-zones "$NG" >"$TEST_TMP/nvme" ||
		fail "nvme zns report-zones failed"
	# "    0  start: 0x000000000, wp: 0x000000008, cap: 0x000006000, state: IMP_OPEN"
	# "SLBA: 0x0  WP: 0x8  Cap: 0x6000  State: 0x20 Type: 0x2 ..."
	grep '^SLBA' "$TEST_TMP/nvme" | paste - "$TEST_TMP/zap" |
	while read -r _ slba _ wp _ cap _ zs _ _ _ _ _ _ _ _ zstart _ zwp _ zcap _ zstate; do
		case $zstate in
		EMPTY) n=1 ;; IMP_OPEN) n=2 ;; EXP_OPEN) n=3 ;; CLOSED) n=4 ;;
		READ_ONLY) n=13 ;; FULL) n=14 ;; OFFLINE) n=15 ;; *) n=0 ;;
		esac
		zwp=${zwp%,} zstart=${zstart%,} zcap=${zcap%,}
		[ $((slba)) -eq $((zstart)) ] && [ $((cap)) -eq $((zcap)) ] &&
			[ $((zs >> 4)) -eq $n ] &&
			{ [ $n -eq 14 ] || [ $((wp)) -eq $((zwp)) ]; } ||
			fail "zap and nvme-cli differ: $slba $wp $cap $zs / $zstart $zwp $zcap $zstate"
	done || exit 1
	[ "$(grep -c '^SLBA' "$TEST_TMP/nvme")" -eq "$(wc -l <"$TEST_TMP/zap")" ] ||
		fail "zap and nvme-cli report a different number of zones"
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
}

# zapd --check-config with the given drive must fail, saying $1.
refused() {
	why=$1
	shift
	out=$("$ZAP_BIN/zapd" --plaintext --check-config --state-dir "$TEST_TMP" \
		--drive "$@" 2>&1) && fail "zapd took $*"
	echo "$out" | grep -q "$why" || fail "zapd refused $* but not with '$why': $out"
	echo "refused $*: $why"
}

case_refuse() {
	refused "unknown option" "$NVME,colour=blue"
	refused "not an NVMe generic device" "zns:nvme:/dev/null"
	refused "not a char device" "zns:nvme:/dev/nvme0n1"
	zapd_start refuse --drive "$NVME"
	refused "in use by another zapd" "$NVME"
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
	# dm-linear holds the block device: the kernel sees a user of it.
	modprobe dm-mod || fail "no device mapper in the guest"
	dmsetup create --noudevsync zapd-test --table \
		"0 $(blockdev --getsz /dev/nvme0n1) linear /dev/nvme0n1 0" ||
		fail "dmsetup create failed"
	refused "held by another driver" "$NVME"
	dmsetup remove --noudevsync zapd-test || fail "dmsetup remove failed"
	"$ZAP_BIN/zapd" --plaintext --check-config --state-dir "$TEST_TMP" \
		--drive "$NVME" ||
		fail "zapd refused the namespace once it was free again"
}

[ $# -ge 1 ] || { echo "usage: $0 itest|backend_diff [SEED...]|diff [SEED...]|crash|report|refuse|identity" >&2; exit 2; }
what=$1
shift
case $what in
itest|backend_diff|diff|crash|report|refuse|identity) "case_$what" "$@" ;;
*) echo "unknown case: $what" >&2; exit 2 ;;
esac
echo "PASS $what"
