/* test_pairs.c - word-pair terms (common/fa_xap_pairs.cc through fa_xap.h):
 * an index built with them answers every query exactly as one without
 * them: the same totals, the same hits in the same order with the same
 * scores, for phrases of two, three and four words (stopwords, repeated
 * words, title:, source: and exact words among them), phrases across the
 * title/body boundary, phrases under AND, OR, NOT, NEAR and filters; and
 * what is recorded keeps answers right: an index without pairs is not
 * given them by an update, shards of which only some have pairs and a
 * merge of such shards are searched without them.
 * The articles are generated from a small vocabulary (a fixed seed), so
 * that phrases recur and also nearly recur (the words near, but not next
 * to each other): what a pair term that was wrong would get wrong.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fa_article.h"
#include "fa_error.h"
#include "fa_xap.h"

#define NARTICLES 80
#define TEXT_WORDS 60

static char tmpdir[512];

/* Words, stopwords among them, and inflections that stem together
 * (rights/right, nations/nation, seas/sea). */
static const char *const vocab[] = {
    "the", "of", "the", "of", "to", "and", "a", "in", "law", "sea", "seas", "human",
    "rights", "right", "united", "nations", "nation", "charter", "security", "council",
    "reform", "weapons", "mass", "destruction", "new", "international", "economic",
    "order", "climate", "change", "cold", "war", "peace",
};
#define NVOCAB (sizeof vocab / sizeof vocab[0])
/* Stock phrases written into texts whole, so that long phrases match. */
static const char *const stock[] = {
    "the law of the sea", "united nations charter", "weapons of mass destruction",
    "new international economic order", "human rights", "security council reform",
    "the cold war", "climate change",
};
#define NSTOCK (sizeof stock / sizeof stock[0])
static const char *const sources[] = {"Associated Press", "Reuters", "Press Trust", "Agence France Presse"};
static const char *const countries[] = {"FRA", "PAK", "USA"};

static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return (rng >> 16) & 0x7fff;
}

typedef struct {
    char id[16], title[128], date[16], text[2048];
    const char *source, *country;
} article;
static article arts[NARTICLES];

static void append(char *buf, size_t cap, const char *w)
{
    size_t n = strlen(buf);
    snprintf(buf + n, cap - n, "%s%s", n ? " " : "", w);
}

