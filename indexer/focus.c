/* focus.c - saliences and the focus of one article (see focus.h for the
 * rules and their weights). Reads only the extractor's mentions and the
 * bytes around them: no second pass over the text. */
#include "focus.h"
#include "fa_error.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

struct focus {
    size_t       nc, no;
    double      *sal;          /* owned: nc country saliences, then no     */
    const char  *value[FOCUS_MAX];
    size_t       nvalue;
};

typedef struct {               /* one mention of any value                 */
    uint32_t off, end;
    size_t   value;            /* country i, or nc + official i            */
    unsigned flags;
    int      listed;
} any_mention;

static int cmp_off(const void *a, const void *b)
{
    const any_mention *x = a, *y = b;
    return (x->off > y->off) - (x->off < y->off);
}

static int is_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static int is_upper(char ch)
{
    return ch >= 'A' && ch <= 'Z';
}

/* Does the text between two mentions join them as items of one list:
 * ", ", " and ", ", and ", " or ", optionally followed by "the "? */
static int list_gap(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && is_space(s[i]))
        i++;
    int comma = i < n && s[i] == ',';
    if (comma)
        i++;
    while (i < n && is_space(s[i]))
        i++;
    int conj = 0;
    if (n - i >= 3 && !memcmp(s + i, "and", 3) && (n - i == 3 || is_space(s[i + 3]))) {
        conj = 1;
        i += 3;
    } else if (n - i >= 2 && !memcmp(s + i, "or", 2) && (n - i == 2 || is_space(s[i + 2]))) {
        conj = 1;
        i += 2;
    }
    if (!comma && !conj)
        return 0;
    while (i < n && is_space(s[i]))
        i++;
    if (n - i >= 3 && !memcmp(s + i, "the", 3) && (n - i == 3 || is_space(s[i + 3]))) {
        i += 3;
        while (i < n && is_space(s[i]))
            i++;
    }
    return i == n;
}

/* Does the mention at [off, end) open its sentence: before it, after
 * blanks and capitalised words (a title: "Afghan President", "The"), the
 * text's start, the title's end or a sentence end? */
static int opens_sentence(const char *text, uint32_t off)
{
    size_t i = off;
    for (;;) {
        while (i > 0 && is_space(text[i - 1]))
            i--;
        if (i == 0)
            return 1;
        char ch = text[i - 1];
        if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '"' || ch == '\n')
            return 1;
        /* a capitalised word before: part of a title or "The" */
        size_t w = i;
        while (w > 0 && !is_space(text[w - 1]) && text[w - 1] != '.' &&
               text[w - 1] != ',' && text[w - 1] != ':')
            w--;
        if (w == i || !is_upper(text[w]))
            return 0;
        /* "U.S." ends in a period: a word, not a sentence end */
        i = w;
    }
}

static const char *const verbs[] = {
    "said", "says", "say", "has", "have", "had", "is", "was", "were", "are",
    "will", "would", "announced", "accused", "urged", "warned", "called",
    "rejected", "agreed", "told", "denied", "plans", "wants", "demanded",
    "signed", "launched", "reported", "confirmed", "declared", "insisted",
};

/* Is the word after the mention a reporting or auxiliary verb? */
static int verb_follows(const char *text, size_t len, uint32_t end)
{
    size_t i = end;
    if (i < len && text[i] == ',')        /* "Pakistan, which ..." : no    */
        return 0;
    while (i < len && is_space(text[i]))
        i++;
    size_t w = i;
    while (w < len && text[w] >= 'a' && text[w] <= 'z')
        w++;
    if (w == i || (w < len && ((text[w] >= 'A' && text[w] <= 'Z') || text[w] == '-')))
        return 0;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (strlen(verbs[k]) == w - i && !memcmp(verbs[k], text + i, w - i))
            return 1;
    return 0;
}

static const char *value_name(const entities *e, size_t nc, size_t v)
{
    return v < nc ? entities_country(e, v) : entities_official(e, v - nc);
}

