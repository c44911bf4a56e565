/* tag.h - the facets of one article: the countries and officials its
 * title and text mention (entities.h) and the few it is about (focus.h),
 * as an fa_facets ready for
 * fa_db_put_from(), plus the titles of officials the gazetteer does not
 * know, recorded in the index for display (fa_db_set_official_title).
 *
 * One tagger per thread: it owns the scratch memory the facets point into.
 * The gazetteer is only read and may be shared.
 */
#ifndef TAG_H
#define TAG_H

#include "entities.h"
#include "fa_article.h"
#include "fa_xap.h"

typedef struct tagger tagger;

/* A tagger over gazetteer 'g' (borrowed; it must outlive the tagger) in
 * *out (tag_free). FA_OK or FA_ENOMEM. */
int  tag_new(tagger **out, const fa_gazetteer *g);
void tag_free(tagger *t);                        /* NULL is a no-op */

/* Tag article 'a': fill *f with its country, official and about facets
 * (the title is the focus's title) as of its date field (entities_extract_dated; undated without one), and
 * record in 'db' the title seen before each official the gazetteer has no
 * country for. The strings and arrays in *f are borrowed from 't' and live
 * until the next tag_article() or tag_free(). Errors: FA_ENOMEM, or
 * fa_db_set_official_title's (fa_db_errmsg(db) says why); *f is then
 * empty. */
int  tag_article(tagger *t, fa_db *db, const fa_article *a, fa_facets *f);

#endif
