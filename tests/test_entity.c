/* test_entity.c - unit tests of the gazetteer and the entity extractor:
 * the matcher (longest match, possessives, case and context rules), the
 * lookups for user input, titles and surname resolution, suggestions, load
 * errors, thread safety, and the seed article.
 *
 * Runs against the project's gazetteer (FA_DATADIR); the seed article is
 * read from ../shared beside the checkout and the test is skipped without it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "../indexer/entities.h"

#include "test_gazetteer.h"
#define SEED FA_DATADIR "/../../../shared/corpus/seed/qureshi-blinken-unga76.txt"

/* What the extractor finds in 'text': codes and names joined by '|'. */
typedef struct { char countries[1024], officials[1024], titles[1024]; } found;

static void join(char *dst, size_t cap, const char *s)
{
    if (dst[0])
        strncat(dst, "|", cap - strlen(dst) - 1);
    strncat(dst, s ? s : "-", cap - strlen(dst) - 1);
}

static found extract_n(const char *text, size_t len)
{
    found f = { "", "", "" };
    entities *e = NULL;
    assert_int_equal(entities_extract(&e, gz, text, len), FA_OK);
    assert_non_null(e);
    for (size_t i = 0; i < entities_ncountries(e); i++)
        join(f.countries, sizeof f.countries, entities_country(e, i));
    for (size_t i = 0; i < entities_nofficials(e); i++) {
        join(f.officials, sizeof f.officials, entities_official(e, i));
        join(f.titles, sizeof f.titles, entities_official_title(e, i));
    }
    entities_free(e);
    return f;
}

static found extract(const char *text)
{
    return extract_n(text, strlen(text));
}

#define COUNTRIES(text, want) assert_string_equal(extract(text).countries, want)
#define OFFICIALS(text, want) assert_string_equal(extract(text).officials, want)

/* ---- matcher ------------------------------------------------------------ */

static void test_matcher_longest_match(void **state)
{
    (void)state;
    COUNTRIES("Papua New Guinea signed the deal.", "PNG");
    COUNTRIES("Equatorial Guinea and Guinea-Bissau voted.", "GNB|GNQ");
    COUNTRIES("Guinea voted.", "GIN");
    COUNTRIES("South Sudan seceded.", "SSD");
    COUNTRIES("Nigeria grew.", "NGA");
    COUNTRIES("The Democratic Republic of the Congo objected.", "COD");
    COUNTRIES("The Republic of the Congo objected.", "COG");
    COUNTRIES("The People's Republic of China and the Republic of China.", "CHN|TWN");
    COUNTRIES("Troops left the US Virgin Islands.", "VIR");
}

static void test_matcher_possessives(void **state)
{
    (void)state;
    COUNTRIES("Afghanistan's future", "AFG");
    COUNTRIES("Afghanistan\xC2\xB4s future", "AFG");           /* U+00B4 */
    COUNTRIES("Afghanistan\xE2\x80\x99s future", "AFG");       /* U+2019 */
    COUNTRIES("Iran\xCA\xBCs envoy", "IRN");                   /* U+02BC */
    COUNTRIES("the Afghans' plight", "AFG");
}

static void test_matcher_case_rules(void **state)
{
    (void)state;
    COUNTRIES("The US and the U.S.A. agreed.", "USA");
    COUNTRIES("Let us be clear: none of us wants war.", "");
    COUNTRIES("LET US PRAY\nThe crowd was silent.", "");
    COUNTRIES("They ate off fine china.", "");
    COUNTRIES("China and Turkey met.", "CHN|TUR");
    COUNTRIES("We carved the turkey.", "");
    COUNTRIES("T\xC3\xBCrkiye and Cote d'Ivoire and C\xC3\xB4te d\xE2\x80\x99Ivoire.", "CIV|TUR");
    COUNTRIES("PAKISTAN URGES TALKS WITH INDIA\nThe text follows.", "IND|PAK");
}

