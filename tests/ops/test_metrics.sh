#!/bin/sh
# /metrics is valid Prometheus exposition format (promtool check metrics,
# which also lints names, HELP and TYPE), and its values match the
# requests this test sent: 37 appends and 5 reads that succeed, 3 appends
# to a zone that does not exist, 2 reads beyond the drive; the drive's
# fsyncs ran where they should. `zap stats` shows the same text.
. "${ZAP_SRC:?}/tests/integration/lib.sh"

command -v promtool >/dev/null || fail "promtool missing: apt-get install prometheus"
command -v curl >/dev/null || fail "curl missing: apt-get install curl"

M="$TEST_TMP/metrics"
mkdir -p "$M"
zapd_start m --drive "m:emu:$TEST_TMP/m,create=yes,zone_size=1M,zones=16" \
	--metrics-listen 127.0.0.1:0
maddr=$(sed -n 's/.*metrics listening address=\([^ ]*\) .*/\1/p' "$ZAPD_LOG")
[ -n "$maddr" ] || fail "no 'metrics listening' line in the log"
url="http://$maddr/metrics"
zap() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" "$@"; }

# check FILE: promtool accepts it, without a lint problem
check() {
	promtool check metrics < "$1" > "$1.promtool" 2>&1 ||
		fail "promtool refuses $1: $(cat "$1.promtool")"
}

curl -fsS -D "$M/headers" "$url" > "$M/empty" || fail "GET $url failed"
check "$M/empty"
grep -qi '^content-type: text/plain; version=0.0.4' "$M/headers" ||
	fail "wrong content type: $(cat "$M/headers")"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://$maddr/other")
[ "$code" = 404 ] || fail "GET /other: HTTP $code, want 404"

# the traffic: one zap command, one connection each
head -c 4096 /dev/urandom > "$M/block"
lbas=""
i=0
while [ $i -lt 37 ]; do
	lba=$(zap append m $((i % 4)) "$M/block") || fail "append $i failed"
	lbas="$lbas ${lba#lba }"
	i=$((i + 1))
done
i=0
for lba in $lbas; do
	[ $i -lt 5 ] || break
	zap read m "$lba" 4K -o "$M/back" || fail "read of lba $lba failed"
	cmp -s "$M/block" "$M/back" || fail "lba $lba reads back different data"
	i=$((i + 1))
done
for i in 1 2 3; do
	! zap append m 99 "$M/block" 2>/dev/null || fail "append to zone 99 worked"
done
for i in 1 2; do
	! zap read m 1000000 4K -o "$M/back" 2>/dev/null || fail "read beyond the drive worked"
done
conns=47

curl -fsS "$url" > "$M/after" || fail "GET $url failed"
check "$M/after"
zap stats > "$M/stats" || fail "zap stats failed"
check "$M/stats"

# value FILE SERIES: the value of one series (name and labels as exposed)
value() {
	awk -v s="$2" '$1 == s { print $2; n++ } END { if (n != 1) exit 1 }' "$1" ||
		fail "series $2: not exactly once in $1"
}

# want SERIES VALUE [FILE]
want() {
	got=$(value "${3:-$M/after}" "$1")
	[ "$got" = "$2" ] || fail "$1 is $got, want $2"
}

want 'zapd_requests_total{op="append",status="OK"}' 37
want 'zapd_requests_total{op="read",status="OK"}' 5
want 'zapd_requests_total{op="append",status="NO_SUCH_ZONE"}' 3
want 'zapd_requests_total{op="read",status="LBA_OUT_OF_RANGE"}' 2
want 'zapd_requests_total{op="hello",status="OK"}' $conns
want 'zapd_request_duration_seconds_count{op="append"}' 40
want 'zapd_request_duration_seconds_bucket{op="append",le="+Inf"}' 40
want 'zapd_request_duration_seconds_count{op="read"}' 7
want 'zapd_request_duration_seconds_count{op="write"}' 0
want 'zapd_connections_total' $conns
want 'zapd_connections' 0
want 'zapd_connections_refused_total' 0
want 'zapd_requests_in_flight' 0
want 'zapd_drive_written_bytes_total{drive="m"}' $((37 * 4096))
want 'zapd_drive_read_bytes_total{drive="m"}' $((5 * 4096))
want 'zapd_drive_zones{drive="m",state="IMP_OPEN"}' 4
want 'zapd_drive_zones{drive="m",state="EMPTY"}' 12
want 'zapd_drive_zones{drive="m",state="FULL"}' 0
want 'zapd_drive_open_zones{drive="m"}' 4
want 'zapd_drive_active_zones{drive="m"}' 4
# the durable drive's fsyncs: each append came alone, so the reactor ran
# at least the first itself (later ones too, unless one took over 1 ms);
# and no more than one fsync per append
on_reactor=$(value "$M/after" 'zapd_drive_syncs_total{drive="m",where="reactor"}')
on_ring=$(value "$M/after" 'zapd_drive_syncs_total{drive="m",where="ring"}')
if [ "$on_reactor" -lt 1 ] || [ $((on_reactor + on_ring)) -gt 37 ]; then
	fail "fsyncs: $on_reactor on the reactor, $on_ring on the ring, for 37 appends one at a time"
fi
# no other request counted: every zapd_requests_total series is above
n=$(grep -c '^zapd_requests_total{' "$M/after")
[ "$n" = 6 ] || fail "$n zapd_requests_total series, want 6: $(grep '^zapd_requests_total' "$M/after")"

# bytes on the wire: at least the data, not absurdly more
rx=$(value "$M/after" zapd_received_bytes_total)
tx=$(value "$M/after" zapd_sent_bytes_total)
between() {
	[ "$1" -ge "$2" ] && [ "$1" -lt "$3" ]
}
between "$rx" $((40 * 4096)) $((40 * 4096 + 64 * 1024)) ||
	fail "zapd_received_bytes_total is $rx for 40 appends of 4 KiB"
between "$tx" $((5 * 4096)) $((5 * 4096 + 64 * 1024)) ||
	fail "zapd_sent_bytes_total is $tx for 5 reads of 4 KiB"

# histogram buckets are cumulative
awk -F'[{}]' '/^zapd_request_duration_seconds_bucket/ {
	split($2, l, ","); v = $3 + 0
	if (l[1] == op && v < last) bad = 1
	op = l[1]; last = v
} END { exit bad }' "$M/after" || fail "histogram buckets not cumulative"

# zap stats is the same text (it counts one more connection, and itself
# only after its reply)
want 'zapd_requests_total{op="append",status="OK"}' 37 "$M/stats"
want 'zapd_connections_total' $((conns + 1)) "$M/stats"

zapd_stop || fail "zapd did not exit 0"
echo "metrics: promtool accepts /metrics and zap stats; counters match"
