#!/usr/bin/env bash
# `make bench-compare`: cvtrack side by side with the tools users would otherwise pick, timed with hyperfine
# in one run per comparison (medians):
#   - validation of the same 16 KB CV in RenderCV's YAML: RenderCV (its data-model validation, and its
#     `render` with every output but Typst turned off) vs `cvtrack validate`;
#   - a diff of the same two versions: graphtage and deepdiff on the versions exported as JSON Resume
#     (`cvtrack export --to jsonresume`) vs `cvtrack diff --no-index` and `cvtrack diff A B` in a repository.
# RenderCV, graphtage and deepdiff are installed from PyPI into a throwaway virtual environment under /tmp
# (removed at the end; set BENCH_VENV=DIR to keep and reuse one). Without python3-venv or PyPI the
# comparison is skipped with a note, and the script exits 0.
#
# Usage: bench/compare.sh [PATH-TO-CVTRACK]
#   default binary: a release build with the Swift runtime linked statically, in .build-bench
#   BENCH_COMPARE_RUNS (default 15): hyperfine runs of each command
# Results: bench/out/compare-*.{json,md} and a summary on stdout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=${BENCH_COMPARE_RUNS:-15}
data="$here/data/compare"
out="$here/out"

note() { printf 'bench/compare.sh: %s\n' "$*" >&2; }

