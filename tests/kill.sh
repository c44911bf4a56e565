#!/usr/bin/env bash
# kill.sh - fa-index killed, interrupted and locked out: what a run leaves
# behind must be a usable index that the same command, run again, brings
# to exactly the right state. Run by hand (make test-kill; a few minutes).
#
# Data: 3000 generated articles (tests/hostile/articles.py): four JSON
# Lines files and 1000 .txt files, distinct ids. A reference build gives
# the run time T; kill points are random times in [0.2 s, min(3 s, T)].
#
# SIGKILL at random points (five runs): a fresh index killed, the same
# index killed again while it is re-run, two more fresh indexes (one with
# --threads 1), and an update of a full index with changed articles.
# After each kill: the index opens (fa-search) and passes xapian-check (if
# the folder exists yet). After the last kill on an index: the same command
# exits 0 with exactly 3000 articles, no DIR.fa-* folder is left beside
# the index, and a second run reports `0 added, 0 replaced, 3000 unchanged`.
# SIGKILL at two fixed points of a bulk build: while the temporary indexes
# are compacted (DIR.fa-new.* exists) and just after the compacted index
# was moved into place (DIR.fa-new.* gone); the same checks follow.
# SIGTERM and SIGINT: exit 8, the index holds what was read, xapian-check
# passes, the same command finishes the job; once in the middle of a
# folder, once while fa-index waits on standard input (a FIFO).
# SIGKILL in the bulk swap's window and during --merge (at the test-only
# pause points FA_TEST_PAUSE=swap and =merge, and for --merge once at a
# random time): the index opens, xapian-check passes, the retry completes
# and nothing is left beside the index or OUT.
# A second fa-index on an index another one is writing (new or full):
# exit 7 at once, with 'locked' in its message; the first one finishes.
#
# The kill times come from a seed, printed at the start; FA_SEED=N replays
# the same times (what the indexer had done by then still depends on the
# machine's speed, so the phase each kill hit is printed too). Builds
# nothing: uses $FA_BUILD/fa-index and fa-search (default build). Needs
# python3, xapian-check (xapian-tools), timeout, mkfifo, Linux /proc.
# Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"
seed=${FA_SEED:-$RANDOM}
N=3000
limit=300   # seconds any one run may take

note() { printf '     %s\n' "$@"; }

need_binaries
need python3 xapian-check timeout mkfifo
case $seed in
    ''|*[!0-9]*) echo "kill.sh: FA_SEED must be a number" >&2; exit 1 ;;
