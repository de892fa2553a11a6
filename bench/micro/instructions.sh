#!/usr/bin/env bash
# Instructions per operation of the micro-benchmarks, counted by valgrind's callgrind: exact and repeatable,
# and available where the CPU's performance counters are not exposed to processes (perf_event_open fails
# in many virtual machines, and the benchmark tool then leaves out its `instructions` metric).
# Each operation runs under callgrind once with N = 1 and once with N = 11; (I(11) - I(1)) / 10 is the
# cost of one run, without process start-up and input loading.
# Usage (from the repository root): bash bench/micro/instructions.sh   (prints a Markdown table)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is missing (Debian: apt-get install valgrind)" >&2; exit 2; }
swift build --package-path "$here" -c release --product cvcore-repeat >&2
# valgrind 3.19 gives up on the debug information of Swift 6.3 binaries ("Possibly corrupted debuginfo
# file"): it runs a stripped copy, which executes the same instructions.
bin=$(mktemp /tmp/cvcore-repeat.XXXXXX)
trap 'rm -f "$bin"' EXIT
strip -o "$bin" "$(swift build --package-path "$here" -c release --show-bin-path)/cvcore-repeat"
count() {  # N NAME -> instructions collected
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 >/dev/null </dev/null \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "| operation | instructions per run |"
echo "|---|---|"
"$bin" --list | while IFS= read -r name; do
    one=$(count 1 "$name"); eleven=$(count 11 "$name")
    python3 -c "import sys; print(f'| {sys.argv[1]} | {(int(sys.argv[3]) - int(sys.argv[2])) / 10 / 1e6:.2f} M |')" "$name" "$one" "$eleven"
done
