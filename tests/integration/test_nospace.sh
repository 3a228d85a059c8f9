#!/bin/sh
# A drive whose file system fills up: appends get NO_SPACE by name (not
# IO_ERROR), nothing of them is written and no zone space is burnt (the
# zones hold exactly the acknowledged blocks, and zapd admits only what
# fits), and once room is made the next append lands right after the last
# acknowledged one. Needs root (it mounts a small tmpfs).
. "$(dirname "$0")/lib.sh"

[ "$(id -u)" = 0 ] || { echo "needs root to mount a tmpfs: skipped"; exit 77; }
small="$TEST_TMP/small"
mkdir -p "$small"
# 16 MiB of retry records are reserved up front, so 20 MiB leaves ~4 MiB
# of data room; a 1 MiB filler is the room freed later.
mount -t tmpfs -o size=20M zaptest "$small" || fail "cannot mount a tmpfs"
trap 'umount -l "$small" 2>/dev/null; cleanup' EXIT
zapd_start full --drive "n:emu:$small/n,create=yes,zone_size=1M,zone_cap=1M,zones=16,max_open=16,max_active=16"
head -c 1048576 /dev/zero >"$small/filler" || fail "no room for the filler"
head -c 65536 /dev/urandom >"$TEST_TMP/rec"

acked=0 zone=0 st=0
while [ $zone -lt 16 ]; do
	out=$("$ZAP_BIN/zap" -s "$ZAPD_ADDR" append n "$zone" "$TEST_TMP/rec" 2>&1) || {
		st=1
		break
	}
	case $out in
	"lba "*) acked=$((acked + 16)) ;;
	*) fail "append printed: $out" ;;
	esac
	[ $((acked % 256)) = 0 ] && zone=$((zone + 1))
done
[ "$st" = 1 ] || fail "16 MiB went into a 20 MiB file system that holds 16 MiB of records"
echo "$out" | grep -q "NO_SPACE" || fail "a full file system gave: $out"
grep -q "drive storage full name=n" "$ZAPD_LOG" || fail "no log line said the storage is full"

# The zones hold exactly what was acknowledged: no burnt space.
used=$("$ZAP_BIN/zap" -s "$ZAPD_ADDR" --json report n |
	tr '{' '\n' | sed -n 's/.*"start":\([0-9]*\),"wp":\([0-9]*\),.*/\2 \1/p' |
	awk '{ n += $1 - $2 } END { print n + 0 }')
[ "$used" = "$acked" ] ||
	fail "zones hold $used blocks, $acked acknowledged (a failed append burnt space)"
# Still full: still refused, still nothing burnt.
"$ZAP_BIN/zap" -s "$ZAPD_ADDR" append n "$zone" "$TEST_TMP/rec" >/dev/null 2>&1 &&
	fail "an append succeeded on a full file system"

rm "$small/filler"
out=$("$ZAP_BIN/zap" -s "$ZAPD_ADDR" append n "$zone" "$TEST_TMP/rec") ||
	fail "no append after room was made: $out"
want=$((zone * 256 + acked % 256))
[ "$out" = "lba $want" ] || fail "after room was made the append landed at '$out', want lba $want"
grep -q "drive storage has room again name=n" "$ZAPD_LOG" || fail "no recovery line"
"$ZAP_BIN/zap" -s "$ZAPD_ADDR" read n "$want" 64K -o "$TEST_TMP/back" &&
	cmp -s "$TEST_TMP/rec" "$TEST_TMP/back" || fail "the append after recovery reads back wrong"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
echo "nospace: $acked blocks acknowledged before the file system filled; NO_SPACE, nothing burnt, recovered"
