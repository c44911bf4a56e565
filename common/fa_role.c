/* fa_role.c - who held a post (see fa_role.h).
 *
 * A lookup walks every tenure of every official (a few thousand) rather
 * than keeping a post index in the gazetteer: it runs once per role in a
 * query, costs well under a millisecond, and the indexer, which loads the
 * gazetteer for every run, pays nothing for it. Each distinct post string
 * is folded once per lookup.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fa_entity_int.h"
#include "fa_error.h"
#include "fa_role.h"

#define MAX_SUGGESTIONS 5
#define MAX_LISTED      12   /* countries named in a "no holder from" message */

struct fa_role {
    char       *post;         /* owned                                     */
    int         international;
    const char **countries;   /* owned array; strings are the gazetteer's  */
    size_t      ncountries;
    fa_holder  *h;            /* owned; post strings in 'posts'            */
    size_t      n;
    char       *posts;        /* owned: the holders' post strings          */
};

/* Folded strings, kept by offset (the buffer moves as it grows). */
typedef struct {
    char  *s;
    size_t n, cap;
} arena;

static int arena_fold(arena *a, fa_toks *t, const char *s, size_t n, uint32_t *off)
{
    size_t need = 1;
    if (fa__toks_run(t, NULL, s, n))
        return FA_ENOMEM;
    for (size_t i = 0; i < t->ntok; i++)
        need += t->tok[i].flen + 1;
    if (a->n + need > a->cap) {
        size_t cap = a->cap ? a->cap : 4096;
        while (a->n + need > cap)
            cap *= 2;
        char *b = realloc(a->s, cap);
        if (!b)
            return FA_ENOMEM;
        a->s = b;
        a->cap = cap;
    }
    *off = (uint32_t)a->n;
    for (size_t i = 0; i < t->ntok; i++) {
        if (i)
            a->s[a->n++] = ' ';
        memcpy(a->s + a->n, fa__tok_fold(t, i), t->tok[i].flen);
        a->n += t->tok[i].flen;
    }
    a->s[a->n++] = '\0';
    return FA_OK;
}

/* "acting secretary of state" is "secretary of state", held acting. */
static uint32_t skip_acting(const arena *a, uint32_t off, int *acting)
{
    static const char word[] = "acting ";
    *acting = strncmp(a->s + off, word, sizeof word - 1) == 0 && a->s[off + sizeof word - 1];
    return *acting ? off + (uint32_t)(sizeof word - 1) : off;
}

/* One tenure of one official. */
typedef struct {
    const fa_official *o;
    const char *raw;          /* the post as written (not NUL-terminated)  */
    size_t      rawlen;
    int         from, to, approx, acting;
    uint32_t    key;          /* folded post, "acting" dropped: arena offset */
} tenure;

/* The names of roles.tsv's rows, folded and as written:
 * names[first[r] .. first[r+1]), the shown post first. */
typedef struct {
    uint32_t    key;          /* arena offset                              */
    const char *raw;
    size_t      len;
} rname;

typedef struct {
    rname  *names;
    size_t *first;
} rowkeys;

typedef struct {
    const fa_gazetteer *g;
    fa_toks  toks;
    arena    a;
    tenure  *t;
    size_t   nt;
    rowkeys  rk;
    uint32_t *want;           /* T: what the typed post means, folded      */
    size_t   nwant;
    uint32_t *cand;           /* S: every name a matching tenure may carry */
    size_t   ncand;
} lookup;

static int has_key(const lookup *L, const uint32_t *set, size_t n, const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(L->a.s + set[i], key) == 0)
            return 1;
    return 0;
}

static int row_has(const lookup *L, size_t r, const char *key)
{
    for (size_t k = L->rk.first[r]; k < L->rk.first[r + 1]; k++)
        if (strcmp(L->a.s + L->rk.names[k].key, key) == 0)
            return 1;
    return 0;
}

/* The length of "Acting " when raw post 'raw' starts with it. */
static size_t acting_len(const char *raw, size_t len)
{
    return len > 7 && strncasecmp(raw, "acting ", 7) == 0 ? 7 : 0;
}

