#!/usr/bin/env bash
# collapse.sh - copy groups end to end (issue 15): corpus/ plus the three
# edited copies in tests/collapse/ through fa-index and fa-search
# --collapse / --similar: groups, "N similar" in text and JSON, totals,
# facets per article, --batch, two shards and a stub file, a merge,
# incremental adds of copies to an existing index, deletion of a group's
# first member, and an index built with --no-copies. Ends with
# `N passed, N failed`.
set -u

. "$(dirname "$0")/lib.sh"
need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-collapse.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
copies=$root/tests/collapse
files=("$copies"/1*.txt)

"$index" --quiet --db "$tmp/all" "$root/corpus" "${files[@]}" || { bad "index corpus/ and the copies"; exit 1; }

# js DB ARGS...: fa-search --json, then a python expression over d.
js() {
    local expr=$1; shift
    "$search" --json "$@" | py -c "import json,sys; d=json.load(sys.stdin); print($expr)"
}
ids()     { js '" ".join(sorted(h["id"] for h in d["hits"]))' --limit 100 "$@"; }
groups()  { js '" ".join(h["id"] + ":" + str(h["similar"]) for h in d["hits"])' --limit 100 "$@"; }

expect() {   # expect NAME WANT GOT
    if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "want: $2" "got:  $3"; fi
}

# 38 articles: 35 from corpus/, each its own story, and 3 copies that join
# two of them: 35 groups.
expect "--collapse: 38 articles in 35 groups" "35 38" \
    "$(js 'd["total"], d["total_articles"]' --db "$tmp/all" --collapse --limit 0 '')"
expect "without --collapse the total counts articles" "38" \
    "$(js 'd["total"]' --db "$tmp/all" --limit 0 '')"
# fa-104 (Mandela sworn in, 1994) is another story about the same man.
expect "the release story: one hit, the earliest (fa-006), 2 similar; fa-104 apart" "fa-104:0 fa-006:2" \
    "$(groups --db "$tmp/all" --collapse mandela)"
expect "the grain story: fa-012 with its trimmed copy" "fa-012:1" \
    "$(groups --db "$tmp/all" --collapse '"grain ships"')"
out=$("$search" --db "$tmp/all" --collapse --color never mandela)
case $out in
    *"2 groups of copies (4 articles)"*"2 similar (--similar fa-006)"*) ok "text: groups, articles and \"2 similar\"" ;;
    *) bad "text: groups, articles and \"2 similar\"" "$out" ;;
esac
expect "--similar fa-006: the group, itself included" "fa-006 wire-101 wire-102" \
    "$(ids --db "$tmp/all" --similar fa-006 '')"
expect "--similar from another member gives the same group" "fa-006 wire-101 wire-102" \
    "$(ids --db "$tmp/all" --similar wire-102 '')"
expect "--similar with a query: the members that match it" "wire-101" \
    "$(ids --db "$tmp/all" --similar fa-006 'correspondent')"
# Different stories on one topic (the Taliban; South Africa) are no copies.
expect "same topic, other story: fa-010 alone" "fa-010" "$(ids --db "$tmp/all" --similar fa-010 '')"
expect "same country, other story: fa-021 alone" "fa-021" "$(ids --db "$tmp/all" --similar fa-021 '')"
"$search" --db "$tmp/all" --similar nosuch '' >/dev/null 2>"$tmp/err"; rc=$?
expect "--similar of an unknown id: exit 5, named" "5 1" "$rc $(grep -c "nosuch" "$tmp/err")"

# Facet counts stay per article: the same with and without --collapse.
expect "--facets under --collapse count articles" \
    "$(js 'd["facets"]' --db "$tmp/all" --facets --limit 0 mandela)" \
    "$(js 'd["facets"]' --db "$tmp/all" --facets --collapse --limit 0 mandela)"
printf 'mandela\n"grain ships"\n' >"$tmp/batch"
expect "--batch --collapse: one record per query" "fa-104:0 fa-006:2|fa-012:1" \
    "$("$search" --db "$tmp/all" --json --collapse --batch "$tmp/batch" |
       py -c 'import json,sys; print("|".join(" ".join(h["id"]+":"+str(h["similar"]) for h in json.loads(l)["hits"]) for l in sys.stdin))')"

# Which member a group shows. wire-101 is fa-006 re-headlined with a
# sentence added: the longest of the release story's three; the grain
# story's trimmed copy is shorter than fa-012. The word counts are read
# from the files, so the expectation follows the fixture.
longest=$(py - "$root/corpus" "$copies" <<'PY'
import os, re, sys
def body(path):   # the text after the header block of an fa .txt article
    t = open(path, encoding="utf-8").read()
    return t.split("\n\n", 1)[1] if "\n\n" in t else t
def ident(path):
    m = re.search(r"^Id: (\S+)", open(path, encoding="utf-8").read(), re.M)
    return m.group(1) if m else None
paths = {}
for d, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        if f.endswith(".txt"):
            paths[ident(os.path.join(d, f))] = os.path.join(d, f)
for f in os.listdir(sys.argv[2]):
    if f.endswith(".txt"):
        paths[ident(os.path.join(sys.argv[2], f))] = os.path.join(sys.argv[2], f)
group = ["fa-006", "wire-101", "wire-102"]
print(max(group, key=lambda i: (len(body(paths[i]).split()), -group.index(i))))
PY
)
expect "the longest member of the release story is wire-101 (by the files' word counts)" "wire-101" "$longest"
expect "--collapse-pick longest: wire-101 stands for its group, still 2 similar" "fa-104:0 wire-101:2" \
    "$(groups --db "$tmp/all" --collapse --collapse-pick longest mandela)"