int focus_compute(focus **out, const entities *e, const char *text, size_t len,
                  size_t title_len)
{
    focus *f = NULL;
    any_mention *m = NULL;
    uint32_t *first = NULL;
    size_t *order = NULL;
    size_t nm = 0;
    int rc = FA_ENOMEM;

    assert(out && e && (text || !len));
    *out = NULL;
    if (!(f = calloc(1, sizeof *f)))
        goto out;
    f->nc = entities_ncountries(e);
    f->no = entities_nofficials(e);
    size_t nv = f->nc + f->no;
    for (size_t i = 0; i < f->nc; i++)
        nm += entities_country_nmentions(e, i);
    for (size_t i = 0; i < f->no; i++)
        nm += entities_official_nmentions(e, i);
    if (!(f->sal = calloc(nv + 1, sizeof *f->sal)) ||
        !(m = malloc((nm + 1) * sizeof *m)) ||
        !(first = malloc((nv + 1) * sizeof *first)) ||
        !(order = malloc((nv + 1) * sizeof *order)))
        goto out;
    size_t k = 0;
    for (size_t v = 0; v < nv; v++) {
        size_t n = v < f->nc ? entities_country_nmentions(e, v)
                             : entities_official_nmentions(e, v - f->nc);
        for (size_t j = 0; j < n; j++) {
            const entities_mention *x = v < f->nc ? entities_country_mention(e, v, j)
                                                  : entities_official_mention(e, v - f->nc, j);
            m[k++] = (any_mention){ x->off, x->off + x->len, v, x->flags, 0 };
        }
    }
    qsort(m, nm, sizeof *m, cmp_off);
    /* Lists: runs of FOCUS_LIST_MIN or more mentions joined by list gaps. */
    for (size_t a = 0; a < nm;) {
        size_t b = a + 1;
        while (b < nm && m[b].off >= m[b - 1].end && m[b].value != m[b - 1].value &&
               list_gap(text + m[b - 1].end, m[b].off - m[b - 1].end))
            b++;
        if (b - a >= FOCUS_LIST_MIN)
            for (size_t j = a; j < b; j++)
                m[j].listed = 1;
        a = b;
    }
    for (size_t v = 0; v < nv; v++)
        first[v] = UINT32_MAX;
    for (size_t j = 0; j < nm; j++) {
        const any_mention *x = &m[j];
        double w = x->off < title_len ? FOCUS_W_TITLE
                 : x->off < title_len + FOCUS_LEDE_BYTES ? FOCUS_W_LEDE : FOCUS_W_BODY;
        if (!x->listed && (opens_sentence(text, x->off) || verb_follows(text, len, x->end)))
            w *= FOCUS_F_SUBJECT;
        if (x->flags & ENTITIES_AS_CAPITAL)
            w *= FOCUS_F_CAPITAL;
        if (x->listed)
            w *= FOCUS_F_LIST;
        if (x->value >= f->nc)
            w *= FOCUS_F_OFFICIAL;
        f->sal[x->value] += w;
        if (first[x->value] == UINT32_MAX)
            first[x->value] = x->off;
    }
    /* The most salient first, ties by first mention. */
    double top = 0;
    for (size_t v = 0; v < nv; v++) {
        order[v] = v;
        if (f->sal[v] > top)
            top = f->sal[v];
    }
    for (size_t a = 1; a < nv; a++)           /* insertion sort: few values */
        for (size_t b = a; b > 0; b--) {
            size_t x = order[b - 1], y = order[b];
            if (f->sal[y] > f->sal[x] || (f->sal[y] == f->sal[x] && first[y] < first[x])) {
                order[b - 1] = y;
                order[b] = x;
            } else
                break;
        }
    for (size_t j = 0; j < nv && f->nvalue < FOCUS_MAX; j++) {
        double s = f->sal[order[j]];
        if (s < FOCUS_MIN || s < FOCUS_RATIO * top)
            break;
        f->value[f->nvalue++] = value_name(e, f->nc, order[j]);
    }
    /* sorted bytewise, as facet values are */
    for (size_t a = 1; a < f->nvalue; a++)
        for (size_t b = a; b > 0 && strcmp(f->value[b - 1], f->value[b]) > 0; b--) {
            const char *t = f->value[b - 1];
            f->value[b - 1] = f->value[b];
            f->value[b] = t;
        }
    *out = f;
    f = NULL;
    rc = FA_OK;
out:
    free(m);
    free(first);
    free(order);
    focus_free(f);
    return rc;
}

void focus_free(focus *f)
{
    if (!f)
        return;
    free(f->sal);
    free(f);
}

double focus_country_salience(const focus *f, size_t i)
{
    assert(f && i < f->nc);
    return f->sal[i];
}

double focus_official_salience(const focus *f, size_t i)
{
    assert(f && i < f->no);
    return f->sal[f->nc + i];
}

size_t focus_nvalues(const focus *f)
{
    assert(f);
    return f->nvalue;
}

const char *focus_value(const focus *f, size_t i)
{
    assert(f && i < f->nvalue);
    return f->value[i];
}
