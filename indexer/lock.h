/* lock.h - fa-index's own writer lock: the file <target>.fa-lock beside
 * an index, flock()ed by every fa-index that writes to <target> (indexing,
 * --delete, --prune, recovery of a killed run, the bulk swap; --merge
 * locks OUT) from before it opens the index to its end.
 *
 * Xapian's own lock lives inside the index folder, so it is dropped when
 * a bulk build closes the target to swap the new index in; this one is
 * beside the folder and outlives the swap, so a second fa-index never
 * takes a run in its swap window for a killed one. It is advisory and
 * only fa-index takes it; Xapian's lock still guards the index itself.
 */
#ifndef LOCK_H
#define LOCK_H

#include <stddef.h>

typedef struct lock lock;

/* Take the lock of 'target' (the index folder's path, as it will be
 * opened), without waiting. On FA_OK *out holds it (release it with
 * lock_release()); *out is NULL when the lock file cannot be created
 * (a read-only or foreign-owned parent folder): the run then relies on
 * Xapian's lock, which reports the permission error itself.
 * FA_ELOCKED: another fa-index holds it; FA_ENOMEM. errbuf says why. */
int  lock_take(lock **out, const char *target, char *errbuf, size_t errlen);

/* Remove the lock file and release the lock. NULL is a harmless no-op. */
void lock_release(lock *l);

#endif
