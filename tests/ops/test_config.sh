#!/bin/sh
# A bad config file of each kind is refused: exit 1, and a message that
# names the file, the line and the reason. A good one passes
# --check-config, and so do the examples shipped in deploy/.
. "${ZAP_SRC:?}/tests/integration/lib.sh"

# zapd with its state in the test's directory, not the machine's
Z() { "$ZAP_BIN/zapd" --state-dir "$D/state" "$@"; }
# ... unencrypted (the files below test other things)
P() { Z --plaintext "$@"; }
D="$TEST_TMP/cfg"
mkdir -p "$D"
n=0

# refused NAME 'WANT' LINES...: the file made of LINES is refused with
# "NAME.conf:WANT" in the message (WANT: "LINE: reason" as a regex).
refused() {
	name=$1
	want=$2
	shift 2
	printf '%s\n' "$@" > "$D/$name.conf"
	st=0
	P --config "$D/$name.conf" --check-config \
		--state-dir "$D/state" >"$D/$name.out" 2>&1 || st=$?
	[ "$st" = 1 ] || fail "$name: exit status $st, want 1: $(cat "$D/$name.out")"
	grep -Eq "$name\.conf:$want" "$D/$name.out" ||
		fail "$name: want \"$name.conf:$want\", got: $(cat "$D/$name.out")"
	n=$((n + 1))
}

emu="path = $D/d0"

refused unknown_key '3: bogus: unknown key in \[server\]' \
	'[server]' 'listen = 127.0.0.1:0' 'bogus = 1'
refused bad_number '3: max_in_flight: want a number' \
	'[server]' '# a comment' 'max_in_flight = lots'
refused out_of_range '2: shutdown_timeout: out of range \[1, 3600\]' \
	'[server]' 'shutdown_timeout = 0'
refused bad_size '2: max_data: want a size' \
	'[server]' 'max_data = 4Q'
refused bad_log_level '2: log_level: want error, warn, info or debug' \
	'[server]' 'log_level = loud'
refused bad_listen '2: listen: want HOST:PORT' \
	'[server]' 'listen = localhost'
refused unknown_section '3: \[drives x\]: unknown section' \
	'[server]' 'log_level = info' '[drives x]' 'path = /tmp'
refused empty_unknown_section '2: \[bogus\]: unknown section' \
	'[server]' '[bogus]'
refused key_outside_section '1: log_level: key outside a section' \
	'log_level = info'
refused syntax '2: syntax error' \
	'[server]' 'this line has no equals sign'
refused missing_path '3: \[drive d0\] needs a path' \
	'[server]' '' '[drive d0]' 'backend = emu'
refused missing_backend '1: \[drive d0\] needs a backend' \
	'[drive d0]' "$emu"
refused empty_drive '2: \[drive d0\] needs a backend and a path' \
	'[server]' '[drive d0]'
refused unknown_backend '2: backend: unknown backend' \
	'[drive d0]' 'backend = tape' "$emu"
refused bad_durability '4: durability: want sync or none' \
	'[drive d0]' 'backend = emu' "$emu" 'durability = maybe'
refused bad_on_error '4: on_error: want fail or skip' \
	'[drive d0]' 'backend = emu' "$emu" 'on_error = retry'

refused principal_unknown_key '2: bogus: unknown key in \[principal\]' \
	'[principal alice]' 'bogus = 1'
refused principal_bad_rights '5: drive.d0: want rights read, append' \
	'[drive d0]' 'backend = emu' "$emu" '[principal alice]' \
	'drive.d0 = read,delete'
refused principal_no_name '1: principal section needs a NAME' \
	'[principal ]' 'admin = yes'
refused principal_bad_admin '2: admin: want yes or no' \
	'[principal alice]' 'admin = sure'
refused anonymous_psk '2: psk: the principal anonymous is who did not' \
	'[principal anonymous]' "psk = $D/none.psk"
refused principal_drive_typo '4: \[principal alice\] drive.d9: no drive is called d9' \
	'[drive d0]' 'backend = emu' "$emu" '[principal alice]' 'drive.d9 = read'

