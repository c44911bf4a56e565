/* test_textz.c - common/fa_textz.c: training a dictionary, round trips
 * with and without it, texts kept raw (short, incompressible), the frame
 * magic, and the errors of a wrong, missing or damaged dictionary/frame.
 * The sample texts are generated here (varied sentences from a small
 * vocabulary), so nothing large is checked in.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fa_error.h"
#include "fa_textz.h"
#include "test_speech.h"

#define NTEXTS 200

/* A speech-like text of about 'len' bytes, different for each seed. */
static char *make_text(unsigned seed, size_t len)
{
    char marker[32];
    snprintf(marker, sizeof marker, "speaker%u", seed);
    return fa_test_speech(seed, len, marker);
}

typedef struct {
    void  *dict;
    size_t dictlen;
    char  *texts[NTEXTS];
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    char *sample = NULL;
    size_t sizes[NTEXTS], off = 0;
    char err[256];
    int rc;

    if (!f)
        return -1;
    for (unsigned i = 0; i < NTEXTS; i++) {
        f->texts[i] = make_text(i, 500 + (i * 37) % 3000);
        sizes[i] = strlen(f->texts[i]);
        off += sizes[i];
    }
    sample = malloc(off);
    off = 0;
    for (unsigned i = 0; i < NTEXTS; i++) {
        memcpy(sample + off, f->texts[i], sizes[i]);
        off += sizes[i];
    }
    rc = fa_textz_train(&f->dict, &f->dictlen, sample, sizes, NTEXTS, 16 * 1024, err, sizeof err);
    free(sample);
    if (rc != FA_OK) {
        fprintf(stderr, "setup: %s\n", err);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    for (unsigned i = 0; i < NTEXTS; i++)
        free(f->texts[i]);
    free(f->dict);
    free(f);
    return 0;
}

/* Encode with 'e', decode with a fresh decoder of 'dict', compare. */
static void round_trip(fa_textz_enc *e, const void *dict, size_t dlen, const char *text,
                       size_t *stored)
{
    const char *out = NULL;
    size_t outlen = 0, size = 0, got = 0;
    fa_textz_dec *d = NULL;
    char err[256];

    assert_int_equal(fa_textz_encode(e, &out, &outlen, text, strlen(text), err, sizeof err), FA_OK);
    *stored = outlen;
    assert_true(fa_textz_is_compressed(out, outlen));
    assert_int_equal(fa_textz_frame_size(&size, out, outlen), FA_OK);
    assert_int_equal(size, strlen(text));
    assert_int_equal(fa_textz_dec_new(&d, dict, dlen, err, sizeof err), FA_OK);
    char *back = malloc(size + 1);
    assert_int_equal(fa_textz_decode(d, back, size, &got, out, outlen, err, sizeof err), FA_OK);
    assert_int_equal(got, size);
    assert_memory_equal(back, text, size);
    free(back);
    fa_textz_dec_free(d);
}

static void test_textz_train_gives_id(void **state)
{
    fixture *f = *state;
    assert_true(f->dictlen > 0 && f->dictlen <= 16 * 1024);
    assert_int_not_equal(fa_textz_dict_id(f->dict, f->dictlen), 0);
    assert_int_equal(fa_textz_dict_id("not a dictionary", 16), 0);
}

static void test_textz_train_too_little_sample(void **state)
{
    fixture *f = *state;
    size_t sizes[3] = {strlen(f->texts[0]), strlen(f->texts[1]), strlen(f->texts[2])};
    char *s = malloc(sizes[0] + sizes[1] + sizes[2]);
    void *dict = NULL;
    size_t dlen = 0;
    char err[256] = "";
    memcpy(s, f->texts[0], sizes[0]);
    memcpy(s + sizes[0], f->texts[1], sizes[1]);
    memcpy(s + sizes[0] + sizes[1], f->texts[2], sizes[2]);
    assert_int_equal(fa_textz_train(&dict, &dlen, s, sizes, 3, 16 * 1024, err, sizeof err), FA_EINVAL);
    assert_null(dict);
    assert_non_null(strstr(err, "too little"));
    free(s);
}

/* Snippets decode only a prefix of a long text: the prefix equals the
 * text's first bytes, with and without a dictionary; a cap past the end
 * gives the whole text; a cut frame is an error, not a short answer. */
static void test_textz_decode_prefix(void **state)
{
    fixture *f = *state;
    char err[256];
    char *big = make_text(99, 200000);
    size_t len = strlen(big);
    for (int withdict = 0; withdict < 2; withdict++) {
        const void *dict = withdict ? f->dict : NULL;
        size_t dlen = withdict ? f->dictlen : 0, outlen = 0, got = 0;
        const char *out = NULL;
        fa_textz_enc *e = NULL;
        fa_textz_dec *d = NULL;
        assert_int_equal(fa_textz_enc_new(&e, dict, dlen, 3, err, sizeof err), FA_OK);
        assert_int_equal(fa_textz_encode(e, &out, &outlen, big, len, err, sizeof err), FA_OK);
        assert_true(fa_textz_is_compressed(out, outlen));
        assert_int_equal(fa_textz_dec_new(&d, dict, dlen, err, sizeof err), FA_OK);
        char *buf = malloc(len + 10);
        assert_int_equal(fa_textz_decode_prefix(d, buf, 1000, &got, out, outlen, err, sizeof err), FA_OK);
        assert_int_equal(got, 1000);
        assert_memory_equal(buf, big, 1000);
        /* the decoder is reusable, also for a whole decode after a prefix */
        assert_int_equal(fa_textz_decode_prefix(d, buf, len + 10, &got, out, outlen, err, sizeof err), FA_OK);
        assert_int_equal(got, len);
        assert_memory_equal(buf, big, len);
        assert_int_equal(fa_textz_decode(d, buf, len, &got, out, outlen, err, sizeof err), FA_OK);
        assert_int_equal(got, len);
        assert_int_equal(fa_textz_decode_prefix(d, buf, len, &got, out, outlen / 2, err, sizeof err), FA_EINVAL);
        free(buf);
        fa_textz_dec_free(d);
        fa_textz_enc_free(e);
    }
    free(big);
}

static void test_textz_round_trip_with_dict(void **state)
{
    fixture *f = *state;
    fa_textz_enc *e = NULL;
    char err[256];
    size_t with = 0, without = 0, n;
    assert_int_equal(fa_textz_enc_new(&e, f->dict, f->dictlen, 7, err, sizeof err), FA_OK);
    for (unsigned i = 0; i < 20; i++) {
        round_trip(e, f->dict, f->dictlen, f->texts[i], &n);
        with += n;
        const char *out = NULL;
        size_t outlen = 0;
        assert_int_equal(fa_textz_encode(e, &out, &outlen, f->texts[i], strlen(f->texts[i]),
                                         err, sizeof err), FA_OK);
        assert_int_equal(fa_textz_frame_dict_id(out, outlen), fa_textz_dict_id(f->dict, f->dictlen));
    }
    fa_textz_enc_free(e);
    assert_int_equal(fa_textz_enc_new(&e, NULL, 0, 7, err, sizeof err), FA_OK);
    for (unsigned i = 0; i < 20; i++) {
        round_trip(e, NULL, 0, f->texts[i], &n);
        without += n;
    }
    fa_textz_enc_free(e);
    /* The point of the dictionary: short texts shrink much more. */
    assert_true(with < without * 3 / 4);
}

static void test_textz_short_and_incompressible_kept_raw(void **state)
{
    fixture *f = *state;
    fa_textz_enc *e = NULL;
    const char *out = NULL;
    size_t outlen = 0;
    char err[256], noise[4096];
    unsigned x = 12345;
    assert_int_equal(fa_textz_enc_new(&e, f->dict, f->dictlen, 3, err, sizeof err), FA_OK);
    const char *tiny = "Peace.";
    assert_int_equal(fa_textz_encode(e, &out, &outlen, tiny, strlen(tiny), err, sizeof err), FA_OK);
    assert_ptr_equal(out, tiny);
    assert_int_equal(outlen, strlen(tiny));
    for (size_t i = 0; i < sizeof noise; i++) {
        x = x * 1103515245u + 12345u;
        noise[i] = (char)(x >> 16);
    }
    noise[0] = 'x';   /* not the magic */
    assert_int_equal(fa_textz_encode(e, &out, &outlen, noise, sizeof noise, err, sizeof err), FA_OK);
    assert_ptr_equal(out, noise);
    assert_int_equal(outlen, sizeof noise);
    fa_textz_enc_free(e);
}

static void test_textz_magic_text_always_framed(void **state)
{
    (void)state;
    fa_textz_enc *e = NULL;
    const char *out = NULL;
    size_t outlen = 0, got = 0, size = 0;
    char err[256], back[16];
    const char text[] = "\x28\xB5\x2F\xFDxy";   /* short, yet starts like a frame */
    fa_textz_dec *d = NULL;
    assert_true(fa_textz_is_compressed(text, 4));
    assert_false(fa_textz_is_compressed(text, 3));
    assert_false(fa_textz_is_compressed("(\xC2\xB5/", 4));
    assert_int_equal(fa_textz_enc_new(&e, NULL, 0, 1, err, sizeof err), FA_OK);
    assert_int_equal(fa_textz_encode(e, &out, &outlen, text, sizeof text - 1, err, sizeof err), FA_OK);
    assert_ptr_not_equal(out, text);
    assert_true(fa_textz_is_compressed(out, outlen));
    assert_int_equal(fa_textz_frame_size(&size, out, outlen), FA_OK);
    assert_int_equal(fa_textz_dec_new(&d, NULL, 0, err, sizeof err), FA_OK);
    assert_int_equal(fa_textz_decode(d, back, size, &got, out, outlen, err, sizeof err), FA_OK);
    assert_int_equal(got, sizeof text - 1);
    assert_memory_equal(back, text, got);
    fa_textz_dec_free(d);
    fa_textz_enc_free(e);
}

static void test_textz_wrong_or_missing_dict_fails(void **state)
{
    fixture *f = *state;
    fa_textz_enc *e = NULL;
    fa_textz_dec *nodict = NULL, *other = NULL;
    void *dict2 = NULL;
    size_t d2len = 0, outlen = 0, size = 0, got = 0, off = 0, sizes[NTEXTS / 2];
    const char *out = NULL;
    char err[256] = "", *frame, *back, *sample;

    /* Another dictionary, trained on other texts: another ID. */
    for (unsigned i = 0; i < NTEXTS / 2; i++)
        off += sizes[i] = strlen(f->texts[NTEXTS / 2 + i]);
    sample = malloc(off);
    off = 0;
    for (unsigned i = 0; i < NTEXTS / 2; i++) {
        memcpy(sample + off, f->texts[NTEXTS / 2 + i], sizes[i]);
        off += sizes[i];
    }
    assert_int_equal(fa_textz_train(&dict2, &d2len, sample, sizes, NTEXTS / 2, 8 * 1024,
                                    err, sizeof err), FA_OK);
    free(sample);
    assert_int_not_equal(fa_textz_dict_id(dict2, d2len), fa_textz_dict_id(f->dict, f->dictlen));

    assert_int_equal(fa_textz_enc_new(&e, f->dict, f->dictlen, 5, err, sizeof err), FA_OK);
    assert_int_equal(fa_textz_encode(e, &out, &outlen, f->texts[7], strlen(f->texts[7]),
                                     err, sizeof err), FA_OK);
    frame = malloc(outlen);
    memcpy(frame, out, outlen);
    assert_int_equal(fa_textz_frame_size(&size, frame, outlen), FA_OK);
    back = malloc(size);

    assert_int_equal(fa_textz_dec_new(&nodict, NULL, 0, err, sizeof err), FA_OK);
    err[0] = '\0';
    assert_int_equal(fa_textz_decode(nodict, back, size, &got, frame, outlen, err, sizeof err), FA_EINVAL);
    assert_true(err[0] != '\0');
    assert_int_equal(fa_textz_dec_new(&other, dict2, d2len, err, sizeof err), FA_OK);
    err[0] = '\0';
    assert_int_equal(fa_textz_decode(other, back, size, &got, frame, outlen, err, sizeof err), FA_EINVAL);
    assert_true(err[0] != '\0');

    /* A damaged frame: the checksum (or the decoder) notices. */
    frame[outlen / 2] ^= 0x55;
    fa_textz_dec *right = NULL;
    assert_int_equal(fa_textz_dec_new(&right, f->dict, f->dictlen, err, sizeof err), FA_OK);
    assert_int_equal(fa_textz_decode(right, back, size, &got, frame, outlen, err, sizeof err), FA_EINVAL);
    /* Truncated. */
    frame[outlen / 2] ^= 0x55;
    assert_int_equal(fa_textz_decode(right, back, size, &got, frame, outlen - 3, err, sizeof err), FA_EINVAL);

    /* Bytes that are no dictionary, and bad levels. */
    fa_textz_dec_free(other);
    assert_int_equal(fa_textz_dec_new(&other, "junk junk junk", 14, err, sizeof err), FA_EINVAL);
    assert_null(other);
    fa_textz_enc *bad = NULL;
    assert_int_equal(fa_textz_enc_new(&bad, NULL, 0, 0, err, sizeof err), FA_EINVAL);
    assert_int_equal(fa_textz_enc_new(&bad, NULL, 0, FA_TEXTZ_MAX_LEVEL + 1, err, sizeof err), FA_EINVAL);
    assert_null(bad);
    assert_int_equal(fa_textz_frame_size(&size, "plain text", 10), FA_EINVAL);

    fa_textz_dec_free(right);
    fa_textz_dec_free(nodict);
    fa_textz_enc_free(e);
    free(frame);
    free(back);
    free(dict2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_textz_train_gives_id),
        cmocka_unit_test(test_textz_decode_prefix),
        cmocka_unit_test(test_textz_train_too_little_sample),
        cmocka_unit_test(test_textz_round_trip_with_dict),
        cmocka_unit_test(test_textz_short_and_incompressible_kept_raw),
        cmocka_unit_test(test_textz_magic_text_always_framed),
        cmocka_unit_test(test_textz_wrong_or_missing_dict_fails),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