if [ $# -ge 1 ]; then
    cvtrack="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    (cd "$root" && swift build -c release --static-swift-stdlib --scratch-path .build-bench --product cvtrack >&2)
    cvtrack="$root/.build-bench/release/cvtrack"
fi
[ -x "$cvtrack" ] || { note "no cvtrack binary at $cvtrack"; exit 2; }
command -v hyperfine >/dev/null || { note "hyperfine is missing (Debian: apt-get install hyperfine, or make bench-deps)"; exit 2; }

# The throwaway virtual environment.
if [ -n "${BENCH_VENV:-}" ]; then
    venv=$BENCH_VENV
else
    venv=$(mktemp -d /tmp/cvtrack-compare-venv.XXXXXX)
    trap 'rm -rf "$venv"' EXIT
fi
if [ ! -x "$venv/bin/rendercv" ] || [ ! -x "$venv/bin/graphtage" ] || [ ! -x "$venv/bin/deep" ]; then
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        note "skipped: python3 cannot create a virtual environment (Debian: apt-get install python3-venv)"
        exit 0
    fi
    echo "Installing RenderCV, graphtage and deepdiff from PyPI into $venv ..."
    if ! timeout 600 "$venv/bin/pip" install --quiet --disable-pip-version-check rendercv graphtage "deepdiff[cli]" >"$venv/pip.log" 2>&1; then
        note "skipped: PyPI is unreachable or the install failed (last lines of pip's log below)"
        tail -5 "$venv/pip.log" >&2
        exit 0
    fi
fi
py="$venv/bin/python"
versions=$("$venv/bin/pip" list --format=freeze 2>/dev/null | grep -iE '^(rendercv|graphtage|deepdiff|pydantic)==' | tr '\n' ' ')

# The data: the 16 KB CV of gen-cv.py, its second version (one commit's worth of CV-level changes: a new
# role above the current one, which ends; a reworded and a removed bullet; a skill added: the same edits
# as the micro-benchmarks' CVEdits), both exported as JSON Resume, and the first in RenderCV's YAML.
rm -rf "$data"; mkdir -p "$data" "$out"
python3 "$here/gen-cv.py" > "$data/v1.md"
python3 - "$data/v1.md" "$data/v2.md" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
bullets = [i for i, l in enumerate(lines) if l.startswith("- ") and "**" not in l]
lines[bullets[2]] = lines[bullets[2]][:-1] + ", mentoring two engineers."
del lines[bullets[9]]
i = next(k for k, l in enumerate(lines) if l.startswith("- **Data:**"))
lines[i] += ", ClickHouse"
i = next(k for k, l in enumerate(lines) if "– Present" in l)
lines[i] = lines[i].replace("– Present", "– Jun 2024")
i = lines.index("## Experience")
lines[i + 2:i + 2] = ["### Fjord Systems", "", "**Principal Engineer** • Jul 2024 – Present · Bristol, UK", "",
                      "- Led the platform team's move to Kubernetes and Terraform, for 6 teams.",
                      "- Built the event pipeline in Kafka and Go, cutting latency by 40%.", ""]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
"$cvtrack" export "$data/v1.md" --to jsonresume > "$data/v1.json"
"$cvtrack" export "$data/v2.md" --to jsonresume > "$data/v2.json"

# JSON Resume -> RenderCV YAML (RenderCV 2.x: cv.sections with ExperienceEntry, NormalEntry, EducationEntry,
# OneLineEntry). Scalars are written as JSON strings, which YAML reads as double-quoted strings.
python3 - "$data/v1.json" "$data/cv.yaml" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
q = json.dumps
b = r.get("basics", {})
o = ["cv:", f"  name: {q(b['name'])}"]
if "location" in b: o.append(f"  location: {q(b['location'].get('address', ''))}")
for k in ("email", "phone"):
    if k in b: o.append(f"  {k}: {q(b[k])}")
o.append("  sections:")
if "summary" in b: o += ["    summary:", f"      - {q(b['summary'])}"]
def dates(e, ind):
    out = []
    if "startDate" in e: out.append(f"{ind}start_date: {q(e['startDate'])}")
    out.append(f"{ind}end_date: {q(e.get('endDate', 'present'))}")
    return out
def highlights(e, ind):
    return ([f"{ind}highlights:"] + [f"{ind}  - {q(h)}" for h in e["highlights"]]) if e.get("highlights") else []
o.append("    experience:")
for w in r.get("work", []):
    o += [f"      - company: {q(w['name'])}", f"        position: {q(w['position'])}"]
    if "location" in w: o.append(f"        location: {q(w['location'])}")
    o += dates(w, "        ") + highlights(w, "        ")
if r.get("projects"):
    o.append("    projects:")
    for p in r["projects"]:
        o.append(f"      - name: {q(p['name'])}")
        if "startDate" in p: o += dates(p, "        ")
        if "description" in p: o.append(f"        summary: {q(p['description'])}")
        o += highlights(p, "        ")
if r.get("education"):
    o.append("    education:")
    for e in r["education"]:
        o += [f"      - institution: {q(e['institution'])}", f"        area: {q(e.get('area', e.get('studyType', '')))}"]
        if "studyType" in e and "area" in e: o.append(f"        degree: {q(e['studyType'])}")
        if "startDate" in e: o += dates(e, "        ")
o.append("    skills:")
for s in r.get("skills", []):
    o += [f"      - label: {q(s.get('name', 'Skills'))}", f"        details: {q(', '.join(s.get('keywords', [])))}"]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(o) + "\n")
PY

# Both tools must accept the inputs, or the timings mean nothing.
"$py" -c 'import sys, pathlib; from rendercv.data import read_input_file; read_input_file(pathlib.Path(sys.argv[1]))' "$data/cv.yaml" \
    || { note "RenderCV rejects $data/cv.yaml"; exit 2; }
set +e
"$cvtrack" validate "$data/cv.yaml" > "$out/compare-validate-findings.txt" 2>&1; status=$?
set -e
[ "$status" -le 1 ] || { note "cvtrack validate failed on $data/cv.yaml (exit $status)"; cat "$out/compare-validate-findings.txt" >&2; exit 2; }

# A repository with the two versions as two commits, for `cvtrack diff A B`.
repo="$data/repo"
git init -q -b main "$repo"
cp "$data/v1.md" "$repo/cv.md"; echo "cvs: [cv.md]" > "$repo/.cvtrack.yml"
git -C "$repo" add cv.md .cvtrack.yml
git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -q -m v1
cp "$data/v2.md" "$repo/cv.md"
git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -q -am v2

