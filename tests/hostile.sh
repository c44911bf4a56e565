#!/usr/bin/env bash
# hostile.sh - bad input for the real fa-index and fa-search binaries.
# Each indexer case writes a small folder (a bad file next to a good
# article, or bad lines next to good ones) into a temporary directory,
# indexes it into an index of its own, and checks:
#   - the exit status (never a crash: 128 or more fails the case, as does a
#     hang past the time limit), 3 where input was skipped or repaired, 0
#     where the input is legitimately fine (the table below);
#   - a message on stderr, `fa-index: PATH[:LINE]: what is wrong`, naming
#     the file, the JSON line and the problem; with exit 0, no message but
#     the summary line;
#   - the number of articles in the index (fa-search --json --limit 0 '')
#     and that the good articles, and the good words of a repaired one,
#     are found;
#   - fa-search --json over the whole index parses (python3 -m json.tool),
#     and xapian-check passes on the index.
# Then every small case folder is indexed again in one run, and fa-search
# gets hostile queries and options (exit 0, 2 or 5 as stated, never a
# crash, JSON that parses).
#
#   case              exit  why
#   utf8-txt/-jsonl      3  invalid UTF-8 repaired (U+FFFD), reported
#   nul-txt              3  NUL in the first 4 KB: binary, skipped; a later NUL: removed
#   nul-json             3  "\u0000" in a JSON string: removed, reported
#   bom-txt, bom-jsonl   0  a UTF-8 BOM is dropped (README: Text)
#   crlf-txt/-jsonl      0  CRLF becomes LF
#   empty-txt            3  an empty .txt has no text: skipped
#   empty-jsonl          0  an empty .jsonl holds no articles: nothing wrong
#   blank-lines          3  blank lines are fine; the bad line after them is
#                           reported with its own line number
#   big-txt              0  a 50 MB article is under the 64 MiB default limit
#   long-line            3  a 100 MB line: refused, limit named, next line
#                           indexed; with the default limit, peak RSS < 400 MB
#   malformed/types/
#   not-object           3  skipped lines, reported with their line numbers
#   dup-bulk/-update     0  a duplicate id replaces its earlier copy (README)
#   trunc-gz             3  the lines before the cut are indexed
#   not-gz, gz-bomb      3  refused, the limit or the format named
#   binary               3  random bytes: skipped or repaired, reported
#   unreadable           3  dangling symlink, self-loop reported; a folder
#                           named x.txt is walked as a folder; a FIFO skipped
#   symlink-loop         3  reported, the walk finishes
#   many-files           0  100,000 small .txt files, timed
#   dates                3  reported, indexed without a date
#   long-id              3  skipped, reported
#   bigint-id          0/3  two different integer ids must not merge: 0 when
#                           both are indexed, 3 when both lines are reported
#   feed-bomb            3  billion laughs: refused at once, bounded memory
#   feed-xxe             0  an external entity (file, http) is never read
#   feed-deep            3  nesting 100,000 deep: libxml2's depth limit, reported
#   feed-broken          3  a broken item reported by number, the rest indexed
#   warc-damage          3  a 1 GB claimed Content-Length, a cut last record:
#                           reported with the record's offset, earlier pages kept
#   binary-new           3  random bytes as .rss/.atom/.html/.warc/.warc.gz and
#                           as a WARC page's gzip body: reported, nothing indexed
#
# Deterministic: random bytes come from a seeded generator (FA_SEED=N to
# use another seed; the seed is printed). Builds nothing: uses
# $FA_BUILD/fa-index and fa-search (FA_BUILD defaults to build). Needs
# python3, gzip, xapian-check (xapian-tools), timeout and /usr/bin/time.
# Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"
seed=${FA_SEED:-1}
limit=120   # seconds any one fa-index or fa-search run may take


need_binaries
need python3 gzip xapian-check timeout /usr/bin/time
# The limit catches hangs, not slowness: AddressSanitizer runs fa about
# three times slower (100,000 files took 122 s on a 2-core VM), so a
# sanitizer build gets three times the time.
if ldd "$index" 2>/dev/null | grep -q libasan; then
    limit=$((limit * 3))
fi
case $seed in
    ''|*[!0-9]*) echo "hostile.sh: FA_SEED must be a number" >&2; exit 1 ;;
esac
echo "hostile.sh: seed $seed (FA_SEED=$seed to replay)"
# The interpreter itself, not a version manager's shim (each start of a
# shim costs more than the fa-search it checks), without site packages.

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-hostile.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/c" "$tmp/heavy" "$tmp/db"

# ---------------------------------------------------------------- helpers

# The "total" of a --json search: total DB [fa-search args...]
total() {
    local db=$1
    shift
    timeout -k 5 "$limit" "$search" --db "$db" --json --limit 0 "$@" 2>/dev/null |
        py -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null
}

doccount() { total "$1" ''; }

# The ids of the hits, one line: ids DB [fa-search args...]
ids() {
    local db=$1
    shift
    timeout -k 5 "$limit" "$search" --db "$db" --json --limit 1000 "$@" 2>/dev/null |
        py -c 'import json, sys; print(" ".join(h["id"] for h in json.load(sys.stdin)["hits"]))' 2>/dev/null
}

# One field of the first hit, Python repr: field DB NAME [fa-search args...]
field() {
    local db=$1 name=$2
    shift 2
    timeout -k 5 "$limit" "$search" --db "$db" --json --limit 1 "$@" 2>/dev/null |
        py -c 'import json, sys; h = json.load(sys.stdin)["hits"]; print(repr(h[0].get(sys.argv[1])) if h else "no hit")' "$name" 2>/dev/null
}

# A good article with the word "gazelle": good DIR ID
good() {
    printf 'Id: %s\nTitle: A good article\n\nThe gazelle envoy arrived in Geneva on time.\n' "$2" >"$1/good-$2.txt"
}

# A good JSON line with the word "gazelle": goodline ID
goodline() {
    printf '{"id":"%s","title":"A good line","text":"The gazelle envoy spoke in Geneva."}\n' "$1"
}

