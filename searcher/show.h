/* show.h - one article whole, for fa-search --show ID and a server's
 * article page: its stored fields, its countries and officials with their
 * display text, and its full text, with the words of a query highlighted.
 *
 * show_get() reads everything (index and gazetteer); the writers only
 * format it into a sink (sink.h), as print.h's do for pages.
 */
#ifndef SHOW_H
#define SHOW_H

#include "fa_entity.h"
#include "fa_xap.h"
#include "page.h"
#include "sink.h"

typedef struct show {
    const char  *id;        /* as asked                                    */
    const char  *query;     /* "" when none was given                      */
    int          matches;   /* whether the article matches the query and
                               the filters of the search (1 with neither) */
    page        *p;         /* owned: one hit, the article's fields        */
    page_value  *values[FA_NFACETS];  /* its facet values with their     */
    size_t       nvalues[FA_NFACETS]; /* display text (owned)            */
    const char  *text;      /* the whole text (borrowed from p)           */
    size_t       text_len;
    const char  *html;      /* the same HTML-escaped, highlights in <b>    */
} show;

/* Read article 'id' of 'db' (s gives the query to highlight and the
 * filters it must pass to "match"; 'id' and 's' must outlive *out).
 * FA_OK with *out owning the view (show_free), or *out NULL when no
 * article has that id; FA_EQUERY for a bad query, FA_ENOMEM, or the
 * index's error (message in fa_db_errmsg(db)). */
int  show_get(show **out, fa_db *db, const char *id, const fa_search *s,
              const fa_gazetteer *gaz);
void show_free(show *v);   /* NULL is a no-op */

/* Text for people: "field: value" lines (id, title, date, source, url,
 * then the other stored fields), countries and officials with their
 * names, then a blank line and the text; matched words in ANSI bold when
 * 'bold'. */
int  show_write_text(sink *out, const show *v, int bold);
/* One JSON object on one line: {"id","title","date","source","url",
 * "fields":{...},"countries":[{"value","name"}],"officials":[...],
 * "query","matches","text","html"}: "text" as stored, "html" escaped
 * with the matched words in <b>...</b>. */
int  show_write_json(sink *out, const show *v);

#endif
