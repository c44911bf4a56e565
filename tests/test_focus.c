/* test_focus.c - unit tests of the extractor's mentions (entities.h:
 * offsets, how a value is named) and of salience and focus (focus.h):
 * each weight and factor, the threshold, the ratio, the cap, ties.
 *
 * Runs against the project's gazetteer (FA_DATADIR). Saliences are checked
 * against the weights focus.h names, so a changed weight changes what is
 * expected, not whether the rule is there.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "../indexer/entities.h"
#include "../indexer/focus.h"

#include "test_gazetteer.h"

/* A sentence naming nothing, to push later mentions out of the lede. */
#define FILLER "The talks went on for many hours without any break at all. "
#define PAST_LEDE FILLER FILLER FILLER FILLER FILLER FILLER

typedef struct {
    entities *e;
    focus    *f;
    char      about[256];      /* focus values joined by '|' */
} run;

/* Extract and focus 'text' whose first 'title_len' bytes are the title. */
static run go(const char *text, size_t title_len)
{
    run r = { NULL, NULL, "" };
    assert_int_equal(entities_extract(&r.e, gz, text, strlen(text)), FA_OK);
    assert_int_equal(focus_compute(&r.f, r.e, text, strlen(text), title_len), FA_OK);
    for (size_t i = 0; i < focus_nvalues(r.f); i++) {
        if (i)
            strcat(r.about, "|");
        strcat(r.about, focus_value(r.f, i));
    }
    return r;
}

static void done(run *r)
{
    focus_free(r->f);
    entities_free(r->e);
}

static size_t country_index(const run *r, const char *code)
{
    for (size_t i = 0; i < entities_ncountries(r->e); i++)
        if (!strcmp(entities_country(r->e, i), code))
            return i;
    fail_msg("country %s not found", code);
    return 0;
}

static size_t official_index(const run *r, const char *name)
{
    for (size_t i = 0; i < entities_nofficials(r->e); i++)
        if (!strcmp(entities_official(r->e, i), name))
            return i;
    fail_msg("official %s not found", name);
    return 0;
}

static double csal(const run *r, const char *code)
{
    return focus_country_salience(r->f, country_index(r, code));
}

#define NEAR(a, b) assert_true((a) > (b) - 1e-9 && (a) < (b) + 1e-9)

/* ---- mentions ---------------------------------------------------------- */

static void test_mentions_offsets_and_kinds(void **state)
{
    static const char text[] =
        "ISLAMABAD: Pakistan said on Monday that Pakistani troops would stay. "
        "Talks with India follow.";
    (void)state;
    run r = go(text, 0);
    size_t pak = country_index(&r, "PAK");
    assert_int_equal(entities_country_nmentions(r.e, pak), 3);
    const entities_mention *m0 = entities_country_mention(r.e, pak, 0);
    const entities_mention *m1 = entities_country_mention(r.e, pak, 1);
    const entities_mention *m2 = entities_country_mention(r.e, pak, 2);
    assert_int_equal(m0->off, 0);
    assert_int_equal(m0->len, 9);
    assert_true(m0->flags & ENTITIES_AS_DATELINE);
    assert_true(m0->flags & ENTITIES_AS_CAPITAL);
    assert_int_equal(m1->off, strstr(text, "Pakistan said") - text);
    assert_int_equal(m1->len, 8);
    assert_int_equal(m1->flags, 0);
    assert_int_equal(m2->off, strstr(text, "Pakistani") - text);
    assert_true(m2->flags & ENTITIES_AS_DEMONYM);
    size_t ind = country_index(&r, "IND");
    assert_int_equal(entities_country_nmentions(r.e, ind), 1);
    done(&r);
}

