/* article.c - parse .txt and JSON Lines articles into fa_article (see
 * article.h). JSON is parsed by json-c; the header, dateline and title
 * rules are ours. */
#include "article.h"
#include "fa_error.h"
#include "fa_utf8.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Copy src into a fresh buffer as valid UTF-8 in which no control
 * character is left. A control character separates what stands on either
 * side, it never glues it: line breaks (a lone CR, CRLF, VT, FF, NEL
 * U+0085, LS U+2028, PS U+2029) become '\n', any other C0 or C1 control
 * (NUL, ESC, DEL, U+0080-U+009F) a space, or nothing when a blank or the
 * end of the text is beside it already (so "a \0 b" keeps one gap). 337
 * UNGDC speeches use a bare CR as their line break: dropping it made
 * "bacterial\rweapons" the one word "bacterialweapons". Only the second
 * kind is damage (ARTICLE_FIXED_CONTROL) when it is C0 or DEL; line
 * breaks and C1 controls (well-formed UTF-8) are not reported. */
static int clean(char **out, size_t *outlen, const char *src, size_t len,
                 unsigned *fixed)
{
    const unsigned char *s = (const unsigned char *)src;
    /* Each bad byte may grow to 3 bytes (U+FFFD). */
    char *d = malloc(len * 3 + 1);
    size_t i = 0, n = 0;

    *out = NULL;
    if (!d)
        return FA_ENOMEM;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;   /* a byte-order mark says nothing in UTF-8 */
    while (i < len) {
        unsigned c = s[i];
        size_t k = 1;
        int brk = 0, ctl = 0;

        if (c < 0x80) {
            if (c == '\r') {
                brk = 1;
                if (i + 1 < len && s[i + 1] == '\n')
                    k = 2;           /* CRLF is one line break */
            } else if (c == '\n' || c == '\f' || c == '\v') {
                brk = 1;
            } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
                ctl = 1;
            } else {
                d[n++] = (char)c;
                i++;
                continue;
            }
        } else if ((k = fa_utf8_decode(src + i, len - i, NULL)) == 0) {
            memcpy(d + n, FA_UTF8_REPLACEMENT, 3);
            n += 3;
            i++;
            *fixed |= ARTICLE_FIXED_UTF8;
            continue;
        } else if (k == 2 && c == 0xC2 && s[i + 1] <= 0x9F) {
            if (s[i + 1] == 0x85) {
                brk = 1;             /* NEL */
            } else {
                /* The other C1 controls: a space, not reported. They are
                 * well-formed UTF-8 (UNGDC has U+0092 for apostrophes,
                 * from a misread windows-1252), and were kept silently
                 * before; what matters is that they separate words. */
                if (n && d[n - 1] != ' ' && d[n - 1] != '\t' && d[n - 1] != '\n' &&
                    i + k < len && !strchr(" \t\r\n", s[i + k]))
                    d[n++] = ' ';
                i += k;
                continue;
            }
        } else if (k == 3 && c == 0xE2 && s[i + 1] == 0x80 &&
                   (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
            brk = 1;                 /* LINE / PARAGRAPH SEPARATOR */
        } else {
            memcpy(d + n, s + i, k);
            n += k;
            i += k;
            continue;
        }
        if (brk) {
            d[n++] = '\n';
        } else {
            assert(ctl);
            *fixed |= ARTICLE_FIXED_CONTROL;
            if (n && d[n - 1] != ' ' && d[n - 1] != '\t' && d[n - 1] != '\n' &&
                i + k < len && !strchr(" \t\r\n", s[i + k]))
                d[n++] = ' ';
        }
        i += k;
    }
    d[n] = '\0';
    *out = d;
    *outlen = n;
    return FA_OK;
}

int article_escape_id(char **out, size_t *outlen, const char *src, size_t len,
                      int *changed)
{
    const unsigned char *s = (const unsigned char *)src;
    char *d = malloc(len * 4 + 1);   /* each bad byte grows to 4 ("\\xHH") */
    size_t i = 0, n = 0;

    *out = NULL;
    *changed = 0;
    if (!d)
        return FA_ENOMEM;
    while (i < len) {
        size_t k = s[i] < 0x80 ? 1 : fa_utf8_decode(src + i, len - i, NULL);
        if (k == 0 || s[i] < 0x20 || s[i] == 0x7F) {
            snprintf(d + n, 5, "\\x%02x", s[i]);
            n += 4;
            i++;
            *changed = 1;
            continue;
        }
        memcpy(d + n, s + i, k);
        n += k;
        i += k;
    }
    d[n] = '\0';
    *out = d;
    *outlen = n;
    return FA_OK;
}

