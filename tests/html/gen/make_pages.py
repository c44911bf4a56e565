#!/usr/bin/env python3
# Write the labelled HTML pages of tests/html/: NAME.html (in its charset),
# NAME.txt (the expected article text) and NAME.meta (part, page_url,
# charset, title, date, author, url). Deterministic: the same files every
# run. Run from anywhere: python3 tests/html/gen/make_pages.py
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bodies_a import BODIES_A
from bodies_b import BODIES_B
from bodies_c import BODIES_C
from bodies_d import BODIES_D
from bodies_e import BODIES_E
from bodies_f import BODIES_F
from bodies_x import EXTRA
import layouts_tune as T
import layouts_heldout as H
import layouts_heldout_b as HB
import layouts_heldout_c as HC

ALL = {b["slug"]: b for b in BODIES_A + BODIES_B + BODIES_C + BODIES_D + BODIES_E + BODIES_F}
OUT = os.path.dirname(HERE)

for _slug, _more in EXTRA.items():
    _b = ALL[_slug]
    _parts = _b["body"].strip().split("\n\n")
    if _slug.startswith("wire-"):      # before the sign-off line
        _parts[-1:-1] = [_more.strip()]
    else:
        _parts.append(_more.strip())
    _b["body"] = "\n\n".join(_parts)

TUNE = [
    ("wp", T.wp, ["oped-multilateralism", "moldova-gas-crisis", "blog-embassy-life"]),
    ("bigcms", T.bigcms, ["geneva-ceasefire-talks", "sudan-evacuation-port", "iran-talks-vienna-stall", "mexico-us-security-dialogue"]),
    ("broadcaster", T.broadcaster, ["kosovo-serbia-plates", "arctic-council-resumes", "japan-korea-summit", "pacific-islands-security-pact"]),
    ("govpress", T.govpress, ["press-statement-sanctions", "press-release-humanitarian-aid", "press-statement-maritime"]),
    ("thinktank", T.thinktank, ["nato-summit-vilnius-analysis", "tt-indo-pacific-minilateral", "tt-sanctions-effectiveness"]),
    ("live", T.liveblog, ["live-election-night", "live-summit-day-two"]),
    ("paywall", T.paywall, ["paywall-india-pakistan-water", "paywall-eu-china-summit"]),
    ("oldtable", T.oldtable, ["ministry-en-consular"]),
    ("oldtable-es", lambda b, o, r: T.oldtable(b, o, r, host="exteriores.example.es", lang="es"), ["ministry-es-cooperacion"]),
    ("latin2", T.latin2, ["pl-wizyta-kijow"]),
    ("latin2-cz", lambda b, o, r: T.latin2(b, o, r, site="Denik Stredni Evropy", host="denik.example.cz"), ["cz-predsednictvi"]),
    ("blogger", T.blogger, ["asean-summit-myanmar", "brazil-amazon-fund"]),
    ("wire", T.wire, ["wire-oil-output-cut", "wire-taiwan-drills", "grain-corridor-extension"]),
    ("magazine", T.magazine, ["longread-water-wars", "longread-diplomats-digital"]),
    ("unpress", T.unpress, ["un-sg-statement-earthquake", "haiti-security-mission"]),
    ("broken", T.broken, ["peru-protests-cabinet", "colombia-eln-talks"]),
    ("bom", T.bom, ["ethiopia-tigray-agreement", "sahel-mission-drawdown"]),
]
TUNE_LISTS = [("front", T.sectionfront, ["world", "europe"])]

HELDOUT = [
    ("nextjs", H.nextjs, ["nx-baltic-cable", "nx-african-union-g20", "nx-red-sea-shipping"]),
    ("drupal", H.drupal, ["tt-drupal-food-security", "tt-drupal-arms-control", "tt-drupal-migration-compacts"]),
    ("french15", lambda b, o, r: H.french(b, o, r, encoding="iso-8859-15"), ["fr-sommet-afrique"]),
    ("french1", lambda b, o, r: H.french(b, o, r, encoding="iso-8859-1"), ["fr-niger-transition"]),
    ("live2", H.liveblog2, ["live-earthquake-response", "live-un-general-assembly"]),
    ("regwall", H.paywall2, ["paywall2-pipeline-politics"]),
    ("ministry", H.ministry_nocharset, ["ministry-cp-statement-ceasefire", "ministry-cp-visit-minister"]),
    ("amp", H.amp, ["amp-migrants-mediterranean", "amp-georgia-protests"]),
    ("aspnet", H.aspnet, ["aspx-trade-mission", "aspx-consulate-hours"]),
    ("german", H.german, ["de-bundeswehr-litauen"]),
]
HELDOUT_LISTS = [("tagarchive", H.tagarchive, ["sanctions", "migration"])]

