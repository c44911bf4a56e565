/* test_xap.c - common/fa_xap.cc through its C API: opening (and the ways
 * that fails), storing and replacing articles, the query language, sorting,
 * paging, facet filters and counts, the resolver hook and snippets, and
 * stored text compression (dictionaries, raw texts, compaction).
 * A group setup builds a five-article index in a mkdtemp() folder; tests
 * that write use indexes of their own. Hits are compared by id, in rank
 * order where the order is defined, never by score.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fa_article.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_textz.h"
#include "fa_xap.h"
#include "test_speech.h"

static char tmpdir[512];
static char dbpath[600];

typedef struct {
    const char *id, *title, *date, *source, *text;
    const char *countries[4];   /* sorted, NULL-terminated */
    const char *officials[3];
} fixture;

/* Five articles. Facets are given explicitly (no entity extractor here):
 *   USA in x1 x2 x3 x5; one each: AFG CHE IND PAK QAT RUS ZAF.
 * Dates: x4 2019-08-16 < x2 2020-03-01 < x3 2021-06 < x1 2021-09-23 < x5 2022. */
static const fixture docs[] = {
    {"x1", "Climate change talks in Geneva", "2021-09-23", "Reuters",
     "GENEVA \xE2\x80\x94 Delegates discussed climate change and arms control for a week. "
     "A sponsor, AT&T <Labs>, paid for the \"green\" room.",
     {"CHE", "USA", NULL}, {"Antony Blinken", NULL}},
    {"x2", "Arms embargo on South Africa", "2020-03-01", "Associated Press",
     "The council voted an arms embargo. A change of climate in the talks was not discussed.",
     {"USA", "ZAF", NULL}, {NULL}},
    {"x3", "Afghanistan talks resume", "2021-06", "Reuters",
     "Negotiators met in Doha to talk about Afghanistan and the Afghan peace process.",
     {"AFG", "QAT", "USA", NULL}, {"Zalmay Khalilzad", NULL}},
    {"x4", "Kashmir dispute at the Security Council", "2019-08-16", "Dawn",
     "Pakistan raised the Kashmir dispute. India objected to the meeting.",
     {"IND", "PAK", NULL}, {"Shah Mahmood Qureshi", NULL}},
    {"x5", "Treaty signed", "2022", "Associated Press",
     "A nuclear arms treaty was signed. Arms control advocates applauded the treaty.",
     {"RUS", "USA", NULL}, {NULL}},
};
#define NDOCS (sizeof docs / sizeof docs[0])

static size_t count(const char *const *v)
{
    size_t n = 0;
    while (v[n])
        n++;
    return n;
}

static fa_article *make_article(const fixture *d)
{
    fa_article *a = fa_article_new();
    assert_non_null(a);
    assert_int_equal(fa_article_set(a, FA_F_ID, d->id, strlen(d->id)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TITLE, d->title, strlen(d->title)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_DATE, d->date, strlen(d->date)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_SOURCE, d->source, strlen(d->source)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, d->text, strlen(d->text)), FA_OK);
    return a;
}

static int put_fixture(fa_db *db, const fixture *d, int *replaced)
{
    fa_article *a = make_article(d);
    fa_facets f = {{d->countries, d->officials}, {count(d->countries), count(d->officials)}};
    int rc = fa_db_put(db, a, &f, replaced);
    fa_article_free(a);
    return rc;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static const char *fresh_path(const char *name)
{
    static char p[4][700];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", tmpdir, name);
    return p[k];
}

static fa_db *open_write(const char *path, const char *language)
{
    fa_db *db = NULL;
    char err[1024] = "";
    int rc = fa_db_open(&db, path, FA_DB_WRITE, language, err, sizeof err);
    if (rc != FA_OK)
        fail_msg("open %s for writing: %d %s", path, rc, err);
    return db;
}

static fa_db *open_read(const char *path)
{
    fa_db *db = NULL;
    char err[1024] = "";
    int rc = fa_db_open(&db, path, FA_DB_READ, NULL, err, sizeof err);
    if (rc != FA_OK)
        fail_msg("open %s for reading: %d %s", path, rc, err);
    return db;
}

static int group_setup(void **state)
{
    const char *t = getenv("TMPDIR");
    fa_db *db = NULL;
    char err[1024];

    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-xap-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(tmpdir))
        return -1;
    snprintf(dbpath, sizeof dbpath, "%s/index", tmpdir);
    if (fa_db_open(&db, dbpath, FA_DB_WRITE, NULL, err, sizeof err) != FA_OK) {
        fprintf(stderr, "setup: %s\n", err);
        return -1;
    }
    for (size_t i = 0; i < NDOCS; i++) {
        int replaced = -1;
        if (put_fixture(db, &docs[i], &replaced) != FA_OK || replaced != 0) {
            fprintf(stderr, "setup: put %s: %s\n", docs[i].id, fa_db_errmsg(db));
            fa_db_close(db, NULL, 0);
            return -1;
        }
    }
    if (fa_db_close(db, NULL, 0) != FA_OK)
        return -1;
    /* one reader shared by the search tests */
    if (fa_db_open(&db, dbpath, FA_DB_READ, NULL, err, sizeof err) != FA_OK) {
        fprintf(stderr, "setup: %s\n", err);
        return -1;
    }
    *state = db;
    return 0;
}

static int group_teardown(void **state)
{
    fa_db_close(*state, NULL, 0);
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ------------------------------------------------------------- helpers */

static fa_search plain(const char *query)
{
    fa_search s;
    memset(&s, 0, sizeof s);
    s.query = query;
    s.limit = 100;
    return s;
}

static fa_hits *run(fa_db *db, const fa_search *s)
{
    fa_hits *h = NULL;
    int rc = fa_db_search(&h, db, s);
    if (rc != FA_OK)
        fail_msg("search '%s': %d %s", s->query ? s->query : "(null)", rc, fa_db_errmsg(db));
    assert_non_null(h);
    assert_string_equal(fa_db_errmsg(db), "");
    return h;
}

/* The ids of the page, space-separated, in rank order. */
static void page_ids(char *out, size_t cap, const fa_hits *h)
{
    fa_article *a = fa_article_new();
    size_t used = 0;

    assert_non_null(a);
    out[0] = '\0';
    for (size_t i = 0; i < fa_hits_size(h); i++) {
        size_t len;
        const char *rec = fa_hits_record(h, i, &len);
        assert_int_equal(fa_article_decode(a, rec, len), FA_OK);
        const char *id = fa_article_get(a, FA_F_ID, NULL);
        assert_non_null(id);
        used += (size_t)snprintf(out + used, cap - used, "%s%s", used ? " " : "", id);
        assert_true(used < cap);
    }
    fa_article_free(a);
}

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The same ids sorted, for relevance-ranked results whose order the test
 * does not pin down. */
static void sorted_ids(char *out, size_t cap, const fa_hits *h)
{
    char buf[1024], *words[64], *save = NULL;
    size_t n = 0, used = 0;

    page_ids(buf, sizeof buf, h);
    for (char *w = strtok_r(buf, " ", &save); w && n < 64; w = strtok_r(NULL, " ", &save))
        words[n++] = w;
    qsort(words, n, sizeof *words, cmp_str);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        used += (size_t)snprintf(out + used, cap - used, "%s%s", i ? " " : "", words[i]);
}

/* Run 's' and check the total and the page's ids ('ordered': rank order,
 * else as a set). */
static void expect_search(fa_db *db, const fa_search *s, unsigned long total,
                          const char *ids, int ordered)
{
    char got[1024];
    fa_hits *h = run(db, s);

    unsigned long n = fa_hits_total(h);

    if (ordered)
        page_ids(got, sizeof got, h);
    else
        sorted_ids(got, sizeof got, h);
    fa_hits_free(h);   /* before any failure: a failed test must not leak */
    if (n != total || strcmp(got, ids) != 0)
        fail_msg("query '%s': total %lu, ids '%s'; want total %lu, ids '%s'",
                 s->query ? s->query : "(null)", n, got, total, ids);
}

/* A relevance query whose matches are compared as a set. */
static void expect_set(fa_db *db, const char *query, const char *ids)
{
    fa_search s = plain(query);
    unsigned long n = *ids ? 1 : 0;
    for (const char *p = ids; *p; p++)
        n += *p == ' ';
    expect_search(db, &s, n, ids, 0);
}

/* -------------------------------------------------------- open / store */

static void test_db_reopen_read_doccount(void **state)
{
    unsigned long n = 0;
    fa_db *db = open_read(dbpath);
    (void)state;

    assert_int_equal(fa_db_doccount(db, &n), FA_OK);
    assert_int_equal(n, NDOCS);
    assert_string_equal(fa_db_language(db), "english");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    assert_int_equal(fa_db_close(NULL, NULL, 0), FA_OK);
}

static void test_db_put_replaces_same_id(void **state)
{
    const char *path = fresh_path("replace");
    fa_db *db = open_write(path, NULL);
    fixture changed = docs[1];
    unsigned long n = 0;
    int replaced = -1;
    (void)state;

    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(put_fixture(db, &docs[i], &replaced), FA_OK);
        assert_int_equal(replaced, 0);
    }
    /* same id, new content: replaced before and after a commit */
    changed.title = "Embargo lifted";
    changed.text = "The embargo was lifted after a vote.";
    assert_int_equal(put_fixture(db, &changed, &replaced), FA_OK);
    assert_int_equal(replaced, 1);
    assert_int_equal(fa_db_commit(db), FA_OK);
    /* the same content again: not added (replaced, or left unchanged) */
    assert_int_equal(put_fixture(db, &changed, &replaced), FA_OK);
    assert_int_not_equal(replaced, 0);
    assert_int_equal(put_fixture(db, &changed, NULL), FA_OK);   /* NULL is allowed */
    /* and changed again after a commit: replaced */
    changed.text = "The embargo was lifted after a second vote.";
    assert_int_equal(put_fixture(db, &changed, &replaced), FA_OK);
    assert_int_equal(replaced, 1);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    db = open_read(path);
    assert_int_equal(fa_db_doccount(db, &n), FA_OK);
    assert_int_equal(n, 3);
    expect_set(db, "lifted", "x2");
    expect_set(db, "second", "x2");
    expect_set(db, "council", "");   /* the old text is gone */
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
}