static int set_id(fa_article *a, const char *k, const char *v, size_t len, unsigned *fixed)
{
    char *c = NULL;
    size_t n = 0;
    int changed = 0;
    int rc = article_escape_id(&c, &n, v, len, &changed);
    if (rc == FA_OK)
        rc = fa_article_set(a, k, c, n);
    if (changed)
        *fixed |= ARTICLE_FIXED_ID;
    free(c);
    return rc;
}

int article_set_clean(fa_article *a, const char *key, const char *v, size_t len,
                      unsigned *fixed)
{
    char *c = NULL;
    size_t n = 0;
    int rc = clean(&c, &n, v, len, fixed);
    if (rc == FA_OK)
        rc = fa_article_set(a, key, c, n);
    free(c);
    return rc;
}

static const char *trim(const char *s, size_t *len)
{
    while (*len && isspace((unsigned char)*s))
        s++, (*len)--;
    while (*len && isspace((unsigned char)s[*len - 1]))
        (*len)--;
    return s;
}

/* ----------------------------------------------------------- .txt files */

static const char *const known_keys[] = {
    "id", "title", "date", "source", "url", "author", NULL
};

/* Is line[0..len) a `Key: value` header line? Sets the key's length. */
static int header_line(const char *line, size_t len, size_t *klen)
{
    size_t i = 0;
    if (!len || !isalpha((unsigned char)line[0]))
        return 0;
    while (i < len && (isalnum((unsigned char)line[i]) || line[i] == '-' || line[i] == '_'))
        i++;
    if (i == len || line[i] != ':' || i > 40)
        return 0;
    *klen = i;
    return 1;
}

/* A header is recognised only when every line before the first blank line
 * is `Key: value` and at least one key is a well-known one: a body that
 * happens to start with "Note: ..." stays body. Returns the offset of the
 * body, or 0 when there is no header. */
static size_t header_end(const char *buf, size_t len)
{
    size_t pos = 0;
    int known = 0;
    while (pos < len) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - buf) : len, llen = end - pos, klen;
        const char *line = buf + pos;
        if (llen && line[llen - 1] == '\r')
            llen--;
        if (llen == 0)
            return pos == 0 ? 0 : (known ? end + (nl ? 1 : 0) : 0);
        if (!header_line(line, llen, &klen))
            return 0;
        for (const char *const *k = known_keys; *k; k++)
            if (strlen(*k) == klen && strncasecmp(*k, line, klen) == 0)
                known = 1;
        if (!nl)
            return 0;   /* a header with no body after it: treat as body */
        pos = end + 1;
    }
    return 0;
}

int article_parse_txt(fa_article *a, const char *buf, size_t len,
                      unsigned *fixed, char *errbuf, size_t errlen)
{
    char *text = NULL;
    size_t tlen = 0, body, pos = 0;
    int rc;

    fa_article_clear(a);
    *fixed = 0;
    /* Clean first, so that the header scan sees the same bytes we store. */
    if ((rc = clean(&text, &tlen, buf, len, fixed)) < 0)
        goto out;
    body = header_end(text, tlen);
    while (pos < body) {
        const char *line = text + pos, *nl = memchr(line, '\n', body - pos);
        size_t llen = nl ? (size_t)(nl - line) : body - pos, klen = 0, vlen;
        char key[48];
        pos += llen + 1;
        if (llen == 0)
            break;
        header_line(line, llen, &klen);
        memcpy(key, line, klen);
        key[klen] = '\0';
        vlen = llen - klen - 1;
        const char *v = trim(line + klen + 1, &vlen);
        if ((rc = fa_article_set(a, key, v, vlen)) < 0)
            goto out;
    }
    {
        size_t blen = tlen - body;
        const char *b = trim(text + body, &blen);
        if (blen == 0) {
            snprintf(errbuf, errlen, "article has no text");
            rc = FA_EINVAL;
            goto out;
        }
        if ((rc = fa_article_set(a, FA_F_TEXT, b, blen)) < 0)
            goto out;
    }
    rc = article_complete(a);
out:
    free(text);
    return rc;
}

/* ------------------------------------------------------------- JSON Lines */

