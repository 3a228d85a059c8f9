#!/bin/sh
# Install what is missing, build, and start zapd in the foreground on its
# embedded default: one emulated zoned drive "emu0" on 127.0.0.1:7420.
# Extra arguments go to zapd (see build/bin/zapd --help).
set -eu
cd "$(dirname "$0")/.."
deploy/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
echo "quickstart: starting build/bin/zapd $* (Ctrl-C stops it)"
exec build/bin/zapd "$@"
