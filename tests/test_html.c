/* test_html.c - indexer/html.c: what html_extract promises a caller about
 * pages that are empty, broken, hostile or in other charsets, and about the
 * article and metadata it pulls out of an ordinary page. The extraction
 * quality itself is measured on tests/html/ by tests/eval_html.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fa_error.h"
#include "fa_utf8.h"
#include "../indexer/html.h"

/* Every string html.h promises is valid UTF-8 without control characters
 * other than '\n' (and text blocks never start or end with a blank). */
static void assert_clean(const char *s)
{
    size_t n, i = 0;
    if (!s)
        return;
    n = strlen(s);
    assert_true(n > 0);
    while (i < n) {
        size_t k = fa_utf8_decode(s + i, n - i, NULL);
        assert_true(k > 0);
        if (k == 1)
            assert_true((unsigned char)s[i] >= 0x20 || s[i] == '\n');
        assert_true(s[i] != 0x7F);
        i += k;
    }
    assert_true(s[0] != ' ' && s[0] != '\n');
    assert_true(s[n - 1] != ' ' && s[n - 1] != '\n');
}

static int extract(struct html_doc *d, const char *buf, size_t len, const char *cs, const char *url)
{
    char err[256] = "";
    int rc = html_extract(buf, len, cs, url, d, err, sizeof err);
    if (rc == FA_OK) {
        assert_clean(d->title);
        assert_clean(d->date);
        assert_clean(d->author);
        assert_clean(d->url);
        assert_clean(d->text);
        assert_true((d->text == NULL) == ((d->flags & HTML_FLAG_NO_ARTICLE) != 0));
    } else {
        assert_true(err[0] != '\0');
        assert_null(d->title);
        assert_null(d->text);
    }
    return rc;
}

static int xs(struct html_doc *d, const char *s)
{
    return extract(d, s, strlen(s), NULL, NULL);
}

#define PARA1 "Negotiators from both governments returned to Geneva on Thursday, the first meeting since the talks collapsed in June, diplomats said."
#define PARA2 "The session lasted four hours, and both delegations agreed to meet again within ten days, according to the envoy's office."
#define PARA3 "Aid agencies warned that winter would make conditions in the camps worse, and called for guarantees for convoys on the highways."

static const char PAGE[] =
    "<!DOCTYPE html><html><head><meta charset=utf-8>"
    "<title>Talks resume in Geneva | The Daily Ledger</title>"
    "<meta property=\"og:site_name\" content=\"The Daily Ledger\">"
    "<link rel=canonical href=\"/world/talks-resume\">"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
    "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\",\"datePublished\":\"2021-09-23T10:00:00Z\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"name\":\"Tom Li\"}]}]}</script>"
    "<style>p{color:red}</style></head><body>"
    "<nav><ul><li><a href=/>Home</a></li><li><a href=/w>World news and analysis from our correspondents</a></li></ul></nav>"
    "<div class=cookie-banner><p>We use cookies to improve your experience on our site, to show you personalised "
    "advertising and to analyse our traffic, as set out in our long cookie policy.</p></div>"
    "<article><header><h1>Talks resume in Geneva</h1><p class=byline>By Ana Ruiz</p></header>"
    "<p>" PARA1 "</p><h2>What comes next</h2><p>" PARA2 "</p>"
    "<ul><li>A ceasefire, monitored by the mission, in the east.</li><li>Prisoner exchanges under the Red Cross.</li></ul>"
    "<blockquote><p>We are not there yet, but we are talking, said the envoy.</p></blockquote>"
    "<p>" PARA3 "</p><script>var x = 'script text must never show';</script>"
    "<div class=share-tools><a href=#>Share on Twitter</a> <a href=#>Share by email</a></div></article>"
    "<aside><h3>Related</h3><p>Another story about a different summit, with long sentences and commas, that should not "
    "appear in the article text at all.</p></aside>"
    "<section id=comments class=comments-area><p>I have been following these talks for years and I think the article "
    "misses the point entirely, because nobody has any incentive to compromise while the war goes on, and the "
    "civilians pay the price.</p><p>Thank you for a balanced piece, it is rare to read one on this subject that does "
    "not simply repeat the talking points of one side or the other, though more on the neighbours would help.</p>"
    "<p>Having spent a career in the foreign service I can say the picture is broadly accurate but too optimistic, "
    "agreements of this kind are only as good as their enforcement, and I see very little of that here.</p></section>"
    "<footer><p>Copyright 2021 The Daily Ledger, all rights reserved, including the right to reproduce.</p></footer>"
    "</body></html>";

