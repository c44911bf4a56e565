/* test_role.c - unit tests of who held a post (common/fa_role.h): a small
 * gazetteer written here for each edge case (a post held twice by one
 * person, an acting holder overlapping, a renamed post, approximate
 * years, a national post of several countries, an international one, a
 * post with no holder, typos), and the project's gazetteer for the posts
 * issue 15 names (US Secretary of State 1985-1995, the nine UN
 * Secretaries-General).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "fa_role.h"
#include "../searcher/holders.h"
#include "../searcher/resolve.h"
#include "../searcher/sink.h"
#include <json-c/json.h>

#ifndef FA_DATADIR
#define FA_DATADIR "data/gazetteer"
#endif

static fa_gazetteer *real, *mini;
static char dir[] = "/tmp/fa-test-role.XXXXXX";

static void write_file(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Alphaland (AAA) and Betaland (BBB): Ann Able was Prime Minister twice,
 * Bob Baker once between, Cy Cole acting in Bob's last year; the Foreign
 * Office was renamed (Secretary for External Affairs before 1970); Dee
 * Dunn's years are only attested; Betaland has a Prime Minister too; the
 * Watch Commission has a Chair from each country (international). */
static int setup(void **state)
{
    char err[512];
    (void)state;
    if (fa_gazetteer_load(&real, FA_DATADIR, err, sizeof err) != FA_OK) {
        fprintf(stderr, "cannot load the gazetteer: %s\n", err);
        return -1;
    }
    if (!mkdtemp(dir))
        return -1;
    write_file("words.tsv", "of\tf\n");
    write_file("countries.tsv", "AAA\tc\tAlphaland\nBBB\tc\tBetaland\n");
    write_file("terms.tsv", "Alphaland\tAAA\tN\nBetaland\tBBB\tN\nAAA\tAAA\tK\nBBB\tBBB\tK\n");
    write_file("officials.tsv",
               "Ann Able\tAAA\tPrime Minister\tPrime Minister\tAble\t\t"
               "1980-1984 Prime Minister|1990-1995 Prime Minister\n"
               "Bob Baker\tAAA\tPrime Minister\tPrime Minister\tBaker\t\t1984-1990 Prime Minister\n"
               "Cy Cole\tAAA\tPrime Minister\tPrime Minister\tCole\t\t1989-1990 Acting Prime Minister\n"
               "Dee Dunn\tAAA\tForeign Secretary\tForeign Secretary\tDunn\t\t~1975-1978 Foreign Secretary\n"
               "Eve Eno\tAAA\tForeign Secretary\tForeign Secretary\tEno\t\t1960-1970 Secretary for External Affairs\n"
               "Fay Fox\tBBB\tPrime Minister\tPrime Minister\tFox\t\t1985-1999 Prime Minister\n"
               "Gus Gray\tBBB\tChair of the Watch Commission\tChair of the Watch Commission\tGray\t\t2000-2004 Chair of the Watch Commission\n"
               "Hal Hart\tAAA\tChair of the Watch Commission\tChair of the Watch Commission\tHart\t\t2005-2009 Chair of the Watch Commission\n");
    write_file("titles.tsv", "President\tPresident\to\tPresident\n");
    write_file("context.tsv", "");
    write_file("roles.tsv",
               "AAA\tForeign Secretary\tSecretary for External Affairs|Minister for Foreign Affairs\t\n"
               "*\tChair of the Watch Commission\tWatch Chair\ti\n"
               "*\tMinister for Foreign Affairs\tForeign Minister\t\n"
               "AAA\tChief Scout\tScout Leader\t\n");
    if (fa_gazetteer_load(&mini, dir, err, sizeof err) != FA_OK) {
        fprintf(stderr, "cannot load the test gazetteer: %s\n", err);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    const char *names[] = { "words.tsv", "countries.tsv", "terms.tsv", "officials.tsv",
                            "titles.tsv", "context.tsv", "roles.tsv" };
    char path[256];
    (void)state;
    fa_gazetteer_free(real);
    fa_gazetteer_free(mini);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}

/* The names of the holders in 'year', joined by ',' in the role's order. */
static const char *at(const fa_role *r, int year)
{
    static char buf[512];
    const fa_holder *h[16];
    size_t n = fa_role_at(r, year, h, 16);
    buf[0] = '\0';
    for (size_t i = 0; i < n && i < 16; i++) {
        strcat(buf, i ? "," : "");
        strcat(buf, h[i]->name);
    }
    return buf;
}

static fa_role *find(fa_gazetteer *g, const char *post, const char *country)
{
    fa_role *r = NULL;
    char err[512];
    int rc = fa_role_find(&r, g, post, country, err, sizeof err);
    if (rc != FA_OK)
        fail_msg("%s / %s: %s", post, country ? country : "-", err);
    return r;
}

static void test_held_twice(void **state)
{
    (void)state;
    fa_role *r = find(mini, "Prime Minister", "AAA");
    assert_int_equal(fa_role_nholders(r), 4);   /* Able twice, Baker, Cole */
    assert_string_equal(fa_role_holder(r, 0)->name, "Ann Able");
    assert_int_equal(fa_role_holder(r, 0)->to, 1984);
    assert_string_equal(fa_role_holder(r, 3)->name, "Ann Able");
    assert_int_equal(fa_role_holder(r, 3)->from, 1990);
    assert_string_equal(at(r, 1982), "Ann Able");
    assert_string_equal(at(r, 1987), "Bob Baker");   /* between her terms: not her */
    assert_string_equal(at(r, 1993), "Ann Able");
    assert_string_equal(at(r, 1979), "");
    fa_role_free(r);
}

static void test_boundary_years_and_acting(void **state)
{
    (void)state;
    fa_role *r = find(mini, "prime minister", "AAA");
    /* year-granular: the year of a change has both holders */
    assert_string_equal(at(r, 1984), "Ann Able,Bob Baker");
    /* the acting holder overlaps the incumbent; both count */
    assert_string_equal(at(r, 1989), "Bob Baker,Cy Cole");
    assert_string_equal(at(r, 1990), "Bob Baker,Cy Cole,Ann Able");
    const fa_holder *h[4];
    assert_int_equal(fa_role_at(r, 1989, h, 4), 2);
    assert_int_equal(h[1]->acting, 1);
    assert_string_equal(h[1]->post, "Acting Prime Minister");
    assert_int_equal(h[0]->acting, 0);
    /* "Acting Prime Minister" typed is the post itself */
    fa_role *a = find(mini, "Acting Prime Minister", "AAA");
    assert_int_equal(fa_role_nholders(a), 4);
    fa_role_free(a);
    fa_role_free(r);
}

static void test_renamed_post(void **state)
{
    (void)state;
    fa_role *r = find(mini, "Foreign Secretary", "AAA");
    assert_string_equal(fa_role_post(r), "Foreign Secretary");
    assert_int_equal(fa_role_nholders(r), 2);
    assert_string_equal(at(r, 1965), "Eve Eno");
    assert_string_equal(fa_role_holder(r, 0)->post, "Secretary for External Affairs");
    fa_role_free(r);
    /* the old name, the data's normalised one and a "*" row's alias all
     * reach the same post */
    const char *other[] = { "Secretary for External Affairs", "minister for foreign affairs",
                            "Foreign Minister", "FOREIGN-SECRETARY" };
    for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
        r = find(mini, other[i], "AAA");
        assert_string_equal(fa_role_post(r), "Foreign Secretary");
        assert_int_equal(fa_role_nholders(r), 2);
        fa_role_free(r);
    }
}

