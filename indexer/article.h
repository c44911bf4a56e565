/* article.h - turning one input record into an fa_article: a .txt article
 * (optional `Key: value` header, blank line, body) or one JSON Lines object.
 *
 * Text is cleaned on the way in: invalid UTF-8 is repaired (each bad byte
 * becomes U+FFFD), NUL and other control characters except tab and newline
 * are dropped, a UTF-8 BOM is removed; the caller is told so it can warn.
 * Reading files, ids from paths and storing are the caller's business.
 */
#ifndef ARTICLE_H
#define ARTICLE_H

#include <stddef.h>
#include "fa_article.h"

/* Bits of *fixed: what was repaired. */
enum { ARTICLE_FIXED_UTF8 = 1, ARTICLE_FIXED_CONTROL = 2 };

/* Parse a .txt article held in buf[0..len) into 'a' (cleared first).
 * Without a header the whole text is the body; a leading dateline
 * ("NEW YORK:", "GENEVA —") becomes the "dateline" field, and a missing
 * title is derived from the body's first sentence.
 * FA_OK, FA_EINVAL (errbuf says why: e.g. empty article), FA_ENOMEM. */
int article_parse_txt(fa_article *a, const char *buf, size_t len,
                      unsigned *fixed, char *errbuf, size_t errlen);

/* Parse one JSON Lines object. Known fields (id, title, date, source, url,
 * author, text; "body" or "content" stand in for "text") must be strings
 * (id and date may also be numbers); other fields are kept, non-string
 * ones as their JSON text. FA_EINVAL with errbuf for malformed JSON or a
 * wrong type; FA_ENOMEM. */
int article_parse_json(fa_article *a, const char *line, size_t len,
                       unsigned *fixed, char *errbuf, size_t errlen);

/* Fill in what the input left out: the title from the first sentence, the
 * dateline. Called by both parsers; exposed for tests. */
int article_complete(fa_article *a);

#endif