static void test_html_article_and_metadata(void **state)
{
    struct html_doc d;
    (void)state;
    assert_int_equal(extract(&d, PAGE, strlen(PAGE), NULL, "https://ledger.example/2021/09/23/x"), FA_OK);
    assert_string_equal(d.title, "Talks resume in Geneva");
    assert_string_equal(d.date, "2021-09-23T10:00:00Z");
    assert_string_equal(d.author, "Ana Ruiz, Tom Li");
    assert_string_equal(d.url, "https://ledger.example/world/talks-resume");
    assert_string_equal(d.text, PARA1 "\n\nWhat comes next\n\n" PARA2
                                "\n\nA ceasefire, monitored by the mission, in the east."
                                "\n\nPrisoner exchanges under the Red Cross."
                                "\n\nWe are not there yet, but we are talking, said the envoy.\n\n" PARA3);
    assert_int_equal(d.flags, 0);
    html_doc_free(&d);
    assert_null(d.text);
    html_doc_free(&d);             /* a freed doc is all NULL: freeing again is harmless */
    html_doc_free(NULL);
}

static void test_html_url_date_and_relative_canonical(void **state)
{
    struct html_doc d;
    static const char p[] = "<html><head><title>A page</title><link rel=canonical href=\"../2019/03/14/story.html\">"
                            "</head><body><p>" PARA1 "</p></body></html>";
    (void)state;
    assert_int_equal(extract(&d, p, strlen(p), NULL, "https://news.example/world/index.html"), FA_OK);
    assert_string_equal(d.url, "https://news.example/2019/03/14/story.html");
    assert_string_equal(d.date, "2019-03-14");
    html_doc_free(&d);
    /* no canonical link: the page's own URL, and its date path */
    assert_int_equal(extract(&d, "<p>" PARA1 "</p>", strlen("<p>" PARA1 "</p>"), NULL,
                             "https://x.example/2020/13/01/not-a-month/2020/02/29/leap"), FA_OK);
    assert_string_equal(d.date, "2020-02-29");
    html_doc_free(&d);
}

static void test_html_empty_pages(void **state)
{
    struct html_doc d;
    (void)state;
    assert_int_equal(extract(&d, "", 0, NULL, NULL), FA_OK);
    assert_int_equal(d.flags & HTML_FLAG_NO_ARTICLE, HTML_FLAG_NO_ARTICLE);
    html_doc_free(&d);
    assert_int_equal(extract(&d, NULL, 0, NULL, NULL), FA_OK);
    assert_null(d.text);
    html_doc_free(&d);
    /* no body */
    assert_int_equal(xs(&d, "<html><head><title>Only a title</title></head></html>"), FA_OK);
    assert_string_equal(d.title, "Only a title");
    assert_null(d.text);
    html_doc_free(&d);
    /* only scripts and styles: their text is never article text */
    assert_int_equal(xs(&d, "<html><body><script>var a = 'a long string of script, with commas, many words, and more "
                            "words still to make it look like a paragraph';</script><style>p { margin: 0 } "
                            "/* a long comment about the style sheet, with commas, and words */</style>"
                            "<noscript><p>Please enable JavaScript to read this site, with commas, words, more "
                            "words.</p></noscript></body></html>"), FA_OK);
    assert_null(d.text);
    assert_int_equal(d.flags & HTML_FLAG_NO_ARTICLE, HTML_FLAG_NO_ARTICLE);
    html_doc_free(&d);
    /* whitespace and comments only */
    assert_int_equal(xs(&d, "  \n\t<!-- nothing here -->  "), FA_OK);
    assert_null(d.text);
    html_doc_free(&d);
}

