#!/usr/bin/env bash
# analyst.sh - end-to-end tests of what issue 13 asked of the engine:
# exact words (=word, ="exact phrase", fa-index --exact-words), spelling
# suggestions (--spelling), stored fields as filters and counts (--field,
# field.NAME:value, --facet NAME), the date histogram (--histogram) and
# --list, on corpus/ and over shards (local, stub file). Counts are checked
# against a second way of getting them: the corpus files read by Python,
# or filtered totals. Builds nothing: uses $FA_BUILD/fa-index and
# $FA_BUILD/fa-search. Ends with `N passed, N failed`.
set -u

. "$(dirname "$0")/lib.sh"

need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-analyst.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

flags=(--exact-words --spelling --field section --field author)
db=$tmp/db
plain=$tmp/plain
"$index" --db "$db" --quiet "${flags[@]}" "$root/corpus" 2>"$tmp/err" ||
    { bad "index corpus/ with ${flags[*]}" "$(cat "$tmp/err")"; echo "$passed passed, $failed failed"; exit 1; }
"$index" --db "$plain" --quiet "$root/corpus" 2>"$tmp/err" ||
    { bad "index corpus/ plainly" "$(cat "$tmp/err")"; echo "$passed passed, $failed failed"; exit 1; }
ok "index corpus/ with and without ${flags[*]}"

# jq-like access to one --json answer: J EXPR ARGS... evaluates the
# Python expression EXPR over d (the parsed answer) for fa-search ARGS.
J() {
    local expr=$1
    shift
    "$search" "$@" >"$tmp/j.json" 2>"$tmp/j.err" || { echo "EXIT $? $(cat "$tmp/j.err")"; return; }
    py -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(eval(sys.argv[2]))' "$tmp/j.json" "$expr"
}
total() { J 'd["total"]' --db "$@" --json --limit 0; }

# check NAME GOT WANT
check() {
    if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got:  $2" "want: $3"; fi
}

# The corpus as fa-index reads it, well enough for these words: the title
# and text of each JSON Lines article, and the whole of each .txt file
# (its header holds nothing these tests look for but the title).
cat >"$tmp/corpus.py" <<'PY'
import glob, gzip, json, os, re, sys
root = sys.argv[1]
docs = {}
for p in sorted(glob.glob(os.path.join(root, "corpus", "**", "*.txt"), recursive=True)):
    if os.path.basename(p) == "README.md":
        continue
    t = open(p, encoding="utf-8").read()
    a = {"text": t}
    head = t.split("\n\n", 1)[0].split("\n")
    if all(re.match(r"^[A-Za-z][\w-]*: ", l) for l in head):   # a header
        for l in head:
            k, v = l.split(": ", 1)
            a[k.lower()] = v
    docs[p] = a
