/* print.h - writing a resolved page (page.h) as text for people or as one
 * JSON object for programs, into a sink (sink.h): stdout, or a memory
 * buffer for a server.
 *
 * print_page() is the one walk over a page; a format is a page_writer, a
 * table of callbacks the walk calls in order. Facet blocks come from
 * fa_facet_table, so a new facet shows in every format with no new writer
 * code. Writers only format: nothing here reads the index.
 */
#ifndef PRINT_H
#define PRINT_H

#include <stddef.h>
#include "page.h"
#include "sink.h"

typedef struct print_opts {
    int bold;        /* ANSI bold for the title and highlights (text)  */
} print_opts;

/* The walk calls, in this order:
 *   begin; hit for i = 0..nhits-1; hits_end;
 *   when p->facets: for each facet f in fa_facet_table order:
 *       facet_begin(f); facet_value(f, i) for i = 0..nvalues[f]-1; facet_end(f);
 *   end.
 * Every callback is required; write errors are the sink's to remember. */
typedef struct page_writer {
    void (*begin)(sink *s, const page *p, const print_opts *o);
    void (*hit)(sink *s, const page *p, size_t i, const print_opts *o);
    void (*hits_end)(sink *s, const page *p, const print_opts *o);
    void (*facet_begin)(sink *s, const page *p, int facet, const print_opts *o);
    void (*facet_value)(sink *s, const page *p, int facet, size_t i, const print_opts *o);
    void (*facet_end)(sink *s, const page *p, int facet, const print_opts *o);
    void (*end)(sink *s, const page *p, const print_opts *o);
} page_writer;

extern const page_writer print_text;   /* print_text.c: the CLI's default  */
extern const page_writer print_json;   /* print_json.c: one object, then \n */

/* Write page 'p' to 's' with writer 'w'; 'o' may be NULL (defaults).
 * Returns sink_status(s): FA_OK, FA_ENOMEM or FA_EIO. */
int  print_page(sink *s, const page_writer *w, const page *p, const print_opts *o);

/* print_more.c: the suggestion line ("did you mean: ...", nothing when
 * there is none), the stored-field counts and the histogram as text
 * (headings "field NAME:" and "matches by year:", a bar chart), and the
 * same as JSON members to put inside the page's object:
 * [,"suggestion":S][,"field_facets":{NAME:[{"value","count"}]}]
 * [,"histogram_by":"year|month|decade","histogram":[{"bucket","count"}],
 *  "histogram_undated":N]. */
void print_text_suggestion(sink *s, const page *p);
void print_text_counts(sink *s, const page *p, const print_opts *o);
void print_json_more(sink *s, const page *p);

/* Write s[0..len) as a JSON string literal, quotes included: '"', '\\'
 * and control bytes escaped, every byte that does not start well-formed
 * UTF-8 (fa_utf8.h) as \ufffd. */
void print_json_string(sink *out, const char *s, size_t len);

/* Text from the archive written so that it cannot drive a terminal: C0
 * and C1 controls (but tab) and DEL as \xHH (print_text.c). */
void print_text_safe(sink *out, const char *s);
/* HTML of a snippet or highlighted text (escaped text, <b> highlights) as
 * plain text: entities decoded, <b> as ANSI bold when 'bold', else
 * dropped; newlines and tabs kept when 'newlines', else each a space;
 * other controls as \xHH. */
void print_text_html(sink *out, const char *html, int bold, int newlines);

/* One hit as the JSON object of a page's "hits" array (print_json.c),
 * for writers of single hits (jsonl). */
void print_json_hit(sink *s, const page_hit *h);

#endif