# What each tool prints (kept for the reader; the timings below discard it).
"$cvtrack" diff --no-index "$data/v1.md" "$data/v2.md" > "$out/compare-diff-cvtrack.txt" || true
"$venv/bin/graphtage" --no-status "$data/v1.json" "$data/v2.json" > "$out/compare-diff-graphtage.txt" 2>&1 || true
"$venv/bin/deep" diff "$data/v1.json" "$data/v2.json" > "$out/compare-diff-deepdiff.txt" 2>&1 || true

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
echo "machine: $(nproc) cores ($cpu), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "tools: $versions"
echo "inputs: v1.md $(wc -c < "$data/v1.md") B, v2.md $(wc -c < "$data/v2.md") B, v1.json $(wc -c < "$data/v1.json") B, cv.yaml $(wc -c < "$data/cv.yaml") B"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

bench() {  # name, then hyperfine commands
    local name=$1; shift
    hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$out/compare-$name.json" --export-markdown "$out/compare-$name.md" "$@" >/dev/null
    printf '\n## %s (load average after: %s)\n' "$name" "$(cut -d' ' -f1-3 /proc/loadavg)"
    python3 - "$out/compare-$name.json" "$cvtrack" "$data" "$venv/bin/" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
def short(c): return c.replace(sys.argv[2], "cvtrack").replace(sys.argv[4], "").replace(sys.argv[3] + "/", "").replace(sys.argv[3], ".")
print("| command | median | mean ± σ | min | max | CPU (user + sys, mean) |")
print("|---|---|---|---|---|---|")
for r in res:
    ms = lambda s: f"{s * 1000:.1f} ms"
    print(f"| `{short(r['command'])}` | {ms(r['median'])} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['min'])} | {ms(r['max'])} | {ms(r['user'] + r['system'])} |")
PY
}

cd "$data"
# hyperfine -i ignores exit codes (graphtage exits 1 when the files differ), so every command is run once here
# first: a command that fails (a usage error, a rejected file) would otherwise be timed as if it worked.
check() {  # allowed exit codes ("0" or "0 1"), then the command
    local allowed=$1 status; shift
    set +e; "$@" >/dev/null 2>"$out/compare-check.err"; status=$?; set -e
    case " $allowed " in *" $status "*) ;; *)
        note "$* exited $status (expected $allowed):"; cat "$out/compare-check.err" >&2; exit 2 ;;
    esac
}
check "0 1" "$cvtrack" validate cv.yaml
check "0 1" "$cvtrack" validate cv.yaml --no-spelling
check "0 1" "$cvtrack" validate v1.md
check "0" "$venv/bin/rendercv" render cv.yaml --output-folder-name "$data/rendercv_output" --dont-generate-pdf --dont-generate-png --dont-generate-markdown --dont-generate-html
check "0" "$cvtrack" -C repo diff HEAD~1 HEAD
check "0" "$cvtrack" diff --no-index v1.md v2.md
check "0" "$cvtrack" diff --no-index v1.json v2.json
check "0" "$venv/bin/deep" diff v1.json v2.json
check "0 1" "$venv/bin/graphtage" --no-status v1.json v2.json

bench validate \
    "$cvtrack validate cv.yaml" \
    "$cvtrack validate cv.yaml --no-spelling" \
    "$cvtrack validate v1.md" \
    "$py -c 'import sys, pathlib; from rendercv.data import read_input_file; read_input_file(pathlib.Path(sys.argv[1]))' cv.yaml" \
    "$venv/bin/rendercv render cv.yaml --output-folder-name $data/rendercv_output --dont-generate-pdf --dont-generate-png --dont-generate-markdown --dont-generate-html"

bench diff \
    "$cvtrack -C repo diff HEAD~1 HEAD" \
    "$cvtrack diff --no-index v1.md v2.md" \
    "$cvtrack diff --no-index v1.json v2.json" \
    "$venv/bin/deep diff v1.json v2.json" \
    "$venv/bin/graphtage --no-status v1.json v2.json"