static void test_approximate_years(void **state)
{
    (void)state;
    fa_role *r = find(mini, "Foreign Secretary", NULL);
    const fa_holder *dunn = fa_role_holder(r, 1);
    assert_string_equal(dunn->name, "Dee Dunn");
    assert_int_equal(dunn->approx, 1);
    assert_int_equal(dunn->from, 1975);   /* the attested years, no slack */
    assert_int_equal(dunn->to, 1978);
    assert_string_equal(at(r, 1979), "");
    fa_role_free(r);
}

static void test_countries(void **state)
{
    (void)state;
    fa_role *r = find(mini, "Prime Minister", NULL);
    assert_int_equal(fa_role_ncountries(r), 2);
    assert_string_equal(fa_role_country(r, 0), "AAA");
    assert_string_equal(fa_role_country(r, 1), "BBB");
    assert_int_equal(fa_role_international(r), 0);
    fa_role_free(r);
    r = find(mini, "Prime Minister", "BBB");
    assert_int_equal(fa_role_nholders(r), 1);
    assert_string_equal(at(r, 1987), "Fay Fox");
    fa_role_free(r);
    /* international: one post whatever the holders' countries */
    r = find(mini, "watch chair", NULL);
    assert_int_equal(fa_role_international(r), 1);
    assert_int_equal(fa_role_ncountries(r), 2);
    assert_string_equal(fa_role_post(r), "Chair of the Watch Commission");
    assert_string_equal(fa_role_holder(r, 0)->name, "Gus Gray");   /* by years, not country */
    fa_role_free(r);
}

