#!/usr/bin/env python3
"""gen.py - the copy test set for eval_copies, derived at run time from text
fa's authors did not write (never copied into the repository):

  Wikinews (../shared/corpus/wikinews, CC BY 2.5, Wikinews contributors;
  each article's url is its attribution): every article, and for each one
  copies edited as papers edit wire copy.
  UNGDC (../shared/corpus/ungdc): a sample of speeches, with the same
  edits, and each country's speech of the next year as a negative (same
  speaker's office, same themes, another text).

Edits (one copy each, seeded by the article id so runs are identical):
  trim      the first 60-80% of the sentences
  rehead    a new headline and a dateline in front ("GENEVA (Example Wire) -")
  reorder   the text cut into 3-4 blocks of sentences, the blocks shuffled
  addsent   a sentence added (a credit line, or one from another article)
  words     one word in 25 replaced by another of the text
  combo     trimmed to 80%, a dateline, a sentence added and one word in 40 changed
  heavy     (not a copy, labelled as its own story) the text's second half
            only, rewritten: every 5th word replaced; a negative that shares
            vocabulary and topic with the original

Output: lines "id<TAB>story<TAB>text" (tabs and newlines in the text made
spaces). Articles of one story are copies of each other; nothing else is.
Usage: gen.py SHARED_DIR OUT [UNGDC_SAMPLE]
"""
import gzip, json, random, re, sys, zlib

def sentences(t):
    return [s for s in re.split(r'(?<=[.!?])\s+', t.strip()) if s]

def edits(aid, text, others):
    r = random.Random(zlib.crc32(aid.encode()))
    s = sentences(text)
    if len(s) < 3:
        s = s + [""] * 0
    def wordswap(t, every):
        w = t.split()
        for i in range(every - 1, len(w), every):
            w[i] = r.choice(w)
        return " ".join(w)
    n = len(s)
    out = {}
    out["trim"] = " ".join(s[:max(1, round(n * r.uniform(0.6, 0.8)))])
    out["rehead"] = r.choice(["GENEVA", "NAIROBI", "LONDON", "NEW YORK", "MANILA"]) + \
        " (Example Wire) - " + text
    k = r.choice([3, 4]) if n >= 4 else max(1, n)
    cut = sorted(r.sample(range(1, n), k - 1)) if n > k else list(range(1, n))
    blocks = [s[a:b] for a, b in zip([0] + cut, cut + [n])]
    r.shuffle(blocks)
    out["reorder"] = " ".join(x for b in blocks for x in b)
    extra = r.choice([r.choice(sentences(r.choice(others))) if others else "",
                      "Reporting by our staff; editing by the foreign desk."])
    pos = r.randrange(n + 1)
    out["addsent"] = " ".join(s[:pos] + [extra] + s[pos:])
    out["words"] = wordswap(text, 25)
    c = s[:max(1, round(n * 0.8))]
    c.insert(r.randrange(len(c) + 1), "Reporting by our staff.")
    out["combo"] = "LONDON - " + wordswap(" ".join(c), 40)
    return out, wordswap(" ".join(s[n // 2:]), 5)

def main():
    shared, out = sys.argv[1], sys.argv[2]
    nungdc = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    rows = []
    wn = [json.loads(l) for l in open(f"{shared}/corpus/wikinews/wikinews-geovirus.jsonl", encoding="utf-8")]
    texts = [a["text"] for a in wn]
    for a in wn:
        rows.append((a["id"], a["id"], a["text"]))
        cp, heavy = edits(a["id"], a["text"], texts)
        for kind, t in cp.items():
            rows.append((f"{a['id']}~{kind}", a["id"], t))
        rows.append((f"{a['id']}~heavy", f"{a['id']}~heavy", heavy))

    sp = {}
    with gzip.open(f"{shared}/corpus/ungdc/ungdc-1946-2024.jsonl.gz", "rt", encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            sp[d["id"]] = d
    ids = sorted(sp)
    r = random.Random(15)
    picked = sorted(r.sample(ids, nungdc))
    for i in picked:
        d = sp[i]
        rows.append((i, i, d["text"]))
        cp, heavy = edits(i, d["text"], [])
        for kind, t in cp.items():
            rows.append((f"{i}~{kind}", i, t))
        rows.append((f"{i}~heavy", f"{i}~heavy", heavy))
        # the same country's next speech: same office, other text
        m = re.match(r"(.*)_(\d+)_(\d+)$", i)
        nxt = f"{m.group(1)}_{int(m.group(2)) + 1}_{int(m.group(3)) + 1}"
        if nxt in sp and nxt not in picked:
            rows.append((nxt, nxt, sp[nxt]["text"]))

    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for aid, story, t in rows:
            if aid in seen:
                continue
            seen.add(aid)
            flat = re.sub(r"[\t\n\r]+", " ", t)
            f.write(f"{aid}\t{story}\t{flat}\n")
    print(f"gen.py: {len(seen)} articles, {len(set(s for _, s, _ in rows))} stories", file=sys.stderr)


if __name__ == "__main__":
    main()
