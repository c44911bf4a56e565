#!/usr/bin/env bash
# incremental.sh - an index kept up to date through a random sequence of
# changes to an archive (articles added, changed, moved, their files
# removed and pruned, ids deleted, unchanged re-runs) must end equal to a
# fresh index of the final archive: same articles, same totals and ids
# for a set of queries, same facet counts. Also checks the counts each
# run reports (added, replaced, unchanged, deleted) against what changed.
# FA_SEED=N replays a sequence (the seed is printed).
# Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"
need_binaries
need python3

seed=${FA_SEED:-$RANDOM}
echo "incremental.sh: seed $seed (FA_SEED=$seed replays it)"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-incr.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

python3 - "$index" "$search" "$tmp" "$seed" <<'PY'
import json, os, random, re, shutil, subprocess, sys

index, search, tmp, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
r = random.Random(seed)
arch = os.path.join(tmp, "archive")
db = os.path.join(tmp, "inc")
os.makedirs(arch)
COUNTRIES = ["Pakistan", "France", "Japan", "India", "Brazil", "Kenya", "Chile", "Egypt"]
OFFICIALS = ["Foreign Minister Shah Mahmood Qureshi", "Secretary of State Antony Blinken",
             "President Emmanuel Macron"]
WORDS = "treaty summit envoy border council sanction accord ceasefire talks trade climate aid".split()
articles = {}          # id -> path relative to arch
passed = failed = 0

def ok(msg):
    global passed
    passed += 1
    print("ok   " + msg)

def bad(msg, *more):
    global failed
    failed += 1
    print("FAIL " + msg)
    for m in more:
        print("     " + str(m)[:600])

