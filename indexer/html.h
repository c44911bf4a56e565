/* html.h - one HTML page in, its article out: the title, date, author,
 * canonical URL and the main text, with navigation, comments, sidebars and
 * other page furniture left out.
 *
 * Parsing is libxml2's HTML parser (no network, no external entities);
 * charsets are decoded to UTF-8 with iconv first. Reading files, feeds and
 * WARC records, parsing the date and indexing are the caller's business.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

/* Pages larger than this are refused (FA_EINVAL) before parsing. */
#define HTML_MAX_INPUT_BYTES ((size_t)64 << 20)

/* Bits of html_doc.flags: what the caller may want to warn about. */
enum {
    HTML_FLAG_BAD_BYTES       = 1, /* bytes invalid in the charset became U+FFFD */
    HTML_FLAG_CHARSET_UNKNOWN = 2, /* the declared charset is unknown to iconv:
                                      read as UTF-8 if valid, else windows-1252 */
    HTML_FLAG_NO_ARTICLE      = 4  /* no block of article text was found (a link
                                      list, a paywall stub, an empty page):
                                      text is NULL */
};

/* Every string is UTF-8 (valid, no NUL, no control characters but '\n'),
 * owned by the struct, NULL when absent.
 *  title  - og:title, else <title>, else the first <h1>; a site-name suffix
 *           (" | Site", " - Site") is cut off.
 *  date   - as found, not parsed: article:published_time, JSON-LD
 *           datePublished, <time datetime>, <meta name=date> and kin, the
 *           text of a <time>; else "YYYY-MM-DD" from a /YYYY/MM/DD/ URL path.
 *  author - meta author, JSON-LD author, rel=author, a byline; several
 *           authors are joined with ", ".
 *  url    - <link rel=canonical>, else og:url, else page_url; resolved
 *           against page_url when relative.
 *  text   - the article body: paragraphs, headings, list items, block
 *           quotes in document order, one per block, blocks separated by a
 *           blank line ("\n\n"), whitespace inside a block collapsed to one
 *           space. The headline and byline are not repeated in it. NULL
 *           (and HTML_FLAG_NO_ARTICLE set) when the page holds no article.
 */
struct html_doc {
    char    *title, *date, *author, *url, *text;
    unsigned flags;               /* HTML_FLAG_* */
};

/* Extract the article from the page buf[0..len) (any bytes; NULs allowed).
 * 'charset' is the transport's charset (an HTTP header, a feed's already
 * decoded text: pass "UTF-8"), or NULL. The charset used is, in order: a
 * byte-order mark, 'charset', <meta charset> / <meta http-equiv
 * content-type> in the first 4 KiB, else UTF-8 when the bytes are valid
 * UTF-8 and windows-1252 when not (ISO-8859-1 and US-ASCII are read as
 * windows-1252, as browsers do). 'page_url' (or NULL) resolves a relative
 * canonical link and gives the URL-path date.
 * On FA_OK *out is filled (release with html_doc_free) - also when the page
 * holds no article (text NULL, HTML_FLAG_NO_ARTICLE). On failure *out is
 * all NULL and err holds one line: FA_EINVAL (larger than
 * HTML_MAX_INPUT_BYTES, or not parseable at all), FA_ENOMEM. */
int  html_extract(const char *buf, size_t len, const char *charset,
                  const char *page_url, struct html_doc *out,
                  char *err, size_t errlen);

/* Thread-safe: pages may be extracted by several threads at once (libxml2
 * is initialised once, on the first call). */

/* Free the strings of 'doc' and set them to NULL; NULL is a no-op. */
void html_doc_free(struct html_doc *doc);

#endif
