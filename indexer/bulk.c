/* bulk.c - temporary indexes of a bulk build on disk (see bulk.h).
 *
 * The user's --db path is data, not a pattern: "idx[0-9]" must never reach
 * another index's folders, so leftovers are found with opendir/readdir and
 * an exact comparison of names, and sorted so that recovery compacts them
 * in the same order on every system.
 */
#define _XOPEN_SOURCE 700   /* nftw() */
#include "bulk.h"
#include "fa_error.h"
#include "pause.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

int bulk_rmtree(const char *path)
{
    return nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* "<dbpath>.<kind>.<pid>[.<n>]" in a fresh string, or NULL. */
static char *name_of(const char *dbpath, const char *kind, long pid, long n)
{
    size_t len = strlen(dbpath) + strlen(kind) + 48;
    char *s = malloc(len);
    if (!s)
        return NULL;
    if (n < 0)
        snprintf(s, len, "%s.%s.%ld", dbpath, kind, pid);
    else
        snprintf(s, len, "%s.%s.%ld.%ld", dbpath, kind, pid, n);
    return s;
}

int bulk_tmp_path(char **out, const char *dbpath, long pid, unsigned n)
{
    if (!(*out = name_of(dbpath, "fa-tmp", pid, (long)n)))
        return FA_ENOMEM;
    bulk_rmtree(*out);   /* a leftover of a killed run with our pid */
    return FA_OK;
}

int bulk_new_path(char **out, const char *dbpath, long pid)
{
    if (!(*out = name_of(dbpath, "fa-new", pid, -1)))
        return FA_ENOMEM;
    bulk_rmtree(*out);
    return FA_OK;
}

/* Does s, after the prefix, read "<digits>" (ndots 0) or
 * "<digits>.<digits>" (ndots 1), as name_of() writes it? */
static int numeric_tail(const char *s, int ndots)
{
    for (int part = 0; part <= ndots; part++) {
        if (part && *s++ != '.')
            return 0;
        if (!isdigit((unsigned char)*s))
            return 0;
        while (isdigit((unsigned char)*s))
            s++;
    }
    return *s == '\0';
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* The folders beside 'dbpath' named "<dbpath>.<kind>.<pid>" (or, for
 * fa-tmp, "<...>.<pid>.<n>"), as full paths in *out, sorted bytewise.
 * A parent that cannot be listed holds none. FA_OK or FA_ENOMEM. */
static int list_leftovers(char ***out, size_t *nout, const char *dbpath, const char *kind)
{
    char *prefix = name_of(dbpath, kind, 0, -1);   /* "<dbpath>.<kind>.0" */
    char *dir = NULL, **v = NULL;
    const char *base;
    size_t n = 0, cap = 0, plen;
    DIR *d = NULL;
    struct dirent *e;
    int rc = FA_ENOMEM;

    *out = NULL;
    *nout = 0;
    if (!prefix)
        goto out;
    prefix[strlen(prefix) - 1] = '\0';              /* "<dbpath>.<kind>." */
    char *slash = strrchr(prefix, '/');
    if (!slash)
        dir = strdup(".");
    else if (slash == prefix)
        dir = strdup("/");
    else
        dir = strndup(prefix, (size_t)(slash - prefix));
    if (!dir)
        goto out;
    base = slash ? slash + 1 : prefix;
    plen = strlen(base);
    rc = FA_OK;
    if (!(d = opendir(dir)))
        goto out;
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, base, plen) != 0 ||
            !numeric_tail(e->d_name + plen, strcmp(kind, "fa-tmp") == 0))
            continue;
        if (n == cap) {
            size_t ncap = cap ? 2 * cap : 8;
            char **nv = realloc(v, ncap * sizeof *nv);
            if (!nv) {
                rc = FA_ENOMEM;
                goto out;
            }
            v = nv;
            cap = ncap;
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        if (!(v[n] = malloc(len))) {
            rc = FA_ENOMEM;
            goto out;
        }
        /* The folder part spelled as the caller spelled it. */
        snprintf(v[n], len, "%.*s%s", (int)(base - prefix), prefix, e->d_name);
        n++;
    }
    if (n)   /* qsort() wants a non-NULL array even for none */
        qsort(v, n, sizeof *v, by_name);
    *out = v;
    *nout = n;
    v = NULL;
    n = 0;
out:
    if (d)
        closedir(d);
    free_list(v, n);
    free(dir);
    free(prefix);
    return rc;
}