/* The row that names post 'key' of an official of 'country': the
 * country's own rows first, then the "*" ones; -1 for none. */
static int canon_row(const lookup *L, const char *country, const char *key)
{
    for (int pass = 0; pass < 2; pass++)
        for (size_t r = 0; r < L->g->nroles; r++) {
            const char *rc = L->g->roles[r].country;
            int star = strcmp(rc, "*") == 0;
            if ((pass == 0 ? !star && strcmp(rc, country) == 0 : star) && row_has(L, r, key))
                return (int)r;
        }
    return -1;
}

/* Parse "[~]FIRST-LAST[ Post]" (n bytes): 0 when malformed (the loader
 * has refused those already). */
static int parse_tenure(const char *s, size_t n, tenure *t)
{
    t->approx = n && *s == '~';
    s += t->approx;
    n -= (size_t)t->approx;
    if (n < 9 || s[4] != '-' || (n > 9 && s[9] != ' '))
        return 0;
    t->from = atoi(s);
    t->to = atoi(s + 5);
    t->raw = n > 10 ? s + 10 : "";
    t->rawlen = n > 10 ? n - 10 : 0;
    return t->from >= 1000 && t->to >= t->from;
}

static int push_key(uint32_t **set, size_t *n, uint32_t key)
{
    uint32_t *s = realloc(*set, (*n + 1) * sizeof *s);
    if (!s)
        return FA_ENOMEM;
    s[(*n)++] = key;
    *set = s;
    return FA_OK;
}

/* Fold the rows' names, every official's tenures (each distinct post
 * string once, through a small hash table), and 'typed'. */
static int lookup_init(lookup *L, const char *typed, uint32_t *tkey)
{
    const fa_gazetteer *g = L->g;
    size_t cap = 0, nrows = g->nroles;
    int rc, acting;

    if (!(L->rk.first = calloc(nrows + 1, sizeof *L->rk.first)))
        return FA_ENOMEM;
    size_t nnames = 0;
    for (size_t r = 0; r < nrows; r++) {
        L->rk.first[r] = nnames;
        const char *s = g->roles[r].post;
        for (int k = 0; s;) {
            size_t len = k ? strcspn(s, "|") : strlen(s);
            if (len) {
                rname *nv = realloc(L->rk.names, (nnames + 1) * sizeof *nv);
                if (!nv)
                    return FA_ENOMEM;
                L->rk.names = nv;
                nv[nnames] = (rname){ 0, s, len };
                if ((rc = arena_fold(&L->a, &L->toks, s, len, &nv[nnames].key)))
                    return rc;
                nnames++;
            }
            if (!k) {
                s = *g->roles[r].names ? g->roles[r].names : NULL;
                k = 1;
            } else {
                s = s[len] ? s + len + 1 : NULL;
            }
        }
    }
    L->rk.first[nrows] = nnames;

    for (size_t i = 0; i < g->nofficials; i++)
        for (const char *s = g->officials[i].tenures; *s;) {
            size_t n = strcspn(s, "|");
            cap += 1;
            s += n + (s[n] == '|');
        }
    if (cap && !(L->t = malloc(cap * sizeof *L->t)))
        return FA_ENOMEM;
    size_t hcap = 64;
    while (hcap < 2 * cap)
        hcap *= 2;
    struct slot { const char *raw; size_t len; uint32_t key; } *tab = calloc(hcap, sizeof *tab);
    if (!tab)
        return FA_ENOMEM;
    rc = FA_OK;
    for (size_t i = 0; i < g->nofficials && rc == FA_OK; i++)
        for (const char *s = g->officials[i].tenures; *s && rc == FA_OK;) {
            size_t n = strcspn(s, "|");
            tenure *t = &L->t[L->nt];
            if (parse_tenure(s, n, t) && t->rawlen) {
                size_t h = (size_t)fa__hash_bytes(t->raw, t->rawlen) & (hcap - 1);
                while (tab[h].raw && (tab[h].len != t->rawlen || memcmp(tab[h].raw, t->raw, t->rawlen)))
                    h = (h + 1) & (hcap - 1);
                if (!tab[h].raw) {
                    tab[h].raw = t->raw;
                    tab[h].len = t->rawlen;
                    rc = arena_fold(&L->a, &L->toks, t->raw, t->rawlen, &tab[h].key);
                }
                t->o = &g->officials[i];
                t->key = skip_acting(&L->a, tab[h].key, &t->acting);
                L->nt++;
            }
            s += n + (s[n] == '|');
        }
    free(tab);
    if (rc)
        return rc;
    if ((rc = arena_fold(&L->a, &L->toks, typed, strlen(typed), tkey)))
        return rc;
    *tkey = skip_acting(&L->a, *tkey, &acting);
    return FA_OK;
}