static void test_matcher_context_rules(void **state)
{
    (void)state;
    COUNTRIES("Chad's government declared an emergency.", "TCD");
    /* issue 11, real-tune3: the short forms of the two Congos, and a news
     * agency named after France */
    COUNTRIES("Nine died in the Republic of Congo this month.", "COG");
    COUNTRIES("Nine died in the Democratic Republic of Congo this month.", "COD");
    COUNTRIES("Agence France-Presse reported the deaths.", "");
    COUNTRIES("Chad Johnson, a coach from Ohio, said he loved the game.", "");
    COUNTRIES("My neighbour Chad brought the drinks.", "");
    COUNTRIES("Refugees from Sudan crossed into Chad.", "SDN|TCD");
    COUNTRIES("Michael Jordan won six titles.", "");
    /* a wire probe of 1987: the country an official is "of" is a mention,
     * also inside a gazetteer form of the name */
    COUNTRIES("King Hussein of Jordan arrived on Monday.", "JOR");
    COUNTRIES("Crown Prince Hassan of Jordan arrived on Monday.", "JOR");
    COUNTRIES("The coach, Michael Jordan of Chicago, arrived.", "");
    COUNTRIES("Foreign Ministers Jan Kern of Chad and Joe Smith of Mali met.", "MLI|TCD");
    COUNTRIES("They were baptised in the river Jordan.", "");
    COUNTRIES("She moved to Atlanta, Georgia, last year.", "");
    COUNTRIES("Russia fought a war with Georgia.", "GEO|RUS");
    COUNTRIES("Georgia Gov. Nathan Deal declared an emergency.", "");
    /* a web probe of 2018: American towns named after countries */
    COUNTRIES("Tom Hanks flew to Athens, Georgia, on Friday.", "");
    COUNTRIES("Lebanon, Pennsylvania, was flooded.", "");
    COUNTRIES("The film was shown in Peru, Indiana.", "");
    COUNTRIES("China Grove residents voted.", "");
    COUNTRIES("Lebanon and Syria met in Damascus.", "LBN|SYR");
    COUNTRIES("Peru and Chile met in Lima.", "CHL|PER");
    COUNTRIES("George Washington crossed the Delaware.", "");
    COUNTRIES("Talks in Washington ended.", "USA");
    COUNTRIES("Latin American leaders met.", "");
    COUNTRIES("The Indian Ocean is warming.", "");
    COUNTRIES("Indian and Chinese troops clashed.", "CHN|IND");
    COUNTRIES("Queen Victoria reigned long.", "");
    COUNTRIES("She speaks fluent French and some Spanish.", "");
    COUNTRIES("French troops left Mali.", "FRA|MLI");
    COUNTRIES("NEW YORK: The Assembly opened.", "");
    /* a dateline's capital counts (tests/entities/LABELLING.md) */
    COUNTRIES("WASHINGTON (Reuters) - The Pentagon spoke.", "USA");
    COUNTRIES("Islamabad said it would talk to Kabul.", "AFG|PAK");
    COUNTRIES("The Soviet Union, Yugoslavia, Czechoslovakia and East Germany.",
              "CSK|DDR|SUN|YUG");
    COUNTRIES("The Taliban and Al-Qaeda met in secret.", "");
    /* a country inside a title before a name counts as it does alone */
    COUNTRIES("The Bank of Japan said so.", "JPN");
    COUNTRIES("Bank of Japan Governor Satoshi Sumita cut the rate.", "JPN");
    COUNTRIES("Bank of England Governor Robin Leigh-Pemberton spoke.", "GBR");
    /* an elided pair names both states */
    COUNTRIES("Talks between North and South Korea resumed.", "KOR|PRK");
    COUNTRIES("South and North Korea agreed.", "KOR|PRK");
    COUNTRIES("North and South America met.", "");
    COUNTRIES("North and South Carolina voted.", "");
    /* a sea named after a country is no mention of it */
    COUNTRIES("Ships crossed the Philippine Sea.", "");
    /* kinds and things named after a country (LABELLING.md) */
    COUNTRIES("Their German shepherd won the show.", "");
    COUNTRIES("Guinea pigs and French bulldogs topped the list of pets.", "");
    COUNTRIES("As in the 1918 Spanish influenza pandemic, bats spread it.", "");
    COUNTRIES("Humans caught it from Egyptian fruit bats; a dead Australian black swan "
              "was found.", "");
    COUNTRIES("The Spanish flu killed millions in 1918.", "");
    COUNTRIES("The Panama Papers revealed offshore accounts.", "");
    COUNTRIES("An India Pale Ale won; Spain and India sent brewers.", "ESP|IND");
}

