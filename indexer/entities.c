/* entities.c - tagging one article with the countries and officials it
 * mentions, in one pass over its tokens (see entities.h).
 *
 * At each token the phrase table is walked for the longest key starting
 * there (a country term, an official's name form, a title, or a blocker);
 * the case and context rules then decide. Officials named after a title are
 * resolved at the end, when the whole article's names are known, so
 * "Secretary Blinken" finds "Antony Blinken" wherever he was introduced.
 * The data and the reasons for each rule are in data/README.md.
 */
#include <assert.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "entities.h"
/* The extractor reads the gazetteer's layout and runs its tokenizer, so it
 * includes the gazetteer's private header: an accepted exception, because
 * the two are one design (a term and a text fold the same way) split only
 * because the searcher needs the gazetteer and not the extractor. */
#include "fa_entity_int.h"
#include "fa_article.h"
#include "fa_error.h"
#include "fa_fields.h"

struct entities {
    size_t       nc, no;
    const char **countries;    /* owned array; strings point into the
                                * gazetteer or into 'arena'               */
    const char **officials;    /* owned array, sorted                     */
    const char **titles;       /* owned array, parallel to officials      */
    const char **posts;        /* owned array, parallel: post at the date */
    char        *arena;        /* owned: names written after a title      */
    entities_mention *ment;    /* owned: every value's mentions, countries
                                * first, each value's in text order       */
    size_t      *cment, *oment;  /* owned, nc + 1 and no + 1: value i's
                                * mentions are ment[x[i] .. x[i+1])       */
};

typedef struct {               /* a name seen in the text                 */
    int32_t  gaz;              /* official index, or -1: as written       */
    uint32_t tok, ntok;        /* its words in the text                   */
    int32_t  title;            /* title index, or -1                      */
    uint8_t  single;           /* one word after a title: a surname       */
    uint8_t  create;           /* may add an official not yet named       */
    uint8_t  former;           /* a gazetteer name after its tenures      */
    uint8_t  was;              /* after "former <title>"                  */
    int32_t  same_tok;         /* in agency_posts: the previous mention
                                * starting at the same word, or -1       */
    uint8_t  posted;           /* a post phrase presents it ("EU
                                * negotiator Jan Kern"), as a title would */
    uint8_t  early;            /* posted before the gazetteer's tenures  */
} mention;

typedef struct {               /* an official of this article             */
    int32_t  gaz;              /* official index, or -1: as written       */
    uint32_t tok, ntok;        /* as written: its words in the text       */
    int32_t  title;            /* first office title seen, or -1          */
    uint8_t  former;           /* named only after the tenures: counts
                                * when some mention gives a title         */
    uint8_t  early;            /* presented in a post before the tenures
                                * the gazetteer knows: no post shown      */
} person;

typedef struct { uint32_t sent; int32_t code; } pending;

/* A country term taken (or waiting, as a 'q' term, for its sentence to
 * name another country), for entities_country_mention. */
typedef struct {
    int32_t  code;
    uint32_t tok, ntok, sent;
    uint8_t  flags;            /* ENTITIES_AS_*                           */
    uint8_t  waits;            /* a 'q' term: counts if its sentence is in
                                * csent at the end                        */
} cmention;

#define NONE UINT32_MAX
/* How many words a gazetteer name form may go on past the end that the
 * name rules found after a title (name_after_title stops at "St." and at
 * particles it does not know). */
#define NAME_GAZ_MORE 4

/* Persons by one key (an official index, a word's hash), so that a mention
 * is compared only with the persons that could match it, and in index
 * order: the first match is still the lowest-numbered person. A shared hash
 * only adds candidates; each is checked exactly. */
typedef struct { uint64_t key; uint32_t head, tail; } slot;

typedef struct {
    slot     *s;               /* owned, open addressing; head NONE: free */
    size_t    mask, n;         /* slots - 1, slots in use                 */
    uint32_t *next;            /* owned, per person: the next one with
                                * the same key (ascending), or NONE       */
    size_t    capnext;
} chains;

enum {
    BY_GAZ,                    /* persons from the gazetteer, by index    */
    BY_FIRST, BY_LAST,         /* names of 2+ words, by first/last word   */
    BY_SURNAME,                /* names as written, by their last token   */
    NBY
};

/* Where a word occurs in one sentence, so that a rule asking about the
 * whole sentence reads it once, not once per mention in it. */
typedef struct {
    uint32_t sent;             /* the sentence, or NONE: not read yet     */
    uint32_t first, last;      /* tokens of its first and last occurrence,
                                * NONE when it has none                   */
} in_sentence;

typedef struct {
    const fa_gazetteer *g;
    const char *text;
    size_t      len;           /* of text                                 */
    entities_date date;        /* the article's, or ENTITIES_UNDATED      */
    size_t      cstart, cend;  /* the last country term's tokens          */
    int32_t    *seen;          /* office titles matched, named or not     */
    size_t      nseen, capseen;
    uint64_t    the_hash, a_hash, of_hash, former_hash;  /* folded words  */
    fa_toks     t;
    fa_toks     scratch;       /* tokens of a gazetteer name, for merging */
    uint8_t    *cseen;         /* per country: tagged                     */
    uint32_t   *csent;         /* sentences that have a tagged country,
                                * ascending, each once                    */
    size_t      ncsent, capcsent;
    pending    *q;             /* 'q' terms waiting for another country   */
    size_t      nq, capq;
    cmention   *cm;            /* country mentions, in text order         */
    size_t      ncm, capcm;
    uint32_t   *owner;         /* per mention in 'm': its person, or NONE */
    uint32_t   *respelt;       /* mentions matched to the gazetteer only
                                * by a near form, nrespelt of them (each
                                * written form once)                     */
    size_t      nrespelt;
    mention    *m;
    size_t      nm, capm;
    int32_t    *at_tok;        /* in agency_posts: per word, the latest
                                * mention starting there, or -1 (so that
                                * finding one is not a scan of them all) */
    person     *p;
    size_t      np, capp;
    chains      by[NBY];       /* indexes of 'p'                          */
    size_t      language;      /* 1 + last demonym taken for a language   */
    in_sentence *cue_word;     /* owned, per g->cues: its cue word        */
    in_sentence  cue_class;    /* the words of class WC_CUE               */
} ctx;

static int push(void **arr, size_t *n, size_t *cap, size_t size, const void *v)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        void *a = realloc(*arr, c * size);
        if (!a)
            return FA_ENOMEM;
        *arr = a;
        *cap = c;
    }
    memcpy((char *)*arr + *n * size, v, size);
    (*n)++;
    return FA_OK;
}

static slot *chains_slot(const chains *ch, uint64_t key)
{
    size_t i = (size_t)fa__hash_step(FA_HASH_SEED, key) & ch->mask;
    while (ch->s[i].head != NONE && ch->s[i].key != key)
        i = (i + 1) & ch->mask;
    return &ch->s[i];
}

/* Append person k, the highest index so far, to the chain of 'key'. */
static int chains_add(chains *ch, uint64_t key, uint32_t k)
{
    if (k >= ch->capnext) {
        size_t c = ch->capnext ? ch->capnext * 2 : 16;
        if (c <= k)
            c = (size_t)k + 16;  /* other chains took the persons between */
        uint32_t *a = realloc(ch->next, c * sizeof *a);
        if (!a)
            return FA_ENOMEM;
        ch->next = a;
        ch->capnext = c;
    }
    ch->next[k] = NONE;
    if (!ch->s || (ch->n + 1) * 2 > ch->mask + 1) {
        chains grown = *ch;
        size_t size = ch->s ? (ch->mask + 1) * 2 : 64;
        if (!(grown.s = malloc(size * sizeof *grown.s)))
            return FA_ENOMEM;
        grown.mask = size - 1;
        for (size_t i = 0; i < size; i++)
            grown.s[i].head = NONE;
        for (size_t i = 0; ch->s && i <= ch->mask; i++)
            if (ch->s[i].head != NONE)
                *chains_slot(&grown, ch->s[i].key) = ch->s[i];
        free(ch->s);
        *ch = grown;
    }
    slot *sl = chains_slot(ch, key);
    if (sl->head == NONE) {
        sl->key = key;
        sl->head = k;
        ch->n++;
    } else {
        assert(sl->tail < k);
        ch->next[sl->tail] = k;
    }
    sl->tail = k;
    return FA_OK;
}

/* The lowest-numbered person with 'key', or NONE. */
static uint32_t chains_first(const chains *ch, uint64_t key)
{
    return ch->s ? chains_slot(ch, key)->head : NONE;
}

static void chains_release(chains *ch)
{
    free(ch->s);
    free(ch->next);
}

static int is_capitalised(const fa_tok *x)
{
    return x->shape == SHAPE_CAP || x->shape == SHAPE_UPPER;
}

/* May a phrase go on from token k-1 to token k? Not across a paragraph,
 * hard punctuation, a comma or a sentence end; a period only after a short
 * word (U.S., St. Lucia, D.R. Congo). */
static int phrase_join(const fa_toks *t, size_t k)
{
    uint16_t s = t->tok[k].sep;
    if (s & (SEP_BLANK | SEP_HARD | SEP_COMMA | SEP_END))
        return 0;
    if ((s & SEP_PERIOD) && t->tok[k - 1].flen > 3)
        return 0;
    return 1;
}

static int case_ok(const fa_toks *t, size_t i, size_t n, uint16_t capmask,
                   uint16_t acromask)
{
    for (size_t k = 0; k < n && k < 16; k++) {
        const fa_tok *x = &t->tok[i + k];
        if ((acromask >> k & 1) && x->shape != SHAPE_UPPER)
            return 0;
        if ((capmask >> k & 1) && !is_capitalised(x))
            return 0;
    }
    return 1;
}

/* Only plain blanks between two words (no punctuation, no possessive). */
static int adjacent(const fa_toks *t, size_t k)
{
    return (t->tok[k].sep & ~(SEP_SPACE | SEP_NL)) == 0 &&
           !(t->tok[k - 1].flags & TOK_POSS);
}

static int word_is(const fa_toks *t, size_t k, uint64_t hash, const char *w,
                   size_t n)
{
    return t->tok[k].hash == hash && t->tok[k].flen == n &&
           memcmp(fa__tok_fold(t, k), w, n) == 0;
}

/* Find the tokens of 'sent' (which token i is in) that word_is() the
 * word of cue rule 'rule', or with rule -1 that are of class WC_CUE. */
static void read_sentence(const ctx *c, in_sentence *w, int16_t rule, size_t i)
{
    const fa_toks *t = &c->t;
    uint32_t sent = t->tok[i].sent;
    const fa_cue *q = rule >= 0 ? &c->g->cues[rule] : NULL;
    size_t lo = i;

    while (lo > 0 && t->tok[lo - 1].sent == sent)
        lo--;
    w->sent = sent;
    w->first = w->last = NONE;
    for (size_t k = lo; k < t->ntok && t->tok[k].sent == sent; k++)
        if (q ? word_is(t, k, q->hash, c->g->keys + q->word, q->len)
              : (fa__word_class(c->g, t, k) & WC_CUE) != 0) {
            if (w->first == NONE)
                w->first = (uint32_t)k;
            w->last = (uint32_t)k;
        }
}

/* A context rule says this mention is the other sense (Atlanta, roast). */
static int negative_cue(ctx *c, int16_t rule, size_t i, size_t n)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    uint32_t sent = t->tok[i].sent;
    for (; rule >= 0; rule = g->cues[rule].next) {
        const fa_cue *q = &g->cues[rule];
        if (!q->window) {
            /* The sentence but the mention; before it only, with dir < 0.
             * With dir > 0 and a mention that ends in the next sentence,
             * nothing (the scan this replaces started there). */
            in_sentence *w = &c->cue_word[rule];
            if (q->dir > 0 && t->tok[i + n - 1].sent != sent)
                continue;
            if (w->sent != sent)
                read_sentence(c, w, rule, i);
            if (w->first != NONE &&
                (w->first < i || (q->dir >= 0 && w->last >= i + n)))
                return 1;
            continue;
        }
        size_t lo = i > q->window ? i - q->window : 0;
        size_t hi = i + n + q->window;
        if (q->dir > 0)
            lo = i + n;
        if (q->dir < 0)
            hi = i;
        if (hi > t->ntok)
            hi = t->ntok;
        for (size_t k = lo; k < hi; k++) {
            if (k >= i && k < i + n)
                continue;
            if (t->tok[k].sent != sent) {
                if (k > i)
                    break;
                continue;
            }
            if (word_is(t, k, q->hash, g->keys + q->word, q->len))
                return 1;
        }
    }
    return 0;
}

/* Does the word at k start some gazetteer phrase (a title, a country)? */
static int starts_phrase(const fa_gazetteer *g, const fa_toks *t, size_t k)
{
    if (!fa__first_maybe(g, t->tok[k].hash))
        return 0;
    return fa__phrase_find(g, fa__hash_step(FA_HASH_SEED, t->tok[k].hash), t, k, 1) != NULL;
}

/* Part of a longer capitalised name: "George Washington", "Jordan River". */
static int inside_name(const ctx *c, size_t i, size_t n)
{
    const fa_toks *t = &c->t;
    if (i > 0 && adjacent(t, i) && is_capitalised(&t->tok[i - 1]) &&
        !(fa__word_class(c->g, t, i - 1) & WC_FUNC) &&
        !starts_phrase(c->g, t, i - 1))
        return 1;
    size_t k = i + n;
    if (k < t->ntok && adjacent(t, k) && t->tok[k].shape == SHAPE_CAP &&
        !(t->tok[k].flags & TOK_SENT) &&
        !(fa__word_class(c->g, t, k) & (WC_FUNC | WC_TIME)) &&
        !starts_phrase(c->g, t, k))
        return 1;
    return 0;
}

static int sentence_has_cue(ctx *c, size_t i)
{
    const fa_toks *t = &c->t;
    uint32_t sent = t->tok[i].sent;
    in_sentence *w = &c->cue_class;
    if (i > 0 && t->tok[i - 1].sent == sent &&
        (fa__word_class(c->g, t, i - 1) & WC_LOC))
        return 1;
    /* "Crown Prince Hassan of Jordan": the country a person just named
     * holds a post in */
    if (i > 1 && c->nm && c->m[c->nm - 1].tok + c->m[c->nm - 1].ntok == i - 1 &&
        adjacent(t, i - 1) && word_is(t, i - 1, c->of_hash, "of", 2))
        return 1;
    if (w->sent != sent)
        read_sentence(c, w, -1, i);
    return w->first != NONE && (w->first != i || w->last != i);
}

/* "speaks French and some Spanish": a demonym a few lower-case words after
 * one taken for a language is a language too. */
static int same_language_list(const ctx *c, size_t i)
{
    const fa_toks *t = &c->t;
    if (!c->language || i < c->language || i - c->language > 3 ||
        t->tok[c->language - 1].sent != t->tok[i].sent)
        return 0;
    for (size_t k = c->language; k < i; k++)
        if (t->tok[k].shape != SHAPE_LOWER || (t->tok[k].sep & ~SEP_SPACE) ||
            (t->tok[k - 1].flags & TOK_POSS))
            return 0;
    return 1;
}

static int tag_country(ctx *c, int32_t code, uint32_t sent)
{
    c->cseen[code] = 1;
    assert(!c->ncsent || c->csent[c->ncsent - 1] <= sent);   /* one pass */
    if (c->ncsent && c->csent[c->ncsent - 1] == sent)
        return FA_OK;
    return push((void **)&c->csent, &c->ncsent, &c->capcsent, sizeof sent, &sent);
}

/* "US$460 million", "$US 1.5 billion", "A$", "HK$": a currency sign, not
 * the country (LABELLING.md). */
static int currency_sign(const ctx *c, size_t i, size_t n)
{
    const fa_tok *a = &c->t.tok[i], *z = &c->t.tok[i + n - 1];
    size_t end = (size_t)z->off + z->len;
    return (end < c->len && c->text[end] == '$') ||
           (a->off > 0 && c->text[a->off - 1] == '$');
}

/* "Paris, Texas", "Moscow, Idaho", "London, Ontario": a capital's name
 * followed by a comma and a US state or Canadian province names a town
 * there, not the capital. Georgia after a Georgian city ("Tbilisi,
 * Georgia") is the country. New York, Washington and Quebec are cities
 * too ("in Nairobi, New York and Geneva"), and a list that goes on after
 * the state ("Seattle, Oregon, Prague, ...", "Tokyo, Oklahoma and
 * Budenovsk") is a list of places. */
static const char *const state_after_town[] = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
    "virginia", "wisconsin", "wyoming", "new hampshire", "new jersey", "new mexico",
    "north carolina", "north dakota", "south carolina", "south dakota",
    "west virginia", "rhode island", "ontario", "alberta", "manitoba",
    "saskatchewan", "nova scotia", "new brunswick", "british columbia",
};

static int town_in_a_state(const ctx *c, size_t k, int32_t code)
{
    const fa_toks *t = &c->t;
    if (k >= t->ntok || !(t->tok[k].sep & SEP_COMMA) || !is_capitalised(&t->tok[k]))
        return 0;
    for (size_t j = 0; j < sizeof state_after_town / sizeof *state_after_town; j++) {
        const char *w = state_after_town[j], *sp = strchr(w, ' ');
        size_t n1 = sp ? (size_t)(sp - w) : strlen(w);
        if (!word_is(t, k, fa__hash_bytes(w, n1), w, n1))
            continue;
        if (sp && !(k + 1 < t->ntok && adjacent(t, k + 1) &&
                    word_is(t, k + 1, fa__hash_bytes(sp + 1, strlen(sp + 1)), sp + 1, strlen(sp + 1))))
            continue;
        size_t after = k + (sp ? 2 : 1);
        if (after < t->ntok && (t->tok[after].sep & SEP_COMMA) && is_capitalised(&t->tok[after]))
            return 0;
        /* "the events in Tokyo, Oklahoma and Budenovsk" */
        if (after + 1 < t->ntok && adjacent(t, after) && adjacent(t, after + 1) &&
            (word_is(t, after, fa__hash_bytes("and", 3), "and", 3) ||
             word_is(t, after, fa__hash_bytes("or", 2), "or", 2)) &&
            is_capitalised(&t->tok[after + 1]))
            return 0;
        return !(n1 == 7 && !memcmp(w, "georgia", 7) && code >= 0 &&
                 !strcmp(c->g->countries[code].code, "GEO"));
    }
    return 0;
}

static int country_mention(ctx *c, const fa_term *tm, size_t i, size_t n)
{
    const fa_toks *t = &c->t;
    const fa_tok *x = &t->tok[i];

    int32_t code = fa__term_code(c->g, tm, c->date.year);

    if (code < 0 || (tm->flags & TF_LOOKUP))
        return FA_OK;
    if ((tm->flags & TF_CAPSSKIP) && (x->flags & TOK_CAPSLINE))
        return FA_OK;
    if ((tm->flags & TF_NAMEADJ) && inside_name(c, i, n))
        return FA_OK;
    if (currency_sign(c, i, n))
        return FA_OK;
    if (tm->kind == TERM_CAPITAL && town_in_a_state(c, i + n, code))
        return FA_OK;
    if (negative_cue(c, tm->ctx, i, n))
        return FA_OK;
    if (tm->kind == TERM_DEMONYM &&
        (negative_cue(c, c->g->demonym_ctx, i, n) || same_language_list(c, i))) {
        c->language = i + 1;
        return FA_OK;
    }
    int waits = (tm->flags & TF_NEEDCUE) && !sentence_has_cue(c, i);
    cmention cm = { code, (uint32_t)i, (uint32_t)n, x->sent,
                    (uint8_t)((tm->kind == TERM_CAPITAL ? ENTITIES_AS_CAPITAL : 0) |
                              (tm->kind == TERM_DEMONYM ? ENTITIES_AS_DEMONYM : 0) |
                              (x->flags & TOK_DATELINE ? ENTITIES_AS_DATELINE : 0)),
                    (uint8_t)waits };
    int rc = push((void **)&c->cm, &c->ncm, &c->capcm, sizeof cm, &cm);
    if (rc)
        return rc;
    if (waits) {
        pending q = { x->sent, code };
        return push((void **)&c->q, &c->nq, &c->capq, sizeof q, &q);
    }
    return tag_country(c, code, x->sent);
}

/* Is tokens [i, i+n) written as a name: first and last word capitalised,
 * or the last a lower-case part hyphenated to a capitalised one? */
static int name_case(const fa_toks *t, size_t i, size_t n)
{
    const fa_tok *z = &t->tok[i + n - 1];
    return is_capitalised(&t->tok[i]) &&
           (is_capitalised(z) || (n > 1 && z->sep == SEP_HYPHEN &&
                                  is_capitalised(z - 1)));
}

static int is_roman(const fa_toks *t, size_t k)
{
    const char *s = fa__tok_fold(t, k);
    if (t->tok[k].shape != SHAPE_UPPER || t->tok[k].flen > 4)
        return 0;
    for (size_t j = 0; j < t->tok[k].flen; j++)
        if (!strchr("ivxl", s[j]))
            return 0;
    return 1;
}

static size_t title_span(const ctx *c, size_t k);
static size_t title_at(const ctx *c, size_t k, int32_t *title);

/* Whether the word before a name at ns is a monarch's title. */
static int after_regnal_title(const ctx *c, size_t ns)
{
    static const char *const regnal[] = {
        "king", "queen", "emperor", "empress", "pope", "prince", "princess",
        "tsar", "czar", "shah", "sultan", "emir", "amir", "negus",
    };
    const fa_toks *t = &c->t;
    const char *w = fa__tok_fold(t, ns - 1);
    size_t len = t->tok[ns - 1].flen;
    for (size_t i = 0; i < sizeof regnal / sizeof *regnal; i++)
        if (!strncmp(regnal[i], w, len) && !regnal[i][len])
            return 1;
    return 0;
}

/* Whether a monarch's title comes right before the name at tokens [ns,
 * ns + n) or inside it ("Czar Nicholas II" as a value). */
static int regnal_in(const ctx *c, size_t ns, size_t n)
{
    for (size_t k = ns > 0 ? ns : 1; k < ns + n; k++)
        if (after_regnal_title(c, k))
            return 1;
    return 0;
}

/* "President Yeltsin I believe": the pronoun, not a regnal number, when
 * a lower-case word other than a function word follows and the title
 * before the name at ns is not a monarch's ("King Albert I said", "Haile
 * Selassie I of Ethiopia" keep it). */
static int pronoun_i(const ctx *c, size_t ns, size_t k)
{
    const fa_toks *t = &c->t;
    if (fa__tok_fold(t, k)[0] != 'i' || k + 1 >= t->ntok || !adjacent(t, k + 1) ||
        t->tok[k + 1].shape != SHAPE_LOWER || (fa__word_class(c->g, t, k + 1) & WC_FUNC))
        return 0;
    return !after_regnal_title(c, ns);
}

static int is_name_suffix(const fa_toks *t, size_t k)
{
    const char *w = fa__tok_fold(t, k);
    return t->tok[k].flen == 2 && (!memcmp(w, "jr", 2) || !memcmp(w, "sr", 2));
}

static int courtesy_at(const ctx *c, size_t k);

/* "Defence Minister Amir Peretz": right after an office's title, "Amir"
 * before a capitalised word is a given name, not the emir's title (which
 * would leave a bare "Peretz"). */
static int given_amir(const ctx *c, size_t ns)
{
    const fa_toks *t = &c->t;
    return ns + 1 < t->ntok && t->tok[ns].shape == SHAPE_CAP && t->tok[ns].flen == 4 &&
           !memcmp(fa__tok_fold(t, ns), "amir", 4) && adjacent(t, ns + 1) &&
           t->tok[ns + 1].shape == SHAPE_CAP && !courtesy_at(c, ns + 1);   /* "Amir Sheikh" */
}

/* Whether the bytes [a, b) of c's text are blanks around one quotation
 * mark, the mark before the blanks when 'closing' ('" ', not ' "'). */
static int quote_gap(const ctx *c, size_t a, size_t b, int closing)
{
    static const char *const marks[] = { "\"", "\xe2\x80\x9c", "\xe2\x80\x9d", "'",
                                         "\xe2\x80\x98", "\xe2\x80\x99" };
    size_t i = a;
    if (!closing)
        while (i < b && c->text[i] == ' ')
            i++;
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        size_t n = strlen(marks[m]);
        if (i + n <= b && !memcmp(c->text + i, marks[m], n)) {
            size_t j = i + n;
            if (closing && (j == b || c->text[j] != ' '))
                return 0;           /* a closing mark is followed by a blank */
            while (j < b && c->text[j] == ' ')
                j++;
            return j == b && (closing || i > a);
        }
    }
    return 0;
}

/* 'Roelof "Pik" Botha', 'R.F. "Pik" Botha': token k is a nickname in
 * quotation marks between a given name or initial and a capitalised
 * surname. It is part of the name's span, but not of its value. */
static int quoted_nickname(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    if (k == 0 || k + 1 >= t->ntok || t->tok[k].shape != SHAPE_CAP ||
        !is_capitalised(&t->tok[k - 1]) || t->tok[k + 1].shape != SHAPE_CAP)
        return 0;
    const fa_tok *p = &t->tok[k - 1], *x = &t->tok[k], *z = &t->tok[k + 1];
    size_t pend = p->off + p->len;
    if (pend < x->off && c->text[pend] == '.')
        pend++;                     /* "R.F." */
    return quote_gap(c, pend, x->off, 0) && quote_gap(c, x->off + x->len, z->off, 1);
}

/* The capitalised name right after a title ending at token ns-1: how many
 * words it has (0 = no name). Initials and particles may sit inside it. */
