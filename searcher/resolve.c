/* resolve.c - aliases and suggestions for facet values (see resolve.h). */
#include "resolve.h"
#include "fa_error.h"
#include "fa_fields.h"

#include <assert.h>
#include <stdio.h>
#include <string.h>

#define MAX_SUGGESTIONS 5
#define MAX_CANDIDATES  5   /* officials named in an "is ambiguous" message */

void resolve_suggest(char *errbuf, size_t errlen, const fa_gazetteer *g,
                     int facet, const char *typed)
{
    const char *best[MAX_SUGGESTIONS];
    size_t n = fa_gazetteer_suggest(g, facet, typed, best, MAX_SUGGESTIONS);
    size_t used = (size_t)snprintf(errbuf, errlen, "unknown %s '%s'",
                                   fa_facet_table[facet].field, typed);

    /* snprintf returns what it would have written: once 'used' reaches
     * errlen the message is cut and nothing more is added. */
    for (size_t i = 0; i < n && used < errlen; i++) {
        const char *sep = i ? ", " : "; did you mean ";
        const char *name = fa_facet_table[facet].display == FA_DISPLAY_COUNTRY
                         ? fa_gazetteer_country_name(g, best[i]) : NULL;
        if (name)
            used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s (%s)", sep, best[i], name);
        else
            used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s", sep, best[i]);
    }
}

/* "official 'Guterres' is ambiguous: António Guterres (PRT, Secretary-General
 * of the United Nations 2017-2026) or José Luis Guterres (TLS, ...); give the
 * full name": the candidates with the country, post and years that tell
 * them apart, the most recent first. */
static void ambiguous(char *errbuf, size_t errlen, const fa_gazetteer *g, const char *typed)
{
    const char *who[MAX_CANDIDATES];
    size_t n = fa_gazetteer_official_candidates(g, typed, who, MAX_CANDIDATES);
    size_t used = (size_t)snprintf(errbuf, errlen, "official '%s' is ambiguous: ", typed);

    for (size_t i = 0; i < n && i < MAX_CANDIDATES && used < errlen; i++) {
        char years[32];
        const char *country = fa_gazetteer_official_country(g, who[i]);
        const char *post = fa_gazetteer_official_post(g, who[i]);
        fa_gazetteer_official_years(g, who[i], years, sizeof years);
        used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s (%s%s%s%s%s)",
                                 i ? " or " : "", who[i], country ? country : "?",
                                 post && *post ? ", " : "", post ? post : "",
                                 *years ? " " : "", years);
    }
    if (used < errlen && n > MAX_CANDIDATES)
        used += (size_t)snprintf(errbuf + used, errlen - used, " or %zu more",
                                 n - MAX_CANDIDATES);
    if (used < errlen)
        snprintf(errbuf + used, errlen - used, "; give the full name");
}

static int resolve_official(const resolver *r, const char *typed, const char **value,
                            char *errbuf, size_t errlen)
{
    size_t amb = 0;

    /* A value the index holds, typed exactly as the facet list shows it,
     * is that value, before any alias: every listed value must filter to
     * its own count, also one that is another official's alias (a bare
     * "Biden" caught after a title) or is known only by a title rule. */
    if (r->db && fa_db_has_facet(r->db, FA_FACET_OFFICIAL, typed) == 1) {
        *value = typed;
        return FA_OK;
    }
    if ((*value = fa_gazetteer_official_name(r->gaz, typed, &amb)))
        return FA_OK;
    if (amb > 1)
        ambiguous(errbuf, errlen, r->gaz, typed);
    else
        resolve_suggest(errbuf, errlen, r->gaz, FA_FACET_OFFICIAL, typed);
    return FA_EQUERY;
}

