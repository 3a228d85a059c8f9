#!/bin/sh
# zapd's NVMe/TCP front end against the Linux kernel's nvme-tcp initiator,
# inside the qemu guest (guest-run), where zapd and the initiator both run
# on 127.0.0.1. One zapd serves an emu drive (1 MiB zones, a power of two;
# 4 KiB LBAs; 2 open, 3 active); the kernel connects to it with nvme-cli:
#
#  - the namespace is a host-managed zoned block device;
#  - blkzone report, nvme zns report-zones and zap report agree;
#  - nvme zns zone-append lands where zap report then says;
#  - the kernel (nvme zns zone-append) and a libzap client (zap append)
#    append to the same zone at the same time: distinct LBAs, and every
#    record reads back (through the block device and through zap);
#  - an append to a full zone, a write off the write pointer and too many
#    open zones reach the host with their NVMe status codes (dmesg, and
#    nvme-cli's status names), and the namespace stays writable;
#  - a host not in nvmf_allowed_hosts is refused;
#  - nvme discover lists the subsystem (TCP, IPv4, 127.0.0.1:4420) to an
#    allowed host and nothing to another; nvme connect-all connects;
#  - disconnect, and zapd stops cleanly.
#
# Needs ZAP_BIN (the build's bin/ directory). Prints "N passed, N failed".
. "$(dirname "$0")/../integration/lib.sh"

. "$(dirname "$0")/nvmf-lib.sh"

