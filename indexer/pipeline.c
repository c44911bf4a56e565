/* pipeline.c - worker threads that tag and store articles (see pipeline.h).
 *
 * Each worker owns its queue, its fa_db handle and its own copy of nothing
 * else: the gazetteer is read-only and shared, every Xapian object (and the
 * stemmer inside it) belongs to one handle, so workers share no mutable
 * state but their queues.
 */
#define _XOPEN_SOURCE 700   /* nftw() */
#include "pipeline.h"
#include "entities.h"
#include "fa_error.h"
#include "fa_hash.h"
#include "fa_fields.h"
#include "fa_textz.h"
#include "fa_xap.h"

#include <errno.h>
#include <ftw.h>
#include <glob.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define QCAP 128         /* articles queued per worker */

/* The stored-text dictionary of a bulk build is trained on the first
 * SAMPLE_BYTES of text (at most SAMPLE_PIECE bytes from each article, so
 * that one huge article cannot make the sample), at most DICT_BYTES large.
 * Measured on UNGDC's 199 MB of text (zstd level 6, one thread): an 8 MiB
 * sample and a 256 KiB dictionary compress it to 60.7 MB, 8 MiB and 1 MiB
 * to 59.9 MB, 16 MiB and 512 KiB to 60.0 MB (59.96; 58.7 at level 7) in
 * 1.1 s of training, 32 MiB and 512 KiB to 59.4 MB but in 2.3 s, during
 * which every worker waits; no dictionary 76.8 MB, Xapian's zlib 77.9 MB.
 * The articles held back (and the sample, briefly) are the extra memory:
 * peak RSS 143 MB instead of 103 MB. */
#define SAMPLE_BYTES (16u << 20)
/* Held articles cost memory beyond their text: an archive of short texts
 * stops holding at this many (8192 tweets are still ample sample). */
#define SAMPLE_ARTICLES 8192u
#define SAMPLE_PIECE (128u << 10)
#define DICT_BYTES   (512u << 10)

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
    size_t          head, count;
    fa_article     *spare[QCAP];   /* stored articles, returned for reuse       */
    size_t          nspare;
    int             done;          /* no more articles will come                */
    char           *scratch;       /* title + text for the extractor            */
    size_t          scratch_cap;
    unsigned long   added, replaced, unchanged, pending;
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
    /* Bulk builds: articles held back to train the text dictionary. */
    int           sampling;    /* still holding: no worker has stored yet  */
    fa_article  **held;        /* owned, in input order                    */
    char        **held_file;   /* their absolute input paths, owned        */
    size_t        nheld, held_cap;
    size_t        held_text;   /* bytes of text they hold                  */
    char          dict_note[192]; /* how stored texts were compressed      */
};

static int recover(pipeline *p, unsigned long *recovered, char *errbuf, size_t errlen);
static void remove_leftovers(const char *dbpath, int with_tmp);

static int tag(entities **out, worker *w, const fa_article *a)
{
    size_t tl = 0, xl = 0;
    const char *title = fa_article_get(a, FA_F_TITLE, &tl);
    const char *text = fa_article_get(a, FA_F_TEXT, &xl);
    size_t need = tl + xl + 3;

    if (need > w->scratch_cap) {
        char *ns = realloc(w->scratch, need);
        if (!ns)
            return FA_ENOMEM;
        w->scratch = ns;
        w->scratch_cap = need;
    }
    /* A blank line keeps the title from running into the first sentence. */
    memcpy(w->scratch, title ? title : "", tl);
    memcpy(w->scratch + tl, "\n\n", 2);
    memcpy(w->scratch + tl + 2, text ? text : "", xl);
    return entities_extract(out, w->p->opts.gaz, w->scratch, tl + 2 + xl);
}

