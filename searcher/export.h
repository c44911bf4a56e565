/* export.h - every match of a search written as rows: CSV (RFC 4180),
 * TSV or JSON Lines, into a sink (sink.h), for fa-search --format and a
 * server's CSV download.
 *
 * Hits are fetched EXPORT_CHUNK at a time through page_search() and each
 * chunk is written and freed before the next is fetched, so what fa holds
 * does not grow with the number of matches. Choosing columns and
 * escaping are here; searching is page.h's.
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stddef.h>
#include "fa_entity.h"
#include "fa_xap.h"
#include "sink.h"

#define EXPORT_CHUNK       1000  /* hits fetched per search                */
#define EXPORT_MAX_FIELDS    64  /* names in a --fields list               */

enum { EXPORT_CSV = 0, EXPORT_TSV, EXPORT_JSONL };

/* The columns: names borrowed from the list they were parsed from. */
typedef struct export_cols {
    const char *name[EXPORT_MAX_FIELDS];
    size_t      len[EXPORT_MAX_FIELDS];
    size_t      n;        /* 0: the format's default columns            */
    int         snippet;  /* "snippet" is one of them                   */
    /* Set by export_run: column i is a stored field some written row
     * had. A name no row had is most often a typo (--fields titel),
     * which the caller reports (export_col_missing). */
    unsigned char seen[EXPORT_MAX_FIELDS];
} export_cols;

/* Parse a comma-separated --fields list (NULL: the default columns).
 * The names: id, date, title, url, source, countries, officials, score,
 * rank, snippet, similar (--collapse: the hit's copy group's other
 * members that match), or any other stored field's. FA_OK, or FA_EINVAL with
 * a one-line reason in errbuf: an empty name, "text" (not exported:
 * --show gives it), or more than EXPORT_MAX_FIELDS names. *out borrows
 * from 'list'. */
int export_cols_parse(export_cols *out, const char *list, char *errbuf, size_t errlen);

/* Whether columns 'c' go with a search: "similar" needs 'collapse'
 * (fa_search.collapse). FA_OK, or FA_EINVAL with a one-line reason. */
int export_cols_check(const export_cols *c, int collapse, char *errbuf, size_t errlen);

/* Write the matches of 's' to 'out' in 'format', in the search's order:
 * every match from the first when 'paged' is 0, else s->limit of them
 * from s->offset. CSV and TSV start with a header row of the column
 * names; countries and officials are joined by '|'. A search without
 * columns (cols->n == 0) writes, for jsonl, each hit as fa-search --json
 * does, and for csv and tsv the columns rank, id, date, title, source,
 * url, countries, officials, score. s->snippets must be set when a
 * snippet is written (cols->snippet, or jsonl's default object).
 * *rows (when not NULL) gets the number of hits written. FA_OK, the
 * sink's failure (FA_EIO, FA_ENOMEM), or the search's (message in
 * fa_db_errmsg(db)). */
int export_run(sink *out, fa_db *db, const fa_search *s, const fa_gazetteer *gaz,
               int format, export_cols *cols, int paged, unsigned long *rows);

/* After export_run wrote at least one row: nonzero when column i names
 * a stored field (not id, date, title, url, source, countries,
 * officials, score, rank, snippet or similar, which every row has) that none of
 * the written rows had. */
int export_col_missing(const export_cols *cols, size_t i);

#endif
