#!/bin/sh
# fio's own zoned block device test suite (t/zbd/test-zbd-support, from the
# source package of the fio installed here) against the zoned namespace
# zapd serves over NVMe/TCP, in the qemu guest: the kernel's nvme-tcp
# initiator connected to zapd on 127.0.0.1, an emu drive of
# FIO_ZBD_GEOMETRY (emu keys; default 136 zones of 4 MiB, 3 MiB capacity,
# 8 open, no active limit: enough zones for the tests that want 130, small
# enough for the guest's tmpfs; fio 3.33 tracks no active-zone limit, so
# with one, zones earlier tests left closed make tests 32 and 48 get Too
# Many Active Zones).
#
#   fio-zbd.sh [--share DIR]... [-t TEST]...
#                             on the host: get fio's source (apt-get
#                             source, cached), boot the guest (--share:
#                             as guest-run's), run the given tests
#                             (default: all of them)
#
# Prints test-zbd-support's lines and "N passed, N failed, N skipped";
# exits 0 if none failed. Needs ZAP_BIN (the build's bin/ directory).
set -u
here=$(cd "$(dirname "$0")" && pwd)

# In the guest: $1 = the fio source tree, then test-zbd-support's options.
guest() {
	src=$1
	shift
	. "$here/../integration/lib.sh"
	. "$here/nvmf-lib.sh"
	modprobe nvme-tcp || fail "no nvme-tcp module in the guest"
	nvmf_no_thp
	zapd_start fio --drive "z:emu:$TEST_TMP/z,create=yes,$FIO_ZBD_GEOMETRY" \
		--nvmf-listen 127.0.0.1:4420 --nvmf-subsys-nqn "$NQN" \
		--nvmf-allowed-hosts "$HOSTNQN"
	out=$(nvmf_connect "$HOSTNQN" "$HOSTID") || fail "nvme connect: $out"
	dev=$(nvmf_device) || fail "no block device for $NQN"
	# test-zbd-support runs ../../fio and writes its logs beside itself
	mkdir -p "$TEST_TMP/fio/t"
	cp -r "$src/t/zbd" "$TEST_TMP/fio/t/"
	ln -s "$(command -v fio)" "$TEST_TMP/fio/fio"
	bash "$TEST_TMP/fio/t/zbd/test-zbd-support" "$@" "$dev" |
		tee "$TEST_TMP/zbd.out"
	dmesg | grep -A 12 -m 1 "BUG\|Oops" && echo "the guest kernel oopsed"
	for f in "$TEST_TMP"/fio/t/zbd/test-zbd-support.log.*; do
		grep -q FAIL "$f" 2>/dev/null || continue
		echo "--- $f (head and tail)"
		head -n 25 "$f"
		echo "..."
		tail -n 15 "$f"
	done
	grep -E "warn|error" "$ZAPD_LOG" | tail -n 10
	dmesg | grep "$(basename "$dev"):" | sort | uniq -c | sort -rn |
		head -n 10
	nvme disconnect -n "$NQN" >/dev/null 2>&1
	zapd_stop || fail "zapd did not exit 0 on SIGTERM"
	p=$(grep -c 'PASS$' "$TEST_TMP/zbd.out")
	f=$(grep -c 'FAIL$' "$TEST_TMP/zbd.out")
	s=$(grep -c ' SKIP' "$TEST_TMP/zbd.out")
	echo "$p passed, $f failed, $s skipped"
	[ "$f" -eq 0 ] && [ "$p" -gt 0 ]
}

: "${FIO_ZBD_GEOMETRY:=zone_size=4M,zone_cap=3M,zones=136,max_open=8,max_active=0}"
export FIO_ZBD_GEOMETRY
if [ "${1:-}" = --guest ]; then
	shift
	guest "$@"
	exit
fi

: "${ZAP_BIN:?ZAP_BIN must name the bin directory of the build}"
command -v fio >/dev/null || { echo "fio is not installed" >&2; exit 1; }
version=$(dpkg-query -W -f '${Version}' fio) || exit 1
cache=${ZAP_QEMU_CACHE:-$HOME/.cache/zap-qemu}/fio-$version
if [ ! -f "$cache/src/t/zbd/test-zbd-support" ]; then
	# deb-src of the suites apt already uses, in a private list
	rm -rf "$cache"
	mkdir -p "$cache/lists/partial" "$cache/dl"
	grep -h '^URIs:\|^Suites:\|^deb ' /etc/apt/sources.list \
		/etc/apt/sources.list.d/*.sources 2>/dev/null |
		awk '/^URIs:/ { u = $2 } /^Suites:/ && u { for (i = 2; i <= NF; i++)
			print "deb-src " u " " $i " main"; u = "" }
			/^deb / { $1 = "deb-src"; print }' >"$cache/sources.list"
	apt="-o Dir::Etc::SourceList=$cache/sources.list
	     -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists=$cache/lists"
	# shellcheck disable=SC2086
	apt-get $apt update >"$cache/apt.log" 2>&1 &&
		(cd "$cache/dl" && apt-get $apt source --download-only \
			"fio=$version" >>"$cache/apt.log" 2>&1) ||
		{ cat "$cache/apt.log" >&2; echo "cannot get fio's source" >&2
		  exit 1; }
	mkdir -p "$cache/src"
	for t in "$cache"/dl/fio_*.orig.tar.*; do
		case $t in *.asc) continue ;; esac
		tar -xf "$t" -C "$cache/src" --strip-components=1 || exit 1
	done
fi
shares=
while [ "${1:-}" = --share ]; do
	shares="$shares --share $2"
	shift 2
done
# shellcheck disable=SC2086
exec "$here/guest-run" $shares --mem 3G --timeout "${FIO_ZBD_TIMEOUT:-3600}" -- \
	sh "$here/fio-zbd.sh" --guest "$cache/src" "$@"
