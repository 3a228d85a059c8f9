#!/bin/sh
# zapd's benchmark: the standard matrix of appends (sizes, requests in
# flight, connections) against one zapd on 127.0.0.1 with two emulated
# drives, durability=none and sync, and a drive in memory, next to
# baselines of the same shape measured in the same run, runs alternated,
# median of three: file_server, a minimal request/reply server writing
# each payload into a filled file (the fair limit of a file-backed append
# daemon), the same writing a CRC-32C per block beside the data (what
# zapd's checksums cost), nbdkit's file plugin through fio's nbd engine
# where installed, and tcp_echo, raw loopback TCP. Then a mixed run, the
# cost of retry protection and of TLS, and how appends scale with zapd's
# reactor threads. It prints Markdown tables. A benchmark, not a test: it
# asserts no speed.
set -u

usage() {
	cat <<EOF
Usage: tests/bench/run.sh [--quick] [--reactors-only] [--time SECONDS]
                          [--bin DIR] [--dir DIR] [--out FILE] [--keep]

Runs every workload of the matrix (4 KiB at 1 and 32 in flight, 4
connections x 32, 128 KiB at 8 in flight) for SECONDS against zapd's
emulated drives "none" (durability=none: acknowledged from the page cache)
and "sync" (durable: group-committed fdatasync), with zap-stress
--no-verify, after writing every block of both once; beside each, with the
same record size, requests in flight, connections, durability and
allocation pattern: file_server (tcp_echo's clients; each payload into one
of 16 regions at random, as zap-stress spreads appends over the 16 zones;
--sync: one fdatasync per loop turn on its own thread) on a filled file of
the drive's size, file_server --sums (the same, and a CRC-32C of every
4 KiB block kept as zapd's emu drive keeps them: what the checksums
cost), zapd's "mem" drive (durability none: zapd without
storage), nbdkit's file plugin through fio --ioengine=nbd (where both are
installed; sync: --fdatasync=IN_FLIGHT), and tcp_echo. Runs alternated,
median of three; ops/s, p50 latency in microseconds, and the CPU time of
the server process per append (/proc/PID/stat), with the ratios of zapd to
each; zapd runs one reactor there (--reactors 1), as the baselines run one
thread, and in the mixed, retry and TLS runs too. Then the mixed run: appenders against one ordered writer, whose worst
wait is compared with the longest append; then the cost of retry protection
(zap-stress --retry against without), runs alternated, median of three,
with zapd's CPU time per append; then TLS: plain TCP against TLS 1.3 in
user space and with kernel TLS (where the kernel has its tls module; else
the row says why not), one zapd each, runs alternated, median of three,
with zapd's CPU time per request; then reactors: 4 KiB appends from 4
connections x 32 in flight on zapd's "mem" drives (durability none), one
zapd with --reactors 1 and one with --reactors 2, on one drive and on two
(with two reactors each then owns one), runs alternated, median of three:
appends/s, p50, zapd's CPU time per append (all its threads), the ratios
of 2 reactors to 1, the share of requests forwarded to another reactor's
drive (zapd_requests_forwarded_total, from zap stats) and each zapd
thread's share of its CPU time; zap-stress's threads run on the same CPUs,
whose number is in the section's heading. The load average is in the
heading.

  --quick      1 s per run, in the matrix only 4 KiB at 32 in flight and
               128 KiB at 8 in flight, one run of each instead of three (a
               smoke run for CI: the figures mean little)
  --reactors-only
               only the reactors section (its zapds, not the emulated
               drives or the baselines)
  --time S     seconds per run (default 5)
  --bin DIR    the build's bin directory, with zapd, zap, zap-stress,
               tcp_echo and file_server (default: \$ZAP_BIN, else
               build/bin)
  --dir DIR    where the drives, the baselines' files and the raw results
               go; on the disk to measure (default: a new directory in
               \${TMPDIR:-/tmp}, removed at the end unless --keep)
  --out FILE   also write the table to FILE
  --keep       keep the directory (zapd's log, every run's JSON)
  -h, --help   show this help and exit

