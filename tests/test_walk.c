/* test_walk.c - indexer/walk.c: sorted recursive walk, relative paths,
 * symlinks (followed, loops reported once) and error reporting. Trees are
 * built at run time in a mkdtemp() folder, in an order that is not the
 * sorted one, so a walk that followed readdir() order would show.
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
#include <unistd.h>

#include "fa_error.h"
#include "../indexer/walk.h"

#define MAXSEEN 64

typedef struct {
    char   path[MAXSEEN][1024];
    char   rel[MAXSEEN][1024];
    size_t n;
    char   errpath[MAXSEEN][1024];
    char   errmsg[MAXSEEN][256];
    size_t nerr;
    size_t stop_after;   /* return FA_EIO at this file (1-based); 0 = never */
} seen;

static char tmpdir[512];

static int on_file(void *ctx, const char *path, const char *rel)
{
    seen *s = ctx;
    if (s->n == MAXSEEN)
        return FA_ERROR;   /* a runaway walk ends the test */
    snprintf(s->path[s->n], sizeof s->path[0], "%s", path);
    snprintf(s->rel[s->n], sizeof s->rel[0], "%s", rel);
    s->n++;
    return s->stop_after && s->n == s->stop_after ? FA_EIO : FA_OK;
}

static void on_error(void *ctx, const char *path, const char *msg)
{
    seen *s = ctx;
    if (s->nerr == MAXSEEN)
        return;
    snprintf(s->errpath[s->nerr], sizeof s->errpath[0], "%s", path);
    snprintf(s->errmsg[s->nerr], sizeof s->errmsg[0], "%s", msg);
    s->nerr++;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

/* A fresh, empty tree root for each test. */
static int setup(void **state)
{
    const char *t = getenv("TMPDIR");
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-walk-XXXXXX", t && *t ? t : "/tmp");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static const char *at(const char *rel)
{
    static char p[4][1024];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", tmpdir, rel);
    return p[k];
}

static void mkfile(const char *rel)
{
    FILE *f = fopen(at(rel), "w");
    assert_non_null(f);
    fputs("x\n", f);
    assert_int_equal(fclose(f), 0);
}

static void mkfolder(const char *rel)
{
    assert_int_equal(mkdir(at(rel), 0755), 0);
}

static void mklink(const char *target, const char *rel)
{
    assert_int_equal(symlink(target, at(rel)), 0);
}

static void expect_rels(const seen *s, const char *const *want, size_t n)
{
    for (size_t i = 0; i < s->n && i < n; i++)
        if (strcmp(s->rel[i], want[i]) != 0)
            fail_msg("file %zu is '%s', want '%s'", i, s->rel[i], want[i]);
    if (s->n != n)
        fail_msg("%zu files walked, want %zu", s->n, n);
}

static void make_nested_tree(void)
{
    /* created in an unsorted order */
    mkfile("zeta.txt");
    mkfolder("b");
    mkfile("b/2.txt");
    mkfolder("c");
    mkfolder("c/d");
    mkfile("c/d/e.jsonl");
    mkfile("a.txt");
    mkfile("b/10.txt");
    mkfile("B.txt");
    mkfile("b/1.txt");
    mkfolder("c/a");
    mkfile("c/a/z.txt");
    mkfile("c/y.txt");
}

static const char *const nested_sorted[] = {
    "B.txt", "a.txt", "b/1.txt", "b/10.txt", "b/2.txt",
    "c/a/z.txt", "c/d/e.jsonl", "c/y.txt", "zeta.txt",
};
#define NNESTED (sizeof nested_sorted / sizeof nested_sorted[0])

static void test_walk_sorted_nested(void **state)
{
    seen s = {0};
    (void)state;

    make_nested_tree();
    assert_int_equal(walk(tmpdir, on_file, on_error, &s), FA_OK);
    expect_rels(&s, nested_sorted, NNESTED);
    assert_int_equal(s.nerr, 0);
    /* path is the root joined with rel */
    for (size_t i = 0; i < s.n; i++)
        assert_string_equal(s.path[i], at(nested_sorted[i]));
}

static void test_walk_root_with_trailing_slash(void **state)
{
    seen s = {0};
    char root[1100];
    (void)state;

    make_nested_tree();
    snprintf(root, sizeof root, "%s/", tmpdir);
    assert_int_equal(walk(root, on_file, on_error, &s), FA_OK);
    expect_rels(&s, nested_sorted, NNESTED);
    assert_string_equal(s.path[0], at("B.txt"));   /* no "//" */
}

static void test_walk_subfolder_rel(void **state)
{
    seen s = {0};
    static const char *const want[] = {"d/e.jsonl", "y.txt"};
    (void)state;

    mkfolder("c");
    mkfile("c/y.txt");
    mkfolder("c/d");
    mkfile("c/d/e.jsonl");
    assert_int_equal(walk(at("c"), on_file, on_error, &s), FA_OK);
    expect_rels(&s, want, 2);
    assert_string_equal(s.path[0], at("c/d/e.jsonl"));
}

static void test_walk_file_root(void **state)
{
    seen s = {0};
    (void)state;

    mkfolder("sub");
    mkfile("sub/one.txt");
    assert_int_equal(walk(at("sub/one.txt"), on_file, on_error, &s), FA_OK);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.rel[0], "one.txt");
    assert_string_equal(s.path[0], at("sub/one.txt"));
}

static void test_walk_file_root_relative(void **state)
{
    seen s = {0};
    char cwd[1024];
    (void)state;

    mkfile("plain.txt");
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(tmpdir), 0);
    int rc = walk("plain.txt", on_file, on_error, &s);
    assert_int_equal(chdir(cwd), 0);
    assert_int_equal(rc, FA_OK);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.rel[0], "plain.txt");
    assert_string_equal(s.path[0], "plain.txt");
}

