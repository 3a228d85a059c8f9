#!/bin/sh
# TLS 1.3 on the client port (issue 13): test_tls.sh CASE, each case its
# own ctest test. Keys and certificates are made at test time with the
# openssl CLI (tls_certs.sh). The cases that must work append, read back
# and report; each must-fail case tries an append, must get the named
# failure (zap exits 4 with TLS_FAILED or TLS_REQUIRED, never a dropped
# connection), and must leave every zone's write pointer as it was.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tls_certs.sh"

case=${1:?usage: test_tls.sh CASE}
c="$TEST_TMP/certs"
tls_make_certs "$c" || fail "cannot make certificates with openssl"
head -c 8192 /dev/urandom > "$TEST_TMP/rec"
drive="t:emu:$TEST_TMP/t,create=yes,zone_size=1M,zones=4"
cf="$TEST_TMP/zapd.conf"
export ZAPD_TLS=1	# zapd_start: no --plaintext

# conf [LINES...]: $cf, with zapd's certificate, client CAs, and
# principals bob (PSK) and alice (certificate) with every right, and LINES
conf() {
	{
		printf '[server]\ntls_cert = %s\ntls_key = %s\ntls_ca = %s\n' \
			"$c/server.pem" "$c/server.key" "$c/ca.pem"
		printf '[principal bob]\npsk = %s\ndrive.* = all\nadmin = yes\n' \
			"$c/bob.psk"
		printf '[principal alice]\ndrive.* = all\nadmin = yes\n'
		printf '%s\n' "$@"
	} > "$cf"
}

Z() { "$ZAP_BIN/zap" -s "$ZAPD_ADDR" -t 10 "$@"; }
# A client zapd knows: bob, by PSK.
ZB() { Z --psk-identity bob --psk-file "$c/bob.psk" "$@"; }

# roundtrip ZAP...: append, read back, report through the client given
roundtrip() {
	lba=$("$@" append t 1 "$TEST_TMP/rec") || fail "append: $lba"
	[ "$lba" = "lba 256" ] || fail "append landed at '$lba', want lba 256"
	"$@" read t 256 8K -o "$TEST_TMP/back" || fail "read back"
	cmp -s "$TEST_TMP/rec" "$TEST_TMP/back" || fail "read back other data"
	"$@" report t --zone 1 | grep -q "wp: 0x000000102" ||
		fail "report: wp not after the append"
}

# must_fail STATUS WHAT ZAP...: the append is refused with STATUS, exit 4,
# the message says WHAT, and no zone moved (reported by bob)
must_fail() {
	status=$1 what=$2
	shift 2
	before=$(ZB report t) || fail "report before: $before"
	st=0
	out=$("$@" append t 0 "$TEST_TMP/rec" 2>&1) || st=$?
	[ "$st" = 4 ] || fail "append: exit $st, want 4 (TLS): $out"
	case $out in
	*"$status"*"$what"*) ;;
	*) fail "append: want $status saying '$what': $out" ;;
	esac
	after=$(ZB report t) || fail "report after: $after"
	[ "$before" = "$after" ] || fail "a refused client changed the drive"
	echo "refused as it should be: $out"
}

case $case in
server_cert)
	# no principals: any client that checks zapd's certificate may act
	zapd_start tls --tls-cert "$c/server.pem" --tls-key "$c/server.key" \
		--drive "$drive"
	roundtrip Z --tls-ca "$c/ca.pem"
	# the certificate is checked: its CA, and the name (127.0.0.1 only)
	out=$(Z --tls info 2>&1) && fail "system trust store took a test CA"
	case $out in *TLS_FAILED*"certificate verify failed"*) ;;
	*) fail "--tls: want a verification failure: $out" ;; esac
	# a certificate from the same CA that does not name 127.0.0.1 (no
	# host name here: a fresh root may not even resolve localhost)
	zapd_stop || fail "zapd did not stop cleanly"
	tls_cert "$c" noname ca zapd || fail "cannot make a certificate"
	zapd_start tls2 --tls-cert "$c/noname.pem" \
		--tls-key "$c/noname.key" --drive "$drive"
	out=$(Z --tls-ca "$c/ca.pem" info 2>&1) &&
		fail "a certificate that names no 127.0.0.1 passed for it"
	case $out in *TLS_FAILED*) ;;
	*) fail "wrong name: want TLS_FAILED: $out" ;; esac
	;;
