/* fuzz_txt.c - libFuzzer harness for article_parse_txt (indexer/article.c):
 * the `Key: value` header, dateline and derived-title rules on any bytes,
 * then the stored-record round trip fa_article_encode -> fa_article_decode
 * (common/fa_article.c), which must give back every field byte for byte.
 * Also checks what article.h promises about cleaned text and errors.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "fa_article.h"
#include "fa_error.h"
#define FUZZ_SAME_FIELDS
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


/* Any bytes given to fa_article_decode: FA_OK or FA_EINVAL, never a crash;
 * what it accepts must survive a second round trip. */
static void decode_raw(const uint8_t *data, size_t size)
{
    fa_article *a = fa_article_new(), *b = fa_article_new();
    char *rec = NULL;
    size_t reclen = 0;
    int rc;

    if (!a || !b)
        goto out;
    rc = fa_article_decode(a, (const char *)data, size);
    FUZZ_CHECK("decode-raw", rc == FA_OK || rc == FA_EINVAL, "decode of raw bytes returned %d", rc);
    if (rc != FA_OK)
        goto out;
    if (fa_article_encode(&rec, &reclen, a) != FA_OK)
        goto out;
    rc = fa_article_decode(b, rec, reclen);
    FUZZ_CHECK("decode-raw", rc == FA_OK, "re-decoding an encoded record returned %d", rc);
    same_fields(a, b, "raw record round trip");
out:
    free(rec);
    fa_article_free(a);
    fa_article_free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fa_article *a = fa_article_new(), *b = fa_article_new();
    char *rec = NULL, *rec2 = NULL, *notext = NULL;
    size_t reclen = 0, rec2len = 0, notextlen = 0;
    unsigned fixed = 0;
    char err[256] = "";
    int rc;

    if (!a || !b)
        goto out;
    rc = article_parse_txt(a, (const char *)data, size, &fixed, err, sizeof err);
    FUZZ_CHECK("status", rc == FA_OK || rc == FA_EINVAL || rc == FA_ENOMEM,
               "article_parse_txt returned %d", rc);
    FUZZ_CHECK("fixed-bits", (fixed & ~(unsigned)(ARTICLE_FIXED_UTF8 | ARTICLE_FIXED_CONTROL | ARTICLE_FIXED_SURROGATE | ARTICLE_FIXED_ID)) == 0,
               "unknown bits in *fixed: %#x", fixed);
    if (rc == FA_EINVAL)
        FUZZ_CHECK("errmsg", err[0] != '\0', "FA_EINVAL without a message in errbuf");
    if (rc != FA_OK)
        goto raw;

    /* What article.h promises about a parsed article. */
    {
        size_t tl = 0;
        const char *t = fa_article_get(a, FA_F_TEXT, &tl);
        FUZZ_CHECK("parsed", t != NULL && tl > 0, "FA_OK without a text field");
        if (t && tl) {
            FUZZ_CHECK("parsed", !isspace((unsigned char)t[0]) && !isspace((unsigned char)t[tl - 1]),
                       "text is not trimmed");
        }
        FUZZ_CHECK("parsed", fa_article_get(a, FA_F_TITLE, NULL) != NULL, "no title derived");
        for (size_t i = 0; i < fa_article_nfields(a); i++) {
            const char *v;
            size_t vl, bad;
            const char *k = fa_article_field(a, i, &v, &vl);
            bad = fuzz_clean_bad(v, vl);
            FUZZ_CHECK("clean", bad == vl, "field '%s' is not clean text at byte %zu of %zu", k, bad, vl);
        }
        /* The caller is told when invalid UTF-8 was repaired. */
        if (fuzz_utf8_bad((const char *)data, size) != size)
            FUZZ_CHECK("fixed-utf8", fixed & ARTICLE_FIXED_UTF8, "invalid UTF-8 repaired silently");
        else
            FUZZ_CHECK("fixed-utf8", !(fixed & ARTICLE_FIXED_UTF8), "ARTICLE_FIXED_UTF8 on valid UTF-8");
    }

    /* Encode, decode: every field back, in order. */
    if (fa_article_encode(&rec, &reclen, a) != FA_OK)
        goto raw;
    rc = fa_article_decode(b, rec, reclen);
    FUZZ_CHECK("roundtrip", rc == FA_OK, "decoding an encoded article returned %d", rc);
    same_fields(a, b, "encode/decode");

    /* Decoding into an article that already holds fields clears it first. */
    rc = fa_article_decode(b, rec, reclen);
    FUZZ_CHECK("roundtrip", rc == FA_OK, "second decode returned %d", rc);
    same_fields(a, b, "decode into a used article");

    /* The record without the text: every other field, still in order. */
    if (fa_article_encode_without(&notext, &notextlen, a, FA_F_TEXT) == FA_OK) {
        rc = fa_article_decode(b, notext, notextlen);
        FUZZ_CHECK("roundtrip", rc == FA_OK, "decoding a record without text returned %d", rc);
        FUZZ_CHECK("roundtrip", fa_article_get(b, FA_F_TEXT, NULL) == NULL, "skipped field still present");
        FUZZ_CHECK("roundtrip", fa_article_nfields(b) + 1 == fa_article_nfields(a),
                   "encode_without kept %zu of %zu fields", fa_article_nfields(b),
                   fa_article_nfields(a));
    }

    /* Parsing again into the same, already filled, article gives the same. */
    rc = article_parse_txt(a, (const char *)data, size, &fixed, err, sizeof err);
    FUZZ_CHECK("reparse", rc == FA_OK, "second parse of the same bytes returned %d", rc);
    if (rc == FA_OK && fa_article_encode(&rec2, &rec2len, a) == FA_OK)
        FUZZ_CHECK("reparse", rec2len == reclen && memcmp(rec, rec2, reclen) == 0,
                   "re-parsing into a used article gives another record");
raw:
    decode_raw(data, size);
out:
    free(rec);
    free(rec2);
    free(notext);
    fa_article_free(a);
    fa_article_free(b);
    return 0;
}
