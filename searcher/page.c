/* page.c - resolving a page of hits before it is written (see page.h).
 * The display text of every facet value is looked up here, once, so that
 * each writer is a plain walk over the page. */
#include "page.h"
#include "fa_error.h"
#include "fa_fields.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Split a stored '\t'-joined list into one block: the pointer array, then
 * a copy of the strings. *out is NULL for an empty list. */
static int split_values(const char ***out, size_t *n, const char *tabbed)
{
    size_t len = strlen(tabbed), k = 0;
    const char **v;
    char *copy;

    *out = NULL;
    *n = 0;
    if (!len)
        return FA_OK;
    for (const char *s = tabbed; *s; k++) {
        const char *t = strchr(s, '\t');
        s = t ? t + 1 : s + strlen(s);
    }
    if (!(v = malloc(k * sizeof *v + len + 1)))
        return FA_ENOMEM;
    copy = memcpy((char *)(v + k), tabbed, len + 1);
    for (size_t i = 0; i < k; i++) {
        char *t = strchr(copy, '\t');
        v[i] = copy;
        if (t)
            *t = '\0';
        copy = t ? t + 1 : copy + strlen(copy);
    }
    *out = v;
    *n = k;
    return FA_OK;
}

/* The display text of an official: country and post from the gazetteer,
 * else the title recorded in the index, else "". Malloc'd into *out. */
static int official_display(char **out, const fa_gazetteer *gaz, fa_db *db, const char *name)
{
    const char *c = NULL, *p = NULL;
    int rc;

    if (gaz)
        fa_gazetteer_official_info(gaz, name, &c, &p);

    *out = NULL;
    if (c || p) {
        size_t n = (c ? strlen(c) : 0) + (p ? strlen(p) : 0) + 3;
        if (!(*out = malloc(n)))
            return FA_ENOMEM;
        snprintf(*out, n, "%s%s%s", c ? c : "", c && p ? ", " : "", p ? p : "");
        return FA_OK;
    }
    if (db && (rc = fa_db_get_official_title(out, db, name)) < 0)
        return rc;
    if (!*out && !(*out = strdup("")))
        return FA_ENOMEM;
    return FA_OK;
}

int page_value_resolve(page_value *v, int facet, const fa_gazetteer *gaz, fa_db *db)
{
    char *disp = NULL;
    size_t vl = strlen(v->value), dl, n;
    int named, rc = FA_OK;

    int display = fa_facet_table[facet].display;
    if (display == FA_DISPLAY_ENTITY)   /* a country code, else an official */
        display = gaz && fa_gazetteer_country_name(gaz, v->value) ? FA_DISPLAY_COUNTRY
                                                                  : FA_DISPLAY_OFFICIAL;
    switch (display) {
    case FA_DISPLAY_COUNTRY: {
        const char *name = gaz ? fa_gazetteer_country_name(gaz, v->value) : NULL;
        if (!(disp = strdup(name ? name : "")))
            return FA_ENOMEM;
        named = 1;   /* "Pakistan" alone; the code beside it in text */
        break;
    }
    case FA_DISPLAY_OFFICIAL:
    default:
        if ((rc = official_display(&disp, gaz, db, v->value)) < 0)
            return rc;
        named = 0;   /* "NAME (DISPLAY)" */
        break;
    }
    dl = strlen(disp);
    /* display, then name, then label, in one block */
    n = dl + 1 + (vl + dl + 4) + (vl + dl + 4);
    if (!(v->text_ = malloc(n))) {
        free(disp);
        return FA_ENOMEM;
    }
    char *d = v->text_, *nm = d + dl + 1, *lb = nm + vl + dl + 4;
    memcpy(d, disp, dl + 1);
    /* Built by hand: hundreds of values a page, and snprintf's format
     * parsing was a third of building a page (53 M to 36 M instructions
     * over the 36 bench queries). */
    if (named) {
        memcpy(nm, disp, dl + 1);
        memcpy(lb, v->value, vl);   /* "VALUE DISPLAY" */
        lb[vl] = ' ';
        memcpy(lb + vl + 1, disp, dl + 1);
    } else {
        memcpy(nm, v->value, vl + 1);
        if (dl) {                  /* "VALUE (DISPLAY)" */
            nm[vl] = ' ';
            nm[vl + 1] = '(';
            memcpy(nm + vl + 2, disp, dl);
            nm[vl + 2 + dl] = ')';
            nm[vl + 3 + dl] = '\0';
        }
        memcpy(lb, nm, strlen(nm) + 1);
    }
    v->display = d;
    v->name = nm;
    v->label = lb;
    free(disp);
    return FA_OK;
}

