#!/usr/bin/env bash
# powercut.sh - cut the power under zapd while clients append, and check
# what survives.
#
#   powercut.sh [--strict] [--keep] [--share DIR]... [--hold MS] [--rate N]
#               sync|none SEED...
#
# One cut per SEED. The disk is a raw image file on the host holding an
# ext4 file system (made here with the host's mkfs.ext4), a virtio-blk
# disk of a QEMU guest (guest-run --disk: cache=writethrough, so what the
# guest kernel wrote is in the host file, and only what it kept in its own
# page cache dies with QEMU). In the guest zapd serves an emu drive on that
# ext4 with durability=MODE (create=yes the first time); `powercut load`
# appends self-identifying records, 32 in flight, and reports every
# acknowledgement as it arrives to a file on a 9p share of the host, which
# survives the guest. Once SEED's threshold of acknowledgements has reached
# the host, and after a delay drawn from SEED, the host SIGKILLs QEMU: the
# power cut. The next boot mounts the same disk, starts zapd on it, and
# `powercut verify` reads back every acknowledged record at the LBA its
# reply named; then it starts the next cut's load. One boot more for the
# last check, which reads again every record of every cut, and counts the
# records given blocks that had been acknowledged to one before a cut.
#
# Checks that the cut was one: the load had not ended (it writes a last
# line if it does), and a file written without fsync just before the load
# did not survive (the guest's page cache was lost), while one written
# with fsync did (fsync reached the host file).
#
# In both modes zapd must start again on its drive after every cut. sync
# must lose nothing: an acknowledged record missing or wrong fails. none
# reports what it lost and passes (--strict: fails on a loss too, which
# shows that the test can fail). Exit 0 pass, 1 fail.
#
# Needs ZAP_BIN (the build's bin/, with zapd and powercut) and mkfs.ext4
# (e2fsprogs). --keep keeps the work directory (disk image, logs); --share
# DIR is passed to guest-run (a build tree under /tmp). To measure what
# durability=none loses after a longer load: --hold MS cuts MS after the
# first acknowledgement (then a file written without fsync before the load
# may have been written back: that is reported, not checked), --rate N
# limits the load to N appends a second.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd -P)
SELF=$HERE/$(basename "$0")
: "${ZAP_BIN:?ZAP_BIN must name the bin directory of the build}"

# The drive: 4 KiB blocks, 256 zones of 4 MiB (1 GiB, sparse); each cut
# appends some 1-40 MiB to the first zones that are not full.
DRIVE_GEOMETRY="lba_size=4096,zone_size=4M,zone_cap=4M,zones=256"
DISK_SIZE=2G
MNT=/run/powercut

