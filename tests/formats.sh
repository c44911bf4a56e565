#!/usr/bin/env bash
# formats.sh - the input formats and identities of issue 12 through the
# real binaries: control characters that must separate words (a CR-only
# speech), dates in every accepted form, ids that stay distinct across
# PATH arguments and piped articles, and (when built) HTML, feeds and
# WARC mixed in one folder. Each case indexes into its own index in a
# temporary folder and checks exit codes, messages and search results.
# Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"
need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-formats.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# ids DB QUERY...: the ids of the hits, sorted, on one line.
ids() {
    local db=$1
    shift
    "$search" --db "$db" --json --limit 1000 "$@" 2>/dev/null |
        py -c 'import json, sys; print(" ".join(sorted(h["id"] for h in json.load(sys.stdin)["hits"])))' 2>/dev/null
}
# hitfield DB NAME QUERY...: field NAME of the first hit (from "fields" when
# not a top-level key), or "no hit".
hitfield() {
    local db=$1 name=$2
    shift 2
    "$search" --db "$db" --json --limit 1 "$@" 2>/dev/null |
        py -c '
import json, sys
h = json.load(sys.stdin)["hits"]
n = sys.argv[1]
print("no hit" if not h else h[0].get(n, h[0].get("fields", {}).get(n)))' "$name" 2>/dev/null
}
# expect_ids NAME DB WANT QUERY...
expect_ids() {
    local name=$1 db=$2 want=$3 got
    shift 3
    got=$(ids "$db" "$@")
    if [ "$got" = "$want" ]; then ok "$name"; else bad "$name" "got '$got', want '$want'"; fi
}

# ------------------------------------------------ control characters (item 1)

d=$tmp/cr
mkdir -p "$d"
# A CR-only speech (as 337 UNGDC speeches are written), and one without.
printf 'Id: cr-only\rTitle: Cr speech\r\rWe condemn nuclear and bacterial\rweapons.\rNuclear\rdisarmament now.\r' >"$d/cr.txt"
printf 'Id: lf\nTitle: Lf speech\n\nA nuclear future without fear.\n' >"$d/lf.txt"
printf '{"id":"c1","text":"sanctions\\u0085regime\\u2028review\\u001bboard\\u0000meeting"}\n' >"$d/c1.jsonl"
"$index" --db "$tmp/cr.db" --quiet "$d" 2>"$tmp/cr.err"
rc=$?
[ $rc -eq 3 ] && grep -q 'c1\.jsonl:1: control characters' "$tmp/cr.err" &&
    ! grep -q 'cr\.txt' "$tmp/cr.err" &&
    ok "CR-only text is no damage; ESC and NUL reported (exit 3)" ||
    bad "CR/controls: exit $rc, want 3 with c1.jsonl:1 reported and cr.txt not" "$(cat "$tmp/cr.err")"
expect_ids "CR separates words: bacterial" "$tmp/cr.db" "cr-only" bacterial
expect_ids "CR separates words: weapons" "$tmp/cr.db" "cr-only" weapons
expect_ids "no glued word bacterialweapons" "$tmp/cr.db" "" bacterialweapons
expect_ids "nuclear NOT weapons leaves the CR speech out" "$tmp/cr.db" "lf" 'nuclear NOT weapons'
expect_ids "CR header lines are a header" "$tmp/cr.db" "cr-only" 'title:cr'
for w in sanctions regime review board meeting; do
    expect_ids "NEL, LS, ESC, NUL separate words: $w" "$tmp/cr.db" "c1" "$w"
done

# ------------------------------------------------------------ dates (item 2)

