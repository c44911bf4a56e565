/* entities.h - tagging one article's text with the countries and officials
 * it mentions, over a loaded gazetteer (common/fa_entity.h).
 *
 * Used by the indexer only; the gazetteer itself (load, lookups,
 * suggestions) stays in common/ because the searcher needs it too.
 * A result belongs to the thread that made it; the gazetteer may be shared.
 */
#ifndef ENTITIES_H
#define ENTITIES_H

#include <stddef.h>
#include <stdint.h>
#include "fa_entity.h"

typedef struct entities entities;   /* one article's tags; opaque */

/* Tag 'text' (UTF-8, 'len' bytes, need not be NUL-terminated). On FA_OK
 * *out owns the result (free with entities_free). Countries come out as
 * ISO 3166-1 alpha-3 codes (or ISO 3166-3 codes of former states such as
 * SUN, YUG, CSK, DDR), officials as canonical full names; each list is
 * sorted (bytewise) and free of duplicates. An official's name longer
 * than FA_MAX_FACET_VALUE_BYTES (fa_fields.h) is dropped: no person's name
 * is that long, and the index could not hold it. FA_ENOMEM is the only
 * error. */
int  entities_extract(entities **out, const fa_gazetteer *g,
                      const char *text, size_t len);

/* An article's date as far as it is known: year 0 = undated (month and day
 * are then 0); month 0 = only the year is known, day 0 = only the month. */
typedef struct { int year, month, day; } entities_date;
#define ENTITIES_UNDATED ((entities_date){ 0, 0, 0 })

/* The date of an article's "date" field ("1987", "1987-06", "1987-06-12",
 * as fa_date_normalize takes them): FA_OK and *out, or FA_EINVAL and *out
 * undated. A NULL 's' is undated and FA_OK. */
int  entities_date_parse(entities_date *out, const char *s, size_t len);

/* entities_extract for an article of date 'd': names resolve to what they
 * meant then (the state that existed, the person in office). An undated
 * article is tagged as entities_extract tags it (today's states). */
int  entities_extract_dated(entities **out, const fa_gazetteer *g,
                            const char *text, size_t len, entities_date d);
void entities_free(entities *e);                 /* NULL is a no-op */

size_t      entities_ncountries(const entities *e);
const char *entities_country(const entities *e, size_t i);  /* borrowed, lives until entities_free */
size_t      entities_nofficials(const entities *e);
const char *entities_official(const entities *e, size_t i); /* borrowed, lives until entities_free */
/* The title seen before the official's name in this text ("Foreign
 * Minister", "President"), or NULL when none was seen. Borrowed, lives
 * until entities_free. */
const char *entities_official_title(const entities *e, size_t i);
/* The gazetteer post official i held at the article's date (Richard Nixon
 * in 1971: "President"; in 1959: "Vice-President"), its most recent post
 * when the article is undated, or NULL for an official the gazetteer does
 * not know. Borrowed, lives until entities_free. */
const char *entities_official_post(const entities *e, size_t i);

/* Where the text names each value, for salience (indexer/focus.h): every
 * mention the extractor accepted, as the bytes of the text given to
 * entities_extract that name it, in text order. A value has at least one.
 * A country's mentions are its names, demonyms, capitals and dateline; an
 * official's are its full names and the later mentions resolved to it
 * ("Secretary Blinken", "Mr. Volcker"). Borrowed, live until
 * entities_free. */
typedef struct {
    uint32_t off, len;     /* bytes of the words naming the value          */
    unsigned flags;        /* ENTITIES_AS_*                                */
} entities_mention;
enum {
    ENTITIES_AS_CAPITAL  = 1u << 0,  /* by its capital or seat: "Beijing
                                        said", "the Kremlin"               */
    ENTITIES_AS_DEMONYM  = 1u << 1,  /* by its adjective or people:
                                        "Pakistani officials"              */
    ENTITIES_AS_DATELINE = 1u << 2,  /* opening the dateline: "ISLAMABAD:" */
    ENTITIES_AS_TITLED   = 1u << 3,  /* an official named with a title:
                                        "Secretary of State Mike Pompeo"   */
};
size_t entities_country_nmentions(const entities *e, size_t i);
const entities_mention *entities_country_mention(const entities *e, size_t i, size_t k);
size_t entities_official_nmentions(const entities *e, size_t i);
const entities_mention *entities_official_mention(const entities *e, size_t i, size_t k);

#endif