int bulk_swap_in(fa_db **target, const char *dbpath,
                 const char *const *inputs, size_t n,
                 char *errbuf, size_t errlen)
{
    char *fresh = name_of(dbpath, "fa-new", (long)getpid(), -1);
    char *old = name_of(dbpath, "fa-old", (long)getpid(), -1);
    int rc = FA_ENOMEM;

    /* On the error paths the first failure is the one to tell: closing
     * the untouched (empty) target commits nothing worth a message. */
    if (!fresh || !old) {
        fa_db_close(*target, NULL, 0);
        *target = NULL;
        goto out;
    }
    bulk_rmtree(fresh);
    if ((rc = fa_db_compact(fresh, inputs, n, errbuf, errlen)) < 0) {
        fa_db_close(*target, NULL, 0);
        *target = NULL;
        goto out;
    }
    rc = fa_db_close(*target, errbuf, errlen);
    *target = NULL;
    if (rc < 0)
        goto out;
    /* Xapian's lock is gone from here to the renames: lock.h's holds. */
    pause_point("swap", NULL);
    if (rename(dbpath, old) < 0 || rename(fresh, dbpath) < 0) {
        snprintf(errbuf, errlen, "cannot move the new index into place: %s", strerror(errno));
        rc = FA_EIO;
        goto out;
    }
    bulk_rmtree(old);
    rc = FA_OK;
out:
    if (rc < 0 && fresh)
        bulk_rmtree(fresh);
    free(fresh);
    free(old);
    return rc;
}

int bulk_recover(fa_db **target, const char *dbpath, const char *language,
                 unsigned long *recovered, char *errbuf, size_t errlen)
{
    char **tmp = NULL;
    const char **inputs = NULL;
    size_t ntmp = 0, n = 0;
    int rc;

    *recovered = 0;
    if ((rc = list_leftovers(&tmp, &ntmp, dbpath, "fa-tmp")) < 0 || ntmp == 0)
        goto out;
    rc = FA_ENOMEM;
    if (!(inputs = calloc(ntmp, sizeof *inputs)))
        goto out;
    for (size_t i = 0; i < ntmp; i++) {
        fa_db *db = NULL;
        unsigned long docs = 0;
        char ignore[256];
        if (fa_db_open(&db, tmp[i], FA_DB_READ, NULL, ignore, sizeof ignore) == FA_OK &&
            fa_db_doccount(db, &docs) == FA_OK && docs > 0) {
            inputs[n++] = tmp[i];
            *recovered += docs;
        }
        fa_db_close(db, NULL, 0);   /* a reader: nothing to commit */
    }
    rc = FA_OK;
    if (n) {
        if ((rc = bulk_swap_in(target, dbpath, inputs, n, errbuf, errlen)) < 0)
            goto out;
        rc = fa_db_open(target, dbpath, FA_DB_WRITE, language, errbuf, errlen);
    }
    if (rc == FA_OK)
        for (size_t i = 0; i < ntmp; i++)
            bulk_rmtree(tmp[i]);
out:
    free_list(tmp, ntmp);
    free(inputs);
    return rc;
}

void bulk_remove_leftovers(const char *dbpath, int with_tmp)
{
    static const char *const kinds[] = {"fa-new", "fa-old", "fa-tmp"};

    for (size_t k = 0; k < (with_tmp ? 3u : 2u); k++) {
        char **v = NULL;
        size_t n = 0;
        if (list_leftovers(&v, &n, dbpath, kinds[k]) == FA_OK)
            for (size_t i = 0; i < n; i++)
                bulk_rmtree(v[i]);
        free_list(v, n);
    }
}
