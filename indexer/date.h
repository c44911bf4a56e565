/* date.h - the dates articles come with, read into one form: the day
 * (YYYY, YYYY-MM or YYYY-MM-DD, which fa_date_normalize stores as a
 * sortable value) and, when a time of day was given, the full timestamp.
 *
 * Accepted (surrounding blanks ignored, month and weekday names in English,
 * any case):
 *   ISO 8601   2021, 2021-09, 2021-09-23, 2021-09-23T10:00[:00[.79]]
 *              with T or one space before the time, and optionally Z or an
 *              offset (+05:00, +0500, +05, -03:30)
 *   RFC 2822   [Thu, ]23 Sep 2021 10:00[:00] GMT|UT|UTC|Z|EST|EDT|CST|CDT|
 *              MST|MDT|PST|PDT|+HHMM (RSS pubDate; a two-digit year is
 *              19YY from 50, else 20YY, as RFC 2822 says)
 *   headers    23 September 2021, September 23, 2021, Sept. 23, 2021,
 *              Sep 23 2021, Thursday, 23 September 2021 (a time and zone
 *              may follow, as in RFC 2822)
 * The day is the calendar day as written, in the source's own time zone:
 * 2021-09-23T23:30:00-05:00 is 23 September (it is the 24th in UTC), the
 * day the source dated it. The timestamp keeps the zone it was written in.
 * Deciding what to do with a refused date is the caller's.
 */
#ifndef DATE_H
#define DATE_H

#include <stddef.h>

/* "YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM" and a NUL fit. */
#define DATE_FRACTION_MAX_DIGITS 9
#define DATE_STAMP_MAX 40

typedef struct date_value {
    char day[11];              /* "YYYY", "YYYY-MM" or "YYYY-MM-DD"          */
    char stamp[DATE_STAMP_MAX]; /* "YYYY-MM-DDTHH:MM:SS[.f...][Z|+HH:MM]", or
                                 * "" when no time of day was given          */
} date_value;

/* Read in[0..len) into *out. FA_OK, or FA_EINVAL with errbuf saying what
 * is wrong: "no such day" (2024-02-30, with the month's length), "no such
 * month" (2021-13-01), "no such hour/minute/second", "no such time zone
 * offset" (beyond 14 hours), or, for text in none of the forms, which
 * forms are accepted. */
int date_parse(date_value *out, const char *in, size_t len,
               char *errbuf, size_t errlen);

#endif
