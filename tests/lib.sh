# lib.sh - what the shell test suites share, sourced after `set -u`:
# where the binaries are ($FA_BUILD, default build/, relative to the
# current folder or else to the source tree), the ok/bad counters that end
# in `N passed, N failed`, and checks for the binaries and tools a suite
# needs. Sets here, root, build, index, search, passed, failed.

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${FA_BUILD:-build}
case $build in
    /*) ;;
    *) if [ -d "$build" ]; then build=$(cd "$build" && pwd); else build=$root/$build; fi ;;
esac
index=$build/fa-index
search=$build/fa-search

passed=0
failed=0

ok()  { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
bad() { failed=$((failed + 1)); printf 'FAIL %s\n' "$1"; shift; [ $# -gt 0 ] && printf '%s\n' "$@" | sed 's/^/     /'; }

# need_binaries: both binaries must be built. need TOOL...: each on PATH.
need_binaries() {
    local b
    for b in "$index" "$search"; do
        if [ ! -x "$b" ]; then
            echo "$(basename "$0"): $b not found; build first (make all)" >&2
            exit 1
        fi
    done
}
need() {
    local t
    for t in "$@"; do
        if ! command -v "$t" >/dev/null; then
            echo "$(basename "$0"): $t is needed" >&2
            exit 1
        fi
    done
}

# py ARGS: the python3 on PATH, started without site packages (faster, and
# deaf to whatever the user installed).
pybin=$(command -v python3 >/dev/null && python3 -c 'import sys; print(sys.executable)')
py() { "$pybin" -S "$@"; }