static size_t name_after_title(const ctx *c, size_t ns, int after_comma)
{
    const fa_toks *t = &c->t;
    size_t end = 0;

    if (ns >= t->ntok || title_span(c, ns) >= 2)
        return 0;           /* "... and the Soviet Foreign Minister will" */
    uint16_t s = t->tok[ns].sep;
    int after_abbr = (s & SEP_PERIOD) && !(s & ~(SEP_PERIOD | SEP_SPACE | SEP_NL)) &&
                     (fa__word_class(c->g, t, ns - 1) & WC_ABBR);
    /* "..., Name" or "... (PAHO), Name" */
    uint16_t okm = SEP_COMMA | SEP_SPACE | SEP_NL |
                   ((t->tok[ns - 1].sep & SEP_OPEN) ? SEP_HARD : 0);
    int comma = after_comma && (s & SEP_COMMA) && !(s & ~okm) &&
                !(t->tok[ns - 1].flags & TOK_POSS);
    if (!adjacent(t, ns) && !after_abbr && !comma)
        return 0;
    for (size_t k = ns; k < t->ntok && k < ns + 6; k++) {
        const fa_tok *x = &t->tok[k];
        if (k > ns) {
            const fa_tok *p = &t->tok[k - 1];
            uint16_t sp = x->sep;
            int initial = p->flen == 1 && p->shape == SHAPE_UPPER;
            int ok = adjacent(t, k) || quoted_nickname(c, k) || quoted_nickname(c, k - 1) ||
                     (!(p->flags & TOK_POSS) && (sp == SEP_HYPHEN || sp == SEP_APOS)) ||
                     (initial && (sp & SEP_PERIOD) &&
                      !(sp & ~(SEP_PERIOD | SEP_SPACE | SEP_NL)));
            if (!ok || (p->flags & TOK_POSS))
                break;
        }
        uint16_t wc = fa__word_class(c->g, t, k);
        if (x->shape == SHAPE_CAP) {
            /* "Attorney General Jeff Sessions", "Sen. John Tower": a
             * word that ends names ("... Session") or names a building
             * ("... Tower") is the surname right after one given name,
             * when no capitalised word follows and no monarch's title
             * comes before ("Queen Elizabeth Hall" is a place) */
            if ((wc & WC_SURNAME) && k == ns + 1 && end == k && adjacent(t, k) &&
                !after_regnal_title(c, ns) &&
                !(k + 1 < t->ntok && adjacent(t, k + 1) && is_capitalised(&t->tok[k + 1]))) {
                end = k + 1;
                break;
            }
            /* "King David Hotel", "Prince William Sound": a place or a
             * body named after someone; no person here. */
            if ((wc & WC_INST) && adjacent(t, k))
                return 0;
            /* After a particle a word is a name whatever else it is
             * ("Qaboos bin Said"). */
            int after_particle = k > ns && t->tok[k - 1].shape == SHAPE_LOWER &&
                                 (fa__word_class(c->g, t, k - 1) & WC_PARTICLE);
            /* "Howard H. Baker Jr.": a suffix right after the surname is
             * part of the name (not of "... King Jr. County", which the
             * place's word refuses below) */
            if (end == k && k > ns && adjacent(t, k) && is_name_suffix(t, k)) {
                end = k + 1;
                continue;
            }
            if ((wc & (WC_STOP | WC_TIME | WC_FUNC)) && !after_particle)
                break;
            /* "Ambassador Volkan Bozkir President of the General
             * Assembly": after two words of a name, an office title of
             * several words, or one and its "of", begins the post */
            int32_t ti = -1;
            size_t tn = k >= ns + 2 ? title_at(c, k, &ti) : 0;
            if (tn && !c->g->titles[ti].namepart &&
                (tn >= 2 || (k + 1 < t->ntok && adjacent(t, k + 1) &&
                             word_is(t, k + 1, c->of_hash, "of", 2))))
                break;
            end = k + 1;
        } else if (x->shape == SHAPE_UPPER && x->flen == 1 && end == k && is_roman(t, k) &&
                   !(k + 1 < t->ntok && adjacent(t, k + 1) && is_capitalised(&t->tok[k + 1])) &&
                   !pronoun_i(c, ns, k)) {
            end = k + 1;                    /* "Mohamed V", not an initial */
        } else if (x->shape == SHAPE_UPPER && x->flen == 1) {
            continue;                       /* an initial: needs a name after */
        } else if (x->shape == SHAPE_UPPER && end && is_roman(t, k)) {
            end = k + 1;
        } else if (x->shape == SHAPE_LOWER && end == k && x->sep == SEP_HYPHEN &&
                   t->tok[k - 1].flen == 2 && !memcmp(fa__tok_fold(t, k - 1), "co", 2)) {
            /* "Minister for Development Co-operation": a word's prefix,
             * no name */
            return 0;
        } else if (x->shape == SHAPE_LOWER && end == k && x->sep == SEP_HYPHEN &&
                   !(k + 1 < t->ntok && t->tok[k + 1].sep == SEP_HYPHEN)) {
            /* Ban Ki-moon, Moon Jae-in; not the middle of a compound
             * ("Commander-in-Chief", "Port-au-Prince"), nor a dash a scan
             * read as a hyphen ("President Kaunda-whose country"): the
             * name ends before it */
            if (wc & WC_FUNC)
                break;
            end = k + 1;
        } else if (x->shape == SHAPE_LOWER && end == k && x->sep == SEP_APOS &&
                   x->flen >= 2 && !(t->tok[k - 1].flags & TOK_POSS)) {
            /* "Zeid Ra’ad", "Ma'ruf": an apostrophe inside a word of the
             * name (an elided vowel, a glottal stop), not its end */
            end = k + 1;
        } else if (x->shape == SHAPE_LOWER && (wc & WC_PARTICLE) && end) {
            continue;
        } else {
            break;
        }
    }
    /* "Queen Anne's County", "King Edward's School": a place named after
     * someone; no person here either. */
    if (end && (t->tok[end - 1].flags & TOK_POSS) && end < t->ntok &&
        is_capitalised(&t->tok[end]) && (fa__word_class(c->g, t, end) & WC_INST))
        return 0;
    return end ? end - ns : 0;
}

/* Longest gazetteer name form starting at token i, at most 'max' words. */
static size_t official_at(const ctx *c, size_t i, size_t max, int32_t *gaz)
{
    const fa_toks *t = &c->t;
    uint64_t h = FA_HASH_SEED;
    size_t best = 0;
    for (size_t n = 1; n <= max && i + n <= t->ntok; n++) {
        if (n > 1 && !phrase_join(t, i + n - 1))
            break;
        h = fa__hash_step(h, t->tok[i + n - 1].hash);
        const fa_phrase *p = fa__phrase_find(c->g, h, t, i, n);
        if (!p)
            break;
        if (p->official >= 0 && name_case(t, i, n)) {
            best = n;
            *gaz = p->official;
        }
        if (!p->prefix)
            break;
    }
    return best;
}

/* The gazetteer official named by the nn words at ns, or -1. The
 * gazetteer's form may go on where the name rules stopped the name ("Mrs.
 * Jana de St. Kern", "Mr. Jan Kern do Amaral"): the longest form starting
 * at ns wins, and *nn grows to it. */
static int32_t name_official(const ctx *c, size_t ns, size_t *nn)
{
    int32_t gaz = -1;
    size_t lo = official_at(c, ns, *nn + NAME_GAZ_MORE, &gaz);
    if (lo < *nn)
        return -1;
    *nn = lo;
    return gaz;
}

static int add_mention(ctx *c, int32_t gaz, size_t tok, size_t ntok,
                       int32_t title, int single, int create)
{
    mention m = { gaz, (uint32_t)tok, (uint32_t)ntok, title,
                  (uint8_t)single, (uint8_t)create, 0, 0, -1, 0, 0 };

    return push((void **)&c->m, &c->nm, &c->capm, sizeof m, &m);
}

/* Does an apposition end at token k: a comma, a sentence end or the text's
 * end, so that the capitalised run before it is the whole name? */
static int apposition_closes(const fa_toks *t, size_t k)
{
    return k >= t->ntok || (t->tok[k].sep & (SEP_COMMA | SEP_PERIOD | SEP_END |
                                             SEP_HARD | SEP_BLANK));
}

/* Is the one word at k a country term (a name, demonym or capital)? */
static int country_word(const ctx *c, size_t k)
{
    const fa_gazetteer *g = c->g;
    if (!fa__first_maybe(g, c->t.tok[k].hash))
        return 0;
    const fa_phrase *p = fa__phrase_find(g, fa__hash_step(FA_HASH_SEED, c->t.tok[k].hash),
                                        &c->t, k, 1);
    return p && ((p->term >= 0 && g->terms[p->term].code >= 0) || p->title >= 0);
}

/* A name before a title in apposition: "Paul Volcker, chairman of the
 * Federal Reserve Board", "Nigel Lawson, Britain's Chancellor of the
 * Exchequer", "Marlin Fitzwater, the White House spokesman". The title
 * starts at token i; 'cstart' is where a country term ending right before
 * it starts (or i). Adds the mention; a name of one word is not taken
 * (it may be anything: "Meanwhile, the Finance Minister"). */
static int courtesy_at(const ctx *c, size_t k);
static int is_private_word(const fa_toks *t, size_t k);
static int post_word(const fa_toks *t, size_t k);
static int title_word(const ctx *c, size_t k);
static int head_word_any(const fa_toks *t, size_t k);

/* Does an apposition open before token k: a comma, or a dash ("Jan Kern --
 * the finance minister -- said", the wire's style)? */
static int apposition_opens(const fa_toks *t, size_t k)
{
    uint16_t s = t->tok[k].sep;
    if (s & SEP_DASH)
        return !(s & ~(SEP_DASH | SEP_HARD | SEP_SPACE | SEP_NL));
    return (s & SEP_COMMA) && !(s & ~(SEP_COMMA | SEP_SPACE | SEP_NL));
}
static int post_word(const fa_toks *t, size_t k);

static int clause_start(const fa_toks *t, size_t k);

/* Is token k a capitalised possessive of a gazetteer official's surname
 * ("Yeltsin's")? */
static int official_possessive(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    if (!(t->tok[k].flags & TOK_POSS) || t->tok[k].shape != SHAPE_CAP)
        return 0;
    const fa_word *w = fa__word_find(c->g, t->tok[k].hash, fa__tok_fold(t, k), t->tok[k].flen);
    return w && w->n;
}

static int time_qualifier(const fa_toks *t, size_t k);

static int word_in(const fa_toks *t, size_t k, const char *const *list, size_t n)
{
    for (size_t j = 0; j < n; j++)
        if (word_is(t, k, fa__hash_bytes(list[j], strlen(list[j])), list[j], strlen(list[j])))
            return 1;
    return 0;
}

/* Whether the words before a title at token i introduce it as a post
 * whose holder an apposition names, beside "the" (title_mention):
 * "their Prime Minister, Mr. Lynden Pindling,", "his Personal Envoy,
 * Mr. James Baker,", "our former President, José Figueres,", "a former
 * Secretary-General, Trygve Lie,", "As Secretary-General, Kofi Annan, a
 * Ghanaian,", "the Secretary-General's Special Envoy, Martti Ahtisaari,",
 * "the Conference's Secretary-General, Mr. Maurice Strong,". */
static int apposition_lead(const ctx *c, size_t i, const fa_title *ti)
{
    static const char *const owner[] = { "his", "her", "their", "its", "our", "my", "your" };
    static const char *const article[] = { "a", "an" };
    static const char *const modifier[] = {
        "joint", "personal", "acting", "interim", "special", "distinguished",
        "first", "second", "third", "last", "sitting", "founding",
        "democratically", "elected",
    };
    const size_t nmod = sizeof modifier / sizeof *modifier;
    const fa_toks *t = &c->t;
    size_t j = i;
    /* "the then-Foreign Minister": a hyphen after a time word too */
    while (j > 0 && i - j < 3 &&
           (adjacent(t, j) || (t->tok[j].sep == SEP_HYPHEN && time_qualifier(t, j - 1))) &&
           (time_qualifier(t, j - 1) || word_in(t, j - 1, modifier, nmod)))
        j--;
    /* "India's first Prime Minister, Jawaharlal Nehru,": a country's
     * possessive or a country before the modifiers, as before a title */
    if (j < i && c->cend == j)
        return 1;
    /* blanks alone before the title (adjacent() is false after a
     * possessive, which the last case wants) */
    if (j == 0 || (t->tok[j].sep & ~(SEP_SPACE | SEP_NL)))
        return 0;
    size_t d = j - 1;
    if (t->tok[d].shape == SHAPE_LOWER || (t->tok[d].flags & TOK_SENT)) {
        /* "the Joint Special Envoy", "the late diplomat and former
         * Secretary-General, Kofi Annan," */
        if (word_in(t, d, owner, 7) ||
            (j < i && (word_is(t, d, c->the_hash, "the", 3) ||
                       word_is(t, d, fa__hash_bytes("and", 3), "and", 3))))
            return 1;
        if (j < i && word_in(t, d, article, 2))
            return 1;                       /* "a former": not "a Minister, Jan" */
        if (j == i && (t->tok[d].flags & TOK_SENT) &&
            word_is(t, d, fa__hash_bytes("as", 2), "as", 2))
            return 1;
    }
    /* "my country's first President, Franjo Tudjman,": a polity's
     * possessive in lower case */
    static const char *const polity[] = { "country", "nation", "state", "government" };
    if ((t->tok[d].flags & TOK_POSS) && t->tok[d].shape == SHAPE_LOWER &&
        word_in(t, d, polity, 4))
        return 1;
    /* a capitalised possessive after "the": a title's or a body's, for
     * a post no company has */
    if (!(t->tok[d].flags & TOK_POSS) || t->tok[d].shape != SHAPE_CAP || ti->generic ||
        is_private_word(t, d))
        return 0;
    size_t b = d;
    while (b > 0 && d - b < 3 && (adjacent(t, b) || t->tok[b].sep == SEP_HYPHEN) &&
           is_capitalised(&t->tok[b - 1]) && !(t->tok[b - 1].flags & TOK_POSS))
        b--;
    return b > 0 && (adjacent(t, b) || t->tok[b].sep == SEP_HYPHEN) &&
           word_is(t, b - 1, c->the_hash, "the", 3);
}

/* How many words before token j are "who is", "who was", "who became",
 * "who has been", "who had been" (0 if none). */
static size_t relative_copula(const fa_toks *t, size_t j)
{
    static const char *const cop[] = { "is", "was", "became", "remains", "been" };
    if (j < 2)
        return 0;
    size_t k = j - 1;
    int ok = 0;
    for (size_t q = 0; q < sizeof cop / sizeof *cop; q++)
        if (word_is(t, k, fa__hash_bytes(cop[q], strlen(cop[q])), cop[q], strlen(cop[q])))
            ok = 1;
    if (!ok || !adjacent(t, k))
        return 0;
    if (k >= 2 && t->tok[k].flen == 4 && !memcmp(fa__tok_fold(t, k), "been", 4) &&
        (word_is(t, k - 1, fa__hash_bytes("has", 3), "has", 3) ||
         word_is(t, k - 1, fa__hash_bytes("had", 3), "had", 3)) && adjacent(t, k - 1))
        k--;
    if (k < 1 || !word_is(t, k - 1, fa__hash_bytes("who", 3), "who", 3))
        return 0;
    return j - (k - 1);
}

static size_t country_span(const ctx *c, size_t k, const fa_term **term);

static int name_before_title(ctx *c, int32_t title, size_t i, size_t cstart)
{
    const fa_toks *t = &c->t;
    size_t j = cstart;
    /* "the White House spokesman": the body's capitalised words */
    while (j > 0 && cstart - j < 4 && adjacent(t, j) && is_capitalised(&t->tok[j - 1]) &&
           !(t->tok[j - 1].flags & TOK_SENT))
        j--;
    (void)i;
    /* "the", "a", "former", "a former", and the post's modifiers, its
     * portfolio and a possessive ("the country's acting health minister") */
    if (j > 0 && (t->tok[j - 1].flags & TOK_POSS) && is_private_word(t, j - 1))
        return FA_OK;                       /* "the party's general secretary" */
    for (int k = 0; k < 4 && j > 0 &&
                    (word_is(t, j - 1, c->the_hash, "the", 3) ||
                     word_is(t, j - 1, c->a_hash, "a", 1) ||
                     word_is(t, j - 1, c->former_hash, "former", 6) ||
                     (t->tok[j - 1].shape == SHAPE_LOWER &&
                      ((t->tok[j - 1].flags & TOK_POSS) || post_word(t, j - 1))) ||
                     /* "Jan Kern, Yeltsin's spokesman": an official's
                      * staff serve the state */
                     official_possessive(c, j - 1)); k++)
        j--;
    /* "Jan Kern, who is finance minister," "..., who was the
     * minister until 1985," */
    size_t rel = relative_copula(t, j);
    if (rel && j > rel)
        j -= rel;
    if (j < 1 || !apposition_opens(t, j) || (t->tok[j - 1].flags & TOK_POSS))
        return FA_OK;
    /* The capitalised run ending at j-1: words joined by blanks, hyphens
     * or an initial's period; particles (de, van) inside it. */
    size_t s = j;
    while (s > 0 && j - s < 6) {
        size_t k = s - 1;
        const fa_tok *x = &t->tok[k];
        uint16_t wc = fa__word_class(c->g, t, k);
        int cap = x->shape == SHAPE_CAP || (x->shape == SHAPE_UPPER && x->flen == 1);
        /* "Huang Kwo-ching", "Ban Ki-moon": a lower-case part after a
         * hyphen */
        int part = x->shape == SHAPE_LOWER && x->sep == SEP_HYPHEN && k > 0 &&
                   is_capitalised(&t->tok[k - 1]);
        /* "SK Sharif, senior deputy director": initials written together
         * start the name */
        if (x->shape == SHAPE_UPPER && x->flen >= 2 && x->flen <= 3 && k + 1 < j &&
            t->tok[k + 1].shape == SHAPE_CAP && adjacent(t, k + 1) && !country_word(c, k) &&
            !(fa__word_class(c->g, t, k) & (WC_STOP | WC_FUNC | WC_INST))) {
            s = k;
            break;
        }
        if (!(cap || part || ((wc & WC_PARTICLE) && s < j && x->shape == SHAPE_LOWER)))
            break;
        /* "Marine Corps Major Tim Keefe, a spokesman": a title ends the
         * name's run from the left */
        if (j - k >= 3 && cap && (courtesy_at(c, k) || title_word(c, k)))
            break;
        /* "Jose A. Cordova": an initial, not the article "a" */
        int initial_here = x->shape == SHAPE_UPPER && x->flen == 1 && k + 1 < j &&
                           (t->tok[k + 1].sep & SEP_PERIOD);
        if (cap && !initial_here && (wc & (WC_STOP | WC_FUNC | WC_TIME | WC_INST)))
            break;
        s = k;
        if (k == 0 || (t->tok[k].flags & TOK_SENT))
            break;
        uint16_t sp = t->tok[k].sep;
        int initial = t->tok[k - 1].flen == 1 && t->tok[k - 1].shape == SHAPE_UPPER;
        if (!(adjacent(t, k) || sp == SEP_HYPHEN || sp == SEP_APOS ||
              (initial && (sp & SEP_PERIOD) && !(sp & ~(SEP_PERIOD | SEP_SPACE)))))
            break;
    }
    while (s < j && t->tok[s].shape == SHAPE_LOWER)
        s++;                                /* a particle cannot start it */
    /* "the Ministers for Foreign Affairs, the Secretary-General": the run
     * is a post's portfolio or body, after its head word and "for" or
     * "of", no one's name */
    if (s >= 2 && s < j && adjacent(t, s) && adjacent(t, s - 1) &&
        t->tok[s - 1].shape == SHAPE_LOWER &&
        (word_is(t, s - 1, c->of_hash, "of", 2) ||
         word_is(t, s - 1, fa__hash_bytes("for", 3), "for", 3)) &&
        (title_word(c, s - 2) || head_word_any(t, s - 2)))
        return FA_OK;
    /* "Greenspan, the Fed chairman, said": one word opening its clause
     * is a surname after a title would be: the article's official of
     * that name, else the one gazetteer official it fits; never a value
     * of its own (resolve_officials, step 3) */
    /* ... and so is one after a courtesy title that opens the clause
     * ("Mr. Khrushchev, Chairman of the Council of Ministers, said") */
    int polite = s > 0 && courtesy_at(c, s - 1) &&
                 (s - 1 == 0 || (t->tok[s - 1].flags & TOK_SENT) || clause_start(t, s - 1));
    if (j - s == 1 && title >= 0 && t->tok[s].shape == SHAPE_CAP && t->tok[s].flen >= 3 &&
        (s == 0 || (t->tok[s].flags & TOK_SENT) || clause_start(t, s) || polite) &&
        !(fa__word_class(c->g, t, s) & (WC_STOP | WC_FUNC | WC_TIME | WC_INST)) &&
        !country_word(c, s) && !courtesy_at(c, s) && !title_word(c, s))
        return add_mention(c, -1, s, 1, title, 1, 1);
    if (j - s < 2 || !is_capitalised(&t->tok[s]) || t->tok[s].flen < 2)
        return FA_OK;
    /* The run must start the phrase: a capitalised word glued before it
     * would make it part of a longer name. */
    if (s > 0 && !(t->tok[s].flags & TOK_SENT) && adjacent(t, s) &&
        is_capitalised(&t->tok[s - 1]) && !courtesy_at(c, s - 1) && !title_word(c, s - 1))
        return FA_OK;
    /* "the Non-Aligned Movement, Prime Minister ...": a run after "the"
     * names a thing, not a person */
    if (s > 0 && adjacent(t, s) && word_is(t, s - 1, c->the_hash, "the", 3) &&
        !courtesy_at(c, s))
        return FA_OK;
    /* "Mr Huang Kwo-ching, deputy ...", "Alhaji Sir Dawda Jawara, ..." */
    for (int k = 0; k < 3 && s + 2 < j && courtesy_at(c, s); k++)
        s++;
    /* "... to Burkina Faso, the current Chair of ECOWAS": a country of
     * several words is no one; nor is a run after "in" or "at" ("in
     * Sao Paulo, the President of the Republic") or after a body's "for"
     * ("the Military Committee for National Recovery, President of the
     * Republic") */
    const fa_term *ctm = NULL;
    if (country_span(c, s, &ctm) == j - s)
        return FA_OK;
    if (s > 0 && adjacent(t, s) && t->tok[s - 1].shape == SHAPE_LOWER &&
        (word_is(t, s - 1, fa__hash_bytes("in", 2), "in", 2) ||
         word_is(t, s - 1, fa__hash_bytes("at", 2), "at", 2) ||
         (s > 1 && word_is(t, s - 1, fa__hash_bytes("for", 3), "for", 3) &&
          is_capitalised(&t->tok[s - 2]))))
        return FA_OK;
    int32_t gaz = -1;
    size_t lo = official_at(c, s, j - s, &gaz);
    if (lo == j - s)
        return add_mention(c, gaz, s, lo, title, 0, 1);
    for (size_t k = s; k < j; k++)
        if (country_word(c, k))
            return FA_OK;
    return add_mention(c, -1, s, j - s, title, 0, 1);
}

/* The longest country term starting at token k (how many words, and the
 * term in *term), or 0. */
static size_t country_span(const ctx *c, size_t k, const fa_term **term)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    uint64_t h = FA_HASH_SEED;
    size_t best = 0;
    if (!fa__first_maybe(g, t->tok[k].hash))
        return 0;
    for (size_t n = 1; k + n <= t->ntok && n <= g->maxtok; n++) {
        if (n > 1 && !phrase_join(t, k + n - 1))
            break;
        h = fa__hash_step(h, t->tok[k + n - 1].hash);
        const fa_phrase *p = fa__phrase_find(g, h, t, k, n);
        if (!p)
            break;
        if (p->term >= 0 && g->terms[p->term].code >= 0 &&
            case_ok(t, k, n, g->terms[p->term].capmask, g->terms[p->term].acromask)) {
            best = n;
            *term = &g->terms[p->term];
        }
        if (!p->prefix)
            break;
    }
    return best;
}

/* Whether a country's name or adjective ends right before token k ("US
 * ambassador", "the United States ambassador", "Pakistan's envoy"). */
static int country_ends_before(const ctx *c, size_t k)
{
    if (k == 0 || !adjacent(&c->t, k))
        return 0;
    for (size_t b = 1; b <= 4 && b <= k; b++) {
        const fa_term *tm = NULL;
        if (country_span(c, k - b, &tm) == b)
            return 1;
    }
    return 0;
}

/* Whether title 'ti', matched as written at token k, is one there: a 'c'
 * title in lower case only after a country ("US ambassador Philip
 * Goldberg", not "goodwill ambassador Angelina Jolie", "the Nike
 * ambassador"). Every reading of a title asks this. */
static int title_here(const ctx *c, int32_t ti, size_t k)
{
    if (!c->g->titles[ti].lower_needs_country || c->t.tok[k].shape != SHAPE_LOWER)
        return 1;
    if (!country_ends_before(c, k))
        return 0;
    /* "his Jordanian counterpart, Taher al-Masri": a counterpart holds
     * the post of someone the sentence has named by an office's title
     * before it (not "the Real Madrid coach embraced his Spanish
     * counterpart") */
    if (strcmp(c->g->titles[ti].display, "Counterpart"))
        return 1;
    for (size_t j = k; j-- > 0;) {
        if (title_span(c, j))
            return 1;
        if (c->t.tok[j].flags & TOK_SENT)
            break;
    }
    return 0;
}

/* Does token k start an office title as written? */
static int title_word(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    if (k >= t->ntok || !fa__first_maybe(c->g, t->tok[k].hash))
        return 0;
    const fa_phrase *p = fa__phrase_find(c->g, fa__hash_step(FA_HASH_SEED, t->tok[k].hash),
                                        t, k, 1);
    return p && p->title >= 0 && c->g->titles[p->title].office &&
           case_ok(t, k, 1, c->g->titles[p->title].capmask,
                   c->g->titles[p->title].acromask) && title_here(c, p->title, k);
}

/* The words of the longest office title starting at token k as written
 * ("Foreign Minister", "Secretary of State"), or 0. */
static size_t title_span(const ctx *c, size_t k)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    uint64_t h = FA_HASH_SEED;
    size_t best = 0;
    if (k >= t->ntok || !fa__first_maybe(g, t->tok[k].hash))
        return 0;
    for (size_t n = 1; k + n <= t->ntok && n <= g->maxtok; n++) {
        if (n > 1 && !phrase_join(t, k + n - 1))
            break;
        h = fa__hash_step(h, t->tok[k + n - 1].hash);
        const fa_phrase *p = fa__phrase_find(g, h, t, k, n);
        if (!p)
            break;
        if (p->title >= 0 && g->titles[p->title].office &&
            case_ok(t, k, n, g->titles[p->title].capmask, g->titles[p->title].acromask) &&
            title_here(c, p->title, k))
            best = n;
        if (!p->prefix)
            break;
    }
    return best;
}

/* The longest office title starting at token k as written: its words,
 * and its index in *title (left alone when none). */
static size_t title_at(const ctx *c, size_t k, int32_t *title)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    uint64_t h = FA_HASH_SEED;
    size_t best = 0;
    if (k >= t->ntok || !fa__first_maybe(g, t->tok[k].hash))
        return 0;
    for (size_t n = 1; k + n <= t->ntok && n <= g->maxtok; n++) {
        if (n > 1 && !phrase_join(t, k + n - 1))
            break;
        h = fa__hash_step(h, t->tok[k + n - 1].hash);
        const fa_phrase *p = fa__phrase_find(g, h, t, k, n);
        if (!p)
            break;
        if (p->title >= 0 && g->titles[p->title].office &&
            case_ok(t, k, n, g->titles[p->title].capmask, g->titles[p->title].acromask) &&
            title_here(c, p->title, k)) {
            best = n;
            *title = p->title;
        }
        if (!p->prefix)
            break;
    }
    return best;
}

/* Is token k a courtesy title (Mr, Dr) as written? */
static int courtesy_at(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    if (!fa__first_maybe(c->g, t->tok[k].hash))
        return 0;
    const fa_phrase *p = fa__phrase_find(c->g, fa__hash_step(FA_HASH_SEED, t->tok[k].hash),
                                        t, k, 1);
    return p && p->title >= 0 && !c->g->titles[p->title].office &&
           case_ok(t, k, 1, c->g->titles[p->title].capmask,
                   c->g->titles[p->title].acromask);
}

/* Does the apposition around a title at [i, e) name an international
 * organisation ("the chief of the UN's World Health Organization", "the
 * United Nations coordinator")? Looks back to the comma before the title
 * and on to the apposition's end. */