static int hex4(const char *p, size_t n, unsigned *v)
{
    *v = 0;
    if (n < 4)
        return 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                   : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                   : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16;
        if (d == 16)
            return 0;
        *v = *v * 16 + d;
    }
    return 1;
}

/* json-c decodes a lone UTF-16 surrogate escape ("\ud800", a high one
 * not followed by a low one, or a low one alone) as U+FFFD, so "x\ud800",
 * "x\udfff" and "x\ufffd" would become one string. Before parsing,
 * each lone surrogate escape gets a second backslash: the string then
 * holds the six characters of the escape as text ("x\ud800" is stored as
 * x\ud800), which stays distinct and can be typed back. Sets *out to a
 * fresh copy of the line when any was found (NULL when none); FA_OK or
 * FA_ENOMEM. Only backslashes inside strings are looked at; outside a
 * string a backslash is a JSON error that json-c reports. */
static int escape_lone_surrogates(char **out, size_t *outlen, const char *line, size_t len)
{
    char *d = NULL;
    size_t n = 0, copied = 0;
    int in_str = 0;

    *out = NULL;
    for (size_t i = 0; i < len; i++) {
        unsigned v, w;
        if (line[i] == '"') {
            in_str = !in_str;
            continue;
        }
        if (!in_str || line[i] != '\\')
            continue;
        if (i + 1 < len && line[i + 1] == 'u' && hex4(line + i + 2, len - i - 2, &v) &&
            v >= 0xD800 && v <= 0xDFFF) {
            if (v <= 0xDBFF && i + 12 <= len && line[i + 6] == '\\' && line[i + 7] == 'u' &&
                hex4(line + i + 8, len - i - 8, &w) && w >= 0xDC00 && w <= 0xDFFF) {
                i += 11;   /* a pair: one code point, fine */
                continue;
            }
            if (!d && !(d = malloc(len * 2 + 1)))
                return FA_ENOMEM;
            memcpy(d + n, line + copied, i - copied);
            n += i - copied;
            d[n++] = '\\';
            copied = i;   /* the escape itself is copied after the added backslash */
            i += 5;
            continue;
        }
        i++;   /* any other escape: skip the escaped character */
    }
    if (!d)
        return FA_OK;
    memcpy(d + n, line + copied, len - copied);
    n += len - copied;
    d[n] = '\0';
    *out = d;
    *outlen = n;
    return FA_OK;
}

/* Is s[0..n) an integer literal (-?[0-9]+) too large for json-c's 64-bit
 * integers, which saturate (123456789012345678901234567890 became
 * 18446744073709551615)? */
static int big_integer(const char *s, size_t n)
{
    char buf[64];
    size_t i = s[0] == '-';
    if (i == n)
        return 0;
    for (size_t j = i; j < n; j++)
        if (s[j] < '0' || s[j] > '9')
            return 0;
    if (n - i < 19)
        return 0;
    if (n >= sizeof buf)
        return 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    errno = 0;
    if (s[0] == '-')
        (void)strtoll(buf, NULL, 10);
    else
        (void)strtoull(buf, NULL, 10);
    return errno == ERANGE;
}

/* Integer literals too large for 64 bits get "E0" appended before
 * parsing, so that json-c makes doubles of them, which keep their text;
 * unmark_big_integers() then takes the "E0" off again. *out as in
 * escape_lone_surrogates(). */
static int mark_big_integers(char **out, size_t *outlen, const char *line, size_t len)
{
    char *d = NULL;
    size_t n = 0, copied = 0;
    int in_str = 0;

    *out = NULL;
    for (size_t i = 0; i < len; i++) {
        if (in_str) {
            if (line[i] == '\\')
                i++;
            else if (line[i] == '"')
                in_str = 0;
            continue;
        }
        if (line[i] == '"') {
            in_str = 1;
            continue;
        }
        if (line[i] != '-' && !(line[i] >= '0' && line[i] <= '9'))
            continue;
        size_t e = i;
        while (e < len && (line[e] == '-' || line[e] == '+' || line[e] == '.' ||
                           line[e] == 'e' || line[e] == 'E' || (line[e] >= '0' && line[e] <= '9')))
            e++;
        if (big_integer(line + i, e - i)) {
            if (!d && !(d = malloc(len * 2 + 3)))
                return FA_ENOMEM;
            memcpy(d + n, line + copied, e - copied);
            n += e - copied;
            memcpy(d + n, "E0", 2);
            n += 2;
            copied = e;
        }
        i = e - 1;
    }
    if (!d)
        return FA_OK;
    memcpy(d + n, line + copied, len - copied);
    n += len - copied;
    d[n] = '\0';
    *out = d;
    *outlen = n;
    return FA_OK;
}

