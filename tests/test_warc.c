/* test_warc.c - indexer/warc.c over generated WARC files: which records
 * become pages (response + HTTP 2xx + HTML) and how the others are
 * counted; HTTP headers skipped, chunked and gzip/deflate bodies decoded;
 * per-record gzip members; a truncated last record and a 1 GB claimed
 * Content-Length reported with the record's offset, earlier pages kept.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "fa_article.h"
#include "fa_error.h"
#include "../indexer/input.h"
#include "../indexer/warc.h"

#define MAXPAGES 8

typedef struct got {
    int    n;
    char  *id[MAXPAGES], *url[MAXPAGES], *date[MAXPAGES], *title[MAXPAGES], *text[MAXPAGES];
    size_t offset[MAXPAGES];
    int    nproblems;
    char   problem[4][400];
} got;

static char *dup_field(const fa_article *a, const char *k)
{
    const char *v = fa_article_get(a, k, NULL);
    return v ? strdup(v) : NULL;
}

static int on_page(void *ctx, fa_article **a, size_t offset, unsigned fixed)
{
    got *g = ctx;
    (void)fixed;
    if (g->n < MAXPAGES) {
        g->id[g->n] = dup_field(*a, FA_F_ID);
        g->url[g->n] = dup_field(*a, FA_F_URL);
        g->date[g->n] = dup_field(*a, FA_F_DATE);
        g->title[g->n] = dup_field(*a, FA_F_TITLE);
        g->text[g->n] = dup_field(*a, FA_F_TEXT);
        g->offset[g->n] = offset;
    }
    g->n++;
    return FA_OK;
}

static void on_problem(void *ctx, size_t offset, const char *msg)
{
    got *g = ctx;
    (void)offset;
    if (g->nproblems < 4)
        snprintf(g->problem[g->nproblems], sizeof g->problem[0], "%s", msg);
    g->nproblems++;
}

static void got_free(got *g)
{
    for (int i = 0; i < g->n && i < MAXPAGES; i++) {
        free(g->id[i]);
        free(g->url[i]);
        free(g->date[i]);
        free(g->title[i]);
        free(g->text[i]);
    }
}

/* A growable byte string. */
typedef struct str {
    char  *s;
    size_t len;
} str;

