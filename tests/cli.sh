#!/usr/bin/env bash
# cli.sh - the command line of an analyst (issue 13), end to end on the
# real binaries: --show ID (also over shards and a stub), --count,
# --format jsonl|csv|tsv with --fields (escaping checked with python3's
# csv module; every match in one run; peak memory of N vs 4N matches),
# --version and -h, one-line usage errors, NO_COLOR and TERM=dumb (under
# a pseudo-terminal), the query as several words, --batch records.
# Uses $FA_BUILD/fa-index and fa-search (default build/). Needs python3.
set -u

. "$(dirname "$0")/lib.sh"

need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-cli.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

"$index" --quiet --db db "$root/corpus" || { bad "index corpus/"; echo "$passed passed, $failed failed"; exit 1; }

# ------------------------------------------------------------- --show ID

"$search" --db db --show fa-002 --color never >show.txt 2>show.err
rc=$?
if [ $rc = 0 ] && grep -qx 'id: fa-002' show.txt && grep -qx 'date: 2019-08-16' show.txt &&
   grep -q '^countries: .*PAK Pakistan' show.txt &&
   grep -q '^officials: .*Shah Mahmood Qureshi (PAK, Minister for Foreign Affairs)' show.txt &&
   grep -q 'Kashmiri protesters gathered across First Avenue' show.txt; then
    ok "--show: fields, countries and officials with names, the whole text"
else
    bad "--show fa-002: exit $rc" "$(head -c 800 show.txt; cat show.err)"
fi

"$search" --db db --show fa-002 --color always kashmir dispute >bold.txt
if grep -q $'\033\\[1mKashmir dispute\033\\[0m' bold.txt && grep -qx 'query: kashmir dispute (matches)' bold.txt; then
    ok "--show with a query: matched words bold (colour on), matches said"
else
    bad "--show bold" "$(head -c 1200 bold.txt | cat -v)"
fi
"$search" --db db --show fa-002 --color never kashmir >plain.txt
if ! grep -q $'\033' plain.txt; then ok "--show --color never: no escape codes"; else bad "--show plain has ESC"; fi

"$search" --db db --show fa-002 --json '"security council" apartheid' >show.json
python3 - show.json <<'PY' && ok "--show --json: html with <b>, matches false when the query does not match" || bad "--show --json" "$(head -c 600 show.json)"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["id"] == "fa-002" and d["date"] == "2019-08-16", d
assert d["matches"] is False, d["matches"]
assert "<b>Security Council</b>" in d["html"], d["html"][:300]
assert "Kashmiri protesters" in d["text"] and "<b>" not in d["text"]
assert {"value": "PAK", "name": "Pakistan"} in d["countries"], d["countries"]
assert any(o["value"] == "Zhang Jun" for o in d["officials"]), d["officials"]
assert d["fields"]["author"] == "Tom\u00e1s Herrera", d["fields"]
PY

m1=$("$search" --db db --show fa-002 --json --country USA | python3 -c 'import json,sys; print(json.load(sys.stdin)["matches"])')
m2=$("$search" --db db --show fa-002 --json --country pakistan | python3 -c 'import json,sys; print(json.load(sys.stdin)["matches"])')
[ "$m1 $m2" = "False True" ] && ok "--show with filters alone: matches says whether they let the article through" \
    || bad "--show --country: matches $m1 $m2, want False True"

"$search" --db db --show no-such-id >out 2>err
rc=$?
if [ $rc = 3 ] && grep -q "no article has the id 'no-such-id'" err && [ ! -s out ]; then
    ok "--show of an unknown id: exit 3 with the id named"
else
    bad "--show unknown id: exit $rc" "$(cat err)"
fi

"$index" --quiet --db s1 --shard 1/2 "$root/corpus"
"$index" --quiet --db s2 --shard 2/2 "$root/corpus"
printf 'auto %s/s1\nauto %s/s2\n' "$tmp" "$tmp" >all.stub
same=0
for id in fa-001 fa-002 fa-013 fa-024; do
    "$search" --db db --show "$id" --json treaty >one.json
    "$search" --db s1 --db s2 --show "$id" --json treaty >two.json
    "$search" --db all.stub --show "$id" --json treaty >stub.json
    cmp -s one.json two.json && cmp -s one.json stub.json && same=$((same + 1))
done
[ $same = 4 ] && ok "--show over two shards and a stub file equals one index (4 articles)" \
    || bad "--show over shards differs ($same of 4 equal)" "$(diff one.json two.json | head -5)"