static void test_errors(void **state)
{
    fa_role *r = (fa_role *)state;   /* anything not NULL */
    char err[512];
    (void)state;
    assert_int_equal(fa_role_find(&r, mini, "Prime Ministr", "AAA", err, sizeof err), FA_ENOTFOUND);
    assert_null(r);
    assert_non_null(strstr(err, "unknown post 'Prime Ministr'"));
    assert_non_null(strstr(err, "did you mean 'Prime Minister'"));
    assert_int_equal(fa_role_find(&r, mini, "Chief Scout", NULL, err, sizeof err), FA_ENOTFOUND);
    assert_non_null(strstr(err, "no holder of 'Chief Scout' is known"));
    assert_int_equal(fa_role_find(&r, mini, "Foreign Secretary", "BBB", err, sizeof err), FA_ENOTFOUND);
    assert_non_null(strstr(err, "no holder of 'Foreign Secretary' from BBB"));
    assert_non_null(strstr(err, "1 country: AAA"));
    assert_int_equal(fa_role_find(&r, mini, "  ", NULL, err, sizeof err), FA_EINVAL);
    assert_int_equal(fa_role_find(&r, mini, "Chairman of Nothing", NULL, err, sizeof err), FA_ENOTFOUND);
    assert_null(strstr(err, "did you mean"));
}

/* The project's data: the posts issue 15 names. */
static void test_us_secretary_of_state(void **state)
{
    (void)state;
    fa_role *r = find(real, "Secretary of State", "USA");
    assert_string_equal(fa_role_post(r), "Secretary of State");
    assert_string_equal(at(r, 1985), "George Shultz");
    assert_string_equal(at(r, 1989), "George Shultz,James Baker");
    assert_string_equal(at(r, 1990), "James Baker");
    assert_string_equal(at(r, 1992), "James Baker,Lawrence Eagleburger,Lawrence Eagleburger");
    assert_string_equal(at(r, 1993), "Lawrence Eagleburger,Warren Christopher");
    assert_string_equal(at(r, 1995), "Warren Christopher");
    fa_role_free(r);
    /* the data's normalised name for the post, for the US */
    r = find(real, "Minister for Foreign Affairs", "USA");
    assert_string_equal(fa_role_post(r), "Secretary of State");
    assert_string_equal(at(r, 1986), "George Shultz");
    fa_role_free(r);
    /* the Vatican has a Secretary of State too: two countries */
    r = find(real, "secretary of state", NULL);
    assert_true(fa_role_ncountries(r) >= 2);
    fa_role_free(r);
}