static void test_matcher_lists_sorted_and_unique(void **state)
{
    (void)state;
    found f = extract("Russia, America, Afghanistan, the US, Russians and Afghans.");
    assert_string_equal(f.countries, "AFG|RUS|USA");
    f = extract("Secretary Blinken met Antony Blinken and Joe Biden; Biden left.");
    assert_string_equal(f.officials, "Antony Blinken|Joe Biden");
}

static void test_matcher_length_not_terminator(void **state)
{
    (void)state;
    const char *text = "Pakistan and India";
    assert_string_equal(extract_n(text, 8).countries, "PAK");
    assert_string_equal(extract_n(text, 0).countries, "");
    assert_string_equal(extract_n(NULL, 0).countries, "");
}

/* ---- titles and surnames ------------------------------------------------ */

static void test_titles_catch_unknown_officials(void **state)
{
    (void)state;
    found f = extract("Foreign Minister Tarek Belhadj met President Rufus Firefly.");
    assert_string_equal(f.officials, "Rufus Firefly|Tarek Belhadj");
    assert_string_equal(f.titles, "President|Foreign Minister");
    OFFICIALS("Mr Smith said the embassy would reopen.", "");
    OFFICIALS("Dr Ayesha Rahman treated the wounded.", "");
    OFFICIALS("The State Department said so.", "");
    OFFICIALS("Prime Minister's Office said so.", "");
    f = extract("US Secretary of State Antony Blinken spoke.");
    assert_string_equal(f.officials, "Antony Blinken");
    assert_string_equal(f.titles, "Secretary of State");
}

/* Issue 16 #1: a capitalised "name" of over FA_MAX_FACET_VALUE_BYTES after
 * an office title became an official no index could hold (and stopped the
 * run); it is dropped, and the sentence's other officials are kept. */
static void test_titles_overlong_name_dropped(void **state)
{
    char text[1024], name[FA_MAX_FACET_VALUE_BYTES + 2];
    (void)state;

    name[0] = 'A';
    memset(name + 1, 'b', sizeof name - 2);
    name[4] = ' ';                  /* two words: a surname alone is no value */
    name[5] = 'C';
    name[sizeof name - 1] = '\0';                    /* one byte over the limit */
    snprintf(text, sizeof text, "Foreign Minister %s met President Rufus Firefly in Pakistan.", name);
    found f = extract(text);
    assert_string_equal(f.officials, "Rufus Firefly");
    assert_string_equal(f.countries, "PAK");
    name[sizeof name - 2] = '\0';                    /* exactly the limit: kept */
    snprintf(text, sizeof text, "Foreign Minister %s met President Rufus Firefly.", name);
    f = extract(text);
    assert_non_null(strstr(f.officials, name));
}

static void test_titles_surname_resolution(void **state)
{
    (void)state;
    found f = extract("Ambassador Nadia Qasemi arrived. Later Ambassador Qasemi spoke.");
    assert_string_equal(f.officials, "Nadia Qasemi");
    OFFICIALS("Blinken visited Kyiv.", "");
    OFFICIALS("Antony Blinken arrived. Blinken spoke.", "Antony Blinken");
    f = extract("FM Qureshi said the meeting was useful.");
    assert_string_equal(f.officials, "Shah Mahmood Qureshi");
    assert_string_equal(f.titles, "Foreign Minister");
    OFFICIALS("Mr Qureshi met Mr Blinken.", "");
    OFFICIALS("President Xi met President Biden.", "Joe Biden|Xi Jinping");
    OFFICIALS("Indian External Affairs Minister S. Jaishankar spoke.",
              "Subrahmanyam Jaishankar");
}

