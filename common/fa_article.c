/* fa_article.c - the article model and its stored-record encoding.
 *
 * A record is a sequence of fields, each written as
 *   varint(keylen) key varint(valuelen) value
 * Length-prefixed rather than delimited, so that any byte (even NUL) in a
 * value survives the round trip, and decoding needs no escaping.
 */
#include "fa_article.h"
#include "fa_error.h"
#include "fa_hash.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Each value has its own allocation, which moves only when that field is
 * set again: growing the array of fields moves the structs, not the
 * values (fa_article_set promises this). */
typedef struct {
    char  *key;
    char  *value;    /* NUL-terminated copy, owned */
    size_t len;      /* bytes in value, without the NUL */
    size_t cap;      /* bytes allocated for value */
} field;

/* Up to LINEAR_FIELDS fields a key is found by a scan; past that (a JSON
 * line may carry 100,000 fields) by an open-addressing table of field
 * numbers, so that building and decoding an article stay linear. */
#define LINEAR_FIELDS 16

struct fa_article {
    field    *f;
    size_t    n;      /* fields in use */
    size_t    cap;    /* fields allocated (keys of unused ones kept for reuse) */
    uint32_t *slot;   /* NULL, or nslot entries: 1 + field number, 0 empty */
    size_t    nslot;  /* a power of two, at least twice n                   */
};

fa_article *fa_article_new(void)
{
    return calloc(1, sizeof(fa_article));
}

void fa_article_free(fa_article *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->cap; i++) {
        free(a->f[i].key);
        free(a->f[i].value);
    }
    free(a->f);
    free(a->slot);
    free(a);
}

void fa_article_clear(fa_article *a)
{
    for (size_t i = 0; i < a->n; i++) {
        free(a->f[i].key);
        a->f[i].key = NULL;
        a->f[i].len = 0;
    }
    a->n = 0;
    /* The next article is usually small: drop the table, not zero it. */
    free(a->slot);
    a->slot = NULL;
    a->nslot = 0;
}

static int set_lowered(fa_article *a, const char *key, const char *value, size_t len);

static size_t slot_of(const fa_article *a, const char *key)
{
    size_t mask = a->nslot - 1, i = (size_t)fa_hash(key, strlen(key)) & mask;
    while (a->slot[i] && strcmp(a->f[a->slot[i] - 1].key, key) != 0)
        i = (i + 1) & mask;
    return i;
}

/* Rebuild the table for the fields in use (none below LINEAR_FIELDS). */
static int reindex(fa_article *a)
{
    free(a->slot);
    a->slot = NULL;
    a->nslot = 0;
    if (a->n <= LINEAR_FIELDS)
        return FA_OK;
    size_t ns = 64;
    while (ns < 2 * a->n + 2)
        ns *= 2;
    if (!(a->slot = calloc(ns, sizeof *a->slot)))
        return FA_ENOMEM;
    a->nslot = ns;
    for (size_t i = 0; i < a->n; i++)
        a->slot[slot_of(a, a->f[i].key)] = (uint32_t)(i + 1);
    return FA_OK;
}

static field *find(const fa_article *a, const char *key)
{
    if (a->slot) {
        uint32_t k = a->slot[slot_of(a, key)];
        return k ? &a->f[k - 1] : NULL;
    }
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->f[i].key, key) == 0)
            return &a->f[i];
    return NULL;
}

int fa_article_set(fa_article *a, const char *key, const char *value, size_t len)
{
    char   small[64], *lkey = small;
    size_t klen = strlen(key);
    int    rc;

    /* Keys are matched case-insensitively: store them lower-cased. */
    if (klen >= sizeof small && !(lkey = malloc(klen + 1)))
        return FA_ENOMEM;
    for (size_t i = 0; i <= klen; i++)
        lkey[i] = (char)tolower((unsigned char)key[i]);
    rc = set_lowered(a, lkey, value, len);
    if (lkey != small)
        free(lkey);
    return rc;
}

static int set_lowered(fa_article *a, const char *key, const char *value, size_t len)
{
    field *fl;

    fl = find(a, key);
    if (!fl) {
        if (a->n == a->cap) {
            size_t ncap = a->cap ? a->cap * 2 : 8;
            field *nf = realloc(a->f, ncap * sizeof *nf);
            if (!nf)
                return FA_ENOMEM;
            memset(nf + a->cap, 0, (ncap - a->cap) * sizeof *nf);
            a->f = nf;
            a->cap = ncap;
        }
        if (a->n >= UINT32_MAX - 1)
            return FA_ENOMEM;   /* field numbers are 32-bit in the table */
        fl = &a->f[a->n];
        if (!(fl->key = strdup(key)))
            return FA_ENOMEM;
        a->n++;
        if (a->slot && 2 * a->n + 2 <= a->nslot)
            a->slot[slot_of(a, key)] = (uint32_t)a->n;
        else if (a->n > LINEAR_FIELDS) {
            int rc = reindex(a);
            if (rc < 0) {
                free(fl->key);   /* not added after all */
                fl->key = NULL;
                a->n--;
                return rc;
            }
        }
    }
    if (len + 1 > fl->cap) {
        char *nv = realloc(fl->value, len + 1);
        if (!nv)
            return FA_ENOMEM;
        fl->value = nv;
        fl->cap = len + 1;
    }
    if (len)
        memcpy(fl->value, value, len);
    fl->value[len] = '\0';
    fl->len = len;
    return FA_OK;
}

