#!/bin/sh
# Benchmark, not a test: 4 KiB Zone Append at 32 in flight inside the qemu
# guest, local io_uring passthrough on /dev/ng0n1 (passthru_bench: the
# limit) against zapd's nvme backend over the guest's loopback
# (zap-stress, one connection), with and without FUA / durability, in
# alternating rounds because the machine's load drifts. Then, for
# reference, the kernel's NVMe/TCP target (nvmet-tcp) exporting the same
# namespace to the kernel's initiator on 127.0.0.1, measured with
# passthru_bench on the initiator's /dev/ngXnY, in alternating rounds with
# zapd's own NVMe/TCP front end (nvme backend on the same namespace)
# measured the same way: the kernel's initiator against both targets.
#
#   ZAP_BIN=build/bin tests/qemu/guest-run -- sh tests/qemu/bench-append.sh [ROUNDS] [SECONDS]
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/nvmf-lib.sh"

NG=${ZAP_NG:-/dev/ng0n1}
rounds=${1:-3}
secs=${2:-5}

# passthru DEVICE [passthru_bench options]: appends per second.
passthru() {
	dev=$1
	shift
	"$ZAP_BIN/passthru_bench" -q 32 -s 4096 -t "$secs" "$@" "$dev" |
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

ratio() {
	awk "BEGIN { printf \"%.2f\", $1 / $2 }"
}

# Export the namespace's block device over NVMe/TCP and connect to it;
# prints the generic char device that appears for it.
nvmet_connect() {
	cfg=/sys/kernel/config/nvmet
	sub=$cfg/subsystems/zapbench
	before=$(echo /dev/ng*)
	modprobe nvmet-tcp && modprobe nvme-tcp || return 1
	[ -d $cfg ] || mount -t configfs none /sys/kernel/config || return 1
	mkdir $sub $sub/namespaces/1 $cfg/ports/1 &&
	echo 1 >$sub/attr_allow_any_host &&
	echo "/dev/nvme${NG#/dev/ng}" >$sub/namespaces/1/device_path &&
	echo 1 >$sub/namespaces/1/enable &&
	echo tcp >$cfg/ports/1/addr_trtype &&
	echo ipv4 >$cfg/ports/1/addr_adrfam &&
	echo 127.0.0.1 >$cfg/ports/1/addr_traddr &&
	echo 4420 >$cfg/ports/1/addr_trsvcid &&
	ln -s $sub $cfg/ports/1/subsystems/zapbench &&
	nvme connect -t tcp -a 127.0.0.1 -s 4420 -n zapbench >/dev/null ||
		return 1
	for _ in $(seq 1 50); do
		for ng in /dev/ng*; do
			case " $before " in
			*" $ng "*) ;;
			*) echo "$ng"; return 0 ;;
			esac
		done
		sleep 0.1
	done
	return 1
}

echo "round passthru passthru_fua zapd_none zapd_sync none/passthru sync/passthru_fua"
for r in $(seq 1 "$rounds"); do
	p=$(passthru "$NG")
	pf=$(passthru "$NG" -f)
	zn=$(zapd_rate none)
	zs=$(zapd_rate sync)
	echo "$r $p $pf $zn $zs $(ratio "$zn" "$p") $(ratio "$zs" "$pf")"
done

# zapd serving the namespace over NVMe/TCP (port 4421, beside nvmet's
# 4420: nvmet does not hold the block device exclusively, and each run
# of passthru_bench starts by resetting every zone through its target);
# appends per second through the kernel's initiator.
zapd_nvmf_rate() {
	zapd_start "nvmf$1" --drive "zns:nvme:$NG,durability=$1" \
		--nvmf-listen 127.0.0.1:4421 --nvmf-subsys-nqn "$NQN" \
		--nvmf-allowed-hosts "$HOSTNQN"
	nvme connect -t tcp -a 127.0.0.1 -s 4421 -n "$NQN" \
		--hostnqn "$HOSTNQN" --hostid "$HOSTID" >/dev/null &&
		dev=$(nvmf_device) && passthru "/dev/ng${dev#/dev/nvme}"
	nvme disconnect -n "$NQN" >/dev/null
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
}

tcp_ng=$(nvmet_connect) || fail "cannot set up nvmet-tcp in the guest"
echo "round passthru nvmet_tcp zapd_nvmf_none zapd_nvmf_sync nvmet_tcp/passthru zapd_none/nvmet_tcp"
for r in $(seq 1 "$rounds"); do
	p=$(passthru "$NG")
	t=$(passthru "$tcp_ng")
	zn=$(zapd_nvmf_rate none)
	zs=$(zapd_nvmf_rate sync)
	echo "$r $p $t $zn $zs $(ratio "$t" "$p") $(ratio "$zn" "$t")"
done
nvme disconnect -n zapbench >/dev/null
