/* fa_entity_tok.c - the one tokenizer of the entity code: words, their
 * folded form, what separates them, sentences, headline lines, datelines.
 *
 * The gazetteer loader runs it on every term and the extractor on every
 * article, so a term matches a text exactly when they fold alike. It does
 * not know about countries or officials; the extractor (indexer/entities.c)
 * does.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "fa_entity_int.h"
#include "fa_error.h"

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return FA_OK;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * elem);
    if (!q)
        return FA_ENOMEM;
    *p = q;
    *cap = n;
    return FA_OK;
}

void fa__toks_release(fa_toks *t)
{
    free(t->tok);
    free(t->fold);
    memset(t, 0, sizeof *t);
}

static int is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == '`' || cp == 0x2019 || cp == 0x2018 ||
           cp == 0x00B4 || cp == 0x02BC;
}

static int is_space(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
           cp == 0x3000 || cp == 0xFEFF;
}

/* Word characters: letters, marks and digits of any script. */
static int is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9');
    if (is_apostrophe(cp))          /* U+02BC is a letter (Lm) to Unicode */
        return 0;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
        return 1;
    default:
        return 0;
    }
}

/* Decode one code point at s[i] (ASCII inline). Invalid bytes come back as
 * U+FFFD with length 1, so the scan always moves on. */
static int32_t next_cp(const char *s, size_t len, size_t i, size_t *n)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &cp);
    if (r <= 0) {
        *n = 1;
        return 0xFFFD;
    }
    *n = (size_t)r;
    return cp;
}

static uint16_t sep_bits(int32_t cp, const char *s, size_t len, size_t i,
                         size_t n, int prev_word)
{
    if (cp == '\n')
        return SEP_NL;
    if (is_space(cp))
        return SEP_SPACE;
    if (cp == '-' || cp == 0x2010 || cp == 0x2011) {
        size_t m;
        int next_word = i + n < len && is_word_cp(next_cp(s, len, i + n, &m));
        return prev_word && next_word ? SEP_HYPHEN : SEP_HARD | SEP_DASH;
    }
    if (is_apostrophe(cp))
        return SEP_APOS;
    switch (cp) {
    case '.':    return SEP_PERIOD;
    case ',':    return SEP_COMMA;
    case '!': case '?': case 0x2026: return SEP_END;
    case ':':    return SEP_HARD | SEP_COLON;
    case '(': case '[': case '{': return SEP_HARD | SEP_OPEN;
    case 0x2013: case 0x2014: case 0x2015: return SEP_HARD | SEP_DASH;
    default:     return SEP_HARD;
    }
}

/* Where the second half of a name starts when the hyphen at text[i - 1]
 * was left by a line break ("Boutros-\nGhali", "Han Seung-\nsoo") or by
 * OCR that turned the break into a space ("Houphouet- Boigny"): the word
 * after at most one newline and its blanks, which after a mere space must
 * be capitalised, since "Africa- the continent" is a dash. 0: no such
 * word, the hyphen is what sep_bits says. */
static size_t broken_hyphen(const char *s, size_t len, size_t i)
{
    size_t j = i, n;
    int newline = 0;
    while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
        j++;
    if (j < len && s[j] == '\n') {
        newline = 1;
        j++;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
            j++;
    }
    if (j == i || j >= len)
        return 0;
    int32_t cp = next_cp(s, len, j, &n);
    utf8proc_category_t c = utf8proc_category(cp);
    if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT ||
        (newline && c == UTF8PROC_CATEGORY_LL))
        return j;
    return 0;
}

/* Fold one code point into t->fold: case fold, strip marks. */
static int fold_cp(fa_toks *t, int32_t cp)
{
    if (cp < 0x80) {
        if (grow((void **)&t->fold, &t->capfold, t->nfold + 1, 1))
            return FA_ENOMEM;
        t->fold[t->nfold++] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        return FA_OK;
    }
    utf8proc_int32_t out[16];
    int bound = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, 16,
        UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &bound);
    if (n < 0 || n > 16)
        n = 0;
    if (grow((void **)&t->fold, &t->capfold, t->nfold + 4 * (size_t)n + 1, 1))
        return FA_ENOMEM;
    for (utf8proc_ssize_t k = 0; k < n; k++)
        t->nfold += (size_t)utf8proc_encode_char(out[k],
                        (utf8proc_uint8_t *)t->fold + t->nfold);
    return FA_OK;
}

/* Flags each line that is in capitals or in headline Title Case (every
 * word of three letters or more capitalised, function words aside), and
 * marks datelines. */
