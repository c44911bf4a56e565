#!/usr/bin/env python3
"""Convert a real-text passage file (id, date, text, countries, officials,
focus) to the four columns the pre-issue-11 tests/eval_entities.c reads
(id, text, countries, officials), and optionally re-score its output with
names folded.

    make build/entities/real-tune.tsv
    tests/entities/real-to-eval4.py build/entities/real-tune.tsv > /tmp/tune4.tsv
    build/tests/eval_entities /tmp/tune4.tsv > /tmp/tune4.out
    tests/entities/real-to-eval4.py --folded build/entities/real-tune.tsv /tmp/tune4.out

It reads the filled copies real-fill.py writes: the committed files hold
their UNGDC texts as @ungdc: references, which it refuses.

That eval splits a line at its first three tabs and turns "\\n" into a
newline, nothing else, so a tab inside a text becomes a space. It drops
the date (its extractor takes none) and the focus column. It compares
values byte for byte: no case or accent folding. --folded rebuilds each
passage's output from the expected labels and the eval's printed false
positives and negatives, and counts again with case and accents folded
(what LABELLING.md asks of the scorer). Standard library only.
"""
import sys
import unicodedata


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(s[i + 1], s[i:i + 2]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def passages(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("id\t"):
                continue
            p = line.split("\t")
            if len(p) != 6:
                sys.exit("real-to-eval4: %s:%d: expected 6 fields, got %d" % (path, n, len(p)))
            if p[2].startswith("@ungdc:"):
                sys.exit("real-to-eval4: %s:%d: the text is a reference; use the copy "
                         "tests/entities/real-fill.py fills in (make %s)"
                         % (path, n, "build/entities/" + path.rsplit("/", 1)[-1]))
            yield p


def convert(path):
    rows = list(passages(path))
    print("# converted from %s by real-to-eval4.py" % path)
    print("id\ttext\tcountries\tofficials")
    for pid, _date, text, countries, officials, _focus in rows:
        text = unescape(text).replace("\t", " ").replace("\n", "\\n")
        print("\t".join([pid, text, countries, officials]))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def split_list(s):
    return [x for x in s.split("|") if x]


def parse_diff(rest):
    """'  countries FP a|b FN c  officials FN d' -> {facet: (fp, fn)}"""
    out = {}
    for seg in rest.split("  "):
        seg = seg.strip()
        for facet in ("countries", "officials"):
            if seg.startswith(facet):
                body = seg[len(facet):]
                fp = fn = ""
                if " FN " in body:
                    body, fn = body.split(" FN ", 1)
                if body.startswith(" FP "):
                    fp = body[4:]
                out[facet] = (split_list(fp), split_list(fn))
    return out


def folded(path, outpath):
    diffs = {}
    with open(outpath, encoding="utf-8") as f:
        for line in f:
            pid, sep, rest = line.rstrip("\n").partition(":")
            if sep and rest.startswith("  "):
                diffs[pid] = parse_diff(rest)
    score = {"countries": [0, 0, 0], "officials": [0, 0, 0]}
    for pid, _d, _t, countries, officials, _f in passages(path):
        for facet, exp in (("countries", split_list(countries)),
                           ("officials", split_list(officials))):
            fp, fn = diffs.get(pid, {}).get(facet, ([], []))
            got = [e for e in exp if e not in fn] + fp
            e_f = [fold(e) for e in exp]
            g_f = [fold(g) for g in got]
            tp = sum(1 for g in set(g_f) if g in e_f)
            s = score[facet]
            s[0] += tp
            s[1] += len(set(g_f)) - tp
            s[2] += len(set(e_f)) - tp
    for facet, (tp, fp, fn) in score.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print("%-22s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)"
              % (facet + " (folded)", p, r, f1, tp, fp, fn))


def main():
    a = sys.argv[1:]
    if len(a) == 1:
        convert(a[0])
    elif len(a) == 3 and a[0] == "--folded":
        folded(a[1], a[2])
    else:
        sys.exit("usage: real-to-eval4.py FILE.tsv | --folded FILE.tsv EVAL_OUTPUT")


if __name__ == "__main__":
    main()
