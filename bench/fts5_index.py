#!/usr/bin/python3
"""SQLite FTS5 indexer for the benchmark.

usage: fts5_index.py DBFILE CORPUS.jsonl.gz   build the index (one transaction)
       fts5_index.py --optimize DBFILE        merge the b-trees, then VACUUM
"""
import gzip
import json
import sqlite3
import sys


def records(corpus):
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            yield (str(rec["id"]), rec.get("title") or "", rec.get("date") or "",
                   rec.get("text") or "")


def build(dbfile, corpus):
    con = sqlite3.connect(dbfile)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, "
                "date UNINDEXED, text, tokenize='porter unicode61')")
    con.commit()
    with con:  # one transaction for every insert
        con.executemany("INSERT INTO docs(id, title, date, text) VALUES (?, ?, ?, ?)",
                        records(corpus))
    n = con.execute("SELECT count(*) FROM docs").fetchone()[0]
    con.close()
    print(n)


def optimize(dbfile):
    con = sqlite3.connect(dbfile)
    with con:
        con.execute("INSERT INTO docs(docs) VALUES('optimize')")
    con.execute("VACUUM")
    con.close()


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--optimize":
        optimize(sys.argv[2])
    elif len(sys.argv) == 3:
        build(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