esac
echo "kill.sh: seed $seed (FA_SEED=$seed to replay the kill times)"
RANDOM=$seed

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-kill.XXXXXX") || exit 1
bg=""   # the fa-index running in the background, until it is waited for
cleanup() {
    exec 7>&- 2>/dev/null
    [ -n "$bg" ] && kill -KILL "$bg" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM


data=$tmp/in
n=$(py "$here/hostile/articles.py" "$data" --count $N --txt 1000 --words 800 --rev 1 --seed 1) || exit 1
echo "kill.sh: $n articles in $data"

# ---------------------------------------------------------------- helpers

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# The total of a --json search, or nothing when the search fails:
# total DB [fa-search args...]
total() {
    local db=$1
    shift
    timeout -k 5 60 "$search" --db "$db" --json --limit 0 "$@" 2>/dev/null |
        py -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null
}

# What lies beside DB: the names of DB.fa-* folders, one line.
beside() {
    local f out=""
    for f in "$1".fa-*; do
        [ -e "$f" ] && out="$out ${f##*/}"
    done
    printf '%s' "${out# }"
}

# run NAME DB [options...]: the indexing command of this test, in the
# foreground: fa-index --db DB [options] $data. Sets rc; stderr in $tmp/NAME.err.
run() {
    local name=$1 db=$2
    shift 2
    timeout -k 5 "$limit" "$index" --db "$db" "$@" "$data" >/dev/null 2>"$tmp/$name.err"
    rc=$?
}

# The random kill time in milliseconds, in [200, hi_ms].
kill_ms() { echo $(( (RANDOM * 32768 + RANDOM) % (hi_ms - 199) + 200 )); }
ms_to_s() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# check_open LABEL DB: after a kill, the index opens and passes xapian-check,
# or does not exist yet.
check_open() {
    local label=$1 db=$2 t
    if [ ! -e "$db" ]; then
        ok "$label: no index yet (killed before it was created)"
        return
    fi
    t=$(total "$db" '')
    if [ -n "$t" ]; then
        ok "$label: the index opens ($t articles)"
    else
        bad "$label: fa-search cannot open the index" "$(timeout 60 "$search" --db "$db" '' 2>&1 | head -n 3)"
    fi
    if xapian-check "$db" >"$tmp/check" 2>&1; then
        ok "$label: xapian-check passes"
    else
        bad "$label: xapian-check fails" "$(tail -n 5 "$tmp/check")"
    fi
}

# finish LABEL DB [options...]: the same command run again completes with
# exit 0 and N articles, leaves no DB.fa-* behind, and a second run
# changes nothing.
finish() {
    local label=$1 db=$2 t s
    shift 2
    run finish "$db" "$@"
    t=$(total "$db" '')
    if [ $rc -eq 0 ] && [ "$t" = "$N" ]; then
        ok "$label: re-run exits 0 with $N articles"
    else
        bad "$label: re-run: exit $rc, '$t' articles; want exit 0 and $N" "$(tail -n 5 "$tmp/finish.err")"
    fi
    grep -h 'recovered' "$tmp/finish.err" | sed 's/^/     /'
    s=$(beside "$db")
    if [ -z "$s" ]; then
        ok "$label: nothing left beside the index"
    else
        bad "$label: left beside the index after a successful run: $s"
    fi
    run finish2 "$db" "$@"
    if [ $rc -eq 0 ] && grep -q " 0 added, 0 replaced, $N unchanged," "$tmp/finish2.err"; then
        ok "$label: second re-run: 0 added, 0 replaced, $N unchanged"
    else
        bad "$label: second re-run: exit $rc, want 0 and '0 added, 0 replaced, $N unchanged'" "$(tail -n 3 "$tmp/finish2.err")"
    fi
    if xapian-check "$db" >"$tmp/check" 2>&1; then
        ok "$label: xapian-check passes after the re-runs"
    else
        bad "$label: xapian-check fails after the re-runs" "$(tail -n 5 "$tmp/check")"
    fi
}

# killrun LABEL DB [options...]: start the indexing command, SIGKILL it
# at a random point, then check_open.
killrun() {
    local label=$1 db=$2 ms pid state krc
    shift 2
    ms=$(kill_ms)
    "$index" --db "$db" "$@" "$data" >/dev/null 2>"$tmp/kill.err" &
    pid=$!
    bg=$pid
    sleep "$(ms_to_s "$ms")"
    state=$(beside "$db")
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    krc=$?
    bg=""
    if [ $krc -eq 137 ]; then
        echo "kill.sh: $label: SIGKILL after $(ms_to_s "$ms") s; beside the index: ${state:-nothing}"
    elif [ $krc -eq 0 ]; then
        echo "kill.sh: $label: the run finished (exit 0) before the kill at $(ms_to_s "$ms") s"
    else
        bad "$label: the run failed on its own before the kill: exit $krc" "$(tail -n 3 "$tmp/kill.err")"
    fi
    check_open "$label" "$db"
}

# wait_for PID WHAT ARG: wait (up to 60 s) until the process has the index
# ARG locked (WHAT=lock: its flintlock is open) or until ARG exists
# (WHAT=glob: a shell pattern). Fails when the process ends first.
wait_for() {
    local pid=$1 what=$2 arg=$3 i f
    for ((i = 0; i < 6000; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        if [ "$what" = lock ]; then
            for f in /proc/"$pid"/fd/*; do
                [ "$(readlink "$f" 2>/dev/null)" = "$arg/flintlock" ] && return 0
            done
        else
            for f in $arg; do
                [ -e "$f" ] && return 0
            done
        fi
        sleep 0.01
    done
    return 1
}

# ------------------------------------------------------- reference build

t0=$(now)
run ref "$tmp/ref"
T=$(since "$t0")
if [ $rc -eq 0 ] && [ "$(total "$tmp/ref" '')" = $N ]; then
    ok "reference build: exit 0, $N articles in $T s"
else
    bad "reference build: exit $rc, want 0 and $N articles" "$(tail -n 5 "$tmp/ref.err")"
    echo "$passed passed, $failed failed (no reference build; stopping)"
    exit 1
fi
hi_ms=$(awk -v t="$T" 'BEGIN { m = int(t * 1000); if (m > 3000) m = 3000; if (m < 300) m = 300; print m }')
echo "kill.sh: kill points in [0.2, $(ms_to_s "$hi_ms")] s"
rm -rf "$tmp/ref"

# ------------------------------------------------- SIGKILL, random points

killrun "kill 1 (new index)" "$tmp/a"
killrun "kill 2 (same index, re-run)" "$tmp/a"
finish "index a" "$tmp/a"

killrun "kill 3 (new index)" "$tmp/b"
finish "index b" "$tmp/b"

killrun "kill 4 (new index, --threads 1)" "$tmp/c" --threads 1
finish "index c" "$tmp/c" --threads 1

# Every article changes (same files, same ids, new text): an update of a
# full index, killed; the re-run must leave every article at revision 2.
py "$here/hostile/articles.py" "$data" --count $N --txt 1000 --words 800 --rev 2 --seed 1 >/dev/null
killrun "kill 5 (update of a full index)" "$tmp/a"
finish "index a, revision 2" "$tmp/a"
t1=$(total "$tmp/a" rev1)
t2=$(total "$tmp/a" rev2)
if [ "$t1" = 0 ] && [ "$t2" = $N ]; then
    ok "index a: every article at revision 2"
else
    bad "index a: '$t1' articles at revision 1 and '$t2' at revision 2; want 0 and $N"
fi

# ------------------------------------------- SIGKILL, fixed points

# pollkill WHEN DB [options...]: start the indexing command and SIGKILL it
# the moment WHEN happens: "new" = DB.fa-new.* appears (compaction under
# way), "swap" = DB.fa-new.* has appeared and is gone again (moved into
# place; the temporary indexes not yet removed). Polled in a tight loop.
pollkill() {
    local when=$1 db=$2
    shift 2
    py - "$when" "$db" "$tmp/kill.err" "$index" --db "$db" "$@" "$data" <<'EOF'
import glob, os, signal, subprocess, sys, time
when, db, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(err, "w"))
seen = False
t0 = time.time()
while p.poll() is None and time.time() - t0 < 300:
    new = glob.glob(db + ".fa-new.*")
    if when == "new" and new:
        break
    if when == "swap":
        if new:
            seen = True
        elif seen:
            break
    time.sleep(0.0001)
if p.poll() is None:
    p.send_signal(signal.SIGKILL)
rc = p.wait()
left = " ".join(sorted(os.path.basename(f) for f in glob.glob(db + ".fa-*")))
print("%d %.2f %s" % (rc, time.time() - t0, left or "nothing"))
EOF
}

for when in new swap; do
    rm -rf "${tmp:?}/d"
    read -r krc secs left < <(pollkill "$when" "$tmp/d")
    label="kill at '$when'"
    if [ "$krc" = -9 ]; then
        echo "kill.sh: $label: SIGKILL after $secs s; beside the index: $left"
    else
        bad "$label: the run ended (exit $krc) before the kill point was seen" "$(tail -n 3 "$tmp/kill.err")"
    fi
    check_open "$label" "$tmp/d"
    finish "$label" "$tmp/d"
    for f in "$tmp"/d.fa-*; do
        [ -e "$f" ] && rm -rf "$f"   # so the next case starts clean
    done
done

# --------------------------------------------------------- SIGTERM, SIGINT

# sigrun LABEL SIGNAL DB DELAY_MS: start the indexing command, wait until
# it holds the index and DELAY_MS more, send SIGNAL. Sets rc.
sigrun() {
    local label=$1 sig=$2 db=$3 delay=$4 pid
    "$index" --db "$db" "$data" >/dev/null 2>"$tmp/sig.err" &
    pid=$!
    bg=$pid
    if ! wait_for "$pid" lock "$db"; then
        wait "$pid"
        rc=$?
        bg=""
        bad "$label: the run ended (exit $rc) before it could be signalled" "$(tail -n 3 "$tmp/sig.err")"
        return 1
    fi
    sleep "$(ms_to_s "$delay")"
    kill -"$sig" "$pid" 2>/dev/null
    wait "$pid"
    rc=$?
    bg=""
}

# expect_interrupted LABEL DB MIN: exit 8, the message, at least MIN
# articles, xapian-check.
expect_interrupted() {
    local label=$1 db=$2 min=$3 t
    t=$(total "$db" '')
    if [ $rc -eq 8 ] && grep -q 'interrupted' "$tmp/sig.err"; then
        ok "$label: exit 8, 'interrupted' reported"
    else
        bad "$label: exit $rc, want 8 and an 'interrupted' message" "$(tail -n 3 "$tmp/sig.err")"
    fi
    if [ -n "$t" ] && [ "$t" -ge "$min" ] && [ "$t" -le $N ]; then
        ok "$label: the index holds $t articles (what was read)"
    else
        bad "$label: the index holds '$t' articles; want $min to $N"
    fi
    if xapian-check "$db" >"$tmp/check" 2>&1; then
        ok "$label: xapian-check passes"
    else
        bad "$label: xapian-check fails" "$(tail -n 5 "$tmp/check")"
    fi
}

tq=$(awk -v t="$T" 'BEGIN { m = int(t * 1000 / 3); print (m < 100 ? 100 : m) }')
if sigrun "SIGTERM (new index, mid-folder)" TERM "$tmp/e" "$tq"; then
    expect_interrupted "SIGTERM (new index, mid-folder)" "$tmp/e" 1
    finish "SIGTERM (new index, mid-folder)" "$tmp/e"
fi

# An update of a full index (b, revision 1, from the revision-2 files).
if sigrun "SIGINT (update, mid-folder)" INT "$tmp/b" "$tq"; then
    expect_interrupted "SIGINT (update, mid-folder)" "$tmp/b" $N
    t2=$(total "$tmp/b" rev2)
    [ "${t2:-0}" -gt 0 ] && [ "$t2" -lt $N ] &&
        note "$t2 articles updated to revision 2 before SIGINT"
    finish "SIGINT (update, mid-folder)" "$tmp/b"
    [ "$(total "$tmp/b" rev2)" = $N ] || bad "SIGINT (update): not every article at revision 2 after the re-run"
fi

# fifo_start DB: start `fa-index --db DB -` reading a FIFO held open on fd
# 7; sets fpid. The caller writes lines to fd 7 and closes it.
fifo_start() {
    local fifo=$tmp/fifo
    rm -f "$fifo"
    mkfifo "$fifo"
    "$index" --db "$1" - <"$fifo" >/dev/null 2>"$tmp/fifo.err" &
    fpid=$!
    bg=$fpid
    exec 7>"$fifo"
}

# 50 JSON lines for standard input.
lines() {
    local i
    for ((i = 0; i < 50; i++)); do
        printf '{"id":"stdin-%03d","text":"Line %d from standard input, about Pakistan."}\n' "$i" "$i"
    done
}

# SIGTERM while fa-index waits for more of standard input: all 50 lines
# read, then nothing more; what was read is committed.
fifo_start "$tmp/f"
lines >&7
if wait_for "$fpid" lock "$tmp/f"; then
    sleep 1
    kill -TERM "$fpid"
fi
wait "$fpid"
rc=$?
bg=""
exec 7>&-
cp "$tmp/fifo.err" "$tmp/sig.err"
# (The 50 lines were written to the pipe a second before the signal: they
# were read, so they must be committed.)
expect_interrupted "SIGTERM (waiting on standard input)" "$tmp/f" 50
lines | timeout -k 5 "$limit" "$index" --db "$tmp/f" - >/dev/null 2>"$tmp/fifo.err"
rc=$?
t=$(total "$tmp/f" '')
if [ $rc -eq 0 ] && [ "$t" = 50 ] && [ -z "$(beside "$tmp/f")" ]; then
    ok "SIGTERM (waiting on standard input): re-run exits 0 with 50 articles, nothing left beside"
else
    bad "SIGTERM (waiting on standard input): re-run: exit $rc, '$t' articles, beside: '$(beside "$tmp/f")'; want 0, 50, nothing" \
        "$(tail -n 3 "$tmp/fifo.err")"
fi

# ---------------------------------------------------------------- pause points

# wait_file FILE PID: until FILE exists (60 s), while PID lives.
wait_file() {
    local i
    for i in $(seq 1 600); do
        [ -e "$1" ] && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# SIGKILL in the bulk swap's window (the target closed, its lock file
# held, the renames not done): the index opens, and the same command
# recovers and completes.
db=$tmp/sw
rm -f "$tmp/pause"
# (fa-index itself in the background, not under timeout: the kill must
# reach it, and the pause waits on the marker, not forever.)
FA_TEST_PAUSE=swap FA_TEST_PAUSE_FILE=$tmp/pause \
    "$index" --db "$db" "$data" >/dev/null 2>"$tmp/swap.err" &
bg=$!
if wait_file "$tmp/pause" "$bg"; then
    note "swap window: beside the index when killed: $(beside "$db")"
    kill -KILL "$bg"
    wait "$bg" 2>/dev/null
    bg=""
    rm -f "$tmp/pause"
    check_open "SIGKILL in the swap window" "$db"
    finish "SIGKILL in the swap window" "$db"
else
    bad "swap window: the pause point was never reached" "$(tail -n 3 "$tmp/swap.err")"
    wait "$bg" 2>/dev/null
    bg=""
fi

# SIGKILL during --merge: once at the pause point (the compaction written
# beside OUT, not yet renamed), once at a random time in the merge. OUT
# does not exist after either; the retry completes with nothing left.
run shard1 "$tmp/sh1" --shard 1/2
run shard2 "$tmp/sh2" --shard 2/2
t0=$(now)
timeout -k 5 "$limit" "$index" --quiet --merge "$tmp/mref" "$tmp/sh1" "$tmp/sh2" 2>"$tmp/merge.err"
merge_ms=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%d", (b - a) * 1000 }')
[ "$merge_ms" -ge 1 ] || merge_ms=1
for how in pause random; do
    out=$tmp/merged-$how
    if [ $how = pause ]; then
        FA_TEST_PAUSE=merge FA_TEST_PAUSE_FILE=$tmp/pause \
            "$index" --quiet --merge "$out" "$tmp/sh1" "$tmp/sh2" 2>"$tmp/merge.err" &
        bg=$!
        wait_file "$tmp/pause" "$bg" || bad "merge: the pause point was never reached" "$(cat "$tmp/merge.err")"
    else
        "$index" --quiet --merge "$out" "$tmp/sh1" "$tmp/sh2" 2>"$tmp/merge.err" &
        bg=$!
        ms=$(( (RANDOM * 32768 + RANDOM) % merge_ms ))
        sleep "$(ms_to_s "$ms")"
        note "merge: SIGKILL after $(ms_to_s "$ms") s of a ${merge_ms} ms merge; beside OUT: $(beside "$out")"
    fi
    kill -KILL "$bg" 2>/dev/null
    wait "$bg" 2>/dev/null
    bg=""
    rm -f "$tmp/pause"
    if [ $how = pause ] && [ -e "$out" ]; then
        bad "SIGKILL during --merge ($how): OUT exists"
    elif [ -e "$out" ]; then
        check_open "SIGKILL during --merge ($how, finished before the kill)" "$out"
        rm -rf "$out"
    else
        ok "SIGKILL during --merge ($how): no OUT"
    fi
    timeout -k 5 "$limit" "$index" --quiet --merge "$out" "$tmp/sh1" "$tmp/sh2" 2>"$tmp/merge.err"
    rc=$?
    t=$(total "$out" '')
    if [ $rc -eq 0 ] && [ "$t" = "$N" ] && xapian-check "$out" >/dev/null 2>&1; then
        ok "SIGKILL during --merge ($how): the retry exits 0 with $N articles, xapian-check passes"
    else
        bad "SIGKILL during --merge ($how): retry exit $rc, '$t' articles" "$(tail -n 3 "$tmp/merge.err")"
    fi
    s=$(beside "$out")
    [ -z "$s" ] && ok "SIGKILL during --merge ($how): nothing left beside OUT" \
        || bad "SIGKILL during --merge ($how): left beside OUT: $s"
done

# ---------------------------------------------------------------- locks

# A second writer, while the first waits on standard input (so it holds
# the lock for as long as we like): on a new index and on a full one.
for db in "$tmp/g" "$tmp/a"; do
    label="second writer ($([ "$db" = "$tmp/a" ] && echo "full index" || echo "new index"))"
    before=$(total "$db" '' 2>/dev/null)
    fifo_start "$db"
    if wait_for "$fpid" lock "$db"; then
        t0=$(now)
        timeout -k 5 60 "$index" --db "$db" "$data" >/dev/null 2>"$tmp/second.err"
        rc=$?
        secs=$(since "$t0")
        if [ $rc -eq 7 ] && grep -q 'locked' "$tmp/second.err" &&
           awk -v s="$secs" 'BEGIN { exit !(s < 2) }'; then
            ok "$label: exit 7 in $secs s, '$(head -n 1 "$tmp/second.err")'"
        else
            bad "$label: exit $rc after $secs s; want 7 at once with 'locked'" "$(head -n 3 "$tmp/second.err")"
        fi
    else
        bad "$label: the first fa-index never held the lock" "$(tail -n 3 "$tmp/fifo.err")"
    fi
    printf '{"id":"locked-one","text":"The one article of the first writer."}\n' >&7
    exec 7>&-
    wait "$fpid"
    rc=$?
    bg=""
    t=$(total "$db" '')
    want=$(( ${before:-0} + 1 ))
    if [ $rc -eq 0 ] && [ "$t" = "$want" ] && xapian-check "$db" >/dev/null 2>&1; then
        ok "$label: the first writer finishes (exit 0, $t articles, xapian-check passes)"
    else
        bad "$label: the first writer: exit $rc, '$t' articles; want 0 and $want" "$(tail -n 3 "$tmp/fifo.err")"
    fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