# The second held-out batch: new site families, over bodies of either part
# (the extractor knows nothing of the words) and three bodies of its own.
ALL.update(HB.SPECIAL)
HELDOUT_B = [
    ("hb-interview", HB.interview, ["interview-envoy"]),
    ("hb-paginated", HB.paginated, ["arctic-council-resumes"]),
    ("hb-factbox", HB.factbox, ["pacific-islands-security-pact"]),
    ("hb-transcript", HB.transcript, ["speech-minister-un"]),
    ("hb-print", HB.printpage, ["japan-korea-summit"]),
    ("hb-inlinecards", HB.inlinecards, ["sudan-evacuation-port"]),
    ("hb-report", HB.report_toc, ["tt-sanctions-effectiveness"]),
    ("hb-accordion", HB.accordion_news, ["kosovo-serbia-plates"]),
    ("hb-russian", HB.russian, ["ru-peregovory"]),
]

# The third held-out batch, written after the last change to html.c.
ALL.update(HC.SPECIAL)
HELDOUT_C = [
    ("hc-substack", HC.substack, ["oped-multilateralism"]),
    ("hc-ghost", HC.ghost, ["longread-diplomats-digital"]),
    ("hc-govbootstrap", HC.bootstrap_gov, ["press-release-humanitarian-aid"]),
    ("hc-wiki", HC.wiki, ["wiki-antarctic-treaty"]),
    ("hc-pdf", HC.pdfhtml, ["press-statement-maritime"]),
    ("hc-spanish", HC.spanish, ["es-cumbre-celac"]),
    ("hc-onetrust", HC.onetrust, ["nx-african-union-g20"]),
    ("hc-live3", HC.liveblog3, ["live-election-night"]),
]

def write(name, part, r):
    enc = r["encoding"]
    data = r["html"].encode(enc, errors="xmlcharrefreplace")
    if enc == "utf-8" and r["html"].startswith("\ufeff"):
        data = r["html"].encode("utf-8")   # the BOM stays, as bytes EF BB BF
    with open(os.path.join(OUT, name + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(r["gold"])
    m = r["meta"]
    lines = ["part: " + part]
    for k in ("page_url", "charset", "title", "date", "author", "url"):
        if m.get(k):
            lines.append("%s: %s" % (k, m[k]))
    with open(os.path.join(OUT, name + ".meta"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

def run(groups, lists, part, pool):
    n = 0
    for code, fn, slugs in groups:
        for s in slugs:
            b = ALL[s]
            rng = random.Random(code + s)
            others = [x for x in pool if x["slug"] != s]
            write("%s-%s" % (code, s), part, fn(b, others, rng))
            n += 1
    for code, fn, names in lists:
        for s in names:
            rng = random.Random(code + s)
            write("%s-%s" % (code, s), part, fn(s, pool, rng))
            n += 1
    return n

if __name__ == "__main__":
    used = [s for _, _, ss in TUNE + HELDOUT for s in ss]    # HELDOUT_B reuses bodies on purpose
    assert len(used) == len(set(used)), "a body used twice"
    tune_pool = [ALL[s] for _, _, ss in TUNE for s in ss]
    held_pool = [ALL[s] for _, _, ss in HELDOUT for s in ss]
    a = run(TUNE, TUNE_LISTS, "tune", tune_pool)
    b = run(HELDOUT, HELDOUT_LISTS, "heldout", held_pool)
    b += run(HELDOUT_B, [], "heldout", tune_pool)
    b += run(HELDOUT_C, [], "heldout", tune_pool + held_pool)
    print("wrote %d tuned and %d held-out pages into %s" % (a, b, OUT))