int fa_article_unset(fa_article *a, const char *key)
{
    char small[64];
    size_t klen = strlen(key);
    field *fl, gone;

    if (klen >= sizeof small)
        return FA_OK;   /* no stored key is that long and also well known */
    for (size_t i = 0; i <= klen; i++)
        small[i] = (char)tolower((unsigned char)key[i]);
    if (!(fl = find(a, small)))
        return FA_OK;
    /* Move it past the used fields, keeping its buffers for reuse. */
    gone = *fl;
    free(gone.key);
    gone.key = NULL;
    gone.len = 0;
    memmove(fl, fl + 1, (size_t)(a->f + a->n - (fl + 1)) * sizeof *fl);
    a->n--;
    a->f[a->n] = gone;
    /* Field numbers after it moved down by one. */
    return a->slot ? reindex(a) : FA_OK;
}

const char *fa_article_get(const fa_article *a, const char *key, size_t *len)
{
    const field *fl = find(a, key);
    if (!fl)
        return NULL;
    if (len)
        *len = fl->len;
    return fl->value;
}

size_t fa_article_nfields(const fa_article *a)
{
    return a->n;
}

const char *fa_article_field(const fa_article *a, size_t i,
                             const char **value, size_t *len)
{
    *value = a->f[i].value;
    *len = a->f[i].len;
    return a->f[i].key;
}

static size_t put_varint(unsigned char *p, size_t v)
{
    size_t n = 0;
    while (v >= 0x80) {
        p[n++] = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    p[n++] = (unsigned char)v;
    return n;
}

static int get_varint(size_t *out, const unsigned char **p, const unsigned char *end)
{
    size_t v = 0;
    for (unsigned shift = 0; *p < end && shift < 64; shift += 7) {
        unsigned char c = *(*p)++;
        v |= (size_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) {
            *out = v;
            return FA_OK;
        }
    }
    return FA_EINVAL;
}

int fa_article_encode_without(char **out, size_t *outlen, const fa_article *a,
                              const char *skip)
{
    size_t total = 0, n = 0;
    unsigned char *buf;

    *out = NULL;
    for (size_t i = 0; i < a->n; i++)
        total += 20 + strlen(a->f[i].key) + a->f[i].len;
    if (!(buf = malloc(total + 1)))
        return FA_ENOMEM;
    for (size_t i = 0; i < a->n; i++) {
        size_t klen = strlen(a->f[i].key);
        if (skip && strcmp(a->f[i].key, skip) == 0)
            continue;
        n += put_varint(buf + n, klen);
        memcpy(buf + n, a->f[i].key, klen);
        n += klen;
        n += put_varint(buf + n, a->f[i].len);
        memcpy(buf + n, a->f[i].value, a->f[i].len);
        n += a->f[i].len;
    }
    *out = (char *)buf;
    *outlen = n;
    return FA_OK;
}

int fa_article_encode(char **out, size_t *outlen, const fa_article *a)
{
    return fa_article_encode_without(out, outlen, a, NULL);
}

int fa_article_decode(fa_article *a, const char *data, size_t len)
{
    const unsigned char *p = (const unsigned char *)data, *end = p + len;
    char small[256], *key = small;
    size_t cap = sizeof small;
    int rc = FA_OK;

    fa_article_clear(a);
    while (p < end) {
        size_t klen, vlen;
        if (get_varint(&klen, &p, end) < 0 || klen > (size_t)(end - p)) {
            rc = FA_EINVAL;
            break;
        }
        if (klen >= cap) {
            char *nk = malloc(klen + 1);
            if (!nk) {
                rc = FA_ENOMEM;
                break;
            }
            if (key != small)
                free(key);
            key = nk;
            cap = klen + 1;
        }
        memcpy(key, p, klen);
        key[klen] = '\0';
        p += klen;
        if (get_varint(&vlen, &p, end) < 0 || vlen > (size_t)(end - p)) {
            rc = FA_EINVAL;
            break;
        }
        if ((rc = fa_article_set(a, key, (const char *)p, vlen)) < 0)
            break;
        p += vlen;
    }
    if (key != small)
        free(key);
    return rc;
}

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

int fa_date_normalize(char out[9], const char *in, size_t len)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0, day = 0;

    while (len && isspace((unsigned char)*in))
        in++, len--;
    while (len && isspace((unsigned char)in[len - 1]))
        len--;
    if (!(len == 4 || len == 7 || len == 10) || !digits(in, 4))
        return FA_EINVAL;
    if (len >= 7) {
        if (in[4] != '-' || !digits(in + 5, 2))
            return FA_EINVAL;
        month = (in[5] - '0') * 10 + (in[6] - '0');
        if (month < 1 || month > 12)
            return FA_EINVAL;
    }
    if (len == 10) {
        if (in[7] != '-' || !digits(in + 8, 2))
            return FA_EINVAL;
        day = (in[8] - '0') * 10 + (in[9] - '0');
        if (day < 1 || day > mdays[month - 1])
            return FA_EINVAL;
        if (month == 2 && day == 29) {
            int y = (in[0] - '0') * 1000 + (in[1] - '0') * 100 +
                    (in[2] - '0') * 10 + (in[3] - '0');
            if (!(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
                return FA_EINVAL;
        }
    }
    memcpy(out, in, 4);
    out[4] = (char)('0' + month / 10);
    out[5] = (char)('0' + month % 10);
    out[6] = (char)('0' + day / 10);
    out[7] = (char)('0' + day % 10);
    out[8] = '\0';
    return FA_OK;
}

