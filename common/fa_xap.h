/* fa_xap.h - the plain-C door to Xapian: open an index, store articles,
 * search, and read back ranked hits, snippets and facet counts.
 *
 * Opaque handles and int status codes (fa_error.h) only: no C++ type and no
 * exception crosses this header. Everything Xapian-specific (term
 * generation, stemming through libstemmer, the query parser and its field
 * processors) lives behind it, in fa_xap.cc.
 */
#ifndef FA_XAP_H
#define FA_XAP_H

#include <limits.h>
#include <stddef.h>
#include "fa_article.h"
#include "fa_fields.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fa_db   fa_db;    /* an open index (or several, searched as one) */
typedef struct fa_hits fa_hits;  /* one page of ranked hits plus facet counts   */

enum {
    FA_DB_READ  = 0,   /* search                                          */
    FA_DB_WRITE = 1,   /* create or update, durable commits               */
    FA_DB_BULK  = 2,   /* create a new index for a bulk load: the path must
                          not exist; commits are not fsync'ed (the caller
                          compacts it into a durable index at the end)     */
};
enum { FA_SORT_RELEVANCE = 0, FA_SORT_DATE = 1, FA_SORT_DATE_DESC = 2 };
/* The hit a collapsed copy group shows (fa_search.collapse_pick): its
 * earliest matching member, or its longest (most words; the earliest of
 * equals). */
enum { FA_PICK_EARLIEST = 0, FA_PICK_LONGEST = 1 };
/* Date histograms: buckets of all matches by year ("1995"), month
 * ("1995-07"; a date known only to its year counts as "1995") or decade
 * ("1990s"). */
enum { FA_HIST_NONE = 0, FA_HIST_YEAR = 1, FA_HIST_MONTH = 2, FA_HIST_DECADE = 3 };


/* The languages libstemmer can stem, as a NULL-terminated static list. */
const char **fa_stem_languages(void);

/* Open the index at 'path'.
 * FA_DB_READ: the index must exist. FA_ENOTFOUND when there is none,
 * FA_EVERSION when it was built by an fa with another schema; the stemming
 * language is read from the index ('language' is ignored).
 * FA_DB_WRITE and FA_DB_BULK: the index is created when missing, with 'language' (NULL
 * means "english"); an existing index keeps its own language, and asking
 * for another one is FA_EINVAL. FA_ELOCKED when another writer holds it.
 * An unknown language is FA_EINVAL; the message lists the valid ones.
 * On FA_OK *out owns the handle (fa_db_close); on failure *out is NULL and
 * errbuf holds a one-line reason. */
int  fa_db_open(fa_db **out, const char *path, int mode, const char *language,
                char *errbuf, size_t errlen);

/* Add another index to a reader, to be searched with the others as one
 * archive (one ranking with collection-wide statistics, one total, one set
 * of facet counts). 'path' is a local index, a Xapian stub database file,
 * or "tcp://HOST:PORT" for an index served by xapian-tcpsrv (fa_db_open
 * takes the same forms). FA_EVERSION when its schema or language differs
 * from the others'; FA_ENOTFOUND when it cannot be opened. */
int  fa_db_add(fa_db *db, const char *path, char *errbuf, size_t errlen);

/* Commit pending changes (writers) and release the handle. Returns FA_OK
 * or the commit's error, whose message is copied to errbuf (which may be
 * NULL when the caller does not want it); the handle is freed either
 * way. NULL is a no-op. */
int  fa_db_close(fa_db *db, char *errbuf, size_t errlen);

/* The message of the last failure on 'db' ("" after a success). */
const char *fa_db_errmsg(const fa_db *db);
/* Whether the articles of the index carry country and official facet
 * values: 0 when it was built with --no-entities, 1 otherwise. A search
 * that filters on a facet of an untagged index is FA_EQUERY, since it
 * could only ever say "nothing", and that would be a lie. */
int  fa_db_tagged(const fa_db *db);
/* Writers: record that articles are stored tagged (1) or not (0). A new
 * or empty index takes the choice; an index that holds articles must have
 * been built with the same one, or it is FA_EINVAL (message says which),
 * since mixing the two would make facet counts silently partial. */