ZONE_LBAS=256		# 1 MiB zones of 4 KiB LBAs
RECORDS=${NVMF_RECORDS:-24}	# each side of the concurrent appends
passed=0
failed=0
ok() { echo "ok   - $*"; passed=$((passed + 1)); }
bad() { echo "FAIL - $*"; failed=$((failed + 1)); }
check() { what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
finish() {
	nvme disconnect -n "$NQN" >/dev/null 2>&1
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

modprobe nvme-tcp || { bad "no nvme-tcp module in the guest"; finish; }
nvmf_no_thp
zapd_start nvmf --drive "z:emu:$TEST_TMP/z,create=yes,zone_size=1M,zones=16,max_open=2,max_active=3" \
	--nvmf-listen 127.0.0.1:4420 --nvmf-subsys-nqn "$NQN" \
	--nvmf-allowed-hosts "$HOSTNQN"
zap="$ZAP_BIN/zap -s $ZAPD_ADDR"

# A host that is not allowed: the connect fails, zapd says why.
out=$(nvmf_connect nqn.2014-08.org.nvmexpress:uuid:5a9d0000-0000-4000-8000-00000000dead \
	5a9d0000-0000-4000-8000-00000000dead) && bad "a host not allowed connected"
check "a host not in nvmf_allowed_hosts is refused ($out)" \
	grep -q "not in nvmf_allowed_hosts" "$ZAPD_LOG"

# nvme discover: zapd's discovery controller, as the kernel and nvme-cli
# read it (Connect to the discovery NQN, Identify, log page 70h).
discover() {	# discover HOSTNQN HOSTID
	nvme discover -t tcp -a 127.0.0.1 -s 4420 --hostnqn "$1" --hostid "$2" 2>&1
}
out=$(discover "$HOSTNQN" "$HOSTID")
echo "$out"
has() { echo "$out" | grep -q "$1"; }
check "nvme discover: one record" has "Number of Records 1,"
check "nvme discover: trtype tcp" has "^trtype: *tcp$"
check "nvme discover: adrfam ipv4" has "^adrfam: *ipv4$"
check "nvme discover: subtype nvme subsystem" has "^subtype: *nvme subsystem$"
check "nvme discover: subnqn $NQN" has "^subnqn: *$NQN$"
check "nvme discover: traddr 127.0.0.1" has "^traddr: *127.0.0.1$"
check "nvme discover: trsvcid 4420" has "^trsvcid: *4420$"
check "zapd made a discovery controller" \
	grep -q "controller created .*type=discovery" "$ZAPD_LOG"
out=$(discover nqn.2014-08.org.nvmexpress:uuid:5a9d0000-0000-4000-8000-00000000dead \
	5a9d0000-0000-4000-8000-00000000dead)
echo "$out"
check "a host not allowed discovers no subsystem" has "Number of Records 0,"

out=$(nvmf_connect "$HOSTNQN" "$HOSTID" --reconnect-delay=1 --ctrl-loss-tmo=60) ||
	{ bad "nvme connect: $out"; finish; }
ok "nvme connect"
dev=$(nvmf_device) || { bad "no block device for $NQN"; finish; }
blk=$(basename "$dev")
check "$dev is a host-managed zoned block device" \
	test "$(cat /sys/block/$blk/queue/zoned)" = host-managed
check "$dev has 1 MiB zones" \
	test "$(cat /sys/block/$blk/queue/chunk_sectors)" -eq 2048

record() {	# record FILE TAG: 4 KiB naming TAG
	{ printf '%-64s' "$2"; head -c 4032 /dev/zero | tr '\0' '.'; } >"$1"
}

# One append through the kernel, to zone 0: at its start.
record "$TEST_TMP/one" kernel-first
out=$(nvme zns zone-append "$dev" -s 0 -z 4096 -d "$TEST_TMP/one" 2>&1)
lba=$(echo "$out" | sed -n 's/.*appended data to LBA //p')
check "nvme zns zone-append to zone 0 lands at LBA 0 ($out)" \
	test -n "$lba" -a "$((0x$lba))" -eq 0
check "zap report shows zone 0's write pointer moved to 1" \
	sh -c "$zap report z --zone 0 --count 1 | grep -q 'wp: 0x0*1,'"

# The kernel and zap append to zone 1 at the same time.
z1=$ZONE_LBAS
kernel_appends() {
	for i in $(seq 1 "$RECORDS"); do
		f=$TEST_TMP/k$i
		record "$f" "kernel-$i"
		nvme zns zone-append "$dev" -s $z1 -z 4096 -d "$f" |
			sed -n "s/.*appended data to LBA /$i /p"
	done >"$TEST_TMP/klbas"
}
zap_appends() {
	for i in $(seq 1 "$RECORDS"); do
		f=$TEST_TMP/z$i
		record "$f" "zap-$i"
		echo "$i $($zap append z 1 "$f")"
	done >"$TEST_TMP/zlbas"
}
kernel_appends &
kpid=$!
zap_appends
wait $kpid
check "every kernel append got an LBA" \
	test "$(grep -c . "$TEST_TMP/klbas")" -eq "$RECORDS"
check "every zap append got an LBA" \
	test "$(grep -c . "$TEST_TMP/zlbas")" -eq "$RECORDS"
{
	while read -r i hex; do echo $((0x$hex)); done <"$TEST_TMP/klbas"
	while read -r i _ lba; do echo $((lba)); done <"$TEST_TMP/zlbas"
} | sort -n >"$TEST_TMP/all"
check "the $((2 * RECORDS)) appends got distinct LBAs" \
	test "$(uniq "$TEST_TMP/all" | wc -l)" -eq $((2 * RECORDS))
check "they fill zone 1 from its start without a hole" \
	test "$(head -n 1 "$TEST_TMP/all")" -eq $z1 -a \
	"$(tail -n 1 "$TEST_TMP/all")" -eq $((z1 + 2 * RECORDS - 1))
# Both sides ran at once (else the test would show nothing): their LBA
# ranges overlap.
while read -r i hex; do echo $((0x$hex)); done <"$TEST_TMP/klbas" |
	sort -n >"$TEST_TMP/k.sorted"
while read -r i _ lba; do echo "$lba"; done <"$TEST_TMP/zlbas" |
	sort -n >"$TEST_TMP/z.sorted"
check "kernel and zap appends interleaved" test \
	"$(head -n 1 "$TEST_TMP/k.sorted")" -lt "$(tail -n 1 "$TEST_TMP/z.sorted")" -a \
	"$(head -n 1 "$TEST_TMP/z.sorted")" -lt "$(tail -n 1 "$TEST_TMP/k.sorted")"

readback() {	# readback TAG LBA FILE: through the block device and zap
	dd if="$dev" of="$TEST_TMP/back" bs=4096 skip="$2" count=1 \
		iflag=direct 2>/dev/null && cmp -s "$TEST_TMP/back" "$3" &&
		$zap read z "$2" 4096 -o "$TEST_TMP/back2" >/dev/null &&
		cmp -s "$TEST_TMP/back2" "$3" || { echo "record $1 at $2 differs"; return 1; }
}
readall() {
	while read -r i hex; do
		readback "kernel-$i" $((0x$hex)) "$TEST_TMP/k$i" || return 1
	done <"$TEST_TMP/klbas"
	while read -r i _ lba; do
		readback "zap-$i" "$lba" "$TEST_TMP/z$i" || return 1
	done <"$TEST_TMP/zlbas"
}
check "every record of both reads back, by the kernel and by zap" readall

# Different states in different zones, then the three reports.
nvme zns finish-zone "$dev" -s $((5 * ZONE_LBAS)) >/dev/null
$zap open z 7 >/dev/null
# zone start_lba wp_lba cap_lba state, in 4 KiB LBAs; a full zone's wp "-"
line() { [ "$4" -eq 14 ] && w=- || w=$(($2)); echo "$(($1)) $w $(($3)) $4"; }
blkzone report "$dev" | sed -n 's/.*start: \(0x[0-9a-f]*\), len 0x[0-9a-f]*, cap \(0x[0-9a-f]*\), wptr \(0x[0-9a-f]*\).*zcond: *\([0-9]*\).*/\1 \2 \3 \4/p' |
while read -r s c w st; do line "$s / 8" "($s + $w) / 8" "$c / 8" "$st"; done \
	>"$TEST_TMP/r.blkzone"
nvme zns report-zones "$dev" | sed -n 's/^SLBA: *\([0-9a-fx]*\) *WP: *\([0-9a-fx]*\) *Cap: *\([0-9a-fx]*\) *State: *\([0-9a-fx]*\).*/\1 \2 \3 \4/p' |
while read -r s w c st; do line "$s" "$w" "$c" $((st >> 4)); done \
	>"$TEST_TMP/r.nvme"
$zap report z | sed 's/,//g' | while read -r _ _ s _ w _ c _ name; do
	case $name in
	EMPTY) st=1 ;; IMP_OPEN) st=2 ;; EXP_OPEN) st=3 ;; CLOSED) st=4 ;;
	READ_ONLY) st=13 ;; FULL) st=14 ;; OFFLINE) st=15 ;; *) st=0 ;;
	esac
	line "$s" "$w" "$c" "$st"
