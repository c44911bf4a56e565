#!/usr/bin/env bash
# role.sh - end-to-end tests of "who held the post" (issue 15): role: in
# queries, --role (with --country as the post's country), --holders, on
# the fixture tests/role/ (articles naming US secretaries of state, UN
# secretaries-general, Donald Trump and the Fed's chair in and out of
# office, one undated) and on corpus/. Every role's matches are checked
# twice: against the ids the fixture was written for, and against a
# second computation from the index's own facet values and dates and the
# tenures --holders --json lists (Python). Also the edge cases: a post
# held twice, an acting holder, a renamed post, the boundary year,
# undated articles, ambiguity, typos, a post without holders; and
# --count, --facets, --json, --format, --batch, shards, /api/search.
# Builds nothing: uses $FA_BUILD/fa-index and $FA_BUILD/fa-search. Ends
# with `N passed, N failed`.
set -u

. "$(dirname "$0")/lib.sh"

need_binaries
need python3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-role.XXXXXX") || exit 1
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT

fx=$tmp/fx
corp=$tmp/corpus
for pair in "$fx:$root/tests/role" "$corp:$root/corpus"; do
    "$index" --db "${pair%%:*}" --quiet "${pair#*:}" 2>"$tmp/err" ||
        { bad "index ${pair#*:}" "$(cat "$tmp/err")"; echo "$passed passed, $failed failed"; exit 1; }
done
ok "index tests/role/ and corpus/"

# check NAME GOT WANT
check() {
    if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got:  $2" "want: $3"; fi
}

# ids DB ARGS...: the sorted ids of every match, comma-separated.
ids() {
    local db=$1
    shift
    "$search" --db "$db" --format csv --fields id "$@" 2>"$tmp/ids.err" | tr -d '\r' | tail -n +2 | sort | paste -sd, - ||
        echo "EXIT $?"
}

# expect DB HOLDERS_ARGS...: the ids a role should match, computed apart
# from role: itself: the articles whose officials include a holder named
# by `--holders ... --json` and whose year is in that holder's tenure.
"$search" --db "$fx" --format jsonl --fields id,date,officials >"$tmp/fx.jsonl"
"$search" --db "$corp" --format jsonl --fields id,date,officials >"$tmp/corp.jsonl"
expect() {
    local rows=$1
    shift
    "$search" --holders "$@" --json >"$tmp/holders.json" 2>"$tmp/holders.err" || { echo "EXIT $?"; return; }
    py - "$rows" "$tmp/holders.json" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
held = json.load(open(sys.argv[2]))["holders"]
got = []
for r in rows:
    if not r["date"]:
        continue
    y = int(r["date"][:4])
    if any(h["name"] in r["officials"] and h["from"] <= y <= h["to"] for h in held):
        got.append(r["id"])
print(",".join(sorted(got)))
PY
}

sos=r01,r02,r03,r04,r05,r06,r15,r16,r17,r19
check "--role 'Secretary of State' --country USA: the fixture's holders in office" \
    "$(ids "$fx" --role "Secretary of State" --country USA)" "$sos"
check "--role: the same as computed from the facets, dates and --holders" \
    "$(ids "$fx" --role "Secretary of State" --country USA)" "$(expect "$tmp/fx.jsonl" "Secretary of State" --country USA)"
for q in 'role:"USA/Secretary of State"' 'role:"united states/secretary of state"' \
         'role:"US/Minister for Foreign Affairs"' 'role:"USA / Foreign Minister"' \
         'role:"USA/Secretary-of-State"'; do
    check "$q: the same articles" "$(ids "$fx" "$q")" "$sos"
done
check "--role with --country: the country is the post's, not a mention filter" \
    "$(ids "$fx" --role "Secretary of State" --country USA)" "$(ids "$fx" 'role:"USA/Secretary of State"')"
check "1985-1995 with --from/--to: Shultz, Baker, Eagleburger, Christopher in office" \
    "$(ids "$fx" --role "Secretary of State" --country USA --from 1985 --to 1995)" \
    "r01,r02,r03,r04,r05,r06,r15,r17,r19"
check "... and with date: in the query" \
    "$(ids "$fx" 'role:"USA/Secretary of State" date:1985..1995')" "r01,r02,r03,r04,r05,r06,r15,r17,r19"
