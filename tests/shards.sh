#!/usr/bin/env bash
# shards.sh - sharded archives end to end: corpus/ split by `fa-index
# --shard K/2`, searched as one archive locally, over xapian-tcpsrv on
# 127.0.0.1 (random free ports) and through a Xapian stub file, merged back
# with `fa-index --merge`, and compared with one index of the same articles.
# Results (ids in rank order), totals, facet counts and snippets must be
# equal; scores are not compared. Ends with `N passed, N failed`.
set -u

. "$(dirname "$0")/lib.sh"
need_binaries
need python3

if ! command -v xapian-tcpsrv >/dev/null; then
    echo "shards.sh: xapian-tcpsrv not found (Debian package xapian-tools): skipped"
    exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-shards.XXXXXX") || exit 1
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT

"$index" --quiet --db "$tmp/one" "$root/corpus" || { bad "index corpus/"; exit 1; }
"$index" --quiet --db "$tmp/s1" --shard 1/2 "$root/corpus" || bad "index shard 1/2"
"$index" --quiet --db "$tmp/s2" --shard 2/2 "$root/corpus" || bad "index shard 2/2"
"$index" --quiet --merge "$tmp/merged" "$tmp/s1" "$tmp/s2" || bad "merge shards"

count() { "$search" --json --limit 0 "$@" '' | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
n1=$(count --db "$tmp/s1"); n2=$(count --db "$tmp/s2"); n=$(count --db "$tmp/one")
if [ "$n1" -gt 0 ] && [ "$n2" -gt 0 ] && [ $((n1 + n2)) -eq "$n" ]; then
    ok "shards split the archive: $n1 + $n2 = $n articles"
else
    bad "shards split the archive" "$n1 + $n2 != $n"
fi

# A free TCP port on 127.0.0.1 (a race with other programs is possible but
# harmless: the server then fails to start and the test says so).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# serve DB VAR: starts xapian-tcpsrv and sets VAR to its port. Not run
# as $(serve ...): in a subshell the server's pid never reached 'pids',
# and every run left its servers behind. In a session of its own: on
# SIGTERM xapian-tcpsrv signals its whole process group (to end its
# forked children), which would otherwise be this script and its caller.
serve() {
    local port
    port=$(free_port)
    setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$1" >/dev/null 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do
        python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2)' "$port" 2>/dev/null && break
        sleep 0.1
    done
    printf -v "$2" '%s' "$port"
}
serve "$tmp/s1" p1
serve "$tmp/s2" p2
printf 'auto %s\nremote 127.0.0.1:%s\n' "$tmp/s1" "$p2" >"$tmp/stub"

# Everything but the scores. Queries whose hits all weigh the same (the
# empty query, a bare filter) come in document-number order, which
# sharding changes; a wildcard is expanded by each remote server over its
# own terms, so its weights differ (the matches do not). For those the
# hits are compared as a set.
summary() {
    python3 -c '
import json, sys
d = json.load(sys.stdin)
for h in d["hits"]:
    h.pop("score")
if sys.argv[1] in ("", "country:pakistan", "afghan*"):
    for h in d["hits"]:
        h.pop("rank")
    d["hits"].sort(key=lambda h: h["id"])
print(json.dumps(d, sort_keys=True, indent=1))' "$1"
}

# compare ONE NAME|DBS...: every query in $queries over the layout DBS
# must give what it gives over the one index ONE.
compare() {
    local one=$1 layout=$2 name diffs="" q
    local -a dbs
    name=${layout%%|*}
    read -r -a dbs <<<"${layout#*|}"
    for q in "${queries[@]}"; do
        "$search" --db "$one" --json --facets --facet-limit 0 --limit 50 "$q" | summary "$q" >"$tmp/want" 2>&1
        if ! "$search" "${dbs[@]}" --json --facets --facet-limit 0 --limit 50 "$q" 2>"$tmp/err" | summary "$q" >"$tmp/got" 2>&1; then
            diffs="$diffs
query '$q': $(cat "$tmp/err")"
            continue
        fi
        if ! diff -q "$tmp/want" "$tmp/got" >/dev/null; then
            diffs="$diffs
query '$q': $(diff "$tmp/want" "$tmp/got" | head -5)"
        fi
    done
    if [ -z "$diffs" ]; then
        ok "$name: hits, totals, facets and snippets equal one index (${#queries[@]} queries)"
    else
        bad "$name differs from one index" "$diffs"
    fi
}

