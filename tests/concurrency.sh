#!/usr/bin/env bash
# concurrency.sh - fa-search while fa-index writes: every answer must come
# from one committed state of the index.
#
# Builds an index of generated articles (tests/hostile/articles.py: country
# names such as Pakistan, France and Japan, and officials such as "Foreign
# Minister Shah Mahmood Qureshi", so that facets exist), then adds batches
# of new articles with `fa-index --commit-every 20`, one run per batch,
# while a loop runs fa-search --json --facets --facet-limit 0 --limit 0
# over and over: the empty query, `--country PAK ''` and `treaty`.
# Every answer must: exit 0; parse as JSON; for the empty query, have a
# total that is the article count of a committed state (the initial
# count plus a multiple of 20 within a batch, or a batch's end) and never
# less than an earlier answer's; for --country PAK, have a PAK facet
# count equal to the total; have no facet count above the total. At the
# end the index holds every article and passes xapian-check.
#
# Deterministic input (the interleaving of reads and commits is not, but
# every check holds for any interleaving). Builds nothing: uses
# $FA_BUILD/fa-index and fa-search (default build). Needs python3 and
# xapian-check. Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"
INITIAL=600
BATCHES=6
BATCH=1990      # not a multiple of 20: each batch ends with a short commit
EVERY=20


need_binaries
need python3 xapian-check timeout

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-concurrency.XXXXXX") || exit 1
reader=""   # the search loop, until it is waited for
cleanup() {
    [ -n "$reader" ] && kill "$reader" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

db=$tmp/db

# ------------------------------------------------------------- the data

py "$here/hostile/articles.py" "$tmp/init" --count $INITIAL --txt 200 --prefix c >/dev/null || exit 1
for ((b = 1; b <= BATCHES; b++)); do
    py "$here/hostile/articles.py" "$tmp/batch$b" --count $BATCH --txt 400 --prefix c \
        --first $((INITIAL + (b - 1) * BATCH)) --seed "$b" >/dev/null || exit 1
done
final=$((INITIAL + BATCHES * BATCH))

timeout -k 5 120 "$index" --db "$db" "$tmp/init" >/dev/null 2>"$tmp/init.err"
rc=$?
n=$(timeout 60 "$search" --db "$db" --json --limit 0 '' 2>/dev/null |
    py -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null)
pak=$(timeout 60 "$search" --db "$db" --json --limit 0 --country PAK '' 2>/dev/null |
    py -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null)
if [ $rc -eq 0 ] && [ "$n" = $INITIAL ] && [ "${pak:-0}" -gt 0 ]; then
    ok "initial index: $INITIAL articles, $pak about Pakistan"
else
    bad "initial index: exit $rc, '$n' articles, '$pak' about Pakistan; want 0, $INITIAL, some" "$(tail -n 3 "$tmp/init.err")"
    echo "$passed passed, $failed failed (no index; stopping)"
    exit 1
fi

# ------------------------------------------------------ reads and writes

# The reader: round after round of three searches until told to stop.
# Each answer goes to its own file, its exit status into the list.
mkdir "$tmp/answers"
(
    i=0
    while [ ! -e "$tmp/stop" ]; do
        for kind in all pak treaty; do
            case $kind in
                all)    set -- '' ;;
                pak)    set -- --country PAK '' ;;
                treaty) set -- treaty ;;
            esac
            timeout -k 5 60 "$search" --db "$db" --json --facets --facet-limit 0 --limit 0 "$@" \
                >"$tmp/answers/$i.$kind" 2>"$tmp/answers/$i.$kind.err"
            echo "$i $kind $?" >>"$tmp/answers/list"
            i=$((i + 1))
        done
    done
) &
reader=$!

