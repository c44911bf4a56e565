#!/usr/bin/env python3
"""bench/collapse.py - the cost of copy groups (issue 15), run by hand:

  1. index time and size on UNGDC with copy signatures (the default) and
     without (fa-index --no-copies), same corpus, same machine, one run;
  2. fa-search latency of bench/queries.txt with and without --collapse
     on UNGDC (few copies: every speech its own group, nearly);
  3. the same on a corpus with many copies: a sample of UNGDC speeches,
     each with the six edited copies tests/copies/gen.py makes (trimmed,
     re-headed, reordered, a sentence added, words changed, all of them),
     also with --collapse-pick longest.

Figures: a markdown report on stdout and in bench/results/<date>-collapse.md.
  FA_BENCH_CORPUS  UNGDC (default ../shared/corpus/ungdc/ungdc-1946-2024.jsonl.gz)
  FA_BENCH_REPS    timed runs per query (default 20)
  FA_BENCH_COPIES  speeches in the many-copies corpus (default 1500)
  FA_BENCH_KEEP=1  keep the indexes (their folder is logged)
Skipped (exit 0) when the corpus is missing. Wants a quiet machine: the
load average is recorded.
"""
import datetime, gzip, json, os, random, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INDEX, SEARCH = os.path.join(ROOT, "build", "fa-index"), os.path.join(ROOT, "build", "fa-search")
corpus = os.path.join(ROOT, os.environ.get("FA_BENCH_CORPUS", "../shared/corpus/ungdc/ungdc-1946-2024.jsonl.gz"))
reps = int(os.environ.get("FA_BENCH_REPS", "20"))
ncopies = int(os.environ.get("FA_BENCH_COPIES", "1500"))
if not os.path.exists(corpus):
    print(f"bench/collapse.py: corpus {corpus} not found; skipped")
    sys.exit(0)

def log(*a):
    print("collapse:", *a, file=sys.stderr, flush=True)

def size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)

def index(db, inputs, *opts):
    t0 = time.time()
    r0 = os.times()
    subprocess.run([INDEX, "--quiet", "--db", db, *opts, *inputs], check=True)
    r1 = os.times()
    return {"wall": time.time() - t0, "cpu": (r1.children_user - r0.children_user) + (r1.children_system - r0.children_system),
            "bytes": size(db)}

