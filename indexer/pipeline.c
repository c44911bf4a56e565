/* pipeline.c - worker threads that tag and store articles (see pipeline.h).
 *
 * Threads and queues only: tagging is tag.c's, the dictionary sample is
 * sample.c's, and the temporary indexes' life on disk is bulk.c's.
 * Each worker owns its queue, its fa_db handle and its tagger: the
 * gazetteer is read-only and shared, every Xapian object (and the stemmer
 * inside it) belongs to one handle, so workers share no mutable state but
 * their queues.
 */
#include "pipeline.h"
#include "bulk.h"
#include "fa_error.h"
#include "fa_hash.h"
#include "fa_fields.h"
#include "fa_xap.h"
#include "sample.h"
#include "tag.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <unistd.h>

#define QCAP 128         /* articles queued per worker */

/* Free space a commit must find before it starts: a fixed reserve plus a
 * multiple of the text it commits (postings, positions, term lists and
 * the record together stay well under it). Xapian 1.4.22 can end the
 * process (std::terminate, exit 134) when the disk fills in the middle
 * of a commit; refusing beforehand turns that into exit 1 with the OS
 * error, with what was committed before intact. */
#define COMMIT_RESERVE    (4ull << 20)
#define COMMIT_PER_BYTE   8ull

typedef struct worker {
    pipeline       *p;
    pthread_t       thread;
    int             started;
    fa_db          *db;            /* owned in bulk mode; the target's in update */
    char           *path;          /* bulk: temporary index, owned              */
    pthread_mutex_t mu;
    pthread_cond_t  changed;       /* queue grew, shrank, or done was set       */
    fa_article     *queue[QCAP];
    char           *file[QCAP];    /* absolute input path of each, owned        */
    unsigned char   page[QCAP];    /* each is a page, checked for its text       */
    size_t          head, count;
    fa_article     *spare[QCAP];   /* stored articles, returned for reuse       */
    size_t          nspare;
    int             done;          /* no more articles will come                */
    tagger         *tag;           /* NULL without a gazetteer                  */
    unsigned long   added, replaced, unchanged, pending;
    unsigned long   duplicates;    /* pages the index held under another id     */
    unsigned long long pending_bytes; /* text of the pending articles     */
    unsigned long   c_added, c_replaced, c_unchanged; /* as of the last commit */
    int             commit_failed; /* Xapian refused a commit: its batch is lost */
    /* Articles the index refused (FA_EINVAL), for the caller's thread to
     * report: "file\0message" strings, owned; under mu. */
    char          **fails;
    size_t          nfails, capfails;
    unsigned long   failed;
    unsigned long   warned;        /* stored with a warning (fa_db_warning)     */
    int             rc;            /* first failure, FA_OK until then           */
    char            err[512];
} worker;

struct pipeline {
    pipeline_opts opts;
    fa_db        *target;
    int           bulk;
    unsigned long recovered;   /* articles recovered from a killed bulk run */
    unsigned      nworkers;
    worker       *w;
    /* Bulk builds: articles held back to train the text dictionary;
     * non-NULL while holding (no worker has stored yet). */
    sample       *sampling;
    char          dict_note[192]; /* how stored texts were compressed      */
};

/* FA_OK when the file system of w's index has room for its next commit;
 * FA_EIO with w->err otherwise. One that cannot tell passes. */
static int room_to_commit(worker *w)
{
    const char *path = w->path ? w->path : w->p->opts.dbpath;
    unsigned long long need = COMMIT_RESERVE + COMMIT_PER_BYTE * w->pending_bytes, have;
    struct statvfs sv;

    if (statvfs(path, &sv) < 0)
        return FA_OK;
    have = (unsigned long long)sv.f_bavail * sv.f_frsize;
    if (have >= need)
        return FA_OK;
    snprintf(w->err, sizeof w->err, "%s: %.1f MiB free, a commit of %lu articles needs %.1f MiB (%s)",
             path, (double)have / 1048576.0, w->pending, (double)need / 1048576.0, strerror(ENOSPC));
    return FA_EIO;
}

