/* test_copy.c - near-copy signatures (common/fa_copy.c) and copy groups
 * in an index (common/fa_xap_copies.cc through fa_xap.h): what counts as
 * a copy at the documented thresholds, and groups that follow puts,
 * deletes, replacements and compaction, with costs that stay linear.
 *
 * Texts are made of numbered words ("w17 w18 ..."), so that which
 * shingles two texts share, and so their true Jaccard similarity and
 * containment, are known exactly; the signatures only estimate them.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "fa_article.h"
#include "fa_copy.h"
#include "fa_error.h"
#include "fa_xap.h"

/* Words from..to-1 of the numbered vocabulary ("w17 "), one in 'every'
 * replaced by another word (every 0: none); salt > 0 numbers them in
 * another range, a different story. A fresh string. */
static char *words(unsigned from, unsigned to, unsigned every, unsigned salt)
{
    size_t cap = (size_t)(to - from) * 12 + 1, len = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    s[0] = '\0';
    for (unsigned i = from; i < to; i++) {
        if (every && (i - from) % every == every - 1)
            len += (size_t)snprintf(s + len, cap - len, "x%u%s ", i, salt ? "q" : "");
        else
            len += (size_t)snprintf(s + len, cap - len, "w%u ", i + salt * 1000000);
    }
    return s;
}

static fa_copy_sig sign(const char *t)
{
    fa_copy_sig s;
    fa_copy_sign(&s, t, strlen(t));
    return s;
}

static void test_copy_identical_and_case(void **state)
{
    (void)state;
    fa_copy_sig a = sign("The U.N. Security Council said on Monday, \"no\", and adjourned.");
    fa_copy_sig b = sign("the u n security council  said on monday no and adjourned");
    assert_int_equal(a.nshingles, 8);   /* 11 words, 4 to a shingle */
    assert_memory_equal(a.min, b.min, sizeof a.min);
    assert_true(fa_copy_jaccard(&a, &b) == 1.0);
    assert_true(fa_copy_similar(&a, &b));
    assert_true(fa_copy_anchor(&a) == fa_copy_anchor(&b));
}

static void test_copy_no_words(void **state)
{
    (void)state;
    fa_copy_sig e = sign(" -- ... ;; "), w = sign("two words");
    assert_int_equal(e.nshingles, 0);
    assert_false(fa_copy_similar(&e, &e));   /* no text: never a copy */
    assert_int_equal(w.nshingles, 1);         /* short: one shingle */
    assert_true(fa_copy_similar(&w, &w));
}

static void test_copy_encode_round_trip(void **state)
{
    (void)state;
    char *t = words(0, 300, 0, 0);
    fa_copy_sig a = sign(t), b;
    unsigned char buf[FA_COPY_SIG_BYTES];
    fa_copy_encode(&a, buf);
    assert_int_equal(fa_copy_decode(&b, buf, sizeof buf), 0);
    assert_int_equal(b.nshingles, a.nshingles);
    assert_memory_equal(a.min, b.min, sizeof a.min);
    assert_int_equal(fa_copy_decode(&b, buf, sizeof buf - 1), -1);
    free(t);
}

/* The same story, edited the ways papers edit wire copy: trimmed to 60%
 * (J 0.6, containment 1), a few words changed (1 in 50: 8% of shingles),
 * a paragraph added (10% more). All copies. */
static void test_copy_edits_are_copies(void **state)
{
    (void)state;
    char *full = words(0, 1000, 0, 0), *trim = words(0, 600, 0, 0);
    char *edit = words(0, 1000, 50, 0), *more = words(0, 1100, 0, 0);
    fa_copy_sig f = sign(full), t = sign(trim), e = sign(edit), m = sign(more);
    double j = fa_copy_jaccard(&f, &t);
    assert_true(j > 0.45 && j < 0.75);   /* true 0.6 */
    assert_true(fa_copy_containment(&f, &t) >= 0.9);
    assert_true(fa_copy_similar(&f, &t));
    assert_true(fa_copy_similar(&t, &f));   /* symmetric */
    assert_true(fa_copy_similar(&f, &e));
    assert_true(fa_copy_similar(&f, &m));
    free(full), free(trim), free(edit), free(more);
}