static fa_article *page_article(const char *id, const char *text)
{
    fa_article *a = fa_article_new();
    assert_non_null(a);
    assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
    return a;
}

/* A page whose text the index holds under another id, also after the
 * index was closed and opened again, is a duplicate naming that id; the
 * same id is unchanged; a deleted first copy lets the later one in. */
static void test_db_put_page_duplicates(void **state)
{
    const char *path = fresh_path("pages");
    const char *t1 = "The envoys met in Geneva to discuss the river treaty.";
    fa_db *db = open_write(path, NULL);
    fa_article *a = page_article("http://a.example/1", t1);
    fa_article *b = page_article("http://b.example/1", t1);
    fa_article *c = page_article("http://c.example/1", "Another text altogether.");
    unsigned long n = 0;
    int outcome = -1, found = 0;
    (void)state;

    assert_int_equal(fa_db_put_page(db, a, NULL, NULL, &outcome), FA_OK);
    assert_int_equal(outcome, FA_PUT_ADDED);
    assert_int_equal(fa_db_put_page(db, b, NULL, NULL, &outcome), FA_OK);   /* uncommitted */
    assert_int_equal(outcome, FA_PUT_DUPLICATE);
    assert_string_equal(fa_db_duplicate_of(db), "http://a.example/1");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    db = open_write(path, NULL);
    assert_int_equal(fa_db_put_page(db, b, NULL, NULL, &outcome), FA_OK);
    assert_int_equal(outcome, FA_PUT_DUPLICATE);
    assert_string_equal(fa_db_duplicate_of(db), "http://a.example/1");
    assert_int_equal(fa_db_put_page(db, a, NULL, NULL, &outcome), FA_OK);
    assert_int_equal(outcome, FA_PUT_UNCHANGED);
    assert_string_equal(fa_db_duplicate_of(db), "");
    assert_int_equal(fa_db_put_page(db, c, NULL, NULL, &outcome), FA_OK);
    assert_int_equal(outcome, FA_PUT_ADDED);
    /* .txt and JSON Lines articles are not pages: never duplicates */
    assert_int_equal(fa_article_set(c, FA_F_ID, "jsonl-1", 7), FA_OK);
    assert_int_equal(fa_article_set(c, FA_F_TEXT, t1, strlen(t1)), FA_OK);
    assert_int_equal(fa_db_put_from(db, c, NULL, NULL, &outcome), FA_OK);
    assert_int_equal(outcome, FA_PUT_ADDED);
    /* --delete of the first copy: the later one is stored */
    assert_int_equal(fa_db_delete(db, "http://a.example/1", &found), FA_OK);
    assert_int_equal(found, 1);
    assert_int_equal(fa_db_put_page(db, b, NULL, NULL, &outcome), FA_OK);
    assert_int_equal(outcome, FA_PUT_ADDED);
    assert_int_equal(fa_db_put_page(db, a, NULL, NULL, &outcome), FA_OK);
    assert_int_equal(outcome, FA_PUT_DUPLICATE);
    assert_string_equal(fa_db_duplicate_of(db), "http://b.example/1");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    db = open_read(path);
    assert_int_equal(fa_db_doccount(db, &n), FA_OK);
    assert_int_equal(n, 3);   /* b, c, jsonl-1 */
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    fa_article_free(a);
    fa_article_free(b);
    fa_article_free(c);
}

static void test_db_put_needs_id(void **state)
{
    const char *path = fresh_path("noid");
    fa_db *db = open_write(path, NULL);
    fa_article *a = fa_article_new();
    char longid[202];
    (void)state;

    assert_non_null(a);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, "text", 4), FA_OK);
    assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_EINVAL);
    assert_true(strlen(fa_db_errmsg(db)) > 0);
    memset(longid, 'i', 201);
    longid[201] = '\0';
    assert_int_equal(fa_article_set(a, FA_F_ID, longid, 201), FA_OK);
    assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_EINVAL);
    assert_int_equal(fa_article_set(a, FA_F_ID, longid, 200), FA_OK);
    assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_OK);
    assert_string_equal(fa_db_errmsg(db), "");
    fa_article_free(a);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
}

static void test_db_missing_index(void **state)
{
    fa_db *db = (fa_db *)&db;
    char err[1024] = "";
    (void)state;

    assert_int_equal(fa_db_open(&db, fresh_path("no-such-index"), FA_DB_READ, NULL,
                                err, sizeof err), FA_ENOTFOUND);
    assert_null(db);
    assert_true(strlen(err) > 0);
}

static void test_db_second_writer_locked(void **state)
{
    const char *path = fresh_path("locked");
    fa_db *w1 = open_write(path, NULL), *w2 = (fa_db *)&w2;
    char err[1024] = "";
    (void)state;

    assert_int_equal(fa_db_open(&w2, path, FA_DB_WRITE, NULL, err, sizeof err), FA_ELOCKED);
    assert_null(w2);
    assert_true(strlen(err) > 0);
    assert_int_equal(fa_db_close(w1, NULL, 0), FA_OK);
    /* the lock goes with the writer */
    w2 = open_write(path, NULL);
    assert_int_equal(fa_db_close(w2, NULL, 0), FA_OK);
}

static void test_db_other_schema_eversion(void **state)
{
    const char *path = fresh_path("schema0");
    fa_db *db = open_write(path, NULL);
    char err[1024] = "", *v = NULL;
    (void)state;

    assert_int_equal(put_fixture(db, &docs[0], NULL), FA_OK);
    assert_int_equal(fa_db_get_meta(&v, db, FA_META_SCHEMA), FA_OK);
    assert_string_equal(v, FA_SCHEMA_VERSION);
    free(v);
    assert_int_equal(fa_db_set_meta(db, FA_META_SCHEMA, "0"), FA_OK);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    db = (fa_db *)&db;
    assert_int_equal(fa_db_open(&db, path, FA_DB_READ, NULL, err, sizeof err), FA_EVERSION);
    assert_null(db);
    assert_non_null(strstr(err, "0"));
    err[0] = '\0';
    assert_int_equal(fa_db_open(&db, path, FA_DB_WRITE, NULL, err, sizeof err), FA_EVERSION);
    assert_null(db);
    assert_true(strlen(err) > 0);
}

static void test_db_unknown_language(void **state)
{
    fa_db *db = (fa_db *)&db;
    char err[2048] = "";
    (void)state;

    assert_int_equal(fa_db_open(&db, fresh_path("klingon"), FA_DB_WRITE, "klingon",
                                err, sizeof err), FA_EINVAL);
    assert_null(db);
    assert_non_null(strstr(err, "klingon"));
    assert_non_null(strstr(err, "english"));
    assert_non_null(strstr(err, "french"));
    /* every listed language is offered by fa_stem_languages() */
    const char **langs = fa_stem_languages();
    assert_non_null(langs);
    for (size_t i = 0; langs[i]; i++)
        assert_non_null(strstr(err, langs[i]));
}

