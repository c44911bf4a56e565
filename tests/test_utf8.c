/* test_utf8.c - common/fa_utf8.c: which byte sequences are well-formed
 * UTF-8 (Unicode's table 3-7), since the indexer's repair, the JSON
 * writer and the snippet maker all take that answer from here.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "fa_utf8.h"

static size_t dec(const char *s, unsigned *cp)
{
    return fa_utf8_decode(s, strlen(s), cp);
}

static void test_utf8_decode_well_formed(void **state)
{
    unsigned cp = 0;
    (void)state;
    assert_int_equal(dec("a", &cp), 1);            assert_int_equal(cp, 'a');
    assert_int_equal(dec("\xC3\xA9", &cp), 2);     assert_int_equal(cp, 0xE9);
    assert_int_equal(dec("\xE2\x82\xAC", &cp), 3); assert_int_equal(cp, 0x20AC);
    assert_int_equal(dec("\xF0\x9F\x98\x80", &cp), 4); assert_int_equal(cp, 0x1F600);
    assert_int_equal(dec("\xF4\x8F\xBF\xBF", &cp), 4); assert_int_equal(cp, 0x10FFFF);
    assert_int_equal(dec("\xED\x9F\xBF", &cp), 3); assert_int_equal(cp, 0xD7FF);
    assert_int_equal(fa_utf8_decode("\0", 1, &cp), 1);
    assert_int_equal(cp, 0);
}

static void test_utf8_decode_ill_formed(void **state)
{
    (void)state;
    assert_int_equal(dec("\x80", NULL), 0);              /* lone continuation */
    assert_int_equal(dec("\xC0\xAF", NULL), 0);          /* overlong '/'      */
    assert_int_equal(dec("\xC1\xBF", NULL), 0);
    assert_int_equal(dec("\xE0\x9F\xBF", NULL), 0);      /* overlong          */
    assert_int_equal(dec("\xED\xA0\x80", NULL), 0);      /* surrogate D800    */
    assert_int_equal(dec("\xED\xBF\xBF", NULL), 0);      /* surrogate DFFF    */
    assert_int_equal(dec("\xF0\x8F\xBF\xBF", NULL), 0);  /* overlong          */
    assert_int_equal(dec("\xF4\x90\x80\x80", NULL), 0);  /* past U+10FFFF     */
    assert_int_equal(dec("\xF5\x80\x80\x80", NULL), 0);
    assert_int_equal(dec("\xFF", NULL), 0);
    assert_int_equal(dec("\xC3" "a", NULL), 0);          /* bad continuation  */
}

static void test_utf8_decode_cut_short(void **state)
{
    (void)state;
    /* The bytes exist in memory but past n: never read as part of it. */
    assert_int_equal(fa_utf8_decode("\xE2\x82\xAC", 2, NULL), 0);
    assert_int_equal(fa_utf8_decode("\xC3\xA9", 1, NULL), 0);
    assert_int_equal(fa_utf8_decode("\xF0\x9F\x98\x80", 3, NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_decode_well_formed),
        cmocka_unit_test(test_utf8_decode_ill_formed),
        cmocka_unit_test(test_utf8_decode_cut_short),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
