#!/usr/bin/env bash
# diskfull.sh - fa-index on a full disk (issue 16 #18): on a small tmpfs
# (needs root and `mount -t tmpfs`; skipped with the reason otherwise), an
# update that does not fit fails with exit 1 and the OS error, reports only
# counts that are true, leaves the old content intact and xapian-check
# clean, and a re-run after space is freed completes. The same for a new
# index that does not fit (nothing is left of it) and for --merge.
# Ends with `N passed, N failed`.
set -u
. "$(dirname "$0")/lib.sh"
need_binaries
need python3 xapian-check xapian-delve timeout

if [ "$(id -u)" != 0 ]; then
    echo "skip: diskfull.sh needs root to mount a small tmpfs"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-diskfull.XXXXXX") || exit 1
mnt=$tmp/mnt
cleanup() { mountpoint -q "$mnt" 2>/dev/null && umount "$mnt"; rm -rf "$tmp"; }
trap cleanup EXIT
cd "$tmp" || exit 1
mkdir "$mnt"
if ! mount -t tmpfs -o size=8m tmpfs "$mnt" 2>mount.err; then
    echo "skip: diskfull.sh: cannot mount a tmpfs: $(head -c 200 mount.err)"
    exit 0
fi

docs() { xapian-delve "$1" 2>/dev/null | sed -n 's/^number of documents = //p'; }

gen_speeches small.jsonl 200 1 a
gen_speeches big.jsonl 3000 2 b

# An update that does not fit.
"$index" --quiet --no-entities --db "$mnt/idx" small.jsonl 2>err || bad "the small index fits" "$(cat err)"
before=$(docs "$mnt/idx")
timeout 120 "$index" --no-entities --db "$mnt/idx" big.jsonl >out 2>err
rc=$?
[ "$rc" = 1 ] && ok "update on a full disk: exit 1" || bad "update on a full disk: exit $rc, want 1" "$(tail -3 err)"
grep -q "No space left on device" err && ok "update on a full disk: the OS error is told" || bad "update on a full disk: no OS error" "$(tail -3 err)"
xapian-check "$mnt/idx" >/dev/null 2>&1 && ok "update on a full disk: xapian-check clean" || bad "update on a full disk: xapian-check" "$(xapian-check "$mnt/idx" 2>&1 | tail -3)"
n=$(docs "$mnt/idx")
"$search" --db "$mnt/idx" amark7 2>/dev/null | grep -q . && [ "${n:-0}" -ge "$before" ] \
    && ok "update on a full disk: the old content is intact" || bad "update on a full disk: old content lost ($n of $before)"
added=$(sed -n 's/^fa-index: \([0-9]*\) added.*/\1/p' err)
[ -n "$added" ] && [ "$((before + added))" = "$n" ] && ok "update on a full disk: the summary's count is true ($added added, holds $n)" \
    || bad "update on a full disk: summary says '$added added', index holds $n (was $before)" "$(tail -2 err)"
if ls "$mnt" | grep -q 'fa-lock'; then bad "update on a full disk: lock file left"; else ok "update on a full disk: no lock file left"; fi

# Freeing space (remount bigger): the same command completes.
mount -o remount,size=64m "$mnt"
timeout 120 "$index" --quiet --no-entities --db "$mnt/idx" big.jsonl 2>err
rc=$?
[ "$rc" = 0 ] && [ "$(docs "$mnt/idx")" = 3200 ] && xapian-check "$mnt/idx" >/dev/null 2>&1 \
    && ok "after freeing space the re-run completes (3200 articles)" || bad "re-run after freeing space: exit $rc, $(docs "$mnt/idx") articles" "$(tail -3 err)"

# A new index (bulk) that does not fit: exit 1, the OS error, nothing left.
rm -rf "${mnt:?}"/*
mount -o remount,size=3m "$mnt"
timeout 120 "$index" --no-entities --db "$mnt/new" big.jsonl >out 2>err
rc=$?
[ "$rc" = 1 ] && grep -q "No space left on device" err && ok "new index on a full disk: exit 1 with the OS error" \
    || bad "new index on a full disk: exit $rc" "$(tail -3 err)"
grep -q "^fa-index: 0 added" err && ok "new index on a full disk: 0 added reported" || bad "new index on a full disk: summary" "$(grep added err)"
[ -z "$(ls -A "$mnt")" ] && ok "new index on a full disk: nothing left" || bad "new index on a full disk: left" "$(ls -A "$mnt")"

# --merge into a full disk: exit 1, nothing left.
"$index" --quiet --no-entities --shard 1/2 --db sh1 big.jsonl 2>/dev/null
"$index" --quiet --no-entities --shard 2/2 --db sh2 big.jsonl 2>/dev/null
timeout 120 "$index" --merge "$mnt/m" sh1 sh2 >out 2>err
rc=$?
[ "$rc" = 1 ] && grep -q "No space left on device" err && [ -z "$(ls -A "$mnt")" ] \
    && ok "--merge on a full disk: exit 1 with the OS error, nothing left" \
    || bad "--merge on a full disk: exit $rc" "$(tail -3 err; ls -A "$mnt")"

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
