/* lock.c - the writer lock file <target>.fa-lock (see lock.h).
 *
 * The file is removed when the lock is released, so none is left beside
 * the index. A process that opened the file before it was removed gets
 * the lock on a file nobody else will ever open; it notices (the path no
 * longer names what it holds) and tries again on a fresh file.
 */
#define _DEFAULT_SOURCE     /* flock() */
#include "lock.h"
#include "fa_error.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

struct lock {
    int   fd;
    char *path;   /* "<target>.fa-lock", owned */
};

int lock_take(lock **out, const char *target, char *errbuf, size_t errlen)
{
    size_t len = strlen(target) + sizeof ".fa-lock";
    lock *l = NULL;
    int rc = FA_ENOMEM;

    *out = NULL;
    if (!(l = calloc(1, sizeof *l)) || !(l->path = malloc(len)))
        goto out;
    snprintf(l->path, len, "%s.fa-lock", target);
    for (int tries = 0; tries < 100; tries++) {
        struct stat held, named;
        if ((l->fd = open(l->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644)) < 0) {
            rc = FA_OK;   /* no lock file possible: Xapian's lock decides */
            goto out;
        }
        if (flock(l->fd, LOCK_EX | LOCK_NB) < 0) {
            int e = errno;
            close(l->fd);
            if (e == EWOULDBLOCK) {
                snprintf(errbuf, errlen, "index is locked by another writer (%s is held)", l->path);
                rc = FA_ELOCKED;
            } else {
                rc = FA_OK;   /* a file system without flock(): as above */
            }
            goto out;
        }
        if (fstat(l->fd, &held) == 0 && stat(l->path, &named) == 0 &&
            held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
            *out = l;
            return FA_OK;
        }
        close(l->fd);   /* removed by its last holder: take a fresh one */
    }
    snprintf(errbuf, errlen, "index is locked by another writer (%s keeps changing)", l->path);
    rc = FA_ELOCKED;
out:
    if (l)
        free(l->path);
    free(l);
    return rc;
}

void lock_release(lock *l)
{
    if (!l)
        return;
    unlink(l->path);   /* while held: nobody else can be using this file */
    close(l->fd);
    free(l->path);
    free(l);
}
