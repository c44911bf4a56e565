/* list.c - fa-search --list (see list.h). */
#include "list.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "print.h"

#include <stdlib.h>
#include <string.h>

typedef struct item {
    char         *value;
    unsigned long count;
} item;

typedef struct items {
    item  *v;
    size_t n, cap;
    int    rc;
} items;

static int collect(void *ctx, const char *value, unsigned long count)
{
    items *it = ctx;
    if (it->n == it->cap) {
        size_t ncap = it->cap ? 2 * it->cap : 64;
        item *nv = realloc(it->v, ncap * sizeof *nv);
        if (!nv) {
            it->rc = FA_ENOMEM;
            return 1;
        }
        it->v = nv;
        it->cap = ncap;
    }
    if (!(it->v[it->n].value = strdup(value))) {
        it->rc = FA_ENOMEM;
        return 1;
    }
    it->v[it->n++].count = count;
    return 0;
}

static int by_count(const void *a, const void *b)
{
    const item *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->value, y->value);
}

/* The query's field prefixes besides the stored fields, for --list fields. */
static const char *const prefixes[] = {
    FA_FIELD_TITLE ":", FA_FIELD_SOURCE ":", FA_FIELD_DATE ":", "country:", "official:",
    FA_FIELD_ROLE ":",
    FA_FIELD_ID ":",
};

static void json_str(sink *out, const char *s)
{
    print_json_string(out, s, strlen(s));
}

int list_print(sink *out, fa_db *db, const fa_gazetteer *gaz, int what, int json)
{
    static const char *const names[] = {"countries", "officials", "fields"};
    items it = {NULL, 0, 0, FA_OK};
    int rc;

    if ((rc = fa_db_list(db, what, collect, &it)) < 0 || (rc = it.rc) < 0)
        goto out;
    if (it.n)   /* an index without stored fields has none: no qsort of NULL */
        qsort(it.v, it.n, sizeof *it.v, by_count);
    if (json)
        sink_printf(out, "{\"list\":\"%s\",\"%s\":[", names[what], what == FA_LIST_FIELDS ? "fields" : "values");
    for (size_t i = 0; i < it.n; i++) {
        const char *v = it.v[i].value, *name = NULL;
        if (what == FA_LIST_COUNTRIES && gaz)
            name = fa_gazetteer_country_name(gaz, v);
        if (json) {
            sink_puts(out, i ? "," : "");
            if (what == FA_LIST_FIELDS) {
                sink_puts(out, "{\"name\":");
                json_str(out, v);
                sink_printf(out, ",\"filter\":\"%s.%s:\"", FA_FIELD_STORED, v);
            } else {
                sink_puts(out, "{\"value\":");
                json_str(out, v);
                if (what == FA_LIST_COUNTRIES) {
                    sink_puts(out, ",\"name\":");
                    if (name)
                        json_str(out, name);
                    else
                        sink_puts(out, "null");
                }
            }
            sink_printf(out, ",\"count\":%lu}", it.v[i].count);
        } else if (what == FA_LIST_FIELDS) {
            sink_printf(out, "%s.%s: %lu\n", FA_FIELD_STORED, v, it.v[i].count);
        } else {
            /* Values come from the archive's text: no control bytes to a
             * terminal (they are never in a value the tagger makes). */
            for (const unsigned char *c = (const unsigned char *)v; *c; c++)
                if (*c < 0x20 || *c == 0x7F)
                    sink_printf(out, "\\x%02x", *c);
                else
                    sink_putc(out, (char)*c);
            sink_printf(out, "%s%s %lu\n", name ? " " : "", name ? name : "", it.v[i].count);
        }
    }
    if (what == FA_LIST_FIELDS) {
        size_t np = sizeof prefixes / sizeof *prefixes;
        if (json) {
            sink_puts(out, "],\"prefixes\":[");
            for (size_t i = 0; i < np; i++) {
                sink_puts(out, i ? "," : "");
                json_str(out, prefixes[i]);
            }
            if (fa_db_exact(db))
                sink_puts(out, ",\"=\"");
        } else {
            sink_puts(out, "query fields:");
            for (size_t i = 0; i < np; i++)
                sink_printf(out, " %s", prefixes[i]);
            if (fa_db_exact(db))
                sink_puts(out, " =word");
            sink_putc(out, '\n');
        }
    }
    if (json)
        sink_puts(out, "]}\n");
    rc = sink_status(out);
out:
    for (size_t i = 0; i < it.n; i++)
        free(it.v[i].value);
    free(it.v);
    return rc;
}