for p in glob.glob(os.path.join(root, "corpus", "jsonl*", "*.jsonl*")):
    op = gzip.open if p.endswith(".gz") else open
    for line in op(p, "rt", encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            body = a.get("text", a.get("body", a.get("content", "")))
            a["text"] = a.get("title", "") + "\n" + body
            docs[a["id"]] = a
what, arg = sys.argv[2], sys.argv[3]
if what == "word":          # articles holding the word (or words in a row) as written
    pat = re.compile(r"(?<![\w'’])" + r"\s+".join(map(re.escape, arg.split())) + r"(?![\w]|['’]\w)", re.I)
    print(sum(1 for a in docs.values() if pat.search(a["text"])))
elif what == "field":       # articles whose JSON field arg equals value (case-insensitively)
    name, value = arg.split("=", 1)
    print(sum(1 for a in docs.values() if str(a.get(name, "")).casefold() == value.casefold()))
PY
truth() { py "$tmp/corpus.py" "$root" "$@"; }

# ------------------------------------------------------------ exact words

for w in nations national agreed; do
    check "=$w finds the articles that hold '$w' as written" "$(total "$db" "=$w")" "$(truth word "$w")"
done
check '="united nations" is the phrase as written' "$(total "$db" '="united nations"')" "$(truth word "united nations")"
n_stem=$(total "$db" 'nations')
n_exact=$(total "$db" '=nations')
if [ "$n_stem" -gt "$n_exact" ] && [ "$n_exact" -gt 0 ]; then
    ok "the stem finds more than the exact word (nations: $n_stem, =nations: $n_exact)"
else
    bad "nations vs =nations" "nations $n_stem, =nations $n_exact"
fi
check '="united nation" (not as written) finds nothing' "$(total "$db" '="united nation"')" 0
check '=Erdogan finds Erdoğan (accent folding)' "$(J '[h["id"] for h in d["hits"]]' --db "$db" --json '=Erdogan')" "['fa-012']"
check '=erdoğan as =Erdogan' "$(total "$db" '=erdoğan')" "$(total "$db" '=Erdogan')"
check '+=kashmir -=pakistan mixes with must/must not' "$(total "$db" '+=kashmir -=pakistan')" \
    "$(( $(total "$db" '=kashmir') - $(total "$db" '=kashmir =pakistan') ))"
snip=$(J 'd["hits"][0]["snippet"]' --db "$db" --json --limit 1 '="united nations"')
case $snip in
    *"<b>United Nations</b>"*) ok "an exact phrase is bold in the snippet" ;;
    *) bad "an exact phrase is bold in the snippet" "$snip" ;;
esac
"$search" --db "$plain" '=nations' >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -eq 5 ] && grep -q -- '--exact-words' "$tmp/err"; then
    ok "=word on an index built without --exact-words is exit 5, naming the option"
else
    bad "=word without exact-word terms: exit $rc" "$(cat "$tmp/err")"
fi

# ------------------------------------------------------------- spelling

check 'kashmr: JSON suggestion' "$(J 'd.get("suggestion")' --db "$db" --json 'kashmr')" kashmir
check 'kashmr dispte: the whole query corrected' "$(J 'd.get("suggestion")' --db "$db" --json 'kashmr dispte')" 'kashmir dispute'
"$search" --db "$db" 'kashmr' >"$tmp/text"
if grep -qx 'did you mean: kashmir' "$tmp/text"; then ok "kashmr: text says 'did you mean: kashmir'"; else bad "kashmr text" "$(cat "$tmp/text")"; fi
check 'a correct word has no suggestion' "$(J 'd.get("suggestion")' --db "$db" --json 'kashmir')" None
check 'an accent-folded spelling is no misspelling (erdogan)' "$(J 'd.get("suggestion")' --db "$db" --json 'erdogan')" None
check 'an index without spelling data: no suggestion, exit 0' "$(J 'd.get("suggestion")' --db "$plain" --json 'kashmr')" None

# --------------------------------------------------------- stored fields

for v in "Arms Control" "arms control" "Climate"; do
    check "field.section:\"$v\" total" "$(total "$db" "field.section:\"$v\"")" "$(truth field "section=$v")"
done
check 'field.author:"Maryam Siddiqui" (a .txt header)' "$(total "$db" 'field.author:"Maryam Siddiqui"')" 1
check 'a stored field filter is no mention facet (country: and field.section: apart)' \
    "$(J '("field_facets" in d, "facets" in d)' --db "$db" --json --limit 0 --facet section '')" "(True, False)"
# Every count equals the total of the filter on that value.
J 'chr(10).join("%s\t%d" % (v["value"], v["count"]) for v in d["field_facets"]["section"])' \
    --db "$db" --json --limit 0 --facet section --facet-limit 0 '' >"$tmp/values"
mism=""
nv=0
while IFS=$'\t' read -r v c; do
    nv=$((nv + 1))
    got=$(total "$db" "field.section:\"$v\"")
    [ "$got" = "$c" ] || mism="$mism $v($c vs $got)"
