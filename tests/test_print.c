/* test_print.c - the searcher's output path: sinks (memory and FILE*), the
 * JSON string escaper, and a page (searcher/page.c) of a small index
 * written by the text and JSON writers (searcher/print*.c), including the
 * facet blocks that come from fa_facet_table and their display text.
 * A group setup builds a three-article index in a mkdtemp() folder and
 * loads the project's gazetteer; snippets are off, so output is exact.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <ftw.h>
#include <json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_xap.h"
#include "../searcher/export.h"
#include "../searcher/page.h"
#include "../searcher/show.h"
#include "../searcher/print.h"
#include "../searcher/resolve.h"
#include "../searcher/sink.h"

typedef struct {
    const char *id, *title, *date, *source, *url, *text;
    const char *countries[3];   /* sorted, NULL-terminated */
    const char *officials[3];
} fixture;

/* p1 > p2 > p3 by date, so the empty query lists them in that order.
 * Antony Blinken is in the gazetteer; Jane Nobody is known by the title
 * recorded in the index only; John Unknown by neither. */
static const fixture docs[] = {
    {"p1", "Talks in Islamabad", "2021-01-02", "Dawn", NULL,
     "Pakistan and the United States held talks.",
     {"PAK", "USA", NULL}, {"Antony Blinken", "Jane Nobody", NULL}},
    {"p2", "Bad \xFF bytes, \"quoted\"\ttab", "2020-05-06", "Wire", "https://example.org/p2",
     "A wire story.",
     {"USA", NULL}, {"John Unknown", NULL}},
    {"p3", "Quiet day", "2019-01-01", NULL, NULL,
     "Nothing happened.",
     {NULL}, {NULL}},
};
#define NDOCS (sizeof docs / sizeof docs[0])

typedef struct {
    char          dir[512];
    fa_db        *db;     /* reader over the index */
    fa_gazetteer *gaz;
} world;

static world W;

static size_t count(const char *const *v)
{
    size_t n = 0;
    while (v[n])
        n++;
    return n;
}

