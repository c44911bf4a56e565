#!/usr/bin/env bash
# bulk.sh - the bulk build's and --merge's life on disk (issue 16): the
# lock held through the swap window (#2), an interrupted or failed merge
# that leaves nothing (#3), a symlinked --db (#5), a trailing slash (#7),
# and a new index removed when every input path was missing. The windows
# are hit deterministically with fa-index's test-only pause points
# (FA_TEST_PAUSE, see indexer/pause.h). Ends with `N passed, N failed`.
set -u
. "$(dirname "$0")/lib.sh"
need_binaries
need python3 xapian-check timeout

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-bulk.XXXXXX") || exit 1
bg=
cleanup() { [ -n "$bg" ] && kill "$bg" 2>/dev/null; chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
cd "$tmp" || exit 1

# wait_for FILE: up to 60 s for FILE to appear.
wait_for() {
    local i
    for i in $(seq 1 "${FA_TEST_WAIT:-600}"); do [ -e "$1" ] && return 0; sleep 0.1; done
    return 1
}
count() { "$search" --db "$1" --count '' 2>/dev/null || "$search" --db "$1" --format json -n 0 '' 2>/dev/null | head -c 200; }
holds() { # holds DB N: xapian-check clean and N documents
    xapian-check "$1" >/dev/null 2>&1 || return 1
    [ "$(xapian-delve "$1" 2>/dev/null | sed -n 's/^number of documents = //p')" = "$2" ]
}
leftovers() { ls -d "$@" 2>/dev/null | head; }

gen_speeches speeches.jsonl 300 1 s
n=300

# #2: a second fa-index in the first one's swap window is refused (7) and
# deletes nothing; the first completes with every article.
FA_TEST_PAUSE=swap FA_TEST_PAUSE_FILE="$tmp/swap.pause" \
    "$index" --quiet --no-entities --threads 2 --db idx speeches.jsonl >first.out 2>&1 &
bg=$!
if ! wait_for swap.pause; then
    bad "swap window: the pause point was never reached" "$(cat first.out)"
else
    timeout 60 "$index" --quiet --no-entities --db idx speeches.jsonl >second.out 2>&1
    rc=$?
    [ "$rc" = 7 ] && grep -q "locked" second.out && ok "swap window: a second writer exits 7" \
        || bad "swap window: a second writer exits $rc, want 7" "$(cat second.out)"
    [ -n "$(leftovers idx.fa-new.*)" ] && ok "swap window: the second writer deleted nothing" \
        || bad "swap window: the first writer's new index is gone"
    rm -f swap.pause
fi
wait "$bg"
rc=$?
bg=
[ "$rc" = 0 ] && ok "swap window: the first writer completes" || bad "swap window: first writer exit $rc" "$(cat first.out)"
holds idx $n && ok "swap window: index holds all $n, xapian-check clean" || bad "swap window: index incomplete" "$(xapian-delve idx 2>&1 | head -3)"
[ -z "$(leftovers idx.fa-*)" ] && ok "swap window: nothing left beside the index" || bad "swap window: leftovers" "$(leftovers idx.fa-*)"

# Neighbour: --delete while a bulk build is in its swap window is refused too.
FA_TEST_PAUSE=swap FA_TEST_PAUSE_FILE="$tmp/swap.pause" \
    "$index" --quiet --no-entities --threads 2 --db idx2 speeches.jsonl >first.out 2>&1 &
bg=$!
if wait_for swap.pause; then
    timeout 60 "$index" --quiet --db idx2 --delete s1 >second.out 2>&1
    rc=$?
    [ "$rc" = 7 ] && ok "swap window: --delete exits 7" || bad "swap window: --delete exits $rc, want 7" "$(cat second.out)"
    rm -f swap.pause
fi
wait "$bg"; bg=
holds idx2 $n && ok "swap window: after --delete was refused, index holds all $n" || bad "swap window (--delete): index incomplete"

# Shards to merge.
"$index" --quiet --no-entities --shard 1/2 --db sh1 speeches.jsonl 2>/dev/null
"$index" --quiet --no-entities --shard 2/2 --db sh2 speeches.jsonl 2>/dev/null

# #3: SIGTERM during --merge exits 8 and leaves nothing; the retry works.
FA_TEST_PAUSE=merge FA_TEST_PAUSE_FILE="$tmp/merge.pause" \
    "$index" --quiet --merge merged sh1 sh2 >merge.out 2>&1 &
bg=$!
if ! wait_for merge.pause; then
    bad "merge: the pause point was never reached" "$(cat merge.out)"
    kill "$bg"
else
    kill -TERM "$bg"
fi
wait "$bg"
rc=$?
bg=
rm -f merge.pause
[ "$rc" = 8 ] && ok "merge: SIGTERM exits 8" || bad "merge: SIGTERM exits $rc, want 8" "$(cat merge.out)"
[ ! -e merged ] && [ -z "$(leftovers merged.fa-*)" ] && ok "merge: SIGTERM leaves nothing" \
    || bad "merge: SIGTERM left" "$(leftovers merged merged.fa-*)"
timeout 60 "$index" --quiet --merge merged sh1 sh2 >merge.out 2>&1
rc=$?
[ "$rc" = 0 ] && holds merged $n && ok "merge: the retry after SIGTERM completes" \
    || bad "merge: retry exit $rc" "$(cat merge.out)"

# A merge left by SIGKILL in the same place: the retry removes its folder.
FA_TEST_PAUSE=merge FA_TEST_PAUSE_FILE="$tmp/merge.pause" \
    "$index" --quiet --merge merged2 sh1 sh2 >merge.out 2>&1 &
bg=$!
wait_for merge.pause && kill -KILL "$bg"
wait "$bg" 2>/dev/null; bg=; rm -f merge.pause
[ ! -e merged2 ] && ok "merge: SIGKILL leaves no OUT" || bad "merge: SIGKILL left OUT"
timeout 60 "$index" --quiet --merge merged2 sh1 sh2 >merge.out 2>&1
rc=$?
[ "$rc" = 0 ] && holds merged2 $n && [ -z "$(leftovers merged2.fa-*)" ] \
    && ok "merge: the retry after SIGKILL completes, no leftovers" \
    || bad "merge: retry after SIGKILL exit $rc" "$(cat merge.out; leftovers merged2.fa-*)"

# A merge that fails leaves nothing: into a read-only folder, and with a
# shard of another language.
mkdir ro && chmod a-w ro
if [ "$(id -u)" != 0 ]; then
    timeout 60 "$index" --quiet --merge ro/m sh1 sh2 >merge.out 2>&1
    rc=$?
    [ "$rc" = 1 ] && [ -z "$(ls -A ro)" ] && ok "merge: into a read-only folder fails, leaves nothing" \
        || bad "merge: read-only folder: exit $rc" "$(cat merge.out; ls -A ro)"
fi
"$index" --quiet --no-entities --language french --db fr speeches.jsonl 2>/dev/null
timeout 60 "$index" --quiet --merge mixed sh1 fr >merge.out 2>&1
rc=$?
[ "$rc" != 0 ] && [ ! -e mixed ] && [ -z "$(leftovers mixed.fa-*)" ] \
    && ok "merge: shards that disagree fail ($rc), nothing left" \
    || bad "merge: shards that disagree: exit $rc" "$(cat merge.out; leftovers mixed mixed.fa-*)"
# A merge whose compaction fails (a shard is not an index) leaves nothing.
mkdir notidx
timeout 60 "$index" --quiet --merge junk sh1 notidx >merge.out 2>&1
rc=$?
[ "$rc" != 0 ] && [ ! -e junk ] && [ -z "$(leftovers junk.fa-*)" ] \
    && ok "merge: a shard that is no index fails ($rc), nothing left" \
    || bad "merge: bad shard: exit $rc" "$(cat merge.out; leftovers junk junk.fa-*)"

# #5: a symlinked --db stays a link; the index is in its target.
mkdir real && ln -s real link
timeout 60 "$index" --quiet --no-entities --db link speeches.jsonl >out 2>&1
rc=$?
[ "$rc" = 0 ] && [ -L link ] && holds real $n && ok "symlinked --db: link kept, index in its target" \
    || bad "symlinked --db: exit $rc" "$(cat out; ls -la)"
a=$("$search" --db link smark7 2>&1 | grep -c .); b=$("$search" --db real smark7 2>&1 | grep -c .)
[ "$a" -gt 0 ] && [ "$a" = "$b" ] && ok "symlinked --db: searchable through both" || bad "symlinked --db: search $a vs $b"
timeout 60 "$index" --quiet --no-entities --db link speeches.jsonl >out 2>&1
[ $? = 0 ] && [ -L link ] && holds real $n && ok "symlinked --db: an update through the link" || bad "symlinked --db: update" "$(cat out)"
ln -s nowhere dangling
timeout 60 "$index" --quiet --no-entities --db dangling speeches.jsonl >out 2>&1
rc=$?
[ "$rc" = 2 ] && [ -L dangling ] && [ ! -e nowhere ] && ok "dangling --db link refused (2)" || bad "dangling --db link: exit $rc" "$(cat out)"

# #7: a trailing slash, for a new index and for an update.
timeout 60 "$index" --quiet --no-entities --db new/ speeches.jsonl >out 2>&1
rc=$?
[ "$rc" = 0 ] && holds new $n && ok "--db new/ builds a new index" || bad "--db new/: exit $rc" "$(cat out)"
timeout 60 "$index" --quiet --no-entities --db new// speeches.jsonl >out 2>&1
rc=$?
[ "$rc" = 0 ] && holds new $n && ok "--db new// updates it" || bad "--db new//: exit $rc" "$(cat out)"
timeout 60 "$index" --quiet --merge merged3/ sh1 sh2 >out 2>&1
rc=$?
[ "$rc" = 0 ] && holds merged3 $n && ok "--merge OUT/ works" || bad "--merge OUT/: exit $rc" "$(cat out)"

# Issue 12's neighbour: every input path missing leaves no new index.
timeout 60 "$index" --no-entities --db typo.db /nonexistent/x.jsonl >out 2>&1
rc=$?
[ "$rc" = 3 ] && [ ! -e typo.db ] && [ -z "$(leftovers typo.db.fa-*)" ] && ok "missing input: no new index left" \
    || bad "missing input: exit $rc" "$(cat out; ls -d typo.db*)"
mkdir empty
timeout 60 "$index" --quiet --no-entities --db emptyok empty >out 2>&1
rc=$?
[ "$rc" = 0 ] && [ -d emptyok ] && ok "an empty folder still makes an empty index (0)" || bad "empty folder: exit $rc" "$(cat out)"
timeout 60 "$index" --quiet --no-entities --db emptyok /nonexistent/x.jsonl >out 2>&1
rc=$?
[ "$rc" = 3 ] && [ -d emptyok ] && ok "missing input: an existing (empty) index is kept" || bad "missing input, existing index: exit $rc" "$(cat out)"
[ -z "$(ls -d ./*.fa-lock 2>/dev/null)" ] && ok "no lock file is left behind" || bad "lock files left" "$(ls -d ./*.fa-lock)"

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
