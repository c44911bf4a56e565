/* print_more.c - what a page carries beside its hits and mention facets:
 * the "did you mean" suggestion, stored-field counts and the date
 * histogram, in text and in JSON. The writers call these from their
 * begin and end callbacks, so every format built on them shows the same. */
#include "print.h"

#include <string.h>

/* Bars of the text histogram are at most this many characters. */
#define BAR_WIDTH 40

static const char *hist_unit(int kind)
{
    return kind == FA_HIST_MONTH ? "month" : kind == FA_HIST_DECADE ? "decade" : "year";
}

void print_text_suggestion(sink *s, const page *p)
{
    if (*p->suggestion)
        sink_printf(s, "did you mean: %s\n", p->suggestion);
}

/* Values of stored fields are archive text: no control bytes reach the
 * terminal (as print_text.c's hits). */
static void plain(sink *s, const char *v)
{
    for (const unsigned char *c = (const unsigned char *)v; *c; c++) {
        if (*c < 0x20 || *c == 0x7F)
            sink_printf(s, "\\x%02x", *c);
        else
            sink_putc(s, (char)*c);
    }
}

void print_text_counts(sink *s, const page *p, const print_opts *o)
{
    for (size_t k = 0; k < p->nfield_facets; k++) {
        const page_field_facet *ff = &p->field_facets[k];
        sink_printf(s, "\nfield %s:\n", ff->name);
        for (size_t i = 0; i < ff->nvalues; i++) {
            sink_puts(s, "  ");
            plain(s, ff->values[i].label);
            sink_printf(s, " %lu\n", ff->values[i].count);
        }
    }
    if (p->histogram == FA_HIST_NONE)
        return;
    unsigned long max = 0;
    size_t wide = 0;
    for (size_t i = 0; i < p->nbuckets; i++) {
        if (p->buckets[i].count > max)
            max = p->buckets[i].count;
        if (strlen(p->buckets[i].label) > wide)
            wide = strlen(p->buckets[i].label);
    }
    sink_printf(s, "\nmatches by %s", hist_unit(p->histogram));
    if (p->undated)
        sink_printf(s, " (%lu undated, in no %s)", p->undated, hist_unit(p->histogram));
    sink_puts(s, ":\n");
    for (size_t i = 0; i < p->nbuckets; i++) {
        const page_count *b = &p->buckets[i];
        /* A bucket with matches shows at least one mark. */
        size_t n = max ? (size_t)((b->count * BAR_WIDTH + max - 1) / max) : 0;
        sink_printf(s, "  %-*s ", (int)wide, b->label);
        if (o->bold && n)
            sink_puts(s, "\033[1m");
        for (size_t j = 0; j < n; j++)
            sink_putc(s, '#');
        if (o->bold && n)
            sink_puts(s, "\033[0m");
        sink_printf(s, "%s%lu\n", n ? " " : "", b->count);
    }
}

void print_json_more(sink *s, const page *p)
{
    if (*p->suggestion) {
        sink_puts(s, ",\"suggestion\":");
        print_json_string(s, p->suggestion, strlen(p->suggestion));
    }
    if (p->nfield_facets) {
        sink_puts(s, ",\"field_facets\":{");
        for (size_t k = 0; k < p->nfield_facets; k++) {
            const page_field_facet *ff = &p->field_facets[k];
            if (k)
                sink_putc(s, ',');
            print_json_string(s, ff->name, strlen(ff->name));
            sink_puts(s, ":[");
            for (size_t i = 0; i < ff->nvalues; i++) {
                sink_puts(s, i ? ",{\"value\":" : "{\"value\":");
                print_json_string(s, ff->values[i].label, strlen(ff->values[i].label));
                sink_printf(s, ",\"count\":%lu}", ff->values[i].count);
            }
            sink_putc(s, ']');
        }
        sink_putc(s, '}');
    }
    if (p->histogram != FA_HIST_NONE) {
        sink_printf(s, ",\"histogram_by\":\"%s\",\"histogram\":[", hist_unit(p->histogram));
        for (size_t i = 0; i < p->nbuckets; i++) {
            /* labels are dates the index made ("1995", "1995-07"): no escaping */
            sink_puts(s, i ? ",{\"bucket\":\"" : "{\"bucket\":\"");
            sink_puts(s, p->buckets[i].label);
            sink_puts(s, "\",\"count\":");
            sink_putu(s, p->buckets[i].count);
            sink_putc(s, '}');
        }
        sink_printf(s, "],\"histogram_undated\":%lu", p->undated);
    }
}
