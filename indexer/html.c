/* html.c - the article inside an HTML page (html.h).
 *
 * Three stages: decode the bytes to UTF-8 (BOM, transport charset, <meta>,
 * else a guess) with iconv; parse with libxml2's HTML parser, which
 * repairs broken markup the way lxml-based extractors see it; then one
 * non-recursive walk of the tree collects metadata and text blocks, and a
 * Readability-style container score picks the article's blocks. Every walk
 * here is iterative, so a page nested 100,000 deep costs no stack.
 */
#define _GNU_SOURCE 1   /* strcasestr */
#include "html.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pthread.h>

#include <json.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>

#include "fa_error.h"
#include "fa_utf8.h"

/* How far into the page <meta charset> is looked for (HTML5 says 1024
 * bytes; pages with long <head> scripts put it later). */
#define HTML_PRESCAN_BYTES 4096
/* A JSON-LD block larger than this is not parsed (it is metadata). */
#define HTML_MAX_JSONLD_BYTES ((size_t)1 << 20)
/* Blocks shorter than this (in characters) give a container no score. */
#define HTML_MIN_SCORE_CHARS 25
/* A metadata string longer than this is not metadata; it is ignored. */
#define HTML_MAX_META_CHARS 1000
/* Bylines and date lines remembered while walking the page. */
#define HTML_MAX_CANDS 8

/* ---------------------------------------------------------------- buffers */

