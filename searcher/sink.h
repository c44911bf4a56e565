/* sink.h - where a writer's bytes go: a FILE* (the command line) or a
 * growable memory buffer (a server answering a request, a unit test).
 *
 * Writers never check each write: a sink remembers its first failure and
 * ignores later writes, and the caller asks sink_status() once at the end.
 * What the bytes mean is the writers' business (print.h).
 */
#ifndef SINK_H
#define SINK_H

#include <stddef.h>
#include <stdio.h>

/* A value type, set up by sink_file() or sink_mem(); its fields are
 * private to sink.c. */
typedef struct sink {
    FILE   *f;      /* file sinks: borrowed, never closed here            */
    char   *buf;    /* memory sinks: owned, NUL-terminated after 'len'    */
    size_t  len, cap;
    int     err;    /* FA_OK, or the first failure (FA_ENOMEM, FA_EIO)   */
} sink;

/* A sink writing to 'f', which must stay open while it is used. */
void sink_file(sink *s, FILE *f);
/* A sink collecting the bytes in memory; release it with sink_fini()
 * (or take the bytes with sink_take()). */
void sink_mem(sink *s);
/* Free what a memory sink holds (no-op for file sinks; NULL is a no-op). */
void sink_fini(sink *s);

void sink_write(sink *s, const void *p, size_t n);
void sink_puts(sink *s, const char *str);
void sink_putc(sink *s, char c);
/* An unsigned number in decimal: sink_printf's "%lu" without parsing a
 * format, for the counts a page writes by the hundred. */
void sink_putu(sink *s, unsigned long v);
void sink_printf(sink *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* FA_OK, or the first failure: FA_ENOMEM (a memory sink could not grow)
 * or FA_EIO (the stream reports an error; a file sink checks it here,
 * after flushing). */
int sink_status(sink *s);

/* A memory sink's bytes so far (NUL-terminated, 'len' bytes before the
 * NUL when len is not NULL); borrowed: valid until the next write or
 * sink_fini(). "" for a file sink. */
const char *sink_data(const sink *s, size_t *len);

/* Hand a memory sink's bytes to the caller (free() them), leaving the
 * sink empty; NULL when nothing was written or after a failure. */
char *sink_take(sink *s, size_t *len);

#endif