static void lookup_fini(lookup *L)
{
    fa__toks_release(&L->toks);
    free(L->a.s);
    free(L->t);
    free(L->rk.names);
    free(L->rk.first);
    free(L->want);
    free(L->cand);
}

/* T: the typed post, and the shown name of each "*" row that lists it
 * ("foreign minister" is "minister for foreign affairs", which a
 * country's row may list in turn). S: T and every name of a row that
 * lists a member of T. */
static int lookup_wants(lookup *L, uint32_t tkey)
{
    int rc;
    if ((rc = push_key(&L->want, &L->nwant, tkey)))
        return rc;
    for (size_t r = 0; r < L->g->nroles; r++)
        if (strcmp(L->g->roles[r].country, "*") == 0 && row_has(L, r, L->a.s + tkey) &&
            !has_key(L, L->want, L->nwant, L->a.s + L->rk.names[L->rk.first[r]].key) &&
            (rc = push_key(&L->want, &L->nwant, L->rk.names[L->rk.first[r]].key)))
            return rc;
    for (size_t i = 0; i < L->nwant; i++)
        if ((rc = push_key(&L->cand, &L->ncand, L->want[i])))
            return rc;
    for (size_t r = 0; r < L->g->nroles; r++) {
        int lists = 0;
        for (size_t i = 0; i < L->nwant && !lists; i++)
            lists = row_has(L, r, L->a.s + L->want[i]);
        for (size_t k = L->rk.first[r]; lists && k < L->rk.first[r + 1]; k++)
            if ((rc = push_key(&L->cand, &L->ncand, L->rk.names[k].key)))
                return rc;
    }
    return FA_OK;
}

/* Whether tenure t is of the typed post; *row gets its row (-1: none). */
static int tenure_matches(const lookup *L, const tenure *t, int *row)
{
    const char *key = L->a.s + t->key;
    *row = -1;
    if (!has_key(L, L->cand, L->ncand, key))
        return 0;
    *row = canon_row(L, t->o->country, key);
    if (*row < 0)
        return has_key(L, L->want, L->nwant, key);
    for (size_t i = 0; i < L->nwant; i++)
        if (row_has(L, (size_t)*row, L->a.s + L->want[i]))
            return 1;
    return 0;
}

static int cmp_holder_national(const void *a, const void *b)
{
    const fa_holder *x = a, *y = b;
    int c = strcmp(x->country, y->country);
    if (c)
        return c;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    if ((c = strcmp(x->name, y->name)))
        return c;
    return x->acting - y->acting;
}

