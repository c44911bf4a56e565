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
void entities_free(entities *e);                 /* NULL is a no-op */

size_t      entities_ncountries(const entities *e);
const char *entities_country(const entities *e, size_t i);  /* borrowed, lives until entities_free */
size_t      entities_nofficials(const entities *e);
const char *entities_official(const entities *e, size_t i); /* borrowed, lives until entities_free */
/* The title seen before the official's name in this text ("Foreign
 * Minister", "President"), or NULL when none was seen. Borrowed, lives
 * until entities_free. */
const char *entities_official_title(const entities *e, size_t i);

#endif