static void test_mentions_of_officials_resolved(void **state)
{
    static const char text[] =
        "Secretary of State Antony Blinken arrived. Later Secretary Blinken "
        "met the press, and Blinken said little.";
    (void)state;
    run r = go(text, 0);
    size_t b = official_index(&r, "Antony Blinken");
    /* the full name and the later titled surname; a bare surname with no
     * title is not a mention the extractor takes */
    assert_true(entities_official_nmentions(r.e, b) >= 2);
    const entities_mention *m0 = entities_official_mention(r.e, b, 0);
    const entities_mention *m1 = entities_official_mention(r.e, b, 1);
    assert_int_equal(m0->off, strstr(text, "Antony") - text);
    assert_int_equal(m0->len, strlen("Antony Blinken"));
    assert_true(m1->off > m0->off);   /* text order */
    assert_int_equal(m1->off, strstr(text, "Blinken met") - text);
    assert_true(m1->flags & ENTITIES_AS_TITLED);
    done(&r);
}

static void test_mentions_q_term_needs_its_sentence(void **state)
{
    (void)state;
    /* "Chad" waits for another country in its sentence: unconfirmed, it
     * is no value and no mention; confirmed, it is both. */
    run r = go("Chad arrived late. Sudan and Chad talked.", 0);
    size_t t = country_index(&r, "TCD");
    assert_int_equal(entities_country_nmentions(r.e, t), 1);
    assert_int_equal(entities_country_mention(r.e, t, 0)->off, strlen("Chad arrived late. Sudan and "));
    done(&r);
}

/* ---- salience ----------------------------------------------------------- */

static void test_salience_where(void **state)
{
    /* title, lede, body: one plain mention each, none a subject */
    static const char text[] =
        "Floods hit villages near Kenya\n\nRelief came from Ethiopia on Monday. "
        PAST_LEDE "Aid also arrived from Somalia.";
    (void)state;
    run r = go(text, strlen("Floods hit villages near Kenya"));
    NEAR(csal(&r, "KEN"), FOCUS_W_TITLE);
    NEAR(csal(&r, "ETH"), FOCUS_W_LEDE);
    NEAR(csal(&r, "SOM"), FOCUS_W_BODY);
    done(&r);
}

static void test_salience_subject(void **state)
{
    static const char text[] =
        PAST_LEDE "Kenya said the aid was late. The aid went to Somalia. "
        "Relief from the Ethiopian side, Tanzania has said, was slow.";
    (void)state;
    run r = go(text, 0);
    NEAR(csal(&r, "KEN"), FOCUS_W_BODY * FOCUS_F_SUBJECT);   /* opens the sentence */
    NEAR(csal(&r, "TZA"), FOCUS_W_BODY * FOCUS_F_SUBJECT);   /* a verb follows */
    NEAR(csal(&r, "SOM"), FOCUS_W_BODY);
    done(&r);
}

static void test_salience_capital_metonym(void **state)
{
    static const char text[] = PAST_LEDE "The aid went to Nairobi. The aid went to Somalia.";
    (void)state;
    run r = go(text, 0);
    NEAR(csal(&r, "KEN"), FOCUS_W_BODY * FOCUS_F_CAPITAL);
    NEAR(csal(&r, "SOM"), FOCUS_W_BODY);
    done(&r);
}

static void test_salience_list_of_many(void **state)
{
    static const char text[] =
        PAST_LEDE "Leaders came from Kenya, Ethiopia and Somalia. Aid came from Uganda "
        "and Tanzania.";
    (void)state;
    run r = go(text, 0);
    NEAR(csal(&r, "KEN"), FOCUS_W_BODY * FOCUS_F_LIST);
    NEAR(csal(&r, "ETH"), FOCUS_W_BODY * FOCUS_F_LIST);
    NEAR(csal(&r, "SOM"), FOCUS_W_BODY * FOCUS_F_LIST);
    /* two are a pair, not a list of many */
    NEAR(csal(&r, "UGA"), FOCUS_W_BODY);
    NEAR(csal(&r, "TZA"), FOCUS_W_BODY);
    done(&r);
}