static void test_db_language_kept(void **state)
{
    const char *path = fresh_path("french");
    fa_db *db = open_write(path, "french");
    char err[1024] = "";
    fa_article *a = fa_article_new();
    (void)state;

    assert_non_null(a);
    assert_string_equal(fa_db_language(db), "french");
    assert_int_equal(fa_article_set(a, FA_F_ID, "f1", 2), FA_OK);
    const char *fr = "Les n\xC3\xA9gociations continuent.";
    assert_int_equal(fa_article_set(a, FA_F_TEXT, fr, strlen(fr)), FA_OK);
    assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_OK);
    fa_article_free(a);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    db = open_read(path);
    assert_string_equal(fa_db_language(db), "french");
    /* French stemming: négociation matches négociations */
    expect_set(db, "n\xC3\xA9gociation", "f1");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    db = (fa_db *)&db;
    assert_int_equal(fa_db_open(&db, path, FA_DB_WRITE, "english", err, sizeof err), FA_EINVAL);
    assert_null(db);
    assert_true(strlen(err) > 0);
    db = open_write(path, NULL);   /* no language: the index's own */
    assert_string_equal(fa_db_language(db), "french");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
}

static void test_db_meta_round_trip(void **state)
{
    const char *path = fresh_path("meta");
    fa_db *db = open_write(path, NULL);
    char *v = (char *)&v;
    (void)state;

    assert_int_equal(fa_db_get_meta(&v, db, "fa.test:unset"), FA_OK);
    assert_null(v);
    assert_int_equal(fa_db_set_meta(db, "fa.test:key", "value \xC3\xA9"), FA_OK);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    db = open_read(path);
    assert_int_equal(fa_db_get_meta(&v, db, "fa.test:key"), FA_OK);
    assert_string_equal(v, "value \xC3\xA9");
    free(v);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
}

/* -------------------------------------------------------------- queries */

static void test_search_phrase_vs_words(void **state)
{
    fa_db *db = *state;

    expect_set(db, "\"climate change\"", "x1");
    expect_set(db, "climate change", "x1 x2");
    expect_set(db, "\"change climate\"", "");
    expect_set(db, "\"arms control\"", "x1 x5");
    expect_set(db, "\"control arms\"", "");
}

static void test_search_boolean(void **state)
{
    fa_db *db = *state;

    expect_set(db, "arms AND embargo", "x2");
    expect_set(db, "kashmir OR doha", "x3 x4");
    expect_set(db, "arms NOT embargo", "x1 x5");
    expect_set(db, "arms -embargo", "x1 x5");
    expect_set(db, "+treaty arms", "x5");
    expect_set(db, "(kashmir OR afghanistan) AND talks", "x3");
    expect_set(db, "NOT arms", "x3 x4");   /* a pure NOT */
}

static void test_search_near(void **state)
{
    fa_db *db = *state;

    /* x4: "Pakistan raised the Kashmir dispute" */
    expect_set(db, "pakistan NEAR dispute", "x4");
    expect_set(db, "pakistan NEAR/2 dispute", "");
    expect_set(db, "pakistan NEAR/4 dispute", "x4");
}

static void test_search_default_and_vs_any(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("kashmir afghanistan");

    expect_search(db, &s, 0, "", 0);
    s.any = 1;
    expect_search(db, &s, 2, "x3 x4", 0);
}

static void test_search_stemming(void **state)
{
    fa_db *db = *state;

    expect_set(db, "negotiate", "x3");    /* Negotiators */
    expect_set(db, "discussing", "x1 x2");
    expect_set(db, "treaties", "x5");
}

static void test_search_title_prefix(void **state)
{
    fa_db *db = *state;

    expect_set(db, "arms", "x1 x2 x5");
    expect_set(db, "title:arms", "x2");
    expect_set(db, "title:afghanistan", "x3");
    expect_set(db, "title:doha", "");
    expect_set(db, "title:\"security council\"", "x4");
}

static void test_search_title_ranks_first(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("arms");
    char got[256];
    fa_hits *h = run(db, &s);

    page_ids(got, sizeof got, h);
    assert_int_equal(fa_hits_size(h), 3);
    /* x2 has "arms" in its title, which weighs FA_TITLE_WEIGHT times */
    assert_true(strncmp(got, "x2 ", 3) == 0);
    fa_hits_free(h);
}

static void test_search_source_prefix(void **state)
{
    fa_db *db = *state;

    expect_set(db, "source:reuters", "x1 x3");
    expect_set(db, "source:dawn", "x4");
    expect_set(db, "source:associated", "x2 x5");
    expect_set(db, "reuters", "");   /* the source is not body text */
    expect_set(db, "source:reuters talks", "x1 x3");
    expect_set(db, "source:reuters afghanistan", "x3");
}

static void test_search_wildcard(void **state)
{
    fa_db *db = *state;

    expect_set(db, "afghan*", "x3");
    expect_set(db, "arm*", "x1 x2 x5");
    expect_set(db, "kash*", "x4");
    expect_set(db, "zzz*", "");
}

static void test_search_date_ranges(void **state)
{
    fa_db *db = *state;

    expect_set(db, "date:2020..2021", "x1 x2 x3");
    expect_set(db, "date:2021-01..2021-06", "x3");
    expect_set(db, "date:2021..", "x1 x3 x5");
    expect_set(db, "date:..2019", "x4");
    expect_set(db, "date:2021-09-23..2021-09-23", "x1");
    expect_set(db, "date:2019-08-17..2020-02-29", "");
    expect_set(db, "arms date:2020..2021", "x1 x2");
}

static void test_search_bad_date_is_equery(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("date:yesterday..2021");
    fa_hits *h = (fa_hits *)&h;

    assert_int_equal(fa_db_search(&h, db, &s), FA_EQUERY);
    assert_null(h);
    assert_non_null(strstr(fa_db_errmsg(db), "yesterday"));
}

static void test_search_sort_by_date(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("");

    s.sort = FA_SORT_DATE;
    expect_search(db, &s, 5, "x4 x2 x3 x1 x5", 1);
    s.sort = FA_SORT_DATE_DESC;
    expect_search(db, &s, 5, "x5 x1 x3 x2 x4", 1);
    s.query = "arms";
    expect_search(db, &s, 3, "x5 x1 x2", 1);
    s.sort = FA_SORT_DATE;
    expect_search(db, &s, 3, "x2 x1 x5", 1);
}

static void test_search_paging(void **state)
{
    fa_db *db = *state;
    fa_search s = plain(NULL);

    s.sort = FA_SORT_DATE;
    s.limit = 2;
    expect_search(db, &s, 5, "x4 x2", 1);
    s.offset = 1;
    expect_search(db, &s, 5, "x2 x3", 1);
    s.offset = 4;
    expect_search(db, &s, 5, "x5", 1);
    s.offset = 10;
    expect_search(db, &s, 5, "", 1);
    s.offset = 0;
    s.limit = 0;
    expect_search(db, &s, 5, "", 1);
    s.query = "arms";
    s.offset = 2;
    s.limit = 1;
    expect_search(db, &s, 3, "x5", 1);
}

static void test_search_empty_query_matches_all(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("");

    expect_search(db, &s, 5, "x1 x2 x3 x4 x5", 0);
    s.query = NULL;
    expect_search(db, &s, 5, "x1 x2 x3 x4 x5", 0);
}

/* Searches in several threads at once, each on a handle of its own, as
 * fa-search --serve runs them. A query object shared between threads
 * (Xapian's static MatchAll: its reference count is not atomic) made
 * copies race and crashed the server under load; each search here
 * starts from the match-all query an empty query gives. */
#define THREADED_SEARCHES 4000
static void *search_many(void *arg)
{
    fa_db *db = open_read(arg);
    fa_search s = plain("");
    long bad = 0;
    s.limit = 1;
    for (int i = 0; i < THREADED_SEARCHES; i++) {
        fa_hits *h = NULL;
        s.query = i % 2 ? "" : "NOT zzzabsent";
        if (fa_db_search(&h, db, &s) != FA_OK || fa_hits_total(h) != NDOCS)
            bad++;
        fa_hits_free(h);
    }
    fa_db_close(db, NULL, 0);
    return (void *)bad;
}

static void test_search_threads(void **state)
{
    pthread_t t[4];
    (void)state;
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, search_many, dbpath), 0);
    for (int i = 0; i < 4; i++) {
        void *bad = NULL;
        pthread_join(t[i], &bad);
        assert_int_equal((long)bad, 0);
    }
}