def queries():
    out = []
    for l in open(os.path.join(ROOT, "bench", "queries.txt"), encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        out.append(l.rstrip("\n").split("\t")[1])
    return out

def latency(db, qs, *opts):
    """Median over the queries of each query's p50 and p95 (ms), and the
    summed totals (articles, or groups under --collapse)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(qs) + "\n")
        batch = f.name
    cmd = [SEARCH, "--db", db, "--batch", batch, "--repeat", str(reps), "--json", *opts]
    p = subprocess.run(cmd, capture_output=True, text=True)
    os.unlink(batch)
    p50, p95, totals = [], [], 0
    for l in p.stderr.splitlines():
        m = re.match(r"fa-search: timing\t.*\t(\d+)\tp50 ([\d.]+) ms\tp95 ([\d.]+) ms", l)
        if m:
            totals += int(m.group(1))
            p50.append(float(m.group(2)))
            p95.append(float(m.group(3)))
    if len(p50) != len(qs):
        sys.exit(f"bench/collapse.py: {len(p50)} timings for {len(qs)} queries:\n{p.stderr[-2000:]}")
    return {"p50": statistics.median(p50), "p95": statistics.median(p95), "max_p50": max(p50), "totals": totals}

work = tempfile.mkdtemp(prefix="fa-bench-collapse.")
try:
    load = os.getloadavg()
    log("indexing UNGDC with copy signatures")
    with_c = index(os.path.join(work, "with"), [corpus])
    log("indexing UNGDC with --no-copies")
    without = index(os.path.join(work, "without"), [corpus], "--no-copies")
    qs = queries()
    log("queries on UNGDC")
    lat_plain = latency(os.path.join(work, "with"), qs)
    lat_coll = latency(os.path.join(work, "with"), qs, "--collapse")
    groups_all = json.loads(subprocess.run([SEARCH, "--db", os.path.join(work, "with"), "--json", "--collapse",
                                            "--limit", "0", ""], capture_output=True, text=True, check=True).stdout)

    log(f"many copies: {ncopies} speeches and 6 copies each")
    sys.path.insert(0, os.path.join(ROOT, "tests", "copies"))
    import gen   # tests/copies/gen.py: the same edits as the evaluation's
    speeches = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for l in f:
            speeches.append(json.loads(l))
    pick = random.Random(15).sample(speeches, ncopies)
    many = os.path.join(work, "many.jsonl")
    n = 0
    with open(many, "w", encoding="utf-8") as f:
        for d in pick:
            f.write(json.dumps(d) + "\n")
            n += 1
            cp, _ = gen.edits(d["id"], d["text"], [])
            for kind, t in cp.items():
                e = dict(d, id=d["id"] + "~" + kind, text=t)
                f.write(json.dumps(e) + "\n")
                n += 1
    many_idx = index(os.path.join(work, "many"), [many])
    lat_many_plain = latency(os.path.join(work, "many"), qs)
    lat_many_coll = latency(os.path.join(work, "many"), qs, "--collapse")
    lat_many_long = latency(os.path.join(work, "many"), qs, "--collapse", "--collapse-pick", "longest")
    groups_many = json.loads(subprocess.run([SEARCH, "--db", os.path.join(work, "many"), "--json", "--collapse",
                                             "--limit", "0", ""], capture_output=True, text=True, check=True).stdout)
    load_end = os.getloadavg()
finally:
    if not os.environ.get("FA_BENCH_KEEP"):
        shutil.rmtree(work, ignore_errors=True)
    else:
        log("kept", work)

mb = lambda b: f"{b / 1e6:.1f} MB"
today = datetime.date.today().isoformat()
rep = f"""# Copy groups: cost and latency ({today})

Machine: {os.uname().nodename}, {os.cpu_count()} CPUs; load average {load[0]:.2f} at the start,
{load_end[0]:.2f} at the end. One run each (`bench/collapse.py`); {reps} timed runs per query.

## Index time and size, UNGDC ({groups_all['total_articles']} speeches)

| build | wall | CPU (user+sys) | size |
| --- | --- | --- | --- |
| with copy signatures (default) | {with_c['wall']:.1f} s | {with_c['cpu']:.1f} s | {mb(with_c['bytes'])} |
| `--no-copies` | {without['wall']:.1f} s | {without['cpu']:.1f} s | {mb(without['bytes'])} |
| cost | {with_c['wall'] - without['wall']:+.1f} s ({(with_c['wall'] / without['wall'] - 1) * 100:+.1f}%) | {with_c['cpu'] - without['cpu']:+.1f} s ({(with_c['cpu'] / without['cpu'] - 1) * 100:+.1f}%) | {mb(with_c['bytes'] - without['bytes'])} ({(with_c['bytes'] / without['bytes'] - 1) * 100:+.1f}%) |

UNGDC under `--collapse ''`: {groups_all['total']} groups of {groups_all['total_articles']} speeches.

## Latency of the {len(qs)} queries of `bench/queries.txt` (median over queries of each query's p50 / p95)

| corpus | plain | `--collapse` | slowest query's p50 plain / collapsed |
| --- | --- | --- | --- |
| UNGDC | {lat_plain['p50']:.2f} / {lat_plain['p95']:.2f} ms | {lat_coll['p50']:.2f} / {lat_coll['p95']:.2f} ms | {lat_plain['max_p50']:.1f} / {lat_coll['max_p50']:.1f} ms |
| many copies: {ncopies} speeches x 7 = {n} articles, {groups_many['total']} groups | {lat_many_plain['p50']:.2f} / {lat_many_plain['p95']:.2f} ms | {lat_many_coll['p50']:.2f} / {lat_many_coll['p95']:.2f} ms | {lat_many_plain['max_p50']:.1f} / {lat_many_coll['max_p50']:.1f} ms |

`--collapse --collapse-pick longest` on the many-copies index: {lat_many_long['p50']:.2f} / {lat_many_long['p95']:.2f} ms
(slowest query's p50 {lat_many_long['max_p50']:.1f} ms; {lat_many_long['totals']} groups, as earliest).

Many-copies index: {many_idx['wall']:.1f} s wall, {mb(many_idx['bytes'])}. Sum of totals over the
queries: UNGDC {lat_plain['totals']} articles, {lat_coll['totals']} groups; many copies
{lat_many_plain['totals']} articles, {lat_many_coll['totals']} groups.
"""
print(rep)
os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
with open(os.path.join(ROOT, "bench", "results", f"{today}-collapse.md"), "w", encoding="utf-8") as f:
    f.write(rep)