struct buf {
    char  *s;
    size_t len, cap;
    int    oom;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        char *p;
        while (cap < b->len + n + 1)
            cap *= 2;
        if (!(p = realloc(b->s, cap))) {
            b->oom = 1;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

__attribute__((format(printf, 3, 4)))
static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    if (!err || !errlen)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* --------------------------------------------------------------- charsets */

/* The charset named at p (after "charset"), skipping '=', blanks, quotes. */
static int charset_value(const char *p, const char *end, char *out, size_t outlen)
{
    size_t n = 0;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p >= end || *p != '=')
        return 0;
    p++;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\'' || *p == '\n' || *p == '\r'))
        p++;
    while (p < end && n + 1 < outlen &&
           (isalnum((unsigned char)*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
        out[n++] = *p++;
    out[n] = '\0';
    return n > 0;
}

/* <meta charset=X> or <meta http-equiv=content-type content="...charset=X">
 * in the first HTML_PRESCAN_BYTES. */
static int prescan_charset(const char *buf, size_t len, char *out, size_t outlen)
{
    const char *end = buf + (len < HTML_PRESCAN_BYTES ? len : HTML_PRESCAN_BYTES);
    const char *p = buf;

    while (p + 5 < end) {
        const char *tag = memchr(p, '<', (size_t)(end - p));
        const char *close;
        if (!tag || tag + 5 >= end)
            break;
        p = tag + 1;
        if (strncasecmp(p, "meta", 4) != 0 || isalnum((unsigned char)p[4]))
            continue;
        close = memchr(p, '>', (size_t)(end - p));
        if (!close)
            close = end;
        for (const char *q = p; q + 7 <= close; q++)
            if (strncasecmp(q, "charset", 7) == 0 && charset_value(q + 7, close, out, outlen))
                return 1;
        p = close;
    }
    return 0;
}

/* The iconv name for a label, or NULL for UTF-8 (decoded here, not by
 * iconv). ISO-8859-1 and ASCII labels mean windows-1252, as in browsers. */
static const char *charset_name(const char *label, char *tmp, size_t tmplen)
{
    size_t n = 0;
    while (*label && n + 1 < tmplen)
        tmp[n++] = (char)tolower((unsigned char)*label++);
    tmp[n] = '\0';
    if (!strcmp(tmp, "utf-8") || !strcmp(tmp, "utf8") || !strcmp(tmp, "unicode-1-1-utf-8"))
        return NULL;
    /* A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML5). */
    if (!strncmp(tmp, "utf-16", 6))
        return NULL;
    if (!strcmp(tmp, "iso-8859-1") || !strcmp(tmp, "iso8859-1") || !strcmp(tmp, "latin1") ||
        !strcmp(tmp, "latin-1") || !strcmp(tmp, "l1") || !strcmp(tmp, "us-ascii") ||
        !strcmp(tmp, "ascii") || !strcmp(tmp, "iso-ir-100") || !strcmp(tmp, "cp819") ||
        !strcmp(tmp, "ansi_x3.4-1968"))
        return "WINDOWS-1252";
    return tmp;
}

/* Append UTF-8 src, each byte that starts no well-formed sequence becoming
 * U+FFFD, NUL and other control characters (but tab, LF, CR) a space. */
static void add_utf8_clean(struct buf *b, const char *s, size_t n, int *bad)
{
    size_t i = 0, run = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k;
        if (c >= 0x20 && c < 0x7F) {
            i++;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            buf_add(b, s + run, i - run);
            buf_add(b, (c == '\t' || c == '\n' || c == '\r') ? (const char *)&s[i] : " ", 1);
            run = ++i;
            continue;
        }
        k = fa_utf8_decode(s + i, n - i, NULL);
        if (k == 0) {
            buf_add(b, s + run, i - run);
            buf_add(b, FA_UTF8_REPLACEMENT, 3);
            *bad = 1;
            run = ++i;
            continue;
        }
        i += k;
    }
    buf_add(b, s + run, n - run);
}

static int valid_utf8(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t k = fa_utf8_decode(s + i, n - i, NULL);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

/* Decode with iconv; a byte iconv refuses becomes U+FFFD (unit bytes for
 * UTF-16), a sequence cut short at the end too. FA_OK, FA_ENOMEM, or
 * FA_EINVAL when iconv does not know the charset. */
static int iconv_decode(struct buf *out, const char *from, const char *s, size_t n,
                        size_t unit, int *bad)
{
    iconv_t cd = iconv_open("UTF-8", from);
    char chunk[8192];
    char *in = (char *)s;
    size_t inleft = n;
    struct buf tmp = {0};

    if (cd == (iconv_t)-1)
        return FA_EINVAL;
    while (inleft > 0) {
        char *o = chunk;
        size_t oleft = sizeof chunk;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        buf_add(&tmp, chunk, (size_t)(o - chunk));
        if (r == (size_t)-1) {
            if (errno == E2BIG)
                continue;
            /* EILSEQ, or EINVAL: incomplete at the end. */
            buf_add(&tmp, FA_UTF8_REPLACEMENT, 3);
            *bad = 1;
            if (errno == EINVAL || inleft <= unit) {
                inleft = 0;
                break;
            }
            in += unit;
            inleft -= unit;
        }
    }
    iconv_close(cd);
    if (tmp.oom) {
        free(tmp.s);
        return FA_ENOMEM;
    }
    /* iconv's output is UTF-8; run it through the same cleaning. */
    add_utf8_clean(out, tmp.s ? tmp.s : "", tmp.len, bad);
    free(tmp.s);
    return out->oom ? FA_ENOMEM : FA_OK;
}

static int decode_page(struct buf *out, const char *buf, size_t len, const char *charset,
                       unsigned *flags)
{
    char label[64], tmp[64];
    const char *name = NULL, *label_used = NULL;
    size_t unit = 1;
    int bad = 0, rc = FA_OK;

    if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
        buf += 3, len -= 3;
        label_used = "utf-8";
    } else if (len >= 2 && !memcmp(buf, "\xFF\xFE", 2)) {
        buf += 2, len -= 2;
        name = "UTF-16LE", unit = 2;
        label_used = "utf-16le";
    } else if (len >= 2 && !memcmp(buf, "\xFE\xFF", 2)) {
        buf += 2, len -= 2;
        name = "UTF-16BE", unit = 2;
        label_used = "utf-16be";
    } else if (charset && *charset) {
        label_used = charset;
    } else if (prescan_charset(buf, len, label, sizeof label)) {
        label_used = label;
    }
    if (label_used && !name && strncmp(label_used, "utf-16", 6) != 0)
        name = charset_name(label_used, tmp, sizeof tmp);
    if (!label_used)
        name = valid_utf8(buf, len) ? NULL : "WINDOWS-1252";
    if (name) {
        rc = iconv_decode(out, name, buf, len, unit, &bad);
        if (rc == FA_EINVAL) {
            *flags |= HTML_FLAG_CHARSET_UNKNOWN;
            name = valid_utf8(buf, len) ? NULL : "WINDOWS-1252";
            rc = name ? iconv_decode(out, name, buf, len, 1, &bad) : FA_OK;
        }
        if (rc != FA_OK)
            return rc;
    }
    if (!name)
        add_utf8_clean(out, buf, len, &bad);
    if (bad)
        *flags |= HTML_FLAG_BAD_BYTES;
    return out->oom ? FA_ENOMEM : FA_OK;
}

/* ------------------------------------------------------------ class hints */

static int has_token(const char *s, const char *tok)
{
    size_t n = strlen(tok);
    for (const char *p = s; (p = strstr(p, tok)) != NULL; p++) {
        int before = p == s || !isalnum((unsigned char)p[-1]);
        int after = !isalnum((unsigned char)p[n]);
        if (before && after)
            return 1;
    }
    return 0;
}

/* Words in a class or id that mark page furniture wherever they appear
 * ("comment-list", "relatedStories"), and short ones that do only as a
 * whole word ("ad", "nav"). */
static const char *const neg_sub[] = {
    "comment", "disqus", "related", "sidebar", "share", "sharing", "social",
    "promo", "newsletter", "subscri", "signup", "sign-up", "cookie", "consent",
    "gdpr", "breadcrumb", "footer", "masthead", "advert", "sponsor",
    "popup", "modal", "outbrain", "taboola", "trending",
    "popular", "most-read", "mostread", "recommend", "more-stories", "morestories",
    "read-more", "readmore", "pagination", "pager", "toolbar", "byline",
    "author-bio", "caption", "skip-link", "login", "donate", "dateline",
    "timestamp", "topbar", "navbar", "navigation", "dropdown",
    "visually-hidden", "screen-reader", "offscreen", "sr-only", "tagline", "keywords", "print-only",
    "jump-link", "toc", "inline-link", "rail", "teaser", "further-reading",
    "newsfeed", "latest", "editor-pick", "editors-pick",
    "feedback", "ad-slot", "adslot", "ad-container", "dfp", "meta-", "-meta",
    "tools", "utility", "contact-info", "follow", "subnav", NULL
};
static const char *const neg_tok[] = {
    "ad", "ads", "adv", "nav", "menu", "tag", "tags", "meta", "aside", "bio",
    "extra", "more", "header", "author", "authors", "credit", "credits", "hide",
    "topics", "labels", "links", "print", "search", "lang", "languages", "crumbs",
    "masthead", "promo", "listing", "list-links", "date", "time", "aside-box", NULL
};
/* Furniture words that a wrapper of the article text may carry too
 * ("article-body paywall-article"): they count only without an
 * article-like word beside them. */
static const char *const soft_sub[] = {
    "paywall", "regwall", "metered", "widget", "banner", "alert", "survey", "premium", NULL
};
static const char *const pos_sub[] = {
    "article", "body", "content", "entry", "main", "post", "story", "text",
    "prose", "blog", "release", "statement", "speech", "commentary", "analysis",
    "transcript", NULL
};

/* -1 page furniture, +1 article-like, 0 neither. "commentary" is an
 * article, not a comment. */
static int class_hint(const char *s)
{
    int neg = 0, pos = 0;

    if (!*s)
        return 0;
    for (size_t i = 0; neg_sub[i]; i++)
        if (strstr(s, neg_sub[i])) {
            if (!strcmp(neg_sub[i], "comment")) {
                /* "commentary" is an article genre */
                const char *p = s;
                int real = 0;
                while ((p = strstr(p, "comment")) != NULL) {
                    if (strncmp(p, "commentary", 10) != 0)
                        real = 1;
                    p++;
                }
                if (!real)
                    continue;
            }
            neg = 1;
            break;
        }
    for (size_t i = 0; !neg && neg_tok[i]; i++)
        if (has_token(s, neg_tok[i]))
            neg = 1;
    for (size_t i = 0; pos_sub[i]; i++)
        if (strstr(s, pos_sub[i]))
            pos = 1;
    for (size_t i = 0; !neg && !pos && soft_sub[i]; i++)
        if (strstr(s, soft_sub[i]))
            neg = 1;
    return neg ? -1 : pos;
}

/* ------------------------------------------------------------- the tree */

static const char *attr(xmlNode *n, const char *name);

/* class, id, data-component and data-testid, lower-cased, in out: what a
 * page calls its parts ("byline-block", "inline-newsletter"). */
static void hint_string(xmlNode *n, char *out, size_t outlen)
{
    const char *a[4] = {attr(n, "class"), attr(n, "id"), attr(n, "data-component"), attr(n, "data-testid")};
    size_t k = 0;
    for (size_t i = 0; i < 4; i++) {
        for (const char *p = a[i]; p && *p && k + 2 < outlen; p++)
            out[k++] = (char)tolower((unsigned char)*p);
        if (a[i] && k + 2 < outlen)
            out[k++] = ' ';
    }
    while (k > 0 && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
}

enum kind { K_INLINE, K_BLOCK, K_SKIP, K_BR };

static enum kind tag_kind(const char *n)
{
    static const char *const skip[] = {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "button", "input", "head",
        "video", "audio", "map", "figcaption", "dialog", "frameset", "frame", "applet",
        "link", "meta", "title", "base", "datalist", "output", "progress", "meter", NULL
    };
    static const char *const block[] = {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dir", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "td", "th", "tr", "ul", "caption", "legend", "noframes", "listing",
        "xmp", "plaintext", NULL
    };
    if (!strcmp(n, "br"))
        return K_BR;
    for (size_t i = 0; skip[i]; i++)
        if (!strcmp(n, skip[i]))
            return K_SKIP;
    for (size_t i = 0; block[i]; i++)
        if (!strcmp(n, block[i]))
            return K_BLOCK;
    return K_INLINE;
}

/* Per element, in node->_private as index + 1. */
struct ninfo {
    xmlNode *node;
    int      parent;        /* index, -1 for the root                       */
    int      block;         /* nearest block-level ancestor-or-self, or -1  */
    size_t   pre, end;      /* pre-order numbers of self and last descendant */
    size_t   chars, links;  /* characters (and those inside <a>) below,
                               outside furniture                             */
    size_t   good;          /* characters below in blocks that score        */
    size_t   ngood;         /* ... and how many such blocks                 */
    double   score;
    int      scored;        /* score initialised                            */
    int      hint;          /* class_hint                                   */
    unsigned boiler : 1;    /* this or an ancestor is furniture              */
    unsigned strong : 1;    /* ... furniture such that a <time> in it is not
                               the article's                                 */
    unsigned core   : 1;    /* main, [itemprop=articleBody], [role=main],
                               an article that is not furniture              */
    unsigned keep   : 1;    /* an ancestor-or-self of a core node or of the
                               first h1: not furniture by class             */
    unsigned corebelow : 1; /* an ancestor-or-self of a core node          */
    unsigned tagneg : 1;    /* nav, aside, footer, header: furniture by tag */
    unsigned classneg : 1;  /* furniture by class, id, role or hidden       */
    unsigned hidden : 1;
};

struct block {
    size_t   off, len;      /* in walk.text                                 */
    size_t   chars, links;
    int      node;          /* ninfo index of the block element             */
    char     tag[8];        /* its name ("p", "h2", "li", "div"...)         */
    unsigned boiler : 1;
    unsigned is_time : 1;   /* the block is the text of one <time>           */
};

struct walk {
    struct ninfo *ni;
    size_t        nn, ncap;
    struct block *bl;
    size_t        nb, bcap;
    struct buf    text;     /* block texts, one after another              */
    /* the block being filled */
    int           cur;      /* ninfo index of its element, -1 none          */
    size_t        cur_off, cur_chars, cur_links;
    int           cur_space, cur_br, cur_only_time;
    int           oom;
    int           h1;       /* ninfo index of the first h1, or -1          */
    /* bylines and date lines seen, first ones first; the article's own are
     * chosen once its container is known */
    struct cand { int node; char *text; } byl[HTML_MAX_CANDS], dat[HTML_MAX_CANDS];
    size_t        nbyl, ndat;
};

static struct ninfo *info(struct walk *w, xmlNode *n)
{
    uintptr_t i = (uintptr_t)n->_private;
    return i ? &w->ni[i - 1] : NULL;
}

static int info_idx(xmlNode *n)
{
    return (int)((uintptr_t)n->_private) - 1;
}

static const char *attr(xmlNode *n, const char *name)
{
    for (xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && !strcasecmp((const char *)a->name, name))
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

static int is_hidden(xmlNode *n)
{
    const char *st = attr(n, "style"), *ah = attr(n, "aria-hidden");
    if (attr(n, "hidden"))
        return 1;
    if (ah && !strcasecmp(ah, "true"))
        return 1;
    if (st) {
        char s[256];
        size_t k = 0;
        for (const char *p = st; *p && k + 1 < sizeof s; p++)
            if (!isspace((unsigned char)*p))
                s[k++] = (char)tolower((unsigned char)*p);
        s[k] = '\0';
        if (strstr(s, "display:none") || strstr(s, "visibility:hidden"))
            return 1;
    }
    return 0;
}

/* ----------------------------------------------------------- blocks */

static void block_flush(struct walk *w)
{
    struct block *b;
    if (w->cur < 0)
        return;
    while (w->text.len > w->cur_off && w->text.s[w->text.len - 1] == ' ')
        w->text.s[--w->text.len] = '\0';
    if (w->text.len == w->cur_off || w->oom)
        goto reset;
    if (w->nb == w->bcap) {
        size_t cap = w->bcap ? w->bcap * 2 : 256;
        struct block *p = realloc(w->bl, cap * sizeof *p);
        if (!p) {
            w->oom = 1;
            goto reset;
        }
        w->bl = p;
        w->bcap = cap;
    }
    b = &w->bl[w->nb++];
    memset(b, 0, sizeof *b);
    b->off = w->cur_off;
    b->len = w->text.len - w->cur_off;
    b->chars = w->cur_chars;
    b->links = w->cur_links;
    b->node = w->cur;
    snprintf(b->tag, sizeof b->tag, "%s", (const char *)w->ni[w->cur].node->name);
    b->boiler = w->ni[w->cur].boiler;
    b->is_time = w->cur_only_time == 1;
reset:
    w->cur_off = w->text.len;
    w->cur_chars = w->cur_links = 0;
    w->cur_space = 0;
    w->cur_br = 0;
    w->cur_only_time = 0;
}

static void block_text(struct walk *w, const char *s, int in_link, int in_time)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start = w->text.len;
    for (; *u; u++) {
        int sp = *u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' || *u == '\f';
        if (!sp && u[0] == 0xC2 && u[1] == 0xA0) {     /* no-break space */
            sp = 1;
            u++;
        }
        if (sp) {
            if (!w->cur_space && w->text.len > w->cur_off) {
                buf_add(&w->text, " ", 1);
                w->cur_space = 1;
            }
            continue;
        }
        buf_add(&w->text, (const char *)u, 1);
        w->cur_space = 0;
        if ((*u & 0xC0) != 0x80) {
            w->cur_chars++;
            if (in_link)
                w->cur_links++;
        }
    }
    if (w->text.len > start) {
        w->cur_br = 0;
        if (in_time && w->cur_only_time == 0)
            w->cur_only_time = 1;
        else if (!in_time && w->text.len > start + 1)
            w->cur_only_time = 2;
    }
    if (w->text.oom)
        w->oom = 1;
}

/* ----------------------------------------------------------- metadata */

enum { D_ARTICLE, D_JSONLD, D_ITEMPROP, D_META, D_TIME, D_TIMETEXT, D_CLASSTEXT, D_N };
enum { A_META, A_JSONLD, A_ITEMPROP, A_REL, A_BYLINE };

struct meta {
    char *og_title, *title_tag, *h1, *site;
    char *date[D_N];        /* by rank: 0 best                             */
    char *author[5];
    char *canonical, *og_url;
    char *ld_headline, *ld_url;
};


/* A fresh copy of s with whitespace collapsed and trimmed; NULL when empty
 * or longer than HTML_MAX_META_CHARS. */
static char *clean_dup(const char *s)
{
    struct buf b = {0};
    int space = 0;
    if (!s)
        return NULL;
    for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
        int sp = isspace(*u);
        if (!sp && u[0] == 0xC2 && u[1] == 0xA0) {
            sp = 1;
            u++;
        }
        if (sp) {
            space = b.len > 0;
            continue;
        }
        if (space)
            buf_add(&b, " ", 1);
        space = 0;
        buf_add(&b, (const char *)u, 1);
    }
    if (b.oom || b.len == 0 || b.len > HTML_MAX_META_CHARS) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

static void set_once(char **slot, const char *v)
{
    if (!*slot)
        *slot = clean_dup(v);
}

/* The text below n, whitespace collapsed (for <title>, h1, a byline). */
static char *node_text(xmlNode *n)
{
    struct buf b = {0};
    char *s;
    xmlNode *c = n->children;
    while (c && c != n) {
        if (c->type == XML_TEXT_NODE && c->content)
            buf_add(&b, (const char *)c->content, strlen((const char *)c->content));
        if (c->type == XML_ELEMENT_NODE && c->children &&
            tag_kind((const char *)c->name) != K_SKIP) {
            c = c->children;
            continue;
        }
        if (c->type == XML_ELEMENT_NODE && tag_kind((const char *)c->name) == K_BLOCK)
            buf_add(&b, " ", 1);
        while (c && c != n && !c->next)
            c = c->parent;
        if (c && c != n)
            c = c->next;
        if (b.len > 4 * HTML_MAX_META_CHARS)
            break;
    }
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    s = clean_dup(b.s ? b.s : "");
    free(b.s);
    return s;
}

static char *strip_by(char *s)
{
    char *p = s;
    if (!s)
        return NULL;
    if (!strncasecmp(p, "by ", 3))
        p += 3;
    else if (!strncasecmp(p, "by:", 3))
        p += 3;
    while (*p == ' ')
        p++;
    if (p != s)
        memmove(s, p, strlen(p) + 1);
    if (!*s || strlen(s) > 120) {
        free(s);
        return NULL;
    }
    return s;
}

static int is_article_type(const char *t)
{
    return t && (strstr(t, "Article") || strstr(t, "BlogPosting") || strstr(t, "Report") ||
                 strstr(t, "LiveBlog") || strstr(t, "NewsArticle") || strstr(t, "WebPage") ||
                 strstr(t, "Posting") || strstr(t, "PressRelease"));
}

static void ld_author(struct buf *b, json_object *a, int depth)
{
    if (!a || depth > 4)
        return;
    if (json_object_is_type(a, json_type_string)) {
        if (b->len)
            buf_add(b, ", ", 2);
        buf_add(b, json_object_get_string(a), strlen(json_object_get_string(a)));
    } else if (json_object_is_type(a, json_type_object)) {
        json_object *name;
        if (json_object_object_get_ex(a, "name", &name))
            ld_author(b, name, depth + 1);
    } else if (json_object_is_type(a, json_type_array)) {
        size_t n = json_object_array_length(a);
        for (size_t i = 0; i < n && i < 20; i++)
            ld_author(b, json_object_array_get_idx(a, i), depth + 1);
    }
}

static void ld_visit(struct meta *m, json_object *o, int depth)
{
    json_object *v;
    if (!o || depth > 6)
        return;
    if (json_object_is_type(o, json_type_array)) {
        size_t n = json_object_array_length(o);
        for (size_t i = 0; i < n && i < 100; i++)
            ld_visit(m, json_object_array_get_idx(o, i), depth + 1);
        return;
    }
    if (!json_object_is_type(o, json_type_object))
        return;
    if (json_object_object_get_ex(o, "@graph", &v))
        ld_visit(m, v, depth + 1);
    {
        const char *type = NULL;
        json_object *t;
        if (json_object_object_get_ex(o, "@type", &t)) {
            if (json_object_is_type(t, json_type_array) && json_object_array_length(t) > 0)
                t = json_object_array_get_idx(t, 0);
            if (json_object_is_type(t, json_type_string))
                type = json_object_get_string(t);
        }
        if (!is_article_type(type) && !json_object_object_get_ex(o, "datePublished", NULL))
            return;
        if (json_object_object_get_ex(o, "datePublished", &v) && json_object_is_type(v, json_type_string))
            set_once(&m->date[D_JSONLD], json_object_get_string(v));
        if (json_object_object_get_ex(o, "headline", &v) && json_object_is_type(v, json_type_string) &&
            type && !strstr(type, "WebPage"))
            set_once(&m->ld_headline, json_object_get_string(v));
        if (json_object_object_get_ex(o, "author", &v) && !m->author[A_JSONLD]) {
            struct buf b = {0};
            ld_author(&b, v, 0);
            if (!b.oom && b.len)
                m->author[A_JSONLD] = clean_dup(b.s);
            free(b.s);
        }
        if (type && !strstr(type, "WebPage") && json_object_object_get_ex(o, "url", &v) &&
            json_object_is_type(v, json_type_string))
            set_once(&m->ld_url, json_object_get_string(v));
    }
}

static void jsonld(struct meta *m, xmlNode *script)
{
    json_tokener *tok;
    json_object *o;
    struct buf b = {0};

    /* the raw content: node_text would collapse and cap it */
    for (xmlNode *c = script->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            buf_add(&b, (const char *)c->content, strlen((const char *)c->content));
    if (b.oom || !b.len || b.len > HTML_MAX_JSONLD_BYTES) {
        free(b.s);
        return;
    }
    tok = json_tokener_new();
    if (tok) {
        o = json_tokener_parse_ex(tok, b.s, (int)b.len);
        if (o) {
            ld_visit(m, o, 0);
            json_object_put(o);
        }
        json_tokener_free(tok);
    }
    free(b.s);
}

static void meta_tag(struct meta *m, xmlNode *n)
{
    const char *k = attr(n, "property"), *content = attr(n, "content");
    char key[64];
    size_t i;

    if (!k)
        k = attr(n, "name");
    if (!k)
        k = attr(n, "itemprop");
    if (!k || !content)
        return;
    for (i = 0; k[i] && i + 1 < sizeof key; i++)
        key[i] = (char)tolower((unsigned char)k[i]);
    key[i] = '\0';
    if (!strcmp(key, "og:title") || !strcmp(key, "twitter:title"))
        set_once(&m->og_title, content);
    else if (!strcmp(key, "og:site_name") || !strcmp(key, "application-name"))
        set_once(&m->site, content);
    else if (!strcmp(key, "og:url"))
        set_once(&m->og_url, content);
    else if (!strcmp(key, "article:published_time") || !strcmp(key, "og:published_time") ||
             !strcmp(key, "article:published") || !strcmp(key, "og:article:published_time"))
        set_once(&m->date[D_ARTICLE], content);
    else if (!strcmp(key, "datepublished"))
        set_once(&m->date[D_ITEMPROP], content);
    else if (!strcmp(key, "date") || !strcmp(key, "pubdate") || !strcmp(key, "publishdate") ||
             !strcmp(key, "publish-date") || !strcmp(key, "publish_date") ||
             !strcmp(key, "dc.date") || !strcmp(key, "dc.date.issued") ||
             !strcmp(key, "dcterms.date") || !strcmp(key, "dcterms.issued") ||
             !strcmp(key, "dcterms.created") || !strcmp(key, "dc.date.created") ||
             !strcmp(key, "citation_publication_date") || !strcmp(key, "parsely-pub-date") ||
             !strcmp(key, "sailthru.date") || !strcmp(key, "article.published") ||
             !strcmp(key, "original-publish-date") || !strcmp(key, "release_date"))
        set_once(&m->date[D_META], content);
    else if (!strcmp(key, "author") || !strcmp(key, "dc.creator") || !strcmp(key, "dcterms.creator") ||
             !strcmp(key, "parsely-author") || !strcmp(key, "sailthru.author") ||
             !strcmp(key, "citation_author") || !strcmp(key, "article:author") ||
             !strcmp(key, "byl")) {
        if (strncasecmp(content, "http", 4) != 0 && !m->author[A_META])
            m->author[A_META] = strip_by(clean_dup(content));
    }
}

static void meta_free(struct meta *m)
{
    free(m->og_title);
    free(m->title_tag);
    free(m->h1);
    free(m->site);
    for (size_t i = 0; i < D_N; i++)
        free(m->date[i]);
    for (size_t i = 0; i < 5; i++)
        free(m->author[i]);
    free(m->canonical);
    free(m->og_url);
    free(m->ld_headline);
    free(m->ld_url);
}

/* ------------------------------------------------------------- the walk */

static int ninfo_add(struct walk *w, xmlNode *n, int parent)
{
    struct ninfo *p;
    if (w->nn == w->ncap) {
        size_t cap = w->ncap ? w->ncap * 2 : 1024;
        if (!(p = realloc(w->ni, cap * sizeof *p)))
            return -1;
        w->ni = p;
        w->ncap = cap;
    }
    p = &w->ni[w->nn];
    memset(p, 0, sizeof *p);
    p->node = n;
    p->parent = parent;
    n->_private = (void *)(uintptr_t)(w->nn + 1);
    return (int)w->nn++;
}

static int is_role(xmlNode *n, const char *const *roles)
{
    const char *r = attr(n, "role");
    if (!r)
        return 0;
    for (size_t i = 0; roles[i]; i++)
        if (!strcasecmp(r, roles[i]))
            return 1;
    return 0;
}

/* Pass 1: number the elements, find core nodes and the first h1, read
 * the metadata. */
static int pass_index(struct walk *w, struct meta *m, xmlNode *root)
{
    static const char *const mainroles[] = {"main", "article", NULL};
    xmlNode *n = root;
    size_t pre = 0;
    int parent = -1, in_head = 0;

    while (n) {
        int skip_children = 0;
        if (n->type == XML_ELEMENT_NODE && n->name) {
            const char *name = (const char *)n->name;
            int idx = ninfo_add(w, n, parent);
            struct ninfo *ni;
            if (idx < 0)
                return FA_ENOMEM;
            ni = &w->ni[idx];
            ni->pre = pre++;
            {
                char hs[600];
                hint_string(n, hs, sizeof hs);
                ni->hint = class_hint(hs);
            }
            ni->hidden = is_hidden(n);
            if (!strcmp(name, "head"))
                in_head = 1;
            if (!strcmp(name, "title") && !m->title_tag && in_head)
                m->title_tag = node_text(n);
            else if (!strcmp(name, "meta"))
                meta_tag(m, n);
            else if (!strcmp(name, "link") || !strcmp(name, "a")) {
                const char *rel = attr(n, "rel"), *href = attr(n, "href");
                if (rel && href && has_token(rel, "canonical") && !strcmp(name, "link"))
                    set_once(&m->canonical, href);
                if (rel && has_token(rel, "author") && !strcmp(name, "a") && !m->author[A_REL])
                    m->author[A_REL] = strip_by(node_text(n));
            } else if (!strcmp(name, "script")) {
                const char *t = attr(n, "type");
                if (t && !strcasecmp(t, "application/ld+json"))
                    jsonld(m, n);
                skip_children = 1;
            } else if (!strcmp(name, "h1") && w->h1 < 0 && !ni->hidden) {
                char *t = node_text(n);
                if (t) {
                    w->h1 = idx;
                    m->h1 = t;
                }
            }
            {
                const char *ip = attr(n, "itemprop");
                if ((ip && has_token(ip, "articleBody")) || !strcmp(name, "main") ||
                    is_role(n, mainroles) || (!strcmp(name, "article") && ni->hint >= 0))
                    ni->core = 1;
                if (ip && has_token(ip, "datePublished") && strcmp(name, "meta") != 0 &&
                    !m->date[D_ITEMPROP]) {
                    const char *v = attr(n, "content");
                    if (!v)
                        v = attr(n, "datetime");
                    if (!v)
                        v = attr(n, "title");
                    if (v)
                        set_once(&m->date[D_ITEMPROP], v);
                    else
                        m->date[D_ITEMPROP] = node_text(n);
                }
                if (ip && has_token(ip, "author") && !m->author[A_ITEMPROP] && strcmp(name, "meta")) {
                    /* itemprop=author may hold a Person with itemprop=name */
                    m->author[A_ITEMPROP] = strip_by(node_text(n));
                }
            }
            if (n->children && !skip_children) {
                parent = idx;
                n = n->children;
                continue;
            }
            ni->end = ni->pre;
        }
        /* next in pre-order, closing finished elements */
        while (n && !n->next) {
            n = n->parent;
            if (n && n->type == XML_ELEMENT_NODE && n->_private) {
                struct ninfo *ni = info(w, n);
                ni->end = pre - 1;
                parent = ni->parent;
                if (!strcmp((const char *)n->name, "head"))
                    in_head = 0;
            }
            if (n == root) {
                n = NULL;
                break;
            }
        }
        if (n)
            n = n->next;
    }
    return FA_OK;
}

/* Each walk up stops at an element already marked: O(elements). */
static void mark_keep(struct walk *w, int i)
{
    while (i >= 0 && !w->ni[i].keep) {
        w->ni[i].keep = 1;
        i = w->ni[i].parent;
    }
}

static void mark_corebelow(struct walk *w, int i)
{
    while (i >= 0 && !w->ni[i].corebelow) {
        w->ni[i].corebelow = 1;
        w->ni[i].keep = 1;
        i = w->ni[i].parent;
    }
}

/* Pass 2 (over the numbered elements, parents before children): which
 * subtrees are furniture. */
static void pass_boiler(struct walk *w)
{
    static const char *const badroles[] = {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
        "alertdialog", "menu", "menubar", "toolbar", "alert", NULL
    };
    for (size_t i = 0; i < w->nn; i++)
        if (w->ni[i].core)
            mark_corebelow(w, (int)i);
    if (w->h1 >= 0)
        mark_keep(w, w->h1);
    for (size_t i = 0; i < w->nn; i++) {
        struct ninfo *ni = &w->ni[i];
        const char *name = (const char *)ni->node->name;
        struct ninfo *par = ni->parent >= 0 ? &w->ni[ni->parent] : NULL;
        int tagneg = !strcmp(name, "nav") || !strcmp(name, "aside") || !strcmp(name, "footer") ||
                     !strcmp(name, "header") || !strcmp(name, "menu");
        int strong_tag = !strcmp(name, "nav") || !strcmp(name, "aside") || !strcmp(name, "footer");
        int classneg = ni->hint < 0 || is_role(ni->node, badroles) || !strcmp(name, "form");
        if (ni->hidden)
            classneg = 1;
        /* A header or footer that wraps the article itself is layout,
         * not furniture. */
        if (tagneg && ni->corebelow)
            tagneg = 0;
        ni->tagneg = tagneg;
        ni->classneg = classneg && (!ni->keep || ni->hidden);
        ni->boiler = (par && par->boiler) || ni->tagneg || ni->classneg;
        ni->strong = (par && par->strong) || (strong_tag && !ni->corebelow) || ni->classneg;
        if (ni->classneg) {
            /* bylines, dates and article headers are furniture for the
             * text but hold the article's own <time> and byline. */
            char c[600];
            hint_string(ni->node, c, sizeof c);
            if (strstr(c, "byline") || strstr(c, "meta") || strstr(c, "dateline") || strstr(c, "time") ||
                strstr(c, "header") || strstr(c, "date") || strstr(c, "author") || strstr(c, "contributor"))
                ni->strong = par && par->strong;
        }
    }
}

static int contains_ci(const char *s, size_t n, const char *needle)
{
    size_t k = needle ? strlen(needle) : 0;
    if (!k || k > n)
        return 0;
    for (size_t i = 0; i + k <= n; i++)
        if (!strncasecmp(s + i, needle, k))
            return 1;
    return 0;
}

/* t[0..n) has a year and a month name or two more numbers. */
static int looks_like_date(const char *t, size_t n)
{
    static const char *const mon[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                      "sep", "oct", "nov", "dec", NULL};
    int year = 0, nums = 0;
    const char *end = t + n;
    for (const char *p = t; p < end; p++) {
        if (isdigit((unsigned char)*p) && (p == t || !isdigit((unsigned char)p[-1]))) {
            const char *q = p;
            while (q < end && isdigit((unsigned char)*q))
                q++;
            nums++;
            if (q - p == 4 && (p[0] == '1' || p[0] == '2'))
                year = 1;
        }
    }
    if (!year)
        return 0;
    if (nums >= 3)
        return 1;
    for (size_t i = 0; mon[i]; i++)
        if (contains_ci(t, n, mon[i]))
            return 1;
    return 0;
}

/* "Published: 3 May 2021" -> "3 May 2021". */
static char *date_label_strip(char *t)
{
    static const char *const labels[] = {"published on ", "posted on ", "published ", "posted ",
                                         "updated ", "date ", "dated ", "released ", "issued ",
                                         "publi\xC3\xA9 le ", "on ", NULL};
    char *p = t, *colon = strchr(t, ':');
    if (colon && colon - t <= 12 && !isdigit((unsigned char)colon[-1]))
        p = colon + 1;
    else
        for (size_t i = 0; labels[i]; i++)
            if (!strncasecmp(p, labels[i], strlen(labels[i]))) {
                p += strlen(labels[i]);
                break;
            }
    while (*p == ' ')
        p++;
    memmove(t, p, strlen(p) + 1);
    return t;
}

static void cand_add(struct cand *c, size_t *n, struct walk *w, int idx, char *text)
{
    /* an inner element of the previous candidate says it more exactly */
    if (*n > 0 && w->ni[idx].pre <= w->ni[c[*n - 1].node].end) {
        free(c[*n - 1].text);
        c[*n - 1].node = idx;
        c[*n - 1].text = text;
        return;
    }
    if (*n == HTML_MAX_CANDS) {
        free(text);
        return;
    }
    c[*n].node = idx;
    c[*n].text = text;
    (*n)++;
}

/* A byline ("By Ana Ruiz, Geneva") or a date line by its class. */
static void note_byline_date(struct walk *w, xmlNode *n, int idx)
{
    char hints[600];
    hint_string(n, hints, sizeof hints);
    if (!hints[0])
        return;
    if ((strstr(hints, "byline") || has_token(hints, "author") || strstr(hints, "contributor") ||
         has_token(hints, "fn")) &&
        !strstr(hints, "bio") && !strstr(hints, "avatar") && !strstr(hints, "comment")) {
        char *t = strip_by(node_text(n));
        if (t) {
            char *cut = t + strcspn(t, ",|\n");
            char *dash = strstr(t, " - ");
            if (dash && dash < cut)
                cut = dash;
            *cut = '\0';
            while (cut > t && cut[-1] == ' ')
                *--cut = '\0';
            t = strip_by(t);
        }
        if (t && strlen(t) >= 3 && strlen(t) <= 60 && !strpbrk(t, "0123456789@"))
            cand_add(w->byl, &w->nbyl, w, idx, t);
        else
            free(t);
    }
    if (strstr(hints, "date") || strstr(hints, "time") || strstr(hints, "publish")) {
        char *t = node_text(n);
        if (t && strlen(t) <= 80 && looks_like_date(date_label_strip(t), strlen(t)) && strlen(t) <= 40)
            cand_add(w->dat, &w->ndat, w, idx, t);
        else
            free(t);
    }
}

/* Pass 3: the text blocks, and the characters below each element. */
static void pass_text(struct walk *w, struct meta *m, xmlNode *root)
{
    xmlNode *n = root;
    int in_link = 0, in_time = 0;

    w->cur = -1;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && n->_private) {
            struct ninfo *ni = info(w, n);
            const char *name = (const char *)n->name;
            enum kind k = tag_kind(name);
            int idx = info_idx(n);
            ni->block = k == K_BLOCK ? idx : (ni->parent >= 0 ? w->ni[ni->parent].block : -1);
            if (!strcmp(name, "time") && !ni->strong && !ni->hidden) {
                const char *dt = attr(n, "datetime");
                if (dt && *dt)
                    set_once(&m->date[D_TIME], dt);
                else if (!m->date[D_TIMETEXT]) {
                    char *t = node_text(n);
                    if (t && strpbrk(t, "0123456789"))
                        m->date[D_TIMETEXT] = t;
                    else
                        free(t);
                }
            }
            if (!ni->strong && !ni->hidden)
                note_byline_date(w, n, idx);
            if (k == K_SKIP || ni->hidden) {
                ni->end = ni->pre;
                goto next;
            }
            if (k == K_BLOCK) {
                block_flush(w);
                w->cur = idx;
            } else if (k == K_BR) {
                if (w->cur_br)
                    block_flush(w);
                else if (!w->cur_space && w->text.len > w->cur_off) {
                    buf_add(&w->text, " ", 1);
                    w->cur_space = 1;
                }
                w->cur_br = 1;
            }
            if (!strcmp(name, "a"))
                in_link++;
            if (!strcmp(name, "time"))
                in_time++;
            if (n->children) {
                n = n->children;
                continue;
            }
            if (!strcmp(name, "a"))
                in_link--;
            if (!strcmp(name, "time"))
                in_time--;
            if (k == K_BLOCK) {
                block_flush(w);
                w->cur = ni->parent >= 0 ? w->ni[ni->parent].block : -1;
            }
        } else if (n->type == XML_TEXT_NODE && n->content && w->cur >= 0) {
            block_text(w, (const char *)n->content, in_link > 0, in_time > 0);
        }
next:
        while (n && !n->next) {
            n = n->parent;
            if (!n || n == root->parent)
                return;
            if (n->type == XML_ELEMENT_NODE && n->_private) {
                struct ninfo *ni = info(w, n);
                const char *name = (const char *)n->name;
                if (!strcmp(name, "a"))
                    in_link--;
                if (!strcmp(name, "time"))
                    in_time--;
                if (tag_kind(name) == K_BLOCK) {
                    block_flush(w);
                    w->cur = ni->parent >= 0 ? w->ni[ni->parent].block : -1;
                }
            }
            if (n == root) {
                block_flush(w);
                return;
            }
        }
        if (n)
            n = n->next;
    }
    block_flush(w);
}

/* ------------------------------------------------------------- scoring */

static double tag_bonus(const char *name)
{
    if (!strcmp(name, "div") || !strcmp(name, "section"))
        return 5;
    if (!strcmp(name, "article") || !strcmp(name, "main"))
        return 10;
    if (!strcmp(name, "pre") || !strcmp(name, "td") || !strcmp(name, "blockquote"))
        return 3;
    if (!strcmp(name, "ul") || !strcmp(name, "ol") || !strcmp(name, "dl") || !strcmp(name, "form") ||
        !strcmp(name, "li"))
        return -3;
    if (!strncmp(name, "h", 1) && name[1] >= '1' && name[1] <= '6' && !name[2])
        return -5;
    return 0;
}

static void score_init(struct walk *w, int i)
{
    struct ninfo *ni = &w->ni[i];
    const char *ip;
    if (ni->scored)
        return;
    ni->scored = 1;
    ni->score = tag_bonus((const char *)ni->node->name) + 25.0 * ni->hint;
    ip = attr(ni->node, "itemprop");
    if (ip && has_token(ip, "articleBody"))
        ni->score += 50;
}

static int is_plike(const char *tag)
{
    return !strcmp(tag, "p") || !strcmp(tag, "pre") || !strcmp(tag, "blockquote") ||
           !strcmp(tag, "li") || !strcmp(tag, "td") || !strcmp(tag, "dd") ||
           (tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' && !tag[2]);
}

static size_t count_commas(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',')
            c++;
    return c;
}

static int best_candidate(struct walk *w)
{
    int best = -1;
    double bscore = 0;

    /* characters below each element, furniture left out */
    for (size_t b = 0; b < w->nb; b++) {
        struct block *bl = &w->bl[b];
        if (bl->boiler)
            continue;
        w->ni[bl->node].chars += bl->chars;
        w->ni[bl->node].links += bl->links;
    }
    for (size_t i = w->nn; i-- > 0;) {
        struct ninfo *ni = &w->ni[i];
        if (ni->parent >= 0) {
            w->ni[ni->parent].chars += ni->chars;
            w->ni[ni->parent].links += ni->links;
        }
    }
    for (size_t b = 0; b < w->nb; b++) {
        struct block *bl = &w->bl[b];
        double s;
        int at, level;
        if (bl->boiler || bl->chars < HTML_MIN_SCORE_CHARS || bl->links * 2 > bl->chars)
            continue;
        if (bl->tag[0] == 'h' && bl->tag[1] >= '1' && bl->tag[1] <= '6')
            continue;
        w->ni[bl->node].good += bl->chars;
        w->ni[bl->node].ngood++;
        s = 1 + (double)count_commas(w->text.s + bl->off, bl->len) +
            (bl->chars / 100 < 3 ? (double)(bl->chars / 100) : 3.0);
        at = is_plike(bl->tag) ? w->ni[bl->node].parent : bl->node;
        for (level = 0; at >= 0 && level < 5; level++, at = w->ni[at].parent) {
            const char *nm = (const char *)w->ni[at].node->name;
            if (!strcmp(nm, "html"))
                break;
            score_init(w, at);
            w->ni[at].score += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }
    for (size_t i = w->nn; i-- > 0;)
        if (w->ni[i].parent >= 0) {
            w->ni[w->ni[i].parent].good += w->ni[i].good;
            w->ni[w->ni[i].parent].ngood += w->ni[i].ngood;
        }
    for (size_t i = 0; i < w->nn; i++) {
        struct ninfo *ni = &w->ni[i];
        double ld, s;
        if (!ni->scored || ni->boiler)
            continue;
        ld = ni->chars ? (double)ni->links / (double)ni->chars : 0;
        s = ni->score * (1 - ld);
        ni->score = s;
        if (best < 0 || s > bscore) {
            best = (int)i;
            bscore = s;
        }
    }
    /* A body whose paragraphs each sit in their own wrapper ("text-block"
     * divs) leaves one wrapper on top: while the candidate holds only one or
     * two paragraphs, go up as long as it holds less than half of the
     * scoring text of its parent and the parent is not a list of links. A
     * candidate of several paragraphs is a body already: going up from it
     * would take in whatever sits beside it, such as a comment thread. */
    while (best >= 0 && w->ni[best].parent >= 0 && w->ni[best].ngood <= 2) {
        int p = w->ni[best].parent;
        /* wrappers around the same text say nothing either way */
        while (p >= 0 && !w->ni[p].boiler && w->ni[p].good == w->ni[best].good &&
               strcmp((const char *)w->ni[p].node->name, "html") != 0)
            p = w->ni[p].parent;
        if (p < 0 || w->ni[p].boiler || !strcmp((const char *)w->ni[p].node->name, "html"))
            break;
        if (w->ni[best].good * 2 >= w->ni[p].good)
            break;
        if (w->ni[p].chars && w->ni[p].links * 3 > w->ni[p].chars)
            break;
        best = p;
    }
    return best;
}

/* ------------------------------------------------------------- emission */

static int starts_with_ci(const char *s, const char *p)
{
    return strncasecmp(s, p, strlen(p)) == 0;
}

/* Short lines that are page furniture even inside the article body. */
static int furniture_line(const struct block *b, const char *s)
{
    static const char *const pre[] = {
        "advertisement", "share this", "share on", "read more", "read also", "related:",
        "sign up", "subscribe", "follow us", "click here", "photo:", "image:", "credit:",
        "copyright", "\xC2\xA9", "all rights reserved", "updated:", "published:", "posted:",
        "posted on", "published on", "last updated", "continue reading", "more on this",
        "see also:", "listen to this", "print this", "email this", "recommended:",
        "story continues", "skip to", "back to top", "tags:", "topics:",
        "a version of this article appears", "this article was originally published", NULL
    };
    if (b->chars > 100)
        return 0;
    for (size_t i = 0; pre[i]; i++)
        if (starts_with_ci(s, pre[i]))
            return 1;
    if (b->chars < 80 && (starts_with_ci(s, "by ") || starts_with_ci(s, "words by")) &&
        s[b->len - 1] != '.')
        return 1;
    return 0;
}

static int same_text(const char *a, size_t alen, const char *b)
{
    return b && strlen(b) == alen && strncasecmp(a, b, alen) == 0;
}

static int in_subtree(const struct walk *w, int root, int node)
{
    return root >= 0 && node >= 0 && w->ni[node].pre >= w->ni[root].pre &&
           w->ni[node].pre <= w->ni[root].end;
}

static int same_kind(xmlNode *a, xmlNode *b)
{
    const char *ca = attr(a, "class"), *cb = attr(b, "class");
    return !strcmp((const char *)a->name, (const char *)b->name) &&
           ((!ca && !cb) || (ca && cb && !strcmp(ca, cb)));
}

/* The article's blocks: those below the best candidate and its article-
 * like siblings, less furniture lines, the headline's own wrapper (kicker,
 * dek), and byline and date lines above the first real paragraph. An
 * empty string (not NULL) when the blocks form a list of teasers. */
static char *emit(struct walk *w, int best, const char *title, const char *h1, const char *author)
{
    struct buf out = {0};
    int parent = w->ni[best].parent;
    double thr = w->ni[best].score * 0.2 > 10 ? w->ni[best].score * 0.2 : 10;
    unsigned char *incl = NULL;
    size_t ntext = 0, pairs = 0;
    int prev_link = 0, seen_long = 0, head = -1;
    char *res = NULL;

    incl = calloc(w->nn ? w->nn : 1, 1);
    if (!incl)
        return NULL;
    incl[best] = 1;
    /* siblings of the best candidate that are article too (a body split
     * by an advert, paragraphs beside the first container) */
    if (parent >= 0) {
        for (xmlNode *s = w->ni[parent].node->children; s; s = s->next) {
            int si;
            struct ninfo *sn;
            if (s->type != XML_ELEMENT_NODE || !s->_private)
                continue;
            si = info_idx(s);
            sn = &w->ni[si];
            if (si == best || sn->boiler)
                continue;
            /* a body split by adverts repeats its container's tag and
             * class; anything else beside it must score like it */
            if (sn->scored && sn->score >= thr &&
                (same_kind(s, w->ni[best].node) || sn->score * 2 >= w->ni[best].score))
                incl[si] = 1;
            else if (!strcmp((const char *)s->name, "p") && sn->chars > 0) {
                double ld = (double)sn->links / (double)sn->chars;
                if ((sn->chars > 80 && ld < 0.25) || (sn->chars > 30 && ld == 0))
                    incl[si] = 1;
            }
        }
    }
    /* The headline's wrapper, when it is not the article itself, holds the
     * kicker, the dek and the byline. */
    if (w->h1 >= 0 && w->ni[w->h1].parent >= 0) {
        int hp = w->ni[w->h1].parent;
        int top = parent >= 0 ? parent : best;
        if (in_subtree(w, top, hp) && !in_subtree(w, hp, best) && w->ni[hp].good * 4 < w->ni[best].good)
            head = hp;
    }
    for (size_t b = 0; b < w->nb; b++) {
        struct block *bl = &w->bl[b];
        const char *s = w->text.s + bl->off;
        int in = 0, linky;
        if (bl->boiler)
            continue;
        if (!in_subtree(w, parent >= 0 ? parent : best, bl->node))
            continue;
        for (int a = bl->node; a >= 0; a = w->ni[a].parent) {
            if (incl[a]) {
                in = 1;
                break;
            }
            if (a == parent)
                break;
        }
        if (!in)
            continue;
        linky = bl->links * 2 > bl->chars;
        if (linky) {
            prev_link = bl->chars >= 10;
            continue;
        }
        if (bl->chars >= HTML_MIN_SCORE_CHARS) {
            ntext++;
            if (prev_link)
                pairs++;
        }
        prev_link = 0;
        if (bl->is_time || in_subtree(w, head, bl->node))
            continue;
        if (!strcmp(bl->tag, "h1") && (same_text(s, bl->len, title) || same_text(s, bl->len, h1)))
            continue;
        if (furniture_line(bl, s))
            continue;
        /* "Headline 21 November 2022": the headline and a date in one line */
        {
            const char *hl = h1 ? h1 : title;
            size_t hn = hl ? strlen(hl) : 0;
            if (hn >= 15 && bl->len >= hn && bl->len - hn < 60 && !strncasecmp(s, hl, hn) &&
                (bl->len == hn || s[hn] == ' ') && (h1 == NULL || bl->len > hn))
                continue;
        }
        if (!seen_long) {
            if (bl->chars >= 150)
                seen_long = 1;
            else if (bl->chars < 120 && (contains_ci(s, bl->len, author) || (bl->chars < 50 && looks_like_date(s, bl->len))))
                continue;
        }
        if (out.len)
            buf_add(&out, "\n\n", 2);
        buf_add(&out, s, bl->len);
    }
    free(incl);
    if (out.oom) {
        free(out.s);
        return NULL;
    }
    /* A list of teasers is not an article: most text blocks follow a
     * linked headline. */
    if (pairs >= 4 && pairs * 2 >= ntext) {
        free(out.s);
        return calloc(1, 1);
    }
    res = out.s ? out.s : calloc(1, 1);
    return res;
}

/* The region of the page that belongs to the article: the container and
 * two levels up, widened to take in the headline. */
static int article_region(const struct walk *w, int best)
{
    int r = best;
    for (int i = 0; i < 2 && w->ni[r].parent >= 0; i++)
        r = w->ni[r].parent;
    if (w->h1 >= 0)
        while (!in_subtree(w, r, w->h1) && w->ni[r].parent >= 0)
            r = w->ni[r].parent;
    return r;
}

/* ---------------------------------------------------------------- title */

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* Cut " | Site" (or "Site | ") off a title. */
static void strip_site(char *t, const char *site, const char *h1)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xB7 ", " \xC2\xBB ", " / ", NULL};
    if (!t || (h1 && !strcasecmp(t, h1)))
        return;
    for (size_t i = 0; seps[i]; i++) {
        char *last = NULL, *p = t, *first = strstr(t, seps[i]);
        size_t sl = strlen(seps[i]);
        while ((p = strstr(p, seps[i])) != NULL)
            last = p++;
        if (!last)
            continue;
        {
            const char *tail = last + sl;
            size_t headlen = (size_t)(last - t), taillen = strlen(tail);
            size_t hw = count_words(t, headlen), tw = count_words(tail, taillen);
            if ((site && (!strcasecmp(tail, site) || strcasestr(site, tail))) ||
                (h1 && strlen(h1) == headlen && !strncasecmp(t, h1, headlen)) ||
                (tw <= 4 && hw >= 3 && headlen > 2 * taillen)) {
                *last = '\0';
                strip_site(t, site, h1);
                return;
            }
            /* "Site | Headline" */
            if (first) {
                size_t fl = (size_t)(first - t);
                const char *rest = first + sl;
                if ((site && strlen(site) == fl && !strncasecmp(t, site, fl)) ||
                    (h1 && !strcasecmp(rest, h1))) {
                    memmove(t, rest, strlen(rest) + 1);
                    return;
                }
            }
        }
    }
}

/* Does the page show one part of "A | B" as its headline: the h1, or a
 * block that starts with it? Then the title is cut to that part. */
static int part_shown(const struct walk *w, const char *p, size_t n, const char *h1)
{
    if (n < 8)
        return 0;
    if (h1 && strlen(h1) == n && !strncasecmp(h1, p, n))
        return 1;
    for (size_t b = 0; b < w->nb; b++) {
        const struct block *bl = &w->bl[b];
        if (bl->len >= n && bl->len <= n + 60 && !strncasecmp(w->text.s + bl->off, p, n) &&
            (bl->len == n || w->text.s[bl->off + n] == ' '))
            return 1;
    }
    return 0;
}

static int title_on_page(const struct walk *w, char *t, const char *h1)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xB7 ", " \xC2\xBB ", ": ", NULL};
    if (!t)
        return 0;
    for (size_t i = 0; seps[i]; i++) {
        size_t sl = strlen(seps[i]);
        for (char *p = strstr(t, seps[i]); p; p = strstr(p + 1, seps[i])) {
            size_t head = (size_t)(p - t);
            const char *tail = p + sl;
            if (part_shown(w, t, head, h1)) {
                t[head] = '\0';
                return 1;
            }
            if (part_shown(w, tail, strlen(tail), h1)) {
                memmove(t, tail, strlen(tail) + 1);
                return 1;
            }
        }
    }
    return 0;
}

