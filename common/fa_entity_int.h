/* fa_entity_int.h - private to the gazetteer (fa_entity*.c) and to its one
 * outside reader, the indexer's extractor (indexer/entities.c): the loaded
 * gazetteer's layout, the tokenizer that both the loader and the extractor
 * run (so a term and a text fold the same way by construction), and the
 * phrase table.
 * Nothing here is part of the public contract in fa_entity.h; functions
 * are named fa__<noun>_<verb> (two underscores) to show it.
 */
#ifndef FA_ENTITY_INT_H
#define FA_ENTITY_INT_H

#include <stddef.h>
#include <stdint.h>

#include "fa_entity.h"
#include "fa_hash.h"

/* ---- tokens ------------------------------------------------------------ */

/* What separates a token from the one before it (bits, several may be set). */
enum {
    SEP_SPACE  = 1 << 0,   /* blanks, including one newline                 */
    SEP_NL     = 1 << 1,   /* a line break                                  */
    SEP_BLANK  = 1 << 2,   /* an empty line: a new paragraph                */
    SEP_HYPHEN = 1 << 3,   /* a hyphen between letters (Guinea-Bissau)      */
    SEP_APOS   = 1 << 4,   /* an apostrophe of any form (d'Ivoire)          */
    SEP_PERIOD = 1 << 5,
    SEP_COMMA  = 1 << 6,
    SEP_END    = 1 << 7,   /* ! ? or an ellipsis                            */
    SEP_HARD   = 1 << 8,   /* anything else: ; : ( ) quotes dashes ...      */
    SEP_COLON  = 1 << 9,   /* also HARD; a dateline ends with one           */
    SEP_OPEN   = 1 << 10,  /* an opening bracket, also HARD                 */
    SEP_DASH   = 1 << 11,  /* a spaced hyphen or a dash, also HARD          */
    SEP_START  = 1 << 12,  /* the token starts the text                     */
};

enum { SHAPE_OTHER, SHAPE_LOWER, SHAPE_CAP, SHAPE_UPPER };

enum {
    TOK_POSS     = 1 << 0, /* followed by a possessive 's (dropped)         */
    TOK_SENT     = 1 << 1, /* first token of a sentence                     */
    TOK_DATELINE = 1 << 2, /* part of an ALL-CAPS dateline ("NEW YORK:")    */
    TOK_CAPSLINE = 1 << 3, /* on a line written in capitals                 */
    TOK_TITLELINE= 1 << 4, /* on a line in headline Title Case              */
};

typedef struct {
    uint32_t off, len;     /* the word's bytes in the text                  */
    uint32_t foff, flen;   /* its folded bytes in the tokenizer's buffer    */
    uint64_t hash;         /* of the folded bytes                           */
    uint32_t sent;         /* sentence number, from 0                       */
    uint16_t sep;          /* SEP_* bits before this token                  */
    uint8_t  shape;        /* SHAPE_*                                       */
    uint8_t  flags;        /* TOK_*                                         */
} fa_tok;

typedef struct {
    fa_tok  *tok;          /* owned                                         */
    size_t   ntok, captok;
    char    *fold;         /* owned; folded words, not NUL-separated        */
    size_t   nfold, capfold;
    uint32_t nsent;
} fa_toks;

/* Split text into words, fold each (case fold, marks stripped), record the
 * separators, shapes, possessives and sentence/line flags. Appends to 't'
 * after clearing it; keeps its buffers for reuse. With g NULL (the loader
 * folding a term) sentences are not split. FA_OK or FA_ENOMEM. */
int  fa__toks_run(fa_toks *t, const fa_gazetteer *g, const char *text,
                 size_t len);
void fa__toks_release(fa_toks *t);   /* frees the buffers, leaves it empty */

static inline const char *fa__tok_fold(const fa_toks *t, size_t i)
{
    return t->fold + t->tok[i].foff;
}

/* Span hashing: a key is its tokens' folded words joined by one space. */
static inline uint64_t fa__hash_bytes(const char *s, size_t n)
{
    uint64_t h = fa_hash_more(FA_HASH_FNV_BASIS, s, n);
    return h ^ (h >> 32);
}
static inline uint64_t fa__hash_step(uint64_t h, uint64_t tokhash)
{
    h = (h ^ tokhash) * FA_HASH_PRIME;
    return h ^ (h >> 29);
}
#define FA_HASH_SEED 0x84222325cbf29ce4ULL

/* ---- gazetteer --------------------------------------------------------- */