expect "--collapse-pick longest: the grain story's original, longer than its trimmed copy" "fa-012:1" \
    "$(groups --db "$tmp/all" --collapse --collapse-pick longest '"grain ships"')"
expect "--collapse-pick earliest is the default" "$(groups --db "$tmp/all" --collapse '')" \
    "$(groups --db "$tmp/all" --collapse --collapse-pick earliest '')"
expect "--collapse-pick longest: the same groups and totals" "35 38" \
    "$(js 'd["total"], d["total_articles"]' --db "$tmp/all" --collapse --collapse-pick longest --limit 0 '')"
# The member shown must match the query: 'correspondent' is in wire-101 alone.
expect "--collapse-pick longest picks among the members that match" "wire-101:0" \
    "$(groups --db "$tmp/all" --collapse --collapse-pick longest correspondent)"
"$search" --db "$tmp/all" --collapse-pick longest mandela >/dev/null 2>"$tmp/err"; rc=$?
expect "--collapse-pick without --collapse: exit 2, explained" "2 1" "$rc $(grep -c 'goes with --collapse' "$tmp/err")"
"$search" --db "$tmp/all" --collapse --collapse-pick biggest mandela >/dev/null 2>"$tmp/err"; rc=$?
expect "--collapse-pick biggest: exit 2, named" "2 1" "$rc $(grep -c "earliest or longest, not 'biggest'" "$tmp/err")"

# Rows under --collapse: one per group; --fields similar gives its count.
expect "--format csv --fields id,similar: one row per group with its similar count" \
    "$(js '" ".join(h["id"] + ":" + str(h["similar"]) for h in d["hits"])' --db "$tmp/all" --collapse --limit 100 '')" \
    "$("$search" --db "$tmp/all" --format csv --collapse --fields id,similar '' | tail -n +2 | tr -d '\r' | tr ',' ':' | paste -sd ' ')"
expect "--format jsonl --fields similar" '{"id":"fa-006","similar":2}' \
    "$("$search" --db "$tmp/all" --format jsonl --collapse --fields id,similar mandela | grep fa-006)"
expect "--format tsv --fields similar with --collapse-pick longest" "wire-101	2" \
    "$("$search" --db "$tmp/all" --format tsv --collapse --collapse-pick longest --fields id,similar mandela | grep wire-101)"
"$search" --db "$tmp/all" --format csv --fields id,similar mandela >/dev/null 2>"$tmp/err"; rc=$?
expect "--fields similar without --collapse: exit 2, explained" "2 1" "$rc $(grep -c 'needs --collapse' "$tmp/err")"

# Incremental: copies added one at a time to an index of corpus/ group as
# a fresh build does; then the group's first member is deleted.
"$index" --quiet --db "$tmp/inc" "$root/corpus" || bad "index corpus/"
"$index" --quiet --db "$tmp/inc" "${files[0]}" || bad "add a copy"
expect "incremental: a copy added joins its story" "fa-006 wire-101" "$(ids --db "$tmp/inc" --similar wire-101 '')"
"$index" --quiet --db "$tmp/inc" "${files[1]}" "${files[2]}" || bad "add two copies"
expect "incremental equals a fresh build" "$(groups --db "$tmp/all" --collapse '')" \
    "$(groups --db "$tmp/inc" --collapse '')"
"$index" --quiet --db "$tmp/inc" --delete fa-006 || bad "delete fa-006"
expect "deleting the first member: the others stay a group" "fa-104:0 wire-101:1" \
    "$(groups --db "$tmp/inc" --collapse mandela)"
expect "... and --similar lists them" "wire-101 wire-102" "$(ids --db "$tmp/inc" --similar wire-102 '')"
# Replacing a copy by another story takes it out of its group.
sed 's/^Id: wire-103/Id: wire-103/; /^$/q' "${files[2]}" >"$tmp/103.txt"
echo "An unrelated note about basketball scores in Dakar and nothing else at all." >>"$tmp/103.txt"
"$index" --quiet --db "$tmp/inc" "$tmp/103.txt" || bad "replace wire-103"
expect "a copy replaced by another text leaves the group" "fa-012" "$(ids --db "$tmp/inc" --similar fa-012 '')"

