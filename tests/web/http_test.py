#!/usr/bin/env python3
"""http_test.py - fa-search --serve over HTTP, with python3's http.client
and raw sockets: the API gives the command line's JSON, CSV and messages;
hostile articles come out escaped; asset URLs cannot reach a file;
oversized and malformed requests get clear 4xx answers; HTTP/1.0,
keep-alive and HEAD work; every answer has the security headers; the
server names no path and answers 503 when saturated.

usage: http_test.py BUILD_DIR   (ends with "N passed, N failed")"""
import csv
import http.client
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures  # noqa: E402

passed = failed = 0
NGEN = 3000


def ok(name):
    global passed
    passed += 1
    print("ok   " + name)


def bad(name, detail=""):
    global failed
    failed += 1
    print("FAIL " + name)
    if detail:
        print("     " + str(detail)[:800])


def check(cond, name, detail=""):
    (ok if cond else (lambda n: bad(n, detail)))(name)
    return cond


class Client:
    def __init__(self, port):
        self.port = port

    def get(self, path, method="GET", headers=None, body=None):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data


def raw(port, request, timeout=10):
    """Send raw bytes, read until the server closes (or timeout)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.sendall(request)
    chunks = []
    try:
        while True:
            b = s.recv(65536)
            if not b:
                break
            chunks.append(b)
    except socket.timeout:
        pass
    s.close()
    return b"".join(chunks)


def cli(search, dbs, *args):
    cmd = [search]
    for d in dbs:
        cmd += ["--db", d]
    r = subprocess.run(cmd + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


SECURITY = {
    "content-security-policy": "script-src 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def headers_ok(h):
    return all(k in h and v in h[k] for k, v in SECURITY.items()) and "default-src 'none'" in h["content-security-policy"]


def only_b_tags(html):
    """Escaped text plus <b>...</b> and nothing else."""
    rest = re.sub(r"</?b>", "", html)
    return "<" not in rest and ">" not in rest and '"' not in rest


def main():
    build = sys.argv[1]
    fa_index = os.path.join(build, "fa-index")
    fa_search = os.path.join(build, "fa-search")
    # A distinctive folder name: no answer may contain it.
    tmp = tempfile.mkdtemp(prefix="fa-web-SECRETPATH-")
    servers = []
    try:
        # NGEN generated articles besides corpus/: an export crosses chunks,
        # and lasts long enough (paced) for the saturation test.
        bulk = os.path.join(tmp, "bulk.jsonl")
        with open(bulk, "w") as f:
            for i in range(NGEN):
                f.write(json.dumps({"id": "gen-%03d" % i, "title": "Generated note %d on fisheries" % i,
                                    "date": "%d-%02d-01" % (1990 + i % 30, 1 + i % 12),
                                    "text": "Fisheries %d, and a comma, a \"quote\" and a\nnewline in Chile." % i}) + "\n")
        db = fixtures.build_index(fa_index, tmp, extra=[bulk])
        srv = fixtures.Server(fa_search, [db])
        servers.append(srv)
        c = Client(srv.port)
        # A slow client: half a request, then nothing. SERVE_TIMEOUT_S (10 s)
        # later the server has closed it; checked at the end, so the wait
        # costs no time of its own.
        slow = socket.create_connection(("127.0.0.1", srv.port))
        slow.sendall(b"GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        slow_t0 = time.time()
        run_api(c, fa_search, [db])
        run_hostile(c)
        run_assets(c, srv.port)
        run_malformed(c, srv.port)
        run_protocol(c, srv.port)
        check(all(tmp.encode() not in b and b"SECRETPATH" not in b for b in c_seen), "no answer names a path",
              [b[:200] for b in c_seen if b"SECRETPATH" in b][:1])
        time.sleep(max(0.0, slow_t0 + 12 - time.time()))
        slow.settimeout(5)
        try:
            closed = slow.recv(100) == b""
        except ConnectionResetError:
            closed = True
        except socket.timeout:
            closed = False
        check(closed, "a client silent for SERVE_TIMEOUT_S (10 s) is disconnected")
        slow.close()
        run_shards(fa_index, fa_search, tmp)
        run_field_facets(fa_index, fa_search, tmp)
        run_concurrent(fa_search, db)
        run_saturated(fa_search, db)
        check(srv.stop() == 0, "SIGTERM stops the server cleanly (exit 0)", srv.log[-3:])
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


c_seen = []   # every body received, for the path check


def get(c, path, **kw):
    st, h, body = c.get(path, **kw)
    c_seen.append(body)
    return st, h, body


def run_api(c, fa_search, dbs):
    # The JSON of fa-search --json, byte for byte.
    cases = [
        ("/api/search?q=pakistan&facets=1", ["--json", "--facets", "pakistan"]),
        ("/api/search?q=treaty&country=india&country=PAK&sort=-date&limit=5&offset=1",
         ["--json", "--country", "india", "--country", "PAK", "--sort", "-date", "--limit", "5", "--offset", "1", "treaty"]),
        ("/api/search?q=&from=2020&to=2021-06&facets=1&facet_limit=3",
         ["--json", "--from", "2020", "--to", "2021-06", "--facets", "--facet-limit", "3", ""]),
        ("/api/search?q=taliban%20OR%20kashmir&official=Blinken",
         ["--json", "--official", "Blinken", "taliban OR kashmir"]),
        ("/api/search?q=-kashmir&from=2023", ["--json", "--from", "2023", "--", "-kashmir"]),
        ("/api/search?q=treaty&histogram=year&facets=1", ["--json", "--histogram", "year", "--facets", "treaty"]),
        ("/api/search?q=&histogram=month&from=2021&to=2022", ["--json", "--histogram", "month", "--from", "2021", "--to", "2022", ""]),
        ("/api/search?q=&histogram=decade", ["--json", "--histogram", "decade", ""]),
        # One facet's own limit, and the facet filter box's facet_match.
        ("/api/search?q=&facets=1&facet_limit=2&facet_limit.about=500&facet_limit.official=5",
         ["--json", "--facets", "--facet-limit", "2", "--facet-limit", "about=0", "--facet-limit", "official=5", ""]),
        ("/api/search?q=&limit=0&facets=1&facet_limit=3&facet_match=SECRETARY%20of",
         ["--json", "--limit", "0", "--facets", "--facet-limit", "3", "--facet-match", "SECRETARY of", ""]),
        ("/api/search?q=&limit=0&facets=1&facet_match=%C3%A9t",
         ["--json", "--limit", "0", "--facets", "--facet-match", "\u00e9t", ""]),
    ]
    for path, args in cases:
        st, h, body = get(c, path)
        rc, out, err = cli(fa_search, dbs, *args)
        check(st == 200 and rc == 0 and body == out, "GET %s equals fa-search %s" % (path, " ".join(args)),
              "%d %r\nvs %d %r %s" % (st, body[:300], rc, out[:300], err))
        check(headers_ok(h) and h.get("content-type", "").startswith("application/json")
              and h.get("cache-control") == "no-store", "%s: JSON with the security headers" % path, h)
    # The facet totals a page's "Show more (N)" relies on: every value
    # counted, however few are listed, and with facet_match those matching.
    every = json.loads(get(c, "/api/search?q=&limit=0&facets=1&facet_limit=500")[2])
    few = json.loads(get(c, "/api/search?q=&limit=0&facets=1&facet_limit=3")[2])
    check(all(few["facet_total_values"][f] == len(every["facets"][f]) > 3 for f in ("country", "official"))
          and all(len(few["facets"][f]) == 3 for f in ("country", "official")),
          "facet_total_values counts every value, not the 3 listed", few["facet_total_values"])
    sec = json.loads(get(c, "/api/search?q=&limit=0&facets=1&facet_limit=2&facet_match=secretary")[2])
    names = [v["name"] for v in every["facets"]["official"] if "secretary" in v["name"].lower()]
    check(sec["facet_total_values"]["official"] == len(names) > 2 and len(sec["facets"]["official"]) == 2
          and all("secretary" in v["name"].lower() for v in sec["facets"]["official"]),
          "facet_match=secretary: the %d officials whose post says so, 2 listed" % len(names),
          (sec["facet_total_values"], sec["facets"]["official"]))
    # /api/list/WHAT is fa-search --list WHAT --json, byte for byte.
    for what in ("countries", "officials", "fields"):
        st, h, body = get(c, "/api/list/" + what)
        rc, out, err = cli(fa_search, dbs, "--list", what, "--json")
        check(st == 200 and rc == 0 and body == out and headers_ok(h),
              "GET /api/list/%s equals fa-search --list %s --json" % (what, what), (st, body[:200], out[:200]))
    st, h, body = get(c, "/api/list/nations")
    check(st == 404 and b"countries, officials or fields" in body, "/api/list/nations: 404 naming the lists", body)
    st, h, body = get(c, "/api/list/countries?x=1")
    check(st == 400 and b"takes no parameter" in body, "/api/list/countries?x=1: 400", body)
    for path, msg in [("/api/search?q=&facet_match=x", "facet_match goes with facets=1"),
                      ("/api/search?q=&facets=1&facet_limit.speaker=3", "unknown parameter 'facet_limit.speaker'"),
                      ("/api/search?q=&facets=1&facet_limit.official=501", "facet_limit.official must be a number from 1 to 500")]:
        st, h, body = get(c, path)
        check(st == 400 and msg in body.decode(), "%s: 400, %s" % (path, msg), body[:200])
    # Errors: JSON, with the status and the CLI's message.
    for path, args in [("/api/search?q=arms%20AND", ["arms AND"]),
                       ("/api/search?q=x&country=Pakistn", ["--country", "Pakistn", "x"]),
                       ("/api/search?q=speaker:Arce", ["speaker:Arce"]),
                       ("/api/search?q=x&from=20x0", ["--from", "20x0", "x"])]:
        st, h, body = get(c, path)
        rc, out, err = cli(fa_search, dbs, *args)
        msg = err.strip().split("\n")[0]
        msg = msg[len("fa-search: "):] if msg.startswith("fa-search: ") else msg
        try:
            j = json.loads(body)
        except ValueError:
            j = {}
        check(st == 400 and rc == 5 and j.get("error") == msg and j.get("status") == 400,
              "%s: 400 with the CLI's message" % path, "%d %r vs %r" % (st, body, msg))
    # about= (issue 15): the command line's --about, repeatable, aliases
    # resolved; an unknown value is the command line's 400.
    for path, args in [("/api/search?about=Pakistan&facets=1", ["--about", "Pakistan", "--facets"]),
                       ("/api/search?q=talks&about=PAK&about=India", ["--about", "PAK", "--about", "India", "talks"])]:
        st, h, body = get(c, path)
        rc, out, err = cli(fa_search, dbs, "--json", *args)
        check(st == 200 and rc == 0 and body == out and json.loads(body)["total"] > 0,
              "%s equals fa-search --json %s" % (path, " ".join(args)), body[:200])
    st, h, body = get(c, "/api/search?q=x&about=Pakistn")
    check(st == 400 and b"unknown about value" in body, "about=Pakistn: 400 naming the value", body)
    # One article: the JSON of --show --json.
    st, h, body = get(c, "/api/article/fa-002?q=kashmir")
    rc, out, err = cli(fa_search, dbs, "--show", "fa-002", "--json", "kashmir")
    check(st == 200 and body == out, "/api/article/fa-002 equals fa-search --show fa-002 --json", body[:200])
    st, h, body = get(c, "/api/article/seed%2Fqureshi-blinken-unga76.txt")
    check(st == 200 and json.loads(body)["id"] == "seed/qureshi-blinken-unga76.txt", "an id with a slash, %2F-encoded", body[:200])
    st, h, body = get(c, "/api/article/no-such-id")
    check(st == 404 and json.loads(body)["status"] == 404, "unknown article: 404 JSON", body)
    # The export: fa-search --format csv, byte for byte, across chunks.
    for q in ["", "fisheries", "treaty"]:
        path = "/api/export.csv?q=" + q
        st, h, body = get(c, path)
        rc, out, err = cli(fa_search, dbs, "--format", "csv", q)
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
        check(st == 200 and body == out, "%s equals fa-search --format csv (%d rows)" % (path, len(rows) - 1),
              "%d %d bytes vs %d bytes" % (st, len(body), len(out)))
        check(h.get("content-type", "").startswith("text/csv") and "attachment" in h.get("content-disposition", "")
              and headers_ok(h), "%s: text/csv attachment with the security headers" % path, h)
    st, h, body = get(c, "/api/export.csv?q=fisheries&fields=id,date")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    check(st == 200 and rows[0] == ["id", "date"] and len(rows) == NGEN + 1 and len({r[0] for r in rows[1:]}) == NGEN,
          "export fields=id,date: %d distinct rows" % NGEN, rows[:3])
    st, h, body = get(c, "/api/export.csv?q=a%20AND")
    check(st == 400 and b"does not parse" in body, "export of a bad query: 400 before any row", body)
    st, h, body = get(c, "/api/export.csv?q=x&limit=5")
    check(st == 400 and b"limit" in body, "export refuses limit= (it exports every match)", body)


def run_hostile(c):
    st, h, body = get(c, "/api/search?q=xsstest&limit=100")
    try:
        j = json.loads(body.decode("utf-8"))   # strict: valid UTF-8
    except ValueError as e:
        bad("hostile articles: valid UTF-8 JSON", e)
        return
    check(st == 200 and j["total"] == 3, "the three hostile articles are found", j.get("total"))
    check(all(only_b_tags(hit["snippet"]) for hit in j["hits"]), "hostile snippets: escaped text and <b> only",
          [hit["snippet"] for hit in j["hits"]])
    check(any("\ufffd" in (hit["title"] or "") for hit in j["hits"]), "invalid UTF-8 in a title shows as U+FFFD")
    for hit in j["hits"]:
        st, h, body = get(c, "/api/article/" + "".join("%%%02X" % b for b in hit["id"].encode()) + "?q=xsstest")
        try:
            a = json.loads(body.decode("utf-8"))
        except ValueError:
            a = {}
        check(st == 200 and only_b_tags(a.get("html", "<")) and a.get("id") == hit["id"],
              "article %r: its html is escaped text and <b> only" % hit["id"][:30], body[:300])
    st, h, body = get(c, "/api/export.csv?q=xsstest")
    check(st == 200 and h.get("x-content-type-options") == "nosniff" and h["content-type"].startswith("text/csv"),
          "hostile export: text/csv, nosniff")


def run_assets(c, port):
    st, h, page = get(c, "/")
    check(st == 200 and h["content-type"].startswith("text/html") and headers_ok(h), "/ is the page, with the security headers", h)
    scripts = re.findall(rb"<script\b[^>]*>", page)
    check(scripts and all(b" src=" in s for s in scripts) and not re.search(rb"<script\b[^>]*>\s*[^<\s]", page),
          "the page has no inline script", scripts)
    check(not re.search(rb"\son[a-z]+\s*=", page) and b"javascript:" not in page and b"http://" not in page
          and b"https://" not in page, "the page has no inline handler and names no other origin")
    for name, kind in [("/app.js", "text/javascript"), ("/app.css", "text/css"), ("/icon.svg", "image/svg+xml"),
                       ("/index.html", "text/html")]:
        st, h, body = get(c, name)
        check(st == 200 and h["content-type"].startswith(kind) and len(body) > 100 and headers_ok(h),
              "%s served as %s" % (name, kind))
    js = get(c, "/app.js")[2]
    check(b"innerHTML" not in js and b"eval(" not in js and b"outerHTML" not in js and b"insertAdjacentHTML" not in js,
          "app.js never uses innerHTML, eval or insertAdjacentHTML")
    # Traversal: no URL reaches a file, however it is spelled.
    for path in ["/../Makefile", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/app.js/../../Makefile",
                 "/%2fetc%2fpasswd", "//etc/passwd", "/assets/app.js", "/searcher/assets/app.js",
                 "/app.js%00.html", "/.%2e/README.md", "/%252e%252e/etc/passwd", "/app.js?../../Makefile",
                 "/index.html/", "/APP.JS", "/api/../app.js", "/api/search/../../etc/passwd"]:
        data = raw(port, b"GET " + path.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        c_seen.append(data)
        status = data.split(b" ", 2)[1] if data.startswith(b"HTTP/") else b"?"
        leaked = b"root:" in data or b"CFLAGS" in data or b"# fa" in data
        # MHD decodes %00 into the C string's end: /app.js%00.html is
        # /app.js, still served as JavaScript (nosniff), which is harmless.
        js = b"text/javascript" in data and b"'use strict'" in data
        allowed = {b"404", b"400"} | ({b"200"} if js and path.startswith("/app.js") else set())
        check(status in allowed and not leaked, "traversal %s: %s, nothing leaked" % (path, status.decode()), data[:200])


def run_malformed(c, port):
    long_q = "a" * 3000
    cases = [
        ("/api/search?q=" + long_q, 400, b"SERVE_MAX_QUERY_BYTES"),
        ("/api/search?q=x&limit=101", 400, b"SERVE_MAX_LIMIT"),
        ("/api/search?q=x&limit=-1", 400, b"limit"),
        ("/api/search?q=x&limit=abc", 400, b"limit"),
        ("/api/search?q=x&offset=10001", 400, b"SERVE_MAX_OFFSET"),
        ("/api/search?q=x&facet_limit=0", 400, b"facet_limit"),
        ("/api/search?q=x&facet_limit=501", 400, b"SERVE_MAX_FACET_LIMIT"),
        ("/api/search?q=x&sort=sideways", 400, b"sort"),
        ("/api/search?q=x&facets=maybe", 400, b"facets"),
        ("/api/search?q=x&histogram=week", 400, b"histogram"),
        ("/api/search?q=a&q=b", 400, b"twice"),
        ("/api/search?q=x&bogus=1", 400, b"unknown parameter"),
        ("/api/search?q=%00x", 400, b"NUL"),
        ("/api/search?" + "&".join("country=PAK" for _ in range(65)), 400, b"SERVE_MAX_FILTERS"),
        ("/api/search?" + "&".join("x%d=1" % i for i in range(201)), 400, b"SERVE_MAX_PARAMS"),
        ("/api/search?q=%ff%fe%c3%28", 200, b'"query":"\\ufffd'),
        ("/api/search?q=%zz%", 200, b'"total"'),
        ("/api/search?&&&=&q", 200, b'"total"'),
        ("/api/search?q=" + "(" * 70 + "a" + ")" * 70, 400, b"nests"),
        ("/api/nothing", 404, b'"status":404'),
        ("/api/search?fields=id", 400, b"fields"),
    ]
    for path, want, needle in cases:
        st, h, body = get(c, path)
        check(st == want and needle in body and body.startswith(b"{"), "%s -> %d" % (path[:60], want), "%d %r" % (st, body[:300]))
    # A request line or headers past SERVE_MAX_REQUEST_BYTES: MHD refuses it.
    data = raw(port, b"GET /api/search?q=" + b"a" * 40000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    check(re.match(rb"HTTP/1\.[01] (414|431|413)", data) is not None, "a 40 KB request line: 414/431", data[:100])
    data = raw(port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"b" * 40000 + b"\r\n\r\n")
    check(re.match(rb"HTTP/1\.[01] (414|431|413)", data) is not None, "a 40 KB header: 431", data[:100])
    data = raw(port, b"NONSENSE\r\n\r\n")
    check(data.startswith(b"HTTP/1.1 400") or data == b"", "a garbage request line: 400 or closed", data[:100])
    data = raw(port, b"GET / HTTP/1.1\r\n\r\n")
    check(data.startswith(b"HTTP/1.1 400"), "HTTP/1.1 without Host: 400 (MHD)", data[:100])


def run_protocol(c, port):
    # HTTP/1.0: answered, then closed.
    data = raw(port, b"GET /api/search?q=kashmir HTTP/1.0\r\n\r\n")
    head, _, body = data.partition(b"\r\n\r\n")
    check(re.match(rb"HTTP/1\.[01] 200", head) is not None and json.loads(body)["total"] == 2,
          "HTTP/1.0 GET answered and closed", head[:100])
    # Keep-alive: several requests on one connection.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    socks = []
    for path in ["/api/search?q=kashmir", "/", "/api/search?q=treaty", "/app.js"]:
        conn.request("GET", path)
        r = conn.getresponse()
        r.read()
        socks.append((r.status, conn.sock))
    conn.close()
    check(all(s == 200 for s, _ in socks) and all(k is socks[0][1] for _, k in socks),
          "keep-alive: four requests on one connection", socks)
    # HEAD: the GET's headers, no body.
    for path in ["/", "/api/search?q=kashmir", "/app.js", "/api/export.csv?q=kashmir"]:
        st, h, body = get(c, path, method="HEAD")
        st2, h2, body2 = get(c, path)
        same_len = h.get("content-length") == h2.get("content-length") or "content-length" not in h2
        check(st == 200 and body == b"" and same_len and headers_ok(h), "HEAD %s: headers, no body" % path, (st, h))
    for method in ["POST", "PUT", "DELETE", "OPTIONS", "TRACE"]:
        st, h, body = get(c, "/api/search?q=x", method=method, body=b"q=y" if method != "TRACE" else None)
        check(st == 405 and "GET" in h.get("allow", "") and b'"status":405' in body, "%s: 405 with Allow" % method, (st, body))
    # Another site rebinding its name to 127.0.0.1 is refused.
    st, h, body = get(c, "/api/search?q=x", headers={"Host": "evil.example:%d" % port})
    check(st == 403 and b"Host" in body, "a foreign Host header: 403", (st, body))
    st, h, body = get(c, "/api/search?q=x", headers={"Host": "localhost:%d" % port})
    check(st == 200, "Host localhost:PORT is accepted", st)


def run_shards(fa_index, fa_search, tmp):
    dbs = []
    for k in (1, 2):
        d = os.path.join(tmp, "shard%d" % k)
        subprocess.run([fa_index, "--quiet", "--db", d, "--shard", "%d/2" % k, os.path.join(fixtures.ROOT, "corpus")],
                       check=True)
        dbs.append(d)
    srv = fixtures.Server(fa_search, dbs)
    try:
        st, h, body = Client(srv.port).get("/api/search?q=treaty&facets=1")
        rc, out, err = cli(fa_search, dbs, "--json", "--facets", "treaty")
        check(st == 200 and body == out and json.loads(body)["total"] > 0, "two shards served as one (--db twice)", body[:200])
    finally:
        check(srv.stop() == 0, "the shards' server stops cleanly", srv.log[-3:])


def run_field_facets(fa_index, fa_search, tmp):
    # Stored fields made countable (fa-index --field): facet=NAME is
    # fa-search --facet NAME, and field.NAME: filters in q as on the CLI.
    src = os.path.join(tmp, "speeches.jsonl")
    with open(src, "w") as f:
        for i, (who, where) in enumerate([("Ana Ruiz", "Chile"), ("Ana Ruiz", "Chile"), ("Li Wei", "China"),
                                          ("Omar Haddad", "Jordan"), ("Li Wei", "China")]):
            f.write(json.dumps({"id": "sp-%d" % i, "date": "%d-09-2%d" % (2000 + i, i), "speaker": who,
                                "nation": where, "text": "Speech %d on fisheries and the sea." % i}) + "\n")
    d = os.path.join(tmp, "fields")
    subprocess.run([fa_index, "--quiet", "--db", d, "--field", "speaker", "--field", "nation", src], check=True)
    srv = fixtures.Server(fa_search, [d])
    try:
        c = Client(srv.port)
        for path, args in [("/api/search?q=fisheries&facet=speaker&facet=nation",
                            ["--json", "--facet", "speaker", "--facet", "nation", "fisheries"]),
                           ("/api/search?q=field.nation:china&facet=speaker",
                            ["--json", "--facet", "speaker", "field.nation:china"])]:
            st, h, body = c.get(path)
            rc, out, err = cli(fa_search, [d], *args)
            check(st == 200 and rc == 0 and body == out, "GET %s equals fa-search %s" % (path, " ".join(args)),
                  "%d %r vs %r %s" % (st, body[:300], out[:300], err))
        j = json.loads(c.get("/api/search?q=&facet=speaker")[2])
        got = {v["value"]: v["count"] for v in j.get("field_facets", {}).get("speaker", [])}
        check(got == {"Ana Ruiz": 2, "Li Wei": 2, "Omar Haddad": 1}, "facet=speaker counts every speaker", j.get("field_facets"))
        st, h, body = c.get("/api/search?q=x&facet=nosuch")
        rc, out, err = cli(fa_search, [d], "--facet", "nosuch", "x")
        msg = err.strip().split("\n")[0]
        msg = msg[len("fa-search: "):] if msg.startswith("fa-search: ") else msg
        check(st == 400 and rc == 5 and json.loads(body).get("error") == msg,
              "facet=NAME the index lacks: 400 with the CLI's message", "%d %r vs %r" % (st, body, msg))
    finally:
        check(srv.stop() == 0, "the stored-fields server stops cleanly", srv.log[-3:])


def run_concurrent(fa_search, db):
    """Many searches at once, each building its query from scratch: a
    query object shared between threads (Xapian's static MatchAll, whose
    reference count is not atomic) crashed the server under load. With
    --threads 1 every request waits its turn: none is refused."""
    import threading
    urls = ["/api/search?country=USA&limit=1", "/api/search?q=NOT+fisheries&limit=1",
            "/api/search?q=fisheries+OR+chile&limit=1&facets=1", "/api/search?official=Imran+Khan&limit=1"]
    for threads, clients, each in (("16", 16, 60), ("1", 8, 10)):
        srv = fixtures.Server(fa_search, [db], "--threads", threads, "--max-clients", "32")
        statuses, lock = {}, threading.Lock()

        def client(k):
            conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
            mine = {}
            for i in range(each):
                try:
                    conn.request("GET", urls[(k + i) % len(urls)])
                    r = conn.getresponse()
                    r.read()
                    mine[r.status] = mine.get(r.status, 0) + 1
                except (OSError, http.client.HTTPException) as e:
                    mine[type(e).__name__] = mine.get(type(e).__name__, 0) + 1
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
            conn.close()
            with lock:
                for key, v in mine.items():
                    statuses[key] = statuses.get(key, 0) + v
        try:
            ts = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            check(statuses == {200: clients * each},
                  "%d clients x %d searches at once, --threads %s: every answer 200" % (clients, each, threads),
                  statuses)
            check(srv.proc.poll() is None, "... and the server is still running (--threads %s)" % threads,
                  srv.log[-3:])
        finally:
            # Idle a moment first: libmicrohttpd's workers then sleep in
            # epoll with no timeout, and without its inter-thread channel
            # (MHD_USE_ITC) SIGTERM left them there, so the server never
            # stopped after a burst of load.
            time.sleep(0.5)
            t0 = time.time()
            rc = srv.stop()
            check(rc == 0 and time.time() - t0 < 5,
                  "the concurrent server stops cleanly and at once after idling (--threads %s)" % threads,
                  (rc, round(time.time() - t0, 1), srv.log[-3:]))


def run_saturated(fa_search, db):
    srv = fixtures.Server(fa_search, [db], "--max-clients", "2", "--threads", "2")
    try:
        idle = [socket.create_connection(("127.0.0.1", srv.port)) for _ in range(2)]
        time.sleep(0.3)
        st, h, body = Client(srv.port).get("/api/search?q=kashmir")
        check(st == 503 and h.get("retry-after") == "1" and b'"status":503' in body,
              "past --max-clients: 503 with Retry-After", (st, body))
        for s in idle:
            s.close()
        time.sleep(0.3)
        st, h, body = Client(srv.port).get("/api/search?q=kashmir")
        check(st == 200, "after they close: 200 again", st)
    finally:
        check(srv.stop() == 0, "the saturated server stops cleanly", srv.log[-3:])
    srv = fixtures.Server(fa_search, [db], "--threads", "2")
    try:
        # Exports: SERVE_MAX_EXPORTS (2) at once, the third is 503.
        slow = []
        for _ in range(2):
            conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
            conn.request("GET", "/api/export.csv?q=fisheries&fields=id")
            r = conn.getresponse()
            r.read(100)   # started, and left unread
            slow.append((conn, r))
        st, h, body = Client(srv.port).get("/api/export.csv?q=fisheries&fields=id")
        check(st == 503 and b"exports" in body, "a third export at once: 503", (st, body))
        for conn, r in slow:
            conn.close()
    finally:
        check(srv.stop() == 0, "the export server stops cleanly", srv.log[-3:])


if __name__ == "__main__":
    sys.exit(main())