static int cmp_holder_international(const void *a, const void *b)
{
    const fa_holder *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    int c = strcmp(x->name, y->name);
    return c ? c : x->acting - y->acting;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The matching tenures, as a role. */
static int collect(fa_role **out, const lookup *L, const char *country)
{
    fa_role *r = calloc(1, sizeof *r);
    size_t postbytes = 0;
    int first_row = -2, all_intl = 1;

    if (!r)
        return FA_ENOMEM;
    if (L->nt && (!(r->h = malloc(L->nt * sizeof *r->h)) ||
                  !(r->countries = malloc(L->nt * sizeof *r->countries))))
        goto oom;
    for (size_t i = 0; i < L->nt; i++)
        postbytes += L->t[i].rawlen + 1;
    if (!(r->posts = malloc(postbytes + 1)))
        goto oom;
    char *p = r->posts;
    const char *shown = NULL;
    size_t shownlen = 0;
    for (size_t i = 0; i < L->nt; i++) {
        const tenure *t = &L->t[i];
        int row;
        if (!tenure_matches(L, t, &row))
            continue;
        if (country && strcmp(t->o->country, country) != 0)
            continue;
        fa_holder *h = &r->h[r->n++];
        memcpy(p, t->raw, t->rawlen);
        p[t->rawlen] = '\0';
        *h = (fa_holder){ t->o->name, t->o->country, p, t->from, t->to, t->approx, t->acting };
        p += t->rawlen + 1;
        all_intl = all_intl && row >= 0 && L->g->roles[row].international;
        if (first_row == -2) {
            first_row = row;
            shown = row >= 0 ? L->g->roles[row].post : h->post;
            shownlen = strlen(shown);
            if (row < 0) {   /* "Acting X" is shown as X */
                size_t skip = acting_len(shown, shownlen);
                shown += skip;
                shownlen -= skip;
            }
        }
    }
    if (!r->n) {
        fa_role_free(r);
        *out = NULL;
        return FA_ENOTFOUND;
    }
    if (!(r->post = malloc(shownlen + 1)))
        goto oom;
    memcpy(r->post, shown, shownlen);
    r->post[shownlen] = '\0';
    r->international = all_intl;
    qsort(r->h, r->n, sizeof *r->h, all_intl ? cmp_holder_international : cmp_holder_national);
    for (size_t i = 0; i < r->n; i++)
        r->countries[i] = r->h[i].country;
    qsort(r->countries, r->n, sizeof *r->countries, cmp_str);
    for (size_t i = 0; i < r->n; i++)
        if (!r->ncountries || strcmp(r->countries[r->ncountries - 1], r->countries[i]))
            r->countries[r->ncountries++] = r->countries[i];
    *out = r;
    return FA_OK;
oom:
    fa_role_free(r);
    *out = NULL;
    return FA_ENOMEM;
}

/* As fa_entity.c's suggestions: one edit for up to four bytes, then one
 * more per four; the start of a longer name counts as one. */
static size_t cutoff_for(size_t n)
{
    return n <= 4 ? 1 : n / 4 + 1;
}

typedef struct { size_t dist; const char *shown; size_t len; } near;

static int cmp_near(const void *a, const void *b)
{
    const near *x = a, *y = b;
    if (x->dist != y->dist)
        return x->dist < y->dist ? -1 : 1;
    size_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->shown, y->shown, m);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static void consider(near *best, size_t *nbest, size_t cap, const char *typed, size_t n,
                     const char *key, const char *shown, size_t len)
{
    size_t klen = strlen(key), cut = cutoff_for(n);
    size_t d = fa__edit_distance(typed, n, key, klen, cut);
    if (d > 1 && n >= 4 && klen > n && !memcmp(typed, key, n))
        d = 1;
    if (d > cut || *nbest == cap)
        return;
    for (size_t i = 0; i < *nbest; i++)
        if (best[i].len == len && !memcmp(best[i].shown, shown, len)) {
            if (d < best[i].dist)
                best[i].dist = d;
            return;
        }
    best[(*nbest)++] = (near){ d, shown, len };
}

/* "unknown post 'X'; did you mean 'A', 'B'": the names closest to the
 * typed one, among the country's posts when one is given. */
static void unknown(char *errbuf, size_t errlen, const lookup *L, uint32_t tkey,
                    const char *typed, const char *country)
{
    const char *k = L->a.s + tkey;
    size_t n = strlen(k), cap = L->nt + L->rk.first[L->g->nroles] + 1, nbest = 0;
    near *best = malloc(cap * sizeof *best);
    size_t used = (size_t)snprintf(errbuf, errlen, "unknown post '%s'%s%s", typed,
                                   country ? " in " : "", country ? country : "");
    if (!best)
        return;
    for (size_t i = 0; i < L->nt; i++) {
        const tenure *t = &L->t[i];
        size_t skip = acting_len(t->raw, t->rawlen);
        if (!country || strcmp(t->o->country, country) == 0)
            consider(best, &nbest, cap, k, n, L->a.s + t->key, t->raw + skip, t->rawlen - skip);
    }
    for (size_t r = 0; r < L->g->nroles; r++) {
        const char *rc = L->g->roles[r].country;
        if (country && strcmp(rc, "*") && strcmp(rc, country))
            continue;
        for (size_t k2 = L->rk.first[r]; k2 < L->rk.first[r + 1]; k2++) {
            const rname *nm = &L->rk.names[k2];
            consider(best, &nbest, cap, k, n, L->a.s + nm->key, nm->raw, nm->len);
        }
    }
    qsort(best, nbest, sizeof *best, cmp_near);
    for (size_t i = 0; i < nbest && i < MAX_SUGGESTIONS && best[i].dist == best[0].dist && used < errlen; i++)
        used += (size_t)snprintf(errbuf + used, errlen - used, "%s'%.*s'", i ? ", " : "; did you mean ",
                                 (int)best[i].len, best[i].shown);
    free(best);
}

int fa_role_find(fa_role **out, const fa_gazetteer *g, const char *post,
                 const char *country, char *errbuf, size_t errlen)
{
    lookup L = { .g = g };
    uint32_t tkey = 0;
    int rc;

    assert(out && g && post);
    *out = NULL;
    if (errbuf && errlen)
        errbuf[0] = '\0';
    if ((rc = lookup_init(&L, post, &tkey)) || (rc = lookup_wants(&L, tkey)))
        goto out;
    if (!L.a.s[tkey]) {
        snprintf(errbuf, errlen, "empty post");
        rc = FA_EINVAL;
        goto out;
    }
    if ((rc = collect(out, &L, country)) != FA_ENOTFOUND)
        goto out;
    /* Nothing: say which of the three it is. */
    fa_role *any = NULL;
    if (country && collect(&any, &L, NULL) == FA_OK) {
        size_t used = (size_t)snprintf(errbuf, errlen, "no holder of '%s' from %s is known",
                                       fa_role_post(any), country);
        if (!any->international && used < errlen) {
            used += (size_t)snprintf(errbuf + used, errlen - used, "; it has holders from %zu %s",
                                     any->ncountries, any->ncountries == 1 ? "country" : "countries");
            for (size_t i = 0; i < any->ncountries && any->ncountries <= MAX_LISTED && used < errlen; i++)
                used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s", i ? ", " : ": ",
                                         any->countries[i]);
        }
        fa_role_free(any);
        goto out;
    }
    for (size_t r = 0; r < g->nroles; r++)
        for (size_t i = 0; i < L.nwant; i++)
            if (row_has(&L, r, L.a.s + L.want[i])) {
                snprintf(errbuf, errlen, "no holder of '%s' is known (the gazetteer names the "
                         "post, but no official's tenure of it)", g->roles[r].post);
                goto out;
            }
    unknown(errbuf, errlen, &L, tkey, post, country);
out:
    lookup_fini(&L);
    return rc;
}

void fa_role_free(fa_role *r)
{
    if (!r)
        return;
    free(r->post);
    free(r->countries);
    free(r->h);
    free(r->posts);
    free(r);
}

const char *fa_role_post(const fa_role *r)
{
    return r->post;
}

int fa_role_international(const fa_role *r)
{
    return r->international;
}

size_t fa_role_ncountries(const fa_role *r)
{
    return r->ncountries;
}

const char *fa_role_country(const fa_role *r, size_t i)
{
    assert(i < r->ncountries);
    return r->countries[i];
}

size_t fa_role_nholders(const fa_role *r)
{
    return r->n;
}

const fa_holder *fa_role_holder(const fa_role *r, size_t i)
{
    assert(i < r->n);
    return &r->h[i];
}

size_t fa_role_at(const fa_role *r, int year, const fa_holder **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n; i++)
        if (year >= r->h[i].from && year <= r->h[i].to) {
            if (n < max)
                out[n] = &r->h[i];
            n++;
        }
    return n;
}
