#!/bin/sh
# Install what zapd needs to build, run and test, on Debian 12 (as root),
# skipping what is already there. Used by the README's two commands.
set -eu

PACKAGES="gcc g++ make cmake pkg-config git
libevent-dev liburing-dev libnvme-dev libjson-c-dev libssl-dev
libprotobuf-c-dev protobuf-c-compiler libinih-dev libcmocka-dev
fio nvme-cli qemu-system-x86 busybox-static kmod cpio
prometheus dpkg-dev file procps iproute2
systemd shellcheck python3-yaml curl adduser"

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "install-deps: need root to install:$missing" >&2
		exit 1
	fi
	echo "install-deps: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $missing
fi
