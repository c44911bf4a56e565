/* fuzz_gzip.c - libFuzzer harness for the input reader (indexer/input.c):
 * the bytes are written to x.jsonl.gz and x.jsonl in a temp folder, and
 * also gzip-compressed into y.jsonl.gz, then read back with input_line,
 * input_all and input_peek the ways fa-index does (whole file, lines,
 * peek then whole). What one unbounded input_all returns is the oracle
 * for the others: the lines, their '\r' and over-long handling, the
 * max_bytes bound and input_offset. Inputs starting with '~' are also
 * repeated past the reader's 256 KiB chunk (big.jsonl, big.jsonl.gz), so
 * lines straddle refills and the buffer has to slide and grow.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "fa_error.h"
#include "input.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define MAX_SMALL 4096            /* the bound for most reads            */
#define CHUNK     (256 * 1024)    /* input.c's refill size               */

static char dir[256];
static char p_gz[300], p_plain[300], p_ygz[300], p_big[300], p_biggz[300];

static void cleanup(void)
{
    unlink(p_gz); unlink(p_plain); unlink(p_ygz); unlink(p_big); unlink(p_biggz);
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    (void)argc; (void)argv;
    /* Files are rewritten on every input: memory-backed is twice as fast. */
    if (!tmp || !*tmp)
        tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(dir, sizeof dir, "%s/fa-fuzz-gzip-XXXXXX", tmp);
    if (!mkdtemp(dir)) {
        perror("fuzz_gzip: mkdtemp");
        abort();
    }
    snprintf(p_gz, sizeof p_gz, "%s/x.jsonl.gz", dir);
    snprintf(p_plain, sizeof p_plain, "%s/x.jsonl", dir);
    snprintf(p_ygz, sizeof p_ygz, "%s/y.jsonl.gz", dir);
    snprintf(p_big, sizeof p_big, "%s/big.jsonl", dir);
    snprintf(p_biggz, sizeof p_biggz, "%s/big.jsonl.gz", dir);
    atexit(cleanup);
    return 0;
}

static void write_file(const char *path, const void *buf, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || (len && fwrite(buf, 1, len, f) != len) || fclose(f) != 0) {
        perror(path);
        abort();
    }
}

static void write_gzip(const char *path, const void *buf, size_t len, int level)
{
    char mode[8];
    snprintf(mode, sizeof mode, "wb%d", level);
    gzFile gz = gzopen(path, mode);
    if (!gz || (len && gzwrite(gz, buf, (unsigned)len) != (int)len) || gzclose(gz) != Z_OK) {
        fprintf(stderr, "%s: gzip write failed\n", path);
        abort();
    }
}

static long file_size(const char *path)
{
    FILE *f = fopen(path, "rb");
    long n = -1;
    if (f && fseek(f, 0, SEEK_END) == 0)
        n = ftell(f);
    if (f)
        fclose(f);
    return n;
}

static input *open_ok(const char *path, size_t max)
{
    input *in = NULL;
    char err[256] = "";
    int rc = input_open(&in, path, max, err, sizeof err);
    FUZZ_CHECK("open", rc == FA_OK && in, "%s: input_open failed after it once worked: %d %s",
               path, rc, err);
    return rc == FA_OK ? in : NULL;
}

/* Read up to 'nlines' lines (SIZE_MAX: to the end) and compare each with
 * content c[0..clen). Returns the bytes of c consumed. */
