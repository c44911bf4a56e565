/* fa_entity.c - loading the gazetteer (the tables in data/gazetteer/) into hash
 * tables, and the lookups the searcher makes with it: what a user typed to
 * a canonical value, suggestions for typos, display names and posts.
 *
 * The files are written by scripts/build-gazetteer; their rows are used in
 * place (the strings point into the file buffers). Tagging text lives in
 * the indexer (indexer/entities.c), the tokenizer in fa_entity_tok.c.
 */
#define _XOPEN_SOURCE 700   /* realpath() */
#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "fa_entity_int.h"
#include "fa_error.h"

enum { F_WORDS, F_COUNTRIES, F_TERMS, F_OFFICIALS, F_TITLES, F_CONTEXT, F_ROLES, F_N };
static const char *const file_names[F_N] = {
    "words.tsv", "countries.tsv", "terms.tsv", "officials.tsv",
    "titles.tsv", "context.tsv", "roles.tsv",
};
/* roles.tsv only names posts for role: (fa_role.h); a gazetteer folder
 * without one (written before it was kept) loads, with no post names. */
#define F_OPTIONAL(which) ((which) == F_ROLES)

typedef struct {               /* loader state, gone after fa_gazetteer_load */
    fa_gazetteer *g;
    fa_toks       toks;        /* scratch tokenizer                          */
    const char   *dir, *file;
    size_t        line;
    char         *errbuf;
    size_t        errlen;
} loader;

static int fail(loader *L, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(loader *L, int rc, const char *fmt, ...)
{
    if (L->errbuf && L->errlen) {
        int n = L->file ? snprintf(L->errbuf, L->errlen, L->line ? "%s/%s:%zu: " : "%s/%s: ",
                                   L->dir, L->file, L->line)
                        : 0;
        if (n < 0)
            n = 0;
        if ((size_t)n < L->errlen) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(L->errbuf + n, L->errlen - (size_t)n, fmt, ap);
            va_end(ap);
        }
    }
    return rc;
}

static int oom(loader *L)
{
    L->file = NULL;
    return fail(L, FA_ENOMEM, "out of memory");
}

/* ---- generic open addressing ------------------------------------------- */

static size_t pow2_at_least(size_t n)
{
    size_t c = 64;
    while (c < n)
        c *= 2;
    return c;
}

static int key_eq(const fa_gazetteer *g, uint32_t key, uint32_t keylen,
                  const char *s, size_t n)
{
    return keylen == n && memcmp(g->keys + key, s, n) == 0;
}

/* Does the key equal tokens [from, from+n) joined by single spaces? */
static int key_eq_toks(const fa_gazetteer *g, const fa_phrase *p,
                       const fa_toks *t, size_t from, size_t n)
{
    const char *k = g->keys + p->key, *end = k + p->keylen;
    for (size_t i = 0; i < n; i++) {
        const fa_tok *x = &t->tok[from + i];
        if (i > 0) {
            if (k >= end || *k != ' ')
                return 0;
            k++;
        }
        if ((size_t)(end - k) < x->flen || memcmp(k, fa__tok_fold(t, from + i), x->flen))
            return 0;
        k += x->flen;
    }
    return k == end;
}

const fa_phrase *fa__phrase_find(const fa_gazetteer *g, uint64_t hash,
                                const fa_toks *t, size_t from, size_t n)
{
    if (!g->phrases)
        return NULL;
    for (size_t i = hash & g->phrase_mask;; i = (i + 1) & g->phrase_mask) {
        const fa_phrase *p = &g->phrases[i];
        if (!p->used)
            return NULL;
        if (p->hash == hash && p->ntok == n && key_eq_toks(g, p, t, from, n))
            return p;
    }
}

const fa_word *fa__word_find(const fa_gazetteer *g, uint64_t hash,
                            const char *w, size_t n)
{
    if (!g->words)
        return NULL;
    for (size_t i = hash & g->word_mask;; i = (i + 1) & g->word_mask) {
        const fa_word *e = &g->words[i];
        if (!e->used)
            return NULL;
        if (e->hash == hash && key_eq(g, e->key, e->keylen, w, n))
            return e;
    }
}

uint16_t fa__word_class(const fa_gazetteer *g, const fa_toks *t, size_t i)
{
    const fa_tok *x = &t->tok[i];
    const fa_word *w = fa__word_find(g, x->hash, fa__tok_fold(t, i), x->flen);
    return w ? w->wclass : 0;
}

static const fa_ckey *ckey_find(const fa_gazetteer *g, uint64_t hash,
                                const char *s, size_t n)
{
    if (!g->ckeys)
        return NULL;
    for (size_t i = hash & g->ckey_mask;; i = (i + 1) & g->ckey_mask) {
        const fa_ckey *e = &g->ckeys[i];
        if (!e->used)
            return NULL;
        if (e->hash == hash && key_eq(g, e->key, e->keylen, s, n))
            return e;
    }
}

/* Grow a table of 'size'-byte entries (hash first, 'used' flag at 'usedoff')
 * to keep it at most half full. */
static int table_reserve(void **tab, size_t *mask, size_t count, size_t size,
                         size_t usedoff)
{
    size_t cap = *tab ? *mask + 1 : 0;
    if (2 * (count + 1) <= cap)
        return FA_OK;
    size_t ncap = pow2_at_least(4 * (count + 1));
    char *n = calloc(ncap, size);
    if (!n)
        return FA_ENOMEM;
    char *o = *tab;
    for (size_t i = 0; i < cap; i++) {
        char *e = o + i * size;
        if (!e[usedoff])
            continue;
        uint64_t h;
        memcpy(&h, e, sizeof h);
        size_t j = h & (ncap - 1);
        while (n[j * size + usedoff])
            j = (j + 1) & (ncap - 1);
        memcpy(n + j * size, e, size);
    }
    free(o);
    *tab = n;
    *mask = ncap - 1;
    return FA_OK;
}

static int keys_add(fa_gazetteer *g, const char *s, size_t n, uint32_t *off)
{
    if (g->nkeys + n + 1 > g->capkeys) {
        size_t c = g->capkeys ? g->capkeys : 1 << 16;
        while (c < g->nkeys + n + 1)
            c *= 2;
        char *k = realloc(g->keys, c);
        if (!k)
            return FA_ENOMEM;
        g->keys = k;
        g->capkeys = c;
    }
    memcpy(g->keys + g->nkeys, s, n);
    g->keys[g->nkeys + n] = '\0';
    *off = (uint32_t)g->nkeys;
    g->nkeys += n + 1;
    return FA_OK;
}

