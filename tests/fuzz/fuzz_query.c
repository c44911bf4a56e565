/* fuzz_query.c - libFuzzer harness for the search side of common/fa_xap.cc:
 * the bytes (NUL-terminated, at most 2 KiB) are the query text given to
 * fa_db_search over a small index built once in a temp folder, with facet
 * counts, snippets and a resolver for country:/official: that knows only a
 * few values. The input's length also picks the options (OR/AND, sort,
 * paging, snippet length, a facet filter, no resolver), so one corpus
 * covers them all. Any status is fine; a crash, a sanitizer report or a
 * broken promise of fa_xap.h (hit counts, facet order, escaped snippets)
 * is not.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fa_article.h"
#include "fa_error.h"
#include "fa_xap.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define MAX_QUERY 2048

typedef struct {
    const char *id, *title, *date, *source, *text;
    const char *countries[4], *officials[4];   /* NULL-terminated, sorted */
} fixture;

static const fixture docs[] = {
    {"q1", "Pakistan and US pledge flood cooperation", "2022-09-27", "fa test corpus",
     "ISLAMABAD: Pakistan\xE2\x80\x99s Foreign Office said Foreign Minister Bilawal Bhutto "
     "Zardari and US Secretary of State Antony Blinken agreed to deepen cooperation on "
     "flood relief, food security & clean energy. \xE2\x80\x9CWe came to talk about water, "
     "wheat and rebuilding,\xE2\x80\x9D said one official. The U.S. didn't object.",
     {"PAK", "USA", NULL}, {"Antony Blinken", "Bilawal Bhutto Zardari", NULL}},
    {"q2", "Security Council debates Kashmir <again>", "1965-09-20", "UN wire",
     "NEW YORK \xE2\x80\x94 The Security Council met on Kashmir. India and Pakistan "
     "exchanged accusations; the council called for a cease-fire \"at once\". "
     "AT&T lines to Karachi were cut. Caf\xC3\xA9 talk in Gen\xC3\xA8ve: "
     "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE5\x8C\x97\xE4\xBA\xAC "
     "\xF0\x9F\x8C\x8D supercalifragilisticexpialidocioussupercalifragilisticexpialidocious"
     "supercalifragilistic.",
     {"IND", "PAK", NULL}, {NULL}},
    {"q3", "Treaty on the Non-Proliferation of Nuclear Weapons signed", "1968-07", "Moscow desk",
     "MOSCOW: The treaty was signed in Moscow, London and Washington. Soviet and American "
     "delegates praised it; France and China stayed away. Arms control, arms race, "
     "armament, armed forces.",
     {"GBR", "SUN", "USA", NULL}, {"Andrei Gromyko", "Dean Rusk", NULL}},
    {"q4", "Black Sea grain deal extended", "2023", "fa test corpus",
     "ISTANBUL \xE2\x80\x94 Russia, Ukraine, Turkey and the United Nations extended the grain "
     "deal. Sergey Lavrov said exports would go on; Antony Blinken welcomed it.\n\n"
     "Wheat, maize and sunflower oil shipments resumed from Odesa.",
     {"RUS", "TUR", "UKR", NULL}, {"Antony Blinken", "Sergey Lavrov", NULL}},
    {"q5", "", "2021-02-29x", "",
     "no dateline, no date that parses, an empty title and source: the odd one out",
     {NULL}, {NULL}},
};
#define NDOCS (sizeof docs / sizeof docs[0])

static char dir[256], dbpath[300];
static fa_db *db;

