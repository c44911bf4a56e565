#!/usr/bin/env bash
# roundtrip.sh - every facet value fa-search lists can be typed back as a
# filter and gives exactly its count (issue 11): for each country value V,
# `--country V` and the query `country:V`; for each official value V,
# `--official V` and the query `official:"V"`; for each about value V
# (issue 15), `--about V` and `about:"V"`. Each filter alone must
# match exactly the count the facet list showed for V over the whole index.
#
# 1. corpus/: every value, both forms.
# 2. UNGDC (../shared/corpus/ungdc), when present (said to be skipped
#    otherwise): every FA_ROUNDTRIP_EVERY-th speech (default 16, about 700
#    speeches of every decade; 1 = all of them, which takes minutes) is
#    indexed; the query forms of every value run as one --batch, the option
#    forms for every country and for every official whose name is not
#    plain ASCII letters, spaces and dots plus every 20th of the others
#    (one process each, so all of them would take minutes).
#    FA_ROUNDTRIP_DB=DIR checks index DIR instead (every value, both forms;
#    for a full UNGDC index built by hand: minutes).
# Builds nothing: uses $FA_BUILD/fa-index and $FA_BUILD/fa-search.
# Ends with `N passed, N failed`; exits 1 when anything failed.
set -u

. "$(dirname "$0")/lib.sh"

need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-roundtrip.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# check NAME DB OPTION_SAMPLE: runs the round trip over index DB; prints
# one line per failure and a last line "checked N values, F failed".
# OPTION_SAMPLE: 1 = the option forms for every value, else for every
# country, every official with a name beyond [A-Za-z .] and every
# OPTION_SAMPLE-th other official.
check() {
    py - "$search" "$2" "$3" "$tmp/$1" <<'PY'
import json, re, subprocess, sys
search, db, sample, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def run(args, stdin=None):
    p = subprocess.run([search, "--db", db, "--json", "--limit", "0",
                        "--snippet-bytes", "0"] + args,
                       input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.strip()

rc, out, err = run(["--facets", "--facet-limit", "0", ""])
if rc:
    sys.exit("facet list: exit %d: %s" % (rc, err))
facets = json.loads(out)["facets"]
fails, checked = [], 0

# The query forms, one --batch: one JSON object per line, with its query.
lines = []
for v in facets["country"]:
    lines.append(("country", v, "country:%s" % v["value"]))
for v in facets["official"]:
    if '"' in v["value"]:
        fails.append('official %r: a value with a double quote cannot be typed as official:"..."' % v["value"])
        continue
    lines.append(("official", v, 'official:"%s"' % v["value"]))
for v in facets["about"]:   # issue 15: countries and officials in one facet
    if '"' in v["value"]:
        fails.append('about %r: a value with a double quote cannot be typed as about:"..."' % v["value"])
        continue
    lines.append(("about", v, 'about:"%s"' % v["value"]))
with open(work + ".batch", "w") as f:
    f.write("".join(q + "\n" for _, _, q in lines))
rc, out, err = run(["--batch", work + ".batch"])
got = {}
for l in out.splitlines():
    d = json.loads(l)
    got[d["query"]] = d["total"]
errors = err.splitlines()
for facet, v, q in lines:
    checked += 1
    if q not in got:
        why = [e for e in errors if e.startswith("fa-search: %s.batch:%d:" % (work, lines.index((facet, v, q)) + 1))]
        fails.append("%s: refused (%s), facet count %d" % (q, why[0].split(": ", 2)[-1] if why else "no answer", v["count"]))
    elif got[q] != v["count"]:
        fails.append("%s: %d matches, facet count %d" % (q, got[q], v["count"]))

# The option forms, one process each.
for facet, opt in (("country", "--country"), ("official", "--official"), ("about", "--about")):
    for i, v in enumerate(facets[facet]):
        plain = re.fullmatch(r"[A-Za-z. ]+", v["value"]) is not None
        if sample > 1 and facet != "country" and plain and i % sample:
            continue
        checked += 1
        rc, out, err = run([opt, v["value"], ""])
        if rc:
            fails.append("%s %r: exit %d (%s), facet count %d" % (opt, v["value"], rc, err, v["count"]))
        elif json.loads(out)["total"] != v["count"]:
            fails.append("%s %r: %d matches, facet count %d" % (opt, v["value"], json.loads(out)["total"], v["count"]))
for f in fails:
    print(f)
print("checked %d filters over %d countries, %d officials and %d about values, %d failed"
      % (checked, len(facets["country"]), len(facets["official"]), len(facets["about"]), len(fails)))
PY
}

# report NAME: ok when the check's last line says 0 failed, else the failures.
report() {
    local out=$1 what=$2
    if tail -n 1 <<<"$out" | grep -q ', 0 failed$'; then
        ok "$what: $(tail -n 1 <<<"$out")"
    else
        bad "$what" "$out"
    fi
}

# ----------------------------------------------------------------- corpus

if "$index" --db "$tmp/corpus" --quiet "$root/corpus" 2>"$tmp/corpus.err"; then
    report "$(check corpus "$tmp/corpus" 1 2>&1)" "corpus/: every facet value round-trips"
else
    bad "corpus/ indexes" "$(cat "$tmp/corpus.err")"
fi

# ----------------------------------------------------------------- UNGDC

ungdc=$root/../shared/corpus/ungdc/ungdc-1946-2024.jsonl.gz
every=${FA_ROUNDTRIP_EVERY:-16}
if [ -n "${FA_ROUNDTRIP_DB:-}" ]; then
    report "$(check given "$FA_ROUNDTRIP_DB" 1 2>&1)" "$FA_ROUNDTRIP_DB: every facet value round-trips"
elif [ ! -r "$ungdc" ]; then
    echo "skip UNGDC: $ungdc not found (../shared is not beside the checkout)"
else
    zcat "$ungdc" | awk -v k="$every" '(NR - 1) % k == 0' >"$tmp/ungdc.jsonl"
    if "$index" --db "$tmp/ungdc" --quiet "$tmp/ungdc.jsonl" 2>"$tmp/ungdc.err"; then
        report "$(check ungdc "$tmp/ungdc" 20 2>&1)" "UNGDC (every ${every}th speech): facet values round-trip"
    else
        bad "UNGDC sample indexes" "$(cat "$tmp/ungdc.err")"
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
