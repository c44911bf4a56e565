/* eval_html.c - how well html_extract (indexer/html.c) cuts the article out
 * of the labelled pages in tests/html/: article-body token precision,
 * recall and F1 per page and averaged (tokens are lower-cased words,
 * compared as multisets, as the public extraction benchmarks do), and the
 * share of metadata fields (title, date, author, url) found exactly.
 *
 * Usage: eval_html [-v|-q] [--floor F1] DIR  every DIR/NAME.html with its
 *                                            NAME.txt and NAME.meta (-v: each
 *                                            metadata miss, -q: totals only)
 *        eval_html --part tune DIR           one part only (while tuning,
 *                                            the held-out pages stay unseen)
 *        eval_html --dump FILE.html [URL]    print what is extracted
 * NAME.meta holds "key: value" lines: part (tune|heldout), page_url,
 * charset (passed as the transport's), title, date, author, url. An absent
 * key is expected absent (NULL); "none" in NAME.txt's place is an empty
 * file. --floor fails (exit 1) when the held-out mean F1 is below F1.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fa_error.h"
#include "../indexer/html.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *s = NULL;
    size_t cap = 0, n = 0, r;
    if (!f)
        return NULL;
    for (;;) {
        if (n + 65536 + 1 > cap) {
            char *p = realloc(s, cap = n + 65536 + 1);
            if (!p) {
                free(s);
                fclose(f);
                return NULL;
            }
            s = p;
        }
        r = fread(s + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    fclose(f);
    s[n] = '\0';
    if (len)
        *len = n;
    return s;
}

/* ------------------------------------------------------------ tokens */

struct toks {
    char  **t;
    size_t  n;
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Words: runs of ASCII letters and digits and of non-ASCII bytes (so a
 * UTF-8 letter is part of a word), ASCII lower-cased. */
static int tokenize(struct toks *out, const char *s)
{
    size_t cap = 0;
    out->t = NULL;
    out->n = 0;
    while (s && *s) {
        const char *st;
        while (*s && !(isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80))
            s++;
        if (!*s)
            break;
        st = s;
        while (*s && (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80))
            s++;
        /* U+FFFD and typographic punctuation are not words */
        if (out->n == cap) {
            char **p = realloc(out->t, (cap = cap ? cap * 2 : 256) * sizeof *p);
            if (!p)
                return -1;
            out->t = p;
        }
        {
            size_t n = (size_t)(s - st);
            char *w = malloc(n + 1);
            if (!w)
                return -1;
            for (size_t i = 0; i < n; i++)
                w[i] = (char)tolower((unsigned char)st[i]);
            w[n] = '\0';
            out->t[out->n++] = w;
        }
    }
    if (out->n)
        qsort(out->t, out->n, sizeof *out->t, cmp_str);
    return 0;
}

static void toks_free(struct toks *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->t[i]);
    free(t->t);
}

static size_t overlap(const struct toks *a, const struct toks *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        int c = strcmp(a->t[i], b->t[j]);
        if (c == 0)
            n++, i++, j++;
        else if (c < 0)
            i++;
        else
            j++;
    }
    return n;
}

/* ------------------------------------------------------------ meta */

static char *meta_get(const char *meta, const char *key)
{
    size_t kl = strlen(key);
    for (const char *p = meta; p && *p;) {
        const char *eol = strchr(p, '\n');
        size_t ll = eol ? (size_t)(eol - p) : strlen(p);
        if (ll > kl + 1 && !strncmp(p, key, kl) && p[kl] == ':') {
            const char *v = p + kl + 1;
            size_t vl = ll - kl - 1;
            char *s;
            while (vl && *v == ' ')
                v++, vl--;
            while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\r'))
                vl--;
            if (!(s = malloc(vl + 1)))
                return NULL;
            memcpy(s, v, vl);
            s[vl] = '\0';
            return s;
        }
        p = eol ? eol + 1 : NULL;
    }
    return NULL;
}

static int same(const char *a, const char *b)
{
    if (!a || !b)
        return !a && !b;
    return strcmp(a, b) == 0;
}

/* ------------------------------------------------------------ main */

enum { M_TITLE, M_DATE, M_AUTHOR, M_URL, M_N };
static const char *const mkeys[M_N] = {"title", "date", "author", "url"};

struct part {
    const char *name;
    size_t      pages;
    double      p, r, f;
    size_t      mok[M_N], mall;
};

static int dump(const char *file, const char *url)
{
    size_t len;
    char *buf = slurp(file, &len), err[256] = "";
    struct html_doc d;
    int rc;
    if (!buf) {
        fprintf(stderr, "eval_html: %s: %s\n", file, strerror(errno));
        return 1;
    }
    rc = html_extract(buf, len, NULL, url, &d, err, sizeof err);
    free(buf);
    if (rc != FA_OK) {
        fprintf(stderr, "eval_html: %s: %s\n", file, err);
        return 1;
    }
    printf("title: %s\ndate: %s\nauthor: %s\nurl: %s\nflags: %u\n\n%s\n", d.title ? d.title : "(none)",
           d.date ? d.date : "(none)", d.author ? d.author : "(none)", d.url ? d.url : "(none)",
           d.flags, d.text ? d.text : "(no text)");
    html_doc_free(&d);
    return 0;
}

static int filter_html(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return n > 5 && !strcmp(e->d_name + n - 5, ".html");
}

