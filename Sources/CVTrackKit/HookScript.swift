/// The text of `hooks/pre-commit`, built into cvtrack so that `cvtrack hooks install` works from any
/// install. A test checks that it is the same as the file in the repository.
public enum HookScript {
    public static let preCommit = """
#!/bin/sh
# cvtrack pre-commit hook: validates the CVs being committed, exactly as staged, and blocks the commit
# when one has an error (an impossible date, a broken tag, a misspelling set to error ...).
# Installed by `cvtrack hooks install`; skip it once with `git commit --no-verify`.
#
# Exit codes of `cvtrack validate`: 0 no error (warnings are printed), 1 errors found, 2 cvtrack could
# not check (it says why), 64 bad usage. Anything but 0 blocks the commit.

CVTRACK_DEFAULT="@CVTRACK@"
if [ -n "${CVTRACK:-}" ] && [ -x "$CVTRACK" ]; then
    cvtrack=$CVTRACK
elif [ -x "$CVTRACK_DEFAULT" ]; then
    cvtrack=$CVTRACK_DEFAULT
elif command -v cvtrack >/dev/null 2>&1; then
    cvtrack=cvtrack
else
    echo "cvtrack pre-commit hook: cvtrack is not installed (not at $CVTRACK_DEFAULT nor on PATH), so the CVs were not checked." >&2
    echo "Install it (make install in the cvtrack sources), or commit once without the check: git commit --no-verify" >&2
    exit 1
fi

# Run the hook that was there before cvtrack's, if `cvtrack hooks install --chain` kept it.
chained="$(dirname "$0")/pre-commit.cvtrack-chained"
if [ -x "$chained" ]; then
    "$chained" "$@" || exit $?
fi

"$cvtrack" validate --staged
status=$?
if [ $status -eq 1 ]; then
    echo "cvtrack: commit blocked: fix the errors above (or commit with --no-verify)." >&2
elif [ $status -ne 0 ]; then
    echo "cvtrack: commit blocked: the CVs could not be checked (exit $status)." >&2
fi
exit $status

"""
}