static int names_org(const ctx *c, size_t i, size_t e)
{
    static const char *const org[] = {
        "un", "nations", "who", "nato", "imf", "unicef", "unhcr", "unesco", "wto",
        "iaea", "fao", "opec", "asean", "eu", "oas", "au", "paho", "wfp", "undp",
        "ocha", "unaids", "interpol", "osce", "ecowas",
    };
    const fa_toks *t = &c->t;
    size_t from = i;
    int found = 0;
    while (from > 0 && i - from < 6 && !(t->tok[from].sep & (SEP_COMMA | SEP_PERIOD |
                                                              SEP_END | SEP_HARD)))
        from--;
    for (size_t j = from; j < t->ntok && j < e + 12; j++) {
        if (j > e && apposition_closes(t, j))
            break;
        if (!is_capitalised(&t->tok[j]))
            continue;
        for (size_t o = 0; o < sizeof org / sizeof *org; o++)
            if (t->tok[j].flen == strlen(org[o]) &&
                !memcmp(fa__tok_fold(t, j), org[o], t->tok[j].flen))
                found = 1;
        /* "President of the United Nations Association of Thailand": a
         * society named after the organisation is not it (a bank is
         * public as the World Bank) */
        if (j >= e && is_private_word(t, j) &&
            !(t->tok[j].flen == 4 && !memcmp(fa__tok_fold(t, j), "bank", 4)))
            return 0;
    }
    return found;
}

static int body_end_word(const fa_toks *t, size_t k);
static int head_is_modifier(const fa_toks *t, size_t h);
static int state_chief(const fa_toks *t, size_t h);
static int post_is_public(const ctx *c, size_t a, size_t b, int country_ok,
                          int minister);
static int is_post_verb(const fa_toks *t, size_t k);
static int is_public_head(const fa_toks *t, size_t k);

/* Words that date a post between "the" and the title: "the then
 * Minister", "the late President". */
static int time_qualifier(const fa_toks *t, size_t k)
{
    static const char *const q[] = {
        "then", "former", "late", "current", "present", "outgoing", "incoming", "new",
        "ex",   /* "the ex-President, Jan Kern," */
    };
    if (t->tok[k].shape != SHAPE_LOWER)
        return 0;
    for (size_t j = 0; j < sizeof q / sizeof *q; j++)
        if (word_is(t, k, fa__hash_bytes(q[j], strlen(q[j])), q[j], strlen(q[j])))
            return 1;
    return 0;
}

/* "His Excellency", "Her Majesty": 1 when token k is "his" or "her" right
 * before a courtesy title, else 0. */
static size_t possessive_courtesy(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    return k + 1 < t->ntok && adjacent(t, k + 1) &&
           (word_is(t, k, fa__hash_bytes("his", 3), "his", 3) ||
            word_is(t, k, fa__hash_bytes("her", 3), "her", 3)) &&
           courtesy_at(c, k + 1);
}

/* Is the title at [i, i+n) one of the generic heads that a company has as
 * well ("president", "chief executive"), written in lower case? The
 * ministers' and secretaries' generic titles are not: in lower case they
 * are a government's. */
static int lower_generic(const ctx *c, int32_t title, size_t i, size_t n)
{
    static const char *const heads[] = {
        "President", "Chairperson", "Head", "Chief", "Coordinator", "Chief Executive",
        "Director-General",
    };
    const fa_title *ti = &c->g->titles[title];
    if (!ti->generic)
        return 0;
    for (size_t k = i; k < i + n; k++)
        if (c->t.tok[k].shape != SHAPE_LOWER)
            return 0;
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        if (!strcmp(ti->display, heads[h]))
            return 1;
    return 0;
}

static int fits_date(const ctx *c, uint32_t id);
static int posts_have_word(const fa_official *o, const char *w, size_t n);
static int post_fits(const fa_gazetteer *g, int32_t title, uint32_t id);
static int too_early(const ctx *c, uint32_t id);

/* May the surname at k after "the <title> ..., Mr." be resolved by the
 * title? A title of definite posts resolves it later; a generic one
 * ("Chairman", "Governor": any post) only when a gazetteer official of
 * that surname in office has the title's last word in a post ("Chairman
 * of the Council of Ministers"), not "The governor, Mr. Habib" for the
 * special envoy. */
static int polite_surname_fits(const ctx *c, int32_t title, size_t k)
{
    const fa_title *ti = &c->g->titles[title];
    const fa_toks *t = &c->t;
    const fa_word *sw = fa__word_find(c->g, t->tok[k].hash, fa__tok_fold(t, k), t->tok[k].flen);
    if (!c->date.year)
        return 0;                           /* undated, too many would fit */
    if (strcmp(ti->posts, "*")) {
        /* ... and one of definite posts only for a holder of them, now or
         * before (or for a surname no one has: a respelling, which the
         * title resolves); else the courtesy title's surname is resolved
         * as before */
        if (!sw)
            return 1;
        for (uint32_t j = 0; j < sw->n; j++) {
            uint32_t id = c->g->surname_ids[sw->first + j];
            if (!too_early(c, id) && post_fits(c->g, title, id))
                return 1;
        }
        return 0;
    }
    const char *w = strrchr(ti->display, ' ');
    w = w ? w + 1 : ti->display;
    char low[32];
    size_t n = strlen(w);
    if (n >= sizeof low)
        return 0;
    for (size_t j = 0; j < n; j++)
        low[j] = (char)(w[j] | 0x20);
    for (uint32_t j = 0; sw && j < sw->n; j++) {
        uint32_t id = c->g->surname_ids[sw->first + j];
        if (fits_date(c, id) && posts_have_word(&c->g->officials[id], low, n))
            return 1;
    }
    return 0;
}

/* "the United Nations Commissioner", "the Australian Foreign Minister": a
 * title after "the" and a public body's or a country's capitalised name
 * (at most four words), which is read like "the <title>" before a name in
 * apposition. */
static int the_public_body(const ctx *c, size_t i)
{
    const fa_toks *t = &c->t;
    size_t b = i;
    while (b > 0 && i - b < 4 && adjacent(t, b) && is_capitalised(&t->tok[b - 1]) &&
           !(t->tok[b - 1].flags & TOK_POSS))
        b--;
    if (!(b < i && b > 0 && adjacent(t, b) && word_is(t, b - 1, c->the_hash, "the", 3)))
        return 0;
    /* "United Nations" only here: as a composed post's body it would let
     * the rest of a body's name be read as a person ("the Executive
     * Secretary of the United Nations Framework Convention") */
    if (i - b == 2 && t->tok[b].flen == 6 && t->tok[b + 1].flen == 7 &&
        !memcmp(fa__tok_fold(t, b), "united", 6) &&
        !memcmp(fa__tok_fold(t, b + 1), "nations", 7))
        return 1;
    return post_is_public(c, b, i, 1, 0);
}

/* "H.E.", the courtesy His Excellency, at tokens k and k + 1. */
static int his_excellency(const fa_toks *t, size_t k)
{
    return k + 2 < t->ntok && t->tok[k].flen == 1 && t->tok[k + 1].flen == 1 &&
           t->tok[k].shape == SHAPE_UPPER && t->tok[k + 1].shape == SHAPE_UPPER &&
           fa__tok_fold(t, k)[0] == 'h' && fa__tok_fold(t, k + 1)[0] == 'e' &&
           t->tok[k + 1].sep == SEP_PERIOD;
}

/* The generic titles that head companies more often than states: the
 * body before or after the name decides (a "President" of an unknown
 * capitalised body is as often a region's, "Puntland President", as a
 * company's, and is kept). */
static int company_head(const fa_title *ti)
{
    static const char *const heads[] = {
        "Chairman", "Chairwoman", "Chairperson", "Chief Executive",
    };
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        if (!strcmp(ti->display, heads[h]))
            return 1;
    return 0;
}

/* "Jimmy Carter, the former president,": is the title at i in apposition
 * (after a comma and "the", "former", ...) right after a gazetteer name
 * whose person held a post the title names? */
static int gazetteer_before(const ctx *c, int32_t title, size_t i)
{
    const fa_toks *t = &c->t;
    size_t j = i;
    while (j > 0 && i - j < 3 && !(t->tok[j].sep & SEP_COMMA) && adjacent(t, j) &&
           (word_is(t, j - 1, c->the_hash, "the", 3) || time_qualifier(t, j - 1)))
        j--;
    if (!c->nm || !(t->tok[j].sep & SEP_COMMA) || (t->tok[j].sep & ~(SEP_COMMA | SEP_SPACE | SEP_NL)))
        return 0;
    const mention *m = &c->m[c->nm - 1];
    return m->gaz >= 0 && m->tok + m->ntok == j && post_fits(c->g, title, (uint32_t)m->gaz);
}

/* Is the generic title at token i, whose name ends before token z, a
 * body's that is not public: capitalised words right before it
 * ("Siemens Chairman", "ANC President"), or "of" and a body after the name
 * ("Chairman Jan Kern of Siemens"), that name no country and no public
 * body? */
static int generic_of_private(const ctx *c, size_t i, size_t z)
{
    const fa_toks *t = &c->t;
    size_t m = i;
    while (m > 0 && i - m < 3 && adjacent(t, m) && (post_word(t, m - 1) ||
                                                   time_qualifier(t, m - 1)))
        m--;                                /* "Deputy Chairman", "Acting" */
    size_t b = m;
    i = m;
    while (b > 0 && i - b < 4 && adjacent(t, b) && is_capitalised(&t->tok[b - 1]) &&
           !(fa__word_class(c->g, t, b - 1) & (WC_FUNC | WC_TIME)) && !title_word(c, b - 1) &&
           !courtesy_at(c, b - 1))           /* "Comrade Chairman Mengistu" */
        b--;
    if (b < i && !post_is_public(c, b, i, 1, 0))
        return 1;
    if (z + 2 < t->ntok && adjacent(t, z) && word_is(t, z, c->of_hash, "of", 2) &&
        adjacent(t, z + 1)) {
        size_t a = z + 1;
        if (word_is(t, a, c->the_hash, "the", 3) && a + 1 < t->ntok && adjacent(t, a + 1))
            a++;
        size_t e = a;
        while (e < t->ntok && e < a + 10 &&
               (e == a || !(t->tok[e].sep & ~(SEP_SPACE | SEP_NL)) ||
                t->tok[e].sep == SEP_HYPHEN) &&     /* "the People's Congress" */
               (is_capitalised(&t->tok[e]) ||
                (e > a && (word_is(t, e, c->of_hash, "of", 2) ||
                           word_is(t, e, c->the_hash, "the", 3) ||
                           word_is(t, e, fa__hash_bytes("and", 3), "and", 3) ||
                           word_is(t, e, fa__hash_bytes("for", 3), "for", 3)))))
            e++;
        if (e > a && is_capitalised(&t->tok[a]) && !post_is_public(c, a, e, 1, 0))
            return 1;
    }
    return 0;
}

/* Is the generic title at token i (a President's, a spokesman's: kept
 * after an unknown capitalised body, "Puntland President") right after a
 * body written as one unknown acronym ("IBM President John Akers", "GM
 * spokesman"), that names no country and no public body? Acronyms of
 * states' and international bodies are in post_public ("OPEC President",
 * "KGB chief"); a company's or a union's are not. */
static int generic_of_acronym(const ctx *c, size_t i)
{
    const fa_toks *t = &c->t;
    size_t m = i;
    while (m > 0 && i - m < 3 && adjacent(t, m) && (post_word(t, m - 1) || time_qualifier(t, m - 1)))
        m--;                                /* "IBM Vice President" */
    if (m == 0 || !adjacent(t, m))
        return 0;
    size_t k = m - 1;
    const fa_tok *w = &t->tok[k];
    if (w->shape != SHAPE_UPPER || w->flen < 2 || w->flen > 6 || (w->flags & TOK_POSS))
        return 0;
    /* the acronym alone is the body: after another capitalised word the
     * body is longer and not judged here ("Bosnian SDA"); "U.S." is two
     * one-letter tokens and never an acronym here */
    if (k > 0 && adjacent(t, k) && is_capitalised(&t->tok[k - 1]) &&
        !(fa__word_class(c->g, t, k - 1) & (WC_FUNC | WC_TIME)))
        return 0;
    return !post_is_public(c, k, m, 1, 0);
}

/* A title at [i, i+n): take the name after it. Returns the tokens consumed
 * (0 when no name follows, so the words are matched as usual). */
static size_t title_mention(ctx *c, int32_t title, size_t i, size_t n, int *rc)
{
    const fa_title *ti = &c->g->titles[title];
    const fa_toks *t = &c->t;
    size_t ns = i + n;
    /* "the President of the General Assembly H.E. Mr. Philemon Yang":
     * His Excellency's initials before the courtesy title */
    if (ns + 3 < t->ntok && adjacent(t, ns) && his_excellency(t, ns) &&
        courtesy_at(c, ns + 2) && is_capitalised(&t->tok[ns + 3])) {
        ns += 3;
        n += 3;
    }
    /* "Minister Mr. Adriano Moreira", "Alhaji Sir Dawda Jawara": skip the
     * courtesy titles */
    for (int q = 0; q < 3 && ns + 1 < t->ntok && adjacent(t, ns); q++) {
        /* "Minister of Planning His Excellency Jan Kern": a possessive
         * before a courtesy title is part of it */
        size_t his = possessive_courtesy(c, ns);
        if (!(his || courtesy_at(c, ns)) || ns + 1 + his >= t->ntok ||
            !is_capitalised(&t->tok[ns + 1 + his]))
            break;
        /* ... only before a name: "Prime Minister Major said" */
        ns += 1 + his;
        n += 1 + his;
    }
    /* "Finance Minister-designate Jan Kern" */
    if (ns + 1 < t->ntok && t->tok[ns].sep == SEP_HYPHEN && t->tok[ns].shape == SHAPE_LOWER &&
        (word_is(t, ns, fa__hash_bytes("designate", 9), "designate", 9) ||
         word_is(t, ns, fa__hash_bytes("elect", 5), "elect", 5)) &&
        adjacent(t, ns + 1) && is_capitalised(&t->tok[ns + 1])) {
        ns++;
        n++;
    }
    /* "the university hospital chief John Smith": a generic title after a
     * private body heads that body, no public post */
    for (size_t b = i; ti->generic && b > 0 && i - b < 3 && adjacent(t, b); b--)
        if (is_private_word(t, b - 1))
            return 0;
    /* ... and so does an office's title in lower case right after a
     * private word in lower case ("the party general secretary"; not
     * "Schools Minister") */
    if (!ti->generic && i > 0 && adjacent(t, i) && t->tok[i].shape == SHAPE_LOWER &&
        t->tok[i - 1].shape == SHAPE_LOWER && is_private_word(t, i - 1))
        return 0;
    /* "Chief Minister", "General Secretary": a title, not a name */
    size_t nn = title_word(c, ns) && !given_amir(c, ns) ? 0 : name_after_title(c, ns, 0);
    /* "chief executive Graeme Hamilton", "chairperson Jan Kern": a
     * generic title written in lower case heads a company as often as a
     * state; the name right after it is an official's only after a
     * country or a public body ("Chinese president Jan Kern", "WHO
     * director-general Jan Kern", "the state's chief"). "The head of the
     * delegation of Panama, Mr. Jan Kern" is read below. */
    if (nn && lower_generic(c, title, i, n)) {
        size_t b = i;
        /* "Bureau of Animal Industry (BAI) head Jan Kern": brackets too */
        while (b > 0 && i - b < 6 && !(t->tok[b].sep & ~(SEP_SPACE | SEP_NL | SEP_HARD | SEP_OPEN)) &&
               (is_capitalised(&t->tok[b - 1]) || (t->tok[b - 1].flags & TOK_POSS) ||
                (b >= 2 && is_capitalised(&t->tok[b - 2]) &&
                 (word_is(t, b - 1, c->of_hash, "of", 2) ||
                  word_is(t, b - 1, fa__hash_bytes("for", 3), "for", 3) ||
                  word_is(t, b - 1, fa__hash_bytes("and", 3), "and", 3)))) &&
               (t->tok[b - 1].shape != SHAPE_CAP ||      /* WHO, "of"; not "The" */
                !(fa__word_class(c->g, t, b - 1) & WC_FUNC)))
            b--;
        if (b == i || !post_is_public(c, b, i, 1, 0))
            nn = 0;
    }
    /* "President de Klerk", "Mr. de Gaulle": a surname that starts with a
     * particle; the capitalised word is the surname to look up */
    if (!nn && ns + 1 < t->ntok && t->tok[ns].shape == SHAPE_LOWER &&
        (adjacent(t, ns) || ((t->tok[ns].sep & SEP_PERIOD) &&
                             !(t->tok[ns].sep & ~(SEP_PERIOD | SEP_SPACE)) &&
                             (fa__word_class(c->g, t, ns - 1) & WC_ABBR))) &&
        (fa__word_class(c->g, t, ns) & WC_PARTICLE) && adjacent(t, ns + 1) &&
        t->tok[ns + 1].shape == SHAPE_CAP && name_after_title(c, ns + 1, 0) == 1) {
        ns++;
        n++;
        nn = 1;
    }
    /* "Chief Veterinarian of the USDA": one word and "of" continue the
     * title; they name nobody */
    if (nn == 1 && body_end_word(t, ns))
        nn = 0;         /* "Minister of Water Resources": no one called Resources */
    if (nn == 1 && ti->generic && ns + 2 < t->ntok && adjacent(t, ns + 1) &&
        word_is(t, ns + 1, c->of_hash, "of", 2) && adjacent(t, ns + 2) &&
        word_is(t, ns + 2, c->the_hash, "the", 3)) {
        /* ... unless the word is a known surname ("President Smith of the
         * Republic of ...") */
        const fa_word *w = fa__word_find(c->g, t->tok[ns].hash, fa__tok_fold(t, ns),
                                         t->tok[ns].flen);
        if (!w || !w->n)
            nn = 0;
    }
    if (!nn && ti->office && ns + 3 < t->ntok && adjacent(t, ns) &&
        (word_is(t, ns, c->of_hash, "of", 2) || word_is(t, ns, fa__hash_bytes("to", 2), "to", 2) ||
         word_is(t, ns, fa__hash_bytes("for", 3), "for", 3)) &&
        adjacent(t, ns + 1)) {
        /* "Prime Minister of Kenya Raila Odinga said", "Ambassador to
         * Iraq Ryan Crocker": the country ends the title, a name of two
         * or more words follows it. So does a body's acronym after "the"
         * ("Ambassador to the UN John Bolton"). */
        const fa_term *tm = NULL;
        size_t at = ns + 1, cn = 0, k;
        if (!word_is(t, ns, c->of_hash, "of", 2) && at + 2 < t->ntok &&
            word_is(t, at, c->the_hash, "the", 3) && adjacent(t, at + 1) &&
            t->tok[at + 1].shape == SHAPE_UPPER && t->tok[at + 1].len >= 2 && t->tok[at + 1].len <= 6 &&
            !(t->tok[at + 1].flags & TOK_POSS))
            cn = 2;   /* the UN, the EU, the OAS: no country to tag */
        else
            cn = country_span(c, at, &tm);
        /* "Chief Minister of Gujarat Narendra Modi said": one capitalised
         * word, a region's or a city's, ends the title too; not the first
         * word of a portfolio ("Minister of Foreign Affairs Jan Kern",
         * whose next word ends a body) */
        if (!cn && word_is(t, ns, c->of_hash, "of", 2) && at + 3 < t->ntok &&
            t->tok[at].shape == SHAPE_CAP && !(t->tok[at].flags & TOK_POSS) &&
            !body_end_word(t, at) && !title_word(c, at) &&
            !(fa__word_class(c->g, t, at) & (WC_FUNC | WC_STOP | WC_TIME | WC_INST)) &&
            adjacent(t, at + 1) && !body_end_word(t, at + 1))
            cn = 1;
        int place = cn == 1 && !tm;
        k = at + cn;
        size_t n2 = cn && k < t->ntok && adjacent(t, k) ? name_after_title(c, k, 0) : 0;
        /* "President of the UNICEF Executive Board": a body goes on */
        if (n2 >= 2 && body_end_word(t, k + n2 - 1))
            n2 = 0;
        /* the word may be a company's or a post's ("The President of
         * Coca Cola Jan Kern", "vice-president of Walt Disney
         * Enterprises", "the Secretary-General of Personal Envoy Mr."):
         * only after a region's or a city's own offices, or for a name
         * the gazetteer knows */
        int32_t pg = -1;
        if (n2 >= 2 && place && !official_at(c, k, n2, &pg) &&
            (ti->generic || !(strstr(ti->display, "Minister") || strstr(ti->display, "Governor") ||
                              strstr(ti->display, "Mayor") || strstr(ti->display, "Premier"))))
            n2 = 0;
        for (size_t q = k; place && q < k + n2; q++)
            if (title_word(c, q) || courtesy_at(c, q))
                n2 = 0;
        if (n2 >= 2 && (apposition_closes(t, k + n2) ||
                        t->tok[k + n2].shape == SHAPE_LOWER)) {
            if (tm && (*rc = country_mention(c, tm, at, cn)))
                return 0;
            nn = n2;
            n = k - i;
            ns = k;
        }
    }
    if (!nn && ti->office && ns < t->ntok &&
        ((i > 0 && word_is(t, i - 1, c->the_hash, "the", 3)) || c->cend == i ||
         the_public_body(c, i) ||
         /* "Our President, His Excellency Mr. Jan Kern," in a speech: the
          * speaker's country's */
         (i > 0 && (word_is(t, i - 1, fa__hash_bytes("our", 3), "our", 3) ||
                    word_is(t, i - 1, fa__hash_bytes("my", 2), "my", 2))) ||
         /* "the then Minister of Economic Affairs, Jan Kern", "the
          * former ...", "the late ..." */
         (i > 1 && adjacent(t, i) && adjacent(t, i - 1) && time_qualifier(t, i - 1) &&
          word_is(t, i - 2, c->the_hash, "the", 3)) ||
         /* "the president's national security adviser, Jan Kern," */
         (i > 1 && (t->tok[i - 1].flags & TOK_POSS) && t->tok[i - 1].shape == SHAPE_LOWER &&
          word_is(t, i - 2, c->the_hash, "the", 3) && !is_private_word(t, i - 1)) ||
         /* "Yeltsin's chief of staff, Anatoly Chubais,": an official's
          * staff serve the state */
         (i > 0 && official_possessive(c, i - 1)) ||
         apposition_lead(c, i, ti))) {
        /* A full name set off by commas after "the <title>" or a
         * country's title: "the Secretary of State, George Shultz, said",
         * "The president of Bulgaria, Georgi Parvanov,", "Mexico's
         * president, Felipe Calderon,", "PEI's health officer, Dr. Lamont
         * Sweet,". */
        size_t k = ns, cn;
        const fa_term *tm = NULL;
        if (k + 1 < t->ntok && adjacent(t, k) && word_is(t, k, c->of_hash, "of", 2) &&
            (cn = country_span(c, k + 1, &tm)) != 0 &&
            k + 1 + cn < t->ntok && (t->tok[k + 1 + cn].sep & SEP_COMMA)) {
            /* the country is tagged as the scan would have */
            if ((*rc = country_mention(c, tm, k + 1, cn)))
                return 0;
            k += 1 + cn;
        } else if (k + 2 < t->ntok && adjacent(t, k) &&
                   (word_is(t, k, c->of_hash, "of", 2) ||
                    /* "the High Commissioner for Human Rights, Jan Kern,":
                     * "for" and a body's capitalised name */
                    (word_is(t, k, fa__hash_bytes("for", 3), "for", 3) &&
                     (is_capitalised(&t->tok[k + 1]) ||
                      (word_is(t, k + 1, c->the_hash, "the", 3) &&
                       is_capitalised(&t->tok[k + 2])))))) {
            /* "The governor of the southern Kassala state, Anthony Bol
             * Madut told": any body of up to 8 words, public when the
             * title's word also heads private bodies (the president of a
             * company). */
            size_t z = k + 1;
            while (z < t->ntok && z < k + 9 && adjacent(t, z) && !(t->tok[z - 1].flags & TOK_POSS))
                z++;
            if (z < t->ntok && z < k + 9 && (t->tok[z].sep & SEP_COMMA) &&
                !(t->tok[z].sep & ~(SEP_COMMA | SEP_SPACE | SEP_NL)) &&
                (!ti->generic || is_public_head(t, ns - 1) ||
                 post_is_public(c, k + 1, z, 1, 0))) {
                /* "the Secretary for External Relations of Mexico, ...":
                 * a country inside the body is tagged as the scan would */
                for (size_t q = k + 1; q < z; q++) {
                    size_t qn = country_span(c, q, &tm);
                    if (qn && q + qn <= z) {
                        if ((*rc = country_mention(c, tm, q, qn)))
                            return 0;
                        q += qn - 1;
                    }
                }
                k = z;
            }
        }
        /* "the Minister for Development Co-operation, Mr. Jan Kern,": the
         * lexicon's title ends before the portfolio's last words; before
         * a courtesy title in apposition they are the post's */
        if (k == ns && k + 1 < t->ntok && !(t->tok[k].sep & SEP_COMMA)) {
            size_t z = k;
            while (z < t->ntok && z < k + 3 && (z == k || adjacent(t, z) ||
                                              t->tok[z].sep == SEP_HYPHEN) &&
                   (is_capitalised(&t->tok[z]) ||
                    (z > k && t->tok[z].sep == SEP_HYPHEN && t->tok[z].shape == SHAPE_LOWER)))
                z++;
            if (z > k && z + 1 < t->ntok && (t->tok[z].sep & SEP_COMMA) &&
                !(t->tok[z].sep & ~(SEP_COMMA | SEP_SPACE | SEP_NL)) && courtesy_at(c, z))
                k = z;
        }
        /* "the President of the General Assembly, Mr. Jan Kern,", "...,
         * His Excellency Mr. Jan Kern," */
        size_t his = k + 2 < t->ntok && (t->tok[k].sep & SEP_COMMA) &&
                     (word_is(t, k, fa__hash_bytes("his", 3), "his", 3) ||
                      word_is(t, k, fa__hash_bytes("her", 3), "her", 3)) &&
                     adjacent(t, k + 1) && courtesy_at(c, k + 1);
        int polite = 0;
        if (k + 1 < t->ntok && (his || courtesy_at(c, k)) && (t->tok[k].sep & SEP_COMMA)) {
            k += 1 + his;
            if (k + 1 < t->ntok && adjacent(t, k) && courtesy_at(c, k))
                k++;                        /* "Alhaji Sir" */
            nn = name_after_title(c, k, 0);
            polite = 1;
        } else if (k + 1 < t->ntok && (t->tok[k].sep & SEP_COMMA) && title_span(c, k) >= 2) {
            /* "the Secretary of State, Foreign Minister Jan Kern," */
            k += title_span(c, k);
            nn = name_after_title(c, k, 0);
        } else if (k < t->ntok && !country_word(c, k)) {
            nn = name_after_title(c, k, 1);
        }
        /* after a body, "..., Anthony Bol Madut told" ends the name too;
         * without one it is a clause ("After meeting the health minister,
         * Jan Novak said") */
        /* "..., Major-General Juvenal Habyarimana,": ranks and titles
         * before the name are no part of it */
        /* "..., H.E. Mr. Ilham Aliyev,": "H.E." (His Excellency) is two
         * initials to the tokenizer; it and the courtesy titles after it
         * are no part of the name, which may start only after them */
        if (nn >= 2 && his_excellency(t, k)) {
            k += 2;
            nn -= 2;
            while (nn > 0 && courtesy_at(c, k)) {
                k++;
                nn--;
            }
            if (!nn && k < t->ntok && is_capitalised(&t->tok[k]))
                nn = name_after_title(c, k, 1);
        }
        while (nn > 2 && (courtesy_at(c, k) || title_word(c, k))) {
            k++;
            nn--;
        }
        /* "The Chairman of the Council of Ministers, Mr. Khrushchev,": a
         * surname after a courtesy title, which the title resolves */
        if (nn == 1 && polite && apposition_closes(t, k + 1) &&
            t->tok[k].shape == SHAPE_CAP && t->tok[k].flen >= 3 &&
            polite_surname_fits(c, title, k))
            ;
        else if (nn < 2 || !(apposition_closes(t, k + nn) ||
                             (k != ns && adjacent(t, k + nn) && is_post_verb(t, k + nn))))
            nn = 0;
        if (nn) {
            n = k - i;
            ns = k;
        }
    }
    /* "the presidency of France", "... of Sri Lanka,": after "of" a
     * country is the post's, no one's name */
    const fa_term *ctm = NULL;
    size_t cspan = nn ? country_span(c, ns, &ctm) : 0;
    if (cspan && ((ns > i && word_is(t, ns - 1, c->of_hash, "of", 2)) ||
                  /* "the Presidents of Colombia, Costa Rica, and ..." */
                  cspan >= 2))
        nn = 0;
    if (!nn)
        return 0;
    int32_t office = ti->office ? title : -1;
    int32_t gaz = -1;
    /* The gazetteer's form may go on where the rules above stopped the
     * name ("Mrs. Jana de St. Kern", "Mr. Jan Kern do Amaral"): the
     * longest form starting at the name wins. */
    size_t lo = official_at(c, ns, nn + NAME_GAZ_MORE, &gaz);
    int create = ti->office && !(t->tok[i].flags & TOK_TITLELINE);
    /* A generic title of a body that is not public: "Siemens Chairman Jan
     * Kern", "President Jan Kern of Microsoft" head a company (a
     * gazetteer name is the official it names whatever the body) */
    if (!lo && ti->generic && !lower_generic(c, title, i, n) &&
        (company_head(ti) ? generic_of_private(c, i, ns + nn) : generic_of_acronym(c, i)))
        return 0;
    if (lo > nn)
        nn = lo;
    if (lo)
        *rc = add_mention(c, gaz, ns, lo, office, 0, 1);
    else
        *rc = add_mention(c, -1, ns, nn, office, nn == 1, create);
    /* "Former President George Bush" in 2004 is the former holder, not
     * his namesake in office */
    if (!*rc && i > 0 && word_is(t, i - 1, c->former_hash, "former", 6))
        c->m[c->nm - 1].was = 1;
    /* "Ambassadors Arthur Hartman and Yuri Dubinin": a plural title names
     * the full name after "and" too */
    size_t a2 = ns + nn;
    const fa_term *ptm = NULL;
    size_t pcn = 0;
    /* "Foreign Ministers Jan Kern of Chad and ...": the first one's country */
    if (!*rc && ti->plural && a2 + 3 < t->ntok && adjacent(t, a2) &&
        word_is(t, a2, c->of_hash, "of", 2) && adjacent(t, a2 + 1) &&
        (pcn = country_span(c, a2 + 1, &ptm)) != 0 && a2 + 1 + pcn < t->ntok &&
        word_is(t, a2 + 1 + pcn, fa__hash_bytes("and", 3), "and", 3)) {
        if ((*rc = country_mention(c, ptm, a2 + 1, pcn)))
            return 0;
        a2 += 1 + pcn;
    }
    if (!*rc && ti->plural && a2 + 2 < t->ntok && adjacent(t, a2) &&
        word_is(t, a2, fa__hash_bytes("and", 3), "and", 3) && adjacent(t, a2 + 1) &&
        !title_word(c, a2 + 1) && !country_word(c, a2 + 1)) {
        size_t n2 = name_after_title(c, a2 + 1, 0);
        /* the name ends at punctuation or a lower-case word ("... and
         * Yuri Dubinin attended"), not inside a longer capitalised run */
        if (n2 && !apposition_closes(t, a2 + 1 + n2) &&
            t->tok[a2 + 1 + n2].shape != SHAPE_LOWER)
            n2 = 0;
        /* "Presidents Carter and Brezhnev": two surnames, resolved as
         * one after a title is */
        if (n2 == 1 && nn == 1 && !lo && t->tok[a2 + 1].shape == SHAPE_CAP) {
            *rc = add_mention(c, -1, a2 + 1, 1, office, 1, create);
            return *rc ? 0 : a2 + 2 - i;
        }
        if (n2 >= 2) {
            int32_t g2 = -1;
            size_t l2 = official_at(c, a2 + 1, n2 + NAME_GAZ_MORE, &g2);
            *rc = l2 ? add_mention(c, g2, a2 + 1, l2, office, 0, 1)
                     : add_mention(c, -1, a2 + 1, n2, office, 0, create);
            return *rc ? 0 : a2 + 1 + (l2 > n2 ? l2 : n2) - i;
        }
    }
    return n + nn;
}

