/* resolve.h - what a user typed for a facet value (in --country and
 * --official, and after country: and official: in a query) to the
 * canonical value the index holds, or a one-line "did you mean" message.
 *
 * Countries and officials are looked up in the gazetteer; officials known
 * only by a title rule are facet values of the index and are taken by
 * their exact name. Running the search is fa_xap's business.
 */
#ifndef RESOLVE_H
#define RESOLVE_H

#include <stddef.h>
#include "fa_entity.h"
#include "fa_xap.h"

typedef struct resolver {
    const fa_gazetteer *gaz;   /* required                                  */
    fa_db              *db;    /* index consulted for title-only officials;
                                  may be NULL (then only the gazetteer)     */
} resolver;

/* An fa_resolve_fn (fa_xap.h) with 'ctx' a const resolver *. FA_OK with
 * *value pointing into the gazetteer or at 'typed' itself (so it lives as
 * long as both), or FA_EQUERY with the reason in errbuf: an unknown value
 * (with up to five suggestions), or a surname several officials share.
 * An about value is either (a value the index holds, a country, an
 * official, in that order). */
int resolve_value(void *ctx, int facet, const char *typed, const char **value,
                  char *errbuf, size_t errlen);

/* Write "unknown FIELD 'typed'" and the closest known values ("; did you
 * mean PAK (Pakistan), ...") to errbuf, cut to errlen. */
void resolve_suggest(char *errbuf, size_t errlen, const fa_gazetteer *g,
                     int facet, const char *typed);

/* The names under which the filtered values of 's' are written in text,
 * for snippets of hits found by filters alone: a country's name
 * ("Pakistan"), an official's full name and surname. Up to 'max' pointers
 * into the gazetteer or the filter values are written to out; returns how
 * many. */
size_t resolve_hints(const fa_gazetteer *g, const fa_search *s, const char **out, size_t max);

#endif