static void set(fa_article *a, const char *key, const char *v)
{
    if (v)
        assert_int_equal(fa_article_set(a, key, v, strlen(v)), FA_OK);
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int group_setup(void **state)
{
    const char *t = getenv("TMPDIR");
    char path[700], err[1024];
    fa_db *db = NULL;

    snprintf(W.dir, sizeof W.dir, "%s/fa-test-print-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(W.dir))
        return -1;
    snprintf(path, sizeof path, "%s/index", W.dir);
    if (fa_db_open(&db, path, FA_DB_WRITE, NULL, err, sizeof err) != FA_OK)
        return -1;
    for (size_t i = 0; i < NDOCS; i++) {
        const fixture *d = &docs[i];
        fa_article *a = fa_article_new();
        fa_facets f = {{d->countries, d->officials}, {count(d->countries), count(d->officials)}};
        set(a, FA_F_ID, d->id);
        set(a, FA_F_TITLE, d->title);
        set(a, FA_F_DATE, d->date);
        set(a, FA_F_SOURCE, d->source);
        set(a, FA_F_URL, d->url);
        set(a, FA_F_TEXT, d->text);
        int rc = fa_db_put(db, a, &f, NULL);
        fa_article_free(a);
        if (rc != FA_OK)
            return -1;
    }
    if (fa_db_set_official_title(db, "Jane Nobody", "Foreign Minister") != FA_OK)
        return -1;
    if (fa_db_close(db, err, sizeof err) != FA_OK)
        return -1;
    if (fa_db_open(&W.db, path, FA_DB_READ, NULL, err, sizeof err) != FA_OK)
        return -1;
    if (fa_gazetteer_load(&W.gaz, FA_DATADIR, err, sizeof err) != FA_OK) {
        fprintf(stderr, "setup: gazetteer: %s\n", err);
        return -1;
    }
    *state = &W;
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    fa_db_close(W.db, NULL, 0);
    fa_gazetteer_free(W.gaz);
    return nftw(W.dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ------------------------------------------------------------- helpers */

/* The page of the empty query from 'offset' on, facets counted over
 * every match. */
static page *page_from(unsigned offset)
{
    fa_search s;
    page *p = NULL;

    memset(&s, 0, sizeof s);
    s.query = "";
    s.offset = offset;
    s.limit = 10;
    s.facets = 1;
    int rc = page_search(&p, W.db, &s, W.gaz);
    if (rc != FA_OK)
        fail_msg("search: %d %s", rc, fa_db_errmsg(W.db));
    assert_non_null(p);
    return p;
}

static page *empty_query_page(void)
{
    return page_from(0);
}

/* Write p with w into a fresh memory sink; the caller frees the result. */
static char *write_mem(const page_writer *w, const page *p, int bold)
{
    print_opts o = {bold};
    sink s;
    size_t len;

    sink_mem(&s);
    assert_int_equal(print_page(&s, w, p, &o), FA_OK);
    char *out = sink_take(&s, &len);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    return out;
}

static void expect_json_string(const char *in, size_t len, const char *want)
{
    sink s;
    sink_mem(&s);
    print_json_string(&s, in, len);
    assert_int_equal(sink_status(&s), FA_OK);
    assert_string_equal(sink_data(&s, NULL), want);
    sink_fini(&s);
}

/* --------------------------------------------------------------- sinks */

static void test_sink_mem_grows_and_hands_over(void **state)
{
    char big[1000];
    sink s;
    size_t len = 0;

    (void)state;
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    sink_mem(&s);
    assert_string_equal(sink_data(&s, &len), "");
    assert_int_equal(len, 0);
    for (int i = 0; i < 100; i++)
        sink_puts(&s, "0123456789");
    sink_printf(&s, "[%s]", big);      /* longer than sink_printf's stack buffer */
    sink_putc(&s, '!');
    assert_int_equal(sink_status(&s), FA_OK);
    char *out = sink_take(&s, &len);
    assert_int_equal(len, 1000 + 1 + 999 + 1 + 1);
    assert_memory_equal(out + 990, "0123456789[xx", 13);
    assert_string_equal(out + len - 3, "x]!");
    free(out);
    assert_null(sink_take(&s, &len));   /* empty after the hand-over */
    assert_int_equal(len, 0);
    sink_fini(&s);
}

static void test_sink_file_reports_write_errors(void **state)
{
    FILE *f = fopen("/dev/full", "w");
    sink s;

    (void)state;
    if (!f)
        skip();
    sink_file(&s, f);
    sink_puts(&s, "no room on this device");
    assert_int_equal(sink_status(&s), FA_EIO);
    fclose(f);
}

/* A page written to a FILE* sink is the same bytes as into memory. */
static void test_sink_file_matches_memory(void **state)
{
    page *p = empty_query_page();
    char *mem = write_mem(&print_json, p, 0);
    FILE *f = tmpfile();
    sink s;
    char got[8192];

    (void)state;
    assert_non_null(f);
    sink_file(&s, f);
    assert_int_equal(print_page(&s, &print_json, p, NULL), FA_OK);
    rewind(f);
    size_t n = fread(got, 1, sizeof got - 1, f);
    got[n] = '\0';
    assert_string_equal(got, mem);
    fclose(f);
    free(mem);
    page_free(p);
}

/* --------------------------------------------------------- JSON strings */

static void test_json_string_escapes(void **state)
{
    (void)state;
    expect_json_string("plain", 5, "\"plain\"");
    expect_json_string("", 0, "\"\"");
    expect_json_string("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
    expect_json_string("\n\t\r", 3, "\"\\n\\t\\r\"");
    expect_json_string("\x01\x1f\x7f", 3, "\"\\u0001\\u001f\x7f\"");
    expect_json_string("nul\0in", 6, "\"nul\\u0000in\"");   /* length, not NUL, ends it */
}

static void test_json_string_keeps_utf8(void **state)
{
    (void)state;
    expect_json_string("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", 14,
                       "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
}

static void test_json_string_invalid_utf8_is_replaced(void **state)
{
    (void)state;
    expect_json_string("a\xFFz", 3, "\"a\\ufffdz\"");
    /* a stray continuation byte, an overlong '/', a 4-byte form past U+10FFFF */
    expect_json_string("\x80", 1, "\"\\ufffd\"");
    expect_json_string("\xC0\xAF", 2, "\"\\ufffd\\ufffd\"");
    expect_json_string("\xF4\x90\x80\x80", 4, "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    /* cut short by the length: the euro sign's first two bytes */
    expect_json_string("\xE2\x82\xAC", 2, "\"\\ufffd\\ufffd\"");
    /* a lone surrogate (U+D800 as ED A0 80): each byte is bad on its own */
    expect_json_string("\xED\xA0\x80", 3, "\"\\ufffd\\ufffd\\ufffd\"");
    /* the last code point before the surrogates is fine */
    expect_json_string("\xED\x9F\xBF", 3, "\"\xED\x9F\xBF\"");
}

/* ---------------------------------------------------------------- pages */

static void test_page_display_from_table(void **state)
{
    page *p = empty_query_page();

    (void)state;
    assert_int_equal(p->total, 3);
    assert_int_equal(p->nhits, 3);
    for (int f = 0; f < FA_NFACETS; f++) {
        for (size_t i = 0; i < p->nvalues[f]; i++) {
            const page_value *v = &p->values[f][i];
            if (fa_facet_table[f].display == FA_DISPLAY_COUNTRY) {
                assert_string_equal(v->name, v->display);
            } else if (*v->display) {
                char want[512];
                snprintf(want, sizeof want, "%s (%s)", v->value, v->display);
                assert_string_equal(v->name, want);
            } else {
                assert_string_equal(v->name, v->value);
            }
        }
    }
    /* counts over all matches, most frequent first, ties by value */
    assert_int_equal(p->nvalues[FA_FACET_COUNTRY], 2);
    assert_string_equal(p->values[FA_FACET_COUNTRY][0].value, "USA");
    assert_int_equal(p->values[FA_FACET_COUNTRY][0].count, 2);
    assert_string_equal(p->values[FA_FACET_COUNTRY][0].display, "United States");
    assert_string_equal(p->values[FA_FACET_COUNTRY][1].label, "PAK Pakistan");
    assert_int_equal(p->nvalues[FA_FACET_OFFICIAL], 3);
    assert_string_equal(p->values[FA_FACET_OFFICIAL][0].display, "USA, Secretary of State");
    assert_string_equal(p->values[FA_FACET_OFFICIAL][1].name, "Jane Nobody (Foreign Minister)");
    assert_string_equal(p->values[FA_FACET_OFFICIAL][2].display, "");
    assert_string_equal(p->values[FA_FACET_OFFICIAL][2].label, "John Unknown");
    /* each hit's own values, split from the stored list */
    assert_int_equal(p->hits[0].nvalues[FA_FACET_OFFICIAL], 2);
    assert_string_equal(p->hits[0].values[FA_FACET_OFFICIAL][1], "Jane Nobody");
    assert_int_equal(p->hits[2].nvalues[FA_FACET_COUNTRY], 0);
    page_free(p);
}

static void test_text_writer_output(void **state)
{
    static const char want[] =
        "3 matches; showing 1-3\n"
        "\n1. 2021-01-02  Talks in Islamabad\n"
        "   Dawn | p1\n"
        "\n2. 2020-05-06  Bad \xFF bytes, \"quoted\"\ttab\n"
        "   Wire | p2\n"
        "\n3. 2019-01-01  Quiet day\n"
        "   (no source) | p3\n"
        "\ncountries:\n"
        "  USA United States 2\n"
        "  PAK Pakistan 1\n"
        "officials:\n"
        "  Antony Blinken (USA, Secretary of State) 1\n"
        "  Jane Nobody (Foreign Minister) 1\n"
        "  John Unknown 1\n"
        "about:\n";   /* the test articles carry no about values */
    page *p = empty_query_page();
    char *out = write_mem(&print_text, p, 0);

    (void)state;
    assert_string_equal(out, want);
    free(out);
    page_free(p);
}

static void test_text_writer_bold_and_empty(void **state)
{
    page *p = empty_query_page();
    char *out = write_mem(&print_text, p, 1);

    (void)state;
    assert_non_null(strstr(out, "1. 2021-01-02  \033[1mTalks in Islamabad\033[0m\n"));
    free(out);
    page_free(p);
    p = page_from(10);   /* past the last hit */
    p->facets = 0;
    out = write_mem(&print_text, p, 0);
    assert_string_equal(out, "3 matches; none shown\n");
    free(out);
    page_free(p);
}

/* Every row of the facet table gets a block in both formats. */
static void test_writers_walk_the_facet_table(void **state)
{
    page *p = empty_query_page();
    char *text = write_mem(&print_text, p, 0);
    char *json = write_mem(&print_json, p, 0);

    (void)state;
    for (int f = 0; f < FA_NFACETS; f++) {
        char heading[64], key[64];
        size_t k = 0;
        for (const char *c = fa_facet_table[f].heading; *c && k < sizeof heading - 3; c++)
            heading[k++] = (char)tolower((unsigned char)*c);
        snprintf(heading + k, sizeof heading - k, ":\n");
        assert_non_null(strstr(text, heading));
        snprintf(key, sizeof key, "\"%s\":[", fa_facet_table[f].field);
        assert_non_null(strstr(json, key));
        snprintf(key, sizeof key, "\"%s\":[", fa_facet_table[f].json_key);
        assert_non_null(strstr(json, key));
    }
    free(text);
    free(json);
    page_free(p);
}

static json_object *get(json_object *o, const char *key)
{
    json_object *v = NULL;
    if (!json_object_object_get_ex(o, key, &v))
        fail_msg("no key \"%s\"", key);
    return v;
}

static void test_json_writer_into_buffer(void **state)
{
    page *p = empty_query_page();
    char *out = write_mem(&print_json, p, 0);
    size_t len = strlen(out);
    json_tokener *tok = json_tokener_new();
    json_object *root, *hits, *facets, *v;

    (void)state;
    assert_true(len > 1 && out[len - 1] == '\n');
    assert_ptr_equal(strchr(out, '\n'), out + len - 1);   /* one line */
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
    root = json_tokener_parse_ex(tok, out, (int)len - 1);
    assert_int_equal(json_tokener_get_error(tok), json_tokener_success);
    assert_int_equal(json_tokener_get_parse_end(tok), len - 1);   /* all of it */
    assert_non_null(root);

    assert_string_equal(json_object_get_string(get(root, "query")), "");
    assert_int_equal(json_object_get_int(get(root, "total")), 3);
    assert_int_equal(json_object_get_int(get(root, "limit")), 10);
    hits = get(root, "hits");
    assert_int_equal(json_object_array_length(hits), 3);
    v = json_object_array_get_idx(hits, 1);
    assert_int_equal(json_object_get_int(get(v, "rank")), 2);
    assert_string_equal(json_object_get_string(get(v, "id")), "p2");
    assert_string_equal(json_object_get_string(get(v, "title")),
                        "Bad \xEF\xBF\xBD bytes, \"quoted\"\ttab");
    assert_string_equal(json_object_get_string(get(v, "url")), "https://example.org/p2");
    assert_string_equal(json_object_get_string(get(get(v, "fields"), "source")), "Wire");
    assert_false(json_object_object_get_ex(get(v, "fields"), "text", NULL));
    assert_int_equal(json_object_array_length(get(v, "countries")), 1);
    assert_string_equal(json_object_get_string(json_object_array_get_idx(get(v, "officials"), 0)),
                        "John Unknown");
    v = json_object_array_get_idx(hits, 2);
    assert_true(json_object_is_type(get(v, "source"), json_type_null));

    facets = get(root, "facets");
    v = json_object_array_get_idx(get(facets, "country"), 1);
    assert_string_equal(json_object_get_string(get(v, "value")), "PAK");
    assert_string_equal(json_object_get_string(get(v, "name")), "Pakistan");
    assert_int_equal(json_object_get_int(get(v, "count")), 1);
    v = json_object_array_get_idx(get(facets, "official"), 0);
    assert_string_equal(json_object_get_string(get(v, "name")),
                        "Antony Blinken (USA, Secretary of State)");
    v = json_object_array_get_idx(get(facets, "official"), 2);
    assert_string_equal(json_object_get_string(get(v, "name")), "John Unknown");

    json_object_put(root);
    json_tokener_free(tok);
    free(out);
    page_free(p);
}

/* Hits found by filters alone: their snippets look for the names the
 * filtered values are written under. */
static void test_resolve_hints_names_filters(void **state)
{
    static const char *pak[] = {"PAK"}, *blinken[] = {"Antony Blinken"};
    const char *out[8];
    fa_search s = {0};
    (void)state;

    s.filter[FA_FACET_COUNTRY] = pak;
    s.nfilter[FA_FACET_COUNTRY] = 1;
    s.filter[FA_FACET_OFFICIAL] = blinken;
    s.nfilter[FA_FACET_OFFICIAL] = 1;
    assert_int_equal(resolve_hints(W.gaz, &s, out, 8), 3);
    assert_string_equal(out[0], "Pakistan");
    assert_string_equal(out[1], "Antony Blinken");
    assert_string_equal(out[2], "Blinken");
    assert_int_equal(resolve_hints(W.gaz, &s, out, 2), 2);   /* bounded */
    s.nfilter[FA_FACET_COUNTRY] = s.nfilter[FA_FACET_OFFICIAL] = 0;
    assert_int_equal(resolve_hints(W.gaz, &s, out, 8), 0);
}

static void test_json_writer_without_facets(void **state)
{
    page *p = empty_query_page();
    char *out;

    (void)state;
    p->facets = 0;
    out = write_mem(&print_json, p, 0);
    assert_null(strstr(out, "\"facets\""));
    assert_string_equal(out + strlen(out) - 4, "}]}\n");
    free(out);
    page_free(p);
}

/* -------------------------------------------------------- export, show */

/* The empty query's matches exported with 'cols' (NULL: defaults). */
static char *export_mem(int format, const char *cols, int paged, unsigned offset, unsigned limit,
                        unsigned long *rows)
{
    export_cols c;
    fa_search s;
    sink out;
    char err[256];

    memset(&s, 0, sizeof s);
    s.query = "";
    s.offset = offset;
    s.limit = limit;
    assert_int_equal(export_cols_parse(&c, cols, err, sizeof err), FA_OK);
    sink_mem(&out);
    assert_int_equal(export_run(&out, W.db, &s, W.gaz, format, &c, paged, rows), FA_OK);
    char *got = sink_take(&out, NULL);
    assert_non_null(got);
    return got;
}

static void test_export_csv_quotes_and_repairs(void **state)
{
    unsigned long rows = 0;
    char *got = export_mem(EXPORT_CSV, "id,title,countries,officials,url,rank", 0, 0, 0, &rows);

    (void)state;
    assert_string_equal(got,
        "id,title,countries,officials,url,rank\r\n"
        "p1,Talks in Islamabad,PAK|USA,Antony Blinken|Jane Nobody,,1\r\n"
        "p2,\"Bad \xEF\xBF\xBD bytes, \"\"quoted\"\"\ttab\",USA,John Unknown,https://example.org/p2,2\r\n"
        "p3,Quiet day,,,,3\r\n");
    assert_int_equal(rows, 3);
    free(got);
}

static void test_export_tsv_escapes(void **state)
{
    char *got = export_mem(EXPORT_TSV, "id,title", 0, 0, 0, NULL);

    (void)state;
    assert_string_equal(got,
        "id\ttitle\n"
        "p1\tTalks in Islamabad\n"
        "p2\tBad \xEF\xBF\xBD bytes, \"quoted\"\\ttab\n"
        "p3\tQuiet day\n");
    free(got);
}

static void test_export_jsonl_and_paging(void **state)
{
    unsigned long rows = 0;
    char *got = export_mem(EXPORT_JSONL, "rank,id,countries,source", 1, 1, 1, &rows);

    (void)state;
    assert_string_equal(got, "{\"rank\":2,\"id\":\"p2\",\"countries\":[\"USA\"],\"source\":\"Wire\"}\n");
    assert_int_equal(rows, 1);
    free(got);
    got = export_mem(EXPORT_CSV, NULL, 1, 5, 10, &rows);   /* past the end: the header alone */
    assert_string_equal(got, "rank,id,date,title,source,url,countries,officials,score\r\n");
    assert_int_equal(rows, 0);
    free(got);
}

static void test_export_cols_refused(void **state)
{
    char many[EXPORT_MAX_FIELDS * 3 + 8] = "a";
    export_cols c;
    char err[256];

    (void)state;
    assert_int_equal(export_cols_parse(&c, "", err, sizeof err), FA_EINVAL);
    assert_int_equal(export_cols_parse(&c, "id,,title", err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "empty name"));
    assert_int_equal(export_cols_parse(&c, "id,text", err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "--show"));
    for (int i = 1; i <= EXPORT_MAX_FIELDS; i++)
        strcat(many, ",a");
    assert_int_equal(export_cols_parse(&c, many, err, sizeof err), FA_EINVAL);
    assert_int_equal(export_cols_parse(&c, "id,snippet,note", err, sizeof err), FA_OK);
    assert_int_equal(c.n, 3);
    assert_true(c.snippet);
}

/* "similar" counts a copy group's other members: a column of it without
 * --collapse would be all zeros, read as "no copies", so it is refused;
 * with --collapse it is a column every row has (never "missing"). */
static void test_export_cols_similar(void **state)
{
    export_cols c;
    char err[256];

    (void)state;
    assert_int_equal(export_cols_parse(&c, "id,similar", err, sizeof err), FA_OK);
    assert_int_equal(export_cols_check(&c, 0, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "--collapse"));
    assert_int_equal(export_cols_check(&c, 1, err, sizeof err), FA_OK);
    assert_false(export_col_missing(&c, 1));
    assert_int_equal(export_cols_parse(&c, "id,similarity", err, sizeof err), FA_OK);
    assert_int_equal(export_cols_check(&c, 0, err, sizeof err), FA_OK);   /* a stored field's name */
    assert_true(export_col_missing(&c, 1));
}

static void test_show_article_whole(void **state)
{
    fa_search s;
    show *v = NULL;
    sink out;

    (void)state;
    memset(&s, 0, sizeof s);
    s.query = "talks OR nothing";
    assert_int_equal(show_get(&v, W.db, "p1", &s, W.gaz), FA_OK);
    assert_non_null(v);
    assert_true(v->matches);
    assert_string_equal(v->text, "Pakistan and the United States held talks.");
    assert_string_equal(v->html, "Pakistan and the United States held <b>talks</b>.");
    assert_int_equal(v->nvalues[FA_FACET_OFFICIAL], 2);
    assert_string_equal(v->values[FA_FACET_OFFICIAL][1].name, "Jane Nobody (Foreign Minister)");
    sink_mem(&out);
    assert_int_equal(show_write_text(&out, v, 1), FA_OK);
    assert_non_null(strstr(sink_data(&out, NULL), "countries: PAK Pakistan; USA United States\n"));
    assert_non_null(strstr(sink_data(&out, NULL), "\n\nPakistan and the United States held \033[1mtalks\033[0m.\n"));
    sink_fini(&out);
    sink_mem(&out);
    assert_int_equal(show_write_json(&out, v), FA_OK);
    json_object *o = json_tokener_parse(sink_data(&out, NULL));
    assert_non_null(o);
    assert_string_equal(json_object_get_string(get(o, "html")), v->html);
    assert_true(json_object_get_boolean(get(o, "matches")));
    json_object_put(o);
    sink_fini(&out);
    show_free(v);

    s.query = "wire";   /* p1 does not say it */
    assert_int_equal(show_get(&v, W.db, "p1", &s, W.gaz), FA_OK);
    assert_false(v->matches);
    assert_null(strstr(v->html, "<b>"));
    show_free(v);
    assert_int_equal(show_get(&v, W.db, "no-such-id", &s, W.gaz), FA_OK);
    assert_null(v);
    s.query = "a AND";
    assert_int_equal(show_get(&v, W.db, "p1", &s, W.gaz), FA_EQUERY);
    assert_null(v);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sink_mem_grows_and_hands_over),
        cmocka_unit_test(test_sink_file_reports_write_errors),
        cmocka_unit_test(test_sink_file_matches_memory),
        cmocka_unit_test(test_json_string_escapes),
        cmocka_unit_test(test_json_string_keeps_utf8),
        cmocka_unit_test(test_json_string_invalid_utf8_is_replaced),
        cmocka_unit_test(test_page_display_from_table),
        cmocka_unit_test(test_text_writer_output),
        cmocka_unit_test(test_text_writer_bold_and_empty),
        cmocka_unit_test(test_writers_walk_the_facet_table),
        cmocka_unit_test(test_json_writer_into_buffer),
        cmocka_unit_test(test_json_writer_without_facets),
        cmocka_unit_test(test_resolve_hints_names_filters),
        cmocka_unit_test(test_export_csv_quotes_and_repairs),
        cmocka_unit_test(test_export_tsv_escapes),
        cmocka_unit_test(test_export_jsonl_and_paging),
        cmocka_unit_test(test_export_cols_refused),
        cmocka_unit_test(test_export_cols_similar),
        cmocka_unit_test(test_show_article_whole),
    };
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