# ---------------------------------------------------------------- --count

good=0
for q in kashmir '' -kashmir 'country:PAK' '"security council"'; do
    c=$("$search" --db db --count -- "$q")
    t=$("$search" --db db --json --limit 0 -- "$q" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
    [ "$c" = "$t" ] && [ "$(printf '%s\n' "$c" | wc -l)" = 1 ] && good=$((good + 1))
done
[ $good = 5 ] && ok "--count prints the exact total alone (5 queries)" || bad "--count differs from the JSON total ($good of 5)"
c=$("$search" --db db --count --json kashmir)
[ "$c" = '{"query":"kashmir","total":2}' ] && ok "--count --json: {query, total}" || bad "--count --json: $c"

# ------------------------------------------------------- rows: escaping

# Articles whose fields hold every character CSV and TSV must escape.
python3 - <<'PY'
import json
rows = [
    ("q-1", 'Comma, and "quotes"', "x"),
    ("q-2", "Line one\nline two", "back\\slash and\ttab"),
    ("q-3", "Carriage\rreturn", "crlf\r\nend"),   # a lone CR is a line break to the indexer (issue 12): LF, as CRLF is
    ("q-4", "Ünïcödé — 北京 café", "naïve"),
    ("q-5", "plain", ""),
]
with open("nasty.jsonl", "w", encoding="utf-8") as f:
    for i, t, note in rows:
        f.write(json.dumps({"id": i, "title": t, "date": "2020-01-0%s" % i[-1], "note": note,
                            "text": "Zebraword appears in this text about Pakistan. " + t}) + "\n")
PY
# Invalid UTF-8 in a .txt article (the indexer repairs it to U+FFFD).
printf 'Id: q-6\nTitle: bad \xff\xfe bytes, "q"\nDate: 2020-01-06\n\nZebraword and bytes \xc3 here.\n' >bad.txt
"$index" --quiet --db nasty nasty.jsonl bad.txt 2>/dev/null
cols=id,title,date,note,countries,score,rank,snippet
"$search" --db nasty --format csv --fields $cols zebraword >n.csv
"$search" --db nasty --format tsv --fields $cols zebraword >n.tsv
"$search" --db nasty --format jsonl --fields $cols zebraword >n.jsonl
"$search" --db nasty --json --limit 100 zebraword >n.json
python3 - "$cols" <<'PY' && ok "csv (RFC 4180, CRLF, header) and tsv (escaped) equal jsonl: quotes, commas, CR/LF, tabs, backslashes, non-ASCII, repaired bytes" || bad "csv/tsv escaping"
import csv, html, io, json, re, sys
cols = sys.argv[1].split(",")
raw = open("n.csv", "rb").read()
raw.decode("utf-8")                      # valid UTF-8
lines = raw.split(b"\r\n")
assert lines[-1] == b"", "ends with CRLF"
assert lines[0] == b"id,title,date,note,countries,score,rank,snippet", lines[0]
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
assert rows[0] == cols, rows[0]
jl = [json.loads(l) for l in open("n.jsonl", encoding="utf-8")]
page = json.load(open("n.json", encoding="utf-8"))
assert [r["id"] for r in jl] == [h["id"] for h in page["hits"]], "jsonl order = --json order"
assert len(rows) - 1 == len(jl) == page["total"] == 6, (len(rows), len(jl), page["total"])
def text(v):
    if isinstance(v, list):
        return "|".join(v)
    if v is None:
        return ""
    return str(v)
def plain(snip):
    return html.unescape(re.sub("</?b>", "", snip)).replace("\n", " ").replace("\t", " ")
tsv = open("n.tsv", "rb").read().decode("utf-8").split("\n")
assert tsv[-1] == "" and tsv[0] == "\t".join(cols)
def untsv(f):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[m.group(1)], f)
titles = set()
for r, j, t in zip(rows[1:], jl, tsv[1:-1]):
    want = [text(j[c]) if c not in ("score", "snippet") else None for c in cols]
    fields = [untsv(x) for x in t.split("\t")]
    for k, c in enumerate(cols):
        if c == "score":
            assert abs(float(r[k]) - j[c]) < 1e-4 and abs(float(fields[k]) - j[c]) < 1e-4
        elif c == "snippet":
            assert r[k] == fields[k] == plain(j[c]), (r[k], j[c])
        else:
            assert r[k] == want[k] == fields[k], (c, r[k], want[k], fields[k])
    titles.add(r[1])