# ------------------------------------------------------------ in the guest
# guest MODE SHARE DONE NEXT SEED RATE: mount the disk; start zapd (creating the
# drive if DONE is 0); verify cut DONE if not 0; then load for cut NEXT
# (until the power goes), or, with NEXT 0, the last checks and a clean stop.
guest() {
	local mode=$1 share=$2 done=$3 next=$4 seed=$5 rate=$6 create=no addr zpid rc
	mkdir -p "$MNT"
	mount -t ext4 /dev/vda "$MNT" || { echo "cannot mount /dev/vda"; return 1; }
	if ((done > 0)); then
		# what a cut does to files written just before it
		for c in synced unsynced; do
			if [ -f "$MNT/canary-$c" ]; then
				echo "$(stat -c %s "$MNT/canary-$c") $(sha256sum <"$MNT/canary-$c" | cut -d' ' -f1)"
			else
				echo "absent"
			fi >"$share/canary-$c-$done.after"
		done
	else
		create=yes
		mkdir -p "$MNT/state"
	fi
	rm -f /run/zapd.addr
	"$ZAP_BIN/zapd" --plaintext --listen 127.0.0.1:0 \
		--port-file /run/zapd.addr \
		--state-dir "$MNT/state" --log-level warn \
		--drive "pc:emu:$MNT/drive,create=$create,durability=$mode,$DRIVE_GEOMETRY" \
		>>"$share/zapd-$done.log" 2>&1 &
	zpid=$!
	while [ ! -s /run/zapd.addr ]; do
		if ! kill -0 "$zpid" 2>/dev/null; then
			echo "zapd exited at start (log: zapd-$done.log)"
			if ((done > 0)); then
				echo "verify: zapd did not start on the drive: acked $(grep -c '^A .*$' "$share/ack-$done.log") intact 0" \
					>"$share/verify-$done.txt"
			fi
			return 1
		fi
		sleep 0.05
	done
	addr=$(cat /run/zapd.addr)
	if ((done > 0)); then
		rc=0
		"$ZAP_BIN/powercut" verify "$addr" pc "$share/ack-$done.log" \
			>"$share/verify-$done.tmp" 2>&1 || rc=$?
		echo "rc $rc" >>"$share/verify-$done.tmp"
		mv "$share/verify-$done.tmp" "$share/verify-$done.txt"
	fi
	if ((next > 0)); then
		rm -f "$MNT"/canary-*
		sync -f "$MNT"
		head -c 65536 /dev/urandom >"$MNT/canary-synced"
		sync "$MNT/canary-synced" && sync "$MNT"
		sha256sum <"$MNT/canary-synced" | cut -d' ' -f1 >"$share/canary-synced-$next.before"
		head -c 65536 /dev/urandom >"$MNT/canary-unsynced"
		sha256sum <"$MNT/canary-unsynced" | cut -d' ' -f1 >"$share/canary-unsynced-$next.before"
		# until the power goes; it should not come back
		"$ZAP_BIN/powercut" load "$addr" pc "$share/ack-$next.log" "$seed" 300 "$rate"
		echo "the load ended by itself"
		return 1
	fi
	rc=0
	(cd "$share" && "$ZAP_BIN/powercut" verify "$addr" pc ack-*.log) \
		>"$share/verify-all.txt" 2>&1 || rc=$?
	echo "rc $rc" >>"$share/verify-all.txt"
	kill -TERM "$zpid"
	wait "$zpid" || { echo "zapd did not stop cleanly"; return 1; }
	umount "$MNT"
}

if [ "${1:-}" = guest ]; then
	shift
	guest "$@"
	exit
fi

# ------------------------------------------------------------ on the host
STRICT=0
KEEP=0
GUEST_SHARES=()
HOLD=""
RATE=0
while [ $# -gt 0 ]; do
	case $1 in
	--hold) HOLD=$2; shift 2 ;;
	--rate) RATE=$2; shift 2 ;;
	--strict) STRICT=1; shift ;;
	--keep) KEEP=1; shift ;;
	--share) GUEST_SHARES+=(--share "$2"); shift 2 ;;
	-*) echo "powercut.sh: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
