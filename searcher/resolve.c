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

size_t resolve_hints(const fa_gazetteer *g, const fa_search *s, const char **out, size_t max)
{
    size_t n = 0;
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
