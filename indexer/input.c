/* input.c - a buffered reader over zlib's gzread (see input.h). */
#include "input.h"
#include "fa_error.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define CHUNK (256 * 1024)

struct input {
    gzFile gz;         /* files: zlib reads plain and gzip alike            */
    int    fd;         /* standard input: read directly (-1 for files), so
                          a slow pipe is indexed as it comes and a signal
                          interrupts the read instead of losing it          */
    size_t max;        /* bound on one line / one whole read; 0 = none   */
    char  *buf;        /* bytes read from gz and not yet handed out       */
    size_t start, end; /* unread bytes are buf[start..end)                */
    size_t cap;
    int    eof;        /* gzread reported the end                         */
    size_t offset;     /* uncompressed bytes handed out so far            */
    size_t raw;        /* bytes read from standard input                  */
    const volatile sig_atomic_t *stop;  /* input_watch: nonzero stops reads */
};

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int input_open(input **out, const char *path, size_t max_bytes,
               char *errbuf, size_t errlen)
{
    input *in = NULL;
    int fd = -1, rc = FA_EIO;

    *out = NULL;
    if (!(in = calloc(1, sizeof *in))) {
        rc = FA_ENOMEM;
        goto out;
    }
    in->max = max_bytes;
    in->fd = -1;
    if (strcmp(path, "-") == 0) {
        in->fd = 0;
        *out = in;
        return FA_OK;
    }
    /* O_NONBLOCK: opening a FIFO must not wait for a writer. Only
     * regular files are read; a FIFO or a device (/dev/zero linked as
     * z.jsonl would be read forever) is refused. */
    fd = open(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        snprintf(errbuf, errlen, "cannot open: %s", strerror(errno));
        goto out;
    }
    {
        struct stat st;
        int fl;
        if (fstat(fd, &st) == 0 && !S_ISREG(st.st_mode)) {
            snprintf(errbuf, errlen, "%s, not a regular file; give a stream as standard input ('-')",
                     S_ISFIFO(st.st_mode) ? "a FIFO" : S_ISCHR(st.st_mode) ? "a character device"
                     : S_ISBLK(st.st_mode) ? "a block device" : S_ISSOCK(st.st_mode) ? "a socket"
                     : "a special file");
            close(fd);
            rc = FA_EINVAL;
            goto out;
        }
        if ((fl = fcntl(fd, F_GETFL)) < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0) {
            snprintf(errbuf, errlen, "cannot open: %s", strerror(errno));
            close(fd);
            goto out;
        }
    }
    if (!(in->gz = gzdopen(fd, "rb"))) {
        snprintf(errbuf, errlen, "cannot read: %s", strerror(errno ? errno : ENOMEM));
        close(fd);
        goto out;
    }
    gzbuffer(in->gz, CHUNK);
    if (ends_with(path, ".gz") && gzdirect(in->gz)) {
        snprintf(errbuf, errlen, "named .gz but not gzip-compressed");
        goto out;
    }
    *out = in;
    in = NULL;
    rc = FA_OK;
out:
    input_close(in);
    return rc;
}

void input_close(input *in)
{
    if (!in)
        return;
    if (in->gz)
        gzclose(in->gz);
    free(in->buf);
    free(in);
}

/* zlib prefixes its messages with the name given to gzdopen ("<fd:5>: "),
 * which says nothing to a user; the caller names the file. */
static const char *plain(const char *msg)
{
    if (strncmp(msg, "<fd:", 4) == 0) {
        const char *colon = strstr(msg, ": ");
        if (colon)
            return colon + 2;
    }
    return msg;
}

/* Read more bytes after the unread ones. Returns bytes added, 0 at end,
 * FA_EIO / FA_ENOMEM on failure, FA_EINTR when a signal interrupted a
 * read of standard input (nothing is lost; the caller may stop). */
static int fill(input *in, char *errbuf, size_t errlen)
{
    int n, zerr;
    if (in->eof)
        return 0;
    /* A pipe that never pauses (tr '\0' a </dev/zero) gives read() no
     * chance to see the signal: look at the flag before every chunk. */
    if (in->stop && *in->stop)
        return FA_EINTR;
    if (in->start > 0 && in->start == in->end)
        in->start = in->end = 0;
    if (in->cap - in->end < CHUNK) {
        if (in->start > 0) {   /* slide unread bytes to the front */
            memmove(in->buf, in->buf + in->start, in->end - in->start);
            in->end -= in->start;
            in->start = 0;
        }
        if (in->cap - in->end < CHUNK) {
            size_t ncap = in->cap ? in->cap * 2 : 2 * CHUNK;
            char *nb = realloc(in->buf, ncap + 1);
            if (!nb)
                return FA_ENOMEM;
            in->buf = nb;
            in->cap = ncap;
        }
    }
    if (in->fd >= 0) {
        ssize_t r = read(in->fd, in->buf + in->end, CHUNK);
        if (r < 0 && errno == EINTR)
            return FA_EINTR;
        if (r < 0) {
            snprintf(errbuf, errlen, "read error: %s", strerror(errno));
            return FA_EIO;
        }
        if (r == 0)
            in->eof = 1;
        in->end += (size_t)r;
        in->raw += (size_t)r;
        return (int)r;
    }
    n = gzread(in->gz, in->buf + in->end, CHUNK);
    if (n < 0) {
        const char *msg = gzerror(in->gz, &zerr);
        snprintf(errbuf, errlen, "read error: %s",
                 zerr == Z_ERRNO ? strerror(errno) : plain(msg));
        return FA_EIO;
    }
    if (n == 0) {
        const char *msg = gzerror(in->gz, &zerr);
        in->eof = 1;
        if (zerr != Z_OK && zerr != Z_STREAM_END) {
            snprintf(errbuf, errlen, "read error: %s", plain(msg));
            return FA_EIO;
        }
        return 0;
    }
    in->end += (size_t)n;
    return n;
}