static void test_walk_symlink_loop(void **state)
{
    seen s = {0};
    static const char *const want[] = {"a/f.txt", "g.txt"};
    (void)state;

    mkfolder("a");
    mkfile("a/f.txt");
    mklink("..", "a/up");       /* back to the root */
    mklink(".", "a/self");      /* to itself */
    mkfile("g.txt");
    assert_int_equal(walk(tmpdir, on_file, on_error, &s), FA_OK);
    expect_rels(&s, want, 2);
    assert_int_equal(s.nerr, 2);
    /* sorted: a/self before a/up */
    assert_string_equal(s.errpath[0], at("a/self"));
    assert_string_equal(s.errpath[1], at("a/up"));
    assert_true(strlen(s.errmsg[0]) > 0);
}

static void test_walk_symlink_followed(void **state)
{
    seen s = {0};
    static const char *const want[] = {"link/in.txt", "real/in.txt"};
    (void)state;

    mkfolder("real");
    mkfile("real/in.txt");
    mklink("real", "link");
    assert_int_equal(walk(tmpdir, on_file, on_error, &s), FA_OK);
    expect_rels(&s, want, 2);
    assert_int_equal(s.nerr, 0);
}

static void test_walk_dangling_link_reported(void **state)
{
    seen s = {0};
    static const char *const want[] = {"a.txt", "z.txt"};
    (void)state;

    mkfile("z.txt");
    mklink("nowhere", "m.txt");
    mkfile("a.txt");
    assert_int_equal(walk(tmpdir, on_file, on_error, &s), FA_OK);
    expect_rels(&s, want, 2);
    assert_int_equal(s.nerr, 1);
    assert_string_equal(s.errpath[0], at("m.txt"));
}

static void test_walk_missing_root(void **state)
{
    seen s = {0};
    (void)state;

    assert_int_equal(walk(at("no-such-folder"), on_file, on_error, &s), FA_ENOTFOUND);
    assert_int_equal(s.n, 0);
    assert_int_equal(s.nerr, 1);
    assert_string_equal(s.errpath[0], at("no-such-folder"));
    assert_true(strlen(s.errmsg[0]) > 0);
}

static void test_walk_callback_stops(void **state)
{
    seen s = {0};
    (void)state;

    make_nested_tree();
    s.stop_after = 3;
    assert_int_equal(walk(tmpdir, on_file, on_error, &s), FA_EIO);
    assert_int_equal(s.n, 3);
    assert_string_equal(s.rel[2], "b/1.txt");
}

static void test_walk_empty_folder(void **state)
{
    seen s = {0};
    (void)state;

    mkfolder("empty");
    assert_int_equal(walk(at("empty"), on_file, on_error, &s), FA_OK);
    assert_int_equal(s.n, 0);
    assert_int_equal(s.nerr, 0);
}

/* An argument runs only the tests whose names match it (a glob). */
int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
        T(test_walk_sorted_nested),
        T(test_walk_root_with_trailing_slash),
        T(test_walk_subfolder_rel),
        T(test_walk_file_root),
        T(test_walk_file_root_relative),
        T(test_walk_symlink_loop),
        T(test_walk_symlink_followed),
        T(test_walk_dangling_link_reported),
        T(test_walk_missing_root),
        T(test_walk_callback_stops),
        T(test_walk_empty_folder),
#undef T
    };
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
