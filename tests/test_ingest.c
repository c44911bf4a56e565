/* test_ingest.c - indexer/ingest.c: the per-article rules (date repair,
 * id limits, --shard routing), and reading files and folders into
 * articles through the caller's put and report callbacks, with no index.
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
#include "fa_fields.h"
#include "fa_hash.h"
#include "../indexer/article.h"
#include "../indexer/ingest.h"

#define MAXSEEN 32

typedef struct {
    char   ids[MAXSEEN][FA_MAX_ID_BYTES + 8];
    char   dates[MAXSEEN][32];
    size_t nput;
    char   where[MAXSEEN][512];   /* "path:line: msg" or ": msg" */
    size_t nreport;
    int    put_rc;                /* what put returns */
} seen;

static char tmpdir[512];

static void on_report(void *ctx, const char *path, size_t line, const char *msg)
{
    seen *s = ctx;
    if (s->nreport < MAXSEEN)
        snprintf(s->where[s->nreport++], sizeof s->where[0], "%s:%zu: %s",
                 path ? strrchr(path, '/') ? strrchr(path, '/') + 1 : path : "", line, msg);
}

static int on_put(void *ctx, fa_article **a, const char *file, char *errbuf, size_t errlen)
{
    seen *s = ctx;
    const char *v;
    (void)file;
    if (s->put_rc < 0) {
        snprintf(errbuf, errlen, "the index is gone");
        return s->put_rc;
    }
    if (s->nput < MAXSEEN) {
        v = fa_article_get(*a, FA_F_ID, NULL);
        snprintf(s->ids[s->nput], sizeof s->ids[0], "%s", v ? v : "");
        v = fa_article_get(*a, FA_F_DATE, NULL);
        snprintf(s->dates[s->nput], sizeof s->dates[0], "%s", v ? v : "-");
        s->nput++;
    }
    fa_article_clear(*a);   /* handed over and given back empty */
    return FA_OK;
}

static ingest *new_ingest(seen *s, unsigned long shard, unsigned long nshards)
{
    ingest_opts o = {"auto", 0, shard, nshards, on_put, on_report, NULL, s, NULL};
    ingest *ix = NULL;
    assert_int_equal(ingest_new(&ix, &o), FA_OK);
    return ix;
}

static fa_article *article(const char *id, const char *date)
{
    fa_article *a = fa_article_new();
    assert_non_null(a);
    if (id)
        assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
    if (date)
        assert_int_equal(fa_article_set(a, FA_F_DATE, date, strlen(date)), FA_OK);
    return a;
}

static void write_file(const char *rel, const char *text)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-test-ingest.XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ------------------------------------------------------ article rules */

static void test_check_article_bad_date_kept_as_given(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    fa_article *a = article("a1", "31/12/2020");
    ingest_counts n;
    size_t len = 0;
    (void)state;

    assert_int_equal(ingest_check_article(ix, a, "/x/in.jsonl", 4, 0), INGEST_KEEP);
    assert_null(fa_article_get(a, FA_F_DATE, NULL));
    const char *given = fa_article_get(a, "date_as_given", &len);
    assert_non_null(given);
    assert_memory_equal(given, "31/12/2020", 10);
    assert_int_equal(len, 10);
    assert_int_equal(s.nreport, 1);
    assert_non_null(strstr(s.where[0], "in.jsonl:4: date '31/12/2020': not a date in a form fa reads"));
    ingest_get_counts(ix, &n);
    assert_int_equal(n.warnings, 1);
    assert_int_equal(n.failed, 0);
    fa_article_free(a);
    ingest_free(ix);
}

static void test_check_article_good_date_untouched(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    fa_article *a = article("a1", "2020-05");
    (void)state;

    assert_int_equal(ingest_check_article(ix, a, "in.txt", 0, 0), INGEST_KEEP);
    assert_string_equal(fa_article_get(a, FA_F_DATE, NULL), "2020-05");
    assert_null(fa_article_get(a, "date_as_given", NULL));
    assert_int_equal(s.nreport, 0);
    fa_article_free(a);
    ingest_free(ix);
}