static int resolve_country(const resolver *r, const char *typed, const char **value,
                           char *errbuf, size_t errlen)
{
    if ((*value = fa_gazetteer_country_code(r->gaz, typed)))
        return FA_OK;
    const char *code = fa_gazetteer_country_untagged(r->gaz, typed);
    if (code)
        snprintf(errbuf, errlen, "'%s' is not a country value: %s (%s) has no ISO 3166-1 "
                 "code, so fa tags no article with it; search for it as text instead",
                 typed, fa_gazetteer_country_name(r->gaz, code), code);
    else
        resolve_suggest(errbuf, errlen, r->gaz, FA_FACET_COUNTRY, typed);
    return FA_EQUERY;
}

/* An about value is a country or an official: a value the index holds as
 * typed, else a country, else an official; unknown as both, the closest
 * countries and officials are suggested. */
static int resolve_about(const resolver *r, const char *typed, const char **value,
                         char *errbuf, size_t errlen)
{
    char cmsg[256], omsg[256];

    if (r->db && fa_db_has_facet(r->db, FA_FACET_ABOUT, typed) == 1) {
        *value = typed;
        return FA_OK;
    }
    if (resolve_country(r, typed, value, cmsg, sizeof cmsg) == FA_OK)
        return FA_OK;
    if (resolve_official(r, typed, value, omsg, sizeof omsg) == FA_OK)
        return FA_OK;
    if (strstr(omsg, "is ambiguous")) {
        snprintf(errbuf, errlen, "%s", omsg);
        return FA_EQUERY;
    }
    /* "unknown country 'X'; did you mean A" + "unknown official 'X'; did
     * you mean B": one line naming both kinds. */
    const char *cs = strstr(cmsg, "; did you mean "), *os = strstr(omsg, "; did you mean ");
    snprintf(errbuf, errlen, "unknown about value '%s' (neither a country nor an official)%s%s%s%s",
             typed, cs || os ? "; did you mean " : "", cs ? cs + 15 : "",
             cs && os ? ", " : "", os ? os + 15 : "");
    return FA_EQUERY;
}

int resolve_value(void *ctx, int facet, const char *typed, const char **value,
                  char *errbuf, size_t errlen)
{
    const resolver *r = ctx;

    assert(r && r->gaz && facet >= 0 && facet < FA_NFACETS);
    switch (facet) {
    case FA_FACET_COUNTRY:
        return resolve_country(r, typed, value, errbuf, errlen);
    case FA_FACET_OFFICIAL:
        return resolve_official(r, typed, value, errbuf, errlen);
    case FA_FACET_ABOUT:
        return resolve_about(r, typed, value, errbuf, errlen);
    default:
        *value = typed;
        return FA_OK;
    }
}

#define MAX_COUNTRIES_LISTED 12   /* in an "is a post in N countries" message */

