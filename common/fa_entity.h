/* fa_entity.h - the gazetteer of countries and officials, and the extractor
 * that tags an article with the ones it mentions.
 *
 * Pure C (no Xapian): the indexer calls fa_entities_extract() once per
 * article; the searcher uses the lookup functions to turn what a user typed
 * (an alias, a code, a surname) into canonical values and display names.
 * A loaded fa_gazetteer is read-only and may be shared by several threads;
 * each fa_entities result belongs to the thread that made it.
 */
#ifndef FA_ENTITY_H
#define FA_ENTITY_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>
#include "fa_fields.h"   /* FA_FACET_* */

typedef struct fa_gazetteer fa_gazetteer;  /* loaded tables; opaque        */
typedef struct fa_entities  fa_entities;   /* one article's tags; opaque   */

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

/* Tag 'text' (UTF-8, 'len' bytes, need not be NUL-terminated). On FA_OK
 * *out owns the result (free with fa_entities_free). Countries come out as
 * ISO 3166-1 alpha-3 codes (or ISO 3166-3 codes of former states such as
 * SUN, YUG, CSK, DDR), officials as canonical full names; each list is
 * sorted (bytewise) and free of duplicates. FA_ENOMEM is the only error. */
int  fa_entities_extract(fa_entities **out, const fa_gazetteer *g,
                         const char *text, size_t len);
void fa_entities_free(fa_entities *e);              /* NULL is a no-op */

size_t      fa_entities_ncountries(const fa_entities *e);
const char *fa_entities_country(const fa_entities *e, size_t i);  /* borrowed, lives until fa_entities_free */
size_t      fa_entities_nofficials(const fa_entities *e);
const char *fa_entities_official(const fa_entities *e, size_t i); /* borrowed, lives until fa_entities_free */
/* The title seen before the official's name in this text ("Foreign
 * Minister", "President"), or NULL when none was seen. Borrowed. */
const char *fa_entities_official_title(const fa_entities *e, size_t i);

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
 * recorded at extraction time instead; see fa_entities). */
const char *fa_gazetteer_country_name(const fa_gazetteer *g, const char *code);
const char *fa_gazetteer_official_country(const fa_gazetteer *g, const char *name);
const char *fa_gazetteer_official_post(const fa_gazetteer *g, const char *name);

#ifdef __cplusplus
}
#endif
#endif