static void mark_lines(fa_toks *t, const fa_gazetteer *g)
{
    size_t a = 0;
    while (a < t->ntok) {
        size_t b = a + 1;
        while (b < t->ntok && !(t->tok[b].sep & (SEP_NL | SEP_BLANK)))
            b++;
        size_t n2 = 0, nup = 0, ncap = 0;
        int title = 1;
        for (size_t k = a; k < b; k++) {
            const fa_tok *x = &t->tok[k];
            if (x->shape == SHAPE_OTHER)
                continue;
            if (x->flen >= 2) {
                n2++;
                nup += x->shape == SHAPE_UPPER;
            }
            if (x->flen < 3)
                continue;
            if (x->shape != SHAPE_LOWER)
                ncap++;
            else if (title && !(g && (fa__word_class(g, t, k) & WC_FUNC)))
                title = 0;
        }
        /* A line that goes on with a sentence of the line before it (a
         * hard-wrapped text: "We welcome the meeting\nbetween President
         * Arafat and Prime Minister Netanyahu,") is no headline, however
         * many capitals it has; nor is one that starts in lower case. */
        size_t f0 = a;
        while (f0 < b && t->tok[f0].shape == SHAPE_OTHER)
            f0++;
        if (f0 < b && t->tok[f0].shape == SHAPE_LOWER)
            title = 0;
        if (a > 0 && !(t->tok[a].sep & (SEP_PERIOD | SEP_END | SEP_BLANK | SEP_COLON)) &&
            !(t->tok[a - 1].flags & (TOK_CAPSLINE | TOK_TITLELINE)))
            title = 0;
        /* ... and a headline stands apart: the text's first or last line,
         * or one with an empty line before or after it. A line inside a
         * wrapped paragraph is not ("In August, United States Congressman
         * Charles B.\nRangel, Chairman of ..."). */
        if (a > 0 && b < t->ntok && !(t->tok[a].sep & SEP_BLANK) &&
            !(t->tok[b].sep & SEP_BLANK) && !(t->tok[a - 1].flags & TOK_TITLELINE))
            title = 0;
        /* ... and ends without a comma: "Secretary General Guterres," on a
         * line of its own greets a person */
        if (b < t->ntok && (t->tok[b].sep & SEP_COMMA))
            title = 0;
        uint8_t f = 0;
        if (n2 >= 2 && nup == n2)
            f = TOK_CAPSLINE;
        else if (title && ncap >= 3)
            f = TOK_TITLELINE;
        for (size_t k = a; k < b; k++)
            t->tok[k].flags |= f;

        /* A dateline: up to four capitalised words opening a line, then a
         * colon, bracket, dash or comma ("NEW YORK:", "KABUL (Reuters) -"). */
        size_t k = a;
        while (k < b && k - a < 4 && t->tok[k].shape == SHAPE_UPPER &&
               (k == a || (t->tok[k].sep & ~(SEP_SPACE | SEP_PERIOD)) == 0))
            k++;
        if (k > a && k < t->ntok) {
            uint16_t s = t->tok[k].sep;
            int ends = (s & (SEP_COLON | SEP_OPEN | SEP_DASH)) ||
                       ((s & SEP_COMMA) && (k - a >= 2 || t->tok[a].flen >= 4));
            if (ends)
                for (size_t j = a; j < k; j++)
                    t->tok[j].flags |= TOK_DATELINE;
        }
        a = b;
    }
}

static void mark_sentences(fa_toks *t, const fa_gazetteer *g)
{
    uint32_t s = 0;
    for (size_t k = 0; k < t->ntok; k++) {
        fa_tok *x = &t->tok[k];
        int start = k == 0;
        if (k > 0) {
            const fa_tok *p = &t->tok[k - 1];
            uint16_t sep = x->sep;
            if (sep & (SEP_BLANK | SEP_END))
                start = 1;
            else if ((sep & SEP_NL) && (p->flags & (TOK_CAPSLINE | TOK_TITLELINE)))
                start = 1;
            else if ((sep & SEP_PERIOD) && (sep & (SEP_SPACE | SEP_NL | SEP_HARD))) {
                int abbr = p->flen == 1 || (fa__word_class(g, t, k - 1) & WC_ABBR);
                start = !abbr || (x->shape == SHAPE_CAP &&
                                  (fa__word_class(g, t, k) & WC_FUNC));
            }
        }
        if (start && k > 0)
            s++;
        if (start)
            x->flags |= TOK_SENT;
        x->sent = s;
    }
    t->nsent = t->ntok ? s + 1 : 0;
}

/* ASCII classes for the hot loop. */
enum { A_LOWER = 1, A_UPPER = 2, A_DIGIT = 4, A_BLANK = 8 };
#define A4(c) c, c, c, c
#define A16(c) A4(c), A4(c), A4(c), A4(c)
static const unsigned char ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, A_BLANK, 0, A_BLANK, A_BLANK, A_BLANK, 0, 0,
    A16(0),
    A_BLANK, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    A4(A_DIGIT), A4(A_DIGIT), A_DIGIT, A_DIGIT, 0, 0, 0, 0, 0, 0,
    0, A4(A_UPPER), A4(A_UPPER), A4(A_UPPER), A_UPPER, A_UPPER, A_UPPER,
    A4(A_UPPER), A4(A_UPPER), A_UPPER, A_UPPER, A_UPPER, 0, 0, 0, 0, 0,
    0, A4(A_LOWER), A4(A_LOWER), A4(A_LOWER), A_LOWER, A_LOWER, A_LOWER,
    A4(A_LOWER), A4(A_LOWER), A_LOWER, A_LOWER, A_LOWER, 0, 0, 0, 0, 0,
};