/* The length of the literal of a number marked by mark_big_integers()
 * (*lit, borrowed from o, is followed by the "E0"), or 0 when o is no
 * such number. */
static size_t big_literal(json_object *o, const char **lit)
{
    size_t n;
    if (!json_object_is_type(o, json_type_double))
        return 0;
    *lit = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);
    n = strlen(*lit);
    if (n < 3 || strcmp(*lit + n - 2, "E0") != 0 || !big_integer(*lit, n - 2))
        return 0;
    return n - 2;
}

/* The same for a number unmark_big_integers() has restored: json-c makes
 * a double only of a literal with '.', 'e' or 'E', so a double that prints
 * as a bare integer is one of ours. */
static size_t restored_big_literal(json_object *o, const char **lit)
{
    size_t n;
    if (!json_object_is_type(o, json_type_double))
        return 0;
    *lit = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);
    n = strlen(*lit);
    return big_integer(*lit, n) ? n : 0;
}

/* o's marked number 'val' replaced by one that prints as written. */
static json_object *unmarked(json_object *val, const char *lit, size_t n)
{
    char *s = strndup(lit, n);
    json_object *v = s ? json_object_new_double_s(json_object_get_double(val), s) : NULL;
    free(s);
    return v;
}

/* Give each marked number inside o (objects and arrays, at json-c's
 * depth limit at most) its text as written. FA_OK or FA_ENOMEM. */
static int unmark_big_integers(json_object *o)
{
    const char *lit = NULL;
    size_t n;
    if (json_object_is_type(o, json_type_object)) {
        json_object_object_foreach(o, key, val) {
            if ((n = big_literal(val, &lit))) {
                json_object *v = unmarked(val, lit, n);
                if (!v || json_object_object_add(o, key, v) < 0)
                    return FA_ENOMEM;
            } else if (unmark_big_integers(val) < 0)
                return FA_ENOMEM;
        }
    } else if (json_object_is_type(o, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(o); i++) {
            json_object *val = json_object_array_get_idx(o, i);
            if ((n = big_literal(val, &lit))) {
                json_object *v = unmarked(val, lit, n);
                if (!v || json_object_array_put_idx(o, i, v) < 0)
                    return FA_ENOMEM;
            } else if (unmark_big_integers(val) < 0)
                return FA_ENOMEM;
        }
    }
    return FA_OK;
}

static const char *type_name(json_object *o)
{
    return o ? json_type_to_name(json_object_get_type(o)) : "null";
}

