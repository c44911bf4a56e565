/* test_bulk.c - indexer/bulk.c: what a killed bulk build leaves beside
 * the target is recovered into it, leftovers are removed, and folders of
 * ANOTHER index whose name matches only as a glob pattern ("idx[0-9]"
 * for "idx1") are never touched. Each case builds real indexes in a
 * mkdtemp() folder.
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
#include "../indexer/bulk.h"

static char tmpdir[512];

static const char *at(const char *name)
{
    static char buf[4][1024];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", tmpdir, name);
    return buf[i];
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* An fa index at 'path' holding articles "<prefix>-0" .. "<prefix>-<n-1>". */
static void build(const char *path, const char *prefix, int n)
{
    fa_db *db = NULL;
    fa_article *a = fa_article_new();
    char err[512];

    assert_non_null(a);
    assert_int_equal(fa_db_open(&db, path, FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    for (int i = 0; i < n; i++) {
        char id[64];
        snprintf(id, sizeof id, "%s-%d", prefix, i);
        fa_article_clear(a);
        assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
        assert_int_equal(fa_article_set(a, FA_F_TEXT, "a wombat", 8), FA_OK);
        assert_int_equal(fa_db_put(db, a, NULL, NULL), FA_OK);
    }
    assert_int_equal(fa_db_close(db, err, sizeof err), FA_OK);
    fa_article_free(a);
}

static unsigned long doccount(const char *path)
{
    fa_db *db = NULL;
    unsigned long n = 0;
    char err[512];
    assert_int_equal(fa_db_open(&db, path, FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_doccount(db, &n), FA_OK);
    fa_db_close(db, NULL, 0);
    return n;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-bulk.XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Recover into target 'name' (opened empty for writing, as the pipeline
 * does); returns what bulk_recover says and leaves *n the count. */
static int recover(const char *name, unsigned long *n)
{
    fa_db *target = NULL;
    char err[512];
    int rc;

    assert_int_equal(fa_db_open(&target, at(name), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    rc = bulk_recover(&target, at(name), NULL, n, err, sizeof err);
    assert_non_null(target);   /* open (reopened) either way on FA_OK */
    fa_db_close(target, NULL, 0);
    return rc;
}

static void test_bulk_tmp_path_names(void **state)
{
    char *p = NULL;
    (void)state;
    assert_int_equal(bulk_tmp_path(&p, "/x/db", 42, 3), FA_OK);
    assert_string_equal(p, "/x/db.fa-tmp.42.3");
    free(p);
}

static void test_bulk_recover_merges_killed_run(void **state)
{
    unsigned long n = 99;
    (void)state;

    build(at("db.fa-tmp.12345.0"), "w0", 3);
    build(at("db.fa-tmp.12345.1"), "w1", 2);
    build(at("db.fa-tmp.777.0"), "w2", 0);    /* empty: removed, not merged */
    assert_int_equal(recover("db", &n), FA_OK);
    assert_int_equal(n, 5);
    assert_int_equal(doccount(at("db")), 5);
    assert_false(exists(at("db.fa-tmp.12345.0")));
    assert_false(exists(at("db.fa-tmp.12345.1")));
    assert_false(exists(at("db.fa-tmp.777.0")));
}

static void test_bulk_recover_nothing_left(void **state)
{
    unsigned long n = 99;
    (void)state;
    assert_int_equal(recover("db", &n), FA_OK);
    assert_int_equal(n, 0);
    assert_int_equal(doccount(at("db")), 0);
}

/* The names of other indexes that a glob built from the target's name
 * would match are left alone, and so are names we never write. */
static void test_bulk_recover_leaves_glob_lookalikes(void **state)
{
    static const char *const others[] = {
        "idx1.fa-tmp.1.0",        /* idx[0-9] as a bracket expression */
        "idxA.fa-tmp.1.0",        /* idx? */
        "idx[0-9]x.fa-tmp.1.0",   /* a longer name */
        "idx[0-9].fa-tmp.1.0.old",/* not one of ours: <pid>.<n> only */
    };
    unsigned long n = 99;
    (void)state;

    for (size_t i = 0; i < sizeof others / sizeof *others; i++)
        build(at(others[i]), "other", 1);
    build(at("idx[0-9].fa-tmp.5.0"), "mine", 2);
    assert_int_equal(recover("idx[0-9]", &n), FA_OK);
    assert_int_equal(n, 2);
    assert_int_equal(doccount(at("idx[0-9]")), 2);
    assert_false(exists(at("idx[0-9].fa-tmp.5.0")));
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        assert_true(exists(at(others[i])));
        assert_int_equal(doccount(at(others[i])), 1);
    }
    n = 99;
    assert_int_equal(recover("idx?", &n), FA_OK);
    assert_int_equal(n, 0);
    assert_true(exists(at("idxA.fa-tmp.1.0")));
}

static void test_bulk_remove_leftovers_exact_names(void **state)
{
    (void)state;
    assert_int_equal(mkdir(at("db.fa-new.10"), 0700), 0);
    assert_int_equal(mkdir(at("db.fa-old.11"), 0700), 0);
    assert_int_equal(mkdir(at("db.fa-tmp.12.0"), 0700), 0);
    assert_int_equal(mkdir(at("d?.fa-new.10"), 0700), 0);
    assert_int_equal(mkdir(at("dbx.fa-new.10"), 0700), 0);
    assert_int_equal(mkdir(at("db.fa-new.10x"), 0700), 0);

    bulk_remove_leftovers(at("db"), 0);
    assert_false(exists(at("db.fa-new.10")));
    assert_false(exists(at("db.fa-old.11")));
    assert_true(exists(at("db.fa-tmp.12.0")));   /* not without with_tmp */
    bulk_remove_leftovers(at("d?"), 1);
    assert_false(exists(at("d?.fa-new.10")));
    assert_true(exists(at("db.fa-tmp.12.0")));
    assert_true(exists(at("dbx.fa-new.10")));
    assert_true(exists(at("db.fa-new.10x")));
    bulk_remove_leftovers(at("db"), 1);
    assert_false(exists(at("db.fa-tmp.12.0")));
}

/* A path with no folder part lists the current folder. */
static void test_bulk_remove_leftovers_relative(void **state)
{
    char cwd[1024];
    (void)state;
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(tmpdir), 0);
    assert_int_equal(mkdir("rel.fa-old.3", 0700), 0);
    bulk_remove_leftovers("rel", 0);
    assert_false(exists("rel.fa-old.3"));
    assert_int_equal(chdir(cwd), 0);
}

int main(int argc, char **argv)
{
    (void)argc; (void)argv;
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_bulk_tmp_path_names),
        T(test_bulk_recover_merges_killed_run),
        T(test_bulk_recover_nothing_left),
        T(test_bulk_recover_leaves_glob_lookalikes),
        T(test_bulk_remove_leftovers_exact_names),
        T(test_bulk_remove_leftovers_relative),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