/* Keep "article 'ID': why; skipped" for the caller to report (a long id
 * is cut). FA_OK, or FA_ENOMEM. */
static int refused(worker *w, const fa_article *a, const char *file)
{
    const char *id = fa_article_get(a, FA_F_ID, NULL), *f = file ? file : "";
    char msg[768];
    int rc = FA_OK;

    snprintf(msg, sizeof msg, "article '%.80s%s': %s; skipped", id ? id : "",
             id && strlen(id) > 80 ? "..." : "", fa_db_errmsg(w->db));
    size_t flen = strlen(f), mlen = strlen(msg);
    char *s = malloc(flen + mlen + 2);
    if (!s)
        return FA_ENOMEM;
    memcpy(s, f, flen + 1);
    memcpy(s + flen + 1, msg, mlen + 1);
    pthread_mutex_lock(&w->mu);
    if (w->nfails == w->capfails) {
        size_t ncap = w->capfails ? 2 * w->capfails : 8;
        char **nv = realloc(w->fails, ncap * sizeof *nv);
        if (!nv) {
            rc = FA_ENOMEM;
            goto out;
        }
        w->fails = nv;
        w->capfails = ncap;
    }
    w->fails[w->nfails++] = s;
    s = NULL;
    w->failed++;
out:
    pthread_mutex_unlock(&w->mu);
    free(s);
    return rc;
}

/* Keep message 'msg' about an article for the caller to report, as
 * refused() does; 'count' (under mu) is bumped. */
static int note(worker *w, const char *file, const char *msg, unsigned long *count)
{
    const char *f = file ? file : "";
    size_t flen = strlen(f), mlen = strlen(msg);
    char *s = malloc(flen + mlen + 2);
    int rc = FA_OK;

    if (!s)
        return FA_ENOMEM;
    memcpy(s, f, flen + 1);
    memcpy(s + flen + 1, msg, mlen + 1);
    pthread_mutex_lock(&w->mu);
    if (w->nfails == w->capfails) {
        size_t ncap = w->capfails ? 2 * w->capfails : 8;
        char **nv = realloc(w->fails, ncap * sizeof *nv);
        if (!nv) {
            rc = FA_ENOMEM;
            goto out;
        }
        w->fails = nv;
        w->capfails = ncap;
    }
    w->fails[w->nfails++] = s;
    s = NULL;
    (*count)++;
out:
    pthread_mutex_unlock(&w->mu);
    free(s);
    return rc;
}

/* Tell the caller (on its thread) about the articles the workers refused. */
static void report_refused(pipeline *p)
{
    for (unsigned i = 0; p->w && i < p->nworkers; i++) {
        worker *w = &p->w[i];
        char **v;
        size_t n;
        pthread_mutex_lock(&w->mu);
        v = w->fails;
        n = w->nfails;
        w->fails = NULL;
        w->nfails = w->capfails = 0;
        pthread_mutex_unlock(&w->mu);
        for (size_t k = 0; k < n; k++) {
            if (p->opts.report)
                p->opts.report(p->opts.ctx, v[k][0] ? v[k] : NULL, v[k] + strlen(v[k]) + 1);
            free(v[k]);
        }
        free(v);
    }
}

/* Keep "page 'ID' has the text of page 'OTHER' ...", about a page the
 * index held already under another id, for the caller to report. */
static int duplicate(worker *w, const fa_article *a, const char *file)
{
    const char *id = fa_article_get(a, FA_F_ID, NULL), *other = fa_db_duplicate_of(w->db);
    char msg[512];

    snprintf(msg, sizeof msg, "page '%.200s' has the text of page '%.200s' in the index already; "
             "not stored (counted unchanged)", id ? id : "", other);
    return note(w, file, msg, &w->duplicates);
}