static void test_titles_variants_merge(void **state)
{
    (void)state;
    OFFICIALS("Shah Mahmood Qureshi and Shah Mehmood Qureshi are one man.",
              "Shah Mahmood Qureshi");
    OFFICIALS("Envoy Marta Lindqvist came; Envoy Marta Lindquist left.",
              "Marta Lindqvist");
    OFFICIALS("Antony J. Blinken met Vladimir V. Putin.", "Antony Blinken|Vladimir Putin");
    /* near-identical only: different first names stay apart */
    OFFICIALS("Prime Minister Nawaz Sharif and Shehbaz Sharif met.",
              "Nawaz Sharif|Shehbaz Sharif");
    OFFICIALS("President George Bush and President George W. Bush.",
              "George H. W. Bush|George W. Bush");
}

/* ---- lookups ------------------------------------------------------------ */

static void test_lookup_country_code(void **state)
{
    (void)state;
    const char *pak[] = { "pakistan", "PK", "PAK", "Pakistani", "  Pakistan " };
    for (size_t i = 0; i < sizeof pak / sizeof *pak; i++)
        assert_string_equal(fa_gazetteer_country_code(gz, pak[i]), "PAK");
    const char *usa[] = { "united states", "US", "us", "U.S.", "America", "usa" };
    for (size_t i = 0; i < sizeof usa / sizeof *usa; i++)
        assert_string_equal(fa_gazetteer_country_code(gz, usa[i]), "USA");
    assert_string_equal(fa_gazetteer_country_code(gz, "Soviet Union"), "SUN");
    assert_string_equal(fa_gazetteer_country_code(gz, "TURKIYE"), "TUR");
    assert_string_equal(fa_gazetteer_country_code(gz, "cote d\xE2\x80\x99ivoire"), "CIV");
    assert_string_equal(fa_gazetteer_country_code(gz, "Russia"), "RUS");
    assert_string_equal(fa_gazetteer_country_code(gz, "Victoria"), "SYC");
    assert_null(fa_gazetteer_country_code(gz, "Atlantis"));
    assert_null(fa_gazetteer_country_code(gz, ""));
    assert_null(fa_gazetteer_country_code(gz, "European Union"));
}

static void test_lookup_official_name(void **state)
{
    (void)state;
    size_t amb = 99;
    const char *blinken[] = { "Blinken", "blinken", "antony blinken", "ANTONY J. BLINKEN" };
    for (size_t i = 0; i < sizeof blinken / sizeof *blinken; i++)
        assert_string_equal(fa_gazetteer_official_name(gz, blinken[i], &amb),
                            "Antony Blinken");
    assert_int_equal(amb, 0);
    /* two Pakistani Qureshis (Moeen, Prime Minister 1993) */
    assert_null(fa_gazetteer_official_name(gz, "qureshi", &amb));
    assert_int_equal(amb, 2);
    assert_string_equal(fa_gazetteer_official_name(gz, "Shah Mehmood Qureshi", NULL),
                        "Shah Mahmood Qureshi");
    assert_null(fa_gazetteer_official_name(gz, "Bush", &amb));
    assert_int_equal(amb, 2);
    assert_null(fa_gazetteer_official_name(gz, "Nobody Atall", &amb));
    assert_int_equal(amb, 0);
}

