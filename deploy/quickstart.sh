#!/bin/sh
# Install what is missing, build, and start zapd in the foreground on its
# embedded default: one emulated zoned drive "emu0" on 127.0.0.1:7420,
# unencrypted (--plaintext: fit for loopback; see docs/OPERATIONS.md,
# Security, for TLS). Extra arguments go to zapd (build/bin/zapd --help).
set -eu
cd "$(dirname "$0")/.."
deploy/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
echo "quickstart: starting build/bin/zapd --plaintext $* (Ctrl-C stops it)"
exec build/bin/zapd --plaintext "$@"