def write(aid, rel):
    path = os.path.join(arch, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = " ".join(r.choice(WORDS) for _ in range(r.randint(20, 60)))
    text += " Talks in %s with %s on the %s." % (r.choice(COUNTRIES), r.choice(OFFICIALS), r.choice(WORDS))
    with open(path, "w") as f:
        f.write("Id: %s\nTitle: %s %s\nDate: %d-%02d-%02d\nSource: incremental test\n\n%s\n" % (
            aid, r.choice(WORDS), aid, r.randint(1990, 2024), r.randint(1, 12), r.randint(1, 28), text))
    articles[aid] = rel

def run(args, expect=None):
    p = subprocess.run([index, "--db", db] + args, capture_output=True, text=True)
    m = re.search(r"(\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) deleted", p.stderr)
    got = tuple(int(x) for x in m.groups()) if m else None
    return p.returncode, got, p.stderr

next_id = 0
def new_id():
    global next_id
    next_id += 1
    return "inc-%05d" % next_id

for _ in range(60):
    aid = new_id()
    write(aid, "d%d/%s.txt" % (r.randint(0, 3), aid))
rc, got, err = run([arch])
if rc == 0 and got == (60, 0, 0, 0):
    ok("step 0: 60 articles added")
else:
    bad("step 0: exit %d, counts %s, want (60, 0, 0, 0)" % (rc, got), err)

for step in range(1, 13):
    kind = r.choice(["add", "change", "remove", "delete-id", "move", "same"])
    ids = sorted(articles)
    k = r.randint(1, 6)
    if kind == "add":
        for _ in range(k):
            aid = new_id()
            write(aid, "d%d/%s.txt" % (r.randint(0, 3), aid))
        want, args = (k, 0, len(articles) - k, 0), [arch]
    elif kind == "change":
        picked = r.sample(ids, min(k, len(ids)))
        for aid in picked:
            write(aid, articles[aid])
        want, args = (0, len(picked), len(articles) - len(picked), 0), [arch]
    elif kind == "remove":          # files disappear: --prune removes them
        picked = r.sample(ids, min(k, len(ids)))
        for aid in picked:
            os.remove(os.path.join(arch, articles.pop(aid)))
        want, args = (0, 0, len(articles), len(picked)), ["--prune", arch]
    elif kind == "delete-id":       # an editor withdraws articles by id
        picked = r.sample(ids, min(k, len(ids)))
        for aid in picked:
            os.remove(os.path.join(arch, articles.pop(aid)))
        want, args = (0, 0, 0, len(picked)), ["--delete"] + picked
    elif kind == "move":            # same article, another file: replaced
        picked = r.sample(ids, min(k, len(ids)))
        for aid in picked:
            old = articles[aid]
            new = "moved/%s.txt" % aid if not old.startswith("moved/") else "d0/%s.txt" % aid
            os.makedirs(os.path.join(arch, os.path.dirname(new)), exist_ok=True)
            shutil.move(os.path.join(arch, old), os.path.join(arch, new))
            articles[aid] = new
        want, args = (0, len(picked), len(articles) - len(picked), 0), ["--prune", arch]
    else:
        want, args = (0, 0, len(articles), 0), [arch]
    rc, got, err = run(args)
    if rc == 0 and got == want:
        ok("step %d: %s %s" % (step, kind, want))
    else:
        bad("step %d: %s: exit %d, counts %s, want %s" % (step, kind, rc, got, want), err)

fresh = os.path.join(tmp, "fresh")
p = subprocess.run([index, "--db", fresh, arch], capture_output=True, text=True)
if p.returncode != 0:
    bad("fresh index of the final archive: exit %d" % p.returncode, p.stderr)

def answer(dbpath, query, extra=()):
    p = subprocess.run([search, "--db", dbpath, "--json", "--facets", "--facet-limit", "0",
                        "--limit", "100000", "--snippet-bytes", "0"] + list(extra) + [query],
                       capture_output=True, text=True)
    if p.returncode != 0:
        return "exit %d: %s" % (p.returncode, p.stderr)
    return json.loads(p.stdout)

# What a user relies on: the same total and facet counts, the same ids in
# the same rank order, the same facet values per hit, and scores equal
# within SCORE_TOL (relative): BM25 sums floats in an order that may
# differ between an updated index and a fresh one. Hits whose scores tie
# (within SCORE_TOL) come in document-number order, which the two indexes
# do not share, so within a run of tied hits the order is not compared.
SCORE_TOL = 1e-9

def close(x, y):
    return abs(x - y) <= SCORE_TOL * max(1.0, abs(x), abs(y))

def rank_groups(hits):
    groups = []
    for h in hits:
        if groups and close(groups[-1][0]["score"], h["score"]):
            groups[-1].append(h)
        else:
            groups.append([h])
    return [sorted(((h["id"], tuple(h["countries"]), tuple(h["officials"])) for h in g)) for g in groups]

def same_answer(a, b):
    if not isinstance(a, dict) or not isinstance(b, dict):
        return a == b
    if a["total"] != b["total"] or a["facets"] != b["facets"] or len(a["hits"]) != len(b["hits"]):
        return False
    if not all(close(x["score"], y["score"]) for x, y in zip(a["hits"], b["hits"])):
        return False
    return rank_groups(a["hits"]) == rank_groups(b["hits"])

queries = ["", "treaty", "summit OR envoy", "climate NOT aid", '"talks in"', "country:pakistan",
           "official:blinken", "date:2000..2015 trade"]
same = [q for q in queries if same_answer(answer(db, q), answer(fresh, q))]
if len(same) == len(queries):
    ok("updated index equals a fresh index of the final archive (%d articles, %d queries: "
       "totals, ids in rank order, scores within %g, facets)" % (len(articles), len(queries), SCORE_TOL))
else:
    diff = [q for q in queries if q not in same]
    bad("updated index differs from a fresh one for %s" % diff,
        answer(db, diff[0]), answer(fresh, diff[0]))
a = answer(db, "")
if not isinstance(a, dict) or a["total"] != len(articles):
    bad("article count", a if not isinstance(a, dict) else a["total"], len(articles))

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
