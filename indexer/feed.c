/* feed.c - RSS and Atom items to articles over libxml2's parser (see
 * feed.h). The whole feed is parsed into a tree with recovery (libxml2's
 * streaming reader gives up at the first error, and the items after a
 * broken one are worth having), bounded by FEED_MAX_BYTES. Only text and
 * CDATA nodes are read, never entity references: without XML_PARSE_NOENT
 * their content stays in the entity declarations, which this file never
 * looks at, whatever they nest.
 */
#include "feed.h"
#include "article.h"
#include "fa_error.h"
#include "html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The depth to which fa walks an item's tree (libxml2 refuses documents
 * nested deeper than 256 already; this keeps our recursion bounded even
 * so). Deeper content is left out. */
#define FEED_MAX_DEPTH 256

typedef struct buf {
    char  *s;
    size_t len, cap;
    int    oom;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->oom || n == 0)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *ns = realloc(b->s, cap);
        if (!ns) {
            b->oom = 1;
            return;
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void puts_(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* ------------------------------------------------------------ sniffing */

int feed_sniff(const char *head, size_t len)
{
    const char *p = head, *end = head + len;

    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
            p++;
        if (end - p >= 2 && p[0] == '<' && (p[1] == '?' || p[1] == '!')) {
            /* <?xml ...?>, <!-- ... -->, <!DOCTYPE ...> (without an
             * internal subset holding '>', which feeds do not have). */
            const char *close = NULL;
            if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
                for (const char *q = p + 4; q + 3 <= end && !close; q++)
                    if (memcmp(q, "-->", 3) == 0)
                        close = q + 2;
            } else {
                close = memchr(p, '>', (size_t)(end - p));
            }
            if (!close)
                return 0;
            p = close + 1;
            continue;
        }
        break;
    }
    if (p >= end || *p != '<')
        return 0;
    p++;
    static const char *const roots[] = {"rss", "feed", "rdf:RDF", "RDF"};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++) {
        size_t n = strlen(roots[i]);
        if ((size_t)(end - p) > n && memcmp(p, roots[i], n) == 0 &&
            (p[n] == ' ' || p[n] == '>' || p[n] == '\t' || p[n] == '\r' || p[n] == '\n' || p[n] == '/'))
            return 1;
    }
    /* <atom:feed ...>: a prefixed root. */
    const char *colon = p;
    while (colon < end && colon - p < 32 && *colon != ':' && *colon != ' ' && *colon != '>')
        colon++;
    if (colon < end && *colon == ':' && (size_t)(end - colon) > 5 && memcmp(colon + 1, "feed", 4) == 0)
        return 1;
    return 0;
}

/* --------------------------------------------------------- tree reading */

static int named(const xmlNode *n, const char *local)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0;
}

/* The text and CDATA under n, in order; entity references are skipped,
 * never expanded (see the top of this file). */
static void text_of(buf *b, const xmlNode *n, int depth)
{
    if (depth > FEED_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                puts_(b, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            text_of(b, c, depth + 1);
        } else if (c->type == XML_ENTITY_REF_NODE) {
            puts_(b, " ");   /* its text is left out; the words beside it stay apart */
        }
    }
}

/* An attribute's value from its text nodes alone: xmlGetProp would expand
 * entity references in it. NULL when absent; else malloc'd. */
static char *attr_of(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (strcmp((const char *)a->name, name) != 0)
            continue;
        buf b = {0};
        for (const xmlNode *c = a->children; c; c = c->next)
            if (c->type == XML_TEXT_NODE && c->content)
                puts_(&b, (const char *)c->content);
        if (b.oom) {
            free(b.s);
            return NULL;
        }
        return b.s ? b.s : strdup("");
    }
    return NULL;
}

/* The markup of n's children, for Atom's type="xhtml" content. Element
 * and text nodes only, written by us: xmlNodeDump would write entity
 * references and we would rather not hand them on. */
static void markup_of(buf *b, const xmlNode *n, int depth)
{
    if (depth > FEED_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const char *s = (const char *)c->content; s && *s; s++) {
                if (*s == '<')
                    puts_(b, "&lt;");
                else if (*s == '&')
                    puts_(b, "&amp;");
                else
                    put(b, s, 1);
            }
        } else if (c->type == XML_ELEMENT_NODE) {
            puts_(b, "<");
            puts_(b, (const char *)c->name);
            puts_(b, ">");
            markup_of(b, c, depth + 1);
            puts_(b, "</");
            puts_(b, (const char *)c->name);
            puts_(b, ">");
        }
    }
}

/* Plain text from HTML that html_extract found no article in: a feed's
 * content is the article already (a short description is no link list),
 * so every text node counts but scripts and styles; blocks are
 * separated by a blank line. */