/* ---- folding a gazetteer string ---------------------------------------- */

typedef struct {
    uint32_t key, keylen;      /* in g->keys                                 */
    uint64_t hash;             /* span hash of all tokens                    */
    size_t   ntok;
    uint16_t capmask, acromask;
} folded;

/* Fold 's' with the text tokenizer and store the key. The case masks say
 * which words must be capitalised (or in capitals) when matched in text;
 * function words and name particles never are. */
static int fold_key(loader *L, const char *s, folded *out)
{
    fa_gazetteer *g = L->g;
    fa_toks *t = &L->toks;
    char buf[512];
    size_t n = 0;

    memset(out, 0, sizeof *out);
    if (fa__toks_run(t, NULL, s, strlen(s)))
        return oom(L);
    out->hash = FA_HASH_SEED;
    for (size_t i = 0; i < t->ntok; i++) {
        const fa_tok *x = &t->tok[i];
        if (n + x->flen + 1 >= sizeof buf)
            break;
        if (i > 0)
            buf[n++] = ' ';
        memcpy(buf + n, fa__tok_fold(t, i), x->flen);
        n += x->flen;
        out->hash = fa__hash_step(out->hash, x->hash);
        out->ntok++;
        if (i < 16 && !(fa__word_class(g, t, i) & (WC_FUNC | WC_PARTICLE))) {
            if (x->shape == SHAPE_UPPER)
                out->acromask |= (uint16_t)(1u << i);
            else if (x->shape == SHAPE_CAP)
                out->capmask |= (uint16_t)(1u << i);
        }
    }
    if (out->ntok == 0)
        return FA_OK;
    if (out->ntok > 255)
        return fail(L, FA_EINVAL, "more than 255 words in \"%s\"", s);
    out->keylen = (uint32_t)n;
    return keys_add(g, buf, n, &out->key) ? oom(L) : FA_OK;
}

/* Find or add the phrase entry for a folded key, and mark its prefixes. */
static int phrase_add(loader *L, const folded *f, fa_phrase **out)
{
    fa_gazetteer *g = L->g;
    fa_toks *t = &L->toks;      /* still holds the tokens of the key */
    uint64_t h = FA_HASH_SEED;

    for (size_t len = 1; len <= f->ntok; len++) {
        h = fa__hash_step(h, t->tok[len - 1].hash);
        if (table_reserve((void **)&g->phrases, &g->phrase_mask, g->nphrases,
                          sizeof(fa_phrase), offsetof(fa_phrase, used)))
            return FA_ENOMEM;
        fa_phrase *p = (fa_phrase *)fa__phrase_find(g, h, t, 0, len);
        if (!p) {
            size_t i = h & g->phrase_mask;
            while (g->phrases[i].used)
                i = (i + 1) & g->phrase_mask;
            p = &g->phrases[i];
            p->hash = h;
            p->key = f->key;
            p->keylen = len == f->ntok ? f->keylen
                      : (uint32_t)(t->tok[len - 1].foff + t->tok[len - 1].flen -
                                   t->tok[0].foff + (len - 1));
            p->term = p->official = p->title = -1;
            p->ntok = (uint8_t)len;
            p->used = 1;
            g->nphrases++;
        }
        if (len < f->ntok)
            p->prefix = 1;
        else
            *out = p;
    }
    uint64_t b = t->tok[0].hash & ((1u << FA_FIRST_BITS) - 1);
    g->first[b >> 6] |= 1ULL << (b & 63);
    if (f->ntok > g->maxtok)
        g->maxtok = f->ntok;
    return FA_OK;
}

/* Word-table entry for a one-word (or several-word, for surnames) key.
 * 'keyoff' is the key's offset in g->keys when it is stored there already
 * (then 's' points into g->keys, which keys_add may move), else NO_KEY. */
#define NO_KEY UINT32_MAX
static int word_add(loader *L, const char *s, size_t n, uint64_t h,
                    uint32_t keyoff, fa_word **out)
{
    fa_gazetteer *g = L->g;
    if (table_reserve((void **)&g->words, &g->word_mask, g->nwords,
                      sizeof(fa_word), offsetof(fa_word, used)))
        return FA_ENOMEM;
    fa_word *w = (fa_word *)fa__word_find(g, h, s, n);
    if (!w) {
        size_t i = h & g->word_mask;
        while (g->words[i].used)
            i = (i + 1) & g->word_mask;
        w = &g->words[i];
        memset(w, 0, sizeof *w);
        w->hash = h;
        w->keylen = (uint32_t)n;
        w->used = 1;
        w->key = keyoff;
        if (keyoff == NO_KEY && keys_add(g, s, n, &w->key))
            return FA_ENOMEM;
        g->nwords++;
    }
    *out = w;
    return FA_OK;
}

/* The priority from which a country key names a display-only country. */
#define CKEY_UNTAGGED 100

static int ckey_add(loader *L, const folded *f, int32_t code, uint8_t prio)
{
    fa_gazetteer *g = L->g;
    if (table_reserve((void **)&g->ckeys, &g->ckey_mask, g->nckeys,
                      sizeof(fa_ckey), offsetof(fa_ckey, used)))
        return FA_ENOMEM;
    const char *k = g->keys + f->key;
    uint64_t h = fa__hash_bytes(k, f->keylen);
    fa_ckey *e = (fa_ckey *)ckey_find(g, h, k, f->keylen);
    if (!e) {
        size_t i = h & g->ckey_mask;
        while (g->ckeys[i].used)
            i = (i + 1) & g->ckey_mask;
        e = &g->ckeys[i];
        e->hash = h;
        e->key = f->key;
        e->keylen = f->keylen;
        e->prio = 255;
        e->used = 1;
        g->nckeys++;
    }
    if (prio < e->prio) {
        e->prio = prio;
        e->code = code;
    }
    return FA_OK;
}

/* ---- reading the files ------------------------------------------------- */

