#!/usr/bin/env bash
# Compiles each LaTeX CV of ../shared/corpus (latex-*) with a real LaTeX, then a variant of it that `cvtrack tailor`
# cuts (most bullets dropped, old roles collapsed, projects dropped), and checks that the variant compiles whenever
# its base does. Lists the bases that do not compile here, and why (a missing class, package or font).
#
#   bash scripts/latex-check.sh CVTRACK [CORPUS]     (make latex-check installs texlive first)
#
# Without latexmk it says so and exits 0 (`make test` runs it only when texlive is installed).
set -uo pipefail
cvtrack=$(realpath "${1:?usage: latex-check.sh CVTRACK [CORPUS]}")
corpus=$(realpath "${2:-$(dirname "$0")/../../shared/corpus}" 2>/dev/null || true)
if ! command -v latexmk >/dev/null 2>&1; then
    echo "latex-check: skipped, texlive is not installed (make latex-check installs it)"
    exit 0
fi
if [ -z "$corpus" ] || [ ! -f "$corpus/key.json" ]; then
    echo "latex-check: skipped, no corpus at ${2:-../shared/corpus}"
    exit 0
fi
job="$corpus/jobs/cloudflare-systems-reliability-engineer-edge.md"
work=$(mktemp -d /tmp/cvtrack-latex-check.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The engine a CV's folder asks for: XeLaTeX for fontspec (Awesome-CV, altacv with custom fonts), else pdfLaTeX.
engine() {
    if grep -rqE --include='*.tex' --include='*.cls' --include='*.sty' \
        'fontspec|documentclass(\[[^]]*\])?\{(awesome-cv|altacv)\}|^%.*(xelatex|XeLaTeX|lualatex)' "$1" 2>/dev/null; then
        echo -xelatex
    else
        echo -pdf
    fi
}

# Compiles $1 (a .tex in its own folder); prints nothing on success, else the first error of the log.
compile() {
    local tex=$1 dir name
    dir=$(dirname "$tex")
    name=$(basename "$tex" .tex)
    (cd "$dir" && timeout 300 latexmk "$(engine "$dir")" -interaction=nonstopmode -halt-on-error \
        -file-line-error "$name.tex" >/dev/null 2>&1)
    local log="$dir/$name.log"
    # Compiled: a PDF and no LaTeX error (latexmk also fails on a missing .bib, which the corpus does not hold).
    if [ -s "$dir/$name.pdf" ] && [ -f "$log" ] && ! grep -qE "^!|\.tex:[0-9]+: .*Error" "$log"; then
        return 0
    fi
    if [ -f "$log" ]; then
        { grep -m1 -E "^!|\.tex:[0-9]+: " "$log" || grep -m1 -E "not found|Fatal" "$log"; } | cut -c1-160
    else
        echo "no log (latexmk failed to start)"
    fi
    return 1
}

mains=$(python3 -c "import json,sys; print('\n'.join(sorted(k for k in json.load(open(sys.argv[1])) if k.startswith('latex-'))))" "$corpus/key.json")
compiled=0
variants=0
failed=0
for main in $mains; do
    top=${main%%/*}
    case_dir="$work/${top%.tex}"
    mkdir -p "$case_dir/base"
    if [ -d "$corpus/cvs/$top" ]; then
        cp -R "$corpus/cvs/$top/." "$case_dir/base/"
        file=${main#*/}
    else
        cp "$corpus/cvs/$top" "$case_dir/base/"
        file=$top
    fi
    cp -R "$case_dir/base" "$case_dir/variant"
    if ! why=$(compile "$case_dir/base/$file"); then
        echo "base does not compile: $main: $why"
        continue
    fi
    compiled=$((compiled + 1))
    # The variant, cut by `cvtrack tailor` in a throwaway repository holding the CV.
    repo="$case_dir/repo"
    cp -R "$case_dir/variant" "$repo"
    (cd "$repo" && git init -q && git add -A && git -c user.name=check -c user.email=check@example.com commit -qm base \
        && "$cvtrack" tailor "$job" --cv "$file" --name check --max-bullets 1 --order relevance --collapse-before 2021 >/dev/null \
        && git show "tailored/check:$file" > "$case_dir/variant/$file") || {
        echo "FAIL: $main: cvtrack tailor did not cut a variant"
        failed=$((failed + 1))
        continue
    }
    if cmp -s "$case_dir/base/$file" "$case_dir/variant/$file"; then
        echo "ok: $main (the variant is the base: nothing to cut)"
    elif why=$(compile "$case_dir/variant/$file"); then
        echo "ok: $main (base and variant compile; $(diff "$case_dir/base/$file" "$case_dir/variant/$file" | grep -c '^<') lines cut)"
    else
        echo "FAIL: $main: the base compiles, the variant does not: $why"
        failed=$((failed + 1))
    fi
    variants=$((variants + 1))
done
echo "latex-check: $compiled bases compile here; $variants variants checked, $failed failed"
[ "$failed" -eq 0 ]