static void add(str *b, const void *p, size_t n)
{
    b->s = realloc(b->s, b->len + n + 1);
    assert_non_null(b->s);
    memcpy(b->s + b->len, p, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void adds(str *b, const char *s)
{
    add(b, s, strlen(s));
}

static void record(str *w, const char *type, const char *uri, const char *ctype, const str *block,
                   size_t claimed)
{
    char h[1024];
    snprintf(h, sizeof h, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:x>\r\n"
             "WARC-Target-URI: %s\r\nWARC-Date: 2021-05-05T12:00:00Z\r\nContent-Type: %s\r\n"
             "Content-Length: %zu\r\n\r\n", type, uri, ctype, claimed ? claimed : block->len);
    adds(w, h);
    add(w, block->s, block->len);
    adds(w, "\r\n\r\n");
}

static const char *page(const char *word, int with_date)
{
    static char p[2048];
    snprintf(p, sizeof p,
             "<!DOCTYPE html><html><head><title>%s report | Site</title>%s</head><body>"
             "<nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav><article><h1>%s report</h1>"
             "<p>The %s delegation arrived in Geneva to discuss the treaty on the sharing of river waters.</p>"
             "<p>Negotiators said the talks would continue through the week, with a draft expected soon.</p>"
             "</article><footer>Copyright</footer></body></html>",
             word, with_date ? "<meta property=\"article:published_time\" content=\"2019-03-04T10:00:00Z\">" : "",
             word, word);
    return p;
}

static void http(str *blk, const char *extra, const void *body, size_t n)
{
    adds(blk, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n");
    adds(blk, extra);
    adds(blk, "\r\n");
    add(blk, body, n);
}

static void gzip_bytes(str *out, const void *p, size_t n, int raw)
{
    z_stream z;
    unsigned char buf[65536];
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, raw ? -15 : 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (unsigned char *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    int zr;
    do {
        z.next_out = buf;
        z.avail_out = sizeof buf;
        zr = deflate(&z, Z_FINISH);
        add(out, buf, sizeof buf - z.avail_out);
    } while (zr != Z_STREAM_END);
    deflateEnd(&z);
}

static char *write_tmp(const str *w)
{
    char *path = strdup("/tmp/fa-test-warc-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, w->s, w->len), (ssize_t)w->len);
    close(fd);
    return path;
}

static int read_all(got *g, warc_counts *n, const str *w, size_t max, char *err, size_t errlen)
{
    char *path = write_tmp(w);
    input *in = NULL;
    fa_article *a = fa_article_new();
    memset(g, 0, sizeof *g);
    memset(n, 0, sizeof *n);
    err[0] = '\0';
    assert_int_equal(input_open(&in, path, 0, err, errlen), FA_OK);
    int rc = warc_read(in, max, &a, on_page, on_problem, g, n, err, errlen);
    input_close(in);
    fa_article_free(a);
    unlink(path);
    free(path);
    return rc;
}

/* The usual crawl: warcinfo, then request/response/metadata per page. */
static void crawl(str *w)
{
    str b = {0};
    const char *p;

    adds(&b, "software: test\r\nformat: WARC File Format 1.0\r\n");
    record(w, "warcinfo", "", "application/warc-fields", &b, 0);
    /* 1: plain body, no date in the page: WARC-Date is the date */
    b.len = 0;
    adds(&b, "GET /koala HTTP/1.1\r\nHost: w.example\r\n\r\n");
    record(w, "request", "http://w.example/koala", "application/http; msgtype=request", &b, 0);
    b.len = 0;
    p = page("koala", 0);
    http(&b, "", p, strlen(p));
    record(w, "response", "http://w.example/koala", "application/http; msgtype=response", &b, 0);
    b.len = 0;
    adds(&b, "via: test\r\n");
    record(w, "metadata", "http://w.example/koala", "application/warc-fields", &b, 0);
    /* 2: chunked, with a chunk extension */
    {
        str c = {0};
        char sz[32];
        p = page("wombat", 1);
        for (size_t i = 0, n = strlen(p); i < n; i += 100) {
            size_t k = n - i < 100 ? n - i : 100;
            snprintf(sz, sizeof sz, "%zx%s\r\n", k, i == 0 ? ";ext=1" : "");
            adds(&c, sz);
            add(&c, p + i, k);
            adds(&c, "\r\n");
        }
        adds(&c, "0\r\n\r\n");
        b.len = 0;
        http(&b, "Transfer-Encoding: chunked\r\n", c.s, c.len);
        record(w, "response", "http://w.example/wombat", "application/http; msgtype=response", &b, 0);
        free(c.s);
    }
    /* 3: gzip content-encoding; 4: raw deflate */
    for (int raw = 0; raw < 2; raw++) {
        str z = {0};
        p = page(raw ? "quoll" : "numbat", 0);
        gzip_bytes(&z, p, strlen(p), raw);
        b.len = 0;
        http(&b, raw ? "Content-Encoding: deflate\r\n" : "Content-Encoding: gzip\r\n", z.s, z.len);
        record(w, "response", raw ? "http://w.example/quoll" : "http://w.example/numbat",
               "application/http; msgtype=response", &b, 0);
        free(z.s);
    }
    /* skipped: an image, a 404, a revisit */
    b.len = 0;
    adds(&b, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\x00\x00");
    record(w, "response", "http://w.example/i.png", "application/http; msgtype=response", &b, 0);
    b.len = 0;
    p = page("missing", 0);
    adds(&b, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n");
    adds(&b, p);
    record(w, "response", "http://w.example/404", "application/http; msgtype=response", &b, 0);
    b.len = 0;
    adds(&b, "HTTP/1.1 200 OK\r\n\r\n");
    record(w, "revisit", "http://w.example/koala", "application/http; msgtype=response", &b, 0);
    free(b.s);
}

static void test_warc_records_to_pages(void **state)
{
    str w = {0};
    got g;
    warc_counts n;
    char err[512];
    (void)state;

    crawl(&w);
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 4);
    assert_int_equal(n.records, 10);
    assert_int_equal(n.pages, 4);
    assert_int_equal(n.skipped[WARC_SKIP_WARCINFO], 1);
    assert_int_equal(n.skipped[WARC_SKIP_REQUEST], 1);
    assert_int_equal(n.skipped[WARC_SKIP_METADATA], 1);
    assert_int_equal(n.skipped[WARC_SKIP_REVISIT], 1);
    assert_int_equal(n.skipped[WARC_SKIP_NOT_HTML], 1);
    assert_int_equal(n.skipped[WARC_SKIP_NOT_OK], 1);
    assert_int_equal(g.nproblems, 0);

    assert_string_equal(g.id[0], "http://w.example/koala");
    assert_string_equal(g.url[0], "http://w.example/koala");
    assert_string_equal(g.date[0], "2021-05-05T12:00:00Z");   /* no date in the page */
    assert_string_equal(g.title[0], "koala report");
    assert_non_null(strstr(g.text[0], "The koala delegation arrived in Geneva"));
    assert_null(strstr(g.text[0], "HTTP/1.1"));
    assert_null(strstr(g.text[0], "Home"));

    assert_string_equal(g.id[1], "http://w.example/wombat");
    assert_string_equal(g.date[1], "2019-03-04T10:00:00Z");   /* the page's own date */
    assert_non_null(strstr(g.text[1], "The wombat delegation arrived in Geneva to discuss the treaty"));
    assert_null(strstr(g.text[1], "ext=1"));
    assert_non_null(strstr(g.text[2], "The numbat delegation"));
    assert_non_null(strstr(g.text[3], "The quoll delegation"));
    free(w.s);
    got_free(&g);
}

/* One gzip member per record, as crawlers write .warc.gz. */
static void test_warc_gzip_members(void **state)
{
    str plain = {0}, w = {0};
    got g;
    warc_counts n;
    char err[512];
    (void)state;

    crawl(&plain);
    /* Split at each "WARC/1.0\r\n" and compress each record alone. */
    for (size_t i = 0; i < plain.len;) {
        size_t j = i + 1;
        while (j + 10 <= plain.len && memcmp(plain.s + j, "WARC/1.0\r\n", 10) != 0)
            j++;
        if (j + 10 > plain.len)
            j = plain.len;
        gzip_bytes(&w, plain.s + i, j - i, 0);
        i = j;
    }
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 4);
    assert_int_equal(n.records, 10);
    free(plain.s);
    free(w.s);
    got_free(&g);
}

static void test_warc_truncated_last_record(void **state)
{
    str w = {0};
    got g;
    warc_counts n;
    char err[512], want[128];
    (void)state;

    crawl(&w);
    size_t last = w.len;
    str b = {0};
    http(&b, "", page("dingo", 0), strlen(page("dingo", 0)));
    record(&w, "response", "http://w.example/dingo", "application/http; msgtype=response", &b, 0);
    w.len -= 300;   /* cut into the last block */
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_EINVAL);
    assert_int_equal(g.n, 4);   /* the pages before it are kept */
    snprintf(want, sizeof want, "record at offset %zu for http://w.example/dingo: truncated", last);
    if (!strstr(err, want))
        fail_msg("'%s' lacks '%s'", err, want);
    free(b.s);
    free(w.s);
    got_free(&g);
}

static void test_warc_huge_claimed_length(void **state)
{
    str w = {0}, b = {0};
    got g;
    warc_counts n;
    char err[512], want[128];
    (void)state;

    crawl(&w);
    size_t last = w.len;
    adds(&b, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>short</p>");
    record(&w, "response", "http://w.example/huge", "application/http; msgtype=response", &b,
           (size_t)1 << 30);
    assert_int_equal(read_all(&g, &n, &w, 64 << 20, err, sizeof err), FA_EINVAL);
    assert_int_equal(g.n, 4);
    assert_int_equal(g.nproblems, 1);   /* over the page limit, so it was to be skipped */
    assert_non_null(strstr(g.problem[0], "1073741824 bytes is over the limit"));
    snprintf(want, sizeof want, "record at offset %zu for http://w.example/huge: truncated: "
             "its Content-Length is 1073741824 bytes", last);
    if (!strstr(err, want))
        fail_msg("'%s' lacks '%s'", err, want);
    free(b.s);
    free(w.s);
    got_free(&g);
}

static void test_warc_damaged_headers(void **state)
{
    str w = {0};
    got g;
    warc_counts n;
    char err[512];
    (void)state;

    crawl(&w);
    adds(&w, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\n");
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_EINVAL);
    assert_int_equal(g.n, 4);
    assert_non_null(strstr(err, "Content-Length '12x' is not a number"));
    free(w.s);
    got_free(&g);

    w.s = NULL;
    w.len = 0;
    adds(&w, "GIF89a not a warc at all");
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "record at offset 0: not a WARC record"));
    free(w.s);
    got_free(&g);

    w.s = NULL;
    w.len = 0;
    adds(&w, "WARC/1.0\r\nWARC-Type: request\r\n\r\n");
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "no Content-Length"));
    free(w.s);
    got_free(&g);

    /* A malformed chunked body: that record reported, the next read. */
    w.s = NULL;
    w.len = 0;
    str b = {0};
    http(&b, "Transfer-Encoding: chunked\r\n", "zz\r\nnot hex\r\n", 13);
    record(&w, "response", "http://w.example/bad", "application/http; msgtype=response", &b, 0);
    b.len = 0;
    http(&b, "", page("emu", 0), strlen(page("emu", 0)));
    record(&w, "response", "http://w.example/emu", "application/http; msgtype=response", &b, 0);
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.nproblems, 1);
    assert_non_null(strstr(g.problem[0], "http://w.example/bad: chunked body"));
    free(b.s);
    free(w.s);
    got_free(&g);
}

