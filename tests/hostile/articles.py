#!/usr/bin/env python3
"""articles.py - generate small foreign-affairs articles for the stress
tests (tests/kill.sh, tests/concurrency.sh): JSON Lines files and .txt
files with distinct ids, dates, country names and officials, so that
facets exist. Deterministic for a given --seed and --rev.

usage: articles.py OUTDIR [--count N] [--first K] [--jsonl-files F]
                   [--txt N] [--words W] [--rev R] [--seed S] [--prefix P]

Writes F files OUTDIR/partNN.jsonl sharing count - txt articles, and txt
articles as OUTDIR/txt/aNNNNN.txt. Ids are PREFIX + a 6-digit number from
--first on. Every article holds the word "rev<R>" (so a test can tell
which revision of it the index holds) and "n<number>" (its own word).
Prints the number of articles written.
"""
import argparse
import json
import os
import random

COUNTRIES = ["Pakistan", "France", "Japan", "India", "Brazil", "Kenya",
             "Germany", "Canada", "Egypt", "Chile", "Afghanistan", "China"]
OFFICIALS = ["Foreign Minister Shah Mahmood Qureshi",
             "Secretary of State Antony Blinken",
             "President Joseph R. Biden"]
WORDS = ("treaty summit envoy border minister council sanction accord "
         "delegation ceasefire talks trade security climate aid refugees "
         "embassy parliament election reform nuclear water energy debt "
         "mission observers resolution assembly session agenda").split()


def body(r, num, rev, words):
    parts = [" ".join(r.choice(WORDS) for _ in range(words // 2))]
    parts.append("In %s, %s met officials from %s." % (
        r.choice(COUNTRIES), r.choice(OFFICIALS), r.choice(COUNTRIES)))
    parts.append(" ".join(r.choice(WORDS) for _ in range(words // 2)))
    parts.append("Filed as rev%s, item n%d." % (rev, num))
    return " ".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--jsonl-files", type=int, default=4)
    ap.add_argument("--txt", type=int, default=1000)
    ap.add_argument("--words", type=int, default=200)
    ap.add_argument("--rev", default="1")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--prefix", default="k")
    a = ap.parse_args()

    r = random.Random("%d/%s" % (a.seed, a.rev))
    os.makedirs(a.outdir, exist_ok=True)
    njson = a.count - a.txt
    num = a.first
    files = max(a.jsonl_files, 1)
    for f in range(files):
        share = njson // files + (1 if f < njson % files else 0)
        if share == 0:
            continue
        with open(os.path.join(a.outdir, "part%02d.jsonl" % f), "w") as out:
            for _ in range(share):
                out.write(json.dumps({
                    "id": "%s%06d" % (a.prefix, num),
                    "title": "Report %d on %s" % (num, r.choice(COUNTRIES)),
                    "date": "20%02d-%02d-%02d" % (r.randrange(0, 22), r.randrange(1, 13), r.randrange(1, 29)),
                    "source": "fa stress test",
                    "text": body(r, num, a.rev, a.words),
                }) + "\n")
                num += 1
    if a.txt:
        os.makedirs(os.path.join(a.outdir, "txt"), exist_ok=True)
    for _ in range(a.txt):
        with open(os.path.join(a.outdir, "txt", "a%06d.txt" % num), "w") as out:
            out.write("Id: %s%06d\nTitle: Note %d from %s\nDate: 20%02d-%02d-%02d\n\n%s\n" % (
                a.prefix, num, num, r.choice(COUNTRIES),
                r.randrange(0, 22), r.randrange(1, 13), r.randrange(1, 29),
                body(r, num, a.rev, a.words)))
        num += 1
    print(num - a.first)


if __name__ == "__main__":
    main()