static void test_lookup_suggest(void **state)
{
    (void)state;
    const char *out[5];
    size_t n = fa_gazetteer_suggest(gz, FA_FACET_COUNTRY, "Pakistn", out, 5);
    assert_true(n >= 1);
    assert_string_equal(out[0], "PAK");
    n = fa_gazetteer_suggest(gz, FA_FACET_OFFICIAL, "Blinkin", out, 5);
    assert_true(n >= 1);
    assert_string_equal(out[0], "Antony Blinken");
    n = fa_gazetteer_suggest(gz, FA_FACET_COUNTRY, "Afganistan", out, 1);
    assert_int_equal(n, 1);
    assert_string_equal(out[0], "AFG");
    assert_int_equal(fa_gazetteer_suggest(gz, FA_FACET_COUNTRY, "qqqqqqqqqqqqqqqq", out, 5), 0);
    assert_int_equal(fa_gazetteer_suggest(gz, FA_FACET_OFFICIAL, "Blinkin", out, 0), 0);
}

static void test_lookup_display(void **state)
{
    (void)state;
    assert_string_equal(fa_gazetteer_country_name(gz, "PAK"), "Pakistan");
    assert_string_equal(fa_gazetteer_country_name(gz, "SUN"), "Soviet Union");
    assert_string_equal(fa_gazetteer_country_name(gz, "COD"),
                        "Democratic Republic of the Congo");
    assert_null(fa_gazetteer_country_name(gz, "XYZ"));
    assert_string_equal(fa_gazetteer_official_country(gz, "Antony Blinken"), "USA");
    assert_string_equal(fa_gazetteer_official_post(gz, "Antony Blinken"), "Secretary of State");
    assert_string_equal(fa_gazetteer_official_country(gz, "Shah Mahmood Qureshi"), "PAK");
    assert_string_equal(fa_gazetteer_official_post(gz, "Shah Mahmood Qureshi"),
                        "Minister for Foreign Affairs");
    assert_string_equal(fa_gazetteer_official_country(gz, "Joe Biden"), "USA");
    assert_null(fa_gazetteer_official_country(gz, "Rufus Firefly"));
    assert_null(fa_gazetteer_official_post(gz, "Rufus Firefly"));
}

/* ---- loading ------------------------------------------------------------ */

