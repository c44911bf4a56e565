/* print.c - text and JSON output of a page of hits (see print.h). */
#include "print.h"
#include "fa_error.h"
#include "fa_fields.h"

#include <stdlib.h>
#include <string.h>

void print_json_string(FILE *f, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    fputc('"', f);
    while (p < end) {
        unsigned c = *p;
        if (c == '"' || c == '\\') {
            fputc('\\', f);
            fputc((int)c, f);
            p++;
        } else if (c < 0x20) {
            switch (c) {
            case '\n': fputs("\\n", f); break;
            case '\t': fputs("\\t", f); break;
            case '\r': fputs("\\r", f); break;
            default:   fprintf(f, "\\u%04x", c); break;
            }
            p++;
        } else if (c < 0x80) {
            fputc((int)c, f);
            p++;
        } else {
            /* Copy a well-formed UTF-8 sequence; anything else is U+FFFD. */
            size_t need = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xC2 && c <= 0xDF ? 1 : 0;
            size_t k = 1;
            if (need && (size_t)(end - p) > need)
                for (; k <= need && (p[k] & 0xC0) == 0x80; k++)
                    ;
            if (need && k == need + 1 &&
                !(c == 0xE0 && p[1] < 0xA0) && !(c == 0xED && p[1] > 0x9F) &&
                !(c == 0xF0 && p[1] < 0x90) && !(c == 0xF4 && p[1] > 0x8F)) {
                fwrite(p, 1, need + 1, f);
                p += need + 1;
            } else {
                fputs("\\ufffd", f);
                p++;
            }
        }
    }
    fputc('"', f);
}

static void json_cstr(FILE *f, const char *s)
{
    if (s)
        print_json_string(f, s, strlen(s));
    else
        fputs("null", f);
}

/* Turn the snippet's HTML (escaped text, <b> highlights) into terminal text. */
static void print_snippet_text(FILE *f, const char *s, int bold)
{
    static const struct { const char *from, *to; } ent[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
    };
    while (*s) {
        size_t i;
        if (strncmp(s, "<b>", 3) == 0) {
            if (bold)
                fputs("\033[1m", f);
            s += 3;
            continue;
        }
        if (strncmp(s, "</b>", 4) == 0) {
            if (bold)
                fputs("\033[0m", f);
            s += 4;
            continue;
        }
        for (i = 0; i < sizeof ent / sizeof ent[0]; i++)
            if (strncmp(s, ent[i].from, strlen(ent[i].from)) == 0)
                break;
        if (i < sizeof ent / sizeof ent[0]) {
            fputs(ent[i].to, f);
            s += strlen(ent[i].from);
            continue;
        }
        /* A newline inside a snippet would break the layout. */
        fputc(*s == '\n' ? ' ' : *s, f);
        s++;
    }
}

/* Display data for an official: country and post from the gazetteer, or
 * the title the indexer recorded for officials known by title only.
 * Writes "" when nothing is known. */
static void official_display(char *buf, size_t len, const print_opts *o, const char *name)
{
    const char *c = o->gaz ? fa_gazetteer_official_country(o->gaz, name) : NULL;
    const char *p = o->gaz ? fa_gazetteer_official_post(o->gaz, name) : NULL;
    buf[0] = '\0';
    if (c || p) {
        snprintf(buf, len, "%s%s%s", c ? c : "", c && p ? ", " : "", p ? p : "");
        return;
    }
    if (o->db) {
        char *v = NULL;
        if (fa_db_get_official_title(&v, o->db, name) == FA_OK && v)
            snprintf(buf, len, "%s", v);
        free(v);
    }
}

static const char *country_display(const print_opts *o, const char *code)
{
    const char *n = o->gaz ? fa_gazetteer_country_name(o->gaz, code) : NULL;
    return n ? n : "";
}

static size_t facet_shown(const fa_hits *h, int facet, const print_opts *o)
{
    size_t n = fa_hits_nfacet(h, facet);
    return o->facet_limit && o->facet_limit < n ? o->facet_limit : n;
}

int print_text(FILE *f, const fa_hits *h, const print_opts *o)
{
    fa_article *a = fa_article_new();
    unsigned long total = fa_hits_total(h);
    size_t n = fa_hits_size(h);

    if (!a)
        return FA_ENOMEM;
    if (n)
        fprintf(f, "%lu match%s; showing %u-%zu\n", total, total == 1 ? "" : "es",
                o->offset + 1, o->offset + n);
    else
        fprintf(f, "%lu match%s; none shown\n", total, total == 1 ? "" : "es");
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *rec = fa_hits_record(h, i, &len);
        if (fa_article_decode(a, rec, len) < 0)
            fa_article_clear(a);   /* show what we can: rank and snippet */
        const char *date = fa_article_get(a, FA_F_DATE, NULL);
        const char *title = fa_article_get(a, FA_F_TITLE, NULL);
        const char *source = fa_article_get(a, FA_F_SOURCE, NULL);
        const char *id = fa_article_get(a, FA_F_ID, NULL);
        fprintf(f, "\n%zu. %s  %s%s%s\n", o->offset + i + 1, date ? date : "----",
                o->bold ? "\033[1m" : "", title ? title : "(untitled)", o->bold ? "\033[0m" : "");
        fprintf(f, "   %s | %s\n", source ? source : "(no source)", id ? id : "");
        const char *snip = fa_hits_snippet(h, i);
        if (*snip) {
            fputs("   ", f);
            print_snippet_text(f, snip, o->bold);
            fputc('\n', f);
        }
    }
    fa_article_free(a);
    if (o->facets) {
        char disp[512];
        fputs("\ncountries:\n", f);
        for (size_t i = 0, m = facet_shown(h, FA_FACET_COUNTRY, o); i < m; i++) {
            unsigned long c;
            const char *v = fa_hits_facet(h, FA_FACET_COUNTRY, i, &c);
            fprintf(f, "  %s %s %lu\n", v, country_display(o, v), c);
        }
        fputs("officials:\n", f);
        for (size_t i = 0, m = facet_shown(h, FA_FACET_OFFICIAL, o); i < m; i++) {
            unsigned long c;
            const char *v = fa_hits_facet(h, FA_FACET_OFFICIAL, i, &c);
            official_display(disp, sizeof disp, o, v);
            if (*disp)
                fprintf(f, "  %s (%s) %lu\n", v, disp, c);
            else
                fprintf(f, "  %s %lu\n", v, c);
        }
    }
    return FA_OK;
}