check "role: ANDs with words" "$(ids "$fx" 'role:"USA/Secretary of State" Bosnia')" "r06"
check "role: ORs with role:" "$(ids "$fx" 'role:"USA/Secretary of State" OR role:"UN Secretary-General"')" \
    "r01,r02,r03,r04,r05,r06,r10,r11,r15,r16,r17,r18,r19"
check "--role twice: OR" "$(ids "$fx" --role "USA/Secretary of State" --role "Secretary-General of the United Nations")" \
    "r01,r02,r03,r04,r05,r06,r10,r11,r15,r16,r17,r18,r19"
check "-role: excludes" "$(ids "$fx" 'official:"James Baker" -role:"USA/Secretary of State"')" "r07,r08"

# Edge cases.
check "a former holder (Baker in 1995) and another post (Treasury, 1987) do not match" \
    "$(ids "$fx" 'official:"James Baker"')" "r02,r04,r07,r08,r15,r17"
check "undated articles never match role: (r09 names Shultz)" \
    "$(ids "$fx" 'official:"George Shultz" role:"USA/Secretary of State"')" "r01,r03,r17"
check "post held twice (Trump 2017-2021, 2025-): not between the terms" \
    "$(ids "$fx" 'role:"USA/President"')" "$(expect "$tmp/fx.jsonl" President --country USA)"
check "... r13 and r14, not r12" "$(ids "$fx" 'role:"USA/President"')" "r13,r14"
check "acting holders count (Eagleburger 1992, U Thant 1961)" \
    "$(ids "$fx" 'role:"USA/Secretary of State" date:1992 OR role:"UN Secretary-General" date:1961')" "r05,r15,r18"
check "the boundary year matches both holders (1989: Shultz r03, Baker r02)" \
    "$(ids "$fx" 'role:"USA/Secretary of State" date:1989')" "r02,r03"
check "a renamed post is one post (Chairman of the Federal Reserve, then Chair)" \
    "$(ids "$fx" 'role:"USA/Chairman of the Federal Reserve"')" "r20,r21"
check "... by its new name too" "$(ids "$fx" 'role:"USA/Federal Reserve Chair"')" "r20,r21"
check "an international post needs no country (UN Secretary-General)" \
    "$(ids "$fx" 'role:"Secretary-General of the United Nations"')" "r10,r11,r18"
check "... the same as computed" "$(ids "$fx" 'role:"UN Secretary-General"')" \
    "$(expect "$tmp/fx.jsonl" "UN Secretary-General")"

# errors: exit 5 and a message that says what to do
err() {
    "$search" --db "$fx" "$@" >/dev/null 2>"$tmp/e.err"
    echo "exit $? $(cat "$tmp/e.err")"
}
e=$(err --count 'role:"Secretary of State"')
case $e in "exit 5 "*"2 countries (USA, VAT)"*'role:"USA/Secretary of State"'*) ok "ambiguous role: exit 5, lists the countries";;
    *) bad "ambiguous role: exit 5, lists the countries" "$e";; esac
e=$(err --role "Secretery of State" --country USA)
case $e in "exit 5 "*"unknown post 'Secretery of State' in USA; did you mean 'Secretary of State'"*) ok "typo: did you mean";;
    *) bad "typo: did you mean" "$e";; esac
e=$(err 'role:"Narnia/President"')
case $e in "exit 5 "*"unknown country 'Narnia'"*) ok "unknown country in COUNTRY/POST";; *) bad "unknown country in COUNTRY/POST" "$e";; esac
e=$(err --role "Foreign Secretary" --country FRA)
case $e in "exit 5 "*"no holder of 'Foreign Secretary' from FRA is known; it has holders from 1 country: GBR"*)
    ok "no holder from that country";; *) bad "no holder from that country" "$e";; esac
e=$(err --role "USA/Secretary of State" --country USA)
case $e in "exit 2 "*"names its country"*) ok "--role COUNTRY/POST takes no --country";; *) bad "--role COUNTRY/POST takes no --country" "$e";; esac
# a post the gazetteer names but nobody holds: a gazetteer with one more row
cp -r "$root/data/gazetteer" "$tmp/gaz"
printf 'USA\tChief Scout\tScout Leader\t\n' >>"$tmp/gaz/roles.tsv"
e=$(err --gazetteer "$tmp/gaz" --role "Scout Leader" --country USA)
case $e in "exit 5 "*"no holder of 'Chief Scout' is known"*) ok "a post without holders: clear error";;
    *) bad "a post without holders: clear error" "$e";; esac
