#!/usr/bin/env bash
# about.sh - end-to-end tests of "about versus mentions" (issue 15): the
# about facet through the binaries. about:/--about filters with aliases,
# --facets about counts (text and JSON), JSON hits' "about", the ranking
# boost of articles about a filtered entity (query field and option, with
# and without words), about= over HTTP is in tests/web/http_test.py, and
# indexes without about values (built before them, --no-entities, a shard
# without them) refused with a message saying to rebuild. Builds nothing:
# uses $FA_BUILD/fa-index and $FA_BUILD/fa-search. Ends with `N passed, N
# failed`.
set -u

. "$(dirname "$0")/lib.sh"

need_binaries
need python3 xapian-metadata

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-about.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# Four articles written for this test. ab-pak is about Pakistan and names
# India once; ab-ind is about India and names Pakistan in passing, is newer,
# and says "monsoon" more often (so it outranks ab-pak on words alone);
# ab-annan is about Kofi Annan; ab-none names no one.
py - "$tmp/a.jsonl" <<'PY'
import json, sys
filler = " ".join(["The officials spent the day in long meetings about the budget."] * 6)
arts = [
    {"id": "ab-pak", "date": "2020-03-01", "title": "Pakistan weighs flood relief",
     "text": "Pakistan said on Monday that it would spend more on flood relief after the "
             "monsoon. " + filler + " Pakistan also asked for help, and aid came from India."},
    {"id": "ab-ind", "date": "2022-03-01", "title": "India plans new dams",
     "text": "India said on Monday that it would build new dams before the monsoon. The "
             "monsoon was late. " + filler + " Rains also fell in Nepal, Bhutan and Pakistan."},
    {"id": "ab-annan", "date": "2001-05-01", "title": "Kofi Annan appeals for calm",
     "text": "Secretary-General Kofi Annan appealed for calm on Tuesday. " + filler +
             " Secretary-General Annan said the talks would go on."},
    {"id": "ab-none", "date": "2021-01-01", "title": "Budget talks continue",
     "text": filler},
]
with open(sys.argv[1], "w") as f:
    for a in arts:
        f.write(json.dumps(a) + "\n")
PY
db=$tmp/db
"$index" --db "$db" --quiet "$tmp/a.jsonl" 2>"$tmp/err" ||
    { bad "index the test articles" "$(cat "$tmp/err")"; echo "$passed passed, $failed failed"; exit 1; }
ok "index the test articles"

# ids ARGS: the ids of fa-search --json ARGS, in rank order, space-separated.
ids() {
    "$search" --db "${DB:-$db}" --json "$@" 2>"$tmp/ids.err" |
        py -c 'import json, sys; print(" ".join(h["id"] for h in json.load(sys.stdin)["hits"]))'
}
expect_ids() {   # NAME WANT ARGS...
    local name=$1 want=$2 got
    shift 2
    got=$(ids "$@")
    if [ "$got" = "$want" ]; then ok "$name"; else bad "$name" "want '$want', got '$got' $(cat "$tmp/ids.err")"; fi
}

# ---- filters, aliases --------------------------------------------------------
expect_ids "about:PAK is the article about Pakistan" "ab-pak" about:PAK
expect_ids "about:Pakistan (a name)" "ab-pak" about:Pakistan
expect_ids "about:pakistani (a demonym, any case)" "ab-pak" about:pakistani
expect_ids "--about PK (a two-letter code)" "ab-pak" --about PK
expect_ids "about:\"Kofi Annan\"" "ab-annan" 'about:"Kofi Annan"'
expect_ids "--about Annan (a surname)" "ab-annan" --about Annan
expect_ids "--about PAK --about India: OR" "ab-ind ab-pak" --about PAK --about India --sort -date
expect_ids "about:PAK OR about:IND in the query" "ab-ind ab-pak" 'about:PAK OR about:IND' --sort -date
expect_ids "mentions are more than about: country:PAK" "ab-pak ab-ind" country:PAK
expect_ids "country:PAK -about:PAK" "ab-ind" 'country:PAK -about:PAK'
"$search" --db "$db" about:Pakistn >/dev/null 2>"$tmp/err"; rc=$?
if [ $rc -eq 5 ] && grep -q "unknown about value 'Pakistn'.*did you mean PAK (Pakistan)" "$tmp/err"; then
    ok "unknown about value: exit 5 with suggestions"
else
    bad "unknown about value: exit 5 with suggestions" "exit $rc: $(cat "$tmp/err")"
fi

# ---- output: JSON hits and facet counts --------------------------------------
"$search" --db "$db" --json --facets country:PAK >"$tmp/f.json" 2>"$tmp/err" || bad "--json --facets" "$(cat "$tmp/err")"
if py - "$tmp/f.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
hits = {h["id"]: h for h in d["hits"]}
assert hits["ab-pak"]["about"] == ["PAK"], hits["ab-pak"]
assert "PAK" not in hits["ab-ind"]["about"] and "IND" in hits["ab-ind"]["about"], hits["ab-ind"]
assert all(set(h["about"]) <= set(h["countries"]) | set(h["officials"]) for h in d["hits"])
about = {v["value"]: v["count"] for v in d["facets"]["about"]}
mentions = {v["value"]: v["count"] for v in d["facets"]["country"]}
assert about.get("PAK") == 1 and about.get("IND") == 1, about
assert mentions.get("PAK") == 2, mentions
PY
then ok "JSON: hits carry \"about\" (a subset of their mentions), facets.about beside facets.country"
else bad "JSON: hits carry \"about\", facets.about beside facets.country" "$(head -c 600 "$tmp/f.json")"; fi
"$search" --db "$db" --facets country:PAK >"$tmp/f.txt" 2>&1
if grep -q '^about:$' "$tmp/f.txt" && sed -n '/^about:$/,$p' "$tmp/f.txt" | grep -q '^  PAK Pakistan 1$' &&
   sed -n '/^countries:$/,/^officials:$/p' "$tmp/f.txt" | grep -q '^  PAK Pakistan 2$'; then
    ok "text --facets: an about: heading after countries and officials"
