/* test_feed.c - indexer/feed.c: RSS 2.0, RSS 1.0 and Atom items to
 * articles (fields, HTML content through html_extract, ids), and the
 * hostile feeds: an entity bomb, an external entity, deep nesting, a
 * broken item among good ones, a feed that is no feed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fa_article.h"
#include "fa_error.h"
#include "../indexer/feed.h"

#define MAXITEMS 8

typedef struct got {
    int    n;
    char  *f[MAXITEMS][7];   /* id title url date author source text */
    size_t line[MAXITEMS];
    int    nproblems;
    char   problem[8][400];
    size_t problem_item[8];
} got;

static const char *const keys[7] = {
    FA_F_ID, FA_F_TITLE, FA_F_URL, FA_F_DATE, FA_F_AUTHOR, FA_F_SOURCE, FA_F_TEXT
};

static int on_item(void *ctx, fa_article **a, size_t item, size_t line, unsigned fixed)
{
    got *g = ctx;
    (void)fixed;
    assert_int_equal(item, (size_t)g->n + 1);
    if (g->n < MAXITEMS) {
        for (int k = 0; k < 7; k++) {
            const char *v = fa_article_get(*a, keys[k], NULL);
            g->f[g->n][k] = v ? strdup(v) : NULL;
        }
        g->line[g->n] = line;
    }
    g->n++;
    return FA_OK;
}

static void on_problem(void *ctx, size_t item, size_t line, const char *msg)
{
    got *g = ctx;
    (void)line;
    if (g->nproblems < 8) {
        snprintf(g->problem[g->nproblems], sizeof g->problem[0], "%s", msg);
        g->problem_item[g->nproblems] = item;
    }
    g->nproblems++;
}

static void got_free(got *g)
{
    for (int i = 0; i < g->n && i < MAXITEMS; i++)
        for (int k = 0; k < 7; k++)
            free(g->f[i][k]);
}

static int parse(got *g, const char *xml, char *err, size_t errlen)
{
    fa_article *a = fa_article_new();
    memset(g, 0, sizeof *g);
    err[0] = '\0';
    int rc = feed_parse(xml, strlen(xml), "test.rss", &a, on_item, on_problem, g, err, errlen);
    fa_article_free(a);
    return rc;
}

/* Field k of item i is 'want' (NULL: absent). */
static void field_is(const got *g, int i, int k, const char *want)
{
    const char *v = g->f[i][k];
    if (!want ? v != NULL : !v || strcmp(v, want) != 0)
        fail_msg("item %d field %s is '%s', want '%s'", i + 1, keys[k], v ? v : "(none)",
                 want ? want : "(none)");
}

static void text_has(const got *g, int i, const char *want)
{
    if (!g->f[i][6] || !strstr(g->f[i][6], want))
        fail_msg("item %d text '%s' lacks '%s'", i + 1, g->f[i][6] ? g->f[i][6] : "(none)", want);
}

