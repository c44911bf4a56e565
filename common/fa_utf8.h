/* fa_utf8.h - what counts as well-formed UTF-8, decided in one place.
 *
 * The indexer repairs input with it, and the writers and the snippet maker
 * read stored text with it, so all three agree byte for byte on which
 * sequences are kept and which become U+FFFD.
 */
#ifndef FA_UTF8_H
#define FA_UTF8_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The length (1 to 4) of the well-formed UTF-8 sequence at s[0..n), with
 * its code point in *cp (when not NULL); 0 when s starts with no such
 * sequence (a stray continuation byte, an overlong form, a surrogate,
 * past U+10FFFF, or cut short by n), which a caller treats as one bad
 * byte. n must be at least 1. */
size_t fa_utf8_decode(const char *s, size_t n, unsigned *cp);

/* The replacement character U+FFFD, encoded. */
#define FA_UTF8_REPLACEMENT "\xEF\xBF\xBD"

#ifdef __cplusplus
}
#endif
#endif