static void test_html_link_list_is_no_article(void **state)
{
    struct html_doc d;
    char page[16384];
    size_t n = 0;
    (void)state;
    n += (size_t)snprintf(page + n, sizeof page - n, "<html><body><h1>World</h1>");
    for (int i = 0; i < 12; i++)
        n += (size_t)snprintf(page + n, sizeof page - n,
                              "<div class=card><h3><a href=/s%d>Headline number %d about a summit</a></h3>"
                              "<p>A one-sentence summary of story %d, with a comma, that a section front shows "
                              "under each headline.</p></div>", i, i, i);
    snprintf(page + n, sizeof page - n, "</body></html>");
    assert_int_equal(xs(&d, page), FA_OK);
    assert_null(d.text);
    assert_true(d.flags & HTML_FLAG_NO_ARTICLE);
    html_doc_free(&d);
}

/* A thread with no comment-like class, longer than the article beside it,
 * stays out: a container of several paragraphs is not widened (it was,
 * before: the held-out interview page, P 0.42). */
static void test_html_unmarked_thread_beside_article(void **state)
{
    struct html_doc d;
    char page[16384];
    size_t n = 0;
    (void)state;
    n += (size_t)snprintf(page + n, sizeof page - n,
                          "<html><body><div class=wrap><div class=post><h1>Envoy interview</h1>"
                          "<div class=inner><p>" PARA1 "</p><p>" PARA2 "</p><p>" PARA3 "</p></div></div>"
                          "<div class=responses>");
    for (int i = 0; i < 8; i++)
        n += (size_t)snprintf(page + n, sizeof page - n,
                              "<div class=r><span>reader%d</span><div class=rb><p>Reply number %d from a reader who "
                              "disagrees, at length and with commas, with what the envoy said about patience, "
                              "mediation and the summit.</p></div><button>Reply</button></div>", i, i);
    snprintf(page + n, sizeof page - n, "</div></div></body></html>");
    assert_int_equal(xs(&d, page), FA_OK);
    assert_non_null(d.text);
    assert_string_equal(d.text, PARA1 "\n\n" PARA2 "\n\n" PARA3);
    html_doc_free(&d);
}

static void test_html_nested_tables(void **state)
{
    struct html_doc d;
    static const char p[] =
        "<html><body><table><tr><td><a href=/>Home</a> <a href=/n>News</a></td></tr><tr><td>"
        "<table><tr><td width=160><a href=/a>About</a><br><a href=/b>Contact</a></td><td>"
        "<table><tr><td><b>Ministry statement</b><br><br>" PARA1 "<br><br>" PARA2 "</td></tr></table>"
        "</td></tr></table></td></tr></table></body></html>";
    (void)state;
    assert_int_equal(xs(&d, p), FA_OK);
    assert_non_null(d.text);
    assert_non_null(strstr(d.text, PARA1 "\n\n" PARA2));
    assert_null(strstr(d.text, "Contact"));
    html_doc_free(&d);
}

static char *repeat(const char *open, size_t n, const char *mid, const char *close)
{
    size_t lo = strlen(open), lm = strlen(mid), lc = strlen(close);
    char *s = malloc(n * (lo + lc) + lm + 1), *p = s;
    assert_non_null(s);
    for (size_t i = 0; i < n; i++, p += lo)
        memcpy(p, open, lo);
    memcpy(p, mid, lm);
    p += lm;
    for (size_t i = 0; i < n; i++, p += lc)
        memcpy(p, close, lc);
    *p = '\0';
    return s;
}