d=$tmp/dates
mkdir -p "$d"
{
    printf '{"id":"iso-frac","date":"1987-02-26T15:01:01.79","text":"wire story one"}\n'
    printf '{"id":"iso-z","date":"2021-09-23T10:00:00Z","text":"wire story two"}\n'
    printf '{"id":"iso-off","date":"2021-09-23T23:30:00-05:00","text":"wire story three"}\n'
    printf '{"id":"rfc","date":"Thu, 23 Sep 2021 10:00:00 GMT","text":"wire story four"}\n'
    printf '{"id":"hdr1","date":"23 September 2021","text":"wire story five"}\n'
    printf '{"id":"hdr2","date":"Sept. 23, 2021","text":"wire story six"}\n'
    printf '{"id":"bad-day","date":"2024-02-30","text":"wire story seven"}\n'
    printf '{"id":"bad-month","date":"2021-13-01","text":"wire story eight"}\n'
    printf '{"id":"bad-form","date":"yesterday","text":"wire story nine"}\n'
} >"$d/wire.jsonl"
"$index" --db "$tmp/dates.db" --quiet "$d" 2>"$tmp/dates.err"
rc=$?
[ $rc -eq 3 ] &&
    grep -q "wire\.jsonl:7: date '2024-02-30': no such day (30): February 2024 has 29 days" "$tmp/dates.err" &&
    grep -q "wire\.jsonl:8: date '2021-13-01': no such month (13)" "$tmp/dates.err" &&
    grep -q "wire\.jsonl:9: date 'yesterday': not a date in a form fa reads: YYYY, YYYY-MM, YYYY-MM-DD, an ISO 8601 date-time" "$tmp/dates.err" &&
    [ "$(grep -c 'date' "$tmp/dates.err")" = 3 ] &&
    ok "bad dates name what is wrong (exit 3); the six good forms are not reported" ||
    bad "dates: exit $rc, want 3 and three precise messages" "$(cat "$tmp/dates.err")"
expect_ids "date:2021-09-23 finds ISO, offset, RFC 2822 and header forms" "$tmp/dates.db" \
    "hdr1 hdr2 iso-off iso-z rfc" date:2021-09-23
expect_ids "date:1987-02-26 finds the fractional wire date" "$tmp/dates.db" "iso-frac" date:1987-02-26
t=$(hitfield "$tmp/dates.db" timestamp id:iso-frac)
[ "$t" = "1987-02-26T15:01:01.79" ] && ok "timestamp field kept: $t" || bad "timestamp of iso-frac: '$t'"
t=$(hitfield "$tmp/dates.db" timestamp id:rfc)
[ "$t" = "2021-09-23T10:00:00Z" ] && ok "RFC 2822 timestamp in ISO form: $t" || bad "timestamp of rfc: '$t'"
t=$(hitfield "$tmp/dates.db" date id:hdr2)
[ "$t" = "2021-09-23" ] && ok "header form shown as 2021-09-23" || bad "date of hdr2: '$t'"
t=$(hitfield "$tmp/dates.db" date_as_given id:bad-day)
[ "$t" = "2024-02-30" ] && ok "a refused date is kept as date_as_given" || bad "date_as_given of bad-day: '$t'"

# -------------------------------------------------- distinct ids (item 3)

d=$tmp/coll
mkdir -p "$d/2023/jan" "$d/2024/jan"
printf 'Title: Story 2023\n\nThe walrus accord of 2023.\n' >"$d/2023/jan/story.txt"
printf 'Title: Story 2024\n\nThe narwhal accord of 2024.\n' >"$d/2024/jan/story.txt"
printf '{"text":"jsonl walrus line"}\n' >"$d/2023/jan/lines.jsonl"
printf '{"text":"jsonl narwhal line"}\n' >"$d/2024/jan/lines.jsonl"
"$index" --db "$tmp/coll.db" --quiet "$d/2023" "$d/2024" 2>"$tmp/coll.err"
rc=$?
[ $rc -eq 3 ] &&
    grep -q "2024/jan/story\.txt: its id 'jan/story\.txt' (made from its path) is the id of an article of .*2023/jan/story\.txt already; skipped" "$tmp/coll.err" &&
    grep -q "2024/jan/lines\.jsonl:1: its id 'jan/lines\.jsonl#1' (made from its path) is the id of an article of .*2023/jan/lines\.jsonl already" "$tmp/coll.err" &&
    ok "two arguments giving one id: each collision reported, exit 3" ||
    bad "collision: exit $rc, want 3 and both collisions named" "$(cat "$tmp/coll.err")"
