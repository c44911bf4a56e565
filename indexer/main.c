/* main.c - fa-index: read articles from files, folders and standard input,
 * tag them with the countries and officials they mention, and store them
 * in an fa index. The command line (options.c), messages, the progress
 * line and the exit code live here; reading is ingest.c's, storing
 * pipeline.c's, deleting and merging maint.c's.
 */
#include "fa_entity.h"
#include "fa_error.h"
#include "fa_xap.h"
#include "bulk.h"
#include "ingest.h"
#include "lock.h"
#include "maint.h"
#include "options.h"
#include "pipeline.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Exit codes, documented in the README and in the usage text. */
enum {
    EXIT_OK       = 0,  /* every input indexed                           */
    EXIT_RUNTIME  = 1,  /* the index could not be opened or written      */
    EXIT_USAGE    = 2,  /* bad command line                              */
    EXIT_PARTIAL  = 3,  /* done, but some input was skipped or repaired  */
    EXIT_VERSION  = 6,  /* the index was built by an incompatible fa     */
    EXIT_LOCKED   = 7,  /* another fa-index is writing to the index      */
    EXIT_INTERRUPTED = 8, /* SIGINT/SIGTERM: what was read is committed  */
};

/* The one place a failed status becomes an exit code. FA_EINVAL from the
 * index means the command line asked what the index cannot do (another
 * --language than it was built with; --merge into an existing folder). */
static int exit_code_of(int status)
{
    static const struct { int status, code; } table[] = {
        {FA_OK, EXIT_OK},
        {FA_EVERSION, EXIT_VERSION},
        {FA_ELOCKED, EXIT_LOCKED},
        {FA_EINVAL, EXIT_USAGE},
        {FA_EINTR, EXIT_INTERRUPTED},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].status == status)
            return table[i].code;
    return EXIT_RUNTIME;
}

/* SIGINT and SIGTERM: stop reading, commit what was read, merge, report. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* One run of fa-index: what the callbacks and the summary need. */
typedef struct run {
    const options *o;
    pipeline      *pipe;
    ingest        *in;
    int            opened;      /* the index was opened: a summary is due    */
    int            progress;    /* a progress line on the terminal           */
    double         t0, last;    /* start and last progress line, seconds     */
    size_t         total_raw;   /* bytes of all input files                  */
    unsigned long  deleted, missing;
    pipeline_stats stats;
    char           err[1024];
} run;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void progress(run *r, int force)
{
    double t = now_s(), el = t - r->t0;
    ingest_counts n;
    if (!r->progress || (!force && t - r->last < 0.5))
        return;
    r->last = t;
    ingest_get_counts(r->in, &n);
    fprintf(stderr, "\r\033[Kfa-index: %lu articles, %.1f MB/s", n.docs,
            el > 0 ? (double)n.text_bytes / 1e6 / el : 0.0);
    if (r->total_raw && n.raw_bytes && n.raw_bytes <= r->total_raw)
        fprintf(stderr, ", %.0f s left",
                el * (double)(r->total_raw - n.raw_bytes) / (double)n.raw_bytes);
}

static void on_report(void *ctx, const char *path, size_t line, const char *msg)
{
    run *r = ctx;
    if (r->progress)
        fputs("\r\033[K", stderr);   /* clear the progress line */
    if (!path)
        fprintf(stderr, "fa-index: %s\n", msg);
    else if (line)
        fprintf(stderr, "fa-index: %s:%zu: %s\n", path, line, msg);
    else
        fprintf(stderr, "fa-index: %s: %s\n", path, msg);
}

static void on_refused(void *ctx, const char *file, const char *msg)
{
    on_report(ctx, file, 0, msg);
}

static void on_stored(void *ctx)
{
    progress(ctx, 0);
}

static int on_put(void *ctx, fa_article **a, const char *file, int page, char *errbuf, size_t errlen)
{
    return pipeline_put(((run *)ctx)->pipe, a, file, page, errbuf, errlen);
}

static void on_missing(void *ctx, const char *id)
{
    (void)ctx;
    fprintf(stderr, "fa-index: --delete: no article with id '%s'\n", id);
}

static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

