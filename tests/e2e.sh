#!/usr/bin/env bash
# e2e.sh - end-to-end tests of the real fa-index and fa-search binaries:
# index corpus/ into a temporary folder, run every search case in tests/e2e/,
# then check exit codes and the indexer's handling of bad and repeated input.
# Builds nothing: uses $FA_BUILD/fa-index and $FA_BUILD/fa-search
# (FA_BUILD defaults to build). Needs bash and python3 (JSON parsing).
#
# Search cases: tests/e2e/<case>.args holds one line, the fa-search
# arguments that follow `--db DIR`, written as shell words (quote a query
# as you would in a shell; the line goes through `eval`, so keep it to
# quoted literals). The case runs with --json added; its output must parse,
# every hit must carry "countries" and "officials" arrays, and what it says
# is compared with tests/e2e/<case>.expected:
#     total N        the exact number of matches
#     fa-001         the ids on the page, one per line, in rank order
# An .expected file whose first line is `exit N` expects fa-search to exit
# with N instead (nothing else is compared). Scores are never compared.
#
# Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"

need_binaries
need xapian-delve
if ! command -v python3 >/dev/null; then
    echo "e2e.sh: python3 is needed to read JSON output" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-e2e.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
db=$tmp/db

# The summary of one --json answer on stdin: "total N" then the ids, one a
# line. Fails (non-zero) when the JSON does not parse or a hit lacks its
# "countries" / "officials" arrays.
summarize() {
    python3 -c '
import json, sys
d = json.load(sys.stdin)
print("total", d["total"])
for h in d["hits"]:
    for k in ("countries", "officials"):
        if not isinstance(h.get(k), list):
            sys.exit("hit %s: %r is not an array" % (h.get("id"), k))
    print(h["id"])
'
}

# The exact number of articles an index holds, from a match-all search.
doccount() {
    "$search" --db "$1" --json --limit 0 '' 2>/dev/null |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null
}

# ----------------------------------------------------------------- corpus

