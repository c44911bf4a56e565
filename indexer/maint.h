/* maint.h - changes to an index that need no input parsing: deleting
 * articles by id, pruning those whose input files are gone (--delete,
 * --prune), and merging shard indexes into a new one (--merge).
 *
 * Prints nothing; what a caller reports comes back as counts, a callback
 * or errbuf. Opening and closing the index for --delete/--prune is the
 * caller's, so that it can tell a refused index from a failed change.
 */
#ifndef MAINT_H
#define MAINT_H

#include <signal.h>
#include <stddef.h>
#include "fa_xap.h"

/* Called for an id that no article carries. */
typedef void maint_missing_fn(void *ctx, const char *id);

/* Delete the articles with ids[0..n) from 'db' (open for writing).
 * *deleted and *missing are incremented; 'missing' (may be NULL) is told
 * each id not found. FA_OK or the index's error (fa_db_errmsg(db)). */
int maint_delete(fa_db *db, char *const *ids, size_t n,
                 maint_missing_fn *missing, void *ctx,
                 unsigned long *deleted, unsigned long *nmissing);

/* Delete the articles of 'db' read from a file under one of the folders
 * dirs[0..n) that no longer exists. A folder that cannot be resolved is
 * skipped (the walk reported it). *deleted is incremented. FA_OK or the
 * index's error (fa_db_errmsg(db)). */
int maint_prune(fa_db *db, char *const *dirs, size_t n, unsigned long *deleted);

/* Compact the shard indexes shards[0..n) (n >= 1; built with --shard, so
 * no article is in two) into the new index 'out'; *total gets its
 * articles. The compaction is written to a folder beside 'out' (bulk.h's
 * .fa-new name) and renamed to 'out' when complete, so 'out' is either
 * the whole merge or absent; on failure that folder is removed, as are
 * those a killed merge left. The caller holds out's lock (lock.h).
 * *stop set (by a signal; may be NULL) during the merge: FA_EINTR and
 * nothing written (a compaction under way finishes first).
 * FA_EVERSION: the shards' schemas or languages differ; FA_EINVAL: 'out'
 * already exists; others from fa_db_compact. errbuf says why. */
int maint_merge(const char *out, char *const *shards, size_t n,
                const volatile sig_atomic_t *stop,
                unsigned long *total, char *errbuf, size_t errlen);

#endif