/* Not copies: a different story (no shared shingle), two stories that
 * share a third of their text each (J 0.2, containment 0.33), and an
 * excerpt of a fifth (containment 1 but J 0.2: a quoted passage). */
static void test_copy_non_copies(void **state)
{
    (void)state;
    char *a = words(0, 1000, 0, 0), *other = words(0, 1000, 0, 7);
    char *x = words(0, 1500, 0, 0), *y = words(1000, 2500, 0, 0), *excerpt = words(0, 200, 0, 0);
    fa_copy_sig sa = sign(a), so = sign(other), sx = sign(x), sy = sign(y), se = sign(excerpt);
    assert_true(fa_copy_jaccard(&sa, &so) < 0.05);
    assert_false(fa_copy_similar(&sa, &so));
    assert_false(fa_copy_similar(&sx, &sy));
    assert_false(fa_copy_similar(&sa, &se));
    free(a), free(other), free(x), free(y), free(excerpt);
}

/* Reordered paragraphs change only the shingles across their edges. */
static void test_copy_reordered_paragraphs(void **state)
{
    (void)state;
    char *p[5], buf[40000] = "", rev[40000] = "";
    for (int i = 0; i < 5; i++)
        p[i] = words((unsigned)i * 120, (unsigned)i * 120 + 120, 0, 0);
    for (int i = 0; i < 5; i++) {
        strcat(buf, p[i]);
        strcat(rev, p[4 - i]);
    }
    fa_copy_sig a = sign(buf), b = sign(rev);
    assert_true(fa_copy_jaccard(&a, &b) > 0.85);
    assert_true(fa_copy_similar(&a, &b));
    for (int i = 0; i < 5; i++)
        free(p[i]);
}

/* ------------------------------------------------------ groups in an index */

static char tmpdir[512];

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-copy-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static char *path_of(const char *name)
{
    static char p[4][700];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", tmpdir, name);
    return p[k];
}

static fa_db *open_db(const char *path, int mode)
{
    fa_db *db = NULL;
    char err[1024] = "";
    if (fa_db_open(&db, path, mode, NULL, err, sizeof err) != FA_OK)
        fail_msg("open %s: %s", path, err);
    return db;
}

static void put(fa_db *db, const char *id, const char *date, const char *text)
{
    fa_article *a = fa_article_new();
    assert_non_null(a);
    assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_DATE, date, strlen(date)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
    if (fa_db_put(db, a, NULL, NULL) != FA_OK)
        fail_msg("put %s: %s", id, fa_db_errmsg(db));
    fa_article_free(a);
}

/* Collapsed search of 'query' (similar: --similar ID or NULL): the number
 * of groups, of articles, and "id:N" per hit in rank order. */
static unsigned long groups(fa_db *db, const char *query, const char *similar, int collapse,
                            unsigned long *articles, char *out, size_t cap)
{
    fa_search s;
    fa_hits *h = NULL;
    memset(&s, 0, sizeof s);
    s.query = query;
    s.limit = 100;
    s.sort = FA_SORT_DATE;
    s.collapse = collapse;
    s.similar = similar;
    if (fa_db_search(&h, db, &s) != FA_OK)
        fail_msg("search: %s", fa_db_errmsg(db));
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < fa_hits_size(h); i++) {
        size_t rl;
        const char *rec = fa_hits_record(h, i, &rl);
        fa_article *a = fa_article_new();
        assert_int_equal(fa_article_decode(a, rec, rl), FA_OK);
        /* 'out' may be too small for every hit (the cost test counts
         * only): what does not fit is cut, never written past. */
        if (len + 1 < cap) {
            len += (size_t)snprintf(out + len, cap - len, "%s%s:%lu", i ? " " : "",
                                    fa_article_get(a, FA_F_ID, NULL), fa_hits_similar(h, i));
            if (len >= cap)
                len = cap - 1;
        }
        fa_article_free(a);
    }
    unsigned long total = fa_hits_total(h);
    if (articles)
        *articles = fa_hits_total_articles(h);
    fa_hits_free(h);
    return total;
}