done >"$TEST_TMP/r.zap"
head -n 8 "$TEST_TMP/r.zap"
check "blkzone report agrees with zap report" \
	diff "$TEST_TMP/r.blkzone" "$TEST_TMP/r.zap"
check "nvme zns report-zones agrees with zap report" \
	diff "$TEST_TMP/r.nvme" "$TEST_TMP/r.zap"
check "the reports show 16 zones in 4 or more states" \
	test "$(wc -l <"$TEST_TMP/r.zap")" -eq 16 -a \
	"$(cut -d" " -f4 "$TEST_TMP/r.zap" | sort -u | wc -l)" -ge 4

# Zone statuses reach the host. nvme-cli names them; the kernel logs
# the block layer's failures with SCT/SC (Debian's kernel has no
# CONFIG_NVME_VERBOSE_ERRORS, so no names there) and DNR.
status_of() { "$@" 2>&1 | tr 'A-Z' 'a-z'; }
out=$(status_of nvme zns zone-append "$dev" -s $((5 * ZONE_LBAS)) -z 4096 -d "$TEST_TMP/one")
check "an append to a full zone: Zone Is Full ($out)" \
	sh -c "echo '$out' | grep -q 'zone.*full'"
record "$TEST_TMP/w" write
dd if="$TEST_TMP/w" of="$dev" bs=4096 seek=$((5 * ZONE_LBAS)) count=1 \
	oflag=direct 2>/dev/null && bad "a write to a full zone succeeded"
dd if="$TEST_TMP/w" of="$dev" bs=4096 seek=$((6 * ZONE_LBAS + 8)) count=1 \
	oflag=direct 2>/dev/null && bad "a write off the write pointer succeeded"
# Zones 0 and 1 full, so that only open zones are active; 7 (opened
# above) and 8 take both open slots explicitly (no auto-close).
nvme zns finish-zone "$dev" -s 0 >/dev/null
nvme zns finish-zone "$dev" -s $ZONE_LBAS >/dev/null
nvme zns open-zone "$dev" -s $((8 * ZONE_LBAS)) >/dev/null
dd if="$TEST_TMP/w" of="$dev" bs=4096 seek=$((9 * ZONE_LBAS)) count=1 \
	oflag=direct 2>/dev/null && bad "a write opening a third zone succeeded"
out=$(status_of nvme zns zone-append "$dev" -s $((10 * ZONE_LBAS)) -z 4096 -d "$TEST_TMP/one")
check "an append opening a third zone: Too Many Open Zones ($out)" \
	sh -c "echo '$out' | grep -q 'too many open'"
dmesg | grep "$blk" | tail -n 5
check "the kernel logged Zone Is Full (sct 0x1 / sc 0xb9) with DNR" \
	sh -c "dmesg | grep '$blk' | grep -q 'sct 0x1 / sc 0xb9.*DNR'"