# Secure by default: no TLS credentials and no plaintext=yes is refused;
# so is an unauthenticated non-loopback address without insecure=yes.
st=0
Z --listen 127.0.0.1:0 --check-config >"$D/notls.out" 2>&1 || st=$?
if [ "$st" != 1 ] || ! grep -q 'no TLS credentials.*plaintext=yes' "$D/notls.out"; then
	fail "no TLS and no plaintext: status $st: $(cat "$D/notls.out")"
fi
for why in 'plaintext=yes' 'no \[principal\] is configured'; do
	st=0
	if [ "$why" = plaintext=yes ]; then
		P --listen 0.0.0.0:0 --check-config >"$D/public.out" 2>&1 || st=$?
	else
		openssl rand -hex 32 > "$D/p.psk"
		printf '%s\n' '[principal anonymous]' '[principal a]' \
			"psk = $D/p.psk" > "$D/anon.conf"
		Z --config "$D/anon.conf" --listen 0.0.0.0:0 --check-config \
			>"$D/public.out" 2>&1 || st=$?
		why='\[principal anonymous\] gives rights'
	fi
	if [ "$st" != 1 ] || ! grep -q \
		"refusing to serve 0.0.0.0:0.*$why.*insecure=yes" "$D/public.out"; then
		fail "public, $why: status $st: $(cat "$D/public.out")"
	fi
	n=$((n + 1))
done
P --listen 0.0.0.0:0 --insecure --check-config >"$D/insecure.out" 2>&1 ||
	fail "--insecure did not allow it: $(cat "$D/insecure.out")"
st=0
Z --config "$D/anon.conf" --plaintext --check-config >"$D/both.out" 2>&1 || st=$?
if [ "$st" != 1 ] || ! grep -q 'TLS credentials are configured too' "$D/both.out"; then
	fail "plaintext and a PSK: status $st: $(cat "$D/both.out")"
fi

# Backend options are checked when the drive opens: the log names the key
# and the drive's section, file:line.
refused bad_drive_option '1; refusing to start' \
	'[drive d0]' 'backend = emu' "$emu" 'zone_size = 12Q'
grep -q 'bad option drive=d0 key=zone_size value=12Q' "$D/bad_drive_option.out" ||
	fail "bad_drive_option: no reason: $(cat "$D/bad_drive_option.out")"
refused unknown_drive_option '2; refusing to start' \
	'[server]' '[drive d0]' 'backend = emu' "$emu" 'zonesize = 1M'
grep -q 'unknown option drive=d0 key=zonesize' "$D/unknown_drive_option.out" ||
	fail "unknown_drive_option: no reason: $(cat "$D/unknown_drive_option.out")"
refused missing_device '1; refusing to start' \
	'[drive ssd0]' 'backend = nvme' "path = $D/no-such-ng0n1"
grep -q 'nvme drive cannot be opened drive=ssd0' "$D/missing_device.out" ||
	fail "missing_device: no reason: $(cat "$D/missing_device.out")"

# A file that does not exist.
st=0
P --config "$D/nope.conf" --check-config >"$D/nope.out" 2>&1 || st=$?
[ "$st" = 1 ] || fail "nonexistent file: exit status $st, want 1"
grep -q "nope.conf: cannot open: No such file" "$D/nope.out" ||
	fail "nonexistent file: got: $(cat "$D/nope.out")"

# A drive that fails to open with on_error = skip: zapd starts without it.
printf '%s\n' '[drive ssd0]' 'backend = nvme' "path = $D/no-such-ng0n1" \
	'on_error = skip' '[drive d0]' 'backend = emu' "$emu" 'create = yes' \
	> "$D/skip.conf"
P --config "$D/skip.conf" --check-config >"$D/skip.out" 2>&1 ||
	fail "on_error=skip: refused: $(cat "$D/skip.out")"
grep -q 'drive failed to open name=ssd0 config=.*skip.conf:1; starting without it' \
	"$D/skip.out" || fail "on_error=skip: no warning: $(cat "$D/skip.out")"