# graphtage exits 1 when the files differ (hence hyperfine -i); the other commands were checked above or exit 0.
# The ratio issue #4 asks for: graphtage's median over `cvtrack diff A B`'s, measured in the same run.
python3 - "$out/compare-diff.json" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
med = {r["command"]: r["median"] for r in res}
cpu = {r["command"]: r["user"] + r["system"] for r in res}
key = next(c for c in med if " -C repo diff " in c)
print()
for c in med:
    if "/graphtage " in c:
        print(f"graphtage / cvtrack diff A B: {med[c] / med[key]:.0f}x in median wall time, "
              f"{cpu[c] / cpu[key]:.0f}x in CPU time (issue #4 asks for at least 50x)")
    if "/deep diff " in c:
        print(f"deepdiff / cvtrack diff A B: {med[c] / med[key]:.1f}x in median wall time, {cpu[c] / cpu[key]:.1f}x in CPU time")
PY

# Instructions (callgrind): the same ratio, independent of the load on this shared machine. valgrind runs a
# stripped copy of cvtrack (it gives up on Swift 6.3's debug information).
if command -v valgrind >/dev/null && command -v strip >/dev/null; then
    stripped="$data/cvtrack-stripped"; strip -o "$stripped" "$cvtrack"
    instr() {  # the command's own exit code does not matter here (graphtage exits 1 on a difference)
        { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null </dev/null || true; } \
            | sed -n 's/.*Collected : //p'
    }
    i_cvtrack=$(instr "$stripped" -C repo diff HEAD~1 HEAD)
    i_noindex=$(instr "$stripped" diff --no-index v1.json v2.json)
    i_deep=$(instr "$py" "$venv/bin/deep" diff v1.json v2.json)
    i_graphtage=$(instr "$py" "$venv/bin/graphtage" --no-status v1.json v2.json)
    python3 - "$i_cvtrack" "$i_noindex" "$i_deep" "$i_graphtage" <<'PY'
import sys
c, n, d, g = (int(x) for x in sys.argv[1:])
print("\n## diff, instructions (callgrind, one run each)\n| command | instructions |\n|---|---|")
for name, v in (("cvtrack -C repo diff HEAD~1 HEAD", c), ("cvtrack diff --no-index v1.json v2.json", n),
                ("deep diff v1.json v2.json", d), ("graphtage --no-status v1.json v2.json", g)):
    print(f"| `{name}` | {v / 1e6:,.0f} M |")
print(f"graphtage / cvtrack diff A B: {g / c:.0f}x in instructions; deepdiff / cvtrack diff A B: {d / c:.1f}x")
PY
else
    note "valgrind is missing: instruction counts skipped (Debian: apt-get install valgrind)"
fi

# Peak memory (maximum resident set size) of one run of each command, with GNU time.
if [ -x /usr/bin/time ]; then
    printf '\n## peak memory (max RSS, one run each)\n| command | max RSS |\n|---|---|\n'
    mem() {  # label, then the command
        local label=$1; shift
        printf '| `%s` | %s MB |\n' "$label" "$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}')"
    }
    mem "cvtrack validate cv.yaml" "$cvtrack" validate cv.yaml
    mem "cvtrack validate cv.yaml --no-spelling" "$cvtrack" validate cv.yaml --no-spelling
    mem "RenderCV read_input_file cv.yaml" "$py" -c 'import sys, pathlib; from rendercv.data import read_input_file; read_input_file(pathlib.Path(sys.argv[1]))' cv.yaml
    mem "rendercv render cv.yaml (Typst only)" "$venv/bin/rendercv" render cv.yaml --output-folder-name "$data/rendercv_output" --dont-generate-pdf --dont-generate-png --dont-generate-markdown --dont-generate-html
    mem "cvtrack -C repo diff HEAD~1 HEAD" "$cvtrack" -C repo diff HEAD~1 HEAD
    mem "cvtrack diff --no-index v1.json v2.json" "$cvtrack" diff --no-index v1.json v2.json
    mem "deep diff v1.json v2.json" "$venv/bin/deep" diff v1.json v2.json
    mem "graphtage --no-status v1.json v2.json" "$venv/bin/graphtage" --no-status v1.json v2.json
else
    note "GNU time (/usr/bin/time) is missing: peak memory skipped (Debian: apt-get install time)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
