"""Shared timing loop of the peer query scripts (xapian_query.py, fts5_query.py).

The same structure as `fa-search --batch FILE --repeat N`: each query runs
N times in a row, and p50/p95 are read off the sorted timings exactly as
fa-search does (t[N/2] and t[min(int(N*0.95), N-1)]).
"""
import json
import sys
import time


def percentiles(t):
    t = sorted(t)
    n = len(t)
    i95 = int(n * 0.95)
    return t[n // 2], t[i95 if i95 < n else n - 1]


def run(search, queries, modes, reps, warmup):
    """search(mode, query) -> total (int or None). Returns {mode: [rows]}."""
    out = {}
    for mode in modes:
        for q in queries:  # warm-up pass over the whole set
            for _ in range(warmup):
                search(mode, q)
        rows = []
        for q in queries:
            t = []
            total = None
            for _ in range(reps):
                t0 = time.perf_counter()
                total = search(mode, q)
                t.append((time.perf_counter() - t0) * 1e3)
            p50, p95 = percentiles(t)
            rows.append({"query": q, "total": total, "p50_ms": p50, "p95_ms": p95})
        out[mode] = rows
    return out


def main(make_search, usage):
    """argv: DB QUERIES.json REPS WARMUP OUT.json MODE..."""
    if len(sys.argv) < 7:
        sys.exit(usage)
    db, qfile, reps, warmup, outfile = sys.argv[1:6]
    modes = sys.argv[6:]
    with open(qfile, encoding="utf-8") as f:
        queries = json.load(f)
    search = make_search(db)
    res = run(search, queries, modes, int(reps), int(warmup))
    with open(outfile, "w", encoding="utf-8") as f:
        json.dump(res, f, indent=1, ensure_ascii=False)
