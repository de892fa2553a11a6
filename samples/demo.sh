#!/usr/bin/env bash
# `make demo`: builds the sample CV history in a temporary folder and runs cvtrack on it.
# Usage: samples/demo.sh PATH-TO-CVTRACK
set -euo pipefail
cvtrack=${1:?usage: demo.sh PATH-TO-CVTRACK}
cvtrack="$(cd "$(dirname "$cvtrack")" && pwd)/$(basename "$cvtrack")"
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/cvtrack-demo.XXXXXX")
trap 'rm -rf "$dir"' EXIT

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
run() { step "cvtrack $*"; "$cvtrack" -C "$dir/cv" "$@" 2>&1 || true; }

echo "Building a sample CV history (seven commits of samples/cv.md, with a rename) in $dir/cv"
"$here/build-history.sh" "$dir/cv" >/dev/null
git -C "$dir/cv" log --format='  %h %ad %s' --date=short

step "cvtrack init"
(cd "$dir/cv" && "$cvtrack" init)
run status
step "cvtrack show HEAD~4 | head -14   (the CV before the promotion)"
"$cvtrack" -C "$dir/cv" show HEAD~4 | head -14
if "$cvtrack" parse --help >/dev/null 2>&1; then
    run parse cv.md
fi
if "$cvtrack" diff --help >/dev/null 2>&1; then
    run diff HEAD~3 HEAD~2
    run log
fi
if "$cvtrack" validate --help >/dev/null 2>&1; then
    step "cvtrack validate samples/broken-cv.md   (a CV with planted mistakes)"
    "$cvtrack" validate "$here/broken-cv.md" || true
    step "cvtrack hooks install, then a commit with an end date before its start date"
    "$cvtrack" -C "$dir/cv" hooks install
    sed -i 's/Jul 2012 – Aug 2015/Jul 2012 – Aug 2011/' "$dir/cv/cv.md"
    git -C "$dir/cv" -c user.name=Demo -c user.email=demo@example.org commit -q -a -m "Typo in a date" 2>&1 || echo "(git commit was blocked, as it should be)"
    git -C "$dir/cv" checkout -q cv.md
fi
if "$cvtrack" tailor --help >/dev/null 2>&1; then
    step "cvtrack tailor samples/job-platform-engineer.md --max-bullets 2   (a variant on its own branch)"
    "$cvtrack" -C "$dir/cv" tailor "$here/job-platform-engineer.md" --max-bullets 2 | tail -12
    run variants
fi
echo
echo "Done. Try it on your own CV: cvtrack init in its repository, then cvtrack --help."