static size_t lines_oracle(input *in, const char *c, size_t clen, size_t max, size_t nlines)
{
    size_t pos = 0, count = 0;
    char err[256];
    const char *line;
    size_t len;
    int rc;

    while (pos < clen && count < nlines) {
        const char *nl = memchr(c + pos, '\n', clen - pos);
        size_t n = nl ? (size_t)(nl - (c + pos)) : clen - pos;
        err[0] = '\0';
        rc = input_line(in, &line, &len, err, sizeof err);
        if (max && n > max) {
            FUZZ_CHECK("line-long", rc == FA_EINVAL && err[0],
                       "line of %zu bytes (max %zu) at offset %zu: got %d, want FA_EINVAL",
                       n, max, pos, rc);
        } else {
            size_t want = n && c[pos + n - 1] == '\r' ? n - 1 : n;
            FUZZ_CHECK("line", rc == 1, "line %zu at offset %zu (%zu bytes, max %zu): got %d (%s)",
                       count, pos, n, max, rc, err);
            if (rc != 1)
                return pos;
            FUZZ_CHECK("line", len == want && memcmp(line, c + pos, want) == 0,
                       "line %zu at offset %zu: got %zu bytes, want %zu", count, pos, len, want);
            FUZZ_CHECK("line", line[len] == '\0', "line not NUL-terminated");
        }
        if (rc < 0 && rc != FA_EINVAL)
            return pos;
        pos += n + (nl ? 1 : 0);
        count++;
        FUZZ_CHECK("offset", input_offset(in) == pos, "input_offset %zu after line ending at %zu",
                   input_offset(in), pos);
    }
    if (pos >= clen && count < nlines) {
        rc = input_line(in, &line, &len, err, sizeof err);
        FUZZ_CHECK("line-end", rc == 0, "at the end input_line gave %d, want 0", rc);
        rc = input_line(in, &line, &len, err, sizeof err);
        FUZZ_CHECK("line-end", rc == 0, "after the end input_line gave %d, want 0", rc);
    }
    return pos;
}

/* input_all on a reader that has consumed c[0..done): the rest, or
 * FA_EINVAL when the rest is over 'max'. */
static void all_oracle(input *in, const char *c, size_t clen, size_t done, size_t max,
                       const char *id)
{
    const char *d = NULL;
    size_t len = 0, rest = clen - done;
    char err[256] = "";
    int rc = input_all(in, &d, &len, err, sizeof err);

    if (max && rest > max) {
        FUZZ_CHECK(id, rc == FA_EINVAL && err[0],
                   "input_all of %zu remaining bytes (max %zu, %zu consumed): got %d, want FA_EINVAL",
                   rest, max, done, rc);
        return;
    }
    FUZZ_CHECK("all", rc == FA_OK, "input_all of %zu remaining bytes (max %zu): got %d (%s)",
               rest, max, rc, err);
    if (rc != FA_OK)
        return;
    FUZZ_CHECK("all", len == rest && memcmp(d, c + done, rest) == 0 && d[len] == '\0',
               "input_all gave %zu bytes, want %zu", len, rest);
    FUZZ_CHECK("offset", input_offset(in) == clen, "input_offset %zu at the end of %zu bytes",
               input_offset(in), clen);
    rc = input_all(in, &d, &len, err, sizeof err);
    FUZZ_CHECK("all", rc == FA_OK && len == 0, "second input_all: %d, %zu bytes", rc, len);
}

/* Read 'path' every way fa-index does; 'expect' (when not NULL) is what
 * it must hold. 'k' picks how many lines the mixed read takes. */