static void test_search_no_match(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("xylophone");
    fa_hits *h = run(db, &s);

    assert_int_equal(fa_hits_total(h), 0);
    assert_int_equal(fa_hits_size(h), 0);
    fa_hits_free(h);
    fa_hits_free(NULL);   /* harmless */
}

static void test_search_facet_filters(void **state)
{
    fa_db *db = *state;
    static const char *const pak_afg[] = {"PAK", "AFG"};
    static const char *const usa[] = {"USA"};
    static const char *const blinken[] = {"Antony Blinken"};
    static const char *const nobody[] = {"Nobody"};
    fa_search s = plain("");

    s.filter[FA_FACET_COUNTRY] = pak_afg;      /* OR within a facet */
    s.nfilter[FA_FACET_COUNTRY] = 2;
    expect_search(db, &s, 2, "x3 x4", 0);
    s.filter[FA_FACET_COUNTRY] = usa;
    s.nfilter[FA_FACET_COUNTRY] = 1;
    expect_search(db, &s, 4, "x1 x2 x3 x5", 0);
    s.filter[FA_FACET_OFFICIAL] = blinken;     /* AND across facets */
    s.nfilter[FA_FACET_OFFICIAL] = 1;
    expect_search(db, &s, 1, "x1", 0);
    s.filter[FA_FACET_OFFICIAL] = nobody;
    expect_search(db, &s, 0, "", 0);
    s.nfilter[FA_FACET_OFFICIAL] = 0;
    s.query = "arms";                           /* and with a query */
    expect_search(db, &s, 3, "x1 x2 x5", 0);
    s.query = "talks";
    expect_search(db, &s, 3, "x1 x2 x3", 0);
}

/* The filter restricts, it does not re-rank: same order as without it. */
/* A filter removes the hits without its values and keeps the rank order
 * of the rest. "arms" matches x1 (CHE USA), x2 (USA ZAF) and x5 (RUS USA);
 * CHE OR RUS must drop x2 and nothing else. */
static void test_search_filter_keeps_rank(void **state)
{
    fa_db *db = *state;
    static const char *const che_rus[] = {"CHE", "RUS"};
    fa_search s = plain("arms");
    char without[256], with[256], want[256] = "";
    fa_hits *h = run(db, &s);

    assert_int_equal(fa_hits_size(h), 3);
    page_ids(without, sizeof without, h);
    fa_hits_free(h);
    /* the unfiltered page, x2 left out, order unchanged */
    for (char *tok = strtok(without, " "); tok; tok = strtok(NULL, " "))
        if (strcmp(tok, "x2") != 0)
            snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s", *want ? " " : "", tok);
    assert_int_equal(strlen(want), strlen("x1 x5"));   /* x2 was one of the three */
    s.filter[FA_FACET_COUNTRY] = che_rus;
    s.nfilter[FA_FACET_COUNTRY] = 2;
    h = run(db, &s);
    assert_int_equal(fa_hits_size(h), 2);
    assert_int_equal(fa_hits_total(h), 2);
    page_ids(with, sizeof with, h);
    fa_hits_free(h);
    assert_string_equal(with, want);
}

static void expect_facets(const fa_hits *h, int facet, const char *want)
{
    char got[1024];
    size_t used = 0;

    got[0] = '\0';
    for (size_t i = 0; i < fa_hits_nfacet(h, facet); i++) {
        unsigned long c = 0;
        const char *v = fa_hits_facet(h, facet, i, &c);
        used += (size_t)snprintf(got + used, sizeof got - used, "%s%s=%lu", i ? "," : "", v, c);
        assert_true(used < sizeof got);
    }
    assert_string_equal(got, want);
}

static void test_search_facet_counts(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("");
    fa_hits *h;

    s.facets = 1;
    s.limit = 1;   /* counts cover every match, not just the page */
    h = run(db, &s);
    expect_facets(h, FA_FACET_COUNTRY, "USA=4,AFG=1,CHE=1,IND=1,PAK=1,QAT=1,RUS=1,ZAF=1");
    expect_facets(h, FA_FACET_OFFICIAL,
                  "Antony Blinken=1,Shah Mahmood Qureshi=1,Zalmay Khalilzad=1");
    fa_hits_free(h);

    s.query = "arms";
    h = run(db, &s);
    assert_int_equal(fa_hits_total(h), 3);
    expect_facets(h, FA_FACET_COUNTRY, "USA=3,CHE=1,RUS=1,ZAF=1");
    expect_facets(h, FA_FACET_OFFICIAL, "Antony Blinken=1");
    fa_hits_free(h);

    s.query = "xylophone";
    h = run(db, &s);
    assert_int_equal(fa_hits_nfacet(h, FA_FACET_COUNTRY), 0);
    assert_int_equal(fa_hits_nfacet(h, FA_FACET_OFFICIAL), 0);
    fa_hits_free(h);

    s.query = "";
    s.facets = 0;
    h = run(db, &s);
    assert_int_equal(fa_hits_nfacet(h, FA_FACET_COUNTRY), 0);
    fa_hits_free(h);
}

static void test_search_facet_limit(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("");
    fa_hits *h;

    s.facets = 1;
    s.facet_limit = 3;   /* the most frequent, ties by value */
    h = run(db, &s);
    expect_facets(h, FA_FACET_COUNTRY, "USA=4,AFG=1,CHE=1");
    expect_facets(h, FA_FACET_OFFICIAL, "Antony Blinken=1,Shah Mahmood Qureshi=1,Zalmay Khalilzad=1");
    fa_hits_free(h);

    s.facet_limit = 0;   /* all of them; the counts of the first search are gone */
    s.query = "afghanistan";
    h = run(db, &s);
    expect_facets(h, FA_FACET_COUNTRY, "AFG=1,QAT=1,USA=1");
    expect_facets(h, FA_FACET_OFFICIAL, "Zalmay Khalilzad=1");
    fa_hits_free(h);
}

/* A reader remembers each document's facet values by docid; a document
 * replaced under the same docid must be counted with its new values once
 * the reader moves to the new commit. */
static void test_search_facets_after_reopen(void **state)
{
    const char *path = fresh_path("facet-reopen");
    fa_db *w = open_write(path, NULL);
    fa_db *r;
    fixture moved = docs[0];
    fa_search s = plain("");
    fa_hits *h;
    (void)state;

    for (size_t i = 0; i < 3; i++)
        assert_int_equal(put_fixture(w, &docs[i], NULL), FA_OK);
    assert_int_equal(fa_db_commit(w), FA_OK);
    r = open_read(path);
    s.facets = 1;
    for (int i = 0; i < 2; i++) {   /* the second time from what it remembers */
        h = run(r, &s);
        expect_facets(h, FA_FACET_COUNTRY, "USA=3,AFG=1,CHE=1,QAT=1,ZAF=1");
        fa_hits_free(h);
    }
    moved.countries[0] = "FRA";
    moved.countries[1] = NULL;
    moved.officials[0] = NULL;
    assert_int_equal(put_fixture(w, &moved, NULL), FA_OK);
    assert_int_equal(fa_db_commit(w), FA_OK);
    h = run(r, &s);   /* still the state it opened */
    expect_facets(h, FA_FACET_COUNTRY, "USA=3,AFG=1,CHE=1,QAT=1,ZAF=1");
    fa_hits_free(h);
    assert_int_equal(fa_db_reopen(r), FA_OK);
    h = run(r, &s);
    expect_facets(h, FA_FACET_COUNTRY, "USA=2,AFG=1,FRA=1,QAT=1,ZAF=1");
    expect_facets(h, FA_FACET_OFFICIAL, "Zalmay Khalilzad=1");
    fa_hits_free(h);
    assert_int_equal(fa_db_close(r, NULL, 0), FA_OK);
    assert_int_equal(fa_db_close(w, NULL, 0), FA_OK);
}

static void test_search_hit_facet_values(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("title:afghanistan");
    fa_hits *h = run(db, &s);

    assert_int_equal(fa_hits_size(h), 1);
    assert_string_equal(fa_hits_facet_values(h, 0, FA_FACET_COUNTRY), "AFG\tQAT\tUSA");
    assert_string_equal(fa_hits_facet_values(h, 0, FA_FACET_OFFICIAL), "Zalmay Khalilzad");
    assert_string_equal(fa_hits_snippet(h, 0), "");   /* not asked for */
    fa_hits_free(h);

    s.query = "treaty";
    h = run(db, &s);
    assert_int_equal(fa_hits_size(h), 1);
    assert_string_equal(fa_hits_facet_values(h, 0, FA_FACET_OFFICIAL), "");
    fa_hits_free(h);
}

