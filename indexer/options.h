/* options.h - fa-index's command line: argv to an options struct, the
 * usage text, and the checks that need no index.
 *
 * Parsing prints nothing: a bad command line comes back as a message for
 * main.c to print. Strings in the struct point into argv, but for
 * dbpath and merge_out.
 */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stddef.h>
#include "fa_fields.h"

typedef struct options {
    const char   *dbpath;       /* --db, NULL for --merge; into path_buf     */
    const char   *language;     /* --language, NULL: the index's / english   */
    const char   *format;       /* "auto", "txt" or "jsonl" (standard input) */
    const char   *gazdir;       /* --gazetteer                               */
    char          gazdir_buf[4096]; /* the default folder, when not given    */
    const char   *merge_out;    /* --merge OUT (into path_buf), or NULL      */
    char          path_buf[4096]; /* --db or OUT without trailing slashes,
                                   a symbolic link resolved              */
    size_t        max_article;  /* --max-article-bytes, 0: no limit          */
    unsigned long commit_every; /* >= 1                                      */
    unsigned      threads;      /* 1 to 64                                   */
    int           text_level;   /* 0 to FA_TEXTZ_MAX_LEVEL                   */
    int           entities;     /* 0 with --no-entities                      */
    int           exact;        /* 1 --exact-words, -1 --no-exact-words, 0 as
                                   the index records (new: not)            */
    int           spelling;     /* the same: --spelling, --no-spelling       */
    int         copies;        /* -1: --no-copies (no copy signatures); 0: as recorded */
    int         pairs;         /* 1 --word-pairs, -1 --no-word-pairs, 0 as
                                  recorded (new: FA_PAIRS_DEFAULT)       */
    const char   *fields[FA_MAX_FIELDS + 1]; /* --field NAME (into argv);
                                   one more than allowed, so that too many
                                   is the index's error to name             */
    size_t        nfields;
    int           quiet;
    int           del, prune;   /* --delete, --prune (never both)            */
    unsigned long shard, nshards;  /* --shard K/N; nshards 0: no sharding   */
    char        **args;         /* the PATHs, ids or shards (into argv)      */
    int           nargs;        /* >= 1 when options_parse says OPTIONS_RUN  */
} options;

enum {
    OPTIONS_RUN = 0,       /* *out describes a run                           */
    OPTIONS_HELP,          /* --help: print options_usage() to stdout, exit 0 */
    OPTIONS_VERSION,       /* --version: print options_version(), exit 0     */
    OPTIONS_BAD,           /* a bad command line: print errbuf (when not "")  */
    OPTIONS_BAD_USAGE,     /* the same (a missing or unknown option): then
                              options_try_help() to stderr              */
};

/* Parse argv. Returns an OPTIONS_* value; for OPTIONS_BAD and
 * OPTIONS_BAD_USAGE errbuf holds the message without the "fa-index: "
 * prefix (getopt's own messages are off). Uses getopt_long, so
 * it runs once per process. */
int options_parse(options *out, int argc, char **argv, char *errbuf, size_t errlen);

/* The usage text ("usage: fa-index ..."), and "fa-index VERSION".
 * Static strings. */
const char *options_usage(void);
const char *options_version(void);
/* The line after a usage error: "try 'fa-index --help'". */
const char *options_try_help(void);

#endif
