/* bulk.h - the on-disk life of a bulk build's temporary indexes: their
 * names, compacting them into the target and swapping the result in, and
 * recovering what a killed run left behind.
 *
 * Every folder this module creates or removes sits beside the target and
 * is named <target>.fa-tmp.<pid>.<n> (a worker's index), <target>.fa-new.<pid>
 * (a compaction in progress) or <target>.fa-old.<pid> (the empty index it
 * replaces). Leftovers are found by listing the target's parent folder and
 * comparing names exactly, never by a glob pattern built from the user's
 * path. Callers hold the target's lock (lock.h) from before they open it
 * to the end, swap included, so no other run owns them.
 * Threads and queues are pipeline.c's; this module only moves folders.
 */
#ifndef BULK_H
#define BULK_H

#include <stddef.h>
#include "fa_xap.h"

/* A fresh string "<dbpath>.fa-tmp.<pid>.<n>" in *out (free() it). A folder
 * of that name, left by a killed run that had our pid, is removed.
 * FA_OK or FA_ENOMEM. */
int  bulk_tmp_path(char **out, const char *dbpath, long pid, unsigned n);

/* A fresh string "<dbpath>.fa-new.<pid>" in *out (free() it): where a
 * compaction is written before it is renamed into place; any folder of
 * that name is removed. FA_OK or FA_ENOMEM. */
int  bulk_new_path(char **out, const char *dbpath, long pid);

/* Compact the indexes inputs[0..n) into a new folder beside 'dbpath',
 * then swap it in for the target. The target's handle *target (open for
 * writing, so Xapian's lock is held until the new index is complete) is
 * closed and set to NULL, whatever the outcome; the caller's lock.h lock
 * covers the renames that follow. On failure errbuf says why and
 * the target is as it was. */
int  bulk_swap_in(fa_db **target, const char *dbpath,
                  const char *const *inputs, size_t n,
                  char *errbuf, size_t errlen);

/* A bulk build killed outright (SIGKILL, a crash) leaves its temporary
 * indexes beside the target, each holding the batches it committed.
 * Compact the readable, non-empty ones into the (empty) target *target,
 * reopen it for writing (with 'language', NULL: its own), and remove them
 * all, so that a killed run loses at most each worker's open batch.
 * *recovered is set to the articles brought back (0: nothing to do, and
 * *target untouched). On failure errbuf says why. */
int  bulk_recover(fa_db **target, const char *dbpath, const char *language,
                  unsigned long *recovered, char *errbuf, size_t errlen);

/* Remove what a run killed while merging leaves beside the target: a
 * half-written compaction (.fa-new), the empty index it replaced
 * (.fa-old), and, with 'with_tmp', temporary indexes (.fa-tmp) that
 * were already merged (killed between the swap and their removal).
 * Best effort: nothing to report. */
void bulk_remove_leftovers(const char *dbpath, int with_tmp);

/* Remove the folder 'path' with everything in it (no symlinks followed).
 * 0, or -1 with errno set. */
int  bulk_rmtree(const char *path);

#endif