static void test_un_secretaries_general(void **state)
{
    (void)state;
    static const struct { const char *name; int from, to; } want[] = {
        {"Trygve Lie", 1946, 1952},           {"Dag Hammarskjöld", 1953, 1961},
        {"U Thant", 1961, 1962},              {"U Thant", 1962, 1971},
        {"Kurt Waldheim", 1972, 1981},        {"Javier Pérez de Cuéllar", 1982, 1991},
        {"Boutros Boutros-Ghali", 1992, 1996}, {"Kofi Annan", 1997, 2006},
        {"Ban Ki-moon", 2007, 2016},          {"António Guterres", 2017, 0},
    };
    fa_role *r = find(real, "UN Secretary-General", NULL);
    assert_int_equal(fa_role_international(r), 1);
    assert_int_equal(fa_role_nholders(r), sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const fa_holder *h = fa_role_holder(r, i);
        assert_string_equal(h->name, want[i].name);
        assert_int_equal(h->from, want[i].from);
        if (want[i].to)
            assert_int_equal(h->to, want[i].to);
        assert_int_equal(h->approx, 0);
    }
    assert_int_equal(fa_role_holder(r, 2)->acting, 1);   /* U Thant, 1961-1962 */
    fa_role_free(r);
}

static void test_real_renamed(void **state)
{
    (void)state;
    fa_role *r = find(real, "Chairman of the Federal Reserve", "USA");
    assert_string_equal(fa_role_post(r), "Chair of the Federal Reserve");
    assert_string_equal(at(r, 1990), "Alan Greenspan");
    assert_string_equal(at(r, 2015), "Janet Yellen");
    fa_role_free(r);
    r = find(real, "General Secretary of the Communist Party", "SUN");
    assert_string_equal(at(r, 1960), "Nikita Khrushchev");   /* First Secretary then */
    fa_role_free(r);
}

/* --holders into memory. */
static char *holders(fa_gazetteer *g, const char *post, const char *country, int json, int *rc)
{
    sink out;
    char err[512] = "";
    sink_mem(&out);
    *rc = holders_print(&out, g, NULL, post, country, json, err, sizeof err);
    char *text = sink_take(&out, NULL);
    sink_fini(&out);
    if (*rc < 0) {
        free(text);
        return strdup(err);
    }
    return text;
}

static void test_holders_text(void **state)
{
    int rc;
    (void)state;
    char *t = holders(real, "UN Secretary-General", NULL, 0, &rc);
    assert_int_equal(rc, FA_OK);
    assert_true(strncmp(t, "Secretary-General of the United Nations (international): 10 tenures\n"
                           "1946-1952   Trygve Lie, NOR\n"
                           "1953-1961   Dag Hammarskjöld, SWE\n"
                           "1961-1962   U Thant, MMR (acting)\n"
                           "1962-1971   U Thant, MMR\n", strlen("Secretary-General of the United Nations "
                           "(international): 10 tenures\n1946-1952   Trygve Lie, NOR\n1953-1961   Dag "
                           "Hammarskjöld, SWE\n1961-1962   U Thant, MMR (acting)\n1962-1971   U Thant, MMR\n")) == 0);
    free(t);
    /* a national post without a country: one group per country */
    t = holders(mini, "Foreign Minister", NULL, 0, &rc);
    assert_int_equal(rc, FA_OK);
    assert_string_equal(t, "Foreign Secretary, AAA (Alphaland): 2 tenures\n"
                           "1960-1970   Eve Eno (as Secretary for External Affairs)\n"
                           "~1975-1978  Dee Dunn (attested years)\n");
    free(t);
    t = holders(mini, "Prime Minister", NULL, 0, &rc);
    assert_non_null(strstr(t, "Prime Minister, AAA (Alphaland): 4 tenures\n1980-1984   Ann Able\n"));
    assert_non_null(strstr(t, "1989-1990   Cy Cole (acting)\n"));
    assert_non_null(strstr(t, "\n\nPrime Minister, BBB (Betaland): 1 tenure\n1985-1999   Fay Fox\n"));
    free(t);
    t = holders(mini, "Prime Minister", "Betaland", 0, &rc);
    assert_string_equal(t, "Prime Minister, BBB (Betaland): 1 tenure\n1985-1999   Fay Fox\n");
    free(t);
    t = holders(mini, "Prime Minster", "AAA", 0, &rc);
    assert_int_equal(rc, FA_EQUERY);
    assert_non_null(strstr(t, "did you mean 'Prime Minister'"));
    free(t);
}

