# What the NVMe/TCP tests in the guest share (nvmf.sh, fio-zbd.sh): one
# subsystem, one allowed host, connecting the kernel's initiator to zapd
# on 127.0.0.1:4420 and finding the namespace's block device.
HOSTID=5a9d0000-0000-4000-8000-000000000001
HOSTNQN=nqn.2014-08.org.nvmexpress:uuid:$HOSTID
NQN=nqn.2026-12.io.zapd:nvmf-test

# nvmf_connect HOSTNQN HOSTID [nvme connect options]: its output.
nvmf_connect() {
	host=$1
	id=$2
	shift 2
	nvme connect -t tcp -a 127.0.0.1 -s 4420 -n "$NQN" \
		--hostnqn "$host" --hostid "$id" "$@" 2>&1
}

# The block device of $NQN's namespace, once it appears (10 s at most).
nvmf_device() {
	for _ in $(seq 1 100); do
		for c in /sys/class/nvme/nvme*; do
			[ "$(cat "$c/subsysnqn" 2>/dev/null)" = "$NQN" ] ||
				continue
			for n in "$c/$(basename "$c")"n*; do
				[ -b "/dev/$(basename "$n")" ] &&
					echo "/dev/$(basename "$n")" && return 0
			done
		done
		sleep 0.1
	done
	return 1
}

# Debian 12's kernel (6.1, CONFIG_HARDENED_USERCOPY) BUG()s in zapd's
# readv when a host on the same machine sends data from a transparent huge
# page over loopback: the skb fragment the receiver copies spans the
# huge page's 2 MiB boundary ("usercopy: Kernel memory exposure attempt
# detected from page alloc"), and the kernel kills the reader. fio's
# buffers are such pages with THP "always": turn it off for the guest.
nvmf_no_thp() {
	echo never >/sys/kernel/mm/transparent_hugepage/enabled
}
