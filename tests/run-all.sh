#!/bin/sh
# Install what is missing, build, and run every test:
#   build/       release build: unit, integration, ops, qemu (NVMe ZNS in a
#                QEMU guest) and fuzz tests, then a benchmark smoke run
#   build-asan/  AddressSanitizer + UBSan build: unit, fuzz and integration
#   build-tsan/  ThreadSanitizer build: unit and integration
#   build-fuzz/  clang, libFuzzer coverage + ASan + UBSan on zapd's own
#                code: each libFuzzer target for 60 s on its seed corpus
# Exits non-zero if anything fails; the last line counts the stages.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc)
deploy/install-deps.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$jobs"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DZAP_SANITIZE=ON
cmake --build build-asan -j"$jobs"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DZAP_TSAN=ON
cmake --build build-tsan -j"$jobs"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZAP_FUZZ=ON \
	-DCMAKE_C_COMPILER=clang
cmake --build build-fuzz -j"$jobs" --target fuzz_dispatch fuzz_frame fuzz_config

passed=0
failed=0
stage() {
	name=$1
	shift
	echo "=== $name"
	if "$@"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "=== FAILED: $name"
	fi
}
release_tests() {
	(cd build && ctest --output-on-failure --timeout 900)
}
asan_tests() {
	(cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure --timeout 900 -L 'unit|integration')
}
# gcc 12's TSan runtime wants PIE executables at 0x550000000000 to
# 0x568000000000 and libraries above 0x7e8000000000; with more than 28
# bits of mmap randomization (vm.mmap_rnd_bits: 32 on some newer kernels,
# which a container inherits from its host) a process can land outside
# them and abort at start ("unexpected memory mapping"). Without ASLR
# (setarch -R: a personality flag that ctest, the test programs and the
# zapd they start inherit) everything sits at those fixed addresses, on
# any kernel and without changing a sysctl. Where seccomp forbids that
# flag (some container runtimes), run as is: 28 bits work.
tsan_tests() {
	norand="setarch $(uname -m) -R"
	$norand true 2>/dev/null || norand=
	(cd build-tsan && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
		$norand ctest --output-on-failure --timeout 900 \
		-L 'unit|integration')
}

stage "release build: every test" release_tests
stage "ASan/UBSan build: unit, fuzz and integration tests" asan_tests
stage "TSan build: unit and integration tests" tsan_tests
stage "libFuzzer: every fuzz target for 60 s" tests/fuzz/run.sh build-fuzz 60
stage "benchmark smoke run (asserts no speed)" \
	tests/bench/run.sh --quick --bin build/bin
echo "run-all: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