noent=$tmp/noent
"$index" --db "$noent" --quiet --no-entities "$root/tests/role" 2>/dev/null
e=$("$search" --db "$noent" 'role:"UN Secretary-General"' 2>&1 >/dev/null; echo "exit $?")
case $e in *"--no-entities"*"exit 5") ok "an index without entities refuses role:";; *) bad "an index without entities refuses role:" "$e";; esac

# With the other options.
check "--count" "$("$search" --db "$fx" --count 'role:"USA/Secretary of State"')" "10"
check "--json total" "$("$search" --db "$fx" --json --limit 0 'role:"USA/Secretary of State"' |
    py -c 'import json,sys; print(json.load(sys.stdin)["total"])')" "10"
facets=$("$search" --db "$fx" --json --facets --facet-limit 0 --limit 0 'role:"USA/Secretary of State"' |
    py -c 'import json,sys; d=json.load(sys.stdin); print(",".join("%s=%d" % (v["value"], v["count"]) for v in d["facets"]["official"]))' 2>&1)
check "--facets count the holders in office" "$facets" \
    "James Baker=4,George Shultz=3,Lawrence Eagleburger=2,Warren Christopher=2,Eduard Shevardnadze=1,Hafez al-Assad=1,Henry Kissinger=1"
check "--format jsonl rows" "$("$search" --db "$fx" --format jsonl --fields id 'role:"UN Secretary-General"' | wc -l)" "3"
printf '%s\n' 'role:"USA/Secretary of State"' 'role:"UN Secretary-General" Congo' >"$tmp/batch"
check "--batch: one count per line" "$("$search" --db "$fx" --batch "$tmp/batch" --count | grep -v "^#" | paste -sd, -)" "10,1"
printf '%s\n' 'Baghdad OR Congo OR Ohio' 'Ohio' >"$tmp/batch2"
check "--batch without --role" "$("$search" --db "$fx" --batch "$tmp/batch2" --count | grep -v "^#" | paste -sd, -)" "3,1"
check "--batch with --role: each query ANDs it" \
    "$("$search" --db "$fx" --batch "$tmp/batch2" --role "UN Secretary-General" --count | grep -v "^#" | paste -sd, -)" "2,0"
# shards: the fixture split in two
py - "$root/tests/role/articles.jsonl" "$tmp/s1.jsonl" "$tmp/s2.jsonl" <<'PY'
import sys
lines = open(sys.argv[1]).readlines()
open(sys.argv[2], "w").writelines(lines[0::2])
open(sys.argv[3], "w").writelines(lines[1::2])
PY
"$index" --db "$tmp/sh1" --quiet "$tmp/s1.jsonl" && "$index" --db "$tmp/sh2" --quiet "$tmp/s2.jsonl"
check "over two shards: the same articles" \
    "$("$search" --db "$tmp/sh1" --db "$tmp/sh2" --format csv --fields id 'role:"USA/Secretary of State"' | tr -d '\r' | tail -n +2 | sort | paste -sd, -)" "$sos"

# --holders
"$search" --holders "UN Secretary-General" --json >"$tmp/sg.json"
check "--holders --json: the nine secretaries-general, U Thant twice (acting first)" \
    "$(py -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["international"], len({h["name"] for h in d["holders"]}), len(d["holders"]), [h["acting"] for h in d["holders"] if h["name"] == "U Thant"])' "$tmp/sg.json")" \
    "True 9 10 [True, False]"
check "--holders --json: Lie first, Guterres from 2017" \
    "$(py -c 'import json,sys; h=json.load(open(sys.argv[1]))["holders"]; print(h[0]["name"], h[0]["from"], h[0]["to"], h[-1]["name"], h[-1]["from"])' "$tmp/sg.json")" \
    "Trygve Lie 1946 1952 António Guterres 2017"
t=$("$search" --holders "Secretary of State" --country USA)
case $t in "Secretary of State, USA (United States): "*"1982-1989   George Shultz"*"1992        Lawrence Eagleburger (acting)"*"1993-1997   Warren Christopher"*)
    ok "--holders text: heading and one line per tenure";; *) bad "--holders text: heading and one line per tenure" "$t";; esac