int  fa_db_set_tagging(fa_db *db, int tagged);
/* Build choices an index records besides its language and tagging: terms
 * for exact words (=word), spelling data (suggestions), and the stored
 * fields made filterable and facetable. */
/* Whether a new index gets word-pair terms unless told (fa-index
 * --word-pairs / --no-word-pairs; the README gives the measured cost). */
#define FA_PAIRS_DEFAULT 0

typedef struct fa_build {
    int exact;                 /* 1: index words as written too (--exact-words),
                                  -1: not, 0: as the index records (a new
                                  index: not)                           */
    int spelling;              /* the same for spelling data (--spelling)  */
    const char *const *fields; /* stored field names (--field), valid as  */
    size_t nfields;            /* FA_FIELD_STORED names say               */
    int fields_given;          /* 0: the index's recorded list            */
    int copies;                /* copy signatures and group keys (on unless
                                  --no-copies): 1, -1 or 0 as exact    */
    int pairs;                 /* word-pair terms for phrases
                                  (--word-pairs; FA_PAIRS_DEFAULT for a
                                  new index): 1, -1 or 0 as exact      */
} fa_build;

/* Writers: make 'want' the index's build choices. A new or empty index
 * takes them and records them; an index that holds articles keeps what
 * it records, and asking for anything else (another --field list, or
 * --exact-words / --spelling when it was built without) is FA_EINVAL
 * with a message saying what it records, since articles stored either
 * way would make answers silently partial. A field name that is not
 * [a-z][a-z0-9_]* of at most FA_MAX_FIELD_NAME_BYTES, or more than
 * FA_MAX_FIELDS names, is FA_EINVAL too. */
int  fa_db_set_build(fa_db *db, const fa_build *want);
/* What 'db' records (for a reader of several shards: the first's, and
 * every shard records the same exact-word choice and field list). */
int  fa_db_exact(const fa_db *db);
int  fa_db_copies(const fa_db *db);       /* 1 when every shard has copy groups */
int  fa_db_pairs(const fa_db *db);        /* 1 when every shard has word pairs */
int  fa_db_spelling(const fa_db *db);     /* 1 when any shard has spelling data */
size_t fa_db_nfields(const fa_db *db);
/* Field i of the sorted list, i < fa_db_nfields(). Borrowed from 'db'. */
const char *fa_db_field(const fa_db *db, size_t i);

/* The stemming language of the index. Borrowed, lives as long as 'db'. */
const char *fa_db_language(const fa_db *db);
/* Number of articles in the index (as of the last commit or reopen). */
int  fa_db_doccount(const fa_db *db, unsigned long *out);
/* A reader sees the index as it was when opened (or last reopened), so
 * that a run of searches is consistent; this moves it to the latest
 * commit. Searches also do it by themselves when a writer has moved on
 * too far for the old state to be read. */
int  fa_db_reopen(fa_db *db);

/* The facet values of one article, by facet (FA_FACET_*): each list
 * sorted bytewise and without duplicates. */
typedef struct fa_facets {
    const char *const *values[FA_NFACETS];
    size_t             nvalues[FA_NFACETS];
} fa_facets;

/* What fa_db_put did with an article. */
enum { FA_PUT_ADDED = 0, FA_PUT_REPLACED = 1, FA_PUT_UNCHANGED = 2,
       FA_PUT_DUPLICATE = 3 /* fa_db_put_page only: nothing written */ };

/* Store article 'a' (it must have an "id" field) with its facet values
 * ('f' may be NULL). An article with the same id is replaced, unless its
 * content (record and facet values) is unchanged, in which case nothing
 * is written. *outcome (when not NULL) gets an FA_PUT_* value.
 * FA_EINVAL: no id, an id too long for a term (over FA_MAX_ID_BYTES), or
 * a facet value over FA_MAX_FACET_VALUE_BYTES; nothing is written and the
 * writer stays usable for the next article. */