/* ---- posts of agencies and local government ---------------------------- */

/* Heads, deputies and spokespeople are named with a post the title lexicon
 * cannot list, built from a head word and the body it belongs to: "The
 * spokesman for the Fiji Health Ministry, Iliesa Tora, said", "Huang
 * Kwo-ching, deputy director of the Bureau of Animal and Plant Health
 * Inspection", "WHO Africa regional director Luis Gomes Sambo". The head
 * word alone would take a film director or a company's chief, so the
 * phrase must also name a public body (a ministry, a department, health,
 * the police, a UN agency, a country) and no private one (a university, a
 * hospital, a company). */
static const char *const post_head[] = {
    "director", "officer", "chief", "head", "spokesman", "spokeswoman",
    "spokesperson", "representative", "commissioner", "veterinarian",
    "administrator", "coordinator", "secretary", "minister", "mayor",
    "governor", "ambassador", "envoy",
    /* heads of boards, banks and commissions, and of the police: public
     * only with a public body (below), like the others from "director" */
    "chairman", "chairwoman", "chair", "president", "superintendent",
    "undersecretary", "chancellor", "negotiator", "commander",
    /* legislators (README, "Officials"), and two heads read with the next
     * words (is_post_head) */
    "premier", "senator", "lawmaker", "legislator", "congressman",
    "congresswoman", "attorney", "member",
};
/* the same head words in the plural: "the Ministers for Foreign Affairs" */
static const char *const post_head_plural[] = {
    "ministers", "secretaries", "directors", "commissioners", "ambassadors",
    "presidents", "governors", "chairmen", "representatives", "envoys",
};
/* ... that are public whatever follows them */
static const char *const post_public_head[] = {
    "minister", "mayor", "governor", "ambassador", "envoy",
    "premier", "senator", "lawmaker", "legislator", "congressman",
    "congresswoman", "attorney", "member",
};
/* heads of a state: a country before them makes the post public ("French
 * president", "German chancellor") */
static const char *const post_state_head[] = {
    "president", "chancellor", "premier",
};
/* head words that stay the post's head after any qualifier ("the UN's
 * humanitarian coordinator", "the special envoy") */
static const char *const post_qualified[] = {
    "coordinator", "envoy", "representative", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "minister", "secretary", "ambassador",
    "negotiator",
};
/* kinds of chief that only a state has: "Russian security chief Jan
 * Kern", "Yeltsin's security chief" (a company's "security chief" needs
 * its body to say whose, and the body decides) */
static const char *const chief_state_kind[] = {
    "security", "intelligence", "spy", "counterintelligence", "counter-intelligence",
    "customs", "border", "defence", "defense", "nuclear",
};
/* "member of parliament", "a member of the Senate" */
static const char *const legislature[] = {
    "parliament", "congress", "senate", "legislature", "knesset", "duma",
    "bundestag", "assembly",
};
/* ... only as a name ("the Health Department", not "Sunnybrook's
 * department of pediatrics") */
static const char *const post_public_cap[] = {
    "department", "bureau", "agency", "service", "administration",
    "commission", "authority", "treasury", "reserve", "fed", "cabinet",
    "services",
    /* "President of the Republic (of Seychelles)" */
    "republic",
};
static const char *const post_public[] = {
    "ministry", "ministries", "government",
    "health", "fire", "police", "municipal", "provincial", "federal",
    /* local governments ("Parish President Arron Broussard") */
    "parish", "county", "borough", "prefecture", "regional",
    "un", "who", "paho", "usda", "cdc", "fao", "unicef", "unhcr", "unaids",
    "wfp", "undp", "ocha", "iaea", "nato", "eu", "imf", "interpol", "fda",
    /* the 1980s and 1990s bodies of the wire copy, and legislatures */
    "ec", "eec", "gatt", "oecd", "ecb", "oau", "unctad", "ilo", "unep",
    "wto", "opec", "asean", "bundesbank", "exchequer", "senate", "congress",
    "parliament", "parliamentary", "congressional",
    /* the armed forces */
    "army", "navy", "military", "armed", "forces", "chiefs",
    /* agencies known by their initials, and seats of government */
    "fbi", "cia", "nsa", "epa", "fema", "nasa", "kgb", "plo", "pentagon", "kremlin",
    /* more intergovernmental bodies known by their initials */
    "au", "oas", "osce", "csce", "ecowas", "sadc", "caricom", "unesco", "unrwa",
    "unfpa", "unido", "ifad", "icao", "itu", "wmo", "wipo", "iom", "ifc", "idb",
    "adb", "afdb", "ebrd", "comecon", "gcc", "opcw", "ctbto", "icc", "icj",
    "oic", "cis", "eco", "saarc", "nam", "eccas", "igad", "celac", "unasur",
    "oecs", "apec", "oapec", "unga", "ecosoc", "ofid", "ipu", "unu",
};
/* A polity's possessive names the government: "the country's health
 * minister", "the state's chief veterinarian", "the city's mayor". */
static const char *const post_polity[] = {
    "country", "state", "nation", "government", "city", "province", "region",
    "island", "territory", "kingdom", "republic",
};
/* Portfolios: with a minister's or secretary's head word they make the
 * post public ("the agriculture secretary", "undersecretary of commerce",
 * "the EC's farm commissioner"); with a director's, no ("the finance
 * director of Shell"). */
static const char *const post_portfolio[] = {
    "finance", "treasury", "trade", "commerce", "agriculture", "farm",
    "economy", "economic", "economics", "industry", "energy", "oil",
    "petroleum", "mines", "defence", "defense", "interior", "justice",
    "labor", "labour", "education", "health", "transport", "transportation",
    "housing", "environment", "fisheries", "budget", "planning", "foreign",
    "home", "state", "affairs", "customs", "immigration", "revenue",
    "competition", "agricultural", "monetary", "fiscal",
};
static const char *const post_minister_head[] = {
    "minister", "secretary", "undersecretary", "commissioner",
};
static const char *const post_private[] = {
    "university", "hospital", "college", "school", "schools", "company",
    "corporation", "inc", "society", "foundation", "institute", "laboratory",
    "association", "club", "party", "church", "charity", "bank",
    "chamber",
    /* companies' and unions' own words ("General Motors Chairman",
     * "Teamsters President", "AFL-CIO President") */
    "motors", "airlines", "airways", "corp", "ltd", "plc", "teamsters", "afl", "cio",
    /* sports bodies, societies however international ("FIFA President
     * Gianni Infantino") */
    "fifa", "uefa", "ioc", "nfl", "nba", "mlb", "nhl", "fide", "fiba",
    "concacaf", "conmebol",
};
/* A bank is a public body as a central bank: "the central bank", "the
 * World Bank", "the Reserve Bank", "the Swiss National Bank", "the Bank
 * of Japan" (of and a country); otherwise a company. */
static const char *const bank_public_before[] = {
    "central", "world", "reserve", "national", "federal", "people",
    /* the regional development banks (Asian, African, Caribbean ...) */
    "development",
};
/* words that may stand between the start of a post and its head word */
static const char *const post_modifier[] = {
    "the", "a", "deputy", "regional", "chief", "senior", "assistant",
    "health", "state", "city", "provincial", "public", "communications",
    "press", "acting", "district", "county", "national", "executive",
    "former", "new", "vice", "under", "permanent", "special", "principal",
    "interim", "outgoing", "incoming", "top", "central", "bank", "federal",
    "reserve", "managing", "first",
    /* "Jan Kern, then President of the World Bank, said" */
    "then", "late", "current",
};
/* a post that does not open its clause may follow one of these: "The
 * victims are former chief of police, Frank DuPey" */
static const char *const post_copula[] = {
    "is", "was", "are", "were", "by",
    /* '"...," said a spokesman for the Treasury, Jane Doe.' */
    "said", "says", "told", "added", "quoted",
};
/* words that end the name of a body or a portfolio, so that what follows
 * them is the holder's name: "director for the World Health Organisation
 * Vivian Tan said", "Vice Minister of Natural Resources and Environment
 * Nguyen Cong claimed" */
static const char *const post_body_end[] = {
    "organisation", "organization", "ministry", "department", "agency",
    "bureau", "service", "nations", "commission", "fund", "programme",
    "program", "office", "affairs", "health", "agriculture", "environment",
    "defence", "defense", "interior", "finance", "trade", "education",
    "justice", "resources", "energy", "security", "development", "police",
    "services", "commerce", "industry", "economy", "treasury", "bank",
    "reserve", "commission", "authority", "parliament", "congress",
    "senate", "assembly", "exchequer", "refugees", "rights",
    /* portfolios that end a ministry's name ("Minister of Planning and
     * Co-operation Jan Kern") */
    "planning", "cooperation", "operation", "culture", "tourism", "labour",
    "labor", "transport", "welfare", "youth", "sports", "mines",
    "fisheries", "housing", "relations", "technology", "science",
    "information", "communications", "telecommunications", "works",
    "budget", "integration", "reconstruction", "forestry", "water",
    "employment", "territory", "lands", "state",
    /* boards and councils ("the UNICEF Executive Board") */
    "board", "council", "committee",
};
static const char *const post_body_join[] = {
    "of", "and", "for", "the",
};
static const char *const post_verb[] = {
    "said", "says", "say", "told", "stated", "added", "claimed", "claims",
    "reiterated", "announced", "confirmed", "warned", "noted", "explained",
    "commented", "urged",
};

/* "officer" heads a post only as a chief, health, medical or press
 * officer: a police officer is no official (tests/entities/LABELLING.md) */
static const char *const officer_kind[] = {
    "chief", "health", "medical", "veterinary", "press", "information",
    "executive", "public",
};
/* ... and the chief officers that a government names ("the chief medical
 * officer", "Chief Veterinary Officer Jan Kern"): public with no body,
 * as LABELLING.md counts them; "chief executive officer" heads a company
 * and needs a public body like any head word. Without "chief", the
 * kinds that officer_kind lacks name no head ("a WHO scientific
 * officer"). */
static const char *const officer_public_kind[] = {
    "medical", "veterinary", "health", "nursing", "dental", "scientific",
    "fire", "pharmaceutical",
};

/* The word lists above, so that FOLD_IN() finds a word's lists with one
 * hash lookup (remembered for the last word asked about) instead of
 * comparing it with every word of a list: the lists are asked about at
 * every word of an article. */
enum {
    L_post_head, L_post_public_head, L_post_qualified, L_legislature,
    L_chief_state_kind,
    L_post_public_cap, L_post_public, L_post_polity, L_post_portfolio,
    L_post_minister_head, L_post_private, L_bank_public_before, L_post_modifier,
    L_post_copula, L_post_body_end, L_post_body_join, L_post_verb, L_officer_kind,
    L_post_state_head, L_officer_public_kind, L_post_head_plural, L_N
};
#define LIST(l) [L_##l] = { l, sizeof l / sizeof *l }
static const struct { const char *const *words; size_t n; } lists[L_N] = {
    LIST(post_head), LIST(post_public_head), LIST(post_qualified), LIST(legislature),
    LIST(chief_state_kind),
    LIST(post_public_cap), LIST(post_public), LIST(post_polity), LIST(post_portfolio),
    LIST(post_minister_head), LIST(post_private), LIST(bank_public_before),
    LIST(post_modifier), LIST(post_copula), LIST(post_body_end), LIST(post_body_join),
    LIST(post_verb), LIST(officer_kind), LIST(post_state_head),
    LIST(officer_public_kind), LIST(post_head_plural),
};
#undef LIST
#define LIST_SLOTS 1024         /* a power of two over twice the words */
static struct { uint64_t hash; const char *word; uint32_t in; } list_tab[LIST_SLOTS];
static pthread_once_t list_once = PTHREAD_ONCE_INIT;

static void list_build(void)
{
    for (size_t l = 0; l < L_N; l++)
        for (size_t i = 0; i < lists[l].n; i++) {
            const char *w = lists[l].words[i];
            uint64_t h = fa__hash_bytes(w, strlen(w));
            size_t s = (size_t)h & (LIST_SLOTS - 1);
            while (list_tab[s].word && strcmp(list_tab[s].word, w))
                s = (s + 1) & (LIST_SLOTS - 1);
            list_tab[s].hash = h;
            list_tab[s].word = w;
            list_tab[s].in |= 1u << l;
        }
}

/* The lists (bit L_x) that token k's word is in. */
static uint32_t list_bits(const fa_toks *t, size_t k)
{
    static _Thread_local uint64_t last_hash;
    static _Thread_local size_t last_len = SIZE_MAX;
    static _Thread_local uint32_t last_bits;
    const char *w = fa__tok_fold(t, k);
    uint64_t h = t->tok[k].hash;
    size_t len = t->tok[k].flen;
    uint32_t bits = 0;
    if (h == last_hash && len == last_len)
        return last_bits;
    pthread_once(&list_once, list_build);
    for (size_t s = (size_t)h & (LIST_SLOTS - 1); list_tab[s].word; s = (s + 1) & (LIST_SLOTS - 1))
        if (list_tab[s].hash == h && !strncmp(list_tab[s].word, w, len) &&
            !list_tab[s].word[len]) {
            bits = list_tab[s].in;
            break;
        }
    last_hash = h;
    last_len = len;
    last_bits = bits;
    return bits;
}

/* Is token k's word one of list[0 .. n) (a part of a registered list)? */
static int fold_in(const fa_toks *t, size_t k, const char *const *list, size_t n)
{
    const char *w = fa__tok_fold(t, k);
    size_t len = t->tok[k].flen;
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == w[0] && !strncmp(list[i], w, len) && !list[i][len])
            return 1;
    return 0;
}
#define FOLD_IN(t, k, list) ((list_bits(t, k) >> L_##list) & 1)

/* A post's head word, singular or plural ("Minister", "Ministers") */
static int head_word_any(const fa_toks *t, size_t k)
{
    return FOLD_IN(t, k, post_head) || FOLD_IN(t, k, post_head_plural);
}

/* A modifier or a portfolio of a post ("acting", "health") */
static int post_word(const fa_toks *t, size_t k)
{
    return FOLD_IN(t, k, post_modifier) || FOLD_IN(t, k, post_portfolio);
}

static int is_private_word(const fa_toks *t, size_t k)
{
    return FOLD_IN(t, k, post_private);
}

static int is_public_head(const fa_toks *t, size_t k)
{
    return FOLD_IN(t, k, post_public_head);
}

static int is_post_verb(const fa_toks *t, size_t k)
{
    return k < t->ntok && FOLD_IN(t, k, post_verb);
}

/* Does a clause start at token k (a sentence, a comma, a bracket ...)? */
static int clause_start(const fa_toks *t, size_t k)
{
    return k == 0 || (t->tok[k].flags & TOK_SENT) ||
           (t->tok[k].sep & (SEP_COMMA | SEP_END | SEP_HARD | SEP_BLANK));
}

/* Is the "bank" at token k a central bank (bank_public_before)? */
static int public_bank(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    const fa_term *tm = NULL;
    if (k > 0 && FOLD_IN(t, k - 1, bank_public_before))
        return 1;
    if (k > 0 && country_span(c, k - 1, &tm) == 1)
        return 1;                           /* "the Swiss central bank" */
    /* the International Bank for Reconstruction and Development */
    if (k + 2 < t->ntok && word_is(t, k + 1, fa__hash_bytes("for", 3), "for", 3) &&
        word_is(t, k + 2, fa__hash_bytes("reconstruction", 14), "reconstruction", 14))
        return 1;
    return k + 2 < t->ntok && word_is(t, k + 1, c->of_hash, "of", 2) &&
           adjacent(t, k + 1) && adjacent(t, k + 2) && country_span(c, k + 2, &tm);
}

/* Does [a, b) name a public body and no private one? "U.N." is two tokens.
 * With 'minister' (the head word is a minister's or a secretary's) a
 * portfolio is enough. */
/* Is the capitalised "House" at k a chamber: "the House" or a body's
 * first word, and a capitalised "Committee" or "Subcommittee" before b
 * ("the House Ways and Means Committee", not "Random House")? */
static int house_committee(const fa_toks *t, size_t k, size_t b)
{
    if (k > 0 && is_capitalised(&t->tok[k - 1]) && adjacent(t, k))
        return 0;
    for (size_t z = k + 1; z < b && z < k + 8; z++)
        if (is_capitalised(&t->tok[z]) &&
            ((t->tok[z].flen == 9 && !memcmp(fa__tok_fold(t, z), "committee", 9)) ||
             (t->tok[z].flen == 12 && !memcmp(fa__tok_fold(t, z), "subcommittee", 12))))
            return 1;
    return 0;
}

static int post_is_public(const ctx *c, size_t a, size_t b, int country_ok,
                          int minister)
{
    const fa_toks *t = &c->t;
    const fa_term *tm = NULL;
    int pub = 0;
    for (size_t k = a; k < b; k++) {
        if (t->tok[k].flen == 4 && !memcmp(fa__tok_fold(t, k), "bank", 4)) {
            if (!public_bank(c, k))
                return 0;
            pub = 1;
            continue;
        }
        if (FOLD_IN(t, k, post_private))
            return 0;
        if ((minister && FOLD_IN(t, k, post_portfolio)) ||
            /* "the Secretary-General's Personal Representative", "the
             * President's adviser": an office's staff */
            ((t->tok[k].flags & TOK_POSS) && is_capitalised(&t->tok[k]) &&
             (title_word(c, k) || (k > a && t->tok[k].sep == SEP_HYPHEN &&
                                   title_word(c, k - 1)))) ||
            FOLD_IN(t, k, post_public) ||
            ((t->tok[k].flags & TOK_POSS) && FOLD_IN(t, k, post_polity)) ||
            (is_capitalised(&t->tok[k]) && FOLD_IN(t, k, post_public_cap)) ||
            /* the Centers for Disease Control, public in every country
             * that has one */
            (k + 1 < b && t->tok[k].flen == 7 && t->tok[k + 1].flen == 7 &&
             !memcmp(fa__tok_fold(t, k), "disease", 7) &&
             !memcmp(fa__tok_fold(t, k + 1), "control", 7)) ||
            (k + 1 < b && t->tok[k].flen == 1 && t->tok[k + 1].flen == 1 &&
             !memcmp(fa__tok_fold(t, k), "u", 1) && !memcmp(fa__tok_fold(t, k + 1), "n", 1)) ||
            /* "the House Ways and Means Committee": a legislature's
             * chamber before its committee */
            (is_capitalised(&t->tok[k]) && t->tok[k].flen == 5 &&
             !memcmp(fa__tok_fold(t, k), "house", 5) && house_committee(t, k, b)) ||
            /* the African Union, the European Union (a trade union is
             * no public body) */
            (k > a && t->tok[k].flen == 5 && is_capitalised(&t->tok[k]) &&
             !memcmp(fa__tok_fold(t, k), "union", 5) && adjacent(t, k) &&
             (word_is(t, k - 1, fa__hash_bytes("african", 7), "african", 7) ||
              word_is(t, k - 1, fa__hash_bytes("european", 8), "european", 8))) ||
            /* the White House */
            (k + 1 < b && t->tok[k].flen == 5 && t->tok[k + 1].flen == 5 &&
             is_capitalised(&t->tok[k]) && !memcmp(fa__tok_fold(t, k), "white", 5) &&
             !memcmp(fa__tok_fold(t, k + 1), "house", 5)) ||
            (country_ok && country_span(c, k, &tm)) ||
            /* "Yeltsin's security chief": an official's own staff */
            (country_ok && official_possessive(c, k)))
            pub = 1;
    }
    return pub;
}


static int is_post_head(const fa_toks *t, size_t k)
{
    if (!FOLD_IN(t, k, post_head))
        return 0;
    const char *w = fa__tok_fold(t, k);
    size_t n = t->tok[k].flen;
    if (n == 7 && !memcmp(w, "officer", 7))
        return k > 0 && adjacent(t, k) &&
               (FOLD_IN(t, k - 1, officer_kind) ||
                (FOLD_IN(t, k - 1, officer_public_kind) && k > 1 && adjacent(t, k - 1) &&
                 t->tok[k - 2].flen == 5 && !memcmp(fa__tok_fold(t, k - 2), "chief", 5)));
    /* "goodwill ambassador Angelina Jolie", "a brand ambassador": a
     * celebrity's or a company's, no envoy of a state */
    if (((n == 10 && !memcmp(w, "ambassador", 10)) || (n == 5 && !memcmp(w, "envoy", 5))) &&
        k > 0 && adjacent(t, k) &&
        ((t->tok[k - 1].flen == 8 && !memcmp(fa__tok_fold(t, k - 1), "goodwill", 8)) ||
         (t->tok[k - 1].flen == 5 && !memcmp(fa__tok_fold(t, k - 1), "brand", 5))))
        return 0;
    /* "attorney general", not a lawyer */
    if (n == 8 && !memcmp(w, "attorney", 8))
        return k + 1 < t->ntok && (adjacent(t, k + 1) || t->tok[k + 1].sep == SEP_HYPHEN) &&
               t->tok[k + 1].flen == 7 && !memcmp(fa__tok_fold(t, k + 1), "general", 7);
    /* "member of [the] parliament", not of a club */
    if (n == 6 && !memcmp(w, "member", 6)) {
        size_t j = k + 1;
        if (j >= t->ntok || t->tok[j].flen != 2 || memcmp(fa__tok_fold(t, j), "of", 2))
            return 0;
        j++;
        if (j < t->ntok && t->tok[j].flen == 3 && !memcmp(fa__tok_fold(t, j), "the", 3))
            j++;
        return j < t->ntok && FOLD_IN(t, j, legislature);
    }
    return 1;
}

