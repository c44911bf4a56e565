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
#include "fa_role.h"
#include "fa_xap.h"

typedef struct resolver {
    const fa_gazetteer *gaz;   /* required                                  */
    fa_db              *db;    /* index consulted for title-only officials;
                                  may be NULL (then only the gazetteer)     */
    char              **held;  /* owned: index values found by a folded
                                  name, until resolver_release             */
    size_t              nheld;
} resolver;

/* An fa_resolve_fn (fa_xap.h) with 'ctx' a resolver * (one thread at a
 * time). FA_OK with *value pointing into the gazetteer, at 'typed' itself,
 * or at a copy the resolver holds (so it lives as long as all three), or
 * FA_EQUERY with the reason in errbuf: an unknown value (with up to five
 * suggestions, the index's closest values first), or a surname several
 * officials share (unless the index holds just one of them, which it
 * then is). An official the gazetteer does not know is looked up
 * among the index's values as typed, then folded (case, accents and
 * punctuation: "alexander lebed", "H.D. Deve Gowda"), then by a surname
 * that only one of them ends with ("Lebed"). An about value is either (a
 * value the index holds, a country, an official, in that order). A
 * negative status other than FA_EQUERY is the index's failure. */
int resolve_value(void *ctx, int facet, const char *typed, const char **value,
                  char *errbuf, size_t errlen);

/* Free the copies resolve_value made; the resolver may be used again. */
void resolver_release(resolver *r);

/* A role as typed: "POST" or "COUNTRY/POST" (COUNTRY anything --country
 * takes: "USA", "us", "United States"), to the post's holders (fa_role.h)
 * in *out (fa_role_free). With 'many' 0, a national post held in several
 * countries and named without one is ambiguous: FA_EQUERY, the message
 * naming how many countries (all of them when few) and how to name one.
 * With 'many' 1 (--holders) it is every country's. FA_EQUERY with the
 * gazetteer's message for an unknown post, a post without holders, or an
 * unknown country; FA_ENOMEM. */
int resolve_role_find(const fa_gazetteer *g, const char *typed, int many, fa_role **out,
                      char *errbuf, size_t errlen);

/* An fa_role_fn (fa_xap.h) with 'ctx' a const resolver *: emits every
 * tenure of the role resolve_role_find(..., 0, ...) finds. */
int resolve_role(void *ctx, const char *typed, fa_span_fn emit, void *ectx,
                 char *errbuf, size_t errlen);

/* Write "unknown FIELD 'typed'" and the closest known values ("; did you
 * mean PAK (Pakistan), ...") to errbuf, cut to errlen. */
void resolve_suggest(char *errbuf, size_t errlen, const fa_gazetteer *g,
                     int facet, const char *typed);

/* The names under which the filtered values of 's' are written in text,
 * for snippets of hits found by filters alone: a country's name
 * ("Pakistan"), an official's full name and surname, the same for every
 * holder of a --role. Up to 'max' pointers
 * into the gazetteer or the filter values are written to out; returns how
 * many. */
size_t resolve_hints(const fa_gazetteer *g, const fa_search *s, const char **out, size_t max);

#endif