static int hit_build(page_hit *ph, const fa_hits *h, size_t i, unsigned offset)
{
    size_t len;
    const char *rec = fa_hits_record(h, i, &len);
    int rc;

    ph->rank = (size_t)offset + i + 1;
    ph->score = fa_hits_score(h, i);
    ph->snippet = fa_hits_snippet(h, i);
    ph->similar = fa_hits_similar(h, i);
    if (!(ph->fields = fa_article_new()))
        return FA_ENOMEM;
    if (fa_article_decode(ph->fields, rec, len) < 0)
        fa_article_clear(ph->fields);
    for (int f = 0; f < FA_NFACETS; f++)
        if ((rc = split_values(&ph->values[f], &ph->nvalues[f], fa_hits_facet_values(h, i, f))) < 0)
            return rc;
    return FA_OK;
}

/* Whether folded 'want' occurs in the folded form of 'text'. */
static int folded_has(const char *text, const char *want)
{
    char stack[512], *buf = stack;
    size_t cap = strlen(text) * 3 + 16;   /* a case fold may grow a letter */
    int has;

    if (cap > sizeof stack && !(buf = malloc(cap)))
        return -1;
    has = fa_name_fold(text, buf, cap) > 0 && strstr(buf, want) != NULL;
    if (buf != stack)
        free(buf);
    return has;
}

/* Facet f's values as the page shows them: at most its limit, and with
 * s->facet_match only those whose label (value and display text) holds
 * the folded match, so a filter box reaches the whole long tail. The
 * search kept every value for that (fa_db_search), and the match is
 * tested here because only the page knows display text. */
static int facet_build(page *p, int f, const fa_search *s, const fa_gazetteer *gaz, fa_db *db)
{
    size_t n = fa_hits_nfacet(p->h, f), limit = fa_search_facet_limit(s, f), kept = 0;
    char *want = NULL;
    int rc = FA_ENOMEM;

    p->ndistinct[f] = fa_hits_facet_distinct(p->h, f);
    if (s->facet_match && *s->facet_match) {
        size_t cap = strlen(s->facet_match) * 3 + 16;
        if (!(want = malloc(cap)))
            goto out;
        if (!fa_name_fold(s->facet_match, want, cap)) {   /* only punctuation: */
            free(want);                                  /* it rules nothing out */
            want = NULL;
        }
    }
    if (!want && limit && limit < n)
        n = limit;
    if (n && !(p->values[f] = calloc(n, sizeof *p->values[f])))
        goto out;
    for (size_t i = 0; i < n; i++) {
        page_value *v = &p->values[f][kept];
        v->value = fa_hits_facet(p->h, f, i, &v->count);
        p->nvalues[f] = kept + 1;   /* so that page_free frees what is built */
        if ((rc = page_value_resolve(v, f, gaz, db)) < 0)
            goto out;
        if (want) {
            int has = folded_has(v->label, want);
            if (has < 0) {
                rc = FA_ENOMEM;
                goto out;
            }
            if (!has || (limit && kept == limit)) {   /* counted, not shown */
                p->ndistinct[f] -= !has;
                free(v->text_);
                memset(v, 0, sizeof *v);
                p->nvalues[f] = kept;
                continue;
            }
        }
        kept++;
    }
    p->nvalues[f] = kept;
    rc = FA_OK;
out:
    free(want);
    return rc;
}

