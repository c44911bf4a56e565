/* fuzz_jsonl.c - libFuzzer harness for article_parse_json (indexer/article.c):
 * one JSON Lines record, any bytes, through json-c and our field rules
 * (known keys, text/body/content, numbers as ids and dates, other fields
 * kept as JSON text). Checks the contract in article.h and that the parsed
 * article survives the stored-record round trip.
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


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fa_article *a = fa_article_new(), *b = fa_article_new();
    char *rec = NULL, *rec2 = NULL;
    size_t reclen = 0, rec2len = 0;
    unsigned fixed = 0;
    char err[256] = "";
    int rc;

    if (!a || !b)
        goto out;
    rc = article_parse_json(a, (const char *)data, size, &fixed, err, sizeof err);
    FUZZ_CHECK("status", rc == FA_OK || rc == FA_EINVAL || rc == FA_ENOMEM,
               "article_parse_json returned %d", rc);
    FUZZ_CHECK("fixed-bits", (fixed & ~(unsigned)(ARTICLE_FIXED_UTF8 | ARTICLE_FIXED_CONTROL | ARTICLE_FIXED_SURROGATE | ARTICLE_FIXED_ID)) == 0,
               "unknown bits in *fixed: %#x", fixed);
    if (rc == FA_EINVAL)
        FUZZ_CHECK("errmsg", err[0] != '\0', "FA_EINVAL without a message in errbuf");
    if (rc != FA_OK)
        goto out;

    {
        size_t tl = 0, i = 0;
        const char *t = fa_article_get(a, FA_F_TEXT, &tl);
        FUZZ_CHECK("parsed", t != NULL, "FA_OK without a text field");
        while (t && i < tl && isspace((unsigned char)t[i]))
            i++;
        FUZZ_CHECK("parsed", !t || i < tl, "FA_OK with a blank text");
        FUZZ_CHECK("parsed", fa_article_get(a, FA_F_TITLE, NULL) != NULL, "no title derived");
        for (size_t k = 0; k < fa_article_nfields(a); k++) {
            const char *v;
            size_t vl, bad;
            const char *key = fa_article_field(a, k, &v, &vl);
            bad = fuzz_clean_bad(v, vl);
            FUZZ_CHECK("clean", bad == vl, "field '%s' is not clean text at byte %zu of %zu", key, bad, vl);
        }
    }

    if (fa_article_encode(&rec, &reclen, a) != FA_OK)
        goto out;
    rc = fa_article_decode(b, rec, reclen);
    FUZZ_CHECK("roundtrip", rc == FA_OK, "decoding an encoded article returned %d", rc);
    same_fields(a, b, "encode/decode");

    rc = article_parse_json(a, (const char *)data, size, &fixed, err, sizeof err);
    FUZZ_CHECK("reparse", rc == FA_OK, "second parse of the same bytes returned %d", rc);
    if (rc == FA_OK && fa_article_encode(&rec2, &rec2len, a) == FA_OK)
        FUZZ_CHECK("reparse", rec2len == reclen && memcmp(rec, rec2, reclen) == 0,
                   "re-parsing into a used article gives another record");
out:
    free(rec);
    free(rec2);
    fa_article_free(a);
    fa_article_free(b);
    return 0;
}