static void test_search_record_round_trip(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("kashmir");
    fa_article *a = fa_article_new();
    fa_hits *h = run(db, &s);
    size_t len;
    const char *rec;

    assert_non_null(a);
    assert_int_equal(fa_hits_size(h), 1);
    rec = fa_hits_record(h, 0, &len);
    assert_int_equal(fa_article_decode(a, rec, len), FA_OK);
    assert_string_equal(fa_article_get(a, FA_F_ID, NULL), "x4");
    assert_string_equal(fa_article_get(a, FA_F_TITLE, NULL), docs[3].title);
    assert_string_equal(fa_article_get(a, FA_F_DATE, NULL), "2019-08-16");
    /* the record shown with a hit leaves the (possibly huge) text out */
    assert_null(fa_article_get(a, FA_F_TEXT, NULL));
    fa_article_free(a);
    fa_hits_free(h);
}

static void test_search_syntax_error(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("arms AND");
    fa_hits *h = (fa_hits *)&h;

    assert_int_equal(fa_db_search(&h, db, &s), FA_EQUERY);
    assert_null(h);
    assert_true(strlen(fa_db_errmsg(db)) > 0);
    /* the next success clears the message */
    s.query = "arms";
    h = run(db, &s);
    assert_string_equal(fa_db_errmsg(db), "");
    fa_hits_free(h);
}

static void test_search_only_stopwords(void **state)
{
    fa_db *db = *state;
    fa_search s = plain(", ; !");
    fa_hits *h = run(db, &s);

    assert_int_equal(fa_hits_total(h), 0);   /* nothing to match, not everything */
    fa_hits_free(h);
}

/* A resolver with two aliases; anything else is unknown. */
static int resolve(void *ctx, int facet, const char *typed, const char **value,
                   char *errbuf, size_t errlen)
{
    int *calls = ctx;
    (*calls)++;
    if (facet == FA_FACET_COUNTRY && strcmp(typed, "pakistan") == 0) {
        *value = "PAK";
        return FA_OK;
    }
    if (facet == FA_FACET_OFFICIAL && strcmp(typed, "blinken") == 0) {
        *value = "Antony Blinken";
        return FA_OK;
    }
    snprintf(errbuf, errlen, "unknown %s '%s'; did you mean pakistan",
             facet == FA_FACET_COUNTRY ? "country" : "official", typed);
    return FA_EQUERY;
}

static void test_search_resolver(void **state)
{
    fa_db *db = *state;
    int calls = 0;
    fa_search s = plain("country:pakistan");
    fa_hits *h = (fa_hits *)&h;

    s.resolve = resolve;
    s.resolve_ctx = &calls;
    expect_search(db, &s, 1, "x4", 0);
    assert_true(calls > 0);
    s.query = "official:blinken";
    expect_search(db, &s, 1, "x1", 0);
    s.query = "arms official:blinken";
    expect_search(db, &s, 1, "x1", 0);
    s.query = "country:pakistan OR official:blinken";
    expect_search(db, &s, 2, "x1 x4", 0);

    s.query = "country:xyz";
    assert_int_equal(fa_db_search(&h, db, &s), FA_EQUERY);
    assert_null(h);
    assert_non_null(strstr(fa_db_errmsg(db), "unknown country 'xyz'; did you mean pakistan"));
}

static void test_search_no_resolver_takes_values_as_typed(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("country:PAK");

    expect_search(db, &s, 1, "x4", 0);
    s.query = "country:pakistan";
    expect_search(db, &s, 0, "", 0);
}

/* Run 's' and copy the snippet of hit 'i' (of 'nhits') into 'out'. */
static void snippet_of(char *out, size_t cap, fa_db *db, const fa_search *s,
                       size_t nhits, size_t i)
{
    fa_hits *h = run(db, s);
    size_t n = fa_hits_size(h);
    int fits = 0;

    out[0] = '\0';
    if (n == nhits)
        fits = snprintf(out, cap, "%s", fa_hits_snippet(h, i)) < (int)cap;
    fa_hits_free(h);
    if (n != nhits)
        fail_msg("query '%s': %zu hits, want %zu", s->query, n, nhits);
    assert_true(fits);
}

/* With facets or a histogram, the page of a BM25-ordered query comes
 * from one pass and the counts from another (fa_xap_search.cc): page,
 * scores and totals must be those of the one-pass search without them,
 * with every offset and limit, for terms, OR, NOT, wildcards and
 * filters, and the facet counts must sum as the filters find them. */
static void test_search_counting_pass_agrees(void **state)
{
    fa_db *db = *state;
    static const char *const queries[] = {
        "climate OR change OR discuss", "security", "nuclear NOT weapons", "disc*",
        "council OR climate OR treaty", NULL
    };
    for (const char *const *q = queries; *q; q++) {
        for (unsigned offset = 0; offset < 3; offset++) {
            fa_search a = plain(*q), b = plain(*q);
            a.offset = b.offset = offset;
            a.limit = b.limit = 2;
            b.facets = 1;
            b.facet_limit = 50;
            b.histogram = FA_HIST_YEAR;
            fa_hits *ha = run(db, &a), *hb = run(db, &b);
            char ia[512], ib[512];
            page_ids(ia, sizeof ia, ha);
            page_ids(ib, sizeof ib, hb);
            if (strcmp(ia, ib) != 0 || fa_hits_total(ha) != fa_hits_total(hb))
                fail_msg("'%s' offset %u: page '%s' total %lu without counts, '%s' total %lu with",
                         *q, offset, ia, fa_hits_total(ha), ib, fa_hits_total(hb));
            for (size_t i = 0; i < fa_hits_size(ha); i++)
                assert_true(fa_hits_score(ha, i) == fa_hits_score(hb, i));
            fa_hits_free(ha);
            fa_hits_free(hb);
        }
    }
}

static void test_search_snippets(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("discuss");
    char sn[2048];

    s.snippets = 1;
    s.snippet_len = 400;
    s.sort = FA_SORT_DATE;
    expect_search(db, &s, 2, "x2 x1", 1);
    snippet_of(sn, sizeof sn, db, &s, 2, 1);   /* x1 */
    /* the stem matched: the word as written is highlighted */
    assert_non_null(strstr(sn, "<b>discussed</b>"));
    /* HTML-escaped text: AT&T <Labs> */
    assert_non_null(strstr(sn, "AT&amp;T &lt;Labs&gt;"));
    assert_null(strstr(sn, "<Labs>"));
    assert_null(strstr(sn, "AT&T"));

    s.query = "sponsor";   /* a word that is its own stem */
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>sponsor</b>"));

    s.query = "\"climate change\"";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    /* a phrase is highlighted as one unit */
    assert_non_null(strstr(sn, "<b>climate change</b>"));
}

/* Only what made the article match is bold: a phrase only where its
 * words stand together, never the words of an excluded phrase, never a
 * title: term in the body, and a wildcard through the words it matched. */
static void test_search_snippet_shows_why(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("\"climate change\" OR embargo");
    static const char *zaf[] = {"ZAF"};
    static const char *hint[] = {"voted"};
    char sn[2048];

    s.snippets = 1;
    s.snippet_len = 400;
    s.sort = FA_SORT_DATE;
    expect_search(db, &s, 2, "x2 x1", 1);
    snippet_of(sn, sizeof sn, db, &s, 2, 0);   /* x2: "A change of climate" */
    assert_non_null(strstr(sn, "<b>embargo</b>"));
    assert_null(strstr(sn, "<b>change</b>"));
    assert_null(strstr(sn, "<b>climate</b>"));

    s.query = "arms NOT \"climate change\"";
    expect_search(db, &s, 2, "x2 x5", 1);
    snippet_of(sn, sizeof sn, db, &s, 2, 0);
    assert_non_null(strstr(sn, "<b>arms</b>"));
    assert_null(strstr(sn, "<b>change</b>"));
    assert_null(strstr(sn, "<b>climate</b>"));

    s.query = "title:embargo talks";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>talks</b>"));
    assert_null(strstr(sn, "<b>embargo</b>"));

    s.query = "embarg*";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>embargo</b>"));

    /* Filters alone: the caller's names show where the article speaks. */
    s.query = "";
    s.filter[FA_FACET_COUNTRY] = zaf;
    s.nfilter[FA_FACET_COUNTRY] = 1;
    s.snippet_hints = hint;
    s.nsnippet_hints = 1;
    s.snippet_len = 40;
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>voted</b>"));
}