static int store(worker *w, const fa_article *a, const char *file, int page)
{
    fa_facets f = {{NULL}, {0}};
    int outcome = FA_PUT_ADDED, rc = FA_OK;

    if (w->tag && (rc = tag_article(w->tag, w->db, a, &f)) < 0)
        goto out;
    /* An article the index refuses (an id or a facet value over a limit
     * of Xapian's) is that article's failure, not the run's. */
    rc = page ? fa_db_put_page(w->db, a, &f, file, &outcome) : fa_db_put_from(w->db, a, &f, file, &outcome);
    if (rc == FA_EINVAL) {
        rc = refused(w, a, file);
        goto out;
    }
    if (rc < 0)
        goto out;
    if (*fa_db_warning(w->db) && (rc = note(w, file, fa_db_warning(w->db), &w->warned)) < 0)
        goto out;
    if (outcome == FA_PUT_DUPLICATE) {
        rc = duplicate(w, a, file);
        goto out;
    }
    if (outcome == FA_PUT_UNCHANGED) {
        w->unchanged++;
        goto out;
    }
    if (outcome == FA_PUT_REPLACED)
        w->replaced++;
    else
        w->added++;
    size_t tlen = 0;
    fa_article_get(a, FA_F_TEXT, &tlen);
    w->pending_bytes += tlen;
    if (++w->pending >= w->p->opts.commit_every) {
        if ((rc = room_to_commit(w)) < 0)
            goto out;
        if ((rc = fa_db_commit(w->db)) < 0) {
            w->commit_failed = 1;
            goto out;
        }
        w->pending = 0;
        w->pending_bytes = 0;
        w->c_added = w->added;
        w->c_replaced = w->replaced;
        w->c_unchanged = w->unchanged;
    }
out:
    if (rc < 0 && !w->err[0])
        snprintf(w->err, sizeof w->err, "%s",
                 *fa_db_errmsg(w->db) ? fa_db_errmsg(w->db) : fa_strerror(rc));
    return rc;
}

static void *work(void *arg)
{
    worker *w = arg;
    for (;;) {
        fa_article *a;
        pthread_mutex_lock(&w->mu);
        while (w->count == 0 && !w->done)
            pthread_cond_wait(&w->changed, &w->mu);
        if (w->count == 0) {
            pthread_mutex_unlock(&w->mu);
            break;
        }
        a = w->queue[w->head];
        char *file = w->file[w->head];
        int page = w->page[w->head];
        pthread_mutex_unlock(&w->mu);

        int rc = w->rc < 0 ? w->rc : store(w, a, file, page);
        free(file);

        pthread_mutex_lock(&w->mu);
        if (rc < 0 && w->rc == FA_OK)
            w->rc = rc;
        w->head = (w->head + 1) % QCAP;
        w->count--;
        if (w->nspare < QCAP) {
            fa_article_clear(a);
            w->spare[w->nspare++] = a;
            a = NULL;
        }
        pthread_cond_broadcast(&w->changed);
        pthread_mutex_unlock(&w->mu);
        fa_article_free(a);
    }
    return NULL;
}

static void worker_cleanup(worker *w, int remove_tmp)
{
    /* Still open only after a failure, which is what gets reported. */
    if (w->db && w->db != w->p->target)
        fa_db_close(w->db, NULL, 0);
    w->db = NULL;
    if (w->path && remove_tmp)
        bulk_rmtree(w->path);
    free(w->path);
    w->path = NULL;
    for (size_t i = 0; i < w->nspare; i++)
        fa_article_free(w->spare[i]);
    for (size_t i = 0; i < w->count; i++) {
        fa_article_free(w->queue[(w->head + i) % QCAP]);
        free(w->file[(w->head + i) % QCAP]);
    }
    w->nspare = w->count = 0;
    for (size_t i = 0; i < w->nfails; i++)
        free(w->fails[i]);
    free(w->fails);
    w->fails = NULL;
    w->nfails = w->capfails = 0;
    tag_free(w->tag);
    w->tag = NULL;
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->changed);
}