static int slurp(loader *L, int which)
{
    char path[4096];
    FILE *f = NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int rc = FA_OK;

    L->file = file_names[which];
    L->line = 0;
    int w = snprintf(path, sizeof path, "%s/%s", L->dir, L->file);
    if (w < 0 || (size_t)w >= sizeof path)
        return fail(L, FA_EINVAL, "path too long");
    if (!(f = fopen(path, "rb"))) {
        if (errno == ENOENT && F_OPTIONAL(which)) {
            if (!(L->g->files[which] = calloc(1, 1)))
                return oom(L);
            return FA_OK;
        }
        return fail(L, FA_EIO, "cannot open: %s", strerror(errno));
    }
    for (;;) {
        if (cap - n < 65536) {
            cap = cap ? cap * 2 : 1 << 18;
            char *b = realloc(buf, cap + 1);
            if (!b) {
                rc = oom(L);
                goto out;
            }
            buf = b;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    if (ferror(f)) {
        rc = fail(L, FA_EIO, "read error");
        goto out;
    }
    buf[n] = '\0';
    if (strlen(buf) != n) {
        rc = fail(L, FA_EINVAL, "NUL byte in file");
        goto out;
    }
    L->g->files[which] = buf;
    buf = NULL;
out:
    free(buf);
    if (f)
        fclose(f);
    return rc;
}

/* Cut the next data line into fields in place. Returns the number of
 * fields (0 at the end of the buffer); '#' lines and blank lines skipped. */
static size_t next_row(loader *L, char **pos, char **field, size_t max)
{
    char *p = *pos;
    for (;;) {
        if (!*p)
            return 0;
        L->line++;
        char *eol = strchr(p, '\n');
        char *next = eol ? eol + 1 : p + strlen(p);
        if (eol)
            *eol = '\0';
        if (eol > p && eol[-1] == '\r')
            eol[-1] = '\0';
        if (*p && *p != '#') {
            size_t nf = 0;
            field[nf++] = p;
            for (char *q = p; *q; q++) {
                if (*q == '\t') {
                    *q = '\0';
                    if (nf < max)
                        field[nf] = q + 1;
                    nf++;
                }
            }
            *pos = next;
            return nf;
        }
        p = next;
    }
}

static int need_fields(loader *L, size_t got, size_t want)
{
    if (got != want)
        return fail(L, FA_EINVAL, "expected %zu tab-separated fields, found %zu",
                    want, got);
    return FA_OK;
}

static int cmp_country(const void *a, const void *b)
{
    return strcmp(((const fa_country *)a)->code, ((const fa_country *)b)->code);
}

static int cmp_official(const void *a, const void *b)
{
    return strcmp(((const fa_official *)a)->name, ((const fa_official *)b)->name);
}

static int32_t country_index(const fa_gazetteer *g, const char *code)
{
    fa_country key = { .code = code };
    const fa_country *c = bsearch(&key, g->countries, g->ncountries,
                                  sizeof key, cmp_country);
    return c ? (int32_t)(c - g->countries) : -1;
}

static size_t count_lines(const char *s)
{
    size_t n = 1;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static int load_words(loader *L)
{
    char *pos = L->g->files[F_WORDS], *fld[4];
    size_t nf;
    while ((nf = next_row(L, &pos, fld, 4))) {
        if (need_fields(L, nf, 2))
            return FA_EINVAL;
        uint16_t c = 0;
        for (const char *p = fld[1]; *p; p++) {
            switch (*p) {
            case 'f': c |= WC_FUNC; break;
            case 's': c |= WC_STOP; break;
            case 't': c |= WC_TIME; break;
            case 'p': c |= WC_CUE; break;
            case 'l': c |= WC_LOC; break;
            case 'b': c |= WC_ABBR; break;
            case 'r': c |= WC_PARTICLE; break;
            case 'i': c |= WC_INST; break;
            case 'n': c |= WC_SURNAME; break;
            default: return fail(L, FA_EINVAL, "unknown word class '%c'", *p);
            }
        }
        if (fa__toks_run(&L->toks, NULL, fld[0], strlen(fld[0])))
            return oom(L);
        if (L->toks.ntok != 1)
            return fail(L, FA_EINVAL, "\"%s\" is not one word", fld[0]);
        fa_word *w;
        if (word_add(L, fa__tok_fold(&L->toks, 0), L->toks.tok[0].flen,
                     L->toks.tok[0].hash, NO_KEY, &w))
            return oom(L);
        w->wclass |= c;
    }
    return FA_OK;
}

static int load_countries(loader *L)
{
    fa_gazetteer *g = L->g;
    char *pos = g->files[F_COUNTRIES], *fld[4];
    size_t nf;
    if (!(g->countries = calloc(count_lines(pos), sizeof *g->countries)))
        return oom(L);
    while ((nf = next_row(L, &pos, fld, 4))) {
        if (need_fields(L, nf, 3))
            return FA_EINVAL;
        if (strlen(fld[1]) != 1 || !strchr("cho", fld[1][0]))
            return fail(L, FA_EINVAL, "kind must be c, h or o");
        fa_country *c = &g->countries[g->ncountries++];
        c->code = fld[0];
        c->kind = fld[1][0];
        c->name = fld[2];
    }
    qsort(g->countries, g->ncountries, sizeof *g->countries, cmp_country);
    for (size_t i = 1; i < g->ncountries; i++)
        if (!strcmp(g->countries[i - 1].code, g->countries[i].code))
            return fail(L, FA_EINVAL, "duplicate code %s", g->countries[i].code);
    return FA_OK;
}

/* A year of an era, or 'open' for an empty one. -1 when it is not 1-4 digits. */
static int era_year(const char *s, size_t n, int open)
{
    int y = 0;
    if (!n)
        return open;
    if (n > 4)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        y = y * 10 + (s[i] - '0');
    }
    return y;
}

/* terms.tsv's fourth column, "CODE:FROM-TO|...", appended to g->eras. */
static int load_eras(loader *L, char *spec, fa_term *tm)
{
    fa_gazetteer *g = L->g;
    for (char *p = spec; *p;) {
        size_t n = strcspn(p, "|");
        char *colon = memchr(p, ':', n), *dash = colon ? memchr(colon, '-', n - (size_t)(colon - p)) : NULL;
        if (!colon || !dash || colon == p)
            return fail(L, FA_EINVAL, "years \"%.*s\" are not CODE:FROM-TO", (int)n, p);
        fa_era e = { .code = -1 };
        int from = era_year(colon + 1, (size_t)(dash - colon - 1), INT16_MIN);
        int to = era_year(dash + 1, n - (size_t)(dash + 1 - p), INT16_MAX);
        if (from == -1 || to == -1 || from > to)
            return fail(L, FA_EINVAL, "years \"%.*s\" are not CODE:FROM-TO", (int)n, p);
        e.from = (int16_t)from;
        e.to = (int16_t)to;
        *colon = '\0';
        if (strcmp(p, "-") && (e.code = country_index(g, p)) < 0)
            return fail(L, FA_EINVAL, "unknown country code %s in its years", p);
        if (tm->nera == UINT16_MAX)
            return fail(L, FA_EINVAL, "too many years");
        g->eras[g->neras++] = e;
        tm->nera++;
        p += n + (p[n] == '|');
    }
    return FA_OK;
}

static int load_terms(loader *L)
{
    fa_gazetteer *g = L->g;
    char *pos = g->files[F_TERMS], *fld[4];
    size_t nf;
    if (!(g->terms = calloc(count_lines(pos), sizeof *g->terms)))
        return oom(L);
    /* An era is at least "X:-1": 5 bytes of the file. */
    if (!(g->eras = calloc(strlen(pos) / 5 + 1, sizeof *g->eras)))
        return oom(L);
    while ((nf = next_row(L, &pos, fld, 4))) {
        if (nf != 4 && need_fields(L, nf, 3))
            return FA_EINVAL;
        fa_term tm = { .code = -1, .ctx = -1, .era = (uint32_t)g->neras };
        if (nf == 4 && load_eras(L, fld[3], &tm))
            return FA_EINVAL;
        tm.kind = (uint8_t)fld[2][0];
        if (!strchr("NDCKB", tm.kind) || !tm.kind)
            return fail(L, FA_EINVAL, "unknown term kind '%s'", fld[2]);
        for (const char *p = fld[2] + 1; *p; p++) {
            switch (*p) {
            case 'm': tm.flags |= TF_CAPSSKIP; break;
            case 'n': tm.flags |= TF_NAMEADJ; break;
            case 'q': tm.flags |= TF_NEEDCUE; break;
            case 'x': tm.flags |= TF_LOOKUP; break;
            default: return fail(L, FA_EINVAL, "unknown term flag '%c'", *p);
            }
        }
        if (strcmp(fld[1], "-") != 0) {
            if ((tm.code = country_index(g, fld[1])) < 0)
                return fail(L, FA_EINVAL, "unknown country code %s", fld[1]);
        } else if (tm.kind != TERM_BLOCK && !tm.nera) {
            return fail(L, FA_EINVAL, "a blocker must have kind B");
        } else if (tm.kind == TERM_BLOCK && tm.nera) {
            return fail(L, FA_EINVAL, "a blocker has no years");
        }
        folded f;
        int rc = fold_key(L, fld[0], &f);
        if (rc)
            return rc;
        if (!f.ntok)
            return fail(L, FA_EINVAL, "term \"%s\" has no words", fld[0]);
        tm.capmask = f.capmask;
        tm.acromask = f.acromask;
        tm.ntok = (uint8_t)(f.ntok > 255 ? 255 : f.ntok);

        /* User lookups know every term, text matching all but codes. The
         * terms of a display-only country (Kosovo) are keys too, after
         * every other country's, so that a lookup can say why it is not a
         * value (fa_gazetteer_country_untagged). */
        const fa_country *c = tm.code >= 0 ? &g->countries[tm.code] : NULL;
        if (c) {
            uint8_t prio = tm.kind == TERM_CODE ? 0 : tm.kind == TERM_NAME ? 1
                         : tm.kind == TERM_DEMONYM ? 2 : 3;
            if (ckey_add(L, &f, tm.code, c->kind == 'o' ? CKEY_UNTAGGED + prio : prio))
                return oom(L);
        }
        if (tm.kind == TERM_CODE)
            continue;
        fa_phrase *p;
        if (phrase_add(L, &f, &p))
            return oom(L);
        if (p->term < 0) {
            g->terms[g->nterms] = tm;
            p->term = (int32_t)g->nterms++;
        }
    }
    /* A country's display name is a lookup key too ("Russia"). */
    for (size_t i = 0; i < g->ncountries; i++) {
        folded f;
        if (g->countries[i].kind == 'o')
            continue;
        int rc = fold_key(L, g->countries[i].name, &f);
        if (rc)
            return rc;
        if (f.ntok && ckey_add(L, &f, (int32_t)i, 1))
            return oom(L);
    }
    return FA_OK;
}

/* Add one surname key (folded) for official 'id' to the pending list. */
typedef struct { uint32_t key, keylen; uint64_t hash; uint32_t id; } surname;

static int cmp_surname(const void *a, const void *b)
{
    const surname *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    if (x->keylen != y->keylen)
        return x->keylen < y->keylen ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* One tenure "FIRST-LAST Post", or "~FIRST-LAST Post" for years in which
 * the post is only attested (the reference data's speech years): *a and *b
 * widened by the slack that applies, the post at *post (*plen bytes). The
 * entry is n bytes at s. 0 when it is malformed. */
static int tenure_parse(const char *s, size_t n, int *a, int *b,
                        const char **post, size_t *plen)
{
    int slack = FA_TENURE_SLACK;
    if (n && *s == '~') {
        slack = FA_ATTESTED_SLACK;
        s++;
        n--;
    }
    if (n < 9 || n == 10 || s[4] != '-' || (n > 9 && s[9] != ' '))
        return 0;
    for (int k = 0; k < 9; k++)
        if (k != 4 && (s[k] < '0' || s[k] > '9'))
            return 0;
    *a = atoi(s);
    *b = atoi(s + 5);
    if (*a < 1000 || *b < *a)
        return 0;
    *a -= slack;
    *b += slack;
    *post = n > 10 ? s + 10 : NULL;
    *plen = n > 10 ? n - 10 : 0;
    return 1;
}

/* Checks official o's tenures and sets the years it may be named in. */
static int tenure_span(loader *L, fa_official *o)
{
    int first = 0, attested = 0;
    o->from = o->to = o->start = 0;
    for (const char *s = o->tenures; *s;) {
        size_t n = strcspn(s, "|"), plen;
        int a, b;
        const char *post;
        if (!tenure_parse(s, n, &a, &b, &post, &plen))
            return fail(L, FA_EINVAL, "bad tenure \"%.*s\" (want [~]FIRST-LAST [Post])",
                        (int)n, s);
        int y = atoi(s + (*s == '~'));
        if (!first || y < first || (y == first && *s == '~')) {
            first = y;
            attested = *s == '~';
        }
        if (!o->from || a < o->from)
            o->from = (int16_t)a;
        if (b > o->to)
            o->to = (int16_t)b;
        s += n + (s[n] == '|');
    }
    if (!attested)
        o->start = (int16_t)first;
    return FA_OK;
}

int fa__official_fits(const fa_official *o, int year)
{
    if (!year || !o->from)
        return 1;
    for (const char *s = o->tenures; *s;) {
        size_t n = strcspn(s, "|"), plen;
        int a, b;
        const char *post;
        if (tenure_parse(s, n, &a, &b, &post, &plen) && year >= a && year <= b)
            return 1;
        s += n + (s[n] == '|');
    }
    return 0;
}

const char *fa__official_post_at(const fa_official *o, int year, size_t *len)
{
    const char *best = NULL;
    int bestd = 0;
    for (const char *s = o->tenures; year && *s;) {
        size_t n = strcspn(s, "|"), plen;
        int a, b;
        const char *post;
        if (tenure_parse(s, n, &a, &b, &post, &plen) && post) {
            int d = year < a ? a - year : year > b ? year - b : 0;
            /* Inside two tenures, the later-starting one (the entries are
             * ascending): the post taken up last is the one the person is
             * named by (a President who was Permanent Representative). */
            if (!best || d <= bestd) {
                best = post;
                *len = plen;
                bestd = d;
            }
        }
        s += n + (s[n] == '|');
    }
    return best;
}

static int load_officials(loader *L)
{
    fa_gazetteer *g = L->g;
    char *pos = g->files[F_OFFICIALS], *fld[8];
    char **variants = NULL, **surnames = NULL;
    surname *sn = NULL;
    size_t nsn = 0, capsn = 0, nf, nl = count_lines(pos);
    int rc = FA_OK;

    g->officials = calloc(nl, sizeof *g->officials);
    variants = calloc(nl, sizeof *variants);
    surnames = calloc(nl, sizeof *surnames);
    if (!g->officials || !variants || !surnames) {
        rc = oom(L);
        goto out;
    }
    while ((nf = next_row(L, &pos, fld, 8))) {
        if ((rc = need_fields(L, nf, 7)))
            goto out;
        if (!*fld[0]) {
            rc = fail(L, FA_EINVAL, "empty name");
            goto out;
        }
        if (*fld[1] && country_index(g, fld[1]) < 0) {
            rc = fail(L, FA_EINVAL, "unknown country code %s", fld[1]);
            goto out;
        }
        fa_official *o = &g->officials[g->nofficials];
        o->name = fld[0];
        o->country = fld[1];
        o->post = fld[2];
        o->posts = fld[3];
        o->tenures = fld[6];
        if ((rc = tenure_span(L, o)))
            goto out;
        /* Keep the two list fields with the row until it is sorted. */
        surnames[g->nofficials] = fld[4];
        variants[g->nofficials] = fld[5];
        g->nofficials++;
    }
    /* The names must be sorted (bytewise) for the display lookups; the
     * build script writes them so, and this checks rather than sorts, so the
     * side lists stay aligned. */
    for (size_t i = 1; i < g->nofficials; i++) {
        int c = strcmp(g->officials[i - 1].name, g->officials[i].name);
        if (c >= 0) {
            L->line = 0;
            rc = fail(L, FA_EINVAL, c ? "names not sorted at \"%s\""
                                      : "duplicate name \"%s\"",
                      g->officials[i].name);
            goto out;
        }
    }
    for (size_t i = 0; i < g->nofficials; i++) {
        /* Full name forms (two words or more) go into the phrase table. */
        const char *forms[2] = { g->officials[i].name, variants[i] };
        g->officials[i].variants = variants[i];
        for (int k = 0; k < 2; k++) {
            char *s = (char *)forms[k];
            while (s && *s) {
                char *bar = k ? strchr(s, '|') : NULL;
                if (bar)
                    *bar = '\0';
                folded f;
                if ((rc = fold_key(L, s, &f)))
                    goto out;
                if (f.ntok >= 2) {
                    fa_phrase *p;
                    if (phrase_add(L, &f, &p)) {
                        rc = oom(L);
                        goto out;
                    }
                    if (p->official < 0)
                        p->official = (int32_t)i;
                }
                if (k && *s)
                    g->officials[i].nvariants++;
                s = bar ? bar + 1 : NULL;
            }
        }
        for (char *s = surnames[i]; s && *s;) {
            char *bar = strchr(s, '|');
            if (bar)
                *bar = '\0';
            folded f;
            if ((rc = fold_key(L, s, &f)))
                goto out;
            if (f.ntok > 1) {
                /* "Quaison-Sackey": a text is looked up by its last word */
                const char *k = g->keys + f.key;
                uint32_t cut = f.keylen;
                while (cut > 0 && k[cut - 1] != ' ')
                    cut--;
                f.key += cut;
                f.keylen -= cut;
            }
            if (f.ntok) {
                if (nsn == capsn) {
                    capsn = capsn ? capsn * 2 : 1024;
                    surname *q = realloc(sn, capsn * sizeof *sn);
                    if (!q) {
                        rc = oom(L);
                        goto out;
                    }
                    sn = q;
                }
                sn[nsn++] = (surname){ f.key, f.keylen,
                    fa__hash_bytes(g->keys + f.key, f.keylen), (uint32_t)i };
            }
            s = bar ? bar + 1 : NULL;
        }
    }
    if (nsn)                          /* no officials: sn is NULL */
        qsort(sn, nsn, sizeof *sn, cmp_surname);
    if (nsn && !(g->surname_ids = malloc(nsn * sizeof *g->surname_ids))) {
        rc = oom(L);
        goto out;
    }
    for (size_t i = 0; i < nsn;) {
        size_t j = i;
        fa_word *w;
        if (word_add(L, g->keys + sn[i].key, sn[i].keylen, sn[i].hash,
                     sn[i].key, &w)) {
            rc = oom(L);
            goto out;
        }
        const char *k = g->keys + sn[i].key;
        w->first = (uint32_t)g->nsurname_ids;
        for (; j < nsn && sn[j].hash == sn[i].hash && sn[j].keylen == sn[i].keylen &&
               !memcmp(g->keys + sn[j].key, k, sn[i].keylen); j++)
            if (j == i || sn[j].id != sn[j - 1].id)
                g->surname_ids[g->nsurname_ids++] = sn[j].id;
        w->n = (uint32_t)(g->nsurname_ids - w->first);
        i = j;
    }
out:
    free(sn);
    free(variants);
    free(surnames);
    return rc;
}

static int load_titles(loader *L)
{
    fa_gazetteer *g = L->g;
    char *pos = g->files[F_TITLES], *fld[6];
    size_t nf;
    if (!(g->titles = calloc(count_lines(pos), sizeof *g->titles)))
        return oom(L);
    while ((nf = next_row(L, &pos, fld, 6))) {
        if (need_fields(L, nf, 4))
            return FA_EINVAL;
        if (strcmp(fld[2], "o") && strcmp(fld[2], "m") && strcmp(fld[2], "k") &&
            strcmp(fld[2], "g") && strcmp(fld[2], "p") && strcmp(fld[2], "c"))
            return fail(L, FA_EINVAL, "class must be o, k, g, p, c or m");
        folded f;
        int rc = fold_key(L, fld[0], &f);
        if (rc)
            return rc;
        if (!f.ntok)
            return fail(L, FA_EINVAL, "empty title");
        fa_phrase *p;
        if (phrase_add(L, &f, &p))
            return oom(L);
        if (p->title >= 0)
            continue;
        fa_title *t = &g->titles[g->ntitles];
        t->display = fld[1];
        t->posts = fld[3];
        t->office = fld[2][0] != 'm';
        t->namepart = fld[2][0] == 'k';
        t->generic = fld[2][0] == 'g';
        t->plural = fld[2][0] == 'p';
        t->lower_needs_country = fld[2][0] == 'c';
        t->capmask = f.capmask;
        t->acromask = f.acromask;
        t->ntok = (uint8_t)f.ntok;
        p->title = (int32_t)g->ntitles++;
    }
    return FA_OK;
}

static int load_context(loader *L)
{
    fa_gazetteer *g = L->g;
    char *pos = g->files[F_CONTEXT], *fld[4];
    size_t nf, ncap = 0;
    for (const char *s = pos; *s; s++)
        ncap += *s == ' ' || *s == '\n';
    if (!(g->cues = calloc(ncap + 1, sizeof *g->cues)))
        return oom(L);
    g->demonym_ctx = -1;
    while ((nf = next_row(L, &pos, fld, 4))) {
        if (need_fields(L, nf, 3))
            return FA_EINVAL;
        char *end;
        int8_t dir = fld[1][0] == '-' ? -1 : fld[1][0] == '+' ? 1 : 0;
        long win = strtol(fld[1] + (dir != 0), &end, 10);
        if (*end || end == fld[1] + (dir != 0) || win < 0 || win > 100 ||
            (dir && !win))
            return fail(L, FA_EINVAL, "window must be 0-100, -N or +N");
        int16_t *head;
        if (!strcmp(fld[0], "*D")) {
            head = &g->demonym_ctx;
        } else {
            folded f;
            int rc = fold_key(L, fld[0], &f);
            if (rc)
                return rc;
            const fa_phrase *p = f.ntok ? fa__phrase_find(g, f.hash, &L->toks, 0, f.ntok) : NULL;
            if (!p || p->term < 0)
                return fail(L, FA_EINVAL, "\"%s\" is not a term", fld[0]);
            head = &g->terms[p->term].ctx;
        }
        if (fa__toks_run(&L->toks, NULL, fld[2], strlen(fld[2])))
            return oom(L);
        for (size_t i = 0; i < L->toks.ntok; i++) {
            if (g->ncues >= INT16_MAX)
                return fail(L, FA_EINVAL, "too many context words");
            fa_cue *c = &g->cues[g->ncues];
            if (keys_add(g, fa__tok_fold(&L->toks, i), L->toks.tok[i].flen, &c->word))
                return oom(L);
            c->len = (uint16_t)L->toks.tok[i].flen;
            c->hash = L->toks.tok[i].hash;
            c->window = (uint8_t)win;
            c->dir = dir;
            c->next = *head;
            *head = (int16_t)g->ncues++;
        }
    }
    return FA_OK;
}

/* roles.tsv: country (a known code or "*"), post, other names, flags. */
static int load_roles(loader *L)
{
    fa_gazetteer *g = L->g;
    char *pos = g->files[F_ROLES], *fld[5];
    size_t nf;
    if (!(g->roles = calloc(count_lines(pos), sizeof *g->roles)))
        return oom(L);
    while ((nf = next_row(L, &pos, fld, 5))) {
        int rc;
        if (nf == 3)
            fld[3] = "";
        else if ((rc = need_fields(L, nf, 4)))
            return rc;
        if (!*fld[1])
            return fail(L, FA_EINVAL, "empty post");
        if (strcmp(fld[0], "*") && country_index(g, fld[0]) < 0)
            return fail(L, FA_EINVAL, "unknown country code %s", fld[0]);
        if (*fld[3] && strcmp(fld[3], "i"))
            return fail(L, FA_EINVAL, "flags must be empty or i, not \"%s\"", fld[3]);
        fa_rolerow *r = &g->roles[g->nroles++];
        r->country = fld[0];
        r->post = fld[1];
        r->names = fld[2];
        r->international = *fld[3] == 'i';
    }
    return FA_OK;
}

int fa_gazetteer_load(fa_gazetteer **out, const char *dir, char *errbuf,
                      size_t errlen)
{
    loader L = { .dir = dir, .errbuf = errbuf, .errlen = errlen };
    int rc;

    assert(out && dir);
    *out = NULL;
    if (errbuf && errlen)
        errbuf[0] = '\0';
    if (!(L.g = calloc(1, sizeof *L.g)) ||
        !(L.g->first = calloc((1u << FA_FIRST_BITS) / 64, sizeof(uint64_t)))) {
        rc = oom(&L);
        goto out;
    }
    L.g->demonym_ctx = -1;
    for (int i = 0; i < F_N; i++)
        if ((rc = slurp(&L, i)))
            goto out;
    static int (*const stage[F_N])(loader *) = {
        load_words, load_countries, load_terms, load_officials,
        load_titles, load_context, load_roles,
    };
    for (int i = 0; i < F_N; i++) {
        L.file = file_names[i];
        L.line = 0;
        if ((rc = stage[i](&L)))
            goto out;
    }
    *out = L.g;
    L.g = NULL;
out:
    fa__toks_release(&L.toks);
    fa_gazetteer_free(L.g);
    return rc;
}

void fa_gazetteer_free(fa_gazetteer *g)
{
    if (!g)
        return;
    for (int i = 0; i < F_N; i++)
        free(g->files[i]);
    free(g->keys);
    free(g->countries);
    free(g->terms);
    free(g->eras);
    free(g->officials);
    free(g->titles);
    free(g->cues);
    free(g->roles);
    free(g->phrases);
    free(g->words);
    free(g->ckeys);
    free(g->surname_ids);
    free(g->first);
    free(g);
}

/* ---- lookups ------------------------------------------------------------ */

/* Fold what a user typed into a key: words joined by one space. */
static size_t fold_typed(const char *typed, fa_toks *t, char *buf, size_t cap,
                         uint64_t *span)
{
    size_t n = 0;
    *span = FA_HASH_SEED;
    if (!typed || fa__toks_run(t, NULL, typed, strlen(typed)))
        return 0;
    for (size_t i = 0; i < t->ntok; i++) {
        if (n + t->tok[i].flen + 2 > cap)
            return 0;
        if (i)
            buf[n++] = ' ';
        memcpy(buf + n, fa__tok_fold(t, i), t->tok[i].flen);
        n += t->tok[i].flen;
        *span = fa__hash_step(*span, t->tok[i].hash);
    }
    buf[n] = '\0';
    return n;
}

size_t fa_name_fold(const char *name, char *buf, size_t cap)
{
    fa_toks t = { 0 };
    uint64_t span;
    size_t n = fold_typed(name, &t, buf, cap, &span);
    fa__toks_release(&t);
    return n;
}

const char *fa_gazetteer_country_code(const fa_gazetteer *g, const char *typed)
{
    fa_toks t = { 0 };
    char buf[512];
    uint64_t span;
    const char *r = NULL;

    assert(g);
    size_t n = fold_typed(typed, &t, buf, sizeof buf, &span);
    if (n) {
        const fa_ckey *e = ckey_find(g, fa__hash_bytes(buf, n), buf, n);
        if (e && e->prio < CKEY_UNTAGGED)
            r = g->countries[e->code].code;
    }
    fa__toks_release(&t);
    return r;
}

const char *fa_gazetteer_country_untagged(const fa_gazetteer *g, const char *typed)
{
    fa_toks t = { 0 };
    char buf[512];
    uint64_t span;
    const char *r = NULL;

    assert(g);
    size_t n = fold_typed(typed, &t, buf, sizeof buf, &span);
    if (n) {
        const fa_ckey *e = ckey_find(g, fa__hash_bytes(buf, n), buf, n);
        if (e && e->prio >= CKEY_UNTAGGED)
            r = g->countries[e->code].code;
    }
    fa__toks_release(&t);
    return r;
}

const char *fa_gazetteer_official_name(const fa_gazetteer *g, const char *typed,
                                       size_t *nambiguous)
{
    fa_toks t = { 0 };
    char buf[512];
    uint64_t span;
    const char *r = NULL;

    assert(g);
    if (nambiguous)
        *nambiguous = 0;
    size_t n = fold_typed(typed, &t, buf, sizeof buf, &span);
    if (!n)
        goto out;
    const fa_phrase *p = fa__phrase_find(g, span, &t, 0, t.ntok);
    if (p && p->official >= 0) {
        r = g->officials[p->official].name;
        goto out;
    }
    const fa_word *w = fa__word_find(g, fa__hash_bytes(buf, n), buf, n);
    if (w && w->n == 1)
        r = g->officials[g->surname_ids[w->first]].name;
    else if (w && w->n > 1 && nambiguous)
        *nambiguous = w->n;
out:
    fa__toks_release(&t);
    return r;
}

size_t fa__edit_distance(const char *a, size_t la, const char *b, size_t lb,
                        size_t cutoff)
{
    size_t row[130];
    if (la > 128)
        la = 128;
    if (lb > 128)
        lb = 128;
    if ((la > lb ? la - lb : lb - la) > cutoff)
        return cutoff + 1;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0], best = row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t v = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < v)
                v = up + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best)
                best = v;
        }
        if (best > cutoff)
            return cutoff + 1;
    }
    return row[lb];
}