/* Issue 12: a date-time keeps its day in the date and the whole as the
 * field "timestamp"; a header form becomes YYYY-MM-DD; an impossible
 * date names what is wrong. */
static void test_check_article_datetime_kept_as_timestamp(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    fa_article *a = article("a1", "1987-02-26T15:01:01.79");
    fa_article *b = article("b1", "Sept. 23, 2021");
    fa_article *c = article("c1", "2024-02-30");
    (void)state;

    assert_int_equal(ingest_check_article(ix, a, "in.jsonl", 1, 0), INGEST_KEEP);
    assert_string_equal(fa_article_get(a, FA_F_DATE, NULL), "1987-02-26");
    assert_string_equal(fa_article_get(a, FA_F_TIMESTAMP, NULL), "1987-02-26T15:01:01.79");
    assert_int_equal(ingest_check_article(ix, b, "in.jsonl", 2, 0), INGEST_KEEP);
    assert_string_equal(fa_article_get(b, FA_F_DATE, NULL), "2021-09-23");
    assert_null(fa_article_get(b, FA_F_TIMESTAMP, NULL));
    assert_int_equal(s.nreport, 0);
    assert_int_equal(ingest_check_article(ix, c, "in.jsonl", 3, 0), INGEST_KEEP);
    assert_null(fa_article_get(c, FA_F_DATE, NULL));
    assert_string_equal(fa_article_get(c, "date_as_given", NULL), "2024-02-30");
    assert_int_equal(s.nreport, 1);
    assert_non_null(strstr(s.where[0], "in.jsonl:3: date '2024-02-30': no such day (30): February 2024 has 29 days"));
    fa_article_free(a);
    fa_article_free(b);
    fa_article_free(c);
    ingest_free(ix);
}

static void test_check_article_repairs_are_warnings(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    fa_article *a = article("a1", NULL);
    ingest_counts n;
    (void)state;

    assert_int_equal(ingest_check_article(ix, a, "in.txt", 0,
                                          ARTICLE_FIXED_UTF8 | ARTICLE_FIXED_CONTROL), INGEST_KEEP);
    ingest_get_counts(ix, &n);
    assert_int_equal(n.warnings, 2);
    assert_int_equal(s.nreport, 2);
    assert_non_null(strstr(s.where[0], "invalid UTF-8"));
    assert_non_null(strstr(s.where[1], "control characters"));
    fa_article_free(a);
    ingest_free(ix);
}

static void test_check_article_refuses_bad_ids(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    char longest[FA_MAX_ID_BYTES + 2];
    ingest_counts n;
    (void)state;

    memset(longest, 'x', sizeof longest - 1);
    longest[FA_MAX_ID_BYTES] = '\0';          /* exactly the limit: kept */
    fa_article *ok = article(longest, NULL);
    assert_int_equal(ingest_check_article(ix, ok, "in.txt", 0, 0), INGEST_KEEP);
    longest[FA_MAX_ID_BYTES] = 'x';           /* one byte more: refused */
    longest[FA_MAX_ID_BYTES + 1] = '\0';
    fa_article *over = article(longest, NULL);
    assert_int_equal(ingest_check_article(ix, over, "in.txt", 0, 0), INGEST_REFUSED);
    fa_article *empty = article("", NULL);
    assert_int_equal(ingest_check_article(ix, empty, "in.txt", 0, 0), INGEST_REFUSED);
    ingest_get_counts(ix, &n);
    assert_int_equal(n.failed, 2);
    assert_int_equal(s.nreport, 2);
    assert_non_null(strstr(s.where[0], "longer than"));
    assert_non_null(strstr(s.where[1], "is empty"));
    fa_article_free(ok);
    fa_article_free(over);
    fa_article_free(empty);
    ingest_free(ix);
}

/* Shard K of N keeps the ids with fa_hash(id) % N == K-1: each id is kept
 * by exactly one shard, and every shard gets some. */