queries=('' 'climate change' '"Kashmir dispute"' 'apartheid NOT "South Africa"' 'treaty OR council'
         'title:treaty' 'afghan*' 'date:2019..2023 taliban' 'country:pakistan' 'official:blinken OR summit')
for layout in "local shards|--db $tmp/s1 --db $tmp/s2" \
              "local + remote shard|--db $tmp/s1 --db tcp://127.0.0.1:$p2" \
              "two remote shards|--db tcp://127.0.0.1:$p1 --db tcp://127.0.0.1:$p2" \
              "stub file|--db $tmp/stub" \
              "merged index|--db $tmp/merged"; do
    compare "$tmp/one" "$layout"
done

# Word pairs (fa-index --word-pairs): phrases are matched by pair terms
# only when every shard has them, local or remote; a shard without them,
# or a merge with one, makes the archive match phrases by positions alone.
# Either way the answers are one plain index's.
"$index" --quiet --word-pairs --db "$tmp/s1p" --shard 1/2 "$root/corpus" || bad "index shard 1/2 with pairs"
"$index" --quiet --word-pairs --db "$tmp/s2p" --shard 2/2 "$root/corpus" || bad "index shard 2/2 with pairs"
"$index" --quiet --merge "$tmp/merged-mixed" "$tmp/s1p" "$tmp/s2" || bad "merge a pairs shard and a plain one"
serve "$tmp/s1p" pp1
serve "$tmp/s2p" pp2
queries=('"climate change"' '"Kashmir dispute"' '"the security council"' 'apartheid NOT "South Africa"'
         '"arms control" OR "security council"' 'title:"arms embargo"' '"climate change" country:usa'
         '"united nations" NEAR treaty')
for layout in "pairs, local shards|--db $tmp/s1p --db $tmp/s2p" \
              "pairs + plain local shard|--db $tmp/s1p --db $tmp/s2" \
              "pairs, two remote shards|--db tcp://127.0.0.1:$pp1 --db tcp://127.0.0.1:$pp2" \
              "pairs remote + plain remote shard|--db tcp://127.0.0.1:$pp1 --db tcp://127.0.0.1:$p2" \
              "merged pairs + plain shard|--db $tmp/merged-mixed"; do
    compare "$tmp/one" "$layout"
done

# Stored text: shards of enough text each train a dictionary of their own,
# so a snippet decodes only with the dictionary of the shard that holds
# its article (read remotely from xapian-tcpsrv too); the merged index
# keeps both.
gen_speeches "$tmp/gen.jsonl" 400 11 s
"$index" --quiet --db "$tmp/gone" "$tmp/gen.jsonl" || bad "index generated speeches"
"$index" --quiet --db "$tmp/g1" --shard 1/2 "$tmp/gen.jsonl" || bad "index generated shard 1/2"
"$index" --quiet --db "$tmp/g2" --shard 2/2 "$tmp/gen.jsonl" || bad "index generated shard 2/2"
"$index" --quiet --merge "$tmp/gmerged" "$tmp/g1" "$tmp/g2" || bad "merge generated shards"
serve "$tmp/g1" q1
serve "$tmp/g2" q2
printf 'auto %s\nremote 127.0.0.1:%s\n' "$tmp/g1" "$q2" >"$tmp/gstub"
queries=(smark1 smark2 smark200 smark399 'smark3 OR smark4 OR smark5' 'nuclear weapons' '"peace development"')
for layout in "compressed text, local shards|--db $tmp/g1 --db $tmp/g2" \
              "compressed text, local + remote shard|--db $tmp/g1 --db tcp://127.0.0.1:$q2" \
              "compressed text, two remote shards|--db tcp://127.0.0.1:$q1 --db tcp://127.0.0.1:$q2" \
              "compressed text, stub file|--db $tmp/gstub" \
              "compressed text, merged index|--db $tmp/gmerged"; do
    compare "$tmp/gone" "$layout"
done

