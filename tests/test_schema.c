/* test_schema.c - common/fa_fields.c and the index metadata that records
 * how an index was built: the facet table is consistent and complete,
 * choices that change the terms (language, entity tagging) are kept in
 * the index and checked by writers and readers, and the typed display
 * data of officials round-trips, also for names too long for a key.
 * Each test builds its indexes in a mkdtemp() folder.
 */
#define _XOPEN_SOURCE 700   /* nftw */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fa_article.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_xap.h"

static char tmpdir[512];

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static int setup(void **state)
{
    const char *t = getenv("TMPDIR");
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/fa-schema.XXXXXX", t && *t ? t : "/tmp");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static const char *path_of(const char *name)
{
    static char p[4][700];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", tmpdir, name);
    return p[k];
}

/* An index at 'name' holding one article "a1" about Pakistan, with
 * facet terms when 'tagged'. */
static void build(const char *name, const char *language, int tagged)
{
    fa_db *db = NULL;
    fa_article *a = fa_article_new();
    char err[1024] = "";
    static const char *pak[] = {"PAK", NULL};
    fa_facets f = {{pak, NULL}, {tagged ? 1 : 0, 0}};

    assert_int_equal(fa_db_open(&db, path_of(name), FA_DB_WRITE, language, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_set_tagging(db, tagged), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_ID, "a1", 2), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, "Talks on Kashmir resumed", 24), FA_OK);
    assert_int_equal(fa_db_put(db, a, &f, NULL), FA_OK);
    assert_int_equal(fa_db_close(db, err, sizeof err), FA_OK);
    fa_article_free(a);
}

static void test_facet_table_consistent(void **state)
{
    (void)state;
    for (int f = 0; f < FA_NFACETS; f++) {
        const fa_facet_def *d = &fa_facet_table[f];
        assert_non_null(d->field);
        assert_non_null(d->prefix);
        assert_non_null(d->json_key);
        assert_non_null(d->heading);
        assert_int_equal(fa_facet_by_field(d->field, strlen(d->field)), f);
        /* Boolean prefixes must not collide with the others of the schema. */
        assert_string_not_equal(d->prefix, FA_PREFIX_ID);
        assert_string_not_equal(d->prefix, FA_PREFIX_TITLE);
        assert_string_not_equal(d->prefix, FA_PREFIX_SOURCE);
        assert_string_not_equal(d->prefix, FA_PREFIX_FILE);
        assert_true(d->slot != FA_SLOT_DATE && d->slot != FA_SLOT_HASH && d->slot != FA_SLOT_RECORD);
        for (int g = 0; g < f; g++) {
            assert_string_not_equal(d->field, fa_facet_table[g].field);
            assert_string_not_equal(d->prefix, fa_facet_table[g].prefix);
            assert_string_not_equal(d->json_key, fa_facet_table[g].json_key);
            assert_int_not_equal(d->slot, fa_facet_table[g].slot);
        }
    }
    assert_int_equal(fa_facet_by_field("country", 7), FA_FACET_COUNTRY);
    assert_int_equal(fa_facet_by_field("official", 8), FA_FACET_OFFICIAL);
    assert_int_equal(fa_facet_by_field("countr", 6), -1);
    assert_int_equal(fa_facet_by_field("Country", 7), -1);
    assert_int_equal(fa_facet_by_field("title", 5), -1);
}

/* The searcher takes the language from the index, so a French index is
 * stemmed as French without being told; shards of two languages are
 * refused rather than searched with one stemmer. */
