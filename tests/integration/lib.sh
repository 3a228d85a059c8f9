# Shared helpers for shell tests that drive a real zapd on 127.0.0.1.
# Source it; it expects ZAP_BIN (the build's bin/ directory).
#
#   zapd_start NAME [zapd args...]   start a zapd on an ephemeral port with
#                                    a fresh state dir; sets ZAPD_PID,
#                                    ZAPD_ADDR, ZAPD_DIR, ZAPD_LOG
#   zapd_stop [SIGNAL]               stop it (default TERM) and wait
#   fail MESSAGE                     print and exit 1
#
# Every zapd started here is killed when the test exits.
#
# ZAP_TEST_REACTORS=N (the test command sets it for one run of the suite)
# gives every zapd of a test --reactors N; unset, zapd picks (one per CPU).
# Scripts that start a zapd themselves add $ZAPD_REACTOR_ARGS.

set -u
: "${ZAP_BIN:?ZAP_BIN must name the bin directory of the build}"
ZAPD_REACTOR_ARGS=${ZAP_TEST_REACTORS:+--reactors $ZAP_TEST_REACTORS}
TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/zaptest.XXXXXX")
ZAPD_PIDS=""

cleanup() {
	for p in $ZAPD_PIDS; do
		kill -KILL "$p" 2>/dev/null
	done
	wait 2>/dev/null
	rm -rf "$TEST_TMP"
}
trap cleanup EXIT

fail() {
	echo "FAIL: $*" >&2
	if [ -n "${ZAPD_LOG:-}" ] && [ -f "$ZAPD_LOG" ]; then
		echo "--- zapd log (last 30 lines) ---" >&2
		tail -n 30 "$ZAPD_LOG" >&2
	fi
	exit 1
}

# zapd_start NAME [args]: a drive NAME (emu, small geometry unless the
# args give one with --drive) is the default.
zapd_start() {
	name=$1
	shift
	ZAPD_DIR="$TEST_TMP/$name"
	mkdir -p "$ZAPD_DIR"
	ZAPD_LOG="$ZAPD_DIR/zapd.log"
	rm -f "$ZAPD_DIR/addr"
	# shellcheck disable=SC2046
	"$ZAP_BIN/zapd" --listen 127.0.0.1:0 --port-file "$ZAPD_DIR/addr" \
		$([ "${ZAPD_TLS:-0}" = 1 ] || echo --plaintext) \
		$ZAPD_REACTOR_ARGS --state-dir "$ZAPD_DIR" "$@" \
		>>"$ZAPD_LOG" 2>&1 &
	ZAPD_PID=$!
	ZAPD_PIDS="$ZAPD_PIDS $ZAPD_PID"
	for _ in $(seq 1 600); do
		if [ -s "$ZAPD_DIR/addr" ]; then
			ZAPD_ADDR=$(cat "$ZAPD_DIR/addr")
			export ZAPD_ADDR
			return 0
		fi
		kill -0 "$ZAPD_PID" 2>/dev/null || fail "zapd exited at start"
		sleep 0.05
	done
	fail "zapd did not start within 30 s"
}

# zapd_stop [SIGNAL]: returns zapd's exit status.
zapd_stop() {
	kill "-${1:-TERM}" "$ZAPD_PID" 2>/dev/null
	st=0
	wait "$ZAPD_PID" || st=$?
	return $st
}