# A good file passes, and its settings are used.
printf '%s\n' '[server]' 'listen = 127.0.0.1:0' 'max_in_flight = 8' \
	'; comments with ; too' 'log_level = debug' '' '[drive d0]' \
	'backend = emu' "path = $D/good" 'create = yes' 'zone_size = 1M' 'zones = 16' \
	> "$D/good.conf"
P --config "$D/good.conf" --check-config >"$D/good.out" 2>&1 ||
	fail "good config refused: $(cat "$D/good.out")"
grep -q 'configuration and drives are good' "$D/good.out" ||
	fail "good config: no confirmation: $(cat "$D/good.out")"
zapd_start good --config "$D/good.conf"
"$ZAP_BIN/zap" -s "$ZAPD_ADDR" info > "$D/info.out" ||
	fail "zap info against the good config"
grep -q '8 requests in flight' "$D/info.out" ||
	fail "max_in_flight = 8 not in effect: $(cat "$D/info.out")"
zapd_stop || fail "zapd did not exit 0"

# The shipped examples: deploy/zapd.conf (its paths moved to a temporary
# directory) and the ConfigMap's (its nvme drive made optional).
mkdir -p "$D/var" "$D/k8s"
sed "s|/var/lib/zapd|$D/var|" "$ZAP_SRC/deploy/zapd.conf" > "$D/example.conf"
P --config "$D/example.conf" --check-config >"$D/example.out" 2>&1 ||
	fail "deploy/zapd.conf refused: $(cat "$D/example.out")"
mkdir -p "$D/keys"
for k in app ops; do
	openssl rand -hex 32 > "$D/keys/$k.psk"
	chmod 600 "$D/keys/$k.psk"
done
sed -n '/^  zapd.conf: |$/,$p' "$ZAP_SRC/deploy/k8s/configmap.yaml" |
	sed -e 1d -e 's/^    //' -e "s|/var/lib/zapd|$D/k8s|" \
	    -e "s|/etc/zapd/keys|$D/keys|" \
	    -e 's/^on_error = fail/on_error = skip/' > "$D/k8s.conf"
Z --config "$D/k8s.conf" --check-config >"$D/k8s.out" 2>&1 ||
	fail "deploy/k8s/configmap.yaml's zapd.conf refused: $(cat "$D/k8s.out")"

# byte budgets that cannot hold the largest request: refused, named
budget_refused() {
	want=$1
	shift
	st=0
	P --drive "d0:emu:$D/d0,create=yes" "$@" --check-config \
		>"$D/budget.out" 2>&1 || st=$?
	if [ "$st" != 1 ] || ! grep -q "$want" "$D/budget.out"; then
		fail "$*: exit $st, want 1 and \"$want\": $(cat "$D/budget.out")"
	fi
}
budget_refused "max_conn_bytes 4194304 is below" --max-conn-bytes 4M
budget_refused "memory_budget 134217728 is below reactors (1) x 3 x max_conn_bytes" \
	--memory-budget 128M
# each reactor has its share: 4 of them need 4 x 3 x 64M
budget_refused "memory_budget 536870912 is below reactors (4) x 3 x max_conn_bytes" \
	--memory-budget 512M --reactors 4

# reactors = 0 picks one per CPU, fewer if memory_budget holds fewer
cpus=$(getconf _NPROCESSORS_ONLN)
want=$((cpus < 8 ? cpus : 8))
[ "$want" -gt 5 ] && want=5	# the default 1G / (3 x 64M)
"$ZAP_BIN/zapd" --state-dir "$D/state" --plaintext \
	--drive "d0:emu:$D/d0,create=yes" --listen 127.0.0.1:0 \
	--port-file "$D/r.addr" >"$D/r.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
	[ -s "$D/r.addr" ] && break
	sleep 0.1
done
kill -TERM "$pid"
wait "$pid" || fail "zapd with the default reactors did not stop cleanly"
grep -q "zapd ready .* reactors=$want\$" "$D/r.log" ||
	fail "default reactors: want $want: $(grep 'zapd ready' "$D/r.log")"

echo "config: $n bad files refused with file:line; good files pass"
