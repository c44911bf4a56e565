#!/usr/bin/env bash
# formats.sh - the input formats and identities of issue 12 through the
# real binaries: control characters that must separate words (a CR-only
# speech), dates in every accepted form, ids that stay distinct across
# PATH arguments and piped articles, and (when built) HTML, feeds and
# WARC mixed in one folder. Each case indexes into its own index in a
# temporary folder and checks exit codes, messages and search results.
# Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"
need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-formats.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# ids DB QUERY...: the ids of the hits, sorted, on one line.
ids() {
    local db=$1
    shift
    "$search" --db "$db" --json --limit 1000 "$@" 2>/dev/null |
        py -c 'import json, sys; print(" ".join(sorted(h["id"] for h in json.load(sys.stdin)["hits"])))' 2>/dev/null
}
# hitfield DB NAME QUERY...: field NAME of the first hit (from "fields" when
# not a top-level key), or "no hit".
hitfield() {
    local db=$1 name=$2
    shift 2
    "$search" --db "$db" --json --limit 1 "$@" 2>/dev/null |
        py -c '
import json, sys
h = json.load(sys.stdin)["hits"]
n = sys.argv[1]
print("no hit" if not h else h[0].get(n, h[0].get("fields", {}).get(n)))' "$name" 2>/dev/null
}
# expect_ids NAME DB WANT QUERY...
expect_ids() {
    local name=$1 db=$2 want=$3 got
    shift 3
    got=$(ids "$db" "$@")
    if [ "$got" = "$want" ]; then ok "$name"; else bad "$name" "got '$got', want '$want'"; fi
}

# ------------------------------------------------ control characters (item 1)

d=$tmp/cr
mkdir -p "$d"
# A CR-only speech (as 337 UNGDC speeches are written), and one without.
printf 'Id: cr-only\rTitle: Cr speech\r\rWe condemn nuclear and bacterial\rweapons.\rNuclear\rdisarmament now.\r' >"$d/cr.txt"
printf 'Id: lf\nTitle: Lf speech\n\nA nuclear future without fear.\n' >"$d/lf.txt"
printf '{"id":"c1","text":"sanctions\\u0085regime\\u2028review\\u001bboard\\u0000meeting"}\n' >"$d/c1.jsonl"
"$index" --db "$tmp/cr.db" --quiet "$d" 2>"$tmp/cr.err"
rc=$?
[ $rc -eq 3 ] && grep -q 'c1\.jsonl:1: control characters' "$tmp/cr.err" &&
    ! grep -q 'cr\.txt' "$tmp/cr.err" &&
    ok "CR-only text is no damage; ESC and NUL reported (exit 3)" ||
    bad "CR/controls: exit $rc, want 3 with c1.jsonl:1 reported and cr.txt not" "$(cat "$tmp/cr.err")"
expect_ids "CR separates words: bacterial" "$tmp/cr.db" "cr-only" bacterial
expect_ids "CR separates words: weapons" "$tmp/cr.db" "cr-only" weapons
expect_ids "no glued word bacterialweapons" "$tmp/cr.db" "" bacterialweapons
expect_ids "nuclear NOT weapons leaves the CR speech out" "$tmp/cr.db" "lf" 'nuclear NOT weapons'
expect_ids "CR header lines are a header" "$tmp/cr.db" "cr-only" 'title:cr'
for w in sanctions regime review board meeting; do
    expect_ids "NEL, LS, ESC, NUL separate words: $w" "$tmp/cr.db" "c1" "$w"
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