static int store(worker *w, const fa_article *a, const char *file)
{
    const fa_gazetteer *gaz = w->p->opts.gaz;
    entities *ents = NULL;
    const char **cs = NULL, **os = NULL;
    fa_facets f = {{NULL}, {0}};
    int outcome = FA_PUT_ADDED, rc = FA_OK;

    if (gaz) {
        if ((rc = tag(&ents, w, a)) < 0)
            goto out;
        size_t nc = entities_ncountries(ents), no = entities_nofficials(ents);
        if (!(cs = calloc(nc + 1, sizeof *cs)) || !(os = calloc(no + 1, sizeof *os))) {
            rc = FA_ENOMEM;
            goto out;
        }
        for (size_t i = 0; i < nc; i++)
            cs[i] = entities_country(ents, i);
        for (size_t i = 0; i < no; i++) {
            const char *t = entities_official_title(ents, i);
            os[i] = entities_official(ents, i);
            if (t && !fa_gazetteer_official_country(gaz, os[i]) &&
                (rc = fa_db_set_official_title(w->db, os[i], t)) < 0)
                goto out;
        }
        f.values[FA_FACET_COUNTRY] = cs;
        f.nvalues[FA_FACET_COUNTRY] = nc;
        f.values[FA_FACET_OFFICIAL] = os;
        f.nvalues[FA_FACET_OFFICIAL] = no;
    }
    if ((rc = fa_db_put_from(w->db, a, &f, file, &outcome)) < 0)
        goto out;
    if (outcome == FA_PUT_UNCHANGED) {
        w->unchanged++;
        goto out;
    }
    if (outcome == FA_PUT_REPLACED)
        w->replaced++;
    else
        w->added++;
    if (++w->pending >= w->p->opts.commit_every) {
        if ((rc = fa_db_commit(w->db)) < 0)
            goto out;
        w->pending = 0;
    }
out:
    if (rc < 0 && !w->err[0])
        snprintf(w->err, sizeof w->err, "%s",
                 *fa_db_errmsg(w->db) ? fa_db_errmsg(w->db) : fa_strerror(rc));
    free(cs);
    free(os);
    entities_free(ents);
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
        pthread_mutex_unlock(&w->mu);

        int rc = w->rc < 0 ? w->rc : store(w, a, file);
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

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

/* Remove a folder this pipeline created, with everything in it. */
static int rmtree(const char *path)
{
    return nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void worker_cleanup(worker *w, int remove_tmp)
{
    if (w->db && w->db != w->p->target)
        fa_db_close(w->db, NULL, 0);
    w->db = NULL;
    if (w->path && remove_tmp)
        rmtree(w->path);
    free(w->path);
    w->path = NULL;
    for (size_t i = 0; i < w->nspare; i++)
        fa_article_free(w->spare[i]);
    for (size_t i = 0; i < w->count; i++) {
        fa_article_free(w->queue[(w->head + i) % QCAP]);
        free(w->file[(w->head + i) % QCAP]);
    }
    w->nspare = w->count = 0;
    free(w->scratch);
    w->scratch = NULL;
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
        if ((rc = recover(p, &p->recovered, errbuf, errlen)) < 0)
            goto out;
        docs = p->recovered;
    }
    remove_leftovers(p->opts.dbpath, docs > 0);
    p->bulk = docs == 0 && o->threads > 0;
    p->sampling = p->bulk && o->text_level > 0;
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
        if (!p->bulk) {
            w->db = p->target;
            if ((rc = fa_db_set_text_level(w->db, o->text_level)) < 0) {
                snprintf(errbuf, errlen, "%s", fa_db_errmsg(w->db));
                goto out;
            }
            continue;
        }
        size_t len = strlen(o->dbpath) + 64;
        if (!(w->path = malloc(len))) {
            rc = FA_ENOMEM;
            goto out;
        }
        snprintf(w->path, len, "%s.fa-tmp.%ld.%u", o->dbpath, (long)getpid(), i);
        rmtree(w->path);   /* a leftover of a killed run with our pid */
        if ((rc = fa_db_open(&w->db, w->path, FA_DB_BULK, fa_db_language(p->target),
                             errbuf, errlen)) < 0)
            goto out;
        if ((rc = fa_db_set_text_level(w->db, o->text_level)) < 0) {
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
static int enqueue(pipeline *p, fa_article *a, char *fcopy, fa_article **spare,
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
    w->queue[(w->head + w->count) % QCAP] = a;
    w->count++;
    if (w->nspare)
        *spare = w->spare[--w->nspare];
    pthread_cond_broadcast(&w->changed);
    pthread_mutex_unlock(&w->mu);
    return FA_OK;
}

static void free_held(pipeline *p)
{
    for (size_t i = 0; i < p->nheld; i++) {
        fa_article_free(p->held[i]);
        free(p->held_file[i]);
    }
    free(p->held);
    free(p->held_file);
    p->held = NULL;
    p->held_file = NULL;
    p->nheld = p->held_cap = p->held_text = 0;
}

static int hold(pipeline *p, fa_article *a, char *fcopy)
{
    size_t len = 0;
    if (p->nheld == p->held_cap) {
        size_t cap = p->held_cap ? 2 * p->held_cap : 256;
        fa_article **na = realloc(p->held, cap * sizeof *na);
        if (!na)
            return FA_ENOMEM;
        p->held = na;
        char **nf = realloc(p->held_file, cap * sizeof *nf);
        if (!nf)
            return FA_ENOMEM;
        p->held_file = nf;
        p->held_cap = cap;
    }
    fa_article_get(a, FA_F_TEXT, &len);
    p->held[p->nheld] = a;
    p->held_file[p->nheld] = fcopy;
    p->nheld++;
    p->held_text += len;
    return FA_OK;
}

/* Train the text dictionary on the held articles, give it to every
 * worker before any of them stores a text, then queue the articles.
 * With too little text (or text zstd cannot learn from) there is no
 * dictionary and texts are compressed one by one. */
static int release_held(pipeline *p, char *errbuf, size_t errlen)
{
    char *sample = NULL;
    size_t *sizes = NULL, off = 0, n = 0, dlen = 0;
    void *dict = NULL;
    char why[160] = "";
    int rc = FA_OK;

    p->sampling = 0;
    if (!(sample = malloc(p->held_text + 1)) || !(sizes = calloc(p->nheld + 1, sizeof *sizes))) {
        rc = FA_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < p->nheld; i++) {
        size_t len = 0;
        const char *t = fa_article_get(p->held[i], FA_F_TEXT, &len);
        if (!t || !len)
            continue;
        if (len > SAMPLE_PIECE)
            len = SAMPLE_PIECE;
        memcpy(sample + off, t, len);
        off += len;
        sizes[n++] = len;
    }
    if (fa_textz_train(&dict, &dlen, sample, sizes, n, DICT_BYTES, why, sizeof why) == FA_ENOMEM) {
        rc = FA_ENOMEM;
        goto out;
    }
    free(sample);   /* before the articles go: the two need not coexist long */
    sample = NULL;
    for (unsigned i = 0; dict && i < p->nworkers; i++) {
        if ((rc = fa_db_set_text_dict(p->w[i].db, dict, dlen)) < 0) {
            snprintf(errbuf, errlen, "%s", fa_db_errmsg(p->w[i].db));
            goto out;
        }
    }
    /* Said, not failed: texts without a dictionary are only larger. */
    if (dict)
        snprintf(p->dict_note, sizeof p->dict_note,
                 "texts compressed with a %zu KiB dictionary trained on %.1f MiB of them",
                 dlen >> 10, (double)off / (1 << 20));
    else
        snprintf(p->dict_note, sizeof p->dict_note,
                 "texts compressed without a dictionary (%s)", why);
    for (size_t i = 0; i < p->nheld; i++) {
        fa_article *spare = NULL;
        if ((rc = enqueue(p, p->held[i], p->held_file[i], &spare, errbuf, errlen)) < 0)
            goto out;
        p->held[i] = NULL;
        p->held_file[i] = NULL;
        fa_article_free(spare);
    }
out:
    free_held(p);   /* what is left was not queued: an error */
    free(sample);
    free(sizes);
    free(dict);
    return rc;
}

int pipeline_put(pipeline *p, fa_article **a, const char *file,
                 char *errbuf, size_t errlen)
{
    fa_article *fresh = NULL;
    char *fcopy = NULL;
    int rc;

    if (file && !(fcopy = strdup(file)))
        return FA_ENOMEM;
    if (p->sampling)
        rc = hold(p, *a, fcopy);
    else
        rc = enqueue(p, *a, fcopy, &fresh, errbuf, errlen);
    if (rc < 0) {
        free(fcopy);
        return rc;
    }
    if (!fresh && !(fresh = fa_article_new())) {
        *a = NULL;
        return FA_ENOMEM;
    }
    *a = fresh;
    if (p->sampling && (p->held_text >= SAMPLE_BYTES || p->nheld >= SAMPLE_ARTICLES))
        return release_held(p, errbuf, errlen);
    return FA_OK;
}

/* Compact 'inputs' into a new folder beside the target, then swap it in
 * for the (empty) target. The target's lock is held until the new index
 * is complete; p->target is closed (NULL) afterwards. */
static int swap_in(pipeline *p, const char *const *inputs, size_t n,
                   char *errbuf, size_t errlen)
{
    char *fresh = NULL, *old = NULL;
    size_t len = strlen(p->opts.dbpath) + 64;
    int rc = FA_ENOMEM;

    if (!(fresh = malloc(len)) || !(old = malloc(len)))
        goto out;
    snprintf(fresh, len, "%s.fa-new.%ld", p->opts.dbpath, (long)getpid());
    snprintf(old, len, "%s.fa-old.%ld", p->opts.dbpath, (long)getpid());
    rmtree(fresh);
    if ((rc = fa_db_compact(fresh, inputs, n, errbuf, errlen)) < 0)
        goto out;
    rc = fa_db_close(p->target, errbuf, errlen);
    p->target = NULL;
    if (rc < 0)
        goto out;
    if (rename(p->opts.dbpath, old) < 0 || rename(fresh, p->opts.dbpath) < 0) {
        snprintf(errbuf, errlen, "cannot move the new index into place: %s", strerror(errno));
        rc = FA_EIO;
        goto out;
    }
    rmtree(old);
    rc = FA_OK;
out:
    if (rc < 0 && fresh)
        rmtree(fresh);
    free(fresh);
    free(old);
    return rc;
}

static int merge(pipeline *p, char *errbuf, size_t errlen)
{
    const char **inputs = calloc(p->nworkers, sizeof *inputs);
    int rc;
    if (!inputs)
        return FA_ENOMEM;
    for (unsigned i = 0; i < p->nworkers; i++)
        inputs[i] = p->w[i].path;
    rc = swap_in(p, inputs, p->nworkers, errbuf, errlen);
    free(inputs);
    return rc;
}

/* What a run killed while merging leaves beside the target, and no
 * other run can own while we hold the target's lock: a half-written
 * compaction (.fa-new), the empty index it replaced (.fa-old), and, once
 * the target holds articles, temporary indexes already merged into it
 * (killed between the swap and their removal). */
static void remove_leftovers(const char *dbpath, int with_tmp)
{
    static const char *const kinds[] = {"fa-new", "fa-old", "fa-tmp"};
    size_t len = strlen(dbpath) + 32;
    char *pattern = malloc(len);

    if (!pattern)
        return;
    for (size_t k = 0; k < (with_tmp ? 3u : 2u); k++) {
        glob_t g;
        snprintf(pattern, len, "%s.%s.*", dbpath, kinds[k]);
        if (glob(pattern, 0, NULL, &g) == 0)
            for (size_t i = 0; i < g.gl_pathc; i++)
                rmtree(g.gl_pathv[i]);
        globfree(&g);
    }
    free(pattern);
}

/* A bulk build killed outright (SIGKILL, a crash) leaves its temporary
 * indexes beside the target, each holding the batches it committed.
 * With the target's lock held, no other writer can own them: compact the
 * readable ones into the (empty) target, so that a killed run loses at
 * most each worker's open batch, and remove them all. Sets *recovered to
 * the articles brought back. */
static int recover(pipeline *p, unsigned long *recovered, char *errbuf, size_t errlen)
{
    glob_t g;
    char *pattern = NULL;
    const char **inputs = NULL;
    size_t n = 0, len = strlen(p->opts.dbpath) + 32;
    int rc = FA_ENOMEM;

    *recovered = 0;
    memset(&g, 0, sizeof g);
    if (!(pattern = malloc(len)))
        return FA_ENOMEM;
    snprintf(pattern, len, "%s.fa-tmp.*", p->opts.dbpath);
    if (glob(pattern, 0, NULL, &g) != 0) {
        rc = FA_OK;   /* nothing left over */
        goto out;
    }
    if (!(inputs = calloc(g.gl_pathc, sizeof *inputs)))
        goto out;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        fa_db *db = NULL;
        unsigned long docs = 0;
        char ignore[256];
        if (fa_db_open(&db, g.gl_pathv[i], FA_DB_READ, NULL, ignore, sizeof ignore) == FA_OK &&
            fa_db_doccount(db, &docs) == FA_OK && docs > 0) {
            inputs[n++] = g.gl_pathv[i];
            *recovered += docs;
        }
        fa_db_close(db, NULL, 0);
    }
    rc = FA_OK;
    if (n) {
        if ((rc = swap_in(p, inputs, n, errbuf, errlen)) < 0)
            goto out;
        rc = fa_db_open(&p->target, p->opts.dbpath, FA_DB_WRITE, p->opts.language, errbuf, errlen);
    }
    if (rc == FA_OK)
        for (size_t i = 0; i < g.gl_pathc; i++)
            rmtree(g.gl_pathv[i]);
out:
    globfree(&g);
    free(pattern);
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
    free_held(p);
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
            stats->added += w->added;
            stats->replaced += w->replaced;
            stats->unchanged += w->unchanged;
        }
    }
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
    if (p->target) {
        int r = fa_db_close(p->target, rc == FA_OK ? errbuf : NULL, errlen);
        if (r < 0 && rc == FA_OK)
            rc = r;
    }
    free(p->w);
    free(p);
    return rc;
}
