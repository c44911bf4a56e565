/* date.c - dates in ISO 8601, RFC 2822 and article-header forms, read into
 * a day and a timestamp (see date.h). A small hand parser: strptime()
 * depends on the locale and says nothing about what was wrong. A weekday
 * that does not match the date is ignored, as feed readers do: the date
 * is the information, the weekday decoration.
 */
#include "date.h"
#include "fa_error.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct parts {
    int  y, m, d;             /* m, d 0: not given                      */
    int  have_time;
    int  hh, mi, ss;
    char frac[DATE_FRACTION_MAX_DIGITS + 1];   /* digits after the point */
    char zone[8];             /* "", "Z" or "+HH:MM"                     */
} parts;

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"
};
static const char *const weekday_names[7] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

static const char FORMS[] =
    "not a date in a form fa reads: YYYY, YYYY-MM, YYYY-MM-DD, an ISO 8601 date-time "
    "(2021-09-23T10:00:00Z, with a fraction or an offset such as +05:00), RFC 2822 "
    "('Thu, 23 Sep 2021 10:00:00 GMT'), '23 September 2021', 'September 23, 2021', "
    "'Sept. 23, 2021'";

static int forms(char *err, size_t errlen)
{
    snprintf(err, errlen, "%s", FORMS);
    return FA_EINVAL;
}

#define FAIL(...) (snprintf(err, errlen, __VA_ARGS__), FA_EINVAL)

static int leap(int y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int days_in(int y, int m)
{
    static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : md[m - 1];
}

/* The month and day exist; the time of day and the offset too. */
static int check(const parts *t, char *err, size_t errlen)
{
    static const char *const cap[12] = {
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"
    };
    if (t->m < 0 || t->m > 12 || (t->m == 0 && t->d))
        return FAIL("no such month (%d): months are 1-12", t->m);
    if (t->d && (t->d < 1 || t->d > days_in(t->y, t->m)))
        return FAIL("no such day (%d): %s %d has %d days", t->d, cap[t->m - 1],
                    t->y, days_in(t->y, t->m));
    if (t->m && t->d == 0 && t->have_time)
        return FAIL("a time of day needs a whole date");
    if (!t->have_time)
        return FA_OK;
    if (t->hh > 23)
        return FAIL("no such hour (%d): hours are 0-23", t->hh);
    if (t->mi > 59)
        return FAIL("no such minute (%d): minutes are 0-59", t->mi);
    if (t->ss > 60)   /* 60: a leap second */
        return FAIL("no such second (%d): seconds are 0-60", t->ss);
    return FA_OK;
}

/* n digits at *p (exactly n), as a number; -1 when they are not there. */
static int num(const char **p, const char *end, int n)
{
    int v = 0;
    if (end - *p < n)
        return -1;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)(*p)[i]))
            return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    return v;
}

/* An offset from UTC: +HH:MM, +HHMM or +HH (also with '-'). */
static int offset(parts *t, const char **pp, const char *end, char *err, size_t errlen)
{
    const char *p = *pp;
    char sign = *p++;
    int h = num(&p, end, 2), m = 0;

    if (h < 0)
        return forms(err, errlen);
    if (p < end && *p == ':')
        p++;
    if (p < end && (m = num(&p, end, 2)) < 0)
        return forms(err, errlen);
    if (h > 14 || m > 59)
        return FAIL("no such time zone offset (%c%02d:%02d): offsets are within 14 hours",
                    sign, h, m);
    snprintf(t->zone, sizeof t->zone, "%c%02d:%02d", sign, h, m);
    *pp = p;
    return FA_OK;
}