check "the kernel logged Zone Invalid Write (sct 0x1 / sc 0xbc) with DNR" \
	sh -c "dmesg | grep '$blk' | grep -q 'sct 0x1 / sc 0xbc.*DNR'"
check "the kernel logged Too Many Open Zones (sct 0x1 / sc 0xbe) with DNR" \
	sh -c "dmesg | grep '$blk' | grep -q 'sct 0x1 / sc 0xbe.*DNR'"
check "the namespace is still writable (a write at zone 7's wp)" \
	dd if="$TEST_TMP/w" of="$dev" bs=4096 seek=$((7 * ZONE_LBAS)) count=1 \
	oflag=direct status=none
check "the namespace was never made read-only" \
	test "$(cat /sys/block/$blk/ro)" -eq 0

# zapd restarts under fio load (verified writes through the kernel): the
# host reconnects and resubmits what was not answered; fio must see no
# error and verify every block. Zones 12-15 (768 KiB each) take the load;
# finishing every open zone first frees the open and active slots.
nvme zns finish-zone "$dev" -a >/dev/null
fio --name=restart --filename="$dev" --direct=1 --zonemode=zbd \
	--offset=$((12 << 20)) --size=4M --rw=write --bs=16k --rate=512k \
	--ioengine=psync --verify=crc32c --do_verify=1 --aux-path="$TEST_TMP" \
	--output="$TEST_TMP/fio.out" &
fio=$!
# Stop zapd once fio writes (its start-up zone report is a passthrough
# command, which the host fails instead of retrying across a reconnect).
for _ in $(seq 1 300); do
	wp=$($zap report z --zone 12 --count 1 |
		sed -n 's/.*wp: \(0x[0-9a-f]*\),.*/\1/p')
	[ $((${wp:-0})) -gt $((12 * ZONE_LBAS + 4)) ] && break
	sleep 0.1
done
zapd_stop || bad "zapd did not exit 0 on SIGTERM under load"
sleep 1
zapd_start nvmf --drive "z:emu:$TEST_TMP/z" --nvmf-listen 127.0.0.1:4420 \
	--nvmf-subsys-nqn "$NQN" --nvmf-allowed-hosts "$HOSTNQN"
zap="$ZAP_BIN/zap -s $ZAPD_ADDR"
wait $fio
st=$?
grep -E "err=|verify|WRITE:|READ:" "$TEST_TMP/fio.out"
check "fio through a zapd restart: no error, every block verified" \
	test $st -eq 0 -a "$(grep -c 'err= 0' "$TEST_TMP/fio.out")" -eq 1
check "the host reconnected (a second controller)" \
	test "$(grep -c 'controller created .*type=io' "$ZAPD_LOG")" -ge 2

out=$(nvme disconnect -n "$NQN" 2>&1)
check "nvme disconnect ($out)" sh -c "echo '$out' | grep -q 'disconnected 1'"
for _ in $(seq 1 50); do [ -b "$dev" ] || break; sleep 0.1; done
check "the block device is gone" test ! -b "$dev"
for _ in $(seq 1 50); do grep -q "controller gone" "$ZAPD_LOG" && break; sleep 0.1; done
check "zapd dropped the controller" grep -q "controller gone" "$ZAPD_LOG"

# Header and data digests (CRC-32C) negotiated: 64 KiB written (after an
# R2T, in H2CData PDUs) and read back (C2HData), both digested.
out=$(nvmf_connect "$HOSTNQN" "$HOSTID" -g -G) ||
	{ bad "nvme connect -g -G: $out"; finish; }
dev=$(nvmf_device) || { bad "no block device with digests"; finish; }
head -c 65536 /dev/urandom >"$TEST_TMP/64k"
check "with digests: a 64 KiB write at zone 11's start" \
	dd if="$TEST_TMP/64k" of="$dev" bs=64k seek=$((11 * 16)) count=1 \
	oflag=direct status=none
check "with digests: it reads back" sh -c "dd if=$dev bs=64k \
	skip=$((11 * 16)) count=1 iflag=direct status=none | cmp -s - $TEST_TMP/64k"
nvme disconnect -n "$NQN" >/dev/null 2>&1

# nvme connect-all: discovery, then a Connect to what it listed.
out=$(nvme connect-all -t tcp -a 127.0.0.1 -s 4420 --hostnqn "$HOSTNQN" \
	--hostid "$HOSTID" 2>&1)
check "nvme connect-all connects to $NQN ($out)" nvmf_device
nvme disconnect -n "$NQN" >/dev/null 2>&1
check "zapd stops cleanly (exit 0 on SIGTERM)" zapd_stop
finish
