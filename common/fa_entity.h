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

/* Resolve what a user typed for an official ("Antony Blinken", "blinken",
 * "Shah Mehmood Qureshi", "qureshi") to the canonical name. A surname shared
 * by several officials resolves to NULL and *nambiguous (when not NULL) is
 * set to how many officials carry it. Returns a pointer into 'g' or NULL. */
const char *fa_gazetteer_official_name(const fa_gazetteer *g, const char *typed,
                                       size_t *nambiguous);

/* Up to 'max' known values closest to 'typed' (edit distance on folded
 * forms, names and aliases both), best first, written to out[] as canonical
 * values (pointers into 'g'). Returns how many were written. 'facet' is
 * FA_FACET_COUNTRY or FA_FACET_OFFICIAL (fa_fields.h). */
size_t fa_gazetteer_suggest(const fa_gazetteer *g, int facet,
                            const char *typed, const char **out, size_t max);

/* Display data. For a country code: its English short name ("Pakistan").
 * For an official's canonical name: the alpha-3 code and the most recent
 * post ("USA", "Minister for Foreign Affairs"). Pointers into 'g', or NULL
 * when unknown (an official caught by a title rule only may have a post
 * recorded at extraction time instead; see indexer/entities.h). */
const char *fa_gazetteer_country_name(const fa_gazetteer *g, const char *code);
const char *fa_gazetteer_official_country(const fa_gazetteer *g, const char *name);
const char *fa_gazetteer_official_post(const fa_gazetteer *g, const char *name);

#ifdef __cplusplus
}
#endif
#endif
