#!/bin/bash
# install.sh - `make install DESTDIR=... PREFIX=/usr` into a scratch
# folder; the installed binaries then index and search corpus/ from
# another folder, with the gazetteer installed beside them (not the
# source tree's), and show their man pages; `make uninstall` removes all.
set -u
. "$(dirname "$0")/lib.sh"
need_binaries

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fa-install.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
stage=$tmp/stage
mkdir -p "$tmp/elsewhere"

if make -s -C "$root" install BUILD="$build" DESTDIR="$stage" PREFIX=/usr >"$tmp/make.out" 2>&1; then
    ok "make install DESTDIR=... PREFIX=/usr"
else
    bad "make install" "$(cat "$tmp/make.out")"
fi
for f in usr/bin/fa-index usr/bin/fa-search usr/share/fa/gazetteer/countries.tsv \
         usr/share/fa/gazetteer/officials.tsv usr/share/man/man1/fa-index.1 usr/share/man/man1/fa-search.1; do
    [ -e "$stage/$f" ] || bad "installed $f" "missing"
done

cd "$tmp/elsewhere" || exit 1
bin=$stage/usr/bin
if "$bin/fa-index" --quiet --db news.db "$root/corpus" 2>"$tmp/err"; then
    ok "installed fa-index indexes corpus/ from another folder"
else
    bad "installed fa-index" "$(cat "$tmp/err")"
fi
# country:pakistan resolves only through the gazetteer, and tags come
# from it at indexing time.
n=$("$bin/fa-search" --db news.db --json --limit 0 'country:pakistan' 2>"$tmp/err" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null)
want=$("$search" --db news.db --json --limit 0 'country:pakistan' 2>/dev/null |
       python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null)
if [ -n "$n" ] && [ "$n" -gt 0 ] && [ "$n" = "$want" ]; then
    ok "installed fa-search: country:pakistan gives $n, as the built one"
else
    bad "installed fa-search country:pakistan" "got '$n', built binary '$want'" "$(cat "$tmp/err")"
fi
for b in fa-index fa-search; do
    v=$("$bin/$b" --version 2>&1)
    case $v in
        "$b "[0-9]*) ok "$b --version: $v" ;;
        *) bad "$b --version" "$v" ;;
    esac
    if MANWIDTH=80 man -l "$stage/usr/share/man/man1/$b.1" 2>/dev/null | grep -q "EXIT STATUS"; then
        ok "man page of $b renders"
    elif ! command -v man >/dev/null; then
        ok "man page of $b installed (man not on this machine: not rendered)"
    else
        bad "man page of $b"
    fi
done

# The installed binaries read the installed gazetteer: a damaged copy
# there is reported by its installed path.
printf 'not\ta\tgazetteer\n' >"$stage/usr/share/fa/gazetteer/countries.tsv"
if "$bin/fa-index" --quiet --db other.db "$root/corpus" 2>"$tmp/err"; then
    bad "installed fa-index uses the installed gazetteer" "a damaged installed gazetteer went unnoticed"
elif grep -q "$stage/usr/share/fa/gazetteer" "$tmp/err"; then
    ok "installed fa-index uses the installed gazetteer"
else
    bad "installed fa-index uses the installed gazetteer" "$(cat "$tmp/err")"
fi

cd "$root" || exit 1
make -s -C "$root" uninstall DESTDIR="$stage" PREFIX=/usr >/dev/null 2>&1
left=$(find "$stage" -type f | sed "s|^$stage||")
if [ -z "$left" ]; then
    ok "make uninstall removes every installed file"
else
    bad "make uninstall" "left: $left"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