MODE=${1:-}
[ "$MODE" = sync ] || [ "$MODE" = none ] || { echo "usage: powercut.sh [--strict] [--keep] [--share DIR]... [--hold MS] [--rate N] sync|none SEED..." >&2; exit 2; }
shift
[ $# -gt 0 ] || { echo "powercut.sh: no SEED" >&2; exit 2; }
SEEDS=("$@")
[ "$MODE" = sync ] && STRICT=1
for s in "${SEEDS[@]}" $HOLD $RATE; do
	[[ $s =~ ^[0-9]+$ ]] || { echo "powercut.sh: a number, not '$s'" >&2; exit 2; }
done
if [ ! -x "$ZAP_BIN/zapd" ] || [ ! -x "$ZAP_BIN/powercut" ]; then
	echo "powercut.sh: no zapd or powercut in $ZAP_BIN" >&2
	exit 2
fi
MKFS=$(command -v mkfs.ext4 || echo /sbin/mkfs.ext4)
[ -x "$MKFS" ] || { echo "powercut.sh: mkfs.ext4 missing (Debian package e2fsprogs)" >&2; exit 1; }

W=$(mktemp -d "${TMPDIR:-/tmp}/powercut.XXXXXX")
W=$(cd "$W" && pwd -P)
SHARE=$W/share
mkdir -p "$SHARE"
GR_PID=""
cleanup() {
	local rc=$?
	if [ -n "$GR_PID" ]; then
		kill -TERM "$GR_PID" 2>/dev/null || true
		wait "$GR_PID" 2>/dev/null || true
	fi
	if [ "$KEEP" = 1 ] || [ "$rc" != 0 ]; then
		echo "powercut: work directory kept: $W"
	else
		rm -rf "$W"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

T0=$SECONDS
truncate -s "$DISK_SIZE" "$W/disk.img"
"$MKFS" -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$W/disk.img" >/dev/null

fail() {
	echo "powercut: FAIL: $*"
	exit 1
}
show_boot() {   # show_boot K: what boot K printed, and its zapd log
	echo "--- boot $1: guest-run output ---"
	tail -n 30 "$W/boot-$1.out"
	if [ -f "$SHARE/zapd-$1.log" ]; then
		echo "--- boot $1: zapd log ---"
		tail -n 20 "$SHARE/zapd-$1.log"
	fi
}
acks() {        # acks FILE: acknowledgements (complete lines) in it
	[ -f "$1" ] || { echo 0; return; }
	grep -c '^A .*' "$1" || true
}
# boot K DONE NEXT SEED: start guest-run in the background
boot() {
	rm -f "$W/qemu.pid"
	"$HERE/guest-run" "${GUEST_SHARES[@]}" --disk "$W/disk.img" --module ext4 --share "$SHARE" \
		--pid-file "$W/qemu.pid" --timeout 400 \
		-- bash "$SELF" guest "$MODE" "$SHARE" "$2" "$3" "$4" "$RATE" \
		>"$W/boot-$1.out" 2>&1 &
	GR_PID=$!
}

n=${#SEEDS[@]}
cut_msg=()
total_acked=0
total_lost=0
lost_cuts=0
for ((k = 0; k <= n; k++)); do
	next=0 seed=0
	if ((k < n)); then
		next=$((k + 1))
		seed=${SEEDS[k]}
	fi
	boot "$k" "$k" "$next" "$seed"
	if ((next > 0)); then
		# The moment: after THRESHOLD acknowledgements, DELAY ms more.
		h=$(echo "powercut $seed" | cksum | cut -d' ' -f1)
		threshold=$((50 + h % 400))
		delay=$((h / 400 % 1500))
		if [ -n "$HOLD" ]; then
			threshold=1
			delay=$HOLD
		fi
		log=$SHARE/ack-$next.log
		t=0
		while (($(acks "$log") < threshold)); do
			if ! kill -0 "$GR_PID" 2>/dev/null; then
				show_boot "$k"
				fail "boot $k ended before cut $next's load was under way"
			fi
			((t++ < 3000)) || { show_boot "$k"; fail "cut $next: $threshold acknowledgements did not come within 300 s"; }
			sleep 0.1
		done
		sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
		qpid=$(cat "$W/qemu.pid")
		case $(cat "/proc/$qpid/comm" 2>/dev/null) in
		qemu*) kill -KILL "$qpid" ;;
		*) show_boot "$k"; fail "cut $next: QEMU (pid $qpid) was gone before the cut" ;;
		esac
		rc=0
		wait "$GR_PID" || rc=$?
		GR_PID=""
		if grep -q '^E ' "$log"; then
			show_boot "$k"
			fail "cut $next came after the load had ended: $(grep '^E ' "$log")"
		fi
		[ "$rc" = 125 ] || { show_boot "$k"; fail "boot $k: guest-run exited $rc, not 125 (guest killed)"; }
		cut_msg[next]="seed $seed, cut $delay ms after acknowledgement $threshold"
	else
		rc=0
		wait "$GR_PID" || rc=$?
		GR_PID=""
	fi
	((k > 0)) || continue
	# Cut k, checked in boot k.
	v=$SHARE/verify-$k.txt
	if [ ! -f "$v" ]; then
		show_boot "$k"
		fail "boot $k did not check cut $k"
	fi
	line=$(grep '^verify.* acked ' "$v" | tail -n 1)
	acked=$(echo "$line" | sed -n 's/.* acked \([0-9]*\) .*/\1/p')
	intact=$(echo "$line" | sed -n 's/.* intact \([0-9]*\).*/\1/p')
	if [ -z "$acked" ] || [ -z "$intact" ]; then
		cat "$v"
		show_boot "$k"
		fail "cut $k: no verdict"
	fi
	lost=$((acked - intact))
	total_acked=$((total_acked + acked))
	total_lost=$((total_lost + lost))
	((lost == 0)) || lost_cuts=$((lost_cuts + 1))
	canary=""
	s_before=$(cat "$SHARE/canary-synced-$k.before")
	u_before=$(cat "$SHARE/canary-unsynced-$k.before")
	s_after=$(cat "$SHARE/canary-synced-$k.after" 2>/dev/null || echo "not checked")
	u_after=$(cat "$SHARE/canary-unsynced-$k.after" 2>/dev/null || echo "not checked")
	[ "$s_after" = "65536 $s_before" ] || fail "cut $k: a file written with fsync before the cut did not survive it ($s_after)"
	[ "$u_after" != "65536 $u_before" ] || [ -n "$HOLD" ] || fail "cut $k: a file written without fsync just before the cut survived it: the guest's page cache was not lost, so this was no power cut"
	case $u_after in
	absent) canary="absent" ;;
	"65536 $u_before") canary="intact" ;;
	*) canary="${u_after%% *} bytes" ;;
	esac
	age=$(sed -n 's/.*oldest lost record was acknowledged \([0-9.]*\) s before.*/\1/p' "$v")
	echo "powercut $MODE cut $k: ${cut_msg[k]}: acknowledged $acked, intact $intact, lost $lost${age:+ (the oldest $age s before the cut)}; unsynced file after it: $canary"
	if ((lost > 0)); then
		grep -q 'zapd did not start' "$v" && show_boot "$k"
		if ((STRICT == 1)); then
			grep '^powercut:' "$v" | head -n 5 | sed 's/^/  /'
			fail "cut $k: $lost acknowledged records lost with durability=$MODE"
		fi
	fi
	[ "$rc" = 0 ] || ((next > 0)) || { show_boot "$k"; fail "the last boot failed (exit $rc)"; }