ncorpus=$(find "$root/corpus" -name '*.txt' -type f | wc -l)
ncorpus=$((ncorpus + $(cat "$root"/corpus/jsonl/*.jsonl | grep -c '^{')))
ncorpus=$((ncorpus + $(gzip -dc "$root"/corpus/jsonl-gz/*.jsonl.gz | grep -c '^{')))

"$index" --db "$db" "$root/corpus" >"$tmp/index.out" 2>"$tmp/index.err"
rc=$?
n=$(doccount "$db")
if [ $rc -eq 0 ] && [ "$n" = "$ncorpus" ]; then
    ok "index corpus/ ($n articles)"
else
    bad "index corpus/: exit $rc, $n articles, want exit 0 and $ncorpus" "$(cat "$tmp/index.err")"
    echo "$passed passed, $failed failed (no index to search)"
    exit 1
fi

# ------------------------------------------------------------ search cases

ncases=0
for args_file in "$here"/e2e/*.args; do
    [ -e "$args_file" ] || continue
    name=$(basename "$args_file" .args)
    expected=$here/e2e/$name.expected
    ncases=$((ncases + 1))
    if [ ! -f "$expected" ]; then
        bad "$name: no $name.expected"
        continue
    fi
    line=$(head -n 1 "$args_file")
    eval "set -- $line"
    "$search" --db "$db" --json "$@" >"$tmp/out.json" 2>"$tmp/err"
    rc=$?
    want_rc=0
    if head -n 1 "$expected" | grep -q '^exit '; then
        want_rc=$(head -n 1 "$expected" | cut -d' ' -f2)
        if [ $rc -eq "$want_rc" ]; then
            ok "$name (exit $rc)"
        else
            bad "$name: exit $rc, want $want_rc" "$(cat "$tmp/err")"
        fi
        continue
    fi
    if [ $rc -ne 0 ]; then
        bad "$name: exit $rc" "$(cat "$tmp/err")"
        continue
    fi
    if ! python3 -m json.tool "$tmp/out.json" >/dev/null 2>&1; then
        bad "$name: output is not JSON" "$(head -c 300 "$tmp/out.json")"
        continue
    fi
    if ! summarize <"$tmp/out.json" >"$tmp/got" 2>"$tmp/err"; then
        bad "$name: bad hits" "$(cat "$tmp/err")"
        continue
    fi
    if diff -u "$expected" "$tmp/got" >"$tmp/diff"; then
        ok "$name"
    else
        bad "$name: fa-search $line" "$(tail -n +3 "$tmp/diff")"
    fi
done
if [ $ncases -lt 20 ]; then
    bad "only $ncases search cases in tests/e2e/ (want at least 20)"
fi

# Text output: a hit's id ends its "source | id" line.
"$search" --db "$db" --sort date 'title:treaty' >"$tmp/text" 2>&1
ids=$(sed -n 's/^   .* | \(.*\)$/\1/p' "$tmp/text" | tr '\n' ' ')
if [ "$ids" = "fa-003 fa-008 fa-202 " ] && head -n 1 "$tmp/text" | grep -q '^3 matches'; then
    ok "text output: title:treaty by date"
else
    bad "text output: title:treaty by date" "$(cat "$tmp/text")"
fi

# ----------------------------------------------------------------- facets

# The seed article is tagged with exactly its countries and officials.
seed_tags=$("$search" --db "$db" --json --limit 1 'title:"In his first meeting"' |
    python3 -c 'import json, sys
h = json.load(sys.stdin)["hits"][0]
print(h["id"], ",".join(h["countries"]), "|".join(h["officials"]))')
want_tags="seed/qureshi-blinken-unga76.txt AFG,CHN,IND,PAK,RUS,USA Antony Blinken|Joe Biden|Shah Mahmood Qureshi"
if [ "$seed_tags" = "$want_tags" ]; then
    ok "seed article facets"
else
    bad "seed article facets" "got:  $seed_tags" "want: $want_tags"
fi

# Every facet count equals the total of a search filtered by that value:
# two different code paths (match spy over the value slot vs. boolean
# filter terms) must agree, for all values of both facets, over all
# articles and over a query.
for q in '' 'treaty OR council'; do
    "$search" --db "$db" --json --limit 0 --facets --facet-limit 0 "$q" >"$tmp/facets.json"
    python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
for f in ("country", "official"):
    for v in d["facets"][f]:
        print(f, v["count"], v["value"], sep="\t")' "$tmp/facets.json" >"$tmp/facets.tsv"
    nvalues=0
    mismatch=""
    while IFS=$'\t' read -r facet count value; do
        nvalues=$((nvalues + 1))
        total=$("$search" --db "$db" --json --limit 0 "--$facet" "$value" "$q" |
            python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
        [ "$total" = "$count" ] || mismatch="$mismatch $facet:$value($count vs $total)"
    done <"$tmp/facets.tsv"
    if [ -z "$mismatch" ] && [ "$nvalues" -gt 20 ]; then
        ok "facet counts equal filtered totals for query '$q' ($nvalues values)"
    else
        bad "facet counts vs filtered totals for query '$q' ($nvalues values)" "$mismatch"
    fi
done

# An unknown value is an error that suggests the closest known ones.
msg=$("$search" --db "$db" --country Pakistn '' 2>&1 >/dev/null)
case $msg in
    *"unknown country 'Pakistn'"*"PAK (Pakistan)"*) ok "unknown country suggests PAK" ;;
    *) bad "unknown country suggests PAK" "$msg" ;;
esac
msg=$("$search" --db "$db" --official Blinkin '' 2>&1 >/dev/null)
case $msg in
    *"unknown official 'Blinkin'"*"Antony Blinken"*) ok "unknown official suggests Antony Blinken" ;;
    *) bad "unknown official suggests Antony Blinken" "$msg" ;;
esac

# ------------------------------------------------------------- exit codes

# expect_exit NAME WANT CMD...: the command's exit status must be WANT and,
# for a failure, it must say why on stderr.
expect_exit() {
    local name=$1 want=$2
    shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    if [ $rc -ne "$want" ]; then
        bad "$name: exit $rc, want $want" "$(cat "$tmp/err")"
    elif [ "$want" -ne 0 ] && [ ! -s "$tmp/err" ]; then
        bad "$name: exit $rc but no message on stderr"
    else
        ok "$name (exit $rc)"
    fi
}

expect_exit "query that does not parse" 5 "$search" --db "$db" 'arms AND'
grep -q '^fa-search: ' "$tmp/err" || bad "query that does not parse: message not 'fa-search: ...'" "$(cat "$tmp/err")"
expect_exit "missing index" 4 "$search" --db "$tmp/no-such-index" treaty
expect_exit "--limit -1" 2 "$search" --db "$db" --limit -1 treaty
expect_exit "--limit abc" 2 "$search" --db "$db" --limit abc treaty
expect_exit "--sort foo" 2 "$search" --db "$db" --sort foo treaty
expect_exit "--offset 1x" 2 "$search" --db "$db" --offset 1x treaty
expect_exit "no --db" 2 "$search" treaty
expect_exit "no match" 0 "$search" --db "$db" --json xylophone
if [ "$(summarize <"$tmp/out" 2>/dev/null)" = "total 0" ]; then
    ok "no match: total 0"
else
    bad "no match: want total 0" "$(cat "$tmp/out")"
fi
expect_exit "no match, text" 0 "$search" --db "$db" xylophone
grep -q '^0 matches' "$tmp/out" || bad "no match, text: want '0 matches'" "$(cat "$tmp/out")"

# ------------------------------------------------------------ the indexer

# Indexing the same input again adds nothing: every article is reported
# as replaced (or as unchanged, where the indexer can tell).
"$index" --db "$db" "$root/corpus" >/dev/null 2>"$tmp/err"
rc=$?
n=$(doccount "$db")
summary=$(grep 'added, ' "$tmp/err" | tail -n 1)
added=$(printf '%s' "$summary" | sed -n 's/.*fa-index: \([0-9]*\) added.*/\1/p')
replaced=$(printf '%s' "$summary" | sed -n 's/.* \([0-9]*\) replaced.*/\1/p')
unchanged=$(printf '%s' "$summary" | sed -n 's/.* \([0-9]*\) unchanged.*/\1/p')
if [ $rc -eq 0 ] && [ "$n" = "$ncorpus" ] && [ "$added" = 0 ] &&
   [ $((${replaced:-0} + ${unchanged:-0})) -eq "$ncorpus" ]; then
    ok "index twice: $n articles, none added, $ncorpus replaced or unchanged"
else
    bad "index twice: exit $rc, $n articles; want $ncorpus, none added, $ncorpus replaced" "$(cat "$tmp/err")"
fi

# A folder with good articles, a broken JSON line, a file that cannot be
# opened and one that cannot be read: the rest is indexed, each problem
# is reported with its path (and line), and the exit status is 3.
mess=$tmp/mess
mkdir -p "$mess/sub"
printf 'Id: e2e-txt\nTitle: A good article\n\nThe quokka delegation arrived in Geneva.\n' >"$mess/good.txt"
{
    printf '{"id":"e2e-j1","title":"First line","text":"The quokka envoy spoke first."}\n'
    printf '{"id":"e2e-broken","text": "this line is cut\n'
    printf '{"id":"e2e-j3","title":"Third line","text":"The quokka envoy spoke last."}\n'
} >"$mess/sub/broken.jsonl"
ln -s "$mess/does-not-exist.txt" "$mess/gone.txt"            # cannot be opened
printf 'not gzip at all\n' >"$mess/fake.jsonl.gz"              # cannot be read
"$index" --db "$tmp/messdb" "$mess" >/dev/null 2>"$tmp/err"
rc=$?
n=$(doccount "$tmp/messdb")
"$search" --db "$tmp/messdb" --json --sort date quokka 2>/dev/null | summarize >"$tmp/got" 2>&1
if [ $rc -eq 3 ]; then ok "bad input: exit 3"; else bad "bad input: exit $rc, want 3" "$(cat "$tmp/err")"; fi
if grep -q "broken.jsonl:2:" "$tmp/err"; then
    ok "bad input: broken line reported as path:line"
else
    bad "bad input: no 'broken.jsonl:2:' in the messages" "$(cat "$tmp/err")"
fi
if grep -q "gone.txt" "$tmp/err" && grep -q "fake.jsonl.gz" "$tmp/err"; then
    ok "bad input: unopenable and unreadable files reported"
else
    bad "bad input: gone.txt and fake.jsonl.gz should be reported" "$(cat "$tmp/err")"
fi
if [ "$n" = 3 ] && [ "$(sort "$tmp/got" | tr '\n' ' ')" = "e2e-j1 e2e-j3 e2e-txt total 3 " ]; then
    ok "bad input: the rest is indexed"
else
    bad "bad input: want e2e-txt, e2e-j1, e2e-j3 indexed" "$n articles" "$(cat "$tmp/got")"
fi

# '-' reads standard input: as .txt or JSON Lines told by --format, or
# recognised by its first byte ('{': JSON Lines).
stdin_case() {   # NAME ID INPUT [OPTION...]
    local name=$1 id=$2 input=$3
    shift 3
    rm -rf "$tmp/stdindb"
    printf '%s' "$input" | "$index" --db "$tmp/stdindb" "$@" - >/dev/null 2>"$tmp/err"
    local rc=$?
    "$search" --db "$tmp/stdindb" --json wombat 2>/dev/null | summarize >"$tmp/got" 2>&1
    if [ $rc -eq 0 ] && [ "$(tr '\n' ' ' <"$tmp/got")" = "total 1 $id " ]; then
        ok "'-' reads standard input: $name"
    else
        bad "'-' reads standard input: $name: exit $rc" "$(cat "$tmp/err")" "$(cat "$tmp/got")"
    fi
}
stdin_txt=$(printf 'Id: e2e-stdin-txt\nTitle: From standard input\n\nA wombat summit opened.\n.')
stdin_txt=${stdin_txt%.}
stdin_json='{"id":"e2e-stdin-json","title":"JSON from standard input","text":"A wombat treaty."}
'
stdin_case "--format txt" e2e-stdin-txt "$stdin_txt" --format txt
stdin_case "--format jsonl" e2e-stdin-json "$stdin_json" --format jsonl
stdin_case ".txt, format detected" e2e-stdin-txt "$stdin_txt"
stdin_case "JSON Lines, format detected" e2e-stdin-json "$stdin_json"

# ------------------------------------------------------ stored text (zstd)
# A bulk build of enough text trains a dictionary; every snippet must equal
# that of an index storing raw text (--text-level 0), also after an update
# (one writer, the index's own dictionary) adds articles to both.
gen_speeches "$tmp/gen1.jsonl" 300 7 g
gen_speeches "$tmp/gen2.jsonl" 40 8 h
"$index" --threads 2 --db "$tmp/tz" "$tmp/gen1.jsonl" 2>"$tmp/tzerr" &&
    "$index" --quiet --threads 2 --text-level 0 --db "$tmp/traw" "$tmp/gen1.jsonl" 2>"$tmp/err" ||
    bad "stored text: bulk index of generated speeches" "$(cat "$tmp/tzerr" "$tmp/err")"
# The summary line says how the texts were stored.
if grep -q 'index holds 300 articles; texts compressed with a [0-9]* KiB dictionary' "$tmp/tzerr"; then
    ok "stored text: the summary names the dictionary"
else
    bad "stored text: the summary does not name the dictionary" "$(cat "$tmp/tzerr")"
fi
"$index" --threads 2 --db "$tmp/tsmall" "$tmp/gen2.jsonl" 2>"$tmp/err"
if grep -q 'texts compressed without a dictionary (.* too little' "$tmp/err"; then
    ok "stored text: too little text to train is said in the summary"
else
    bad "stored text: a build without a dictionary does not say why" "$(cat "$tmp/err")"
fi
# The first documents' data must be zstd frames naming a dictionary: the
# frame header descriptor (byte 5) has dictionary ID bits.
if xapian-delve -r 1 -r 2 -r 3 -d "$tmp/tz" 2>/dev/null | py -c '
import sys
data = sys.stdin.buffer.read()
frames = data.split(b"\x28\xb5\x2f\xfd")[1:]
sys.exit(0 if len(frames) == 3 and all(f[0] & 3 for f in frames) else 1)'; then
    ok "stored text: bulk build compresses texts with a trained dictionary"
else
    bad "stored text: documents are not zstd frames with a dictionary"
fi
zsize=$(stat -c %s "$tmp/tz/docdata.glass"); rsize=$(stat -c %s "$tmp/traw/docdata.glass")
if [ "$zsize" -lt "$rsize" ]; then
    ok "stored text: docdata $zsize bytes compressed vs $rsize with --text-level 0"
else
    bad "stored text: docdata $zsize bytes compressed, not below $rsize raw"
fi
snippets_equal() {   # NAME QUERY...: snippets of both indexes must match
    local name=$1 q diffs=""
    shift
    for q in "$@"; do
        "$search" --db "$tmp/tz" --json --limit 50 "$q" >"$tmp/zs" 2>&1
        "$search" --db "$tmp/traw" --json --limit 50 "$q" >"$tmp/rs" 2>&1
        if ! cmp -s "$tmp/zs" "$tmp/rs" || ! grep -q '<b>' "$tmp/zs"; then
            diffs="$diffs
query '$q': $(diff "$tmp/rs" "$tmp/zs" | head -3)"
        fi
    done
    if [ -z "$diffs" ]; then ok "stored text: $name"; else bad "stored text: $name" "$diffs"; fi
}
snippets_equal "snippets equal --text-level 0" gmark1 gmark150 gmark300 'nuclear weapons' '"peace development"' 'refugees OR ocean'
"$index" --quiet --db "$tmp/tz" "$tmp/gen2.jsonl" 2>"$tmp/err" &&
    "$index" --quiet --text-level 0 --db "$tmp/traw" "$tmp/gen2.jsonl" 2>>"$tmp/err" ||
    bad "stored text: update with more speeches" "$(cat "$tmp/err")"
snippets_equal "after an update, old and new snippets equal --text-level 0" gmark2 gmark299 hmark1 hmark40 'peace dialogue'
"$index" --quiet --text-level 20 --db "$tmp/tbad" "$tmp/gen2.jsonl" 2>"$tmp/err"
rc=$?
if [ $rc -eq 2 ] && grep -q 'text-level' "$tmp/err"; then
    ok "--text-level 20: exit 2"
else
    bad "--text-level 20: exit $rc, want 2" "$(cat "$tmp/err")"
fi

# ------------------------------------------------- incompatible schema
# An index built by another fa schema is refused, with exit 6 and the
# reason, whether the run indexes or deletes (--delete once exited 1 and
# said "index holds 0 articles").
printf 'Id: e2e-old\nTitle: Old schema\n\nA numbat parade.\n' >"$tmp/old.txt"
"$index" --quiet --db "$tmp/olddb" "$tmp/old.txt" 2>"$tmp/err" ||
    bad "incompatible schema: build the index" "$(cat "$tmp/err")"
xapian-metadata set "$tmp/olddb" fa.schema 0
expect_exit "incompatible schema: indexing" 6 "$index" --db "$tmp/olddb" "$tmp/old.txt"
grep -q 'built by fa schema 0' "$tmp/err" || bad "incompatible schema: indexing does not say why" "$(cat "$tmp/err")"
expect_exit "incompatible schema: --delete" 6 "$index" --db "$tmp/olddb" --delete e2e-old
if grep -q 'built by fa schema 0' "$tmp/err" && ! grep -q 'index holds' "$tmp/err"; then
    ok "incompatible schema: --delete says why, and no summary"
else
    bad "incompatible schema: --delete message" "$(cat "$tmp/err")"
fi
expect_exit "incompatible schema: --prune" 6 "$index" --db "$tmp/olddb" --prune "$tmp"

# ------------------------------------------ temporary indexes of a killed run
# A bulk build killed outright leaves <db>.fa-tmp.<pid>.<n> folders, which
# the next run on <db> merges and removes. Only its own: --db with glob
# characters ("idx[0-9]") must not take those of "idx1".
g=$tmp/globs
mkdir -p "$g"
printf 'Id: e2e-glob-other\nTitle: Other\n\nAn echidna.\n' >"$tmp/other.txt"
printf 'Id: e2e-glob-mine\nTitle: Mine\n\nA bilby.\n' >"$tmp/mine.txt"
printf 'Id: e2e-glob-new\nTitle: New\n\nA quoll.\n' >"$tmp/new.txt"
"$index" --quiet --db "$g/idx1.fa-tmp.99999.0" "$tmp/other.txt" 2>"$tmp/err" &&
    "$index" --quiet --db "$g/idx[0-9].fa-tmp.99999.0" "$tmp/mine.txt" 2>>"$tmp/err" ||
    bad "leftovers: build the stand-in temporary indexes" "$(cat "$tmp/err")"
"$index" --db "$g/idx[0-9]" "$tmp/new.txt" >/dev/null 2>"$tmp/err"
rc=$?
"$search" --db "$g/idx[0-9]" --json --sort date '' 2>/dev/null | summarize >"$tmp/got" 2>&1
if [ $rc -eq 0 ] && [ "$(sort "$tmp/got" | tr '\n' ' ')" = "e2e-glob-mine e2e-glob-new total 2 " ] &&
   grep -q 'recovered 1 articles' "$tmp/err" && [ ! -e "$g/idx[0-9].fa-tmp.99999.0" ]; then
    ok "leftovers: a killed run's temporary index is recovered"
else
    bad "leftovers: want e2e-glob-mine recovered into idx[0-9], exit $rc" "$(cat "$tmp/err")" "$(cat "$tmp/got")"
fi
if [ -d "$g/idx1.fa-tmp.99999.0" ] && [ "$(doccount "$g/idx1.fa-tmp.99999.0")" = 1 ]; then
    ok "leftovers: another index's temporary folder (idx1 for idx[0-9]) is left alone"
else
    bad "leftovers: idx[0-9] took or removed idx1's temporary index" "$(ls "$g")"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