int  fa_db_put(fa_db *db, const fa_article *a, const fa_facets *f, int *outcome);
/* After a successful fa_db_put: "" or a one-line warning about the
 * article, which was stored all the same (a stored field's value too
 * long to be a term: FA_MAX_FACET_VALUE_BYTES less the field's name, so
 * that field is not filterable or counted for it). Borrowed until the
 * next call on 'db'. */
const char *fa_db_warning(const fa_db *db);
/* The same, recording that the article came from input file 'file' (an
 * absolute path; NULL for none), so that --prune can find it again.
 * Paths over FA_MAX_PATH_BYTES are not recorded. */
int  fa_db_put_from(fa_db *db, const fa_article *a, const fa_facets *f,
                    const char *file, int *outcome);
/* fa_db_put_from for a page (an HTML file, a feed item, a WARC page):
 * one that carries text is marked with its text's hash (FA_PREFIX_TEXT),
 * and when the index holds a page with the same text under another id
 * already, nothing is written: *outcome is FA_PUT_DUPLICATE and
 * fa_db_duplicate_of names that id. The same id again is replaced or
 * unchanged as by fa_db_put_from. Pages stored without the term (by
 * fa_db_put_from, or by an fa from before it was kept) are not found;
 * one left unchanged does not gain it. */
int  fa_db_put_page(fa_db *db, const fa_article *a, const fa_facets *f,
                    const char *file, int *outcome);
/* After FA_PUT_DUPLICATE: the id of the page already in the index (""
 * otherwise). Borrowed until the next call on 'db'. */
const char *fa_db_duplicate_of(const fa_db *db);

/* Stored text. An article's text is the document data: raw UTF-8 (level
 * 0, and every index built before compression) or one zstd frame
 * (fa_textz.h), decoded by the searcher with the dictionary its frame
 * names, read from the metadata of the shard that holds the article.
 * A writer compresses new texts with the index's current dictionary
 * (none: plain zstd) at FA_TEXT_LEVEL_DEFAULT unless told otherwise. */
#define FA_TEXT_LEVEL_DEFAULT 7

/* Make dictionary 'dict' ('len' bytes, from fa_textz_train) the one the
 * writer 'db' compresses texts with from now on, and record it in the
 * index (kept from the next commit on, also through fa_db_compact).
 * Dictionaries already recorded stay, for the texts that use them.
 * FA_EINVAL: not a zstd dictionary, or the index holds another one with
 * the same ID. */
int  fa_db_set_text_dict(fa_db *db, const void *dict, size_t len);
/* zstd level for texts stored from now on by writer 'db':
 * 1..FA_TEXTZ_MAX_LEVEL, or 0 to store them raw. FA_EINVAL otherwise. */
int  fa_db_set_text_level(fa_db *db, int level);

/* Delete the article with id 'id'; *found (when not NULL) says whether
 * there was one. */
int  fa_db_delete(fa_db *db, const char *id, int *found);

/* Call fn(ctx, path) for every input file recorded under the folder
 * 'dir' (an absolute path). A nonzero return from fn deletes every
 * article that came from that file, counted in *deleted. */
int  fa_db_prune(fa_db *db, const char *dir,
                 int (*fn)(void *ctx, const char *path), void *ctx,
                 unsigned long *deleted);

/* Make everything stored so far durable and visible to readers. */
int  fa_db_commit(fa_db *db);

/* Compact the indexes 'inputs[0..n)' into one new index at 'out' (which
 * must not exist), as one durable index with all their articles. The
 * inputs must be fa indexes of one schema and language, with no article
 * id in more than one of them. On failure errbuf says why. */
int  fa_db_compact(const char *out, const char *const *inputs, size_t n,
                   char *errbuf, size_t errlen);

/* Index metadata. fa_db_get_meta sets *out to a malloc'd copy (caller
 * frees), or NULL when the key is unset. */
int  fa_db_set_meta(fa_db *db, const char *key, const char *value);
/* A reader whose revision a writer discarded reopens and reads again, as
 * fa_db_search does (so does fa_db_has_facet). */