/* Is the head word at h a government's chief officer ("chief medical
 * officer", "Chief Public Health Officer") whose post [h+1, e) does not
 * give to a body that is not public ("chief medical officer of Pfizer",
 * "at the Royal Free Hospital")? A body after "of", "for" or "at" must
 * be public or a country ("Chief Medical Officer for England"). */
static int chief_officer(const ctx *c, size_t h, size_t e)
{
    const fa_toks *t = &c->t;
    if (t->tok[h].flen != 7 || memcmp(fa__tok_fold(t, h), "officer", 7) || h < 2 ||
        !FOLD_IN(t, h - 1, officer_public_kind))
        return 0;
    size_t k = h - 1;
    if (k > 0 && adjacent(t, k) && FOLD_IN(t, k - 1, officer_kind) &&
        !(t->tok[k - 1].flen == 5 && !memcmp(fa__tok_fold(t, k - 1), "chief", 5)))
        k--;                                /* "chief public health officer" */
    if (k == 0 || !adjacent(t, k) || t->tok[k - 1].flen != 5 ||
        memcmp(fa__tok_fold(t, k - 1), "chief", 5))
        return 0;
    /* ... nor to a body named before it ("Qantas chief medical officer",
     * "the airline's ..."): that body must be public or a country
     * ("England's Chief Medical Officer", "the state's") */
    size_t b = --k;
    while (b > 0 && k - b < 4 && !(t->tok[b].sep & ~(SEP_SPACE | SEP_NL)) &&
           (is_capitalised(&t->tok[b - 1]) || (t->tok[b - 1].flags & TOK_POSS)) &&
           !(fa__word_class(c->g, t, b - 1) & WC_FUNC))
        b--;
    if (b < k && !post_is_public(c, b, k, 1, 0))
        return 0;
    if (h + 2 < e && h + 2 < t->ntok && adjacent(t, h + 1) &&
        (word_is(t, h + 1, c->of_hash, "of", 2) ||
         word_is(t, h + 1, fa__hash_bytes("for", 3), "for", 3) ||
         word_is(t, h + 1, fa__hash_bytes("at", 2), "at", 2)))
        return post_is_public(c, h + 2, e, 1, 0);
    return 1;
}

/* The head word of a post starting at token a, or SIZE_MAX. Before it
 * may stand modifiers ("the new", "deputy"), portfolios ("agriculture")
 * and the capitalised name of a body, whose own "of", "for" and "and"
 * join capitalised words ("Ministry of Health spokesperson", "Center for
 * Food Safety and Nutrition director"): at most 8 words. */
static size_t post_head_at(const ctx *c, size_t a, size_t b)
{
    const fa_toks *t = &c->t;
    for (size_t k = a; k < b && k < a + 9; k++) {
        /* "chief medical officer": the last head word heads the post */
        if (is_post_head(t, k) && !head_is_modifier(t, k))
            return k;
        if (is_capitalised(&t->tok[k]) || FOLD_IN(t, k, post_modifier) ||
            FOLD_IN(t, k, post_portfolio) || FOLD_IN(t, k, post_public) ||
            /* "the country's health minister", "the ministry's spokesman" */
            (t->tok[k].flags & TOK_POSS) || is_post_head(t, k) ||
            /* "the UN's humanitarian coordinator": any word right before
             * a head word that a qualifier does not demote (a clinical
             * director heads no body) */
            (k + 1 < b && t->tok[k].shape == SHAPE_LOWER && FOLD_IN(t, k + 1, post_qualified)) ||
            /* "Yeltsin's security chief" */
            (k + 1 < b && state_chief(t, k + 1)) ||
            /* "chief medical officer": the kind of officer */
            (k + 1 < b && (FOLD_IN(t, k, officer_kind) || FOLD_IN(t, k, officer_public_kind)) &&
             is_post_head(t, k + 1)))
            continue;
        if (k > a && k + 1 < b && is_capitalised(&t->tok[k - 1]) &&
            is_capitalised(&t->tok[k + 1]) && FOLD_IN(t, k, post_body_join))
            continue;
        break;
    }
    return SIZE_MAX;
}

/* Is the head word at h a minister's or a secretary's? */
static int minister_head(const fa_toks *t, size_t h)
{
    return FOLD_IN(t, h, post_minister_head);
}

/* Where the capitalised words right before a head word at k start ("UN
 * High Commissioner for Refugees": at UN), at most 3 back. */
static size_t body_start(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    size_t s = k;
    while (s > 0 && k - s < 3 && adjacent(t, s) && is_capitalised(&t->tok[s - 1]) &&
           !(fa__word_class(c->g, t, s - 1) & WC_FUNC))
        s--;
    return s;
}

static int body_end_word(const fa_toks *t, size_t k)
{
    return FOLD_IN(t, k, post_body_end);
}

/* May a country alone make the post at head word h public? For envoys and
 * spokespeople, yes ("the Chinese representative"); for a director or a
 * head, no ("director of SOS Children's Villages Sudan"). And "chief
 * epidemiologist": "chief" before a noun is no head word. */
static int state_chief(const fa_toks *t, size_t h)
{
    return h > 0 && t->tok[h].flen == 5 && !memcmp(fa__tok_fold(t, h), "chief", 5) &&
           adjacent(t, h) && t->tok[h - 1].shape == SHAPE_LOWER &&
           FOLD_IN(t, h - 1, chief_state_kind);
}

static int head_country_ok(const fa_toks *t, size_t h)
{
    if (state_chief(t, h))
        return 1;
    /* "the Soviet negotiator": a state's negotiator speaks for it, a
     * union's does not (the body decides, as for a spokesman) */
    return FOLD_IN(t, h, post_public_head) || fold_in(t, h, post_head + 4, 4) ||
           (t->tok[h].flen == 10 && !memcmp(fa__tok_fold(t, h), "negotiator", 10));
}

/* "Jan Kern, President of the United Kingdom,": a head of state's word
 * (post_state_head) and "of [the] <country>" that ends the clause at e;
 * not "President of the United States Chamber of Commerce", whose country
 * goes on. */
static int state_head_of_country(const ctx *c, size_t h, size_t e)
{
    const fa_toks *t = &c->t;
    const fa_term *tm = NULL;
    if (!FOLD_IN(t, h, post_state_head) || h + 2 >= e || !adjacent(t, h + 1) ||
        !word_is(t, h + 1, c->of_hash, "of", 2))
        return 0;
    size_t k = h + 2;
    if (k + 1 < e && word_is(t, k, c->the_hash, "the", 3))
        k++;
    size_t n = country_span(c, k, &tm);
    return n && k + n == e;
}

static int head_is_modifier(const fa_toks *t, size_t h)
{
    if (!fold_in(t, h, post_head + 2, 2))         /* chief, head */
        return 0;
    /* "Chief Medical Officer", "Chief Public Health Officer" in any case:
     * the officer heads the post */
    for (size_t k = h + 1; k < t->ntok && k < h + 3 && adjacent(t, k) &&
                           (FOLD_IN(t, k, officer_kind) || FOLD_IN(t, k, officer_public_kind));
         k++)
        if (k + 1 < t->ntok && adjacent(t, k + 1) && is_post_head(t, k + 1))
            return 1;
    if (h + 1 < t->ntok && adjacent(t, h + 1) && t->tok[h + 1].shape == SHAPE_LOWER &&
        !FOLD_IN(t, h + 1, post_body_join) && !FOLD_IN(t, h + 1, post_head))
        return 1;
    /* "the chief U.S. arms negotiator", "the chief Soviet delegate": the
     * head word after the body heads the post */
    for (size_t k = h + 1; k < t->ntok && k < h + 5; k++) {
        const fa_tok *x = &t->tok[k];
        int initial = t->tok[k - 1].shape == SHAPE_UPPER &&
                      (x->sep & SEP_PERIOD) && !(x->sep & ~(SEP_PERIOD | SEP_SPACE));
        if (!adjacent(t, k) && !initial)
            return 0;
        if (k > h + 1 && is_post_head(t, k))
            return 1;
        if (x->shape == SHAPE_OTHER || FOLD_IN(t, k, post_head) ||
            (x->shape == SHAPE_LOWER && k == h + 1))
            return 0;
    }
    return 0;
}

static size_t clause_end(const fa_toks *t, size_t k)
{
    size_t e = k + 1;
    while (e < t->ntok && !clause_start(t, e))
        e++;
    return e;
}

/* The one gazetteer official whose surname is the word at k, whose
 * country is 'code' and who is in office at the article's date, or -1
 * (none, several, or no date). */
static int32_t leader_by_surname(const ctx *c, int32_t code, size_t k)
{
    const fa_toks *t = &c->t;
    const fa_word *sw = fa__word_find(c->g, t->tok[k].hash, fa__tok_fold(t, k), t->tok[k].flen);
    int32_t hit = -1;
    if (!c->date.year || code < 0 || !sw)
        return -1;
    const char *cc = c->g->countries[code].code;
    for (uint32_t j = 0; j < sw->n; j++) {
        uint32_t id = c->g->surname_ids[sw->first + j];
        const fa_official *o = &c->g->officials[id];
        if (o->from && fits_date(c, id) && !strcmp(o->country, cc)) {
            if (hit >= 0 && hit != (int32_t)id)
                return -1;
            hit = (int32_t)id;
        }
    }
    return hit;
}

/* A name found by the post rules below (no title of the lexicon): a
 * mention, unless the scan took the same words already ("Secretary of
 * State Jan Kern"), so that each counts once. */
static int agency_mention(ctx *c, int32_t gaz, size_t tok, size_t ntok)
{
    int rc;
    const fa_term *tm = NULL;
    /* "the Head of the Panamanian Government and the Presidents of
     * Colombia, Costa Rica, and ...": a name the gazetteer does not know
     * that starts with a country of two or more words is that country */
    if (gaz < 0 && ntok >= 2 && country_span(c, tok, &tm) >= 2)
        return FA_OK;
    /* a headline capitalises every word ("Finance Minister Meets Bankers
     * In Cairo"): a name on one that the gazetteer does not know is not
     * taken, as after a title (title_mention) */
    if (gaz < 0 && (c->t.tok[tok].flags & TOK_TITLELINE))
        return FA_OK;
    for (int32_t k = c->at_tok[tok]; k >= 0; k = c->m[k].same_tok)
        if (c->m[k].ntok == ntok) {
            /* ... a courtesy title's ("Dr. Jan Kern"): the post makes
             * it an official */
            c->m[k].create = 1;
            c->m[k].posted = 1;
            if (c->m[k].gaz < 0)
                c->m[k].gaz = gaz;
            return FA_OK;
        }
    if ((rc = add_mention(c, gaz, tok, ntok, -1, 0, 1)))
        return rc;
    c->m[c->nm - 1].same_tok = c->at_tok[tok];
    c->m[c->nm - 1].posted = 1;
    c->at_tok[tok] = (int32_t)(c->nm - 1);
    return FA_OK;
}

/* Legislators' post-nominals ("Jan Kern MP"): LABELLING.md counts
 * legislators as officials. Honours and ranks at the bar (QC, OBE) name
 * no post and are not here. */
static const char *const post_nominal[] = { "mp", "mep", "msp", "mla", "mpp" };
static const char *const compass[] = {
    "north", "south", "east", "west", "central", "northern", "southern", "eastern",
    "western",
};

/* "Jan Kern MP said": a name of two to four capitalised words right before
 * a legislator's post-nominal at token k, written in capitals, with no
 * name after it ("Tory MP Jan Kern" is the title's). Returns the name's
 * first token and its length in *nn, or SIZE_MAX. */
static size_t post_nominal_name(const ctx *c, size_t k, size_t *nn)
{
    const fa_toks *t = &c->t;
    if (t->tok[k].shape != SHAPE_UPPER || t->tok[k].flen < 2 || t->tok[k].flen > 3 ||
        !fold_in(t, k, post_nominal, sizeof post_nominal / sizeof *post_nominal) ||
        !adjacent(t, k))
        return SIZE_MAX;
    if (k + 1 < t->ntok && adjacent(t, k + 1) && is_capitalised(&t->tok[k + 1]))
        return SIZE_MAX;
    size_t s = k;
    while (s > 0 && k - s < 4 && t->tok[s - 1].shape == SHAPE_CAP &&
           (s == k || adjacent(t, s) || t->tok[s].sep == SEP_HYPHEN) &&
           !(fa__word_class(c->g, t, s - 1) & (WC_STOP | WC_FUNC | WC_TIME | WC_INST)) &&
           !courtesy_at(c, s - 1) && !title_word(c, s - 1) && !country_word(c, s - 1)) {
        s--;
        if (t->tok[s].flags & TOK_SENT)
            break;
    }
    /* a capitalised word glued before the run makes it part of a longer
     * name or a body ("Green Party MP"); a courtesy title does not */
    if (k - s < 2 || (s > 0 && !(t->tok[s].flags & TOK_SENT) && adjacent(t, s) &&
                      is_capitalised(&t->tok[s - 1]) && !courtesy_at(c, s - 1)))
        return SIZE_MAX;
    /* "the Bolton North MP", "West Midlands MP": a seat, not a name */
    if (s > 0 && adjacent(t, s) && (word_is(t, s - 1, c->the_hash, "the", 3) ||
                                     word_is(t, s - 1, c->a_hash, "a", 1)))
        return SIZE_MAX;
    for (size_t z = s; z < k; z++)
        if (fold_in(t, z, compass, sizeof compass / sizeof *compass))
            return SIZE_MAX;
    *nn = k - s;
    return s;
}

/* Posts that head a state or a government, as the reference data names
 * them: "the Tombalbaye Government" names the holder of one. */
static const char *const head_posts[] = {
    "President", "Prime Minister", "Head of State", "Head of Government", "Premier",
    "Chancellor",
};

static int headed_government(const fa_official *o)
{
    for (const char *p = o->posts; *p;) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        for (size_t i = 0; i < sizeof head_posts / sizeof *head_posts; i++)
            if (n == strlen(head_posts[i]) && !memcmp(p, head_posts[i], n))
                return 1;
        p += n + (e != NULL);
    }
    return 0;
}

static int32_t title_by_display(const fa_gazetteer *g, const char *display);

/* The title of the head post official o held ("President", "Prime
 * Minister"), or -1: a government named after its head presents that
 * post, so the head is no former holder named without one. */
static int32_t head_title(const fa_gazetteer *g, const fa_official *o)
{
    for (size_t i = 0; i < sizeof head_posts / sizeof *head_posts; i++) {
        const char *p = strstr(o->posts, head_posts[i]);
        size_t n = strlen(head_posts[i]);
        if (p && (p == o->posts || p[-1] == '|') && (!p[n] || p[n] == '|')) {
            int32_t ti = title_by_display(g, head_posts[i]);
            if (ti >= 0)
                return ti;
        }
    }
    return -1;
}

/* A mention found by government_of(), with its head's title. */
static int head_mention(ctx *c, int32_t gaz, size_t tok, size_t ntok, int32_t title)
{
    int rc = agency_mention(c, gaz, tok, ntok);
    if (rc)
        return rc;
    if (title < 0 && gaz >= 0)
        title = head_title(c->g, &c->g->officials[gaz]);
    for (int32_t k = c->at_tok[tok]; k >= 0; k = c->m[k].same_tok)
        if (c->m[k].ntok == ntok && c->m[k].title < 0)
            c->m[k].title = title;
    return FA_OK;
}

/* The one gazetteer official whose surname is the word at k and who
 * headed a state or a government (of several, the one in office at the
 * article's date), or -1. */
static int32_t government_head(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    const fa_word *w = fa__word_find(c->g, t->tok[k].hash, fa__tok_fold(t, k), t->tok[k].flen);
    int32_t one = -1, dated = -1;
    size_t n = 0, nd = 0;
    for (uint32_t j = 0; w && j < w->n; j++) {
        uint32_t id = c->g->surname_ids[w->first + j];
        /* never one not yet in office ("the Kern Government" in 1983 is
         * not Christian Kern's) */
        if (!headed_government(&c->g->officials[id]) || one == (int32_t)id ||
            (c->date.year && too_early(c, id)))
            continue;
        one = (int32_t)id;
        n++;
        if (fits_date(c, id)) {
            dated = (int32_t)id;
            nd++;
        }
    }
    return n == 1 ? one : nd == 1 ? dated : -1;
}

/* "the Tombalbaye Government", "the Government of Goukouni Oueddei", "the
 * government of Dr. Jan Kern": the government's head is named, so the
 * name is an official's (tests/entities/LABELLING.md: a post presented).
 * Token k is "government". A surname takes the one gazetteer head of
 * that name; a full name after "of" is taken as written, unless it is a
 * country's ("the Government of Papua New Guinea"). "The Smith regime"
 * presents no post. */
static int government_of(ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    int rc = FA_OK;
    if (k >= 2 && adjacent(t, k) && t->tok[k - 1].shape == SHAPE_CAP &&
        !(t->tok[k - 1].flags & TOK_SENT) && adjacent(t, k - 1) &&
        word_is(t, k - 2, c->the_hash, "the", 3) && !country_word(c, k - 1) &&
        !(fa__word_class(c->g, t, k - 1) & (WC_FUNC | WC_STOP | WC_TIME | WC_INST))) {
        int32_t gaz = government_head(c, k - 1);
        if (gaz >= 0 && (rc = head_mention(c, gaz, k - 1, 1, -1)))
            return rc;
    }
    size_t ns = k + 2;
    if (ns >= t->ntok || !adjacent(t, k + 1) || !word_is(t, k + 1, c->of_hash, "of", 2) ||
        !adjacent(t, ns))
        return FA_OK;
    for (int q = 0; q < 2 && ns + 1 < t->ntok && (courtesy_at(c, ns) || title_word(c, ns)) &&
                    !(t->tok[ns + 1].sep & ~(SEP_SPACE | SEP_PERIOD)); q++)
        ns++;                               /* "of Dr.", "of General" */
    size_t nn = name_after_title(c, ns, 0);
    const fa_term *tm = NULL;
    for (size_t z = ns; z < ns + nn; z++)
        if (country_span(c, z, &tm))
            return FA_OK;
    if (nn == 1 && ns > k + 2) {
        int32_t gaz = government_head(c, ns);  /* "the Government of Mr. Kern" */
        return gaz >= 0 ? head_mention(c, gaz, ns, 1, -1) : FA_OK;
    }
    if (nn < 2 || nn > 4 || (!apposition_closes(t, ns + nn) &&
                             !(ns + nn < t->ntok && t->tok[ns + nn].shape == SHAPE_LOWER)))
        return FA_OK;
    /* a name the gazetteer does not know needs a title before it: "the
     * Government of National Unity" names none */
    int32_t gaz = name_official(c, ns, &nn);
    return gaz >= 0 || ns > k + 2 ? head_mention(c, gaz, ns, nn, -1) : FA_OK;
}

/* Does one of official o's posts have the word w (n bytes, folded) as a
 * word ("envoy" in "Special Envoy")? */
static int posts_have_word(const fa_official *o, const char *w, size_t n)
{
    for (const char *p = o->posts; *p; p++) {
        if (p != o->posts && p[-1] != ' ' && p[-1] != '|' && p[-1] != '-')
            continue;
        size_t i = 0;
        while (i < n && p[i] && (p[i] | 0x20) == w[i])
            i++;
        if (i == n && (!p[n] || p[n] == ' ' || p[n] == '|' || p[n] == '-'))
            return 1;
    }
    return 0;
}

/* "the special United States envoy, Mr. Habib," and "Mr. Habib, the
 * special envoy,": a surname after a courtesy title, in apposition with a
 * post built on the head word at h, names the one gazetteer official of
 * that surname in office at the article's date whose posts have that
 * word ("Special Envoy"). Dated articles only. */
static int courtesy_surname(ctx *c, size_t s, size_t h)
{
    const fa_toks *t = &c->t;
    if (!c->date.year || s == 0 || t->tok[s].shape != SHAPE_CAP || t->tok[s].flen < 3 ||
        !courtesy_at(c, s - 1))
        return FA_OK;
    const fa_word *w = fa__word_find(c->g, t->tok[s].hash, fa__tok_fold(t, s), t->tok[s].flen);
    int32_t one = -1;
    size_t n = 0;
    for (uint32_t j = 0; w && j < w->n; j++) {
        uint32_t id = c->g->surname_ids[w->first + j];
        if ((int32_t)id == one || !fits_date(c, id) ||
            !posts_have_word(&c->g->officials[id], fa__tok_fold(t, h), t->tok[h].flen))
            continue;
        one = (int32_t)id;
        n++;
    }
    return n == 1 ? agency_mention(c, one, s, 1) : FA_OK;
}

/* "Hong Kong's Health Secretary said ... . Dr York Chow says ...": a
 * sentence that opens with a full name, a courtesy title before it, and a
 * verb of saying after it names the holder of the post that spoke,
 * unnamed, in the sentence before ("<title> said"). Token k opens the
 * sentence. */
static int post_in_sentence_before(ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    if (k == 0 || k + 3 >= t->ntok || !courtesy_at(c, k))
        return FA_OK;
    size_t ns = k + 1;
    size_t nn = name_after_title(c, ns, 0);
    if (nn < 2 || nn > 3 || ns + nn >= t->ntok || !adjacent(t, ns + nn) ||
        !is_post_verb(t, ns + nn))
        return FA_OK;
    int32_t title = -1;
    size_t j = k - 1;
    for (; j > 0 && k - j < 60 && !(t->tok[j].flags & TOK_SENT); j--)
        ;
    for (size_t v = j + 1; v < k; v++) {
        if (!is_post_verb(t, v) || !adjacent(t, v))
            continue;
        for (size_t b = v - 1; b >= j && v - b <= 4; b--) {
            int32_t ti = -1;
            if (title_at(c, b, &ti) == v - b && !courtesy_at(c, v - 1)) {
                title = ti;
                break;
            }
            if (b == 0)
                break;
        }
        if (title >= 0)
            break;
    }
    if (title < 0)
        return FA_OK;
    int32_t gaz = name_official(c, ns, &nn);
    return head_mention(c, gaz, ns, nn, title);
}

static int agency_scan(ctx *c);

/* The post rules, with the mentions so far indexed by their first word. */
static int agency_posts(ctx *c)
{
    int rc;
    if (!(c->at_tok = malloc((c->t.ntok ? c->t.ntok : 1) * sizeof *c->at_tok)))
        return FA_ENOMEM;
    for (size_t k = 0; k < c->t.ntok; k++)
        c->at_tok[k] = -1;
    for (size_t k = 0; k < c->nm; k++) {
        c->m[k].same_tok = c->at_tok[c->m[k].tok];
        c->at_tok[c->m[k].tok] = (int32_t)k;
    }
    rc = agency_scan(c);
    free(c->at_tok);
    c->at_tok = NULL;
    return rc;
}

