/* fa_entity.h - the gazetteer of countries and officials.
 *
 * Pure C (no Xapian): the indexer's extractor (indexer/entities.h) tags
 * articles with it; the searcher uses the lookup functions to turn what a
 * user typed (an alias, a code, a surname) into canonical values and
 * display names. A loaded fa_gazetteer is read-only and may be shared by
 * several threads.
 */
#ifndef FA_ENTITY_H
#define FA_ENTITY_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>
#include "fa_fields.h"   /* FA_FACET_* */

typedef struct fa_gazetteer fa_gazetteer;  /* loaded tables; opaque        */

/* Load the gazetteer from the data files in folder 'dir' (the project's
 * data/gazetteer/). On FA_OK *out owns it (free with fa_gazetteer_free).
 * On failure *out is NULL and errbuf names the file, line and problem. */
int  fa_gazetteer_load(fa_gazetteer **out, const char *dir,
                       char *errbuf, size_t errlen);
void fa_gazetteer_free(fa_gazetteer *g);            /* NULL is a no-op */

/* The folder a binary loads the gazetteer from when not told: an
 * installed binary's own (BINDIR/../share/fa/gazetteer, as `make install`
 * lays it out, wherever PREFIX and DESTDIR put it), else the source
 * tree's data/gazetteer that the build was made from (FA_DATADIR).
 * Writes the path to buf (len bytes) and returns buf; a path that does
 * not fit is not used. */
const char *fa_gazetteer_default_dir(char *buf, size_t len);

/* Resolve what a user typed for a country ("pakistan", "PK", "PAK",
 * "Pakistani", "united states", "US", "Soviet Union") to its canonical code.
 * Case and accents do not matter. Returns a pointer into 'g' (lives until
 * fa_gazetteer_free) or NULL when nothing matches. */
const char *fa_gazetteer_country_code(const fa_gazetteer *g, const char *typed);

/* What a user typed names a country that fa never tags because it has no
 * ISO 3166-1 code (Kosovo, the European Union): its display-only code
 * ("XKX", "EU"; a pointer into 'g'), else NULL. fa_gazetteer_country_code
 * returns NULL for these. */
const char *fa_gazetteer_country_untagged(const fa_gazetteer *g, const char *typed);

/* Resolve what a user typed for an official ("Antony Blinken", "blinken",
 * "Shah Mehmood Qureshi", "qureshi") to the canonical name. A surname shared
 * by several officials resolves to NULL and *nambiguous (when not NULL) is
 * set to how many officials carry it. Returns a pointer into 'g' or NULL. */
const char *fa_gazetteer_official_name(const fa_gazetteer *g, const char *typed,
                                       size_t *nambiguous);

/* Up to 'max' known values closest to 'typed' (edit distance on folded
 * forms, names and aliases both; at most one edit for up to four bytes,
 * then one more per four; the start of a longer name counts as one edit;
 * codes only for input of up to three bytes), those of the smallest
 * distance only, best first, written to out[] as canonical values
 * (pointers into 'g'). Returns how many were written. 'facet' is
 * FA_FACET_COUNTRY or FA_FACET_OFFICIAL (fa_fields.h). */
size_t fa_gazetteer_suggest(const fa_gazetteer *g, int facet,
                            const char *typed, const char **out, size_t max);

/* 'name' folded as typed values are looked up (case and accents gone,
 * punctuation dropped, words one blank apart: "H.D. Deve-Gowda" and "h d
 * deve gowda" alike) into buf, NUL-terminated. Returns its length; 0 when
 * nothing is left or it does not fit in cap bytes. */
size_t fa_name_fold(const char *name, char *buf, size_t cap);

/* How far folded 'typed' (n bytes) is from folded 'key' (klen bytes) as
 * fa_gazetteer_suggest measures it, or SIZE_MAX when too far to suggest. */
size_t fa_name_distance(const char *typed, size_t n, const char *key, size_t klen);

/* The officials a typed surname is shared by, when fa_gazetteer_official_name
 * finds it ambiguous: the most recent first, up to 'max' canonical names
 * (pointers into 'g') written to out. Returns how many share it (0 when
 * the name is not ambiguous; may exceed max). */
size_t fa_gazetteer_official_candidates(const fa_gazetteer *g, const char *typed,
                                        const char **out, size_t max);

/* The years of official 'name''s latest known post ("2017-2026", "2006"),
 * written to buf (len bytes) and returned; "" when unknown. */
const char *fa_gazetteer_official_years(const fa_gazetteer *g, const char *name,
                                        char *buf, size_t len);

/* Display data. For a country code: its English short name ("Pakistan").
 * For an official's canonical name: the alpha-3 code and the most recent
 * post ("USA", "Minister for Foreign Affairs"). Pointers into 'g', or NULL
 * when unknown (an official caught by a title rule only may have a post
 * recorded at extraction time instead; see indexer/entities.h). */
const char *fa_gazetteer_country_name(const fa_gazetteer *g, const char *code);
const char *fa_gazetteer_official_country(const fa_gazetteer *g, const char *name);
const char *fa_gazetteer_official_post(const fa_gazetteer *g, const char *name);
/* Both at once, in one look-up (a page names hundreds of officials):
 * 0 when 'name' is no gazetteer official (*country and *post NULL), else
 * 1, each of the two NULL when unknown. */
int fa_gazetteer_official_info(const fa_gazetteer *g, const char *name,
                               const char **country, const char **post);

#ifdef __cplusplus
}
#endif
#endif
