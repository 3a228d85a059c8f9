#!/bin/sh
# Run every libFuzzer target of a -DZAP_FUZZ=ON build for SECONDS each
# (default 60), one after the other, on a copy of its seed corpus and
# regression files (tests/fuzz is never written to). Prints each target's
# coverage (libFuzzer's cov: edges) at start and end. Fails if any target
# finds a crash, a sanitizer report, a leak, a failed check or a 10 s
# hang; what it found is kept in BUILD/fuzz-artifacts/ (README.md says
# how to make a regression file of it).
#
#   tests/fuzz/run.sh BUILD [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
seconds=${2:-60}
targets="fuzz_dispatch fuzz_frame fuzz_config"
work=$(mktemp -d "${TMPDIR:-/tmp}/zap-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$build/fuzz-artifacts"

failed=0
for t in $targets; do
	mkdir "$work/$t"
	find "$here/corpus/$t" "$here/regressions/$t" -type f ! -name '.*' \
		-exec cp {} "$work/$t/" \;
	if (cd "$work" && "$build/bin/$t" -max_total_time="$seconds" \
		-timeout=10 -print_final_stats=1 \
		-artifact_prefix="$build/fuzz-artifacts/$t-" "$work/$t") \
		> "$work/$t.log" 2>&1; then
		start=$(grep -m1 -o 'INITED cov: [0-9]*' "$work/$t.log" || :)
		end=$(grep -o 'DONE *cov: [0-9]*' "$work/$t.log" | tail -1 || :)
		runs=$(grep -o 'number_of_executed_units: [0-9]*' \
			"$work/$t.log" || :)
		echo "fuzz: $t ok, ${seconds}s: ${start#INITED } at start," \
		     "$(echo "$end" | tr -s ' ' | sed 's/DONE //') at end," \
		     "${runs#number_of_executed_units: } runs"
	else
		failed=$((failed + 1))
		echo "fuzz: $t FAILED; its log ends:"
		tail -n 60 "$work/$t.log"
		echo "fuzz: inputs kept in $build/fuzz-artifacts/"
	fi
done
[ "$failed" -eq 0 ]