static double cpu_extract(const char *s)
{
    double best = 1e9;
    for (int r = 0; r < 3; r++) {
        struct html_doc d;
        clock_t t0 = clock();
        assert_int_equal(xs(&d, s), FA_OK);
        double t = (double)(clock() - t0) / CLOCKS_PER_SEC;
        html_doc_free(&d);
        if (t < best)
            best = t;
    }
    return best;
}

/* 100,000 nested elements: no stack overflow (every walk is iterative),
 * the text at the bottom is found, and 4 times the depth costs about 4
 * times the time, not 16. */
static void test_html_deep_nesting(void **state)
{
    struct html_doc d;
    char *s = repeat("<div>", 100000, "<p>" PARA1 "</p>", "</div>");
    (void)state;
    assert_int_equal(xs(&d, s), FA_OK);
    assert_non_null(d.text);
    assert_string_equal(d.text, PARA1);
    html_doc_free(&d);
    free(s);
    /* unclosed inline elements and list items, the shapes that make
     * HTML parsers re-scan their element stack */
    static const char *const shapes[][3] = {{"<div>", "</div>"}, {"<b>", ""}, {"<li>x ", ""}, {"<table><tr><td>", ""}};
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        char *a = repeat(shapes[i][0], 10000, "<p>" PARA1 "</p>", shapes[i][1]);
        char *b = repeat(shapes[i][0], 40000, "<p>" PARA1 "</p>", shapes[i][1]);
        double ta = cpu_extract(a), tb = cpu_extract(b);
        /* quadratic would be 16x; allow generous noise over linear */
        assert_true(tb < 10 * ta + 0.05);
        free(a);
        free(b);
    }
}

static void test_html_huge_attribute(void **state)
{
    struct html_doc d;
    size_t n = 8u << 20;
    const char *head = "<html><body><div data-x=\"", *tail = "\"><p>" PARA1 "</p></div></body></html>";
    char *s = malloc(n + strlen(head) + strlen(tail) + 1);
    (void)state;
    assert_non_null(s);
    strcpy(s, head);
    memset(s + strlen(head), 'a', n);
    strcpy(s + strlen(head) + n, tail);
    assert_int_equal(xs(&d, s), FA_OK);
    assert_non_null(d.text);
    assert_string_equal(d.text, PARA1);
    html_doc_free(&d);
    free(s);
}

static void test_html_too_large(void **state)
{
    struct html_doc d;
    char err[256] = "";
    static const char small[] = "<p>x</p>";
    (void)state;
    /* refused on the length alone, before a byte is read */
    assert_int_equal(html_extract(small, HTML_MAX_INPUT_BYTES + 1, NULL, NULL, &d, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "HTML_MAX_INPUT_BYTES"));
    assert_null(d.text);
}

static void test_html_nul_bytes(void **state)
{
    struct html_doc d;
    static const char p[] = "<html><body><p>Negotiators\0from both governments returned to Geneva on Thursday, "
                            "the first\0meeting since June, diplomats said.</p></body></html>";
    (void)state;
    assert_int_equal(extract(&d, p, sizeof p - 1, NULL, NULL), FA_OK);
    assert_non_null(d.text);
    assert_string_equal(d.text, "Negotiators from both governments returned to Geneva on Thursday, the first meeting "
                                "since June, diplomats said.");
    html_doc_free(&d);
}

static void test_html_truncated(void **state)
{
    struct html_doc d;
    static const char p[] = "<html><head><title>Cut short</title></head><body><article><p>" PARA1 "</p><p>" PARA2
                            "</p><p>The third paragraph was cut off in the mid<a hre";
    (void)state;
    /* every prefix parses; the full one keeps the complete paragraphs */
    for (size_t n = 0; n <= sizeof p - 1; n += 7) {
        assert_int_equal(extract(&d, p, n, NULL, NULL), FA_OK);
        html_doc_free(&d);
    }
    assert_int_equal(extract(&d, p, sizeof p - 1, NULL, NULL), FA_OK);
    assert_non_null(d.text);
    assert_non_null(strstr(d.text, PARA1 "\n\n" PARA2));
    html_doc_free(&d);
}