static void html_text(buf *b, const xmlNode *n, int depth)
{
    static const char *const blocks[] = {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "tr", "pre", "section", "article", "ul", "ol", "table"
    };
    if (depth > FEED_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                puts_(b, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            const char *nm = (const char *)c->name;
            int block = 0;
            if (strcasecmp(nm, "script") == 0 || strcasecmp(nm, "style") == 0)
                continue;
            for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
                block |= strcasecmp(nm, blocks[i]) == 0;
            if (block)
                puts_(b, "\n\n");
            html_text(b, c, depth + 1);
            if (block)
                puts_(b, "\n\n");
        }
    }
}

/* The article text of an item's HTML content. FA_OK with the text in *out
 * (malloc'd; may be empty), FA_ENOMEM. */
static int content_text(char **out, const char *html, size_t len, const char *link)
{
    struct html_doc doc = {0};
    char err[256];
    buf b = {0};

    *out = NULL;
    int rc = html_extract(html, len, "UTF-8", link, &doc, err, sizeof err);
    if (rc == FA_ENOMEM)
        return rc;
    if (rc == FA_OK && doc.text) {
        *out = doc.text;
        doc.text = NULL;
        html_doc_free(&doc);
        return FA_OK;
    }
    html_doc_free(&doc);
    htmlDocPtr h = htmlReadMemory(html, (int)(len > (size_t)0x7fffffff ? 0x7fffffff : len),
                                  link ? link : "item.html", "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                  HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
    if (h) {
        html_text(&b, (const xmlNode *)h, 0);
        xmlFreeDoc(h);
    }
    if (b.oom) {
        free(b.s);
        return FA_ENOMEM;
    }
    *out = b.s ? b.s : strdup("");
    return *out ? FA_OK : FA_ENOMEM;
}

/* Set a field from b (cleaned as article text), unless empty. */
static int set_field(fa_article *a, const char *key, buf *b, unsigned *fixed)
{
    if (b->oom)
        return FA_ENOMEM;
    size_t i = 0, n = b->len;
    while (i < n && (b->s[i] == ' ' || b->s[i] == '\t' || b->s[i] == '\n' || b->s[i] == '\r'))
        i++;
    while (n > i && (b->s[n - 1] == ' ' || b->s[n - 1] == '\t' || b->s[n - 1] == '\n' || b->s[n - 1] == '\r'))
        n--;
    if (n == i)
        return FA_OK;
    return article_set_clean(a, key, b->s + i, n - i, fixed);
}

/* One item or entry to *a. FA_OK, FA_ENOMEM. */
static int read_item(fa_article *a, const xmlNode *item, const char *source, unsigned *fixed)
{
    /* Children by role, the first of each; content by preference. */
    const xmlNode *title = NULL, *link = NULL, *guid = NULL, *date = NULL, *date2 = NULL;
    const xmlNode *content = NULL, *summary = NULL;
    char *href = NULL, *text = NULL, *ctype = NULL;
    buf b = {0}, authors = {0};
    int rc = FA_OK;

    fa_article_clear(a);
    for (const xmlNode *c = item->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (named(c, "title") && !title)
            title = c;
        else if (named(c, "link")) {
            /* RSS: <link>URL</link>; Atom: rel absent or "alternate". */
            char *rel = attr_of(c, "rel"), *h = attr_of(c, "href");
            if (!link && (!rel || strcmp(rel, "alternate") == 0)) {
                link = c;
                free(href);
                href = h;
                h = NULL;
            }
            free(rel);
            free(h);
        } else if ((named(c, "guid") || named(c, "id")) && !guid)
            guid = c;
        else if ((named(c, "pubDate") || named(c, "published") || named(c, "issued")) && !date)
            date = c;
        else if ((named(c, "date") || named(c, "updated") || named(c, "modified")) && !date2)
            date2 = c;   /* dc:date, Atom updated: when there is no publication date */
        else if (named(c, "encoded") || (named(c, "content") && !content))
            content = c; /* content:encoded beats everything */
        else if ((named(c, "description") || named(c, "summary")) && !summary)
            summary = c;
        else if (named(c, "author") || named(c, "creator")) {
            buf one = {0};
            const xmlNode *name = NULL;
            for (const xmlNode *k = c->children; k; k = k->next)
                if (named(k, "name"))
                    name = k;
            text_of(&one, name ? name : c, 0);
            if (one.len) {
                if (authors.len)
                    puts_(&authors, ", ");
                put(&authors, one.s, one.len);
            }
            free(one.s);
        }
    }

#define FIELD(node, key)                                              \
    do {                                                              \
        if (node) {                                                   \
            b.len = 0;                                                \
            text_of(&b, node, 0);                                     \
            if ((rc = set_field(a, key, &b, fixed)) < 0)              \
                goto out;                                             \
        }                                                             \
    } while (0)

    FIELD(title, FA_F_TITLE);
    FIELD(guid, FA_F_ID);
    if (href) {
        buf h = {0};
        puts_(&h, href);
        rc = set_field(a, FA_F_URL, &h, fixed);
        free(h.s);
        if (rc < 0)
            goto out;
    } else {
        FIELD(link, FA_F_URL);
    }
    if (!fa_article_get(a, FA_F_ID, NULL) && fa_article_get(a, FA_F_URL, NULL)) {
        size_t n;
        const char *u = fa_article_get(a, FA_F_URL, &n);
        if ((rc = fa_article_set(a, FA_F_ID, u, n)) < 0)
            goto out;
    }
    FIELD(date ? date : date2, FA_F_DATE);
    if (authors.len && (rc = set_field(a, FA_F_AUTHOR, &authors, fixed)) < 0)
        goto out;
    if (source) {
        buf s = {0};
        puts_(&s, source);
        rc = set_field(a, FA_F_SOURCE, &s, fixed);
        free(s.s);
        if (rc < 0)
            goto out;
    }

    const xmlNode *body = content ? content : summary;
    if (body) {
        /* RSS description and content:encoded hold HTML as text; Atom
         * says by type="text|html|xhtml" (text when absent). */
        ctype = attr_of(body, "type");
        int atom = named(body, "content") || named(body, "summary");
        b.len = 0;
        if (atom && ctype && strcmp(ctype, "xhtml") == 0)
            markup_of(&b, body, 0);
        else
            text_of(&b, body, 0);
        if (b.oom) {
            rc = FA_ENOMEM;
            goto out;
        }
        if (atom && (!ctype || strcmp(ctype, "text") == 0)) {
            rc = set_field(a, FA_F_TEXT, &b, fixed);
        } else if (b.len) {
            const char *u = fa_article_get(a, FA_F_URL, NULL);
            if ((rc = content_text(&text, b.s, b.len, u)) == FA_OK) {
                buf t = {text, strlen(text), strlen(text) + 1, 0};
                rc = set_field(a, FA_F_TEXT, &t, fixed);
            }
        }
        if (rc < 0)
            goto out;
    }
    rc = FA_OK;
out:
#undef FIELD
    free(href);
    free(text);
    free(ctype);
    free(b.s);
    free(authors.s);
    return rc;
}

/* ------------------------------------------------------------ the reader */

/* A feed may name no outside resource fa would read: every external
 * entity, DTD or XInclude is refused here (XML_PARSE_NONET covers only
 * the network; this covers files too). */
static xmlParserInputPtr no_external(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

/* The first FEED_MAX_ERRORS messages of a parse, with their lines. */
#define FEED_MAX_ERRORS 16
typedef struct errs {
    char   msg[FEED_MAX_ERRORS][200];
    int    line[FEED_MAX_ERRORS];
    int    count;           /* all errors, also those not kept */
} errs;

static void on_error(void *ctx, xmlErrorPtr e)
{
    errs *st = ctx;
    if (e && st->count < FEED_MAX_ERRORS) {
        char *m = st->msg[st->count];
        snprintf(m, sizeof st->msg[0], "%s", e->message ? e->message : "XML error");
        size_t n = strlen(m);
        while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
            m[--n] = '\0';
        for (char *q = m; *q; q++)   /* one message, one line */
            if (*q == '\n')
                *q = ' ';
        st->line[st->count] = e->line;
    }
    st->count++;
}

static int is_item(const xmlNode *n)
{
    return named(n, "item") || named(n, "entry");
}

/* Report the errors at lines [from, to) (to 0: to the end) as item's;
 * item 0 when the line is shared with another item, which libxml2's line
 * numbers cannot tell apart (a feed on one line). */
static void item_errors(const errs *st, int from, int to, size_t item, feed_problem_fn *problem,
                        void *ctx)
{
    if (to != 0 && to <= from)
        return;   /* the next item starts on this line: it reports them */
    int kept = st->count < FEED_MAX_ERRORS ? st->count : FEED_MAX_ERRORS;
    for (int i = 0; i < kept; i++)
        if (st->line[i] >= from && (to == 0 || st->line[i] < to) &&
            (i == 0 || st->line[i] != st->line[i - 1] || strcmp(st->msg[i], st->msg[i - 1]) != 0)) {
            char msg[300];
            snprintf(msg, sizeof msg, "XML error at line %d: %s; read as the parser recovered it",
                     st->line[i], st->msg[i]);
            problem(ctx, item, (size_t)st->line[i], msg);
        }
}

int feed_parse(const char *data, size_t len, const char *name, fa_article **a,
               feed_item_fn *item, feed_problem_fn *problem, void *ctx,
               char *errbuf, size_t errlen)
{
    xmlParserCtxtPtr pc = NULL;
    xmlDocPtr doc = NULL;
    errs st;
    const char *source = NULL;
    char *src = NULL;
    size_t nitems = 0;
    int rc = FA_OK;

    memset(&st, 0, sizeof st);
    if (len > FEED_MAX_BYTES || len > 0x7fffffff) {
        snprintf(errbuf, errlen, "feed of %zu bytes is larger than the limit of %zu (FEED_MAX_BYTES)",
                 len, FEED_MAX_BYTES);
        return FA_EINVAL;
    }
    xmlSetExternalEntityLoader(no_external);
    if (!(pc = xmlNewParserCtxt()))
        return FA_ENOMEM;
    xmlSetStructuredErrorFunc(&st, on_error);
    /* No XML_PARSE_NOENT (entities stay references), no DTDLOAD or
     * DTDATTR (no DTD is read), no HUGE (libxml2's limits on depth, 256,
     * and on one text node, 10 MB, stand), NONET. RECOVER: a broken item
     * is read as far as the parser can, and reported; the items after it
     * are read. An entity loop or a bomb stops the parser at once. */
    doc = xmlCtxtReadMemory(pc, data, (int)len, name, NULL,
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                            XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_RECOVER);
    xmlSetStructuredErrorFunc(NULL, NULL);
    /* With RECOVER only what stops the parser (an entity loop or bomb,
     * too deep a tree, a huge node) leaves SAX disabled. */
    int halted = pc->disableSAX != 0;
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        snprintf(errbuf, errlen, "not XML: %s (line %d)", st.count ? st.msg[0] : "no element",
                 st.count ? st.line[0] : 1);
        rc = FA_EINVAL;
        goto out;
    }
    if (!named(root, "rss") && !named(root, "feed") && !named(root, "RDF")) {
        snprintf(errbuf, errlen, "not an RSS or Atom feed (its root element is <%.60s>)",
                 (const char *)root->name);
        rc = FA_EINVAL;
        goto out;
    }
    /* Items are children of the root (Atom, RSS 1.0) or of its channel
     * (RSS 2.0); the feed's own title is the articles' source. */
    const xmlNode *channel = NULL;
    for (const xmlNode *c = root->children; c; c = c->next)
        if (named(c, "channel") && !channel)
            channel = c;
    for (const xmlNode *c = (channel ? channel : root)->children; c && !source; c = c->next)
        if (named(c, "title")) {
            buf b = {0};
            text_of(&b, c, 0);
            if (b.oom) {
                free(b.s);
                rc = FA_ENOMEM;
                goto out;
            }
            source = src = b.s;
        }
    if (st.count && !halted) {
        /* Errors before the first item are the feed's. */
        int first = 0;
        for (int pass = 0; pass < 2 && !first; pass++)
            for (const xmlNode *c = (pass ? root : channel ? channel : root)->children; c; c = c->next)
                if (is_item(c)) {
                    first = (int)xmlGetLineNo(c);
                    break;
                }
        item_errors(&st, 0, first > 0 ? first : 0, 0, problem, ctx);
    }
    int prev = -1;   /* the line of the item before */
    for (int pass = 0; pass < 2; pass++) {
        const xmlNode *parent = pass == 0 ? root : channel;
        if (!parent)
            continue;
        for (const xmlNode *c = parent->children; c; c = c->next) {
            if (!is_item(c))
                continue;
            unsigned fixed = 0;
            int line = (int)xmlGetLineNo(c), next = 0;
            for (const xmlNode *k = c->next; k && !next; k = k->next)
                if (is_item(k))
                    next = (int)xmlGetLineNo(k);
            nitems++;
            if (st.count && !halted)
                item_errors(&st, line, next, line == prev ? 0 : nitems, problem, ctx);
            prev = line;
            if ((rc = read_item(*a, c, source, &fixed)) < 0 ||
                (rc = item(ctx, a, nitems, line > 0 ? (size_t)line : 0, fixed)) < 0)
                goto out;
        }
    }
    if (halted) {
        snprintf(errbuf, errlen, "XML error at line %d: %s; the parser stopped there (%zu items "
                 "before it read)", st.count ? st.line[0] : 0, st.count ? st.msg[0] : "unknown", nitems);
        rc = FA_EINVAL;
    } else if (st.count > FEED_MAX_ERRORS) {
        char msg[160];
        snprintf(msg, sizeof msg, "%d more XML errors not shown", st.count - FEED_MAX_ERRORS);
        problem(ctx, 0, 0, msg);
    }
out:
    free(src);
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(pc);
    return rc;
}