/* "YYYY-MM-DD" from a /YYYY/MM/DD/ (or /YYYY-MM-DD) path. */
static char *url_date(const char *u)
{
    if (!u)
        return NULL;
    for (const char *p = u; (p = strchr(p, '/')) != NULL; p++) {
        int y, mo, d;
        char sep;
        if (!(isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
              isdigit((unsigned char)p[3]) && isdigit((unsigned char)p[4])))
            continue;
        sep = p[5];
        if (sep != '/' && sep != '-')
            continue;
        if (!(isdigit((unsigned char)p[6]) && isdigit((unsigned char)p[7]) && p[8] == sep &&
              isdigit((unsigned char)p[9]) && isdigit((unsigned char)p[10])))
            continue;
        if (isdigit((unsigned char)p[11]))
            continue;
        y = (p[1] - '0') * 1000 + (p[2] - '0') * 100 + (p[3] - '0') * 10 + (p[4] - '0');
        mo = (p[6] - '0') * 10 + (p[7] - '0');
        d = (p[9] - '0') * 10 + (p[10] - '0');
        if (y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
            char *s = malloc(11);
            if (s)
                snprintf(s, 11, "%04d-%02d-%02d", y, mo, d);
            return s;
        }
    }
    return NULL;
}

static char *resolve_url(const char *href, const char *base)
{
    xmlChar *r;
    char *s;
    if (!href)
        return NULL;
    if (!base || strstr(href, "://"))
        return clean_dup(href);
    r = xmlBuildURI((const xmlChar *)href, (const xmlChar *)base);
    if (!r)
        return clean_dup(href);
    s = clean_dup((const char *)r);
    xmlFree(r);
    return s;
}