typedef struct { size_t dist, lendiff; const char *value; } suggestion;

static int cmp_suggestion(const void *a, const void *b)
{
    const suggestion *x = a, *y = b;
    if (x->dist != y->dist)
        return x->dist < y->dist ? -1 : 1;
    if (x->lendiff != y->lendiff)
        return x->lendiff < y->lendiff ? -1 : 1;
    return strcmp(x->value, y->value);
}

/* How many edits make a typed value of n bytes "similar" to a key: one
 * for short input (a code, "Iran"), then one more per four bytes, so that
 * "XYZ" suggests no random code and "Pakistn" still finds Pakistan. */
static size_t suggest_cutoff(size_t n)
{
    return n <= 4 ? 1 : n / 4 + 1;
}

static void consider(suggestion *best, size_t idx, const char *value,
                     const char *typed, size_t n, const char *key, size_t klen,
                     size_t cutoff)
{
    size_t d = fa__edit_distance(typed, n, key, klen, cutoff);
    /* Typed the start of a longer name ("Kazakh", "Hammarsk"): as close as
     * one typo. */
    if (d > 1 && n >= 4 && klen > n && !memcmp(typed, key, n))
        d = 1;
    if (d > cutoff)
        return;
    size_t ld = n > klen ? n - klen : klen - n;
    suggestion s = { d, ld, value };
    if (!best[idx].value || cmp_suggestion(&s, &best[idx]) < 0)
        best[idx] = s;
}

