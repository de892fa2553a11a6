#!/usr/bin/env bash
# make fuzz: builds the libFuzzer harnesses (fuzz/Package.swift, -sanitize=fuzzer,address) and runs each one for
# FUZZ_SECONDS, seeded with samples/ (and the shared corpus beside the repository, when present), copied at run time
# into a scratch folder. Prints executions and crashes per harness; crash inputs are kept in $FUZZ_OUT/crashes/.
#
#   FUZZ_SECONDS=60 (per harness)   FUZZ_HARNESSES="markdown text ..."   FUZZ_BUILD=.build-fuzz   FUZZ_OUT=.build-fuzz/out
#   Reproduce a crash:  FUZZ_HARNESS=markdown .build-fuzz/release/cvtrack-fuzz .build-fuzz/out/crashes/markdown/crash-…
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_BUILD=${FUZZ_BUILD:-.build-fuzz}
FUZZ_OUT=${FUZZ_OUT:-$FUZZ_BUILD/out}
FUZZ_HARNESSES=${FUZZ_HARNESSES:-markdown text latex jsonresume-json jsonresume-yaml rendercv detect jobad diff segments}
# Each input gets 10 s before libFuzzer calls it a hang (-timeout), and 2 GB (-rss_limit_mb).
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}

mkdir -p "$FUZZ_OUT"
echo "building the harnesses (release, -sanitize=fuzzer,address) in $FUZZ_BUILD ..."
"$SWIFT" build --package-path fuzz --scratch-path "$FUZZ_BUILD" -c release --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer >"$FUZZ_OUT/build.log" 2>&1 \
    || { tail -40 "$FUZZ_OUT/build.log"; echo "fuzz: build failed (log: $FUZZ_OUT/build.log)"; exit 2; }
BIN=$("$SWIFT" build --package-path fuzz --scratch-path "$FUZZ_BUILD" -c release --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer --show-bin-path)/cvtrack-fuzz
[ -x "$BIN" ] || { echo "fuzz: no binary at $BIN"; exit 2; }

# Seeds: the project's samples, small JSON Resume / RenderCV seeds written here, and the shared corpus beside the
# repository when it is there (copied into the scratch folder, never into the repository).
SEEDS=$FUZZ_OUT/seeds
rm -rf "$SEEDS"; mkdir -p "$SEEDS"/{cv,yaml,json,job,tex}
cp samples/*.md samples/history/*.md "$SEEDS/cv/" 2>/dev/null
find samples -name '*.tex' -exec cp {} "$SEEDS/tex/" \; 2>/dev/null
cp samples/job-*.md "$SEEDS/job/" 2>/dev/null
SHARED=$ROOT/../shared/corpus
if [ -d "$SHARED" ]; then
    cp "$SHARED"/cvs/*.md "$SHARED"/cvs/*.txt "$SEEDS/cv/" 2>/dev/null
    cp "$SHARED"/cvs/*.tex "$SEEDS/tex/" 2>/dev/null
    cp "$SHARED"/cvs/*.yaml "$SEEDS/yaml/" 2>/dev/null
    cp "$SHARED"/cvs/*.json "$SEEDS/json/" 2>/dev/null
    cp "$SHARED"/jobs/*.md "$SEEDS/job/" 2>/dev/null
fi
# Small hand-written seeds for the structured formats (so that they are seeded without the shared corpus too).
cat >"$SEEDS/json/seed.json" <<'JSON'
{"basics": {"name": "Ann Lee", "email": "ann@example.org", "location": {"city": "Bristol"}},
 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-03", "endDate": "2021-01",
           "highlights": ["Moved 40 services to Kubernetes."]}],
 "education": [{"institution": "Leeds", "studyType": "BSc", "area": "Physics", "endDate": "2012"}],
 "skills": [{"name": "Languages", "keywords": ["Go", "Python"]}]}
JSON
cat >"$SEEDS/yaml/seed-jsonresume.yaml" <<'YAML'
basics:
  name: Ann Lee
  email: ann@example.org
work:
  - name: &org Acme
    position: Engineer
    startDate: "2019-03"
    highlights:
      - Moved 40 services to Kubernetes.
skills:
  - name: Languages
    keywords: [Go, Python]
YAML
cat >"$SEEDS/yaml/seed-rendercv.yaml" <<'YAML'
cv:
  name: Ann Lee
  email: ann@example.org
  sections:
    experience:
      - company: Acme
        position: Engineer
        start_date: 2019-03
        end_date: present
        highlights:
          - Moved 40 services to Kubernetes.
    skills:
      - label: Languages
        details: Go, Python
YAML
# The differ's seeds: two versions of the sample CV, concatenated (the harness cuts its input in two halves).
mkdir -p "$SEEDS/diff"
prev=""
for f in samples/history/*.md; do
    [ -n "$prev" ] && cat "$prev" "$f" >"$SEEDS/diff/$(basename "$prev" .md)-$(basename "$f")"
    prev=$f
done

seeds_for() {
    case $1 in
        markdown | text | detect | segments) echo "$SEEDS/cv" ;;
        latex) echo "$SEEDS/tex" ;;
        jsonresume-json) echo "$SEEDS/json" ;;
        jsonresume-yaml | rendercv) echo "$SEEDS/yaml" ;;
        jobad) echo "$SEEDS/job" ;;
        diff) echo "$SEEDS/diff" ;;
    esac
}

printf '\n%-16s %12s %10s %8s  %s\n' harness executions exec/s crashes "corpus (inputs)"
total_crashes=0
for h in $FUZZ_HARNESSES; do
    work=$FUZZ_OUT/corpus/$h
    crashes=$FUZZ_OUT/crashes/$h
    mkdir -p "$work" "$crashes"
    log=$FUZZ_OUT/$h.log
    FUZZ_HARNESS=$h ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 "$BIN" "$work" "$(seeds_for "$h")" \
        -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$crashes/" -print_final_stats=1 -fork=0 >"$log" 2>&1
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    found=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
    total_crashes=$((total_crashes + found))
    printf '%-16s %12s %10s %8s  %s\n' "$h" "${execs:-?}" "${rate:-?}" "$found" "$(ls "$work" | wc -l)"
    if [ "$found" -gt 0 ]; then
        find "$crashes" -type f | sed 's/^/    /'
        grep -m3 -E 'ERROR|Fatal error|SUMMARY' "$log" | sed 's/^/    /'
    fi
done
echo
echo "logs and crash inputs: $FUZZ_OUT (crash inputs go into Tests/cvtrackTests/Support/BadInputCorpus.swift as regression cases)"
[ "$total_crashes" -eq 0 ]
