/* test_article.c - the article model (common/fa_article.c: fields, record
 * encoding, dates) and the indexer's parsers (indexer/article.c: .txt with
 * or without a header, JSON Lines, text cleaning, derived title/dateline).
 * Reading files and storing articles are tested elsewhere.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fa_article.h"
#include "fa_error.h"
#include "../indexer/article.h"

#define S(lit) lit, sizeof(lit) - 1   /* a literal and its length, NULs included */

static int setup(void **state)
{
    *state = fa_article_new();
    return *state ? 0 : -1;
}

static int teardown(void **state)
{
    fa_article_free(*state);
    return 0;
}

/* The value of 'key' must be exactly 'want' (wlen bytes). */
static void expect_field(const fa_article *a, const char *key, const char *want, size_t wlen)
{
    size_t len = 0;
    const char *v = fa_article_get(a, key, &len);
    if (!v)
        fail_msg("field '%s' missing (want '%.*s')", key, (int)wlen, want);
    if (len != wlen || memcmp(v, want, wlen) != 0)
        fail_msg("field '%s' is '%.*s' (%zu bytes), want '%.*s' (%zu bytes)",
                 key, (int)len, v, len, (int)wlen, want, wlen);
    assert_int_equal(v[len], '\0');
}
#define EXPECT(a, key, lit) expect_field((a), (key), S(lit))

/* ------------------------------------------------------------ fa_article */

static void test_article_set_get(void **state)
{
    fa_article *a = *state;
    size_t len = 99;

    assert_null(fa_article_get(a, "title", &len));
    assert_int_equal(len, 99);   /* untouched when absent */
    assert_int_equal(fa_article_nfields(a), 0);
    assert_int_equal(fa_article_set(a, "title", S("Hello")), FA_OK);
    assert_int_equal(fa_article_set(a, "empty", "", 0), FA_OK);
    EXPECT(a, "title", "Hello");
    EXPECT(a, "empty", "");
    assert_non_null(fa_article_get(a, "title", NULL));
    assert_int_equal(fa_article_nfields(a), 2);
}

static void test_article_set_overwrites_in_place(void **state)
{
    fa_article *a = *state;
    const char *v;
    size_t len;

    assert_int_equal(fa_article_set(a, "id", S("x1")), FA_OK);
    assert_int_equal(fa_article_set(a, "title", S("First")), FA_OK);
    assert_int_equal(fa_article_set(a, "date", S("2021")), FA_OK);
    /* longer, then shorter: the stored length follows */
    assert_int_equal(fa_article_set(a, "title", S("A much longer second title")), FA_OK);
    EXPECT(a, "title", "A much longer second title");
    assert_int_equal(fa_article_set(a, "title", S("3rd")), FA_OK);
    EXPECT(a, "title", "3rd");
    assert_int_equal(fa_article_nfields(a), 3);
    assert_string_equal(fa_article_field(a, 0, &v, &len), "id");
    assert_string_equal(fa_article_field(a, 1, &v, &len), "title");
    assert_string_equal(v, "3rd");
    assert_int_equal(len, 3);
    assert_string_equal(fa_article_field(a, 2, &v, &len), "date");
}

