/* warc.c - WARC records to pages (see warc.h). The WARC and HTTP headers
 * are read here; the page itself is html_extract's. A record is found by
 * its Content-Length alone, so a wrong one loses the rest of the file:
 * that is reported with the record's offset and the file ends there.
 */
#include "warc.h"
#include "article.h"
#include "fa_error.h"
#include "html.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#define ZLIB_CONST   /* next_in is const: the block is the reader's */
#include <stdint.h>
#include <zlib.h>

/* Blocks that are skipped are read past in pieces of this size. */
#define WARC_SKIP_PIECE ((size_t)1 << 20)
/* A WARC header holds a few dozen lines; more is not a WARC header. */
#define WARC_MAX_HEADER_LINES 1000

const char *warc_skip_name(int reason)
{
    static const char *const names[WARC_NSKIP] = {
        "request", "metadata", "warcinfo", "revisit", "other record types",
        "responses not HTTP", "HTTP status not 2xx", "not HTML", "no article text"
    };
    return reason >= 0 && reason < WARC_NSKIP ? names[reason] : "?";
}

int warc_sniff(const char *head, size_t len)
{
    return len >= 7 && memcmp(head, "WARC/1.", 7) == 0;
}

/* The value of "Name: value" when line[0..len) is that header; NULL else.
 * *vlen gets the value's length, blanks trimmed. */
static const char *header(const char *line, size_t len, const char *name, size_t *vlen)
{
    size_t n = strlen(name);
    if (len <= n || line[n] != ':' || strncasecmp(line, name, n) != 0)
        return NULL;
    const char *v = line + n + 1, *end = line + len;
    while (v < end && (*v == ' ' || *v == '\t'))
        v++;
    while (end > v && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    *vlen = (size_t)(end - v);
    return v;
}

static int parse_size(const char *v, size_t n, size_t *out)
{
    size_t x = 0;
    if (n == 0 || n > 19)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)v[i]))
            return -1;
        x = x * 10 + (size_t)(v[i] - '0');
    }
    *out = x;
    return 0;
}

typedef struct bytes {
    char  *s;
    size_t len;
} bytes;

/* Decode a chunked body into *out (malloc'd), at most 'max' bytes (0:
 * any). FA_OK, FA_EINVAL (malformed, or over max; errbuf says), FA_ENOMEM. */
static int dechunk(bytes *out, const char *p, size_t len, size_t max, char *err, size_t errlen)
{
    const char *end = p + len;
    size_t cap = len + 1, n = 0;
    char *d = malloc(cap);

    if (!d)
        return FA_ENOMEM;
    for (;;) {
        size_t sz = 0;
        int digits = 0;
        while (p < end && isxdigit((unsigned char)*p)) {
            if (++digits > 15) {
                free(d);
                snprintf(err, errlen, "chunked body: a chunk size of more than 15 hex digits");
                return FA_EINVAL;
            }
            sz = sz * 16 + (size_t)(isdigit((unsigned char)*p) ? *p - '0' : (tolower((unsigned char)*p) - 'a' + 10));
            p++;
        }
        if (!digits) {
            free(d);
            snprintf(err, errlen, "chunked body: no chunk size at byte %zu", len - (size_t)(end - p));
            return FA_EINVAL;
        }
        /* chunk extensions, then CRLF */
        while (p < end && *p != '\n')
            p++;
        if (p == end) {
            free(d);
            snprintf(err, errlen, "chunked body: cut off in a chunk header");
            return FA_EINVAL;
        }
        p++;
        if (sz == 0)
            break;   /* trailers, if any, say nothing we need */
        if (sz > (size_t)(end - p)) {
            free(d);
            snprintf(err, errlen, "chunked body: a chunk of %zu bytes with %zu left", sz, (size_t)(end - p));
            return FA_EINVAL;
        }
        if (max && n + sz > max) {
            free(d);
            snprintf(err, errlen, "decoded body larger than the limit of %zu bytes (--max-article-bytes)", max);
            return FA_EINVAL;
        }
        memcpy(d + n, p, sz);   /* n + sz <= len: chunks are inside the body */
        n += sz;
        p += sz;
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p == '\n')
            p++;
    }
    d[n] = '\0';
    out->s = d;
    out->len = n;
    return FA_OK;
}