size_t fa_name_distance(const char *typed, size_t n, const char *key, size_t klen)
{
    size_t cutoff = suggest_cutoff(n);
    size_t d = fa__edit_distance(typed, n, key, klen, cutoff);
    if (d > 1 && n >= 4 && klen > n && !memcmp(typed, key, n))
        d = 1;                              /* as consider() counts it */
    return d > cutoff ? SIZE_MAX : d;
}

size_t fa_gazetteer_suggest(const fa_gazetteer *g, int facet,
                            const char *typed, const char **out, size_t max)
{
    fa_toks t = { 0 };
    char buf[512];
    uint64_t span;
    suggestion *best = NULL;
    size_t nbest, nout = 0;

    assert(g && out && (facet == FA_FACET_COUNTRY || facet == FA_FACET_OFFICIAL));
    int official = facet == FA_FACET_OFFICIAL;
    size_t n = fold_typed(typed, &t, buf, sizeof buf, &span);
    if (!n || !max)
        goto out;
    size_t cutoff = suggest_cutoff(n);
    nbest = official ? g->nofficials : g->ncountries;
    if (!(best = calloc(nbest, sizeof *best)))
        goto out;
    if (official) {
        for (size_t i = 0; g->phrases && i <= g->phrase_mask; i++) {
            const fa_phrase *p = &g->phrases[i];
            if (p->used && p->official >= 0)
                consider(best, (size_t)p->official, g->officials[p->official].name,
                         buf, n, g->keys + p->key, p->keylen, cutoff);
        }
        for (size_t i = 0; g->words && i <= g->word_mask; i++) {
            const fa_word *w = &g->words[i];
            for (uint32_t k = 0; w->used && k < w->n; k++) {
                uint32_t id = g->surname_ids[w->first + k];
                consider(best, id, g->officials[id].name, buf, n,
                         g->keys + w->key, w->keylen, cutoff);
            }
        }
    } else {
        for (size_t i = 0; g->ckeys && i <= g->ckey_mask; i++) {
            const fa_ckey *e = &g->ckeys[i];
            /* Codes only for what looks like a code; never a country that
             * is not a value. */
            if (e->used && e->prio < CKEY_UNTAGGED && (e->prio > 0 || n <= 3))
                consider(best, (size_t)e->code, g->countries[e->code].code,
                         buf, n, g->keys + e->key, e->keylen, cutoff);
        }
    }
    size_t k = 0;
    for (size_t i = 0; i < nbest; i++)
        if (best[i].value)
            best[k++] = best[i];
    qsort(best, k, sizeof *best, cmp_suggestion);
    /* Only the closest: "Blinkn" suggests Blinken, not also every name
     * two edits away. */
    for (nout = 0; nout < k && nout < max && best[nout].dist == best[0].dist; nout++)
        out[nout] = best[nout].value;
out:
    free(best);
    fa__toks_release(&t);
    return nout;
}