int fa__toks_run(fa_toks *t, const fa_gazetteer *g, const char *text, size_t len)
{
    size_t i = 0;
    uint16_t sep = SEP_START;
    int newlines = 0, prev_word = 0;

    t->ntok = t->nfold = 0;
    t->nsent = 0;
    /* Room for a typical text up front: about one word per six bytes, and
     * ASCII folds byte for byte, so the loops below rarely grow. */
    if (grow((void **)&t->tok, &t->captok, len / 6 + 16, sizeof *t->tok) ||
        grow((void **)&t->fold, &t->capfold, len + 64, 1))
        return FA_ENOMEM;
    while (i < len) {
        size_t n;
        unsigned char c0 = (unsigned char)text[i];
        if (c0 < 0x80 && (ascii_class[c0] & A_BLANK)) {
            sep |= SEP_SPACE;
            prev_word = 0;
            i++;
            continue;
        }
        int32_t cp = next_cp(text, len, i, &n);
        if (cp == '-' && prev_word && t->tok[t->ntok - 1].shape == SHAPE_CAP) {
            size_t j = broken_hyphen(text, len, i + 1);
            if (j) {
                sep |= SEP_HYPHEN;
                prev_word = 0;
                i = j;
                continue;
            }
        }
        if (!is_word_cp(cp)) {
            uint16_t b = sep_bits(cp, text, len, i, n, prev_word);
            if (b == SEP_NL) {
                if (++newlines >= 2)
                    b |= SEP_BLANK;
                b |= SEP_SPACE;
            } else if (b != SEP_SPACE) {
                newlines = 0;
            }
            sep |= b;
            prev_word = 0;
            i += n;
            continue;
        }
        if (t->ntok == t->captok &&
            grow((void **)&t->tok, &t->captok, t->ntok + 1, sizeof *t->tok))
            return FA_ENOMEM;
        fa_tok *x = &t->tok[t->ntok++];
        memset(x, 0, sizeof *x);
        x->off = (uint32_t)i;
        x->foff = (uint32_t)t->nfold;
        x->sep = sep;
        int first = -1, nlower = 0;
        uint64_t h = FA_HASH_FNV_BASIS;     /* fa__key_hash, fused */
        /* ASCII never folds longer than itself: one check per word. */
        if (t->capfold - t->nfold < len - i + 1 &&
            grow((void **)&t->fold, &t->capfold, t->nfold + len - i + 1, 1))
            return FA_ENOMEM;
        while (i < len) {
            unsigned char b = (unsigned char)text[i];
            if (b < 0x80) {             /* ASCII fast path */
                unsigned char k = ascii_class[b];
                if (!(k & (A_LOWER | A_UPPER | A_DIGIT)))
                    break;
                if (first < 0 && k != A_DIGIT)
                    first = k == A_UPPER;
                nlower |= k & A_LOWER;
                b = k == A_UPPER ? (unsigned char)(b + 32) : b;
                t->fold[t->nfold++] = (char)b;
                h = (h ^ b) * FA_HASH_PRIME;
                i++;
                continue;
            }
            cp = next_cp(text, len, i, &n);
            if (!is_word_cp(cp))
                break;
            utf8proc_category_t c = utf8proc_category(cp);
            int up = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
            int lo = c == UTF8PROC_CATEGORY_LL;
            if (first < 0 && (up || lo))
                first = up;
            nlower |= lo;
            size_t before = t->nfold;
            if (fold_cp(t, cp))
                return FA_ENOMEM;
            for (size_t j = before; j < t->nfold; j++)
                h = (h ^ (unsigned char)t->fold[j]) * FA_HASH_PRIME;
            i += n;
        }
        x->len = (uint32_t)(i - x->off);
        x->flen = (uint32_t)(t->nfold - x->foff);
        x->hash = h ^ (h >> 32);
        if (first < 0)
            x->shape = SHAPE_OTHER;
        else if (nlower == 0)
            x->shape = SHAPE_UPPER;
        else
            x->shape = first ? SHAPE_CAP : SHAPE_LOWER;

        /* A possessive 's (any apostrophe) is dropped, so "Afghanistan's"
         * and "Afghanistan´s" are the word Afghanistan. */
        if (i < len && (text[i] == '\'' || (unsigned char)text[i] >= 0x80 || text[i] == '`')) {
            size_t m, m2;
            int32_t a = next_cp(text, len, i, &m);
            if (is_apostrophe(a) && i + m < len &&
                (text[i + m] == 's' || text[i + m] == 'S') &&
                (i + m + 1 >= len ||
                 !is_word_cp(next_cp(text, len, i + m + 1, &m2)))) {
                x->flags |= TOK_POSS;
                i += m + 1;
            }
        }
        sep = 0;
        newlines = 0;
        prev_word = !(x->flags & TOK_POSS);
    }
    mark_lines(t, g);
    if (g)
        mark_sentences(t, g);
    return FA_OK;
}
