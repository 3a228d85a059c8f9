#!/bin/sh
# zapd's NVMe/TCP front end against a bare host on a socket (nvmf_host):
# the Linux initiator's sequence (ICReq, Connect, properties, Identify,
# effects log), I/O in the capsule, after R2T and back as C2HData, with
# and without digests; malformed PDUs, wrong digests and transfer tags,
# unknown hosts and subsystems; the discovery controller. zapd must
# survive all of it and stop cleanly. (The kernel's own initiator:
# tests/qemu/nvmf.sh.)
. "$(dirname "$0")/lib.sh"

NQN=nqn.2026-12.io.zapd:itest
HOST=nqn.2014-08.org.nvmexpress:uuid:5a9d0000-0000-4000-8000-000000000002
zapd_start nvmf --drive "z:emu:$TEST_TMP/z,create=yes,zone_size=1M,zones=8" \
	--nvmf-listen 127.0.0.1:0 --nvmf-subsys-nqn "$NQN" \
	--nvmf-allowed-hosts "$HOST"
addr=$(sed -n 's/.*nvmf listening address=\([^ ]*\) .*/\1/p' "$ZAPD_LOG")
[ -n "$addr" ] || fail "zapd did not say where it serves NVMe/TCP"
out=$("$ZAP_BIN/nvmf_host" "$addr" "$NQN" "$HOST" malformed header_digest \
	refused admin io io_digests data_digest_and_ttag discovery)
st=$?
echo "$out"
[ $st -eq 0 ] || fail "nvmf_host failed"
# The discovery log lists the subsystem to the allowed host.
echo "$out" | grep -q "^discovery numrec=1 " ||
	fail "the allowed host did not discover the subsystem"
kill -0 "$ZAPD_PID" || fail "zapd died"
grep -q "not in nvmf_allowed_hosts" "$ZAPD_LOG" ||
	fail "zapd did not log the refused host"
# The host's commands went through dispatch: counted like zapd's own
# (only the host appended here: two runs of case io, one append each).
appends=$("$ZAP_BIN/zap" -s "$ZAPD_ADDR" stats |
	sed -n 's/^zapd_requests_total{op="append",status="OK"} //p')
[ "$appends" = 2 ] || fail "NVMe appends counted $appends times, want 2"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"

# A host has the rights of the principal anonymous: here, read only.
printf '%s\n' '[principal anonymous]' 'drive.z = read' \
	'[principal admin]' 'admin = yes' > "$TEST_TMP/ro.conf"
zapd_start nvmf_ro --config "$TEST_TMP/ro.conf" \
	--drive "z:emu:$TEST_TMP/z" --nvmf-listen 127.0.0.1:0 \
	--nvmf-subsys-nqn "$NQN" --nvmf-allowed-hosts "$HOST"
addr=$(sed -n 's/.*nvmf listening address=\([^ ]*\) .*/\1/p' "$ZAPD_LOG")
"$ZAP_BIN/nvmf_host" "$addr" "$NQN" "$HOST" read_only ||
	fail "a read-only host could change the drive, or not read it"
grep -q "permission denied principal=anonymous right=append drive=z" \
	"$ZAPD_LOG" || fail "the refused NVMe append was not logged"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
# A drive whose commands must stay under 8 KiB cannot say so in MDTS and
# ZASL (0 would mean no limit): it is not exported, and the log says why.
zapd_start nvmf_small --drive "s:emu:$TEST_TMP/s,create=yes,zone_size=1M,zones=2,max_append=4K" \
	--nvmf-listen 127.0.0.1:0 --nvmf-subsys-nqn "$NQN" \
	--nvmf-allowed-hosts "$HOST"
grep -q "drive s is not exported.*below 8 KiB" "$ZAPD_LOG" ||
	fail "a drive of 4 KiB commands was exported, or without a reason"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
# With principals but no anonymous one, hosts could do nothing: refused.
printf '%s\n' '[principal admin]' 'admin = yes' > "$TEST_TMP/noanon.conf"
out=$("$ZAP_BIN/zapd" --plaintext --check-config --state-dir "$TEST_TMP" \
	--config "$TEST_TMP/noanon.conf" --drive "z:emu:$TEST_TMP/z" \
	--nvmf-listen 127.0.0.1:4420 2>&1) &&
	fail "zapd took nvmf_listen with principals but no anonymous one"
echo "$out" | grep -q "none is \[principal anonymous\]" ||
	fail "zapd refused, but not saying why: $out"

# Beyond loopback NVMe/TCP needs insecure=yes, and zapd says why.
out=$("$ZAP_BIN/zapd" --plaintext --check-config --state-dir "$TEST_TMP" \
	--drive "z:emu:$TEST_TMP/z" --nvmf-listen 0.0.0.0:4420 2>&1) &&
	fail "zapd took a non-loopback nvmf_listen without insecure=yes"
echo "$out" | grep -q "NVMe/TCP in zapd is unencrypted" ||
	fail "zapd refused, but not saying why: $out"
"$ZAP_BIN/zapd" --plaintext --insecure --check-config --state-dir "$TEST_TMP" \
	--drive "z:emu:$TEST_TMP/z" --nvmf-listen 0.0.0.0:4420 ||
	fail "zapd refused a non-loopback nvmf_listen with insecure=yes"
# A malformed address or NQN is refused by --check-config, named.
out=$("$ZAP_BIN/zapd" --plaintext --check-config --state-dir "$TEST_TMP" \
	--drive "z:emu:$TEST_TMP/z" --nvmf-listen 127.0.0.1 2>&1) &&
	fail "zapd took nvmf_listen without a port"
echo "$out" | grep -q "nvmf_listen 127.0.0.1: want HOST:PORT" ||
	fail "zapd refused, but not saying why: $out"
out=$("$ZAP_BIN/zapd" --plaintext --check-config --state-dir "$TEST_TMP" \
	--drive "z:emu:$TEST_TMP/z" --nvmf-listen 127.0.0.1:4420 \
	--nvmf-subsys-nqn zapd 2>&1) && fail "zapd took the NQN \"zapd\""
echo "$out" | grep -q "nvmf_subsys_nqn zapd: want nqn." ||
	fail "zapd refused, but not saying why: $out"
echo "nvmf: all passed"