int pipeline_is_bulk(const pipeline *p)
{
    return p->bulk;
}

int pipeline_open(pipeline **out, const pipeline_opts *o, char *errbuf, size_t errlen)
{
    pipeline *p = NULL;
    unsigned long docs = 0;
    int rc;

    *out = NULL;
    if (!(p = calloc(1, sizeof *p)))
        return FA_ENOMEM;
    p->opts = *o;
    if ((rc = fa_db_open(&p->target, o->dbpath, FA_DB_WRITE, o->language, errbuf, errlen)) < 0)
        goto out;
    if ((rc = fa_db_doccount(p->target, &docs)) < 0) {
        snprintf(errbuf, errlen, "%s", fa_db_errmsg(p->target));
        goto out;
    }
    if (docs == 0) {
        if ((rc = bulk_recover(&p->target, o->dbpath, o->language, &p->recovered,
                               errbuf, errlen)) < 0)
            goto out;
        docs = p->recovered;
    }
    /* Tagged or not is recorded: an index built one way refuses updates
     * the other way, rather than ending up with partial facets. */
    if ((rc = fa_db_set_tagging(p->target, o->gaz != NULL)) < 0 ||
        (rc = fa_db_set_build(p->target, &o->build)) < 0) {
        snprintf(errbuf, errlen, "%s", fa_db_errmsg(p->target));
        goto out;
    }
    /* Workers' temporary indexes record what the target now does. */
    const char *names[FA_MAX_FIELDS];
    fa_build built = {fa_db_exact(p->target) ? 1 : -1, fa_db_spelling(p->target) ? 1 : -1,
                      names, fa_db_nfields(p->target), 1, fa_db_copies(p->target) ? 1 : -1,
                      fa_db_pairs(p->target) ? 1 : -1};
    for (size_t i = 0; i < built.nfields; i++)
        names[i] = fa_db_field(p->target, i);
    bulk_remove_leftovers(o->dbpath, docs > 0);
    p->bulk = docs == 0 && o->threads > 0;
    if (p->bulk && o->text_level > 0 && (rc = sample_new(&p->sampling)) < 0)
        goto out;
    p->nworkers = p->bulk ? o->threads : 1;
    if (!(p->w = calloc(p->nworkers, sizeof *p->w))) {
        rc = FA_ENOMEM;
        goto out;
    }
    for (unsigned i = 0; i < p->nworkers; i++) {
        worker *w = &p->w[i];
        w->p = p;
        pthread_mutex_init(&w->mu, NULL);
        pthread_cond_init(&w->changed, NULL);
        if (o->gaz && (rc = tag_new(&w->tag, o->gaz)) < 0)
            goto out;
        if (!p->bulk) {
            w->db = p->target;
            if ((rc = fa_db_set_text_level(w->db, o->text_level)) < 0) {
                snprintf(errbuf, errlen, "%s", fa_db_errmsg(w->db));
                goto out;
            }
            continue;
        }
        if ((rc = bulk_tmp_path(&w->path, o->dbpath, (long)getpid(), i)) < 0)
            goto out;
        if ((rc = fa_db_open(&w->db, w->path, FA_DB_BULK, fa_db_language(p->target),
                             errbuf, errlen)) < 0)
            goto out;
        if ((rc = fa_db_set_tagging(w->db, o->gaz != NULL)) < 0 ||
            (rc = fa_db_set_build(w->db, &built)) < 0 ||
            (rc = fa_db_set_text_level(w->db, o->text_level)) < 0) {
            snprintf(errbuf, errlen, "%s", fa_db_errmsg(w->db));
            goto out;
        }
    }
    for (unsigned i = 0; i < p->nworkers; i++) {
        if (pthread_create(&p->w[i].thread, NULL, work, &p->w[i]) != 0) {
            snprintf(errbuf, errlen, "cannot start a worker thread: %s", strerror(errno));
            rc = FA_ERROR;
            goto out;
        }
        p->w[i].started = 1;
    }
    *out = p;
    p = NULL;
    rc = FA_OK;
out:
    if (p)
        pipeline_close(p, 1, NULL, NULL, 0);
    return rc;
}