/* A chain: a (b's first 70%) and c (b's last 70%) are copies of b, but
 * share too little (57% of each) to be copies of each other. One group
 * while b holds it together; two when b goes. */
static void test_groups_follow_puts_and_deletes(void **state)
{
    (void)state;
    char *a = words(0, 700, 0, 0), *b = words(0, 1000, 0, 0), *c = words(300, 1000, 0, 0);
    char *c2 = words(400, 2000, 0, 0), *other = words(0, 800, 0, 3);
    char hits[512];
    unsigned long n;
    fa_db *db = open_db(path_of("chain"), FA_DB_WRITE);

    put(db, "a", "2001-01-01", a);
    put(db, "other", "2001-01-05", other);
    put(db, "c", "2001-01-03", c2);   /* shares 600 of its 1600 words with b */
    assert_int_equal(groups(db, "", NULL, 1, &n, hits, sizeof hits), 3);
    put(db, "b", "2001-01-02", b);
    assert_int_equal(groups(db, "", NULL, 1, &n, hits, sizeof hits), 3);
    assert_int_equal(n, 4);
    assert_string_equal(hits, "a:1 c:0 other:0");
    /* Replace c by b's last 70%: the chain. */
    put(db, "c", "2001-01-03", c);
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 2);
    assert_string_equal(hits, "a:2 other:0");   /* the earliest shown */
    assert_int_equal(groups(db, "", "c", 0, NULL, hits, sizeof hits), 3);
    assert_string_equal(hits, "a:0 b:0 c:0");
    /* The query decides which members count: w800 is in b and c. */
    assert_int_equal(groups(db, "w800", NULL, 1, NULL, hits, sizeof hits), 1);
    assert_string_equal(hits, "b:1");
    /* Deleting the group's first member keeps the others grouped. */
    int found = 0;
    assert_int_equal(fa_db_delete(db, "a", &found), FA_OK);
    assert_true(found);
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 2);
    assert_string_equal(hits, "b:1 other:0");
    /* Put a back, then delete the bridge b: a and c part. */
    put(db, "a", "2001-01-01", a);
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 2);
    assert_int_equal(fa_db_delete(db, "b", &found), FA_OK);
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 3);
    assert_string_equal(hits, "a:0 c:0 other:0");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    free(a), free(b), free(c), free(c2), free(other);
}

/* --similar of an unknown id is a query error; without copy groups
 * (--no-copies) both options are. */
static void test_groups_errors(void **state)
{
    (void)state;
    char hits[64];
    fa_db *db = open_db(path_of("noc"), FA_DB_WRITE);
    fa_build nocopies = {0, 0, NULL, 0, 0, -1, 0};
    fa_search s;
    fa_hits *h = NULL;
    assert_int_equal(fa_db_set_build(db, &nocopies), FA_OK);
    assert_int_equal(fa_db_copies(db), 0);
    put(db, "a", "2001", "some words of text here");
    memset(&s, 0, sizeof s);
    s.limit = 10;
    s.collapse = 1;
    assert_int_equal(fa_db_search(&h, db, &s), FA_EQUERY);
    assert_non_null(strstr(fa_db_errmsg(db), "no copy groups"));
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    db = open_db(path_of("yes"), FA_DB_WRITE);
    put(db, "a", "2001", "some words of text here");
    memset(&s, 0, sizeof s);
    s.limit = 10;
    s.similar = "nosuch";
    assert_int_equal(fa_db_search(&h, db, &s), FA_EQUERY);
    assert_non_null(strstr(fa_db_errmsg(db), "nosuch"));
    assert_int_equal(groups(db, "", "a", 0, NULL, hits, sizeof hits), 1);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
}

