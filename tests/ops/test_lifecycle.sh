#!/bin/sh
# What the systemd unit relies on: READY=1 on $NOTIFY_SOCKET once zapd
# serves, STOPPING=1 on SIGTERM; no timestamps under journald
# ($JOURNAL_STREAM); SIGHUP re-reads log_level, and a broken config on
# SIGHUP changes nothing and stops nothing; SIGHUP during start-up does
# not kill zapd.
. "${ZAP_SRC:?}/tests/integration/lib.sh"

PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
L="$TEST_TMP/life"
mkdir -p "$L"
sock="$L/notify"

# a datagram socket standing in for systemd's notify socket
"$PY" - "$sock" "$L/notify.log" <<'EOF' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.settimeout(60)
with open(sys.argv[2], "w") as log:
    while True:
        msg = s.recv(4096).decode()
        log.write(msg + "\n")
        log.flush()
        if "STOPPING=1" in msg:
            break
EOF
listener=$!
i=0
while [ ! -S "$sock" ]; do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "notify listener did not start"
	sleep 0.05
done

# wait_for FILE PATTERN WHAT
wait_for() {
	i=0
	until grep -q "$2" "$1" 2>/dev/null; do
		i=$((i + 1))
		[ $i -lt 200 ] || fail "no $3 after 10 s"
		sleep 0.05
	done
}

conf="$L/zapd.conf"
printf '%s\n' '[server]' 'log_level = info' '[drive l]' 'backend = emu' \
	"path = $L/l" 'create = yes' 'zone_size = 1M' 'zones = 16' > "$conf"
NOTIFY_SOCKET="$sock" JOURNAL_STREAM=8:1234
export NOTIFY_SOCKET JOURNAL_STREAM
zapd_start life --config "$conf"
unset NOTIFY_SOCKET JOURNAL_STREAM
wait_for "$L/notify.log" '^READY=1$' "READY=1 on the notify socket"
grep -q '^info zapd ready version=' "$ZAPD_LOG" ||
	fail "under journald, lines start with the level: $(head -3 "$ZAPD_LOG")"

# SIGHUP: log_level info -> debug, then a connection is logged
sed -i 's/^log_level = info$/log_level = debug/' "$conf"
# shellcheck disable=SC2153 # ZAPD_PID is set by zapd_start
kill -HUP "$ZAPD_PID"
wait_for "$ZAPD_LOG" 'SIGHUP: reloaded log_level=debug' "reload line"
"$ZAP_BIN/zap" -s "$ZAPD_ADDR" info >/dev/null || fail "zap info after SIGHUP"
wait_for "$ZAPD_LOG" '^debug connection accepted' "debug line after reload"

# SIGHUP with a broken file: a warning, and zapd goes on serving
printf '[server]\nbogus = 1\n' >> "$conf"
kill -HUP "$ZAPD_PID"
wait_for "$ZAPD_LOG" 'SIGHUP: config not reloaded' "warning on a bad reload"
"$ZAP_BIN/zap" -s "$ZAPD_ADDR" info >/dev/null || fail "zap info after a bad SIGHUP"

zapd_stop TERM || fail "zapd did not exit 0 on SIGTERM"
wait "$listener" || fail "no STOPPING=1 on the notify socket"

# SIGHUP while zapd starts (a drive of a million zones open, its zone
# table still being read) neither kills it nor stops it; SIGTERM then
# stops it cleanly.
big="e:emu:$L/early-e,create=yes,zone_size=4K,zone_cap=4K,zones=1048576"
for round in 1 2 3; do
	"$ZAP_BIN/zapd" --plaintext --listen 127.0.0.1:0 \
		--port-file "$L/early.addr" \
		--state-dir "$L/early" --drive "$big" >"$L/early$round.log" 2>&1 &
	early=$!
	ZAPD_PIDS="$ZAPD_PIDS $early"
	i=0
	until grep -q 'drive open name=e' "$L/early$round.log"; do
		i=$((i + 1))
		[ $i -lt 600 ] || fail "zapd did not open its drive in 30 s"
		sleep 0.01
	done
	kill -HUP "$early"
	grep -q 'listening' "$L/early$round.log" &&
		echo "round $round: the SIGHUP came after start-up (not tested)"
	i=0
	until [ -s "$L/early.addr" ]; do
		kill -0 "$early" 2>/dev/null ||
			fail "SIGHUP at start-up killed zapd: $(cat "$L/early$round.log")"
		i=$((i + 1))
		[ $i -lt 200 ] || fail "zapd did not start after an early SIGHUP"
		sleep 0.05
	done
	kill -TERM "$early"
	wait "$early" || fail "zapd did not exit 0 after an early SIGHUP"
	rm -f "$L/early.addr"
done
[ "$(cat "$L/notify.log")" = "READY=1
STOPPING=1" ] || fail "notify messages: $(cat "$L/notify.log")"
echo "lifecycle: READY=1, SIGHUP reload, STOPPING=1, exit 0"
