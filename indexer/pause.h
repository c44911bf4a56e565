/* pause.h - test-only pause points: a named place in fa-index where a
 * test can hold the process, to act on what it sees there (a second
 * writer in the bulk swap's window; a signal during --merge).
 *
 * Compiled in always and free when unused. With FA_TEST_PAUSE=<name> and
 * FA_TEST_PAUSE_FILE=<path> in the environment, pause_point(name) creates
 * <path> and waits until the test removes it (or a stop is requested).
 * Not an interface for users: the tests in tests/ are its only callers.
 */
#ifndef PAUSE_H
#define PAUSE_H

#include <signal.h>

/* The points: "swap" (bulk.c: the target closed, the renames not yet
 * done), "merge" (maint.c: OUT's compaction written, not yet renamed). */
void pause_point(const char *name, const volatile sig_atomic_t *stop);

#endif