static void test_html_entities(void **state)
{
    struct html_doc d;
    (void)state;
    assert_int_equal(xs(&d, "<p>Caf&eacute; &amp; caf&#233; &#x20AC;5, &ldquo;quoted&rdquo; &mdash; it&#8217;s "
                            "two&nbsp;&nbsp;spaces, an &unknown; entity and a lone & that ends here.</p>"), FA_OK);
    assert_string_equal(d.text, "Caf\xC3\xA9 & caf\xC3\xA9 \xE2\x82\xAC" "5, \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 "
                                "it\xE2\x80\x99s two spaces, an &unknown; entity and a lone & that ends here.");
    html_doc_free(&d);
}

/* The HTML parser expands no entities of its own: an internal subset is
 * not read, a SYSTEM entity fetches nothing, a billion laughs stay a few
 * bytes. */
static void test_html_no_external_or_recursive_entities(void **state)
{
    struct html_doc d;
    static const char p[] =
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
        "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        "<html><body><p>Before the entities, a paragraph that is long enough to be the article, with words. "
        "&xxe; &d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</p></body></html>";
    (void)state;
    assert_int_equal(xs(&d, p), FA_OK);
    assert_non_null(d.text);
    assert_null(strstr(d.text, "root:"));
    assert_null(strstr(d.text, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    assert_true(strlen(d.text) < 400);
    html_doc_free(&d);
}

/* A page needs one block of HTML_MIN_SCORE_CHARS (25) characters outside
 * links to have an article, so the short samples get a tail. */
#define TAIL " said the minister in a statement"
#define TAIL16LE " \0s\0a\0i\0d\0 \0t\0h\0e\0 \0m\0i\0n\0i\0s\0t\0e\0r\0 \0i\0n\0 \0a\0 \0s\0t\0a\0t\0e\0m\0e\0n\0t\0"
#define TAIL16BE "\0 \0s\0a\0i\0d\0 \0t\0h\0e\0 \0m\0i\0n\0i\0s\0t\0e\0r\0 \0i\0n\0 \0a\0 \0s\0t\0a\0t\0e\0m\0e\0n\0t"

static void test_html_charsets(void **state)
{
    struct html_doc d;
    (void)state;
    /* windows-1252 from <meta charset>: curly quotes, e acute, euro */
    static const char w1252[] = "<meta charset=\"windows-1252\"><p>\x93" "Caf\xE9" "\x94 costs \x80" "5 now." TAIL "</p>";
    assert_int_equal(xs(&d, w1252), FA_OK);
    assert_string_equal(d.text, "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D costs \xE2\x82\xAC" "5 now." TAIL);
    html_doc_free(&d);
    /* ISO-8859-1 is read as windows-1252, as browsers do */
    static const char l1[] = "<meta http-equiv=Content-Type content=\"text/html; charset=ISO-8859-1\"><p>it\x92s na\xEFve" TAIL "</p>";
    assert_int_equal(xs(&d, l1), FA_OK);
    assert_string_equal(d.text, "it\xE2\x80\x99s na\xC3\xAFve" TAIL);
    html_doc_free(&d);
    /* ISO-8859-2 and ISO-8859-15 */
    static const char l2[] = "<meta charset=iso-8859-2><p>\xA3\xF3" "d\xBC and Brno, \xE8" "esk\xE1." TAIL "</p>";
    assert_int_equal(xs(&d, l2), FA_OK);
    assert_string_equal(d.text, "\xC5\x81\xC3\xB3" "d\xC5\xBA and Brno, \xC4\x8D" "esk\xC3\xA1." TAIL);
    html_doc_free(&d);
    static const char l15[] = "<meta charset=iso-8859-15><p>\xA4" "20 pour l'\xBD" "uvre" TAIL "</p>";
    assert_int_equal(xs(&d, l15), FA_OK);
    assert_string_equal(d.text, "\xE2\x82\xAC" "20 pour l'\xC5\x93uvre" TAIL);
    html_doc_free(&d);
    /* the transport's charset wins over <meta> */
    static const char tr[] = "<meta charset=iso-8859-2><p>caf\xE9" TAIL "</p>";
    assert_int_equal(extract(&d, tr, strlen(tr), "windows-1252", NULL), FA_OK);
    assert_string_equal(d.text, "caf\xC3\xA9" TAIL);
    html_doc_free(&d);
    /* no declaration: valid UTF-8 stays UTF-8, anything else is windows-1252 */
    assert_int_equal(xs(&d, "<p>caf\xC3\xA9" TAIL "</p>"), FA_OK);
    assert_string_equal(d.text, "caf\xC3\xA9" TAIL);
    html_doc_free(&d);
    assert_int_equal(xs(&d, "<p>caf\xE9" TAIL "</p>"), FA_OK);
    assert_string_equal(d.text, "caf\xC3\xA9" TAIL);
    assert_int_equal(d.flags & HTML_FLAG_BAD_BYTES, 0);
    html_doc_free(&d);
}

static void test_html_bom(void **state)
{
    struct html_doc d;
    (void)state;
    /* a UTF-8 BOM wins over a <meta> that says otherwise */
    static const char u8[] = "\xEF\xBB\xBF<meta charset=windows-1252><p>caf\xC3\xA9" TAIL "</p>";
    assert_int_equal(xs(&d, u8), FA_OK);
    assert_string_equal(d.text, "caf\xC3\xA9" TAIL);
    html_doc_free(&d);
    /* UTF-16LE with its BOM */
    static const char u16[] = "\xFF\xFE<\0p\0>\0c\0a\0f\0\xE9\0" TAIL16LE "<\0/\0p\0>\0";
    assert_int_equal(extract(&d, u16, sizeof u16 - 1, NULL, NULL), FA_OK);
    assert_string_equal(d.text, "caf\xC3\xA9" TAIL);
    html_doc_free(&d);
    /* UTF-16BE, cut in the middle of a code unit: the odd byte is U+FFFD */
    static const char b16[] = "\xFE\xFF\0<\0p\0>\0o\0k" TAIL16BE "\0<\0/\0p\0>\0";
    assert_int_equal(extract(&d, b16, sizeof b16 - 1, NULL, NULL), FA_OK);
    assert_string_equal(d.text, "ok" TAIL "\n\n\xEF\xBF\xBD");
    assert_true(d.flags & HTML_FLAG_BAD_BYTES);
    html_doc_free(&d);
}

static void test_html_invalid_bytes(void **state)
{
    struct html_doc d;
    (void)state;
    /* declared UTF-8 with bytes that are not: each becomes U+FFFD */
    static const char bad[] = "<meta charset=utf-8><p>ab\xFF" "cd\xC3(ef\xED\xA0\x80" TAIL "</p>";
    assert_int_equal(xs(&d, bad), FA_OK);
    assert_string_equal(d.text, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD(ef\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" TAIL);
    assert_true(d.flags & HTML_FLAG_BAD_BYTES);
    html_doc_free(&d);
    /* a byte undefined in windows-1252 (0x81) */
    static const char w[] = "<meta charset=windows-1252><p>a\x81z" TAIL "</p>";
    assert_int_equal(xs(&d, w), FA_OK);
    assert_non_null(d.text);
    assert_true(strstr(d.text, "a") == d.text);
    html_doc_free(&d);
    /* an unknown charset: flagged, read as UTF-8 when it is valid */
    static const char unk[] = "<meta charset=x-no-such-charset><p>caf\xC3\xA9" TAIL "</p>";
    assert_int_equal(xs(&d, unk), FA_OK);
    assert_string_equal(d.text, "caf\xC3\xA9" TAIL);
    assert_true(d.flags & HTML_FLAG_CHARSET_UNKNOWN);
    html_doc_free(&d);
    /* ... and as windows-1252 when it is not */
    assert_int_equal(extract(&d, "<p>caf\xE9" TAIL "</p>", strlen("<p>caf\xE9" TAIL "</p>"), "klingon", NULL), FA_OK);
    assert_string_equal(d.text, "caf\xC3\xA9" TAIL);
    assert_true(d.flags & HTML_FLAG_CHARSET_UNKNOWN);
    html_doc_free(&d);
    /* control characters become spaces, never glue words together */
    assert_int_equal(xs(&d, "<p>bacterial\rweapons and\x01toxins\x7F" "ban" TAIL "</p>"), FA_OK);
    assert_string_equal(d.text, "bacterial weapons and toxins ban" TAIL);
    html_doc_free(&d);
}

static void test_html_broken_markup(void **state)
{
    struct html_doc d;
    static const char p[] =
        "<html><body><div id=wrap><ul class=menu><li><a href=/a>Pol\xC3\xADtica<li><a href=/b>Mundo</ul>"
        "<div class=story><h1>Broken page</h1><div class=storytext>"
        "<p>" PARA1 "<p>Both sides <b><i>said so</b></i> on Friday, and officials in the capital confirmed it later."
        "<P>" PARA2 "</span></div></td><td class=side><div class=box><h4>Most read</h4><ul><li><a href=/x>One"
        "<li><a href=/y>Two</ul></div></table><div id=footer>&copy; Site 2023 &mdash; <a href=/c>Contact</a>";
    (void)state;
    assert_int_equal(xs(&d, p), FA_OK);
    assert_non_null(d.text);
    assert_string_equal(d.text, PARA1 "\n\nBoth sides said so on Friday, and officials in the capital confirmed it later."
                                "\n\n" PARA2);
    assert_string_equal(d.title, "Broken page");
    html_doc_free(&d);
}

static void test_html_title_suffix(void **state)
{
    struct html_doc d;
    (void)state;
    assert_int_equal(xs(&d, "<title>Talks resume in Geneva after three months - Daily Ledger</title><p>" PARA1 "</p>"), FA_OK);
    assert_string_equal(d.title, "Talks resume in Geneva after three months");
    html_doc_free(&d);
    /* a headline that itself holds a dash is kept whole when the page shows it */
    assert_int_equal(xs(&d, "<title>Kosovo - Serbia talks resume | Ledger</title><h1>Kosovo - Serbia talks resume</h1>"
                            "<p>" PARA1 "</p>"), FA_OK);
    assert_string_equal(d.title, "Kosovo - Serbia talks resume");
    html_doc_free(&d);
    /* og:title wins over <title>; no title at all is NULL */
    assert_int_equal(xs(&d, "<meta property=og:title content=\"The real headline\"><title>Other</title><p>" PARA1 "</p>"), FA_OK);
    assert_string_equal(d.title, "The real headline");
    html_doc_free(&d);
    assert_int_equal(xs(&d, "<p>" PARA1 "</p>"), FA_OK);
    assert_null(d.title);
    assert_null(d.date);
    assert_null(d.author);
    assert_null(d.url);
    html_doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_article_and_metadata),
        cmocka_unit_test(test_html_url_date_and_relative_canonical),
        cmocka_unit_test(test_html_empty_pages),
        cmocka_unit_test(test_html_link_list_is_no_article),
        cmocka_unit_test(test_html_unmarked_thread_beside_article),
        cmocka_unit_test(test_html_nested_tables),
        cmocka_unit_test(test_html_deep_nesting),
        cmocka_unit_test(test_html_huge_attribute),
        cmocka_unit_test(test_html_too_large),
        cmocka_unit_test(test_html_nul_bytes),
        cmocka_unit_test(test_html_truncated),
        cmocka_unit_test(test_html_entities),
        cmocka_unit_test(test_html_no_external_or_recursive_entities),
        cmocka_unit_test(test_html_charsets),
        cmocka_unit_test(test_html_bom),
        cmocka_unit_test(test_html_invalid_bytes),
        cmocka_unit_test(test_html_broken_markup),
        cmocka_unit_test(test_html_title_suffix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