int main(int argc, char **argv)
{
    struct part parts[2] = {{.name = "tune"}, {.name = "heldout"}};
    struct dirent **ents = NULL;
    double floor = -1;
    const char *only = NULL;   /* --part tune: evaluate one part only */
    int verbose = 0, quiet = 0, n, ai = 1, status = 0;
    const char *dir;

    if (argc >= 3 && !strcmp(argv[1], "--dump"))
        return dump(argv[2], argc > 3 ? argv[3] : NULL);
    for (; ai < argc && argv[ai][0] == '-'; ai++) {
        if (!strcmp(argv[ai], "-v"))
            verbose = 1;
        else if (!strcmp(argv[ai], "-q"))
            quiet = 1;
        else if (!strcmp(argv[ai], "--floor") && ai + 1 < argc)
            floor = strtod(argv[++ai], NULL);
        else if (!strcmp(argv[ai], "--part") && ai + 1 < argc)
            only = argv[++ai];
        else
            break;
    }
    if (ai + 1 != argc) {
        fprintf(stderr, "usage: eval_html [-v|-q] [--floor F1] [--part P] DIR | --dump FILE.html [URL]\n");
        return 2;
    }
    dir = argv[ai];
    n = scandir(dir, &ents, filter_html, alphasort);
    if (n < 0) {
        fprintf(stderr, "eval_html: %s: %s\n", dir, strerror(errno));
        return 1;
    }
    for (int i = 0; i < n; i++) {
        char path[4096], err[256] = "";
        size_t nl = strlen(ents[i]->d_name) - 5, len = 0;
        char *html, *gold, *meta, *part, *purl, *cs;
        struct html_doc d;
        struct toks tg, te;
        double p, r, f;
        size_t ov, mok = 0;
        struct part *pt;
        int rc;

        snprintf(path, sizeof path, "%s/%s", dir, ents[i]->d_name);
        html = slurp(path, &len);
        snprintf(path, sizeof path, "%s/%.*s.txt", dir, (int)nl, ents[i]->d_name);
        gold = slurp(path, NULL);
        snprintf(path, sizeof path, "%s/%.*s.meta", dir, (int)nl, ents[i]->d_name);
        meta = slurp(path, NULL);
        if (!html || !gold || !meta) {
            fprintf(stderr, "eval_html: %s: missing %s\n", ents[i]->d_name,
                    !html ? "page" : !gold ? ".txt" : ".meta");
            status = 1;
            free(html), free(gold), free(meta);
            continue;
        }
        part = meta_get(meta, "part");
        purl = meta_get(meta, "page_url");
        cs = meta_get(meta, "charset");
        pt = part && !strcmp(part, "heldout") ? &parts[1] : &parts[0];
        if (only && strcmp(only, pt->name) != 0) {
            free(html), free(gold), free(meta), free(part), free(purl), free(cs);
            continue;
        }
        rc = html_extract(html, len, cs, purl, &d, err, sizeof err);
        if (rc != FA_OK) {
            fprintf(stderr, "eval_html: %s: %s\n", ents[i]->d_name, err);
            status = 1;
            memset(&d, 0, sizeof d);
        }
        if (tokenize(&tg, gold) || tokenize(&te, d.text)) {
            fprintf(stderr, "eval_html: out of memory\n");
            return 1;
        }
        ov = overlap(&tg, &te);
        if (!tg.n && !te.n)
            p = r = f = 1;
        else {
            p = te.n ? (double)ov / (double)te.n : 0;
            r = tg.n ? (double)ov / (double)tg.n : 0;
            f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
        pt->pages++;
        pt->p += p, pt->r += r, pt->f += f;
        for (int k = 0; k < M_N; k++) {
            char *want = meta_get(meta, mkeys[k]);
            const char *got = k == M_TITLE ? d.title : k == M_DATE ? d.date : k == M_AUTHOR ? d.author : d.url;
            int ok = same(want, got);
            mok += (size_t)ok;
            pt->mok[k] += (size_t)ok;
            if (!ok && verbose)
                printf("   %-28.*s %s: want '%s' got '%s'\n", (int)nl, ents[i]->d_name, mkeys[k],
                       want ? want : "(none)", got ? got : "(none)");
            free(want);
        }
        pt->mall++;
        if (!quiet)
            printf("%-30.*s %-7s P %.3f R %.3f F1 %.3f  meta %zu/%d\n", (int)nl, ents[i]->d_name,
               pt->name, p, r, f, mok, M_N);
        toks_free(&tg);
        toks_free(&te);
        html_doc_free(&d);
        free(html), free(gold), free(meta), free(part), free(purl), free(cs);
    }
    for (int i = 0; i < n; i++)
        free(ents[i]);
    free(ents);
    printf("== html extraction (token P/R/F1 averaged over pages; metadata exact)\n");
    for (int k = 0; k < 2; k++) {
        struct part *pt = &parts[k];
        double d = pt->pages ? (double)pt->pages : 1;
        printf("%-7s %2zu pages  P %.3f  R %.3f  F1 %.3f  meta:", pt->name, pt->pages, pt->p / d,
               pt->r / d, pt->f / d);
        for (int m = 0; m < M_N; m++)
            printf(" %s %zu/%zu", mkeys[m], pt->mok[m], pt->mall);
        printf("\n");
    }
    if (parts[0].pages + parts[1].pages == 0) {
        fprintf(stderr, "eval_html: no pages in %s\n", dir);
        return 1;
    }
    if (floor >= 0 && !only) {
        double f = parts[1].pages ? parts[1].f / (double)parts[1].pages : 0;
        if (f < floor) {
            printf("eval_html: held-out mean F1 %.3f is below the floor %.3f\n", f, floor);
            status = 1;
        }
    }
    return status;
}