int input_line(input *in, const char **line, size_t *len,
               char *errbuf, size_t errlen)
{
    size_t scanned = 0;   /* bytes after start known to hold no '\n' */
    int skipping = 0, rc;

    for (;;) {
        char *nl = in->end > in->start + scanned
                 ? memchr(in->buf + in->start + scanned, '\n', in->end - in->start - scanned)
                 : NULL;
        if (nl || (in->eof && in->end > in->start)) {
            size_t n = nl ? (size_t)(nl - (in->buf + in->start))
                          : in->end - in->start;
            char *l = in->buf + in->start;
            in->start += n + (nl ? 1 : 0);
            in->offset += n + (nl ? 1 : 0);
            if (skipping || (in->max && n > in->max)) {
                snprintf(errbuf, errlen, "line longer than the limit of %zu bytes (--max-article-bytes); skipped",
                         in->max);
                return FA_EINVAL;
            }
            if (n && l[n - 1] == '\r')
                n--;
            l[n] = '\0';   /* overwrites the '\n' (or the spare byte) */
            *line = l;
            *len = n;
            return 1;
        }
        if (in->eof)
            return skipping ? (snprintf(errbuf, errlen, "line longer than the limit of %zu bytes (--max-article-bytes); skipped", in->max), FA_EINVAL) : 0;
        scanned = in->end - in->start;
        if (in->max && scanned > in->max) {
            /* Drop what we have of the over-long line and keep scanning
             * for its end, so memory stays bounded. */
            in->offset += scanned;
            in->start = in->end;
            scanned = 0;
            skipping = 1;
        }
        if ((rc = fill(in, errbuf, errlen)) < 0)
            return rc;
    }
}

int input_all(input *in, const char **data, size_t *len,
              char *errbuf, size_t errlen)
{
    int rc;
    /* The bound covers what is already buffered (by input_peek or
     * input_line) as well as what is read here. */
    do {
        if (in->max && in->end - in->start > in->max) {
            snprintf(errbuf, errlen, "larger than the limit of %zu bytes (--max-article-bytes)", in->max);
            return FA_EINVAL;
        }
    } while ((rc = fill(in, errbuf, errlen)) > 0);
    if (rc < 0)
        return rc;
    if (!in->buf && !(in->buf = malloc(1)))
        return FA_ENOMEM;
    in->buf[in->end] = '\0';
    *data = in->buf + in->start;
    *len = in->end - in->start;
    in->offset += *len;
    in->start = in->end;
    return FA_OK;
}

size_t input_offset(const input *in)
{
    return in->offset;
}

size_t input_raw_offset(const input *in)
{
    if (!in->gz)
        return in->raw;
    z_off_t off = gzoffset(in->gz);
    return off < 0 ? 0 : (size_t)off;
}

int input_peek(input *in, char *errbuf, size_t errlen)
{
    for (;;) {
        for (size_t i = in->start; i < in->end; i++)
            if (in->buf[i] != ' ' && in->buf[i] != '\t' && in->buf[i] != '\n' && in->buf[i] != '\r')
                return (unsigned char)in->buf[i];
        /* Only blanks so far: read more, keeping them (they are content). */
        int rc = fill(in, errbuf, errlen);
        if (rc <= 0)
            return rc < 0 ? rc : INPUT_END;
    }
}

int input_head(input *in, const char **data, size_t *len, size_t want,
               char *errbuf, size_t errlen)
{
    int rc;
    while (in->end - in->start < want)
        if ((rc = fill(in, errbuf, errlen)) <= 0) {
            if (rc < 0)
                return rc;
            break;
        }
    if (!in->buf && !(in->buf = malloc(1)))
        return FA_ENOMEM;
    *data = in->buf + in->start;
    *len = in->end - in->start;
    return FA_OK;
}

int input_take(input *in, const char **data, size_t *len, size_t want,
               char *errbuf, size_t errlen)
{
    int rc;
    while (in->end - in->start < want) {
        /* fill() reads CHUNK bytes at a time: make room for 'want' first,
         * so the buffer does not double past it. */
        if (in->start > 0) {
            memmove(in->buf, in->buf + in->start, in->end - in->start);
            in->end -= in->start;
            in->start = 0;
        }
        if (in->cap < want + CHUNK) {
            char *nb = realloc(in->buf, want + CHUNK + 1);
            if (!nb)
                return FA_ENOMEM;
            in->buf = nb;
            in->cap = want + CHUNK;
        }
        if ((rc = fill(in, errbuf, errlen)) <= 0) {
            if (rc < 0)
                return rc;
            break;
        }
    }
    if (!in->buf && !(in->buf = malloc(1)))
        return FA_ENOMEM;
    size_t n = in->end - in->start < want ? in->end - in->start : want;
    *data = in->buf + in->start;
    *len = n;
    in->start += n;
    in->offset += n;
    return FA_OK;
}

void input_set_max(input *in, size_t max_bytes)
{
    in->max = max_bytes;
}

void input_watch(input *in, const volatile sig_atomic_t *stop)
{
    in->stop = stop;
}