static void test_search_snippet_length(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("applauded");
    char sn[2048];

    s.snippets = 1;
    s.snippet_len = 30;
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>applauded</b>"));
    /* far shorter than the text (markup and "..." aside) */
    assert_true(strlen(sn) < strlen(docs[4].text));
}

/* The snippet scanner stems only words whose first two bytes start a
 * query term: words whose stem changes the second letter ("dying" is
 * "die"), one-letter words, accented words and words joined by an
 * apostrophe must still be found and highlighted. */
static void test_search_snippet_prefilter(void **state)
{
    (void)state;
    const char *path = fresh_path("prefilter");
    fa_db *db = open_write(path, "english");
    const char *text = "Embers were dying in the hearth. Plan X was dropped; "
                       "delegates met in Z\xc3\xbcrich and spoke of O'Brien's skies.";
    fa_article *a = fa_article_new();
    char sn[2048];

    assert_int_equal(fa_article_set(a, FA_F_ID, "p1", 2), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
    if (fa_db_put(db, a, NULL, NULL) != FA_OK)
        fail_msg("put: %s", fa_db_errmsg(db));
    fa_article_free(a);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    db = open_read(path);
    fa_search s = plain("die");
    s.snippets = 1;
    s.snippet_len = 400;
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>dying</b>"));
    s.query = "x";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "Plan <b>X</b> was"));
    s.query = "zurich";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>Z\xc3\xbcrich</b>"));
    s.query = "sky";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>skies</b>"));
    s.query = "o'brien";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "<b>O'Brien's</b>"));
    fa_db_close(db, NULL, 0);
}

/* The snippet scan jumps from one possible first letter to the next
 * (fa_xap_snippet.cc): it must still split words exactly as a walk from
 * the start does, so a term inside a joined word ("x.kashmir", "l'Kashmir")
 * is not a match, one after a separator or a non-joining quote is, a
 * phrase holds only across consecutive words, and the lead-in starts at
 * a word's first byte. */
static void test_search_snippet_word_bounds(void **state)
{
    (void)state;
    const char *path = fresh_path("bounds");
    fa_db *db = open_write(path, "english");
    const char *text = "Talks on kashmir. The x.kashmir file, the _kashmir tag, "
                       "don\xe2\x80\x99t-kashmir; l\xe2\x80\x99Kashmir and \xe2\x80\x98Kashmir\xe2\x80\x99 "
                       "said. In Srinagar the United Nations met; the United, Nations split "
                       "and the Nations United.";
    fa_article *a = fa_article_new();
    char sn[2048];

    assert_int_equal(fa_article_set(a, FA_F_ID, "b1", 2), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
    if (fa_db_put(db, a, NULL, NULL) != FA_OK)
        fail_msg("put: %s", fa_db_errmsg(db));
    fa_article_free(a);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    db = open_read(path);
    fa_search s = plain("kashmir");
    s.snippets = 1;
    s.snippet_len = 400;
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_string_equal(sn, "Talks on <b>kashmir</b>. The x.kashmir file, the _kashmir tag, "
                            "don\xe2\x80\x99t-<b>kashmir</b>; l\xe2\x80\x99Kashmir and "
                            "\xe2\x80\x98<b>Kashmir</b>\xe2\x80\x99 said. In Srinagar the United "
                            "Nations met; the United, Nations split and the Nations United.");
    s.query = "\"united nations\"";
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_non_null(strstr(sn, "the <b>United Nations</b> met; the <b>United</b>, <b>Nations</b> split "
                               "and the Nations United."));
    /* A short window: the lead-in is whole words, at most four, each
     * less than a third of the length before the match. */
    s.query = "srinagar";
    s.snippet_len = 45;
    snippet_of(sn, sizeof sn, db, &s, 1, 0);
    assert_string_equal(sn, "...said. In <b>Srinagar</b> the United Nations met; the...");
    fa_db_close(db, NULL, 0);
}

/* ------------------------------------------------------- stored text */


/* A dictionary trained on 100 texts of seed base..base+99. */
static void *tz_dict(unsigned base, size_t *len)
{
    size_t sizes[100], off = 0;
    char *texts[100], *sample;
    void *dict = NULL;
    char err[256];
    for (unsigned i = 0; i < 100; i++) {
        texts[i] = fa_test_speech(base + i, 1500, "sample");
        off += sizes[i] = strlen(texts[i]);
    }
    sample = malloc(off);
    off = 0;
    for (unsigned i = 0; i < 100; i++) {
        memcpy(sample + off, texts[i], sizes[i]);
        off += sizes[i];
        free(texts[i]);
    }
    if (fa_textz_train(&dict, len, sample, sizes, 100, 8 * 1024, err, sizeof err) != FA_OK)
        fail_msg("train: %s", err);
    free(sample);
    return dict;
}

/* Store articles id<k> (k in 0..n) with fa_test_speech(seed0 + k) and marker
 * "marker<k>"-like words; level -1 keeps the default. */
static void tz_fill(fa_db *db, const char *prefix, unsigned seed0, unsigned n)
{
    for (unsigned k = 0; k < n; k++) {
        char id[32], marker[32];
        snprintf(id, sizeof id, "%s%u", prefix, k);
        snprintf(marker, sizeof marker, "%smark%u", prefix, k);
        char *text = fa_test_speech(seed0 + k, 800 + 97 * k, marker);
        fa_article *a = fa_article_new();
        assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
        assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
        int rc = fa_db_put(db, a, NULL, NULL);
        fa_article_free(a);
        free(text);
        if (rc != FA_OK)
            fail_msg("put %s: %s", id, fa_db_errmsg(db));
    }
}

/* The snippet of the one hit for 'query' in 'path', into out. */
static void tz_snippet(char *out, size_t cap, const char *path, const char *query)
{
    fa_db *db = open_read(path);
    fa_search s = plain(query);
    s.snippets = 1;
    s.snippet_len = 300;
    snippet_of(out, cap, db, &s, 1, 0);
    fa_db_close(db, NULL, 0);
}

static void test_text_dict_snippets_and_meta(void **state)
{
    (void)state;
    const char *zp = fresh_path("tz-dict"), *rp = fresh_path("tz-raw");
    size_t dlen = 0;
    void *dict = tz_dict(1000, &dlen);
    char idstr[32], key[64], *meta = NULL, a[2048], b[2048];
    fa_db *db = open_write(zp, NULL);

    assert_int_equal(fa_db_set_text_dict(db, dict, dlen), FA_OK);
    assert_int_equal(fa_db_set_text_dict(db, "junk", 4), FA_EINVAL);
    assert_int_equal(fa_db_set_text_level(db, 20), FA_EINVAL);
    tz_fill(db, "z", 1, 6);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    db = open_write(rp, NULL);
    assert_int_equal(fa_db_set_text_level(db, 0), FA_OK);
    tz_fill(db, "z", 1, 6);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    /* Snippets read through the dictionary equal those of raw text. */
    for (unsigned k = 0; k < 6; k++) {
        char q[64];
        snprintf(q, sizeof q, "zmark%u", k);
        tz_snippet(a, sizeof a, zp, q);
        tz_snippet(b, sizeof b, rp, q);
        assert_string_equal(a, b);
        assert_non_null(strstr(a, "<b>"));
    }
    /* The dictionary is in the index, under its ID, and current. */
    snprintf(idstr, sizeof idstr, "%u", fa_textz_dict_id(dict, dlen));
    db = open_read(zp);
    assert_int_equal(fa_db_get_meta(&meta, db, FA_META_ZDICT), FA_OK);
    assert_non_null(meta);
    assert_string_equal(meta, idstr);
    free(meta);
    snprintf(key, sizeof key, "%s%s", FA_META_ZDICT_ID, idstr);
    assert_int_equal(fa_db_get_meta(&meta, db, key), FA_OK);
    assert_non_null(meta);
    free(meta);
    fa_db_close(db, NULL, 0);

    /* A writer reopening the index keeps using it: an update reads back. */
    db = open_write(zp, NULL);
    tz_fill(db, "u", 50, 2);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    tz_snippet(a, sizeof a, zp, "umark1");
    assert_non_null(strstr(a, "<b>umark1</b>"));
    tz_snippet(a, sizeof a, zp, "zmark3");
    assert_non_null(strstr(a, "<b>zmark3</b>"));
    free(dict);
}

static void test_text_raw_magic_and_level0(void **state)
{
    (void)state;
    const char *p = fresh_path("tz-magic");
    /* Text the indexer could never store (it repairs UTF-8), but a caller
     * of fa_db_put can: it must come back as it went in. */
    const char text[] = "\x28\xB5\x2F\xFD magicword";
    fa_db *db = open_write(p, NULL);
    fa_article *a = fa_article_new();
    char sn[512];
    assert_int_equal(fa_db_set_text_level(db, 0), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_ID, "m1", 2), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, text, sizeof text - 1), FA_OK);
    assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_OK);
    fa_article_free(a);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    tz_snippet(sn, sizeof sn, p, "magicword");
    assert_non_null(strstr(sn, "<b>magicword</b>"));
}