int  fa_db_get_meta(char **out, fa_db *db, const char *key);

/* Display data of officials the gazetteer does not know (caught by a
 * title rule alone): the title they were first seen with in this index.
 * fa_db_set_official_title records 'title' for 'name' unless a title is
 * recorded already (the first one seen is kept); for a name too long to
 * be part of a metadata key (FA_XAP_MAX_META_KEY) nothing is recorded. fa_db_get_official_title sets *out to a
 * malloc'd copy (caller frees), or NULL when none is recorded; a reader of
 * several shards returns the first shard's that has one. */
int  fa_db_set_official_title(fa_db *db, const char *name, const char *title);
int  fa_db_get_official_title(char **out, fa_db *db, const char *name);

/* 1 when some article carries value 'value' of facet 'facet', 0 when none
 * does, or a negative status (message in fa_db_errmsg). */
int  fa_db_has_facet(fa_db *db, int facet, const char *value);

/* Call fn(ctx, value) for every value of facet 'facet' that some article
 * carries, in byte order, over all shards. A nonzero return from fn stops
 * the walk and is returned; else FA_OK, or a negative status (message in
 * fa_db_errmsg). The values are read before fn sees the first. */
int  fa_db_facet_each(fa_db *db, int facet,
                      int (*fn)(void *ctx, const char *value), void *ctx);

/* Turns what a user typed after `country:` or `official:` (or gave to a
 * filter option) into a canonical facet value. Return FA_OK with *value
 * set (a pointer that lives through the search), or FA_EQUERY with a
 * one-line message in errbuf (e.g. with suggestions). */
typedef int (*fa_resolve_fn)(void *ctx, int facet, const char *typed,
                             const char **value, char *errbuf, size_t errlen);

/* Turns what a user typed for a role (after `role:`, or given to --role)
 * into who held it and when: emit(ectx, official, from, to) once per
 * tenure (an official facet value, inclusive years), then FA_OK; or
 * FA_EQUERY with a one-line message in errbuf. */
typedef void (*fa_span_fn)(void *ectx, const char *official, int from, int to);
typedef int (*fa_role_fn)(void *ctx, const char *typed, fa_span_fn emit, void *ectx,
                          char *errbuf, size_t errlen);

/* fa_search.facet_limit_for[f]: keep every value of facet f. */
#define FA_FACET_LIMIT_ALL UINT_MAX