done

# Every record of every cut, once more after the last one.
all=$SHARE/verify-all.txt
[ -f "$all" ] || { show_boot "$n"; fail "no final check"; }
read -r all_intact all_other < <(awk '/^verify .* acked / {
	for (i = 1; i < NF; i++) {
		if ($i == "intact") t += $(i + 1)
		if ($i == "other") o += $(i + 1)
	}
} END { print t + 0, o + 0 }' "$all")
# Records whose blocks had been acknowledged to a record of an earlier cut.
# (The last line of a log may have been cut short: it does not count.)
reused=$(cd "$SHARE" && for ((c = 1; c <= n; c++)); do
		if [ -z "$(tail -c 1 "ack-$c.log")" ]; then cat "ack-$c.log"; else head -n -1 "ack-$c.log"; fi
		echo N
	done |
	awk '$1 == "N" { for (b in now) seen[b] = 1; delete now; next }
	     $1 == "A" && NF == 4 { r = 0
		for (b = $3; b < $3 + $4; b++) { if (b in seen) r = 1; now[b] = 1 }
		n += r }
	     END { print n + 0 }')
echo "powercut $MODE: after the last cut, $all_intact of the $total_acked records of the $n cuts read back intact, $all_other hold other records; $reused records were given blocks acknowledged to a record of an earlier cut"
if ((STRICT == 1)) && ! grep -q '^rc 0$' "$all"; then
	grep -v '^verify' "$all" | head -n 10
	fail "records acknowledged in earlier cuts did not all survive the later ones"
fi
if ((STRICT == 1 && reused > 0)); then
	fail "$reused acknowledged records were given blocks of records acknowledged before a cut"
fi
echo "powercut $MODE: $n cuts, $total_acked acknowledged, $total_lost lost (in $lost_cuts cuts), $((SECONDS - T0)) s"
echo "powercut: PASS"
