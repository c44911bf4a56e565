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

# ------------------------------------------------------------ dates (item 2)

d=$tmp/dates
mkdir -p "$d"
{
    printf '{"id":"iso-frac","date":"1987-02-26T15:01:01.79","text":"wire story one"}\n'
    printf '{"id":"iso-z","date":"2021-09-23T10:00:00Z","text":"wire story two"}\n'
    printf '{"id":"iso-off","date":"2021-09-23T23:30:00-05:00","text":"wire story three"}\n'
    printf '{"id":"rfc","date":"Thu, 23 Sep 2021 10:00:00 GMT","text":"wire story four"}\n'
    printf '{"id":"hdr1","date":"23 September 2021","text":"wire story five"}\n'
    printf '{"id":"hdr2","date":"Sept. 23, 2021","text":"wire story six"}\n'
    printf '{"id":"bad-day","date":"2024-02-30","text":"wire story seven"}\n'
    printf '{"id":"bad-month","date":"2021-13-01","text":"wire story eight"}\n'
    printf '{"id":"bad-form","date":"yesterday","text":"wire story nine"}\n'
} >"$d/wire.jsonl"
"$index" --db "$tmp/dates.db" --quiet "$d" 2>"$tmp/dates.err"
rc=$?
[ $rc -eq 3 ] &&
    grep -q "wire\.jsonl:7: date '2024-02-30': no such day (30): February 2024 has 29 days" "$tmp/dates.err" &&
    grep -q "wire\.jsonl:8: date '2021-13-01': no such month (13)" "$tmp/dates.err" &&
    grep -q "wire\.jsonl:9: date 'yesterday': not a date in a form fa reads: YYYY, YYYY-MM, YYYY-MM-DD, an ISO 8601 date-time" "$tmp/dates.err" &&
    [ "$(grep -c 'date' "$tmp/dates.err")" = 3 ] &&
    ok "bad dates name what is wrong (exit 3); the six good forms are not reported" ||
    bad "dates: exit $rc, want 3 and three precise messages" "$(cat "$tmp/dates.err")"
expect_ids "date:2021-09-23 finds ISO, offset, RFC 2822 and header forms" "$tmp/dates.db" \
    "hdr1 hdr2 iso-off iso-z rfc" date:2021-09-23
expect_ids "date:1987-02-26 finds the fractional wire date" "$tmp/dates.db" "iso-frac" date:1987-02-26
t=$(hitfield "$tmp/dates.db" timestamp id:iso-frac)
[ "$t" = "1987-02-26T15:01:01.79" ] && ok "timestamp field kept: $t" || bad "timestamp of iso-frac: '$t'"
t=$(hitfield "$tmp/dates.db" timestamp id:rfc)
[ "$t" = "2021-09-23T10:00:00Z" ] && ok "RFC 2822 timestamp in ISO form: $t" || bad "timestamp of rfc: '$t'"
t=$(hitfield "$tmp/dates.db" date id:hdr2)
[ "$t" = "2021-09-23" ] && ok "header form shown as 2021-09-23" || bad "date of hdr2: '$t'"
t=$(hitfield "$tmp/dates.db" date_as_given id:bad-day)
[ "$t" = "2024-02-30" ] && ok "a refused date is kept as date_as_given" || bad "date_as_given of bad-day: '$t'"

# -------------------------------------------------- distinct ids (item 3)