Without nbdkit or fio the nbdkit column shows "-". Exit status: 0, 1 if a
run failed, 2 on a usage error.

Examples: tests/bench/run.sh --time 10 --out /tmp/bench.md
          tests/bench/run.sh --reactors-only
EOF
}

src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/integration/tls_certs.sh"
bin=${ZAP_BIN:-$src/build/bin}
secs=5
quick=0
rx_only=0
dir=""
out=""
keep=0
while [ $# -gt 0 ]; do
	case $1 in
	--quick) quick=1; secs=1 ;;
	--reactors-only) rx_only=1 ;;
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
for b in zapd zap zap-stress tcp_echo file_server; do
	[ -x "$bin/$b" ] || { echo "run.sh: no $bin/$b (build first, or --bin)" >&2; exit 2; }
done
if [ -z "$dir" ]; then
	dir=$(mktemp -d "${TMPDIR:-/tmp}/zap-bench.XXXXXX")
else
	mkdir -p "$dir" || exit 2
	keep=1
fi
res="$dir/results"
# runs of each figure, for its median
reps=3
[ "$quick" = 1 ] && reps=1
mkdir -p "$res"
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

# Drives: 16 zones of 64 MiB each, all open at once; zap-stress recycles
# full zones, so a run writes on however long it lasts, and spreads its
# appends over all 16 at random (file_server --zones: the same write
# pattern). "mem" is the same drive in zapd's memory (durability none
# only): zapd without storage.
zones=16
zone_mb=64
[ "$quick" = 1 ] && zone_mb=8	# the smoke run fills less
geom="zone_size=${zone_mb}M,zone_cap=${zone_mb}M,zones=$zones,max_open=$zones,max_active=$zones"
drive_bytes=$((zones * zone_mb * 1024 * 1024))

# start_zapd NAME ARGS: a zapd in $dir/NAME; sets pid and addr
start_zapd() {
	name=$1
	shift
	mkdir -p "$dir/$name"
	rm -f "$dir/$name/addr"
	"$bin/zapd" --listen 127.0.0.1:0 --port-file "$dir/$name/addr" \
		--state-dir "$dir/$name" --log-level info "$@" \
		>>"$dir/$name/zapd.log" 2>&1 &
	pid=$!
	zapd_pids="$zapd_pids $pid"
	wait_file "$dir/$name/addr" "$dir/$name/zapd.log"
	addr=$(cat "$dir/$name/addr") || exit 1
}

# wait_file FILE LOG: until $pid has written FILE (else show LOG, exit)
wait_file() {
	for _ in $(seq 1 600); do
		[ -s "$1" ] && return 0
		kill -0 "$pid" 2>/dev/null || { cat "$2" >&2; exit 1; }
		sleep 0.1
	done
	echo "run.sh: no $1 after 60 s" >&2
	exit 1
}

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

# cpu_us [PID]: a process's CPU time so far (user + system), in
# microseconds (/proc accounting)
cpu_us() {
	awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f\n", ($14 + $15) * 1e6 / hz }' \
		"/proc/${1:-$zapd_pid}/stat"
}

# per_op C0 C1 N: CPU microseconds per operation
per_op() {
	awk -v c=$(($2 - $1)) -v n="$3" 'BEGIN { if (n > 0) printf "%.2f\n", c / n }'
}

# median: the middle of the numbers on standard input ("-" if none)
median() {
	sort -g | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "-" }'
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

# note KIND ID VALUE: one run's figure, for the median
note() {
	echo "$3" >>"$res/$1-$2.v"
}

# med KIND ID: the median of a figure's runs
med() {
	median <"$res/$1-$2.v" 2>/dev/null || echo -
}

