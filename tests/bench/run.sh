#!/bin/sh
# zapd's benchmark: the standard matrix of appends (sizes, requests in
# flight, connections, and a mixed append + ordered-write run) against one
# zapd on 127.0.0.1 with two emulated drives, durability=none and durable,
# next to two baselines measured in the same run on the same machine: fio
# (io_uring) writing the same sizes to files in the same directory, the
# storage limit, and tcp_echo, raw loopback TCP request/reply of the same
# bytes, the network limit. It prints one Markdown table. A benchmark, not a
# test: it asserts no speed.
set -u

usage() {
	cat <<EOF
Usage: tests/bench/run.sh [--quick] [--time SECONDS] [--bin DIR] [--dir DIR]
                          [--out FILE] [--keep]

Runs every workload of the matrix for SECONDS against zapd's emulated drive
"none" (durability=none: acknowledged from the page cache) and "sync"
(durable: group-committed fdatasync), each with zap-stress --no-verify, and
the two baselines with the same sizes, requests in flight and connections:
fio --ioengine=io_uring (with --fdatasync=IN_FLIGHT for the durable rows)
and tcp_echo. Prints a Markdown table of zapd's ops/s, MB/s (10^6 bytes),
latency p50 and p99 in microseconds, and its ratio to each baseline; then
the mixed run: appenders against one ordered writer, whose worst wait is
compared with the longest append; then the cost of retry protection
(zap-stress --retry against without), runs alternated, median of three,
with zapd's CPU time per append; then TLS: plain TCP against TLS 1.3 in
user space and with kernel TLS (where the kernel has its tls module;
else the row says why not), one zapd each, runs alternated, median of
three, with zapd's CPU time per request.

  --quick      1 s per run, only 4 KiB at 32 in flight and 128 KiB at 8 in
               flight, one run of each instead of three (a smoke run for
               CI: the figures mean little)
  --time S     seconds per run (default 5)
  --bin DIR    the build's bin directory, with zapd, zap-stress and tcp_echo
               (default: \$ZAP_BIN, else build/bin)
  --dir DIR    where the drives, fio's files and the raw results go; on the
               disk to measure (default: a new directory in \${TMPDIR:-/tmp},
               removed at the end unless --keep)
  --out FILE   also write the table to FILE
  --keep       keep the directory (zapd's log, every run's JSON)
  -h, --help   show this help and exit

Without fio the storage columns show "-". Exit status: 0, 1 if a run
failed, 2 on a usage error.

Example: tests/bench/run.sh --time 10 --out /tmp/bench.md
EOF
}

src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/integration/tls_certs.sh"
bin=${ZAP_BIN:-$src/build/bin}
secs=5
quick=0
dir=""
out=""
keep=0
while [ $# -gt 0 ]; do
	case $1 in
	--quick) quick=1; secs=1 ;;
	--time) secs=${2:?--time needs SECONDS}; shift ;;
	--bin) bin=${2:?--bin needs DIR}; shift ;;
	--dir) dir=${2:?--dir needs DIR}; shift ;;
	--out) out=${2:?--out needs FILE}; shift ;;
	--keep) keep=1 ;;
	-h|--help) usage; exit 0 ;;
	*) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
	shift
done
for b in zapd zap-stress tcp_echo; do
	[ -x "$bin/$b" ] || { echo "run.sh: no $bin/$b (build first, or --bin)" >&2; exit 2; }
done
if [ -z "$dir" ]; then
	dir=$(mktemp -d "${TMPDIR:-/tmp}/zap-bench.XXXXXX")
else
	mkdir -p "$dir" || exit 2
	keep=1
fi
res="$dir/results"
mkdir -p "$res" "$dir/fio"
have_fio=0
command -v fio >/dev/null 2>&1 && have_fio=1
status=0
zapd_pids=""