done <"$tmp/values"
if [ -z "$mism" ] && [ $nv -ge 3 ]; then ok "--facet section counts equal filtered totals ($nv values)"; else bad "--facet section vs filters ($nv values)" "$mism"; fi
"$search" --db "$db" --limit 0 --facet section '' >"$tmp/text"
if grep -qx 'field section:' "$tmp/text" && ! grep -qx 'countries:' "$tmp/text"; then ok "text heading 'field section:'"; else bad "text heading" "$(cat "$tmp/text")"; fi
"$search" --db "$db" 'field.speaker:Arce' >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -eq 5 ] && grep -q 'field.author:, field.section:' "$tmp/err"; then
    ok "an unknown field.NAME is exit 5 listing the index's fields"
else
    bad "unknown field.NAME: exit $rc" "$(cat "$tmp/err")"
fi
"$search" --db "$db" --facet speaker '' >/dev/null 2>"$tmp/err"
check "--facet of a field the index lacks is exit 5" "$?" 5
# Updates keep the recorded list; another list is refused.
echo '{"id":"up-1","title":"Update","date":"2024-05-01","section":"Late News","text":"A short late article about treaties."}' >"$tmp/up.jsonl"
"$index" --db "$db" --quiet "$tmp/up.jsonl" 2>"$tmp/err"
check "an update without --field keeps the recorded fields (exit)" "$?" 0
check "... and the new article's field is filterable" "$(total "$db" 'field.section:"late news"')" 1
"$index" --db "$db" --quiet --field speaker "$tmp/up.jsonl" 2>"$tmp/err"
rc=$?
if [ $rc -eq 2 ] && grep -q -- '--field author --field section' "$tmp/err"; then
    ok "an update with another --field list is exit 2, naming the recorded one"
else
    bad "another --field list: exit $rc" "$(cat "$tmp/err")"
fi
"$index" --db "$plain" --quiet --exact-words "$tmp/up.jsonl" 2>"$tmp/err"
check "an update asking for --exact-words on an index without is exit 2" "$?" 2
# A value too long to be a term: stored, reported, not filterable.
long=$(printf 'x%.0s' $(seq 1 300))
echo "{\"id\":\"long-1\",\"title\":\"Long\",\"section\":\"$long\",\"text\":\"Long section value.\"}" >"$tmp/long.jsonl"
"$index" --db "$db" --quiet "$tmp/long.jsonl" 2>"$tmp/err"
rc=$?
if [ $rc -eq 3 ] && grep -q "article 'long-1': field 'section' value of 300 bytes" "$tmp/err" &&
   [ "$(total "$db" 'id:long-1')" = 1 ]; then
    ok "a field value over the term limit: exit 3, a warning naming article and field, the article stored"
else
    bad "long field value: exit $rc" "$(cat "$tmp/err")"
fi
"$index" --db "$tmp/badname" --quiet --field 'Bad-Name' "$tmp/up.jsonl" 2>"$tmp/err"
check "--field with a bad name is exit 2" "$?" 2

# --------------------------------------------------------------- histogram

J 'chr(10).join("%s %d" % (b["bucket"], b["count"]) for b in d["histogram"]) + chr(10) + "undated %d total %d" % (d["histogram_undated"], d["total"])' \
    --db "$plain" --json --limit 0 --histogram year '' >"$tmp/hist"
mism=""
sum=0
while read -r b c; do
    [ "$b" = undated ] && break
    sum=$((sum + c))
    [ "$(total "$plain" "date:$b")" = "$c" ] || mism="$mism $b($c)"
done <"$tmp/hist"
undated=$(tail -n 1 "$tmp/hist" | cut -d' ' -f2)
all=$(tail -n 1 "$tmp/hist" | cut -d' ' -f4)
if [ -z "$mism" ] && [ $((sum + undated)) -eq "$all" ] && [ "$undated" -ge 1 ]; then
    ok "--histogram year: each bucket equals date:YEAR, buckets + undated ($undated) = total ($all)"
else
    bad "--histogram year" "mismatch:$mism" "sum $sum + undated $undated vs $all"
fi
check "--histogram decade of 'treaty' sums to its total" \
    "$(J 'sum(b["count"] for b in d["histogram"]) + d["histogram_undated"] == d["total"]' --db "$plain" --json --limit 0 --histogram decade treaty)" True