d=$tmp/coll
mkdir -p "$d/2023/jan" "$d/2024/jan"
printf 'Title: Story 2023\n\nThe walrus accord of 2023.\n' >"$d/2023/jan/story.txt"
printf 'Title: Story 2024\n\nThe narwhal accord of 2024.\n' >"$d/2024/jan/story.txt"
printf '{"text":"jsonl walrus line"}\n' >"$d/2023/jan/lines.jsonl"
printf '{"text":"jsonl narwhal line"}\n' >"$d/2024/jan/lines.jsonl"
"$index" --db "$tmp/coll.db" --quiet "$d/2023" "$d/2024" 2>"$tmp/coll.err"
rc=$?
[ $rc -eq 3 ] &&
    grep -q "2024/jan/story\.txt: its id 'jan/story\.txt' (made from its path) is the id of an article of .*2023/jan/story\.txt already; skipped" "$tmp/coll.err" &&
    grep -q "2024/jan/lines\.jsonl:1: its id 'jan/lines\.jsonl#1' (made from its path) is the id of an article of .*2023/jan/lines\.jsonl already" "$tmp/coll.err" &&
    ok "two arguments giving one id: each collision reported, exit 3" ||
    bad "collision: exit $rc, want 3 and both collisions named" "$(cat "$tmp/coll.err")"
expect_ids "the first article of the id is kept, not replaced" "$tmp/coll.db" "jan/story.txt" "walrus accord"
# The parent folder gives distinct ids, as the message says.
"$index" --db "$tmp/coll2.db" --quiet "$d" 2>"$tmp/coll2.err"
rc=$?
[ $rc -eq 0 ] && ok "the parent folder indexes both (exit 0)" || bad "parent folder: exit $rc" "$(cat "$tmp/coll2.err")"
expect_ids "the parent folder gives distinct ids" "$tmp/coll2.db" "2023/jan/story.txt 2024/jan/story.txt" accord
# The same folder twice, or by another spelling, is no collision.
"$index" --db "$tmp/coll3.db" --quiet "$d/2023" "$d/./2023/" 2>"$tmp/coll3.err"
rc=$?
[ $rc -eq 0 ] && ok "one folder given twice is no collision (exit 0)" || bad "same folder twice: exit $rc" "$(cat "$tmp/coll3.err")"
# A re-run of the colliding command gives the same ids and writes nothing.
"$index" --db "$tmp/coll.db" "$d/2023" "$d/2024" 2>"$tmp/coll4.err"
rc=$?
[ $rc -eq 3 ] && grep -q ' 0 added, 0 replaced, 2 unchanged' "$tmp/coll4.err" &&
    ok "re-running it: same ids, 2 unchanged, the collisions reported again" ||
    bad "re-run: exit $rc" "$(cat "$tmp/coll4.err")"

# Standard input without an id: named by its content.
printf 'Title: First piped\n\nThe first piped okapi.\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
printf 'Title: Second piped\n\nThe second piped okapi.\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
printf '{"text":"a piped okapi line"}\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
printf '{"text":"another piped okapi line"}\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
n=$(ids "$tmp/stdin.db" okapi | wc -w)
[ "$n" = 4 ] && ok "four piped articles without ids stay four" || bad "piped articles: $n, want 4 ($(ids "$tmp/stdin.db" okapi))"
printf 'Title: First piped\n\nThe first piped okapi.\n' | "$index" --db "$tmp/stdin.db" - 2>"$tmp/stdin.err"
grep -q ' 0 added, 0 replaced, 1 unchanged' "$tmp/stdin.err" &&
    ok "piping the same article again leaves it unchanged" || bad "same piped article again" "$(cat "$tmp/stdin.err")"
ids "$tmp/stdin.db" okapi | grep -Eq '^(stdin:[0-9a-f]{16} ?){4}$' &&
    ok "piped ids are stdin:HASH" || bad "piped ids: $(ids "$tmp/stdin.db" okapi)"

# A mistyped path leaves no index behind.
"$index" --db "$tmp/typo.db" "$tmp/no-such-folder" 2>"$tmp/typo.err"
rc=$?
[ $rc -eq 3 ] && [ ! -e "$tmp/typo.db" ] && grep -q 'no-such-folder' "$tmp/typo.err" &&
    ok "a mistyped path: reported, exit 3, no index left" ||
    bad "typo path: exit $rc, index left: $([ -e "$tmp/typo.db" ] && echo yes || echo no)" "$(cat "$tmp/typo.err")"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