static void test_holders_json(void **state)
{
    int rc;
    (void)state;
    char *t = holders(mini, "prime minister", "AAA", 1, &rc);
    assert_int_equal(rc, FA_OK);
    json_object *o = json_tokener_parse(t), *v, *h;
    assert_non_null(o);
    assert_true(json_object_object_get_ex(o, "post", &v));
    assert_string_equal(json_object_get_string(v), "Prime Minister");
    assert_true(json_object_object_get_ex(o, "international", &v));
    assert_false(json_object_get_boolean(v));
    assert_true(json_object_object_get_ex(o, "holders", &h));
    assert_int_equal(json_object_array_length(h), 4);
    json_object *cole = json_object_array_get_idx(h, 2);
    assert_true(json_object_object_get_ex(cole, "name", &v));
    assert_string_equal(json_object_get_string(v), "Cy Cole");
    assert_true(json_object_object_get_ex(cole, "acting", &v));
    assert_true(json_object_get_boolean(v));
    assert_true(json_object_object_get_ex(cole, "post", &v));
    assert_string_equal(json_object_get_string(v), "Acting Prime Minister");
    assert_true(json_object_object_get_ex(cole, "from", &v));
    assert_int_equal(json_object_get_int(v), 1989);
    assert_false(json_object_object_get_ex(cole, "articles", &v));   /* no index, no counts */
    json_object_put(o);
    free(t);
}

static void span(void *ectx, const char *official, int from, int to)
{
    char *buf = ectx;
    size_t n = strlen(buf);
    snprintf(buf + n, 1024 - n, "%s%s %d-%d", n ? "," : "", official, from, to);
}

static void test_role_specs(void **state)
{
    fa_role *r = NULL;
    char err[512], spans[1024] = "";
    (void)state;
    assert_int_equal(resolve_role_find(real, " united states / secretary of state", 0, &r, err, sizeof err), FA_OK);
    assert_string_equal(fa_role_post(r), "Secretary of State");
    assert_int_equal(fa_role_ncountries(r), 1);
    assert_string_equal(fa_role_country(r, 0), "USA");
    fa_role_free(r);
    assert_int_equal(resolve_role_find(real, "Secretary of State", 0, &r, err, sizeof err), FA_EQUERY);
    assert_null(r);
    assert_non_null(strstr(err, "is a post in 2 countries (USA, VAT); name one, as role:\"USA/Secretary of State\""));
    assert_int_equal(resolve_role_find(real, "Secretary of State", 1, &r, err, sizeof err), FA_OK);
    fa_role_free(r);
    assert_int_equal(resolve_role_find(real, "Prime Minister", 0, &r, err, sizeof err), FA_EQUERY);
    assert_non_null(strstr(err, " countries; name one"));   /* counted, not listed */
    assert_int_equal(resolve_role_find(real, "Narnia/President", 0, &r, err, sizeof err), FA_EQUERY);
    assert_non_null(strstr(err, "unknown country 'Narnia'"));
    assert_int_equal(resolve_role_find(real, "Secretery of State", 0, &r, err, sizeof err), FA_EQUERY);
    /* the resolver hands the search one span per tenure */
    resolver rv = { mini, NULL, NULL, 0 };
    assert_int_equal(resolve_role(&rv, "AAA/Prime Minister", span, spans, err, sizeof err), FA_OK);
    assert_string_equal(spans, "Ann Able 1980-1984,Bob Baker 1984-1990,Cy Cole 1989-1990,Ann Able 1990-1995");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_held_twice),
        cmocka_unit_test(test_boundary_years_and_acting),
        cmocka_unit_test(test_renamed_post),
        cmocka_unit_test(test_approximate_years),
        cmocka_unit_test(test_countries),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_us_secretary_of_state),
        cmocka_unit_test(test_un_secretaries_general),
        cmocka_unit_test(test_real_renamed),
        cmocka_unit_test(test_holders_text),
        cmocka_unit_test(test_holders_json),
        cmocka_unit_test(test_role_specs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