const char *fa_gazetteer_country_name(const fa_gazetteer *g, const char *code)
{
    assert(g);
    if (!code)
        return NULL;
    int32_t i = country_index(g, code);
    return i < 0 ? NULL : g->countries[i].name;
}

static const fa_official *official_by_name(const fa_gazetteer *g, const char *name)
{
    if (!name)
        return NULL;
    fa_official key = { .name = name };
    return bsearch(&key, g->officials, g->nofficials, sizeof key, cmp_official);
}

const char *fa_gazetteer_official_country(const fa_gazetteer *g, const char *name)
{
    assert(g);
    const fa_official *o = official_by_name(g, name);
    return o && *o->country ? o->country : NULL;
}

const char *fa_gazetteer_official_post(const fa_gazetteer *g, const char *name)
{
    assert(g);
    const fa_official *o = official_by_name(g, name);
    return o && *o->post ? o->post : NULL;
}

int fa_gazetteer_official_info(const fa_gazetteer *g, const char *name,
                               const char **country, const char **post)
{
    assert(g && country && post);
    const fa_official *o = official_by_name(g, name);
    *country = o && *o->country ? o->country : NULL;
    *post = o && *o->post ? o->post : NULL;
    return o != NULL;
}

#ifndef FA_DATADIR
#define FA_DATADIR "data/gazetteer"
#endif