int resolve_role_find(const fa_gazetteer *g, const char *typed, int many, fa_role **out,
                      char *errbuf, size_t errlen)
{
    const char *slash = strchr(typed, '/'), *post = typed, *country = NULL;
    char cbuf[256];
    int rc;

    *out = NULL;
    if (slash) {
        /* "USA/Secretary of State": the part before the slash is the
         * country, unless it is none (then the whole is the post). */
        size_t n = (size_t)(slash - typed);
        while (n && typed[n - 1] == ' ')
            n--;
        const char *c = typed;
        while (n && *c == ' ')
            c++, n--;
        if (n >= sizeof cbuf) {
            snprintf(errbuf, errlen, "role '%s': the country before '/' is too long", typed);
            return FA_EQUERY;
        }
        memcpy(cbuf, c, n);
        cbuf[n] = '\0';
        if (!(country = fa_gazetteer_country_code(g, cbuf))) {
            const char *code = fa_gazetteer_country_untagged(g, cbuf);
            if (code) {
                country = code;   /* officials may serve it (EU) */
            } else {
                resolve_suggest(errbuf, errlen, g, FA_FACET_COUNTRY, cbuf);
                size_t used = strlen(errbuf);
                if (used < errlen)
                    snprintf(errbuf + used, errlen - used, " (in role '%s': COUNTRY/POST)", typed);
                return FA_EQUERY;
            }
        }
        post = slash + 1;
        while (*post == ' ')
            post++;
    }
    rc = fa_role_find(out, g, post, country, errbuf, errlen);
    if (rc == FA_ENOMEM)
        return rc;
    if (rc < 0)
        return FA_EQUERY;
    const fa_role *r = *out;
    if (!many && !fa_role_international(r) && fa_role_ncountries(r) > 1) {
        size_t nc = fa_role_ncountries(r);
        size_t used = (size_t)snprintf(errbuf, errlen, "role '%s' is a post in %zu countries",
                                       fa_role_post(r), nc);
        for (size_t i = 0; nc <= MAX_COUNTRIES_LISTED && i < nc && used < errlen; i++)
            used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s", i ? ", " : " (",
                                     fa_role_country(r, i));
        if (used < errlen)
            snprintf(errbuf + used, errlen - used, "%s; name one, as role:\"%s/%s\" or --country %s "
                     "(fa-search --holders '%s' lists them all)", nc <= MAX_COUNTRIES_LISTED ? ")" : "",
                     fa_role_country(r, 0), fa_role_post(r), fa_role_country(r, 0), fa_role_post(r));
        fa_role_free(*out);
        *out = NULL;
        return FA_EQUERY;
    }
    return FA_OK;
}

int resolve_role(void *ctx, const char *typed, fa_span_fn emit, void *ectx,
                 char *errbuf, size_t errlen)
{
    const resolver *rv = ctx;
    fa_role *r = NULL;
    int rc;

    assert(rv && rv->gaz);
    if ((rc = resolve_role_find(rv->gaz, typed, 0, &r, errbuf, errlen)) < 0)
        return rc;
    for (size_t i = 0; i < fa_role_nholders(r); i++) {
        const fa_holder *h = fa_role_holder(r, i);
        emit(ectx, h->name, h->from, h->to);
    }
    fa_role_free(r);
    return FA_OK;
}

/* Add 'v' to out[0..*n) unless it is there (a role's holders repeat). */
static void hint_add(const char **out, size_t *n, size_t max, const char *v)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(out[i], v) == 0)
            return;
    if (*n < max)
        out[(*n)++] = v;
}

size_t resolve_hints(const fa_gazetteer *g, const fa_search *s, const char **out, size_t max)
{
    size_t n = 0;
    /* --role: every holder's name and surname (the gazetteer's strings) */
    for (size_t i = 0; g && i < s->nroles; i++) {
        fa_role *r = NULL;
        char err[512];
        if (resolve_role_find(g, s->roles[i], 0, &r, err, sizeof err) < 0)
            continue;   /* the search reports it */
        for (size_t k = 0; k < fa_role_nholders(r); k++) {
            const char *name = fa_role_holder(r, k)->name, *sp = strrchr(name, ' ');
            hint_add(out, &n, max, name);
            if (sp && sp[1])
                hint_add(out, &n, max, sp + 1);
        }
        fa_role_free(r);
    }
    for (int f = 0; f < FA_NFACETS; f++) {
        for (size_t i = 0; i < s->nfilter[f]; i++) {
            const char *v = s->filter[f][i];
            if (fa_facet_table[f].display == FA_DISPLAY_COUNTRY ||
                (fa_facet_table[f].display == FA_DISPLAY_ENTITY && g &&
                 fa_gazetteer_country_name(g, v))) {
                const char *name = g ? fa_gazetteer_country_name(g, v) : NULL;
                if (name && n < max)
                    out[n++] = name;
                continue;
            }
            if (n < max)
                out[n++] = v;
            const char *sp = strrchr(v, ' ');   /* later mentions: the surname */
            if (sp && sp[1] && n < max)
                out[n++] = sp + 1;
        }
    }
    return n;
}