static void generate(void)
{
    for (size_t i = 0; i < NARTICLES; i++) {
        article *a = &arts[i];
        snprintf(a->id, sizeof a->id, "a%02zu", i);
        snprintf(a->date, sizeof a->date, "%d-0%d-1%d", 1980 + (int)(i % 40), 1 + (int)(i % 9), (int)(i % 10));
        a->source = sources[i % 4];
        a->country = countries[i % 3];
        a->title[0] = a->text[0] = '\0';
        for (int k = 0; k < 3; k++)
            append(a->title, sizeof a->title, vocab[8 + next_rand() % (NVOCAB - 8)]);
        for (int k = 0; k < TEXT_WORDS; k++) {
            uint32_t r = next_rand() % 10;
            if (r == 0)
                append(a->text, sizeof a->text, stock[next_rand() % NSTOCK]);
            else
                append(a->text, sizeof a->text, vocab[next_rand() % NVOCAB]);
            if (r == 1)   /* a sentence ends: the term generator keeps going */
                append(a->text, sizeof a->text, ".");
        }
    }
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static const char *path_of(const char *name)
{
    static char p[8][700];
    static int k;
    k = (k + 1) % 8;
    snprintf(p[k], sizeof p[k], "%s/%s", tmpdir, name);
    return p[k];
}

static void put_one(fa_db *db, const article *a)
{
    fa_article *fa = fa_article_new();
    assert_non_null(fa);
    assert_int_equal(fa_article_set(fa, FA_F_ID, a->id, strlen(a->id)), FA_OK);
    assert_int_equal(fa_article_set(fa, FA_F_TITLE, a->title, strlen(a->title)), FA_OK);
    assert_int_equal(fa_article_set(fa, FA_F_DATE, a->date, strlen(a->date)), FA_OK);
    assert_int_equal(fa_article_set(fa, FA_F_SOURCE, a->source, strlen(a->source)), FA_OK);
    assert_int_equal(fa_article_set(fa, FA_F_TEXT, a->text, strlen(a->text)), FA_OK);
    const char *c[2] = {a->country, NULL};
    const char *none[1] = {NULL};
    fa_facets f = {{c, none}, {1, 0}};
    int outcome;
    assert_int_equal(fa_db_put(db, fa, &f, &outcome), FA_OK);
    fa_article_free(fa);
}

/* Build index 'name' from articles [from, to), with pairs or not (and
 * exact words: their pairs share positions with the stemmed words'). */
static void build(const char *name, int pairs, size_t from, size_t to)
{
    fa_db *db = NULL;
    char err[1024] = "";
    if (fa_db_open(&db, path_of(name), FA_DB_WRITE, NULL, err, sizeof err) != FA_OK)
        fail_msg("open %s: %s", name, err);
    fa_build b = {1, 0, NULL, 0, 0, 0, pairs ? 1 : -1};
    assert_int_equal(fa_db_set_build(db, &b), FA_OK);
    for (size_t i = from; i < to; i++)
        put_one(db, &arts[i]);
    assert_int_equal(fa_db_pairs(db), pairs ? 1 : 0);
    assert_int_equal(fa_db_close(db, err, sizeof err), FA_OK);
}

static fa_db *open_read(const char *const *names, size_t n)
{
    fa_db *db = NULL;
    char err[1024] = "";
    if (fa_db_open(&db, path_of(names[0]), FA_DB_READ, NULL, err, sizeof err) != FA_OK)
        fail_msg("open %s: %s", names[0], err);
    for (size_t i = 1; i < n; i++)
        if (fa_db_add(db, path_of(names[i]), err, sizeof err) != FA_OK)
            fail_msg("add %s: %s", names[i], err);
    return db;
}

static int group_setup(void **state)
{
    (void)state;
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-pairs-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(tmpdir))
        return -1;
    generate();
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* One search's answer: its total and its hits' ids and scores in order. */
typedef struct {
    unsigned long total;
    size_t n;
    char ids[NARTICLES][16];
    double score[NARTICLES];
} answer;

static void ask(answer *out, fa_db *db, const char *query, const char *country, const char *from)
{
    fa_search s;
    memset(&s, 0, sizeof s);
    s.query = query;
    s.limit = NARTICLES;
    s.facets = 1;   /* counted in the matcher: the phrases' single pass */
    const char *c[2] = {country, NULL};
    if (country) {
        s.filter[FA_FACET_COUNTRY] = c;
        s.nfilter[FA_FACET_COUNTRY] = 1;
    }
    s.date_from = from;
    fa_hits *h = NULL;
    if (fa_db_search(&h, db, &s) != FA_OK)
        fail_msg("search '%s': %s", query, fa_db_errmsg(db));
    out->total = fa_hits_total(h);
    out->n = fa_hits_size(h);
    fa_article *a = fa_article_new();
    assert_non_null(a);
    for (size_t i = 0; i < out->n; i++) {
        size_t len;
        const char *rec = fa_hits_record(h, i, &len);
        assert_int_equal(fa_article_decode(a, rec, len), FA_OK);
        snprintf(out->ids[i], sizeof out->ids[i], "%s", fa_article_get(a, FA_F_ID, NULL));
        out->score[i] = fa_hits_score(h, i);
    }
    fa_article_free(a);
    fa_hits_free(h);
}

static int cmp_id(const void *x, const void *y)
{
    return strcmp((const char *)x, (const char *)y);
}

/* 'got' answers as 'want' does: the same total and hits; 'ordered' also
 * the same order and scores (one index against one index; over shards
 * the hits are compared as a set, docids being numbered differently). */
static void expect_same(const answer *want, answer *got, const char *query, int ordered)
{
    if (want->total != got->total || want->n != got->n)
        fail_msg("'%s': total %lu (%zu hits), want %lu (%zu)", query, got->total, got->n, want->total, want->n);
    answer w = *want;
    if (!ordered) {
        qsort(w.ids, w.n, sizeof w.ids[0], cmp_id);
        qsort(got->ids, got->n, sizeof got->ids[0], cmp_id);
    }
    for (size_t i = 0; i < w.n; i++) {
        if (strcmp(w.ids[i], got->ids[i]) != 0)
            fail_msg("'%s': hit %zu is %s, want %s", query, i, got->ids[i], w.ids[i]);
        if (ordered && fabs(w.score[i] - got->score[i]) > 1e-9 * fabs(w.score[i]))
            fail_msg("'%s': hit %zu scores %.12g, want %.12g", query, i, got->score[i], w.score[i]);
    }
}

/* The queries: fixed ones, and phrases taken from the texts (which match)
 * and made of vocabulary words at random (which mostly do not). */
#define MAXQ 400
static char queries[MAXQ][160];
static size_t nqueries;

static void add_query(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    assert_true(nqueries < MAXQ);
    vsnprintf(queries[nqueries++], sizeof queries[0], fmt, ap);
    va_end(ap);
}

static void make_queries(void)
{
    static const char *const fixed[] = {
        "\"law of the sea\"", "\"the law of the sea\"", "\"of the\"", "\"the of\"", "\"the the\"",
        "\"human rights\"", "\"human right\"", "\"rights human\"", "\"united nations charter\"",
        "\"weapons of mass destruction\"", "\"new international economic order\"", "\"cold war\"",
        "\"security council reform\"", "\"climate change\" AND peace", "\"human rights\" OR \"cold war\"",
        "peace NOT \"human rights\"", "\"human rights\" NOT \"law of the sea\"",
        "(\"cold war\" OR \"climate change\") AND \"united nations\"", "\"human rights\" NEAR peace",
        "\"united nations\" NEAR/3 charter", "title:\"human rights\"", "title:\"law of\"",
        "source:\"associated press\"", "source:\"press trust\" AND \"human rights\"",
        "source:\"trust press\"", "=\"human rights\"", "=\"human right\"", "=\"the law of the seas\"",
        "human-rights", "\"sea . human\"", "\"sea human\"", "\"seas of\"", "\"human rights\" peace war",
        "\"unknownword rights\"", "\"human rights\" AND country:FRA", "\"the cold\" OR war",
    };
    nqueries = 0;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        add_query("%s", fixed[i]);
    /* A phrase across the title/body boundary: a title's last word and
     * its text's first (positions 100 apart: no match either way). */
    for (size_t i = 0; i < 5; i++) {
        const char *last = strrchr(arts[i].title, ' ') + 1;
        char first[32];
        sscanf(arts[i].text, "%31s", first);
        add_query("\"%s %s\"", last, first);
    }
    /* Phrases of 2, 3 and 4 words at random places of the texts. */
    for (size_t k = 0; k < 90; k++) {
        const article *a = &arts[next_rand() % NARTICLES];
        char words[TEXT_WORDS * 4][32];
        size_t n = 0;
        char copy[2048], *save = NULL;
        snprintf(copy, sizeof copy, "%s", a->text);
        for (char *w = strtok_r(copy, " ", &save); w && n < TEXT_WORDS * 4; w = strtok_r(NULL, " ", &save))
            if (strcmp(w, ".") != 0)
                snprintf(words[n++], sizeof words[0], "%s", w);
        size_t len = 2 + k % 3, at = next_rand() % (n - len);
        char q[160] = "";
        for (size_t j = 0; j < len; j++)
            append(q, sizeof q, words[at + j]);
        add_query(k % 5 == 4 ? "title:\"%s\"" : "\"%s\"", q);
    }
    /* Phrases of 2 and 3 vocabulary words at random. */
    for (size_t k = 0; k < 120; k++) {
        char q[160] = "";
        size_t len = 2 + k % 2;
        for (size_t j = 0; j < len; j++)
            append(q, sizeof q, vocab[next_rand() % NVOCAB]);
        add_query("\"%s\"", q);
    }
}

/* Every query, with and without a country filter and a date filter:
 * the index with pairs answers as the one without. */
static void test_pairs_same_answers(void **state)
{
    (void)state;
    build("plain", 0, 0, NARTICLES);
    build("pairs", 1, 0, NARTICLES);
    fa_db *plain = open_read((const char *[]){"plain"}, 1), *pairs = open_read((const char *[]){"pairs"}, 1);
    assert_int_equal(fa_db_pairs(plain), 0);
    assert_int_equal(fa_db_pairs(pairs), 1);
    make_queries();
    size_t matched = 0, narrower = 0;
    for (size_t i = 0; i < nqueries; i++) {
        answer want, got;
        ask(&want, plain, queries[i], NULL, NULL);
        ask(&got, pairs, queries[i], NULL, NULL);
        expect_same(&want, &got, queries[i], 1);
        ask(&want, plain, queries[i], "PAK", "1990");
        ask(&got, pairs, queries[i], "PAK", "1990");
        expect_same(&want, &got, queries[i], 1);
        /* Phrases that match, and fewer articles than their words do:
         * the cases a wrong pair term would change. */
        if (queries[i][0] == '"' && strchr(queries[i] + 1, '"')[1] == '\0') {
            char words[160];
            snprintf(words, sizeof words, "%.*s", (int)strlen(queries[i]) - 2, queries[i] + 1);
            answer loose;
            ask(&loose, plain, words, NULL, NULL);
            ask(&want, plain, queries[i], NULL, NULL);
            matched += want.total > 0;
            narrower += want.total > 0 && want.total < loose.total;
        }
    }
    /* The set is not trivial: many phrases match, many of them narrower
     * than their words. */
    if (matched < 60 || narrower < 20)
        fail_msg("%zu phrases match, %zu of them fewer articles than their words", matched, narrower);
    fa_db_close(plain, NULL, 0);
    fa_db_close(pairs, NULL, 0);
}

/* An index built without pairs (as every index before them) stays so:
 * an update adds articles without pairs, and asking for pairs is refused. */
static void test_pairs_old_index_keeps_none(void **state)
{
    (void)state;
    build("old", 0, 0, NARTICLES / 2);
    fa_db *db = NULL;
    char err[1024] = "";
    assert_int_equal(fa_db_open(&db, path_of("old"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    fa_build keep = {0, 0, NULL, 0, 0, 0, 0}, ask_pairs = {0, 0, NULL, 0, 0, 0, 1};
    assert_int_equal(fa_db_set_build(db, &keep), FA_OK);
    assert_int_equal(fa_db_pairs(db), 0);
    assert_int_equal(fa_db_set_build(db, &ask_pairs), FA_EINVAL);
    assert_non_null(strstr(fa_db_errmsg(db), "without word pairs"));
    for (size_t i = NARTICLES / 2; i < NARTICLES; i++)
        put_one(db, &arts[i]);
    assert_int_equal(fa_db_close(db, err, sizeof err), FA_OK);
    fa_db *old = open_read((const char *[]){"old"}, 1);
    assert_int_equal(fa_db_pairs(old), 0);
    fa_db *pairs = open_read((const char *[]){"pairs"}, 1);
    make_queries();
    for (size_t i = 0; i < nqueries; i++) {
        answer want, got;
        ask(&want, pairs, queries[i], NULL, NULL);
        ask(&got, old, queries[i], NULL, NULL);
        expect_same(&want, &got, queries[i], 1);
    }
    fa_db_close(old, NULL, 0);
    fa_db_close(pairs, NULL, 0);
}

/* A new index records the default; an empty one may still change it. */
static void test_pairs_new_index_default(void **state)
{
    (void)state;
    fa_db *db = NULL;
    char err[1024] = "";
    assert_int_equal(fa_db_open(&db, path_of("fresh"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_pairs(db), FA_PAIRS_DEFAULT ? 1 : 0);
    fa_build on = {0, 0, NULL, 0, 0, 0, 1};
    assert_int_equal(fa_db_set_build(db, &on), FA_OK);
    assert_int_equal(fa_db_close(db, err, sizeof err), FA_OK);
    fa_db *r = open_read((const char *[]){"fresh"}, 1);
    assert_int_equal(fa_db_pairs(r), 1);
    fa_db_close(r, NULL, 0);
}

/* Shards: pairs are used only when every shard has them, and a merge of
 * shards of which one lacks them records none. Either way the answers
 * are those of one index. */
static void test_pairs_mixed_shards(void **state)
{
    (void)state;
    build("half1-pairs", 1, 0, NARTICLES / 2);
    build("half2-plain", 0, NARTICLES / 2, NARTICLES);
    build("half2-pairs", 1, NARTICLES / 2, NARTICLES);
    char err[1024] = "";
    const char *mixed[] = {path_of("half1-pairs"), path_of("half2-plain")};
    assert_int_equal(fa_db_compact(path_of("merged-mixed"), mixed, 2, err, sizeof err), FA_OK);
    const char *both[] = {path_of("half1-pairs"), path_of("half2-pairs")};
    assert_int_equal(fa_db_compact(path_of("merged-pairs"), both, 2, err, sizeof err), FA_OK);

    fa_db *one = open_read((const char *[]){"plain"}, 1);
    fa_db *m1 = open_read((const char *[]){"half1-pairs", "half2-plain"}, 2);
    fa_db *m2 = open_read((const char *[]){"half2-plain", "half1-pairs"}, 2);
    fa_db *p2 = open_read((const char *[]){"half1-pairs", "half2-pairs"}, 2);
    fa_db *mm = open_read((const char *[]){"merged-mixed"}, 1);
    fa_db *mp = open_read((const char *[]){"merged-pairs"}, 1);
    assert_int_equal(fa_db_pairs(m1), 0);
    assert_int_equal(fa_db_pairs(m2), 0);
    assert_int_equal(fa_db_pairs(p2), 1);
    assert_int_equal(fa_db_pairs(mm), 0);
    assert_int_equal(fa_db_pairs(mp), 1);
    make_queries();
    fa_db *layouts[] = {m1, m2, p2, mm, mp};
    for (size_t i = 0; i < nqueries; i++) {
        answer want, got;
        ask(&want, one, queries[i], NULL, NULL);
        for (size_t k = 0; k < sizeof layouts / sizeof layouts[0]; k++) {
            ask(&got, layouts[k], queries[i], NULL, NULL);
            expect_same(&want, &got, queries[i], 0);
        }
    }
    for (size_t k = 0; k < sizeof layouts / sizeof layouts[0]; k++)
        fa_db_close(layouts[k], NULL, 0);
    fa_db_close(one, NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pairs_same_answers),
        cmocka_unit_test(test_pairs_old_index_keeps_none),
        cmocka_unit_test(test_pairs_new_index_default),
        cmocka_unit_test(test_pairs_mixed_shards),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