static void test_article_order_of_first_appearance(void **state)
{
    fa_article *a = *state;
    static const char *const keys[] = {"zeta", "alpha", "mid", "beta", "omega",
                                       "k5", "k6", "k7", "k8", "k9", "k10"};
    const char *v;
    size_t len, n = sizeof keys / sizeof keys[0];

    /* more than one allocation's worth of fields */
    for (size_t i = 0; i < n; i++)
        assert_int_equal(fa_article_set(a, keys[i], keys[i], strlen(keys[i])), FA_OK);
    assert_int_equal(fa_article_set(a, "alpha", S("again")), FA_OK);
    assert_int_equal(fa_article_nfields(a), n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(fa_article_field(a, i, &v, &len), keys[i]);
    EXPECT(a, "alpha", "again");
    EXPECT(a, "k10", "k10");
}

static void test_article_keys_case_folded(void **state)
{
    fa_article *a = *state;
    const char *v;
    size_t len;

    assert_int_equal(fa_article_set(a, "TiTle", S("One")), FA_OK);
    assert_int_equal(fa_article_set(a, "TITLE", S("Two")), FA_OK);
    assert_int_equal(fa_article_nfields(a), 1);
    assert_string_equal(fa_article_field(a, 0, &v, &len), "title");
    EXPECT(a, FA_F_TITLE, "Two");
}

/* The contract says every key is lower-cased on the way in, whatever its
 * length. */
static void test_article_long_keys_case_folded(void **state)
{
    fa_article *a = *state;
    char key[81], low[81];
    const char *v;
    size_t len;

    memset(key, 'K', 80);
    key[80] = '\0';
    memset(low, 'k', 80);
    low[80] = '\0';
    assert_int_equal(fa_article_set(a, key, S("v")), FA_OK);
    assert_string_equal(fa_article_field(a, 0, &v, &len), low);
}

static void test_article_clear_then_reuse(void **state)
{
    fa_article *a = *state;

    assert_int_equal(fa_article_set(a, "id", S("x")), FA_OK);
    assert_int_equal(fa_article_set(a, "text", S("body")), FA_OK);
    fa_article_clear(a);
    assert_int_equal(fa_article_nfields(a), 0);
    assert_null(fa_article_get(a, "id", NULL));
    assert_int_equal(fa_article_set(a, "other", S("o")), FA_OK);
    assert_int_equal(fa_article_nfields(a), 1);
    EXPECT(a, "other", "o");
    assert_null(fa_article_get(a, "text", NULL));
    fa_article_free(NULL);   /* harmless */
}

static void test_article_encode_decode_round_trip(void **state)
{
    fa_article *a = *state, *b = fa_article_new();
    char big[1000];   /* needs a multi-byte length */
    char *rec = NULL;
    size_t reclen = 0, len;
    const char *v;

    assert_non_null(b);
    memset(big, 'x', sizeof big);
    assert_int_equal(fa_article_set(a, "id", S("r1")), FA_OK);
    assert_int_equal(fa_article_set(a, "text", S("a\0b\0\0c")), FA_OK);
    assert_int_equal(fa_article_set(a, "empty", "", 0), FA_OK);
    assert_int_equal(fa_article_set(a, "big", big, sizeof big), FA_OK);
    assert_int_equal(fa_article_set(a, "utf8", S("Caf\xC3\xA9 \xE2\x80\x94")), FA_OK);
    assert_int_equal(fa_article_encode(&rec, &reclen, a), FA_OK);
    assert_non_null(rec);
    assert_true(reclen > sizeof big);

    assert_int_equal(fa_article_set(b, "stale", S("gone after decode")), FA_OK);
    assert_int_equal(fa_article_decode(b, rec, reclen), FA_OK);
    assert_int_equal(fa_article_nfields(b), 5);
    assert_null(fa_article_get(b, "stale", NULL));
    assert_string_equal(fa_article_field(b, 0, &v, &len), "id");
    assert_string_equal(fa_article_field(b, 1, &v, &len), "text");
    assert_int_equal(len, 6);
    assert_memory_equal(v, "a\0b\0\0c", 6);
    assert_string_equal(fa_article_field(b, 2, &v, &len), "empty");
    assert_int_equal(len, 0);
    assert_string_equal(v, "");
    assert_string_equal(fa_article_field(b, 3, &v, &len), "big");
    assert_int_equal(len, sizeof big);
    assert_memory_equal(v, big, sizeof big);
    EXPECT(b, "utf8", "Caf\xC3\xA9 \xE2\x80\x94");
    free(rec);
    fa_article_free(b);
}

static void test_article_encode_empty_article(void **state)
{
    fa_article *a = *state;
    char *rec = NULL;
    size_t reclen = 99;

    assert_int_equal(fa_article_encode(&rec, &reclen, a), FA_OK);
    assert_int_equal(reclen, 0);
    assert_int_equal(fa_article_set(a, "x", S("y")), FA_OK);
    assert_int_equal(fa_article_decode(a, rec, reclen), FA_OK);
    assert_int_equal(fa_article_nfields(a), 0);
    free(rec);
}

/* "Decode a record made by fa_article_encode": that includes records with
 * a long key (a JSON Lines input may carry any field name). */
static void test_article_encode_decode_long_key(void **state)
{
    fa_article *a = *state, *b = fa_article_new();
    char key[301];
    char *rec = NULL;
    size_t reclen = 0;

    assert_non_null(b);
    memset(key, 'k', 300);
    key[300] = '\0';
    assert_int_equal(fa_article_set(a, "id", S("r1")), FA_OK);
    assert_int_equal(fa_article_set(a, key, S("v")), FA_OK);
    assert_int_equal(fa_article_encode(&rec, &reclen, a), FA_OK);
    int rc = fa_article_decode(b, rec, reclen);
    const char *v = fa_article_get(b, key, NULL);
    int same = v && strcmp(v, "v") == 0;
    free(rec);   /* before asserting: a failed test must not leak */
    fa_article_free(b);
    assert_int_equal(rc, FA_OK);
    assert_true(same);
}

static void test_article_decode_garbage(void **state)
{
    fa_article *a = *state;
    static const struct { const char *data; size_t len; } bad[] = {
        {S("\xff\xff\xff\xff")},                     /* unterminated varint */
        {S("\x05" "ab")},                            /* key longer than the data */
        {S("\x02" "id")},                            /* key without value length */
        {S("\x02" "id" "\x09" "short")},             /* value longer than the data */
        {S("\x02" "id" "\x02" "x1" "\x80")},         /* junk after a good field */
        {S("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f")}, /* huge key length */
        {S("\x01" "k" "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01")}, /* huge value length */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (fa_article_decode(a, bad[i].data, bad[i].len) != FA_EINVAL)
            fail_msg("garbage record %zu was accepted", i);
    }
    /* the article is still usable */
    assert_int_equal(fa_article_decode(a, S("\x02" "id" "\x02" "x1")), FA_OK);
    EXPECT(a, "id", "x1");
}

/* ---------------------------------------------------------------- dates */

static void expect_date(const char *in, const char *want)
{
    char out[9] = "unset!!";
    int rc = fa_date_normalize(out, in, strlen(in));
    if (rc != FA_OK)
        fail_msg("'%s' rejected (%d), want %s", in, rc, want);
    assert_string_equal(out, want);
}

static void expect_bad_date(const char *in)
{
    char out[9];
    if (fa_date_normalize(out, in, strlen(in)) != FA_EINVAL)
        fail_msg("'%s' accepted as a date", in);
}

static void test_date_normalize_precisions(void **state)
{
    (void)state;
    expect_date("2021", "20210000");
    expect_date("2021-09", "20210900");
    expect_date("2021-09-23", "20210923");
    expect_date("1962-10", "19621000");
    expect_date("2021-12-31", "20211231");
}

static void test_date_normalize_leap_days(void **state)
{
    (void)state;
    expect_date("2020-02-29", "20200229");
    expect_date("2000-02-29", "20000229");
    expect_bad_date("2021-02-29");
    expect_bad_date("1900-02-29");
    expect_bad_date("2020-02-30");
    expect_bad_date("2021-04-31");
}

static void test_date_normalize_blanks_and_length(void **state)
{
    char out[9];
    (void)state;
    expect_date("  2021-09-23\t\n", "20210923");
    expect_date(" 2021 ", "20210000");
    /* only 'len' bytes count */
    assert_int_equal(fa_date_normalize(out, "2021-09-23T10:00", 10), FA_OK);
    assert_string_equal(out, "20210923");
    assert_int_equal(fa_date_normalize(out, "2021-09-23", 7), FA_OK);
    assert_string_equal(out, "20210900");
}

static void test_date_normalize_rejects(void **state)
{
    (void)state;
    expect_bad_date("2021-13-45");
    expect_bad_date("2021-13");
    expect_bad_date("2021-00");
    expect_bad_date("2021-09-00");
    expect_bad_date("2021-09-32");
    expect_bad_date("yesterday");
    expect_bad_date("21-09-2021");
    expect_bad_date("23/09/2021");
    expect_bad_date("2021-9-1");
    expect_bad_date("2021-09-23T10:00");
    expect_bad_date("202");
    expect_bad_date("");
    expect_bad_date("   ");
    expect_bad_date("2021 09 23");
}

/* ----------------------------------------------------- article_parse_txt */

static int parse_txt(fa_article *a, const char *buf, size_t len, unsigned *fixed,
                     char *err, size_t errlen)
{
    *fixed = 12345;
    err[0] = '\0';
    return article_parse_txt(a, buf, len, fixed, err, errlen);
}

static void test_parse_txt_header(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    const char *v;
    size_t len;
    static const char txt[] =
        "ID: fa-900\n"
        "TITLE:   Talks resume in Doha  \n"
        "date: 2021-09-23\n"
        "Section: World\n"
        "Source: fa test corpus\n"
        "URL: https://example.org/fa/900\n"
        "Author: A. Writer\n"
        "\n"
        "DOHA \xE2\x80\x94 Talks resumed on Monday.\n\nSecond paragraph.\n";

    assert_int_equal(parse_txt(a, S(txt), &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_ID, "fa-900");
    EXPECT(a, FA_F_TITLE, "Talks resume in Doha");
    EXPECT(a, FA_F_DATE, "2021-09-23");
    EXPECT(a, "section", "World");
    EXPECT(a, FA_F_SOURCE, "fa test corpus");
    EXPECT(a, FA_F_URL, "https://example.org/fa/900");
    EXPECT(a, FA_F_AUTHOR, "A. Writer");
    EXPECT(a, FA_F_TEXT, "DOHA \xE2\x80\x94 Talks resumed on Monday.\n\nSecond paragraph.");
    EXPECT(a, FA_F_DATELINE, "DOHA");
    /* header order is kept */
    assert_string_equal(fa_article_field(a, 0, &v, &len), "id");
    assert_string_equal(fa_article_field(a, 3, &v, &len), "section");
}

static void test_parse_txt_no_header_seed_like(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char txt[] =
        "NEW YORK: In his first meeting with U.S. Secretary of State Antony Blinken,"
        " Mr. Qureshi on Thursday said that the world should not repeat the\n"
        "mistake of disengaging with Afghanistan. They last spoke by phone.\n"
        "\n"
        "Although the two diplomats have been in touch, this was their first meeting.\n";

    assert_int_equal(parse_txt(a, S(txt), &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_DATELINE, "NEW YORK");
    EXPECT(a, FA_F_TITLE,
           "In his first meeting with U.S. Secretary of State Antony Blinken,"
           " Mr. Qureshi on Thursday said that the world should not repeat the"
           " mistake of disengaging with Afghanistan.");
    /* the whole text is the body, dateline included */
    EXPECT(a, FA_F_TEXT,
           "NEW YORK: In his first meeting with U.S. Secretary of State Antony Blinken,"
           " Mr. Qureshi on Thursday said that the world should not repeat the\n"
           "mistake of disengaging with Afghanistan. They last spoke by phone.\n"
           "\n"
           "Although the two diplomats have been in touch, this was their first meeting.");
    assert_null(fa_article_get(a, FA_F_ID, NULL));
    assert_null(fa_article_get(a, FA_F_DATE, NULL));
}

static void test_parse_txt_note_stays_body(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char txt[] =
        "Note: this piece was updated on Friday.\n"
        "\n"
        "The council met again.\n";

    assert_int_equal(parse_txt(a, S(txt), &fixed, err, sizeof err), FA_OK);
    assert_null(fa_article_get(a, "note", NULL));
    EXPECT(a, FA_F_TEXT, "Note: this piece was updated on Friday.\n\nThe council met again.");
    EXPECT(a, FA_F_TITLE, "Note: this piece was updated on Friday.");
    assert_null(fa_article_get(a, FA_F_DATELINE, NULL));
}

static void test_parse_txt_em_dash_dateline(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char txt[] =
        "GENEVA \xE2\x80\x94 Kofi Annan said on Thursday he would step down. He blamed the council.";

    assert_int_equal(parse_txt(a, S(txt), &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_DATELINE, "GENEVA");
    EXPECT(a, FA_F_TITLE, "Kofi Annan said on Thursday he would step down.");
    EXPECT(a, FA_F_TEXT, "GENEVA \xE2\x80\x94 Kofi Annan said on Thursday he would step down. He blamed the council.");
}

static void test_parse_txt_no_dateline_for_ordinary_text(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_txt(a, S("U.S. officials met on Monday. Talks went on."),
                               &fixed, err, sizeof err), FA_OK);
    assert_null(fa_article_get(a, FA_F_DATELINE, NULL));
    EXPECT(a, FA_F_TITLE, "U.S. officials met on Monday.");
}

static void test_parse_txt_crlf(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char txt[] =
        "Title: Crlf title\r\nDate: 2021\r\n\r\nLine one.\r\nLine two.\r\n";

    assert_int_equal(parse_txt(a, S(txt), &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);   /* CRLF is a line ending, not damage */
    EXPECT(a, FA_F_TITLE, "Crlf title");
    EXPECT(a, FA_F_DATE, "2021");
    EXPECT(a, FA_F_TEXT, "Line one.\nLine two.");
}

static void test_parse_txt_bom(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_txt(a, S("\xEF\xBB\xBFTitle: With a BOM\n\nBody."),
                               &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_TITLE, "With a BOM");
    EXPECT(a, FA_F_TEXT, "Body.");
    assert_int_equal(fa_article_nfields(a), 2);
}

static void test_parse_txt_invalid_utf8_repaired(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char txt[] =
        "Title: Caf\xE9 talks\n\n"
        "Bad \xC3\x28 pair, overlong \xC0\xAF, surrogate \xED\xA0\x80, "
        "good \xF0\x9F\x98\x80 \xC3\xA9, cut \xE2\x80";

    assert_int_equal(parse_txt(a, S(txt), &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_UTF8);
    assert_false(fixed & ARTICLE_FIXED_CONTROL);
    EXPECT(a, FA_F_TITLE, "Caf\xEF\xBF\xBD talks");
    EXPECT(a, FA_F_TEXT,
           "Bad \xEF\xBF\xBD( pair, overlong \xEF\xBF\xBD\xEF\xBF\xBD, surrogate "
           "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD, good \xF0\x9F\x98\x80 \xC3\xA9, cut "
           "\xEF\xBF\xBD\xEF\xBF\xBD");
}

/* Issue 12: 337 UNGDC speeches break lines with a lone CR, and dropping
 * it glued "bacterial\rweapons" into one word. Every line break and every
 * other control character separates the words on either side. */
static void test_parse_txt_controls_separate_words(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_txt(a, S("Title: Cr only\rDate: 1990\r\rbacterial\rweapons\r"),
                               &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);   /* a CR line break is no damage */
    EXPECT(a, FA_F_TITLE, "Cr only");
    EXPECT(a, FA_F_DATE, "1990");
    EXPECT(a, FA_F_TEXT, "bacterial\nweapons");

    assert_int_equal(parse_txt(a, S("a\vb\fc\xC2\x85" "d\xE2\x80\xA8" "e\xE2\x80\xA9" "f\r\ng"),
                               &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_TEXT, "a\nb\nc\nd\ne\nf\ng");

    /* C1 controls alone: a space, not flagged (well-formed UTF-8). */
    assert_int_equal(parse_txt(a, S("don\xC2\x92t \xC2\x80go"), &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_TEXT, "don t go");

    /* C0 controls and DEL: a space, flagged; none doubles a blank. */
    assert_int_equal(parse_txt(a, S("x\x1by\x7fz\xC2\x80w\xC2\x9Fv \x01u\x02\x03t"),
                               &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_CONTROL);
    assert_false(fixed & ARTICLE_FIXED_UTF8);
    EXPECT(a, FA_F_TEXT, "x y z w v u t");
}

static void test_parse_txt_nul_removed(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_txt(a, S("Title: A\0B\n\nBo\0dy\x01 text.\x7f"),
                               &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_CONTROL);
    assert_false(fixed & ARTICLE_FIXED_UTF8);
    EXPECT(a, FA_F_TITLE, "A B");
    EXPECT(a, FA_F_TEXT, "Bo dy text.");
}

static void test_parse_txt_clean_input_not_flagged(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_txt(a, S("Tabs\tand \xC3\xA9 accents are fine."),
                               &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_TEXT, "Tabs\tand \xC3\xA9 accents are fine.");
}

static void test_parse_txt_empty_is_einval(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_txt(a, "", 0, &fixed, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);
    assert_int_equal(parse_txt(a, S(" \n\n\t\n"), &fixed, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);
    assert_int_equal(parse_txt(a, S("Title: Only a header\n\n"), &fixed, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);
}

static void test_parse_txt_clears_previous(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_txt(a, S("Id: one\nAuthor: X\n\nFirst."), &fixed, err, sizeof err), FA_OK);
    assert_int_equal(parse_txt(a, S("Second article."), &fixed, err, sizeof err), FA_OK);
    assert_null(fa_article_get(a, FA_F_ID, NULL));
    assert_null(fa_article_get(a, FA_F_AUTHOR, NULL));
    EXPECT(a, FA_F_TEXT, "Second article.");
}

/* ---------------------------------------------------- article_parse_json */

static int parse_json(fa_article *a, const char *line, size_t len, unsigned *fixed,
                      char *err, size_t errlen)
{
    *fixed = 12345;
    err[0] = '\0';
    return article_parse_json(a, line, len, fixed, err, errlen);
}

static void test_parse_json_all_fields(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char line[] =
        "{\"id\":\"fa-901\",\"title\":\"Grain deal signed\",\"date\":\"2022-07-22\","
        "\"source\":\"fa test corpus\",\"url\":\"https://example.org/fa/901\","
        "\"author\":\"B. Writer\",\"text\":\"ISTANBUL \\u2014 The deal was signed. "
        "More \\\"quoted\\\" text.\\nNext line.\"}";

    assert_int_equal(parse_json(a, S(line), &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_ID, "fa-901");
    EXPECT(a, FA_F_TITLE, "Grain deal signed");
    EXPECT(a, FA_F_DATE, "2022-07-22");
    EXPECT(a, FA_F_SOURCE, "fa test corpus");
    EXPECT(a, FA_F_URL, "https://example.org/fa/901");
    EXPECT(a, FA_F_AUTHOR, "B. Writer");
    EXPECT(a, FA_F_TEXT, "ISTANBUL \xE2\x80\x94 The deal was signed. More \"quoted\" text.\nNext line.");
    EXPECT(a, FA_F_DATELINE, "ISTANBUL");
}

static void test_parse_json_body_and_content(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"b\",\"body\":\"Body text here. More.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_TEXT, "Body text here. More.");
    EXPECT(a, FA_F_TITLE, "Body text here.");
    assert_null(fa_article_get(a, "body", NULL));

    assert_int_equal(parse_json(a, S("{\"id\":\"c\",\"Content\":\"Content text.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_TEXT, "Content text.");
    assert_null(fa_article_get(a, "content", NULL));
}

static void test_parse_json_text_wins_over_body(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"body\":\"From body.\",\"text\":\"From text.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_TEXT, "From text.");
    assert_int_equal(parse_json(a, S("{\"text\":\"From text.\",\"body\":\"From body.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_TEXT, "From text.");
}

static void test_parse_json_unknown_fields_kept(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char line[] =
        "{\"id\":\"u\",\"text\":\"Some text.\",\"section\":\"World\","
        "\"tags\":[\"a\",\"b\"],\"n\":5,\"flag\":true,\"obj\":{\"k\":1},\"Gone\":null}";

    assert_int_equal(parse_json(a, S(line), &fixed, err, sizeof err), FA_OK);
    EXPECT(a, "section", "World");
    EXPECT(a, "tags", "[\"a\",\"b\"]");
    EXPECT(a, "n", "5");
    EXPECT(a, "flag", "true");
    EXPECT(a, "obj", "{\"k\":1}");
    assert_null(fa_article_get(a, "gone", NULL));
}

static void test_parse_json_number_as_title_rejected(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"t\",\"title\":42,\"text\":\"Body.\"}"),
                                &fixed, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "title"));
}

static void test_parse_json_array_as_text_rejected(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"t\",\"text\":[\"a\",\"b\"]}"),
                                &fixed, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "text"));
    assert_int_equal(parse_json(a, S("{\"id\":\"t\",\"body\":{\"p\":1}}"),
                                &fixed, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "body"));
}

static void test_parse_json_numeric_id_and_date(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":42,\"date\":2021,\"text\":\"Body.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_ID, "42");
    EXPECT(a, FA_F_DATE, "2021");
}

static void test_parse_json_malformed(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char *const bad[] = {
        "{\"id\": \"x\", ",
        "{\"id\" \"x\", \"text\": \"t\"}",
        "{id: 1}",
        "",
        "not json",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int rc = parse_json(a, bad[i], strlen(bad[i]), &fixed, err, sizeof err);
        if (rc != FA_EINVAL)
            fail_msg("'%s' gave %d, want FA_EINVAL", bad[i], rc);
        if (!err[0])
            fail_msg("'%s': no message", bad[i]);
    }
}

static void test_parse_json_trailing_garbage(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"t.\"} xyz"),
                                &fixed, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);
    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"t.\"}{\"id\":\"y\"}"),
                                &fixed, err, sizeof err), FA_EINVAL);
    /* trailing blanks (and a CR) are not garbage */
    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"t.\"}  \r"),
                                &fixed, err, sizeof err), FA_OK);
}

static void test_parse_json_not_an_object(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char *const bad[] = {"[\"a\",\"b\"]", "\"just text\"", "42", "null"};

    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int rc = parse_json(a, bad[i], strlen(bad[i]), &fixed, err, sizeof err);
        if (rc != FA_EINVAL || !err[0])
            fail_msg("'%s' gave %d ('%s'), want FA_EINVAL with a message", bad[i], rc, err);
    }
}

static void test_parse_json_missing_text(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"title\":\"T\"}"),
                                &fixed, err, sizeof err), FA_EINVAL);
    assert_true(strlen(err) > 0);
    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"  \\n \"}"),
                                &fixed, err, sizeof err), FA_EINVAL);
    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":null}"),
                                &fixed, err, sizeof err), FA_EINVAL);
}

