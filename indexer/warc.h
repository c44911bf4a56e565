/* warc.h - WARC files (ISO 28500, WARC/1.0 and 1.1; plain, or gzip with
 * one member per record, which the reader's zlib reads as one stream):
 * each `response` record whose HTTP payload is an HTML page (status 2xx)
 * becomes an article through html_extract, with the WARC-Target-URI as
 * its id. The HTTP headers are read for the status, the type and charset
 * and the encodings: chunked transfer-encoding and gzip/deflate content
 * encoding are decoded. Every other record is skipped and counted.
 *
 * Streams: one record's block is in memory at a time (a response up to
 * the caller's page limit; others are read past in pieces), so memory
 * does not grow with the number of records.
 */
#ifndef WARC_H
#define WARC_H

#include <stddef.h>
#include "fa_article.h"
#include "input.h"

/* Records skipped, by reason (warc_counts.skipped). */
enum {
    WARC_SKIP_REQUEST, WARC_SKIP_METADATA, WARC_SKIP_WARCINFO, WARC_SKIP_REVISIT,
    WARC_SKIP_OTHER_TYPE,  /* resource, conversion, continuation, unknown */
    WARC_SKIP_NOT_HTTP,    /* a response that is not application/http     */
    WARC_SKIP_NOT_OK,      /* HTTP status other than 2xx                  */
    WARC_SKIP_NOT_HTML,    /* a payload that is not HTML (PDF, image, ...) */
    WARC_SKIP_NO_ARTICLE,  /* HTML without article text (also reported)   */
    WARC_NSKIP
};

/* What the reason is called in fa-index's summary ("request"). */
const char *warc_skip_name(int reason);

typedef struct warc_counts {
    unsigned long records;               /* records read                  */
    unsigned long pages;                 /* pages handed on               */
    unsigned long skipped[WARC_NSKIP];
} warc_counts;

/* Whether head[0..len) begins a WARC file ("WARC/1."). 1 or 0. */
int warc_sniff(const char *head, size_t len);

/* A page: *a holds id, url, title, date, author, text (the caller may
 * take *a, leaving a fresh article). 'offset' is the byte offset of its
 * record in the uncompressed stream. Negative return: stop, returned. */
typedef int  warc_page_fn(void *ctx, fa_article **a, size_t offset, unsigned fixed);
/* A problem with the record at 'offset' (it is skipped). */
typedef void warc_problem_fn(void *ctx, size_t offset, const char *msg);

/* Read every record of 'in'. A response block over 'max_page' bytes (0:
 * any) is reported and skipped. FA_OK at the end of the file; FA_EINVAL
 * with errbuf naming the record's offset when the file is damaged so
 * that no later record can be found (not a WARC header, a missing or bad
 * Content-Length, a block cut short by the end of the file): the records
 * before it were handed on. FA_ENOMEM, FA_EIO and FA_EINTR from the
 * reader, or what 'page' returned. */
int warc_read(input *in, size_t max_page, fa_article **a,
              warc_page_fn *page, warc_problem_fn *problem, void *ctx,
              warc_counts *n, char *errbuf, size_t errlen);

#endif