/* Inflate a gzip, zlib or raw deflate body into *out, at most 'max'
 * bytes (0: any): a compressed bomb stops at the limit. */
static int inflate_body(bytes *out, const char *p, size_t len, int raw, size_t max,
                        char *err, size_t errlen)
{
    z_stream z;
    size_t cap = len * 4 + 4096, n = 0;
    char *d = malloc(cap + 1);
    int zr;

    if (!d)
        return FA_ENOMEM;
    memset(&z, 0, sizeof z);
    /* 15 + 32: gzip or zlib by their headers; -15: raw deflate. */
    if (inflateInit2(&z, raw ? -15 : 15 + 32) != Z_OK) {
        free(d);
        return FA_ENOMEM;
    }
    z.next_in = (const Bytef *)p;
    z.avail_in = (uInt)(len > UINT32_MAX ? UINT32_MAX : len);
    do {
        if (cap - n < 65536) {
            if (max && cap > max) {
                inflateEnd(&z);
                free(d);
                snprintf(err, errlen, "decoded body larger than the limit of %zu bytes (--max-article-bytes)", max);
                return FA_EINVAL;
            }
            char *nd = realloc(d, cap * 2 + 1);
            if (!nd) {
                inflateEnd(&z);
                free(d);
                return FA_ENOMEM;
            }
            d = nd;
            cap *= 2;
        }
        z.next_out = (Bytef *)d + n;
        z.avail_out = (uInt)(cap - n);
        zr = inflate(&z, Z_NO_FLUSH);
        n = cap - z.avail_out;
        if (zr == Z_STREAM_END)
            break;
        if (zr != Z_OK) {
            inflateEnd(&z);
            free(d);
            snprintf(err, errlen, "compressed body does not decode (%s)", z.msg ? z.msg : "bad data");
            return FA_EINVAL;
        }
    } while (z.avail_in > 0 || z.avail_out == 0);
    inflateEnd(&z);
    if (max && n > max) {
        free(d);
        snprintf(err, errlen, "decoded body larger than the limit of %zu bytes (--max-article-bytes)", max);
        return FA_EINVAL;
    }
    d[n] = '\0';
    out->s = d;
    out->len = n;
    return FA_OK;
}

typedef struct rec {
    size_t      offset;
    const char *uri;      /* WARC-Target-URI, NUL-terminated; may be "" */
    const char *date;     /* WARC-Date, NUL-terminated; may be ""       */
} rec;

/* One response record's block: HTTP headers, then the payload. Returns
 * FA_OK (handed on or counted), a negative status to stop. */
