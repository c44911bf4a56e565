/* print.c - the one walk over a page that drives a writer (see print.h);
 * the formats are print_text.c and print_json.c. */
#include "print.h"
#include "fa_fields.h"

int print_page(sink *s, const page_writer *w, const page *p, const print_opts *o)
{
    static const print_opts defaults = {0};

    if (!o)
        o = &defaults;
    w->begin(s, p, o);
    for (size_t i = 0; i < p->nhits; i++)
        w->hit(s, p, i, o);
    w->hits_end(s, p, o);
    for (int f = 0; f < FA_NFACETS && p->facets; f++) {
        w->facet_begin(s, p, f, o);
        for (size_t i = 0; i < p->nvalues[f]; i++)
            w->facet_value(s, p, f, i, o);
        w->facet_end(s, p, f, o);
    }
    w->end(s, p, o);
    return sink_status(s);
}