/* The date histogram and the stored-field counts, borrowed from the hits. */
static int counts_build(page *p, const fa_search *s)
{
    fa_hits *h = p->h;

    p->suggestion = fa_hits_suggestion(h);
    p->histogram = s->histogram;
    p->undated = fa_hits_undated(h);
    p->nbuckets = fa_hits_nhistogram(h);
    if (p->nbuckets && !(p->buckets = calloc(p->nbuckets, sizeof *p->buckets)))
        return FA_ENOMEM;
    for (size_t i = 0; i < p->nbuckets; i++)
        p->buckets[i].label = fa_hits_histogram(h, i, &p->buckets[i].count);
    size_t nf = fa_hits_nfield_facets(h);
    if (nf && !(p->field_facets = calloc(nf, sizeof *p->field_facets)))
        return FA_ENOMEM;
    p->nfield_facets = nf;
    for (size_t k = 0; k < nf; k++) {
        page_field_facet *ff = &p->field_facets[k];
        ff->name = fa_hits_field_facet_name(h, k);
        ff->nvalues = fa_hits_nfield_values(h, k);
        if (ff->nvalues && !(ff->values = calloc(ff->nvalues, sizeof *ff->values))) {
            ff->nvalues = 0;
            return FA_ENOMEM;
        }
        for (size_t i = 0; i < ff->nvalues; i++)
            ff->values[i].label = fa_hits_field_value(h, k, i, &ff->values[i].count);
    }
    return FA_OK;
}

int page_build(page **out, fa_hits *h, const fa_search *s,
               const fa_gazetteer *gaz, fa_db *db)
{
    page *p = NULL;
    size_t n = fa_hits_size(h);
    int rc = FA_ENOMEM;

    *out = NULL;
    if (!(p = calloc(1, sizeof *p))) {
        fa_hits_free(h);
        return FA_ENOMEM;
    }
    p->h = h;
    p->query = s->query ? s->query : "";
    p->total = fa_hits_total(h);
    p->collapse = s->collapse;
    p->total_articles = fa_hits_total_articles(h);
    p->offset = s->offset;
    p->limit = s->limit;
    p->facets = s->facets;
    if (n && !(p->hits = calloc(n, sizeof *p->hits)))
        goto out;
    for (size_t i = 0; i < n; i++) {
        p->nhits = i + 1;
        if ((rc = hit_build(&p->hits[i], h, i, s->offset)) < 0)
            goto out;
    }
    for (int f = 0; f < FA_NFACETS && s->facets; f++)
        if ((rc = facet_build(p, f, s, gaz, db)) < 0)
            goto out;
    if ((rc = counts_build(p, s)) < 0)
        goto out;
    *out = p;
    p = NULL;
    rc = FA_OK;
out:
    page_free(p);
    return rc;
}

int page_search(page **out, fa_db *db, const fa_search *s, const fa_gazetteer *gaz)
{
    fa_hits *h = NULL;
    int rc;

    *out = NULL;
    if ((rc = fa_db_search(&h, db, s)) < 0)
        return rc;
    return page_build(out, h, s, gaz, db);
}

void page_free(page *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->nhits; i++) {
        fa_article_free(p->hits[i].fields);
        for (int f = 0; f < FA_NFACETS; f++)
            free(p->hits[i].values[f]);
    }
    free(p->hits);
    for (int f = 0; f < FA_NFACETS; f++) {
        for (size_t i = 0; i < p->nvalues[f]; i++)
            free(p->values[f][i].text_);
        free(p->values[f]);
    }
    free(p->buckets);
    for (size_t k = 0; k < p->nfield_facets; k++)
        free(p->field_facets[k].values);
    free(p->field_facets);
    fa_hits_free(p->h);
    free(p);
}