static size_t count(const char *const *v)
{
    size_t n = 0;
    while (v[n])
        n++;
    return n;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static void cleanup(void)
{
    fa_db_close(db, NULL, 0);
    db = NULL;
    nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void die(const char *what, const char *msg)
{
    fprintf(stderr, "fuzz_query: %s: %s\n", what, msg);
    abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    char err[512] = "";
    fa_db *w = NULL;
    (void)argc; (void)argv;

    snprintf(dir, sizeof dir, "%s/fa-fuzz-query-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        die("mkdtemp", dir);
    snprintf(dbpath, sizeof dbpath, "%s/db", dir);
    atexit(cleanup);
    if (fa_db_open(&w, dbpath, FA_DB_WRITE, NULL, err, sizeof err) != FA_OK)
        die("fa_db_open(FA_DB_WRITE)", err);
    for (size_t i = 0; i < NDOCS; i++) {
        const fixture *d = &docs[i];
        fa_article *a = fa_article_new();
        fa_facets f = {{d->countries, d->officials}, {count(d->countries), count(d->officials)}};
        if (!a ||
            fa_article_set(a, FA_F_ID, d->id, strlen(d->id)) ||
            fa_article_set(a, FA_F_TITLE, d->title, strlen(d->title)) ||
            fa_article_set(a, FA_F_DATE, d->date, strlen(d->date)) ||
            fa_article_set(a, FA_F_SOURCE, d->source, strlen(d->source)) ||
            fa_article_set(a, FA_F_TEXT, d->text, strlen(d->text)))
            die("fa_article_set", "out of memory");
        if (fa_db_put(w, a, &f, NULL) != FA_OK)
            die("fa_db_put", fa_db_errmsg(w));
        fa_article_free(a);
    }
    if (fa_db_close(w, NULL, 0) != FA_OK)
        die("fa_db_close", "commit failed");
    if (fa_db_open(&db, dbpath, FA_DB_READ, NULL, err, sizeof err) != FA_OK)
        die("fa_db_open(FA_DB_READ)", err);
    return 0;
}

/* Knows "pakistan", "PAK" and "blinken"; anything else is an error. */
static int resolve(void *ctx, int facet, const char *typed, const char **value,
                   char *errbuf, size_t errlen)
{
    (void)ctx;
    FUZZ_CHECK("resolve", typed != NULL && (facet == FA_FACET_COUNTRY || facet == FA_FACET_OFFICIAL),
               "resolver called with facet %d", facet);
    if (facet == FA_FACET_COUNTRY && (strcmp(typed, "pakistan") == 0 || strcmp(typed, "PAK") == 0)) {
        *value = "PAK";
        return FA_OK;
    }
    if (facet == FA_FACET_OFFICIAL && strcmp(typed, "blinken") == 0) {
        *value = "Antony Blinken";
        return FA_OK;
    }
    snprintf(errbuf, errlen, "unknown %s '%s'",
             facet == FA_FACET_COUNTRY ? "country" : "official", typed);
    return FA_EQUERY;
}

/* HTML-escaped text with matches in <b>...</b>, never nested; valid UTF-8
 * since every stored text is. */
static void check_snippet(const char *sn)
{
    size_t n = strlen(sn), bad = fuzz_utf8_bad(sn, n);
    int open = 0;
    FUZZ_CHECK("snippet-utf8", bad == n, "snippet is not UTF-8 at byte %zu: %s", bad, sn);
    for (size_t i = 0; i < n; i++) {
        if (sn[i] == '<') {
            if (strncmp(sn + i, "<b>", 3) == 0 && !open) {
                open = 1;
                i += 2;
            } else if (strncmp(sn + i, "</b>", 4) == 0 && open) {
                open = 0;
                i += 3;
            } else {
                FUZZ_CHECK("snippet-html", 0, "stray '<' at byte %zu: %s", i, sn);
            }
        } else if (sn[i] == '&') {
            FUZZ_CHECK("snippet-html", strncmp(sn + i, "&amp;", 5) == 0 ||
                       strncmp(sn + i, "&lt;", 4) == 0 || strncmp(sn + i, "&gt;", 4) == 0 ||
                       strncmp(sn + i, "&quot;", 6) == 0, "raw '&' at byte %zu: %s", i, sn);
        } else {
            FUZZ_CHECK("snippet-html", sn[i] != '>' && sn[i] != '"',
                       "unescaped '%c' at byte %zu: %s", sn[i], i, sn);
        }
    }
    FUZZ_CHECK("snippet-html", !open, "unclosed <b>: %s", sn);
}

static void check_hits(const fa_hits *h, const fa_search *s)
{
    unsigned long total = fa_hits_total(h);
    size_t n = fa_hits_size(h);
    fa_article *a = fa_article_new();

    FUZZ_CHECK("hits", n <= s->limit, "%zu hits on a page of %u", n, s->limit);
    FUZZ_CHECK("hits", total <= NDOCS, "total %lu in an index of %zu", total, NDOCS);
    FUZZ_CHECK("hits", total >= s->offset + n || (n == 0 && total <= s->offset),
               "total %lu with %zu hits after skipping %u", total, n, s->offset);
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        const char *rec = fa_hits_record(h, i, &len), *id;
        (void)fa_hits_score(h, i);
        FUZZ_CHECK("record", rec != NULL, "hit %zu has no record", i);
        if (rec && a) {
            int rc = fa_article_decode(a, rec, len);
            FUZZ_CHECK("record", rc == FA_OK, "hit %zu: record does not decode (%d)", i, rc);
            id = fa_article_get(a, FA_F_ID, NULL);
            FUZZ_CHECK("record", id && id[0] == 'q', "hit %zu: no id of ours", i);
        }
        check_snippet(fa_hits_snippet(h, i));
        for (int f = 0; f < FA_NFACETS; f++) {
            const char *v = fa_hits_facet_values(h, i, f);
            if (v)
                (void)strlen(v);
        }
    }
    for (int f = 0; f < FA_NFACETS; f++) {
        unsigned long prevc = 0;
        const char *prev = NULL;
        for (size_t i = 0; i < fa_hits_nfacet(h, f); i++) {
            unsigned long c = 0;
            const char *v = fa_hits_facet(h, f, i, &c);
            FUZZ_CHECK("facets", v && v[0], "facet %d value %zu is NULL or empty", f, i);
            FUZZ_CHECK("facets", c >= 1 && c <= total, "facet %d '%s' counted %lu of %lu",
                       f, v ? v : "", c, total);
            if (prev && v)
                FUZZ_CHECK("facets", prevc > c || (prevc == c && strcmp(prev, v) < 0),
                           "facet %d order: '%s' (%lu) before '%s' (%lu)", f, prev, prevc, v, c);
            prev = v;
            prevc = c;
        }
    }
    fa_article_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const size_t snippet_lens[] = {300, 40, 7, 0};
    static const char *const pak[] = {"PAK"};
    char query[MAX_QUERY + 1];
    size_t n = size < MAX_QUERY ? size : MAX_QUERY;
    fa_search s;
    fa_hits *h = NULL;
    int rc;

    memcpy(query, data, n);
    query[n] = '\0';
    memset(&s, 0, sizeof s);
    s.query = query;
    s.any = (int)(size & 1);
    s.sort = (int)((size >> 1) % 3);
    s.offset = (size >> 3) & 1 ? 1 : 0;
    s.limit = 10;
    s.snippet_len = snippet_lens[(size >> 4) & 3];
    s.estimate = (int)((size >> 6) & 1);
    s.resolve = (size >> 7) % 4 == 3 ? NULL : resolve;
    if ((size >> 9) & 1) {
        s.filter[FA_FACET_COUNTRY] = pak;
        s.nfilter[FA_FACET_COUNTRY] = 1;
    }
    s.facets = 1;
    s.snippets = 1;

    rc = fa_db_search(&h, db, &s);
    if (rc == FA_OK) {
        FUZZ_CHECK("status", h != NULL, "FA_OK without hits");
        FUZZ_CHECK("errmsg", fa_db_errmsg(db)[0] == '\0', "stale message after FA_OK: %s",
                   fa_db_errmsg(db));
        if (h)
            check_hits(h, &s);
    } else {
        FUZZ_CHECK("status", h == NULL, "failure %d left hits behind", rc);
        FUZZ_CHECK("status", rc == FA_EQUERY || rc == FA_ERROR || rc == FA_ENOMEM,
                   "fa_db_search returned %d (%s)", rc, fa_db_errmsg(db));
        FUZZ_CHECK("errmsg", fa_db_errmsg(db)[0] != '\0', "failure %d without a message", rc);
    }
    fa_hits_free(h);
    return 0;
}
