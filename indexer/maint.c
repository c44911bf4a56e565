/* maint.c - deleting, pruning and merging indexes (see maint.h). */
#define _XOPEN_SOURCE 700   /* realpath() */
#include "maint.h"
#include "bulk.h"
#include "fa_error.h"
#include "pause.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int maint_delete(fa_db *db, char *const *ids, size_t n,
                 maint_missing_fn *missing, void *ctx,
                 unsigned long *deleted, unsigned long *nmissing)
{
    int rc = FA_OK;

    for (size_t i = 0; i < n && rc == FA_OK; i++) {
        int found = 0;
        if ((rc = fa_db_delete(db, ids[i], &found)) < 0)
            break;
        if (found) {
            (*deleted)++;
        } else {
            (*nmissing)++;
            if (missing)
                missing(ctx, ids[i]);
        }
    }
    return rc;
}

static int file_gone(void *ctx, const char *path)
{
    struct stat st;
    (void)ctx;
    return stat(path, &st) < 0 && errno == ENOENT;
}

int maint_prune(fa_db *db, char *const *dirs, size_t n, unsigned long *deleted)
{
    int rc = FA_OK;

    for (size_t i = 0; i < n && rc == FA_OK; i++) {
        char real[PATH_MAX];
        unsigned long gone = 0;
        if (!realpath(dirs[i], real))
            continue;   /* a missing folder was reported by the walk */
        if ((rc = fa_db_prune(db, real, file_gone, NULL, &gone)) == FA_OK)
            *deleted += gone;
    }
    return rc;
}

int maint_merge(const char *out, char *const *shards, size_t n,
                const volatile sig_atomic_t *stop,
                unsigned long *total, char *errbuf, size_t errlen)
{
    fa_db *db = NULL;
    char *fresh = NULL;
    int rc;

    *total = 0;
    /* Open them together first: schema and language must agree. */
    if ((rc = fa_db_open(&db, shards[0], FA_DB_READ, NULL, errbuf, errlen)) == FA_OK)
        for (size_t i = 1; i < n && rc == FA_OK; i++)
            rc = fa_db_add(db, shards[i], errbuf, errlen);
    if (rc == FA_OK)
        fa_db_doccount(db, total);
    fa_db_close(db, NULL, 0);   /* a reader: nothing to commit */
    if (rc == FA_OK && access(out, F_OK) == 0) {
        snprintf(errbuf, errlen, "%s already exists; --merge writes a new index", out);
        rc = FA_EINVAL;
    }
    if (rc < 0)
        goto out;
    /* A merge killed outright left its compaction beside OUT; the caller
     * holds OUT's lock, so no other merge is writing one. */
    bulk_remove_leftovers(out, 0);
    if ((rc = bulk_new_path(&fresh, out, (long)getpid())) < 0)
        goto out;
    if ((rc = fa_db_compact(fresh, (const char *const *)shards, n, errbuf, errlen)) < 0)
        goto out;
    pause_point("merge", stop);
    if (stop && *stop) {
        snprintf(errbuf, errlen, "interrupted");
        rc = FA_EINTR;
        goto out;
    }
    if (access(out, F_OK) == 0) {
        snprintf(errbuf, errlen, "%s already exists; --merge writes a new index", out);
        rc = FA_EINVAL;
        goto out;
    }
    if (rename(fresh, out) < 0) {
        snprintf(errbuf, errlen, "cannot move the merged index to %s: %s", out, strerror(errno));
        rc = FA_EIO;
        goto out;
    }
out:
    if (rc < 0 && fresh)
        bulk_rmtree(fresh);
    free(fresh);
    return rc;
}