const char *fa_gazetteer_default_dir(char *buf, size_t len)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

    assert(buf && len);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            /* countries.tsv: a folder of that name alone is not ours. */
            int w = snprintf(buf, len, "%s/../share/fa/gazetteer/countries.tsv", exe);
            if (w > 0 && (size_t)w < len && access(buf, R_OK) == 0) {
                buf[w - (int)strlen("/countries.tsv")] = '\0';
                /* Messages name it as a reader would: no "bin/..". */
                char *real = realpath(buf, NULL);
                if (real && strlen(real) < len)
                    strcpy(buf, real);
                free(real);
                return buf;
            }
        }
    }
    snprintf(buf, len, "%s", FA_DATADIR);
    return buf;
}

/* ---- ambiguous official names -------------------------------------------- */

typedef struct { const fa_official *o; } candidate;

/* Most recent first (the last year the official may be named in), then by
 * name, so the list reads the same every time. */
static int cmp_candidate(const void *a, const void *b)
{
    const fa_official *x = ((const candidate *)a)->o, *y = ((const candidate *)b)->o;
    if (x->to != y->to)
        return x->to > y->to ? -1 : 1;
    return strcmp(x->name, y->name);
}

size_t fa_gazetteer_official_candidates(const fa_gazetteer *g, const char *typed,
                                        const char **out, size_t max)
{
    fa_toks t = { 0 };
    char buf[512];
    uint64_t span;
    size_t n, total = 0;
    candidate *c = NULL;

    assert(g && (out || !max));
    if (!(n = fold_typed(typed, &t, buf, sizeof buf, &span)))
        goto out;
    const fa_word *w = fa__word_find(g, fa__hash_bytes(buf, n), buf, n);
    if (!w || w->n < 2 || !(c = malloc(w->n * sizeof *c)))
        goto out;
    for (uint32_t k = 0; k < w->n; k++) {
        const fa_official *o = &g->officials[g->surname_ids[w->first + k]];
        size_t j;
        for (j = 0; j < total && c[j].o != o; j++)
            ;
        if (j == total)            /* a list may name an official twice */
            c[total++].o = o;
    }
    qsort(c, total, sizeof *c, cmp_candidate);
    for (size_t k = 0; k < total && k < max; k++)
        out[k] = c[k].o->name;
out:
    free(c);
    fa__toks_release(&t);
    return total;
}

const char *fa_gazetteer_official_years(const fa_gazetteer *g, const char *name,
                                        char *buf, size_t len)
{
    assert(g && buf && len);
    const fa_official *o = official_by_name(g, name);
    const char *last = NULL;
    buf[0] = '\0';
    for (const char *s = o ? o->tenures : ""; *s;) {
        last = s;
        s += strcspn(s, "|");
        s += *s == '|';
    }
    if (!last)
        return buf;
    last += *last == '~';
    int a = atoi(last), b = last[4] == '-' ? atoi(last + 5) : a;
    if (a < 1000 || b < a)
        return buf;
    if (a == b)
        snprintf(buf, len, "%d", a);
    else
        snprintf(buf, len, "%d-%d", a, b);
    return buf;
}