# zapd_run KIND DRIVE ID ARGS: one zap-stress run of appends on DRIVE,
# noting ops/s, p50 and zapd's CPU per append under KIND
zapd_run() {
	kind=$1 drv=$2 rid=$3
	shift 3
	c0=$(cpu_us)
	stress "$kind-$rid-$r" -d "$drv" -m append "$@"
	c1=$(cpu_us)
	f="$res/$kind-$rid-$r.json"
	note "$kind" "$rid.ops" "$(jop "$f" append ops_per_s)"
	note "$kind" "$rid.p50" "$(jop "$f" append p50)"
	note "$kind" "$rid.cpu" "$(per_op "$c0" "$c1" "$(jop "$f" append ok)")"
}

# fs_run KIND DUR ID SIZE CONNS Q: tcp_echo's clients against file_server
# (KIND fs) or file_server --sums (KIND fss)
fs_run() {
	p=$(cat "$dir/$1-$2.pid")
	c0=$(cpu_us "$p")
	"$bin/tcp_echo" -a "$(cat "$dir/$1-$2.addr")" -c "$5" -q "$6" \
		-s "$4" -t "$secs" --json >"$res/$1-$2-$3-$r.json" || status=1
	c1=$(cpu_us "$p")
	f="$res/$1-$2-$3-$r.json"
	ops=$(jkey "$f" ops_per_s)
	note "$1" "$2-$3.ops" "$ops"
	note "$1" "$2-$3.p50" "$(jkey "$f" p50_us)"
	note "$1" "$2-$3.cpu" "$(awk -v c=$((c1 - c0)) -v o="$ops" -v s="$secs" \
		'BEGIN { if (o > 0) printf "%.2f\n", c / (o * s) }')"
}

# nbd_run DUR ID SIZE CONNS Q: fio's nbd engine against nbdkit's file
# plugin on a filled file of the drive's size (sync: a flush after every
# Q writes: fio's nbd engine has no datasync, and the file plugin answers
# NBD_CMD_FLUSH with fdatasync)
nbd_run() {
	sync_opt=""
	[ "$1" = sync ] && sync_opt="--fsync=$5"
	c0=$(cpu_us "$nbd_pid")
	# shellcheck disable=SC2086
	fio --name="nbd-$1-$2" --ioengine=nbd --uri="nbd://$nbd_addr" \
		--rw=write --bs="$3" --iodepth="$5" --numjobs="$4" \
		--group_reporting --size=$((drive_bytes / $4)) --time_based \
		--runtime="$secs" $sync_opt --output-format=json \
		>"$res/nbd-$1-$2-$r.json" 2>&1 || status=1
	c1=$(cpu_us "$nbd_pid")
	ops=$(fio_iops "$res/nbd-$1-$2-$r.json")
	note nbd "$1-$2.ops" "$ops"
	note nbd "$1-$2.cpu" "$(awk -v c=$((c1 - c0)) -v o="$ops" -v s="$secs" \
		'BEGIN { if (o > 0) printf "%.2f\n", c / (o * s) }')"
}

# stop_zapd PID: stop a zapd (or baseline) of this script now, and forget it
stop_zapd() {
	kill -TERM "$1" && wait "$1"
	zapd_pids=$(echo " $zapd_pids " | sed "s/ $1 / /")
}

# thread_cpu PID: "TID CPU-µs" for each thread of PID (its comm, "zapd",
# has no space to shift the fields)
thread_cpu() {
	for t in /proc/"$1"/task/*; do
		awk -v hz="$(getconf CLK_TCK)" -v t="${t##*/}" \
			'{ printf "%s %.0f\n", t, ($14 + $15) * 1e6 / hz }' \
			"$t/stat" 2>/dev/null
	done
}

