/* print_text.c - the text format: a summary line, one block per hit
 * (rank, date, title; source and id; snippet), then each facet's counts.
 * Highlights are ANSI bold when asked for, plain otherwise. */
#include "print.h"
#include "fa_fields.h"

#include <string.h>

/* Text from the archive, written so that it cannot drive the terminal:
 * an id taken from a file name may hold ESC, BEL or a newline, which a
 * terminal would obey (clear the screen, set the title). C0 and C1
 * control characters (but tab) and DEL are shown as \xHH instead; "\" itself is
 * written as is, so the form is for reading, not for parsing back (use
 * --json for that). */
void print_text_safe(sink *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p < 0x20 && *p != '\t') || *p == 0x7F)
            sink_printf(out, "\\x%02x", *p);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {   /* U+0080..U+009F */
            sink_printf(out, "\\xc2\\x%02x", p[1]);
            p++;
        } else
            sink_putc(out, (char)*p);
    }
}

void print_text_html(sink *out, const char *s, int bold, int newlines)
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
        /* A newline inside a snippet would break the layout; other
         * controls are removed at indexing, but not trusted here. */
        unsigned char c = (unsigned char)*s;
        if ((c == '\n' || c == '\t') && newlines)
            sink_putc(out, *s);
        else if (c == '\n' || c == '\t')
            sink_putc(out, ' ');
        else if (c < 0x20 || c == 0x7F)
            sink_printf(out, "\\x%02x", c);
        else
            sink_putc(out, *s);
        s++;
    }
}

static void text_begin(sink *s, const page *p, const print_opts *o)
{
    (void)o;
    if (p->collapse && p->nhits)
        sink_printf(s, "%lu group%s of copies (%lu article%s); showing %u-%zu\n", p->total,
                    p->total == 1 ? "" : "s", p->total_articles, p->total_articles == 1 ? "" : "s",
                    p->offset + 1, p->offset + p->nhits);
    else if (p->collapse)
        sink_printf(s, "%lu group%s of copies (%lu article%s); none shown\n", p->total,
                    p->total == 1 ? "" : "s", p->total_articles, p->total_articles == 1 ? "" : "s");
    else if (p->nhits)
        sink_printf(s, "%lu match%s; showing %u-%zu\n", p->total, p->total == 1 ? "" : "es",
                    p->offset + 1, p->offset + p->nhits);
    else
        sink_printf(s, "%lu match%s; none shown\n", p->total, p->total == 1 ? "" : "es");
    print_text_suggestion(s, p);
}

static void text_hit(sink *s, const page *p, size_t i, const print_opts *o)
{
    const page_hit *h = &p->hits[i];
    const char *date = fa_article_get(h->fields, FA_F_DATE, NULL);
    const char *title = fa_article_get(h->fields, FA_F_TITLE, NULL);
    const char *source = fa_article_get(h->fields, FA_F_SOURCE, NULL);
    const char *id = fa_article_get(h->fields, FA_F_ID, NULL);

    sink_printf(s, "\n%zu. ", h->rank);
    print_text_safe(s, date ? date : "----");
    sink_printf(s, "  %s", o->bold ? "\033[1m" : "");
    print_text_safe(s, title ? title : "(untitled)");
    sink_printf(s, "%s\n   ", o->bold ? "\033[0m" : "");
    print_text_safe(s, source ? source : "(no source)");
    sink_puts(s, " | ");
    print_text_safe(s, id ? id : "");
    sink_putc(s, '\n');
    if (*h->snippet) {
        sink_puts(s, "   ");
        print_text_html(s, h->snippet, o->bold, 0);
        sink_putc(s, '\n');
    }
    if (h->similar) {
        sink_printf(s, "   %lu similar (--similar ", h->similar);
        print_text_safe(s, id ? id : "");
        sink_puts(s, ")\n");
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
    (void)o;
    if (p->ndistinct[facet] > p->nvalues[facet])
        sink_printf(s, "  (%zu more; --facet-limit sets how many are shown)\n",
                    p->ndistinct[facet] - p->nvalues[facet]);
}

static void text_end(sink *s, const page *p, const print_opts *o)
{
    print_text_counts(s, p, o);
}

const page_writer print_text = {
    text_begin, text_hit, text_nothing,
    text_facet_begin, text_facet_value, text_facet_end,
    text_end,
};
