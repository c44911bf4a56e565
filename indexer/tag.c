/* tag.c - an article's country and official facets (see tag.h). The
 * extractor finds them; this file only feeds it and shapes its answer. */
#include "tag.h"
#include "focus.h"
#include "fa_error.h"
#include "fa_fields.h"

#include <stdlib.h>
#include <string.h>

struct tagger {
    const fa_gazetteer *gaz;
    char        *scratch;       /* title + text for the extractor, owned    */
    size_t       scratch_cap;
    entities    *ents;          /* the last article's, owned                */
    focus       *foc;           /* its focus, owned                         */
    size_t       title_len;     /* bytes of its title in 'scratch'          */
    size_t       xlen;          /* bytes of title, blank line and text      */
    const char **cs, **os, **as;  /* its countries, officials and about
                                 * values, owned arrays of strings borrowed
                                 * from 'ents'                              */
};

int tag_new(tagger **out, const fa_gazetteer *g)
{
    if (!(*out = calloc(1, sizeof **out)))
        return FA_ENOMEM;
    (*out)->gaz = g;
    return FA_OK;
}

static void drop_last(tagger *t)
{
    entities_free(t->ents);
    focus_free(t->foc);
    free(t->cs);
    free(t->os);
    free(t->as);
    t->ents = NULL;
    t->foc = NULL;
    t->cs = t->os = t->as = NULL;
}

void tag_free(tagger *t)
{
    if (!t)
        return;
    drop_last(t);
    free(t->scratch);
    free(t);
}

static int extract(tagger *t, const fa_article *a)
{
    size_t tl = 0, xl = 0, dl = 0;
    const char *date = fa_article_get(a, FA_F_DATE, &dl);
    const char *title = fa_article_get(a, FA_F_TITLE, &tl);
    const char *text = fa_article_get(a, FA_F_TEXT, &xl);
    size_t need = tl + xl + 3;

    if (need > t->scratch_cap) {
        char *ns = realloc(t->scratch, need);
        if (!ns)
            return FA_ENOMEM;
        t->scratch = ns;
        t->scratch_cap = need;
    }
    /* A blank line keeps the title from running into the first sentence. */
    memcpy(t->scratch, title ? title : "", tl);
    memcpy(t->scratch + tl, "\n\n", 2);
    memcpy(t->scratch + tl + 2, text ? text : "", xl);
    /* ingest.c has removed a date that does not parse, so an error here
     * cannot happen; it would leave the article undated, as it should. */
    entities_date d;
    (void)entities_date_parse(&d, date, dl);
    t->title_len = tl;
    t->xlen = tl + 2 + xl;
    return entities_extract_dated(&t->ents, t->gaz, t->scratch, tl + 2 + xl, d);
}

int tag_article(tagger *t, fa_db *db, const fa_article *a, fa_facets *f)
{
    int rc;

    memset(f, 0, sizeof *f);
    drop_last(t);
    if ((rc = extract(t, a)) < 0)
        goto out;
    size_t nc = entities_ncountries(t->ents), no = entities_nofficials(t->ents);
    if ((rc = focus_compute(&t->foc, t->ents, t->scratch, t->xlen, t->title_len)) < 0)
        goto out;
    size_t na = focus_nvalues(t->foc);
    if (!(t->cs = calloc(nc + 1, sizeof *t->cs)) || !(t->os = calloc(no + 1, sizeof *t->os)) ||
        !(t->as = calloc(na + 1, sizeof *t->as))) {
        rc = FA_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < nc; i++)
        t->cs[i] = entities_country(t->ents, i);
    for (size_t i = 0; i < no; i++) {
        const char *title = entities_official_title(t->ents, i);
        t->os[i] = entities_official(t->ents, i);
        if (title && !fa_gazetteer_official_country(t->gaz, t->os[i]) &&
            (rc = fa_db_set_official_title(db, t->os[i], title)) < 0)
            goto out;
    }
    f->values[FA_FACET_COUNTRY] = t->cs;
    f->nvalues[FA_FACET_COUNTRY] = nc;
    f->values[FA_FACET_OFFICIAL] = t->os;
    f->nvalues[FA_FACET_OFFICIAL] = no;
    for (size_t i = 0; i < na; i++)
        t->as[i] = focus_value(t->foc, i);
    f->values[FA_FACET_ABOUT] = t->as;
    f->nvalues[FA_FACET_ABOUT] = na;
out:
    if (rc < 0)
        drop_last(t);
    return rc;
}