enum {                     /* term kinds */
    TERM_NAME = 'N', TERM_DEMONYM = 'D', TERM_CAPITAL = 'C',
    TERM_CODE = 'K', TERM_BLOCK = 'B',
};
enum {                     /* term flags, from the letters in terms.tsv     */
    TF_CAPSSKIP = 1 << 0,  /* m: skipped in ALL-CAPS lines                  */
    TF_NAMEADJ  = 1 << 1,  /* n: skipped inside a longer capitalised name   */
    TF_NEEDCUE  = 1 << 2,  /* q: needs a cue in its sentence                */
    TF_LOOKUP   = 1 << 3,  /* x: lookup only                                */
};
enum {                     /* word classes, from words.tsv                  */
    WC_FUNC = 1 << 0, WC_STOP = 1 << 1, WC_TIME = 1 << 2, WC_CUE = 1 << 3,
    WC_LOC = 1 << 4, WC_ABBR = 1 << 5, WC_PARTICLE = 1 << 6,
    WC_INST = 1 << 7,      /* i: names a place or body, not a person: a
                            * name it is part of is refused ("Hamid Karzai
                            * International Airport", "King David Hotel") */
    WC_SURNAME = 1 << 8,   /* n: an 's' word that is also a surname, so a
                            * name after a title may end with it after one
                            * given name ("Attorney General Jeff Sessions",
                            * "Sen. John Tower") */
};

typedef struct {
    int32_t  code;         /* index in g->countries, -1 for a blocker (or
                            * a term that names a country only in its eras) */
    uint16_t capmask;      /* token i must start with a capital             */
    uint16_t acromask;     /* token i must be written in capitals           */
    uint8_t  kind;         /* TERM_*                                        */
    uint8_t  flags;        /* TF_*                                          */
    uint8_t  ntok;
    int16_t  ctx;          /* first context rule for it, or -1              */
    uint16_t nera;         /* its eras: g->eras[era .. era+nera)            */
    uint32_t era;
} fa_term;

/* What a term names in an article of years [from, to] (terms.tsv's fourth
 * column, "SUN:1922-1991"): the state that existed then. */
typedef struct {
    int32_t code;          /* index in g->countries, or -1: no country      */
    int16_t from, to;      /* inclusive; open ends are INT16_MIN/INT16_MAX  */
} fa_era;

typedef struct {
    const char *code, *name;   /* into the countries file buffer            */
    char        kind;          /* 'c' current, 'h' former, 'o' display only */
} fa_country;

typedef struct {
    const char *name, *country, *post;  /* into the officials file buffer;
                                         * country/post may be ""           */
    const char *posts;                  /* '|'-separated, all posts held    */
    const char *tenures;                /* '|'-separated "[~]FIRST-LAST
                                         * Post", ascending; "" = unknown   */
    const char *variants;               /* nvariants NUL-terminated forms,
                                         * one after another               */
    uint32_t    nvariants;
    int16_t     from, to;               /* the first and last year it may be
                                         * named in (slack included), 0
                                         * when unknown                     */
    int16_t     start;                  /* the first tenure's first year, no
                                         * slack; 0 when unknown or only
                                         * attested ('~')                   */
} fa_official;

/* Does an article of 'year' (0 = undated) fall in one of official o's
 * tenures, give or take FA_TENURE_SLACK years (FA_ATTESTED_SLACK for a
 * "~" tenure, years in which the post is only attested)? True when either
 * is unknown. */
#define FA_TENURE_SLACK   1
#define FA_ATTESTED_SLACK 8
int fa__official_fits(const fa_official *o, int year);
/* The post official o held in 'year' (the tenure that contains it, else
 * the nearest one): *len bytes at the returned pointer, or NULL when the
 * tenures name none (undated: o->post). */
const char *fa__official_post_at(const fa_official *o, int year, size_t *len);

typedef struct {
    const char *display;
    const char *posts;     /* '|'-separated reference-data posts, or "*"    */
    uint16_t    capmask, acromask;
    uint8_t     ntok;
    uint8_t     office;    /* 1 = an office, 0 = a courtesy title           */
    uint8_t     namepart;  /* k: also part of names ("Martin Luther King"):
                            * not a title right after a capitalised word    */
    uint8_t     generic;   /* g: also heads companies and societies
                            * ("president", "head"): after a name in
                            * apposition only with a country                */
    uint8_t     plural;    /* p: an office in the plural ("Ambassadors"),
                            * which may name two people joined by "and"     */
    uint8_t     lower_needs_country; /* c: an office that, written in lower
                            * case, is one only right after a country
                            * ("the US ambassador, Philip Goldberg"; not
                            * "goodwill ambassador", "brand ambassador") */
} fa_title;