/* Queue article 'a' and its input path 'fcopy' on the worker its id
 * routes it to; both are taken on FA_OK (left to the caller otherwise).
 * *spare gets an article the worker has stored, for reuse, or NULL.
 * Blocks while that worker's queue is full. */
static int enqueue(pipeline *p, fa_article *a, char *fcopy, int page, fa_article **spare,
                   char *errbuf, size_t errlen)
{
    const char *id = fa_article_get(a, FA_F_ID, NULL);
    /* The high half of the hash: --shard K/N uses the whole hash modulo
     * N, and the two must not correlate or one worker would get nothing. */
    worker *w = &p->w[p->nworkers > 1 ? (fa_hash(id, strlen(id)) >> 32) % p->nworkers : 0];
    int rc;

    *spare = NULL;
    pthread_mutex_lock(&w->mu);
    while (w->count == QCAP && w->rc == FA_OK)
        pthread_cond_wait(&w->changed, &w->mu);
    if ((rc = w->rc) < 0) {
        snprintf(errbuf, errlen, "%s", w->err);
        pthread_mutex_unlock(&w->mu);
        return rc;
    }
    w->file[(w->head + w->count) % QCAP] = fcopy;
    w->page[(w->head + w->count) % QCAP] = (unsigned char)(page != 0);
    w->queue[(w->head + w->count) % QCAP] = a;
    w->count++;
    if (w->nspare)
        *spare = w->spare[--w->nspare];
    pthread_cond_broadcast(&w->changed);
    pthread_mutex_unlock(&w->mu);
    return FA_OK;
}

/* Train the text dictionary on the held articles, give it to every
 * worker before any of them stores a text, then queue the articles.
 * With too little text (or text zstd cannot learn from) there is no
 * dictionary and texts are compressed one by one. */
static int release_held(pipeline *p, char *errbuf, size_t errlen)
{
    sample *s = p->sampling;
    void *dict = NULL;
    size_t dlen = 0;
    int rc;

    p->sampling = NULL;
    if ((rc = sample_train(s, &dict, &dlen, p->dict_note, sizeof p->dict_note)) < 0)
        goto out;
    for (unsigned i = 0; dict && i < p->nworkers; i++) {
        if ((rc = fa_db_set_text_dict(p->w[i].db, dict, dlen)) < 0) {
            snprintf(errbuf, errlen, "%s", fa_db_errmsg(p->w[i].db));
            goto out;
        }
    }
    for (size_t i = 0; i < sample_count(s); i++) {
        fa_article *a = NULL, *spare = NULL;
        char *file = NULL;
        int page = 0;
        sample_take(s, i, &a, &file, &page);
        if ((rc = enqueue(p, a, file, page, &spare, errbuf, errlen)) < 0) {
            fa_article_free(a);
            free(file);
            goto out;
        }
        fa_article_free(spare);
    }
out:
    sample_free(s);   /* what is left was not queued: an error */
    free(dict);
    return rc;
}

int pipeline_put(pipeline *p, fa_article **a, const char *file, int page,
                 char *errbuf, size_t errlen)
{
    fa_article *fresh = NULL;
    char *fcopy = NULL;
    int rc;

    report_refused(p);
    if (file && !(fcopy = strdup(file)))
        return FA_ENOMEM;
    if (p->sampling)
        rc = sample_hold(p->sampling, *a, fcopy, page);
    else
        rc = enqueue(p, *a, fcopy, page, &fresh, errbuf, errlen);
    if (rc < 0) {
        free(fcopy);
        return rc;
    }
    if (!fresh && !(fresh = fa_article_new())) {
        *a = NULL;
        return FA_ENOMEM;
    }
    *a = fresh;
    if (p->sampling && sample_full(p->sampling))
        return release_held(p, errbuf, errlen);
    return FA_OK;
}