static void test_language_recorded_and_checked(void **state)
{
    fa_db *db = NULL;
    fa_hits *h = NULL;
    char err[1024] = "";
    fa_search s = {0};
    (void)state;

    build("en", "english", 1);
    build("fr", "french", 1);
    assert_int_equal(fa_db_open(&db, path_of("fr"), FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_string_equal(fa_db_language(db), "french");
    assert_int_equal(fa_db_add(db, path_of("en"), err, sizeof err), FA_EVERSION);
    assert_non_null(strstr(err, "language"));
    s.query = "kashmir";
    s.limit = 10;
    assert_int_equal(fa_db_search(&h, db, &s), FA_OK);
    assert_int_equal(fa_hits_total(h), 1);
    fa_hits_free(h);
    fa_db_close(db, NULL, 0);
    /* A writer may not change it. */
    assert_int_equal(fa_db_open(&db, path_of("fr"), FA_DB_WRITE, "english", err, sizeof err), FA_EINVAL);
    assert_null(db);
    assert_non_null(strstr(err, "french"));
}

/* --no-entities leaves facet terms out: recorded, so that a filter on it
 * is an error instead of a silent "no match", an update cannot mix the
 * two, and shards of both kinds are not searched as one. */
static void test_tagging_recorded_and_checked(void **state)
{
    fa_db *db = NULL, *w = NULL;
    fa_hits *h = NULL;
    char err[1024] = "";
    fa_search s = {0};
    static const char *pak[] = {"PAK"};
    (void)state;

    build("tagged", NULL, 1);
    build("plain", NULL, 0);
    assert_int_equal(fa_db_open(&db, path_of("plain"), FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_tagged(db), 0);
    s.limit = 10;
    s.query = "country:PAK";
    assert_int_equal(fa_db_search(&h, db, &s), FA_EQUERY);
    assert_null(h);
    assert_non_null(strstr(fa_db_errmsg(db), "--no-entities"));
    s.query = "kashmir";
    s.filter[FA_FACET_COUNTRY] = pak;
    s.nfilter[FA_FACET_COUNTRY] = 1;
    assert_int_equal(fa_db_search(&h, db, &s), FA_EQUERY);
    s.nfilter[FA_FACET_COUNTRY] = 0;
    assert_int_equal(fa_db_search(&h, db, &s), FA_OK);   /* words still work */
    assert_int_equal(fa_hits_total(h), 1);
    fa_hits_free(h);
    assert_int_equal(fa_db_add(db, path_of("tagged"), err, sizeof err), FA_EVERSION);
    assert_non_null(strstr(err, "--no-entities"));
    fa_db_close(db, NULL, 0);

    assert_int_equal(fa_db_open(&db, path_of("tagged"), FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_tagged(db), 1);
    s.query = "country:PAK";
    assert_int_equal(fa_db_search(&h, db, &s), FA_OK);
    assert_int_equal(fa_hits_total(h), 1);
    fa_hits_free(h);
    fa_db_close(db, NULL, 0);

    /* Updating with the other choice is refused, naming the fix. */
    assert_int_equal(fa_db_open(&w, path_of("plain"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_set_tagging(w, 1), FA_EINVAL);
    assert_non_null(strstr(fa_db_errmsg(w), "--no-entities"));
    assert_int_equal(fa_db_set_tagging(w, 0), FA_OK);
    fa_db_close(w, NULL, 0);
    assert_int_equal(fa_db_open(&w, path_of("tagged"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_set_tagging(w, 0), FA_EINVAL);
    fa_db_close(w, NULL, 0);
}

static unsigned long total_of(fa_db *db, const char *query)
{
    fa_search s = {0};
    fa_hits *h = NULL;
    s.query = query;
    s.limit = 10;
    assert_int_equal(fa_db_search(&h, db, &s), FA_OK);
    unsigned long n = fa_hits_total(h);
    fa_hits_free(h);
    return n;
}

static void put_text(fa_db *w, const char *id, const char *text)
{
    fa_article *a = fa_article_new();
    assert_int_equal(fa_article_set(a, FA_F_ID, id, strlen(id)), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, text, strlen(text)), FA_OK);
    assert_int_equal(fa_db_put(w, a, NULL, NULL), FA_OK);
    fa_article_free(a);
}

/* New indexes fold Latin accents (recorded as FA_META_FOLD), in composed
 * and decomposed text alike; other scripts keep their marks. An index
 * without the record is searched as it was built: unfolded. */
static void test_accent_folding_recorded(void **state)
{
    fa_db *w = NULL, *r = NULL;
    char err[1024] = "";
    (void)state;

    assert_int_equal(fa_db_open(&w, path_of("fold"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    put_text(w, "a", "Miroslav Laj\xC4\x8D\xC3\xA1k met Erdo\xC4\x9F" "an in S\xC3\xA3o Tom\xC3\xA9; Lech Wa\xC5\x82\xC4\x99sa");
    put_text(w, "b", "Delegates from Zu\xCC\x88rich (decomposed) and \xD0\xB9\xD0\xBE\xD0\xB3\xD1\x83\xD1\x80\xD1\x82");
    assert_int_equal(fa_db_close(w, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_open(&r, path_of("fold"), FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_int_equal(total_of(r, "Lajcak"), 1);
    assert_int_equal(total_of(r, "laj\xC4\x8D\xC3\xA1k"), 1);
    assert_int_equal(total_of(r, "erdogan"), 1);
    assert_int_equal(total_of(r, "\"sao tome\""), 1);
    assert_int_equal(total_of(r, "walesa"), 1);
    assert_int_equal(total_of(r, "zurich"), 1);
    assert_int_equal(total_of(r, "Z\xC3\xBCrich"), 1);   /* composed query, decomposed text */
    assert_int_equal(total_of(r, "\xD0\xB9\xD0\xBE\xD0\xB3\xD1\x83\xD1\x80\xD1\x82"), 1);
    assert_int_equal(total_of(r, "\xD0\xB8\xD0\xBE\xD0\xB3\xD1\x83\xD1\x80\xD1\x82"), 0);  /* not folded */
    fa_db_close(r, NULL, 0);

    /* An index from before: no record, no folding, either way. */
    assert_int_equal(fa_db_open(&w, path_of("old"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_set_meta(w, FA_META_FOLD, ""), FA_OK);
    assert_int_equal(fa_db_close(w, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_open(&w, path_of("old"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    put_text(w, "a", "Miroslav Laj\xC4\x8D\xC3\xA1k");
    assert_int_equal(fa_db_close(w, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_open(&r, path_of("old"), FA_DB_READ, NULL, err, sizeof err), FA_OK);
    assert_int_equal(total_of(r, "laj\xC4\x8D\xC3\xA1k"), 1);
    assert_int_equal(total_of(r, "Lajcak"), 0);
    /* and it is not searched as one with a folded index */
    assert_int_equal(fa_db_add(r, path_of("fold"), err, sizeof err), FA_EVERSION);
    assert_non_null(strstr(err, "accent folding"));
    fa_db_close(r, NULL, 0);
}

/* Xapian's term limit is checked before the call: an oversized facet
 * value is this article's FA_EINVAL, and the writer goes on. */
static void test_facet_value_limit(void **state)
{
    fa_db *w = NULL;
    fa_article *a = fa_article_new();
    char err[1024] = "", name[FA_MAX_FACET_VALUE_BYTES + 2];
    const char *officials[] = {name, NULL};
    fa_facets f = {{NULL, officials}, {0, 1}};
    (void)state;

    memset(name, 'A', sizeof name - 1);
    name[sizeof name - 1] = '\0';               /* one byte over */
    assert_int_equal(fa_db_open(&w, path_of("limits"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_ID, "big", 3), FA_OK);
    assert_int_equal(fa_article_set(a, FA_F_TEXT, "text", 4), FA_OK);
    assert_int_equal(fa_db_put(w, a, &f, NULL), FA_EINVAL);
    assert_non_null(strstr(fa_db_errmsg(w), "article 'big'"));
    name[sizeof name - 2] = '\0';               /* exactly the limit */
    assert_int_equal(fa_db_put(w, a, &f, NULL), FA_OK);
    assert_int_equal(fa_db_close(w, err, sizeof err), FA_OK);
    fa_article_free(a);
}

static void test_official_title_roundtrip(void **state)
{
    fa_db *w = NULL;
    char err[1024] = "", *t = NULL, longname[400];
    (void)state;

    assert_int_equal(fa_db_open(&w, path_of("titles"), FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_get_official_title(&t, w, "Nadia Qasemi"), FA_OK);
    assert_null(t);
    assert_int_equal(fa_db_set_official_title(w, "Nadia Qasemi", "Foreign Minister"), FA_OK);
    assert_int_equal(fa_db_set_official_title(w, "Nadia Qasemi", "Prime Minister"), FA_OK);
    assert_int_equal(fa_db_get_official_title(&t, w, "Nadia Qasemi"), FA_OK);
    assert_string_equal(t, "Foreign Minister");   /* the first one seen is kept */
    free(t);
    /* Past Xapian's 255-byte key limit: not recorded, and no failure. */
    memset(longname, 'A', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    assert_int_equal(fa_db_set_official_title(w, longname, "Minister"), FA_OK);
    assert_int_equal(fa_db_get_official_title(&t, w, longname), FA_OK);
    assert_null(t);
    assert_int_equal(fa_db_close(w, err, sizeof err), FA_OK);
    assert_string_equal(err, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_facet_table_consistent),
        cmocka_unit_test(test_language_recorded_and_checked),
        cmocka_unit_test(test_tagging_recorded_and_checked),
        cmocka_unit_test(test_official_title_roundtrip),
        cmocka_unit_test(test_accent_folding_recorded),
        cmocka_unit_test(test_facet_value_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