static void test_check_article_routes_shards(void **state)
{
    enum { N = 3, IDS = 60 };
    seen s[N];
    ingest *ix[N];
    size_t kept[N] = {0};
    (void)state;

    memset(s, 0, sizeof s);
    for (int k = 0; k < N; k++)
        ix[k] = new_ingest(&s[k], (unsigned long)k + 1, N);
    for (int i = 0; i < IDS; i++) {
        char id[32];
        int nkeep = 0;
        snprintf(id, sizeof id, "article-%d", i);
        for (int k = 0; k < N; k++) {
            fa_article *a = article(id, NULL);
            int v = ingest_check_article(ix[k], a, "in.txt", 0, 0);
            assert_true(v == INGEST_KEEP || v == INGEST_OTHER_SHARD);
            assert_int_equal(v == INGEST_KEEP, fa_hash(id, strlen(id)) % N == (uint64_t)k);
            nkeep += v == INGEST_KEEP;
            kept[k] += v == INGEST_KEEP;
            fa_article_free(a);
        }
        assert_int_equal(nkeep, 1);
    }
    for (int k = 0; k < N; k++) {
        ingest_counts n;
        ingest_get_counts(ix[k], &n);
        assert_true(kept[k] > 0);
        assert_int_equal(n.other_shards, IDS - kept[k]);
        assert_int_equal(s[k].nreport, 0);   /* not a problem */
        ingest_free(ix[k]);
    }
}

/* ------------------------------------------------------ reading paths */

static void test_ingest_path_folder(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    ingest_counts n;
    char dir[600];
    (void)state;

    write_file("b.jsonl",
               "{\"id\":\"j1\",\"text\":\"one\",\"date\":\"2001\"}\n"
               "{\"id\":\"broken\",\"text\": \"cut\n"
               "\n"
               "{\"text\":\"no id\",\"date\":\"May 5\"}\n");
    write_file("a.txt", "Id: t1\nTitle: A title\n\nSome text.\n");
    write_file("c.md", "# not an article\n");
    snprintf(dir, sizeof dir, "%s", tmpdir);
    assert_int_equal(ingest_path(ix, dir), FA_OK);
    /* Sorted walk: a.txt before b.jsonl; a line without an id is named
     * by its file and line. */
    assert_int_equal(s.nput, 3);
    assert_string_equal(s.ids[0], "t1");
    assert_string_equal(s.ids[1], "j1");
    assert_string_equal(s.dates[1], "2001");
    assert_string_equal(s.ids[2], "b.jsonl#4");
    assert_string_equal(s.dates[2], "-");
    ingest_get_counts(ix, &n);
    assert_int_equal(n.docs, 3);
    assert_int_equal(n.failed, 1);
    assert_int_equal(n.warnings, 1);
    assert_int_equal(n.skipped_files, 1);
    assert_true(s.nreport == 2);
    assert_non_null(strstr(s.where[0], "b.jsonl:2: "));
    assert_non_null(strstr(s.where[1], "b.jsonl:4: date 'May 5'"));
    ingest_free(ix);
}

static void test_ingest_path_file_of_unknown_kind(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    ingest_counts n;
    char path[1024];
    (void)state;

    write_file("notes.md", "Id: x\n\nText.\n");
    snprintf(path, sizeof path, "%s/notes.md", tmpdir);
    assert_int_equal(ingest_path(ix, path), FA_OK);
    assert_int_equal(s.nput, 0);
    ingest_get_counts(ix, &n);
    assert_int_equal(n.failed, 1);
    assert_non_null(strstr(s.where[0], "notes.md:0: not a .txt"));
    ingest_free(ix);
}

/* Issue 16 #17: an id from a file name with ESC, a newline or invalid
 * UTF-8 is stored escaped as \xHH (the form of JSON ids), and the warning
 * names the file and the stored id. */
