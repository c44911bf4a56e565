/* test_resolve.c - unit tests of the searcher's facet value resolution
 * (searcher/resolve.c) over the project's gazetteer: aliases to canonical
 * values, suggestions by name similarity for unknown values, why Kosovo is
 * not a country value, and the candidates of an ambiguous official name.
 * (That a value the index lists resolves to itself is tests/roundtrip.sh.)
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "../searcher/resolve.h"

#include "test_gazetteer.h"

static char msg[1024];

/* resolve_value without an index: the value, or NULL with msg set. */
static const char *resolve(int facet, const char *typed)
{
    resolver r = { gz, NULL, NULL, 0 };
    const char *v = NULL;
    msg[0] = '\0';
    int rc = resolve_value(&r, facet, typed, &v, msg, sizeof msg);
    if (rc == FA_OK)
        return v;
    assert_int_equal(rc, FA_EQUERY);
    assert_true(msg[0] != '\0');
    return NULL;
}

static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void test_aliases(void **state)
{
    (void)state;
    assert_string_equal(resolve(FA_FACET_COUNTRY, "pakistan"), "PAK");
    assert_string_equal(resolve(FA_FACET_COUNTRY, "Soviet Union"), "SUN");
    assert_string_equal(resolve(FA_FACET_COUNTRY, "SUN"), "SUN");
    assert_string_equal(resolve(FA_FACET_COUNTRY, "Korea"), "KOR");   /* a user means the South */
    assert_string_equal(resolve(FA_FACET_OFFICIAL, "blinken"), "Antony Blinken");
}

/* Suggestions come from name similarity: the closest names only, and no
 * code that merely shares letters ("XYZ" once suggested Belize, Cayman
 * Islands, Cyprus, Kazakhstan, Kyrgyzstan; "Pakistn" also France). */
static void test_suggestions_by_similarity(void **state)
{
    (void)state;
    assert_null(resolve(FA_FACET_COUNTRY, "Pakistn"));
    assert_string_equal(msg, "unknown country 'Pakistn'; did you mean PAK (Pakistan)");
    assert_null(resolve(FA_FACET_COUNTRY, "XYZ"));
    assert_string_equal(msg, "unknown country 'XYZ'");
    assert_null(resolve(FA_FACET_COUNTRY, "Germny"));
    assert_string_equal(msg, "unknown country 'Germny'; did you mean DEU (Germany)");
    assert_null(resolve(FA_FACET_COUNTRY, "Kazak"));           /* the start of a name */
    assert_string_equal(msg, "unknown country 'Kazak'; did you mean KAZ (Kazakhstan)");
    assert_null(resolve(FA_FACET_COUNTRY, "PKX"));             /* a code one edit away */
    assert_non_null(strstr(msg, "PAK (Pakistan)"));
    assert_null(resolve(FA_FACET_OFFICIAL, "Hammarsk"));
    assert_string_equal(msg, "unknown official 'Hammarsk'; did you mean Dag Hammarskj\xC3\xB6ld");
    assert_null(resolve(FA_FACET_OFFICIAL, "Antony Blinkn"));
    assert_string_equal(msg, "unknown official 'Antony Blinkn'; did you mean Antony Blinken");
    assert_null(resolve(FA_FACET_OFFICIAL, "Qqqqqqqqqq"));
    assert_string_equal(msg, "unknown official 'Qqqqqqqqqq'");
}

/* Kosovo says why it is not a country value; so does the EU. */
static void test_kosovo(void **state)
{
    (void)state;
    assert_null(resolve(FA_FACET_COUNTRY, "Kosovo"));
    assert_non_null(strstr(msg, "'Kosovo' is not a country value"));
    assert_non_null(strstr(msg, "no ISO 3166-1 code"));
    assert_null(strstr(msg, "did you mean"));
    assert_null(resolve(FA_FACET_COUNTRY, "kosovar"));
    assert_non_null(strstr(msg, "Kosovo (XKX)"));
    assert_null(resolve(FA_FACET_COUNTRY, "European Union"));
    assert_non_null(strstr(msg, "is not a country value"));
    assert_null(fa_gazetteer_country_code(gz, "Kosovo"));
    assert_string_equal(fa_gazetteer_country_untagged(gz, "Kosovo"), "XKX");
    assert_null(fa_gazetteer_country_untagged(gz, "Pakistan"));
}

/* An ambiguous name lists its candidates with country, post and years,
 * the most recent first. */
static void test_ambiguous_official(void **state)
{
    const char *who[4];
    char years[32];
    (void)state;
    assert_null(resolve(FA_FACET_OFFICIAL, "Guterres"));
    assert_non_null(strstr(msg, "official 'Guterres' is ambiguous: Ant\xC3\xB3nio Guterres (PRT, "
                                "Secretary-General of the United Nations 2017-"));
    assert_non_null(strstr(msg, ") or Jos\xC3\xA9 Luis Guterres (TLS, "));
    assert_non_null(strstr(msg, "; give the full name"));
    assert_null(resolve(FA_FACET_OFFICIAL, "Bush"));
    assert_non_null(strstr(msg, "George W. Bush (USA, President 2001-2009)"));
    assert_non_null(strstr(msg, "George H. W. Bush (USA, President"));
    assert_true(strstr(msg, "George W. Bush") < strstr(msg, "George H. W. Bush"));
    assert_int_equal(count(msg, " or "), 1);

    assert_int_equal(fa_gazetteer_official_candidates(gz, "Guterres", who, 1), 2);
    assert_string_equal(who[0], "Ant\xC3\xB3nio Guterres");
    assert_int_equal(fa_gazetteer_official_candidates(gz, "Blinken", who, 4), 0);
    assert_string_equal(fa_gazetteer_official_years(gz, "George W. Bush", years, sizeof years),
                        "2001-2009");
    assert_string_equal(fa_gazetteer_official_years(gz, "Nobody Atall", years, sizeof years), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_suggestions_by_similarity),
        cmocka_unit_test(test_kosovo),
        cmocka_unit_test(test_ambiguous_official),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