static void test_text_compact_two_dicts(void **state)
{
    (void)state;
    const char *p1 = fresh_path("tz-c1"), *p2 = fresh_path("tz-c2"), *out = fresh_path("tz-cout");
    size_t l1 = 0, l2 = 0;
    void *d1 = tz_dict(2000, &l1), *d2 = tz_dict(3000, &l2);
    char key[64], *meta = NULL, sn[2048], err[1024] = "";
    const char *inputs[2] = {p1, p2};
    fa_db *db;

    assert_int_not_equal(fa_textz_dict_id(d1, l1), fa_textz_dict_id(d2, l2));
    db = open_write(p1, NULL);
    assert_int_equal(fa_db_set_text_dict(db, d1, l1), FA_OK);
    tz_fill(db, "a", 10, 4);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    db = open_write(p2, NULL);
    assert_int_equal(fa_db_set_text_dict(db, d2, l2), FA_OK);
    tz_fill(db, "b", 20, 4);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    /* Searched together: each text decodes with its own shard's dictionary. */
    db = open_read(p1);
    assert_int_equal(fa_db_add(db, p2, err, sizeof err), FA_OK);
    for (unsigned k = 0; k < 4; k++) {
        char q[32], want[48];
        fa_search s = plain(q);
        s.snippets = 1;
        s.snippet_len = 300;
        snprintf(q, sizeof q, k % 2 ? "amark%u" : "bmark%u", k);
        snprintf(want, sizeof want, "<b>%s</b>", q);
        snippet_of(sn, sizeof sn, db, &s, 1, 0);
        assert_non_null(strstr(sn, want));
    }
    fa_db_close(db, NULL, 0);

    assert_int_equal(fa_db_compact(out, inputs, 2, err, sizeof err), FA_OK);
    db = open_read(out);
    snprintf(key, sizeof key, "%s%u", FA_META_ZDICT_ID, fa_textz_dict_id(d1, l1));
    assert_int_equal(fa_db_get_meta(&meta, db, key), FA_OK);
    assert_non_null(meta);
    free(meta);
    snprintf(key, sizeof key, "%s%u", FA_META_ZDICT_ID, fa_textz_dict_id(d2, l2));
    assert_int_equal(fa_db_get_meta(&meta, db, key), FA_OK);
    assert_non_null(meta);
    free(meta);
    fa_db_close(db, NULL, 0);
    for (unsigned k = 0; k < 4; k++) {
        char q[32], want[48];
        snprintf(q, sizeof q, "amark%u", k);
        snprintf(want, sizeof want, "<b>%s</b>", q);
        tz_snippet(sn, sizeof sn, out, q);
        assert_non_null(strstr(sn, want));
        snprintf(q, sizeof q, "bmark%u", k);
        snprintf(want, sizeof want, "<b>%s</b>", q);
        tz_snippet(sn, sizeof sn, out, q);
        assert_non_null(strstr(sn, want));
    }
    free(d1);
    free(d2);
}

static void test_text_missing_dict_is_error(void **state)
{
    (void)state;
    const char *p = fresh_path("tz-missing");
    size_t dlen = 0;
    void *dict = tz_dict(4000, &dlen);
    char key[64], err[1024] = "";
    fa_db *db = open_write(p, NULL);
    fa_hits *h = NULL;

    assert_int_equal(fa_db_set_text_dict(db, dict, dlen), FA_OK);
    tz_fill(db, "k", 30, 2);
    /* Lose the dictionary (an empty value deletes a metadata key). */
    snprintf(key, sizeof key, "%s%u", FA_META_ZDICT_ID, fa_textz_dict_id(dict, dlen));
    assert_int_equal(fa_db_set_meta(db, key, ""), FA_OK);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);

    /* A writer refuses an index naming a dictionary it does not hold. */
    assert_int_equal(fa_db_open(&db, p, FA_DB_WRITE, NULL, err, sizeof err), FA_EVERSION);
    assert_null(db);
    assert_non_null(strstr(err, "dictionary"));

    db = open_read(p);
    fa_search s = plain("kmark1");
    s.snippets = 1;
    s.snippet_len = 200;
    assert_int_equal(fa_db_search(&h, db, &s), FA_ERROR);
    assert_null(h);
    /* The message names the article. */
    assert_non_null(strstr(fa_db_errmsg(db), "'k1'"));
    assert_non_null(strstr(fa_db_errmsg(db), "dictionary"));
    /* Without snippets the text is not read: the search works. */
    s.snippets = 0;
    h = run(db, &s);
    assert_int_equal(fa_hits_total(h), 1);
    fa_hits_free(h);
    fa_db_close(db, NULL, 0);
    free(dict);
}

/* ------------------------------------------------- issue 13: analysts */

/* The year, month and decade histograms of every article: fixture dates
 * 2019-08-16, 2020-03-01, 2021-06, 2021-09-23 and 2022 (year only). */
static void hist_string(char *out, size_t cap, const fa_hits *h)
{
    size_t at = 0;
    out[0] = '\0';
    for (size_t i = 0; i < fa_hits_nhistogram(h); i++) {
        unsigned long c;
        const char *b = fa_hits_histogram(h, i, &c);
        if (c)
            at += (size_t)snprintf(out + at, cap - at, "%s%s=%lu", at ? " " : "", b, c);
    }
}

static void test_search_histogram(void **state)
{
    fa_db *db = *state;
    fa_search s = plain("");
    char got[512];
    fa_hits *h;

    s.limit = 0;
    s.histogram = FA_HIST_YEAR;
    h = run(db, &s);
    hist_string(got, sizeof got, h);
    assert_string_equal(got, "2019=1 2020=1 2021=2 2022=1");
    assert_int_equal(fa_hits_nhistogram(h), 4);
    assert_int_equal(fa_hits_undated(h), 0);
    fa_hits_free(h);

    s.histogram = FA_HIST_MONTH;
    h = run(db, &s);
    hist_string(got, sizeof got, h);
    /* A date known only to its year has a bucket of its own, before
     * that year's January; it is shown only when something is in it. */
    assert_string_equal(got, "2019-08=1 2020-03=1 2021-06=1 2021-09=1 2022=1");
    /* every month between, empty ones too: 2019-08..2021-12, then "2022" */
    assert_int_equal(fa_hits_nhistogram(h), 5 + 12 + 12 + 1);
    assert_string_equal(fa_hits_histogram(h, 1, NULL), "2019-09");
    assert_string_equal(fa_hits_histogram(h, fa_hits_nhistogram(h) - 1, NULL), "2022");
    fa_hits_free(h);

    s.histogram = FA_HIST_DECADE;
    s.query = "arms";   /* x1 x2 x5 */
    h = run(db, &s);
    hist_string(got, sizeof got, h);
    assert_string_equal(got, "2020s=3");
    assert_int_equal(fa_hits_total(h), 3);
    fa_hits_free(h);
}

/* An index built with exact words, spelling data and two stored fields. */
static void build_analyst(const char *path, const fa_build *b)
{
    fa_db *db = open_write(path, NULL);
    assert_int_equal(fa_db_set_build(db, b), FA_OK);
    for (size_t i = 0; i < NDOCS; i++) {
        fa_article *a = make_article(&docs[i]);
        char speaker[32];
        snprintf(speaker, sizeof speaker, "Speaker %zu", i % 2);
        assert_int_equal(fa_article_set(a, "speaker", speaker, strlen(speaker)), FA_OK);
        assert_int_equal(fa_article_set(a, "country", i < 3 ? "USA" : "SUN", 3), FA_OK);
        assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_OK);
        assert_string_equal(fa_db_warning(db), "");
        fa_article_free(a);
    }
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
}