int article_parse_json(fa_article *a, const char *line, size_t len,
                       unsigned *fixed, char *errbuf, size_t errlen)
{
    json_tokener *tok = NULL;
    json_object *obj = NULL;
    char *fixedline = NULL;   /* the line with lone surrogates escaped, owned */
    char *bigline = NULL;     /* ... and big integers marked, owned         */
    size_t fixedlen = 0, biglen = 0;
    int rc = FA_EINVAL, have_text = 0;

    fa_article_clear(a);
    *fixed = 0;
    if (!(tok = json_tokener_new())) {
        rc = FA_ENOMEM;
        goto out;
    }
    if (len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
        line += 3;   /* a byte-order mark at the start of a file */
        len -= 3;
    }
    if ((rc = escape_lone_surrogates(&fixedline, &fixedlen, line, len)) < 0)
        goto out;
    rc = FA_EINVAL;
    if (fixedline) {
        line = fixedline;
        len = fixedlen;
        *fixed |= ARTICLE_FIXED_SURROGATE;
    }
    if ((rc = mark_big_integers(&bigline, &biglen, line, len)) < 0)
        goto out;
    rc = FA_EINVAL;
    if (bigline) {
        line = bigline;
        len = biglen;
    }
    obj = json_tokener_parse_ex(tok, line, (int)len);
    int whole = 0;   /* the line was consumed to its end */
    if (!obj && json_tokener_get_error(tok) == json_tokener_continue) {
        /* A bare number or literal could go on; the end of the line ends
         * it (json-c takes a NUL as the end of input). */
        obj = json_tokener_parse_ex(tok, "", 1);
        whole = 1;
    }
    if (json_tokener_get_error(tok) != json_tokener_success) {
        enum json_tokener_error e = json_tokener_get_error(tok);
        if (e == json_tokener_continue)
            snprintf(errbuf, errlen, "malformed JSON: unexpected end of line");
        else
            snprintf(errbuf, errlen, "malformed JSON at byte %zu: %s",
                     json_tokener_get_parse_end(tok) + 1, json_tokener_error_desc(e));
        goto out;
    }
    if (!whole) {
        size_t end = json_tokener_get_parse_end(tok);
        while (end < len && isspace((unsigned char)line[end]))
            end++;
        if (end < len) {
            snprintf(errbuf, errlen, "malformed JSON: unexpected text after the object at byte %zu", end + 1);
            goto out;
        }
    }
    if (!obj || !json_object_is_type(obj, json_type_object)) {
        snprintf(errbuf, errlen, "a JSON Lines article must be an object, not %s", type_name(obj));
        goto out;
    }
    if (bigline && (rc = unmark_big_integers(obj)) < 0)
        goto out;
    rc = FA_EINVAL;
    json_object_object_foreach(obj, key, val) {
        const char *k = key, *lit = NULL;
        int known = 0, text = 0;
        for (const char *const *kk = known_keys; *kk; kk++)
            if (strcasecmp(*kk, key) == 0)
                known = 1;
        if (strcasecmp(key, "text") == 0 || strcasecmp(key, "body") == 0 ||
            strcasecmp(key, "content") == 0) {
            /* "text" wins when several are present. */
            if (have_text && strcasecmp(key, "text") != 0)
                text = 0, known = 0;
            else
                text = known = 1, k = FA_F_TEXT;
        }
        if (json_object_is_type(val, json_type_null))
            continue;
        if (json_object_is_type(val, json_type_string) && strcasecmp(key, FA_F_ID) == 0) {
            if ((rc = set_id(a, k, json_object_get_string(val),
                             (size_t)json_object_get_string_len(val), fixed)) < 0)
                goto out;
        } else if (json_object_is_type(val, json_type_string)) {
            if ((rc = article_set_clean(a, k, json_object_get_string(val),
                                (size_t)json_object_get_string_len(val), fixed)) < 0)
                goto out;
        } else if (known && !text && strcasecmp(key, "title") != 0 &&
                   strcasecmp(key, "source") != 0 && strcasecmp(key, "url") != 0 &&
                   strcasecmp(key, "author") != 0 &&
                   (json_object_is_type(val, json_type_int) || restored_big_literal(val, &lit))) {
            /* An id or a year given as a number is unambiguous; one too
             * large for 64 bits keeps its digits as written. */
            size_t n = json_object_is_type(val, json_type_int)
                           ? strlen(lit = json_object_get_string(val)) : restored_big_literal(val, &lit);
            if ((rc = fa_article_set(a, k, lit, n)) < 0)
                goto out;
        } else if (known) {
            snprintf(errbuf, errlen, "field \"%s\" must be a string, not %s", key, type_name(val));
            rc = FA_EINVAL;
            goto out;
        } else {
            const char *s = json_object_to_json_string_ext(val, JSON_C_TO_STRING_PLAIN);
            if ((rc = article_set_clean(a, k, s, strlen(s), fixed)) < 0)
                goto out;
        }
        if (text)
            have_text = 1;
    }
    {
        size_t tl = 0;
        const char *t = fa_article_get(a, FA_F_TEXT, &tl);
        if (!t || !trim(t, &tl) || tl == 0) {
            snprintf(errbuf, errlen, "article has no text (fields text, body or content)");
            rc = FA_EINVAL;
            goto out;
        }
    }
    rc = article_complete(a);
out:
    json_object_put(obj);
    if (tok)
        json_tokener_free(tok);
    free(fixedline);
    free(bigline);
    return rc;
}

/* ------------------------------------------------------- derived fields */

static int is_dash(const char *t, size_t i, size_t len)
{
    return i + 3 <= len && (memcmp(t + i, "\xE2\x80\x94", 3) == 0 ||   /* em dash */
                            memcmp(t + i, "\xE2\x80\x93", 3) == 0);    /* en dash */
}

/* A dateline: up to 40 bytes of upper-case words ("NEW YORK", "GENEVA",
 * "WASHINGTON, D.C.") followed by ':' or a dash, at the start of the body.
 * Returns the dateline's length (without the punctuation) and sets *skip
 * to the bytes to skip to reach the text after it; 0 when there is none. */
