#!/bin/sh
# SIGTERM (ten times) and SIGINT under an append load: zapd stops
# accepting, answers every request in flight, writes every answer, and exits
# 0 within shutdown_timeout; after a restart every acknowledged append reads
# back, and the zones hold exactly the acknowledged blocks (no request
# answered without being applied, none applied without an answer: a request
# the client saw no answer to was never read, so never applied).
. "${ZAP_SRC:?}/tests/integration/lib.sh"

LOAD="$ZAP_BIN/ops_load"
[ -x "$LOAD" ] || fail "no $LOAD: build the ops_load target"
bound=10		# shutdown_timeout given to zapd, seconds
geo="zone_size=16M,zones=16"

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

# written_blocks: blocks between start and wp of zones 0..7 of drive L.
written_blocks() {
	"$ZAP_BIN/zap" -s "$ZAPD_ADDR" --json report L --zone 0 --count 8 |
		tr '{' '\n' | sed -n 's/.*"start":\([0-9]*\),"wp":\([0-9]*\),.*/\2 - \1/p' |
		paste -sd+ | sed 's/^$/0/'
}

# stop_under_load ROUND SIGNAL: load, signal, check; leaves the acked log
# in $TEST_TMP/ROUND.log.
stop_under_load() {
	round=$1
	sig=$2
	log="$TEST_TMP/$round.log"
	spec="L:emu:$TEST_TMP/$round.L,create=yes,$geo"
	zapd_start "$round" --drive "$spec" --shutdown-timeout "$bound"
	before=$(($(written_blocks)))
	: > "$log"
	"$LOAD" load "$ZAPD_ADDR" L "$log" 120 > "$TEST_TMP/$round.load" 2>&1 &
	load_pid=$!
	# under load: wait for 300 acknowledged appends
	i=0
	while [ "$(wc -l < "$log")" -lt 300 ]; do
		kill -0 "$load_pid" 2>/dev/null ||
			fail "$round: load ended early: $(cat "$TEST_TMP/$round.load")"
		i=$((i + 1))
		[ $i -lt 600 ] || fail "$round: no load after 30 s"
		sleep 0.05
	done
	t0=$(now_ms)
	st=0
	zapd_stop "$sig" || st=$?
	ms=$(($(now_ms) - t0))
	[ "$st" = 0 ] || fail "$round: zapd exit status $st after SIG$sig, want 0"
	[ "$ms" -le $((bound * 1000 + 2000)) ] ||
		fail "$round: zapd took $ms ms to stop, bound ${bound} s"
	lst=0
	wait "$load_pid" || lst=$?
	summary=$(cat "$TEST_TMP/$round.load")
	[ "$lst" = 0 ] || fail "$round: load failed: $summary"
	acked=$(echo "$summary" | sed -n 's/.* acked=\([0-9]*\) .*/\1/p')
	lost=$(echo "$summary" | sed -n 's/.* lost=\([0-9]*\) .*/\1/p')
	[ "$acked" = "$(wc -l < "$log")" ] ||
		fail "$round: $acked acked but $(wc -l < "$log") logged"
	in_flight=$(sed -n "s/.*shutting down reason=SIG$sig in_flight=\([0-9]*\).*/\1/p" \
		"$ZAPD_LOG")
	[ -n "$in_flight" ] || fail "$round: no shutdown line in the log"
	grep -q 'zapd stopped exit=0' "$ZAPD_LOG" || fail "$round: no clean stop"
	echo "$round: SIG$sig with $in_flight in flight; stopped in $ms ms;" \
		"$summary"

	# restart on the same drive: everything acknowledged is there
	zapd_start "$round-after" --drive "$spec"
	"$LOAD" verify "$ZAPD_ADDR" L "$log" > "$TEST_TMP/$round.verify" 2>&1 ||
		fail "$round: acknowledged data lost: $(cat "$TEST_TMP/$round.verify")"
	cat "$TEST_TMP/$round.verify"
	blocks=$(awk '{ n += $3 } END { print n + 0 }' "$log")
	after=$(($(written_blocks)))
	[ $((after - before)) = "$blocks" ] ||
		fail "$round: zones grew by $((after - before)) blocks, $blocks" \
			"acknowledged ($lost requests got no answer)"
	zapd_stop || fail "$round: zapd did not exit 0 after the check"
}

# A client that stops reading: zapd answers everything at once, but may
# exit only once the replies are written (here: after the client reads
# again), and the zone holds exactly the acknowledged appends.
zapd_start slow --drive "S:emu:$TEST_TMP/S,create=yes,$geo"
"$ZAP_BIN/slow_reader" "$ZAPD_ADDR" S 0 2000 > "$TEST_TMP/slow.out" 2>&1 &
reader=$!
sleep 0.5
zapd_stop TERM || fail "slow: zapd exit status $? after SIGTERM, want 0"
wait "$reader" || fail "slow: replies lost: $(cat "$TEST_TMP/slow.out")"
acked=$(sed -n 's/^acked=\([0-9]*\) .*/\1/p' "$TEST_TMP/slow.out")
zapd_start slow-after --drive "S:emu:$TEST_TMP/S,create=yes,$geo"
pos=$("$ZAP_BIN/zap" -s "$ZAPD_ADDR" --json report S --zone 0 --count 1 |
	sed -n 's/.*"start":\([0-9]*\),"wp":\([0-9]*\),.*/\1 \2/p')
used=$((${pos#* } - ${pos% *}))
[ "$used" = "$acked" ] ||
	fail "slow: zone 0 holds $used blocks, $acked acknowledged"
zapd_stop || fail "slow: zapd did not exit 0 after the check"
echo "slow reader: $(cat "$TEST_TMP/slow.out"), all written before exit"

# A stop that cannot finish ends at shutdown_timeout, exit 1, also when
# the stuck connection lives on another reactor than server 0's, which
# keeps the deadline: an idle connection takes reactor 0 (the one with the
# fewest), the slow reader then reactor 1, and it reads nothing for longer
# than the timeout.
zapd_start timeout --drive "S:emu:$TEST_TMP/T,create=yes,$geo" \
	--reactors 2 --shutdown-timeout 1
python3 -c 'import socket, sys, time
h, p = sys.argv[1].rsplit(":", 1)
s = socket.create_connection((h, int(p)))
time.sleep(20)' "$ZAPD_ADDR" &
idle=$!
sleep 0.3
"$ZAP_BIN/slow_reader" "$ZAPD_ADDR" S 0 20000 > "$TEST_TMP/stuck.out" 2>&1 &
reader=$!
sleep 0.5
t0=$(now_ms)
st=0
zapd_stop TERM || st=$?
ms=$(($(now_ms) - t0))
kill "$idle" "$reader" 2>/dev/null
wait "$idle" "$reader" 2>/dev/null
[ "$st" = 1 ] || fail "timeout: zapd exit status $st, want 1"
[ "$ms" -le 4000 ] || fail "timeout: zapd took $ms ms to stop, timeout 1 s"
grep -q "shutdown timeout: .*reactors_done=1 of 2" "$ZAPD_LOG" ||
	fail "timeout: no shutdown timeout line naming the reactors done"
echo "stuck connection on reactor 1: exit 1 after $ms ms"

for round in $(seq -f term%g 1 10); do
	stop_under_load "$round" TERM
done
stop_under_load int INT
echo "sigterm_under_load: passed"
