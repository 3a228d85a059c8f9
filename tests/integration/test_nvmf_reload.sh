#!/bin/sh
# SIGHUP and nvmf_allowed_hosts: a host taken off the list loses its
# controller at once (zapd closes its admin and I/O queue connections and
# says so), a host put on it connects, and the discovery log follows (its
# generation counter moves). A changed subsystem NQN or nvmf_listen is
# logged as needing a restart and not applied; a file zapd cannot take
# is not applied at all. Hosts: nvmf_host on 127.0.0.1.
. "$(dirname "$0")/lib.sh"

NQN=nqn.2026-12.io.zapd:itest
A=nqn.2014-08.org.nvmexpress:uuid:5a9d0000-0000-4000-8000-00000000000a
B=nqn.2014-08.org.nvmexpress:uuid:5a9d0000-0000-4000-8000-00000000000b
conf="$TEST_TMP/nvmf.conf"
# write_conf LISTEN NQN HOSTS
write_conf() {
	printf '%s\n' '[server]' "nvmf_listen = $1" "nvmf_subsys_nqn = $2" \
		"nvmf_allowed_hosts = $3" >"$conf"
}
# reload: SIGHUP, and wait until zapd has handled it
reloads=0
reload() {
	reloads=$((reloads + 1))
	kill -HUP "$ZAPD_PID"
	for _ in $(seq 1 100); do
		[ "$(grep -c 'SIGHUP: reloaded' "$ZAPD_LOG")" -ge $reloads ] &&
			return 0
		sleep 0.1
	done
	fail "zapd did not log reload $reloads"
}
host() { # host HOSTNQN CASE...: nvmf_host as HOSTNQN, its output kept
	"$ZAP_BIN/nvmf_host" "$addr" "$NQN" "$@" >"$TEST_TMP/host.out" 2>&1
}
genctr() { sed -n 's/^discovery numrec=[0-9]* genctr=//p' "$TEST_TMP/host.out"; }

write_conf 127.0.0.1:0 "$NQN" "$A"
zapd_start nvmf_reload --config "$conf" \
	--drive "z:emu:$TEST_TMP/z,create=yes,zone_size=1M,zones=8"
addr=$(sed -n 's/.*nvmf listening address=\([^ ]*\) .*/\1/p' "$ZAPD_LOG")
[ -n "$addr" ] || fail "zapd did not say where it serves NVMe/TCP"

host "$B" discovery || fail "discovery as B: $(cat "$TEST_TMP/host.out")"
grep -q "^discovery numrec=0 " "$TEST_TMP/host.out" ||
	fail "B, not allowed, discovered the subsystem"
g0=$(genctr)

# A holds a controller (admin and I/O queue); B replaces A in the list.
"$ZAP_BIN/nvmf_host" "$addr" "$NQN" "$A" hold >"$TEST_TMP/hold.out" 2>&1 &
holder=$!
for _ in $(seq 1 100); do
	grep -q held "$TEST_TMP/hold.out" && break
	kill -0 $holder 2>/dev/null || break
	sleep 0.1
done
grep -q held "$TEST_TMP/hold.out" || fail "A did not connect: $(cat "$TEST_TMP/hold.out")"
write_conf 127.0.0.1:0 "$NQN" "$B"
reload
wait $holder || fail "A's connections stayed open: $(cat "$TEST_TMP/hold.out")"
grep -q "controller gone .*host=$A reason=\"host no longer in nvmf_allowed_hosts\"" "$ZAPD_LOG" ||
	fail "zapd did not log why A's controller went"
grep -q "nvmf_allowed_hosts reloaded hosts=1 any_host=no controllers_closed=1" "$ZAPD_LOG" ||
	fail "zapd did not log the reload of nvmf_allowed_hosts"
host "$B" admin io || fail "B, now allowed, cannot connect: $(cat "$TEST_TMP/host.out")"
host "$A" admin && fail "A, no longer allowed, connected"
grep -q "connect refused host=$A reason=\"not in nvmf_allowed_hosts\"" "$ZAPD_LOG" ||
	fail "zapd did not log A's refusal"
host "$B" discovery || fail "discovery as B: $(cat "$TEST_TMP/host.out")"
grep -q "^discovery numrec=1 " "$TEST_TMP/host.out" ||
	fail "B, now allowed, does not discover the subsystem"
[ "$(genctr)" -gt "$g0" ] || fail "the discovery log's genctr did not move"

# A new NQN or address needs a restart: logged, not applied (B goes on
# connecting to the old NQN at the old address).
write_conf 127.0.0.2:4420 nqn.2026-12.io.zapd:renamed "$B"
reload
grep -q "nvmf_subsys_nqn changed to nqn.2026-12.io.zapd:renamed: needs a restart; keeping $NQN" "$ZAPD_LOG" ||
	fail "zapd did not say the NQN change needs a restart"
grep -q "nvmf_listen changed to \"127.0.0.2:4420\": needs a restart" "$ZAPD_LOG" ||
	fail "zapd did not say the address change needs a restart"
host "$B" admin || fail "B lost the old NQN or address: $(cat "$TEST_TMP/host.out")"

# A list longer than a config line may be (the config reader's limit) is
# an error, named, and nothing of the file is applied: B stays allowed.
many=$(for i in $(seq 1 8); do printf 'nqn.2014-08.org.example:host-%s,' "$i"; done)
write_conf 127.0.0.1:0 "$NQN" "$many$A"
kill -HUP "$ZAPD_PID"
for _ in $(seq 1 100); do
	grep -q "config not reloaded" "$ZAPD_LOG" && break
	sleep 0.1
done
grep -q "nvmf.conf:4: a line of more than [0-9]* characters: too long" "$ZAPD_LOG" ||
	fail "zapd did not name the line too long"
host "$B" admin || fail "B lost its place with a refused file"

# A long list goes on several lines: each nvmf_allowed_hosts line adds.
write_conf 127.0.0.1:0 "$NQN" "$B"
for h in $(echo "$many" | tr , ' ') "$A"; do
	printf 'nvmf_allowed_hosts = %s\n' "$h" >>"$conf"
done
reload
grep -q "nvmf_allowed_hosts reloaded hosts=10 " "$ZAPD_LOG" ||
	fail "the hosts of two nvmf_allowed_hosts lines were not all taken"
host "$A" admin || fail "A, on the second line, refused: $(cat "$TEST_TMP/host.out")"
host "$B" admin || fail "B, on the first line, refused: $(cat "$TEST_TMP/host.out")"
kill -0 "$ZAPD_PID" || fail "zapd died"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
echo "nvmf_reload: all passed"