static size_t dateline(const char *t, size_t len, size_t *skip)
{
    size_t i = 0, letters = 0, end;
    while (i < len && i <= 40 && !is_dash(t, i, len)) {
        unsigned char c = (unsigned char)t[i];
        if (isupper(c) || (c >= 0xC0))
            letters++;   /* a lead byte: an accented capital, near enough */
        else if (!(c == ' ' || c == '.' || c == ',' || c == '\'' || c >= 0x80 ||
                   (c == '-' && i + 1 < len && t[i + 1] != ' ')))
            break;
        i++;
    }
    if (letters < 2 || i > 40)
        return 0;
    end = i;
    while (end > 0 && t[end - 1] == ' ')
        end--;
    if (i < len && t[i] == ':' && end == i)
        *skip = i + 1;
    else if (is_dash(t, i, len))
        *skip = i + 3;
    else if (i + 1 < len && t[i] == '-' && t[i + 1] == ' ')
        *skip = i + 1;
    else
        return 0;
    while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == ','))
        end--;
    while (*skip < len && t[*skip] == ' ')
        (*skip)++;
    return end;
}

static int abbreviation(const char *t, size_t dot)
{
    static const char *const abbr[] = {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt",
        "Col", "Jr", "Sr", "No", "vs", "Prof", "Amb", "Sgt", "Capt", NULL
    };
    size_t s = dot;
    while (s > 0 && isalpha((unsigned char)t[s - 1]))
        s--;
    if (dot - s == 1)
        return 1;   /* an initial or part of "U.S." */
    for (const char *const *a = abbr; *a; a++)
        if (strlen(*a) == dot - s && strncmp(*a, t + s, dot - s) == 0)
            return 1;
    return 0;
}

/* The first sentence of the text: up to the first '.', '!' or '?' that is
 * followed by a space or the end and does not close an abbreviation, or up
 * to the end of the first paragraph. Whitespace runs become one space.
 * At most ARTICLE_TITLE_MAX_BYTES: a longer sentence is cut at the last
 * space that leaves room for "…" (inside a word only when one word is
 * that long, then on a character boundary), so the scan stops there too. */
static int first_sentence(fa_article *a, const char *t, size_t len)
{
    enum { MAX = ARTICLE_TITLE_MAX_BYTES, ELL = sizeof ARTICLE_TITLE_ELLIPSIS - 1 };
    char title[MAX + 1];
    size_t n = 0, end = 0;
    int cut = 0;

    for (; end < len; end++) {
        char c = t[end];
        if (c == '\n' && end + 1 < len && t[end + 1] == '\n')
            break;
        if (isspace((unsigned char)c)) {
            if (n && title[n - 1] != ' ')
                c = ' ';
            else
                continue;
        }
        if (n == MAX) {
            cut = 1;
            break;
        }
        title[n++] = c;
        if ((c == '.' || c == '!' || c == '?') &&
            (end + 1 == len || isspace((unsigned char)t[end + 1])) &&
            !(c == '.' && abbreviation(t, end)))
            break;
    }
    while (n && title[n - 1] == ' ')
        n--;
    if (cut) {
        size_t keep = MAX - ELL;
        while (keep > 0 && title[keep] != ' ')
            keep--;
        if (keep == 0) {          /* one word longer than the cap */
            keep = MAX - ELL;
            while (keep > 0 && ((unsigned char)title[keep] & 0xC0) == 0x80)
                keep--;           /* not inside a UTF-8 sequence */
        }
        while (keep && title[keep - 1] == ' ')
            keep--;
        memcpy(title + keep, ARTICLE_TITLE_ELLIPSIS, ELL);
        n = keep + ELL;
    }
    return fa_article_set(a, FA_F_TITLE, title, n);
}

int article_complete(fa_article *a)
{
    size_t len = 0, skip = 0, dl;
    const char *t = fa_article_get(a, FA_F_TEXT, &len);
    int rc;

    if (!t)
        return FA_OK;
    /* Setting the dateline and the title leaves the text where it is
     * (fa_article_set), so t stays valid throughout. */
    dl = dateline(t, len, &skip);
    if (dl && !fa_article_get(a, FA_F_DATELINE, NULL) &&
        (rc = fa_article_set(a, FA_F_DATELINE, t, dl)) < 0)
        return rc;
    size_t tl = 0;
    const char *title = fa_article_get(a, FA_F_TITLE, &tl);
    if ((!title || !trim(title, &tl) || tl == 0) &&
        (rc = first_sentence(a, t + skip, len - skip)) < 0)
        return rc;
    return FA_OK;
}
