/* fuzz_util.h - what the libFuzzer harnesses in tests/fuzz/ share: a check
 * that turns a broken contract into abort() (so libFuzzer saves the input)
 * and a UTF-8 validator. Header-only, so each harness stays one file plus
 * this; the project code under test is compiled by tests/fuzz/run.
 *
 * FUZZ_STRICT=0 in the environment turns every contract check off, leaving
 * only crashes and sanitizer reports; FUZZ_IGNORE=id,id turns off named
 * ones (each check has an id, printed when it fires).
 */
#ifndef FUZZ_UTIL_H
#define FUZZ_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fuzz_strict = -1;

__attribute__((unused)) static int fuzz_is_strict(void)
{
    if (fuzz_strict < 0) {
        const char *s = getenv("FUZZ_STRICT");
        fuzz_strict = !(s && strcmp(s, "0") == 0);
    }
    return fuzz_strict;
}

/* Contracts listed in FUZZ_IGNORE (comma-separated ids) are reported once
 * on stderr and otherwise ignored: a check that keeps firing on a known bug
 * must not stop the search for others. */
__attribute__((unused)) static int fuzz_ignored(const char *id)
{
    const char *list = getenv("FUZZ_IGNORE"), *p;
    size_t n = strlen(id);
    for (p = list; p && (p = strstr(p, id)) != NULL; p += n)
        if ((p == list || p[-1] == ',') && (p[n] == '\0' || p[n] == ','))
            return 1;
    return 0;
}

/* A contract the code under test broke: say which, then abort() so that
 * libFuzzer writes the input out as a crash artifact. */
__attribute__((format(printf, 4, 5)))
static void fuzz_fail(const char *id, const char *file, int line, const char *fmt, ...)
{
    static char warned[16][48];
    va_list ap;
    if (!fuzz_is_strict())
        return;
    if (fuzz_ignored(id)) {
        for (size_t i = 0; i < 16; i++) {
            if (strcmp(warned[i], id) == 0)
                return;
            if (!warned[i][0]) {
                snprintf(warned[i], sizeof warned[i], "%s", id);
                fprintf(stderr, "==fuzz== ignoring contract '%s' (FUZZ_IGNORE)\n", id);
                return;
            }
        }
        return;
    }
    fprintf(stderr, "\n==fuzz== contract '%s' broken at %s:%d: ", id, file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

/* FUZZ_CHECK("id", condition, "printf format", ...) */
#define FUZZ_CHECK(id, cond, ...) \
    do { if (!(cond)) fuzz_fail(id, __FILE__, __LINE__, __VA_ARGS__); } while (0)

/* Is s[0..len) well-formed UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF)? Returns the offset of the first bad byte, or len when valid. */
__attribute__((unused)) static size_t fuzz_utf8_bad(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i], need, lo = 0x80, hi = 0xBF;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else
            return i;
        if (i + need >= len)   /* truncated sequence */
            return i;
        for (unsigned k = 1; k <= need; k++) {
            unsigned b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return i;
        }
        i += need + 1;
    }
    return len;
}

/* Cleaned text: valid UTF-8, and no control character but tab and newline. */
__attribute__((unused)) static size_t fuzz_clean_bad(const char *s, size_t len)
{
    size_t bad = fuzz_utf8_bad(s, len);
    for (size_t i = 0; i < bad; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            return i;
    }
    return bad;
}

#ifdef FUZZ_SAME_FIELDS   /* defined by the harnesses that use it */
/* Are 'a' and 'b' the same fields, in the same order, each value
 * NUL-terminated? (for harnesses that round-trip articles) */
static void same_fields(const fa_article *a, const fa_article *b, const char *what)
{
    size_t n = fa_article_nfields(a);
    FUZZ_CHECK("roundtrip", n == fa_article_nfields(b), "%s: %zu fields became %zu",
               what, n, fa_article_nfields(b));
    for (size_t i = 0; i < n && i < fa_article_nfields(b); i++) {
        const char *va, *vb, *ka, *kb;
        size_t la, lb;
        ka = fa_article_field(a, i, &va, &la);
        kb = fa_article_field(b, i, &vb, &lb);
        FUZZ_CHECK("roundtrip", strcmp(ka, kb) == 0, "%s: field %zu key '%s' became '%s'", what, i, ka, kb);
        FUZZ_CHECK("roundtrip", la == lb && memcmp(va, vb, la) == 0,
                   "%s: field '%s' value (%zu bytes) changed (%zu bytes)", what, ka, la, lb);
        FUZZ_CHECK("roundtrip", va[la] == '\0', "%s: field '%s' value not NUL-terminated", what, ka);
    }
}
#endif

#endif