# shellcheck disable=SC2317 # run by the trap
cleanup() {
	for p in $zapd_pids; do
		kill -TERM "$p" 2>/dev/null && wait "$p"
	done
	[ "$keep" = 1 ] || rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Drives: 16 zones of 256 MiB, all open at once; zap-stress recycles full
# zones, so a run writes on however long it lasts.
geom="zone_size=256M,zone_cap=256M,zones=16,max_open=16,max_active=16"
drive_bytes=$((16 * 256 * 1024 * 1024))

# start_zapd NAME ARGS: a zapd in $dir/NAME; sets pid and addr
start_zapd() {
	name=$1
	shift
	mkdir -p "$dir/$name"
	"$bin/zapd" --listen 127.0.0.1:0 --port-file "$dir/$name/addr" \
		--state-dir "$dir/$name" --log-level info "$@" \
		>"$dir/$name/zapd.log" 2>&1 &
	pid=$!
	zapd_pids="$zapd_pids $pid"
	for _ in $(seq 1 300); do
		[ -s "$dir/$name/addr" ] && break
		kill -0 "$pid" 2>/dev/null ||
			{ cat "$dir/$name/zapd.log" >&2; exit 1; }
		sleep 0.1
	done
	addr=$(cat "$dir/$name/addr") || exit 1
}

start_zapd main --plaintext \
	--drive "none:emu:$dir/none,create=yes,$geom,durability=none" \
	--drive "sync:emu:$dir/sync,create=yes,$geom"
zapd_pid=$pid

# jop FILE OP KEY: KEY of OP in a zap-stress --json report
jop() {
	tr -d '\n' <"$1" | sed -e "s/.*\"$2\": {//" -e 's/}}.*//' |
		sed -n "s/.*\"$3\": \([0-9.]*\).*/\1/p"
}

# jkey FILE KEY: KEY in tcp_echo's one-line JSON
jkey() {
	sed -n "s/.*\"$2\": \([0-9.]*\).*/\1/p" "$1"
}

# fio_iops FILE: the write IOPS in fio's JSON output
fio_iops() {
	awk '/"write" : \{/ { w = 1 }
	     w && /"iops" :/ { sub(",", "", $3); print $3; exit }' "$1"
}

# ratio A B: A / B with two decimals, or - if either is missing
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		if (a == "" || a == "-" || b == "" || b == "-" || b == 0)
			print "-"
		else
			printf "%.2f\n", a / b }'
}

fmt() {
	awk -v v="$1" -v d="$2" 'BEGIN {
		if (v == "" || v == "-") print "-"; else printf "%.*f\n", d, v }'
}

# stress RUN ARGS: zap-stress --no-verify ARGS, results in $res/RUN.*
# ($to: the address, default the main zapd's)
stress() {
	run=$1
	shift
	"$bin/zap-stress" -a "${to:-$addr}" --no-verify --reset-first \
		--reset-rate 0 --finish-rate 0 -t "$secs" \
		--json "$res/$run.json" "$@" >"$res/$run.txt" 2>&1 || {
		echo "run.sh: zap-stress $* failed:" >&2
		cat "$res/$run.txt" >&2
		status=1
	}
}

# bytes: "4K" -> 4096
bytes() {
	case $1 in
	*K) echo $((${1%K} * 1024)) ;;
	*M) echo $((${1%M} * 1024 * 1024)) ;;
	*) echo "$1" ;;
	esac
}

# The matrix: name, record size, connections, requests in flight each.
if [ "$quick" = 1 ]; then
	matrix="4K:1:32 128K:1:8"
else
	matrix="4K:1:1 4K:1:32 4K:1:256 128K:1:8 512K:1:8 4K:4:32 4K:16:32"
