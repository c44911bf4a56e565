/* pipeline.h - storing parsed articles in the index, with worker threads.
 *
 * The caller (main.c) parses input on its own thread and hands each
 * article over; workers tag it with countries and officials and store it.
 * Two ways to store, chosen when the pipeline opens:
 *  - bulk: the index is new or empty. Each worker writes its own temporary
 *    index next to the target (no fsync; Xapian's inverter is the cost, so
 *    this is what uses both cores), and closing compacts them all into the
 *    target. Articles are routed to workers by a hash of their id, so a
 *    duplicate id meets its earlier copy in the same temporary index and
 *    replaces it.
 *    Before any worker stores a text, the first articles (16 MiB of text,
 *    see sample.c) are held back to train one zstd dictionary
 *    for stored texts, which every worker then compresses with.
 *  - update: the index already holds articles. One worker writes straight
 *    into it, committing every commit_every articles, with the index's own
 *    dictionary.
 * The target is locked by this pipeline from open to close either way.
 * A bulk build that was killed (SIGKILL, a crash) leaves its temporary
 * indexes behind; the next pipeline on the same target merges what they
 * committed before it starts, so only each worker's open batch is lost.
 */
#ifndef PIPELINE_H
#define PIPELINE_H

#include <stddef.h>
#include "fa_article.h"
#include "fa_entity.h"
#include "fa_xap.h"

typedef struct pipeline pipeline;

typedef struct pipeline_opts {
    const char         *dbpath;
    const char         *language;      /* NULL: the index's own / english     */
    const fa_gazetteer *gaz;           /* NULL: no entity tagging             */
    unsigned            threads;       /* workers for a bulk load (>= 1)      */
    unsigned long       commit_every;  /* articles per commit (>= 1)          */
    int                 text_level;    /* zstd level of stored texts, 0: raw  */
    /* Told, on the caller's thread (in pipeline_put and pipeline_close),
     * of each article the index refused (an id or a facet value over a
     * limit; FA_EINVAL from fa_db_put): its input file (NULL for none) and
     * "article 'ID': why; skipped". May be NULL. The run goes on. */
    void              (*report)(void *ctx, const char *file, const char *msg);
    void               *ctx;
    fa_build            build;         /* exact words, spelling, fields
                                          (fa_db_set_build); zero: as the
                                          index records                     */
} pipeline_opts;

typedef struct pipeline_stats {
    unsigned long added;
    unsigned long replaced;
    unsigned long unchanged;     /* same id, same content: nothing written */
    unsigned long duplicates;    /* pages whose text the index held under
                                    another id: not written, each reported
                                    naming both ids (counted unchanged)   */
    unsigned long failed;        /* refused by the index, reported, skipped */
    unsigned long warnings;      /* stored, with a warning reported        */
    unsigned long recovered;     /* committed by a killed bulk run, merged
                                    into the index before this one began  */
    char          dict_note[192]; /* bulk with --text-level > 0: one
                                    clause saying how the texts were
                                    compressed ("" otherwise)             */
} pipeline_stats;

/* Open the target index and start the workers. Errors: those of
 * fa_db_open (FA_ELOCKED, FA_EVERSION, FA_EINVAL for a language mismatch),
 * FA_ENOMEM, FA_ERROR; errbuf says why. */
int  pipeline_open(pipeline **out, const pipeline_opts *o,
                   char *errbuf, size_t errlen);

/* Hand over article *a (it must have an id), read from the input file
 * 'file' (an absolute path, or NULL); 'page' nonzero when it is a page
 * (an HTML file, a feed item, a WARC page): an update then stores it with
 * fa_db_put_page, so a page the index holds under another id is a
 * duplicate (stats.duplicates, told to opts.report), and it carries its
 * text's hash for later runs. A bulk build stores pages the same way;
 * its temporary indexes find nothing (the index was empty, and the
 * caller catches a page repeated within the run, ingest.c) but the
 * merged index holds the terms. The pipeline takes the article and sets *a
 * to a fresh empty article for the caller's next parse. Blocks while the
 * workers are busy, so memory stays bounded. An article the index then
 * refuses goes to opts.report and stats.failed, not to the status.
 * A negative status means the index failed; errbuf says why and the
 * pipeline should be closed. */
int  pipeline_put(pipeline *p, fa_article **a, const char *file, int page,
                  char *errbuf, size_t errlen);

/* Stop the workers, commit, and (bulk) compact into the target. Frees the
 * pipeline. 'abort' nonzero: commit what the workers stored but do not
 * compact (bulk temporary indexes are removed). */
int  pipeline_close(pipeline *p, int abort, pipeline_stats *stats,
                    char *errbuf, size_t errlen);

/* Nonzero when the pipeline builds a new index with parallel workers. */
int  pipeline_is_bulk(const pipeline *p);

#endif
