/* holders.c - fa-search --holders (see holders.h). */
#include "holders.h"
#include "fa_error.h"
#include "print.h"
#include "resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Articles of 'db' that 's' matches (an exact count). */
static int count(fa_db *db, const fa_search *s, unsigned long *n)
{
    fa_hits *h = NULL;
    int rc = fa_db_search(&h, db, s);
    if (rc < 0)
        return rc;
    *n = fa_hits_total(h);
    fa_hits_free(h);
    return FA_OK;
}

/* Articles naming holder h within the years of its tenure. */
static int holder_count(fa_db *db, const fa_holder *h, unsigned long *n)
{
    char from[8], to[8];
    const char *name = h->name;
    fa_search s;

    memset(&s, 0, sizeof s);
    s.query = "";
    s.estimate = 0;
    s.filter[FA_FACET_OFFICIAL] = &name;
    s.nfilter[FA_FACET_OFFICIAL] = 1;
    snprintf(from, sizeof from, "%04d", h->from);
    snprintf(to, sizeof to, "%04d", h->to);
    s.date_from = from;
    s.date_to = to;
    return count(db, &s, n);
}

static void years(char *buf, size_t len, const fa_holder *h)
{
    if (h->from == h->to)
        snprintf(buf, len, "%s%d", h->approx ? "~" : "", h->from);
    else
        snprintf(buf, len, "%s%d-%d", h->approx ? "~" : "", h->from, h->to);
}

static void json_str(sink *out, const char *s)
{
    print_json_string(out, s, strlen(s));
}

int holders_print(sink *out, const fa_gazetteer *g, fa_db *db, const char *post,
                  const char *country, int json, char *errbuf, size_t errlen)
{
    fa_role *r = NULL;
    char *spec = NULL;
    const char *typed = post;
    unsigned long total = 0;
    int rc;

    if (country) {
        size_t n = strlen(country) + strlen(post) + 2;
        if (strchr(post, '/')) {
            snprintf(errbuf, errlen, "--holders '%s' names its country: it takes no --country", post);
            return FA_EQUERY;
        }
        if (!(spec = malloc(n)))
            return FA_ENOMEM;
        snprintf(spec, n, "%s/%s", country, post);
        typed = spec;
    }
    if ((rc = resolve_role_find(g, typed, 1, &r, errbuf, errlen)) < 0)
        goto out;
    int intl = fa_role_international(r);
    if (db && (fa_role_ncountries(r) == 1 || intl)) {
        /* the role's own count, as role: counts it */
        resolver rv = {g, db, NULL, 0};
        fa_search s;
        memset(&s, 0, sizeof s);
        s.query = "";
        s.roles = &typed;
        s.nroles = 1;
        s.role_resolve = resolve_role;
        s.resolve = resolve_value;
        s.resolve_ctx = &rv;
        rc = count(db, &s, &total);
        resolver_release(&rv);
        if (rc < 0)
            goto out;
    }
    if (json) {
        sink_puts(out, "{\"post\":");
        json_str(out, fa_role_post(r));
        sink_printf(out, ",\"international\":%s,\"countries\":[", intl ? "true" : "false");
        for (size_t i = 0; i < fa_role_ncountries(r); i++) {
            sink_puts(out, i ? "," : "");
            json_str(out, fa_role_country(r, i));
        }
        sink_puts(out, "],\"holders\":[");
    }
    const char *group = NULL;
    for (size_t i = 0; i < fa_role_nholders(r); i++) {
        const fa_holder *h = fa_role_holder(r, i);
        unsigned long n = 0;
        char y[32];
        if (db && (rc = holder_count(db, h, &n)) < 0)
            goto out;
        if (json) {
            sink_puts(out, i ? ",{\"name\":" : "{\"name\":");
            json_str(out, h->name);
            sink_puts(out, ",\"country\":");
            json_str(out, h->country);
            sink_puts(out, ",\"post\":");
            json_str(out, h->post);
            sink_printf(out, ",\"from\":%d,\"to\":%d,\"approx\":%s,\"acting\":%s", h->from, h->to,
                        h->approx ? "true" : "false", h->acting ? "true" : "false");
            if (db)
                sink_printf(out, ",\"articles\":%lu", n);
            sink_putc(out, '}');
            continue;
        }
        if (intl ? i == 0 : (!group || strcmp(group, h->country))) {
            /* a heading per country (one for an international post) */
            size_t k = 0;
            for (size_t j = i; j < fa_role_nholders(r) && (intl || !strcmp(fa_role_holder(r, j)->country, h->country)); j++)
                k++;
            const char *cname = fa_gazetteer_country_name(g, h->country);
            if (intl)
                sink_printf(out, "%s (international): %zu tenure%s\n", fa_role_post(r), k, k == 1 ? "" : "s");
            else
                sink_printf(out, "%s%s, %s%s%s%s: %zu tenure%s\n", group ? "\n" : "", fa_role_post(r),
                            *h->country ? h->country : "?", cname ? " (" : "", cname ? cname : "",
                            cname ? ")" : "", k, k == 1 ? "" : "s");
            group = h->country;
        }
        years(y, sizeof y, h);
        sink_printf(out, "%-11s %s", y, h->name);
        if (intl && *h->country)
            sink_printf(out, ", %s", h->country);
        int acting_named = h->acting;
        int renamed = !h->acting && strcasecmp(h->post, fa_role_post(r)) != 0;
        if (acting_named || renamed || h->approx) {
            sink_puts(out, " (");
            if (acting_named)
                sink_puts(out, "acting");
            if (renamed)
                sink_printf(out, "as %s", h->post);
            if (h->approx)
                sink_printf(out, "%sattested years", acting_named || renamed ? "; " : "");
            sink_putc(out, ')');
        }
        if (db)
            sink_printf(out, "  %lu article%s", n, n == 1 ? "" : "s");
        sink_putc(out, '\n');
    }
    if (json) {
        sink_putc(out, ']');
        if (db && (fa_role_ncountries(r) == 1 || intl))
            sink_printf(out, ",\"articles\":%lu", total);
        sink_puts(out, "}\n");
    } else if (db && (fa_role_ncountries(r) == 1 || intl)) {
        sink_printf(out, "%lu article%s name the holder of their date (role:\"%s\")\n", total,
                    total == 1 ? "" : "s", typed);
    }
    rc = sink_status(out);
out:
    if (rc < 0 && rc != FA_EQUERY && db && !*errbuf)
        snprintf(errbuf, errlen, "%s", *fa_db_errmsg(db) ? fa_db_errmsg(db) : fa_strerror(rc));
    fa_role_free(r);
    free(spec);
    return rc;
}