/* HH:MM[:SS[.fraction]] at *pp. */
static int clock_time(parts *t, const char **pp, const char *end, char *err, size_t errlen)
{
    const char *p = *pp;
    size_t nf = 0;

    if ((t->hh = num(&p, end, 2)) < 0 && (t->hh = num(&p, end, 1)) < 0)
        return forms(err, errlen);
    if (p >= end || *p != ':' || (++p, (t->mi = num(&p, end, 2)) < 0))
        return forms(err, errlen);
    if (p < end && *p == ':') {
        p++;
        if ((t->ss = num(&p, end, 2)) < 0)
            return forms(err, errlen);
        if (p < end && (*p == '.' || *p == ',') && p + 1 < end && isdigit((unsigned char)p[1])) {
            for (p++; p < end && isdigit((unsigned char)*p); p++) {
                if (nf == DATE_FRACTION_MAX_DIGITS)
                    return FAIL("a fraction of a second of more than %d digits",
                                DATE_FRACTION_MAX_DIGITS);
                t->frac[nf++] = *p;
            }
        }
    }
    t->frac[nf] = '\0';
    t->have_time = 1;
    *pp = p;
    return FA_OK;
}

static int iso(parts *t, const char *p, const char *end, char *err, size_t errlen)
{
    int rc;

    t->y = num(&p, end, 4);
    if (p < end && *p == '-') {
        p++;
        if ((t->m = num(&p, end, 2)) < 0)
            return forms(err, errlen);
        if (t->m == 0)
            return FAIL("no such month (0): months are 1-12");
        if (p < end && *p == '-') {
            p++;
            if ((t->d = num(&p, end, 2)) < 0)
                return forms(err, errlen);
            if (t->d == 0)
                return FAIL("no such day (0): days are counted from 1");
            if (p < end && (*p == 'T' || *p == 't' || *p == ' ')) {
                p++;
                if ((rc = clock_time(t, &p, end, err, errlen)) < 0)
                    return rc;
                if (p < end && (*p == 'Z' || *p == 'z')) {
                    strcpy(t->zone, "Z");
                    p++;
                } else if (p < end && (*p == '+' || *p == '-')) {
                    if ((rc = offset(t, &p, end, err, errlen)) < 0)
                        return rc;
                }
            }
        }
    }
    if (p != end)
        return forms(err, errlen);
    return FA_OK;
}

/* ---------------------------------------- RFC 2822 and header forms */

typedef struct tok {
    enum { T_END, T_WORD, T_NUM, T_OTHER } kind;
    const char *s;
    size_t      n;        /* letters or digits, without a trailing '.' */
} tok;

static const char *skip_blanks(const char *p, const char *end)
{
    while (p < end && (isspace((unsigned char)*p) || *p == ','))
        p++;
    return p;
}

static tok next(const char **pp, const char *end)
{
    const char *p = skip_blanks(*pp, end);
    tok t = {T_END, p, 0};

    if (p == end) {
        *pp = p;
        return t;
    }
    if (isalpha((unsigned char)*p)) {
        t.kind = T_WORD;
        while (p < end && isalpha((unsigned char)*p))
            p++;
        t.n = (size_t)(p - t.s);
        if (p < end && *p == '.')
            p++;          /* "Sept." and "Thu." */
    } else if (isdigit((unsigned char)*p)) {
        t.kind = T_NUM;
        while (p < end && isdigit((unsigned char)*p))
            p++;
        t.n = (size_t)(p - t.s);
    } else {
        t.kind = T_OTHER;
        t.n = 1;
        p++;
    }
    *pp = p;
    return t;
}

/* Index (0-based) of the name a word begins, in at least three letters
 * ("Sep", "Sept", "September"; "Thu", "Thurs"); -1 when none. The first
 * three letters tell every month and weekday apart. */
static int name_of(const tok *t, const char *const *names, int count)
{
    if (t->kind != T_WORD || t->n < 3)
        return -1;
    for (int i = 0; i < count; i++)
        if (t->n <= strlen(names[i]) && strncasecmp(t->s, names[i], t->n) == 0)
            return i;
    return -1;
}

static int tok_num(const tok *t)
{
    int v = 0;
    for (size_t i = 0; i < t->n; i++)
        v = v * 10 + (t->s[i] - '0');
    return v;
}

static const struct { const char *name; const char *zone; } zones[] = {
    {"GMT", "Z"}, {"UT", "Z"}, {"UTC", "Z"}, {"Z", "Z"},
    {"EST", "-05:00"}, {"EDT", "-04:00"}, {"CST", "-06:00"}, {"CDT", "-05:00"},
    {"MST", "-07:00"}, {"MDT", "-06:00"}, {"PST", "-08:00"}, {"PDT", "-07:00"},
};

