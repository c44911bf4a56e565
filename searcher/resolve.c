/* resolve.c - aliases and suggestions for facet values (see resolve.h). */
#include "resolve.h"
#include "fa_error.h"
#include "fa_fields.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SUGGESTIONS 5
#define MAX_CANDIDATES  5   /* officials named in an "is ambiguous" message */
/* officials sharing a surname whose presence in the index is checked; a
 * surname shared by more is ambiguous as typed */
#define RESOLVE_MAX_SHARED 64

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

/* The index's own official values, for a name the gazetteer does not
 * know (caught by a title rule alone), typed in another case or spacing
 * ("alexander lebed", "H.D. Deve Gowda") or by its surname ("Lebed"). */
typedef struct index_match {
    char        key[512];                /* typed, folded (fa_name_fold)   */
    size_t      n;
    char        bare[512];               /* ... without middle initials    */
    size_t      nbare;
    int         one_word;
    char       *same[MAX_CANDIDATES];    /* folded alike                   */
    size_t      nsame;
    char       *surname[MAX_CANDIDATES]; /* last word is the typed word    */
    size_t      nsurname;
    char       *near[MAX_SUGGESTIONS];   /* the closest, as suggestions    */
    size_t      nnear, dnear;
    int         oom;
} index_match;

/* Folded 'key' (n bytes) without its middle initials, into out: "charles e
 * redman" is "charles redman", as the indexer writes such a value since
 * 2026-12-03 (an older index may hold either); "h d deve gowda" keeps
 * them, being initials from the start. Returns the length. */
static size_t without_initials(const char *key, size_t n, char *out)
{
    const char *first_end = memchr(key, ' ', n);
    size_t o = 0;
    if (!first_end || first_end - key < 2) {
        memcpy(out, key, n);
        return n;
    }
    for (size_t i = 0; i < n;) {
        const char *sp = memchr(key + i, ' ', n - i);
        size_t wl = sp ? (size_t)(sp - (key + i)) : n - i;
        if (!(wl == 1 && i && sp)) {   /* a one-letter word in the middle */
            if (o)
                out[o++] = ' ';
            memcpy(out + o, key + i, wl);
            o += wl;
        }
        i += wl + 1;
    }
    return o;
}

static void keep(char **list, size_t *n, size_t max, const char *v, int *oom)
{
    if (*n < max && !(list[*n] = strdup(v)))
        *oom = 1;
    else
        (*n)++;            /* counted past max: "or N more" */
}

static void index_match_free(index_match *m)
{
    for (size_t i = 0; i < m->nsame && i < MAX_CANDIDATES; i++)
        free(m->same[i]);
    for (size_t i = 0; i < m->nsurname && i < MAX_CANDIDATES; i++)
        free(m->surname[i]);
    for (size_t i = 0; i < m->nnear && i < MAX_SUGGESTIONS; i++)
        free(m->near[i]);
}

static int index_match_one(void *ctx, const char *value)
{
    index_match *m = ctx;
    char key[512];
    size_t kl = fa_name_fold(value, key, sizeof key);

    if (!kl || m->oom)
        return m->oom ? FA_ENOMEM : 0;
    if (kl == m->n && !memcmp(key, m->key, kl)) {
        keep(m->same, &m->nsame, MAX_CANDIDATES, value, &m->oom);
        return 0;
    }
    char bare[512];
    size_t bl = without_initials(key, kl, bare);
    if (bl == m->nbare && !memcmp(bare, m->bare, bl)) {
        keep(m->same, &m->nsame, MAX_CANDIDATES, value, &m->oom);
        return 0;
    }
    const char *last = strrchr(key, ' ');
    if (m->one_word && last && (size_t)(key + kl - last - 1) == m->n &&
        !memcmp(last + 1, m->key, m->n)) {
        keep(m->surname, &m->nsurname, MAX_CANDIDATES, value, &m->oom);
        return 0;
    }
    size_t d = fa_name_distance(m->key, m->n, key, kl);
    if (m->one_word && last) {              /* "Lebedd": Alexander Lebed */
        size_t ds = fa_name_distance(m->key, m->n, last + 1, (size_t)(key + kl - last - 1));
        d = ds < d ? ds : d;
    }
    if (d == SIZE_MAX || (m->nnear && d > m->dnear))
        return 0;
    if (m->nnear && d < m->dnear) {
        for (size_t i = 0; i < m->nnear && i < MAX_SUGGESTIONS; i++)
            free(m->near[i]);
        m->nnear = 0;
    }
    m->dnear = d;
    keep(m->near, &m->nnear, MAX_SUGGESTIONS, value, &m->oom);
    return 0;
}