# run_index NAME [fa-index options and paths...]: index into $tmp/db/NAME
# under the time limit; sets rc, stderr in $tmp/NAME.err. The array 'wrap'
# may name a command to run fa-index under (/usr/bin/time).
wrap=()
run_index() {
    local name=$1
    shift
    timeout -k 5 "$limit" ${wrap[@]+"${wrap[@]}"} "$index" --db "$tmp/db/$name" "$@" \
        >"$tmp/$name.out" 2>"$tmp/$name.err"
    rc=$?
    wrap=()
}

# seconds since $t0, one decimal
elapsed() { py -c 'import sys, time; print("%.1f" % (time.time() - float(sys.argv[1])))' "$t0"; }

# peak RSS in MB from a /usr/bin/time -f %M file
rss_mb() { echo $(( $(tail -n 1 "$1" 2>/dev/null | tr -cd '0-9' || echo 0) / 1024 )); }

# why_exit RC WANT: the complaint about an exit status, if any.
why_exit() {
    if [ "$1" -eq 124 ] || [ "$1" -eq 137 ]; then
        echo "hung: killed after $limit s"
    elif [ "$1" -ge 128 ]; then
        echo "crashed: exit $1 (signal $(($1 - 128)))"
    elif [ "$1" -ne "$2" ]; then
        echo "exit $1, want $2"
    fi
}

