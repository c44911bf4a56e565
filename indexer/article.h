/* article.h - turning one input record into an fa_article: a .txt article
 * (optional `Key: value` header, blank line, body) or one JSON Lines object.
 *
 * Text is cleaned on the way in: invalid UTF-8 is repaired (each bad byte
 * becomes U+FFFD); line breaks (CR, CRLF, VT, FF, NEL, LS, PS) become LF;
 * NUL and the other C0 and C1 control characters but tab become a space
 * (they separate words, never glue them); a UTF-8 BOM is removed; the
 * caller is told of damage so it can warn.
 * Reading files, ids from paths and storing are the caller's business.
 */
#ifndef ARTICLE_H
#define ARTICLE_H

#include <stddef.h>
#include "fa_article.h"

/* Bits of *fixed: what was repaired. */
enum {
    ARTICLE_FIXED_UTF8      = 1,   /* invalid UTF-8 became U+FFFD             */
    ARTICLE_FIXED_CONTROL   = 2,   /* control characters became spaces        */
    ARTICLE_FIXED_SURROGATE = 4,   /* JSON: a lone \uD800-\uDFFF kept as text */
    ARTICLE_FIXED_ID        = 8    /* the id was escaped (article_escape_id)  */
};

/* The stored form of an id: the id itself when it is valid UTF-8 without
 * control characters; otherwise each control byte (0x00-0x1F, 0x7F) and
 * each byte of invalid UTF-8 becomes the four characters \xHH (lower-case
 * hex), so that distinct ids stay distinct and the stored form can be
 * typed (--delete). *changed says whether anything was escaped. *out is
 * fresh (free()), NUL-terminated, *outlen bytes; FA_OK or FA_ENOMEM. */
int article_escape_id(char **out, size_t *outlen, const char *src, size_t len,
                      int *changed);

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
 * ones as their JSON text. The id is stored in its escaped form
 * (article_escape_id), and a lone UTF-16 surrogate escape in any string
 * ("\ud800" with no partner) is kept as its six characters of text
 * instead of becoming U+FFFD (ARTICLE_FIXED_SURROGATE). An integer too
 * large for 64 bits (which json-c would saturate) keeps its digits as
 * written: in other fields, nested or not, and as an id or date.  FA_EINVAL with errbuf for malformed JSON or a
 * wrong type; FA_ENOMEM. */
int article_parse_json(fa_article *a, const char *line, size_t len,
                       unsigned *fixed, char *errbuf, size_t errlen);

/* Set field 'key' of 'a' to v[0..len) cleaned as article text is (UTF-8
 * repaired, control characters replaced; see above), adding the repairs
 * to *fixed. For the readers of other formats (feeds, WARC, HTML pages),
 * whose fields come from parsers that may pass such bytes through.
 * FA_OK or FA_ENOMEM. */
int article_set_clean(fa_article *a, const char *key, const char *v, size_t len,
                      unsigned *fixed);

/* A title derived from the body is at most this many bytes: a longer
 * first sentence (an 11.5 MB paragraph with no full stop once became a
 * title, and every hit 23 MB of JSON) is cut at a word and ends in "…".
 * A title given in the input is kept as written. */
#define ARTICLE_TITLE_MAX_BYTES 300
#define ARTICLE_TITLE_ELLIPSIS  "\xE2\x80\xA6"   /* U+2026 */

/* Fill in what the input left out: the title from the first sentence, the
 * dateline. Called by both parsers; exposed for tests. */
int article_complete(fa_article *a);

#endif