static int agency_scan(ctx *c)
{
    const fa_toks *t = &c->t;
    int rc = FA_OK;
    size_t a = 0;                           /* the current clause's start */

    for (size_t k = 0; k < t->ntok; k++) {
        if (k == 0 || !clause_start(t, k))
            goto premodified;   /* token 0 can only start a post (3, 4) */
        size_t from = a;
        a = k;
        /* "the Pan American Health Organization (PAHO), Jon Andrus" */
        int bracket = k - from == 1 && (t->tok[from].sep & SEP_OPEN) && from > 0;
        uint16_t ok = SEP_COMMA | SEP_SPACE | SEP_NL | (bracket ? SEP_HARD : 0);
        int dash = !bracket && (t->tok[k].sep & SEP_DASH) && apposition_opens(t, k);
        if (!dash && (!(t->tok[k].sep & SEP_COMMA) || (t->tok[k].sep & ~ok)))
            goto premodified;
        if (bracket) {
            size_t f = from - 1;
            while (f > 0 && !clause_start(t, f))
                f--;
            from = f;
        }
        /* 1. "<post>, <Name>, said": the post opens its clause. */
        size_t p = from;
        if (p + 1 < k && word_is(t, p, fa__hash_bytes("according", 9), "according", 9))
            p += 2;
        size_t h = k - p <= 16 ? post_head_at(c, p, k) : SIZE_MAX;
        for (size_t q = k - 1; h == SIZE_MAX && q > p && k - q <= 12; q--)
            if (FOLD_IN(t, q - 1, post_copula) && (h = post_head_at(c, q, k)) != SIZE_MAX)
                p = q;
        if (h != SIZE_MAX && !head_is_modifier(t, h) &&
            (FOLD_IN(t, h, post_public_head) || chief_officer(c, h, k) ||
             post_is_public(c, p, k, head_country_ok(t, h), minister_head(t, h)))) {
            size_t ns = k, nn = 0;
            if (courtesy_at(c, ns) && ns + 1 < t->ntok)
                nn = name_after_title(c, ++ns, 0);      /* ", Dr. Lamont Sweet," */
            else if (!country_word(c, ns))
                nn = name_after_title(c, ns, 1);
            while (nn > 2 && (courtesy_at(c, ns) || title_word(c, ns))) {
                ns++;                                   /* as above */
                nn--;
            }
            size_t z = ns + nn;
            /* ", Frank DuPey and a resident" ends the name as well */
            if (nn >= 2 && (apposition_closes(t, z) ||
                            (adjacent(t, z) && (FOLD_IN(t, z, post_verb) ||
                                                word_is(t, z, fa__hash_bytes("and", 3),
                                                        "and", 3))))) {
                int32_t gaz = name_official(c, ns, &nn);
                if ((rc = agency_mention(c, gaz, ns, nn)))
                    return rc;
            } else if (nn == 1 && ns > k && apposition_closes(t, ns + 1) &&
                       (rc = courtesy_surname(c, ns, h))) {
                return rc;                      /* ", Mr. Habib," */
            }
        }
        /* 2. "<Name>, [the] <post> of <body>": the post follows the name. */
        size_t e = clause_end(t, k);
        h = e - k <= 16 ? post_head_at(c, k, e) : SIZE_MAX;
        if (h != SIZE_MAX && !head_is_modifier(t, h) &&
            (FOLD_IN(t, h, post_public_head) || chief_officer(c, h, e) ||
             state_head_of_country(c, h, e) ||
             post_is_public(c, k, e, head_country_ok(t, h), minister_head(t, h)))) {
            if ((rc = name_before_title(c, -1, k, k)))
                return rc;
            /* "Mr. Habib, the special envoy," opening its clause */
            if (k >= 2 && clause_start(t, k - 2) && (rc = courtesy_surname(c, k - 1, h)))
                return rc;
        }
premodified:
        if ((t->tok[k].flags & TOK_SENT) && (rc = post_in_sentence_before(c, k)))
            return rc;
        if (t->tok[k].flen == 10 && !memcmp(fa__tok_fold(t, k), "government", 10) &&
            (rc = government_of(c, k)))
            return rc;
        if (t->tok[k].shape == SHAPE_UPPER && k >= 2) {
            size_t nn = 0, ns = post_nominal_name(c, k, &nn);
            if (ns != SIZE_MAX) {
                int32_t gaz = name_official(c, ns, &nn);
                if ((rc = agency_mention(c, gaz, ns, nn)))
                    return rc;
                continue;
            }
        }
        if (t->tok[k].shape != SHAPE_OTHER && k > 0 && k + 2 < t->ntok &&
            word_is(t, k, fa__hash_bytes("leader", 6), "leader", 6) && adjacent(t, k)) {
            /* "Soviet leader Mikhail Gorbachev": a country's leader heads
             * it (an opposition, rebel or party leader is no post) */
            const fa_term *tm = NULL;
            size_t nn = 0, cs = SIZE_MAX;
            for (size_t back = k < 2 ? k : 2; back >= 1 && cs == SIZE_MAX; back--)
                if (country_span(c, k - back, &tm) == back &&
                    (tm->kind == TERM_DEMONYM || tm->kind == TERM_NAME))
                    cs = k - back;
            /* ... but not a people's inside a state ("Bosnian Serb leader") */
            if (cs != SIZE_MAX && cs > 0 && adjacent(t, cs) && is_capitalised(&t->tok[cs - 1]) &&
                !(t->tok[cs].flags & TOK_SENT) && !(fa__word_class(c->g, t, cs - 1) & WC_FUNC))
                cs = SIZE_MAX;
            if (cs != SIZE_MAX && (nn = name_after_title(c, k + 1, 0)) >= 2) {
                int32_t gaz = name_official(c, k + 1, &nn);
                if ((rc = agency_mention(c, gaz, k + 1, nn)))
                    return rc;
            } else if (cs != SIZE_MAX && nn == 1) {
                /* "Afghan leader Najibullah", "Soviet leader Gorbachev":
                 * one word, only for the one gazetteer official of that
                 * surname and of that state in office at the date (a
                 * dated text); else too many leaders would fit */
                int32_t gaz = leader_by_surname(c, fa__term_code(c->g, tm, c->date.year), k + 1);
                if (gaz >= 0 && (rc = agency_mention(c, gaz, k + 1, 1)))
                    return rc;
            }
            continue;
        }
        if (t->tok[k].shape == SHAPE_OTHER || !is_post_head(t, k))
            continue;
        /* 4. "<post> of/for [the] <body> <Name> said": the body's last
         * word ends it ("Director-General of Health Dr. Jan Kern": a
         * hyphenated "General" is the head's). */
        size_t kg = k;
        if (k + 1 < t->ntok && t->tok[k + 1].sep == SEP_HYPHEN &&
            word_is(t, k + 1, fa__hash_bytes("general", 7), "general", 7))
            kg = k + 1;
        if (kg + 3 < t->ntok && adjacent(t, kg + 1) &&
            (word_is(t, kg + 1, c->of_hash, "of", 2) ||
             word_is(t, kg + 1, fa__hash_bytes("for", 3), "for", 3) ||
             /* "Ambassador to the United Nations Jane Doe said" */
             (FOLD_IN(t, k, post_public_head) &&
              word_is(t, kg + 1, fa__hash_bytes("to", 2), "to", 2)))) {
            size_t r = kg + 2, last = SIZE_MAX, z = r;
            if (word_is(t, r, c->the_hash, "the", 3) && adjacent(t, r + 1))
                r++;
            for (z = r; z < t->ntok && z < r + 12 &&
                        (z == r || adjacent(t, z) ||
                         /* "Co-operation" */
                         (t->tok[z].sep == SEP_HYPHEN && is_capitalised(&t->tok[z - 1])) ||
                         /* "Director of Medical Services Dr. Jane Doe" */
                         (last == z - 2 && courtesy_at(c, z - 1) &&
                          (t->tok[z].sep & SEP_PERIOD))); z++) {
                const fa_term *ct = NULL;
                size_t cn;
                if (is_capitalised(&t->tok[z]) ||
                    (t->tok[z].sep == SEP_HYPHEN && is_capitalised(&t->tok[z - 1]))) {
                    if (FOLD_IN(t, z, post_body_end))
                        last = z;
                    else if ((cn = country_span(c, z, &ct)) != 0) {
                        /* "UN special envoy for Syria Jane Doe" */
                        last = z + cn - 1;
                        z = last;
                    }
                } else if (!FOLD_IN(t, z, post_body_join)) {
                    break;
                }
            }
            size_t ns = last + 1;
            if (last != SIZE_MAX && ns + 2 < z && possessive_courtesy(c, ns))
                ns += 2;                    /* "... His Excellency Jan Kern" */
            else if (last != SIZE_MAX && ns + 1 < z && courtesy_at(c, ns))
                ns++;
            if (last != SIZE_MAX && ns + 1 < z) {
                size_t nn = name_after_title(c, ns, 0);
                size_t ze = ns + nn;
                /* the name's run ends at punctuation or at a lower-case
                 * word ("Member of Parliament Shiv Chandra Kushwaha
                 * skipped ...") */
                if (nn >= 2 && nn <= 3 && ze == z &&
                    (apposition_closes(t, ze) || FOLD_IN(t, ze, post_verb) ||
                     (ze < t->ntok && t->tok[ze].shape == SHAPE_LOWER)) &&
                    (FOLD_IN(t, k, post_public_head) || chief_officer(c, k, last + 1) ||
                     post_is_public(c, body_start(c, k), last + 1, 0, minister_head(t, k)))) {
                    int32_t gaz = name_official(c, ns, &nn);
                    if ((rc = agency_mention(c, gaz, ns, nn)))
                        return rc;
                }
            }
        }
        /* 5. "Yang Weizhong Deputy Director for the Chinese Center for
         * Disease Control said": a name of two or three words opening its
         * clause, glued to a capitalised post of a public body. */
        if (is_capitalised(&t->tok[k]) && k + 2 < t->ntok && adjacent(t, k + 1) &&
            (word_is(t, k + 1, c->of_hash, "of", 2) ||
             word_is(t, k + 1, fa__hash_bytes("for", 3), "for", 3))) {
            size_t m = k, s0;
            while (m > 0 && k - m < 3 && adjacent(t, m) && t->tok[m - 1].shape == SHAPE_CAP &&
                   FOLD_IN(t, m - 1, post_modifier))
                m--;                            /* "Deputy", "Acting" */
            for (s0 = m; s0 > 0 && m - s0 < 3 && adjacent(t, s0) &&
                         t->tok[s0 - 1].shape == SHAPE_CAP && !country_word(c, s0 - 1) &&
                         !(fa__word_class(c->g, t, s0 - 1) &
                           (WC_STOP | WC_FUNC | WC_TIME | WC_INST)) &&
                         !courtesy_at(c, s0 - 1) && !title_word(c, s0 - 1);) {
                s0--;
                if (t->tok[s0].flags & TOK_SENT)
                    break;
            }
            size_t ce = clause_end(t, k);
            size_t nn = m - s0;
            /* no title inside the run ("Macmillan Prime Minister of") */
            for (size_t z = s0; nn && z < m; z++)
                if (title_span(c, z))
                    nn = 0;
            int32_t gaz = nn >= 2 ? name_official(c, s0, &nn) : -1;
            /* an adjective run is no name ("Supreme Allied Commander"):
             * a gazetteer name, a modifier before the head word or a
             * public head word shows the post's shape */
            if (gaz < 0 && m == k && !FOLD_IN(t, k, post_public_head))
                nn = 0;
            if (nn >= 2 && adjacent(t, m) &&
                (clause_start(t, s0) || (t->tok[s0].flags & TOK_SENT) ||
                 (s0 > 0 && courtesy_at(c, s0 - 1))) &&
                (FOLD_IN(t, k, post_public_head) ||
                 post_is_public(c, k + 2, ce, 1, minister_head(t, k))) &&
                (rc = agency_mention(c, gaz, s0, nn)))
                return rc;
        }
        /* 3. "WHO Africa regional director Luis Gomes Sambo": the body
         * before the head word, the name right after it. */
        if (k + 1 >= t->ntok)
            continue;
        size_t hk = k;
        if (t->tok[k + 1].sep == SEP_HYPHEN && FOLD_IN(t, k + 1, post_head))
            hk = k + 1;                     /* "Health Officer-Administrator" */
        size_t s = k;
        size_t nlower = 0;
        while (s > a && k - s < 8 &&
               (is_capitalised(&t->tok[s - 1]) || FOLD_IN(t, s - 1, post_modifier) ||
                FOLD_IN(t, s - 1, post_portfolio) ||
                /* "EU foreign policy chief Jane Doe": a few other words,
                 * the body deciding whether the post is public */
                (t->tok[s - 1].shape == SHAPE_LOWER && nlower++ < 2 &&
                 !(fa__word_class(c->g, t, s - 1) & (WC_FUNC | WC_STOP))) ||
                /* "Ministry of Health spokesperson" */
                (s - 1 > a && is_capitalised(&t->tok[s]) &&
                 is_capitalised(&t->tok[s - 2]) && FOLD_IN(t, s - 1, post_body_join))))
            s--;
        int country_ok = head_country_ok(t, k) || FOLD_IN(t, k, post_state_head);
        /* a public head word needs no body ("Republican senator Jan Kern",
         * "said mayor Jan Kern"); a country makes a state's head public
         * ("German chancellor Jan Kern") */
        if (!FOLD_IN(t, k, post_public_head) && !chief_officer(c, k, k + 1) &&
            (s == k || !post_is_public(c, s, k, country_ok, minister_head(t, k))))
            continue;
        /* "Chief Medical Officer Sir Jan Kern", "Health Director Dr. Jan
         * Kern": courtesy titles between the post and the name are no
         * part of the name */
        size_t ns = hk + 1;
        for (int q = 0; q < 2 && ns + 1 < t->ntok && adjacent(t, ns) && courtesy_at(c, ns) &&
                        is_capitalised(&t->tok[ns + 1]); q++)
            ns++;
        size_t nn = title_word(c, ns) && !given_amir(c, ns) ? 0 : name_after_title(c, ns, 0);
        if (nn >= 2) {
            int32_t gaz = name_official(c, ns, &nn);
            if ((rc = agency_mention(c, gaz, ns, nn)))
                return rc;
            k = ns + nn - 1;
        }
    }
    return FA_OK;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Nouns that name a post without being a title before a name: "on
 * your election to the presidency ... your predecessor, Mr. Kern". They
 * count as the post's title seen in the article (for a courtesy title's
 * surname), never as a title of a name. */
static const struct { const char *noun, *title; } post_nouns[] = {
    { "presidency", "President" },
    { "premiership", "Prime Minister" },
    { "chairmanship", "Chairman" },
};

/* The office title whose display is 'display', or -1. */
static int32_t title_by_display(const fa_gazetteer *g, const char *display)
{
    for (size_t k = 0; k < g->ntitles; k++)
        if (g->titles[k].office && !strcmp(g->titles[k].display, display))
            return (int32_t)k;
    return -1;
}

/* Is token k a post noun? Then note its title as seen. */
static int post_noun(ctx *c, size_t k)
{
    const fa_tok *x = &c->t.tok[k];
    const char *w = fa__tok_fold(&c->t, k);
    for (size_t j = 0; j < sizeof post_nouns / sizeof *post_nouns; j++) {
        if (x->flen != strlen(post_nouns[j].noun) || memcmp(w, post_nouns[j].noun, x->flen))
            continue;
        int32_t ti = title_by_display(c->g, post_nouns[j].title);
        return ti < 0 ? FA_OK : push((void **)&c->seen, &c->nseen, &c->capseen,
                                     sizeof ti, &ti);
    }
    return FA_OK;
}


/* "Israel's Shamir", "Nicaragua's Ortega": a country's possessive before a
 * lone surname names the one gazetteer official of that country with that
 * surname in office at the article's date (none, or several: nobody). */
static int country_surname(ctx *c, const fa_term *tm, size_t k)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    if (!c->date.year || tm->kind != TERM_NAME || k == 0 || k >= t->ntok ||
        !(t->tok[k - 1].flags & TOK_POSS) || (t->tok[k].sep & ~(SEP_SPACE | SEP_NL)) ||
        t->tok[k].shape != SHAPE_CAP ||
        (fa__word_class(g, t, k) & (WC_STOP | WC_FUNC | WC_TIME | WC_INST)) ||
        title_word(c, k) || country_word(c, k) || courtesy_at(c, k))
        return FA_OK;
    /* a lone word: "Israel's Shamir said", not "Israel's Labor Party" */
    if (k + 1 < t->ntok && adjacent(t, k + 1) && is_capitalised(&t->tok[k + 1]))
        return FA_OK;
    int32_t code = fa__term_code(g, tm, c->date.year);
    const fa_word *w = fa__word_find(g, t->tok[k].hash, fa__tok_fold(t, k), t->tok[k].flen);
    if (code < 0 || !w)
        return FA_OK;
    const char *cc = g->countries[code].code;
    int32_t one = -1;
    for (uint32_t j = 0; j < w->n; j++) {
        uint32_t id = g->surname_ids[w->first + j];
        if (strcmp(g->officials[id].country, cc) || !fits_date(c, id) || (int32_t)id == one)
            continue;
        if (one >= 0)
            return FA_OK;                   /* two of that surname then */
        one = (int32_t)id;
    }
    return one >= 0 ? add_mention(c, one, k, 1, -1, 0, 1) : FA_OK;
}

/* "North and South Korea", "East and West Germany": the country phrase
 * of two words at i (South Korea) after "W and", where "W <its second
 * word>" is a country phrase too (North Korea): W names that one. */
static int elided_pair(ctx *c, size_t i, size_t lt)
{
    const fa_toks *t = &c->t;
    if (lt != 2 || i < 2 || !adjacent(t, i - 1) || !adjacent(t, i) ||
        t->tok[i - 2].shape != SHAPE_CAP || !word_is(t, i - 1, fa__hash_bytes("and", 3), "and", 3))
        return FA_OK;
    char buf[128];
    size_t a = t->tok[i - 2].flen, b = t->tok[i + 1].flen;
    if (a + b + 1 >= sizeof buf)
        return FA_OK;
    memcpy(buf, fa__tok_fold(t, i - 2), a);
    buf[a] = ' ';
    memcpy(buf + a + 1, fa__tok_fold(t, i + 1), b);
    fa_toks two = {0};
    int rc = FA_OK;
    if (fa__toks_run(&two, NULL, buf, a + b + 1)) {
        rc = FA_ENOMEM;
        goto out;
    }
    if (two.ntok != 2)
        goto out;
    uint64_t h = fa__hash_step(fa__hash_step(FA_HASH_SEED, two.tok[0].hash), two.tok[1].hash);
    const fa_phrase *p = fa__phrase_find(c->g, h, &two, 0, 2);
    if (p && p->term >= 0 && c->g->terms[p->term].kind != TERM_BLOCK)
        rc = country_mention(c, &c->g->terms[p->term], i - 2, 1);
out:
    fa__toks_release(&two);
    return rc;
}

static int scan(ctx *c)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    int rc = FA_OK;

    for (size_t i = 0; i < t->ntok;) {
        const fa_tok *x = &t->tok[i];
        if (x->flen >= 10 && x->flen <= 12 && (rc = post_noun(c, i)))
            return rc;
        if (!fa__first_maybe(g, x->hash)) {
            i++;
            continue;
        }
        /* A dateline names where the story was filed: a capital there
         * counts ("ISLAMABAD:", tests/entities/LABELLING.md), nothing else
         * in it does ("NEW YORK:", "GENEVA (Reuters) -"). */
        int dateline = (x->flags & TOK_DATELINE) != 0;
        const fa_phrase *pt = NULL, *po = NULL, *pti = NULL;
        size_t lt = 0, lo = 0, lti = 0;
        uint64_t h = FA_HASH_SEED;
        for (size_t n = 1; i + n <= t->ntok && n <= g->maxtok; n++) {
            if (n > 1 && !phrase_join(t, i + n - 1))
                break;
            if (dateline && !(t->tok[i + n - 1].flags & TOK_DATELINE))
                break;
            h = fa__hash_step(h, t->tok[i + n - 1].hash);
            const fa_phrase *p = fa__phrase_find(g, h, t, i, n);
            if (!p)
                break;
            if (p->term >= 0) {
                const fa_term *tm = &g->terms[p->term];
                if (tm->kind == TERM_BLOCK || case_ok(t, i, n, tm->capmask, tm->acromask)) {
                    pt = p;
                    lt = n;
                }
            }
            if (p->official >= 0 && name_case(t, i, n)) {
                po = p;
                lo = n;
            }
            if (p->title >= 0) {
                const fa_title *ti = &g->titles[p->title];
                if (case_ok(t, i, n, ti->capmask, ti->acromask) && title_here(c, p->title, i)) {
                    pti = p;
                    lti = n;
                }
            }
            if (!p->prefix)
                break;
        }
        if (dateline) {
            if (pt && g->terms[pt->term].kind == TERM_CAPITAL &&
                (rc = country_mention(c, &g->terms[pt->term], i, lt)))
                return rc;
            i += pt ? lt : 1;
            continue;
        }
        /* a form that starts inside a run of initials ("H.E. Paul" is
         * no "E. Paul") */
        if (po && i > 0 && t->tok[i].flen == 1 && t->tok[i - 1].flen == 1 &&
            t->tok[i - 1].shape == SHAPE_UPPER && (t->tok[i].sep & SEP_PERIOD) &&
            !(t->tok[i].sep & ~(SEP_PERIOD | SEP_SPACE)))
            po = NULL;
        if (po && lo >= lt && lo >= lti) {
            /* "Hamid Karzai International Airport": not the person */
            size_t k = i + lo;
            int inst = k < t->ntok && adjacent(t, k) && is_capitalised(&t->tok[k]) &&
                       (fa__word_class(g, t, k) & WC_INST);
            /* "Prince Norodom Sihanouk": a name form that starts with an
             * office title presents the post, as the title would */
            int32_t own = pti && lti < lo && g->titles[pti->title].office ? pti->title : -1;
            if (!inst && (rc = add_mention(c, po->official, i, lo, own, 0, 1)))
                return rc;
            /* "King Hussein of Jordan": the form names the country too */
            for (size_t f = i + 1; !inst && f + 1 < i + lo; f++) {
                const fa_term *tm = NULL;
                size_t n = word_is(t, f, c->of_hash, "of", 2) ? country_span(c, f + 1, &tm) : 0;
                if (n && f + 1 + n == i + lo && (tm->flags & TF_NEEDCUE)) {
                    int32_t code = fa__term_code(g, tm, c->date.year);
                    if (code >= 0 && (rc = tag_country(c, code, t->tok[f + 1].sent)))
                        return rc;
                } else if (n && f + 1 + n == i + lo &&
                           (rc = country_mention(c, tm, f + 1, n)))
                    return rc;
            }
            i += lo;
            continue;
        }
        /* "Martin Luther King": a title word that is also part of names
         * is not a title right after a capitalised word of a name. */
        if (pti && g->titles[pti->title].namepart && i > 0 && adjacent(t, i) &&
            is_capitalised(&t->tok[i - 1]) &&
            !(fa__word_class(g, t, i - 1) & WC_FUNC) && !country_word(c, i - 1))
            pti = NULL;
        if (pti && lti >= lt && !(x->flags & TOK_CAPSLINE)) {
            if (g->titles[pti->title].office &&
                (rc = push((void **)&c->seen, &c->nseen, &c->capseen, sizeof pti->title,
                           &pti->title)))
                return rc;
            size_t used = title_mention(c, pti->title, i, lti, &rc);
            if (rc)
                return rc;
            /* "Bank of Japan Governor Satoshi Sumita": a country named
             * inside the title counts as it does outside one ("the Bank
             * of Japan said"); the scan skips the title's words */
            for (size_t f = i; used && f < i + lti;) {
                const fa_term *tm = NULL;
                size_t n = country_span(c, f, &tm);
                if (n && f + n <= i + lti && (rc = country_mention(c, tm, f, n)))
                    return rc;
                f += n ? n : 1;
            }
            if (used) {
                i += used;
                continue;
            }
            /* A generic title ("president", "head", "spokesman") in
             * apposition must be a country's or an official's: "X,
             * president of the International AIDS Society" is no public
             * post; "X, Yeltsin's spokesman" is. */
            const fa_title *tt = &g->titles[pti->title];
            size_t after = i + lti;
            const fa_term *tm = NULL;
            int of_country = after + 1 < t->ntok && word_is(t, after, c->of_hash, "of", 2) &&
                             adjacent(t, after) && country_span(c, after + 1, &tm);
            /* a title in the plural is several people's, not the one
             * named before it ("Phnom Penh, the Foreign Ministers of") */
            if (tt->office && !tt->plural && !(x->flags & TOK_TITLELINE) &&
                (!tt->generic || c->cend == i || of_country || names_org(c, i, i + lti) ||
                 (i > 0 && official_possessive(c, i - 1)) ||
                 gazetteer_before(c, pti->title, i)) &&
                (rc = name_before_title(c, pti->title, i,
                                        c->cend == i ? c->cstart : i)))
                return rc;
        }
        if (pt) {
            c->cstart = i;
            c->cend = i + lt;
            if ((rc = country_mention(c, &g->terms[pt->term], i, lt)) ||
                (rc = country_surname(c, &g->terms[pt->term], i + lt)) ||
                (rc = elided_pair(c, i, lt)))
                return rc;
            i += lt;
            continue;
        }
        i++;
    }
    /* A 'q' term (Chad, Jordan) without a cue of its own counts when its
     * sentence names another country. */
    for (size_t k = 0; c->ncsent && k < c->nq; k++)   /* no bsearch of a NULL array */
        if (bsearch(&c->q[k].sent, c->csent, c->ncsent, sizeof *c->csent, cmp_u32))
            c->cseen[c->q[k].code] = 1;
    return FA_OK;
}

/* ---- officials: merging and resolving ---------------------------------- */

typedef struct { const char *w[8]; size_t len[8]; size_t n; } words;

static void words_of_text(const fa_toks *t, size_t tok, size_t ntok, words *w)
{
    w->n = 0;
    for (size_t k = tok; k < tok + ntok && w->n < 8; k++) {
        if (t->tok[k].flen < 2)
            continue;                       /* initials do not count */
        w->w[w->n] = fa__tok_fold(t, k);
        w->len[w->n++] = t->tok[k].flen;
    }
}

static int words_of_person(ctx *c, const person *p, words *w)
{
    if (p->gaz < 0) {
        words_of_text(&c->t, p->tok, p->ntok, w);
        return FA_OK;
    }
    const char *name = c->g->officials[p->gaz].name;
    if (fa__toks_run(&c->scratch, NULL, name, strlen(name)))
        return FA_ENOMEM;
    words_of_text(&c->scratch, 0, c->scratch.ntok, w);
    return FA_OK;
}

static int near_word(const char *a, size_t la, const char *b, size_t lb)
{
    if (la == lb && !memcmp(a, b, la))
        return 1;
    size_t m = la < lb ? la : lb;
    if (m < 4 || a[0] != b[0])
        return 0;
    return fa__edit_distance(a, la, b, lb, 2) <= (m >= 6 ? 2 : 1);
}

static int same_word(const words *a, size_t i, const words *b, size_t j)
{
    return a->len[i] == b->len[j] && !memcmp(a->w[i], b->w[j], a->len[i]);
}

/* Conservative: the same number of words, all near-identical, with the
 * first or the last word identical ("Shah Mehmood Qureshi" / "Shah Mahmood
 * Qureshi", "Marta Lindqvist" / "Marta Lindquist"); or the same first word
 * and surname with only middle names or initials differing ("Antony J.
 * Blinken"); or the shorter name's two or more words ending the longer one
 * ("Alvarado Rojas" / "Pedro Alvarado Rojas"). */
static int near_names(const words *a, const words *b)
{
    if (a->n < 2 || b->n < 2)
        return 0;
    /* The same words in another order: a surname put first ("Ismail
     * Razali" for Razali Ismail), or given names swapped before the
     * surname ("Abdel Gamal Nasser"). Each word once, so "Ali Ali" is no
     * reordering of "Ali Hassan". */
    if (a->n == b->n && (a->n == 2 || same_word(a, a->n - 1, b, b->n - 1))) {
        unsigned used = 0;
        size_t moved = 0;
        for (size_t i = 0; i < a->n; i++) {
            size_t j = 0;
            while (j < b->n && ((used >> j & 1u) || !same_word(a, i, b, j)))
                j++;
            if (j == b->n)
                break;
            used |= 1u << j;
            moved += i != j;
        }
        if (used == (1u << b->n) - 1 && moved)
            return 1;
    }
    /* A long name with one word respelled or misread and the others as
     * written ("Zein El Abidine Ben Ali", "Javier Pores de Cuellar"): the
     * word may be two letters off in four words or more, one in three. */
    if (a->n == b->n && a->n >= 3) {
        size_t off = 0, at = 0;
        for (size_t i = 0; i < a->n; i++)
            if (!same_word(a, i, b, i)) {
                off++;
                at = i;
            }
        /* In four words or more the three others identify the person,
         * so the misread word may start wrong or be a particle
         * ("Javier Perez de Ouellar", "Javier Perez do Cuellar"). */
        size_t min = a->n >= 4 ? 2 : 3;
        if (off == 1 && a->len[at] >= min && b->len[at] >= min &&
            (a->n >= 4 || a->w[at][0] == b->w[at][0]) &&
            fa__edit_distance(a->w[at], a->len[at], b->w[at], b->len[at], 2) <=
                (a->n >= 4 ? 2u : 1u))
            return 1;
    }
    if (a->n == b->n && same_word(a, 0, b, 0)) {
        for (size_t i = 1; i < a->n; i++)
            if (!near_word(a->w[i], a->len[i], b->w[i], b->len[i]))
                return 0;
        return 1;
    }
    if (!same_word(a, a->n - 1, b, b->n - 1))
        return 0;
    if (a->n == b->n) {
        for (size_t i = 0; i + 1 < a->n; i++)
            if (!near_word(a->w[i], a->len[i], b->w[i], b->len[i]))
                return 0;
        return 1;
    }
    if (same_word(a, 0, b, 0))
        return 1;
    const words *s = a->n < b->n ? a : b, *l = a->n < b->n ? b : a;
    for (size_t i = 1; i <= s->n; i++)
        if (!same_word(s, s->n - i, l, l->n - i))
            return 0;
    return 1;
}

static uint64_t word_hash(const words *w, size_t i)
{
    return fa__hash_bytes(w->w[i], w->len[i]);
}

/* Adds the person and indexes it: BY_GAZ or BY_SURNAME (what has_surname
 * compares), and BY_FIRST and BY_LAST (what near_names needs equal). */
static int add_person(ctx *c, int32_t gaz, const mention *m)
{
    person p = { gaz, m->tok, m->ntok, m->title, m->former, m->early };
    uint32_t k = (uint32_t)c->np;
    words w;
    int rc;

    assert(c->np < NONE);
    if ((rc = push((void **)&c->p, &c->np, &c->capp, sizeof p, &p)))
        return rc;
    c->owner[m - c->m] = k;
    if (gaz >= 0)
        rc = chains_add(&c->by[BY_GAZ], (uint64_t)gaz, k);
    else
        rc = chains_add(&c->by[BY_SURNAME], c->t.tok[p.tok + p.ntok - 1].hash, k);
    if (rc || (rc = words_of_person(c, &p, &w)) || w.n < 2)
        return rc;
    if ((rc = chains_add(&c->by[BY_FIRST], word_hash(&w, 0), k)))
        return rc;
    return chains_add(&c->by[BY_LAST], word_hash(&w, w.n - 1), k);
}

