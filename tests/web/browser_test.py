#!/usr/bin/python3
"""browser_test.py - the search page in headless Chromium (Debian's
chromium, chromium-driver and python3-selenium), over an index of corpus/
and the hostile articles, served by fa-search --serve on a free loopback
port. Each step is checked against the command line's answer for the same
search. Screenshots (1280 and 360 px, light and dark) go to --out.

If Chromium cannot start, the test says so and FAILS: it is never skipped.

The index also holds tests/collapse/'s three edited copies, for the
"Group copies" steps.

usage: browser_test.py --build DIR --out DIR [--only copies,role,about]
(ends "N passed, N failed"; --only runs those step groups alone, a
quicker loop while working on them)"""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures  # noqa: E402

passed = failed = 0


def ok(name):
    global passed
    passed += 1
    print("ok   " + name, flush=True)


def bad(name, detail=""):
    global failed
    failed += 1
    print("FAIL " + name, flush=True)
    if detail:
        print("     " + str(detail)[:800], flush=True)


def check(cond, name, detail=""):
    if cond:
        ok(name)
    else:
        bad(name, detail)
    return cond


def start_browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError as e:
        print("browser_test: python3-selenium is missing (%s): run scripts/install-deps" % e)
        return None
    o = Options()
    if os.path.exists("/usr/bin/chromium"):
        o.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-extensions", "--no-first-run", "--window-size=1280,900", "--lang=en-US"]:
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    try:
        d = webdriver.Chrome(service=Service(driver), options=o)
    except Exception as e:   # noqa: BLE001 - whatever stops it, say what
        print("browser_test: Chromium cannot start: %s" % str(e).strip().split("\n")[0])
        return None
    d.set_page_load_timeout(30)
    return d


class Page:
    """The page in the browser, with waits that fail with a message."""

    def __init__(self, d, base):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
        self.d, self.base, self.By, self.Wait = d, base, By, WebDriverWait

    def js(self, script, *args):
        return self.d.execute_script(script, *args)

    def wait(self, fn, what, timeout=10):
        try:
            return self.Wait(self.d, timeout).until(lambda d: fn())
        except Exception:   # noqa: BLE001
            bad("waiting for " + what, self.js("return document.getElementById('count').textContent + ' | ' + "
                                               "document.getElementById('error').textContent"))
            return None

    def q(self, css):
        return self.d.find_elements(self.By.CSS_SELECTOR, css)

    def count_text(self):
        return self.js("return document.getElementById('count').textContent")

    def idle(self):
        return self.js("return !document.body.classList.contains('busy')")

    def wait_total(self, total, what):
        want = ("No article matches." if total == 0 else
                "%s article%s" % ("{:,}".format(total), " matches" if total == 1 else "s match"))
        return self.wait(lambda: self.idle() and self.count_text().startswith(want), "%s: '%s'" % (what, want))

    def titles(self):
        return self.js("return Array.from(document.querySelectorAll('#hits .title')).map(a => a.textContent)")

    def xss(self):
        return self.js("return window.__xss === undefined ? null : String(window.__xss)")


PAGE = 10   # app.js's page size


def cli_json(search, db, *args):
    r = subprocess.run([search, "--db", db, "--json", "--limit", str(PAGE), *args], stdout=subprocess.PIPE, check=True)
    return json.loads(r.stdout)