static void test_parse_json_cleans_strings(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"Caf\xE9 ok.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_UTF8);
    EXPECT(a, FA_F_TEXT, "Caf\xEF\xBF\xBD ok.");

    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"A\\u0000B\\u0001C.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_CONTROL);
    EXPECT(a, FA_F_TEXT, "A B C.");
}

/* Issue 16 #4: json-c turns a lone surrogate into U+FFFD, so "x\ud800",
 * "x\udfff" and "x\ufffd" were one id. A lone one is kept as its text; a
 * pair is one code point; a real U+FFFD stays U+FFFD. */
static void test_parse_json_lone_surrogates_kept_as_text(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"x\\ud800\",\"text\":\"t.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_SURROGATE);
    EXPECT(a, FA_F_ID, "x\\ud800");
    assert_int_equal(parse_json(a, S("{\"id\":\"x\\uDFFF\",\"text\":\"a\\ud800\\u0041.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_ID, "x\\uDFFF");
    EXPECT(a, FA_F_TEXT, "a\\ud800A.");
    assert_int_equal(parse_json(a, S("{\"id\":\"x\\ufffd\",\"text\":\"\\ud83d\\ude00 \\\\ud800.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    assert_false(fixed & ARTICLE_FIXED_SURROGATE);
    EXPECT(a, FA_F_ID, "x\xEF\xBF\xBD");
    EXPECT(a, FA_F_TEXT, "\xF0\x9F\x98\x80 \\ud800.");   /* an escaped backslash: text already */
    assert_int_equal(parse_json(a, S("{\"id\":\"\\udc00\\ud800\",\"text\":\"t.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_ID, "\\udc00\\ud800");   /* low then high: no pair */
}

/* Control characters and invalid UTF-8 in an id are escaped as \xHH, not
 * dropped: "y\u001b" and "y" were one article. */
static void test_parse_json_id_escaped_not_dropped(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];

    assert_int_equal(parse_json(a, S("{\"id\":\"y\\u001b\\u0000z\\n\",\"text\":\"t.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_ID);
    assert_false(fixed & ARTICLE_FIXED_CONTROL);
    EXPECT(a, FA_F_ID, "y\\x1b\\x00z\\x0a");
    assert_int_equal(parse_json(a, S("{\"id\":\"Caf\xE9\",\"text\":\"t.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    assert_true(fixed & ARTICLE_FIXED_ID);
    EXPECT(a, FA_F_ID, "Caf\\xe9");
    assert_int_equal(parse_json(a, S("{\"id\":\"Caf\xC3\xA9\",\"text\":\"t.\"}"),
                                &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_ID, "Caf\xC3\xA9");
}

/* Issue 16 #16: json-c saturates an integer beyond 64 bits
 * (123456789012345678901234567890 was stored as 18446744073709551615);
 * its text is kept as written, in an unknown field, nested in one, and as
 * the id. A literal that fits stays exact; a double keeps its text. */
static void test_parse_json_big_integers_keep_their_text(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char line[] =
        "{\"id\":123456789012345678901234567890,\"text\":\"t.\","
        "\"big\":123456789012345678901234567890,\"neg\":-99999999999999999999,"
        "\"arr\":[1,98765432109876543210,{\"q\":-12345678901234567890123}],"
        "\"max\":18446744073709551615,\"d\":1.50,\"s\":\"5E0\"}";

    assert_int_equal(parse_json(a, S(line), &fixed, err, sizeof err), FA_OK);
    assert_int_equal(fixed, 0);
    EXPECT(a, FA_F_ID, "123456789012345678901234567890");
    EXPECT(a, "big", "123456789012345678901234567890");
    EXPECT(a, "neg", "-99999999999999999999");
    EXPECT(a, "arr", "[1,98765432109876543210,{\"q\":-12345678901234567890123}]");
    EXPECT(a, "max", "18446744073709551615");
    EXPECT(a, "d", "1.50");
    EXPECT(a, "s", "5E0");
    /* A string that looks like a marked number is left alone. */
    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"t.\",\"q\":\"123456789012345678901234567890E0\"}"),
                                &fixed, err, sizeof err), FA_OK);
    EXPECT(a, "q", "123456789012345678901234567890E0");
    /* Other known fields still want strings. */
    assert_int_equal(parse_json(a, S("{\"id\":\"x\",\"text\":\"t.\",\"title\":123456789012345678901234567890}"),
                                &fixed, err, sizeof err), FA_EINVAL);
}

/* The line is 'len' bytes: what follows it in memory is not read. */
static void test_parse_json_respects_len(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    static const char two[] = "{\"id\":\"x\",\"text\":\"t.\"}{broken";

    assert_int_equal(parse_json(a, two, 22, &fixed, err, sizeof err), FA_OK);
    EXPECT(a, FA_F_ID, "x");
}

/* Issue 16 #12b: a derived title is at most ARTICLE_TITLE_MAX_BYTES, cut
 * at a word and ended with "…"; one huge word is cut on a character
 * boundary; a first sentence that fits, and a given title, are kept. */
static void test_parse_txt_derived_title_capped(void **state)
{
    fa_article *a = *state;
    unsigned fixed;
    char err[256];
    size_t big = 1 << 20, tl = 0;
    char *txt = malloc(big + 8);
    const char *title;
    assert_non_null(txt);

    for (size_t i = 0; i < big; i++)
        txt[i] = "words  "[i % 7] == ' ' ? (i % 7 == 5 ? ' ' : '\n') : "words  "[i % 7];
    memcpy(txt + big, " end.\n", 7);
    assert_int_equal(parse_txt(a, txt, big + 6, &fixed, err, sizeof err), FA_OK);
    title = fa_article_get(a, FA_F_TITLE, &tl);
    assert_true(tl <= ARTICLE_TITLE_MAX_BYTES);
    assert_true(tl > ARTICLE_TITLE_MAX_BYTES - 12);
    assert_memory_equal(title + tl - 3, ARTICLE_TITLE_ELLIPSIS, 3);
    assert_memory_equal(title, "words words words ", 18);   /* newlines became spaces */
    assert_memory_equal(title + tl - 8, "words", 5);            /* a whole word before "…" */

    for (size_t i = 0; i + 1 < big; i += 2)
        memcpy(txt + i, "\xC3\xA9", 2);                          /* one 1 MiB word of é */
    assert_int_equal(parse_txt(a, txt, big, &fixed, err, sizeof err), FA_OK);
    title = fa_article_get(a, FA_F_TITLE, &tl);
    assert_true(tl <= ARTICLE_TITLE_MAX_BYTES && tl >= ARTICLE_TITLE_MAX_BYTES - 4);
    assert_int_equal((tl - 3) % 2, 0);                           /* whole characters */
    assert_memory_equal(title + tl - 3, ARTICLE_TITLE_ELLIPSIS, 3);

    memset(txt, 'a', ARTICLE_TITLE_MAX_BYTES - 1);               /* exactly the cap: kept */
    memcpy(txt + ARTICLE_TITLE_MAX_BYTES - 1, ". More.", 7);
    assert_int_equal(parse_txt(a, txt, ARTICLE_TITLE_MAX_BYTES + 6, &fixed, err, sizeof err), FA_OK);
    title = fa_article_get(a, FA_F_TITLE, &tl);
    assert_int_equal(tl, ARTICLE_TITLE_MAX_BYTES);
    assert_int_equal(title[tl - 1], '.');

    memcpy(txt, "Title: ", 7);                                   /* a given title is kept */
    memset(txt + 7, 'b', 1000);
    memcpy(txt + 1007, "\n\nBody.\n", 8);
    assert_int_equal(parse_txt(a, txt, 1015, &fixed, err, sizeof err), FA_OK);
    fa_article_get(a, FA_F_TITLE, &tl);
    assert_int_equal(tl, 1000);
    free(txt);
}

/* A value may hold NUL bytes (fa_article_set takes a length), so deriving
 * the title must not read past the stored text. Under ASan the overread
 * in article_complete() aborts the binary: keep this test last. */
static void test_article_complete_text_with_nul(void **state)
{
    fa_article *a = *state;

    assert_int_equal(fa_article_set(a, FA_F_TEXT, S("A first sentence\0 goes on. Second.")), FA_OK);
    assert_int_equal(article_complete(a), FA_OK);
    EXPECT(a, FA_F_TITLE, "A first sentence\0 goes on.");
}

/* An argument runs only the tests whose names match it (a glob). */
/* Build an article of n distinct fields, encode it and decode it back;
 * the CPU seconds that took. */
static double fields_cost(size_t n)
{
    fa_article *a = fa_article_new(), *b = fa_article_new();
    char key[32], *rec = NULL;
    size_t len = 0;
    struct timespec t0, t1;

    assert_non_null(a);
    assert_non_null(b);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (size_t i = 0; i < n; i++) {
        snprintf(key, sizeof key, "field%zu", i);
        assert_int_equal(fa_article_set(a, key, "v", 1), FA_OK);
    }
    assert_int_equal(fa_article_encode(&rec, &len, a), FA_OK);
    assert_int_equal(fa_article_decode(b, rec, len), FA_OK);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    assert_int_equal(fa_article_nfields(b), n);
    snprintf(key, sizeof key, "field%zu", n / 2);
    assert_non_null(fa_article_get(b, key, NULL));
    assert_int_equal(fa_article_unset(b, key), FA_OK);
    assert_null(fa_article_get(b, key, NULL));
    snprintf(key, sizeof key, "field%zu", n - 1);
    assert_non_null(fa_article_get(b, key, NULL));   /* found after the move */
    free(rec);
    fa_article_free(a);
    fa_article_free(b);
    return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

/* A JSON line may carry 100,000 fields: setting and decoding them must
 * stay linear. 4N fields against N in one run: a linear cost gives about
 * 4x, a quadratic one 16x; the bound leaves room for noise and caches. */
static void test_article_many_fields_linear(void **state)
{
    (void)state;
    fields_cost(2000);   /* warm up the allocator */
    double small = fields_cost(20000), big = fields_cost(80000);
    if (big > 9 * small + 0.01)
        fail_msg("80,000 fields cost %.3f s, 20,000 cost %.3f s: %.1fx (want about 4x)",
                 big, small, big / small);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
        T(test_article_set_get),
        T(test_article_set_overwrites_in_place),
        T(test_article_order_of_first_appearance),
        T(test_article_keys_case_folded),
        T(test_article_long_keys_case_folded),
        T(test_article_clear_then_reuse),
        T(test_article_encode_decode_round_trip),
        T(test_article_encode_empty_article),
        T(test_article_encode_decode_long_key),
        T(test_article_decode_garbage),
        T(test_date_normalize_precisions),
        T(test_date_normalize_leap_days),
        T(test_date_normalize_blanks_and_length),
        T(test_date_normalize_rejects),
        T(test_parse_txt_header),
        T(test_parse_txt_no_header_seed_like),
        T(test_parse_txt_note_stays_body),
        T(test_parse_txt_em_dash_dateline),
        T(test_parse_txt_no_dateline_for_ordinary_text),
        T(test_parse_txt_crlf),
        T(test_parse_txt_bom),
        T(test_parse_txt_invalid_utf8_repaired),
        T(test_parse_txt_controls_separate_words),
        T(test_parse_txt_nul_removed),
        T(test_parse_txt_clean_input_not_flagged),
        T(test_parse_txt_empty_is_einval),
        T(test_parse_txt_clears_previous),
        T(test_parse_json_all_fields),
        T(test_parse_json_body_and_content),
        T(test_parse_json_text_wins_over_body),
        T(test_parse_json_unknown_fields_kept),
        T(test_parse_json_number_as_title_rejected),
        T(test_parse_json_array_as_text_rejected),
        T(test_parse_json_numeric_id_and_date),
        T(test_parse_json_malformed),
        T(test_parse_json_trailing_garbage),
        T(test_parse_json_not_an_object),
        T(test_parse_json_missing_text),
        T(test_parse_json_lone_surrogates_kept_as_text),
        T(test_parse_json_id_escaped_not_dropped),
        T(test_parse_json_big_integers_keep_their_text),
        T(test_parse_json_cleans_strings),
        T(test_parse_json_respects_len),
        T(test_parse_txt_derived_title_capped),
        T(test_article_complete_text_with_nul),
        T(test_article_many_fields_linear),
#undef T
    };
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
