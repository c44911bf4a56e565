/* ingest.h - reading fa-index's PATH arguments into articles: files and
 * folders (.txt, .jsonl, .ndjson, .html, .htm, .rss, .atom, .xml feeds,
 * .warc; each optionally .gz; the format told by content where the name
 * and the first bytes disagree) and standard input,
 * parsed (article.h), checked by the per-article rules, and handed on.
 *
 * Prints nothing: each problem with the input goes to the caller's report
 * callback and is counted; the run goes on. Only a failure to hand an
 * article on (the index failed) or to get memory stops it. Storing is the
 * caller's too (the put callback; fa-index gives pipeline_put), so that
 * this module can be run without an index.
 */
#ifndef INGEST_H
#define INGEST_H

#include <signal.h>
#include <stddef.h>
#include "fa_article.h"
#include "warc.h"

typedef struct ingest ingest;

/* A problem with the input at 'path' (and 1-based 'line' of it, 0 for the
 * whole file); path NULL for a message with no place (the index's). */
typedef void ingest_report_fn(void *ctx, const char *path, size_t line, const char *msg);
/* Take article *a (id checked, at most FA_MAX_ID_BYTES) read from 'file'
 * (absolute path, NULL for standard input), leaving a fresh empty article
 * in *a; as pipeline_put(). Negative: the index failed, errbuf says why. */
typedef int  ingest_put_fn(void *ctx, fa_article **a, const char *file,
                           char *errbuf, size_t errlen);

typedef struct ingest_opts {
    const char       *format;       /* standard input: "auto", "txt", "jsonl" */
    size_t            max_article;  /* bytes of one article or line; 0: any    */
    unsigned long     shard, nshards; /* keep shard K of N only; nshards 0: all */
    ingest_put_fn    *put;
    ingest_report_fn *report;
    void            (*stored)(void *ctx);  /* after each article put; may be NULL */
    void             *ctx;          /* given to every callback                 */
    const volatile sig_atomic_t *stop;  /* nonzero: stop reading; may be NULL */
} ingest_opts;

typedef struct ingest_counts {
    unsigned long docs;           /* articles handed on                        */
    unsigned long failed;         /* files, lines or articles skipped          */
    unsigned long warnings;       /* articles repaired                         */
    unsigned long skipped_files;  /* files in folders of no known kind         */
    unsigned long other_shards;   /* articles left to the other shards         */
    unsigned long duplicates;     /* pages whose text an earlier page of this
                                     run had: not stored, counted unchanged   */
    warc_counts   warc;           /* records of WARC files read              */
    size_t        raw_bytes;      /* bytes of input read, as stored on disk    */
    size_t        text_bytes;     /* the same, uncompressed                    */
} ingest_counts;

/* A reader with options 'o' (copied; the strings and ctx are borrowed) in
 * *out (ingest_free). FA_OK or FA_ENOMEM. */
int  ingest_new(ingest **out, const ingest_opts *o);
void ingest_free(ingest *ix);                    /* NULL is a no-op */

/* Read one PATH argument: a file (which must be of a known kind), a folder
 * (walked; files of other kinds are counted in skipped_files) or "-".
 * FA_OK when done (problems reported and counted), FA_EINTR when *stop
 * was set, FA_ENOMEM, or the put callback's negative status. */
int  ingest_path(ingest *ix, const char *arg);

/* The counts so far; the bytes include the input being read. */
void ingest_get_counts(const ingest *ix, ingest_counts *out);

/* Bytes on disk of the input files under paths[0..n) ("-" counts 0), for
 * a progress estimate. Unreadable paths count 0. */
size_t ingest_input_bytes(char *const *paths, int n);

/* The per-article rules, applied to every article before it is handed on,
 * at 'path' (line 'line', 0 for a whole file). 'fixed' holds the
 * ARTICLE_FIXED_* repairs the parser made (article.h): each is reported
 * as a warning. A date is read by date_parse (date.h): the day replaces
 * it, and a time of day is kept as the field "timestamp"; a date it
 * refuses is reported with its reason and moved to the field
 * "date_as_given" (the article is then undated). Returns INGEST_KEEP, INGEST_OTHER_SHARD (its id hashes to
 * another shard: fa_hash(id) % N != K-1; not counted as a problem),
 * INGEST_REFUSED (an empty id or one over FA_MAX_ID_BYTES: reported,
 * counted as failed), or FA_ENOMEM. */
enum { INGEST_KEEP = 0, INGEST_OTHER_SHARD = 1, INGEST_REFUSED = 2 };
int  ingest_check_article(ingest *ix, fa_article *a, const char *path, size_t line,
                          unsigned fixed);

#endif