static int run_merge(const options *o)
{
    unsigned long total = 0;
    lock *lk = NULL;
    char err[1024];
    int rc;

    catch_signals();
    if ((rc = lock_take(&lk, o->merge_out, err, sizeof err)) == FA_OK)
        rc = maint_merge(o->merge_out, o->args, (size_t)o->nargs, &interrupted,
                         &total, err, sizeof err);
    lock_release(lk);
    if (rc == FA_EINTR)
        fprintf(stderr, "fa-index: --merge: interrupted; nothing was written\n");
    else if (rc < 0)
        fprintf(stderr, "fa-index: --merge: %s\n", err);
    else if (!o->quiet)
        fprintf(stderr, "fa-index: merged %d shards into %s: %lu articles\n",
                o->nargs, o->merge_out, total);
    return exit_code_of(rc);
}

/* Read every PATH into the index. Whatever happens after the index opened,
 * what was read is committed (and merged); after an index failure, what
 * the workers committed is kept. */
static int run_index(run *r, const fa_gazetteer *gaz)
{
    const options *o = r->o;
    pipeline_opts po = {o->dbpath, o->language, gaz, o->threads, o->commit_every, o->text_level,
                        on_refused, r,
                        {o->exact, o->spelling, o->fields, o->nfields, o->nfields > 0, o->copies, o->pairs}};
    ingest_opts io = {o->format, o->max_article, o->shard, o->nshards,
                      on_put, on_report, on_stored, r, &interrupted};
    int rc, crc;

    if ((rc = pipeline_open(&r->pipe, &po, r->err, sizeof r->err)) < 0) {
        fprintf(stderr, "fa-index: %s\n", r->err);
        return rc;
    }
    r->opened = 1;
    catch_signals();
    if ((rc = ingest_new(&r->in, &io)) == FA_OK) {
        r->t0 = now_s();
        r->progress = !o->quiet && isatty(2);
        if (r->progress)
            r->total_raw = ingest_input_bytes(o->args, o->nargs);
        for (int i = 0; i < o->nargs && rc == FA_OK && !interrupted; i++)
            rc = ingest_path(r->in, o->args[i]);
        if (rc == FA_EINTR)
            rc = FA_OK;
    }
    if (r->progress) {
        progress(r, 1);
        fputs(pipeline_is_bulk(r->pipe) ? "; merging\n" : "\n", stderr);
    }
    crc = pipeline_close(r->pipe, rc < 0, &r->stats, r->err, sizeof r->err);
    r->pipe = NULL;
    if (crc < 0 && rc == FA_OK) {
        fprintf(stderr, "fa-index: %s\n", r->err);
        rc = crc;
    }
    if (interrupted)
        fprintf(stderr, "fa-index: interrupted; what was read is committed, run the same command again to finish\n");
    if (r->stats.recovered && !o->quiet)
        fprintf(stderr, "fa-index: recovered %lu articles committed by an earlier run that was killed\n",
                r->stats.recovered);
    return rc;
}

/* --delete ID... or --prune FOLDER...: changes that need no parsing, made
 * after the indexing run (if any) on the committed index. */
static int run_maint(run *r)
{
    const options *o = r->o;
    fa_db *db = NULL;
    int rc, crc;

    if ((rc = fa_db_open(&db, o->dbpath, FA_DB_WRITE, NULL, r->err, sizeof r->err)) < 0) {
        fprintf(stderr, "fa-index: %s\n", r->err);
        return rc;
    }
    r->opened = 1;
    if (o->del)
        rc = maint_delete(db, o->args, (size_t)o->nargs, on_missing, r, &r->deleted, &r->missing);
    else
        rc = maint_prune(db, o->args, (size_t)o->nargs, &r->deleted);
    if (rc < 0)
        fprintf(stderr, "fa-index: %s\n", fa_db_errmsg(db));
    crc = fa_db_close(db, r->err, sizeof r->err);
    if (crc < 0 && rc == FA_OK) {
        fprintf(stderr, "fa-index: %s\n", r->err);
        rc = crc;
    }
    return rc;
}

/* The articles the index at 'path' holds; 0 when it cannot be read. */
static unsigned long index_holds(const char *path)
{
    unsigned long total = 0;
    fa_db *db = NULL;
    char err[256];

    if (fa_db_open(&db, path, FA_DB_READ, NULL, err, sizeof err) == FA_OK)
        fa_db_doccount(db, &total);
    fa_db_close(db, NULL, 0);   /* a reader: nothing to commit */
    return total;
}

