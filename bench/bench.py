#!/usr/bin/python3
"""Benchmark driver, called by bench/run: fa vs plain Xapian vs SQLite FTS5.

usage: bench.py CORPUS     (from the repository root; see bench/README.md)
       bench.py --render bench/results/NAME.json   (rewrite NAME.md from the JSON)

Builds the three indexes (each engine in its own child process, measured
with os.wait4), times the queries of bench/queries.txt in one process per
engine and mode set, prints a markdown report on stdout and writes it, with
the raw figures as JSON, to bench/results/. Progress goes to stderr.
"""
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time

import xapian

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
WORK = os.path.join(BENCH, "work")
RESULTS = os.path.join(BENCH, "results")
PY = "/usr/bin/python3"
FA_INDEX = os.path.join(ROOT, "build", "fa-index")
FA_SEARCH = os.path.join(ROOT, "build", "fa-search")
WARMUP = 2

ENGINES = [("fa", "fa"), ("xapian", "Xapian"), ("fts5", "FTS5")]
PEERS = [("xapian", "Xapian"), ("fts5", "FTS5")]
MODES = [
    ("top10", "1. top 10 alone",
     "fa `--total estimate --snippet-bytes 0`; Xapian `get_mset(0, 10)` (default "
     "check_at_least); FTS5 `SELECT id, title ... ORDER BY rank LIMIT 10`. "
     "Every engine fetches the 10 hits' id and title."),
    ("top10-exact", "2. top 10 + exact total",
     "fa `--total exact --snippet-bytes 0`; Xapian `get_mset(0, 10, doccount)`; "
     "FTS5 the LIMIT 10 query plus `SELECT count(*) ... MATCH ?`."),
    ("facets", "3. top 10 + exact total + country and official facets (fa only)",
     "fa `--facets --snippet-bytes 0`. The peers have no entity facets; fa's "
     "ratios here are to the peers' mode 2 figures (top 10 + exact total)."),
    ("page", "4. full result page: top 10 + exact total + 10 snippets",
     "fa default (`--total exact --snippet-bytes 240`); Xapian mode 2 plus "
     "`MSet.snippet(text, 240, Stem('english'))` (default flags) on each hit's "
     "stored text; FTS5 mode 2 with `snippet(docs, 3, '<b>', '</b>', '...', 32)` "
     "in the LIMIT 10 query."),
]
FA_MODE_FLAGS = {
    "top10": ["--total", "estimate", "--snippet-bytes", "0"],
    "top10-exact": ["--total", "exact", "--snippet-bytes", "0"],
    "facets": ["--facets", "--snippet-bytes", "0"],
    "page": ["--snippet-bytes", "240"],
}
PEER_MODES = ["top10", "top10-exact", "page"]
PHRASE_KINDS = ("phrase2", "phrase3", "phrase4", "phrase+term")


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def die(msg):
    log(msg)
    sys.exit(1)


def env_int(name, default, minimum):
    v = os.environ.get(name, "")
    if not v:
        return default
    try:
        n = int(v)
    except ValueError:
        die("%s must be a number, not '%s'" % (name, v))
    if n < minimum:
        die("%s must be at least %d" % (name, minimum))
    return n


# ------------------------------------------------------------ measuring

def run_measured(argv, tag):
    """Run argv as a child; stdout/stderr to WORK/<tag>.out/.err.
    Returns wall, cpu (user+sys of the child), peak RSS and exit code."""
    out = open(os.path.join(WORK, tag + ".out"), "wb")
    err = open(os.path.join(WORK, tag + ".err"), "wb")
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4
    out.close()
    err.close()
    return {"argv": argv, "rc": p.returncode, "wall_s": wall,
            "user_s": ru.ru_utime, "sys_s": ru.ru_stime,
            "cpu_s": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss}


def read_log(tag, ext):
    with open(os.path.join(WORK, tag + "." + ext), encoding="utf-8", errors="replace") as f:
        return f.read()


def check(res, tag, ok=(0,)):
    if res["rc"] not in ok:
        sys.stderr.write(read_log(tag, "err")[-3000:])
        die("%s failed (exit %d): %s" % (tag, res["rc"], " ".join(res["argv"])))


def disk_size(path):
    """Bytes of the files of path (a file or a directory), apparent size."""
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for d, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(d, f))
    return total


