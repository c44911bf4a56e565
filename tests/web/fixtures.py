"""fixtures.py - what the web tests share: the hostile articles (xss.jsonl
beside this file, plus a .txt of invalid UTF-8 written here, since a file
of bad bytes does not belong in the tree), an index of corpus/ and them,
and a server started on a free loopback port. Standard library only."""
import os
import re
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

BAD_UTF8 = (b"Title: Xsstest bad \xff\xfe bytes <script>window.__xss=16</script>\n"
            b"Date: 2022-01-01\n\n"
            b"xsstest body with \xc3\x28 invalid and \xed\xa0\x80 surrogate bytes "
            b"<script>window.__xss=17</script> about the treaty.\n")


def build_index(fa_index, tmp, name="db", extra=()):
    """Index corpus/, the hostile articles and 'extra' paths into tmp/name."""
    hostile = os.path.join(tmp, "hostile")
    os.makedirs(hostile, exist_ok=True)
    with open(os.path.join(hostile, "bad-utf8.txt"), "wb") as f:
        f.write(BAD_UTF8)
    db = os.path.join(tmp, name)
    r = subprocess.run([fa_index, "--quiet", "--db", db, os.path.join(ROOT, "corpus"),
                        os.path.join(HERE, "xss.jsonl"), hostile, *extra],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # 3: the invalid UTF-8 was repaired and reported, as it should be
    if r.returncode not in (0, 3):
        sys.exit("fa-index failed (%d): %s" % (r.returncode, r.stderr.decode(errors="replace")))
    return db


class Server:
    """fa-search --serve 127.0.0.1:0 over 'dbs'; .port once it listens."""

    def __init__(self, fa_search, dbs, *args):
        cmd = [fa_search]
        for d in dbs:
            cmd += ["--db", d]
        cmd += ["--serve", "127.0.0.1:0", *args]
        self.proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        self.port = None
        deadline = time.time() + 20
        while time.time() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            m = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
            if m:
                self.port = int(m.group(1))
                break
        if self.port is None:
            self.stop()
            sys.exit("the server did not start: %s" % " ".join(cmd))
        # Keep reading its log, so that a full pipe never blocks it.
        self.log = []
        self.reader = threading.Thread(target=lambda: self.log.extend(self.proc.stderr), daemon=True)
        self.reader.start()

    def stop(self):
        """SIGTERM, and the exit status (0 when it stopped cleanly)."""
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()