check "--histogram month: labels YYYY-MM in order, gaps as 0" \
    "$(J 'all(a["bucket"] < b["bucket"] for a, b in zip(d["histogram"], d["histogram"][1:])) and any(b["count"] == 0 for b in d["histogram"])' --db "$plain" --json --limit 0 --histogram month 'date:2019..2023')" True
"$search" --db "$plain" --limit 0 --histogram year 'date:2019..2020' >"$tmp/text"
if grep -q '^matches by year:' "$tmp/text" && grep -qE '^  2019 #+ [0-9]+$' "$tmp/text"; then
    ok "text histogram is a bar chart"
else
    bad "text histogram" "$(cat "$tmp/text")"
fi
"$search" --db "$plain" --histogram week '' >/dev/null 2>&1
check "--histogram week is exit 2" "$?" 2

# ------------------------------------------------------------------ --list

"$search" --db "$plain" --json --list countries >"$tmp/list.json"
mism=""
for c in $(py -c 'import json,sys; print(" ".join(v["value"] for v in json.load(open(sys.argv[1]))["values"][:6]))' "$tmp/list.json"); do
    want=$(py -c 'import json,sys; print([v["count"] for v in json.load(open(sys.argv[1]))["values"] if v["value"] == sys.argv[2]][0])' "$tmp/list.json" "$c")
    [ "$(total "$plain" --country "$c" '')" = "$want" ] || mism="$mism $c"
done
if [ -z "$mism" ]; then ok "--list countries: counts equal --country totals"; else bad "--list countries" "$mism"; fi
check "--list officials names Antony Blinken with his count" \
    "$(J '[v["count"] for v in d["values"] if v["value"] == "Antony Blinken"]' --db "$plain" --json --list officials)" \
    "[$(total "$plain" --official 'Antony Blinken' '')]"
"$search" --db "$db" --list fields >"$tmp/text"
if grep -qx 'field.section: 5' "$tmp/text" && grep -q '^query fields: title: .* =word$' "$tmp/text"; then
    ok "--list fields: stored fields with counts, and the query prefixes"
else
    bad "--list fields" "$(cat "$tmp/text")"
fi
"$search" --db "$db" --list fields 'x' >/dev/null 2>&1
check "--list with a query is exit 2" "$?" 2

# ------------------------------------------------------------------- shards

for k in 1 2; do
    "$index" --db "$tmp/s$k" --quiet --shard "$k/2" "${flags[@]}" "$root/corpus" 2>"$tmp/err" ||
        bad "shard $k" "$(cat "$tmp/err")"
done
printf 'auto %s\nauto %s\n' "$tmp/s1" "$tmp/s2" >"$tmp/stub"
"$index" --db "$tmp/one" --quiet "${flags[@]}" "$root/corpus" 2>/dev/null
for q in '' 'treaty OR nations'; do
    one=$(J '(d["total"], d["histogram"], d["histogram_undated"], d["field_facets"])' --db "$tmp/one" --json --limit 0 --histogram year --facet section --facet author --facet-limit 0 "$q")
    two=$(J '(d["total"], d["histogram"], d["histogram_undated"], d["field_facets"])' --db "$tmp/s1" --db "$tmp/s2" --json --limit 0 --histogram year --facet section --facet author --facet-limit 0 "$q")
    stub=$(J '(d["total"], d["histogram"], d["histogram_undated"], d["field_facets"])' --db "$tmp/stub" --json --limit 0 --histogram year --facet section --facet author --facet-limit 0 "$q")
    if [ "$one" = "$two" ] && [ "$one" = "$stub" ]; then
        ok "histogram and field counts over 2 shards and a stub equal one index ('$q')"
    else
        bad "shards vs one index ('$q')" "one:  $one" "two:  $two" "stub: $stub"
    fi