static void json_list(FILE *f, const char *tabbed)
{
    fputc('[', f);
    for (const char *s = tabbed; *s;) {
        const char *t = strchr(s, '\t');
        size_t len = t ? (size_t)(t - s) : strlen(s);
        if (s != tabbed)
            fputc(',', f);
        print_json_string(f, s, len);
        s += len + (t ? 1 : 0);
    }
    fputc(']', f);
}

int print_json(FILE *f, const fa_hits *h, const print_opts *o)
{
    fa_article *a = fa_article_new();
    size_t n = fa_hits_size(h);

    if (!a)
        return FA_ENOMEM;
    fputs("{\"query\":", f);
    json_cstr(f, o->query ? o->query : "");
    fprintf(f, ",\"total\":%lu,\"offset\":%u,\"limit\":%u,\"hits\":[",
            fa_hits_total(h), o->offset, o->limit);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *rec = fa_hits_record(h, i, &len);
        if (fa_article_decode(a, rec, len) < 0)
            fa_article_clear(a);
        fprintf(f, "%s{\"rank\":%zu,\"id\":", i ? "," : "", o->offset + i + 1);
        json_cstr(f, fa_article_get(a, FA_F_ID, NULL));
        fprintf(f, ",\"score\":%.6g", fa_hits_score(h, i));
        static const char *const top[] = {FA_F_TITLE, FA_F_DATE, FA_F_SOURCE, FA_F_URL};
        for (size_t k = 0; k < sizeof top / sizeof top[0]; k++) {
            fprintf(f, ",\"%s\":", top[k]);
            json_cstr(f, fa_article_get(a, top[k], NULL));
        }
        fputs(",\"snippet\":", f);
        json_cstr(f, fa_hits_snippet(h, i));
        fputs(",\"countries\":", f);
        json_list(f, fa_hits_facet_values(h, i, FA_FACET_COUNTRY));
        fputs(",\"officials\":", f);
        json_list(f, fa_hits_facet_values(h, i, FA_FACET_OFFICIAL));
        /* Every stored field but the text, which can be megabytes. */
        fputs(",\"fields\":{", f);
        int first = 1;
        for (size_t k = 0; k < fa_article_nfields(a); k++) {
            const char *v;
            size_t vl;
            const char *key = fa_article_field(a, k, &v, &vl);
            if (strcmp(key, FA_F_TEXT) == 0)
                continue;
            if (!first)
                fputc(',', f);
            first = 0;
            print_json_string(f, key, strlen(key));
            fputc(':', f);
            print_json_string(f, v, vl);
        }
        fputs("}}", f);
    }
    fputc(']', f);
    if (o->facets) {
        char disp[512];
        fputs(",\"facets\":{\"country\":[", f);
        for (size_t i = 0, m = facet_shown(h, FA_FACET_COUNTRY, o); i < m; i++) {
            unsigned long c;
            const char *v = fa_hits_facet(h, FA_FACET_COUNTRY, i, &c);
            fprintf(f, "%s{\"value\":", i ? "," : "");
            json_cstr(f, v);
            fputs(",\"name\":", f);
            json_cstr(f, country_display(o, v));
            fprintf(f, ",\"count\":%lu}", c);
        }
        fputs("],\"official\":[", f);
        for (size_t i = 0, m = facet_shown(h, FA_FACET_OFFICIAL, o); i < m; i++) {
            unsigned long c;
            const char *v = fa_hits_facet(h, FA_FACET_OFFICIAL, i, &c);
            official_display(disp, sizeof disp, o, v);
            fprintf(f, "%s{\"value\":", i ? "," : "");
            json_cstr(f, v);
            fputs(",\"name\":", f);
            if (*disp) {
                char name[1024];
                snprintf(name, sizeof name, "%s (%s)", v, disp);
                json_cstr(f, name);
            } else
                json_cstr(f, v);
            fprintf(f, ",\"count\":%lu}", c);
        }
        fputs("]}", f);
    }
    fputs("}\n", f);
    fa_article_free(a);
    return FA_OK;
}
