#!/bin/sh
# Install what is missing, build, and run every test:
#   build/       release build: unit, integration, ops, qemu (NVMe ZNS in a
#                QEMU guest), and a short benchmark smoke run
#   build-asan/  AddressSanitizer + UBSan build: unit and integration
# Exits non-zero if anything fails.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc)
deploy/install-deps.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$jobs"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DZAP_SANITIZE=ON
cmake --build build-asan -j"$jobs"

status=0
echo "=== release build: every test"
(cd build && ctest --output-on-failure --timeout 900) || status=1
echo "=== ASan/UBSan build: unit and integration tests"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ctest --output-on-failure --timeout 900 -L 'unit|integration') || status=1
echo "=== benchmark smoke run (asserts no speed; checks that it runs)"
tests/bench/run.sh --quick --bin build/bin || status=1
exit $status