t=$("$search" --holders "Secretary of State")
case $t in *"Secretary of State, USA"*"Secretary of State, VAT (Holy See): 1 tenure"*) ok "--holders without a country: every country's";;
    *) bad "--holders without a country: every country's" "$t";; esac
t=$("$search" --holders "First Secretary of the Communist Party" --country SUN)
case $t in *"Nikita Khrushchev (as First Secretary of the Communist Party)"*) ok "--holders: the old name of a renamed post";;
    *) bad "--holders: the old name of a renamed post" "$t";; esac
"$search" --holders "Secretary of State" --country USA --db "$fx" --json >"$tmp/c.json"
check "--holders --db: per-holder counts sum as role: counts (each article once here)" \
    "$(py -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["articles"], sum(h["articles"] for h in d["holders"]) - 2)' "$tmp/c.json")" "10 10"
e=$("$search" --holders "Secretery of State" 2>&1 >/dev/null; echo "exit $?")
case $e in *"did you mean 'Secretary of State'"*"exit 5") ok "--holders typo: exit 5, did you mean";; *) bad "--holders typo: exit 5, did you mean" "$e";; esac
e=$("$search" --holders "UN Secretary-General" --count 2>&1; echo "exit $?")
case $e in *"--holders lists"*"exit 2") ok "--holders takes no --count";; *) bad "--holders takes no --count" "$e";; esac

# corpus/: role: against the second computation
for r in "Secretary of State|--country|USA" "UN Secretary-General" "President|--country|USA" "Prime Minister|--country|GBR"; do
    IFS='|' read -r -a a <<<"$r"
    if [ ${#a[@]} -eq 3 ]; then q="role:\"${a[2]}/${a[0]}\""; else q="role:\"${a[0]}\""; fi
    want=$(expect "$tmp/corp.jsonl" "${a[@]}")
    got=$(ids "$corp" "$q")
    if [ -n "$got" ] && [ "$got" = "$want" ]; then ok "corpus/ $q: $(echo "$got" | tr , '\n' | wc -l) articles, as computed"
    else bad "corpus/ $q: as computed" "got:  $got" "want: $want"; fi
done

# /api/search role=
if command -v curl >/dev/null; then
    "$search" --db "$fx" --serve 127.0.0.1:0 2>"$tmp/serve.log" &
    server=$!
    port=
    for _ in $(seq 50); do
        port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$tmp/serve.log")
        [ -n "$port" ] && break
        sleep 0.1
    done
    a=$(curl -s "http://127.0.0.1:$port/api/search?role=USA/Secretary%20of%20State&limit=0" |
        py -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>&1)
    check "/api/search role=COUNTRY/POST" "$a" "10"
    a=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/search?role=Secretary%20of%20State")
    check "/api/search ambiguous role=: 400" "$a" "400"
    # /api/holders: what the page shows beside a role filter, byte for
    # byte the command line's --holders --db --json.
    curl -s "http://127.0.0.1:$port/api/holders?role=USA/Secretary%20of%20State" >"$tmp/h.json"
    check "/api/holders?role=USA/POST equals --holders POST --country USA --db --json" \
        "$(cmp -s "$tmp/h.json" "$tmp/c.json" && echo same)" "same"
    curl -s "http://127.0.0.1:$port/api/holders?role=UN%20Secretary-General" >"$tmp/h2.json"
    "$search" --holders "UN Secretary-General" --db "$fx" --json >"$tmp/c2.json"
    check "/api/holders of an international post equals the command line's" \
        "$(cmp -s "$tmp/h2.json" "$tmp/c2.json" && echo same)" "same"
    a=$(curl -s -w ' %{http_code}' "http://127.0.0.1:$port/api/holders?role=USA/Secretery%20of%20State")
    case $a in *"did you mean 'Secretary of State'"*" 400") ok "/api/holders typo: 400 with the command line's message";;
        *) bad "/api/holders typo: 400 with the command line's message" "$a";; esac
    for qs in "" "role=" "role=UN%20Secretary-General&q=x" "role=a&role=b" "post=UN%20Secretary-General"; do
        a=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/holders?$qs")
        check "/api/holders?$qs: 400 (one role= and nothing else)" "$a" "400"
    done
    kill "$server"
    wait "$server" 2>/dev/null
    server=
else
    echo "skip /api/search role= (no curl)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