# One article whole (--show) and every match as CSV over each layout, with
# texts that need their own shard's dictionary.
for layout in "local shards|--db $tmp/g1 --db $tmp/g2" \
              "local + remote shard|--db $tmp/g1 --db tcp://127.0.0.1:$q2" \
              "two remote shards|--db tcp://127.0.0.1:$q1 --db tcp://127.0.0.1:$q2" \
              "stub file|--db $tmp/gstub"; do
    name=${layout%%|*}
    read -r -a dbs <<<"${layout#*|}"
    diffs=""
    for id in s1 s2 s200 s399; do
        "$search" --db "$tmp/gone" --show "$id" --json 'nuclear weapons' >"$tmp/want" 2>&1
        "$search" "${dbs[@]}" --show "$id" --json 'nuclear weapons' >"$tmp/got" 2>&1
        cmp -s "$tmp/want" "$tmp/got" || diffs="$diffs --show $id: $(diff "$tmp/want" "$tmp/got" | head -c 300)"
    done
    "$search" --db "$tmp/gone" --format csv --fields rank,id,countries,snippet nuclear >"$tmp/want" 2>&1
    "$search" "${dbs[@]}" --format csv --fields rank,id,countries,snippet nuclear >"$tmp/got" 2>&1
    cmp -s "$tmp/want" "$tmp/got" || diffs="$diffs csv: $(diff "$tmp/want" "$tmp/got" | head -c 300)"
    [ "$(wc -l <"$tmp/got")" -gt 100 ] || diffs="$diffs csv: only $(wc -l <"$tmp/got") lines"
    [ -z "$diffs" ] && ok "compressed text, $name: --show of 4 articles and the csv of every match equal one index" \
        || bad "compressed text, $name: --show or csv differ" "$diffs"
done

# Issue 13's counts over remote shards: the histogram and stored-field
# counts (Xapian's own value counter, which the stock server runs) and
# exact words equal one index; a suggestion needs spelling data the
# remote protocol does not carry, so there is none and no error.
for k in 1 2; do
    "$index" --db "$tmp/a$k" --quiet --shard "$k/2" --exact-words --spelling --field section "$root/corpus"
done
"$index" --db "$tmp/aone" --quiet --exact-words --spelling --field section "$root/corpus"
serve "$tmp/a1" r1
serve "$tmp/a2" r2
for q in '' 'treaty OR nations' '="united nations"'; do
    "$search" --db "$tmp/aone" --json --limit 3 --snippet-bytes 0 --histogram year --facet section --facet-limit 0 "$q" >"$tmp/want" 2>&1
    "$search" --db "$tmp/a1" --db "tcp://127.0.0.1:$r2" --json --limit 3 --snippet-bytes 0 --histogram year --facet section --facet-limit 0 "$q" >"$tmp/got" 2>&1
    if python3 -c 'import json,sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
k = ("total", "histogram", "histogram_undated", "field_facets")
sys.exit(0 if [a[x] for x in k] == [b[x] for x in k] and [h["id"] for h in a["hits"]] == [h["id"] for h in b["hits"]] else 1)' "$tmp/want" "$tmp/got"; then
        ok "local + remote: histogram, field counts and hits of '$q' equal one index"
    else
        bad "local + remote: '$q' differs" "$(head -c 300 "$tmp/want")" "$(head -c 300 "$tmp/got")"
    fi
done
"$search" --db "tcp://127.0.0.1:$r1" --db "tcp://127.0.0.1:$r2" --json kashmr >"$tmp/got" 2>"$tmp/err"
rc=$?
if [ $rc -eq 0 ] && ! grep -q suggestion "$tmp/got"; then
    ok "two remote shards: a misspelt word gives no suggestion and no error"
else
    bad "remote suggestion: exit $rc" "$(cat "$tmp/err")"
fi

# A shard that is down is a clear error, not a hang.
dead=$(free_port)
"$search" --db "$tmp/s1" --db "tcp://127.0.0.1:$dead" 'x' >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -eq 4 ] && grep -q 'remote shard' "$tmp/err"; then
    ok "unreachable shard: exit 4 with a message"
else
    bad "unreachable shard: exit $rc, want 4" "$(cat "$tmp/err")"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
