#!/bin/sh
# Damage behind zapd's back is found, never served: after a run whose log
# is saved (--save-log), two acknowledged records are damaged in the
# emulated drive's image, one in its body and one in its header. A
# --verify-log of the saved log passes before the damage; after it, zapd
# refuses to return the damaged blocks (Unrecovered Read Error, by name,
# logged with the LBA: each block has a checksum) and the verifier exits 1.
. "$(dirname "$0")/lib.sh"

img="$TEST_TMP/cd/drive.img"
spec="c:emu:$TEST_TMP/cd,create=yes,zone_size=16M,zone_cap=12M,zones=16,max_open=16,max_active=16"
stress() { "$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" "$@"; }

zapd_start c --drive "$spec"
stress -c 4 -q 16 -n 3000 -s 4K-16K -m append=3,write-at-wp=1,read=1 \
	--reset-rate 0 --finish-rate 0 --save-log "$TEST_TMP/run.zslog" ||
	fail "the run itself did not pass"
zapd_stop || fail "zapd did not stop cleanly"

zapd_start c --drive "$spec"
stress --verify-log "$TEST_TMP/run.zslog" >"$TEST_TMP/clean.txt" 2>&1 ||
	fail "verify-log of an undamaged drive failed: $(cat "$TEST_TMP/clean.txt")"
zapd_stop || fail "zapd did not stop cleanly"

# Record headers start with the magic "ZAPSTRS1"; damage the 2nd and 4th.
offsets=$(LC_ALL=C grep -obUa ZAPSTRS1 "$img" | cut -d: -f1 | sed -n '2p;4p')
# shellcheck disable=SC2086 # one word per offset
set -- $offsets
[ $# -eq 2 ] || fail "records not found in $img"
printf 'XXXX' | dd of="$img" bs=1 seek=$(($1 + 200)) conv=notrunc status=none
printf 'XXXX' | dd of="$img" bs=1 seek="$2" conv=notrunc status=none

zapd_start c --drive "$spec"
# The image's data starts at 1 MiB (16 zones): the damaged block's LBA.
lba=$((($1 + 200) / 4096 - 256))
if "$ZAP_BIN/zap" -s "$ZAPD_ADDR" read c "$lba" 4K -o "$TEST_TMP/blk" \
	2>"$TEST_TMP/read.err"; then
	fail "a damaged block at LBA $lba was served"
fi
grep -q UNRECOVERED_READ_ERROR "$TEST_TMP/read.err" ||
	fail "a damaged block gave: $(cat "$TEST_TMP/read.err")"
grep -q "drive data damaged name=c lba=$lba " "$ZAPD_LOG" ||
	fail "zapd did not log the damaged LBA $lba"
out="$TEST_TMP/damaged.txt"
stress --verify-log "$TEST_TMP/run.zslog" >"$out" 2>&1
rc=$?
tail -5 "$out"
[ "$rc" -eq 1 ] || fail "damaged records: exit $rc, want 1"
grep -q '^result: FAIL$' "$out" || fail "no FAIL verdict"
grep -q 'did not read back intact' "$out" ||
	fail "the verifier did not report the refused reads"
zapd_stop || fail "zapd did not stop cleanly"
exit 0
