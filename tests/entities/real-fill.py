#!/usr/bin/env python3
"""Write a copy of a real-text passage file with its UNGDC texts filled in.

    tests/entities/real-fill.py IN.tsv OUT.tsv

The committed real-tune.tsv and real-heldout.tsv hold each UNGDC excerpt
by reference, because ../shared/README.md asks that the UNGDC texts be used
from ../shared and not copied into the project. The text column of such a
row (written by real-extract.py) is

    @ungdc:<speech id>:<first paragraph>:<paragraphs>:<digest>

the excerpt being that many paragraphs of the speech from the first one
(counted from 0 as real-extract.py's paragraphs() splits the speech),
stripped and joined with newlines; <digest> is the start of the excerpt's
SHA-256, checked so that a changed corpus stops the fill instead of putting
other text under the hand labels.

OUT is IN with every reference replaced by its excerpt (escaped as the
file's other texts are) and the "#@" comment lines, which describe the
committed form only, left out; so OUT is byte for byte the file
real-extract.py wrote before the texts became references.

The corpus is $FA_SHARED/corpus/ungdc/ungdc-1946-2024.jsonl.gz, FA_SHARED
defaulting to ../shared beside the repository. When that file is missing,
OUT is written without the UNGDC rows, one line says how many were skipped
and why, and OUT is dated 1970 so that make fills it again next time.

Exit status: 0 OUT written (filled, or without the UNGDC rows); 1 bad input
(a malformed reference, a speech or paragraph the corpus does not have, a
digest that does not match), each named by file and line, OUT not written;
2 usage. Standard library only.
"""
import gzip
import importlib.util
import json
import os
import re
import sys

CORPUS = "corpus/ungdc/ungdc-1946-2024.jsonl.gz"
REF = re.compile(r"@ungdc:([^:\s]+):(\d+):([1-9]\d*):([0-9a-f]+)")
# Each corpus line starts with its id; only the wanted speeches are parsed.
LINE_ID = re.compile(rb'\{"id": "([^"\\]+)"')

HERE = os.path.dirname(os.path.abspath(__file__))


def load_extract():
    """real-extract.py (a module name with a hyphen), for paragraphs(),
    excerpt(), digest() and escape(): the fill must cut exactly as the
    selection did."""
    spec = importlib.util.spec_from_file_location(
        "real_extract", os.path.join(HERE, "real-extract.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def text_field(fields):
    """Index of the text column: a passage row, or a '#unlabelled' comment
    row (the whole row shifted by one)."""
    return 3 if fields[0] == "#unlabelled" else 2


def speeches(path, wanted):
    """{speech id: text} for the ids in wanted."""
    out = {}
    with gzip.open(path, "rb") as f:
        for line in f:
            m = LINE_ID.match(line)
            if m and m.group(1).decode("utf-8") not in wanted:
                continue
            s = json.loads(line)
            if s["id"] in wanted:
                out[s["id"]] = s["text"]
    return out


def main():
    if len(sys.argv) != 3:
        print("usage: real-fill.py IN.tsv OUT.tsv", file=sys.stderr)
        return 2
    inp, outp = sys.argv[1], sys.argv[2]
    shared = os.environ.get("FA_SHARED") or os.path.join(HERE, "../../../shared")
    corpus = os.path.normpath(os.path.join(shared, CORPUS))

    with open(inp, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    refs = {}  # line number -> match
    errors = 0
    for n, line in enumerate(lines, 1):
        fields = line.split("\t")
        if len(fields) <= text_field(fields):
            continue
        t = fields[text_field(fields)]
        if not t.startswith("@ungdc:"):
            continue
        m = REF.fullmatch(t)
        if not m:
            print("real-fill: %s:%d: malformed UNGDC reference %r (expected "
                  "@ungdc:SPEECH:FIRST:COUNT:DIGEST)" % (inp, n, t), file=sys.stderr)
            errors += 1
            continue
        refs[n] = m

    out, skipped = [], None
    if errors:
        pass
    elif refs and not os.path.isfile(corpus):
        skipped = "real-fill: %s: %d UNGDC passages skipped: no %s (set FA_SHARED)" % (
            inp, len(refs), corpus)
    elif refs:
        ex = load_extract()
        texts = speeches(corpus, {m.group(1) for m in refs.values()})
        paras = {}
        for n, m in refs.items():
            sid, first, count, dig = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
            if sid not in texts:
                print("real-fill: %s:%d: speech %s is not in %s" % (inp, n, sid, corpus),
                      file=sys.stderr)
                errors += 1
                continue
            if sid not in paras:
                paras[sid] = ex.paragraphs(texts[sid])
            text = ex.excerpt(paras[sid], first, count)
            if text is None:
                print("real-fill: %s:%d: speech %s has no %d non-empty paragraphs from "
                      "paragraph %d" % (inp, n, sid, count, first), file=sys.stderr)
                errors += 1
            elif ex.digest(text) != dig:
                print("real-fill: %s:%d: %s paragraphs %d-%d have digest %s, the "
                      "labels were made on %s: the corpus has changed"
                      % (inp, n, sid, first, first + count - 1, ex.digest(text), dig),
                      file=sys.stderr)
                errors += 1
            else:
                fields = lines[n - 1].split("\t")
                fields[text_field(fields)] = ex.escape(text)
                lines[n - 1] = "\t".join(fields)
    if errors:
        print("real-fill: %s: %d bad UNGDC references, %s not written"
              % (inp, errors, outp), file=sys.stderr)
        return 1

    for n, line in enumerate(lines, 1):
        if line.startswith("#@"):
            continue
        if skipped and n in refs:
            continue
        out.append(line)
    if skipped:
        # Said in the file too, so that its reader knows the rows are missing.
        hdr = next((i for i, line in enumerate(out) if not line.startswith("#")), 0)
        out.insert(hdr, "# " + skipped)

    tmp = outp + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out))
    if skipped:
        os.utime(tmp, (0, 0))
    os.replace(tmp, outp)
    if skipped:
        print(skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