/* Copies stored in different bulk indexes are grouped by the compaction,
 * with the key a fresh one-index build gives them. */
static void test_groups_across_compaction(void **state)
{
    (void)state;
    char *a = words(0, 900, 0, 0), *b = words(0, 900, 60, 0), *c = words(0, 600, 0, 0);
    char *o = words(0, 700, 0, 5);
    char one[256], merged[256];
    fa_db *db = open_db(path_of("one"), FA_DB_WRITE);
    put(db, "a", "2002", a), put(db, "b", "2003", b), put(db, "c", "2004", c), put(db, "o", "2001", o);
    assert_int_equal(groups(db, "", NULL, 1, NULL, one, sizeof one), 2);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    fa_db *t1 = open_db(path_of("t1"), FA_DB_BULK), *t2 = open_db(path_of("t2"), FA_DB_BULK);
    put(t1, "a", "2002", a), put(t2, "b", "2003", b), put(t1, "o", "2001", o), put(t2, "c", "2004", c);
    assert_int_equal(groups(t1, "", NULL, 1, NULL, merged, sizeof merged), 2);   /* not yet */
    assert_int_equal(fa_db_close(t1, NULL, 0), FA_OK);
    assert_int_equal(fa_db_close(t2, NULL, 0), FA_OK);
    const char *in[] = {path_of("t1"), path_of("t2")};
    char err[512];
    if (fa_db_compact(path_of("m"), in, 2, err, sizeof err) != FA_OK)
        fail_msg("compact: %s", err);
    db = open_db(path_of("m"), FA_DB_READ);
    assert_int_equal(groups(db, "", NULL, 1, NULL, merged, sizeof merged), 2);
    assert_string_equal(merged, one);
    assert_string_equal(merged, "o:0 a:2");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    free(a), free(b), free(c), free(o);
}

/* Two texts that are no copies of each other (B changes one word in 8 of
 * A: J about 0.33, containment 0.5) but whose anchors are equal: found by
 * trying variants of B (about 1 in 80 collides). */
static char *colliding(const char *a, fa_copy_sig *sa)
{
    uint64_t x = 15;
    for (unsigned k = 0; k < 5000; k++) {
        char *b = malloc(16000), *p = b;
        for (unsigned i = 0; i < 1000; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;   /* which words: k's own */
            p += (x >> 61) ? sprintf(p, "w%u ", i) : sprintf(p, "r%u_%u ", k, i);
        }
        fa_copy_sig sb = sign(b);
        if (fa_copy_anchor(&sb) == fa_copy_anchor(sa) && !fa_copy_similar(sa, &sb))
            return b;
        free(b);
    }
    fail_msg("no colliding variant in 5000");
    (void)a;
    return NULL;
}

/* Groups whose least anchors are equal keep keys of their own (neither
 * collapses into the other), through adds, deletes and compaction. */
static void test_groups_anchor_collision(void **state)
{
    (void)state;
    char *a = words(0, 1000, 0, 0), *a2 = words(0, 900, 0, 0), hits[256], one[256];
    fa_copy_sig sa = sign(a);
    char *b = colliding(a, &sa);
    fa_db *db = open_db(path_of("coll"), FA_DB_WRITE);
    put(db, "a", "2001", a);
    put(db, "b", "2002", b);
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 2);
    put(db, "a2", "2003", a2);   /* a copy of a: joins it, not b */
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 2);
    assert_string_equal(hits, "a:1 b:0");
    assert_int_equal(groups(db, "", "b", 0, NULL, hits, sizeof hits), 1);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    const char *in[] = {path_of("coll")};
    char err[512];
    assert_int_equal(fa_db_compact(path_of("coll.c"), in, 1, err, sizeof err), FA_OK);
    db = open_db(path_of("coll.c"), FA_DB_WRITE);
    assert_int_equal(groups(db, "", NULL, 1, NULL, one, sizeof one), 2);
    assert_string_equal(one, "a:1 b:0");
    int found;
    assert_int_equal(fa_db_delete(db, "a", &found), FA_OK);
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 2);
    assert_string_equal(hits, "b:0 a2:0");
    assert_int_equal(fa_db_delete(db, "b", &found), FA_OK);
    put(db, "a", "2001", a);
    assert_int_equal(groups(db, "", NULL, 1, NULL, hits, sizeof hits), 1);
    assert_string_equal(hits, "a:1");
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    free(a), free(a2), free(b);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Storing n articles in pairs of copies (boiler 0), or n notes that all
 * share most of their bands and are no copies (boiler 1: "Tiny note N
 * about the okapi and the treaty."), then compacting (which groups them
 * all again): the CPU seconds of both. */
