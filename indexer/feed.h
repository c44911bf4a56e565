/* feed.h - RSS 2.0 (and RSS 1.0 / RDF) and Atom feeds: each item or entry
 * becomes an article (title, link as url, guid or id, date, author, and
 * the content, whose HTML goes through html_extract).
 *
 * Parsed by libxml2's parser (with recovery) with XML_PARSE_NONET, without
 * XML_PARSE_NOENT (entities are never substituted, so an entity bomb
 * stays a few bytes), without DTD loading, and with an external entity
 * loader that refuses everything: a feed can make fa fetch or read
 * nothing. Text is taken from text and CDATA nodes only. Reading the
 * file, ids for items without one, and storing are the caller's.
 */
#ifndef FEED_H
#define FEED_H

#include <stddef.h>
#include "fa_article.h"

/* A feed file larger than this is refused before parsing: the whole feed
 * is parsed into a tree in memory (each item's text is bounded by the
 * caller's article limit). */
#define FEED_MAX_BYTES ((size_t)64 << 20)

/* Whether head[0..len) (the first bytes of a file) is a feed: after a BOM,
 * blanks, an XML declaration, comments and a DOCTYPE, the root element is
 * <rss>, <feed> or <rdf:RDF>. 1 or 0. */
int feed_sniff(const char *head, size_t len);

/* Called for each item: *a holds its fields (id only when the item has a
 * guid, id or link; the caller may take *a, leaving a fresh article).
 * 'item' is its 1-based number, 'line' the line of its start tag, 'fixed'
 * the ARTICLE_FIXED_* repairs made. A negative return stops the parse and
 * is returned by feed_parse. */
typedef int feed_item_fn(void *ctx, fa_article **a, size_t item, size_t line, unsigned fixed);
/* A problem with item 'item' (0: the feed as a whole) at 'line'. */
typedef void feed_problem_fn(void *ctx, size_t item, size_t line, const char *msg);

/* Parse the feed buf[0..len), named 'name' in libxml2's messages, into
 * *a one item at a time. XML errors are given to 'problem' with the item
 * they fall in (by line; item 0 for the feed's head), and the item is
 * read as the parser recovered it. FA_OK when a feed was read; FA_EINVAL
 * with errbuf naming the line when it is not XML (also an entity loop or
 * a bomb, which stop the parser), not a feed, or over FEED_MAX_BYTES;
 * FA_ENOMEM; or what 'item' returned. */
int feed_parse(const char *buf, size_t len, const char *name, fa_article **a,
               feed_item_fn *item, feed_problem_fn *problem, void *ctx,
               char *errbuf, size_t errlen);

#endif