def shot(p, out, name, width, dark):
    d = p.d
    d.execute_cdp_cmd("Emulation.setEmulatedMedia",
                      {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": 900 if width > 500 else 780, "deviceScaleFactor": 1, "mobile": width < 500})
    time.sleep(0.3)
    path = os.path.join(out, name)
    d.save_screenshot(path)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    fa_index = os.path.join(a.build, "fa-index")
    fa_search = os.path.join(a.build, "fa-search")
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    tmp = tempfile.mkdtemp(prefix="fa-browser-")
    srv = d = None
    try:
        copies = os.path.join(fixtures.ROOT, "tests", "collapse")
        db = fixtures.build_index(fa_index, tmp, extra=sorted(
            os.path.join(copies, f) for f in os.listdir(copies) if f.endswith(".txt")))
        srv = fixtures.Server(fa_search, [db])
        base = "http://127.0.0.1:%d" % srv.port
        d = start_browser()
        if d is None:
            bad("Chromium starts (headless)")
            return 1
        ok("Chromium starts (headless)")
        p = Page(d, base)
        groups = {"copies": copies_steps, "role": role_steps, "about": about_steps, "tail": tail_steps}
        only = [g for g in a.only.split(",") if g]
        if any(g not in groups for g in only):
            sys.exit("--only takes %s" % ",".join(groups))
        if not only:
            steps(p, fa_search, db, a.out)
        for g in only or groups:
            groups[g](p, fa_search, db, a.out)
        logs = [e for e in d.get_log("browser") if e.get("level") in ("SEVERE", "WARNING")]
        csp = [e["message"] for e in logs if "Content Security Policy" in e["message"]]
        check(not csp, "no Content-Security-Policy violation (nothing tried to run inline)", csp[:3])
        errors = [e["message"] for e in logs if e.get("level") == "SEVERE" and "favicon" not in e["message"]
                  and " 400 " not in e["message"] and " 404 " not in e["message"]]
        check(not errors, "no JavaScript error in the console", errors[:3])
    finally:
        if d is not None:
            d.quit()
        if srv is not None:
            srv.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("screenshots in %s; %.1f s" % (a.out, time.time() - t0))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def steps(p, fa_search, db, out):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    d = p.d

    # 1. The empty page lists every article, newest first.
    d.get(p.base + "/")
    every = cli_json(fa_search, db, "")
    p.wait_total(every["total"], "the empty query")
    check(p.titles() == [h["title"] or h["id"] for h in every["hits"]], "empty query: the CLI's %d newest titles" % PAGE)
    check(p.js("return document.getElementById('count').getAttribute('aria-live')") == "polite",
          "the result count is announced (aria-live=polite)")

    # 2. Type a query.
    p.js("document.body.focus()")
    ActionChains(d).send_keys("/").perform()
    check(p.js("return document.activeElement.id") == "q", "'/' focuses the query box")
    box = p.q("#q")[0]
    box.clear()
    box.send_keys("pakistan", Keys.ENTER)
    pk = cli_json(fa_search, db, "--facets", "--facet-limit", "200", "pakistan")
    p.wait_total(pk["total"], "q=pakistan")
    check(p.titles() == [h["title"] or h["id"] for h in pk["hits"]], "q=pakistan: the CLI's titles in its order",
          (p.titles(), [h["title"] for h in pk["hits"]]))
    check("q=pakistan" in d.current_url, "the query is in the URL", d.current_url)
    snippet_b = p.js("return document.querySelectorAll('#hits .snippet b').length")
    check(snippet_b >= pk["total"] and p.js("return document.querySelector('#hits .snippet b').textContent")
          .lower().startswith("pakistan"), "snippets highlight the matched word in <b>", snippet_b)

    # 3. A country facet value: hits and the other facet's counts change, a chip appears.
    country = next(v for v in pk["facets"]["country"] if v["value"] != "PAK" and v["count"] < pk["total"])
    officials_before = facet_pairs(p, "official")
    check(officials_before[:5] == [(v["value"], v["count"]) for v in pk["facets"]["official"][:5]],
          "official facet counts equal the CLI's", officials_before[:5])
    p.q('.facet[data-facet="country"] li[data-value="%s"] label' % country["value"])[0].click()
    flt = cli_json(fa_search, db, "--facets", "--facet-limit", "200", "--country", country["value"], "pakistan")
    p.wait_total(flt["total"], "country=%s" % country["value"])
    check(flt["total"] == country["count"] and p.titles() == [h["title"] or h["id"] for h in flt["hits"]],
          "a country facet value filters the hits (%s: %d)" % (country["value"], flt["total"]))
    chip = p.q('#chips .chip[data-facet="country"][data-value="%s"]' % country["value"])
    check(len(chip) == 1 and country["name"] in chip[0].text, "a removable chip names the filter", [c.text for c in chip])
    officials_after = facet_pairs(p, "official")
    check(officials_after != officials_before and
          officials_after[:5] == [(v["value"], v["count"]) for v in flt["facets"]["official"][:5]],
          "the official counts change to the filtered search's (AND across facets)", officials_after[:5])
    check(("country=" + country["value"]) in d.current_url, "the filter is in the URL", d.current_url)
    # OR within a facet: a second country widens the set.
    other = next(v for v in flt["facets"]["country"] if v["value"] not in ("PAK", country["value"]))
    own = cli_json(fa_search, db, "--facets", "--facet-limit", "200", "pakistan")["facets"]["country"]
    shown = facet_pairs(p, "country")   # the chosen value first, then by count
    want = {v["value"]: v["count"] for v in own}
    check(len(shown) >= 5 and all(want.get(v) == n for v, n in shown) and shown[0][0] == country["value"],
          "the chosen facet counts without its own filter (OR within it), chosen value first", shown[:5])
    p.q('.facet[data-facet="country"] li[data-value="%s"] label' % other["value"])[0].click()
    both = cli_json(fa_search, db, "--country", country["value"], "--country", other["value"], "pakistan")
    p.wait_total(both["total"], "two countries")
    check(both["total"] >= flt["total"] and len(p.q("#chips .chip")) == 2,
          "two countries OR together (%d hits, 2 chips)" % both["total"])
    p.q('#chips .chip[data-value="%s"] button' % other["value"])[0].click()
    p.wait_total(flt["total"], "one country again")

    # 4. Remove the chip.
    p.q('#chips .chip[data-value="%s"] button' % country["value"])[0].click()
    p.wait_total(pk["total"], "the chip removed")
    check(not p.q("#chips .chip") and "country=" not in d.current_url, "removing the chip removes the filter")

    # 5. The timeline: drag across bars sets from/to.
    timeline(p, fa_search, db)

    # 6. An article in the reader; back; the shared URL again.
    d.get(p.base + "/?q=pakistan")
    p.wait_total(pk["total"], "q=pakistan again")
    results_url = d.current_url
    first = p.q("#hits .title")[0]
    title = first.text
    first.click()
    p.wait(lambda: p.js("return !document.getElementById('reader').hidden && "
                        "document.getElementById('reader-title').textContent !== 'Loading…'"), "the reader view")
    check(p.js("return document.getElementById('reader-title').textContent") == title and "article=" in d.current_url,
          "a title opens the article in the reader view", d.current_url)
    check(p.js("return document.querySelectorAll('#reader-text b').length") > 0 and
          len(p.js("return document.getElementById('reader-text').textContent")) > 500,
          "the reader shows the whole text with the query highlighted")
    check(p.js("return document.activeElement.id") == "reader-title", "focus moves to the article's title")
    shot(p, out, "reader-1280-light.png", 1280, False)
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    d.back()
    p.wait(lambda: p.js("return !document.getElementById('results-view').hidden"), "the results after back")
    check(d.current_url == results_url and p.titles() == [h["title"] or h["id"] for h in pk["hits"]] and
          p.count_text().startswith(str(pk["total"])), "back returns to the same results", d.current_url)
    # A shared URL with every kind of state.
    shared = p.base + "/?q=treaty&country=%s&sort=-date&from=1960&to=2024" % "USA"
    d.get(shared)
    tr = cli_json(fa_search, db, "--country", "USA", "--sort", "-date", "--from", "1960", "--to", "2024", "treaty")
    p.wait_total(tr["total"], "the shared URL")
    state1 = page_state(p)
    d.refresh()
    p.wait_total(tr["total"], "the shared URL reloaded")
    state2 = page_state(p)
    check(state1 == state2 and state1["q"] == "treaty" and state1["sort"] == "-date" and state1["from"] == "1960"
          and len(state1["chips"]) == 2 and state1["titles"] == [h["title"] or h["id"] for h in tr["hits"]],
          "a reloaded shared URL gives the same state (query, filter, dates, sort, hits)", (state1, state2))

    # Sort and paging.
    d.get(p.base + "/")
    p.wait_total(every["total"], "every article")
    from selenium.webdriver.support.ui import Select
    Select(p.q("#sort")[0]).select_by_value("date")
    old = cli_json(fa_search, db, "--sort", "date", "")
    p.wait(lambda: p.idle() and "sort=date" in d.current_url and p.titles() == [h["title"] or h["id"] for h in old["hits"]],
           "oldest first")
    check(p.titles() == [h["title"] or h["id"] for h in old["hits"]], "sort: oldest first as the CLI's --sort date")
    p.q("#next")[0].click()
    page2 = cli_json(fa_search, db, "--sort", "date", "--offset", str(PAGE), "")
    p.wait(lambda: p.idle() and "page=2" in d.current_url and p.titles() == [h["title"] or h["id"] for h in page2["hits"]],
           "page 2")
    check(p.js("return document.querySelector('#hits .rank').textContent") == str(PAGE + 1), "Next shows the next page's hits")
    d.back()
    p.wait(lambda: p.idle() and "page=2" not in d.current_url and p.titles() == [h["title"] or h["id"] for h in old["hits"]],
           "back to page 1")
    ok("back/forward move between pages")

    # 7. Export CSV of the current search.
    d.get(p.base + "/?q=pakistan&country=USA")
    us = cli_json(fa_search, db, "--country", "USA", "pakistan")
    p.wait_total(us["total"], "pakistan in USA")
    href = p.js("return document.getElementById('export').href")
    text = d.execute_async_script("const done = arguments[arguments.length - 1];"
                                  "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERR ' + e));", href)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cli_csv = subprocess.run([fa_search, "--db", db, "--format", "csv", "--country", "USA", "pakistan"],
                             stdout=subprocess.PIPE, check=True).stdout.decode()
    check(rows and rows[0][:3] == ["rank", "id", "date"] and len(rows) == us["total"] + 1 and text == cli_csv,
          "Export CSV: every match of the search shown (%d rows), as fa-search --format csv" % (len(rows) - 1),
          (href, text[:300]))

    # Syntax help.
    d.get(p.base + "/")
    p.wait_total(every["total"], "home")
    p.q("#help-btn")[0].click()
    check(p.js("return !document.getElementById('help').hidden && document.activeElement.classList.contains('ex')"),
          "the syntax help opens, focus on its first example")
    rows_help = p.js("return document.querySelectorAll('#help .ex').length")
    check(rows_help >= 12, "the help has an example per operator (%d)" % rows_help)
    shot(p, out, "help-1280-light.png", 1280, False)
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    ActionChains(d).send_keys(Keys.ESCAPE).perform()
    check(p.js("return document.getElementById('help').hidden && document.activeElement.id === 'help-btn'"),
          "Escape closes it, focus back on its button")
    p.q("#help-btn")[0].click()
    ex = [e for e in p.q("#help .ex") if e.text == '"climate change"'][0]
    ex.click()
    cc = cli_json(fa_search, db, '"climate change"')
    p.wait_total(cc["total"], "the example")
    check(p.js("return document.getElementById('q').value") == '"climate change"', "an example runs its query")

    # 8. Hostile articles: shown as text, nothing runs.
    xss_steps(p, fa_search, db)

    # 9. Screenshots: results with a filter, 1280 and 360, light and dark.
    d.get(p.base + "/?country=USA")
    p.wait(lambda: p.idle() and p.count_text() != "", "the screenshot page")
    light_bg = p.js("return getComputedStyle(document.body).backgroundColor")
    shot(p, out, "results-1280-light.png", 1280, False)
    shot(p, out, "results-1280-dark.png", 1280, True)
    dark_bg = p.js("return getComputedStyle(document.body).backgroundColor")
    check(light_bg != dark_bg, "prefers-color-scheme: dark changes the colours (%s -> %s)" % (light_bg, dark_bg))
    shot(p, out, "results-360-dark.png", 360, True)
    shot(p, out, "results-360-light.png", 360, False)
    wide = p.js("return document.documentElement.scrollWidth")
    check(wide <= 362, "at 360 px nothing is wider than the screen (scrollWidth %d)" % wide)
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def facet_pairs(p, facet):
    return [tuple(x) for x in p.js(
        "return Array.from(document.querySelectorAll('.facet[data-facet=\"' + arguments[0] + '\"] li[data-value]'))"
        ".map(li => [li.dataset.value, parseInt(li.querySelector('.n').textContent.replace(/,/g, ''), 10)])", facet)]


def page_state(p):
    return p.js("return {q: document.getElementById('q').value, sort: document.getElementById('sort').value,"
                "from: document.getElementById('from').value, to: document.getElementById('to').value,"
                "chips: Array.from(document.querySelectorAll('#chips .chip')).map(c => c.dataset.facet + ':' + (c.dataset.value || '')),"
                "count: document.getElementById('count').textContent,"
                "titles: Array.from(document.querySelectorAll('#hits .title')).map(a => a.textContent)}")


def timeline(p, fa_search, db):
    from selenium.webdriver.common.action_chains import ActionChains
    d = p.d
    d.get(p.base + "/?q=treaty")
    tr = cli_json(fa_search, db, "treaty")
    p.wait_total(tr["total"], "q=treaty")
    bars = p.q("#chart rect.hit")
    if not bars:
        bad("the timeline draws bars (a histogram from the server)",
            p.js("return document.getElementById('chart').textContent"))
        return
    # Drag from the first bar with matches to the last one.
    counts = p.js("return document.getElementById('chart')._buckets.map(b => b.count)")
    labels = p.js("return document.getElementById('chart')._buckets.map(b => b.label)")
    nz = [i for i, n in enumerate(counts) if n]
    i0, i1 = nz[0], nz[min(len(nz) - 1, 2)]
    hits = p.q("#chart rect.hit")
    ActionChains(d).move_to_element(hits[i0]).click_and_hold().move_to_element(hits[i1]).release().perform()
    sel = cli_json(fa_search, db, "--from", labels[i0], "--to", labels[i1], "treaty")
    p.wait_total(sel["total"], "the dragged range")
    check(("from=" + labels[i0]) in d.current_url and ("to=" + labels[i1]) in d.current_url and
          p.q('#chips .chip[data-facet="date"]'), "dragging across the timeline sets from/to (%s..%s, %d hits)"
          % (labels[i0], labels[i1], sel["total"]), d.current_url)
    # Keyboard: Enter on a bar picks that bar.
    p.q('#chips .chip[data-facet="date"] button')[0].click()
    p.wait_total(tr["total"], "dates removed")
    bar = p.q("#chart rect.hit")[nz[-1]]
    p.js("arguments[0].focus()", bar)
    from selenium.webdriver.common.keys import Keys
    ActionChains(d).send_keys(Keys.ENTER).perform()
    one = cli_json(fa_search, db, "--from", labels[nz[-1]], "--to", labels[nz[-1]], "treaty")
    p.wait_total(one["total"], "one bar by keyboard")
    check(("from=" + labels[nz[-1]]) in d.current_url, "Enter on a focused bar picks its period", d.current_url)


def xss_steps(p, fa_search, db):
    from selenium.webdriver.common.action_chains import ActionChains
    d = p.d
    d.get(p.base + "/?q=xsstest")
    xs = cli_json(fa_search, db, "xsstest")
    p.wait_total(xs["total"], "q=xsstest")
    check(xs["total"] == 3, "the three hostile articles are found")

    def hover_all(css):
        for e in p.q(css):
            try:
                ActionChains(d).move_to_element(e).perform()
            except Exception:   # noqa: BLE001 - off-screen elements
                pass

    hover_all("#hits .title, #hits .snippet, #hits .meta, #hits .chip")
    titles = p.titles()
    check(any("<script>window.__xss=1</script>" in t for t in titles), "a <script> title is shown as text", titles)
    check(any('" onmouseover="window.__xss=10"' in t for t in titles), 'a "onmouseover= title is shown as text')
    check(any("\ufffd" in t for t in titles), "invalid UTF-8 shows as U+FFFD")
    dom_clean(p, "the results")
    for i in range(len(titles)):
        link = p.q("#hits .title")[i]
        link.click()
        p.wait(lambda: p.js("return !document.getElementById('reader').hidden && "
                            "document.getElementById('reader-title').textContent !== 'Loading…'"), "hostile reader %d" % i)
        hover_all("#reader-title, #reader-meta, #reader-text p, #reader-chips .chip")
        dom_clean(p, "the reader of %r" % titles[i][:30])
        text = p.js("return document.getElementById('reader-text').textContent")
        if "__xss=14" in text:
            check("&lt;script&gt;window.__xss=14&lt;/script&gt;" in text, "escaped entities stay as written (not unescaped twice)")
        if "__xss=6" in text:
            check("</textarea><script>window.__xss=6</script>" in text, "</textarea><script> in a text is shown as text")
        d.back()
        p.wait(lambda: p.js("return !document.getElementById('results-view').hidden") and len(p.titles()) == 3,
               "back to the hostile results")
    try:
        d.switch_to.alert.dismiss()
        bad("no alert was opened")
    except Exception:   # noqa: BLE001 - NoAlertPresentException
        ok("no alert was opened")
    check(p.xss() is None, "no hostile script ran (window.__xss never set)", p.xss())


def dom_clean(p, where):
    r = p.js("""
      const bad = [];
      for (const e of document.querySelectorAll('body *')) {
        for (const a of e.attributes) {
          if (/^on/i.test(a.name)) bad.push(e.tagName + ' ' + a.name);
          if ((a.name === 'href' || a.name === 'src') && /^\\s*javascript:/i.test(a.value)) bad.push(e.tagName + ' ' + a.value);
        }
        if (/^(SCRIPT|IMG|IFRAME|SVG|OBJECT|EMBED|TEXTAREA)$/i.test(e.tagName) &&
            !e.closest('.brand') && !e.closest('#chart')) bad.push(e.tagName);
      }
      return {bad: bad, scripts: document.scripts.length, xss: window.__xss === undefined ? null : String(window.__xss)};
    """)
    check(not r["bad"] and r["scripts"] == 1 and r["xss"] is None,
          "%s: no injected element, handler or javascript: URL; nothing ran" % where, r)

def hit_similar(p):
    """[(title, "N similar" text or None)] of the hits shown."""
    return [tuple(x) for x in p.js(
        "return Array.from(document.querySelectorAll('#hits .hit')).map(li => [li.querySelector('.title').textContent,"
        " li.querySelector('.similar') ? li.querySelector('.similar').textContent : null])")]


def copies_steps(p, fa_search, db, out):
    """Group copies: the toggle (by keyboard), "N similar", the group's
    list and back, the export's similar column."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    d = p.d
    d.get(p.base + "/?q=mandela")
    plain = cli_json(fa_search, db, "mandela")
    p.wait_total(plain["total"], "q=mandela")
    grouped = cli_json(fa_search, db, "--collapse", "mandela")
    check(grouped["total"] < grouped["total_articles"] == plain["total"],
          "the fixture has copies among the mandela hits (%d groups, %d articles)"
          % (grouped["total"], grouped["total_articles"]))
    p.js("document.getElementById('collapse').focus()")
    ActionChains(d).send_keys(Keys.SPACE).perform()
    want = "%d groups of copies (%d articles)" % (grouped["total"], grouped["total_articles"])
    p.wait(lambda: p.idle() and p.count_text().startswith(want), "the grouped count '%s'" % want)
    check("collapse=1" in d.current_url and p.count_text().startswith(want),
          "Group copies (by keyboard): collapse=1 in the URL, the count says groups and articles", (d.current_url, p.count_text()))
    shown = hit_similar(p)
    cli = [(h["title"], "%d similar" % h["similar"] if h["similar"] else None) for h in grouped["hits"]]
    check(shown == cli, "grouped hits as fa-search --collapse, 'N similar' where the group has others", (shown, cli))
    href = p.js("return document.getElementById('export').href")
    text = d.execute_async_script("const done = arguments[arguments.length - 1];"
                                  "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERR ' + e));", href)
    cols = "rank,id,date,title,source,url,countries,officials,score,similar"
    cli_csv = subprocess.run([fa_search, "--db", db, "--format", "csv", "--collapse", "--fields", cols, "mandela"],
                             stdout=subprocess.PIPE, check=True).stdout.decode()
    rows = list(csv.reader(io.StringIO(text, newline="")))
    check(text == cli_csv and rows[0][-1] == "similar" and len(rows) == grouped["total"] + 1,
          "Export CSV when grouped: one row per group with a similar column, as --collapse --fields ...,similar",
          (href, text[:300]))
    shot(p, out, "copies-1280-light.png", 1280, False)
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    grouped_url = d.current_url
    lead = next(h for h in grouped["hits"] if h["similar"])
    link = p.q('#hits .similar[data-id="%s"]' % lead["id"])
    if not check(len(link) == 1, "the group's hit has an 'N similar' link"):
        return
    p.js("arguments[0].focus()", link[0])
    ActionChains(d).send_keys(Keys.ENTER).perform()
    members = cli_json(fa_search, db, "--similar", lead["id"], "mandela")
    p.wait_total(members["total"], "the group's list")
    check(("similar=" + lead["id"]) in d.current_url and p.titles() == [h["title"] or h["id"] for h in members["hits"]]
          and members["total"] == lead["similar"] + 1,
          "Enter on 'N similar' lists the group (similar=%s): %d articles, as --similar" % (lead["id"], members["total"]),
          (d.current_url, p.titles()))
    chip = p.q('#chips .chip[data-facet="similar"]')
    check(len(chip) == 1 and lead["title"] in chip[0].text, "a removable chip names the group's article",
          [c.text for c in chip])
    shot(p, out, "similar-1280-light.png", 1280, False)
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    d.refresh()
    p.wait_total(members["total"], "the group's list reloaded")
    chip = p.q('#chips .chip[data-facet="similar"]')
    check(len(chip) == 1 and lead["title"] in chip[0].text and p.js("return document.getElementById('collapse').checked"),
          "the list's URL reloaded: the same chip, Group copies still ticked", [c.text for c in chip])
    d.back()
    p.wait(lambda: p.idle() and d.current_url == grouped_url and p.count_text().startswith(want), "back to the groups")
    check(d.current_url == grouped_url and hit_similar(p) == cli, "back returns to the grouped hits", d.current_url)
    d.forward()
    p.wait_total(members["total"], "forward to the group's list")
    p.q('#chips .chip[data-facet="similar"] button')[0].click()
    p.wait(lambda: p.idle() and p.count_text().startswith(want), "the similar chip removed")
    check("similar=" not in d.current_url and "collapse=1" in d.current_url,
          "removing the chip leaves the list, still grouped", d.current_url)
    p.q("#collapse")[0].click()
    p.wait_total(plain["total"], "ungrouped")
    check("collapse" not in d.current_url and not p.q("#hits .similar"),
          "unticking Group copies shows every article again", d.current_url)


def role_steps(p, fa_search, db, out):
    """A role filter: typed in the box (suggested from the officials'
    posts), a removable chip, the holders from /api/holders."""
    from selenium.webdriver.common.keys import Keys
    d = p.d
    role = "USA/Secretary of State"
    d.get(p.base + "/")
    every = cli_json(fa_search, db, "")
    p.wait_total(every["total"], "the empty query")
    posts = p.js("return Array.from(document.querySelectorAll('#posts option')).map(o => o.value)")
    check(role in posts, "the role box suggests posts of the officials counted (%d, %s among them)" % (len(posts), role),
          posts[:10])
    box = p.q("#role-input")[0]
    box.send_keys(role, Keys.ENTER)
    held = cli_json(fa_search, db, "--role", role, "")
    p.wait_total(held["total"], "role=%s" % role)
    check(p.titles() == [h["title"] or h["id"] for h in held["hits"]] and "role=USA%2FSecretary+of+State" in d.current_url,
          "a role filters the hits as --role (%d articles), state in the URL" % held["total"], d.current_url)
    chip = p.q('#chips .chip[data-facet="role"]')
    check(len(chip) == 1 and role in chip[0].text, "a removable chip names the role", [c.text for c in chip])
    r = subprocess.run([fa_search, "--db", db, "--holders", role, "--json"], stdout=subprocess.PIPE, check=True)
    named = [h["name"] for h in json.loads(r.stdout)["holders"] if h["articles"]]
    p.wait(lambda: p.q('#holders li[data-role="%s"]' % role), "the holders line")
    line = p.js("const li = document.querySelector('#holders li'); return li ? li.textContent : ''")
    check(named and all(n in line for n in named), "the holders with articles here are listed (%d: %s)"
          % (len(named), ", ".join(named)), line)
    shot(p, out, "role-1280-light.png", 1280, False)
    shot(p, out, "role-360-dark.png", 360, True)
    wide = p.js("return document.documentElement.scrollWidth")
    check(wide <= 362, "at 360 px the role chip and holders fit (scrollWidth %d)" % wide)
    shot(p, out, "role-1280-light.png", 1280, False)   # back to light for what follows
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    d.refresh()
    p.wait_total(held["total"], "the role URL reloaded")
    check(len(p.q('#chips .chip[data-facet="role"]')) == 1, "a reloaded URL keeps the role")
    p.q('#chips .chip[data-facet="role"] button')[0].click()
    p.wait_total(every["total"], "the role chip removed")
    check("role=" not in d.current_url and not p.q("#holders li"), "removing the chip removes the role", d.current_url)
    d.get(p.base + "/?role=" + "USA/Secretery of State".replace(" ", "+"))
    p.wait(lambda: p.js("return !document.getElementById('error').hidden"), "the bad role's error")
    check("unknown post" in p.js("return document.getElementById('error').textContent"),
          "a misspelt post shows the server's message")


def about_steps(p, fa_search, db, out):
    """About counts beside mention counts; a click filters on about=."""
    d = p.d
    d.get(p.base + "/?q=pakistan")
    pk = cli_json(fa_search, db, "--facets", "--facet-limit", "200", "pakistan")
    p.wait_total(pk["total"], "q=pakistan")
    about = {v["value"]: v["count"] for v in pk["facets"]["about"]}
    shown = dict(tuple(x) for x in p.js(
        "return Array.from(document.querySelectorAll('.facet[data-facet=\"country\"] li[data-value]'))"
        ".filter(li => li.querySelector('.about-n')).map(li => [li.dataset.value,"
        " parseInt(li.querySelector('.about-n').textContent.replace(/[^0-9]/g, ''), 10)])"))
    want = {k: v for k, v in about.items() if k in {x["value"] for x in pk["facets"]["country"]}}
    check(shown and shown == want, "country values show the about count beside the mention count (as --facets)",
          (shown, want))
    value = next(v for v in pk["facets"]["about"] if v["count"] < pk["total"])["value"]
    p.q('.facet[data-facet="country"] li[data-value="%s"] .about-n' % value)[0].click()
    flt = cli_json(fa_search, db, "--about", value, "pakistan")
    p.wait_total(flt["total"], "about=%s" % value)
    check(("about=" + value) in d.current_url and p.titles() == [h["title"] or h["id"] for h in flt["hits"]]
          and p.q('#chips .chip[data-facet="about"][data-value="%s"]' % value),
          "'about N' filters on about=%s (%d hits, a chip)" % (value, flt["total"]), d.current_url)
    # Under the filter, "about N" counts within it: never above the mentions.
    fl = cli_json(fa_search, db, "--facets", "--facet-limit", "200", "--about", value, "pakistan")
    pairs = p.js("return Array.from(document.querySelectorAll('.facet[data-facet=\"country\"] li[data-value]'))"
                 ".filter(li => li.querySelector('.about-n')).map(li => [li.dataset.value,"
                 " parseInt(li.querySelector('.n').textContent, 10),"
                 " parseInt(li.querySelector('.about-n').textContent.replace(/[^0-9]/g, ''), 10)])")
    want = {v["value"]: v["count"] for v in fl["facets"]["about"]}
    check(pairs and all(a <= n and want.get(v) == a for v, n, a in pairs),
          "with about= chosen, 'about N' counts the matches shown (as --about --facets), never above the mentions",
          (pairs, want))
    chips = p.js("return Array.from(document.querySelectorAll('#hits .hit')).map(li =>"
                 " Array.from(li.querySelectorAll('.chip[data-facet=\"about\"]')).map(c => c.dataset.value))")
    check([sorted(c) for c in chips] == [sorted(h.get("about", [])) for h in flt["hits"]],
          "each hit shows what it is about as about chips (the chosen value first)", chips)
    shot(p, out, "about-1280-light.png", 1280, False)
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def shown_values(p, facet):
    return p.js("return Array.from(document.querySelectorAll('.facet[data-facet=\"' + arguments[0] + '\"] li[data-value]'))"
                ".map(li => li.dataset.value)", facet)


def more_text(p, facet):
    return p.js("const b = document.querySelector('.facet[data-facet=\"' + arguments[0] + '\"] .more');"
                "return b.hidden ? '' : b.textContent", facet)


def tail_steps(p, fa_search, db, out):
    """The long tail of a facet: a search brings a few values, "Show more"
    fetches the next ones from the server, and the filter box finds a
    value however far down the counts it is."""
    from selenium.webdriver.common.keys import Keys
    d = p.d
    # A hit's country chips are named even when the country is not among
    # the facet values a search fetched (the page's /api/list/countries).
    usa = cli_json(fa_search, db, "--facets", "--facet-limit", "28", "--country", "USA", "")
    d.get(p.base + "/?country=USA")
    p.wait_total(usa["total"], "country=USA")
    fetched = {v["value"] for v in usa["facets"]["country"]}
    chips = p.js("return Array.from(document.querySelectorAll('#hits .chip[data-facet=\"country\"]'))"
                 ".map(c => [c.dataset.value, c.textContent])")
    rare = [(v, t) for v, t in chips if v not in fetched]
    check(rare and all(t != v and t for v, t in chips),
          "hit chips name every country, %d of them beyond the facet values fetched" % len(rare), chips)
    d.get(p.base + "/")
    every = cli_json(fa_search, db, "--facets", "--facet-limit", "0", "")
    p.wait_total(every["total"], "the empty query")
    officials = [v["value"] for v in every["facets"]["official"]]
    total = every["facet_total_values"]["official"]
    check(total == len(officials) > 60, "corpus/ has more officials than a page fetches (%d)" % total)
    check(shown_values(p, "official") == officials[:8] and more_text(p, "official") ==
          "Show more (%d)" % (total - 8), "8 officials shown, 'Show more' counts the rest from the server's total",
          (shown_values(p, "official"), more_text(p, "official")))
    for n in (28, 48, 68):   # the third click passes what the search fetched
        p.q('.facet[data-facet="official"] .more')[0].click()
        p.wait(lambda: len(shown_values(p, "official")) == min(n, total), "%d officials shown" % n)
    check(shown_values(p, "official") == officials[:68],
          "'Show more' past the values at hand fetches the next ones, in the CLI's order",
          (shown_values(p, "official")[40:], officials[40:68]))
    # The filter box: a value below every one fetched, found by part of its
    # name typed without its accents and case.
    far = officials[-1]
    word = max(far.split(), key=len)
    typed = unicodedata.normalize("NFD", word).encode("ascii", "ignore").decode().upper()
    want = [v["value"] for v in cli_json(fa_search, db, "--facets", "--facet-limit", "0", "--facet-match", typed,
                                         "")["facets"]["official"]]
    box = p.q("#filter-official")[0]
    box.send_keys(typed)
    p.wait(lambda: far in shown_values(p, "official"), "the filter box to find %s (typed %s)" % (far, typed))
    check(far in want and shown_values(p, "official") == want[:68],
          "the filter box finds '%s', last of %d, from '%s' (the server's facet_match)" % (far, total, typed),
          (shown_values(p, "official"), want))
    check(more_text(p, "official") == ("Show more (%d)" % (len(want) - 68) if len(want) > 68 else ""),
          "'Show more' under a filter counts the matching values", more_text(p, "official"))
    box.send_keys(Keys.CONTROL, "a")   # as a user empties it (clear() fires no input event)
    box.send_keys(Keys.BACKSPACE)
    p.wait(lambda: shown_values(p, "official") == officials[:68], "the whole list back once the filter is empty")
    box.send_keys("zzzqqq")
    p.wait(lambda: p.q('.facet[data-facet="official"] li.none'), "'No value matches the filter.'")
    check(more_text(p, "official") == "", "no 'Show more' when no value matches")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    # Every about value came with the search: the page filters them itself,
    # folding as the server does.
    check(every["facet_total_values"]["about"] <= 500, "the about values all come with a search")
    for typed in ("PAKI", "united st", "ia"):
        want = [v["value"] for v in cli_json(fa_search, db, "--facets", "--facet-limit", "0", "--facet-match", typed,
                                             "")["facets"]["about"]]
        box = p.q("#filter-about")[0]
        box.send_keys(typed)
        got = p.wait(lambda: shown_values(p, "about") if not p.q('.facet[data-facet="about"] li.none') or not want
                     else None, "the about filter")
        check(want and got == want[:8], "about filter '%s' at hand gives the server's matches %s" % (typed, want[:8]),
              got)
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.BACKSPACE)


if __name__ == "__main__":
    sys.exit(main())