static void test_load_missing_dir(void **state)
{
    (void)state;
    char err[256] = "unchanged";
    fa_gazetteer *g = (fa_gazetteer *)&err;
    assert_int_equal(fa_gazetteer_load(&g, "/nonexistent/fa-gazetteer", err, sizeof err),
                     FA_EIO);
    assert_null(g);
    assert_non_null(strstr(err, "/nonexistent/fa-gazetteer/words.tsv"));
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void remove_dir(const char *dir)
{
    const char *names[] = { "words.tsv", "countries.tsv", "terms.tsv",
                            "officials.tsv", "titles.tsv", "context.tsv" };
    char path[512];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

static void test_load_bad_line_and_tiny_gazetteer(void **state)
{
    (void)state;
    char dir[] = "/tmp/fa-test-entity-XXXXXX";
    char err[256];
    fa_gazetteer *g = NULL;
    assert_non_null(mkdtemp(dir));
    write_file(dir, "words.tsv", "of\tf\n");
    write_file(dir, "countries.tsv", "# code kind name\nAAA\tc\tAlphaland\nBBB\tc\n");
    write_file(dir, "terms.tsv", "Alphaland\tAAA\tN\n");
    write_file(dir, "officials.tsv",
               "Ann Smith\tAAA\tPresident\tPresident\tSmith\t\t2001-2005 President\n");
    write_file(dir, "titles.tsv", "President\tPresident\to\tPresident\n");
    write_file(dir, "context.tsv", "");
    assert_int_equal(fa_gazetteer_load(&g, dir, err, sizeof err), FA_EINVAL);
    assert_null(g);
    assert_non_null(strstr(err, "countries.tsv:3"));

    write_file(dir, "countries.tsv", "AAA\tc\tAlphaland\n");
    write_file(dir, "terms.tsv", "Alphaland\tZZZ\tN\n");
    assert_int_equal(fa_gazetteer_load(&g, dir, err, sizeof err), FA_EINVAL);
    assert_non_null(strstr(err, "terms.tsv:1: unknown country code ZZZ"));

    write_file(dir, "terms.tsv", "Alphaland\tAAA\tN\nRepublic of Alphaland\tAAA\tN\n");
    assert_int_equal(fa_gazetteer_load(&g, dir, err, sizeof err), FA_OK);
    entities *e;
    const char *text = "President Smith of the Republic of Alphaland.";
    assert_int_equal(entities_extract(&e, g, text, strlen(text)), FA_OK);
    assert_int_equal(entities_ncountries(e), 1);
    assert_string_equal(entities_country(e, 0), "AAA");
    assert_int_equal(entities_nofficials(e), 1);
    assert_string_equal(entities_official(e, 0), "Ann Smith");
    entities_free(e);
    fa_gazetteer_free(g);
    remove_dir(dir);
}

/* ---- threads and the seed article --------------------------------------- */

typedef struct { const char *text; char out[1024]; } job;

static void *run_job(void *arg)
{
    job *j = arg;
    for (int k = 0; k < 50; k++) {
        entities *e;
        if (entities_extract(&e, gz, j->text, strlen(j->text)) != FA_OK)
            return NULL;
        j->out[0] = '\0';
        for (size_t i = 0; i < entities_ncountries(e); i++)
            join(j->out, sizeof j->out, entities_country(e, i));
        for (size_t i = 0; i < entities_nofficials(e); i++)
            join(j->out, sizeof j->out, entities_official(e, i));
        entities_free(e);
    }
    return NULL;
}

static void test_extract_shared_gazetteer_threads(void **state)
{
    (void)state;
    job a = { "President Joe Biden met Pakistani Foreign Minister Shah Mehmood Qureshi.", "" };
    job b = { "Chad and Jordan signed a treaty in Amman with Chinese envoys.", "" };
    pthread_t ta, tb;
    assert_int_equal(pthread_create(&ta, NULL, run_job, &a), 0);
    assert_int_equal(pthread_create(&tb, NULL, run_job, &b), 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    assert_string_equal(a.out, "PAK|Joe Biden|Shah Mahmood Qureshi");
    assert_string_equal(b.out, "CHN|JOR|TCD");
}

static void test_extract_seed_article(void **state)
{
    (void)state;
    FILE *f = fopen(SEED, "rb");
    if (!f) {
        printf("seed article %s not found: skipped\n", SEED);
        skip();
    }
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text, f);
    fclose(f);
    assert_true(n > 1000 && n < sizeof text);
    found got = extract_n(text, n);
    assert_string_equal(got.countries, "AFG|CHN|IND|PAK|RUS|USA");
    assert_string_equal(got.officials, "Antony Blinken|Joe Biden|Shah Mahmood Qureshi");
    assert_string_equal(got.titles, "Secretary of State|President|Foreign Minister");
}

/* ---- cost ----------------------------------------------------------------- */

/* n sentences "Foreign Minister Xxxx Yyyy spoke.", every name distinct, and
 * after each tenth a surname alone ("Minister Yyyy left."). Lower-case words
 * keep the lines from looking like headlines. */
static char *officials_text(size_t n, size_t *len)
{
    char *s = malloc(n * 64 * 2 + 1), *p = s;   /* under 64 bytes a line */
    assert_non_null(s);
    for (size_t i = 0; i < n; i++) {
        char a[5], b[5];
        for (size_t j = 0, x = i, y = i * 7919 + 13; j < 4; j++, x /= 26, y /= 26) {
            a[j] = (char)('a' + x % 26);
            b[j] = (char)('a' + y % 26);
        }
        a[4] = b[4] = '\0';
        /* "Zy" keeps every word a name: a bare "Bank" or "Amid" would end
         * it, and a surname alone is no value */
        p += snprintf(p, 64, "Foreign Minister Zy%s Zy%s spoke.%s", a, b,
                      i % 10 == 9 ? "\n\n" : " ");
        if (i % 10 == 9)
            p += snprintf(p, 64, "Minister Zy%s left. ", b);
    }
    *len = (size_t)(p - s);
    return s;
}

/* One sentence naming Georgia and Chad n times each: both have rules
 * about the whole sentence (Atlanta, hanging). */
static char *sentence_text(size_t n, size_t *len)
{
    char *s = malloc(n * 32 + 16), *p = s;
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        p += snprintf(p, 32, "Georgia and Chad and ");
    p += snprintf(p, 16, "Russia met.");
    *len = (size_t)(p - s);
    return s;
}

static double cpu_seconds_extracting(const char *text, size_t len, size_t want)
{
    struct timespec t0, t1;
    entities *e = NULL;
    assert_int_equal(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0), 0);
    assert_int_equal(entities_extract(&e, gz, text, len), FA_OK);
    assert_int_equal(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1), 0);
    if (want == (size_t)-1)
        assert_int_equal(entities_ncountries(e), 3);
    else
        assert_int_equal(entities_nofficials(e), want);
    entities_free(e);
    return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

/* Best of two CPU times of texts of n and 4n items (want: officials, or
 * -1 for the three countries of sentence_text()); asserts the ratio. */
static void assert_linear(char *(*make)(size_t, size_t *), size_t n, int officials)
{
    size_t l1, l4;
    char *t1 = make(n, &l1), *t4 = make(4 * n, &l4);
    double s1 = 1e9, s4 = 1e9;
    for (int r = 0; r < 2; r++) {
        double x = cpu_seconds_extracting(t1, l1, officials ? n : (size_t)-1);
        double y = cpu_seconds_extracting(t4, l4, officials ? 4 * n : (size_t)-1);
        s1 = x < s1 ? x : s1;
        s4 = y < s4 ? y : s4;
    }
    printf("%zu: %.4f s, %zu: %.4f s, ratio %.1f\n", n, s1, 4 * n, s4, s4 / s1);
    free(t1);
    free(t4);
    assert_true(s4 <= 9 * s1 + 0.005);
}

/* Four times the officials may cost about four times as much, not sixteen
 * (each title compared with every person found before it, issue 16). A
 * ratio of CPU times in one run, with a little slack for timer noise. */
static void test_extract_officials_linear(void **state)
{
    (void)state;
    assert_linear(officials_text, 2500, 1);
}

/* So may four times the mentions in one sentence (each read the whole
 * sentence once per rule, issue 16). */
static void test_extract_long_sentence_linear(void **state)
{
    (void)state;
    assert_linear(sentence_text, 1000, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_matcher_longest_match),
        cmocka_unit_test(test_matcher_possessives),
        cmocka_unit_test(test_matcher_case_rules),
        cmocka_unit_test(test_matcher_context_rules),
        cmocka_unit_test(test_matcher_lists_sorted_and_unique),
        cmocka_unit_test(test_matcher_length_not_terminator),
        cmocka_unit_test(test_titles_catch_unknown_officials),
        cmocka_unit_test(test_titles_overlong_name_dropped),
        cmocka_unit_test(test_titles_surname_resolution),
        cmocka_unit_test(test_titles_variants_merge),
        cmocka_unit_test(test_lookup_country_code),
        cmocka_unit_test(test_lookup_official_name),
        cmocka_unit_test(test_lookup_suggest),
        cmocka_unit_test(test_lookup_display),
        cmocka_unit_test(test_load_missing_dir),
        cmocka_unit_test(test_load_bad_line_and_tiny_gazetteer),
        cmocka_unit_test(test_extract_shared_gazetteer_threads),
        cmocka_unit_test(test_extract_seed_article),
        cmocka_unit_test(test_extract_officials_linear),
        cmocka_unit_test(test_extract_long_sentence_linear),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
