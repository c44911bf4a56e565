/* test_pipeline.c - indexer/pipeline.c: a bulk build of many articles
 * through several workers holds every one (duplicates replaced, not
 * added), with and without the dictionary sample; an update of the built
 * index replaces in place; a second pipeline on a locked index is refused;
 * an article the index refuses is reported and skipped, in both modes.
 * No gazetteer: tagging is test_entity's.
 */
#define _XOPEN_SOURCE 700   /* nftw, mkdtemp */
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
#include <unistd.h>

#include "fa_article.h"
#include "fa_error.h"
#include "fa_xap.h"
#include "../indexer/pipeline.h"

static char tmpdir[512];
static char dbpath[600];

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-pipeline.XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmpdir))
        return -1;
    snprintf(dbpath, sizeof dbpath, "%s/db", tmpdir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static unsigned long doccount(void)
{
    fa_db *db = NULL;
    unsigned long n = 0;
    char err[512];
    assert_int_equal(fa_db_open(&db, dbpath, FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_doccount(db, &n), FA_OK);
    fa_db_close(db, NULL, 0);
    return n;
}

/* How many articles match 'query'. */
static unsigned long matches(const char *query)
{
    fa_db *db = NULL;
    fa_hits *h = NULL;
    fa_search q = {0};
    unsigned long n;
    char err[512];

    q.query = query;
    q.limit = 1;
    assert_int_equal(fa_db_open(&db, dbpath, FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_search(&h, db, &q), FA_OK);
    n = fa_hits_total(h);
    fa_hits_free(h);
    fa_db_close(db, NULL, 0);
    return n;
}

/* Put articles first..first+n-1 ("art-<i>", text naming i and 'word'). */
static void put_range(pipeline *p, int first, int n, const char *word)
{
    fa_article *a = fa_article_new();
    char err[512];

    assert_non_null(a);
    for (int i = first; i < first + n; i++) {
        char id[32], text[256];
        snprintf(id, sizeof id, "art-%d", i);
        snprintf(text, sizeof text, "Article mark%d speaks of %s, of peace and of the %d delegates "
                 "who came to the assembly to talk about development.", i, word, i % 17);
        assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
        assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
        assert_int_equal(pipeline_put(p, &a, NULL, 0, err, sizeof err), FA_OK);
        assert_non_null(a);
        assert_null(fa_article_get(a, FA_F_ID, NULL));   /* a fresh article */
    }
    fa_article_free(a);
}

static void bulk_build(int text_level)
{
    pipeline_opts o = {dbpath, NULL, NULL, 3, 50, text_level, NULL, NULL, {0, 0, NULL, 0, 0, 0, 0}};
    pipeline_stats st = {0};
    pipeline *p = NULL;
    char err[512];

    assert_int_equal(pipeline_open(&p, &o, err, sizeof err), FA_OK);
    assert_true(pipeline_is_bulk(p));
    put_range(p, 0, 500, "rivers");
    put_range(p, 100, 20, "mountains");   /* the same ids again */
    assert_int_equal(pipeline_close(p, 0, &st, err, sizeof err), FA_OK);
    assert_int_equal(st.added, 500);
    assert_int_equal(st.replaced + st.unchanged, 20);
    assert_int_equal(doccount(), 500);
    assert_int_equal(matches("mark0"), 1);
    assert_int_equal(matches("mark499"), 1);
    assert_int_equal(matches("mark500"), 0);
    /* The second copies replaced the first. */
    assert_int_equal(matches("mountains"), 20);
    assert_int_equal(matches("rivers"), 480);
}

static void test_pipeline_bulk_holds_all(void **state)
{
    (void)state;
    bulk_build(0);
}

static void test_pipeline_bulk_with_sample_holds_all(void **state)
{
    (void)state;
    bulk_build(FA_TEXT_LEVEL_DEFAULT);
}

static void test_pipeline_update_replaces(void **state)
{
    pipeline_opts o = {dbpath, NULL, NULL, 3, 7, 0, NULL, NULL, {0, 0, NULL, 0, 0, 0, 0}};
    pipeline_stats st = {0};
    pipeline *p = NULL;
    char err[512];
    (void)state;

    bulk_build(0);
    assert_int_equal(pipeline_open(&p, &o, err, sizeof err), FA_OK);
    assert_false(pipeline_is_bulk(p));
    put_range(p, 490, 20, "deserts");     /* 10 replaced, 10 new */
    assert_int_equal(pipeline_close(p, 0, &st, err, sizeof err), FA_OK);
    assert_int_equal(st.added, 10);
    assert_int_equal(st.replaced, 10);
    assert_int_equal(doccount(), 510);
    assert_int_equal(matches("deserts"), 20);
    assert_int_equal(matches("mark509"), 1);
}

/* What a pipeline's report callback was told. */
static int nreports;
static char last_report[1024];

static void on_report(void *ctx, const char *file, const char *msg)
{
    (void)ctx;
    nreports++;
    snprintf(last_report, sizeof last_report, "%s: %s", file ? file : "-", msg);
}

/* An article the index refuses (an id over FA_MAX_ID_BYTES, past the
 * ingest check) is reported with its id and counted as failed; the
 * articles around it are stored and the run goes on. */
static void refused_article(int threads, int bulk_first)
{
    pipeline_opts o = {dbpath, NULL, NULL, (unsigned)threads, 5, 0, on_report, NULL, {0, 0, NULL, 0, 0, 0, 0}};
    pipeline_stats st = {0};
    pipeline *p = NULL;
    fa_article *a = fa_article_new();
    char err[512], id[FA_MAX_ID_BYTES + 40];
    const char *text = "An article about the river, refused for its id.";
    unsigned long before = 0;

    if (bulk_first) {
        bulk_build(0);
        before = doccount();
    }
    nreports = 0;
    assert_int_equal(pipeline_open(&p, &o, err, sizeof err), FA_OK);
    assert_int_equal(pipeline_is_bulk(p), !bulk_first);
    put_range(p, 1000, 10, "lakes");
    memset(id, 'x', sizeof id - 1);
    id[sizeof id - 1] = '\0';
    memcpy(id, "longid", 6);
    assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
    assert_int_equal(pipeline_put(p, &a, "/in/put.jsonl", 0, err, sizeof err), FA_OK);
    fa_article_free(a);
    put_range(p, 1010, 10, "lakes");
    assert_int_equal(pipeline_close(p, 0, &st, err, sizeof err), FA_OK);
    assert_int_equal(st.failed, 1);
    assert_int_equal(st.added, 20);
    assert_int_equal(nreports, 1);
    assert_non_null(strstr(last_report, "/in/put.jsonl: article 'longidxxx"));
    assert_non_null(strstr(last_report, "skipped"));
    assert_int_equal(doccount(), before + 20);
    assert_int_equal(matches("lakes"), 20);
}

static void test_pipeline_bulk_refused_article_skipped(void **state)
{
    (void)state;
    refused_article(3, 0);
}

static void test_pipeline_update_refused_article_skipped(void **state)
{
    (void)state;
    refused_article(3, 1);
}

static void test_pipeline_second_writer_locked(void **state)
{
    pipeline_opts o = {dbpath, NULL, NULL, 2, 10, 0, NULL, NULL, {0, 0, NULL, 0, 0, 0, 0}};
    pipeline *p = NULL, *q = NULL;
    char err[512] = "";
    (void)state;

    assert_int_equal(pipeline_open(&p, &o, err, sizeof err), FA_OK);
    assert_int_equal(pipeline_open(&q, &o, err, sizeof err), FA_ELOCKED);
    assert_null(q);
    assert_true(err[0] != '\0');
    assert_int_equal(pipeline_close(p, 0, NULL, err, sizeof err), FA_OK);
}

int main(int argc, char **argv)
{
    (void)argc; (void)argv;
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_pipeline_bulk_holds_all),
        T(test_pipeline_bulk_with_sample_holds_all),
        T(test_pipeline_update_replaces),
        T(test_pipeline_second_writer_locked),
        T(test_pipeline_bulk_refused_article_skipped),
        T(test_pipeline_update_refused_article_skipped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