static void test_build_choices_recorded(void **state)
{
    const char *names[] = {"speaker", "country"}, *other[] = {"post"};
    fa_build b = {1, 1, names, 2, 1, 0, 0};
    const char *path = fresh_path("analyst");
    fa_db *db;

    (void)state;
    build_analyst(path, &b);
    db = open_read(path);
    assert_int_equal(fa_db_exact(db), 1);
    assert_int_equal(fa_db_spelling(db), 1);
    assert_int_equal(fa_db_nfields(db), 2);
    assert_string_equal(fa_db_field(db, 0), "country");   /* sorted */
    assert_string_equal(fa_db_field(db, 1), "speaker");
    fa_db_close(db, NULL, 0);

    /* An update keeps what is recorded; asking for something else is
     * refused and says what the index has. */
    db = open_write(path, NULL);
    fa_build keep = {0, 0, NULL, 0, 0, 0, 0}, fields = {0, 0, other, 1, 1, 0, 0}, noexact = {-1, 0, NULL, 0, 0, 0, 0};
    assert_int_equal(fa_db_set_build(db, &keep), FA_OK);
    assert_int_equal(fa_db_set_build(db, &b), FA_OK);   /* the same list, in another order */
    assert_int_equal(fa_db_set_build(db, &fields), FA_EINVAL);
    assert_non_null(strstr(fa_db_errmsg(db), "--field country --field speaker"));
    assert_int_equal(fa_db_set_build(db, &noexact), FA_EINVAL);
    assert_non_null(strstr(fa_db_errmsg(db), "--exact-words"));
    const char *bad[] = {"Bad-Name"};
    fa_build badname = {0, 0, bad, 1, 1, 0, 0};
    assert_int_equal(fa_db_set_build(db, &badname), FA_EINVAL);
    fa_db_close(db, NULL, 0);
}

static void test_search_stored_fields(void **state)
{
    const char *names[] = {"speaker", "country"};
    fa_build b = {1, 1, names, 2, 1, 0, 0};
    const char *path = fresh_path("fields");
    const char *want[] = {"country"};
    fa_db *db;
    fa_hits *h;

    (void)state;
    build_analyst(path, &b);
    db = open_read(path);
    expect_set(db, "field.country:usa", "x1 x2 x3");   /* case-folded */
    expect_set(db, "field.speaker:\"Speaker 1\" arms", "x2");
    expect_set(db, "field.country:SUN", "x4 x5");
    expect_set(db, "field.country:SUN arms", "x5");
    fa_search s = plain("");
    s.field_facets = want;
    s.nfield_facets = 1;
    h = run(db, &s);
    assert_int_equal(fa_hits_nfield_facets(h), 1);
    assert_string_equal(fa_hits_field_facet_name(h, 0), "country");
    assert_int_equal(fa_hits_nfield_values(h, 0), 2);
    unsigned long c;
    assert_string_equal(fa_hits_field_value(h, 0, 0, &c), "USA");
    assert_int_equal(c, 3);
    assert_string_equal(fa_hits_field_value(h, 0, 1, &c), "SUN");
    assert_int_equal(c, 2);
    fa_hits_free(h);

    fa_hits *none = NULL;
    s = plain("field.post:x");
    assert_int_equal(fa_db_search(&none, db, &s), FA_EQUERY);
    assert_non_null(strstr(fa_db_errmsg(db), "field.country:, field.speaker:"));
    const char *lacks[] = {"post"};
    s = plain("");
    s.field_facets = lacks;
    s.nfield_facets = 1;
    assert_int_equal(fa_db_search(&none, db, &s), FA_EQUERY);
    assert_null(none);
    fa_db_close(db, NULL, 0);

    /* A value too long for a term: stored, with a warning, not filterable. */
    db = open_write(path, NULL);
    fa_article *a = make_article(&docs[0]);
    char big[400];
    memset(big, 'v', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(fa_article_set(a, FA_F_ID, "long", 4), FA_OK);
    assert_int_equal(fa_article_set(a, "speaker", big, strlen(big)), FA_OK);
    assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_OK);
    assert_non_null(strstr(fa_db_warning(db), "article 'long': field 'speaker' value of 399 bytes"));
    fa_article_free(a);
    fa_db_close(db, NULL, 0);
    db = open_read(path);
    expect_set(db, "id:long", "long");
    fa_db_close(db, NULL, 0);
}

static void test_search_exact_and_spelling(void **state)
{
    const char *path = fresh_path("exact");
    fa_build b = {1, 1, NULL, 0, 1, 0, 0};
    fa_db *db;

    (void)state;
    build_analyst(path, &b);
    db = open_read(path);
    expect_set(db, "talk", "x1 x2 x3");        /* talks, talk */
    expect_set(db, "=talk", "x3");             /* "talk about" alone */
    expect_set(db, "=talks", "x1 x2 x3");
    expect_set(db, "=\"arms control\"", "x1 x5");
    expect_set(db, "=\"arm control\"", "");
    expect_set(db, "=arms -=treaty", "x1 x2");

    fa_search s = plain("kashmr");
    fa_hits *h = run(db, &s);
    assert_int_equal(fa_hits_total(h), 0);
    assert_string_equal(fa_hits_suggestion(h), "kashmir");
    fa_hits_free(h);
    s = plain("kashmir");
    h = run(db, &s);
    assert_string_equal(fa_hits_suggestion(h), "");
    fa_hits_free(h);
    fa_db_close(db, NULL, 0);

    /* The shared fixture index has neither. */
    db = open_read(dbpath);
    fa_hits *none = NULL;
    s = plain("=talk");
    assert_int_equal(fa_db_search(&none, db, &s), FA_EQUERY);
    assert_non_null(strstr(fa_db_errmsg(db), "--exact-words"));
    s = plain("kashmr");
    h = run(db, &s);
    assert_string_equal(fa_hits_suggestion(h), "");
    fa_hits_free(h);
    fa_db_close(db, NULL, 0);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_db_reopen_read_doccount),
        cmocka_unit_test(test_db_put_replaces_same_id),
        cmocka_unit_test(test_db_put_page_duplicates),
        cmocka_unit_test(test_db_put_needs_id),
        cmocka_unit_test(test_db_missing_index),
        cmocka_unit_test(test_db_second_writer_locked),
        cmocka_unit_test(test_db_other_schema_eversion),
        cmocka_unit_test(test_db_unknown_language),
        cmocka_unit_test(test_db_language_kept),
        cmocka_unit_test(test_db_meta_round_trip),
        cmocka_unit_test(test_search_phrase_vs_words),
        cmocka_unit_test(test_search_boolean),
        cmocka_unit_test(test_search_near),
        cmocka_unit_test(test_search_default_and_vs_any),
        cmocka_unit_test(test_search_stemming),
        cmocka_unit_test(test_search_title_prefix),
        cmocka_unit_test(test_search_title_ranks_first),
        cmocka_unit_test(test_search_source_prefix),
        cmocka_unit_test(test_search_wildcard),
        cmocka_unit_test(test_search_date_ranges),
        cmocka_unit_test(test_search_bad_date_is_equery),
        cmocka_unit_test(test_search_sort_by_date),
        cmocka_unit_test(test_search_paging),
        cmocka_unit_test(test_search_empty_query_matches_all),
        cmocka_unit_test(test_search_threads),
        cmocka_unit_test(test_search_no_match),
        cmocka_unit_test(test_search_facet_filters),
        cmocka_unit_test(test_search_filter_keeps_rank),
        cmocka_unit_test(test_search_facet_counts),
        cmocka_unit_test(test_search_facet_limit),
        cmocka_unit_test(test_search_facets_after_reopen),
        cmocka_unit_test(test_search_hit_facet_values),
        cmocka_unit_test(test_search_record_round_trip),
        cmocka_unit_test(test_search_syntax_error),
        cmocka_unit_test(test_search_only_stopwords),
        cmocka_unit_test(test_search_resolver),
        cmocka_unit_test(test_search_no_resolver_takes_values_as_typed),
        cmocka_unit_test(test_search_snippets),
        cmocka_unit_test(test_search_snippet_length),
        cmocka_unit_test(test_search_counting_pass_agrees),
        cmocka_unit_test(test_search_snippet_prefilter),
        cmocka_unit_test(test_search_snippet_word_bounds),
        cmocka_unit_test(test_search_snippet_shows_why),
        cmocka_unit_test(test_text_dict_snippets_and_meta),
        cmocka_unit_test(test_text_raw_magic_and_level0),
        cmocka_unit_test(test_text_compact_two_dicts),
        cmocka_unit_test(test_text_missing_dict_is_error),
        cmocka_unit_test(test_search_histogram),
        cmocka_unit_test(test_build_choices_recorded),
        cmocka_unit_test(test_search_stored_fields),
        cmocka_unit_test(test_search_exact_and_spelling),
    };
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