expect_ids "the first article of the id is kept, not replaced" "$tmp/coll.db" "jan/story.txt" "walrus accord"
# The parent folder gives distinct ids, as the message says.
"$index" --db "$tmp/coll2.db" --quiet "$d" 2>"$tmp/coll2.err"
rc=$?
[ $rc -eq 0 ] && ok "the parent folder indexes both (exit 0)" || bad "parent folder: exit $rc" "$(cat "$tmp/coll2.err")"
expect_ids "the parent folder gives distinct ids" "$tmp/coll2.db" "2023/jan/story.txt 2024/jan/story.txt" accord
# The same folder twice, or by another spelling, is no collision.
"$index" --db "$tmp/coll3.db" --quiet "$d/2023" "$d/./2023/" 2>"$tmp/coll3.err"
rc=$?
[ $rc -eq 0 ] && ok "one folder given twice is no collision (exit 0)" || bad "same folder twice: exit $rc" "$(cat "$tmp/coll3.err")"
# A re-run of the colliding command gives the same ids and writes nothing.
"$index" --db "$tmp/coll.db" "$d/2023" "$d/2024" 2>"$tmp/coll4.err"
rc=$?
[ $rc -eq 3 ] && grep -q ' 0 added, 0 replaced, 2 unchanged' "$tmp/coll4.err" &&
    ok "re-running it: same ids, 2 unchanged, the collisions reported again" ||
    bad "re-run: exit $rc" "$(cat "$tmp/coll4.err")"

# Standard input without an id: named by its content.
printf 'Title: First piped\n\nThe first piped okapi.\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
printf 'Title: Second piped\n\nThe second piped okapi.\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
printf '{"text":"a piped okapi line"}\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
printf '{"text":"another piped okapi line"}\n' | "$index" --db "$tmp/stdin.db" --quiet - 2>/dev/null
n=$(ids "$tmp/stdin.db" okapi | wc -w)
[ "$n" = 4 ] && ok "four piped articles without ids stay four" || bad "piped articles: $n, want 4 ($(ids "$tmp/stdin.db" okapi))"
printf 'Title: First piped\n\nThe first piped okapi.\n' | "$index" --db "$tmp/stdin.db" - 2>"$tmp/stdin.err"
grep -q ' 0 added, 0 replaced, 1 unchanged' "$tmp/stdin.err" &&
    ok "piping the same article again leaves it unchanged" || bad "same piped article again" "$(cat "$tmp/stdin.err")"
ids "$tmp/stdin.db" okapi | grep -Eq '^(stdin:[0-9a-f]{16} ?){4}$' &&
    ok "piped ids are stdin:HASH" || bad "piped ids: $(ids "$tmp/stdin.db" okapi)"

# A mistyped path leaves no index behind.
"$index" --db "$tmp/typo.db" "$tmp/no-such-folder" 2>"$tmp/typo.err"
rc=$?
[ $rc -eq 3 ] && [ ! -e "$tmp/typo.db" ] && grep -q 'no-such-folder' "$tmp/typo.err" &&
    ok "a mistyped path: reported, exit 3, no index left" ||
    bad "typo path: exit $rc, index left: $([ -e "$tmp/typo.db" ] && echo yes || echo no)" "$(cat "$tmp/typo.err")"

# ------------------------------------- every format in one folder (items 4-9)