client_cert)
	# anonymous may only read: an append shows who the client is
	conf '[principal anonymous]' 'drive.* = read'
	zapd_start tls --config "$cf" --drive "$drive"
	roundtrip Z --tls-ca "$c/ca.pem" --tls-cert "$c/alice.pem" \
		--tls-key "$c/alice.key"
	out=$(Z --tls-ca "$c/ca.pem" append t 0 "$TEST_TMP/rec" 2>&1) &&
		fail "a client without certificate appended as anonymous"
	case $out in *PERMISSION_DENIED*) ;;
	*) fail "no certificate: want PERMISSION_DENIED: $out" ;; esac
	;;
psk)
	# a PSK alone: zapd has no certificate, the client checks none
	printf '[principal bob]\npsk = %s\ndrive.* = all\n' "$c/bob.psk" \
		> "$TEST_TMP/psk.conf"
	zapd_start tls --config "$TEST_TMP/psk.conf" --drive "$drive"
	roundtrip ZB
	grep -q "tls: on cert=none" "$ZAPD_LOG" || fail "zapd had a certificate"
	;;
plaintext_client)
	conf
	zapd_start tls --config "$cf" --drive "$drive"
	must_fail TLS_REQUIRED "requires TLS" Z
	;;
wrong_psk)
	conf
	zapd_start tls --config "$cf" --drive "$drive"
	must_fail TLS_FAILED 'PSK identity "bob"' \
		Z --psk-identity bob --psk-file "$c/wrong.psk"
	;;
unknown_cert)
	conf
	zapd_start tls --config "$cf" --drive "$drive"
	must_fail TLS_FAILED "unknown ca" Z --tls-ca "$c/ca.pem" \
		--tls-cert "$c/mallory.pem" --tls-key "$c/mallory.key"
	;;
expired_cert)
	conf
	zapd_start tls --config "$cf" --drive "$drive"
	must_fail TLS_FAILED "certificate expired" Z --tls-ca "$c/ca.pem" \
		--tls-cert "$c/expired.pem" --tls-key "$c/expired.key"
	;;
tls_to_plaintext)
	ZAPD_TLS=0 zapd_start tls --drive "$drive"
	ZB() { Z "$@"; }	# the good client speaks plaintext here
	must_fail TLS_FAILED "does the server speak TLS" Z --tls-ca "$c/ca.pem"
	;;
handshake_timeout)
	conf
	zapd_start tls --config "$cf" --drive "$drive" --handshake-timeout 1
	before=$(ZB report t) || fail "report: $before"
	# connect (bash's /dev/tcp), say nothing: zapd must close within
	# the timeout and its once-a-second check
	start=$(date +%s)
	bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && timeout 8 cat <&3' \
		silent "${ZAPD_ADDR#*:}" >/dev/null ||
		fail "the silent connection was not closed within 8 s"
	took=$(($(date +%s) - start))
	[ "$took" -ge 1 ] || fail "closed after ${took}s, before the timeout"
	ZB stats | grep -q 'zapd_tls_handshakes_total{result="timeout"} 1' ||
		fail "the timeout was not counted"
	grep -q "tls handshake timed out" "$ZAPD_LOG" || fail "not logged"
	[ "$before" = "$(ZB report t)" ] || fail "the drive changed"
	;;