# Shards: copies split over two shards. Each shard groups its own; a
# merge groups them all, as one index does; searched as one, keys that
# agree across shards (derived from the texts) collapse there too.
"$index" --quiet --db "$tmp/s1" --shard 1/2 "$root/corpus" "${files[@]}" || bad "index shard 1/2"
"$index" --quiet --db "$tmp/s2" --shard 2/2 "$root/corpus" "${files[@]}" || bad "index shard 2/2"
n1=$(js 'd["total"]' --db "$tmp/s1" --limit 0 '' ); n2=$(js 'd["total"]' --db "$tmp/s2" --limit 0 '')
expect "the shards hold the 38 articles" "38" "$((n1 + n2))"
# --shard 2/2 holds fa-006 and wire-101, --shard 1/2 wire-102.
expect "the Mandela copies are split over the shards" "wire-102" "$(ids --db "$tmp/s1" --similar wire-102 '')"
expect "two shards as one: the Mandela copies collapse" "fa-104:0 fa-006:2" \
    "$(groups --db "$tmp/s1" --db "$tmp/s2" --collapse mandela)"
printf 'auto %s\nauto %s\n' "$tmp/s1" "$tmp/s2" >"$tmp/stub"
expect "a stub file: the same" "$(groups --db "$tmp/s1" --db "$tmp/s2" --collapse '')" \
    "$(groups --db "$tmp/stub" --collapse '')"
"$index" --quiet --merge "$tmp/merged" "$tmp/s1" "$tmp/s2" || bad "merge the shards"
expect "merged shards group as one index" "$(groups --db "$tmp/all" --collapse '')" \
    "$(groups --db "$tmp/merged" --collapse '')"
expect "two shards as one, --collapse-pick longest: the same member as one index" "fa-104:0 wire-101:2" \
    "$(groups --db "$tmp/s1" --db "$tmp/s2" --collapse --collapse-pick longest mandela)"

# Many matches: the matcher rules most of them out of a page of 10, and
# the groups must still be counted exactly: as many as the hits of a
# page that holds them all.
gen_speeches "$tmp/gen.jsonl" 800 15 g
"$index" --quiet --db "$tmp/gen" "$tmp/gen.jsonl" || bad "index generated speeches"
for q in 'peace AND security' 'nuclear weapons'; do
    all=$(js 'len(d["hits"])' --db "$tmp/gen" --collapse --limit 1000 "$q")
    expect "--collapse counts the groups of '$q' exactly ($all) on a page of 10" "$all" \
        "$(js 'd["total"]' --db "$tmp/gen" --collapse --limit 10 "$q")"
done

# The server's /api/search: collapse=1 and similar=ID, as on the command line.
api=$(py - "$here/web" "$search" "$tmp/all" <<'PY'
import json, sys, urllib.request
sys.path.insert(0, sys.argv[1])
from fixtures import Server
s = Server(sys.argv[2], [sys.argv[3]])
def get(q):
    with urllib.request.urlopen(f"http://127.0.0.1:{s.port}/api/search?{q}") as r:
        return json.load(r)
try:
    a = get("q=mandela&collapse=1")
    b = get("q=&similar=wire-101&limit=100")
    c = get("q=mandela&collapse=1&pick=longest")
    print(a["total"], a["total_articles"], " ".join(f'{h["id"]}:{h["similar"]}' for h in a["hits"]),
          "|", " ".join(sorted(h["id"] for h in b["hits"])),
          "|", " ".join(f'{h["id"]}:{h["similar"]}' for h in c["hits"]), end="")
    for bad in ("q=x&collapse=2", "q=x&pick=longest", "q=x&collapse=1&pick=big",
                "q=x&fields=id,similar"):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{s.port}/api/" + ("export.csv?" if "fields" in bad else "search?") + bad)
            print(" | 200", end="")
        except urllib.error.HTTPError as e:
            print(" |", e.code, json.load(e)["error"].split(" ")[0], end="")
    with urllib.request.urlopen(f"http://127.0.0.1:{s.port}/api/export.csv?q=mandela&collapse=1&pick=longest"
                                "&fields=id,similar") as r:
        print(" |", r.read().decode().replace("\r\n", " ").strip(), end="")
finally:
    s.stop()
PY
)
expect "/api/search?collapse=1, similar=ID, pick=longest; bad values 400; export.csv's similar column" \
    "2 4 fa-104:0 fa-006:2 | fa-006 wire-101 wire-102 | fa-104:0 wire-101:2 | 400 collapse | 400 pick | 400 pick | 400 --fields | id,similar fa-104,0 wire-101,2" "$api"

# An index built with --no-copies has no groups: both options say so.
"$index" --quiet --db "$tmp/none" --no-copies "$root/corpus" || bad "index --no-copies"
"$search" --db "$tmp/none" --collapse '' >/dev/null 2>"$tmp/err"; rc=$?
expect "--collapse on a --no-copies index: exit 5, explained" "5 1" "$rc $(grep -c 'no copy groups' "$tmp/err")"
"$index" --quiet --db "$tmp/none" "${files[0]}" || bad "update a --no-copies index"
"$index" --quiet --db "$tmp/all" --no-copies "${files[0]}" 2>"$tmp/err"; rc=$?
expect "--no-copies on an index with copy groups is refused" "1" "$(grep -c 'copy signatures' "$tmp/err")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
