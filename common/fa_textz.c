/* fa_textz.c - stored text compression over libzstd (see fa_textz.h).
 * Dictionaries are trained by zstd's own trainer (ZDICT, fastCover), whose
 * dictionary ID is a hash of the content: the same dictionary always has
 * the same ID, so indexes compacted together can keep them side by side.
 */
#include "fa_textz.h"
#include "fa_error.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zdict.h>
#include <zstd.h>

static const unsigned char magic[4] = {0x28, 0xB5, 0x2F, 0xFD};

struct fa_textz_enc {
    ZSTD_CCtx  *cctx;
    ZSTD_CDict *cdict;   /* NULL: no dictionary                     */
    char       *buf;     /* the last frame made, owned               */
    size_t      cap;     /* bytes allocated at buf                   */
};

struct fa_textz_dec {
    ZSTD_DCtx  *dctx;
    ZSTD_DDict *ddict;   /* NULL: frames made without a dictionary   */
};

static void set_msg(char *errbuf, size_t errlen, const char *what, size_t zrc)
{
    if (errbuf && errlen)
        snprintf(errbuf, errlen, "%s: %s", what, ZSTD_getErrorName(zrc));
}

int fa_textz_train(void **out, size_t *outlen, const void *samples,
                   const size_t *sizes, size_t n, size_t cap,
                   char *errbuf, size_t errlen)
{
    void *dict = NULL;
    size_t total = 0, got;
    int rc;

    *out = NULL;
    *outlen = 0;
    for (size_t i = 0; i < n; i++)
        total += sizes[i];
    if (total < FA_TEXTZ_MIN_SAMPLE || n < FA_TEXTZ_MIN_SAMPLES || n > UINT_MAX) {
        if (errbuf && errlen)
            snprintf(errbuf, errlen, "%zu bytes in %zu texts is too little to train a dictionary",
                     total, n);
        return FA_EINVAL;
    }
    if (!(dict = malloc(cap))) {
        rc = FA_ENOMEM;
        goto out;
    }
    got = ZDICT_trainFromBuffer(dict, cap, samples, sizes, (unsigned)n);
    if (ZDICT_isError(got)) {
        if (errbuf && errlen)
            snprintf(errbuf, errlen, "training a dictionary failed: %s", ZDICT_getErrorName(got));
        rc = FA_EINVAL;
        goto out;
    }
    *out = dict;
    *outlen = got;
    dict = NULL;
    rc = FA_OK;
out:
    free(dict);
    return rc;
}

unsigned fa_textz_dict_id(const void *dict, size_t len)
{
    return dict && len ? ZDICT_getDictID(dict, len) : 0;
}

int fa_textz_enc_new(fa_textz_enc **out, const void *dict, size_t len, int level,
                     char *errbuf, size_t errlen)
{
    fa_textz_enc *e = NULL;
    size_t zrc;
    int rc = FA_ENOMEM;

    *out = NULL;
    if (level < 1 || level > FA_TEXTZ_MAX_LEVEL) {
        if (errbuf && errlen)
            snprintf(errbuf, errlen, "text compression level %d is not 1..%d", level, FA_TEXTZ_MAX_LEVEL);
        return FA_EINVAL;
    }
    if (dict && len && !fa_textz_dict_id(dict, len)) {
        if (errbuf && errlen)
            snprintf(errbuf, errlen, "not a zstd dictionary");
        return FA_EINVAL;
    }
    if (!(e = calloc(1, sizeof *e)) || !(e->cctx = ZSTD_createCCtx()))
        goto out;
    /* The checksum makes a damaged text an error on reading, not garbage. */
    zrc = ZSTD_CCtx_setParameter(e->cctx, ZSTD_c_checksumFlag, 1);
    if (!ZSTD_isError(zrc))
        zrc = ZSTD_CCtx_setParameter(e->cctx, ZSTD_c_compressionLevel, level);
    if (!ZSTD_isError(zrc) && dict && len) {
        /* A CDict digests the dictionary once for every text to come. */
        if (!(e->cdict = ZSTD_createCDict(dict, len, level)))
            goto out;
        zrc = ZSTD_CCtx_refCDict(e->cctx, e->cdict);
    }
    if (ZSTD_isError(zrc)) {
        set_msg(errbuf, errlen, "setting up zstd", zrc);
        rc = FA_ERROR;
        goto out;
    }
    *out = e;
    e = NULL;
    rc = FA_OK;
out:
    fa_textz_enc_free(e);
    return rc;
}

void fa_textz_enc_free(fa_textz_enc *e)
{
    if (!e)
        return;
    ZSTD_freeCCtx(e->cctx);
    ZSTD_freeCDict(e->cdict);
    free(e->buf);
    free(e);
}

int fa_textz_is_compressed(const void *data, size_t len)
{
    return len >= sizeof magic && memcmp(data, magic, sizeof magic) == 0;
}

