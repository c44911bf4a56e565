/* walk.c - sorted recursive folder walk (see walk.h). */
#include "walk.h"
#include "fa_error.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    walk_file_fn  file;
    walk_error_fn err;
    void         *ctx;
    dir_id       *stack;      /* folders on the current path: loop check */
    size_t        depth, cap;
    size_t        rootlen;    /* bytes of the root prefix to strip for rel */
} walker;

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int visit(walker *w, const char *path);

static int visit_dir(walker *w, const char *path, const struct stat *st)
{
    DIR *d = NULL;
    char **names = NULL, *child = NULL;
    size_t n = 0, cap = 0;
    int rc = FA_OK;

    for (size_t i = 0; i < w->depth; i++)
        if (w->stack[i].dev == st->st_dev && w->stack[i].ino == st->st_ino) {
            w->err(w->ctx, path, "symbolic link loop; folder not entered again");
            return FA_OK;
        }
    if (!(d = opendir(path))) {
        w->err(w->ctx, path, strerror(errno));
        return FA_OK;
    }
    if (w->depth == w->cap) {
        size_t ncap = w->cap ? w->cap * 2 : 16;
        dir_id *ns = realloc(w->stack, ncap * sizeof *ns);
        if (!ns) {
            rc = FA_ENOMEM;
            goto out;
        }
        w->stack = ns;
        w->cap = ncap;
    }
    w->stack[w->depth].dev = st->st_dev;
    w->stack[w->depth].ino = st->st_ino;
    w->depth++;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;   /* ".", "..", and hidden files such as editor swaps */
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            char **nn = realloc(names, ncap * sizeof *nn);
            if (!nn) {
                rc = FA_ENOMEM;
                goto pop;
            }
            names = nn;
            cap = ncap;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = FA_ENOMEM;
            goto pop;
        }
        n++;
    }
    if (n)
        qsort(names, n, sizeof *names, cmp);
    for (size_t i = 0; i < n && rc >= 0; i++) {
        size_t len = strlen(path) + strlen(names[i]) + 2;
        char *nc = realloc(child, len);
        if (!nc) {
            rc = FA_ENOMEM;
            break;
        }
        child = nc;
        snprintf(child, len, "%s%s%s", path,
                 path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
        rc = visit(w, child);
    }
pop:
    w->depth--;
out:
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(child);
    if (d)
        closedir(d);
    return rc;
}

static int visit(walker *w, const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0) {
        w->err(w->ctx, path, strerror(errno));
        return FA_OK;
    }
    if (S_ISDIR(st.st_mode))
        return visit_dir(w, path, &st);
    /* FIFOs, devices and sockets go to the callback too, which reports
     * those that look like articles (a FIFO or /dev/zero named x.jsonl)
     * instead of dropping them without a word. */
    const char *rel = path + w->rootlen;
    while (*rel == '/')
        rel++;
    return w->file(w->ctx, path, rel);
}

int walk(const char *root, walk_file_fn file, walk_error_fn err, void *ctx)
{
    walker w = {file, err, ctx, NULL, 0, 0, 0};
    struct stat st;
    int rc;

    if (stat(root, &st) < 0) {
        err(ctx, root, strerror(errno));
        return FA_ENOTFOUND;
    }
    if (S_ISDIR(st.st_mode)) {
        w.rootlen = strlen(root);
    } else {
        const char *slash = strrchr(root, '/');
        w.rootlen = slash ? (size_t)(slash - root + 1) : 0;
    }
    rc = visit(&w, root);
    free(w.stack);
    return rc;
}