/* The HTTP charset reaches html_extract: windows-1252 bytes become UTF-8. */
static void test_warc_http_charset(void **state)
{
    str w = {0}, b = {0};
    got g;
    warc_counts n;
    char err[512];
    (void)state;

    adds(&b, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"windows-1252\"\r\n\r\n"
         "<html><head><title>Caf\xe9</title></head><body><article><p>The d\xe9l\xe9gation arrived "
         "in Geneva to discuss the treaty on the sharing of river waters \x96 at length.</p>"
         "<p>Negotiators said the talks would continue through the week, with a draft soon.</p>"
         "</article></body></html>");
    record(&w, "response", "http://w.example/cafe", "application/http; msgtype=response", &b, 0);
    assert_int_equal(read_all(&g, &n, &w, 0, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.text[0], "The d\xc3\xa9l\xc3\xa9gation arrived"));
    assert_non_null(strstr(g.text[0], "river waters \xe2\x80\x93 at length"));
    free(b.s);
    free(w.s);
    got_free(&g);
}

static void test_warc_sniff(void **state)
{
    (void)state;
    assert_true(warc_sniff("WARC/1.0\r\n", 10));
    assert_true(warc_sniff("WARC/1.1\r\n", 10));
    assert_false(warc_sniff("WARC/2", 6));
    assert_false(warc_sniff("<html>", 6));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_warc_records_to_pages),
        cmocka_unit_test(test_warc_gzip_members),
        cmocka_unit_test(test_warc_truncated_last_record),
        cmocka_unit_test(test_warc_huge_claimed_length),
        cmocka_unit_test(test_warc_damaged_headers),
        cmocka_unit_test(test_warc_http_charset),
        cmocka_unit_test(test_warc_sniff),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
