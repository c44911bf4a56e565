/* fa_fields.h - the index schema, written once: which term prefix and which
 * value slot each article field uses, and the metadata keys of an index.
 *
 * Only fa_fields.c spells out prefixes and slot numbers; everything else
 * refers to them by these names, so the indexer and the searcher cannot
 * disagree.
 */
#ifndef FA_FIELDS_H
#define FA_FIELDS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bump when an index built by an older fa can no longer be read correctly. */
#define FA_SCHEMA_VERSION "1"

/* Term prefixes (Xapian convention: upper case, X for multi-letter ones). */
extern const char FA_PREFIX_ID[];       /* unique id term: one per article   */
extern const char FA_PREFIX_TITLE[];    /* title words, for `title:`         */
extern const char FA_PREFIX_SOURCE[];   /* source words, for `source:`       */
extern const char FA_PREFIX_FILE[];     /* boolean: absolute path of the input
                                           file, for --prune               */
extern const char FA_PREFIX_EXACT[];    /* title and body words as written
                                           (lower case, accent-folded when
                                           the index folds; not stemmed),
                                           with positions, for =word; only
                                           in indexes built with
                                           --exact-words (FA_META_EXACT)   */
extern const char FA_PREFIX_FIELD[];    /* boolean: + NAME + ':' + the case-
                                           folded value of stored field NAME
                                           (fa-index --field NAME)        */
extern const char FA_PREFIX_TEXT[];     /* boolean: + 16 lower-case hex
                                           digits of fa_hash over the text
                                           of a page (an HTML file, a feed
                                           item, a WARC page; not .txt or
                                           JSON Lines articles), so a later
                                           run finds a page it holds under
                                           another id (fa_db_put_page)    */
extern const char FA_PREFIX_BAND[];     /* boolean: + 16 hex digits of one
                                           band of the article's copy
                                           signature (fa_copy_band): how a
                                           new article finds its copies */
extern const char FA_PREFIX_GROUP[];    /* boolean: + the copy group key
                                           (FA_SLOT_GROUP), for --similar
                                           and for regrouping            */
extern const char FA_PREFIX_ANCHOR[];   /* boolean: + 16 hex digits of the
                                           least anchor of the article's
                                           group (fa_copy_anchor), so
                                           that groups whose least anchors
                                           are equal are found          */
extern const char FA_PREFIX_PAIR[];     /* boolean (wdf 0): + term a + ' ' +
                                           term b, for each two positional
                                           terms of one prefix at adjacent
                                           positions: a two-word phrase
                                           without positions; only in
                                           indexes recording FA_META_PAIRS
                                           (fa_xap_pairs.cc). Not a capital:
                                           '~' sorts after every ASCII word,
                                           so a term list read up to a word
                                           (a wildcard's snippet, skip_to)
                                           does not first decode the pairs,
                                           2.5 times as many as the words */

/* Value slots. */
enum {
    FA_SLOT_DATE      = 0,  /* "YYYYMMDD", unknown month/day as "00"      */
    FA_SLOT_COUNTRIES = 1,  /* sorted country codes joined by '\t'       */
    FA_SLOT_OFFICIALS = 2,  /* sorted official names joined by '\t'      */
    FA_SLOT_HASH      = 3,  /* content hash of the stored record          */
    FA_SLOT_ABOUT     = 5,  /* the about values (indexer/focus.h), sorted,
                               joined by '\t'                            */
    FA_SLOT_RECORD    = 4,  /* every field but the text, encoded by
                               fa_article_encode; the text alone is the
                               document data, so showing a page of hits
                               does not inflate megabytes of text        */
    FA_SLOT_SIGNATURE = 6,  /* the copy signature, fa_copy_encode'd (in
                               indexes recording FA_META_COPIES)          */
    FA_SLOT_GROUP     = 7,  /* the copy group key, 16 hex digits: equal for
                               the articles of one group of near copies,
                               the collapse key of fa-search --collapse   */
    FA_SLOT_FIELD0    = 8,  /* stored field i of the index's sorted
                               --field list (FA_META_FIELDS) is in slot
                               FA_SLOT_FIELD0 + i, as stored, for
                               --facet NAME                              */
};

/* Metadata keys stored in the index. */
extern const char FA_META_SCHEMA[];     /* FA_SCHEMA_VERSION at build time  */
extern const char FA_META_LANGUAGE[];   /* libstemmer language name         */
extern const char FA_META_OFFICIAL[];   /* + name: the title an official
                                           unknown to the gazetteer was first
                                           seen with ("Foreign Minister");
                                           read and written only through
                                           fa_db_{get,set}_official_title */
extern const char FA_META_TAGGING[];    /* "entities" or "none" (built with
                                           --no-entities): whether articles
                                           carry facet terms; unset in
                                           indexes from before it was kept,
                                           which were tagged             */
extern const char FA_META_ABOUT[];      /* "focus": every article carries
                                           its about values (FA_FACET_ABOUT);
                                           unset in indexes built before
                                           them (or updated since without
                                           being rebuilt), where about: is
                                           refused, saying to rebuild     */
extern const char FA_META_FOLD[];       /* "latin": words were accent-folded
                                           before stemming (every index made
                                           since fa 0.4); unset: not, and
                                           queries are not folded either   */
extern const char FA_META_EXACT[];    /* "words": the index holds
                                           FA_PREFIX_EXACT terms (built with
                                           --exact-words); unset: not      */
extern const char FA_META_SPELLING[]; /* "words": the index holds Xapian
                                           spelling data for suggestions
                                           (built with --spelling)        */
extern const char FA_META_FIELDS[];   /* the stored fields made filterable
                                           (--field), sorted, joined by
                                           '\t'; unset: none              */
