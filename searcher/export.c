/* export.c - rows of hits as CSV, TSV or JSON Lines (see export.h). Each
 * chunk of hits is a page (page.h) written and freed before the next. */
#include "export.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_utf8.h"
#include "page.h"
#include "print.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

static const char *const default_cols[] = {
    "rank", "id", "date", "title", "source", "url", "countries", "officials", "score",
};

int export_cols_parse(export_cols *out, const char *list, char *errbuf, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (!list)
        return FA_OK;
    for (const char *p = list;;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 0) {
            snprintf(errbuf, errlen, "--fields '%s' has an empty name", list);
            return FA_EINVAL;
        }
        if (n == strlen(FA_F_TEXT) && memcmp(p, FA_F_TEXT, n) == 0) {
            snprintf(errbuf, errlen, "--fields: the text is not exported (--show ID prints it)");
            return FA_EINVAL;
        }
        if (out->n == EXPORT_MAX_FIELDS) {
            snprintf(errbuf, errlen, "--fields names at most %d fields", EXPORT_MAX_FIELDS);
            return FA_EINVAL;
        }
        if (n == 7 && memcmp(p, "snippet", 7) == 0)
            out->snippet = 1;
        out->name[out->n] = p;
        out->len[out->n++] = n;
        if (!e)
            break;
        p = e + 1;
    }
    return FA_OK;
}

int export_cols_check(const export_cols *c, int collapse, char *errbuf, size_t errlen)
{
    for (size_t i = 0; i < c->n && !collapse; i++)
        if (c->len[i] == 7 && memcmp(c->name[i], "similar", 7) == 0) {
            /* without groups there is nothing to count: a column of 0s
             * would read as "no copies" */
            snprintf(errbuf, errlen, "--fields similar counts a copy group's other members: it needs --collapse");
            return FA_EINVAL;
        }
    return FA_OK;
}

/* The bytes of s[0..n) that are well-formed UTF-8 go through 'put' one
 * sequence at a time; any other byte becomes U+FFFD, so CSV and TSV are
 * valid UTF-8 whatever an old index holds. */
