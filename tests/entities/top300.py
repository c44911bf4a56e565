#!/usr/bin/env python3
"""The table that the hand review of the top official values reads.

    tests/entities/top300.py --db DIR [--search BIN] [--top N]

Runs `fa-search --facets` over every article of the index DIR (UNGDC for
issue 11) and prints, as Markdown, the N most frequent official values
(default 300) with the country and post the facet shows and the number of
articles, and for each the other values anywhere in the facet that share
its name words (all of one's words in the other, or two words or more in
common, accents and case folded). That last column is only what the reader
checks first for a person split over several values (an OCR spelling, a
bare or truncated name); whether a row is a fault is decided by reading.
Standard library only.
"""
import argparse
import json
import re
import subprocess
import sys
import unicodedata


def words(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.findall(r"\w+", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--search", default="build/fa-search")
    ap.add_argument("--top", type=int, default=300)
    a = ap.parse_args()
    # A query every article matches: the commonest words of English.
    out = subprocess.run([a.search, "--db", a.db, "--facets", "--facet-limit", "1000000",
                          "--limit", "0", "--json", "the OR of OR and OR a"],
                         check=True, capture_output=True, text=True).stdout
    d = json.loads(out)
    vals = d["facets"]["official"]
    by_word = {}
    for x in vals:
        for w in set(words(x["value"])):
            if len(w) > 3:
                by_word.setdefault(w, []).append(x)
    print(f"{d['total']} articles, {len(vals)} official values, "
          f"{sum(x['count'] for x in vals)} tags\n")
    print("| # | value | shown as | articles | other values sharing its words |")
    print("| --- | --- | --- | --- | --- |")
    for i, x in enumerate(vals[:a.top], 1):
        mine = set(words(x["value"]))
        near = {}
        for w in mine:
            for y in by_word.get(w, []):
                theirs = set(words(y["value"]))
                if y["value"] != x["value"] and (theirs <= mine or mine <= theirs or
                                                  len(theirs & mine) >= 2):
                    near[y["value"]] = y["count"]
        shown = x["name"][len(x["value"]):].strip(" ()") or "-"
        others = "; ".join(f"{v} ({c})" for v, c in sorted(near.items(), key=lambda z: -z[1])[:6])
        print(f"| {i} | {x['value']} | {shown} | {x['count']} | {others} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
