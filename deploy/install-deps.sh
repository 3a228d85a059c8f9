#!/bin/sh
# Install what zapd needs to build, run and test, on Debian 12 (as root),
# skipping what is already there. Used by the README's two commands (both
# install every group below); checked on a fresh Debian 12 root.
set -eu

# build: compiler, CMake, pkg-config, the libraries zapd links with and
# protoc-c. libjson-c-dev and libssl-dev because libnvme's pkg-config file
# requires json-c and openssl; libcmocka-dev because CMake configures the
# unit tests in every build. libssl-dev is zapd's and libzap's TLS too,
# and openssl (the CLI) makes the TLS tests' keys and certificates.
# ThreadSanitizer's runtime, libtsan2, comes with gcc (libgcc-12-dev
# depends on it), and setarch with util-linux, which Debian always has.
BUILD="gcc g++ clang libclang-rt-14-dev make cmake pkg-config git
libevent-dev liburing-dev libnvme-dev libjson-c-dev libssl-dev openssl
libprotobuf-c-dev protobuf-c-compiler libinih-dev libcmocka-dev"
# qemu: the QEMU tests (tests/qemu/guest-run): the emulator, a static
# busybox, kmod (depmod) and cpio for the guest's initramfs, nvme-cli in
# the guest, e2fsprogs (mkfs.ext4: the power-cut test's disk). guest-run
# also fetches the Debian kernel package with apt-get download into
# ~/.cache/zap-qemu (not installed).
QEMU="qemu-system-x86 busybox-static kmod cpio nvme-cli e2fsprogs"
# bench: fio, and nbdkit (its file plugin, driven by fio's nbd engine):
# baselines the benchmark measures beside zapd.
BENCH="fio nbdkit"
# ops: the operations tests and the Debian package test: prometheus
# (promtool), systemd (systemd-analyze), shellcheck, python3-yaml, curl,
# dpkg-dev (dpkg-shlibdeps) and file (CPack), adduser (the package's
# postinst), procps, iproute2.
OPS="prometheus systemd shellcheck python3-yaml curl
dpkg-dev file adduser procps iproute2"

missing=""
for p in $BUILD $QEMU $BENCH $OPS; do
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