/* Keep a copy of 'v' as long as the resolver lives (resolver_release). */
static int hold(resolver *r, const char *v, const char **out)
{
    for (size_t i = 0; i < r->nheld; i++)
        if (!strcmp(r->held[i], v)) {       /* a --batch asking again */
            *out = r->held[i];
            return FA_OK;
        }
    char *c = strdup(v), **grown;
    if (!c || !(grown = realloc(r->held, (r->nheld + 1) * sizeof *r->held))) {
        free(c);
        return FA_ENOMEM;
    }
    r->held = grown;
    r->held[r->nheld++] = c;
    *out = c;
    return FA_OK;
}

void resolver_release(resolver *r)
{
    for (size_t i = 0; r && i < r->nheld; i++)
        free(r->held[i]);
    if (r) {
        free(r->held);
        r->held = NULL;
        r->nheld = 0;
    }
}

/* "official 'Lebed' is ambiguous: Alexander Lebed or Jan Lebed; give the
 * full name" */
static void index_ambiguous(char *errbuf, size_t errlen, const char *typed, char **v, size_t n)
{
    size_t used = (size_t)snprintf(errbuf, errlen, "official '%s' is ambiguous: ", typed);
    for (size_t i = 0; i < n && i < MAX_CANDIDATES && used < errlen; i++)
        used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s", i ? " or " : "", v[i]);
    if (n > MAX_CANDIDATES && used < errlen)
        used += (size_t)snprintf(errbuf + used, errlen - used, " or %zu more",
                                 n - MAX_CANDIDATES);
    if (used < errlen)
        snprintf(errbuf + used, errlen - used, "; give the full name");
}

static int resolve_official(resolver *r, const char *typed, const char **value,
                            char *errbuf, size_t errlen)
{
    size_t amb = 0;
    int rc = FA_EQUERY;

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
    /* A surname several gazetteer officials share, of whom the index holds
     * one: that one ("qureshi" in an archive that names Shah Mahmood
     * Qureshi and not Moeen Qureshi) */
    if (amb > 1 && r->db) {
        const char *cand[RESOLVE_MAX_SHARED];
        size_t nc = fa_gazetteer_official_candidates(r->gaz, typed, cand, RESOLVE_MAX_SHARED);
        const char *held = NULL;
        size_t nheld = 0;
        for (size_t i = 0; i < nc && i < RESOLVE_MAX_SHARED; i++) {
            int has = fa_db_has_facet(r->db, FA_FACET_OFFICIAL, cand[i]);
            if (has < 0) {
                snprintf(errbuf, errlen, "%s", fa_db_errmsg(r->db));
                return has;
            }
            if (has && nheld++ == 0)
                held = cand[i];
        }
        if (nheld == 1 && nc <= RESOLVE_MAX_SHARED) {
            *value = held;
            return FA_OK;
        }
    }
    index_match m = { .n = 0 };
    if (r->db && amb <= 1 && (m.n = fa_name_fold(typed, m.key, sizeof m.key))) {
        m.one_word = !strchr(m.key, ' ');
        m.nbare = without_initials(m.key, m.n, m.bare);
        int wrc = fa_db_facet_each(r->db, FA_FACET_OFFICIAL, index_match_one, &m);
        if (wrc < 0) {
            rc = wrc;
            snprintf(errbuf, errlen, "%s", wrc == FA_ENOMEM ? "out of memory"
                                                            : fa_db_errmsg(r->db));
            goto out;
        }
        if (m.nsame == 1 || (!m.nsame && m.nsurname == 1)) {
            rc = hold(r, m.nsame ? m.same[0] : m.surname[0], value);
            if (rc == FA_ENOMEM)
                snprintf(errbuf, errlen, "out of memory");
            goto out;
        }
        if (m.nsame || m.nsurname) {
            index_ambiguous(errbuf, errlen, typed, m.nsame ? m.same : m.surname,
                            m.nsame ? m.nsame : m.nsurname);
            goto out;
        }
    }
    if (amb > 1) {
        ambiguous(errbuf, errlen, r->gaz, typed);
        goto out;
    }
    resolve_suggest(errbuf, errlen, r->gaz, FA_FACET_OFFICIAL, typed);
    /* the index's own values that are closest come first: they filter */
    if (m.nnear) {
        const char *rest = strstr(errbuf, "; did you mean ");
        char tail[512];
        snprintf(tail, sizeof tail, "%s", rest ? rest + 15 : "");
        size_t used = (size_t)snprintf(errbuf, errlen, "unknown official '%s'", typed);
        for (size_t i = 0; i < m.nnear && i < MAX_SUGGESTIONS && used < errlen; i++)
            used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s",
                                     i ? ", " : "; did you mean ", m.near[i]);
        if (*tail && used < errlen)
            snprintf(errbuf + used, errlen - used, ", %s", tail);
    }
out:
    index_match_free(&m);
    return rc;
}

static int resolve_country(resolver *r, const char *typed, const char **value,
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
static int resolve_about(resolver *r, const char *typed, const char **value,
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
    resolver *r = ctx;

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