else
    bad "text --facets: an about: heading after countries and officials" "$(cat "$tmp/f.txt")"
fi
"$search" --db "$db" --json --facets --facet-limit 0 '' >"$tmp/all.json"
if py - "$tmp/all.json" "$db" "$search" <<'PY'
import json, subprocess, sys
d = json.load(open(sys.argv[1]))
for v in d["facets"]["about"]:
    r = subprocess.run([sys.argv[3], "--db", sys.argv[2], "--count", "--about", v["value"]],
                       stdout=subprocess.PIPE)
    assert int(r.stdout) == v["count"], (v, r.stdout)
PY
then ok "every about value typed back as --about gives its count"
else bad "every about value typed back as --about gives its count"; fi

# ---- ranking: about before mentions -------------------------------------------
expect_ids "words alone: ab-ind (more monsoon) first" "ab-ind ab-pak" monsoon
expect_ids "monsoon country:PAK: the article about Pakistan first" "ab-pak ab-ind" 'monsoon country:PAK'
expect_ids "monsoon --country PAK: the same" "ab-pak ab-ind" --country PAK monsoon
expect_ids "monsoon --country India: ab-ind first" "ab-ind ab-pak" --country India monsoon
expect_ids "filters alone: about first, not newest first" "ab-pak ab-ind" --country Pakistan
expect_ids "no entity filter: newest first as before" "ab-ind ab-none ab-pak ab-annan" ''
s1=$("$search" --db "$db" --json monsoon | py -c 'import json,sys; print({h["id"]: h["score"] for h in json.load(sys.stdin)["hits"]}["ab-pak"])')
s2=$("$search" --db "$db" --json 'monsoon country:PAK' | py -c 'import json,sys; print({h["id"]: h["score"] for h in json.load(sys.stdin)["hits"]}["ab-pak"])')
boost=$(sed -n 's/^#define FA_ABOUT_BOOST *\([0-9.]*\).*/\1/p' "$root/common/fa_fields.h")
if py -c "import sys; sys.exit(0 if abs($s2 - $s1 - $boost) < 1e-3 else 1)"; then
    ok "the boost is FA_ABOUT_BOOST ($boost) added to the score"
else
    bad "the boost is FA_ABOUT_BOOST ($boost) added to the score" "scores $s1 -> $s2"
fi
n1=$("$search" --db "$db" --count monsoon); n2=$("$search" --db "$db" --count 'monsoon OR country:PAK')
if [ "$n1" = 2 ] && [ "$n2" = 2 ]; then ok "the boost changes no total"; else bad "the boost changes no total" "$n1 $n2"; fi

# ---- indexes without about values ---------------------------------------------
old=$tmp/old
"$index" --db "$old" --quiet "$tmp/a.jsonl" 2>/dev/null
xapian-metadata set "$old" fa.about ""     # as an index built before about values
"$search" --db "$old" about:PAK >/dev/null 2>"$tmp/err"; rc=$?
if [ $rc -eq 5 ] && grep -q "built without about values.*rebuild it with fa-index" "$tmp/err"; then
    ok "an index from before about values: about: is exit 5, saying to rebuild"
else
    bad "an index from before about values: about: is exit 5, saying to rebuild" "exit $rc: $(cat "$tmp/err")"
fi
"$search" --db "$old" --about PAK >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 5 ] && grep -q "rebuild" "$tmp/err" && ok "... and so is --about" || bad "... and so is --about" "exit $rc: $(cat "$tmp/err")"
DB=$old expect_ids "... while country:PAK still works there (newest first, no boost)" "ab-ind ab-pak" country:PAK
echo '{"id": "ab-late", "title": "Pakistan again", "text": "Pakistan said more."}' >"$tmp/late.jsonl"
"$index" --db "$old" --quiet "$tmp/late.jsonl" 2>/dev/null
"$search" --db "$old" about:PAK >/dev/null 2>&1; rc=$?
[ $rc -eq 5 ] && ok "an old index updated stays refused (some articles would lack about values)" ||
    bad "an old index updated stays refused" "exit $rc"
"$search" --db "$db" --db "$old" about:PAK >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 5 ] && grep -q rebuild "$tmp/err" && ok "shards, one without about values: refused" ||
    bad "shards, one without about values: refused" "exit $rc: $(cat "$tmp/err")"
none=$tmp/none
"$index" --db "$none" --quiet --no-entities "$tmp/a.jsonl" 2>/dev/null
"$search" --db "$none" about:PAK >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 5 ] && grep -q "no-entities" "$tmp/err" && ok "--no-entities index: about: refused as untagged" ||
    bad "--no-entities index: about: refused as untagged" "exit $rc: $(cat "$tmp/err")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
