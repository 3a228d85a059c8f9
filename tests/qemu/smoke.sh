#!/usr/bin/env bash
# Smoke test of tests/qemu/guest-run: boots one guest with the default zoned
# namespace (256M image, 16M zones, 12M capacity) and checks that it is
# visible, that the zone geometry is right and that an exit status passes
# through.  Exit 0 on pass; otherwise prints what failed and exits 1.
set -u
here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
out=$(mktemp "${TMPDIR:-/tmp}/zap-smoke.XXXXXX")
trap 'rm -f "$out"' EXIT

MiB=$((1024 * 1024))
WANT_RC=42
passed=0 failed=0
ok()  { echo "ok   - $*"; passed=$((passed + 1)); }
bad() { echo "FAIL - $*"; failed=$((failed + 1)); }
field() { sed -n "s/^$1=//p" "$out" | head -n 1; }

# The guest runs the host's programs: nvme-cli must be on the host.
if ! command -v nvme >/dev/null 2>&1; then
    if [[ $(id -u) == 0 ]]; then
        echo "smoke: installing nvme-cli (apt-get install -y --no-install-recommends nvme-cli)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nvme-cli </dev/null >&2 \
            || { apt-get update -q </dev/null >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nvme-cli </dev/null >&2; }
    fi
    command -v nvme >/dev/null 2>&1 || { echo "FAIL - nvme-cli is not installed"; echo "0 passed, 1 failed"; exit 1; }
fi

"$here/guest-run" --timeout "${SMOKE_TIMEOUT:-300}" -- sh -c '
    if [ -c /dev/ng0n1 ]; then echo "NG=char"; else echo "NG=$(ls -l /dev/ng0n1 2>&1)"; fi
    if [ -b /dev/nvme0n1 ]; then echo "BLK=block"; else echo "BLK=missing"; fi
    echo "ZONED=$(cat /sys/block/nvme0n1/queue/zoned 2>&1)"
    echo "LBS=$(cat /sys/block/nvme0n1/queue/logical_block_size 2>&1)"
    echo "GUEST=${ZAP_GUEST:-}"
    echo "REPORT-BEGIN"
    nvme zns report-zones /dev/nvme0n1 2>&1
    echo "REPORT-END"
    exit '"$WANT_RC" >"$out" 2>&1
rc=$?

if [[ $rc == "$WANT_RC" ]]; then ok "exit status $WANT_RC passed through"
else bad "exit status: want $WANT_RC, got $rc"; fi

[[ $(field NG) == char ]] && ok "/dev/ng0n1 is a character device" \
    || bad "/dev/ng0n1 is not a character device: $(field NG)"
[[ $(field BLK) == block ]] && ok "/dev/nvme0n1 is a block device" \
    || bad "/dev/nvme0n1 is not a block device"
[[ $(field ZONED) == host-managed ]] && ok "nvme0n1 is host-managed" \
    || bad "queue/zoned: want host-managed, got '$(field ZONED)'"
[[ $(field GUEST) == 1 ]] && ok "ZAP_GUEST=1 in the guest" || bad "ZAP_GUEST not set in the guest"

lbs=$(field LBS)
if [[ ! $lbs =~ ^[0-9]+$ ]]; then
    bad "no logical block size: '$lbs'"
    lbs=512
fi
# "SLBA: 0x8000  WP: 0x8000  Cap: 0x6000  State: 0x10 ..." -> slba cap state
zones=$(sed -n '/^REPORT-BEGIN$/,/^REPORT-END$/p' "$out" \
        | awk '$1 == "SLBA:" { print $2, $6, $8 }')
nr=$(sed -n 's/^nr_zones: *//p' "$out" | head -n 1)
count=$(printf '%s\n' "$zones" | grep -c . || true)
if [[ $nr == 16 && $count == 16 ]]; then ok "zone report lists 16 zones"
else bad "zone report: want 16 zones, nr_zones='$nr', descriptors=$count"; fi

geo_bad=0 prev=""
while read -r slba cap state; do
    [[ -n $slba ]] || continue
    if (( cap * lbs != 12 * MiB )); then
        bad "zone at SLBA $slba: capacity $((cap * lbs)) bytes, want 12M"; geo_bad=1
    fi
    if [[ -n $prev ]] && (( (slba - prev) * lbs != 16 * MiB )); then
        bad "zone at SLBA $slba: $(((slba - prev) * lbs)) bytes after the previous one, want 16M"; geo_bad=1
    fi
    if [[ $state != 0x10 ]]; then
        bad "zone at SLBA $slba: state $state, want 0x10 (Empty)"; geo_bad=1
    fi
    prev=$slba
done <<<"$zones"
[[ $count -gt 1 && $geo_bad == 0 ]] && ok "zones are 16M apart with 12M capacity, all Empty"

if (( failed > 0 )); then
    echo "--- guest output (exit status $rc) ---"
    cat "$out"
    echo "---"
fi
echo "$passed passed, $failed failed"
(( failed == 0 ))