reconnect_final)
	# a client up with bob's key; zapd restarts on the same port with
	# another key for bob: the client's reconnect fails TLS, and that
	# is final at once (tls_reconnect says how fast)
	conf
	zapd_start tls --config "$cf" --drive "$drive"
	port=${ZAPD_ADDR#*:}
	mkfifo "$TEST_TMP/go"
	"$ZAP_BIN/tls_reconnect" "$ZAPD_ADDR" bob "$c/bob.psk" \
		<"$TEST_TMP/go" >"$TEST_TMP/client.out" 2>&1 &
	client=$!
	exec 4>"$TEST_TMP/go"
	for _ in $(seq 1 100); do
		grep -q up "$TEST_TMP/client.out" && break
		sleep 0.1
	done
	grep -q up "$TEST_TMP/client.out" ||
		fail "client: $(cat "$TEST_TMP/client.out")"
	zapd_stop || fail "zapd did not stop cleanly"
	cp "$c/wrong.psk" "$c/bob.psk"
	zapd_start tls2 --config "$cf" --listen "127.0.0.1:$port" \
		--drive "t:emu:$TEST_TMP/t"
	echo go >&4
	st=0
	wait "$client" || st=$?
	cat "$TEST_TMP/client.out"
	[ "$st" = 0 ] || fail "the reconnect's TLS failure was not final"
	;;
principal_removed)
	# A SIGHUP that removes carol ends her connections (a
	# PERMISSION_DENIED notice) and her key; bob's load goes on.
	openssl rand -hex 32 > "$c/carol.psk"
	carol="--psk-identity carol --psk-file $c/carol.psk"
	conf '[principal carol]' "psk = $c/carol.psk" 'drive.* = all'
	zapd_start tls --config "$cf" --drive "$drive"
	# shellcheck disable=SC2086
	Z $carol info >/dev/null || fail "carol cannot connect at first"
	stress() { # stress NAME ZONE PSK-OPTIONS...
		_n=$1 _z=$2
		shift 2
		"$ZAP_BIN/zap-stress" -a "$ZAPD_ADDR" "$@" -d t -z "$_z" -c 1 \
			-q 4 -s 4K -t 4 --reset-first >"$TEST_TMP/$_n.out" 2>&1
	}
	stress bob 0 --psk-identity bob --psk-file "$c/bob.psk" &
	bob=$!
	# shellcheck disable=SC2086
	stress carol 1 $carol &
	carol_pid=$!
	sleep 1
	conf
	kill -HUP "$ZAPD_PID"
	st=0
	wait "$carol_pid" || st=$?
	[ "$st" != 0 ] || fail "carol's load went on after her removal: \
$(tail -5 "$TEST_TMP/carol.out")"
	grep -q 'no principal has that name' "$ZAPD_LOG" ||
		fail "zapd did not say why it closed carol's connection"
	wait "$bob" || fail "bob's load failed: $(tail -5 "$TEST_TMP/bob.out")"
	st=0
	# shellcheck disable=SC2086
	out=$(Z $carol info 2>&1) || st=$?
	[ "$st" = 4 ] || fail "carol after removal: exit $st, want 4: $out"
	echo "carol removed: $(tail -1 "$TEST_TMP/carol.out")"
	;;
reload)
	# SIGHUP reads the certificate again for new connections; a bad
	# file keeps the old one
	cp "$c/server.pem" "$c/live.pem"
	cp "$c/server.key" "$c/live.key"
	zapd_start tls --tls-cert "$c/live.pem" --tls-key "$c/live.key" \
		--drive "$drive"
	Z --tls-ca "$c/ca.pem" info >/dev/null || fail "first certificate"
	tls_cert "$c" next other-ca zapd -extfile "$c/san.ext" ||
		fail "cannot make the next certificate"
	cp "$c/next.key" "$c/live.key.new"
	cp "$c/next.pem" "$c/live.pem.new"
	mv "$c/live.key.new" "$c/live.key"
	mv "$c/live.pem.new" "$c/live.pem"
	kill -HUP "$ZAPD_PID"
	for _ in $(seq 1 50); do
		grep -q "tls: reloaded" "$ZAPD_LOG" && break
		sleep 0.1
	done
	Z --tls-ca "$c/other-ca.pem" info >/dev/null ||
		fail "the new certificate is not served after SIGHUP"
	Z --tls-ca "$c/ca.pem" info >/dev/null 2>&1 &&
		fail "the old certificate is still served after SIGHUP"
	echo "not a certificate" > "$c/live.pem"
	kill -HUP "$ZAPD_PID"
	for _ in $(seq 1 50); do
		grep -q "tls: reload failed" "$ZAPD_LOG" && break
		sleep 0.1
	done
	grep -q "tls: cannot load $c/live.pem" "$ZAPD_LOG" ||
		fail "a bad certificate file was not logged"
	roundtrip Z --tls-ca "$c/other-ca.pem"
	;;
*)
	fail "no case $case"
	;;
esac
zapd_stop || fail "zapd did not stop cleanly"
echo "PASS: tls $case"