# verify NAME RC COUNT FIND [REGEX...]: the checks every indexer case
# makes (see the top of the file). FIND is a list of words, each of which
# must find at least one article; a word written !word must find none.
# Each REGEX (grep -E) must match a line of the case's stderr. Extra
# complaints from the caller go in the array 'extra'.
verify() {
    local name=$1 want_rc=$2 want_n=$3 find=$4
    local db=$tmp/db/$name err=$tmp/$name.err why=() n w t re
    shift 4
    w=$(why_exit "$rc" "$want_rc")
    [ -n "$w" ] && why+=("$w")
    if [ ! -d "$db" ]; then
        why+=("no index at $db")
    else
        n=$(doccount "$db")
        [ "$n" = "$want_n" ] || why+=("index holds '${n}' articles, want $want_n")
        for w in $find; do
            case $w in
                !*) t=$(total "$db" "${w#!}")
                    [ "${t:-x}" = 0 ] || why+=("'${w#!}' finds '${t}' articles, want 0") ;;
                *)  t=$(total "$db" "$w")
                    [ "${t:-0}" -ge 1 ] 2>/dev/null || why+=("'$w' finds no article") ;;
            esac
        done
        if ! timeout -k 5 "$limit" "$search" --db "$db" --json --limit 1000 '' 2>/dev/null |
             py -m json.tool >/dev/null 2>&1; then
            why+=("fa-search --json output does not parse")
        fi
        xapian-check "$db" >"$tmp/$name.check" 2>&1 ||
            why+=("xapian-check fails: $(tail -n 3 "$tmp/$name.check" | tr '\n' ' ')")
    fi
    for re in "$@"; do
        grep -Eq -- "$re" "$err" || why+=("no message matching /$re/")
    done
    if [ "$want_rc" -eq 0 ] && grep -v ' added, .* in .* s; index holds' "$err" | grep -q .; then
        why+=("exit 0 wants no message but the summary")
    fi
    if [ ${#extra[@]} -gt 0 ]; then
        why+=("${extra[@]}")
    fi
    extra=()
    if [ ${#why[@]} -eq 0 ]; then
        ok "$name (exit $rc, $want_n articles)"
    else
        bad "$name" "${why[@]}" "stderr:" "$(head -c 1500 "$err")"
    fi
}
extra=()

# mkcase NAME [heavy]: a fresh case folder; prints its path.
mkcase() {
    local d=$tmp/${2:-c}/$1
    mkdir -p "$d"
    printf '%s' "$d"
}

# -------------------------------------------------------- invalid UTF-8

d=$(mkcase utf8-txt)
printf 'Id: utf8-txt\nTitle: Broken \xff\xfe bytes\n\nThe walrus \xc3\x28 treaty \xe2\x82 was \x80 signed; \xed\xa0\x80 surrogate, \xf4\x90\x80\x80 beyond, \xc0\xaf overlong, cut \xe2\n' >"$d/bad.txt"
good "$d" utf8-txt-good
run_index utf8-txt "$d"
verify utf8-txt 3 2 "walrus signed overlong gazelle" '^fa-index: .*/bad\.txt: invalid UTF-8 repaired'

d=$(mkcase utf8-jsonl)
{
    goodline utf8-jsonl-1
    printf '{"id":"utf8-jsonl-2","title":"Bad \xc3 bytes","text":"the walrus \xff\xfe treaty \xe2\x28\xa1 signed"}\n'
    goodline utf8-jsonl-3
} >"$d/bad.jsonl"
run_index utf8-jsonl "$d"
verify utf8-jsonl 3 3 "walrus signed gazelle" '^fa-index: .*/bad\.jsonl:2: invalid UTF-8 repaired'

# ------------------------------------------------------------ NUL bytes

d=$(mkcase nul-txt)
printf 'Id: nul-txt\n\nThe \0 narwhal treaty.\n' >"$d/nul.txt"
py -c '
import sys
sys.stdout.write("Id: nul-late\n\n" + "The manatee council met again. " * 200 + "\0 and after the NUL.\n")' >"$d/late-nul.txt"
good "$d" nul-txt-good
run_index nul-txt "$d"
verify nul-txt 3 2 "manatee gazelle !narwhal" \
    '^fa-index: .*/nul\.txt: binary file' '^fa-index: .*/late-nul\.txt: control characters'

d=$(mkcase nul-json)
{
    goodline nul-json-1
    printf '{"id":"nul-json-2","title":"Nul \\u0000 inside","text":"the ocelot \\u0000 spoke"}\n'
} >"$d/nul.jsonl"
run_index nul-json "$d"
t=$(field "$tmp/db/nul-json" title ocelot)
[ "$t" = "'Nul  inside'" ] || extra+=("title of the NUL article: $t, want 'Nul  inside'")
verify nul-json 3 2 "ocelot gazelle" '^fa-index: .*/nul\.jsonl:2: control characters'

# ------------------------------------------------------------ BOM, CRLF

d=$(mkcase bom-txt)
printf '\xef\xbb\xbfId: bom-txt\nTitle: Bom title\n\nThe bomword treaty.\n' >"$d/bom.txt"
good "$d" bom-txt-good
run_index bom-txt "$d"
t=$(ids "$tmp/db/bom-txt" bomword)
[ "$t" = bom-txt ] || extra+=("the header after the BOM was not read: id '$t', want bom-txt")
verify bom-txt 0 2 "bomword gazelle"

d=$(mkcase bom-jsonl)
{
    printf '\xef\xbb\xbf{"id":"bom-jsonl","title":"Bom line","text":"The bomword treaty."}\n'
    goodline bom-jsonl-2
} >"$d/bom.jsonl"
run_index bom-jsonl "$d"
verify bom-jsonl 0 2 "bomword gazelle"

d=$(mkcase crlf-txt)
printf 'Id: crlf-txt\r\nTitle: Crlf title\r\nDate: 2020-02-02\r\n\r\nThe crlfword treaty.\r\nSecond line.\r\n' >"$d/crlf.txt"
good "$d" crlf-txt-good
run_index crlf-txt "$d"
t=$(field "$tmp/db/crlf-txt" title crlfword)
[ "$t" = "'Crlf title'" ] || extra+=("title $t, want 'Crlf title'")
t=$(field "$tmp/db/crlf-txt" date crlfword)
[ "$t" = "'2020-02-02'" ] || extra+=("date $t, want '2020-02-02'")
verify crlf-txt 0 2 "crlfword gazelle"

d=$(mkcase crlf-jsonl)
printf '{"id":"crlf-jsonl-1","title":"Crlf line","text":"The crlfword treaty."}\r\n{"id":"crlf-jsonl-2","text":"The gazelle envoy."}\r\n' >"$d/crlf.jsonl"
run_index crlf-jsonl "$d"
t=$(field "$tmp/db/crlf-jsonl" title crlfword)
[ "$t" = "'Crlf line'" ] || extra+=("title $t, want 'Crlf line'")
verify crlf-jsonl 0 2 "crlfword gazelle"

# ---------------------------------------------------- empty files, lines

d=$(mkcase empty-txt)
: >"$d/empty.txt"
good "$d" empty-txt-good
run_index empty-txt "$d"
verify empty-txt 3 1 gazelle '^fa-index: .*/empty\.txt: article has no text'

d=$(mkcase empty-jsonl)
: >"$d/empty.jsonl"
good "$d" empty-jsonl-good
run_index empty-jsonl "$d"
verify empty-jsonl 0 1 gazelle

d=$(mkcase blank-lines)
{
    goodline blank-1
    printf '\n \t \n'
    printf '{"id":"blank-4","text":"The blankword treaty."}\n'
    printf '\n'
    printf '{"id":"blank-6", "text": \n'
} >"$d/blank.jsonl"
run_index blank-lines "$d"
verify blank-lines 3 2 "blankword gazelle" '^fa-index: .*/blank\.jsonl:6: malformed JSON'

# ----------------------------------------------------- large articles

# 50 MB, mostly blanks: the words (and so Xapian's inverter, about 18 s for
# 50 MB of dense text) are kept few so that make check stays quick; the
# reading, cleaning and storing of 50 MB are what this case is about.
d=$(mkcase big-txt heavy)
py -c '
import sys
out = sys.stdout
out.write("Id: big-txt\nTitle: A very long article\n\n")
line = "treaty summit envoy border minister " + " " * 1000 + "\n"
n = 0
while n < 50 * 1024 * 1024:
    out.write(line)
    n += len(line)
out.write("The pangolin closes the article.\n")' >"$d/big.txt"
good "$d" big-txt-good
t0=$(date +%s.%N)
wrap=(/usr/bin/time -f %M -o "$tmp/big.rss")
run_index big-txt "$d"
echo "hostile.sh: 50 MB article indexed in $(elapsed) s, peak RSS $(rss_mb "$tmp/big.rss") MB"
verify big-txt 0 2 "pangolin gazelle"

# A 100 MB line without a newline in it, between two good lines: refused
# with the limit named, the next line indexed. First with a 1 MB limit
# (quick), then with the default 64 MiB limit, where memory must stay
# bounded: the reader drops what it has of an over-long line.
d=$(mkcase long-line heavy)
py -c '
import sys
out = sys.stdout
out.write("{\"id\":\"long-1\",\"text\":\"The tapir came first.\"}\n")
out.write("{\"id\":\"long-2\",\"text\":\"")
chunk = "abcdefgh " * (1 << 17)
for _ in range(100 * 1024 * 1024 // len(chunk) + 1):
    out.write(chunk)
out.write("\"}\n")
out.write("{\"id\":\"long-3\",\"text\":\"The okapi came last.\"}\n")' >"$d/long.jsonl"
# And a 1.5 MB last line with no newline at all (the end of the file ends it).
{
    printf '{"id":"long-tail-1","text":"The quagga came first."}\n{"id":"long-tail-2","text":"The zebu '
    head -c 1500000 /dev/zero | tr '\0' 'z'
    printf ' came last."}'
} >"$d/tail.jsonl"
run_index long-line --max-article-bytes 1000000 "$d"
verify long-line 3 3 "tapir okapi quagga !zebu" \
    '^fa-index: .*/long\.jsonl:2: line longer than the limit of 1000000 bytes' \
    '^fa-index: .*/tail\.jsonl:2: line longer than the limit of 1000000 bytes'
wrap=(/usr/bin/time -f %M -o "$tmp/long.rss")
run_index long-line-default "$d"
rss=$(rss_mb "$tmp/long.rss")
echo "hostile.sh: 100 MB line with the default limit: peak RSS $rss MB"
[ "$rss" -gt 0 ] && [ "$rss" -lt 400 ] || extra+=("peak RSS $rss MB, want under 400 MB")
verify long-line-default 3 4 "tapir okapi quagga zebu" \
    '^fa-index: .*/long\.jsonl:2: line longer than the limit of 67108864 bytes'
rm -f "$d/long.jsonl"

# ------------------------------------------------------- malformed JSON

d=$(mkcase malformed)
{
    goodline malformed-1
    printf '{"id":"malformed-2","text": "this line is cut\n'
    printf '{bad json}\n'
    printf '{"id":"malformed-4","text":"x"} trailing\n'
    printf '{"id":"malformed-5" "text":"no colon"}\n'
    printf '{"id":"malformed-6","text":"raw \0 nul"}\n'
    printf '{"id":"malformed-7","text":"The malformword treaty."}\n'
} >"$d/bad.jsonl"
run_index malformed "$d"
verify malformed 3 2 "malformword gazelle" \
    '^fa-index: .*/bad\.jsonl:2: malformed JSON' '^fa-index: .*/bad\.jsonl:3: malformed JSON' \
    '^fa-index: .*/bad\.jsonl:4: malformed JSON' '^fa-index: .*/bad\.jsonl:5: malformed JSON' \
    '^fa-index: .*/bad\.jsonl:6: malformed JSON'

d=$(mkcase types)
{
    printf '{"id":"types-1","title":5,"text":"number title"}\n'
    printf '{"id":"types-2","text":["an","array"]}\n'
    printf '{"id":"types-3","text":{"an":"object"}}\n'
    printf '{"id":"types-4","text":"boolean date","date":true}\n'
    printf '{"id":["types-5"],"text":"array id"}\n'
    goodline types-6
} >"$d/types.jsonl"
run_index types "$d"
verify types 3 1 "gazelle !number !array !boolean" \
    '^fa-index: .*/types\.jsonl:1: field "title" must be a string, not int' \
    '^fa-index: .*/types\.jsonl:2: field "text" must be a string, not array' \
    '^fa-index: .*/types\.jsonl:3: field "text" must be a string, not object' \
    '^fa-index: .*/types\.jsonl:4: field "date" must be a string' \
    '^fa-index: .*/types\.jsonl:5: field "id" must be a string'

d=$(mkcase not-object)
{
    printf '[1,2]\n"a string"\n42\nnull\ntrue\n'
    goodline not-object-6
} >"$d/lines.jsonl"
run_index not-object "$d"
verify not-object 3 1 gazelle \
    '^fa-index: .*/lines\.jsonl:1: .*must be an object, not array' \
    '^fa-index: .*/lines\.jsonl:2: .*must be an object, not string' \
    '^fa-index: .*/lines\.jsonl:3: .*must be an object, not int' \
    '^fa-index: .*/lines\.jsonl:4: .*must be an object, not null' \
    '^fa-index: .*/lines\.jsonl:5: .*must be an object, not boolean'

# -------------------------------------------------------- duplicate ids

# Read in sorted order: a.jsonl (two copies), then b.txt (the third and
# last). The last one wins, in a bulk build and in an update.
dupfiles() {   # DIR ID
    printf '{"id":"%s","title":"First","text":"the alphaword aardvark"}\n{"id":"%s","title":"Second","text":"the betaword aardvark"}\n' "$2" "$2" >"$1/a.jsonl"
    printf 'Id: %s\nTitle: Third\n\nthe gammaword aardvark\n' "$2" >"$1/b.txt"
}
d=$(mkcase dup-bulk)
dupfiles "$d" dup-bulk
good "$d" dup-bulk-good
run_index dup-bulk "$d"
t=$(ids "$tmp/db/dup-bulk" aardvark)
[ "$t" = dup-bulk ] || extra+=("aardvark finds '$t', want dup-bulk alone")
verify dup-bulk 0 2 "gammaword gazelle !alphaword !betaword"

d=$(mkcase dup-update)
good "$d" dup-update-good
run_index dup-update "$d"   # the index now has an article: the next run updates
dupfiles "$d" dup-update
run_index dup-update "$d"
t=$(ids "$tmp/db/dup-update" aardvark)
[ "$t" = dup-update ] || extra+=("aardvark finds '$t', want dup-update alone")
verify dup-update 0 2 "gammaword gazelle !alphaword !betaword"

# ------------------------------------------------------------------ gzip

d=$(mkcase trunc-gz)
want=$(py -c '
import gzip, sys, zlib
d = sys.argv[1]
lines = "".join("{\"id\":\"trunc-%d\",\"text\":\"capybara %d %s\"}\n" % (i, i, "filler " * 50)
                for i in range(2000)).encode()
gz = gzip.compress(lines, mtime=0)
cut = gz[:len(gz) // 2]
open(d + "/trunc.jsonl.gz", "wb").write(cut)
import random
r = random.Random(1)
txt = "Id: trunc-txt\n\nThe truncword " + " ".join("w%d" % r.randrange(100000) for _ in range(20000))
open(d + "/trunc.txt.gz", "wb").write(gzip.compress(txt.encode(), mtime=0)[:20000])
# complete lines before the cut
print(zlib.decompressobj(31).decompress(cut).count(b"\n"))' "$d")
good "$d" trunc-gz-good
run_index trunc-gz "$d"
verify trunc-gz 3 $((want + 1)) "capybara gazelle !truncword" \
    '^fa-index: .*/trunc\.jsonl\.gz:[0-9]+: read error' '^fa-index: .*/trunc\.txt\.gz: .*read error'
t=$(total "$tmp/db/trunc-gz" capybara)
echo "hostile.sh: truncated gzip: $t of 2000 lines indexed ($want complete before the cut)"

d=$(mkcase not-gz)
printf '{"id":"not-gz","text":"plain notgzword"}\n' >"$d/plain.jsonl.gz"
printf 'Id: not-gz-txt\n\nplain notgzword\n' >"$d/plain.txt.gz"
good "$d" not-gz-good
run_index not-gz "$d"
verify not-gz 3 1 "gazelle !notgzword" \
    '^fa-index: .*/plain\.jsonl\.gz: named \.gz but not gzip' '^fa-index: .*/plain\.txt\.gz: named \.gz but not gzip'

# A gzip bomb: one JSON line that inflates to 200 MB of spaces, then a good
# line; a .txt.gz of 200 MB of zeros. Small on disk, stopped by the limit.
d=$(mkcase gz-bomb heavy)
py -c '
import sys, zlib
d = sys.argv[1]
def bomb(path, head, fill, tail):
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [c.compress(head)]
    block = fill * (1 << 20)
    for _ in range(200):
        out.append(c.compress(block))
    out.append(c.compress(tail))
    out.append(c.flush())
    open(path, "wb").write(b"".join(out))
bomb(d + "/bomb.jsonl.gz", b"{\"id\":\"bomb-1\",\"text\":\"", b" ",
     b"\"}\n{\"id\":\"bomb-2\",\"text\":\"The marmot survived.\"}\n")
bomb(d + "/bomb.txt.gz", b"Id: bomb-txt\n\n", b"0", b"\n")' "$d"
good "$d" gz-bomb-good
size=$(($(wc -c <"$d/bomb.jsonl.gz") + $(wc -c <"$d/bomb.txt.gz")))
[ "$size" -lt 1000000 ] || extra+=("the bombs take $size bytes on disk, want under 1 MB")
wrap=(/usr/bin/time -f %M -o "$tmp/bomb.rss")
run_index gz-bomb --max-article-bytes 1000000 "$d"
rss=$(rss_mb "$tmp/bomb.rss")
[ "$rss" -gt 0 ] && [ "$rss" -lt 400 ] || extra+=("peak RSS $rss MB, want under 400 MB")
verify gz-bomb 3 2 "marmot gazelle" \
    '^fa-index: .*/bomb\.jsonl\.gz:1: line longer than the limit of 1000000 bytes' \
    '^fa-index: .*/bomb\.txt\.gz: larger than the limit of 1000000 bytes'
echo "hostile.sh: gzip bombs: $size bytes on disk, peak RSS $rss MB"

# ------------------------------------------------------- binary files

d=$(mkcase binary)
py -c '
import random, sys
d, seed = sys.argv[1], int(sys.argv[2])
r = random.Random(seed)
def rnd(n):
    return bytes(r.getrandbits(8) for _ in range(n))
open(d + "/rand-nul.txt", "wb").write(rnd(65536).replace(b"\0", b"") [:100] + b"\0" + rnd(65536))
open(d + "/rand-text.txt", "wb").write(rnd(65536).replace(b"\0", b"A"))
open(d + "/rand.jsonl", "wb").write(b"{" + rnd(65536).replace(b"\n", b"{"))
open(d + "/rand.jsonl.gz", "wb").write(b"\x00" + rnd(65536))' "$d" "$seed"
good "$d" binary-good
run_index binary "$d"
verify binary 3 2 gazelle \
    '^fa-index: .*/rand-nul\.txt: binary file' '^fa-index: .*/rand-text\.txt: invalid UTF-8 repaired' \
    '^fa-index: .*/rand\.jsonl:1: malformed JSON' '^fa-index: .*/rand\.jsonl\.gz: named \.gz but not gzip'

# --------------------------------------------------- unreadable paths

# We run as root, so chmod 000 does not stop a read: a dangling symlink,
# a symlink to itself, a FIFO (must not hang the walk) and a folder named
# x.txt (a folder whatever its name: walked, its article indexed).
d=$(mkcase unreadable)
ln -s "$d/does-not-exist.txt" "$d/gone.txt"
ln -s self.txt "$d/self.txt"
mkfifo "$d/pipe.txt"
mkdir "$d/x.txt"
printf 'Id: unreadable-inner\n\nThe lemur inside a folder named x.txt.\n' >"$d/x.txt/inner.txt"
good "$d" unreadable-good
run_index unreadable "$d"
verify unreadable 3 2 "lemur gazelle" \
    '^fa-index: .*/gone\.txt: .*(No such file|cannot open)' \
    '^fa-index: .*/self\.txt: .*(Too many levels|loop)'

# The same paths named on the command line: one failure each, counted once.
run_index unreadable-args "$d/gone.txt" "$d/x.txt" "$d/good-unreadable-good.txt"
grep -q ' 1 failed,' "$tmp/unreadable-args.err" ||
    extra+=("one dangling symlink, want '1 failed' in the summary: $(grep -o '[0-9]* failed' "$tmp/unreadable-args.err")")
verify unreadable-args 3 2 "lemur gazelle" '^fa-index: .*/gone\.txt: .*(No such file|cannot open)'

d=$(mkcase symlink-loop)
mkdir -p "$d/a" "$d/b"
ln -s .. "$d/a/loop"
printf 'Id: loop-a\n\nThe loopword in a.\n' >"$d/a/art.txt"
printf 'Id: loop-b\n\nThe loopword in b.\n' >"$d/b/art.txt"
good "$d" symlink-loop-good
run_index symlink-loop "$d"
verify symlink-loop 3 3 "loopword gazelle" '^fa-index: .*/a/loop: symbolic link loop'

# -------------------------------------------------- 100,000 small files

d=$(mkcase many-files heavy)
py -c '
import os, sys
d = sys.argv[1]
for i in range(100000):
    fd = os.open("%s/n%06d.txt" % (d, i), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b"Tiny note %d about the okapi and the treaty.\n" % i)
    os.close(fd)' "$d"
t0=$(date +%s.%N)
run_index many-files "$d"
echo "hostile.sh: 100,000 files indexed in $(elapsed) s"
verify many-files 0 100000 okapi

# ---------------------------------------------------------------- dates

d=$(mkcase dates)
printf 'Id: dates-1\nDate: 2021-13-45\n\nThe dateword one.\n' >"$d/d1.txt"
printf 'Id: dates-2\nDate: yesterday\n\nThe dateword two.\n' >"$d/d2.txt"
printf '{"id":"dates-3","date":"2020-05-01","text":"The dateword three."}\n{"id":"dates-4","date":"2021-02-30","text":"The dateword four."}\n' >"$d/d.jsonl"
run_index dates "$d"
for s in date -date relevance; do
    t=$(total "$tmp/db/dates" --sort "$s" dateword)
    [ "$t" = 4 ] || extra+=("--sort $s dateword: total '$t', want 4")
done
t=$(ids "$tmp/db/dates" --sort -date dateword)
[ "${t%% *}" = dates-3 ] || extra+=("--sort -date: '$t', want dates-3 (the one dated article) first")
t=$(total "$tmp/db/dates" 'date:2021..2021')
[ "$t" = 0 ] || extra+=("date:2021..2021 finds '$t' articles; the undated ones must not match")
for id in dates-1 dates-2; do
    t=$(field "$tmp/db/dates" date "$id" 2>/dev/null)
    t2=$(timeout -k 5 "$limit" "$search" --db "$tmp/db/dates" --json --limit 10 dateword 2>/dev/null |
        py -c 'import json, sys
for h in json.load(sys.stdin)["hits"]:
    if h["id"] == sys.argv[1]:
        print(repr(h["date"]))' "$id")
    [ "$t2" = None ] || extra+=("$id is indexed without a date, but its JSON \"date\" is $t2, want null")
done
verify dates 3 4 dateword \
    "^fa-index: .*/d1\\.txt: date '2021-13-45': no such month \\(13\\)" \
    "^fa-index: .*/d2\\.txt: date 'yesterday': not a date in a form fa reads" \
    "^fa-index: .*/d\\.jsonl:2: date '2021-02-30': no such day \\(30\\): February 2021 has 28 days"

# ---------------------------------------------------------------- ids

d=$(mkcase long-id)
id200=$(printf 'i%.0s' $(seq 200))
printf 'Id: %s\n\nThe longidword is 201 bytes long.\n' "x$id200" >"$d/longid.txt"
printf 'Id: %s\n\nThe idword is 200 bytes long.\n' "$id200" >"$d/id200.txt"
{ goodline long-id-1; printf '{"id":"%s","text":"The longidword line."}\n' "y$id200"; } >"$d/longid.jsonl"
run_index long-id "$d"
t=$(ids "$tmp/db/long-id" idword)
[ "$t" = "$id200" ] || extra+=("the 200-byte id came back as '$t'")
verify long-id 3 2 "idword gazelle !longidword" \
    '^fa-index: .*/longid\.txt: article id longer than 200 bytes; skipped' \
    '^fa-index: .*/longid\.jsonl:2: article id longer than 200 bytes; skipped'

# Integer ids beyond 64 bits: json-c saturates them, so two different ids
# would become one and the first article would vanish without a word.
# Either both are indexed under their own ids or each line is reported.
d=$(mkcase bigint-id)
printf '{"id":12345678901234567890123,"text":"The bigintword one."}\n{"id":99999999999999999999999,"text":"The bigintword two."}\n' >"$d/big.jsonl"
goodline bigint-id-3 >>"$d/big.jsonl"
run_index bigint-id "$d"
t=$(total "$tmp/db/bigint-id" bigintword)
if [ "$t" = 2 ]; then
    verify bigint-id 0 3 "bigintword gazelle"
elif grep -q 'big\.jsonl:1: ' "$tmp/bigint-id.err" && grep -q 'big\.jsonl:2: ' "$tmp/bigint-id.err"; then
    verify bigint-id 3 1 gazelle
else
    bad "bigint-id" "two different integer ids gave '$t' article(s) and no message: want 2 articles, or both lines reported" \
        "stderr:" "$(cat "$tmp/bigint-id.err")"
fi

# ------------------------------------------ feeds and WARC (issue 12)

# A billion-laughs feed: refused at once (libxml2 detects the loop; fa
# never substitutes entities), within the time limit, the good article kept.
d=$(mkcase feed-bomb)
py -c '
import sys
ents = "".join("<!ENTITY l%d \"%s\">\n" % (i, ("&l%d;" % (i - 1)) * 10) for i in range(1, 12))
open(sys.argv[1] + "/bomb.rss", "w").write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n" + ents +
    "]>\n<rss version=\"2.0\"><channel><item><guid>bomb-1</guid><title>&l11;</title>"
    "<description>bombword &l11;</description></item></channel></rss>\n")' "$d"
good "$d" feed-bomb-good
wrap=(/usr/bin/time -f %M -o "$tmp/feed-bomb.rss")
run_index feed-bomb "$d"
wrap=()
[ "$(rss_mb "$tmp/feed-bomb.rss")" -lt 200 ] || extra+=("entity bomb: peak RSS $(rss_mb "$tmp/feed-bomb.rss") MB")
verify feed-bomb 3 1 "gazelle !lol" '^fa-index: .*/bomb\.rss: XML error at line [0-9]+: .*entity'

# An external entity naming a local file: never read.
d=$(mkcase feed-xxe)
printf 'secretword\n' >"$d/secret.dat"
printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file://%s/secret.dat"><!ENTITY y SYSTEM "http://127.0.0.1:9/x">]>\n<rss version="2.0"><channel><item><guid>xxe-1</guid><title>Xxe item</title><description>xxeword &x; &y; end</description></item></channel></rss>\n' "$d" >"$d/xxe.rss"
good "$d" feed-xxe-good
run_index feed-xxe "$d"
verify feed-xxe 0 2 "gazelle xxeword !secretword"

# Nesting 100,000 deep, in RSS content and in Atom xhtml content.
d=$(mkcase feed-deep)
py -c '
import sys
d = sys.argv[1]
open(d + "/deep.rss", "w").write("<rss><channel><item><guid>deep-1</guid><title>Deep</title><description>" +
    "<a>" * 100000 + "deepword" + "</a>" * 100000 + "</description></item></channel></rss>")
open(d + "/deep.atom", "w").write("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>deep-2</id><title>Deep2</title><content type=\"xhtml\">" +
    "<div>" * 100000 + "deepword" + "</div>" * 100000 + "</content></entry></feed>")' "$d"
good "$d" feed-deep-good
run_index feed-deep "$d"
verify feed-deep 3 3 "gazelle !deepword" '^fa-index: .*/deep\.rss: XML error at line 1: Excessive depth' \
    '^fa-index: .*/deep\.atom: XML error at line 1: Excessive depth'

# A broken item between good ones: reported with its item number, the
# items after it indexed.
d=$(mkcase feed-broken)
printf '<rss version="2.0"><channel><title>Broken</title>\n<item><guid>fb-1</guid><title>One</title><description>brokenword one</description></item>\n<item><guid>fb-2</guid><title>Two &nbsp; two</title><description>brokenword two</description></item>\n<item><guid>fb-3</guid><title>Three</title><description><![CDATA[<p>brokenword <b>three</p>]]></description></item>\n</channel></rss>\n' >"$d/broken.rss"
printf '<rss version="2.0"><channel><item><guid>fb-4</guid><title>Cut' >"$d/cut.rss"
run_index feed-broken "$d"
t=$(total "$tmp/db/feed-broken" brokenword)
[ "$t" = 3 ] || extra+=("brokenword finds '$t' items, want 3")
verify feed-broken 3 4 "brokenword three" '^fa-index: .*/broken\.rss:3: item 2: XML error at line 3: Entity .nbsp. not defined' \
    '^fa-index: .*/cut\.rss:1: item 1: XML error at line 1: Premature end'

# A WARC whose last record claims 1 GB, and one whose last record is cut
# short: an error naming the file and the record's offset; the pages
# before it kept.
d=$(mkcase warc-damage)
py -c '
import sys
d = sys.argv[1]
def rec(uri, block, claimed=None):
    return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"
            "Content-Length: %d\r\n\r\n" % (uri, claimed or len(block))).encode() + block + b"\r\n\r\n"
def page(w):
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>%s</title></head><body><article><p>The %s delegation "
            b"arrived in Geneva to discuss the treaty on the sharing of river waters, a long paragraph.</p></article></body></html>" % (w, w))
open(d + "/huge.warc", "wb").write(rec("http://w.example/a", page(b"warcgood")) + rec("http://w.example/huge", page(b"hugeword"), 1 << 30))
t = rec("http://w.example/b", page(b"warcother")) + rec("http://w.example/cut", page(b"cutword"))
open(d + "/cut.warc", "wb").write(t[:-60])' "$d"
good "$d" warc-damage-good
run_index warc-damage "$d"
verify warc-damage 3 3 "gazelle warcgood warcother !hugeword !cutword" \
    '^fa-index: .*/huge\.warc: record at offset [0-9]+: response for http://w\.example/huge: a block of 1073741824 bytes is over the limit' \
    '^fa-index: .*/huge\.warc: record at offset [0-9]+ for http://w\.example/huge: truncated: its Content-Length is 1073741824 bytes' \
    '^fa-index: .*/cut\.warc: record at offset [0-9]+ for http://w\.example/cut: truncated'

# Binary payloads: random bytes named as feeds, pages and WARC files, a
# gzip of random bytes named .warc.gz, and a WARC response whose
# "text/html" body is random bytes.
d=$(mkcase binary-new)
py -c '
import gzip, random, sys
d, seed = sys.argv[1], int(sys.argv[2])
r = random.Random(seed)
def rnd(n):
    return bytes(r.getrandbits(8) for _ in range(n))
open(d + "/rand.rss", "wb").write(rnd(65536))
open(d + "/rand.atom", "wb").write(b"<feed>" + rnd(65536))
open(d + "/rand.html", "wb").write(rnd(65536))
open(d + "/rand.warc", "wb").write(rnd(65536))
open(d + "/rand.warc.gz", "wb").write(gzip.compress(rnd(65536)))
body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + rnd(30000)
open(d + "/binbody.warc", "wb").write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://b.example/\r\n"
    "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(body)).encode() + body + b"\r\n\r\n")' "$d" "$seed"
good "$d" binary-new-good
run_index binary-new "$d"
verify binary-new 3 1 gazelle \
    '^fa-index: .*/rand\.rss: not XML' '^fa-index: .*/rand\.html: binary file' \
    '^fa-index: .*/rand\.warc: record at offset 0: not a WARC record' \
    '^fa-index: .*/rand\.warc\.gz: record at offset 0: not a WARC record' \
    '^fa-index: .*/binbody\.warc: record at offset 0: response for http://b\.example/: compressed body does not decode'

# ------------------------------------------- every small case in one run

want=0
for f in "$tmp"/c/*/; do
    want=$((want + $(doccount "$tmp/db/$(basename "$f")")))
done
run_index all "$tmp/c"
verify all 3 "$want" "gazelle walrus bomword crlfword capybara loopword" \
    '^fa-index: .*/c/types/types\.jsonl:1: field "title"'

# ----------------------------------------------------------- fa-search

db=$tmp/db/all
big=$tmp/db/many-files

# query NAME WANTS [fa-search args...]: run fa-search --json on the combined
# index; WANTS lists the acceptable exit statuses ("0", "0 5", "2").
# Exit 0 needs output that parses as JSON; any other exit needs a
# `fa-search: ` message. Sets qrc, output in $tmp/q.out, $tmp/q.err.
query() {
    local name=$1 wants=$2 w why=()
    shift 2
    timeout -k 5 "$limit" "$search" --db "$db" --json "$@" >"$tmp/q.out" 2>"$tmp/q.err"
    qrc=$?
    w=$(why_exit "$qrc" "${wants%% *}")
    case " $wants " in
        *" $qrc "*) w="" ;;
    esac
    [ -n "$w" ] && why+=("$w (want one of: $wants)")
    if [ "$qrc" -eq 0 ]; then
        py -m json.tool "$tmp/q.out" >/dev/null 2>&1 || why+=("output is not JSON: $(head -c 200 "$tmp/q.out")")
    elif [ "$qrc" -lt 124 ] && ! grep -q '^fa-search: ' "$tmp/q.err"; then
        why+=("exit $qrc without a 'fa-search: ' message")
    fi
    if [ ${#extra[@]} -gt 0 ]; then
        why+=("${extra[@]}")
    fi
    extra=()
    if [ ${#why[@]} -eq 0 ]; then
        ok "query: $name (exit $qrc)"
    else
        bad "query: $name" "${why[@]}" "$(head -c 500 "$tmp/q.err")"
    fi
}

qtotal() { py -c 'import json, sys; print(json.load(open(sys.argv[1]))["total"])' "$tmp/q.out" 2>/dev/null; }

# 100 KB of words, as one argument (Linux takes up to 128 KB in one).
# Xapian's matcher grows faster than linearly with the number of terms, so
# by default a query of more than 1000 terms is refused (exit 5, the limit
# named); --max-query-terms 0 lifts the limit and the answer is sensible.
words=$(py -c 'print(" ".join("w%d" % i for i in range(30000))[:102400].rsplit(" ", 1)[0])')
query "100 KB of unknown words" 5 "$words"
grep -q 'limit of 1000 (--max-query-terms)' "$tmp/q.err" ||
    bad "query: 100 KB of unknown words: the limit is not named" "$(head -c 300 "$tmp/q.err")"
query "100 KB of unknown words, no term limit" 0 --max-query-terms 0 "$words"
[ "$(qtotal)" = 0 ] || bad "query: 100 KB of unknown words: total $(qtotal), want 0"
known=$(py -c 'print(("gazelle walrus envoy treaty " * 5000)[:102400].rsplit(" ", 1)[0])')
want=$(total "$db" --any 'gazelle walrus envoy treaty')
query "100 KB of known words, --any, no term limit" 0 --max-query-terms 0 --any "$known"
[ "$(qtotal)" = "$want" ] || bad "query: 100 KB of known words, --any: total $(qtotal), want $want"

# The same on the 100,000-article index: a pasted text repeats common
# words; it is refused at once, not answered after minutes.
pasted=$(py -c 'print(("tiny note about the okapi and the treaty " * 3000)[:102400].rsplit(" ", 1)[0])')
t0=$(date +%s.%N)
timeout -k 2 10 "$search" --db "$big" --json --limit 1 "$pasted" >"$tmp/q.out" 2>"$tmp/q.err"
qrc=$?
if [ $qrc -eq 5 ] && grep -q -- '--max-query-terms' "$tmp/q.err"; then
    ok "query: 100 KB of pasted text over 100,000 articles refused ($(elapsed) s)"
else
    bad "query: 100 KB of pasted text over 100,000 articles: exit $qrc after $(elapsed) s; want exit 5 naming --max-query-terms"
    [ -s "$tmp/q.err" ] && head -c 300 "$tmp/q.err" | sed 's/^/     /'
fi

# Unbalanced quotes and parentheses: Xapian's parser forgives them.
for pair in '"gazelle envoy|"gazelle envoy"' '(gazelle OR walrus|gazelle OR walrus' \
            'gazelle)|gazelle' 'gazelle OR (walrus|gazelle OR walrus' '((((gazelle|gazelle' \
            'gazelle "|gazelle'; do
    q=${pair%%|*}
    want=$(total "$db" "${pair#*|}")
    query "unbalanced: $q" 0 "$q"
    [ "$(qtotal)" = "$want" ] || bad "query: unbalanced: $q: total '$(qtotal)', want $want (as '${pair#*|}')"
done
query 'unbalanced: "' 0 '"'
query 'unbalanced: ((((' 0 '(((('
query 'unbalanced: )))' 0 ')))'

# Only operators: a parse error (exit 5) or a sensible empty answer.
for q in 'AND OR NOT' 'AND' 'OR OR' 'NOT' 'NEAR' 'NEAR/3' 'AND (' '+ -' 'XOR' 'ADJ ADJ'; do
    query "operators only: $q" "0 5" "$q"
done

# Control characters separate words; invalid UTF-8 still gives JSON.
want=$(total "$db" gazelle)
query 'control characters: gazelle\x01\x02' 0 $'gazelle\x01\x02'
[ "$(qtotal)" = "$want" ] || bad "query: gazelle\\x01\\x02: total '$(qtotal)', want $want (as gazelle)"
query 'control characters: \x1b[2J\x07gazelle\x7f' 0 $'\x1b[2J\x07gazelle\x7f'
query 'control characters: newline and tab' 0 $'gazelle\n\tenvoy\r'
query 'control characters only' 0 $'\x01\x02\x03\x1b'
query 'invalid UTF-8 in the query' 0 $'gazelle \xff\xfe \xc3'
query 'invalid UTF-8 in a field query' 0 $'title:\xff "\xc3\x28"'

# Numbers out of range and not numbers.
want=$(total "$db" '')
query '--limit 4294967295' 0 --limit 4294967295 ''
n=$(py -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["hits"]))' "$tmp/q.out" 2>/dev/null)
[ "$n" = "$want" ] || bad "query: --limit 4294967295: $n hits, want all $want"
query '--limit 99999999999' 2 --limit 99999999999 ''
query '--offset -1' "2 0" --offset -1 ''
query '--limit x' 2 --limit x ''
query '--limit ""' 2 --limit '' ''
query '--limit 1e3' 2 --limit 1e3 ''
query '--limit 0x10' 2 --limit 0x10 ''
query '--limit -0' "2 0" --limit -0 ''
query '--facet-limit -3' "2 0" --facets --facet-limit -3 ''
query '--facet-limit 4294967295' 0 --facets --facet-limit 4294967295 ''
query '--offset 4294967295' 0 --offset 4294967295 ''
n=$(py -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["hits"]))' "$tmp/q.out" 2>/dev/null)
[ "$n" = 0 ] || bad "query: --offset 4294967295: $n hits, want 0"
query '--limit and --offset 4294967295' 0 --limit 4294967295 --offset 4294967295 gazelle
query '--snippet-bytes 4294967295' 0 --snippet-bytes 4294967295 gazelle
query '--snippet-bytes 1' 0 --snippet-bytes 1 gazelle
query '--repeat 4294967295 without --batch' 2 --repeat 4294967295 gazelle
query '--country with control characters' "5" --country $'\x01\xff' ''
query '--sort ""' 2 --sort '' ''

# A batch of hostile lines: each query answers with one JSON line (a bad
# one with an error record), each bad one is also reported on stderr with
# its line number, and the batch goes on.
{
    printf 'gazelle\n'
    printf '%s\n' "$words"
    printf 'AND\n'
    printf '\x01\x02 gazelle\r\n'
    printf '\xff\xfe\n'
    printf '((((\n'
    printf '# a comment\n\n'
    printf 'walrus'
} >"$tmp/batch.txt"
timeout -k 5 "$limit" "$search" --db "$db" --json --batch "$tmp/batch.txt" >"$tmp/q.out" 2>"$tmp/q.err"
qrc=$?
lines=$(py -c '
import json, sys
n = e = 0
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l)
    n += 1
    e += "error" in d
print(n, e)' "$tmp/q.out" 2>/dev/null)
if [ $qrc -eq 5 ] && [ "$lines" = "7 2" ] && grep -q '^fa-search: .*batch\.txt:2: .*max-query-terms' "$tmp/q.err" &&
   grep -q '^fa-search: .*batch\.txt:3: ' "$tmp/q.err"; then
    ok "query: --batch of hostile lines (exit 5, 7 JSON lines of which 2 errors, lines 2 and 3 reported)"
else
    bad "query: --batch of hostile lines: exit $qrc, '$lines' JSON lines and errors; want exit 5, 7 lines of which 2 errors, batch.txt:2 and :3 reported" \
        "$(head -c 500 "$tmp/q.err")"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