typedef struct fa_search {
    const char *query;        /* query text; NULL or "" matches every article */
    int         any;          /* nonzero: default operator OR, not AND         */
    int         sort;         /* FA_SORT_*; the empty query ranks by date,
                                 newest first, since all weigh the same     */
    unsigned    offset;       /* hits to skip                                  */
    unsigned    limit;        /* hits to return                                */
    const char *const *filter[FA_NFACETS];   /* canonical values; one facet's */
    size_t             nfilter[FA_NFACETS];  /* values OR, facets AND         */
    fa_resolve_fn resolve;    /* for country:/official: in the query; NULL
                                 means values are taken as typed            */
    void       *resolve_ctx;  /* ctx of resolve and role_resolve            */
    fa_role_fn  role_resolve; /* for role: in the query and 'roles'; NULL:
                                 a role is FA_EQUERY                       */
    const char *const *roles; /* role filters as typed (--role): articles
                                 dated in a holder's tenure that name that
                                 holder; several OR, and AND the rest;
                                 undated articles match none              */
    size_t      nroles;
    int         estimate;     /* nonzero: the total may be an estimate (faster
                                 for broad queries); ignored with facets    */
    int         facets;       /* nonzero: count facet values over all matches */
    unsigned    facet_limit;  /* most frequent values kept per facet (0: all) */
    unsigned    facet_limit_for[FA_NFACETS]; /* one facet's own limit, in
                                 place of facet_limit when not 0
                                 (FA_FACET_LIMIT_ALL: all); a page can show
                                 every about value beside a few mentions */
    const char *facet_match;  /* when not NULL or "": the searcher's page
                                 keeps only facet values whose value or
                                 display text holds this (case, accents and
                                 punctuation folded); fa_db_search then
                                 keeps every value, as display text is
                                 not its to know                          */
    int         snippets;     /* nonzero: build one snippet per hit           */
    size_t      snippet_len;  /* snippet length in bytes (about)              */
    const char *const *snippet_hints; /* when an article matched no word of
                                 the query's text (filters alone), its
                                 snippet shows where these are named:
                                 e.g. the filtered entity's name        */
    size_t      nsnippet_hints;
    unsigned    max_terms;    /* a query with more terms than this is
                                 FA_EQUERY (0: no limit); pasted pages of
                                 text make Xapian's matcher superlinear    */
    int         histogram;    /* FA_HIST_*: count all matches by date      */
    const char *const *field_facets;  /* stored fields (fa_db_field) whose */
    size_t      nfield_facets;        /* values to count over all matches;
                                 a name the index lacks is FA_EQUERY      */
    const char *date_from;    /* only articles dated on or after this day, */
    const char *date_to;      /* month or year, and on or before this one
                                 (YYYY, YYYY-MM or YYYY-MM-DD; NULL or "":
                                 unbounded): `date:FROM..TO` as a filter
                                 on the whole query; a bad date is
                                 FA_EQUERY                               */
    int         collapse;     /* nonzero: one hit per copy group (fa-search
                                 --collapse, see "Copy groups" below)    */
    int         collapse_pick;  /* the member a group shows: FA_PICK_*    */
    const char *similar;      /* non-NULL: only the members of the copy
                                 group of the article with this id (itself
                                 included; alone when it has no text); no
                                 such article is FA_EQUERY               */
} fa_search;

/* Run search 's' against 'db'. The total is exact (every match is
 * counted) unless s->estimate asks for Xapian's estimate. On FA_OK *out owns the hits (fa_hits_free); strings read from
 * them live until that call. On failure *out is NULL and fa_db_errmsg()
 * says why. FA_EQUERY: the query does not parse (or a facet value is
 * unknown). A reader whose index was changed by a writer reopens it and
 * retries by itself. */
int  fa_db_search(fa_hits **out, fa_db *db, const fa_search *s);
void fa_hits_free(fa_hits *h);                       /* NULL is a no-op */

unsigned long fa_hits_total(const fa_hits *h);       /* all matches; with
                                                        collapse: groups  */
/* Copy groups. An index records copy signatures (FA_META_COPIES, unless
 * built with fa-index --no-copies) and puts the articles that are copies
 * of each other (fa_copy.h: estimated containment >= 0.8, Jaccard >= 0.3)
 * in one group, by connected components, with one key (FA_SLOT_GROUP)
 * derived from the members' texts alone. With s->collapse, Xapian's
 * collapse key on that slot keeps one hit per group (articles without
 * text are never collapsed); the hit shown is the group's earliest
 * matching member (by date, undated last; ties by the stored record),
 * or with s->collapse_pick FA_PICK_LONGEST its longest matching member
 * (the most shingles in its signature; the earliest of equals), at the
 * rank of its best-ranked member. fa_hits_total is then the exact
 * number of groups that match, fa_hits_total_articles the number of
 * matching articles, and fa_hits_similar(h, i) how many other members of
 * hit i's group match too. Facet, field and histogram counts stay per
 * article. An index without copy groups is FA_EQUERY for collapse and
 * for similar. Without collapse: total_articles is the total, similar 0. */
unsigned long fa_hits_total_articles(const fa_hits *h);
unsigned long fa_hits_similar(const fa_hits *h, size_t i);
size_t        fa_hits_size(const fa_hits *h);        /* hits on this page    */
double        fa_hits_score(const fa_hits *h, size_t i);
/* The stored record of hit i, every field but the text (decode with
 * fa_article_decode). */
const char   *fa_hits_record(const fa_hits *h, size_t i, size_t *len);
/* Snippet of hit i: HTML-escaped text, matched words inside <b>...</b>;
 * "" when snippets were not asked for. */