static int words(parts *t, const char *p, const char *end, char *err, size_t errlen)
{
    tok a = next(&p, end), b, c;
    int rc;

    if (name_of(&a, weekday_names, 7) >= 0)
        a = next(&p, end);
    b = next(&p, end);
    c = next(&p, end);
    if (a.kind == T_NUM && a.n <= 2 && name_of(&b, month_names, 12) >= 0 && c.kind == T_NUM) {
        t->d = tok_num(&a);                          /* 23 September 2021 */
        t->m = name_of(&b, month_names, 12) + 1;
    } else if (name_of(&a, month_names, 12) >= 0 && b.kind == T_NUM && b.n <= 2 &&
               c.kind == T_NUM) {
        t->m = name_of(&a, month_names, 12) + 1;     /* September 23, 2021 */
        t->d = tok_num(&b);
    } else {
        return forms(err, errlen);
    }
    if (c.n == 4)
        t->y = tok_num(&c);
    else if (c.n == 2)
        t->y = tok_num(&c) + (tok_num(&c) >= 50 ? 1900 : 2000);
    else
        return forms(err, errlen);

    p = skip_blanks(p, end);
    if (end - p >= 2 && strncasecmp(p, "at", 2) == 0 && (end - p == 2 || p[2] == ' '))
        p = skip_blanks(p + 2, end);
    if (p < end && isdigit((unsigned char)*p)) {
        if ((rc = clock_time(t, &p, end, err, errlen)) < 0)
            return rc;
        p = skip_blanks(p, end);
        if (p < end && (*p == '+' || *p == '-')) {
            if ((rc = offset(t, &p, end, err, errlen)) < 0)
                return rc;
        } else if (p < end) {
            const char *w = p;
            while (p < end && isalpha((unsigned char)*p))
                p++;
            size_t wn = (size_t)(p - w);
            for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
                if (wn && wn == strlen(zones[i].name) && strncasecmp(w, zones[i].name, wn) == 0)
                    snprintf(t->zone, sizeof t->zone, "%s", zones[i].zone);
            if (wn == 0)
                return forms(err, errlen);
            if (!t->zone[0])
                return FAIL("unknown time zone '%.*s' (known: GMT, UT, UTC, Z, EST, EDT, CST, "
                            "CDT, MST, MDT, PST, PDT, or an offset such as +0500)", (int)wn, w);
        }
        p = skip_blanks(p, end);
    }
    if (p != end)
        return forms(err, errlen);
    return FA_OK;
}

int date_parse(date_value *out, const char *in, size_t len, char *errbuf, size_t errlen)
{
    parts t;
    const char *end = in + len;
    int rc;

    memset(&t, 0, sizeof t);
    memset(out, 0, sizeof *out);
    while (in < end && isspace((unsigned char)*in))
        in++;
    while (end > in && isspace((unsigned char)end[-1]))
        end--;
    if (end - in >= 4 && isdigit((unsigned char)in[0]) && isdigit((unsigned char)in[1]) &&
        isdigit((unsigned char)in[2]) && isdigit((unsigned char)in[3]) &&
        (end - in == 4 || in[4] == '-'))
        rc = iso(&t, in, end, errbuf, errlen);
    else
        rc = words(&t, in, end, errbuf, errlen);
    if (rc < 0 || (rc = check(&t, errbuf, errlen)) < 0)
        return rc;
    if (t.m == 0)
        snprintf(out->day, sizeof out->day, "%04d", t.y);
    else if (t.d == 0)
        snprintf(out->day, sizeof out->day, "%04d-%02d", t.y, t.m);
    else
        snprintf(out->day, sizeof out->day, "%04d-%02d-%02d", t.y, t.m, t.d);
    if (t.have_time)
        snprintf(out->stamp, sizeof out->stamp, "%sT%02d:%02d:%02d%s%s%s", out->day,
                 t.hh, t.mi, t.ss, t.frac[0] ? "." : "", t.frac, t.zone);
    return FA_OK;
}
