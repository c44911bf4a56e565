/* fuzz_html.c - libFuzzer harness for html_extract (indexer/html.c): any
 * bytes as a page, with the transport charset and page URL picked by the
 * first byte, checked against what html.h promises: the status, a message
 * on failure and nothing left in *out, clean UTF-8 strings, text NULL
 * exactly when HTML_FLAG_NO_ARTICLE, known flag bits only, and the same
 * result for the same bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fa_error.h"
#include "html.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const charsets[] = {NULL, "UTF-8", "windows-1252", "iso-8859-2", "ISO-8859-15",
                                       "utf-16le", "shift_jis", "x-unknown-charset"};
static const char *const urls[] = {NULL, "https://news.example/2021/09/23/story.html", "http://x/",
                                   "not a url at all", ""};

static void check_str(const char *what, const char *s)
{
    size_t n, bad;
    if (!s)
        return;
    n = strlen(s);
    FUZZ_CHECK("nonempty", n > 0, "%s is an empty string, not NULL", what);
    bad = fuzz_clean_bad(s, n);
    FUZZ_CHECK("clean", bad == n, "%s is not clean UTF-8 at byte %zu of %zu", what, bad, n);
    FUZZ_CHECK("notab", strchr(s, '\t') == NULL, "%s holds a tab", what);
    FUZZ_CHECK("trimmed", n == 0 || (s[0] != ' ' && s[0] != '\n' && s[n - 1] != ' ' && s[n - 1] != '\n'),
               "%s is not trimmed", what);
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct html_doc d, e;
    char err[256] = "", err2[256] = "";
    const char *cs = NULL, *url = NULL;
    int rc, rc2;

    if (size > 0) {
        cs = charsets[data[0] % (sizeof charsets / sizeof charsets[0])];
        url = urls[(data[0] >> 3) % (sizeof urls / sizeof urls[0])];
    }
    rc = html_extract((const char *)data, size, cs, url, &d, err, sizeof err);
    FUZZ_CHECK("status", rc == FA_OK || rc == FA_EINVAL || rc == FA_ENOMEM, "html_extract returned %d", rc);
    if (rc != FA_OK) {
        FUZZ_CHECK("errmsg", err[0] != '\0', "failure %d without a message", rc);
        FUZZ_CHECK("out-empty", !d.title && !d.date && !d.author && !d.url && !d.text,
                   "failure %d left strings in *out", rc);
        return 0;
    }
    check_str("title", d.title);
    check_str("date", d.date);
    check_str("author", d.author);
    check_str("url", d.url);
    check_str("text", d.text);
    FUZZ_CHECK("no-article", (d.text == NULL) == ((d.flags & HTML_FLAG_NO_ARTICLE) != 0),
               "text %s but flags %#x", d.text ? "present" : "NULL", d.flags);
    FUZZ_CHECK("flags", (d.flags & ~(unsigned)(HTML_FLAG_BAD_BYTES | HTML_FLAG_CHARSET_UNKNOWN |
                                               HTML_FLAG_NO_ARTICLE)) == 0,
               "unknown flag bits %#x", d.flags);
    if (d.text)
        FUZZ_CHECK("blocks", strstr(d.text, "\n\n\n") == NULL && strstr(d.text, " \n") == NULL &&
                                 strstr(d.text, "\n ") == NULL && strstr(d.text, "  ") == NULL,
                   "text blocks are not separated by exactly one blank line, or spaces not collapsed");
    /* the same bytes give the same article */
    rc2 = html_extract((const char *)data, size, cs, url, &e, err2, sizeof err2);
    FUZZ_CHECK("repeat", rc2 == FA_OK, "second run returned %d", rc2);
    if (rc2 == FA_OK) {
        FUZZ_CHECK("repeat", same(d.title, e.title) && same(d.date, e.date) && same(d.author, e.author) &&
                                 same(d.url, e.url) && same(d.text, e.text) && d.flags == e.flags,
                   "second run on the same bytes gave another result");
        html_doc_free(&e);
    }
    html_doc_free(&d);
    return 0;
}
