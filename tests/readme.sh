#!/usr/bin/env bash
# readme.sh - the README's query table checked against the binary: every
# example (each `...` of a row's first column; "(empty)" is the empty
# query) is run with fa-search --count over an index of corpus/, and must
# parse (exit 0) and match as many articles as the row's last column says
# for it (one count per example, in order). A table that cannot be found
# or read, or a row without one count per example, fails too.
# Uses $FA_BUILD/fa-index and fa-search (default build/). Needs python3.
set -u

. "$(dirname "$0")/lib.sh"

need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-readme.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# The build choices the table's =word and field. rows need (README).
if ! "$index" --quiet --db "$tmp/db" --exact-words --spelling --field section --field author "$root/corpus"; then
    bad "index corpus/"
    echo "$passed passed, $failed failed"
    exit 1
fi

python3 - "$root/README.md" "$search" "$tmp/db" <<'PY'
import re, subprocess, sys
readme, search, db = sys.argv[1:]
lines = open(readme, encoding="utf-8").read().split("\n")
passed = failed = 0
def ok(m):
    global passed; passed += 1; print("ok   " + m)
def bad(m):
    global failed; failed += 1; print("FAIL " + m)
def cells(line):
    # split on '|' outside `code`
    out, cur, code = [], "", False
    for ch in line.strip()[1:-1] if line.strip().endswith("|") else line.strip()[1:]:
        if ch == "`":
            code = not code
        if ch == "|" and not code:
            out.append(cur.strip()); cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return out
try:
    start = next(i for i, l in enumerate(lines) if re.match(r"\| query \| meaning \| on `corpus/` \|", l))
except StopIteration:
    bad("README: no '| query | meaning | on `corpus/` |' table")
    print("%d passed, %d failed" % (passed, failed)); sys.exit(1)
rows = []
for l in lines[start + 2:]:
    if not l.startswith("|"):
        break
    rows.append(cells(l))
if not rows:
    bad("README: the query table has no rows")
for c in rows:
    if c[0] == "(empty)":
        examples = [""]
    else:
        examples = re.findall(r"`([^`]*)`", c[0])
    counts = re.findall(r"\d+", c[-1]) if len(c) >= 3 else []
    if not examples or len(examples) != len(counts):
        bad("row '%s': %d examples, %d counts" % (c[0], len(examples), len(counts)))
        continue
    for q, want in zip(examples, counts):
        p = subprocess.run([search, "--db", db, "--count", "--", q], capture_output=True, text=True)
        got = p.stdout.strip()
        if p.returncode == 0 and got == want:
            ok("%-40s %s" % (q or "(empty)", got))
        else:
            bad("%s: exit %d, %s articles, the README says %s %s" %
                (q or "(empty)", p.returncode, got or "no", want, p.stderr.strip()))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
