#!/usr/bin/python3
"""Plain Xapian query timing for the benchmark, all modes in one process.

usage: xapian_query.py DBDIR QUERIES.json REPS WARMUP OUT.json MODE...

QueryParser with the flags fa uses (FLAG_DEFAULT|FLAG_WILDCARD|FLAG_PURE_NOT),
default operator AND, english stemmer, STEM_SOME. Each timed search covers
parsing, get_mset and reading the 10 hits' id and title (JSON document data).
Modes:
  top10        get_mset(0, 10), default check_at_least; total = estimate
  top10-exact  get_mset(0, 10, doccount); total = get_matches_estimated (exact)
  page         top10-exact plus MSet.snippet(text, 240, english) per hit
"""
import json

import xapian

import qtime


def make_search(dbdir):
    db = xapian.Database(dbdir)
    stem = xapian.Stem("english")
    qp = xapian.QueryParser()
    qp.set_stemmer(stem)
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_database(db)
    qp.set_default_op(xapian.Query.OP_AND)
    flags = (xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_WILDCARD |
             xapian.QueryParser.FLAG_PURE_NOT)
    doccount = db.get_doccount()

    def search(mode, q):
        enq = xapian.Enquire(db)
        enq.set_query(qp.parse_query(q["xapian"], flags))
        if mode == "top10":
            mset = enq.get_mset(0, 10)
        else:
            mset = enq.get_mset(0, 10, doccount)
        page = []
        for m in mset:
            rec = json.loads(m.document.get_data())
            hit = [rec["id"], rec["title"]]
            if mode == "page":
                hit.append(mset.snippet(rec["text"], 240, stem))
            page.append(hit)
        return mset.get_matches_estimated()

    return search


if __name__ == "__main__":
    qtime.main(make_search, __doc__)
