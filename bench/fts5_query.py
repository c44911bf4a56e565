#!/usr/bin/python3
"""SQLite FTS5 query timing for the benchmark, all modes in one process.

usage: fts5_query.py DBFILE QUERIES.json REPS WARMUP OUT.json MODE...

Each timed search covers running the statements and fetching every row.
Modes:
  top10        SELECT id, title ... MATCH ? ORDER BY rank LIMIT 10 (no total)
  top10-exact  top10 plus SELECT count(*) ... MATCH ?
  page         top10-exact with snippet(docs, 3, '<b>', '</b>', '...', 32)
"""
import sqlite3

import qtime

TOP10 = "SELECT id, title FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10"
COUNT = "SELECT count(*) FROM docs WHERE docs MATCH ?"
PAGE = ("SELECT id, title, snippet(docs, 3, '<b>', '</b>', '...', 32) "
        "FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10")


def make_search(dbfile):
    con = sqlite3.connect("file:%s?mode=ro" % dbfile, uri=True)

    def search(mode, q):
        expr = q["fts5"]
        con.execute(PAGE if mode == "page" else TOP10, (expr,)).fetchall()
        if mode == "top10":
            return None
        return con.execute(COUNT, (expr,)).fetchone()[0]

    return search


if __name__ == "__main__":
    qtime.main(make_search, __doc__)
