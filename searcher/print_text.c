/* print_text.c - the text format: a summary line, one block per hit
 * (rank, date, title; source and id; snippet), then each facet's counts.
 * Highlights are ANSI bold when asked for, plain otherwise. */
#include "print.h"
#include "fa_fields.h"

#include <string.h>

/* Turn the snippet's HTML (escaped text, <b> highlights) into terminal text. */
static void snippet_text(sink *out, const char *s, int bold)
{
    static const struct { const char *from, *to; } ent[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
    };
    while (*s) {
        size_t i;
        if (strncmp(s, "<b>", 3) == 0) {
            if (bold)
                sink_puts(out, "\033[1m");
            s += 3;
            continue;
        }
        if (strncmp(s, "</b>", 4) == 0) {
            if (bold)
                sink_puts(out, "\033[0m");
            s += 4;
            continue;
        }
        for (i = 0; i < sizeof ent / sizeof ent[0]; i++)
            if (strncmp(s, ent[i].from, strlen(ent[i].from)) == 0)
                break;
        if (i < sizeof ent / sizeof ent[0]) {
            sink_puts(out, ent[i].to);
            s += strlen(ent[i].from);
            continue;
        }
        /* A newline inside a snippet would break the layout. */
        sink_putc(out, *s == '\n' ? ' ' : *s);
        s++;
    }
}

static void text_begin(sink *s, const page *p, const print_opts *o)
{
    (void)o;
    if (p->nhits)
        sink_printf(s, "%lu match%s; showing %u-%zu\n", p->total, p->total == 1 ? "" : "es",
                    p->offset + 1, p->offset + p->nhits);
    else
        sink_printf(s, "%lu match%s; none shown\n", p->total, p->total == 1 ? "" : "es");
}

static void text_hit(sink *s, const page *p, size_t i, const print_opts *o)
{
    const page_hit *h = &p->hits[i];
    const char *date = fa_article_get(h->fields, FA_F_DATE, NULL);
    const char *title = fa_article_get(h->fields, FA_F_TITLE, NULL);
    const char *source = fa_article_get(h->fields, FA_F_SOURCE, NULL);
    const char *id = fa_article_get(h->fields, FA_F_ID, NULL);

    sink_printf(s, "\n%zu. %s  %s%s%s\n", h->rank, date ? date : "----",
                o->bold ? "\033[1m" : "", title ? title : "(untitled)", o->bold ? "\033[0m" : "");
    sink_printf(s, "   %s | %s\n", source ? source : "(no source)", id ? id : "");
    if (*h->snippet) {
        sink_puts(s, "   ");
        snippet_text(s, h->snippet, o->bold);
        sink_putc(s, '\n');
    }
}

static void text_nothing(sink *s, const page *p, const print_opts *o)
{
    (void)s; (void)p; (void)o;
}

static void text_facet_begin(sink *s, const page *p, int facet, const print_opts *o)
{
    (void)p; (void)o;
    if (facet == 0)
        sink_putc(s, '\n');
    sink_puts(s, fa_facet_table[facet].heading);
    sink_puts(s, ":\n");
}

static void text_facet_value(sink *s, const page *p, int facet, size_t i, const print_opts *o)
{
    const page_value *v = &p->values[facet][i];
    (void)o;
    sink_printf(s, "  %s %lu\n", v->label, v->count);
}

static void text_facet_end(sink *s, const page *p, int facet, const print_opts *o)
{
    (void)s; (void)p; (void)facet; (void)o;
}

const page_writer print_text = {
    text_begin, text_hit, text_nothing,
    text_facet_begin, text_facet_value, text_facet_end,
    text_nothing,
};