t0=$(date +%s.%N)
wrc=0
for ((b = 1; b <= BATCHES; b++)); do
    timeout -k 5 120 "$index" --db "$db" --commit-every $EVERY "$tmp/batch$b" >/dev/null 2>"$tmp/batch$b.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        wrc=$rc
        bad "batch $b: fa-index exit $rc, want 0" "$(tail -n 3 "$tmp/batch$b.err")"
    fi
done
secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
touch "$tmp/stop"
wait "$reader"
reader=""
[ $wrc -eq 0 ] && ok "$BATCHES batches of $BATCH articles added with --commit-every $EVERY in $secs s"

# ------------------------------------------------------- every answer

py - "$tmp/answers" $INITIAL $BATCHES $BATCH $EVERY >"$tmp/verdict" <<'EOF'
import json, os, sys
d, initial, batches, batch, every = sys.argv[1], *map(int, sys.argv[2:])
states = set()
c = initial
for _ in range(batches):
    states.update(range(c, c + batch, every))
    c += batch
    states.add(c)
runs = {"all": 0, "pak": 0, "treaty": 0}
problems = []
last = {"all": 0, "pak": 0}
seen = set()
for line in open(os.path.join(d, "list")):
    i, kind, rc = line.split()
    runs[kind] += 1
    name = "search %s (%s)" % (i, kind)
    err = open(os.path.join(d, "%s.%s.err" % (i, kind)), errors="replace").read().strip()
    if rc != "0":
        problems.append("%s: exit %s %s" % (name, rc, err[:200]))
        continue
    try:
        a = json.load(open(os.path.join(d, "%s.%s" % (i, kind)), encoding="utf-8"))
        total = a["total"]
        facets = a["facets"]
    except Exception as e:
        problems.append("%s: output is not the JSON wanted: %s" % (name, e))
        continue
    over = [(f, v["value"], v["count"]) for f in ("country", "official")
            for v in facets.get(f, []) if v["count"] > total]
    if over:
        problems.append("%s: facet counts above the total %d: %s" % (name, total, over[:3]))
    if kind == "all":
        if total not in states:
            problems.append("%s: total %d is no committed state" % (name, total))
        seen.add(total)
    if kind == "pak":
        pak = [v["count"] for v in facets.get("country", []) if v["value"] == "PAK"]
        if pak != [total]:
            problems.append("%s: PAK facet %s, total %d" % (name, pak, total))
    if kind in last:
        if total < last[kind]:
            problems.append("%s: total %d after an earlier %d" % (name, total, last[kind]))
        last[kind] = total
print(sum(runs.values()), runs["all"], runs["pak"], runs["treaty"], len(seen), len(problems))
for p in problems[:20]:
    print(p)
EOF
read -r nsearch nall npak ntreaty nstates nproblems <"$tmp/verdict"
echo "concurrency.sh: $nsearch searches during the writes ($nall empty query, $npak --country PAK, $ntreaty treaty); the empty query saw $nstates committed states"
if [ "${nproblems:-x}" = 0 ] && [ "${nsearch:-0}" -ge 30 ] && [ "${nstates:-0}" -ge 5 ]; then
    ok "$nsearch searches, every one exit 0, JSON, consistent"
elif [ "${nproblems:-x}" = 0 ]; then
    bad "the searches did not overlap the writes: ${nsearch:-0} searches (want 30 or more) saw ${nstates:-0} states (want 5 or more)"
else
    bad "${nproblems:-?} of ${nsearch:-?} searches failed or were inconsistent" "$(tail -n +2 "$tmp/verdict")"
fi

# ------------------------------------------------------------- the end

n=$(timeout 60 "$search" --db "$db" --json --limit 0 '' 2>/dev/null |
    py -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null)
if [ "$n" = $final ]; then
    ok "final index: $final articles"
else
    bad "final index: '$n' articles, want $final"
fi
if xapian-check "$db" >"$tmp/check" 2>&1; then
    ok "final index: xapian-check passes"
else
    bad "final index: xapian-check fails" "$(tail -n 5 "$tmp/check")"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