static int response(const rec *r, const char *blk, size_t len, size_t max, fa_article **a,
                    warc_page_fn *page, warc_problem_fn *problem, void *ctx, warc_counts *n)
{
    const char *p = blk, *end = blk + len;
    char ctype[128] = "", charset[64] = "", msg[700], err[256];
    int status = 0, chunked = 0, enc = 0;   /* enc: 0 none, 1 gzip/zlib, 2 deflate */
    bytes dec = {NULL, 0}, dec2 = {NULL, 0};
    const char *body;
    size_t blen;
    struct html_doc doc = {0};
    unsigned fixed = 0;
    int rc = FA_OK, first = 1;

    /* Status line and headers, up to the blank line (CRLF or LF). */
    for (;;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p), vl;
        const char *v;
        if (ll && p[ll - 1] == '\r')
            ll--;
        if (first) {
            if (ll < 12 || strncmp(p, "HTTP/", 5) != 0) {
                snprintf(msg, sizeof msg, "response for %.300s: no HTTP status line; skipped", r->uri);
                problem(ctx, r->offset, msg);
                n->skipped[WARC_SKIP_NOT_HTTP]++;
                return FA_OK;
            }
            const char *sp = memchr(p, ' ', ll);
            status = sp && sp + 4 <= p + ll ? atoi(sp + 1) : 0;
            first = 0;
        } else if (ll == 0) {
            p = nl ? nl + 1 : end;
            break;
        } else if ((v = header(p, ll, "Content-Type", &vl))) {
            snprintf(ctype, sizeof ctype, "%.*s", (int)(vl < 127 ? vl : 127), v);
        } else if ((v = header(p, ll, "Transfer-Encoding", &vl))) {
            chunked = vl >= 7 && strncasecmp(v + vl - 7, "chunked", 7) == 0;
        } else if ((v = header(p, ll, "Content-Encoding", &vl))) {
            if ((vl == 4 && strncasecmp(v, "gzip", 4) == 0) || (vl == 6 && strncasecmp(v, "x-gzip", 6) == 0))
                enc = 1;
            else if (vl == 7 && strncasecmp(v, "deflate", 7) == 0)
                enc = 2;
            else if (!(vl == 8 && strncasecmp(v, "identity", 8) == 0)) {
                snprintf(msg, sizeof msg, "response for %.300s: Content-Encoding '%.*s' is not decoded "
                         "(gzip and deflate are); skipped", r->uri, (int)(vl < 40 ? vl : 40), v);
                problem(ctx, r->offset, msg);
                n->skipped[WARC_SKIP_NOT_HTML]++;
                return FA_OK;
            }
        }
        if (!nl) {
            p = end;
            break;
        }
        p = nl + 1;
    }
    if (status < 200 || status > 299) {
        n->skipped[WARC_SKIP_NOT_OK]++;
        return FA_OK;
    }
    /* The media type, before any parameter; a charset parameter is the
     * transport's charset for html_extract. */
    {
        char *semi = strchr(ctype, ';');
        if (semi) {
            char *cs = semi;
            while ((cs = strchr(cs, ';'))) {
                cs++;
                while (*cs == ' ')
                    cs++;
                if (strncasecmp(cs, "charset=", 8) == 0) {
                    cs += 8;
                    if (*cs == '"')
                        cs++;
                    size_t k = strcspn(cs, "\"; ");
                    snprintf(charset, sizeof charset, "%.*s", (int)(k < 63 ? k : 63), cs);
                }
            }
            *semi = '\0';
        }
        size_t k = strlen(ctype);
        while (k && ctype[k - 1] == ' ')
            ctype[--k] = '\0';
    }
    if (strcasecmp(ctype, "text/html") != 0 && strcasecmp(ctype, "application/xhtml+xml") != 0) {
        n->skipped[WARC_SKIP_NOT_HTML]++;
        return FA_OK;
    }
    body = p;
    blen = (size_t)(end - p);
    if (chunked) {
        if ((rc = dechunk(&dec, body, blen, max, err, sizeof err)) == FA_ENOMEM)
            goto out;
        if (rc < 0) {
            snprintf(msg, sizeof msg, "response for %.300s: %s; skipped", r->uri, err);
            problem(ctx, r->offset, msg);
            n->skipped[WARC_SKIP_NOT_HTML]++;
            rc = FA_OK;
            goto out;
        }
        body = dec.s;
        blen = dec.len;
    }
    if (enc) {
        rc = inflate_body(&dec2, body, blen, 0, max, err, sizeof err);
        if (rc == FA_EINVAL && enc == 2)   /* "deflate" is often raw deflate */
            rc = inflate_body(&dec2, body, blen, 1, max, err, sizeof err);
        if (rc == FA_ENOMEM)
            goto out;
        if (rc < 0) {
            snprintf(msg, sizeof msg, "response for %.300s: %s; skipped", r->uri, err);
            problem(ctx, r->offset, msg);
            n->skipped[WARC_SKIP_NOT_HTML]++;
            rc = FA_OK;
            goto out;
        }
        body = dec2.s;
        blen = dec2.len;
    }
    if (memchr(body, '\0', blen < 4096 ? blen : 4096)) {
        /* Labelled HTML, but NUL bytes near the start: binary (the rule
         * for .txt files), not a page to index as text. */
        snprintf(msg, sizeof msg, "response for %.300s: binary payload (NUL bytes near the start), "
                 "not HTML; skipped", r->uri);
        problem(ctx, r->offset, msg);
        n->skipped[WARC_SKIP_NOT_HTML]++;
        goto out;
    }
    if ((rc = html_extract(body, blen, charset[0] ? charset : NULL, r->uri[0] ? r->uri : NULL,
                           &doc, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM)
            goto out;
        snprintf(msg, sizeof msg, "page %.300s: %s; skipped", r->uri, err);
        problem(ctx, r->offset, msg);
        n->skipped[WARC_SKIP_NO_ARTICLE]++;
        rc = FA_OK;
        goto out;
    }
    if (!r->uri[0]) {
        /* The target URI is the page's id: without one there is no
         * article to store (or to replace on the next run). */
        problem(ctx, r->offset, "response without a WARC-Target-URI (the page's id); skipped");
        goto out;
    }
    if (!doc.text) {
        snprintf(msg, sizeof msg, "page %.300s: no article text (a link list, a stub or an empty page); skipped",
                 r->uri);
        problem(ctx, r->offset, msg);
        n->skipped[WARC_SKIP_NO_ARTICLE]++;
        goto out;
    }
    fa_article_clear(*a);
#define SET(key, v)                                                                  \
    do {                                                                             \
        if ((v) && *(v) && (rc = article_set_clean(*a, key, v, strlen(v), &fixed)) < 0) \
            goto out;                                                                \
    } while (0)
    SET(FA_F_ID, r->uri);
    SET(FA_F_TITLE, doc.title);
    SET(FA_F_URL, doc.url ? doc.url : r->uri);
    SET(FA_F_DATE, doc.date ? doc.date : r->date);
    SET(FA_F_AUTHOR, doc.author);
    SET(FA_F_TEXT, doc.text);
#undef SET
    if (doc.flags & HTML_FLAG_BAD_BYTES)
        fixed |= ARTICLE_FIXED_UTF8;
    n->pages++;
    rc = page(ctx, a, r->offset, fixed);
out:
    html_doc_free(&doc);
    free(dec.s);
    free(dec2.s);
    return rc;
}