# gen_mixed DIR: one article in each format, each with its own animal word;
# an .html that is a feed, a .txt that is HTML, a .gz holding a WARC, a
# WARC with every record type, chunked and gzip bodies and a duplicate.
gen_mixed() {
    py - "$1" <<'PY'
import gzip, json, os, sys
d = sys.argv[1]
def page(title, word, date=None, canon=None):
    meta = '<meta property="article:published_time" content="%s">' % date if date else ''
    link = '<link rel="canonical" href="%s">' % canon if canon else ''
    paras = ["The %s delegation arrived in Geneva to discuss the treaty on river waters." % word,
             "Negotiators said the talks would continue through the week, with a draft expected by Friday.",
             "Observers noted that the previous round had ended without agreement on the %s formula." % word]
    return ('<!DOCTYPE html><html><head><title>%s | Site</title>%s%s</head><body>'
            '<nav><a href="/">Home</a> <a href="/world">Navword</a></nav>'
            '<article><h1>%s</h1>%s</article><aside>Related: sidebarword</aside>'
            '<footer>Copyright footerword</footer></body></html>') % (
            title, meta, link, title, ''.join('<p>%s</p>' % p for p in paras))
def w(name, data, mode="w"):
    with open(os.path.join(d, name), mode) as f:
        f.write(data)
w("a.txt", "Title: Txt article\nDate: 2020-01-01\n\nThe aardvark envoy spoke.\n")
w("b.jsonl", json.dumps({"id": "j1", "title": "Jsonl article", "date": "2020-01-02", "text": "The bonobo envoy spoke."}) + "\n")
with gzip.open(os.path.join(d, "c.jsonl.gz"), "wt") as f:
    f.write(json.dumps({"id": "g1", "title": "Gz article", "text": "The caracal envoy spoke."}) + "\n")
w("page.html", page("Dugong talks", "dugong", "2021-09-23T10:00:00Z", "https://site.example/dugong"))
with gzip.open(os.path.join(d, "page2.htm.gz"), "wt") as f:
    f.write(page("Eland summit", "eland", "2020-01-02"))
w("looks-like-text.txt", page("Fossa page", "fossa"))
w("links.html", '<html><head><title>Index</title></head><body><ul>' +
  ''.join('<li><a href="/p%d">Link %d</a></li>' % (i, i) for i in range(40)) + '</ul></body></html>')
rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Feed Source</title><link>http://example.org/</link>
<item><title>Gerenuk item</title><link>http://example.org/gerenuk</link><guid>urn:gerenuk</guid>
<pubDate>Thu, 23 Sep 2021 10:00:00 GMT</pubDate><dc:creator>Ann Writer</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The gerenuk council met in Canberra to consider the new water plan for the region.</p><p>Members agreed to a second reading of the bill next month.</p>]]></content:encoded></item>
<item><title>Hyrax item</title><link>http://example.org/hyrax</link><pubDate>Fri, 24 Sep 2021 11:00:00 +0200</pubDate>
<description>&lt;p&gt;A hyrax crossed the road &amp;amp; nobody minded.&lt;/p&gt;</description></item>
</channel></rss>"""
w("news.rss", rss)
w("feed-named.html", rss.replace("gerenuk", "impala").replace("Gerenuk", "Impala").replace("hyrax", "jerboa").replace("Hyrax", "Jerboa"))
w("feed.xml", rss.replace("gerenuk", "kinkajou").replace("Gerenuk", "Kinkajou").replace("hyrax", "lemur").replace("Hyrax", "Lemur"))
w("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>http://x/</loc></url></urlset>')
w("feed.atom", """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Source</title>
<entry><title>Margay entry</title><link rel="alternate" href="http://example.org/margay"/><id>tag:margay</id>
<updated>2021-10-01T08:00:00+05:00</updated><author><name>Bo Author</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The margay envoy spoke about forest protection.</p></div></content></entry>
</feed>""")
def rec(typ, uri, block, ctype):
    h = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2021-05-05T00:00:00Z\r\n"
         "Content-Type: %s\r\nContent-Length: %d\r\n\r\n" % (typ, uri, ctype, len(block))).encode()
    return h + block + b"\r\n\r\n"
def http(body, extra=b"", ctype=b"text/html; charset=utf-8"):
    return b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\n" + extra + b"\r\n" + body
def chunked(b):
    return b"".join(b"%x\r\n" % len(b[i:i+50]) + b[i:i+50] + b"\r\n" for i in range(0, len(b), 50)) + b"0\r\n\r\n"
def crawl(a, b):
    pa, pb = page("%s report" % a.capitalize(), a).encode(), page("%s report" % b.capitalize(), b, "2019-03-04").encode()
    return [rec("warcinfo", "", b"software: gen\r\n", "application/warc-fields"),
            rec("request", "http://w.example/" + a, b"GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
            rec("response", "http://w.example/" + a, http(chunked(pa), b"Transfer-Encoding: chunked\r\n"), "application/http; msgtype=response"),
            rec("metadata", "http://w.example/" + a, b"via: x\r\n", "application/warc-fields"),
            rec("response", "http://w.example/" + b, http(gzip.compress(pb), b"Content-Encoding: gzip\r\n"), "application/http; msgtype=response"),
            rec("response", "http://w.example/img.png", http(b"\x89PNG\r\n\x1a\n", ctype=b"image/png"), "application/http; msgtype=response"),
            rec("response", "http://w.example/%s-copy" % b, http(pb), "application/http; msgtype=response")]
w("crawl.warc", b"".join(crawl("nilgai", "ocelot")), "wb")
w("crawl2.warc.gz", b"".join(gzip.compress(r) for r in crawl("pangolin", "quokka")), "wb")
w("crawl3.gz", b"".join(gzip.compress(r) for r in crawl("rhebok", "serval")), "wb")
w("other.gz", gzip.compress(b"just some bytes"), "wb")
PY
}

d=$tmp/mixed
mkdir -p "$d"
gen_mixed "$d"
"$index" --db "$tmp/mixed.db" "$d" >"$tmp/mixed.out" 2>"$tmp/mixed.err"
rc=$?
words="aardvark bonobo caracal dugong eland fossa gerenuk hyrax impala jerboa kinkajou lemur margay nilgai ocelot pangolin quokka rhebok serval"
missing=""
for wd in $words; do
    [ -n "$(ids "$tmp/mixed.db" "$wd")" ] || missing="$missing $wd"
done
[ -z "$missing" ] && ok "mixed folder: an article of every format is found (txt jsonl gz html htm.gz rss atom xml warc warc.gz)" ||
    bad "mixed folder: not found:$missing" "$(cat "$tmp/mixed.err")"
[ $rc -eq 3 ] && grep -q 'links\.html: no article text in the page' "$tmp/mixed.err" &&
    ok "a page with no article text is reported by name (exit 3)" ||
    bad "links.html: exit $rc" "$(cat "$tmp/mixed.err")"
[ "$(grep -c 'fa-index: .*/' "$tmp/mixed.err")" = 1 ] &&
    ok "nothing else in the mixed folder is reported" || bad "unexpected messages" "$(grep -v 'links\.html' "$tmp/mixed.err")"
grep -q '^fa-index: WARC: 21 records, 9 pages; skipped: 3 request, 3 metadata, 3 warcinfo, 3 not HTML$' "$tmp/mixed.err" &&
    ok "WARC records counted by kind in the summary" || bad "WARC summary" "$(cat "$tmp/mixed.err")"
grep -q ' 3 pages have the text of an earlier page' "$tmp/mixed.err" && grep -q ' 3 unchanged,' "$tmp/mixed.err" &&
    ok "the same page at two URLs is one article, counted unchanged" || bad "duplicates" "$(cat "$tmp/mixed.err")"
expect_ids "a duplicate page is stored once, under the URL met first" "$tmp/mixed.db" "http://w.example/ocelot" ocelot
expect_ids "navigation, sidebars and footers are not indexed" "$tmp/mixed.db" "" "navword OR sidebarword OR footerword"
expect_ids "an .xml that is no feed is not read (sitemap)" "$tmp/mixed.db" "" urlset
t=$(hitfield "$tmp/mixed.db" url dugong)
[ "$t" = "https://site.example/dugong" ] && ok "HTML: the canonical URL" || bad "url of the dugong page: '$t'"
t=$(hitfield "$tmp/mixed.db" timestamp dugong)
[ "$t" = "2021-09-23T10:00:00Z" ] && ok "HTML: the published time as timestamp" || bad "timestamp of the dugong page: '$t'"
t=$(hitfield "$tmp/mixed.db" date nilgai)
[ "$t" = "2021-05-05" ] && ok "WARC: WARC-Date when the page has none" || bad "date of nilgai: '$t'"
t=$(hitfield "$tmp/mixed.db" date ocelot)
[ "$t" = "2019-03-04" ] && ok "WARC: the page's own date first" || bad "date of ocelot: '$t'"
t=$(hitfield "$tmp/mixed.db" source gerenuk)
[ "$t" = "Feed Source" ] && ok "feed: the channel title as source" || bad "source of gerenuk: '$t'"
t=$(hitfield "$tmp/mixed.db" author gerenuk)
[ "$t" = "Ann Writer" ] && ok "feed: dc:creator as author" || bad "author of gerenuk: '$t'"
expect_ids "feed: guid as id, else the link" "$tmp/mixed.db" "http://example.org/hyrax urn:gerenuk" "gerenuk OR hyrax"
expect_ids "WARC: the target URI as id" "$tmp/mixed.db" "http://w.example/pangolin" pangolin
expect_ids "date:2021-09-23 across formats (HTML, RSS)" "$tmp/mixed.db" "page.html urn:gerenuk urn:impala urn:kinkajou" date:2021-09-23

# Run again: nothing changes, duplicates still counted unchanged.
"$index" --db "$tmp/mixed.db" "$d" >/dev/null 2>"$tmp/mixed2.err"
grep -q ' 0 added, 0 replaced, 22 unchanged,' "$tmp/mixed2.err" &&
    ok "indexing the mixed folder again changes nothing" || bad "re-run of the mixed folder" "$(tail -1 "$tmp/mixed2.err")"
# --delete the page met first: the next run stores it again under that URL.
"$index" --db "$tmp/mixed.db" --delete http://w.example/ocelot 2>/dev/null
"$index" --db "$tmp/mixed.db" "$d" >/dev/null 2>"$tmp/mixed3.err"
if grep -q ' 1 added, 0 replaced, 21 unchanged,' "$tmp/mixed3.err"; then
    expect_ids "after --delete, the next run stores the page again under its first URL" "$tmp/mixed.db" \
        "http://w.example/ocelot" ocelot
else
    bad "re-run after --delete" "$(tail -1 "$tmp/mixed3.err")"
fi

# Files named on the command line are told by content too.
"$index" --db "$tmp/one.db" "$d/feed-named.html" "$d/crawl3.gz" "$d/sitemap.xml" "$d/other.gz" 2>"$tmp/one.err"
rc=$?
if [ $rc -eq 3 ] && grep -q 'sitemap\.xml: not an RSS or Atom feed; skipped' "$tmp/one.err" &&
   grep -q 'other\.gz: a \.gz that holds no WARC' "$tmp/one.err"; then
    expect_ids "named files: an .html feed and a .gz WARC are read" "$tmp/one.db" "http://w.example/rhebok urn:impala" \
        "impala OR rhebok"
else
    bad "files by content: exit $rc" "$(cat "$tmp/one.err")"
fi

# WARC streams in constant memory: N and 4N records of the same page (all
# duplicates but the first, so the index stays small and only the reader
# is measured); peak RSS may not grow with N.
if [ -x /usr/bin/time ]; then
    py - "$tmp/w1.warc" 1000 "$tmp/w4.warc" 4000 <<'PY'
import sys
body = ("<html><head><title>Same</title></head><body><article>" +
        "<p>The same long paragraph about the treaty negotiations in Geneva, repeated. </p>" * 150 +
        "</article></body></html>").encode()
blk = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
meta = b"x" * 20000
def rec(t, u, b, c):
    return ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
            % (t, u, c, len(b))).encode() + b + b"\r\n\r\n"
for path, n in ((sys.argv[1], int(sys.argv[2])), (sys.argv[3], int(sys.argv[4]))):
    with open(path, "wb") as f:
        for i in range(n):
            f.write(rec("response", "http://m.example/%d" % i, blk, "application/http; msgtype=response"))
            f.write(rec("metadata", "http://m.example/%d" % i, meta, "application/warc-fields"))
PY
    /usr/bin/time -f %M -o "$tmp/w1.rss" "$index" --db "$tmp/w1.db" --no-entities "$tmp/w1.warc" 2>"$tmp/w1.err"
    /usr/bin/time -f %M -o "$tmp/w4.rss" "$index" --db "$tmp/w4.db" --no-entities "$tmp/w4.warc" 2>"$tmp/w4.err"
    r1=$(tail -n 1 "$tmp/w1.rss"); r4=$(tail -n 1 "$tmp/w4.rss")
    if grep -q 'WARC: 8000 records, 4000 pages' "$tmp/w4.err" && [ "$r4" -lt $((r1 * 3 / 2 + 8192)) ]; then
        ok "WARC in constant memory: peak RSS $((r1 / 1024)) MB for 2,000 records, $((r4 / 1024)) MB for 8,000"
    else
        bad "WARC memory: $r1 KB for 2,000 records, $r4 KB for 8,000" "$(cat "$tmp/w4.err")"
    fi
else
    echo "skip WARC memory check: /usr/bin/time is missing"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
