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

# gen_speeches FILE N SEED PREFIX: N generated speeches as JSON Lines (ids
# PREFIX1..PREFIXN, each with the unique word PREFIXmarkK), about 1.5 KB
# each: enough text for fa-index to train a stored-text dictionary,
# without checking a large corpus in.
gen_speeches() {
    py - "$@" <<'PY'
import json, random, sys
out, n, seed, prefix = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
r = random.Random(seed)
words = ("assembly nations security council peace development delegation resolution "
         "disarmament climate sovereignty government cooperation rights economic treaty "
         "refugees ocean nuclear weapons poverty health education women children "
         "Pakistan France Japan India Brazil Kenya Chile Egypt conflict dialogue").split()
glue = "the of and to in for a is we our must that this with".split()
with open(out, "w") as f:
    for k in range(1, n + 1):
        sents = []
        for _ in range(r.randint(8, 20)):
            ws = [r.choice(words if r.random() < 0.6 else glue) for _ in range(r.randint(6, 16))]
            sents.append(" ".join(ws).capitalize() + ".")
        sents.insert(r.randint(0, len(sents)), "The %smark%d delegation spoke." % (prefix, k))
        f.write(json.dumps({"id": "%s%d" % (prefix, k), "title": "Speech %d" % k,
                            "date": "%d" % (1950 + k % 70), "text": " ".join(sents)}) + "\n")
PY
}
