/* input.h - reading one input file (plain or gzip-compressed, or standard
 * input) as a stream, whole or line by line, through zlib.
 *
 * zlib reads uncompressed files transparently, so one reader serves both;
 * a file named *.gz that is not gzip is refused rather than read as text.
 * Nothing is ever unpacked to disk. Standard input is read as it is (plain
 * text; pipe gzip through zcat), as it arrives.
 */
#ifndef INPUT_H
#define INPUT_H

#include <signal.h>
#include <stddef.h>

typedef struct input input;

/* Open 'path' ("-" is standard input). 'max_bytes' bounds one line and one
 * whole read (0: no bound). On FA_OK *out owns the reader (input_close);
 * on failure errbuf says why: FA_EIO, or FA_EINVAL for a path that is no
 * regular file (a FIFO, a device, a socket: opened without waiting for a
 * writer, and never read). */
int  input_open(input **out, const char *path, size_t max_bytes,
                char *errbuf, size_t errlen);
void input_close(input *in);                  /* NULL is a no-op */

/* The next line, without its '\n' (and without a '\r' before it).
 * Returns 1 with *line (borrowed until the next call) and *len set, 0 at
 * the end, or a negative status with errbuf set: FA_EIO (read error,
 * truncated gzip stream), FA_EINVAL (a line over max_bytes; the rest of
 * that line is skipped, so the caller may go on reading), FA_EINTR (a
 * signal interrupted reading standard input; call again to go on). */
int  input_line(input *in, const char **line, size_t *len,
                char *errbuf, size_t errlen);

/* The whole remaining content. FA_OK with *data (borrowed until the next
 * call or close; NUL-terminated) and *len; FA_EIO; FA_EINVAL when the
 * content exceeds max_bytes. */
int  input_all(input *in, const char **data, size_t *len,
               char *errbuf, size_t errlen);

/* The first byte that is not a blank (space, tab, CR, LF) without
 * consuming anything: 0-255, INPUT_END when there is none, or a negative
 * status (FA_EIO, FA_ENOMEM) with errbuf set. */
#define INPUT_END 256
int  input_peek(input *in, char *errbuf, size_t errlen);

/* The next bytes, without consuming them: at least 'want' of them unless
 * the content ends first. FA_OK with *data (borrowed until the next call)
 * and *len (may exceed 'want'), or a negative status with errbuf set.
 * For telling a format by its first bytes. */
int  input_head(input *in, const char **data, size_t *len, size_t want,
                char *errbuf, size_t errlen);

/* Consume the next 'want' bytes, or fewer when the content ends first:
 * FA_OK with *data (borrowed until the next call; not NUL-terminated)
 * and *len (< want only at the end), or a negative status with errbuf set.
 * The buffer grows to 'want', so callers skipping a large block take it
 * in pieces. Not bounded by max_bytes: the caller bounds 'want'. */
int  input_take(input *in, const char **data, size_t *len, size_t want,
                char *errbuf, size_t errlen);

/* Change the bound on one line and one whole read (0: none), for a
 * format told by content after opening (a feed is bounded as a whole by
 * FEED_MAX_BYTES, not by the article limit). */
void input_set_max(input *in, size_t max_bytes);

/* Make every read of 'in' (each chunk of a line or a whole file) return
 * FA_EINTR once *stop is nonzero, e.g. a flag a SIGINT handler sets: a
 * line that never ends must not keep a run from stopping. NULL: never. */
void input_watch(input *in, const volatile sig_atomic_t *stop);

/* Bytes of uncompressed content consumed so far. */
size_t input_offset(const input *in);
/* Bytes of the file itself (compressed, for gzip) read so far. */
size_t input_raw_offset(const input *in);

#endif