/* Read past 'want' bytes in pieces. FA_OK; FA_EINVAL when the file ends
 * first (*got says how many there were); the reader's errors. */
static int skip(input *in, size_t want, size_t *got, char *errbuf, size_t errlen)
{
    const char *d;
    size_t len;
    int rc;

    *got = 0;
    while (*got < want) {
        size_t piece = want - *got < WARC_SKIP_PIECE ? want - *got : WARC_SKIP_PIECE;
        if ((rc = input_take(in, &d, &len, piece, errbuf, errlen)) < 0)
            return rc;
        *got += len;
        if (len < piece)
            return FA_EINVAL;
    }
    return FA_OK;
}

int warc_read(input *in, size_t max_page, fa_article **a,
              warc_page_fn *page, warc_problem_fn *problem, void *ctx,
              warc_counts *n, char *errbuf, size_t errlen)
{
    char uri[2048], date[64], type[32], ctype[128], msg[600];
    const char *line;
    size_t len;
    int rc;

    for (;;) {
        size_t offset, clen = 0, got = 0, vl;
        int have_len = 0, nlines = 0;
        const char *v;

        /* Blank lines end the record before (its block is followed by two
         * CRLFs); the next non-blank line begins a record. */
        do {
            offset = input_offset(in);
            if ((rc = input_line(in, &line, &len, errbuf, errlen)) == 0)
                return FA_OK;
            if (rc < 0)
                return rc == FA_EINVAL
                     ? (snprintf(errbuf, errlen, "record at offset %zu: a header line over the limit", offset),
                        FA_EINVAL)
                     : rc;
        } while (len == 0);
        if (len < 7 || memcmp(line, "WARC/1.", 7) != 0) {
            snprintf(errbuf, errlen, "record at offset %zu: not a WARC record (it begins '%.20s'); "
                     "the rest of the file is skipped", offset, line);
            return FA_EINVAL;
        }
        uri[0] = date[0] = type[0] = ctype[0] = '\0';
        for (;;) {
            if ((rc = input_line(in, &line, &len, errbuf, errlen)) < 0 && rc != FA_EINVAL)
                return rc;
            if (rc == 0 || rc == FA_EINVAL || ++nlines > WARC_MAX_HEADER_LINES) {
                snprintf(errbuf, errlen, "record at offset %zu: its header %s; the rest of the file is skipped",
                         offset, rc == 0 ? "is cut off by the end of the file" : "is too long");
                return FA_EINVAL;
            }
            if (len == 0)
                break;
            if ((v = header(line, len, "WARC-Type", &vl)))
                snprintf(type, sizeof type, "%.*s", (int)(vl < 31 ? vl : 31), v);
            else if ((v = header(line, len, "WARC-Target-URI", &vl))) {
                /* WARC/1.0 examples write the URI in <>; 1.1 does not. */
                if (vl >= 2 && v[0] == '<' && v[vl - 1] == '>')
                    v++, vl -= 2;
                snprintf(uri, sizeof uri, "%.*s", (int)(vl < sizeof uri - 1 ? vl : sizeof uri - 1), v);
            } else if ((v = header(line, len, "WARC-Date", &vl)))
                snprintf(date, sizeof date, "%.*s", (int)(vl < 63 ? vl : 63), v);
            else if ((v = header(line, len, "Content-Type", &vl)))
                snprintf(ctype, sizeof ctype, "%.*s", (int)(vl < 127 ? vl : 127), v);
            else if ((v = header(line, len, "Content-Length", &vl))) {
                if (parse_size(v, vl, &clen) < 0) {
                    snprintf(errbuf, errlen, "record at offset %zu: Content-Length '%.30s' is not a number; "
                             "the rest of the file is skipped", offset, v);
                    return FA_EINVAL;
                }
                have_len = 1;
            }
        }
        if (!have_len) {
            snprintf(errbuf, errlen, "record at offset %zu: no Content-Length; the rest of the file is skipped",
                     offset);
            return FA_EINVAL;
        }
        n->records++;
        rec r = {offset, uri, date};
        int reason = -1;
        if (strcasecmp(type, "response") != 0)
            reason = strcasecmp(type, "request") == 0 ? WARC_SKIP_REQUEST
                   : strcasecmp(type, "metadata") == 0 ? WARC_SKIP_METADATA
                   : strcasecmp(type, "warcinfo") == 0 ? WARC_SKIP_WARCINFO
                   : strcasecmp(type, "revisit") == 0 ? WARC_SKIP_REVISIT : WARC_SKIP_OTHER_TYPE;
        else if (strncasecmp(ctype, "application/http", 16) != 0)
            reason = WARC_SKIP_NOT_HTTP;
        else if (max_page && clen > max_page) {
            snprintf(msg, sizeof msg, "response for %.300s: a block of %zu bytes is over the limit of %zu "
                     "(--max-article-bytes); skipped", uri, clen, max_page);
            problem(ctx, offset, msg);
            reason = WARC_SKIP_NOT_HTML;
        }
        if (reason >= 0) {
            n->skipped[reason]++;
            if ((rc = skip(in, clen, &got, errbuf, errlen)) == FA_EINVAL)
                goto truncated;
            if (rc < 0)
                return rc;
            continue;
        }
        const char *blk;
        if ((rc = input_take(in, &blk, &got, clen, errbuf, errlen)) < 0)
            return rc;
        if (got < clen) {
            n->records--;   /* not a record after all: reported as damage */
            goto truncated;
        }
        if ((rc = response(&r, blk, clen, max_page, a, page, problem, ctx, n)) < 0)
            return rc;
        continue;
truncated:
        snprintf(errbuf, errlen, "record at offset %zu%s%.300s: truncated: its Content-Length is %zu bytes "
                 "but the file ends after %zu", offset, uri[0] ? " for " : "", uri, clen, got);
        return FA_EINVAL;
    }
}