static char *take(char **slot)
{
    char *s = *slot;
    *slot = NULL;
    return s;
}

/* ----------------------------------------------------------------- API */

void html_doc_free(struct html_doc *doc)
{
    if (!doc)
        return;
    free(doc->title);
    free(doc->date);
    free(doc->author);
    free(doc->url);
    free(doc->text);
    memset(doc, 0, sizeof *doc);
}

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

int html_extract(const char *buf, size_t len, const char *charset, const char *page_url,
                 struct html_doc *out, char *err, size_t errlen)
{
    struct buf page = {0};
    struct walk w;
    struct meta m;
    htmlParserCtxtPtr ctxt = NULL;
    htmlDocPtr doc = NULL;
    xmlNode *root;
    unsigned flags = 0;
    int rc, best;

    assert(out);
    /* libxml2 2.9 must be initialised once before threads share it */
    pthread_once(&xml_once, xmlInitParser);
    memset(out, 0, sizeof *out);
    memset(&w, 0, sizeof w);
    memset(&m, 0, sizeof m);
    w.h1 = -1;
    if (len > HTML_MAX_INPUT_BYTES) {
        set_err(err, errlen, "page of %zu bytes is larger than the %zu-byte limit (HTML_MAX_INPUT_BYTES)",
                len, HTML_MAX_INPUT_BYTES);
        return FA_EINVAL;
    }
    if ((rc = decode_page(&page, buf ? buf : "", buf ? len : 0, charset, &flags)) != FA_OK) {
        set_err(err, errlen, "out of memory decoding the page");
        goto out;
    }
    if (!page.s)
        buf_add(&page, "", 0);
    if (page.oom) {
        rc = FA_ENOMEM;
        set_err(err, errlen, "out of memory decoding the page");
        goto out;
    }
    if (!(ctxt = htmlNewParserCtxt())) {
        rc = FA_ENOMEM;
        set_err(err, errlen, "out of memory creating the HTML parser");
        goto out;
    }
    /* No network, no error output, repair what is broken; the bytes are
     * UTF-8 by now, whatever the page's <meta> says. XML_PARSE_HUGE lifts
     * libxml2's 256-element depth limit, past which it drops the rest of
     * the page; the input is bounded by HTML_MAX_INPUT_BYTES instead, every
     * walk here is iterative, and the HTML parser expands no entities but
     * HTML's own (no DTD subsets, nothing external). */
    doc = htmlCtxtReadMemory(ctxt, page.s, (int)page.len, page_url ? page_url : "page.html", "UTF-8",
                             HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
    rc = FA_OK;
    root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        /* Nothing parseable (an empty page): no article, not an error. */
        flags |= HTML_FLAG_NO_ARTICLE;
        goto meta;
    }
    if ((rc = pass_index(&w, &m, root)) != FA_OK) {
        set_err(err, errlen, "out of memory reading the page");
        goto out;
    }
    pass_boiler(&w);
    pass_text(&w, &m, root);
    if (w.oom || w.text.oom) {
        rc = FA_ENOMEM;
        set_err(err, errlen, "out of memory reading the page");
        goto out;
    }
    out->title = take(m.og_title ? &m.og_title : m.title_tag ? &m.title_tag
                                  : m.ld_headline ? &m.ld_headline : &m.h1);
    if (!title_on_page(&w, out->title, m.h1))
        strip_site(out->title, m.site, m.h1);
    {
        const char *title = out->title;
        best = best_candidate(&w);
        if (best >= 0) {
            int region = article_region(&w, best);
            for (size_t i = 0; i < w.nbyl && !m.author[A_BYLINE]; i++)
                if (in_subtree(&w, region, w.byl[i].node))
                    m.author[A_BYLINE] = take(&w.byl[i].text);
            for (size_t i = 0; i < w.ndat && !m.date[D_CLASSTEXT]; i++)
                if (in_subtree(&w, region, w.dat[i].node))
                    m.date[D_CLASSTEXT] = take(&w.dat[i].text);
        }
        if (best >= 0) {
            const char *au = m.author[A_META] ? m.author[A_META] : m.author[A_JSONLD] ? m.author[A_JSONLD]
                           : m.author[A_ITEMPROP] ? m.author[A_ITEMPROP] : m.author[A_REL] ? m.author[A_REL]
                           : m.author[A_BYLINE];
            out->text = emit(&w, best, title, m.h1, au);
            if (!out->text) {
                rc = FA_ENOMEM;
                set_err(err, errlen, "out of memory extracting the text");
                goto out;
            }
        }
        if (!out->text || !out->text[0]) {
            free(out->text);
            out->text = NULL;
            flags |= HTML_FLAG_NO_ARTICLE;
            /* A list of links has no author or date of its own; the page's
             * meta tags and JSON-LD still count. */
            for (size_t i = A_ITEMPROP; i < 5; i++) {
                free(m.author[i]);
                m.author[i] = NULL;
            }
            for (size_t i = D_TIME; i < D_N; i++) {
                free(m.date[i]);
                m.date[i] = NULL;
            }
        }
    }
meta:
    if (!out->title) {
        out->title = take(m.og_title ? &m.og_title : m.title_tag ? &m.title_tag
                                      : m.ld_headline ? &m.ld_headline : &m.h1);
        strip_site(out->title, m.site, m.h1);
    }
    for (size_t i = 0; i < D_CLASSTEXT && !out->date; i++)
        out->date = take(&m.date[i]);
    for (size_t i = 0; i < 5 && !out->author; i++)
        out->author = take(&m.author[i]);
    {
        const char *u = m.canonical ? m.canonical : m.og_url ? m.og_url : m.ld_url ? m.ld_url : page_url;
        out->url = resolve_url(u, page_url);
    }
    if (!out->date)
        out->date = url_date(out->url);
    if (!out->date && page_url)
        out->date = url_date(page_url);
    if (!out->date)
        out->date = take(&m.date[D_CLASSTEXT]);
    out->flags = flags;
out:
    if (rc != FA_OK)
        html_doc_free(out);
    meta_free(&m);
    if (doc)
        xmlFreeDoc(doc);
    if (ctxt)
        htmlFreeParserCtxt(ctxt);
    free(page.s);
    for (size_t i = 0; i < w.nbyl; i++)
        free(w.byl[i].text);
    for (size_t i = 0; i < w.ndat; i++)
        free(w.dat[i].text);
    free(w.ni);
    free(w.bl);
    free(w.text.s);
    return rc;
}