static void grouping_cost(unsigned n, int boiler, double *puts, double *compact)
{
    char name[64], id[32];
    snprintf(name, sizeof name, "cost%u.%d", n, boiler);
    fa_db *db = open_db(path_of(name), FA_DB_WRITE);
    double t0 = now();
    for (unsigned i = 0; i < n; i++) {
        /* Article i: 200 words of its own story i/2; odd ones trimmed. */
        char *t = words((i / 2) * 200, (i / 2) * 200 + (i % 2 ? 150 : 200), 0, 0);
        if (boiler)
            snprintf(t, 64, "Tiny note %u about the okapi and the treaty.", i);
        snprintf(id, sizeof id, "%u", i);
        put(db, id, "2000", t);
        free(t);
    }
    *puts = now() - t0;
    char hits[64];
    unsigned long articles;
    assert_int_equal(groups(db, "", NULL, 1, &articles, hits, sizeof hits), boiler ? n : n / 2);
    assert_int_equal(articles, n);
    assert_int_equal(fa_db_close(db, NULL, 0), FA_OK);
    char out[64], err[512];
    snprintf(out, sizeof out, "cost%u.%d.c", n, boiler);
    const char *in[] = {path_of(name)};
    t0 = now();
    assert_int_equal(fa_db_compact(path_of(out), in, 1, err, sizeof err), FA_OK);
    *compact = now() - t0;
}

/* N against 4N in one run: linear gives about 4x, quadratic grouping
 * (every article compared with every other) 16x. */
static void test_groups_cost_linear(void **state)
{
    (void)state;
    for (int boiler = 0; boiler < 2; boiler++) {
        double p1, c1, p4, c4;
        grouping_cost(200, boiler, &p1, &c1);   /* warm up */
        grouping_cost(1000, boiler, &p1, &c1);
        grouping_cost(4000, boiler, &p4, &c4);
        printf("%s: puts %.3f s -> %.3f s, compaction %.3f s -> %.3f s\n",
               boiler ? "notes sharing bands" : "pairs of copies", p1, p4, c1, c4);
        if (p4 > 9 * p1 + 0.05)
            fail_msg("4000 puts cost %.3f s, 1000 cost %.3f s: %.1fx (want about 4x)", p4, p1, p4 / p1);
        if (c4 > 9 * c1 + 0.05)
            fail_msg("compacting 4000 cost %.3f s, 1000 cost %.3f s: %.1fx (want about 4x)", c4, c1, c4 / c1);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_copy_identical_and_case),
        cmocka_unit_test(test_copy_no_words),
        cmocka_unit_test(test_copy_encode_round_trip),
        cmocka_unit_test(test_copy_edits_are_copies),
        cmocka_unit_test(test_copy_non_copies),
        cmocka_unit_test(test_copy_reordered_paragraphs),
        cmocka_unit_test(test_groups_follow_puts_and_deletes),
        cmocka_unit_test(test_groups_errors),
        cmocka_unit_test(test_groups_across_compaction),
        cmocka_unit_test(test_groups_anchor_collision),
        cmocka_unit_test(test_groups_cost_linear),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