for t in ('Comma, and "quotes"', "Line one\nline two", "Carriage\nreturn",
          "Ünïcödé — 北京 café", 'bad \ufffd\ufffd bytes, "q"'):
    assert t in titles, (t, titles)
assert 'back\\slash and\ttab' in [r[3] for r in rows]
PY

# ------------------------------------------- rows: every match, streaming

# 6000 articles say "beta", the first 1500 of them also "alpha"; each
# has a 2 KB stored field, so holding every row at once would show.
python3 - <<'PY'
import json
pad = "x" * 2000
with open("many.jsonl", "w") as f:
    for k in range(6000):
        words = "alpha beta" if k < 1500 else "beta"
        f.write(json.dumps({"id": "m%d" % k, "title": "T%d" % k, "pad": pad,
                            "text": "Speech %d says %s." % (k, words)}) + "\n")
PY
"$index" --quiet --db many many.jsonl
python3 - "$search" <<'PY' >rss.out
import resource, subprocess, sys
def run(q):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    p = subprocess.run([sys.argv[1], "--db", "many", "--format", "csv", "--fields", "id,pad,snippet", q],
                       capture_output=True)
    assert p.returncode == 0, p.stderr
    rows = p.stdout.split(b"\r\n")
    ids = {r.split(b",")[0] for r in rows[1:-1]}
    return len(rows) - 2, len(ids), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
# ru_maxrss of children is the maximum over all of them: run the small one first.
n1, u1, r1 = run("alpha")
n4, u4, r4 = run("beta")
print(n1, u1, r1, n4, u4, r4)
PY
read -r n1 u1 r1 n4 u4 r4 <rss.out
if [ "$n1" = 1500 ] && [ "$u1" = 1500 ] && [ "$n4" = 6000 ] && [ "$u4" = 6000 ]; then
    ok "csv writes every match in one run: 1500 and 6000 distinct rows (more than one chunk)"
else
    bad "csv rows: $n1/$u1 and $n4/$u4, want 1500 and 6000"
fi
if ldd "$search" 2>/dev/null | grep -q libasan; then
    # ASan's quarantine keeps freed memory (up to 256 MB): no measure.
    echo "skip csv peak memory: the binary is built with AddressSanitizer"
elif [ $((r4 - r1)) -lt 6 ]; then
    ok "csv of 4N matches peaks at ${r4} MB, N at ${r1} MB (rows are not all held)"
else
    bad "csv memory grows with the matches: ${r1} MB for 1500 rows, ${r4} MB for 6000"
fi
"$search" --db many --format jsonl alpha | python3 -c '
import json, sys
n = 0
for line in sys.stdin:
    h = json.loads(line); n += 1
    assert h["rank"] == n and "fields" in h and "snippet" in h
sys.exit(0 if n == 1500 else 1)' && ok "jsonl without --fields: every match, one --json hit object a line" || bad "jsonl default"

"$search" --db db --json --limit 5 --offset 2 '' | python3 -c 'import json,sys; print("\n".join(h["id"] for h in json.load(sys.stdin)["hits"]))' >page.ids
"$search" --db db --format csv --fields rank,id --limit 5 --offset 2 '' >page.csv
python3 - <<'PY' && ok "csv honours --limit and --offset when given (ranks 3-7, the page's ids)" || bad "csv --limit/--offset" "$(cat page.csv)"
import csv
rows = list(csv.reader(open("page.csv", newline="")))
ids = open("page.ids").read().split()
assert rows[0] == ["rank", "id"]
assert [r[0] for r in rows[1:]] == ["3", "4", "5", "6", "7"], rows
assert [r[1] for r in rows[1:]] == ids, (rows, ids)
PY
# A --fields name no exported article has is kept as an empty column
# (archives differ) but named on stderr: usually a typo.
"$search" --db db --format csv --fields id,titel,title kashmir >typo.csv 2>typo.err
if [ "$(head -1 typo.csv | tr -d '\r')" = "id,titel,title" ] && grep -q "has a field 'titel'" typo.err &&
   ! grep -q "'title'" typo.err && ! grep -q "'id'" typo.err; then
    ok "--fields: a field no exported article has is warned about, the column kept"
else
    bad "--fields typo warning" "$(cat typo.err)"
fi
"$search" --db db --format csv --fields id,titel nosuchwordanywhere >/dev/null 2>typo0.err
[ ! -s typo0.err ] && ok "--fields: no warning when nothing was exported" || bad "--fields warning on 0 rows" "$(cat typo0.err)"
n=$("$search" --db db --format tsv '' | wc -l)
t=$("$search" --db db --count '')
[ "$n" = $((t + 1)) ] && ok "tsv without --limit: every article ($t) and a header" || bad "tsv rows $n, want $((t + 1))"