def rm(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


# --------------------------------------------------------------- corpus

def prepare_corpus(src, limit):
    """Count the speeches and text bytes; with a limit, write the first N
    lines to WORK as .jsonl.gz (every engine reads the same gzip file)."""
    n = 0
    text_bytes = 0
    dst = src
    w = None
    if limit:
        dst = os.path.join(WORK, "corpus-first-%d.jsonl.gz" % limit)
        w = gzip.open(dst, "wt", encoding="utf-8", compresslevel=6)
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            if limit and n >= limit:
                break
            n += 1
            text_bytes += len((json.loads(line).get("text") or "").encode("utf-8"))
            if w:
                w.write(line)
    if w:
        w.close()
    return dst, n, text_bytes


# -------------------------------------------------------------- queries

def fts5_translate(q):
    """Xapian QueryParser syntax -> FTS5: AND/OR/NOT, parentheses, quoted
    phrases and word* pass through; a bareword with punctuation (such as a
    hyphen, which QueryParser reads as a phrase) becomes a phrase."""
    out = []
    for m in re.finditer(r'"[^"]*"|[()]|[^\s()"]+', q):
        tok = m.group(0)
        if tok.startswith('"') or tok in ("(", ")", "AND", "OR", "NOT"):
            out.append(tok)
        elif re.fullmatch(r"\w+\*?", tok):
            out.append(tok)
        else:
            out.append('"%s"' % " ".join(re.findall(r"\w+", tok)))
    return " ".join(out)


def load_queries(path):
    qs = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or not cols[1].strip():
                die("%s:%d: want KIND<TAB>QUERY[<TAB>FTS5 FORM]" % (path, lineno))
            fts = cols[2] if len(cols) > 2 and cols[2].strip() else fts5_translate(cols[1])
            qs.append({"kind": cols[0], "query": cols[1], "xapian": cols[1], "fts5": fts})
    if len(qs) < 1:
        die("%s: no queries" % path)
    return qs


def parse_fa_timing(text, queries, tag):
    rows = {}
    for line in text.splitlines():
        if line.startswith("fa-search: timing\t"):
            f = line.split("\t")
            rows[f[1]] = {"total": int(f[2]), "p50_ms": float(f[3].split()[1]),
                          "p95_ms": float(f[4].split()[1])}
        elif line.strip():
            log("%s: %s" % (tag, line))
    out = []
    for q in queries:
        if q["query"] not in rows:
            die("%s: no timing line for query %s" % (tag, q["query"]))
        out.append(dict(query=q["query"], **rows[q["query"]]))
    return out


# ------------------------------------------------------------ formatting

def fmt_s(x):
    return "%.1f s" % x if x >= 10 else "%.2f s" % x


def fmt_mb(kb):
    return "%.0f MB" % (kb / 1024.0)


def fmt_bytes(b):
    return "%.1f MB" % (b / 1e6)


def fmt_ms(x):
    if x is None:
        return "-"
    return "%.3f" % x if x < 10 else "%.1f" % x


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "n/a"
    r = a / b
    return "%.2fx" % r if r < 10 else "%.1fx" % r


def with_ratios(text, a, peers):
    """'text (0.45x Xapian, 0.09x FTS5)' for peers = [(label, value)]."""
    return "%s (%s)" % (text, ", ".join("%s %s" % (ratio(a, v), lab) for lab, v in peers))


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(lines)


def count_note(q, c):
    """Why the match counts differ, if they do."""
    parts = []
    for eng, lab in PEERS:
        if c.get(eng) is None or c.get("fa") is None or c[eng] == c["fa"]:
            continue
        d = c[eng] - c["fa"]
        pct = 100.0 * d / c["fa"] if c["fa"] else float("inf")
        parts.append("%s %+d (%+.1f%%)" % (lab, d, pct))
    if not parts:
        return ""
    why = []
    phrase = '"' in q["query"] or re.search(r"\w-\w", q["query"])
    if phrase and c.get("xapian") != c.get("fa"):
        why.append("fa stems phrase words (inflections match), Xapian STEM_SOME "
                   "phrases match the exact words")
    if q["kind"] == "wildcard":
        why.append("wildcards expand over index terms: stems in fa, words and "
                   "Z-stems in Xapian, Porter tokens in FTS5")
    if not phrase and q["kind"] != "wildcard" and c.get("xapian") != c.get("fa"):
        why.append("Xapian differs without a phrase: fa's own text handling "
                   "(STEM_ALL, its article parsing) vs plain TermGenerator with "
                   "STEM_SOME; not analysed further")
    if c.get("fts5") != c.get("fa"):
        why.append("FTS5: Porter stemmer (not Snowball english) and unicode61 "
                   "tokens (splits at apostrophes and hyphens, folds accents)")
    if not why:
        why.append("tokenizer or stemmer differences")
    return "; ".join(parts) + ": " + "; ".join(why)


def machine_info():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram = None
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    ram = int(line.split()[1]) * 1024
    except OSError:
        pass
    host = re.sub(r"[^A-Za-z0-9._-]", "", socket.gethostname() or "") or "machine"
    return {"hostname": host, "nproc": os.cpu_count(), "cpu_model": model, "ram_bytes": ram}


def versions():
    def cmd(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT,
                                  check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None
    return {
        "fa": cmd(["git", "describe", "--always", "--dirty", "--tags"]) or "unknown",
        "fa_commit": cmd(["git", "rev-parse", "HEAD"]) or "unknown",
        "xapian_python": xapian.version_string(),
        "xapian_config": (cmd(["xapian-config", "--version"]) or "").split(" ")[-1] or None,
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
    }


# ------------------------------------------------------------------ main

INDEX_PATHS = {"fa": os.path.join(WORK, "fa"), "fa-noent": os.path.join(WORK, "fa-noent"),
               "xapian": os.path.join(WORK, "xapian"),
               "xapian-compact": os.path.join(WORK, "xapian-compact"),
               "fts5": os.path.join(WORK, "fts5.db")}


def index_all(corpus, paths):
    idx = {}
    for p in paths.values():
        rm(p)

    for key, extra in (("fa", []), ("fa-noent", ["--no-entities"])):
        log("indexing with %s%s" % (FA_INDEX, " " + " ".join(extra) if extra else ""))
        r = run_measured([FA_INDEX, "--db", paths[key], "--quiet"] + extra + [corpus],
                         "index-" + key)
        check(r, "index-" + key, ok=(0, 3))
        if r["rc"] == 3:
            log("fa-index: some input skipped or repaired (exit 3)")
        r["size_before"] = r["size_after"] = disk_size(paths[key])
        r["compact"] = None
        r["docs"] = xapian.Database(paths[key]).get_doccount()
        idx[key] = r

    log("indexing with plain Xapian (bench/xapian_index.py)")
    r = run_measured([PY, os.path.join(BENCH, "xapian_index.py"), paths["xapian"], corpus],
                     "index-xapian")
    check(r, "index-xapian")
    r["size_before"] = disk_size(paths["xapian"])
    log("compacting with xapian-compact")
    c = run_measured(["xapian-compact", paths["xapian"], paths["xapian-compact"]],
                     "compact-xapian")
    check(c, "compact-xapian")
    r["compact"] = c
    r["size_after"] = disk_size(paths["xapian-compact"])
    r["docs"] = xapian.Database(paths["xapian-compact"]).get_doccount()
    idx["xapian"] = r

    log("indexing with SQLite FTS5 (bench/fts5_index.py)")
    r = run_measured([PY, os.path.join(BENCH, "fts5_index.py"), paths["fts5"], corpus],
                     "index-fts5")
    check(r, "index-fts5")
    r["size_before"] = disk_size(paths["fts5"])
    log("optimizing FTS5 ('optimize', then VACUUM)")
    c = run_measured([PY, os.path.join(BENCH, "fts5_index.py"), "--optimize", paths["fts5"]],
                     "compact-fts5")
    check(c, "compact-fts5")
    r["compact"] = c
    r["size_after"] = disk_size(paths["fts5"])
    con = sqlite3.connect(paths["fts5"])
    r["docs"] = con.execute("SELECT count(*) FROM docs").fetchone()[0]
    con.close()
    idx["fts5"] = r
    return idx


def query_all(queries, paths, reps):
    res = {"fa": {}, "xapian": {}, "fts5": {}}
    rss = {}
    fa_batch = os.path.join(WORK, "queries.fa")
    with open(fa_batch, "w", encoding="utf-8") as f:
        for q in queries:
            f.write(q["query"] + "\n")
    qjson = os.path.join(WORK, "queries.json")
    with open(qjson, "w", encoding="utf-8") as f:
        json.dump([{"xapian": q["xapian"], "fts5": q["fts5"]} for q in queries], f)

    for mode, _, _ in MODES:
        base = [FA_SEARCH, "--db", paths["fa"], "--batch", fa_batch] + FA_MODE_FLAGS[mode]
        log("fa queries, mode %s (%d warm-up + %d timed runs per query)" % (mode, WARMUP, reps))
        tag = "query-fa-%s-warmup" % mode
        check(run_measured(base + ["--repeat", str(max(WARMUP, 2))], tag), tag)
        tag = "query-fa-" + mode
        r = run_measured(base + ["--repeat", str(reps)], tag)
        check(r, tag)
        rss["fa-" + mode] = r["maxrss_kb"]
        res["fa"][mode] = parse_fa_timing(read_log(tag, "err"), queries, tag)

    for eng, script, db in (("xapian", "xapian_query.py", paths["xapian-compact"]),
                            ("fts5", "fts5_query.py", paths["fts5"])):
        log("%s queries, modes %s (%d warm-up + %d timed runs per query)"
            % (eng, " ".join(PEER_MODES), WARMUP, reps))
        out = os.path.join(WORK, "query-%s.json" % eng)
        tag = "query-" + eng
        r = run_measured([PY, os.path.join(BENCH, script), db, qjson, str(reps),
                          str(WARMUP), out] + PEER_MODES, tag)
        check(r, tag)
        rss[eng] = r["maxrss_kb"]
        with open(out, encoding="utf-8") as f:
            res[eng] = json.load(f)
    return res, rss


def aggregate(queries, res):
    """Per query kind: mean of the kind's per-query p50 and p95; overall:
    median and sum of the per-query p50 (p95) over the whole set."""
    kinds = []
    for q in queries:
        if q["kind"] not in kinds:
            kinds.append(q["kind"])
    agg = {}
    for eng, _ in ENGINES:
        agg[eng] = {}
        for mode, rows in res[eng].items():
            a = {}
            for k in kinds:
                sel = [r for r, q in zip(rows, queries) if q["kind"] == k]
                a[k] = {"p50_ms": statistics.mean(r["p50_ms"] for r in sel),
                        "p95_ms": statistics.mean(r["p95_ms"] for r in sel),
                        "queries": len(sel)}
            a["all (median)"] = {"p50_ms": statistics.median(r["p50_ms"] for r in rows),
                                 "p95_ms": statistics.median(r["p95_ms"] for r in rows),
                                 "queries": len(rows)}
            a["all (sum)"] = {"p50_ms": sum(r["p50_ms"] for r in rows),
                              "p95_ms": sum(r["p95_ms"] for r in rows),
                              "queries": len(rows)}
            agg[eng][mode] = a
    return kinds, agg


def render(meta, idx, queries, res, kinds, agg):
    out = []
    w = out.append
    m = meta["machine"]
    v = meta["versions"]
    w("# fa vs plain Xapian vs SQLite FTS5 (bench/run)")
    w("")
    w("- date: %s" % meta["date"])
    w("- machine: %s, %s CPUs (%s), %.1f GiB RAM"
      % (m["hostname"], m["nproc"], m["cpu_model"], (m["ram_bytes"] or 0) / 2**30))
    w("- versions: fa %s (commit %s); Xapian %s (python3-xapian; xapian-config %s); "
      "SQLite %s; Python %s" % (v["fa"], v["fa_commit"][:12], v["xapian_python"],
                                 v["xapian_config"] or "n/a", v["sqlite"], v["python"]))
    c = meta["corpus"]
    if c["limit"]:
        w("- corpus: %s, **only the first %d speeches (FA_BENCH_LIMIT=%d: quick run, "
          "not the full corpus)**, %.1f MB of text"
          % (c["path"], c["docs"], c["limit"], c["text_bytes"] / 1e6))
    else:
        w("- corpus: %s, %d speeches, %.1f MB of text" % (c["path"], c["docs"], c["text_bytes"] / 1e6))
    w("- queries: %d (bench/queries.txt); %d timed runs per query after %d warm-up runs, "
      "warm caches, one process per engine; times in ms"
      % (len(queries), meta["reps"], WARMUP))
    w("- load average (1 min) at start / before queries / at end: %s; whole run %.0f s"
      % (" / ".join("%.2f" % x for x in meta["loadavg"]), meta["duration_s"]))
    w("")

    w("## Indexing")
    w("")
    w("Each engine in its own child process: wall time, CPU time (user+sys of the child), "
      "peak RSS (ru_maxrss), apparent on-disk size. fa uses %s threads and compacts as "
      "the last step of fa-index (included in its index time), so its before/after "
      "sizes are the same final index. Xapian: `xapian-compact` into a new directory; "
      "FTS5: `INSERT INTO docs(docs) VALUES('optimize')` then `VACUUM`. Queries run on "
      "the compacted indexes." % m["nproc"])
    w("")
    hdr = ["engine", "docs", "index wall", "index CPU", "peak RSS", "size before compaction",
           "compaction wall", "size after compaction", "index + compaction wall"]
    rows = []
    names = {"fa": "fa", "fa-noent": "fa, no entity extraction", "xapian": "plain Xapian",
             "fts5": "SQLite FTS5"}

    def total_wall(r):
        return r["wall_s"] + (r["compact"]["wall_s"] if r["compact"] else 0)

    for key in ("fa", "fa-noent", "xapian", "fts5"):
        r = idx[key]
        cw = r["compact"]["wall_s"] if r["compact"] else None
        cells = [(fmt_s(r["wall_s"]), r["wall_s"], lambda p: p["wall_s"]),
                 (fmt_s(r["cpu_s"]), r["cpu_s"], lambda p: p["cpu_s"]),
                 (fmt_mb(r["maxrss_kb"]), r["maxrss_kb"], lambda p: p["maxrss_kb"]),
                 (fmt_bytes(r["size_before"]), r["size_before"], lambda p: p["size_before"]),
                 ("(in index wall)" if cw is None else fmt_s(cw), None, None),
                 (fmt_bytes(r["size_after"]), r["size_after"], lambda p: p["size_after"]),
                 (fmt_s(total_wall(r)), total_wall(r), total_wall)]
        row = [names[key], r["docs"]]
        for text, val, get in cells:
            if key.startswith("fa") and get is not None:
                text = with_ratios(text, val, [(lab, get(idx[e])) for e, lab in PEERS])
            row.append(text)
        rows.append(row)
    w(table(hdr, rows))
    w("")

    peer_mode = {"facets": "top10-exact"}
    for mode, title, desc in MODES:
        w("## %s" % title)
        w("")
        w(desc)
        w("")
        pm = peer_mode.get(mode, mode)
        hdr = ["kind", "queries", "fa p50", "fa p95", "Xapian p50", "Xapian p95",
               "FTS5 p50", "FTS5 p95"]
        if mode == "facets":
            hdr = ["kind", "queries", "fa p50", "fa p95", "fa p50 / fa mode 2 p50"]
        rows = []
        for k in kinds + ["all (median)", "all (sum)"]:
            fa = agg["fa"][mode][k]
            row = [k if not k.startswith("all") else "**%s**" % k, fa["queries"]]
            for p in ("p50_ms", "p95_ms"):
                row.append(with_ratios(fmt_ms(fa[p]), fa[p],
                                       [(lab, agg[e][pm][k][p]) for e, lab in PEERS]))
            if mode == "facets":
                row.append(ratio(fa["p50_ms"], agg["fa"]["top10-exact"][k]["p50_ms"]))
            else:
                for e, _ in PEERS:
                    row += [fmt_ms(agg[e][mode][k]["p50_ms"]), fmt_ms(agg[e][mode][k]["p95_ms"])]
            rows.append(row)
        w("Per kind (mean of the kind's per-query p50 and p95; **all (median)** = median "
          "over every query, **all (sum)** = one pass over the whole set):")
        w("")
        w(table(hdr, rows))
        w("")
        w("<details><summary>per query</summary>")
        w("")
        rows = []
        for i, q in enumerate(queries):
            fa = res["fa"][mode][i]
            row = [q["kind"], "`%s`" % q["query"]]
            for p in ("p50_ms", "p95_ms"):
                row.append(with_ratios(fmt_ms(fa[p]), fa[p],
                                       [(lab, res[e][pm][i][p]) for e, lab in PEERS]))
            if mode == "facets":
                row.append(ratio(fa["p50_ms"], res["fa"]["top10-exact"][i]["p50_ms"]))
            else:
                for e, _ in PEERS:
                    row += [fmt_ms(res[e][mode][i]["p50_ms"]), fmt_ms(res[e][mode][i]["p95_ms"])]
            rows.append(row)
        w(table(["kind", "query"] + hdr[2:], rows))
        w("")
        w("</details>")
        w("")

    w("## Match counts (exact totals of mode 2)")
    w("")
    w("fa indexes stems with positions (STEM_ALL), so its phrases match inflections "
      "(\"climate change\" also matches \"climatic changes\"); plain Xapian with STEM_SOME "
      "matches phrase words exactly; FTS5's porter tokenizer stems phrase words too.")
    w("")
    rows = []
    for i, q in enumerate(queries):
        c = {e: res[e]["top10-exact"][i]["total"] for e, _ in ENGINES}
        fq = "`%s`" % q["fts5"] if q["fts5"] != q["query"] else ""
        rows.append([q["kind"], "`%s`" % q["query"], fq, c["fa"], c["xapian"], c["fts5"],
                     count_note(q, c)])
    w(table(["kind", "query", "FTS5 form (if different)", "fa", "Xapian", "FTS5", "note"], rows))
    w("")
    return "\n".join(out)


def rerender(path):
    """Print the report of a results .json again (after a change of the
    report's layout or notes) and rewrite the .md next to it."""
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    queries, res = d["queries"], d["results"]
    kinds, agg = aggregate(queries, res)
    md = render(d["meta"], d["indexing"], queries, res, kinds, agg)
    with open(re.sub(r"\.json$", "", path) + ".md", "w", encoding="utf-8") as f:
        f.write(md + "\n")
    print(md)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--render":
        rerender(sys.argv[2])
        return
    if len(sys.argv) != 2:
        die("usage: bench.py CORPUS (run it through bench/run), "
            "or bench.py --render RESULTS.json")
    os.chdir(ROOT)
    src = sys.argv[1]
    limit = env_int("FA_BENCH_LIMIT", 0, 1)
    reps = env_int("FA_BENCH_REPS", 20, 2)
    keep = os.environ.get("FA_BENCH_KEEP") == "1"
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(RESULTS, exist_ok=True)
    if os.environ.get("FA_STEM_SOME"):
        log("warning: FA_STEM_SOME is set: fa runs with STEM_SOME, not its default")
    queries = load_queries(os.path.join(BENCH, "queries.txt"))
    t_start = time.time()
    load0 = os.getloadavg()[0]
    paths = INDEX_PATHS
    corpus = src
    try:
        log("reading the corpus %s%s" % (src, " (first %d speeches)" % limit if limit else ""))
        corpus, ndocs, text_bytes = prepare_corpus(src, limit)
        if limit and ndocs < limit:
            log("the corpus has only %d speeches" % ndocs)
        idx = index_all(corpus, paths)
        for k, r in idx.items():
            if r["docs"] != ndocs:
                log("warning: %s indexed %d documents of %d" % (k, r["docs"], ndocs))
        load = [load0, os.getloadavg()[0]]
        res, rss = query_all(queries, paths, reps)
        load.append(os.getloadavg()[0])
        kinds, agg = aggregate(queries, res)
        now = datetime.datetime.now()
        meta = {"date": now.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine_info(),
                "versions": versions(),
                "corpus": {"path": src, "limit": limit or None, "docs": ndocs,
                           "text_bytes": text_bytes},
                "reps": reps, "warmup": WARMUP, "loadavg": load,
                "duration_s": time.time() - t_start}
        md = render(meta, idx, queries, res, kinds, agg)
        name = "%s-%s%s" % (now.strftime("%Y-%m-%d"), meta["machine"]["hostname"],
                            "-limit%d" % limit if limit else "")
        with open(os.path.join(RESULTS, name + ".md"), "w", encoding="utf-8") as f:
            f.write(md + "\n")
        with open(os.path.join(RESULTS, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"meta": meta, "indexing": idx, "queries": queries,
                       "results": res, "per_kind": agg, "query_process_maxrss_kb": rss},
                      f, indent=1, ensure_ascii=False)
        print(md)
        log("took %.0f s; written to bench/results/%s.md and .json"
            % (time.time() - t_start, name))
    finally:
        if not keep:
            for p in paths.values():
                rm(p)
            if corpus != src:
                rm(corpus)
        else:
            log("indexes kept in %s (FA_BENCH_KEEP=1)" % WORK)


if __name__ == "__main__":
    main()
