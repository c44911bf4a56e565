/* print.h - writing one page of results as text (for people) or as one
 * JSON object (for programs).
 *
 * The text form highlights matched words in bold on a terminal and prints
 * them plain otherwise; the JSON form is valid for any bytes an article
 * holds (invalid UTF-8 becomes U+FFFD). Searching is main.c's business.
 */
#ifndef PRINT_H
#define PRINT_H

#include <stdio.h>
#include "fa_entity.h"
#include "fa_xap.h"

typedef struct print_opts {
    const char   *query;
    unsigned      offset, limit;
    int           bold;          /* ANSI bold for highlights (text form)  */
    int           facets;        /* print facet counts                    */
    size_t        facet_limit;   /* values per facet; 0 = all             */
    const fa_gazetteer *gaz;     /* display names; may be NULL            */
    fa_db        *db;            /* display data of title-only officials  */
} print_opts;

/* Write the page 'h' to 'f'. FA_OK or FA_ENOMEM. */
int print_text(FILE *f, const fa_hits *h, const print_opts *o);
int print_json(FILE *f, const fa_hits *h, const print_opts *o);

/* Write s[0..len) as a JSON string literal, quotes included. */
void print_json_string(FILE *f, const char *s, size_t len);

#endif
