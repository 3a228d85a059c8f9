#!/bin/sh
# A reset zone reads as zeros, on emu (whose blocks a reset keeps, so the
# old data is still in the image) and on mem; a finish after a short write
# does not bring the data of before the reset back; on emu neither after a
# SIGKILL and a restart.
. "$(dirname "$0")/lib.sh"

geom="zone_size=1M,zone_cap=768K,zones=4,max_open=4,max_active=4"
zap() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" "$@"; }
head -c 65536 /dev/urandom > "$TEST_TMP/old"
head -c 4096 /dev/urandom > "$TEST_TMP/new"
head -c 65536 /dev/zero > "$TEST_TMP/zeros"
{ cat "$TEST_TMP/new"; head -c 61440 /dev/zero; } > "$TEST_TMP/expect"

# check WHAT: zone 1 (LBA 256) holds "new" then zeros, as a Full zone
check() {
	zap read r 256 64K -o "$TEST_TMP/back" || fail "read ($1)"
	cmp -s "$TEST_TMP/expect" "$TEST_TMP/back" ||
		fail "zone 1 is not the new block then zeros ($1)"
	zap report r | grep -E "start: 0x0*100,.*FULL" >/dev/null ||
		fail "zone 1 not full ($1): $(zap report r)"
}

for spec in "r:emu:$TEST_TMP/r,create=yes,$geom" \
	    "r:mem:-,$geom,durability=none"; do
	zapd_start "${spec#r:}" --drive "$spec"
	zap append r 1 "$TEST_TMP/old" >/dev/null || fail "append ($spec)"
	zap reset r 1 || fail "reset ($spec)"
	zap read r 256 64K -o "$TEST_TMP/back" || fail "read ($spec)"
	cmp -s "$TEST_TMP/zeros" "$TEST_TMP/back" ||
		fail "a reset zone does not read as zeros ($spec)"
	zap append r 1 "$TEST_TMP/new" >/dev/null || fail "append ($spec)"
	zap finish r 1 || fail "finish ($spec)"
	check "$spec"
	case $spec in
	*:emu:*)
		zapd_stop KILL
		zapd_start emu-again --drive "$spec"
		check "emu after SIGKILL"
		;;
	esac
	zapd_stop || fail "zapd did not exit 0 ($spec)"
done
echo "reset zeros ok"
