/* fa_textz.h - stored text compression: zstd frames, optionally with a
 * dictionary trained on the archive's own texts, which shrinks many short
 * texts far more than compressing each alone.
 *
 * This module knows bytes, not indexes: where a dictionary is kept (index
 * metadata) and which dictionary a reader needs is decided by fa_xap*.cc.
 * A stored text is either raw UTF-8 or exactly one zstd frame; the frame
 * magic (28 B5 2F FD) can never begin valid UTF-8, so the two never mix up.
 * Each handle belongs to one thread at a time.
 */
#ifndef FA_TEXTZ_H
#define FA_TEXTZ_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fa_textz_enc fa_textz_enc;  /* compresses, with one dictionary or none */
typedef struct fa_textz_dec fa_textz_dec;  /* decompresses, with one dictionary or none */

/* Texts shorter than this are stored raw: a frame header costs more than
 * compression saves on them. */
#define FA_TEXTZ_MIN_TEXT 64
/* Less sample text than this (or fewer than FA_TEXTZ_MIN_SAMPLES texts)
 * trains no useful dictionary; fa_textz_train refuses it. */
#define FA_TEXTZ_MIN_SAMPLE (64 * 1024)
#define FA_TEXTZ_MIN_SAMPLES 16
/* The highest level accepted (zstd's highest without "ultra" windows). */
#define FA_TEXTZ_MAX_LEVEL 19

/* Train a dictionary of at most 'cap' bytes from the 'n' texts laid end to
 * end in 'samples', the i-th 'sizes[i]' bytes long. On FA_OK *out is a
 * malloc'd dictionary (caller frees) of *outlen bytes. FA_EINVAL: too
 * little sample (see FA_TEXTZ_MIN_SAMPLE) or zstd could not train one from
 * it; errbuf says which. */
int  fa_textz_train(void **out, size_t *outlen, const void *samples,
                    const size_t *sizes, size_t n, size_t cap,
                    char *errbuf, size_t errlen);

/* The ID of dictionary 'dict' (derived from its content by the trainer),
 * or 0 when the bytes are not a zstd dictionary. */
unsigned fa_textz_dict_id(const void *dict, size_t len);

/* An encoder at zstd level 'level' (1..FA_TEXTZ_MAX_LEVEL) with dictionary
 * 'dict' ('len' bytes; NULL/0 for none; copied, so the caller may free
 * it). FA_EINVAL: a bad level or not a zstd dictionary; FA_ENOMEM. */
int  fa_textz_enc_new(fa_textz_enc **out, const void *dict, size_t len, int level,
                      char *errbuf, size_t errlen);
void fa_textz_enc_free(fa_textz_enc *e);               /* NULL is a no-op */

/* Encode 'text' for storage. *out is either 'text' itself (kept raw: short,
 * or compression would not shrink it) or a zstd frame carrying the
 * dictionary ID and a checksum of the content, held by the encoder until
 * its next call. Text that happens to begin with the frame magic is always
 * framed, so a reader can never take raw text for a frame. FA_ENOMEM,
 * FA_ERROR (zstd failed; message in errbuf). */
int  fa_textz_encode(fa_textz_enc *e, const char **out, size_t *outlen,
                     const char *text, size_t len, char *errbuf, size_t errlen);

/* 1 when 'data' begins with the zstd frame magic, else 0. */
int  fa_textz_is_compressed(const void *data, size_t len);
/* The dictionary ID a frame needs (0: none), read from its header. */
unsigned fa_textz_frame_dict_id(const void *frame, size_t len);
/* The decoded size a frame declares, or FA_EINVAL (returned negative)
 * when it declares none or is not a frame. */
int  fa_textz_frame_size(size_t *out, const void *frame, size_t len);

/* A decoder for frames made with dictionary 'dict' (NULL/0: frames made
 * without one). FA_EINVAL: not a zstd dictionary; FA_ENOMEM. */
int  fa_textz_dec_new(fa_textz_dec **out, const void *dict, size_t len,
                      char *errbuf, size_t errlen);
void fa_textz_dec_free(fa_textz_dec *d);               /* NULL is a no-op */

/* Decode 'frame' into dst[0..cap), cap being fa_textz_frame_size's answer;
 * *outlen gets the bytes written. FA_EINVAL when the frame is damaged
 * (checksum, truncation, wrong dictionary) or larger than cap; errbuf says
 * what zstd found. */
int  fa_textz_decode(fa_textz_dec *d, char *dst, size_t cap, size_t *outlen,
                     const void *frame, size_t len, char *errbuf, size_t errlen);

/* Decode only the first cap bytes of 'frame' (streaming, so a frame of
 * 60 MB costs what its first cap bytes cost); *outlen gets the bytes
 * written, less than cap only when the frame is shorter. Errors as
 * fa_textz_decode. */
int  fa_textz_decode_prefix(fa_textz_dec *d, char *dst, size_t cap, size_t *outlen,
                            const void *frame, size_t len, char *errbuf, size_t errlen);

#ifdef __cplusplus
}
#endif
#endif
