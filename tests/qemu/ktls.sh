#!/bin/sh
# kTLS in the guest (its Debian kernel has the tls module; the host's may
# not): zapd with tls_ktls = yes hands the transmit direction of TLS 1.3 to
# the kernel (OpenSSL 3.0 offloads sending only), and data still
# round-trips: appends read back byte for byte through the kernel's
# records, and a zap-stress run verifies every record. Run by guest-run.
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/../integration/tls_certs.sh"

[ "${ZAP_GUEST:-}" = 1 ] || fail "run me in the guest (tests/qemu/guest-run)"
modprobe tls || fail "modprobe tls failed"
grep -qw tls /proc/sys/net/ipv4/tcp_available_ulp ||
	fail "no tls ULP after modprobe tls"
c="$TEST_TMP/certs"
tls_make_certs "$c" || fail "cannot make certificates"
export ZAPD_TLS=1
zapd_start ktls --tls-cert "$c/server.pem" --tls-key "$c/server.key" \
	--tls-ktls=yes --drive "t:emu:$TEST_TMP/t,create=yes,zone_size=4M,zones=8"
Z() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" --tls-ca "$c/ca.pem" "$@"; }

# large reads: many full records through the kernel
head -c 1048576 /dev/urandom > "$TEST_TMP/rec"
for zone in 0 1 2; do
	Z append t $zone "$TEST_TMP/rec" >/dev/null || fail "append"
	Z read t $((zone * 1024)) 1M -o "$TEST_TMP/back" || fail "read"
	cmp -s "$TEST_TMP/rec" "$TEST_TMP/back" ||
		fail "zone $zone: read back other data through kTLS"
done
"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" --tls-ca "$c/ca.pem" -d t -z 3-7 \
	--reset-first -c 2 -q 8 -t 5 || fail "zap-stress over kTLS failed"
stats=$(Z stats) || fail "stats"
echo "$stats" | grep zapd_tls_
tx=$(echo "$stats" |
	sed -n 's/^zapd_tls_ktls_connections_total{direction="tx"} //p')
ok=$(echo "$stats" | sed -n 's/^zapd_tls_handshakes_total{result="ok"} //p')
if [ "${tx:-0}" -lt 1 ] || [ "$tx" != "$ok" ]; then
	fail "kTLS transmit on $tx of $ok connections, want all"
fi
grep "kTLS on" "$ZAPD_LOG" || fail "zapd did not log kTLS on"
zapd_stop || fail "zapd did not stop cleanly"
echo "PASS: kTLS transmit on all $tx connections, data round-trips"
