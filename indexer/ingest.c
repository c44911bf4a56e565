/* ingest.c - PATH arguments to checked articles (see ingest.h).
 *
 * The reading loops for each kind of input and the one place that decides
 * what an article must satisfy (ingest_check_article). Formats are told
 * by file name; standard input by --format or its first byte.
 */
#define _XOPEN_SOURCE 700   /* realpath() */
#include "ingest.h"
#include "article.h"
#include "date.h"
#include "feed.h"
#include "html.h"
#include "warc.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_hash.h"
#include "fa_xap.h"
#include "input.h"
#include "walk.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define FA_STR_(x) #x
#define FA_STR(x) FA_STR_(x)

/* The ids this run made from paths, with the file each came from, so that
 * two files that give one id (coll/2023/jan/story.txt and
 * coll/2024/jan/story.txt, both "jan/story.txt") are caught: open
 * addressing on fa_hash(id), grown at half full. */
typedef struct path_id {
    char *id;                  /* owned; NULL: a free slot                */
    char *path;                /* the file it came from, owned            */
} path_id;

struct ingest {
    ingest_opts   o;
    path_id      *ids;         /* nids_cap slots (a power of two), owned  */
    size_t        nids, nids_cap;
    /* fa_hash of each page's text (HTML files, feed items, WARC pages)
     * this run stored: a page with the same text is a duplicate. Open
     * addressing, 0 marks a free slot (a hash of 0 is stored as 1). */
    uint64_t     *texts;
    size_t        ntexts, ntexts_cap;
    int           direct;      /* the file being read was a PATH argument */
    fa_article   *art;         /* the article being parsed, owned          */
    ingest_counts n;           /* raw_bytes/text_bytes: finished inputs    */
    input        *cur;         /* the input being read (borrowed view)     */
    char         *curfile;     /* its absolute path (NULL: stdin); owned   */
};

/* KIND_GZ: a .gz whose inner name says nothing; read when its content is
 * a WARC (crawlers name them .arc.gz, .gz, ...). */
enum { KIND_NONE, KIND_TXT, KIND_JSONL, KIND_HTML, KIND_FEED, KIND_XML, KIND_WARC, KIND_GZ };

static int stopped(const ingest *ix)
{
    return ix->o.stop && *ix->o.stop;
}

