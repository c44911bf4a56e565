#!/usr/bin/python3
"""Plain Xapian indexer for the benchmark: the setup of Xapian's own examples.

usage: xapian_index.py DBDIR CORPUS.jsonl.gz

English stemmer, default STEM_SOME strategy, positions on, title also
indexed with prefix "S", id as boolean term "Q"+id (replace_document),
the JSON record as document data, date in value slot 0, one commit at
the end.
"""
import gzip
import json
import sys

import xapian


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: xapian_index.py DBDIR CORPUS.jsonl.gz")
    dbdir, corpus = sys.argv[1], sys.argv[2]
    db = xapian.WritableDatabase(dbdir, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem("english"))
    n = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            doc = xapian.Document()
            tg.set_document(doc)
            title = rec.get("title") or ""
            text = rec.get("text") or ""
            tg.index_text(title, 1, "S")
            tg.index_text(title)
            tg.increase_termpos()
            tg.index_text(text)
            doc.set_data(json.dumps(rec, ensure_ascii=False))
            doc.add_value(0, rec.get("date") or "")
            idterm = "Q" + str(rec["id"])
            doc.add_boolean_term(idterm)
            db.replace_document(idterm, doc)
            n += 1
    db.commit()
    db.close()
    print(n)


if __name__ == "__main__":
    main()
