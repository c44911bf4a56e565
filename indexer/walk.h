/* walk.h - expanding the PATH arguments of fa-index into input files:
 * folders are walked recursively in sorted (bytewise) order, so that two
 * runs over the same tree index in the same order.
 *
 * Symbolic links are followed, but a folder already on the current path
 * (a symlink loop) is reported and not entered again.
 */
#ifndef WALK_H
#define WALK_H

#include <stddef.h>

/* Called for each file that is not a folder (FIFOs, devices and sockets
 * too: the callback decides about them, and must not open one that it
 * cannot read to its end). 'path' is the path to open; 'rel' is the
 * path relative to the PATH argument (for a file argument, its base name).
 * A negative return stops the walk with that status. */
typedef int (*walk_file_fn)(void *ctx, const char *path, const char *rel);
/* Called for each problem met while walking (unreadable folder, symlink
 * loop); the walk goes on. */
typedef void (*walk_error_fn)(void *ctx, const char *path, const char *msg);

/* Walk 'root' (a file or a folder). Returns FA_OK, the first negative
 * status a callback returned, FA_ENOTFOUND when root does not exist (after
 * reporting it through 'err'), or FA_ENOMEM. */
int walk(const char *root, walk_file_fn file, walk_error_fn err, void *ctx);

#endif
