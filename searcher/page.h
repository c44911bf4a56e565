/* page.h - one page of results, resolved for showing: each hit's stored
 * fields decoded, its snippet and facet values, and the facet counts with
 * their display text.
 *
 * Everything a writer (print.h) shows is here, so writing reads neither
 * the index nor the gazetteer, and a page can be written into any sink
 * by any writer. Running the query is fa_xap's; page_search does both.
 */
#ifndef PAGE_H
#define PAGE_H

#include <stddef.h>
#include "fa_entity.h"
#include "fa_xap.h"

/* One facet value with its count over all matches. */
typedef struct page_value {
    const char   *value;    /* canonical value ("PAK"); borrowed from hits */
    const char   *display;  /* display text from the facet's display source
                               ("Pakistan"; "USA, Secretary of State"; a
                               recorded "Foreign Minister"), "" when none  */
    const char   *name;     /* the value as people read it alone: the display
                               text for countries, "NAME (DISPLAY)" or NAME
                               for officials (JSON "name")                 */
    const char   *label;    /* the value as a text line shows it: "PAK
                               Pakistan", "NAME (DISPLAY)" or NAME         */
    unsigned long count;
    char         *text_;    /* private: the block display, name and label
                               point into                                 */
} page_value;

typedef struct page_hit {
    size_t       rank;      /* 1-based, over the whole result              */
    double       score;
    fa_article  *fields;    /* the stored record, decoded (owned); empty
                               when it does not decode, so that rank and
                               snippet are still shown                     */
    const char  *snippet;   /* HTML-escaped, matches in <b>; "" when none  */
    const char **values[FA_NFACETS];  /* this hit's facet values, sorted, */
    size_t       nvalues[FA_NFACETS]; /* by FA_FACET_*; each array owns
                                         the strings it points at          */
    unsigned long similar;  /* --collapse: other matching members of its
                               copy group (0 without --collapse)           */
} page_hit;

/* A label with a count: a histogram bucket ("1995", "1995-07", "1990s")
 * or a stored field's value as stored. Strings borrowed from the hits. */
typedef struct page_count {
    const char   *label;
    unsigned long count;
} page_count;

/* The counts of one stored field (fa-search --facet NAME). */
typedef struct page_field_facet {
    const char   *name;      /* the field ("country": the speaker's, not
                                the countries mentioned)                 */
    page_count   *values;    /* most frequent first                        */
    size_t        nvalues;
} page_field_facet;

typedef struct page {
    const char   *query;    /* as searched; "" for the empty query          */
    unsigned long total;    /* all matches (maybe an estimate, as asked);
                               with collapse: the groups that match      */
    int           collapse; /* one hit per copy group (--collapse)        */
    unsigned long total_articles; /* with collapse: the matching articles */
    unsigned      offset, limit;   /* as asked                             */
    page_hit     *hits;
    size_t        nhits;
    int           facets;   /* facet counts were asked for (the blocks are
                               shown even when empty)                       */
    page_value   *values[FA_NFACETS];  /* counts, most frequent first,      */
    size_t        nvalues[FA_NFACETS]; /* at most its limit (fa_search_facet_limit) */
    size_t        ndistinct[FA_NFACETS]; /* values counted (with facet_match:
                                          those matching) before the limit:
                                          JSON "facet_total_values"      */
    const char   *suggestion; /* "did you mean" query, "" for none           */
    int           histogram;  /* FA_HIST_* asked for (FA_HIST_NONE: none)   */
    page_count   *buckets;    /* in time order, empty ones between included */
    size_t        nbuckets;
    unsigned long undated;    /* matches without a date (in no bucket)      */
    page_field_facet *field_facets;   /* as asked, in that order            */
    size_t        nfield_facets;
    fa_hits      *h;        /* owned: the strings above point into it       */
} page;

/* Build the page for hits 'h' of search 's' (query, offset, limit, facets
 * and facet_limit are taken from it; 's' itself is not kept). 'h' belongs
 * to the page from this call on, on failure too. Display text comes from
 * 'gaz' and, for officials the gazetteer does not know, from the titles
 * recorded in 'db' (fa_db_get_official_title); either may be NULL.
 * FA_OK with *out owning the page (page_free), or FA_ENOMEM or the index's
 * error (message in fa_db_errmsg(db)) with *out NULL. */
int  page_build(page **out, fa_hits *h, const fa_search *s,
                const fa_gazetteer *gaz, fa_db *db);

/* Run 's' on 'db' and build its page: fa_db_search, then page_build.
 * The CLI and a server call this, then print_page(). Errors as
 * fa_db_search's and page_build's. */
int  page_search(page **out, fa_db *db, const fa_search *s, const fa_gazetteer *gaz);

void page_free(page *p);   /* NULL is a no-op */

/* Fill v->display, name and label for v->value of 'facet' from its
 * display source (gaz and db as page_build's). FA_OK or FA_ENOMEM or the
 * index's error; on success free(v->text_) releases them. */
int  page_value_resolve(page_value *v, int facet, const fa_gazetteer *gaz, fa_db *db);

#endif