static void print_summary(const run *r, double secs, unsigned long total)
{
    const options *o = r->o;
    ingest_counts n = {0};

    if (r->in)
        ingest_get_counts(r->in, &n);
    if (o->nshards)
        fprintf(stderr, "fa-index: shard %lu/%lu: %lu articles left to the other shards\n",
                o->shard, o->nshards, n.other_shards);
    if (n.warc.records) {
        char skipped[512] = "";
        size_t k = 0;
        for (int i = 0; i < WARC_NSKIP; i++)
            if (n.warc.skipped[i] && k < sizeof skipped)
                k += (size_t)snprintf(skipped + k, sizeof skipped - k, "%s%lu %s", k ? ", " : "",
                                      n.warc.skipped[i], warc_skip_name(i));
        fprintf(stderr, "fa-index: WARC: %lu records, %lu pages%s%s\n", n.warc.records,
                n.warc.pages, k ? "; skipped: " : "", skipped);
    }
    if (n.duplicates)
        fprintf(stderr, "fa-index: %lu pages have the text of an earlier page of this run: "
                "not stored again (counted unchanged)\n", n.duplicates);
    if (r->stats.duplicates)
        fprintf(stderr, "fa-index: %lu pages have the text of a page the index holds under another id: "
                "not stored (counted unchanged)\n", r->stats.duplicates);
    fprintf(stderr, "fa-index: %lu added, %lu replaced, %lu unchanged, %lu deleted, %lu failed, %lu warnings in %.2f s; index holds %lu articles%s%s\n",
            r->stats.added, r->stats.replaced, r->stats.unchanged + n.duplicates + r->stats.duplicates, r->deleted,
            n.failed + r->stats.failed + r->missing, n.warnings + r->stats.warnings, secs, total,
            r->stats.dict_note[0] ? "; " : "", r->stats.dict_note);
}

int main(int argc, char **argv)
{
    options o;
    run r = {0};
    fa_gazetteer *gaz = NULL;
    lock *lk = NULL;
    ingest_counts n = {0};
    struct stat st;
    double t0 = now_s();
    unsigned long total;
    int rc = FA_OK, code, created;

    switch (options_parse(&o, argc, argv, r.err, sizeof r.err)) {
    case OPTIONS_HELP:
        fputs(options_usage(), stdout);
        return EXIT_OK;
    case OPTIONS_VERSION:
        printf("%s\n", options_version());
        return EXIT_OK;
    case OPTIONS_BAD_USAGE:
    case OPTIONS_BAD:
        /* One line and where to look, not the whole help. */
        if (r.err[0])
            fprintf(stderr, "fa-index: %s\n", r.err);
        fprintf(stderr, "%s\n", options_try_help());
        return EXIT_USAGE;
    }
    r.o = &o;
    if (o.merge_out)
        return run_merge(&o);
    if (o.entities && !o.del &&
        (rc = fa_gazetteer_load(&gaz, o.gazdir, r.err, sizeof r.err)) < 0) {
        fprintf(stderr, "fa-index: gazetteer: %s\n", r.err);
        code = EXIT_RUNTIME;   /* bad data files are not a usage error, whatever their status */
        goto out;
    }
    if ((rc = lock_take(&lk, o.dbpath, r.err, sizeof r.err)) < 0) {
        fprintf(stderr, "fa-index: %s\n", r.err);
        code = exit_code_of(rc);
        goto out;
    }
    created = stat(o.dbpath, &st) < 0 && errno == ENOENT;   /* under the lock */
    if (!o.del)
        rc = run_index(&r, gaz);
    if (rc == FA_OK && !interrupted && (o.del || o.prune))
        rc = run_maint(&r);
    if (r.in)
        ingest_get_counts(r.in, &n);
    code = rc < 0 ? exit_code_of(rc) : interrupted ? EXIT_INTERRUPTED
         : n.failed || r.stats.failed || n.warnings || r.stats.warnings || r.missing ? EXIT_PARTIAL : EXIT_OK;
    total = r.opened ? index_holds(o.dbpath) : 0;
    if (r.opened && !o.quiet)
        print_summary(&r, now_s() - t0, total);
    /* A failed run that made a new index and stored nothing in it (a typo
     * in every input path) leaves no empty index to be mistaken for one. */
    if (created && code != EXIT_OK && total == 0 && bulk_rmtree(o.dbpath) == 0 && !o.quiet)
        fprintf(stderr, "fa-index: nothing was stored; the new index %s was removed\n", o.dbpath);
out:
    lock_release(lk);
    ingest_free(r.in);
    fa_gazetteer_free(gaz);
    return code;
}