static void report(ingest *ix, const char *path, size_t line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ix->o.report(ix->o.ctx, path, line, msg);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The kind a file's name says (the content may overrule it: content_kind). */
static int kind_of(const char *path)
{
    char base[PATH_MAX];
    int gz = 0;
    snprintf(base, sizeof base, "%s", path);
    if (ends_with(base, ".gz")) {
        base[strlen(base) - 3] = '\0';
        gz = 1;
    }
    if (ends_with(base, ".txt"))
        return KIND_TXT;
    if (ends_with(base, ".jsonl") || ends_with(base, ".ndjson"))
        return KIND_JSONL;
    if (ends_with(base, ".html") || ends_with(base, ".htm") || ends_with(base, ".xhtml"))
        return KIND_HTML;
    if (ends_with(base, ".rss") || ends_with(base, ".atom"))
        return KIND_FEED;
    if (ends_with(base, ".xml"))
        return KIND_XML;
    if (ends_with(base, ".warc"))
        return KIND_WARC;
    return gz ? KIND_GZ : KIND_NONE;
}

/* Whether the first bytes are an HTML document: after a BOM and blanks,
 * <!DOCTYPE html or <html (any case). */
static int html_sniff(const char *p, size_t len)
{
    const char *end = p + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return ((size_t)(end - p) >= 14 && strncasecmp(p, "<!doctype html", 14) == 0) ||
           ((size_t)(end - p) >= 6 && strncasecmp(p, "<html", 5) == 0 &&
            (p[5] == '>' || p[5] == ' ' || p[5] == '\n' || p[5] == '\r' || p[5] == '\t'));
}

/* The kind by content, where name and content disagree: a WARC is a WARC
 * whatever its name (not for JSON Lines, whose lines are objects); a
 * feed named .html, .txt or .xml is a feed; a .txt that is an HTML
 * document is HTML; an .xml that is no feed, or a .gz that is no WARC,
 * is no article file (KIND_NONE). */
static int content_kind(int kind, const char *head, size_t len)
{
    if (kind == KIND_JSONL)
        return kind;
    if (warc_sniff(head, len))
        return KIND_WARC;
    if (kind == KIND_WARC || kind == KIND_GZ)
        return kind == KIND_GZ ? KIND_NONE : kind;
    if (feed_sniff(head, len))
        return KIND_FEED;
    if (kind == KIND_XML)
        return KIND_NONE;
    if (kind == KIND_TXT && html_sniff(head, len))
        return KIND_HTML;
    return kind;
}

int ingest_new(ingest **out, const ingest_opts *o)
{
    ingest *ix = calloc(1, sizeof *ix);

    *out = NULL;
    if (!ix || !(ix->art = fa_article_new())) {
        free(ix);
        return FA_ENOMEM;
    }
    ix->o = *o;
    *out = ix;
    return FA_OK;
}

void ingest_free(ingest *ix)
{
    if (!ix)
        return;
    fa_article_free(ix->art);
    free(ix->curfile);
    for (size_t i = 0; i < ix->nids_cap; i++) {
        free(ix->ids[i].id);
        free(ix->ids[i].path);
    }
    free(ix->ids);
    free(ix->texts);
    free(ix);
}

void ingest_get_counts(const ingest *ix, ingest_counts *out)
{
    *out = ix->n;
    if (ix->cur) {
        out->raw_bytes += input_raw_offset(ix->cur);
        out->text_bytes += input_offset(ix->cur);
    }
}

int ingest_check_article(ingest *ix, fa_article *a, const char *path, size_t line,
                         unsigned fixed)
{
    size_t len = 0;
    const char *date = fa_article_get(a, FA_F_DATE, &len);
    int rc;

    if (fixed & ARTICLE_FIXED_UTF8) {
        report(ix, path, line, "invalid UTF-8 repaired (bad bytes became U+FFFD)");
        ix->n.warnings++;
    }
    if (fixed & ARTICLE_FIXED_CONTROL) {
        report(ix, path, line, "control characters (NUL and others) replaced by spaces");
        ix->n.warnings++;
    }
    if (fixed & (ARTICLE_FIXED_SURROGATE | ARTICLE_FIXED_ID)) {
        size_t il = 0;
        const char *id = fa_article_get(a, FA_F_ID, &il);
        int shown = (int)(il > 300 ? 300 : il);
        if (fixed & ARTICLE_FIXED_SURROGATE) {
            report(ix, path, line, "lone UTF-16 surrogates (\\uD800-\\uDFFF with no partner) kept "
                   "as their text \\uXXXX (article id '%.*s')", shown, id ? id : "");
            ix->n.warnings++;
        }
        if (fixed & ARTICLE_FIXED_ID) {
            report(ix, path, line, "id has control characters or invalid UTF-8, escaped as \\xHH: "
                   "stored as '%.*s' (give that to --delete)", shown, id ? id : "");
            ix->n.warnings++;
        }
    }
    if (date) {
        date_value dv;
        char why[512];
        if (date_parse(&dv, date, len, why, sizeof why) < 0) {
            report(ix, path, line, "date '%.60s': %s; indexed without a date (kept as field "
                   "date_as_given)", date, why);
            ix->n.warnings++;
            /* Shown and sorted as undated; what the input said stays visible. */
            if ((rc = fa_article_set(a, "date_as_given", date, len)) < 0 ||
                (rc = fa_article_unset(a, FA_F_DATE)) < 0)
                return rc;
        } else {
            /* The day in the date slot; the time of day, when there was
             * one, as the stored field 'timestamp'. fa_article_set copies,
             * and dv is ours, so 'date' may be overwritten. */
            if (dv.stamp[0] && (rc = fa_article_set(a, FA_F_TIMESTAMP, dv.stamp, strlen(dv.stamp))) < 0)
                return rc;
            if ((len != strlen(dv.day) || memcmp(date, dv.day, len) != 0) &&
                (rc = fa_article_set(a, FA_F_DATE, dv.day, strlen(dv.day))) < 0)
                return rc;
        }
    }
    const char *id = fa_article_get(a, FA_F_ID, &len);
    if (ix->o.nshards && fa_hash(id, len) % ix->o.nshards != ix->o.shard - 1) {
        ix->n.other_shards++;
        return INGEST_OTHER_SHARD;
    }
    if (len == 0 || len > FA_MAX_ID_BYTES) {
        report(ix, path, line, "article id %s; skipped",
               len ? "longer than " FA_STR(FA_MAX_ID_BYTES) " bytes" : "is empty");
        ix->n.failed++;
        return INGEST_REFUSED;
    }
    return INGEST_KEEP;
}

/* Check the parsed article and hand it on. FA_OK, or a negative status
 * when the index failed or memory ran out (which stops the run). */
static int store(ingest *ix, const char *path, size_t line, unsigned fixed)
{
    char err[512];
    int rc = ingest_check_article(ix, ix->art, path, line, fixed);

    if (rc != INGEST_KEEP)
        return rc < 0 ? rc : FA_OK;
    if ((rc = ix->o.put(ix->o.ctx, &ix->art, ix->curfile, err, sizeof err)) < 0)
        ix->o.report(ix->o.ctx, NULL, 0, err);
    ix->n.docs++;
    if (ix->o.stored)
        ix->o.stored(ix->o.ctx);
    return rc;
}

static path_id *id_slot(path_id *tab, size_t cap, const char *id)
{
    size_t i = (size_t)fa_hash(id, strlen(id)) & (cap - 1);
    while (tab[i].id && strcmp(tab[i].id, id) != 0)
        i = (i + 1) & (cap - 1);
    return &tab[i];
}

/* Remember that 'path' gave ids from 'id' (the path relative to its
 * argument: one entry per file, not per JSON line). FA_OK with *other
 * NULL when it is new (or 'path' gave it before), *other the first file
 * when another file gave it already; FA_ENOMEM. */
static int id_claim(ingest *ix, const char *id, const char *path, const char **other)
{
    path_id *e;

    *other = NULL;
    if (2 * (ix->nids + 1) > ix->nids_cap) {
        size_t cap = ix->nids_cap ? 2 * ix->nids_cap : 1024;
        path_id *tab = calloc(cap, sizeof *tab);
        if (!tab)
            return FA_ENOMEM;
        for (size_t i = 0; i < ix->nids_cap; i++)
            if (ix->ids[i].id)
                *id_slot(tab, cap, ix->ids[i].id) = ix->ids[i];
        free(ix->ids);
        ix->ids = tab;
        ix->nids_cap = cap;
    }
    e = id_slot(ix->ids, ix->nids_cap, id);
    if (e->id) {
        if (strcmp(e->path, path) != 0)
            *other = e->path;
        return FA_OK;
    }
    if (!(e->id = strdup(id)) || !(e->path = strdup(path))) {
        free(e->id);
        e->id = NULL;
        return FA_ENOMEM;
    }
    ix->nids++;
    return FA_OK;
}

/* An id made from a file's path: in the escaped form of ids from JSON
 * (article_escape_id), so that a file name with ESC or invalid UTF-8 gives
 * an id that can be printed and given to --delete. Ids are paths relative
 * to their PATH argument, so two arguments can give one id: the second
 * file is then reported and skipped (INGEST_REFUSED), never allowed to
 * replace the first in silence. */
static int set_path_id(ingest *ix, const char *path, size_t line, const char *rel,
                       const char *id, unsigned *fixed)
{
    char *esc = NULL;
    size_t n = 0;
    int changed = 0;
    const char *other = NULL;
    int rc = article_escape_id(&esc, &n, id, strlen(id), &changed);
    if (rc == FA_OK)
        rc = fa_article_set(ix->art, FA_F_ID, esc, n);
    /* Compared by real path: coll/x and ./coll/x are one file. */
    if (rc == FA_OK && (rc = id_claim(ix, rel, ix->curfile ? ix->curfile : path, &other)) == FA_OK &&
        other) {
        report(ix, path, line, "its id '%.200s' (made from its path) is the id of an article "
               "of %.400s already; skipped (give the articles ids, or index the folder that "
               "holds both)", esc, other);
        ix->n.failed++;
        rc = INGEST_REFUSED;
    }
    if (changed)
        *fixed |= ARTICLE_FIXED_ID;
    free(esc);
    return rc;
}

/* Standard input has no path: an article from it without an id is named
 * by its content, "stdin:" and 16 hex digits of fa_hash over its bytes,
 * so a second piped article never replaces the first, and piping the same
 * one again leaves it unchanged. */
static int set_stdin_id(fa_article *a, const char *data, size_t len)
{
    char id[32];
    snprintf(id, sizeof id, "stdin:%016llx", (unsigned long long)fa_hash(data, len));
    return fa_article_set(a, FA_F_ID, id, strlen(id));
}

/* Whether the text of page *a was seen already in this run (then it is a
 * duplicate: counted, not stored); else it is remembered. 1, 0, or
 * FA_ENOMEM. Pages only: .txt and JSON Lines articles with one text are
 * distinct articles by their ids, as they always were. */
static int duplicate_text(ingest *ix, const fa_article *a)
{
    size_t len = 0;
    const char *t = fa_article_get(a, FA_F_TEXT, &len);
    uint64_t h = fa_hash(t ? t : "", len);

    if (len == 0)
        return 0;   /* a feed item with a title only: no text to share */
    if (h == 0)
        h = 1;
    if (2 * (ix->ntexts + 1) > ix->ntexts_cap) {
        size_t cap = ix->ntexts_cap ? 2 * ix->ntexts_cap : 4096;
        uint64_t *tab = calloc(cap, sizeof *tab);
        if (!tab)
            return FA_ENOMEM;
        for (size_t i = 0; i < ix->ntexts_cap; i++)
            if (ix->texts[i]) {
                size_t j = (size_t)ix->texts[i] & (cap - 1);
                while (tab[j])
                    j = (j + 1) & (cap - 1);
                tab[j] = ix->texts[i];
            }
        free(ix->texts);
        ix->texts = tab;
        ix->ntexts_cap = cap;
    }
    size_t j = (size_t)h & (ix->ntexts_cap - 1);
    while (ix->texts[j] && ix->texts[j] != h)
        j = (j + 1) & (ix->ntexts_cap - 1);
    if (ix->texts[j])
        return 1;
    ix->texts[j] = h;
    ix->ntexts++;
    return 0;
}

/* Store a page (an HTML file, a feed item, a WARC page) unless its text
 * is a duplicate or over the article limit. */
static int store_page(ingest *ix, const char *path, size_t line, unsigned fixed)
{
    size_t len = 0;
    int rc;

    fa_article_get(ix->art, FA_F_TEXT, &len);
    if (ix->o.max_article && len > ix->o.max_article) {
        report(ix, path, line, "article text of %zu bytes is larger than the limit of %zu bytes "
               "(--max-article-bytes); skipped", len, ix->o.max_article);
        ix->n.failed++;
        return FA_OK;
    }
    if ((rc = duplicate_text(ix, ix->art)) < 0)
        return rc;
    if (rc == 1) {
        ix->n.duplicates++;
        return FA_OK;
    }
    return store(ix, path, line, fixed);
}

static int read_html(ingest *ix, input *in, const char *path, const char *rel)
{
    const char *data;
    size_t len;
    unsigned fixed = 0;
    char err[256];
    struct html_doc doc = {0};
    int rc;

    if ((rc = input_all(in, &data, &len, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM || rc == FA_EINTR)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->n.failed++;
        return FA_OK;
    }
    if (memchr(data, '\0', len < 4096 ? len : 4096)) {   /* as for .txt */
        report(ix, path, 0, "binary file (NUL bytes near the start), not HTML; skipped");
        ix->n.failed++;
        return FA_OK;
    }
    if ((rc = html_extract(data, len, NULL, NULL, &doc, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->n.failed++;
        return FA_OK;
    }
    if (!doc.text) {
        report(ix, path, 0, "no article text in the page (a link list, a stub or an empty page); skipped");
        ix->n.failed++;
        goto out;
    }
    fa_article_clear(ix->art);
#define SET(key, v)                                                                         \
    do {                                                                                    \
        if ((v) && *(v) && (rc = article_set_clean(ix->art, key, v, strlen(v), &fixed)) < 0) \
            goto out;                                                                       \
    } while (0)
    SET(FA_F_TITLE, doc.title);
    SET(FA_F_DATE, doc.date);
    SET(FA_F_AUTHOR, doc.author);
    SET(FA_F_URL, doc.url);
    SET(FA_F_TEXT, doc.text);
#undef SET
    if (doc.flags & HTML_FLAG_BAD_BYTES)
        fixed |= ARTICLE_FIXED_UTF8;
    if ((rc = article_complete(ix->art)) < 0)
        goto out;
    rc = set_path_id(ix, path, 0, rel, rel, &fixed);
    if (rc == INGEST_REFUSED)
        rc = FA_OK;
    else if (rc == FA_OK)
        rc = store_page(ix, path, 0, fixed);
out:
    html_doc_free(&doc);
    return rc;
}

typedef struct feed_ctx {
    ingest     *ix;
    const char *path, *rel;
} feed_ctx;

static int feed_item(void *ctx, fa_article **a, size_t item, size_t line, unsigned fixed)
{
    feed_ctx *f = ctx;
    ingest *ix = f->ix;
    int rc;

    (void)a;   /* it is ix->art */
    if (!fa_article_get(ix->art, FA_F_TEXT, NULL) && !fa_article_get(ix->art, FA_F_TITLE, NULL)) {
        report(ix, f->path, line, "item %zu has no title and no text; skipped", item);
        ix->n.failed++;
        return FA_OK;
    }
    if ((rc = article_complete(ix->art)) < 0)
        return rc;
    if (!fa_article_get(ix->art, FA_F_ID, NULL)) {
        char id[PATH_MAX + 32];
        snprintf(id, sizeof id, "%s#item%zu", f->rel, item);
        rc = set_path_id(ix, f->path, line, f->rel, id, &fixed);
        if (rc < 0)
            return rc;
        if (rc == INGEST_REFUSED)
            return FA_OK;
    }
    return store_page(ix, f->path, line, fixed);
}

static void feed_problem(void *ctx, size_t item, size_t line, const char *msg)
{
    feed_ctx *f = ctx;
    if (item)
        report(f->ix, f->path, line, "item %zu: %s", item, msg);
    else
        report(f->ix, f->path, line, "%s", msg);
    f->ix->n.warnings++;   /* the item is indexed as recovered */
}

static int read_feed(ingest *ix, input *in, const char *path, const char *rel)
{
    const char *data;
    size_t len;
    char err[512];
    feed_ctx f = {ix, path, rel ? rel : "stdin"};
    int rc;

    input_set_max(in, FEED_MAX_BYTES);
    if ((rc = input_all(in, &data, &len, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM || rc == FA_EINTR)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->n.failed++;
        return FA_OK;
    }
    rc = feed_parse(data, len, path, &ix->art, feed_item, feed_problem, &f, err, sizeof err);
    if (rc == FA_EINVAL) {
        report(ix, path, 0, "%s", err);
        ix->n.failed++;
        rc = FA_OK;
    }
    return rc;
}

static int warc_page(void *ctx, fa_article **a, size_t offset, unsigned fixed)
{
    feed_ctx *f = ctx;
    (void)a;
    (void)offset;
    return store_page(f->ix, f->path, 0, fixed);
}

static void warc_problem(void *ctx, size_t offset, const char *msg)
{
    feed_ctx *f = ctx;
    report(f->ix, f->path, 0, "record at offset %zu: %s", offset, msg);
    f->ix->n.failed++;
}

static int read_warc(ingest *ix, input *in, const char *path, const char *rel)
{
    char err[700];
    feed_ctx f = {ix, path, rel};
    int rc = warc_read(in, ix->o.max_article, &ix->art, warc_page, warc_problem, &f,
                       &ix->n.warc, err, sizeof err);
    if (rc == FA_EINVAL || rc == FA_EIO) {
        report(ix, path, 0, "%s", err);
        ix->n.failed++;
        rc = FA_OK;
    }
    return rc;
}

static int read_txt(ingest *ix, input *in, const char *path, const char *rel)
{
    const char *data;
    size_t len;
    unsigned fixed = 0;
    char err[256];
    int rc;

    if ((rc = input_all(in, &data, &len, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM || rc == FA_EINTR)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->n.failed++;
        return FA_OK;
    }
    if (memchr(data, '\0', len) && memchr(data, '\0', len) < (const void *)(data + (len < 4096 ? len : 4096))) {
        report(ix, path, 0, "binary file (NUL bytes near the start); skipped");
        ix->n.failed++;
        return FA_OK;
    }
    if ((rc = article_parse_txt(ix->art, data, len, &fixed, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->n.failed++;
        return FA_OK;
    }
    if (!fa_article_get(ix->art, FA_F_ID, NULL)) {
        rc = rel ? set_path_id(ix, path, 0, rel, rel, &fixed) : set_stdin_id(ix->art, data, len);
        if (rc < 0)
            return rc;
        if (rc == INGEST_REFUSED)
            return FA_OK;
    }
    return store(ix, path, 0, fixed);
}

static int read_jsonl(ingest *ix, input *in, const char *path, const char *rel)
{
    const char *line;
    size_t len, lineno = 0;
    unsigned fixed = 0;
    char err[256];
    int rc;

    for (;;) {
        if (stopped(ix))
            return FA_EINTR;
        rc = input_line(in, &line, &len, err, sizeof err);
        lineno++;
        if (rc == 0)
            break;
        if (rc == FA_EINTR)
            return rc;              /* a signal while reading stdin: stop */
        if (rc == FA_EINVAL) {      /* an over-long line; the next is fine */
            report(ix, path, lineno, "%s", err);
            ix->n.failed++;
            continue;
        }
        if (rc < 0) {
            if (rc == FA_ENOMEM)
                return rc;
            report(ix, path, lineno, "%s; the rest of the file is skipped", err);
            ix->n.failed++;
            return FA_OK;
        }
        size_t i = 0;
        while (i < len && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (i == len)
            continue;   /* blank lines separate nothing in JSON Lines */
        if ((rc = article_parse_json(ix->art, line, len, &fixed, err, sizeof err)) < 0) {
            if (rc == FA_ENOMEM)
                return rc;
            report(ix, path, lineno, "%s; skipped", err);
            ix->n.failed++;
            continue;
        }
        if (!fa_article_get(ix->art, FA_F_ID, NULL)) {
            char id[PATH_MAX + 32];
            if (rel) {
                snprintf(id, sizeof id, "%s#%zu", rel, lineno);
                rc = set_path_id(ix, path, lineno, rel, id, &fixed);
            } else {
                rc = set_stdin_id(ix->art, line, len);
            }
            if (rc < 0)
                return rc;
            if (rc == INGEST_REFUSED)
                continue;
        }
        if ((rc = store(ix, path, lineno, fixed)) < 0)
            return rc;
    }
    return FA_OK;
}

/* Standard input has no name to go by: --format says, or the first
 * non-blank byte does ('{' means JSON Lines). Peeked through the reader,
 * so nothing is consumed before it. */
static int stdin_kind(const ingest *ix, input *in)
{
    char err[256];
    if (strcmp(ix->o.format, "txt") == 0)
        return KIND_TXT;
    if (strcmp(ix->o.format, "jsonl") == 0)
        return KIND_JSONL;
    return input_peek(in, err, sizeof err) == '{' ? KIND_JSONL : KIND_TXT;
}

static int read_file(void *ctx, const char *path, const char *rel)
{
    ingest *ix = ctx;
    input *in = NULL;
    char err[256];
    int kind, rc;
    int is_stdin = strcmp(path, "-") == 0;

    if (stopped(ix))
        return FA_EINTR;   /* stops the walk */
    kind = is_stdin ? KIND_TXT : kind_of(path);
    if (kind == KIND_NONE) {
        ix->n.skipped_files++;
        return FA_OK;
    }
    if (is_stdin)
        rel = NULL;   /* ids from content: set_stdin_id */
    if ((rc = input_open(&in, path, ix->o.max_article, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->n.failed++;
        return FA_OK;
    }
    input_watch(in, ix->o.stop);
    if (is_stdin) {
        kind = stdin_kind(ix, in);
    } else {
        const char *head;
        size_t hlen;
        if ((rc = input_head(in, &head, &hlen, 1024, err, sizeof err)) < 0) {
            input_close(in);
            if (rc == FA_ENOMEM || rc == FA_EINTR)
                return rc;
            report(ix, path, 0, "%s; skipped", err);
            ix->n.failed++;
            return FA_OK;
        }
        int named = kind;
        if ((kind = content_kind(kind, head, hlen)) == KIND_NONE) {
            input_close(in);
            if (ix->direct) {   /* asked for by name: say why it is not read */
                report(ix, path, 0, "%s; skipped", named == KIND_XML ? "not an RSS or Atom feed"
                       : "a .gz that holds no WARC (and whose name says no other kind)");
                ix->n.failed++;
            } else {
                ix->n.skipped_files++;
            }
            return FA_OK;
        }
    }
    ix->cur = in;
    ix->curfile = is_stdin ? NULL : realpath(path, NULL);
    switch (kind) {
    case KIND_TXT:  rc = read_txt(ix, in, path, rel);   break;
    case KIND_JSONL: rc = read_jsonl(ix, in, path, rel); break;
    case KIND_HTML: rc = read_html(ix, in, path, rel);  break;
    case KIND_FEED: rc = read_feed(ix, in, path, rel);  break;
    default:        rc = read_warc(ix, in, path, rel);  break;
    }
    ix->n.raw_bytes += input_raw_offset(in);
    ix->n.text_bytes += input_offset(in);
    ix->cur = NULL;
    free(ix->curfile);
    ix->curfile = NULL;
    input_close(in);
    return rc;
}

static void walk_error(void *ctx, const char *path, const char *msg)
{
    ingest *ix = ctx;
    report(ix, path, 0, "%s", msg);
    ix->n.failed++;
}

int ingest_path(ingest *ix, const char *arg)
{
    int rc;

    if (strcmp(arg, "-") == 0)
        return read_file(ix, "-", NULL);
    /* A file named on the command line must be of a known kind. Told by
     * stat(), not by opening it: opening a FIFO waits for a writer. */
    if (kind_of(arg) == KIND_NONE) {
        struct stat st;
        if (stat(arg, &st) == 0 && !S_ISDIR(st.st_mode)) {
            report(ix, arg, 0, "not a .txt, .jsonl, .ndjson, .html, .htm, .rss, .atom, .xml or .warc "
                   "file (optionally .gz); skipped");
            ix->n.failed++;
            return FA_OK;
        }
    }
    {
        struct stat st;
        ix->direct = stat(arg, &st) == 0 && !S_ISDIR(st.st_mode);
    }
    rc = walk(arg, read_file, walk_error, ix);
    ix->direct = 0;
    return rc == FA_ENOTFOUND ? FA_OK : rc;   /* reported and counted by walk_error */
}

static int add_size(void *ctx, const char *path, const char *rel)
{
    struct stat st;
    (void)rel;
    if (kind_of(path) != KIND_NONE && stat(path, &st) == 0)
        *(size_t *)ctx += (size_t)st.st_size;
    return FA_OK;
}

static void ignore_error(void *ctx, const char *path, const char *msg)
{
    (void)ctx; (void)path; (void)msg;   /* the real walk reports these */
}

size_t ingest_input_bytes(char *const *paths, int n)
{
    size_t total = 0;
    for (int i = 0; i < n; i++)
        if (strcmp(paths[i], "-") != 0)
            walk(paths[i], add_size, ignore_error, &total);
    return total;
}
