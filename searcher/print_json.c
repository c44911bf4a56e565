/* print_json.c - the JSON format: one object per page, on one line:
 * {"query","total","offset","limit","hits":[...],"facets":{...}}, the
 * schema fa-search --json documents and a server returns as is. Valid
 * JSON for any bytes an article holds (invalid UTF-8 becomes U+FFFD). */
#include "print.h"
#include "fa_fields.h"
#include "fa_utf8.h"

#include <string.h>

void print_json_string(sink *out, const char *s, size_t len)
{
    const char *end = s + len;
    const char *run = s;   /* bytes since the last escape, written at once */

    sink_putc(out, '"');
    while (s < end) {
        unsigned char c = (unsigned char)*s;
        size_t n;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            s++;
            continue;
        }
        if (c >= 0x80 && (n = fa_utf8_decode(s, (size_t)(end - s), NULL)) > 0) {
            s += n;
            continue;
        }
        sink_write(out, run, (size_t)(s - run));
        if (c == '"' || c == '\\') {
            sink_putc(out, '\\');
            sink_putc(out, (char)c);
        } else if (c < 0x20) {
            switch (c) {
            case '\n': sink_puts(out, "\\n"); break;
            case '\t': sink_puts(out, "\\t"); break;
            case '\r': sink_puts(out, "\\r"); break;
            default:   sink_printf(out, "\\u%04x", c); break;
            }
        } else {
            sink_puts(out, "\\ufffd");   /* a byte that starts no UTF-8 character */
        }
        s++;
        run = s;
    }
    sink_write(out, run, (size_t)(s - run));
    sink_putc(out, '"');
}

static void json_cstr(sink *out, const char *s)
{
    if (s)
        print_json_string(out, s, strlen(s));
    else
        sink_puts(out, "null");
}

static void json_begin(sink *s, const page *p, const print_opts *o)
{
    (void)o;
    sink_puts(s, "{\"query\":");
    json_cstr(s, p->query);
    sink_printf(s, ",\"total\":%lu,\"offset\":%u,\"limit\":%u,", p->total, p->offset, p->limit);
    /* Collapsed: "total" counts groups; the articles are beside it. */
    if (p->collapse)
        sink_printf(s, "\"collapse\":true,\"total_articles\":%lu,", p->total_articles);
    sink_puts(s, "\"hits\":[");
}

static void json_hit(sink *s, const page *p, size_t i, const print_opts *o)
{
    (void)o;
    if (i)
        sink_putc(s, ',');
    print_json_hit(s, &p->hits[i]);
}

void print_json_hit(sink *s, const page_hit *h)
{
    static const char *const top[] = {FA_F_TITLE, FA_F_DATE, FA_F_SOURCE, FA_F_URL};
    int first = 1;

    sink_printf(s, "{\"rank\":%zu,\"id\":", h->rank);
    json_cstr(s, fa_article_get(h->fields, FA_F_ID, NULL));
    sink_printf(s, ",\"score\":%.6g", h->score);
    for (size_t k = 0; k < sizeof top / sizeof top[0]; k++) {
        sink_printf(s, ",\"%s\":", top[k]);
        json_cstr(s, fa_article_get(h->fields, top[k], NULL));
    }
    sink_puts(s, ",\"snippet\":");
    json_cstr(s, h->snippet);
    sink_printf(s, ",\"similar\":%lu", h->similar);
    for (int f = 0; f < FA_NFACETS; f++) {
        sink_printf(s, ",\"%s\":[", fa_facet_table[f].json_key);
        for (size_t k = 0; k < h->nvalues[f]; k++) {
            if (k)
                sink_putc(s, ',');
            json_cstr(s, h->values[f][k]);
        }
        sink_putc(s, ']');
    }
    /* Every stored field but the text, which can be megabytes. */
    sink_puts(s, ",\"fields\":{");
    for (size_t k = 0; k < fa_article_nfields(h->fields); k++) {
        const char *v;
        size_t vl;
        const char *key = fa_article_field(h->fields, k, &v, &vl);
        if (strcmp(key, FA_F_TEXT) == 0)
            continue;
        if (!first)
            sink_putc(s, ',');
        first = 0;
        json_cstr(s, key);
        sink_putc(s, ':');
        print_json_string(s, v, vl);
    }
    sink_puts(s, "}}");
}

static void json_hits_end(sink *s, const page *p, const print_opts *o)
{
    (void)p; (void)o;
    sink_putc(s, ']');
}

/* "facets":{"country":[...],"official":[...]}, keyed by query field. */
static void json_facet_begin(sink *s, const page *p, int facet, const print_opts *o)
{
    (void)p; (void)o;
    sink_puts(s, facet == 0 ? ",\"facets\":{" : ",");
    json_cstr(s, fa_facet_table[facet].field);
    sink_puts(s, ":[");
}

static void json_facet_value(sink *s, const page *p, int facet, size_t i, const print_opts *o)
{
    const page_value *v = &p->values[facet][i];
    (void)o;
    sink_puts(s, i ? ",{\"value\":" : "{\"value\":");
    json_cstr(s, v->value);
    sink_puts(s, ",\"name\":");
    json_cstr(s, v->name);
    sink_puts(s, ",\"count\":");
    sink_putu(s, v->count);
    sink_putc(s, '}');
}

/* After the last facet, how many values each counted before the limit
 * cut (with facet_match: how many matched), so that a reader can say
 * "Show more (N)" without fetching them all. */
static void json_facet_end(sink *s, const page *p, int facet, const print_opts *o)
{
    (void)o;
    if (facet != FA_NFACETS - 1) {
        sink_putc(s, ']');
        return;
    }
    sink_puts(s, "]},\"facet_total_values\":{");
    for (int f = 0; f < FA_NFACETS; f++) {
        if (f)
            sink_putc(s, ',');
        json_cstr(s, fa_facet_table[f].field);
        sink_putc(s, ':');
        sink_putu(s, p->ndistinct[f]);
    }
    sink_putc(s, '}');
}

static void json_end(sink *s, const page *p, const print_opts *o)
{
    (void)o;
    print_json_more(s, p);
    sink_puts(s, "}\n");
}

const page_writer print_json = {
    json_begin, json_hit, json_hits_end,
    json_facet_begin, json_facet_value, json_facet_end,
    json_end,
};