# fwd_count ADDRESS: "FORWARDED APPENDS", zapd's requests that went to
# another reactor's drive and its append requests so far (its metrics)
fwd_count() {
	"$bin/zap" -s "$1" stats 2>/dev/null | awk '
		/^zapd_requests_forwarded_total / { f = $2 }
		/^zapd_requests_total\{op="append",/ { a += $2 }
		END { print f + 0, a + 0 }'
}

# Reactors: 4 KiB appends, 4 connections x 32 in flight, on zapd's mem
# drives (durability none: no storage, so that zapd's threads are what is
# measured), one zapd with --reactors 1 and one with 2, runs alternated.
# Each has drives m0 and m1; drive i belongs to reactor i mod N, so with 2
# reactors each owns one, and server 0 hands each connection to the
# reactor with the fewest. zap-stress spreads every connection's appends
# over all zones of all the drives it is given: with one drive (m0) the
# connections on reactor 1 forward everything, with two each connection
# forwards about half. Sets rx_rows.
reactors_bench() {
	rx_servers=""
	for n in 1 2; do
		start_zapd "rx$n" --plaintext --reactors "$n" \
			--drive "m0:mem:-,$geom,durability=none" \
			--drive "m1:mem:-,$geom,durability=none"
		# every page touched once, as the matrix's mem drive
		"$bin/zap-stress" -a "$addr" -d m0 -d m1 -z all --no-verify \
			--reset-first --reset-rate 0 --finish-rate 0 -s 1M -c 2 \
			-q 4 -m append -n $((2 * drive_bytes / 1048576 + 32)) \
			>"$res/fill-rx$n.txt" 2>&1 ||
			{ cat "$res/fill-rx$n.txt" >&2; exit 1; }
		rx_servers="$rx_servers $n:$pid:$addr"
	done
	for r in $(seq 1 "$reps"); do
		for nd in 1 2; do
			drives="-d m0"
			[ "$nd" = 2 ] && drives="-d m0 -d m1"
			for srv in $rx_servers; do
				n=${srv%%:*}
				rest=${srv#*:}
				p=${rest%%:*}
				to=${rest#*:}
				rid="d$nd-r$n"
				echo "run.sh: reactors $n, $nd drive(s), 4K appends, 4 x 32 ($r)" >&2
				f0=$(fwd_count "$to")
				thread_cpu "$p" >"$res/rx-$rid-$r.t0"
				c0=$(cpu_us "$p")
				# shellcheck disable=SC2086
				stress "rx-$rid-$r" $drives -s 4K -c 4 -q 32 -m append
				c1=$(cpu_us "$p")
				thread_cpu "$p" >"$res/rx-$rid-$r.t1"
				f1=$(fwd_count "$to")
				f="$res/rx-$rid-$r.json"
				note rx "$rid.ops" "$(jop "$f" append ops_per_s)"
				note rx "$rid.p50" "$(jop "$f" append p50)"
				note rx "$rid.cpu" "$(per_op "$c0" "$c1" "$(jop "$f" append ok)")"
				note rx "$rid.fwd" "$(echo "$f0 $f1" | awk '{
					if ($4 > $2) printf "%.2f\n", ($3 - $1) / ($4 - $2) }')"
				# each thread's CPU in this run (0 for one that came
				# and went), summed over the runs below
				awk 'NR == FNR { a[$1] = $2; next } { print $1, $2 - a[$1] }' \
					"$res/rx-$rid-$r.t0" "$res/rx-$rid-$r.t1" \
					>>"$res/rx-$rid.threads"
			done
		done
	done
	unset to
	for srv in $rx_servers; do
		rest=${srv#*:}
		stop_zapd "${rest%%:*}"
	done
	rx_rows=""
	for nd in 1 2; do
		for n in 1 2; do
			rid="d$nd-r$n"
			ops=$(med rx "$rid.ops")
			cpu=$(med rx "$rid.cpu")
			rops=- rcpu=-
			if [ "$n" = 2 ]; then
				rops=$(ratio "$ops" "$(med rx "d$nd-r1.ops")")
				rcpu=$(ratio "$cpu" "$(med rx "d$nd-r1.cpu")")
			fi
			fwd=$(med rx "$rid.fwd")
			[ "$fwd" = - ] || fwd=$(awk -v f="$fwd" 'BEGIN { printf "%.0f %%\n", f * 100 }')
			# each thread's share of zapd's CPU, by thread id (the
			# first is server 0's): an idle reactor shows as 0
			threads=$(awk '{ s[$1] += $2 } END { for (t in s) print t, s[t] }' \
				"$res/rx-$rid.threads" | sort -n | awk '
				{ v[NR] = $2; t += $2 }
				END {
					for (i = 1; i <= NR; i++)
						out = out (i > 1 ? "/" : "") \
						    (t > 0 ? sprintf("%.0f", v[i] * 100 / t) : "-")
					print NR ? out : "-" }')
			rx_rows="$rx_rows| $nd | $n | $(fmt "$ops" 0) | $(fmt "$(med rx "$rid.p50")" 1) | $(fmt "$cpu" 2) | $rops | $rcpu | $fwd | $threads |
"
		done
	done
}

# reactors_table: the reactors section's table, with its heading
reactors_table() {
	echo "Reactors: 4 KiB appends, 4 connections x 32 in flight, zapd's mem drives (durability none), $(nproc) CPUs shared by zapd and zap-stress's 4 connection threads; --reactors 1 and 2 alternated, median of $reps; CPU = µs of zapd (all its threads) per append; forwarded = requests sent to another reactor's drive / appends; threads = each zapd thread's % of zapd's CPU over the row's runs"
	echo
	echo "| drives | reactors | appends/s | p50 µs | zapd CPU µs/append | appends/s 2/1 | CPU 2/1 | forwarded | threads % |"
	echo "|--:|--:|--:|--:|--:|--:|--:|--:|---|"
	printf '%s' "$rx_rows"
}

# --reactors-only: that section alone, without the drives of the rest
if [ "$rx_only" = 1 ]; then
	load_start=$(cut -d' ' -f1-3 /proc/loadavg)
	reactors_bench
	commit=$(git -C "$src" describe --always --dirty 2>/dev/null || echo unknown)
	{
		echo "zapd benchmark, reactors only: commit $commit, $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $secs s per run, $(date -u +%Y-%m-%dT%H:%MZ), load average $load_start before, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
		echo
		reactors_table
	} | tee ${out:+"$out"}
	exit $status
fi

# Every block of both drives written once before anything is measured
# (durability none for speed; it is a per-run key, not kept in the
# image), so that zapd overwrites allocated blocks, as file_server does
# in its filled file: the same allocation pattern.
start_zapd main --plaintext \
	--drive "none:emu:$dir/none,create=yes,$geom,durability=none" \
	--drive "sync:emu:$dir/sync,create=yes,$geom,durability=none"
echo "run.sh: filling the drives once" >&2
"$bin/zap-stress" -a "$addr" -d none -d sync -z all --no-verify \
	--reset-first --reset-rate 0 --finish-rate 0 -s 1M -c 2 -q 4 \
	-m append -n $((2 * drive_bytes / 1048576 + 32)) >"$res/fill.txt" 2>&1 ||
	{ cat "$res/fill.txt" >&2; exit 1; }
kill -TERM "$pid" && wait "$pid"
# One reactor: the baselines beside it (file_server, nbdkit, tcp_echo)
# run one thread each; the reactors section measures more.
start_zapd main --plaintext --reactors 1 \
	--drive "none:emu:$dir/none,$geom,durability=none" \
	--drive "sync:emu:$dir/sync,$geom" \
	--drive "mem:mem:-,$geom,durability=none"
zapd_pid=$pid
# the mem drive's memory touched once too, so that its runs measure zapd,
# not the first-touch page faults of a fresh mapping
"$bin/zap-stress" -a "$addr" -d mem -z all --no-verify --reset-first \
	--reset-rate 0 --finish-rate 0 -s 1M -c 1 -q 4 -m append \
	-n $((drive_bytes / 1048576 + 16)) >"$res/fill-mem.txt" 2>&1 ||
	{ cat "$res/fill-mem.txt" >&2; exit 1; }

have_nbd=0
if command -v nbdkit >/dev/null 2>&1 && fio --enghelp 2>/dev/null | grep -qw nbd; then
	have_nbd=1
	head -c "$drive_bytes" /dev/zero >"$dir/nbd.img"
	# nbdkit 1.32 cannot say which port it got: try a few
	for try in 1 2 3 4 5; do
		nbd_addr=127.0.0.1:$((20000 + ($$ * 7 + try * 1013) % 30000))
		nbdkit --foreground --ipaddr 127.0.0.1 --port "${nbd_addr#*:}" \
			--pidfile "$dir/nbd.pid" file "$dir/nbd.img" \
			2>"$dir/nbd.log" &
		nbd_pid=$!
		for _ in $(seq 1 50); do
			[ -s "$dir/nbd.pid" ] && break 2
			kill -0 "$nbd_pid" 2>/dev/null || break
			sleep 0.1
		done
	done
	if [ -s "$dir/nbd.pid" ]; then
		zapd_pids="$zapd_pids $nbd_pid"
	else
		cat "$dir/nbd.log" >&2
		have_nbd=0
	fi
fi

# The matrix: record size, connections, requests in flight each.
if [ "$quick" = 1 ]; then
	matrix="4K:1:32 128K:1:8"
else
	matrix="4K:1:1 4K:1:32 4K:4:32 128K:1:8"
fi
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
sums_rows=""
for m in $matrix; do
	size=${m%%:*}
	rest=${m#*:}
	conns=${rest%%:*}
	q=${rest#*:}
	id="$size-c$conns-q$q"
	sz=$(bytes "$size")
	# a file_server per durability, and one with --sums (fss), each
	# with its file filled before it listens
	for kd in fs-none fs-sync fss-none fss-sync; do
		flag=""
		case $kd in *-sync) flag=--sync ;; esac
		case $kd in fss-*) flag="$flag --sums" ;; esac
		rm -f "$dir/$kd.addr"
		# shellcheck disable=SC2086
		"$bin/file_server" -f "$dir/$kd.img" -b "$drive_bytes" \
			--zones "$zones" -s "$sz" -p "$dir/$kd.addr" $flag &
		pid=$!
		echo "$pid" >"$dir/$kd.pid"
		zapd_pids="$zapd_pids $pid"
		wait_file "$dir/$kd.addr" /dev/null
	done
	for r in $(seq 1 "$reps"); do
		echo "run.sh: $size appends, $conns connection(s) x $q in flight ($r)" >&2
		"$bin/tcp_echo" -c "$conns" -q "$q" -s "$sz" -t "$secs" \
			--json >"$res/tcp-$id-$r.json" || status=1
		note tcp "$id.ops" "$(jkey "$res/tcp-$id-$r.json" ops_per_s)"
		for dur in none sync; do
			zapd_run zapd "$dur" "$dur-$id" -s "$size" -c "$conns" -q "$q"
			fs_run fs "$dur" "$id" "$sz" "$conns" "$q"
			fs_run fss "$dur" "$id" "$sz" "$conns" "$q"
			[ "$dur" = none ] &&
				zapd_run mem mem "$id" -s "$size" -c "$conns" -q "$q"
			[ "$have_nbd" = 1 ] && nbd_run "$dur" "$id" "$sz" "$conns" "$q"
		done
	done
	for kd in fs-none fs-sync fss-none fss-sync; do
		kill "$(cat "$dir/$kd.pid")"
		wait "$(cat "$dir/$kd.pid")" 2>/dev/null
		rm -f "$dir/$kd.img"
	done
	for dur in none sync; do
		zops=$(med zapd "$dur-$id.ops")
		fops=$(med fs "$dur-$id.ops")
		zcpu=$(med zapd "$dur-$id.cpu")
		fcpu=$(med fs "$dur-$id.cpu")
		mops=- mcpu=-
		if [ "$dur" = none ]; then
			mops=$(med mem "$id.ops")
			mcpu=$(med mem "$id.cpu")
		fi
		nops=$(med nbd "$dur-$id.ops")
		tops=$(med tcp "$id.ops")
		sops=$(med fss "$dur-$id.ops")
		scpu=$(med fss "$dur-$id.cpu")
		sums_rows="$sums_rows| $size, $conns conn x $q | $dur | $(fmt "$sops" 0) | $(fmt "$(med fss "$dur-$id.p50")" 1) | $(ratio "$sops" "$fops") | $(fmt "$scpu" 2) | $(ratio "$zops" "$sops") | $(ratio "$zcpu" "$scpu") |
"
		rows="$rows| $size, $conns conn x $q | $dur | $(fmt "$zops" 0) | $(fmt "$(med zapd "$dur-$id.p50")" 1) | $(fmt "$fops" 0) | $(fmt "$(med fs "$dur-$id.p50")" 1) | $(ratio "$zops" "$fops") | $(fmt "$zcpu" 2) | $(fmt "$fcpu" 2) | $(ratio "$zcpu" "$fcpu") | $(fmt "$mops" 0) | $(fmt "$mcpu" 2) | $(fmt "$nops" 0) | $(ratio "$zops" "$nops") | $(fmt "$tops" 0) | $(ratio "$zops" "$tops") |
"
	done
done
load_matrix=$(cut -d' ' -f1-3 /proc/loadavg)

# What exactly-once costs: 4 KiB appends at 32 in flight, without and with
# retry protection (identity, seq, outcomes kept with the data), runs
# alternated, the median of 3 (1 when quick), with zapd's CPU per append.
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
start_zapd plain --plaintext --reactors 1 \
	--drive "t:emu:$dir/plain/t,$tdrive"
servers="plain:$pid:$addr"
tls_args="--tls-cert $dir/certs/server.pem --tls-key $dir/certs/server.key"
# shellcheck disable=SC2086
start_zapd user $tls_args --tls-ktls=no --reactors 1 \
	--drive "t:emu:$dir/user/t,$tdrive"
servers="$servers user:$pid:$addr"
ktls_note=""
if grep -qw tls /proc/sys/net/ipv4/tcp_available_ulp 2>/dev/null; then
	# shellcheck disable=SC2086
	start_zapd ktls $tls_args --tls-ktls=yes --reactors 1 \
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

reactors_bench

commit=$(git -C "$src" describe --always --dirty 2>/dev/null || echo unknown)
{
	echo "zapd benchmark: commit $commit, $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $secs s per run, $(date -u +%Y-%m-%dT%H:%MZ), load average $load_start before, $load_matrix after the matrix, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
	echo
	echo "Appends; runs alternated (zapd on emu, file_server, file_server --sums, zapd on mem, nbdkit), median of $reps; fair = file_server; CPU = µs of the server process per append"
	echo
	echo "| workload | durability | zapd ops/s | zapd p50 µs | fair ops/s | fair p50 µs | zapd/fair | zapd CPU | fair CPU | CPU zapd/fair | zapd mem ops/s | mem CPU | nbdkit ops/s | zapd/nbdkit | TCP ops/s | zapd/TCP |"
	echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
	printf '%s' "$rows"
	echo
	echo "The fair server with block sums (fss: file_server --sums, a CRC-32C of every 4 KiB block kept in memory per region and written after the data when the region wraps, as zapd's emu drive keeps them until its checkpoints), in the same alternation; median of $reps"
	echo
	echo "| workload | durability | fss ops/s | fss p50 µs | fss/fair | fss CPU | zapd/fss | CPU zapd/fss |"
	echo "|---|---|--:|--:|--:|--:|--:|--:|"
	printf '%s' "$sums_rows"
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
	echo
	reactors_table
} | tee ${out:+"$out"}
exit $status
