/* fuzz_warc.c - libFuzzer harness for the WARC reader (indexer/warc.c):
 * the bytes are written as x.warc and, gzip-compressed, as x.warc.gz,
 * and read with a small page limit. Both must give the same pages (the
 * gzip layer is transparent), every page must have clean fields and an
 * id, the counts must add up (pages + skipped <= records), and a failure
 * must come with a message naming a record offset.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "fa_article.h"
#include "fa_error.h"
#include "input.h"
#include "warc.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define MAX_PAGE 65536

static char dir[256], p_plain[300], p_gz[300];

static void cleanup(void)
{
    unlink(p_plain);
    unlink(p_gz);
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    (void)argc; (void)argv;
    if (!tmp || !*tmp)
        tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(dir, sizeof dir, "%s/fa-fuzz-warc-XXXXXX", tmp);
    if (!mkdtemp(dir)) {
        perror("fuzz_warc: mkdtemp");
        abort();
    }
    snprintf(p_plain, sizeof p_plain, "%s/x.warc", dir);
    snprintf(p_gz, sizeof p_gz, "%s/x.warc.gz", dir);
    atexit(cleanup);
    return 0;
}

typedef struct seen {
    unsigned long pages;
    uint64_t      hash;   /* of the pages' ids and texts, in order */
} seen;

static int on_page(void *ctx, fa_article **a, size_t offset, unsigned fixed)
{
    seen *s = ctx;
    (void)offset;
    (void)fixed;
    FUZZ_CHECK("page-id", fa_article_get(*a, FA_F_ID, NULL) != NULL, "page without an id");
    for (size_t i = 0; i < fa_article_nfields(*a); i++) {
        const char *v;
        size_t n;
        const char *k = fa_article_field(*a, i, &v, &n);
        FUZZ_CHECK("field-clean", fuzz_clean_bad(v, n) == n, "field %s not clean", k);
        for (size_t j = 0; j < n; j++)
            s->hash = (s->hash ^ (unsigned char)v[j]) * 1099511628211ULL;
    }
    s->pages++;
    return FA_OK;
}

static void on_problem(void *ctx, size_t offset, const char *msg)
{
    (void)ctx;
    (void)offset;
    FUZZ_CHECK("problem-message", msg && msg[0], "empty problem message");
}

static int read_one(const char *path, seen *s, warc_counts *n, char *err, size_t errlen)
{
    input *in = NULL;
    fa_article *a = fa_article_new();
    memset(s, 0, sizeof *s);
    memset(n, 0, sizeof *n);
    err[0] = '\0';
    int rc = input_open(&in, path, MAX_PAGE, err, errlen);
    FUZZ_CHECK("open", rc == FA_OK, "input_open: %s", err);
    rc = warc_read(in, MAX_PAGE, &a, on_page, on_problem, s, n, err, errlen);
    input_close(in);
    fa_article_free(a);
    FUZZ_CHECK("warc-status", rc == FA_OK || rc == FA_EINVAL || rc == FA_EIO, "warc_read returned %d", rc);
    if (rc == FA_EINVAL)
        FUZZ_CHECK("warc-message", strstr(err, "offset") != NULL, "error without an offset: %s", err);
    unsigned long skipped = 0;
    for (int i = 0; i < WARC_NSKIP; i++)
        skipped += n->skipped[i];
    FUZZ_CHECK("warc-counts", n->pages + skipped <= n->records && n->pages == s->pages,
               "records %lu, pages %lu (%lu seen), skipped %lu", n->records, n->pages, s->pages, skipped);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    seen a, b;
    warc_counts na, nb;
    char err[700];
    int fd = open(p_plain, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || write(fd, data, size) != (ssize_t)size)
        abort();
    close(fd);
    gzFile gz = gzopen(p_gz, "wb");
    if (!gz || (size && gzwrite(gz, data, (unsigned)size) != (int)size))
        abort();
    gzclose(gz);
    int ra = read_one(p_plain, &a, &na, err, sizeof err);
    int rb = read_one(p_gz, &b, &nb, err, sizeof err);
    FUZZ_CHECK("gzip-same", ra == rb && a.pages == b.pages && a.hash == b.hash && na.records == nb.records,
               "plain: rc %d, %lu pages; gzip: rc %d, %lu pages", ra, a.pages, rb, b.pages);
    return 0;
}