/* The lowest-numbered person for gazetteer official 'gaz', or NONE. */
static uint32_t person_of(const ctx *c, int32_t gaz)
{
    return chains_first(&c->by[BY_GAZ], (uint64_t)gaz);
}

/* The lowest-numbered person whose name near_names() 'a': the candidates
 * are the persons with a's first or a's last word, since near_names() is
 * true only when one of them is equal. *out is NONE when there is none. */
static int near_person(uint32_t *out, ctx *c, const words *a)
{
    *out = NONE;
    if (a->n < 2)
        return FA_OK;
    const chains *cf = &c->by[BY_FIRST], *cl = &c->by[BY_LAST];
    uint32_t f = chains_first(cf, word_hash(a, 0));
    uint32_t l = chains_first(cl, word_hash(a, a->n - 1));
    while (f != NONE || l != NONE) {
        uint32_t k = f < l ? f : l;
        if (f == k)
            f = cf->next[f];
        if (l == k)
            l = cl->next[l];
        words b;
        if (words_of_person(c, &c->p[k], &b))
            return FA_ENOMEM;
        if (near_names(a, &b)) {
            *out = k;
            break;
        }
    }
    return FA_OK;
}

static void give_title(person *p, int32_t title)
{
    if (p->title < 0)
        p->title = title;
}

/* Mention m names person k (for entities_official_mention). */
static void owns(ctx *c, uint32_t k, const mention *m)
{
    c->owner[m - c->m] = k;
}

static int mention_owners(ctx *c)
{
    if (!(c->owner = malloc((c->nm + 1) * sizeof *c->owner)) ||
        !(c->respelt = malloc((c->nm + 1) * sizeof *c->respelt)))
        return FA_ENOMEM;
    for (size_t i = 0; i < c->nm; i++)
        c->owner[i] = NONE;
    return FA_OK;
}

/* The official of an earlier mention that only a near form matched to
 * the gazetteer (c->respelt) written with the same words as mention i, or
 * NONE: a name the gazetteer knows only misread ("Jan Rliasson") is that
 * person each time the article writes it so, with a title or without. */
static uint32_t written_before(const ctx *c, size_t i)
{
    const fa_toks *t = &c->t;
    const mention *m = &c->m[i];
    for (size_t r = 0; r < c->nrespelt; r++) {
        size_t j = c->respelt[r];
        const mention *o = &c->m[j];
        if (c->owner[j] == NONE || o->ntok != m->ntok)
            continue;
        size_t k = 0;
        while (k < m->ntok && t->tok[o->tok + k].flen == t->tok[m->tok + k].flen &&
               !memcmp(fa__tok_fold(t, o->tok + k), fa__tok_fold(t, m->tok + k),
                       t->tok[m->tok + k].flen))
            k++;
        if (k == m->ntok)
            return c->owner[j];
    }
    return NONE;
}

/* Do the posts of the title and of official 'id' overlap? */
static int post_fits(const fa_gazetteer *g, int32_t title, uint32_t id)
{
    const char *want = g->titles[title].posts, *have = g->officials[id].posts;
    if (!strcmp(want, "*"))
        return 1;
    for (const char *w = want; *w;) {
        size_t wl = strcspn(w, "|");
        for (const char *h = have; *h;) {
            size_t hl = strcspn(h, "|");
            if (hl == wl && !memcmp(h, w, wl))
                return 1;
            h += hl + (h[hl] == '|');
        }
        w += wl + (w[wl] == '|');
    }
    return 0;
}

static int fits_date(const ctx *c, uint32_t id)
{
    return fa__official_fits(&c->g->officials[id], c->date.year);
}

/* Whether mention m comes with no office: no title but a courtesy one
 * ("Mr. Mandela"), and no post phrase. */
static int unposted(const ctx *c, const mention *m)
{
    return (m->title < 0 || !c->g->titles[m->title].office) && !m->posted;
}

/* Before the first year of official id's first tenure, no slack (a
 * tenure only attested has none: 0). */
static int before_start(const ctx *c, uint32_t id)
{
    const fa_official *o = &c->g->officials[id];
    return c->date.year && o->start && c->date.year < o->start;
}

/* Not yet in office at the article's date (beyond the slack): a name
 * cannot mean them ("Iris Xiomara Castro" in 2010). */
static int too_early(const ctx *c, uint32_t id)
{
    const fa_official *o = &c->g->officials[id];
    return c->date.year && o->from && c->date.year < o->from;
}

/* Is the word at text token k a surname of person p? */
static int has_surname(ctx *c, const person *p, size_t k)
{
    const fa_toks *t = &c->t;
    if (p->gaz < 0) {
        size_t last = p->tok + p->ntok - 1;
        return t->tok[last].flen == t->tok[k].flen &&
               !memcmp(fa__tok_fold(t, last), fa__tok_fold(t, k), t->tok[k].flen);
    }
    const fa_word *w = fa__word_find(c->g, t->tok[k].hash, fa__tok_fold(t, k),
                                    t->tok[k].flen);
    for (uint32_t j = 0; w && j < w->n; j++)
        if (c->g->surname_ids[w->first + j] == (uint32_t)p->gaz)
            return 1;
    return 0;
}

/* How many persons have the surname at text token k: 0, 1 (then *out is
 * that one) or 2 for two or more. A person as written has it as its last
 * token (BY_SURNAME), a gazetteer person when the surname list of the word
 * names it; 'w' is the word's entry, or NULL. */
static int surname_persons(uint32_t *out, ctx *c, size_t k, const fa_word *w)
{
    const chains *cs = &c->by[BY_SURNAME], *cg = &c->by[BY_GAZ];
    *out = NONE;
    for (uint32_t p = chains_first(cs, c->t.tok[k].hash); p != NONE; p = cs->next[p])
        if (has_surname(c, &c->p[p], k)) {
            if (*out != NONE)
                return 2;
            *out = p;
        }
    for (uint32_t j = 0; w && j < w->n; j++) {
        int32_t id = (int32_t)c->g->surname_ids[w->first + j];
        for (uint32_t p = person_of(c, id); p != NONE; p = cg->next[p]) {
            assert(c->p[p].gaz == id);
            if (*out != NONE && *out != p)
                return 2;        /* not 'p' again: a list may repeat an id */
            *out = p;
        }
    }
    return *out != NONE;
}

/* The last word of a gazetteer name, as bytes of the name (a quick
 * filter: near_word needs the same first letter and a close length). */
static void last_word(const char *name, const char **w, size_t *n)
{
    const char *sp = strrchr(name, ' '), *hy = strrchr(name, '-');
    if (hy && (!sp || hy > sp))
        sp = hy;                            /* "Roh Tae-woo": as tokens are */
    *w = sp ? sp + 1 : name;
    *n = strlen(*w);
}

/* A full name whose surname no gazetteer official has, spelled as another
 * speaker or a scan spells it ("Eduard Sheverdnadze", "Javier Perez de
 * Cullar"): the one official in office at the article's date whose name
 * near_names() it, with a fitting post when a title came with it. Sets
 * *gaz, or leaves it -1. */
static int gazetteer_respelled(ctx *c, const mention *m, const words *a, int32_t *gaz)
{
    const fa_gazetteer *g = c->g;
    size_t n = 0;
    int32_t hit = -1;
    if (a->n < 2 || a->len[a->n - 1] < (a->n >= 3 ? 3 : 4))
        return FA_OK;
    char first = a->w[a->n - 1][0];
    for (uint32_t id = 0; id < g->nofficials && n < 2; id++) {
        const fa_official *o = &g->officials[id];
        if (!o->from || !fits_date(c, id) || (m->title >= 0 && !post_fits(g, m->title, id)))
            continue;
        /* the canonical name, then the variants ("Idriss Deby Itmo" is
         * one letter off the variant Idriss Deby Itno) */
        const char *v = o->variants;
        for (uint32_t f = 0; f <= o->nvariants; f++) {
            const char *form = f == 0 ? o->name : v;
            if (f > 0)
                v += strlen(v) + 1;
            const char *lw;
            size_t ll;
            last_word(form, &lw, &ll);
            if (!ll || ((lw[0] | 0x20) != first && a->n < 4) || ll + 2 < a->len[a->n - 1] ||
                ll > a->len[a->n - 1] + 2)
                continue;
            words b;
            if (fa__toks_run(&c->scratch, NULL, form, strlen(form)))
                return FA_ENOMEM;
            words_of_text(&c->scratch, 0, c->scratch.ntok, &b);
            if (near_names(a, &b)) {
                if (hit != (int32_t)id) {
                    hit = (int32_t)id;
                    n++;
                }
                break;
            }
        }
    }
    if (n == 1)
        *gaz = hit;
    return FA_OK;
}

/* Is the given name 'a' the given name 'b' misread by a scan ("Kua" for
 * Kurt, "Didi" for Didier, "Hilly" for Willy, "Conrad" for Konrad)? Two
 * letters off after the same first letter, or one off in a longer word. */
static int given_misread(const char *a, size_t la, const char *b, size_t lb)
{
    if (la < 3 || lb < 3)
        return 0;
    size_t d = fa__edit_distance(a, la, b, lb, 2);
    return a[0] == b[0] ? d <= 2 : d <= 1 && la >= 4 && lb >= 4;
}

/* A dated name after a post's title whose surname a gazetteer official
 * has, in a fitting post at that date, while its other words do not quite
 * match (near_names): a scan's damage to the given name ("the
 * Secretary-General, Mr. Kua Waldheim", 1975) or to a middle word
 * ("Javier Pates de Cuellar"). The one such official whose first given
 * name is the written one or a misreading of it. The written name has two
 * words or more; with one, the surname rules decide. */
static int gazetteer_misread(ctx *c, const mention *m, const words *a, const fa_word *w,
                             int32_t *gaz)
{
    const fa_gazetteer *g = c->g;
    size_t n = 0;
    int32_t hit = -1;

    *gaz = -1;
    if (!w || a->n < 2 || m->title < 0 || !strcmp(g->titles[m->title].posts, "*"))
        return FA_OK;
    for (uint32_t j = 0; j < w->n && n < 2; j++) {
        uint32_t id = g->surname_ids[w->first + j];
        if ((int32_t)id == hit || !fits_date(c, id) || !post_fits(g, m->title, id))
            continue;
        person p = { (int32_t)id, 0, 0, -1, 0, 0 };
        words b;
        if (words_of_person(c, &p, &b))
            return FA_ENOMEM;
        if (b.n < 2 || !same_word(a, a->n - 1, &b, b.n - 1) ||
            !given_misread(a->w[0], a->len[0], b.w[0], b.len[0]))
            continue;
        hit = (int32_t)id;
        n++;
    }
    if (n == 1)
        *gaz = hit;
    return FA_OK;
}

/* The words of w folded and joined by single spaces into buf (at most
 * cap - 1 bytes): how many bytes, or 0 when they do not fit. */
static size_t joined(const words *w, char *buf, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < w->n; i++) {
        if (n + w->len[i] + 2 > cap)
            return 0;
        if (i)
            buf[n++] = ' ';
        memcpy(buf + n, w->w[i], w->len[i]);
        n += w->len[i];
    }
    buf[n] = '\0';
    return n;
}

/* The last resort for a dated name after a post's title: a scan's damage
 * to letters in several words ("Daniel Arap Hoi", "Obiang Hguema
 * Mbasogo", "Birenda Bir Bikram Shah Deva"). The one official in office
 * at the date (or before it, after "former"), in a post the title names,
 * one of whose forms, or its last words, is within two letter edits of the
 * written name as a whole (one under twelve letters; none under eight). */
static int gazetteer_scanned(ctx *c, const mention *m, const words *a, int32_t *gaz)
{
    const fa_gazetteer *g = c->g;
    char an[160], bn[160], en[160];
    size_t la = a->n >= 2 ? joined(a, an, sizeof an) : 0;
    size_t max = la >= 12 ? 2 : la >= 8 ? 1 : 0, n = 0;
    int32_t hit = -1;

    *gaz = -1;
    if (!max || m->title < 0 || !strcmp(g->titles[m->title].posts, "*"))
        return FA_OK;
    for (uint32_t id = 0; id < g->nofficials && n < 2; id++) {
        const fa_official *o = &g->officials[id];
        /* "the former German Chancellor Hilly Brandt": after the tenure */
        if (!o->from || (int32_t)id == hit ||
            (m->was ? too_early(c, id) : !fits_date(c, id)) || !post_fits(g, m->title, id))
            continue;
        const char *f = o->name;
        for (uint32_t k = 0; k <= o->nvariants; k++) {
            size_t fl = strlen(f);
            /* a folded form is no longer than its text, and accents fold
             * to fewer bytes: a text far shorter cannot match */
            if (fl + 2 >= la && fl <= 2 * la + 8) {
                if (fa__toks_run(&c->scratch, NULL, f, fl))
                    return FA_ENOMEM;
                words b;
                words_of_text(&c->scratch, 0, c->scratch.ntok, &b);
                size_t lb = joined(&b, bn, sizeof bn);
                /* ... or its last words, as many as written ("Sedor
                 * Senghor" for Léopold Sédar Senghor) */
                words e = b;
                if (b.n > a->n) {
                    e.n = a->n;
                    memmove(e.w, b.w + (b.n - a->n), a->n * sizeof *e.w);
                    memmove(e.len, b.len + (b.n - a->n), a->n * sizeof *e.len);
                }
                size_t le = b.n > a->n ? joined(&e, en, sizeof en) : 0;
                if ((lb && fa__edit_distance(an, la, bn, lb, max) <= max) ||
                    (le && fa__edit_distance(an, la, en, le, max) <= max)) {
                    hit = (int32_t)id;
                    n++;
                    break;
                }
            }
            f += fl + 1;
            if (k == 0)
                f = o->variants;
        }
    }
    if (n == 1)
        *gaz = hit;
    return FA_OK;
}

/* Two words after a title that are both surnames of one dated official
 * ("President Bachelet Jeria", "President Espinosa Garces"): the two
 * family names of Spanish and Portuguese usage, without the given name. */
static void gazetteer_surnames(ctx *c, const mention *m, const fa_word *w, int32_t *gaz)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    size_t n = 0;
    int32_t hit = -1;

    *gaz = -1;
    if (!w || m->ntok != 2)
        return;
    const fa_word *w1 = fa__word_find(g, t->tok[m->tok].hash, fa__tok_fold(t, m->tok),
                                     t->tok[m->tok].flen);
    for (uint32_t j = 0; w1 && j < w->n && n < 2; j++) {
        uint32_t id = g->surname_ids[w->first + j];
        if ((int32_t)id == hit || !fits_date(c, id) ||
            (m->title >= 0 && !post_fits(g, m->title, id)))
            continue;
        for (uint32_t q = 0; q < w1->n; q++)
            if (g->surname_ids[w1->first + q] == id && w1 != w) {
                hit = (int32_t)id;
                n++;
                break;
            }
    }
    if (n == 1)
        *gaz = hit;
}

/* Whether every word of a is in b, in order. */
static int words_within(const words *a, const words *b)
{
    size_t j = 0;
    for (size_t i = 0; i < a->n; i++) {
        while (j < b->n && !same_word(a, i, b, j))
            j++;
        if (j++ == b->n)
            return 0;
    }
    return 1;
}

/* Whether a has the given name and surname of one of gazetteer official
 * id's variant forms (*fits). */
static int variant_near(ctx *c, uint32_t id, const words *a, int *fits)
{
    const fa_official *o = &c->g->officials[id];
    const char *v = o->variants;
    *fits = 0;
    for (uint32_t i = 0; i < o->nvariants && !*fits; i++, v += strlen(v) + 1) {
        words b;
        if (fa__toks_run(&c->scratch, NULL, v, strlen(v)))
            return FA_ENOMEM;
        words_of_text(&c->scratch, 0, c->scratch.ntok, &b);
        /* the same given name and surname, and the one form's words all
         * in the other: only middle names or initials differ (a shorter
         * form's words ending a variant would fit several people: "Al
         * Hussein"; "Mohammed Zafrulla Khan" is not Mohammed Ayub Khan) */
        *fits = a->n >= 2 && b.n >= 2 && same_word(a, 0, &b, 0) &&
                same_word(a, a->n - 1, &b, b.n - 1) &&
                (words_within(a, &b) || words_within(&b, a));
    }
    return FA_OK;
}

/* A name written after a title that the gazetteer lacks in that form: the
 * one gazetteer official with its surname, a fitting post and a
 * near-identical name ("Bola Tinubu"), or initials that fit ("S.
 * Jaishankar"). Sets *gaz, or leaves it -1. */
static int gazetteer_near(ctx *c, const mention *m, const words *a, int32_t *gaz)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    size_t last = m->tok + m->ntok - 1;
    const fa_word *w = fa__word_find(g, t->tok[last].hash, fa__tok_fold(t, last),
                                    t->tok[last].flen);
    /* two words may be surname first ("Essy Amara" for Amara Essy), which
     * near_names() accepts: that surname's holders are candidates too */
    const fa_word *w2 = m->ntok == 2 && a->n == 2
        ? fa__word_find(g, t->tok[m->tok].hash, fa__tok_fold(t, m->tok), t->tok[m->tok].flen)
        : NULL;
    size_t nfit = 0, ndated = 0;
    int32_t dated = -1;
    int rc;
    size_t nw = w ? w->n : 0, nall = nw + (w2 ? w2->n : 0);
    /* A second pass when no one fits with the title's posts: the one
     * person in office at the date whose name fits, whatever the post
     * ("its Secretary-General, Mr. Perez Guerrero," of UNCTAD; the
     * title's posts name the UN's) */
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && (nfit || ndated || m->title < 0 || !c->date.year))
            break;
        for (uint32_t j = 0; j < nall; j++) {
            uint32_t id = j < nw ? g->surname_ids[w->first + j]
                                 : g->surname_ids[w2->first + (j - nw)];
            int again = 0;
            for (uint32_t q = 0; j >= nw && q < nw && !again; q++)
                again = g->surname_ids[w->first + q] == id;
            if (again)
                continue;
            if ((pass == 0 && m->title >= 0 && !post_fits(g, m->title, id)) || too_early(c, id) ||
                (pass == 1 && !fits_date(c, id)))
                continue;
            person p = { (int32_t)id, 0, 0, -1, 0, 0 };
            words b;
            if (words_of_person(c, &p, &b))
                return FA_ENOMEM;
            /* by the first word only as the same two words reversed; other
             * near forms would take "Deng Xiaohong" for Deng Xiaoping */
            int fits = j < nw ? near_names(a, &b)
                              : b.n == 2 && same_word(a, 0, &b, 1) && same_word(a, 1, &b, 0);
            if (!fits && a->n == 1 && b.n >= 2 && same_word(a, 0, &b, b.n - 1)) {
                /* initials only before the surname: each must start a word;
                 * after the first given name's, further ones may be a
                 * patronymic's the gazetteer leaves out ("A. A. Gromyko") */
                size_t k = 0, seen = 0;
                fits = 1;
                for (size_t x = m->tok; x < last; x++) {
                    if (t->tok[x].flen != 1)
                        continue;
                    while (k + 1 < b.n && b.w[k][0] != fa__tok_fold(t, x)[0])
                        k++;
                    if (k + 1 >= b.n) {
                        fits = seen && b.w[0][0] == fa__tok_fold(t, m->tok)[0];
                        break;
                    }
                    k++;
                    seen++;
                }
            }
            /* "Junius R. Jayewardene" for J. R. Jayewardene: a form the
             * gazetteer gives among the person's variants (Junius Richard
             * Jayewardene) may be the near one */
            if (!fits && j < nw && (rc = variant_near(c, id, a, &fits)))
                return rc;
            if (fits && fits_date(c, id)) {
                if (ndated++ == 0 || dated == (int32_t)id)
                    dated = (int32_t)id;
            }
            if (fits && *gaz != (int32_t)id) {
                *gaz = (int32_t)id;
                nfit++;
            }
        }
    }
    if (nfit != 1)
        *gaz = ndated == 1 ? dated : -1;
    if (!nfit && !ndated && c->date.year) {
        rc = gazetteer_misread(c, m, a, w, gaz);
        if (rc || *gaz >= 0)
            return rc;
        gazetteer_surnames(c, m, w, gaz);
        if (*gaz >= 0)
            return FA_OK;
        if ((rc = gazetteer_respelled(c, m, a, gaz)) || *gaz >= 0)
            return rc;
        return gazetteer_scanned(c, m, a, gaz);
    }
    return FA_OK;
}

/* The code of the country written right before the title of mention m,
 * as a possessive or a demonym ("Cuba's President Castro", "Cuban
 * President Castro"), or NULL. */
static const char *country_before_title(const ctx *c, const mention *m)
{
    const fa_toks *t = &c->t;
    size_t lo = m->tok > 6 ? m->tok - 6 : 0;
    for (size_t k = m->tok; k-- > lo;) {
        const fa_term *tm = NULL;
        size_t n = country_span(c, k, &tm);
        if (!n || k + n >= m->tok || !title_word(c, k + n))
            continue;
        if (tm->kind != TERM_DEMONYM && !(t->tok[k + n - 1].flags & TOK_POSS))
            return NULL;
        int32_t code = fa__term_code(c->g, tm, c->date.year);
        return code >= 0 ? c->g->countries[code].code : NULL;
    }
    return NULL;
}

/* ---- officials and the article's date ---------------------------------- */

/* The gazetteer person that a name found as form 'gaz' means at the
 * article's date: 'gaz' when in office then; else the one person with the
 * same first word and surname who was ("George Bush" in 2002 is George W.
 * Bush); else 'gaz' as a former holder when the date is after the tenure;
 * else -1 (not yet in office: no gazetteer person). */
static int dated_gaz(ctx *c, const mention *m, int32_t *out)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    int32_t gaz = m->gaz, alt = -1;
    size_t nalt = 0, last = m->tok + m->ntok - 1;

    *out = gaz;
    if (fits_date(c, (uint32_t)gaz) || (m->was && !too_early(c, (uint32_t)gaz)))
        return FA_OK;
    const fa_word *w = fa__word_find(g, t->tok[last].hash, fa__tok_fold(t, last),
                                    t->tok[last].flen);
    for (uint32_t j = 0; w && j < w->n; j++) {
        uint32_t id = g->surname_ids[w->first + j];
        if ((int32_t)id == gaz || !fits_date(c, id))
            continue;
        person p = { (int32_t)id, 0, 0, -1, 0, 0 };
        words b;
        if (words_of_person(c, &p, &b))
            return FA_ENOMEM;
        if (b.n && b.len[0] == t->tok[m->tok].flen &&
            !memcmp(b.w[0], fa__tok_fold(t, m->tok), b.len[0]) && alt != (int32_t)id) {
            alt = (int32_t)id;
            nalt++;
        }
    }
    if (nalt == 1)
        *out = alt;
    else if (too_early(c, (uint32_t)gaz))
        *out = -1;
    return FA_OK;
}

/* A surname after a title that no gazetteer official has, spelled as
 * another speaker or a scan spells it ("President Niyasov" for Niyazov):
 * the one official whose surname is near it (near_word), whose post fits
 * the title and who held office at the article's date. Dated articles
 * only: undated, too many would fit. *out is that official or -1. */
static int near_surname(ctx *c, const mention *m, int32_t *out)
{
    const fa_gazetteer *g = c->g;
    const fa_toks *t = &c->t;
    const char *w = fa__tok_fold(t, m->tok);
    size_t wl = t->tok[m->tok].flen;
    size_t n = 0;

    *out = -1;
    if (!c->date.year || m->title < 0 || !strcmp(g->titles[m->title].posts, "*") || wl < 5)
        return FA_OK;
    for (uint32_t id = 0; id < g->nofficials && n < 2; id++) {
        const fa_official *o = &g->officials[id];
        const char *lw;
        size_t ll;
        last_word(o->name, &lw, &ll);
        if (!ll || (lw[0] | 0x20) != w[0] || ll + 2 < wl || ll > wl + 2)
            continue;
        if (!o->from || !fits_date(c, id) || !post_fits(g, m->title, id))
            continue;
        person p = { (int32_t)id, 0, 0, -1, 0, 0 };
        words b;
        if (words_of_person(c, &p, &b))
            return FA_ENOMEM;
        if (b.n < 2 || !near_word(w, wl, b.w[b.n - 1], b.len[b.n - 1]))
            continue;
        *out = (int32_t)id;
        n++;
    }
    if (n != 1)
        *out = -1;
    return FA_OK;
}

/* Does the article write the words at k-1 and k elsewhere as the start
 * of a body's or a place's name ("King Nut Companies")? Then a regnal
 * name the gazetteer does not know ("King Nut") is that brand's, not a
 * monarch's. */
static int names_a_body(const ctx *c, size_t k)
{
    const fa_toks *t = &c->t;
    if (k == 0)
        return 0;
    /* a possessive before a capitalised word names a place ("King
     * William's Town", UNGDC 1977) */
    if ((t->tok[k].flags & TOK_POSS) && k + 1 < t->ntok &&
        !(t->tok[k + 1].sep & ~(SEP_SPACE | SEP_NL)) && is_capitalised(&t->tok[k + 1]))
        return 1;
    for (size_t j = 1; j + 1 < t->ntok; j++)
        if (t->tok[j].hash == t->tok[k].hash && t->tok[j - 1].hash == t->tok[k - 1].hash &&
            adjacent(t, j + 1) && is_capitalised(&t->tok[j + 1]) &&
            (fa__word_class(c->g, t, j + 1) & WC_INST))
            return 1;
    return 0;
}

/* Did official id hold a post at the article's date by a tenure the data
 * states (not one only attested by a speech, "~1953-1953")? Breaks a tie
 * between namesakes that both fit the date: "General Franco" in 1959 is
 * the Caudillo of 1936-1975, not a minister whom a 1953 speech names. */
static int firm_fit(const ctx *c, uint32_t id)
{
    const char *s = c->g->officials[id].tenures;
    int y = c->date.year;
    while (y && *s) {
        size_t n = strcspn(s, "|");
        if (*s != '~' && n >= 9 && s[4] == '-') {
            int a = atoi(s), b = atoi(s + 5);
            if (a - FA_TENURE_SLACK <= y && y <= b + FA_TENURE_SLACK)
                return 1;
        }
        s += n + (s[n] == '|');
    }
    return 0;
}

/* Does a tenure of official 'id' that holds at the article's date name
 * every word of the title ("Treasury Secretary" in "1985-1988 Secretary
 * of the Treasury")? Tells namesakes in office apart when the title fits
 * any post ('*'): James Baker at the Treasury and Howard Baker at the
 * White House in 1987. */
static int tenure_names_title(const ctx *c, int32_t title, uint32_t id)
{
    const char *s = c->g->officials[id].tenures, *d = c->g->titles[title].display;
    int y = c->date.year;
    while (y && *s) {
        size_t n = strcspn(s, "|");
        if (*s != '~' && n >= 11 && s[4] == '-' && s[9] == ' ') {
            int a = atoi(s), b = atoi(s + 5), all = 1;
            for (const char *w = d; a <= y && y <= b && *w && all;) {
                size_t wl = strcspn(w, " -");
                int found = wl <= 3;   /* "of", "the", "for": no test */
                for (const char *h = s + 10; !found && h + wl <= s + n; h++)
                    found = (h == s + 10 || h[-1] == ' ' || h[-1] == '-') &&
                            !strncasecmp(h, w, wl) &&
                            (h + wl == s + n || h[wl] == ' ' || h[wl] == '-' || h[wl] == '|');
                all = found;
                w += wl;
                while (*w == ' ' || *w == '-')
                    w++;
            }
            if (a <= y && y <= b && all)
                return 1;
        }
        s += n + (s[n] == '|');
    }
    return 0;
}