expect_usage() {   # name, then the fa-search arguments
    local name=$1; shift
    "$@" >out 2>err
    local rc=$?
    if [ $rc = 2 ] && [ "$(wc -l <err)" = 2 ] && [ "$(tail -n 1 err)" = "try '$(basename "$1") --help'" ] &&
       ! grep -q '^usage:' err && [ ! -s out ]; then
        ok "$name: exit 2, one line and the hint"
    else
        bad "$name: exit $rc" "$(cat err)"
    fi
}
expect_usage "--format xml" "$search" --db db --format xml kashmir
expect_usage "--fields with text output" "$search" --db db --fields id kashmir
expect_usage "--fields text" "$search" --db db --format csv --fields id,text kashmir
expect_usage "--facets with csv" "$search" --db db --format csv --facets kashmir
expect_usage "--show with --count" "$search" --db db --show fa-001 --count
expect_usage "--color sometimes" "$search" --db db --color sometimes kashmir
expect_usage "--repeat with --count" "$search" --db db --batch - --repeat 2 --count
expect_usage "--facet-match without --facets" "$search" --db db --facet-match x kashmir
expect_usage "--facet-limit speaker=3" "$search" --db db --facets --facet-limit speaker=3 kashmir
expect_usage "--facet-limit official=x" "$search" --db db --facets --facet-limit official=x kashmir

