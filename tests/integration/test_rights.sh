#!/bin/sh
# Rights (issue 13). A client may do only what its principal's drive.NAME
# lines and admin grant: every other request gets PERMISSION_DENIED, whose
# message names the missing right, and leaves no trace on the drive. A
# SIGHUP changes rights without dropping the connections that keep them.
# Plaintext connections authenticate as nobody: they get the rights of
# [principal anonymous] (keys and certificates: test_tls.sh).
. "$(dirname "$0")/lib.sh"

geo="create=yes,zone_size=64K,zone_cap=64K,zones=4,max_open=4,max_active=4"
conf="$TEST_TMP/rights.conf"
# write_conf LINES...: the principal anonymous with these lines
write_conf() {
	printf '%s\n' '[principal anonymous]' "$@" > "$conf"
}
write_conf 'drive.r = read' 'drive.a = append' 'drive.w = write' \
	'drive.m = manage' 'drive.s = all'
args="--config $conf"
for d in r a w m; do
	args="$args --drive $d:emu:$TEST_TMP/$d,$geo"
done
args="$args --drive s:emu:$TEST_TMP/s,create=yes,zone_size=4M,zones=4"
# shellcheck disable=SC2086
zapd_start rights $args
head -c 4096 /dev/urandom > "$TEST_TMP/rec"
Z() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" "$@"; }

# denied RIGHT COMMAND...: refused with PERMISSION_DENIED naming RIGHT
n=0
denied() {
	right=$1
	shift
	st=0
	out=$(Z "$@" 2>&1) || st=$?
	[ "$st" = 1 ] || fail "zap $*: exit $st, want 1 (refused): $out"
	case $out in
	*PERMISSION_DENIED*"lacks the $right right"*) ;;
	*) fail "zap $*: want PERMISSION_DENIED naming '$right': $out" ;;
	esac
	n=$((n + 1))
}

denied read read a 0 4K
denied read report a
denied append append r 0 "$TEST_TMP/rec"
denied append append w 0 "$TEST_TMP/rec"
denied write write r 0 0 "$TEST_TMP/rec"
denied write write a 0 0 "$TEST_TMP/rec"
denied manage reset a 0
denied manage finish r all
denied manage open w 1
denied manage fence a 0
denied "append or write" flush r
denied admin stats

# What each right allows works.
Z read r 0 4K -o /dev/null || fail "read with the read right"
[ "$(Z append a 0 "$TEST_TMP/rec")" = "lba 0" ] || fail "append with append"
Z write w 0 0 "$TEST_TMP/rec" >/dev/null || fail "write with write"
Z finish m 1 || fail "finish with manage"
Z flush a || fail "flush with append"

# A load on drive s runs through two reloads: one that keeps its rights
# (it must not notice), then one that takes read away (its reads and
# reports are refused, the connections stay).
"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" -d s -c 2 -q 4 -s 4K -t 3 \
	-m append=3,read=1 >"$TEST_TMP/stress.out" 2>&1 &
stress=$!
sleep 1
write_conf 'drive.r = read' 'drive.a = append' 'drive.w = write' \
	'drive.m = manage' 'drive.s = read, append, write, manage' 'admin = no'
kill -HUP "$ZAPD_PID"
wait "$stress" || { cat "$TEST_TMP/stress.out"; fail "zap-stress failed across a reload that kept its " \
	"rights"; }
grep -q 'SIGHUP: reloaded' "$ZAPD_LOG" || fail "no reload logged"
grep -q 'connection closed.*reason="authenticated\|PERMISSION' "$ZAPD_LOG" &&
	fail "a reload that kept the rights closed or refused something"

# Nothing refused left a trace: with read and admin on everything (a
# reload), every zone holds exactly what the allowed requests wrote.
write_conf 'drive.* = read' 'admin = yes'
kill -HUP "$ZAPD_PID"
for _ in $(seq 1 50); do
	[ "$(grep -c 'SIGHUP: reloaded' "$ZAPD_LOG")" -ge 2 ] && break
	sleep 0.1
done
Z stats | grep -q 'status="PERMISSION_DENIED"} [1-9]' ||
	fail "stats does not count the refusals"
for d in r a w m; do
	Z report "$d" > "$TEST_TMP/$d.zones" || fail "report $d after the reload"
done
# zap report: "ZONE start: S, wp: W, cap: C, state: STATE". Zone 0 of a
# and w holds the one allowed record, m's zone 1 is finished; everything
# else is empty, as it started.
zone() { # zone DRIVE INDEX: "wp STATE"
	awk -v z="$2" '$1 == z { sub(",", "", $5); print $5, $9 }' \
		"$TEST_TMP/$1.zones"
}
for d in r a w m; do
	for z in 0 1 2 3; do
		want="0x0000000$((z))0 EMPTY"
		[ "$d$z" = a0 ] || [ "$d$z" = w0 ] &&
			want="0x000000001 IMP_OPEN"
		[ "$d$z" = m1 ] && want="0x000000020 FULL"
		[ "$(zone "$d" "$z")" = "$want" ] ||
			fail "drive $d zone $z: want $want: $(cat "$TEST_TMP/$d.zones")"
	done
done

# A reload that takes read away from s: its reads are refused now.
write_conf 'drive.s = append'
kill -HUP "$ZAPD_PID"
for _ in $(seq 1 50); do
	[ "$(grep -c 'SIGHUP: reloaded' "$ZAPD_LOG")" -ge 3 ] && break
	sleep 0.1
done
denied read read s 0 4K

# Rights are those of when a request is dispatched: an append whose data
# part is still coming when a reload takes append away is refused (it
# was checked against the rights its frame began with, in the table the
# reload freed).
cat >"$TEST_TMP/revoke.sh" <<EOF
printf '%s\n' '[principal anonymous]' 'drive.s = read' >"$conf"
kill -HUP $ZAPD_PID
for _ in \$(seq 1 50); do
	[ "\$(grep -c 'SIGHUP: reloaded' "$ZAPD_LOG")" -ge 4 ] && exit 0
	sleep 0.1
done
exit 1
EOF
"$ZAP_BIN/badinput" --addr "$ZAPD_ADDR" --drive s \
	--mid-frame "sh $TEST_TMP/revoke.sh" reload_mid_frame ||
	fail "an append begun before a reload kept the right it lost"
echo "rights: $n refusals named their right and changed nothing"
