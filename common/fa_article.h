/* fa_article.h - the article model: an ordered set of named fields (id,
 * title, date, source, url, author, dateline, text, and whatever else the
 * input carried), its stored-record encoding, and date normalisation.
 *
 * Parsing input formats is the indexer's business; searching is Xapian's.
 * This module only holds, encodes and decodes articles.
 */
#ifndef FA_ARTICLE_H
#define FA_ARTICLE_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>

typedef struct fa_article fa_article;

/* Well-known field names. */
#define FA_F_ID       "id"
#define FA_F_TITLE    "title"
#define FA_F_DATE     "date"
#define FA_F_SOURCE   "source"
#define FA_F_URL      "url"
#define FA_F_AUTHOR   "author"
#define FA_F_DATELINE "dateline"
#define FA_F_TEXT     "text"
/* The full date and time an article was dated with, when its date had a
 * time of day: ISO 8601, "YYYY-MM-DDTHH:MM:SS[.f][Z|+HH:MM]" in the zone
 * it was written in ("date" then holds that day). */
#define FA_F_TIMESTAMP "timestamp"

/* A new, empty article. Returns NULL when out of memory. */
fa_article *fa_article_new(void);
void        fa_article_free(fa_article *a);      /* NULL is a no-op */
/* Forget every field but keep the memory, for reuse. */
void        fa_article_clear(fa_article *a);

/* Set field 'key' (lower-cased on the way in) to 'len' bytes of 'value',
 * copied. A field already present is overwritten in place, so the order of
 * fields is the order of first appearance. Other fields' values stay where
 * they are, so 'value' may point into another field of the same article.
 * FA_OK or FA_ENOMEM. */
int fa_article_set(fa_article *a, const char *key, const char *value, size_t len);

/* Remove field 'key' (case-insensitive), keeping the order of the others.
 * FA_OK whether or not it was there. */
int fa_article_unset(fa_article *a, const char *key);

/* The value of field 'key' (NUL-terminated, borrowed until the field is set
 * again or the article is freed), or NULL when absent. *len (when not NULL)
 * gets its length in bytes. */
const char *fa_article_get(const fa_article *a, const char *key, size_t *len);

size_t      fa_article_nfields(const fa_article *a);
/* Field i (0 <= i < nfields): its key is returned, its value and length
 * are written to *value and *len. Borrowed pointers, as fa_article_get. */
const char *fa_article_field(const fa_article *a, size_t i,
                             const char **value, size_t *len);

/* Encode every field into one byte string (the record Xapian stores).
 * On FA_OK *out is malloc'd (caller frees) and *outlen its length. */
int fa_article_encode(char **out, size_t *outlen, const fa_article *a);
/* The same, leaving out field 'skip' (NULL: leave out nothing). */
int fa_article_encode_without(char **out, size_t *outlen, const fa_article *a,
                              const char *skip);

/* Decode a record made by fa_article_encode into 'a' (cleared first).
 * FA_EINVAL when the bytes are not such a record; FA_ENOMEM. */
int fa_article_decode(fa_article *a, const char *data, size_t len);

/* Normalise an ISO 8601 date of reduced precision ("2021", "2021-09",
 * "2021-09-23"; surrounding blanks ignored) into the sortable form
 * "YYYYMMDD" with unknown parts as "00". out must hold 9 bytes.
 * FA_EINVAL for anything else, including impossible dates (2021-13-45). */
int fa_date_normalize(char out[9], const char *in, size_t len);

#ifdef __cplusplus
}
#endif
#endif
