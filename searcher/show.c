/* show.c - one article whole (see show.h): fetched by fa_db_article,
 * decoded by page_build, facet values named by page_value_resolve. */
#include "show.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "print.h"

#include <stdlib.h>
#include <string.h>

int show_get(show **out, fa_db *db, const char *id, const fa_search *s,
             const fa_gazetteer *gaz)
{
    fa_hits *h = NULL;
    show *v = NULL;
    fa_search one = *s;
    int rc;

    *out = NULL;
    one.facets = 0;
    one.snippets = 0;
    if ((rc = fa_db_article(&h, db, id, s)) < 0)
        return rc;
    if (fa_hits_size(h) == 0) {
        fa_hits_free(h);
        return FA_OK;
    }
    if (!(v = calloc(1, sizeof *v))) {
        fa_hits_free(h);
        return FA_ENOMEM;
    }
    v->id = id;
    v->query = s->query ? s->query : "";
    v->matches = fa_hits_total(h) > 0;
    one.offset = 0;
    if ((rc = page_build(&v->p, h, &one, gaz, db)) < 0)   /* h is the page's */
        goto out;
    v->text = fa_hits_text(v->p->h, 0, &v->text_len);
    v->html = fa_hits_text_html(v->p->h, 0);
    for (int f = 0; f < FA_NFACETS; f++) {
        const page_hit *ph = &v->p->hits[0];
        if (ph->nvalues[f] && !(v->values[f] = calloc(ph->nvalues[f], sizeof *v->values[f]))) {
            rc = FA_ENOMEM;
            goto out;
        }
        for (size_t i = 0; i < ph->nvalues[f]; i++) {
            v->values[f][i].value = ph->values[f][i];
            v->nvalues[f] = i + 1;   /* so that show_free frees what is built */
            if ((rc = page_value_resolve(&v->values[f][i], f, gaz, db)) < 0)
                goto out;
        }
    }
    *out = v;
    v = NULL;
    rc = FA_OK;
out:
    show_free(v);
    return rc;
}

void show_free(show *v)
{
    if (!v)
        return;
    for (int f = 0; f < FA_NFACETS; f++) {
        for (size_t i = 0; i < v->nvalues[f]; i++)
            free(v->values[f][i].text_);
        free(v->values[f]);
    }
    page_free(v->p);
    free(v);
}

/* The fields shown first, in this order; the others follow as stored. */
static const char *const top[] = {FA_F_ID, FA_F_TITLE, FA_F_DATE, FA_F_SOURCE, FA_F_URL};

static int is_top(const char *key)
{
    for (size_t i = 0; i < sizeof top / sizeof *top; i++)
        if (strcmp(key, top[i]) == 0)
            return 1;
    return strcmp(key, FA_F_TEXT) == 0;
}

int show_write_text(sink *out, const show *v, int bold)
{
    const fa_article *a = v->p->hits[0].fields;

    for (size_t i = 0; i < sizeof top / sizeof *top; i++) {
        const char *val = fa_article_get(a, top[i], NULL);
        if (!val)
            continue;
        sink_printf(out, "%s: ", top[i]);
        print_text_safe(out, val);
        sink_putc(out, '\n');
    }
    for (size_t k = 0; k < fa_article_nfields(a); k++) {
        const char *val;
        size_t vl;
        const char *key = fa_article_field(a, k, &val, &vl);
        if (is_top(key))
            continue;
        print_text_safe(out, key);
        sink_puts(out, ": ");
        print_text_safe(out, val);   /* stops at a NUL, which text cannot show */
        sink_putc(out, '\n');
    }
    for (int f = 0; f < FA_NFACETS; f++) {
        sink_printf(out, "%s:", fa_facet_table[f].heading);
        for (size_t i = 0; i < v->nvalues[f]; i++) {
            sink_puts(out, i ? "; " : " ");
            print_text_safe(out, v->values[f][i].label);
        }
        sink_putc(out, '\n');
    }
    if (*v->query) {
        sink_puts(out, "query: ");
        print_text_safe(out, v->query);
        sink_puts(out, v->matches ? " (matches)\n" : " (does not match this article)\n");
    }
    sink_putc(out, '\n');
    print_text_html(out, v->html, bold, 1);
    if (v->text_len && v->text[v->text_len - 1] != '\n')
        sink_putc(out, '\n');
    return sink_status(out);
}

static void json_str(sink *out, const char *s)
{
    if (s)
        print_json_string(out, s, strlen(s));
    else
        sink_puts(out, "null");
}

int show_write_json(sink *out, const show *v)
{
    const fa_article *a = v->p->hits[0].fields;
    int first = 1;

    sink_puts(out, "{\"id\":");
    json_str(out, fa_article_get(a, FA_F_ID, NULL));
    for (size_t i = 1; i < sizeof top / sizeof *top; i++) {
        sink_printf(out, ",\"%s\":", top[i]);
        json_str(out, fa_article_get(a, top[i], NULL));
    }
    sink_puts(out, ",\"fields\":{");
    for (size_t k = 0; k < fa_article_nfields(a); k++) {
        const char *val;
        size_t vl;
        const char *key = fa_article_field(a, k, &val, &vl);
        if (strcmp(key, FA_F_TEXT) == 0)
            continue;
        if (!first)
            sink_putc(out, ',');
        first = 0;
        json_str(out, key);
        sink_putc(out, ':');
        print_json_string(out, val, vl);
    }
    sink_putc(out, '}');
    for (int f = 0; f < FA_NFACETS; f++) {
        sink_printf(out, ",\"%s\":[", fa_facet_table[f].json_key);
        for (size_t i = 0; i < v->nvalues[f]; i++) {
            sink_puts(out, i ? ",{\"value\":" : "{\"value\":");
            json_str(out, v->values[f][i].value);
            sink_puts(out, ",\"name\":");
            json_str(out, v->values[f][i].name);
            sink_putc(out, '}');
        }
        sink_putc(out, ']');
    }
    sink_puts(out, ",\"query\":");
    json_str(out, v->query);
    sink_printf(out, ",\"matches\":%s,\"text\":", v->matches ? "true" : "false");
    print_json_string(out, v->text, v->text_len);
    sink_puts(out, ",\"html\":");
    json_str(out, v->html);
    sink_puts(out, "}\n");
    return sink_status(out);
}