static void put_field(sink *out, int format, const char *s, size_t n)
{
    const char *end = s + n;
    int quote = 0;

    if (format == EXPORT_CSV) {
        for (size_t i = 0; i < n && !quote; i++)
            quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
        if (quote)
            sink_putc(out, '"');
    }
    while (s < end) {
        unsigned char c = (unsigned char)*s;
        size_t k = c < 0x80 ? 1 : fa_utf8_decode(s, (size_t)(end - s), NULL);
        if (k == 0) {
            sink_puts(out, "\xEF\xBF\xBD");
            s++;
            continue;
        }
        if (format == EXPORT_CSV && c == '"')
            sink_puts(out, "\"\"");
        else if (format == EXPORT_TSV && (c == '\t' || c == '\n' || c == '\r' || c == '\\'))
            sink_puts(out, c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\\\");
        else
            sink_write(out, s, k);
        s += k;
    }
    if (quote)
        sink_putc(out, '"');
}

static int is(const char *name, size_t len, const char *what)
{
    return strlen(what) == len && memcmp(name, what, len) == 0;
}

/* The facet whose JSON key (countries, officials) is name, or -1. */
static int facet_col(const char *name, size_t len)
{
    for (int f = 0; f < FA_NFACETS; f++)
        if (is(name, len, fa_facet_table[f].json_key))
            return f;
    return -1;
}

/* One column of hit 'h' as text, into 'tmp' (a memory sink), or as JSON
 * into 'out' when json is set. */
static int column(sink *out, const page_hit *h, const char *name, size_t len, int json, sink *tmp)
{
    int f = facet_col(name, len);
    char key[256];

    if (f >= 0) {
        if (json)
            sink_putc(out, '[');
        for (size_t k = 0; k < h->nvalues[f]; k++) {
            if (json) {
                if (k)
                    sink_putc(out, ',');
                print_json_string(out, h->values[f][k], strlen(h->values[f][k]));
            } else {
                if (k)
                    sink_putc(tmp, '|');
                sink_puts(tmp, h->values[f][k]);
            }
        }
        if (json)
            sink_putc(out, ']');
        return 1;
    }
    if (is(name, len, "score")) {
        sink_printf(json ? out : tmp, "%.6g", h->score);
        return 1;
    }
    if (is(name, len, "rank")) {
        sink_printf(json ? out : tmp, "%zu", h->rank);
        return 1;
    }
    if (is(name, len, "similar")) {   /* --collapse: the group's other matching members */
        sink_printf(json ? out : tmp, "%lu", h->similar);
        return 1;
    }
    if (is(name, len, "snippet")) {
        if (json)
            print_json_string(out, h->snippet, strlen(h->snippet));
        else
            print_text_html(tmp, h->snippet, 0, 0);
        return 1;
    }
    /* A stored field; names are short, longer ones match nothing. */
    const char *v = NULL;
    size_t vl = 0;
    if (len < sizeof key) {
        memcpy(key, name, len);
        key[len] = '\0';
        v = fa_article_get(h->fields, key, &vl);
    }
    if (json && !v)
        sink_puts(out, "null");
    else if (json)
        print_json_string(out, v, vl);
    else if (v)
        sink_write(tmp, v, vl);
    return v != NULL;
}

/* Columns every row has, whether or not an article's record holds them. */
static int builtin_col(const char *name, size_t len)
{
    static const char *const always[] = {
        "id", "date", "title", "url", "source", "score", "rank", "snippet", "similar",
    };
    for (size_t i = 0; i < sizeof always / sizeof *always; i++)
        if (is(name, len, always[i]))
            return 1;
    return facet_col(name, len) >= 0;
}

int export_col_missing(const export_cols *cols, size_t i)
{
    return i < cols->n && !cols->seen[i] && !builtin_col(cols->name[i], cols->len[i]);
}

static void header(sink *out, int format, const export_cols *c)
{
    size_t n = c->n ? c->n : sizeof default_cols / sizeof *default_cols;
    for (size_t i = 0; i < n; i++) {
        if (i)
            sink_putc(out, format == EXPORT_CSV ? ',' : '\t');
        if (c->n)
            put_field(out, format, c->name[i], c->len[i]);
        else
            put_field(out, format, default_cols[i], strlen(default_cols[i]));
    }
    sink_puts(out, format == EXPORT_CSV ? "\r\n" : "\n");
}

static void row(sink *out, int format, export_cols *c, const page_hit *h, sink *tmp)
{
    size_t n = c->n ? c->n : sizeof default_cols / sizeof *default_cols;

    if (format == EXPORT_JSONL && !c->n) {
        print_json_hit(out, h);
        sink_putc(out, '\n');
        return;
    }
    if (format == EXPORT_JSONL)
        sink_putc(out, '{');
    for (size_t i = 0; i < n; i++) {
        const char *name = c->n ? c->name[i] : default_cols[i];
        size_t len = c->n ? c->len[i] : strlen(default_cols[i]);
        if (format == EXPORT_JSONL) {
            if (i)
                sink_putc(out, ',');
            print_json_string(out, name, len);
            sink_putc(out, ':');
            if (column(out, h, name, len, 1, tmp) && c->n)
                c->seen[i] = 1;
            continue;
        }
        if (i)
            sink_putc(out, format == EXPORT_CSV ? ',' : '\t');
        sink_fini(tmp);
        sink_mem(tmp);
        if (column(out, h, name, len, 0, tmp) && c->n)
            c->seen[i] = 1;
        size_t tl;
        const char *t = sink_data(tmp, &tl);
        put_field(out, format, t, tl);
    }
    sink_puts(out, format == EXPORT_JSONL ? "}\n" : format == EXPORT_CSV ? "\r\n" : "\n");
}

int export_run(sink *out, fa_db *db, const fa_search *s, const fa_gazetteer *gaz,
               int format, export_cols *cols, int paged, unsigned long *rows)
{
    fa_search c = *s;
    unsigned long want = paged ? s->limit : ULONG_MAX, done = 0;
    unsigned long start = paged ? s->offset : 0;
    page *p = NULL;
    sink tmp;
    int rc = FA_OK;

    sink_mem(&tmp);
    memset(cols->seen, 0, sizeof cols->seen);
    c.facets = 0;
    if (format != EXPORT_JSONL)
        header(out, format, cols);
    while (done < want && rc == FA_OK) {
        unsigned long at = start + done, n = want - done < EXPORT_CHUNK ? want - done : EXPORT_CHUNK;
        if (at > UINT_MAX)
            break;   /* no index holds 2^32 documents */
        c.offset = (unsigned)at;
        c.limit = (unsigned)n;
        if ((rc = page_search(&p, db, &c, gaz)) < 0)
            break;
        for (size_t i = 0; i < p->nhits; i++)
            row(out, format, cols, &p->hits[i], &tmp);
        done += p->nhits;
        if (p->nhits < n)
            want = done;   /* the last chunk */
        page_free(p);
        p = NULL;
        /* A later chunk needs no exact total; a failed sink (a closed
         * pipe, a full disk) ends the walk instead of searching on. */
        c.estimate = 1;
        rc = sink_status(out);
    }
    sink_fini(&tmp);
    if (rows)
        *rows = done;
    return rc < 0 ? rc : sink_status(out);
}
