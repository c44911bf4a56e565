/* test_input.c - indexer/input.c: line and whole-file reading of plain and
 * gzip files (and standard input) through zlib, with the max_bytes bound.
 * Every fixture is written at run time into a mkdtemp() folder.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "fa_error.h"
#include "../indexer/input.h"

static char tmpdir[512];
/* What the running test owns, released by teardown even when it fails. */
static input *cur;      /* the last reader opened by open_ok()     */
static char  *owned;    /* the last buffer made by big_content() or noise() */

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int group_setup(void **state)
{
    const char *t = getenv("TMPDIR");
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-input-XXXXXX", t && *t ? t : "/tmp");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int teardown(void **state)
{
    (void)state;
    input_close(cur);
    cur = NULL;
    free(owned);
    owned = NULL;
    return 0;
}

static const char *path_of(const char *name)
{
    static char p[1024];
    snprintf(p, sizeof p, "%s/%s", tmpdir, name);
    return p;
}

/* A literal's bytes, without its terminating NUL. */
#define LIT(s) s, sizeof(s) - 1

static const char *write_file(const char *name, const void *data, size_t len)
{
    const char *p = path_of(name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    return p;
}

static const char *write_gz(const char *name, const void *data, size_t len)
{
    const char *p = path_of(name);
    gzFile g = gzopen(p, "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, data, (unsigned)len), (int)len);
    assert_int_equal(gzclose(g), Z_OK);
    return p;
}

static input *open_ok(const char *path, size_t max)
{
    input *in = NULL;
    char err[256] = "";
    int rc = input_open(&in, path, max, err, sizeof err);
    if (rc != FA_OK)
        fail_msg("input_open(%s): %d %s", path, rc, err);
    assert_non_null(in);
    input_close(cur);   /* one reader at a time */
    cur = in;
    return in;
}

/* The next line must be 'want'. */
static void expect_line(input *in, const char *want)
{
    const char *line = NULL;
    size_t len = 0;
    char err[256] = "";
    int rc = input_line(in, &line, &len, err, sizeof err);
    if (rc != 1)
        fail_msg("input_line gave %d (%s), want line '%s'", rc, err, want);
    assert_int_equal(len, strlen(want));
    assert_memory_equal(line, want, len);
    assert_int_equal(line[len], '\0');
}

static void expect_end(input *in)
{
    const char *line = NULL;
    size_t len = 0;
    char err[256] = "";
    int rc = input_line(in, &line, &len, err, sizeof err);
    if (rc != 0)
        fail_msg("input_line gave %d, want the end (line '%.*s')", rc,
                 rc == 1 ? (int)len : 0, rc == 1 ? line : "");
}

/* Line i of the big fixture: lengths vary so that lines straddle reads. */
static size_t big_line(char *buf, size_t cap, unsigned i)
{
    int n = snprintf(buf, cap, "line %06u ", i);
    size_t len = (size_t)n, extra = (i * 37u) % 181u;
    for (size_t k = 0; k < extra && len + 1 < cap; k++)
        buf[len++] = (char)('a' + (i + k) % 26);
    buf[len] = '\0';
    return len;
}

#define BIG_LINES 8000u   /* about 850 KB */

static char *big_content(size_t *len)
{
    size_t cap = BIG_LINES * 200, n = 0;
    char *data = malloc(cap), line[256];
    assert_non_null(data);
    for (unsigned i = 0; i < BIG_LINES; i++) {
        size_t l = big_line(line, sizeof line, i);
        memcpy(data + n, line, l);
        n += l;
        data[n++] = '\n';
    }
    *len = n;
    free(owned);
    owned = data;
    return data;
}

static void read_big(input *in)
{
    char want[256];
    for (unsigned i = 0; i < BIG_LINES; i++) {
        big_line(want, sizeof want, i);
        expect_line(in, want);
    }
    expect_end(in);
}

static void test_input_lines_across_chunks(void **state)
{
    size_t len;
    char *data = big_content(&len);
    const char *p;
    input *in;
    (void)state;

    assert_true(len > 600 * 1024);
    p = write_file("big.jsonl", data, len);
    in = open_ok(p, 0);
    read_big(in);
    assert_int_equal(input_offset(in), len);
    expect_end(in);   /* stays at the end */
}

/* input_head looks without consuming; input_take hands out exactly the
 * bytes asked for, across refills, in order with lines (the WARC reader
 * mixes them), and fewer only at the end. */
static void test_input_head_and_take(void **state)
{
    size_t len, got, at = 0;
    char *data = big_content(&len);
    const char *p, *d;
    char err[256];
    input *in;
    (void)state;

    p = write_gz("take.warc.gz", data, len);
    in = open_ok(p, 0);
    assert_int_equal(input_head(in, &d, &got, 10, err, sizeof err), FA_OK);
    assert_true(got >= 10);
    assert_memory_equal(d, data, 10);
    assert_int_equal(input_offset(in), 0);
    /* pieces of awkward sizes, one of them larger than the reader's chunk */
    static const size_t sizes[] = {1, 7, 300000, 4096, 123457};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        assert_int_equal(input_take(in, &d, &got, sizes[i], err, sizeof err), FA_OK);
        assert_int_equal(got, sizes[i]);
        assert_memory_equal(d, data + at, got);
        at += got;
        assert_int_equal(input_offset(in), at);
    }
    const char *line;
    size_t ll;
    assert_int_equal(input_line(in, &line, &ll, err, sizeof err), 1);
    const char *nl = memchr(data + at, '\n', len - at);
    assert_non_null(nl);
    assert_int_equal(ll, (size_t)(nl - (data + at)) - (ll && nl[-1] == '\r'));
    at = (size_t)(nl - data) + 1;
    assert_int_equal(input_take(in, &d, &got, len, err, sizeof err), FA_OK);
    assert_int_equal(got, len - at);   /* fewer: the end came first */
    assert_memory_equal(d, data + at, got);
    assert_int_equal(input_take(in, &d, &got, 5, err, sizeof err), FA_OK);
    assert_int_equal(got, 0);
}

static void test_input_crlf_stripped(void **state)
{
    const char *p = write_file("crlf.txt", LIT("one\r\ntwo\r\n\r\nfour\rx\n"));
    input *in = open_ok(p, 0);
    (void)state;

    expect_line(in, "one");
    expect_line(in, "two");
    expect_line(in, "");
    expect_line(in, "four\rx");   /* only a CR before the newline goes */
    expect_end(in);
}

static void test_input_last_line_without_newline(void **state)
{
    const char *p = write_file("nonl.txt", LIT("first\nlast"));
    input *in = open_ok(p, 0);
    (void)state;

    expect_line(in, "first");
    expect_line(in, "last");
    expect_end(in);

    p = write_file("onenl.txt", LIT("only\n"));
    in = open_ok(p, 0);
    expect_line(in, "only");
    expect_end(in);   /* no empty line after the final newline */

    p = write_file("crnonl.txt", LIT("a\nb\r"));
    in = open_ok(p, 0);
    expect_line(in, "a");
    expect_line(in, "b");
    expect_end(in);
}

static void test_input_empty_file(void **state)
{
    const char *p = write_file("empty.txt", LIT(""));
    const char *data = NULL;
    size_t len = 99;
    char err[256];
    input *in = open_ok(p, 0);
    (void)state;

    expect_end(in);
    in = open_ok(p, 0);
    assert_int_equal(input_all(in, &data, &len, err, sizeof err), FA_OK);
    assert_int_equal(len, 0);
    assert_string_equal(data, "");
}

/* A line over max_bytes that fits in one read. */
static void test_input_long_line_skipped(void **state)
{
    char data[256], err[256] = "";
    const char *line, *p;
    size_t n = 0, len;
    input *in;
    (void)state;

    n += (size_t)snprintf(data + n, sizeof data - n, "short\n");
    memset(data + n, 'x', 100);
    n += 100;
    n += (size_t)snprintf(data + n, sizeof data - n, "\nafter\n");
    p = write_file("long-small.jsonl", data, n);

    in = open_ok(p, 16);
    expect_line(in, "short");
    assert_int_equal(input_line(in, &line, &len, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);
    expect_line(in, "after");
    expect_end(in);
}

/* A line over max_bytes that is longer than any one read. */
static void test_input_huge_line_skipped(void **state)
{
    size_t huge = 700 * 1024, n = 0;
    char *data = malloc(huge + 64), err[256] = "";
    const char *line, *p;
    size_t len;
    input *in;
    (void)state;

    assert_non_null(data);
    owned = data;
    memcpy(data, "before\n", 7);
    n = 7;
    memset(data + n, 'y', huge);
    n += huge;
    memcpy(data + n, "\nafter\nend", 10);
    n += 10;
    p = write_file("long-huge.jsonl", data, n);

    in = open_ok(p, 1000);
    expect_line(in, "before");
    assert_int_equal(input_line(in, &line, &len, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);
    expect_line(in, "after");
    expect_line(in, "end");
    expect_end(in);
}

/* Exactly max_bytes is still allowed. */
static void test_input_line_at_limit(void **state)
{
    const char *p = write_file("limit.jsonl", LIT("0123456789\nab\n"));
    input *in = open_ok(p, 10);
    (void)state;

    expect_line(in, "0123456789");
    expect_line(in, "ab");
    expect_end(in);
}

static void test_input_gzip(void **state)
{
    size_t len;
    char *data = big_content(&len);
    const char *p = write_gz("big.jsonl.gz", data, len), *all;
    size_t alen;
    char err[256];
    input *in;
    (void)state;

    in = open_ok(p, 0);
    read_big(in);
    assert_int_equal(input_offset(in), len);

    in = open_ok(p, 0);
    assert_int_equal(input_all(in, &all, &alen, err, sizeof err), FA_OK);
    assert_int_equal(alen, len);
    assert_memory_equal(all, data, len);
    assert_int_equal(all[alen], '\0');
}

/* Bytes that do not compress, from a fixed seed. */
static char *noise(size_t len)
{
    char *d = malloc(len);
    uint32_t x = 12345;
    assert_non_null(d);
    for (size_t i = 0; i < len; i++) {
        x = x * 1103515245u + 12345u;
        d[i] = (i % 80 == 79) ? '\n' : (char)('!' + (x >> 16) % 90);
    }
    free(owned);
    owned = d;
    return d;
}

static void test_input_truncated_gzip(void **state)
{
    size_t len = 400 * 1024, got = 0;
    char *data = noise(len), err[256] = "";
    const char *p = write_gz("cut.jsonl.gz", data, len), *line, *all;
    struct stat st;
    size_t llen;
    int rc;
    input *in;
    (void)state;

    assert_int_equal(stat(p, &st), 0);
    assert_int_equal(truncate(p, st.st_size / 2), 0);

    in = open_ok(p, 0);
    while ((rc = input_line(in, &line, &llen, err, sizeof err)) == 1)
        got += llen + 1;
    assert_int_equal(rc, FA_EIO);
    assert_true(strlen(err) > 0);
    assert_true(got < len);

    in = open_ok(p, 0);
    err[0] = '\0';
    assert_int_equal(input_all(in, &all, &llen, err, sizeof err), FA_EIO);
    assert_true(strlen(err) > 0);
}

static void test_input_plain_named_gz_refused(void **state)
{
    const char *p = write_file("plain.jsonl.gz", LIT("{\"id\":\"x\"}\n"));
    input *in = (input *)&in;   /* must be reset to NULL */
    char err[256] = "";
    (void)state;

    assert_int_equal(input_open(&in, p, 0, err, sizeof err), FA_EIO);
    assert_null(in);
    assert_true(strlen(err) > 0);
}

static void test_input_missing_file(void **state)
{
    input *in = (input *)&in;
    char err[256] = "";
    (void)state;

    assert_int_equal(input_open(&in, path_of("no-such-file.txt"), 0, err, sizeof err), FA_EIO);
    assert_null(in);
    assert_true(strlen(err) > 0);
    input_close(NULL);   /* harmless */
}

static void test_input_all_with_limit(void **state)
{
    char data[100], err[256] = "";
    const char *p, *all;
    size_t len;
    input *in;
    (void)state;

    memset(data, 'z', sizeof data);
    p = write_file("hundred.txt", data, sizeof data);

    in = open_ok(p, 50);
    assert_int_equal(input_all(in, &all, &len, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);

    in = open_ok(p, 100);
    assert_int_equal(input_all(in, &all, &len, err, sizeof err), FA_OK);
    assert_int_equal(len, 100);
    assert_memory_equal(all, data, 100);
    assert_int_equal(all[100], '\0');

    in = open_ok(p, 0);
    assert_int_equal(input_all(in, &all, &len, err, sizeof err), FA_OK);
    assert_int_equal(len, 100);
    assert_int_equal(input_offset(in), 100);
}

static void test_input_all_big_file(void **state)
{
    size_t len, alen;
    char *data = big_content(&len), err[256];
    const char *p = write_file("big-all.txt", data, len), *all;
    input *in;
    (void)state;

    in = open_ok(p, len - 1);
    assert_int_equal(input_all(in, &all, &alen, err, sizeof err), FA_EINVAL);
    in = open_ok(p, len);
    assert_int_equal(input_all(in, &all, &alen, err, sizeof err), FA_OK);
    assert_int_equal(alen, len);
    assert_memory_equal(all, data, len);
}

/* Lines first, then the rest as a whole. */
static void test_input_line_then_all(void **state)
{
    const char *p = write_file("mixed.txt", LIT("head\nrest one\nrest two\n")), *all;
    size_t len;
    char err[256];
    input *in = open_ok(p, 0);
    (void)state;

    expect_line(in, "head");
    assert_int_equal(input_all(in, &all, &len, err, sizeof err), FA_OK);
    assert_int_equal(len, 18);
    assert_string_equal(all, "rest one\nrest two\n");
    assert_int_equal(input_offset(in), 23);
}

/* Bytes already buffered by input_peek count against the limit of
 * input_all (found by fuzz_gzip: a small stdin article escaped it). */
static void test_input_peek_then_all_bound(void **state)
{
    const char *p = write_file("small.txt", LIT("  A body that is over ten bytes\n"));
    input *in = open_ok(p, 10);
    const char *data;
    size_t len;
    char err[256] = "";
    (void)state;

    assert_int_equal(input_peek(in, err, sizeof err), 'A');
    assert_int_equal(input_all(in, &data, &len, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "--max-article-bytes"));
}

/* Standard input is read as plain text, as it arrives (gzip: use zcat). */
static void test_input_stdin(void **state)
{
    const char *p = write_file("stdin.jsonl", LIT("from\nstdin\n"));
    int saved = dup(0), fd = open(p, O_RDONLY);
    input *in;
    (void)state;

    assert_true(saved >= 0 && fd >= 0);
    assert_true(dup2(fd, 0) == 0);
    close(fd);
    in = open_ok("-", 0);
    expect_line(in, "from");
    expect_line(in, "stdin");
    expect_end(in);
    assert_true(dup2(saved, 0) == 0);
    close(saved);
}

/* An argument runs only the tests whose names match it (a glob). */
int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_input_lines_across_chunks, teardown),
        cmocka_unit_test_teardown(test_input_crlf_stripped, teardown),
        cmocka_unit_test_teardown(test_input_last_line_without_newline, teardown),
        cmocka_unit_test_teardown(test_input_empty_file, teardown),
        cmocka_unit_test_teardown(test_input_long_line_skipped, teardown),
        cmocka_unit_test_teardown(test_input_huge_line_skipped, teardown),
        cmocka_unit_test_teardown(test_input_line_at_limit, teardown),
        cmocka_unit_test_teardown(test_input_gzip, teardown),
        cmocka_unit_test_teardown(test_input_truncated_gzip, teardown),
        cmocka_unit_test_teardown(test_input_plain_named_gz_refused, teardown),
        cmocka_unit_test_teardown(test_input_missing_file, teardown),
        cmocka_unit_test_teardown(test_input_head_and_take, teardown),
        cmocka_unit_test_teardown(test_input_all_with_limit, teardown),
        cmocka_unit_test_teardown(test_input_all_big_file, teardown),
        cmocka_unit_test_teardown(test_input_line_then_all, teardown),
        cmocka_unit_test_teardown(test_input_stdin, teardown),
        cmocka_unit_test_teardown(test_input_peek_then_all_bound, teardown),
    };
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
