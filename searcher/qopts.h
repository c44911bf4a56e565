/* qopts.h - fa-search's command line: argv to an options struct holding
 * the fa_search to run, and the usage text.
 *
 * Parsing checks the form of every option and reports a mistake as one
 * line (getopt's own messages are off); it opens nothing and prints
 * nothing. Turning typed country/official names into
 * canonical values is resolve.h's, done through qopts_resolve().
 */
#ifndef QOPTS_H
#define QOPTS_H

#include <stddef.h>
#include <stdio.h>
#include "fa_xap.h"

#define QOPTS_MAX_SHARDS  256   /* --db options                        */
#define QOPTS_MAX_FILTERS  64   /* --country (or --official) options   */

/* A searcher-only status beside fa_error.h's: the command line is wrong
 * (exit 2). Returned by qopts_parse and for a --batch file that cannot
 * be opened. */
#define QOPTS_EUSAGE (-100)

enum { QOPTS_RUN = 0, QOPTS_HELP = 1, QOPTS_VERSION = 2 };

/* --format: a page (text, json) or every match as rows (export.h). */
enum { QOPTS_TEXT = 0, QOPTS_JSON, QOPTS_JSONL, QOPTS_CSV, QOPTS_TSV };

typedef struct qopts {
    int         action;          /* QOPTS_*                                */
    fa_search   search;          /* query, limits and flags; the filters are
                                    set by qopts_resolve()                 */
    const char *db[QOPTS_MAX_SHARDS];   /* --db paths (borrowed from argv) */
    size_t      ndb;
    const char *gazetteer;       /* folder of the gazetteer's data files   */
    char        gazdir[4096];    /* the default folder, when not given     */
    const char *batch;           /* --batch FILE ("-": stdin), or NULL     */
    unsigned    repeat;          /* --repeat N with --batch; 0: once       */
    int         format;          /* QOPTS_TEXT, ... (--format, --json)     */
    const char *fields;          /* --fields LIST (rows formats), or NULL  */
    int         count;           /* --count: the total alone               */
    const char *show;            /* --show ID, or NULL                     */
    int         limit_given;     /* --limit / --offset were on the command */
    int         offset_given;    /* line (rows formats page only then)     */
    const char *serve;           /* --serve [ADDR:]PORT, or NULL           */
    unsigned    threads;         /* --threads: server worker threads       */
    unsigned    max_clients;     /* --max-clients: open connections before
                                    the server answers 503                */
    int         server_opts_given;  /* --threads or --max-clients was given */
    int         bold;            /* ANSI bold highlights in text output    */
    char       *joined;          /* the query words joined by spaces, when
                                    given as several arguments (owned)   */
    /* Filter values as typed, by facet, and their canonical forms, which
     * search.filter points at after qopts_resolve(). */
    const char *typed[FA_NFACETS][QOPTS_MAX_FILTERS];
    size_t      ntyped[FA_NFACETS];
    const char *values[FA_NFACETS][QOPTS_MAX_FILTERS];
    /* --facet NAME: stored fields to count (search.field_facets). */
    const char *field_facets[QOPTS_MAX_FILTERS];
    size_t      nfield_facets;
    int         list;            /* --list: FA_LIST_*, or -1              */
    int         pick_given;      /* --collapse-pick was given              */
    /* --role POST: as typed; with --country C, each is "C/POST" (owned
     * copies in role_specs), and the countries name the post's country
     * instead of filtering on mentions. search.roles points at roles. */
    const char *typed_roles[QOPTS_MAX_FILTERS];
    size_t      ntyped_roles;
    const char *roles[QOPTS_MAX_FILTERS];
    char       *role_specs[QOPTS_MAX_FILTERS];
    const char *holders;         /* --holders POST, or NULL                */
    /* Names of the filtered values for snippets (resolve_hints). */
    const char *hints[2 * FA_NFACETS * QOPTS_MAX_FILTERS];
} qopts;

/* Fill *out from argv (getopt state is used: call once). FA_OK, or
 * QOPTS_EUSAGE with a one-line reason in errbuf, or FA_ENOMEM. With --help or --version,
 * out->action says so and nothing else need be valid. Pointers in *out
 * borrow from argv; release it with qopts_fini() whatever the result.
 * Query words in several arguments are joined by one space, as notmuch
 * does. 'color_auto' is what --color auto means (qopts_color_auto). */
int qopts_parse(qopts *out, int argc, char **argv, int color_auto,
                char *errbuf, size_t errlen);
void qopts_fini(qopts *o);

/* Whether --color auto colours: standard output is a terminal
 * ('isatty_stdout'), NO_COLOR is unset or empty (no-color.org) and TERM
 * is not "dumb". The two strings are getenv()'s (NULL: unset). */
int qopts_color_auto(int isatty_stdout, const char *no_color, const char *term);

/* The line that follows a usage error: "try 'fa-search --help'". */
const char *qopts_try_help(void);

/* Turn every typed filter value into its canonical form with 'fn'
 * (fa_xap.h's resolver contract) and point o->search.filter at them;
 * check every --role with 'role_fn' and keep it for role: in queries.
 * FA_OK, or the first failing value's status (FA_EQUERY) with the
 * message in errbuf. The values live as long as *o and what fn's values
 * point into; *o must not move afterwards. 'ctx' goes to both. */
int qopts_resolve(qopts *o, fa_resolve_fn fn, fa_role_fn role_fn, void *ctx,
                  char *errbuf, size_t errlen);

/* The --help text. */
void qopts_usage(FILE *f);
/* The --version line, "fa-search VERSION". Static. */
const char *qopts_version(void);

#endif