static void check_file(const char *path, const char *expect, size_t elen,
                       const size_t *maxes, size_t nmax, unsigned k)
{
    input *in = NULL;
    char err[256] = "", *c = NULL;
    const char *d = NULL, *line;
    size_t clen = 0, len;
    long fsize = file_size(path);
    int rc;

    /* The oracle: everything, unbounded. */
    if (input_open(&in, path, 0, err, sizeof err) != FA_OK) {
        FUZZ_CHECK("open", err[0], "input_open failed without a message");
        return;
    }
    rc = input_all(in, &d, &len, err, sizeof err);
    FUZZ_CHECK("all", rc == FA_OK || rc == FA_EIO, "unbounded input_all gave %d", rc);
    FUZZ_CHECK("raw-offset", fsize < 0 || input_raw_offset(in) <= (size_t)fsize,
               "input_raw_offset %zu past the file's %ld bytes", input_raw_offset(in), fsize);
    if (rc == FA_OK) {
        FUZZ_CHECK("all", d[len] == '\0', "input_all data not NUL-terminated");
        if ((c = malloc(len + 1)) != NULL)
            memcpy(c, d, len + 1);
        clen = len;
        if (expect)
            FUZZ_CHECK("content", len == elen && memcmp(d, expect, elen) == 0,
                       "%s: read %zu bytes, wrote %zu (or they differ)", path, len, elen);
    } else {
        FUZZ_CHECK("errmsg", err[0], "FA_EIO without a message");
    }
    input_close(in);
    in = NULL;

    if (!c) {
        /* A broken stream: reading lines must end (FA_EIO), never crash. */
        if (!(in = open_ok(path, MAX_SMALL)))
            return;
        for (size_t i = 0; i < 1000000; i++) {
            rc = input_line(in, &line, &len, err, sizeof err);
            if (rc == 1)
                FUZZ_CHECK("line", line[len] == '\0', "line not NUL-terminated");
            else if (rc != FA_EINVAL)
                break;
        }
        FUZZ_CHECK("line-eio", rc == FA_EIO || rc == 0, "broken stream: input_line ended with %d", rc);
        input_close(in);
        return;
    }

    for (size_t m = 0; m < nmax; m++) {
        size_t max = maxes[m], done;

        /* Whole, as for a .txt file. */
        if (!(in = open_ok(path, max)))
            break;
        all_oracle(in, c, clen, 0, max, "all-bound");
        input_close(in);

        /* Line by line, as for a .jsonl file. */
        if (!(in = open_ok(path, max)))
            break;
        lines_oracle(in, c, clen, max, SIZE_MAX);
        input_close(in);

        /* Peek, then whole, as for a .txt file on standard input. */
        if (!(in = open_ok(path, max)))
            break;
        {
            int want = INPUT_END, got;
            for (size_t i = 0; i < clen; i++)
                if (c[i] != ' ' && c[i] != '\t' && c[i] != '\n' && c[i] != '\r') {
                    want = (unsigned char)c[i];
                    break;
                }
            got = input_peek(in, err, sizeof err);
            FUZZ_CHECK("peek", got == want, "input_peek gave %d, want %d", got, want);
            FUZZ_CHECK("peek", input_offset(in) == 0, "input_peek consumed %zu bytes",
                       input_offset(in));
            got = input_peek(in, err, sizeof err);
            FUZZ_CHECK("peek", got == want, "second input_peek gave %d, want %d", got, want);
        }
        all_oracle(in, c, clen, 0, max, "peek-all-bound");
        input_close(in);

        /* Some lines, then the rest whole. */
        if (!(in = open_ok(path, max)))
            break;
        done = lines_oracle(in, c, clen, max, k);
        all_oracle(in, c, clen, done, max, "line-all-bound");
        input_close(in);
    }
    free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Each open costs big buffers (ASan maps and unmaps them), so one
     * bound per input for the small files, picked by its last byte. */
    static const size_t bounds[] = {MAX_SMALL, 7};
    static const size_t big[] = {MAX_SMALL, 0, CHUNK + 1000};
    const char *bytes = (const char *)data;
    unsigned k = size ? data[size - 1] % 4 : 0;
    const size_t *small = &bounds[size ? (data[size - 1] >> 2) % 2 : 0];
    char err[256] = "";
    input *in = NULL;
    int rc;

    /* As they came: a .gz name refuses what is not gzip. */
    write_file(p_gz, data, size);
    rc = input_open(&in, p_gz, MAX_SMALL, err, sizeof err);
    if (size >= 2 && !(data[0] == 0x1f && data[1] == 0x8b))
        FUZZ_CHECK("gz-refuse", rc == FA_EIO, "x.jsonl.gz holding no gzip opened: %d", rc);
    input_close(in);
    check_file(p_gz, NULL, 0, small, 1, k);

    write_file(p_plain, data, size);
    check_file(p_plain, size && data[0] == 0x1f ? NULL : bytes, size, small, 1, k);

    write_gzip(p_ygz, data, size, 6);
    check_file(p_ygz, bytes, size, small, 1, k);

    /* Past one chunk: lines straddle refills, the buffer slides; past
     * two, it grows. Plain or gzip by the second byte's low bit. */
    if (size >= 2 && data[0] == '~') {
        size_t want = CHUNK + (size_t)(data[1] >> 1) * 4096, n = 0;
        char *b = malloc(want + size);
        if (!b)
            return 0;
        while (n < want) {
            memcpy(b + n, data, size);
            n += size;
        }
        if (data[1] & 1) {
            write_gzip(p_biggz, b, n, 1);
            check_file(p_biggz, b, n, &big[size % 3], 1, k);
        } else {
            write_file(p_big, b, n);
            check_file(p_big, b, n, &big[size % 3], 1, k);
        }
        free(b);
    }
    return 0;
}