fi

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
for m in $matrix; do
	size=${m%%:*}
	rest=${m#*:}
	conns=${rest%%:*}
	q=${rest#*:}
	id="$size-c$conns-q$q"
	echo "run.sh: $size appends, $conns connection(s) x $q in flight" >&2
	"$bin/tcp_echo" -c "$conns" -q "$q" -s "$(bytes "$size")" -t "$secs" \
		--json >"$res/tcp-$id.json" || status=1
	tcp=$(jkey "$res/tcp-$id.json" ops_per_s)
	for dur in none sync; do
		stress "$dur-$id" -d "$dur" -s "$size" -c "$conns" -q "$q" -m append
		f="$res/$dur-$id.json"
		fio_ops="-"
		if [ "$have_fio" = 1 ]; then
			sync_opt=""
			[ "$dur" = sync ] && sync_opt="--fdatasync=$q"
			# shellcheck disable=SC2086
			fio --name="$dur-$id" --directory="$dir/fio" \
				--ioengine=io_uring --rw=write --bs="$size" \
				--iodepth="$q" --numjobs="$conns" --group_reporting \
				--size=$((drive_bytes / conns)) --fallocate=none \
				--time_based --runtime="$secs" $sync_opt \
				--output-format=json >"$res/fio-$dur-$id.json" 2>&1 ||
				status=1
			rm -f "$dir"/fio/*
			fio_ops=$(fio_iops "$res/fio-$dur-$id.json")
		fi
		ops=$(jop "$f" append ops_per_s)
		rows="$rows| $size append, $conns conn x $q | $dur | $(fmt "$ops" 0) | $(fmt "$(jop "$f" append mb_per_s)" 1) | $(fmt "$(jop "$f" append p50)" 1) | $(fmt "$(jop "$f" append p99)" 1) | $(fmt "$fio_ops" 0) | $(ratio "$ops" "$fio_ops") | $(fmt "$tcp" 0) | $(ratio "$ops" "$tcp") |
"
	done
done

# cpu_us [PID]: a zapd's CPU time so far (user + system), in microseconds
cpu_us() {
	awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f\n", ($14 + $15) * 1e6 / hz }' \
		"/proc/${1:-$zapd_pid}/stat"
}

# median: the middle of the numbers on standard input
median() {
	sort -g | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "-" }'
}

# What exactly-once costs: 4 KiB appends at 32 in flight, without and with
# retry protection (identity, seq, outcomes kept with the data), runs
# alternated, the median of 3 (1 when quick), with zapd's CPU per append.
reps=3
[ "$quick" = 1 ] && reps=1
protection=""
for dur in none sync; do
	for mode in off on; do
		: >"$res/prot-$dur-$mode.ops"
		: >"$res/prot-$dur-$mode.cpu"
	done
	for r in $(seq 1 "$reps"); do
		for mode in off on; do
			id="prot-$dur-$mode-$r"
			flag=""
			[ "$mode" = on ] && flag=--retry
			echo "run.sh: 4K appends x 32, $dur, protection $mode ($r)" >&2
			c0=$(cpu_us)
			# shellcheck disable=SC2086
			stress "$id" -d "$dur" -s 4K -c 1 -q 32 -m append $flag
			c1=$(cpu_us)
			ok=$(jop "$res/$id.json" append ok)
			jop "$res/$id.json" append ops_per_s >>"$res/prot-$dur-$mode.ops"
			awk -v c=$((c1 - c0)) -v n="$ok" 'BEGIN { if (n > 0) printf "%.2f\n", c / n }' \
				>>"$res/prot-$dur-$mode.cpu"
		done
	done
	off=$(median <"$res/prot-$dur-off.ops")
	on=$(median <"$res/prot-$dur-on.ops")
	protection="$protection| $dur | $(fmt "$off" 0) | $(fmt "$on" 0) | $(ratio "$on" "$off") | $(median <"$res/prot-$dur-off.cpu") | $(median <"$res/prot-$dur-on.cpu") |
"
done

# The mixed run: three connections of appends, 32 in flight each, and one
# ordered writer (write at the wp, one at a time).
mixed=""
for dur in none sync; do
	echo "run.sh: mixed, $dur" >&2
	stress "$dur-mixed" -d "$dur" -s 4K -g 3:32:append -g 1:1:write-at-wp
	f="$res/$dur-mixed.json"
	wmax=$(jop "$f" write-at-wp max)
	amax=$(jop "$f" append max)
	mixed="$mixed| $dur | $(fmt "$(jop "$f" append ops_per_s)" 0) | $(fmt "$(jop "$f" write-at-wp ops_per_s)" 0) | $(fmt "$(jop "$f" write-at-wp p50)" 1) | $(fmt "$(jop "$f" write-at-wp p99)" 1) | $(fmt "$wmax" 1) | $(fmt "$amax" 1) | $(ratio "$wmax" "$amax") |
"
done

# TLS: a zapd per transport (a port speaks one), each with one drive of
# durability none: plain TCP, TLS 1.3 in user space (tls_ktls = no), and
# kernel TLS where the kernel has its tls module. The client (zap-stress)
# does TLS in user space in every TLS row.
tls_make_certs "$dir/certs" || { echo "run.sh: openssl failed" >&2; exit 1; }
tdrive="create=yes,$geom,durability=none"
# servers: MODE:PID:ADDRESS each
start_zapd plain --plaintext --drive "t:emu:$dir/plain/t,$tdrive"
servers="plain:$pid:$addr"
tls_args="--tls-cert $dir/certs/server.pem --tls-key $dir/certs/server.key"
# shellcheck disable=SC2086
start_zapd user $tls_args --tls-ktls=no --drive "t:emu:$dir/user/t,$tdrive"
servers="$servers user:$pid:$addr"
ktls_note=""
if grep -qw tls /proc/sys/net/ipv4/tcp_available_ulp 2>/dev/null; then
	# shellcheck disable=SC2086
	start_zapd ktls $tls_args --tls-ktls=yes \
		--drive "t:emu:$dir/ktls/t,$tdrive"
	servers="$servers ktls:$pid:$addr"
else
	ktls_note="kTLS: unavailable (the kernel has no tls module loaded: no tls in /proc/sys/net/ipv4/tcp_available_ulp, as $(uname -r) here)"
fi
# The workloads: 4 KiB appends (requests), and 128 KiB records read back
# three times for each append (bytes both ways, most sent by zapd: what
# kTLS offloads).
tls_work="4K:32:append 128K:8:append,read=3"
tls_rows=""
for w in $tls_work; do
	size=${w%%:*}
	rest=${w#*:}
	q=${rest%%:*}
	mix=${rest#*:}
	for srv in $servers; do
		mode=${srv%%:*}
		: >"$res/tls-$size-$mode.ops"
		: >"$res/tls-$size-$mode.mbs"
		: >"$res/tls-$size-$mode.cpu"
	done
	for r in $(seq 1 "$reps"); do
		for srv in $servers; do
			mode=${srv%%:*}
			rest=${srv#*:}
			p=${rest%%:*}
			to=${rest#*:}
			tls=""
			[ "$mode" = plain ] ||
				tls="--tls-ca $dir/certs/ca.pem"
			id="tls-$size-$mode-$r"
			echo "run.sh: $size $mix x $q, $mode ($r)" >&2
			c0=$(cpu_us "$p")
			# shellcheck disable=SC2086
			stress "$id" -d t -s "$size" -c 1 -q "$q" -m "$mix" $tls
			c1=$(cpu_us "$p")
			f="$res/$id.json"
			n=0 mbs=0
			for op in append read; do
				o=$(jop "$f" $op ok)
				m=$(jop "$f" $op mb_per_s)
				n=$((n + ${o:-0}))
				mbs=$(awk -v a="$mbs" -v b="${m:-0}" 'BEGIN { print a + b }')
			done
			awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.0f\n", n / s }' \
				>>"$res/tls-$size-$mode.ops"
			echo "$mbs" >>"$res/tls-$size-$mode.mbs"
			awk -v c=$((c1 - c0)) -v n="$n" 'BEGIN { if (n > 0) printf "%.2f\n", c / n }' \
				>>"$res/tls-$size-$mode.cpu"
		done
	done
	unset to
	base=$(median <"$res/tls-$size-plain.ops")
	for srv in $servers; do
		mode=${srv%%:*}
		ops=$(median <"$res/tls-$size-$mode.ops")
		tls_rows="$tls_rows| $size $mix, 1 conn x $q | $mode | $(fmt "$ops" 0) | $(fmt "$(median <"$res/tls-$size-$mode.mbs")" 1) | $(ratio "$ops" "$base") | $(median <"$res/tls-$size-$mode.cpu") |
"
	done
done
if [ -z "$ktls_note" ] && ! grep -q "kTLS on" "$dir/ktls/zapd.log"; then
	# the kernel has the module, and still OpenSSL stayed in user space
	ktls_note="kTLS: unavailable ($(sed -n 's/.*kTLS off, records are encrypted in user space: //p' "$dir/ktls/zapd.log" | head -n 1))"
fi

commit=$(git -C "$src" describe --always --dirty 2>/dev/null || echo unknown)
{
	echo "zapd benchmark: commit $commit, $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $secs s per run, $(date -u +%Y-%m-%dT%H:%MZ), load average $load_start before, $(cut -d' ' -f1-3 /proc/loadavg) after"
	echo
	echo "| workload (appends) | durability | zapd ops/s | zapd MB/s | p50 µs | p99 µs | fio ops/s | zapd/fio | TCP ops/s | zapd/TCP |"
	echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|"
	printf '%s' "$rows"
	echo
	echo "Mixed: 3 connections x 32 appends of 4 KiB, 1 ordered writer (write at wp, 1 in flight)"
	echo
	echo "| durability | appends/s | ordered writes/s | write p50 µs | write p99 µs | worst write µs | longest append µs | worst write / longest append |"
	echo "|---|--:|--:|--:|--:|--:|--:|--:|"
	printf '%s' "$mixed"
	echo
	echo "Retry protection: 4 KiB appends, 1 conn x 32, runs alternated, median of $reps"
	echo
	echo "| durability | appends/s off | appends/s on | on/off | zapd CPU µs/append off | zapd CPU µs/append on |"
	echo "|---|--:|--:|--:|--:|--:|"
	printf '%s' "$protection"
	echo
	echo "TLS 1.3 (TLS_AES_128_GCM_SHA256): plain TCP, TLS in user space (user), kernel TLS sending (ktls); runs alternated, median of $reps; requests/s and MB/s of appends and reads together"
	echo
	echo "| workload | transport | requests/s | MB/s | /plain | zapd CPU µs/request |"
	echo "|---|---|--:|--:|--:|--:|"
	printf '%s' "$tls_rows"
	[ -z "$ktls_note" ] || { echo; echo "$ktls_note"; }
} | tee ${out:+"$out"}
exit $status