done
check "=\"united nations\" over shards as one index" "$(total "$tmp/s1" --db "$tmp/s2" '="united nations"')" "$(total "$tmp/one" '="united nations"')"
check "field.section: over a stub as one index" "$(total "$tmp/stub" 'field.section:climate')" "$(total "$tmp/one" 'field.section:climate')"
check "a suggestion over shards" "$(J 'd.get("suggestion")' --db "$tmp/s1" --db "$tmp/s2" --json 'kashmr')" kashmir
check "a suggestion over a stub" "$(J 'd.get("suggestion")' --db "$tmp/stub" --json 'kashmr')" kashmir
"$search" --db "$tmp/s1" --db "$plain" '' >/dev/null 2>"$tmp/err"
check "shards that differ in --field or --exact-words are exit 6" "$?" 6

# Officials the gazetteer does not know (a title rule caught them) are
# found as a user types them: any case, initials with or without blanks,
# or a surname only one of them has; a surname two share is refused with
# both named, and a near miss suggests the index's own value.
cat >"$tmp/titled.jsonl" <<'JSONL'
{"id":"t1","date":"1996-06-01","title":"Lebed","text":"Russian security chief Alexander Lebed spoke in Moscow."}
{"id":"t2","date":"1996-06-02","title":"Lebed again","text":"Alexander Lebed, Yeltsin's security chief, spoke again."}
{"id":"t3","date":"1996-06-03","title":"Gowda","text":"Indian Prime Minister H.D. Deve Gowda spoke."}
{"id":"t4","date":"1996-06-04","title":"Gowda again","text":"Indian Prime Minister H. D. Deve Gowda spoke again."}
{"id":"t5","date":"1996-06-05","title":"Another Lebed","text":"Belarusian Defence Minister Pavel Lebed spoke."}
{"id":"t6","date":"1987-06-01","title":"Redman","text":"State Department spokesman Charles E. Redman said the talks would resume."}
{"id":"t7","date":"1987-06-02","title":"Redman again","text":"State Department spokesman Charles Redman said so again."}
JSONL
"$index" --db "$tmp/titled" --quiet "$tmp/titled.jsonl" 2>"$tmp/err" || bad "index titled officials" "$(cat "$tmp/err")"
check "'H.D.' and 'H. D.' are one value with both articles" \
    "$(J '[(v["value"], v["count"]) for v in d["facets"]["official"] if "Gowda" in v["value"]]' --db "$tmp/titled" --json --limit 0 --facets '')" \
    "[('H. D. Deve Gowda', 2)]"
check "--official in lower case finds a title-only official" "$(total "$tmp/titled" --official 'alexander lebed' '')" 2
check "official: with other blanks and initials as written" "$(total "$tmp/titled" 'official:"H.D.  Deve Gowda"')" 2
check "a surname only one title-only official has" "$(total "$tmp/titled" --official gowda '')" 2
check "a middle initial as wire copy writes it is no second value" \
    "$(J '[(v["value"], v["count"]) for v in d["facets"]["official"] if "Redman" in v["value"]]' --db "$tmp/titled" --json --limit 0 --facets '')" \
    "[('Charles Redman', 2)]"
check "--official typed with the middle initial finds it" "$(total "$tmp/titled" --official 'Charles E. Redman' '')" 2
"$search" --db "$tmp/titled" --official lebed '' >/dev/null 2>"$tmp/err"
check "a surname two title-only officials share is exit 5" "$?" 5
check "... naming both" "$(cat "$tmp/err")" \
    "fa-search: official 'lebed' is ambiguous: Alexander Lebed or Pavel Lebed; give the full name"
"$search" --db "$tmp/titled" --official 'Alexandr Lebedd' '' >/dev/null 2>"$tmp/err"
q1=$(total "$plain" --official 'Shah Mahmood Qureshi' '')
check "a surname two gazetteer officials share, one of them in the index, is that one" \
    "$(total "$plain" --official qureshi '')" "$q1"
[ "$q1" -gt 0 ] && ok "... and names some article ($q1)" || bad "... no article names Shah Mahmood Qureshi"
check "a near miss suggests the index's value" "$(grep -c "did you mean Alexander Lebed" "$tmp/err")" 1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