extern const char FA_META_COPIES[];   /* "minhash1": articles carry copy
                                           signatures and group keys
                                           (fa_copy.h); unset: not (built
                                           with --no-copies, or by an fa
                                           from before)                  */
extern const char FA_META_PAIRS[];    /* "pairs1": every article carries
                                           FA_PREFIX_PAIR terms (fa-index
                                           --word-pairs); unset: not, and
                                           phrases read positions alone  */
extern const char FA_META_ZDICT[];      /* decimal ID of the dictionary new
                                           texts are compressed with      */
extern const char FA_META_ZDICT_ID[];   /* + decimal ID: that dictionary's
                                           bytes (kept for every ID any
                                           stored text names)            */


/* Query-language field names users type before a colon (the facets'
 * names are in the facet table below). */
#define FA_FIELD_TITLE    "title"
#define FA_FIELD_SOURCE   "source"
#define FA_FIELD_DATE     "date"
#define FA_FIELD_ID       "id"
/* role:"Secretary of State", role:"USA/Secretary of State": articles
 * naming whoever held the post at their date (an official facet value
 * within a tenure's years; fa_role.h). */
#define FA_FIELD_ROLE     "role"
/* A stored field made filterable by fa-index --field NAME is named
 * "field.NAME" in the query (field.country:USA), never plain "country",
 * which is the countries an article mentions. */
#define FA_FIELD_STORED   "field"
/* Stored field names: 1 to this many bytes of [a-z0-9_], starting with a
 * letter; at most FA_MAX_FIELDS of them per index. */
#define FA_MAX_FIELD_NAME_BYTES 32
#define FA_MAX_FIELDS     16

/* Facets: entity values an article carries, filtered on and counted. One
 * row of fa_facet_table per facet, indexed by this enum; a new facet is a
 * new enum value and a new row, and every user of facets (storing,
 * filtering, counting, the query parser, the writers) walks the table. */
enum { FA_FACET_COUNTRY = 0, FA_FACET_OFFICIAL = 1, FA_FACET_ABOUT = 2, FA_NFACETS = 3 };

/* Where a facet value's display text comes from. */
enum {
    FA_DISPLAY_COUNTRY  = 0,  /* the gazetteer's country name ("Pakistan")  */
    FA_DISPLAY_OFFICIAL = 1,  /* the gazetteer's country and post, else the
                                 title recorded in the index at tagging
                                 (fa_db_get_official_title)               */
    FA_DISPLAY_ENTITY   = 2,  /* a country code as a country, any other value
                                 as an official (the about facet mixes them) */
};

typedef struct fa_facet_def {
    const char *field;    /* query field before the colon: "country"       */
    const char *prefix;   /* boolean term prefix, one term per value       */
    int         slot;     /* value slot: the sorted values joined by '\t' */
    const char *json_key; /* key of the values in JSON output: "countries" */
    const char *heading;  /* heading of the counts in text output: "countries" */
    int         display;  /* FA_DISPLAY_*                                  */
} fa_facet_def;

/* The table, FA_NFACETS rows, row i describing facet i. */
extern const fa_facet_def fa_facet_table[FA_NFACETS];

/* The facet whose query field is s[0..len) (case matters: fields are
 * lower case), or -1 when there is none. */
int fa_facet_by_field(const char *s, size_t len);

/* Limits, named once. Xapian's own limits (glass backend, 1.4) are what
 * the wrapper checks before every call, so that an oversized input is
 * reported as that article's fault and never fails a whole run. */
#define FA_XAP_MAX_TERM      245  /* bytes of one term                      */
#define FA_XAP_MAX_META_KEY  255  /* bytes of one metadata key              */
/* An article id is its unique term (prefix + id), so it is bounded well
 * below the term limit; longer ids are refused. */
#define FA_MAX_ID_BYTES      200
/* Parentheses in a query may nest this deep (fa-search exits 5 past it). */
#define FA_MAX_QUERY_DEPTH   64
/* Snippets are cut from the first this many bytes of an article's text:
 * a 60 MB article would otherwise cost a second and half a gigabyte per
 * hit. A hit whose terms occur only later shows its opening. */
#define FA_SNIPPET_SCAN_BYTES (1u << 20)
/* A wildcard is highlighted through at most this many of the words it
 * expands to in one article. */
#define FA_SNIPPET_WILDCARD_TERMS 64
#define FA_SNIPPET_WILDCARD_SCAN 256  /* expansions of one wildcard read from
                                          their posting lists for a page's
                                          snippets; more: from term lists */
/* A stub file may list stub files, at most this deep (a cycle is
 * refused at once). */
#define FA_MAX_STUB_DEPTH    8
/* A stub file is a few lines; a larger file given as --db is not one. */
#define FA_MAX_STUB_BYTES    (64u << 10)
/* A facet value is a boolean term (prefix + value), so it is bounded by
 * Xapian's term limit; the tagger drops longer "names" (no person's name
 * is that long) and the wrapper refuses them. */
#define FA_MAX_FACET_VALUE_BYTES (FA_XAP_MAX_TERM - 2)
/* The input file's absolute path is a boolean term for --prune; a longer
 * path is not recorded (the article is kept, --prune cannot find it). */
#define FA_MAX_PATH_BYTES    230

/* Title words count this many times a body word (within-document freq). */
/* A query that filters on a country or official (country:, official:,
 * about:, --country, --official, --about) adds this weight to each match
 * whose about values hold a filtered value (OP_AND_MAYBE over a fixed
 * weight): a nudge of the order, worth about one more matching word in a
 * short article, that never changes which articles match. */
#define FA_ABOUT_BOOST 1.5

#define FA_TITLE_WEIGHT 3

#ifdef __cplusplus
}
#endif
#endif