static const char rss2[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
    "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
    "<channel><title>Wire &amp; Co</title><link>http://w.example/</link>\n"
    "<image><title>Not the source</title></image>\n"
    "<item><title>Talks resume</title><link>http://w.example/a</link>\n"
    "  <guid isPermaLink=\"false\">urn:wire:1</guid><pubDate>Thu, 23 Sep 2021 10:00:00 GMT</pubDate>\n"
    "  <dc:creator>Ann Writer</dc:creator><description>A short summary.</description>\n"
    "  <content:encoded><![CDATA[<div class=\"share\"><a href=\"/s\">Share</a></div>"
    "<p>The negotiators met in Geneva on Thursday to resume talks on the river treaty.</p>"
    "<p>Both delegations said the draft text would be ready before the end of the month.</p>]]>"
    "</content:encoded></item>\n"
    "<item><title>Second</title><link>http://w.example/b</link>\n"
    "  <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; here &amp;amp; there.&lt;/p&gt;</description>\n"
    "  <author>desk@w.example (News Desk)</author></item>\n"
    "<item><description>No title, no link: plain words.</description></item>\n"
    "</channel></rss>\n";

static void test_feed_rss2_items(void **state)
{
    got g;
    char err[512];
    (void)state;

    assert_int_equal(parse(&g, rss2, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 3);
    assert_int_equal(g.nproblems, 0);
    field_is(&g, 0, 0, "urn:wire:1");
    field_is(&g, 0, 1, "Talks resume");
    field_is(&g, 0, 2, "http://w.example/a");
    field_is(&g, 0, 3, "Thu, 23 Sep 2021 10:00:00 GMT");   /* parsed later, by ingest */
    field_is(&g, 0, 4, "Ann Writer");
    field_is(&g, 0, 5, "Wire & Co");
    text_has(&g, 0, "resume talks on the river treaty.");
    text_has(&g, 0, "before the end of the month.");
    assert_null(strstr(g.f[0][6], "A short summary"));   /* content:encoded wins */
    assert_null(strstr(g.f[0][6], "<p>"));
    assert_int_equal(g.line[0], 6);
    /* No guid: the link is the id. Escaped HTML is HTML. */
    field_is(&g, 1, 0, "http://w.example/b");
    field_is(&g, 1, 4, "desk@w.example (News Desk)");
    text_has(&g, 1, "Escaped HTML here & there.");
    /* Neither: no id (ingest names it from the path). */
    field_is(&g, 2, 0, NULL);
    field_is(&g, 2, 1, NULL);
    text_has(&g, 2, "No title, no link: plain words.");
    got_free(&g);
}

static const char atom[] =
    "<?xml version=\"1.0\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">Atom Desk</title>\n"
    "<entry><title>Xhtml entry</title>\n"
    "  <link rel=\"self\" href=\"http://a.example/self\"/><link rel=\"alternate\" href=\"http://a.example/x\"/>\n"
    "  <id>tag:a.example,2021:x</id><updated>2021-10-05T00:00:00Z</updated>\n"
    "  <published>2021-10-01T08:00:00+05:00</published>\n"
    "  <author><name>Bo</name><email>bo@a.example</email></author><author><name>Cy</name></author>\n"
    "  <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>The envoy spoke about "
    "forest protection in the assembly hall, and about the 3 &lt; 4 rule.</p></div></content></entry>\n"
    "<entry><title>Html entry</title><link href=\"http://a.example/h\"/><id>tag:h</id>\n"
    "  <updated>2021-10-06</updated>\n"
    "  <content type=\"html\">&lt;p&gt;Html &lt;i&gt;content&lt;/i&gt; in an entry.&lt;/p&gt;</content></entry>\n"
    "<entry><title>Text entry</title><id>tag:t</id>\n"
    "  <summary>Plain &lt;not a tag&gt; summary.</summary></entry>\n"
    "</feed>\n";

static void test_feed_atom_entries(void **state)
{
    got g;
    char err[512];
    (void)state;

    assert_int_equal(parse(&g, atom, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 3);
    field_is(&g, 0, 0, "tag:a.example,2021:x");
    field_is(&g, 0, 2, "http://a.example/x");        /* rel=alternate, not self */
    field_is(&g, 0, 3, "2021-10-01T08:00:00+05:00"); /* published beats updated */
    field_is(&g, 0, 4, "Bo, Cy");
    field_is(&g, 0, 5, "Atom Desk");
    text_has(&g, 0, "forest protection in the assembly hall, and about the 3 < 4 rule.");
    field_is(&g, 1, 2, "http://a.example/h");
    field_is(&g, 1, 3, "2021-10-06");
    text_has(&g, 1, "Html content in an entry.");
    /* type text (the default): taken as it is, markup-like text kept. */
    field_is(&g, 2, 6, "Plain <not a tag> summary.");
    got_free(&g);
}

static void test_feed_rss1_rdf(void **state)
{
    got g;
    char err[512];
    static const char rdf[] =
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"\n"
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<channel rdf:about=\"http://r.example/\"><title>Rdf Source</title></channel>\n"
        "<item rdf:about=\"http://r.example/1\"><title>One</title><link>http://r.example/1</link>\n"
        "<dc:date>2003-12-13T18:30:02Z</dc:date><description>First rdf item.</description></item>\n"
        "</rdf:RDF>\n";
    (void)state;

    assert_int_equal(parse(&g, rdf, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 1);
    field_is(&g, 0, 0, "http://r.example/1");
    field_is(&g, 0, 3, "2003-12-13T18:30:02Z");
    field_is(&g, 0, 5, "Rdf Source");
    text_has(&g, 0, "First rdf item.");
    got_free(&g);
}

/* "Billion laughs": refused, at once (the test would take minutes and
 * gigabytes if the entities were expanded). */
static void test_feed_entity_bomb_refused(void **state)
{
    got g;
    char err[512];
    char xml[4096];
    size_t n = 0;
    (void)state;

    n += (size_t)snprintf(xml + n, sizeof xml - n, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
        n += (size_t)snprintf(xml + n, sizeof xml - n, "<!ENTITY l%d \"", i);
        for (int k = 0; k < 10; k++)
            n += (size_t)snprintf(xml + n, sizeof xml - n, "&l%d;", i - 1);
        n += (size_t)snprintf(xml + n, sizeof xml - n, "\">\n");
    }
    snprintf(xml + n, sizeof xml - n,
             "]>\n<rss version=\"2.0\"><channel><item><guid>b</guid><title>&l9;</title>"
             "<description>x &l9; y</description></item></channel></rss>\n");
    int rc = parse(&g, xml, err, sizeof err);
    if (rc == FA_OK) {
        /* Or harmless: nothing of the entities in the item. */
        for (int i = 0; i < g.n && i < MAXITEMS; i++)
            assert_true(!g.f[i][6] || strlen(g.f[i][6]) < 100);
    } else {
        assert_int_equal(rc, FA_EINVAL);
        assert_non_null(strstr(err, "entity"));
    }
    got_free(&g);
}

/* An external entity names a local file: it is never read. */
static void test_feed_external_entity_not_read(void **state)
{
    got g;
    char err[512], path[] = "/tmp/fa-test-feed-XXXXXX", xml[1024];
    int fd = mkstemp(path);
    (void)state;

    assert_true(fd >= 0);
    assert_int_equal(write(fd, "SECRETWORD\n", 11), 11);
    close(fd);
    snprintf(xml, sizeof xml,
             "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file://%s\">]>\n"
             "<rss version=\"2.0\"><channel><item><guid>x</guid><title>T &x; end</title>"
             "<description>before &x; after</description></item></channel></rss>\n", path);
    assert_int_equal(parse(&g, xml, err, sizeof err), FA_OK);
    unlink(path);
    assert_int_equal(g.n, 1);
    assert_null(strstr(g.f[0][1], "SECRET"));
    assert_null(strstr(g.f[0][6], "SECRET"));
    text_has(&g, 0, "before");
    text_has(&g, 0, "after");
    got_free(&g);
}

static void test_feed_deep_nesting_refused(void **state)
{
    got g;
    char err[512];
    size_t depth = 5000, n = 0;
    char *xml = malloc(depth * 7 + 200);
    (void)state;

    n += (size_t)sprintf(xml, "<rss><channel><item><guid>d</guid><description>");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(xml + n, "<a>");
    n += (size_t)sprintf(xml + n, "deep");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)sprintf(xml + n, "</a>");
    sprintf(xml + n, "</description></item></channel></rss>");
    assert_int_equal(parse(&g, xml, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "depth"));
    assert_non_null(strstr(err, "the parser stopped there"));
    free(xml);
    got_free(&g);
}

/* A broken item is reported with its item number; the items after it
 * are read. CDATA is text. */
static void test_feed_broken_item_rest_read(void **state)
{
    got g;
    char err[512];
    static const char xml[] =
        "<rss version=\"2.0\"><channel>\n"
        "<item><guid>g1</guid><description><![CDATA[first <good> item]]></description></item>\n"
        "<item><guid>g2</guid><description>bad &undefined; entity</description></item>\n"
        "<item><guid>g3</guid><description>third item</description></item>\n"
        "</channel></rss>\n";
    (void)state;

    assert_int_equal(parse(&g, xml, err, sizeof err), FA_OK);
    assert_int_equal(g.n, 3);
    assert_int_equal(g.nproblems, 1);
    assert_int_equal(g.problem_item[0], 2);
    assert_non_null(strstr(g.problem[0], "undefined"));
    text_has(&g, 0, "first");       /* CDATA "<good>" parsed as HTML */
    text_has(&g, 1, "bad");
    text_has(&g, 1, "entity");
    assert_null(strstr(g.f[1][6], "badentity"));
    text_has(&g, 2, "third item");
    got_free(&g);
}

static void test_feed_not_a_feed(void **state)
{
    got g;
    char err[512];
    (void)state;

    assert_int_equal(parse(&g, "<html><body>x</body></html>", err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "not an RSS or Atom feed (its root element is <html>)"));
    assert_int_equal(parse(&g, "\x01\x02 binary \xff", err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "not XML"));
    assert_int_equal(parse(&g, "", err, sizeof err), FA_EINVAL);
    got_free(&g);
}

static void test_feed_sniff(void **state)
{
    (void)state;
#define SN(s) feed_sniff(s, sizeof(s) - 1)
    assert_true(SN("<rss version=\"2.0\">"));
    assert_true(SN("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a > comment -->\n<feed xmlns=\"x\">"));
    assert_true(SN("<?xml version='1.0'?><!DOCTYPE rss SYSTEM \"x.dtd\"><rss>"));
    assert_true(SN("<rdf:RDF xmlns:rdf=\"x\">"));
    assert_true(SN("<atom:feed xmlns:atom=\"x\">"));
    assert_false(SN("<html><head>"));
    assert_false(SN("<rssx>"));
    assert_false(SN("<!DOCTYPE html><html>"));
    assert_false(SN("plain text"));
    assert_false(SN(""));
#undef SN
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_feed_rss2_items),
        cmocka_unit_test(test_feed_atom_entries),
        cmocka_unit_test(test_feed_rss1_rdf),
        cmocka_unit_test(test_feed_entity_bomb_refused),
        cmocka_unit_test(test_feed_external_entity_not_read),
        cmocka_unit_test(test_feed_deep_nesting_refused),
        cmocka_unit_test(test_feed_broken_item_rest_read),
        cmocka_unit_test(test_feed_not_a_feed),
        cmocka_unit_test(test_feed_sniff),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