static void test_salience_official_factor(void **state)
{
    static const char text[] =
        PAST_LEDE "The aid went to Somalia. The aid went to Secretary of State Antony Blinken.";
    (void)state;
    run r = go(text, 0);
    NEAR(csal(&r, "SOM"), FOCUS_W_BODY);
    NEAR(focus_official_salience(r.f, official_index(&r, "Antony Blinken")),
         FOCUS_W_BODY * FOCUS_F_OFFICIAL);
    done(&r);
}

static void test_salience_sums_mentions(void **state)
{
    static const char text[] =
        PAST_LEDE "The aid went to Somalia. The aid went to Somalia again. "
        "Relief for Somalia came slowly.";
    (void)state;
    run r = go(text, 0);
    NEAR(csal(&r, "SOM"), 3 * FOCUS_W_BODY);
    done(&r);
}

/* ---- focus -------------------------------------------------------------- */

static void test_focus_threshold(void **state)
{
    (void)state;
    /* one passing mention late in the text: no clear focus */
    run r = go(PAST_LEDE "The aid went to Somalia.", 0);
    assert_string_equal(r.about, "");
    done(&r);
    /* a title mention alone is enough */
    r = go("Somalia floods\n\n" PAST_LEDE "It rained.", strlen("Somalia floods"));
    assert_string_equal(r.about, "SOM");
    done(&r);
}

static void test_focus_ratio(void **state)
{
    (void)state;
    /* Kenya in title and lede dominates a passing Somalia */
    static const char text[] =
        "Kenya floods\n\nKenya said the rains were heavy. " PAST_LEDE
        "The aid went to Somalia. The aid went to Somalia again.";
    run r = go(text, strlen("Kenya floods"));
    assert_true(csal(&r, "SOM") >= FOCUS_MIN);
    assert_true(csal(&r, "SOM") < FOCUS_RATIO * csal(&r, "KEN"));
    assert_string_equal(r.about, "KEN");
    done(&r);
}

static void test_focus_cap_and_order(void **state)
{
    (void)state;
    /* four countries of equal salience: the FOCUS_MAX named first, sorted */
    static const char text[] =
        "Uganda said yes. Kenya said yes. Somalia said yes. Ethiopia said yes.";
    run r = go(text, 0);
    NEAR(csal(&r, "UGA"), csal(&r, "ETH"));
    assert_int_equal(focus_nvalues(r.f), FOCUS_MAX);
    assert_string_equal(r.about, "KEN|SOM|UGA");
    done(&r);
}

static void test_focus_officials_compete(void **state)
{
    (void)state;
    static const char text[] =
        "Blinken visits\n\nSecretary of State Antony Blinken said on Monday that talks "
        "would go on. " PAST_LEDE "Secretary Blinken said more. Blinken was tired.";
    run r = go(text, strlen("Blinken visits"));
    size_t b = official_index(&r, "Antony Blinken");
    assert_true(focus_official_salience(r.f, b) >= FOCUS_MIN);
    assert_string_equal(r.about, "Antony Blinken");
    done(&r);
}

static void test_focus_empty_article(void **state)
{
    (void)state;
    run r = go("", 0);
    assert_int_equal(focus_nvalues(r.f), 0);
    done(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mentions_offsets_and_kinds),
        cmocka_unit_test(test_mentions_of_officials_resolved),
        cmocka_unit_test(test_mentions_q_term_needs_its_sentence),
        cmocka_unit_test(test_salience_where),
        cmocka_unit_test(test_salience_subject),
        cmocka_unit_test(test_salience_capital_metonym),
        cmocka_unit_test(test_salience_list_of_many),
        cmocka_unit_test(test_salience_official_factor),
        cmocka_unit_test(test_salience_sums_mentions),
        cmocka_unit_test(test_focus_threshold),
        cmocka_unit_test(test_focus_ratio),
        cmocka_unit_test(test_focus_cap_and_order),
        cmocka_unit_test(test_focus_officials_compete),
        cmocka_unit_test(test_focus_empty_article),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
