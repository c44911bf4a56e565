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
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_hash.h"
#include "fa_xap.h"
#include "input.h"
#include "walk.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
    fa_article   *art;         /* the article being parsed, owned          */
    ingest_counts n;           /* raw_bytes/text_bytes: finished inputs    */
    input        *cur;         /* the input being read (borrowed view)     */
    char         *curfile;     /* its absolute path (NULL: stdin); owned   */
};

enum { KIND_NONE, KIND_TXT, KIND_JSONL };

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

static int kind_of(const char *path)
{
    char base[PATH_MAX];
    snprintf(base, sizeof base, "%s", path);
    if (ends_with(base, ".gz"))
        base[strlen(base) - 3] = '\0';
    if (ends_with(base, ".txt"))
        return KIND_TXT;
    if (ends_with(base, ".jsonl") || ends_with(base, ".ndjson"))
        return KIND_JSONL;
    return KIND_NONE;
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
    if (is_stdin)
        kind = stdin_kind(ix, in);
    ix->cur = in;
    ix->curfile = is_stdin ? NULL : realpath(path, NULL);
    rc = kind == KIND_TXT ? read_txt(ix, in, path, rel) : read_jsonl(ix, in, path, rel);
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
            report(ix, arg, 0, "not a .txt, .jsonl or .ndjson file (optionally .gz); skipped");
            ix->n.failed++;
            return FA_OK;
        }
    }
    rc = walk(arg, read_file, walk_error, ix);
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
