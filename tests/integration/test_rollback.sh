#!/bin/sh
# An emulated drive restored from an older copy (a backup, a snapshot) is
# refused by name, and left as it was, instead of served without the data
# acknowledged since;
# removing the state file that vouches for the newer one accepts it. And a
# drive directory that is gone is refused, not re-created empty.
. "$(dirname "$0")/lib.sh"

d="$TEST_TMP/r"
geo="zone_size=1M,zones=4"
zap() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" "$@"; }
head -c 4096 /dev/urandom >"$TEST_TMP/rec"

zapd_start r1 --drive "r:emu:$d,create=yes,$geo"
zap append r 0 "$TEST_TMP/rec" >/dev/null || fail "append"
zapd_stop || fail "zapd did not exit 0"
cp --sparse=always "$d/drive.img" "$TEST_TMP/backup.img"

state=$ZAPD_DIR
restart() {
	# shellcheck disable=SC2086
	"$ZAP_BIN/zapd" --plaintext --listen 127.0.0.1:0 --state-dir "$state" \
		$ZAPD_REACTOR_ARGS --drive "r:emu:$d,$geo" >"$TEST_TMP/start.log" 2>&1 &
	pid=$!
	ZAPD_PIDS="$ZAPD_PIDS $pid"
	sleep 1
	kill -0 "$pid" 2>/dev/null
}

# a newer image: two appends acknowledged since the backup
zapd_start r2 --state-dir "$state" --drive "r:emu:$d,$geo"
zap append r 0 "$TEST_TMP/rec" >/dev/null || fail "append"
zap append r 0 "$TEST_TMP/rec" >/dev/null || fail "append"
zapd_stop || fail "zapd did not exit 0"

cp --sparse=always "$TEST_TMP/backup.img" "$d/drive.img"
if restart; then
	kill "$pid"
	fail "an image older than the last one served was accepted"
fi
grep -q "drive image is older than the one zapd last served name=r" \
	"$TEST_TMP/start.log" || fail "no reason given: $(cat "$TEST_TMP/start.log")"
# refused before anything of it was replayed, converted or rewritten
cmp -s "$TEST_TMP/backup.img" "$d/drive.img" ||
	fail "the refused image was changed"
rm "$state/r.emu-generation"
restart || fail "the restored image was refused after its state file was removed"
kill "$pid"

# a lost drive directory: refused, and nothing is made in its place
rm -rf "$d"
restart && { kill "$pid"; fail "a missing drive was served"; }
grep -q "drive missing name=r" "$TEST_TMP/start.log" ||
	fail "a missing drive gave: $(cat "$TEST_TMP/start.log")"
[ ! -e "$d" ] || fail "zapd made $d in place of the missing drive"
echo "rollback: an older image and a missing drive refused by name"
