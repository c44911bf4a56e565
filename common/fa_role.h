/* fa_role.h - who held a post: the holders of an office and their years,
 * from the gazetteer (the tenures of officials.tsv, the post names of
 * roles.tsv). The searcher turns a role into "this official, in these
 * years" filters (role: in a query, --role) and lists it (--holders).
 *
 * Pure C (no Xapian). A post is what the tenures name ("Secretary of
 * State", "Acting Secretary of State", "Chairman of the Federal Reserve")
 * joined with the other names roles.tsv gives it (older names of a renamed
 * post, the reference data's normalised form, usual short forms), matched
 * case- and accent-blind, hyphens as spaces. A national post is one
 * country's (the holder's country in officials.tsv); an international one
 * (roles.tsv flag i: Secretary-General of the United Nations) is one post
 * whatever its holders' countries. Years are the gazetteer's, inclusive
 * and year-granular: a tenure 1982-1989 covers every article dated in
 * 1982 to 1989, so in a year of change both holders are holders.
 */
#ifndef FA_ROLE_H
#define FA_ROLE_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>
#include "fa_entity.h"

typedef struct fa_role fa_role;   /* a lookup's holders; opaque, owned */

typedef struct fa_holder {
    const char *name;     /* the official's canonical name: the official
                             facet value the index holds                 */
    const char *country;  /* the official's alpha-3 code ("" unknown)    */
    const char *post;     /* the post as this tenure names it: the shown
                             name, an older one, or "Acting ..."         */
    int         from, to; /* the tenure's years, inclusive               */
    int         approx;   /* 1: "~" years in which the reference data
                             attests the post (held then, maybe longer) */
    int         acting;   /* 1: an acting holder ("Acting ..." tenure)   */
} fa_holder;

/* The holders of post 'post' (as a user types it: any of its names; a
 * leading "Acting" is ignored), of country 'country' (a canonical code, or
 * NULL for every country). On FA_OK *out owns the result (fa_role_free),
 * which may span several countries when 'country' is NULL and the post
 * is national (fa_role_ncountries: the caller decides whether that is
 * ambiguous). Otherwise *out is NULL and errbuf holds one line:
 * FA_ENOTFOUND for a post the gazetteer does not know (with up to five
 * close names, "did you mean"), for a known post with no known holder,
 * and for one with no holder from 'country' (naming where it has some);
 * FA_EINVAL for an empty post; FA_ENOMEM. */
int  fa_role_find(fa_role **out, const fa_gazetteer *g, const char *post,
                  const char *country, char *errbuf, size_t errlen);
void fa_role_free(fa_role *r);               /* NULL is a no-op */

/* The post's shown name ("Secretary of State"); for several posts of
 * different names (countries that name it differently), the first's. */
const char *fa_role_post(const fa_role *r);
/* 1 for an international post (roles.tsv flag i). */
int         fa_role_international(const fa_role *r);
/* The holders' countries, sorted, each once. */
size_t      fa_role_ncountries(const fa_role *r);
const char *fa_role_country(const fa_role *r, size_t i);

/* The tenures, one per holder and term (a person who held the post twice
 * is there twice): national posts by country, then by first year, last
 * year and name; international ones by first year, last year and name. */
size_t           fa_role_nholders(const fa_role *r);
const fa_holder *fa_role_holder(const fa_role *r, size_t i);

/* The tenures that cover 'year' (in the order above): up to 'max'
 * written to out; returns how many there are (may exceed max). */
size_t fa_role_at(const fa_role *r, int year, const fa_holder **out, size_t max);

#ifdef __cplusplus
}
#endif
#endif