typedef struct {
    uint64_t hash;         /* of the folded cue word                        */
    uint32_t word;         /* offset of the folded word in g->keys          */
    uint16_t len;
    int16_t  next;         /* next rule of the same term, or -1             */
    uint8_t  window;       /* words to look at; 0 = the whole sentence      */
    int8_t   dir;          /* -1 before the term only, +1 after, 0 both     */
} fa_cue;

/* One entry of the phrase table: a folded key and what it stands for. A key
 * may be a term, an official's name form, a title and the prefix of longer
 * keys all at once. */
typedef struct {
    uint64_t hash;
    uint32_t key, keylen;  /* folded key at g->keys + key                   */
    int32_t  term;         /* index in g->terms or -1                       */
    int32_t  official;     /* index in g->officials or -1                   */
    int32_t  title;        /* index in g->titles or -1                      */
    uint8_t  ntok;
    uint8_t  prefix;       /* 1 when a longer key starts with this one      */
    uint8_t  used;
} fa_phrase;

/* A second table keyed by one folded word: surnames (a list of officials)
 * or a word class. */
typedef struct {
    uint64_t hash;
    uint32_t key, keylen;
    uint32_t first, n;     /* officials g->surname_ids[first .. first+n)    */
    uint16_t wclass;       /* WC_* bits                                     */
    uint8_t  used;
} fa_word;

/* A country lookup key for user input. */
typedef struct {
    uint64_t hash;
    uint32_t key, keylen;
    int32_t  code;
    uint8_t  prio;         /* lower wins: code, name, demonym, capital      */
    uint8_t  used;
} fa_ckey;

/* One row of roles.tsv: the names of one post (fa_role.h). */
typedef struct {
    const char *country;   /* alpha3 of the holders, or "*": any country    */
    const char *post;      /* the name it is shown by                       */
    const char *names;     /* other names, '|'-separated; may be ""         */
    uint8_t     international;  /* i: one post, holders of any country      */
} fa_rolerow;

#define FA_FIRST_BITS 16   /* first-word filter: 2^16 bits                 */

struct fa_gazetteer {
    char        *files[7];     /* owned file contents; strings point here  */
    char        *keys;         /* owned arena of folded keys               */
    size_t       nkeys, capkeys;

    fa_country  *countries;    size_t ncountries;   /* sorted by code       */
    fa_term     *terms;        size_t nterms, capterms;
    fa_era      *eras;         size_t neras;
    fa_official *officials;    size_t nofficials;   /* sorted by name       */
    fa_title    *titles;       size_t ntitles;
    fa_cue      *cues;         size_t ncues;
    fa_rolerow  *roles;        size_t nroles;       /* in file order        */
    int16_t      demonym_ctx;  /* first rule for every demonym, or -1       */

    fa_phrase   *phrases;      size_t phrase_mask, nphrases;
    fa_word     *words;        size_t word_mask, nwords;
    fa_ckey     *ckeys;        size_t ckey_mask, nckeys;
    uint32_t    *surname_ids;  size_t nsurname_ids;
    uint64_t    *first;        /* bitset over token hashes of first words  */
    size_t       maxtok;       /* longest key, in tokens                   */
};

const fa_phrase *fa__phrase_find(const fa_gazetteer *g, uint64_t hash,
                                const fa_toks *t, size_t from, size_t n);
const fa_word   *fa__word_find(const fa_gazetteer *g, uint64_t hash,
                              const char *w, size_t n);
static inline int fa__first_maybe(const fa_gazetteer *g, uint64_t tokhash)
{
    uint64_t b = tokhash & ((1u << FA_FIRST_BITS) - 1);
    return (int)((g->first[b >> 6] >> (b & 63)) & 1);
}
uint16_t fa__word_class(const fa_gazetteer *g, const fa_toks *t, size_t i);

/* The country (index in g->countries, or -1) term 'tm' names in an article
 * of 'year': its first era that holds the year, else its own code. Year 0
 * (undated) is always its own code: today's state. */
static inline int32_t fa__term_code(const fa_gazetteer *g, const fa_term *tm,
                                    int year)
{
    for (uint32_t i = 0; year && i < tm->nera; i++) {
        const fa_era *e = &g->eras[tm->era + i];
        if (year >= e->from && year <= e->to)
            return e->code;
    }
    return tm->code;
}

/* Levenshtein distance of two byte strings (first 128 bytes), or cutoff+1
 * as soon as it is known to exceed 'cutoff'. */
size_t fa__edit_distance(const char *a, size_t la, const char *b, size_t lb,
                        size_t cutoff);

#endif
