/* test_date.c - indexer/date.c: every accepted form gives the day and the
 * timestamp a reader of the source would, and every refused date says
 * what is wrong with it (issue 12: an 18,400-article wire archive dated
 * 1987-02-26T15:01:01.79 had every date refused).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../indexer/date.h"
#include "fa_error.h"

/* in parses, to day 'day' and timestamp 'stamp' ("" for none). */
static void good(const char *in, const char *day, const char *stamp)
{
    date_value v;
    char err[512] = "";
    int rc = date_parse(&v, in, strlen(in), err, sizeof err);
    if (rc != FA_OK)
        fail_msg("'%s' refused: %s", in, err);
    if (strcmp(v.day, day) != 0 || strcmp(v.stamp, stamp) != 0)
        fail_msg("'%s' gave day '%s' stamp '%s', want '%s' '%s'", in, v.day, v.stamp, day, stamp);
}

/* in is refused with a message containing 'why'. */
static void refused(const char *in, const char *why)
{
    date_value v;
    char err[512] = "";
    int rc = date_parse(&v, in, strlen(in), err, sizeof err);
    if (rc != FA_EINVAL)
        fail_msg("'%s' accepted as '%s' '%s'", in, v.day, v.stamp);
    if (!strstr(err, why))
        fail_msg("'%s' refused with '%s', want it to say '%s'", in, err, why);
}

static void test_date_iso_reduced_precision(void **state)
{
    (void)state;
    good("2021", "2021", "");
    good("2021-09", "2021-09", "");
    good(" 2021-09-23\n", "2021-09-23", "");
    good("2024-02-29", "2024-02-29", "");
}

static void test_date_iso_datetimes(void **state)
{
    (void)state;
    good("1987-02-26T15:01:01.79", "1987-02-26", "1987-02-26T15:01:01.79");
    good("2021-09-23T10:00:00Z", "2021-09-23", "2021-09-23T10:00:00Z");
    good("2021-09-23t10:00:00z", "2021-09-23", "2021-09-23T10:00:00Z");
    good("2021-09-23T10:00:00+05:00", "2021-09-23", "2021-09-23T10:00:00+05:00");
    good("2021-09-23T10:00:00.123456789-0330", "2021-09-23", "2021-09-23T10:00:00.123456789-03:30");
    good("2021-09-23T10:00+01", "2021-09-23", "2021-09-23T10:00:00+01:00");
    good("2021-09-23 10:00:00", "2021-09-23", "2021-09-23T10:00:00");
    good("2016-12-31T23:59:60Z", "2016-12-31", "2016-12-31T23:59:60Z");   /* a leap second */
    /* The day as written, in the writer's zone, not the UTC day. */
    good("2021-09-23T23:30:00-05:00", "2021-09-23", "2021-09-23T23:30:00-05:00");
}

static void test_date_rfc2822(void **state)
{
    (void)state;
    good("Thu, 23 Sep 2021 10:00:00 GMT", "2021-09-23", "2021-09-23T10:00:00Z");
    good("Thu, 23 Sep 2021 10:00:00 +0000", "2021-09-23", "2021-09-23T10:00:00+00:00");
    good("Thu, 23 Sep 2021 10:00:00 -0700", "2021-09-23", "2021-09-23T10:00:00-07:00");
    good("23 Sep 2021 10:00 EDT", "2021-09-23", "2021-09-23T10:00:00-04:00");
    good("Fri, 2 Oct 98 08:00:00 UT", "1998-10-02", "1998-10-02T08:00:00Z");
    good("Mon, 3 Jan 05 1:02:03 pst", "2005-01-03", "2005-01-03T01:02:03-08:00");
}

static void test_date_header_forms(void **state)
{
    (void)state;
    good("23 September 2021", "2021-09-23", "");
    good("September 23, 2021", "2021-09-23", "");
    good("Sept. 23, 2021", "2021-09-23", "");
    good("Sep 23 2021", "2021-09-23", "");
    good("sep. 3, 2021", "2021-09-03", "");
    good("Thursday, 23 September 2021", "2021-09-23", "");
    good("Thursday, September 23, 2021 at 10:15", "2021-09-23", "2021-09-23T10:15:00");
    good("May 1, 1990", "1990-05-01", "");
}

static void test_date_no_such_day(void **state)
{
    (void)state;
    refused("2024-02-30", "no such day (30): February 2024 has 29 days");
    refused("2023-02-29", "no such day (29): February 2023 has 28 days");
    refused("2021-04-31T10:00:00Z", "no such day");
    refused("31 April 2021", "no such day (31): April 2021 has 30 days");
    refused("Feb 30, 2021", "no such day");
    refused("2021-09-00", "no such day (0)");
}

static void test_date_no_such_month(void **state)
{
    (void)state;
    refused("2021-13-01", "no such month (13): months are 1-12");
    refused("2021-00", "no such month (0)");
}

static void test_date_bad_time(void **state)
{
    (void)state;
    refused("2021-09-23T24:00:00Z", "no such hour (24)");
    refused("2021-09-23T10:60:00Z", "no such minute (60)");
    refused("2021-09-23T10:00:61Z", "no such second (61)");
    refused("2021-09-23T10:00:00+15:00", "no such time zone offset (+15:00)");
    refused("2021-09-23T10:00:00.1234567890Z", "more than 9 digits");
    refused("Thu, 23 Sep 2021 10:00:00 XYZ", "unknown time zone 'XYZ'");
}

static void test_date_unparseable_names_the_forms(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "yesterday", "31/12/2020", "", "2021-9-23", "2021-09-23T", "2021-09-23X",
        "23 Septembre 2021", "September 2021", "Sep 123 2021", "20210923",
        "2021-09-23T10:00:00Z trailing", "1 Jan 12345", "Jan", "1e5",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        refused(bad[i], "not a date in a form fa reads: YYYY, YYYY-MM, YYYY-MM-DD, an ISO 8601");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_iso_reduced_precision),
        cmocka_unit_test(test_date_iso_datetimes),
        cmocka_unit_test(test_date_rfc2822),
        cmocka_unit_test(test_date_header_forms),
        cmocka_unit_test(test_date_no_such_day),
        cmocka_unit_test(test_date_no_such_month),
        cmocka_unit_test(test_date_bad_time),
        cmocka_unit_test(test_date_unparseable_names_the_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