/* Is 'title' a monarch's, whose holder is known by one name? */
static int regnal_title(const fa_gazetteer *g, int32_t title)
{
    static const char *const regnal[] = {
        "King", "Queen", "Emperor", "Empress", "Pope", "Sultan", "Emir", "Amir", "Shah",
    };
    if (title < 0)
        return 0;
    for (size_t i = 0; i < sizeof regnal / sizeof *regnal; i++)
        if (!strcmp(g->titles[title].display, regnal[i]))
            return 1;
    return 0;
}

static int resolve_officials(ctx *c)
{
    const fa_gazetteer *g = c->g;
    int rc;

    /* 0. The date: a gazetteer form names the person in office then, or
     * a namesake who was. A name of someone not yet in office names
     * nobody, unless a title says they hold a post (the tenures may be
     * incomplete; and a value as written must not be another person's
     * gazetteer form, or it would not round-trip as a filter). */
    for (size_t i = 0; c->date.year && i < c->nm; i++) {
        mention *m = &c->m[i];
        int32_t gaz;
        if (m->gaz < 0)
            continue;
        if ((rc = dated_gaz(c, m, &gaz)))
            return rc;
        /* A name with no office's title and no post, before the first
         * year of the gazetteer's first tenure, names someone not yet in
         * office: the tenure's slack is for a post the text presents
         * ("Nelson Mandela" in 1993, the year before his presidency, is
         * no official; tests/entities/LABELLING.md) */
        if (gaz >= 0 && unposted(c, m) && before_start(c, (uint32_t)gaz))
            gaz = -1;
        if (gaz >= 0) {
            /* A former holder named without a post is not presented as an
             * official (tests/entities/LABELLING.md): "As Woodrow Wilson
             * warned" in 1972. A title on any mention of them counts. */
            m->former = m->title < 0 && !m->posted && gaz == m->gaz &&
                        !fits_date(c, (uint32_t)gaz);
            m->gaz = gaz;
        } else if (m->title < 0) {
            /* not yet in office: the gazetteer's person is not meant,
             * unless the text presents a post with the name ("the Soviet
             * negotiator, Yuli Vorontsov," in 1987, before the UN post
             * the gazetteer has): then it is that person, in a post the
             * gazetteer does not know (none is shown) */
            if (m->posted) {
                m->early = 1;
            } else {
                m->gaz = -1;
                m->create = 0;
            }
        }
    }
    /* 1. Gazetteer names. */
    for (size_t i = 0; i < c->nm; i++) {
        const mention *m = &c->m[i];
        if (m->gaz < 0)
            continue;
        uint32_t k = person_of(c, m->gaz);
        if (k != NONE) {
            give_title(&c->p[k], m->title);
            owns(c, k, m);
            c->p[k].former &= m->former;
            c->p[k].early |= m->early;
        } else if ((rc = add_person(c, m->gaz, m)))
            return rc;
    }
    /* 2. Full names as written after a title: merge with a near-identical
     * name of the article, else a new official. */
    for (size_t i = 0; i < c->nm; i++) {
        const mention *m = &c->m[i];
        if (m->gaz >= 0 || m->single)
            continue;
        words a;
        words_of_text(&c->t, m->tok, m->ntok, &a);
        uint32_t k = written_before(c, i);
        if (k == NONE && (rc = near_person(&k, c, &a)))
            return rc;
        if (k != NONE) {
            give_title(&c->p[k], m->title);
            owns(c, k, m);
            continue;
        }
        int32_t gaz = -1;
        if ((rc = gazetteer_near(c, m, &a, &gaz)))
            return rc;
        if (gaz >= 0 && unposted(c, m) && before_start(c, (uint32_t)gaz))
            gaz = -1;                       /* as in step 0 */
        if (gaz >= 0)
            c->respelt[c->nrespelt++] = (uint32_t)i;
        if (gaz >= 0 || m->create) {
            uint32_t j = gaz >= 0 ? person_of(c, gaz) : NONE;
            if (j != NONE) {
                give_title(&c->p[j], m->title);
                owns(c, j, m);
            } else if ((rc = add_person(c, gaz, m)))
                return rc;
        }
    }
    /* 3. A surname after a title: the article's official of that name, else
     * the one gazetteer official with that surname and a fitting post, else
     * (after an office title) the surname as written. */
    for (size_t i = 0; i < c->nm; i++) {
        const mention *m = &c->m[i];
        if (!m->single)
            continue;
        const fa_tok *x = &c->t.tok[m->tok];
        const fa_word *w = fa__word_find(g, x->hash, fa__tok_fold(&c->t, m->tok), x->flen);
        uint32_t hit, k;
        int nhit = surname_persons(&hit, c, m->tok, w);
        if (nhit == 1) {
            give_title(&c->p[hit], m->title);
            owns(c, hit, m);
            continue;
        }
        if (nhit == 0 && m->title < 0 && c->date.year) {
            /* "Mr. Gromyko" in 1975: the one gazetteer official of that
             * surname in office at the article's date. */
            int32_t only = -1;
            size_t nfit = 0;
            for (uint32_t j = 0; w && j < w->n; j++) {
                uint32_t id = g->surname_ids[w->first + j];
                if (fits_date(c, id) && (int32_t)id != only) {
                    only = (int32_t)id;
                    nfit++;
                }
            }
            /* ... and only when the article names their post somewhere
             * ("the Secretary-General ... Mr. Hammarskjold"): "Mr.
             * Molotov said" alone presents no official. */
            size_t t2 = 0;
            while (nfit == 1 && t2 < c->nseen &&
                   (!strcmp(g->titles[c->seen[t2]].posts, "*") ||
                    !post_fits(g, c->seen[t2], (uint32_t)only)))
                t2++;
            if (nfit == 1 && t2 < c->nseen && (rc = add_person(c, only, m)))
                return rc;
            continue;
        }
        if (nhit > 1 || !m->create || m->title < 0)
            continue;
        /* Of the officials with that surname and a fitting post: the one
         * in office at the article's date, else the one former holder
         * (never one not yet in office). */
        int32_t only = -1, former = -1;
        size_t nfit = 0, nformer = 0;
        for (uint32_t j = 0; w && j < w->n; j++) {
            uint32_t id = g->surname_ids[w->first + j];
            if (!post_fits(g, m->title, id) || too_early(c, id) ||
                (int32_t)id == only || (int32_t)id == former)
                continue;
            if (fits_date(c, id)) {
                only = (int32_t)id;
                nfit++;
            } else {
                former = (int32_t)id;
                nformer++;
            }
        }
        if (nfit > 1) {
            /* namesakes in office: the one whose stated tenure holds */
            int32_t firm = -1;
            size_t nfirm = 0;
            for (uint32_t j = 0; w && j < w->n; j++) {
                uint32_t id = g->surname_ids[w->first + j];
                if (post_fits(g, m->title, id) && fits_date(c, id) && firm_fit(c, id) &&
                    (int32_t)id != firm) {
                    firm = (int32_t)id;
                    nfirm++;
                }
            }
            if (nfirm == 1) {
                only = firm;
                nfit = 1;
            }
        }
        if (nfit > 1) {
            /* "Cuba's President Castro", "Cuban President Castro": the
             * country before the title picks its own */
            const char *cc = country_before_title(c, m);
            int32_t own = -1;
            size_t nown = 0;
            for (uint32_t j = 0; cc && w && j < w->n; j++) {
                uint32_t id = g->surname_ids[w->first + j];
                if (post_fits(g, m->title, id) && fits_date(c, id) && (int32_t)id != own &&
                    !strcmp(g->officials[id].country, cc)) {
                    own = (int32_t)id;
                    nown++;
                }
            }
            if (nown == 1) {
                only = own;
                nfit = 1;
            }
        }
        if (nfit > 1 && !strcmp(g->titles[m->title].posts, "*")) {
            int32_t named = -1;
            size_t nnamed = 0;
            for (uint32_t j = 0; w && j < w->n; j++) {
                uint32_t id = g->surname_ids[w->first + j];
                if (fits_date(c, id) && (int32_t)id != named && tenure_names_title(c, m->title, id)) {
                    named = (int32_t)id;
                    nnamed++;
                }
            }
            if (nnamed == 1) {
                only = named;
                nfit = 1;
            }
        }
        if (!nfit && nformer == 1) {
            only = former;
            nfit = 1;
        }
        if (!nfit && !nformer && (rc = near_surname(c, m, &only)))
            return rc;
        if (!nfit && only >= 0)
            nfit = 1;
        if (nfit == 1 && (k = person_of(c, only)) != NONE) {
            give_title(&c->p[k], m->title);
            owns(c, k, m);
            continue;
        }
        /* A surname nobody in the article or the gazetteer owns is no
         * value ("President Qadri", "King Nut"): a bare surname is a value
         * only for a monarch, known by the one name (Queen Anne). */
        if (nfit != 1 && !regnal_title(g, m->title))
            continue;
        if (nfit != 1 && names_a_body(c, m->tok))
            continue;
        if ((rc = add_person(c, nfit == 1 ? only : -1, m)))
            return rc;
    }
    return FA_OK;
}

/* ---- the result --------------------------------------------------------- */

typedef struct { const char *name, *title, *post; uint32_t person; } named;

/* A Russian patronymic: a capitalised word ending in -ovich, -evich,
 * -ovna or -evna, joined by blanks to the words around it. */
static int patronymic(const fa_toks *t, size_t k)
{
    static const char *const end[] = { "ovich", "evich", "ovna", "evna" };
    const char *w = fa__tok_fold(t, k);
    size_t n = t->tok[k].flen;
    if (t->tok[k].shape != SHAPE_CAP || !adjacent(t, k) || !adjacent(t, k + 1))
        return 0;
    for (size_t i = 0; i < sizeof end / sizeof *end; i++) {
        size_t l = strlen(end[i]);
        if (n > l + 2 && !memcmp(w + n - l, end[i], l))
            return 1;
    }
    return 0;
}

/* Whether token k, inside a name that starts at token 'first', is a
 * middle initial ("E." of "Charles E. Redman", both of "Arthur N. R.
 * Robinson"): one capital letter after a given name that is no initial
 * itself ("H. D. Deve Gowda" keeps its initials: they are the given
 * names), followed by a period or a blank, not by an apostrophe
 * ("Michael O'Kennedy", "Wally N'Dow"). I, V or X before another single
 * letter stays: a regnal number a stray letter follows ("George Tupou V.
 * I"), where "Edward I. Koch" loses its initial. */
static int middle_initial(const fa_toks *t, size_t first, size_t k)
{
    const fa_tok *x = &t->tok[k];
    if (k <= first || k + 1 >= t->ntok || x->flen != 1 || x->shape != SHAPE_UPPER ||
        t->tok[first].flen == 1)
        return 0;
    char ch = fa__tok_fold(t, k)[0];
    if ((ch == 'i' || ch == 'v' || ch == 'x') && t->tok[k + 1].flen == 1)
        return 0;
    uint16_t next = t->tok[k + 1].sep;
    return !(next & ~(SEP_PERIOD | SEP_SPACE | SEP_NL)) && (next & (SEP_PERIOD | SEP_SPACE | SEP_NL));
}

/* Appends the one character at src[0..n) with its accents stripped ("é" ->
 * "e", "ö" -> "o") to dst, or as it is when it is no accented letter (or
 * its base would not be shorter); returns the bytes written (<= n). */
static size_t strip_marks(char *dst, const char *src, size_t n)
{
    utf8proc_int32_t cp, out[4];
    int lb = 0;
    utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)src,
                                          (utf8proc_ssize_t)n, &cp);
    if (r == (utf8proc_ssize_t)n && cp >= 0x80) {
        utf8proc_ssize_t k = utf8proc_decompose_char(cp, out, 4,
                                 UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &lb);
        if (k == 1 && out[0] < 0x80 && out[0] != cp) {
            dst[0] = (char)out[0];
            return 1;
        }
    }
    memcpy(dst, src, n);
    return n;
}

static int cmp_named(const void *a, const void *b)
{
    return strcmp(((const named *)a)->name, ((const named *)b)->name);
}

static int cmp_mention(const void *a, const void *b)
{
    uint32_t x = ((const entities_mention *)a)->off, y = ((const entities_mention *)b)->off;
    return (x > y) - (x < y);
}

/* Every value's mentions into e (countries as e->countries has them;
 * officials by 'pof', person to official index or NONE). */
static int build_mentions(ctx *c, entities *e, const uint32_t *pof)
{
    const fa_gazetteer *g = c->g;
    uint32_t *cidx = NULL;
    size_t *cur = NULL;        /* per value: where its next mention goes */
    size_t total = 0;
    int rc = FA_ENOMEM;

    if (!(cidx = malloc((g->ncountries + 1) * sizeof *cidx)) ||
        !(e->cment = calloc(e->nc + 1, sizeof *e->cment)) ||
        !(e->oment = calloc(e->no + 1, sizeof *e->oment)))
        goto out;
    for (size_t i = 0, k = 0; i < g->ncountries; i++)
        cidx[i] = c->cseen[i] ? (uint32_t)k++ : NONE;
    for (size_t i = 0; i < c->ncm; i++) {
        cmention *cm = &c->cm[i];
        if (cm->waits && !(c->ncsent && bsearch(&cm->sent, c->csent, c->ncsent,
                                                 sizeof *c->csent, cmp_u32)))
            cm->code = -1;          /* a 'q' term its sentence did not confirm */
        else if (cidx[cm->code] != NONE)
            e->cment[cidx[cm->code] + 1]++;
    }
    for (size_t i = 0; i < c->nm; i++)
        if (c->owner[i] != NONE && pof[c->owner[i]] != NONE)
            e->oment[pof[c->owner[i]] + 1]++;
    for (size_t i = 0; i < e->nc; i++)
        e->cment[i + 1] += e->cment[i];
    for (size_t i = 0; i < e->no; i++)
        e->oment[i + 1] += e->oment[i];
    total = e->cment[e->nc] + e->oment[e->no];
    if (!(e->ment = malloc((total + 1) * sizeof *e->ment)) ||
        !(cur = malloc((e->nc + e->no + 1) * sizeof *cur)))
        goto out;
    for (size_t i = 0; i < e->nc; i++)
        cur[i] = e->cment[i];
    for (size_t i = 0; i < e->no; i++)
        cur[e->nc + i] = e->cment[e->nc] + e->oment[i];
    for (size_t i = 0; i < c->ncm; i++) {
        const cmention *cm = &c->cm[i];
        if (cm->code < 0 || cidx[cm->code] == NONE)
            continue;
        const fa_tok *a = &c->t.tok[cm->tok], *z = &c->t.tok[cm->tok + cm->ntok - 1];
        e->ment[cur[cidx[cm->code]]++] =
            (entities_mention){ a->off, z->off + z->len - a->off, cm->flags };
    }
    for (size_t i = 0; i < c->nm; i++) {
        const mention *m = &c->m[i];
        if (c->owner[i] == NONE || pof[c->owner[i]] == NONE)
            continue;
        const fa_tok *a = &c->t.tok[m->tok], *z = &c->t.tok[m->tok + m->ntok - 1];
        e->ment[cur[e->nc + pof[c->owner[i]]]++] =
            (entities_mention){ a->off, z->off + z->len - a->off,
                                m->title >= 0 ? ENTITIES_AS_TITLED : 0u };
    }
    /* Officials' mentions come from several passes; put each in text order. */
    for (size_t i = 0; i < e->no; i++) {
        size_t a = e->cment[e->nc] + e->oment[i], b = e->cment[e->nc] + e->oment[i + 1];
        qsort(e->ment + a, b - a, sizeof *e->ment, cmp_mention);
    }
    rc = FA_OK;
out:
    free(cidx);
    free(cur);
    return rc;
}

static int build_result(ctx *c, entities **out)
{
    const fa_gazetteer *g = c->g;
    entities *e = NULL;
    named *nm = NULL;
    uint32_t *pof = NULL;
    size_t arena = 0, used = 0;
    int rc = FA_ENOMEM;

    for (size_t k = 0; k < c->np; k++)
        if (c->p[k].gaz < 0) {
            const fa_tok *a = &c->t.tok[c->p[k].tok];
            const fa_tok *z = &c->t.tok[c->p[k].tok + c->p[k].ntok - 1];
            /* + "Jr.", and a blank after each initial ("H.D.") */
            arena += (z->off + z->len - a->off) * 3 / 2 + 3;
        } else {
            size_t pl = 0;
            if (fa__official_post_at(&g->officials[c->p[k].gaz], c->date.year, &pl))
                arena += pl + 1;
        }
    if (!(e = calloc(1, sizeof *e)) ||
        !(e->countries = malloc((g->ncountries + 1) * sizeof *e->countries)) ||
        !(e->officials = malloc((c->np + 1) * sizeof *e->officials)) ||
        !(e->titles = malloc((c->np + 1) * sizeof *e->titles)) ||
        !(e->posts = malloc((c->np + 1) * sizeof *e->posts)) ||
        !(nm = malloc((c->np + 1) * sizeof *nm)) ||
        !(pof = malloc((c->np + 1) * sizeof *pof)) ||
        (arena && !(e->arena = malloc(arena))))
        goto out;
    for (size_t i = 0; i < g->ncountries; i++)   /* sorted by code already */
        if (c->cseen[i])
            e->countries[e->nc++] = g->countries[i].code;
    size_t nn = 0;
    for (size_t k = 0; k < c->np; k++) {
        const person *p = &c->p[k];
        if (p->former && p->title < 0)
            continue;
        size_t x = nn++;
        nm[x].person = (uint32_t)k;
        nm[x].title = p->title >= 0 ? g->titles[p->title].display : NULL;
        nm[x].post = NULL;
        if (p->gaz >= 0) {
            const fa_official *o = &g->officials[p->gaz];
            size_t pl = 0;
            const char *at = fa__official_post_at(o, c->date.year, &pl);
            nm[x].name = o->name;
            nm[x].post = *o->post && !p->early ? o->post : NULL;
            if (at && !p->early) {
                /* the post held at the article's date, NUL-terminated */
                memcpy(e->arena + used, at, pl);
                e->arena[used + pl] = '\0';
                nm[x].post = e->arena + used;
                used += pl + 1;
            }
            continue;
        }
        /* The name as written, blanks folded to one space. */
        const fa_tok *a = &c->t.tok[p->tok];
        const fa_tok *z = &c->t.tok[p->tok + p->ntok - 1];
        char *s = e->arena + used;
        size_t n = 0;
        int blank = 0;
        size_t skip = p->ntok >= 3 ? p->tok + 1 : NONE;  /* next middle word */
        /* "Jr." keeps its period */
        size_t zend = z->off + z->len;
        /* "Attorney General Edwin Meese III": after a given name and a
         * surname that an office's title presents, a numeral is a
         * family's generation, which the usual English form leaves out
         * (Edwin Meese); a monarch's or a pope's is their regnal one. */
        if (p->ntok >= 3 && p->title >= 0 && is_roman(&c->t, p->tok + p->ntok - 1) &&
            z->flen >= 2 && !regnal_in(c, p->tok, p->ntok))
            zend = z[-1].off + z[-1].len;
        if (is_name_suffix(&c->t, c->p[k].tok + c->p[k].ntok - 1) && zend < c->len &&
            c->text[zend] == '.')
            zend++;
        for (size_t j = a->off; j < zend;) {
            /* A Russian patronymic between given name and surname is left
             * out, as English usage does ("Alexander Nikolayevich
             * Tkachyov" is Alexander Tkachyov), and so is a middle
             * initial after a given name: wire copy writes "Charles E.
             * Redman" where others write Charles Redman, and one person
             * must be one value. */
            while (skip != NONE && skip < p->tok + p->ntok - 1 && c->t.tok[skip].off < j)
                skip++;
            if (skip != NONE && skip < p->tok + p->ntok - 1 && quoted_nickname(c, skip) &&
                j >= c->t.tok[skip - 1].off + c->t.tok[skip - 1].len && j <= c->t.tok[skip].off) {
                j = c->t.tok[skip + 1].off;     /* the nickname and its marks */
                blank = 1;
                continue;
            }
            if (skip != NONE && skip < p->tok + p->ntok - 1 && c->t.tok[skip].off == j &&
                (patronymic(&c->t, skip) || middle_initial(&c->t, p->tok, skip))) {
                j = c->t.tok[skip + 1].off;
                blank = 1;
                continue;
            }
            char ch = c->text[j];
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                /* inside a name, blanks after a hyphen are a broken line's
                 * ("Abdul-\nAziz"): the tokens joined them */
                blank = !(n && s[n - 1] == '-');
                j++;
                continue;
            }
            /* "H.D. Deve Gowda" is written "H. D. Deve Gowda" too: one
             * value, with a blank after each initial */
            if (!blank && n >= 2 && s[n - 1] == '.' && ch >= 'A' && ch <= 'Z' &&
                s[n - 2] >= 'A' && s[n - 2] <= 'Z' && (n == 2 || s[n - 3] == ' ' || s[n - 3] == '.'))
                blank = 1;
            if (blank && n)
                s[n++] = ' ';
            blank = 0;
            /* Accents folded, so that "Hammarskjöld" and "Hammarskjold"
             * written by two speakers are one value. */
            size_t cl = 1;
            while (j + cl < zend && cl < 4 &&
                   ((unsigned char)c->text[j + cl] & 0xC0) == 0x80)
                cl++;
            n += (unsigned char)ch < 0x80 ? (s[n] = ch, 1)
                                          : strip_marks(s + n, c->text + j, cl);
            j += cl;
        }
        s[n] = '\0';
        used += n + 1;
        nm[x].name = s;
    }
    qsort(nm, nn, sizeof *nm, cmp_named);
    for (size_t k = 0; k < c->np; k++)
        pof[k] = NONE;
    for (size_t k = 0; k < nn; k++) {
        /* A "name" longer than a facet value can be ("Foreign Minister
         * Abbbb..." of 300 capitalised bytes) is no person's name: dropped
         * here, so the article keeps its other tags (the index refuses
         * such a value, and its title's metadata key would be too long). */
        if (strlen(nm[k].name) > FA_MAX_FACET_VALUE_BYTES)
            continue;
        if (e->no && !strcmp(e->officials[e->no - 1], nm[k].name)) {
            pof[nm[k].person] = (uint32_t)(e->no - 1);
            if (!e->titles[e->no - 1])
                e->titles[e->no - 1] = nm[k].title;
            continue;
        }
        pof[nm[k].person] = (uint32_t)e->no;
        e->officials[e->no] = nm[k].name;
        e->posts[e->no] = nm[k].post;
        e->titles[e->no++] = nm[k].title;
    }
    if ((rc = build_mentions(c, e, pof)) < 0)
        goto out;
    *out = e;
    e = NULL;
    rc = FA_OK;
out:
    free(nm);
    free(pof);
    entities_free(e);
    return rc;
}

int entities_date_parse(entities_date *out, const char *s, size_t len)
{
    char d[9];
    *out = ENTITIES_UNDATED;
    if (!s)
        return FA_OK;
    if (fa_date_normalize(d, s, len) < 0)
        return FA_EINVAL;
    out->year = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    out->month = (d[4] - '0') * 10 + (d[5] - '0');
    out->day = (d[6] - '0') * 10 + (d[7] - '0');
    return FA_OK;
}

int entities_extract(entities **out, const fa_gazetteer *g,
                     const char *text, size_t len)
{
    return entities_extract_dated(out, g, text, len, ENTITIES_UNDATED);
}

int entities_extract_dated(entities **out, const fa_gazetteer *g,
                           const char *text, size_t len, entities_date d)
{
    ctx c = { .g = g, .text = text, .len = len, .date = d, .cend = SIZE_MAX };
    int rc;

    assert(out && g && (text || !len));
    *out = NULL;
    if (len > UINT32_MAX) {
        len = UINT32_MAX;   /* offsets are 32-bit; the rest is not tagged */
    }
    c.cue_class.sent = NONE;
    c.the_hash = fa__hash_bytes("the", 3);
    c.former_hash = fa__hash_bytes("former", 6);
    c.a_hash = fa__hash_bytes("a", 1);
    c.of_hash = fa__hash_bytes("of", 2);
    if (!(c.cseen = calloc(g->ncountries + 1, 1)) ||
        !(c.cue_word = malloc((g->ncues + 1) * sizeof *c.cue_word))) {
        rc = FA_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < g->ncues; i++)
        c.cue_word[i].sent = NONE;
    if ((rc = fa__toks_run(&c.t, g, text ? text : "", len)) ||
        (rc = scan(&c)) || (rc = agency_posts(&c)) ||
        (rc = mention_owners(&c)) || (rc = resolve_officials(&c)))
        goto out;
    rc = build_result(&c, out);
out:
    fa__toks_release(&c.t);
    fa__toks_release(&c.scratch);
    free(c.cseen);
    free(c.cue_word);
    free(c.csent);
    free(c.q);
    free(c.cm);
    free(c.owner);
    free(c.respelt);
    free(c.m);
    free(c.p);
    free(c.seen);
    for (size_t i = 0; i < NBY; i++)
        chains_release(&c.by[i]);
    return rc;
}

void entities_free(entities *e)
{
    if (!e)
        return;
    free(e->countries);
    free(e->officials);
    free(e->titles);
    free(e->posts);
    free(e->arena);
    free(e->ment);
    free(e->cment);
    free(e->oment);
    free(e);
}

size_t entities_ncountries(const entities *e)
{
    assert(e);
    return e->nc;
}

const char *entities_country(const entities *e, size_t i)
{
    assert(e && i < e->nc);
    return e->countries[i];
}

size_t entities_nofficials(const entities *e)
{
    assert(e);
    return e->no;
}

const char *entities_official(const entities *e, size_t i)
{
    assert(e && i < e->no);
    return e->officials[i];
}

const char *entities_official_title(const entities *e, size_t i)
{
    assert(e && i < e->no);
    return e->titles[i];
}

const char *entities_official_post(const entities *e, size_t i)
{
    assert(e && i < e->no);
    return e->posts[i];
}

size_t entities_country_nmentions(const entities *e, size_t i)
{
    assert(e && i < e->nc);
    return e->cment[i + 1] - e->cment[i];
}

const entities_mention *entities_country_mention(const entities *e, size_t i, size_t k)
{
    assert(e && i < e->nc && k < e->cment[i + 1] - e->cment[i]);
    return &e->ment[e->cment[i] + k];
}

size_t entities_official_nmentions(const entities *e, size_t i)
{
    assert(e && i < e->no);
    return e->oment[i + 1] - e->oment[i];
}

const entities_mention *entities_official_mention(const entities *e, size_t i, size_t k)
{
    assert(e && i < e->no && k < e->oment[i + 1] - e->oment[i]);
    return &e->ment[e->cment[e->nc] + e->oment[i] + k];
}
