#!/usr/bin/env bash
# web.sh - fa-search --serve over HTTP (tests/web/http_test.py, standard
# library only): the API against the command line, hostile articles,
# traversal, malformed and oversized requests, HTTP/1.0, keep-alive,
# HEAD, headers, shards, saturation. The browser test is make check-web.
set -u
. "$(dirname "$0")/lib.sh"
need_binaries
need python3
exec timeout 300 python3 "$here/web/http_test.py" "$build"