static void test_ingest_path_ids_from_names_escaped(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    ingest_counts n;
    char dir[600];
    (void)state;

    write_file("a\033]0;t\007.txt", "Text one.\n");
    write_file("b\377.txt", "Text two.\n");
    write_file("c\nd.jsonl", "{\"text\":\"three\"}\n");
    write_file("plain.txt", "Text four.\n");
    snprintf(dir, sizeof dir, "%s", tmpdir);
    assert_int_equal(ingest_path(ix, dir), FA_OK);
    assert_int_equal(s.nput, 4);
    assert_string_equal(s.ids[0], "a\\x1b]0;t\\x07.txt");
    assert_string_equal(s.ids[1], "b\\xff.txt");
    assert_string_equal(s.ids[2], "c\\x0ad.jsonl#1");
    assert_string_equal(s.ids[3], "plain.txt");
    ingest_get_counts(ix, &n);
    assert_int_equal(n.warnings, 3);
    assert_int_equal(s.nreport, 3);
    assert_non_null(strstr(s.where[0], "stored as 'a\\x1b]0;t\\x07.txt'"));
    assert_non_null(strstr(s.where[2], "stored as 'c\\x0ad.jsonl#1'"));
    ingest_free(ix);
}

/* Issue 16 #15: a FIFO or a device (a link to /dev/zero named z.jsonl),
 * named on the command line or met in a folder, is reported and skipped,
 * not skipped without a word, nor waited on or read forever; a FIFO of no
 * known kind named on the command line is reported without being opened
 * (opening it waited for a writer). */
static void test_ingest_path_fifo_and_device_reported(void **state)
{
    seen s = {0};
    ingest *ix = new_ingest(&s, 0, 0);
    ingest_counts n;
    char p[1024], dir[600];
    (void)state;

    alarm(20);   /* a hang fails the test */
    snprintf(p, sizeof p, "%s/f.jsonl", tmpdir);
    assert_int_equal(mkfifo(p, 0600), 0);
    assert_int_equal(ingest_path(ix, p), FA_OK);
    snprintf(p, sizeof p, "%s/z.jsonl", tmpdir);
    assert_int_equal(symlink("/dev/zero", p), 0);
    assert_int_equal(ingest_path(ix, p), FA_OK);
    snprintf(p, sizeof p, "%s/plainfifo", tmpdir);
    assert_int_equal(mkfifo(p, 0600), 0);
    assert_int_equal(ingest_path(ix, p), FA_OK);
    write_file("g.jsonl", "{\"id\":\"g\",\"text\":\"fine.\"}\n");
    snprintf(dir, sizeof dir, "%s", tmpdir);
    assert_int_equal(ingest_path(ix, dir), FA_OK);   /* the folder: both again */
    alarm(0);
    assert_int_equal(s.nput, 1);
    assert_int_equal(s.nreport, 5);
    assert_non_null(strstr(s.where[0], "f.jsonl:0: a FIFO, not a regular file"));
    assert_non_null(strstr(s.where[1], "z.jsonl:0: a character device, not a regular file"));
    assert_non_null(strstr(s.where[2], "plainfifo:0: not a .txt"));
    assert_non_null(strstr(s.where[3], "f.jsonl:0: a FIFO"));
    assert_non_null(strstr(s.where[4], "z.jsonl:0: a character device"));
    ingest_get_counts(ix, &n);
    assert_int_equal(n.failed, 5);
    assert_int_equal(n.skipped_files, 1);            /* plainfifo in the folder */
    ingest_free(ix);
}

/* A failing index stops the run with its status and says why, once. */
static void test_ingest_path_put_failure_stops(void **state)
{
    seen s = {.put_rc = FA_EIO};
    ingest *ix = new_ingest(&s, 0, 0);
    char path[1024];
    (void)state;

    write_file("many.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n");
    snprintf(path, sizeof path, "%s/many.jsonl", tmpdir);
    assert_int_equal(ingest_path(ix, path), FA_EIO);
    assert_int_equal(s.nreport, 1);
    assert_string_equal(s.where[0], ":0: the index is gone");
    ingest_free(ix);
}

int main(int argc, char **argv)
{
    (void)argc; (void)argv;
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_check_article_bad_date_kept_as_given),
        T(test_check_article_good_date_untouched),
        T(test_check_article_datetime_kept_as_timestamp),
        T(test_check_article_repairs_are_warnings),
        T(test_check_article_refuses_bad_ids),
        T(test_check_article_routes_shards),
        T(test_ingest_path_folder),
        T(test_ingest_path_file_of_unknown_kind),
        T(test_ingest_path_put_failure_stops),
        T(test_ingest_path_ids_from_names_escaped),
        T(test_ingest_path_fifo_and_device_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
