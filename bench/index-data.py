#!/usr/bin/env python3
"""bench/index-data.py - what issue 15's index data costs, run by hand.

Issue 15 added two kinds of data to every article: about values (the
focus facet, a term and a facet-row entry per focus value) and a copy
signature (MinHash values, band terms, a group and an anchor term).
This builds UNGDC three ways, on one machine, interleaved, and times
bench/queries.txt on each:

  base        an fa from before issue 15 (FA_BENCH_BASE, a build folder
              holding fa-index and fa-search; default ../base/build)
  no-copies   this fa with fa-index --no-copies (about values, no
              signatures)
  default     this fa as shipped (about values and signatures)

Query latency is measured twice per index: top 10 only, and with an
exact total and both entity facets (--facets), since the about counts
ride in the facet pass ("top 10" is `--total estimate`). Collapse latency is bench/collapse.py's.

  FA_BENCH_CORPUS  UNGDC (default ../shared/corpus/ungdc/ungdc-1946-2024.jsonl.gz)
  FA_BENCH_BUILDS  builds per way (default 2; the median is reported)
  FA_BENCH_REPS    timed runs per query (default 20)
Figures: markdown on stdout and in bench/results/<date>-index-data.md.
Skipped (exit 0) when the corpus or the base build is missing.
"""
import datetime, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(ROOT, os.environ.get("FA_BENCH_CORPUS", "../shared/corpus/ungdc/ungdc-1946-2024.jsonl.gz"))
base = os.path.abspath(os.path.join(ROOT, os.environ.get("FA_BENCH_BASE", "../base/build")))
builds = int(os.environ.get("FA_BENCH_BUILDS", "2"))
reps = int(os.environ.get("FA_BENCH_REPS", "20"))
for need in (corpus, os.path.join(base, "fa-index")):
    if not os.path.exists(need):
        print(f"bench/index-data.py: {need} not found; skipped")
        sys.exit(0)

HERE = os.path.join(ROOT, "build")
WAYS = [("base", base, []), ("no-copies", HERE, ["--no-copies"]), ("default", HERE, [])]

def log(*a):
    print("index-data:", *a, file=sys.stderr, flush=True)

def size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)

def index(bindir, db, opts):
    shutil.rmtree(db, ignore_errors=True)
    t0, r0 = time.time(), os.times()
    subprocess.run([os.path.join(bindir, "fa-index"), "--quiet", "--db", db, *opts, corpus], check=True)
    r1 = os.times()
    return {"wall": time.time() - t0,
            "cpu": (r1.children_user - r0.children_user) + (r1.children_system - r0.children_system),
            "bytes": size(db)}

def queries():
    out = []
    for l in open(os.path.join(ROOT, "bench", "queries.txt"), encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        out.append(l.rstrip("\n").split("\t")[1])
    return out

def latency(bindir, db, qs, opts):
    """Median over the queries of each query's p50 (ms), and their sum."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(qs) + "\n")
        batch = f.name
    cmd = [os.path.join(bindir, "fa-search"), "--db", db, "--batch", batch, "--repeat", str(reps), "--json", *opts]
    p = subprocess.run(cmd, capture_output=True, text=True)
    os.unlink(batch)
    p50 = []
    for l in p.stderr.splitlines():
        m = re.match(r"fa-search: timing\t.*\t(\d+)\tp50 ([\d.]+) ms\tp95 ([\d.]+) ms", l)
        if m:
            p50.append(float(m.group(2)))
    if len(p50) != len(qs):
        sys.exit(f"bench/index-data.py: {len(p50)} timings for {len(qs)} queries:\n{p.stderr[-2000:]}")
    return {"median": statistics.median(p50), "sum": sum(p50)}

work = tempfile.mkdtemp(prefix="fa-bench-data.")
try:
    load0 = os.getloadavg()
    runs = {w: [] for w, _, _ in WAYS}
    for i in range(builds):
        for way, bindir, opts in WAYS:
            log(f"build {i + 1}/{builds}: {way}")
            runs[way].append(index(bindir, os.path.join(work, way), opts))
    qs = queries()
    lat = {}
    for way, bindir, _ in WAYS:
        db = os.path.join(work, way)
        log(f"queries on {way}")
        lat[way] = {"top": latency(bindir, db, qs, ["--total", "estimate"]),
                    "facets": latency(bindir, db, qs, ["--facets"])}
    load1 = os.getloadavg()

    def med(way, k):
        return statistics.median(r[k] for r in runs[way])

    b = {k: med("base", k) for k in ("wall", "cpu", "bytes")}
    out = [f"# Issue 15's index data: cost in time and size ({datetime.date.today()})", "",
           f"Machine: {os.uname().nodename}, {os.cpu_count()} CPUs; load average {load0[0]:.2f} at the start, "
           f"{load1[0]:.2f} at the end. UNGDC, {builds} builds per way interleaved (median shown); "
           f"{len(qs)} queries of `bench/queries.txt`, {reps} timed runs each.", "",
           f"base: the fa of `{base}` (before issue 15).", "",
           "## Index time and size", "",
           "| build | wall | CPU (user+sys) | size | size vs base |", "| --- | --- | --- | --- | --- |"]
    for way, _, _ in WAYS:
        w, c, s = med(way, "wall"), med(way, "cpu"), med(way, "bytes")
        out.append(f"| {way} | {w:.1f} s | {c:.1f} s | {s / 1e6:.1f} MB | "
                   f"{(s - b['bytes']) / 1e6:+.1f} MB ({100 * (s - b['bytes']) / b['bytes']:+.1f}%) |")
    out += ["", "All builds: " + "; ".join(
        f"{way} " + ", ".join(f"{r['wall']:.1f}/{r['cpu']:.1f} s" for r in runs[way]) for way, _, _ in WAYS)
        + " (wall/CPU).", "",
        "## Query latency (median over queries of each query's p50)", "",
        "| index | top 10 with snippets (`--json --total estimate`) | exact total + `--facets` | sum of p50s, facets |", "| --- | --- | --- | --- |"]
    for way, _, _ in WAYS:
        l = lat[way]
        out.append(f"| {way} | {l['top']['median']:.3f} ms | {l['facets']['median']:.3f} ms | {l['facets']['sum']:.1f} ms |")
    text = "\n".join(out) + "\n"
    print(text)
    dest = os.path.join(ROOT, "bench", "results", f"{datetime.date.today()}-index-data.md")
    with open(dest, "w", encoding="utf-8") as f:
        f.write(text)
    log("wrote", dest)
finally:
    shutil.rmtree(work, ignore_errors=True)