int fa_textz_encode(fa_textz_enc *e, const char **out, size_t *outlen,
                    const char *text, size_t len, char *errbuf, size_t errlen)
{
    int must = fa_textz_is_compressed(text, len);
    size_t bound, zrc;

    *out = text;
    *outlen = len;
    if (len < FA_TEXTZ_MIN_TEXT && !must)
        return FA_OK;
    bound = ZSTD_compressBound(len);
    if (bound > e->cap) {
        char *nb = realloc(e->buf, bound);
        if (!nb)
            return FA_ENOMEM;
        e->buf = nb;
        e->cap = bound;
    }
    zrc = ZSTD_compress2(e->cctx, e->buf, e->cap, text, len);
    if (ZSTD_isError(zrc)) {
        set_msg(errbuf, errlen, "compressing a text", zrc);
        return FA_ERROR;
    }
    if (zrc < len || must) {
        *out = e->buf;
        *outlen = zrc;
    }
    return FA_OK;
}

unsigned fa_textz_frame_dict_id(const void *frame, size_t len)
{
    return ZSTD_getDictID_fromFrame(frame, len);
}

int fa_textz_frame_size(size_t *out, const void *frame, size_t len)
{
    unsigned long long n = fa_textz_is_compressed(frame, len)
                         ? ZSTD_getFrameContentSize(frame, len) : ZSTD_CONTENTSIZE_ERROR;
    *out = 0;
    /* Our frames always declare their size (one-shot compression). */
    if (n == ZSTD_CONTENTSIZE_ERROR || n == ZSTD_CONTENTSIZE_UNKNOWN || n > SIZE_MAX)
        return FA_EINVAL;
    *out = (size_t)n;
    return FA_OK;
}

int fa_textz_dec_new(fa_textz_dec **out, const void *dict, size_t len,
                     char *errbuf, size_t errlen)
{
    fa_textz_dec *d = NULL;
    int rc = FA_ENOMEM;

    *out = NULL;
    if (dict && len && !fa_textz_dict_id(dict, len)) {
        if (errbuf && errlen)
            snprintf(errbuf, errlen, "not a zstd dictionary");
        return FA_EINVAL;
    }
    if (!(d = calloc(1, sizeof *d)) || !(d->dctx = ZSTD_createDCtx()))
        goto out;
    if (dict && len && !(d->ddict = ZSTD_createDDict(dict, len)))
        goto out;
    *out = d;
    d = NULL;
    rc = FA_OK;
out:
    fa_textz_dec_free(d);
    return rc;
}

void fa_textz_dec_free(fa_textz_dec *d)
{
    if (!d)
        return;
    ZSTD_freeDCtx(d->dctx);
    ZSTD_freeDDict(d->ddict);
    free(d);
}

int fa_textz_decode(fa_textz_dec *d, char *dst, size_t cap, size_t *outlen,
                    const void *frame, size_t len, char *errbuf, size_t errlen)
{
    size_t zrc;

    *outlen = 0;
    /* zstd checks that the frame's dictionary ID matches the DDict's. */
    zrc = d->ddict ? ZSTD_decompress_usingDDict(d->dctx, dst, cap, frame, len, d->ddict)
                   : ZSTD_decompressDCtx(d->dctx, dst, cap, frame, len);
    if (ZSTD_isError(zrc)) {
        set_msg(errbuf, errlen, "damaged compressed text", zrc);
        return FA_EINVAL;
    }
    *outlen = zrc;
    return FA_OK;
}

int fa_textz_decode_prefix(fa_textz_dec *d, char *dst, size_t cap, size_t *outlen,
                           const void *frame, size_t len, char *errbuf, size_t errlen)
{
    ZSTD_inBuffer in = { frame, len, 0 };
    ZSTD_outBuffer out = { dst, cap, 0 };
    size_t zrc;

    *outlen = 0;
    ZSTD_DCtx_reset(d->dctx, ZSTD_reset_session_only);
    if (d->ddict && ZSTD_isError(zrc = ZSTD_DCtx_refDDict(d->dctx, d->ddict))) {
        set_msg(errbuf, errlen, "cannot use the dictionary", zrc);
        return FA_EINVAL;
    }
    while (out.pos < out.size) {
        zrc = ZSTD_decompressStream(d->dctx, &out, &in);
        if (ZSTD_isError(zrc)) {
            set_msg(errbuf, errlen, "damaged compressed text", zrc);
            return FA_EINVAL;
        }
        if (zrc == 0)
            break;                      /* the whole frame fitted */
        if (in.pos == in.size && out.pos < out.size) {
            if (errbuf && errlen)
                snprintf(errbuf, errlen, "damaged compressed text: truncated");
            return FA_EINVAL;
        }
    }
    *outlen = out.pos;
    return FA_OK;
}