static int merge(pipeline *p, char *errbuf, size_t errlen)
{
    const char **inputs = calloc(p->nworkers, sizeof *inputs);
    int rc;
    if (!inputs)
        return FA_ENOMEM;
    for (unsigned i = 0; i < p->nworkers; i++)
        inputs[i] = p->w[i].path;
    rc = bulk_swap_in(&p->target, p->opts.dbpath, inputs, p->nworkers, errbuf, errlen);
    free(inputs);
    return rc;
}

int pipeline_close(pipeline *p, int abort, pipeline_stats *stats,
                   char *errbuf, size_t errlen)
{
    int rc = FA_OK;

    if (!p)
        return FA_OK;
    /* Fewer articles than the sample: train on what there is. */
    if (p->sampling && !abort)
        rc = release_held(p, errbuf, errlen);
    sample_free(p->sampling);
    p->sampling = NULL;
    if (stats)
        snprintf(stats->dict_note, sizeof stats->dict_note, "%s", p->dict_note);
    for (unsigned i = 0; p->w && i < p->nworkers; i++) {
        worker *w = &p->w[i];
        if (!w->started)
            continue;
        pthread_mutex_lock(&w->mu);
        w->done = 1;
        pthread_cond_broadcast(&w->changed);
        pthread_mutex_unlock(&w->mu);
        pthread_join(w->thread, NULL);
        if (w->rc < 0 && rc == FA_OK) {
            rc = w->rc;
            if (errbuf)
                snprintf(errbuf, errlen, "%s", w->err);
        }
        if (stats && i == 0)
            stats->recovered = p->recovered;
        if (stats) {
            stats->failed += w->failed;
            stats->warnings += w->warned;
            stats->duplicates += w->duplicates;
        }
    }
    report_refused(p);
    /* Commit each temporary index (bulk) before merging them. */
    for (unsigned i = 0; p->w && p->bulk && i < p->nworkers; i++) {
        int r = fa_db_close(p->w[i].db, rc == FA_OK ? errbuf : NULL, errlen);
        p->w[i].db = NULL;
        if (r < 0 && rc == FA_OK)
            rc = r;
    }
    if (p->bulk && rc == FA_OK && !abort && p->target)
        rc = merge(p, errbuf, errlen);
    for (unsigned i = 0; p->w && i < p->nworkers; i++)
        worker_cleanup(&p->w[i], 1);
    int target_ok = 1;   /* the target's last commit (at close) worked */
    if (p->target) {
        int r = fa_db_close(p->target, rc == FA_OK ? errbuf : NULL, errlen);
        p->target = NULL;
        target_ok = r == FA_OK;
        if (r < 0 && rc == FA_OK)
            rc = r;
    }
    /* Only what is in the index counts. A bulk build that failed has
     * nothing in it (its temporary indexes are removed unmerged). An
     * update has what its worker committed, and what it stored after,
     * when closing committed that, unless a commit of Xapian's failed and
     * took its batch with it. */
    for (unsigned i = 0; stats && p->w && i < p->nworkers; i++) {
        const worker *w = &p->w[i];
        int all = p->bulk ? rc == FA_OK && !abort : target_ok && !w->commit_failed;
        if (!all && p->bulk)
            continue;
        stats->added += all ? w->added : w->c_added;
        stats->replaced += all ? w->replaced : w->c_replaced;
        stats->unchanged += all ? w->unchanged : w->c_unchanged;
    }
    free(p->w);
    free(p);
    return rc;
}
