/* fuzz_feed.c - libFuzzer harness for the feed reader (indexer/feed.c)
 * and the date parser (indexer/date.c): the bytes are a feed. Every item
 * handed on must have clean fields (valid UTF-8, no control character but
 * tab and newline), numbered 1, 2, ... in order; feed_sniff must not read
 * past its input; and each item's date either parses to a day and a
 * timestamp of the documented shapes or is refused with a message.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fa_article.h"
#include "fa_error.h"
#include "date.h"
#include "feed.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct seen {
    size_t items;
} seen;

static void check_date(const char *s, size_t len)
{
    date_value v;
    char err[512] = "";
    int rc = date_parse(&v, s, len, err, sizeof err);
    FUZZ_CHECK("date-status", rc == FA_OK || rc == FA_EINVAL, "date_parse returned %d", rc);
    if (rc == FA_EINVAL) {
        FUZZ_CHECK("date-message", err[0] != '\0', "refused without a message");
        return;
    }
    size_t dl = strlen(v.day);
    FUZZ_CHECK("date-day", dl == 4 || dl == 7 || dl == 10, "day '%s'", v.day);
    char norm[9];
    FUZZ_CHECK("date-normal", fa_date_normalize(norm, v.day, dl) == FA_OK,
               "day '%s' does not normalise", v.day);
    FUZZ_CHECK("date-stamp", !v.stamp[0] || (strncmp(v.stamp, v.day, dl) == 0 && v.stamp[10] == 'T'),
               "stamp '%s' for day '%s'", v.stamp, v.day);
}

static int on_item(void *ctx, fa_article **a, size_t item, size_t line, unsigned fixed)
{
    seen *s = ctx;
    (void)line;
    (void)fixed;
    FUZZ_CHECK("item-order", item == s->items + 1, "item %zu after %zu", item, s->items);
    s->items = item;
    for (size_t i = 0; i < fa_article_nfields(*a); i++) {
        const char *v;
        size_t n;
        const char *k = fa_article_field(*a, i, &v, &n);
        FUZZ_CHECK("field-clean", fuzz_clean_bad(v, n) == n, "field %s not clean at byte %zu", k,
                   fuzz_clean_bad(v, n));
    }
    size_t dl;
    const char *d = fa_article_get(*a, FA_F_DATE, &dl);
    if (d)
        check_date(d, dl);
    return FA_OK;
}

static void on_problem(void *ctx, size_t item, size_t line, const char *msg)
{
    (void)ctx;
    (void)item;
    (void)line;
    FUZZ_CHECK("problem-message", msg && msg[0], "empty problem message");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    seen s = {0};
    char err[512];
    fa_article *a = fa_article_new();
    /* feed_sniff sees exactly the bytes: a heap copy, so ASan catches a
     * read past them. */
    char *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    (void)feed_sniff(copy, size);
    check_date(copy, size < 80 ? size : 80);
    int rc = feed_parse(copy, size, "fuzz.rss", &a, on_item, on_problem, &s, err, sizeof err);
    FUZZ_CHECK("feed-status", rc == FA_OK || rc == FA_EINVAL, "feed_parse returned %d", rc);
    free(copy);
    fa_article_free(a);
    return 0;
}