# An index built without --field has no stored fields to list: an empty
# list, not a crash (qsort of no items was undefined behaviour).
"$search" --db db --list fields --json >lf.json 2>lf.err
rc=$?
if [ $rc = 0 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["fields"] == [] and d["prefixes"], d' lf.json; then
    ok "--list fields on an index without stored fields: an empty list"
else
    bad "--list fields without fields: exit $rc" "$(cat lf.err lf.json)"
fi

# ------------------------------------------------- facet limits and match

# The long tail of a facet: one facet's own limit, the count of what is
# not shown, and --facet-match over value and display text (the post and
# country of an official), folded. Checked against the whole list.
"$search" --db db --json --limit 0 --facets --facet-limit 0 '' >all.json
"$search" --db db --json --limit 0 --facets --facet-limit 2 --facet-limit official=5 --facet-limit about=0 '' >few.json
"$search" --db db --json --limit 0 --facets --facet-limit 4 --facet-match 'MINISTER for' '' >match.json
"$search" --db db --facets --limit 0 --facet-limit 3 '' >few.txt
python3 - all.json few.json match.json few.txt <<'PY' && ok "--facet-limit F=N, facet_total_values, --facet-match (folded, display text), '(N more' in text" || bad "facet limits and match" "$(head -c 600 few.txt)"
import json, re, sys, unicodedata
every, few, match = (json.load(open(p)) for p in sys.argv[1:4])
text = open(sys.argv[4]).read()
fold = lambda s: " ".join(re.sub(r"[^\w]+", " ", unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode().lower()).split())
for f in ("country", "official", "about"):
    assert few["facet_total_values"][f] == len(every["facets"][f]), f
assert [len(few["facets"][f]) for f in ("country", "official", "about")] == [2, 5, len(every["facets"]["about"])]
assert few["facets"]["official"] == every["facets"]["official"][:5]
want = [v for v in every["facets"]["official"] if "minister for" in fold(v["name"])]
assert len(want) > 4 and match["facets"]["official"] == want[:4], (want[:4], match["facets"]["official"])
assert match["facet_total_values"]["official"] == len(want)
assert match["facet_total_values"]["country"] == len([v for v in every["facets"]["country"] if "minister for" in fold(v["value"] + " " + v["name"])])
n = len(every["facets"]["official"]) - 3
assert "  (%d more; --facet-limit sets how many are shown)\n" % n in text, text
PY

# ------------------------------------------------------ CLI conventions

for b in "$index" "$search"; do
    name=$(basename "$b")
    v=$("$b" --version); rc=$?
    [ $rc = 0 ] && [[ $v == "$name "[0-9]* ]] && ok "$name --version: $v" || bad "$name --version: $rc '$v'"
    for h in -h --help; do
        "$b" $h >out 2>err; rc=$?
        [ $rc = 0 ] && head -n 1 out | grep -q "^usage: $name" && [ ! -s err ] \
            && ok "$name $h: the help on stdout, exit 0" || bad "$name $h: exit $rc" "$(cat err)"
    done
    expect_usage "$name --no-such-option" "$b" --no-such-option
    [ "$(head -n 1 err)" = "$name: unknown option '--no-such-option'" ] \
        && ok "$name: the unknown option named, under the program's name" || bad "$name unknown option: $(head -n 1 err)"
    expect_usage "$name --db without its value" "$b" --db
    [ "$(head -n 1 err)" = "$name: option '--db' needs a value" ] \
        && ok "$name: a missing value named" || bad "$name missing value: $(head -n 1 err)"
    expect_usage "$name without --db" "$b" x
done
expect_usage "fa-search --limit x" "$search" --db db --limit x kashmir
expect_usage "fa-index --threads 0" "$index" --db db --threads 0 x

# Colour under --color auto needs a terminal: a pseudo-terminal here.
python3 - "$search" <<'PY' >tty.out
import os, pty, subprocess, sys
def run(env):
    m, s = pty.openpty()
    e = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    e.update(env)
    p = subprocess.Popen([sys.argv[1], "--db", "db", "kashmir"], stdout=s, stderr=subprocess.DEVNULL, env=e)
    os.close(s)
    out = b""
    while True:
        try:
            d = os.read(m, 65536)
        except OSError:
            break
        if not d:
            break
        out += d
    p.wait()
    os.close(m)
    return "bold" if b"\x1b[1m" in out else "plain"
print(run({"TERM": "xterm"}), run({"TERM": "xterm", "NO_COLOR": "1"}),
      run({"TERM": "xterm", "NO_COLOR": ""}), run({"TERM": "dumb"}))
PY
[ "$(cat tty.out)" = "bold plain bold plain" ] \
    && ok "--color auto on a terminal: bold; off with NO_COLOR=1 and TERM=dumb; NO_COLOR= (empty) keeps it" \
    || bad "colour on a terminal: $(cat tty.out), want: bold plain bold plain"

"$search" --db db --json kashmir dispute >two.json
"$search" --db db --json 'kashmir dispute' >one.json
if cmp -s one.json two.json && grep -q '"query":"kashmir dispute"' two.json; then
    ok "the query as several arguments: joined by spaces"
else
    bad "several query words" "$(head -c 300 two.json)"
fi
"$search" --db db --count -- -kashmir >neg 2>&1
[ "$(cat neg)" = $(( $("$search" --db db --count '') - 2 )) ] && ok "-- before a query that starts with '-'" || bad "-- -kashmir: $(cat neg)"

# --------------------------------------------------------------- --batch

printf '%s\n' kashmir '# a comment' 'speaker:arce' '' 'country:pakistn' 'treaty' >q.txt
"$search" --db db --batch q.txt --json --limit 1 >b.json 2>b.err
rc=$?
python3 - <<'PY' && ok "--batch --json: one line per query, errors as records; exit $rc (the highest)" || bad "--batch --json (exit $rc)" "$(cat b.json b.err)"
import json
lines = open("b.json").read().splitlines()
assert len(lines) == 4, lines
recs = [json.loads(l) for l in lines]
assert [r["query"] for r in recs] == ["kashmir", "speaker:arce", "country:pakistn", "treaty"]
assert recs[0]["total"] == 2 and "hits" in recs[0]
assert recs[1]["exit"] == 5 and "unknown field" in recs[1]["error"], recs[1]
assert recs[2]["exit"] == 5 and "pakistn" in recs[2]["error"].lower(), recs[2]
assert "total" in recs[3]
PY
[ $rc = 5 ] || bad "--batch exit $rc, want 5"
"$search" --db db --batch q.txt --limit 1 --color never >b.txt 2>/dev/null
if [ "$(grep '^# query: ' b.txt | tr '\n' '|')" = "# query: kashmir|# query: speaker:arce|# query: country:pakistn|# query: treaty|" ] &&
   [ "$(grep -c '^error: ' b.txt)" = 2 ]; then
    ok "--batch text: a '# query' line per query, errors in place"
else
    bad "--batch text" "$(cat b.txt)"
fi
"$search" --db db --batch q.txt --count --json 2>/dev/null | python3 -c '
import json, sys
r = [json.loads(l) for l in sys.stdin]
assert [x["query"] for x in r] == ["kashmir", "speaker:arce", "country:pakistn", "treaty"]
assert r[0] == {"query": "kashmir", "total": 2} and "error" in r[1]' && ok "--batch --count --json: {query,total} per line" || bad "--batch --count"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