const char   *fa_hits_snippet(const fa_hits *h, size_t i);
/* The facet values of hit i, as stored ('\t'-separated, sorted). */
const char   *fa_hits_facet_values(const fa_hits *h, size_t i, int facet);

/* "did you mean": the query with its misspelt words corrected from the
 * index's spelling data (fa-index --spelling), or "" when the index has
 * none, the remote shards cannot say, or every word is in the index. */
const char   *fa_hits_suggestion(const fa_hits *h);

/* The date histogram (s->histogram): buckets in time order, from the
 * first to the last one with matches, empty ones included (count 0);
 * bucket i's label and *count. Matches without a date are not in any
 * bucket: fa_hits_undated counts them. */
size_t        fa_hits_nhistogram(const fa_hits *h);
const char   *fa_hits_histogram(const fa_hits *h, size_t i, unsigned long *count);
unsigned long fa_hits_undated(const fa_hits *h);

/* Stored-field counts (s->field_facets, in that order): the values of
 * field k as stored, with their counts over all matches, most frequent
 * first, ties by value, at most s->facet_limit (0: all). */
size_t        fa_hits_nfield_facets(const fa_hits *h);
const char   *fa_hits_field_facet_name(const fa_hits *h, size_t k);
size_t        fa_hits_nfield_values(const fa_hits *h, size_t k);
const char   *fa_hits_field_value(const fa_hits *h, size_t k, size_t i, unsigned long *count);

/* What a filter accepts, with how many articles carry each value:
 * FA_LIST_COUNTRIES and FA_LIST_OFFICIALS give the facet values (in byte
 * order), FA_LIST_FIELDS the stored fields (fa-index --field) with the
 * number of articles that have each. fn(ctx, value, count) is called per
 * value; a nonzero return stops the walk. FA_OK or the index's error. */
enum { FA_LIST_COUNTRIES = 0, FA_LIST_OFFICIALS = 1, FA_LIST_FIELDS = 2 };
int  fa_db_list(fa_db *db, int what, int (*fn)(void *ctx, const char *value, unsigned long count),
                void *ctx);
/* Article 'id' alone, whole (an fa-search --show, a server's article
 * page). On FA_OK *out owns hits (fa_hits_free) holding no hit when no
 * article has that id, else one hit: its record, facet values and whole
 * text (fa_hits_text, fa_hits_text_html). When s->query is not empty, the
 * words of the text that query matched are highlighted by the snippets'
 * rules. fa_hits_total is 1 when the article matches the query and the
 * filters of 's', 0 when it does not (no query and no filter: 1). Offset,
 * limit, sort, facets and snippets of 's' are ignored. Errors as
 * fa_db_search's (FA_EQUERY: the query does not parse). */
int  fa_db_article(fa_hits **out, fa_db *db, const char *id, const fa_search *s);
/* The whole stored text of hit i of fa_db_article (valid UTF-8; *len gets
 * its length when not NULL), and the same HTML-escaped with the matched
 * words in <b>...</b>. "" for hits of fa_db_search. */
const char   *fa_hits_text(const fa_hits *h, size_t i, size_t *len);
const char   *fa_hits_text_html(const fa_hits *h, size_t i);

/* Facet counts over all matches (when asked for), most frequent first,
 * ties by value, at most fa_search_facet_limit() of them; and how many
 * distinct values were counted before that limit. */
size_t        fa_hits_nfacet(const fa_hits *h, int facet);
const char   *fa_hits_facet(const fa_hits *h, int facet, size_t i,
                            unsigned long *count);
size_t        fa_hits_facet_distinct(const fa_hits *h, int facet);

/* The values of facet f that 's' keeps: its facet_limit_for[f] when set,
 * else its facet_limit; 0 means all. */
static inline unsigned fa_search_facet_limit(const fa_search *s, int f)
{
    unsigned own = s->facet_limit_for[f];
    return own == FA_FACET_LIMIT_ALL ? 0 : own ? own : s->facet_limit;
}

#ifdef __cplusplus
}
#endif
#endif
