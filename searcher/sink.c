/* sink.c - FILE* and memory sinks behind one write interface (sink.h). */
#include "sink.h"
#include "fa_error.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void sink_file(sink *s, FILE *f)
{
    memset(s, 0, sizeof *s);
    s->f = f;
}

void sink_mem(sink *s)
{
    memset(s, 0, sizeof *s);
}

void sink_fini(sink *s)
{
    if (!s)
        return;
    free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
}

/* Room for n more bytes and the NUL, growing geometrically. */
static int reserve(sink *s, size_t n)
{
    if (n < s->cap - s->len)
        return 1;
    if (n > SIZE_MAX / 2 - s->len) {
        s->err = FA_ENOMEM;
        return 0;
    }
    size_t cap = s->cap ? s->cap : 256;
    while (cap - s->len <= n)
        cap *= 2;
    char *b = realloc(s->buf, cap);
    if (!b) {
        s->err = FA_ENOMEM;
        return 0;
    }
    s->buf = b;
    s->cap = cap;
    return 1;
}

void sink_write(sink *s, const void *p, size_t n)
{
    if (s->err || n == 0)
        return;
    if (s->f) {
        if (fwrite(p, 1, n, s->f) != n)
            s->err = FA_EIO;
        return;
    }
    if (!reserve(s, n))
        return;
    memcpy(s->buf + s->len, p, n);
    s->len += n;
    s->buf[s->len] = '\0';
}

void sink_puts(sink *s, const char *str)
{
    sink_write(s, str, strlen(str));
}

void sink_putc(sink *s, char c)
{
    sink_write(s, &c, 1);
}

void sink_putu(sink *s, unsigned long v)
{
    char digits[24];
    size_t k = sizeof digits;
    do {
        digits[--k] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    sink_write(s, digits + k, sizeof digits - k);
}

void sink_printf(sink *s, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    int n;

    if (s->err)
        return;
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        s->err = FA_ERROR;
        return;
    }
    if ((size_t)n < sizeof small) {
        sink_write(s, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        s->err = FA_ENOMEM;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sink_write(s, big, (size_t)n);
    free(big);
}

int sink_status(sink *s)
{
    if (!s->err && s->f && (fflush(s->f) != 0 || ferror(s->f)))
        s->err = FA_EIO;
    return s->err;
}

const char *sink_data(const sink *s, size_t *len)
{
    if (len)
        *len = s->buf ? s->len : 0;
    return s->buf ? s->buf : "";
}

char *sink_take(sink *s, size_t *len)
{
    char *b = s->err ? NULL : s->buf;
    if (len)
        *len = b ? s->len : 0;
    if (!b)
        free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
    return b;
}
