#!/usr/bin/env bash
# Builds a small CV history from the versions in samples/history (one kind of change per commit,
# including a rename from resume.md to cv.md), in a new git repository at DIR.
# Usage: samples/build-history.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: build-history.sh DIR}
if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    echo "build-history.sh: $dir exists and is not empty" >&2
    exit 2
fi
mkdir -p "$dir"
git -C "$dir" init -q -b main
export GIT_AUTHOR_NAME="Morgan Ellis" GIT_AUTHOR_EMAIL="morgan.ellis@example.org"
export GIT_COMMITTER_NAME="Morgan Ellis" GIT_COMMITTER_EMAIL="morgan.ellis@example.org"
current=""
while IFS=$'\t' read -r version path date message; do
    case "$version" in ''|'#'*) continue ;; esac
    if [ -n "$current" ] && [ "$current" != "$path" ]; then
        git -C "$dir" mv "$current" "$path"
    fi
    cp "$here/history/$version" "$dir/$path"
    git -C "$dir" add "$path"
    GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" git -C "$dir" commit -q -m "$message"
    current=$path
done < "$here/history/versions.tsv"
echo "Built $(git -C "$dir" rev-list --count HEAD) commits in $dir"
