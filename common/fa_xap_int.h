/* fa_xap_int.h - what the parts of the Xapian wrapper share: the handle
 * structures, the exception classifier, facet counting and snippets.
 * C++ only, and private to common/fa_xap*.cc: never include it from C.
 * Functions declared here are named fa__<noun>_<verb> (two underscores):
 * shared between the wrapper's files, never part of the API.
 */
#ifndef FA_XAP_INT_H
#define FA_XAP_INT_H

#include "fa_xap.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_hash.h"
#include "fa_textz.h"

#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <unordered_map>
#include <vector>

struct TextzEncFree { void operator()(fa_textz_enc *e) const { fa_textz_enc_free(e); } };
struct TextzDecFree { void operator()(fa_textz_dec *d) const { fa_textz_dec_free(d); } };

struct fa_db {
    int mode;
    bool remote = false;                 /* some shard is served over TCP     */
    std::string path;
    std::string language;
    bool tagged = true;                  /* FA_META_TAGGING is not "none"    */
    bool about = false;                  /* FA_META_ABOUT is "focus" (a
                                            reader: in every shard)       */
    bool fold = false;                   /* FA_META_FOLD is "latin": terms
                                            are accent-folded (fa_xap.cc)  */
    Xapian::Database db;                 /* the reader (or the writer's view) */
    std::vector<Xapian::Database> shards; /* a reader's parts, for metadata  */
    std::vector<std::pair<std::string, std::string>> seen; /* each part's
                                            canonical path (or tcp://) and
                                            name, so none is added twice   */
    Xapian::WritableDatabase wdb;        /* valid only when mode != READ      */
    bool exact = false;                  /* FA_META_EXACT is "words"          */
    bool spelling = false;               /* FA_META_SPELLING is "words" (a
                                            reader: in some shard)        */
    bool copies = false;                 /* FA_META_COPIES is "minhash1" (a
                                            reader: in every shard)      */
    bool pairs = false;                  /* FA_META_PAIRS is "pairs1" (a
                                            reader: in every shard)      */
    std::vector<std::string> fields;     /* FA_META_FIELDS, sorted: field i
                                            in slot FA_SLOT_FIELD0 + i    */
    Xapian::Stem stem;
    Xapian::Stem foldstem;               /* accent folding alone, for exact
                                            words                          */
    Xapian::TermGenerator tg;
    Xapian::TermGenerator tg_exact;      /* writers with exact: E terms     */
    std::string warning;                 /* fa_db_warning                   */
    std::string duplicate_of;            /* fa_db_duplicate_of              */
    /* Facet values remembered by docid; valid for the revision the reader
     * has open, so dropped whenever it reopens or gains a shard. */
    std::unique_ptr<class FacetMemo> facets;
    /* The stems of the words snippets have read (a pure function of the
     * word: kept across searches; fa_xap_snippet.cc). */
    std::unique_ptr<struct SnippetMemo> snippet_memo;
    /* Writers: how new texts are stored. */
    int text_level = FA_TEXT_LEVEL_DEFAULT;   /* 0: raw                    */
    std::string text_dict;               /* current dictionary; "" none    */
    std::unique_ptr<fa_textz_enc, TextzEncFree> enc;  /* made on first use
                                            from the two above; reset when
                                            either changes                 */
    int enc_level = 0;                   /* the level enc was made with    */
    /* Readers (and writers reading back): one decoder per (shard number,
     * dictionary ID) met so far. IDs name content, so a cached decoder
     * stays right when the index is reopened. */
    std::map<std::pair<size_t, unsigned>, std::unique_ptr<fa_textz_dec, TextzDecFree>> dec;
    char err[512];
};

/* A failure with an fa status code, thrown inside fa_xap*.cc and turned
 * back into that code and message by fa__classify. */
struct FaError : std::runtime_error {
    int code;
    FaError(int c, const std::string &msg) : std::runtime_error(msg), code(c) {}
};

struct fa_hits {
    unsigned long total = 0;
    unsigned long total_articles = 0;    /* --collapse: matches before it */
    std::vector<unsigned long> similar;  /* --collapse: other members of
                                            each hit's group that match  */
    std::vector<double> score;
    std::vector<std::string> record;
    std::vector<std::string> snippet;
    std::vector<std::string> fvalues[FA_NFACETS];
    std::vector<std::pair<std::string, unsigned long>> facet[FA_NFACETS];
    size_t facet_distinct[FA_NFACETS] = {0};  /* before the limit cut */
    std::string suggestion;
    std::vector<std::pair<std::string, unsigned long>> histogram;
    unsigned long undated = 0;
    std::vector<std::string> ffacet_name;
    std::vector<std::vector<std::pair<std::string, unsigned long>>> ffacet;
    std::vector<std::string> text;       /* fa_db_article: the whole text  */
    std::vector<std::string> text_html;  /* ... escaped, highlighted       */
};

/* Copy a message into a caller's buffer, made one line. */
void fa__copy_msg(char *buf, size_t len, const std::string &msg);
/* Classify the live exception into a status code and message; call only
 * from inside a catch block. fa__fail() stores the message in the handle. */
int fa__classify(char *buf, size_t len);
int fa__fail(fa_db *db);
int fa__set_err(fa_db *db, int code, const std::string &msg);
/* After a DatabaseModifiedError (a writer discarded the revision being
 * read): whether to reopen and try again. Waits a little longer before
 * each new attempt, so that a reader on a loaded machine gets a revision
 * that lives long enough to finish on; gives up after
 * FA_MODIFIED_RETRIES attempts (about 0.8 s of waiting in all). */
#define FA_MODIFIED_RETRIES 20
bool fa__retry_modified(int attempt);

/* fa_xap.cc: Latin accent folding as the stemmer does it; false (and
 * 'out' untouched) when 'in' has nothing to fold. */
bool fa__latin_fold(const std::string &in, std::string &out);
/* Unicode case folding (NFC) of a stored field value, as its filter term
 * holds it. */
std::string fa__casefold(const std::string &in);
/* Split a '\t'-joined list ("" gives none). */
std::vector<std::string> fa__split_tabs(const std::string &s);

/* fa_xap_copies.cc: copy groups. fa__copy_index gives a document about
 * to be stored (text 'body') its signature, band terms and group key; a
 * writer (FA_DB_WRITE) merges the groups of the copies it finds. A
 * document must leave the index before a new version of it is indexed:
 * take its fa__copy_place before deleting it, then fa__copy_repair
 * recomputes the group it left. fa__copy_regroup recomputes every group
 * of an index. fa__copy_group_of: the group key of article 'id' (""
 * when it has none; *found says whether it is there). */
struct CopyPlace {
    std::string key, anchor;   /* "" when the article is in no group */
};
void fa__copy_index(fa_db *db, Xapian::Document &doc, const std::string &body);
CopyPlace fa__copy_place(const Xapian::Document &d);
void fa__copy_repair(fa_db *db, const CopyPlace &gone);
void fa__copy_regroup(Xapian::WritableDatabase &w);
std::string fa__copy_group_of(Xapian::Database &d, const std::string &id, bool *found);
/* The member of 'm' (a group's matching members, earliest first) with
 * the most shingles in its signature, the longest text; the earliest of
 * those that tie. m.begin() when none has a signature. */
Xapian::MSetIterator fa__copy_longest(const Xapian::MSet &m);

/* fa_xap_text.cc: stored text. fa__text_load sets a writer up with the
 * index's current dictionary (throws FaError when the index names one it
 * does not hold); fa__text_encode gives the document data for 'text'. */
void fa__text_load(fa_db *db);
std::string fa__text_encode(fa_db *db, const std::string &text);
/* The text of document 'did' (its data 'data', decoded when it is a
 * zstd frame). 'record' is its FA_SLOT_RECORD value, to name the article
 * in an error. Throws FaError when a dictionary is missing or the frame
 * is damaged. Only the first 'max' bytes are decoded and returned (cut
 * back to a character boundary); SIZE_MAX for all of it. */
std::string fa__text_of(fa_db *db, Xapian::docid did, const std::string &data,
                        const std::string &record, size_t max);


/* fa_xap_facets.cc: counts of facet values over the matches of one
 * search at a time. Values are numbered as first seen; the numbers of a
 * document (by id) may be remembered across searches of one unchanging
 * local index, which is what makes counting cheap (see there). */
class FacetMemo {
    static const size_t NCODES = 26 * 26 * 26;
    std::vector<uint32_t> code_id;      /* facet x three-capital code -> id + 1 */
    struct Entry {
        uint64_t hash;
        size_t len;                     /* 0 = empty slot                 */
        uint32_t id;
        int facet;
    };
    std::vector<Entry> table;           /* other values; power of two     */
    size_t used = 0;
    std::vector<std::string> names;     /* by id                          */
    std::vector<uint8_t> facet_of;      /* by id                          */
    std::vector<unsigned long> counts;  /* by id, for the current search  */
    std::vector<uint32_t> at;           /* docid -> 1 + offset in lists   */
    std::vector<uint32_t> lists;        /* per document: n, then n ids    */
    void grow();
    uint32_t new_id(int f, const char *p, size_t n);
    uint32_t intern(int f, const char *p, size_t n);
  public:
    FacetMemo();
    /* Zero the counts: call before each search. */
    void start();
    /* Count one matching document; 'remember' its values by docid (only
     * for a single local index whose docids are at most 'max_docid'). */
    void add_document(const Xapian::Document &doc, bool remember, Xapian::docid max_docid);
    /* Count a whole '\t'-separated set 'k' times (Xapian's value counts). */
    void add_set(int f, const char *p, size_t n, unsigned long k);
    /* Append the nonzero counts of facet 'f', most frequent first, ties by
     * value, at most 'limit' of them (0: all); zero them all. Returns how
     * many were nonzero. */
    size_t take_results(int f, size_t limit, std::vector<std::pair<std::string, unsigned long>> &out);

    /* Dates, for histograms, the same way: each document's date slot read
     * once and remembered by docid as a number. Count one matching
     * document; then take the counts by stored date ("YYYYMMDD", as
     * Xapian's ValueCountMatchSpy would give them; a document without a
     * well-formed date is not counted), and zero them. */
    void start_dates();   /* zero the date counts: before each search */
    void add_date(const Xapian::Document &doc, bool remember, Xapian::docid max_docid);
    void take_dates(std::vector<std::pair<std::string, unsigned long>> &out);
  private:
    std::vector<uint32_t> date_at;      /* docid -> 0 unseen, 1 no date,
                                           else YYYYMMDD + 2            */
    std::unordered_map<uint32_t, unsigned long> date_counts;   /* YYYYMMDD -> matches */
    uint32_t last_date = 0;             /* matches come in runs of one date */
    unsigned long *last_count = nullptr;
    void count_date(uint32_t date);
};

class FacetSpy : public Xapian::MatchSpy {
    FacetMemo *memo;
    bool remember;
    Xapian::docid max_docid;
  public:
    FacetSpy(FacetMemo *m, bool r, Xapian::docid max) : memo(m), remember(r), max_docid(max) {}
    void operator()(const Xapian::Document &doc, double) override;
};

/* The histogram's counter on a local index: FacetMemo's dates. */
class DateSpy : public Xapian::MatchSpy {
    FacetMemo *memo;
    bool remember;
    Xapian::docid max_docid;
  public:
    DateSpy(FacetMemo *m, bool r, Xapian::docid max) : memo(m), remember(r), max_docid(max) {}
    void operator()(const Xapian::Document &doc, double) override;
};

/* fa_xap_snippet.cc: the stems of query 'q' a snippet should highlight,
 * and the snippet of 'text' (see there). */
/* What snippets of one search highlight: stems that count alone, and
 * phrases (their stems in order) that count only where they stand
 * together; wildcard patterns, expanded per article from its terms. */
struct SnippetPlan {
    std::vector<std::string> solo;
    std::vector<std::vector<std::string>> phrases;
    std::vector<std::string> wildcards;   /* body wildcard patterns */
};
SnippetPlan fa__snippet_plan(const Xapian::Query &q);
/* Add what a user reads as words ("Kofi Annan") to 'plan': one word as
 * a solo stem, several as a phrase. */
void fa__snippet_hint(SnippetPlan *plan, const char *words, Xapian::Stem &stem);
/* The part of 'plan' one article matched: 'matching' is the sorted list
 * of query terms indexing it (Enquire::get_matching_terms), 'doc' the
 * article (for the terms its wildcards matched). */
/* 'wild', when given, holds for each of plan.wildcards the expansions
 * the article holds (sorted, at most FA_SNIPPET_WILDCARD_TERMS each),
 * found by the caller; else they are read from the article's term list. */
SnippetPlan fa__snippet_plan_for(const SnippetPlan &plan, const std::vector<std::string> &matching,
                                 const Xapian::Document &doc,
                                 const std::vector<std::vector<std::string>> *wild = nullptr);
bool fa__suffix_stemmer(const std::string &lang);
/* Each word's stem and exact form, as the two stemmers of one handle give
 * them: a page's words repeat, and so do an archive's, so each distinct
 * word is stemmed once while the memo lasts. At most
 * SNIPPET_MEMO_WORDS words each (then it starts again; the output never
 * depends on it). One per handle, so one thread at a time. */
#define SNIPPET_MEMO_WORDS 100000
struct SnippetMemo {
    std::unordered_map<std::string, std::string> stems, exacts;
};
/* The handle's memo, made on first use (NULL if there is no memory for
 * it: snippets are then made without one). */
SnippetMemo *fa__snippet_memo(fa_db *db);
/* 'exact' gives exact words' terms (FA_PREFIX_EXACT + it) for =word;
 * 'memo' may be NULL (every word stemmed afresh). */
std::string fa__make_snippet(const std::string &text, size_t len, Xapian::Stem &stem, Xapian::Stem &exact,
                             const SnippetPlan &plan, bool prefilter, SnippetMemo *memo);
/* All of 'text' HTML-escaped, the words of 'plan' in <b> as in a snippet
 * (fa_db_article's view of one article). */
std::string fa__highlight_all(const std::string &text, Xapian::Stem &stem, Xapian::Stem &exact,
                              const SnippetPlan &plan, bool prefilter, SnippetMemo *memo);

/* fa_xap_pairs.cc: word pairs. fa__pairs_index adds the pair terms of
 * a document whose text has been indexed (by the term generators; its
 * positions are final). fa__pairs_rewrite gives the query to match for
 * 'q' on an index whose every shard has pairs: each exact phrase of
 * plain terms of one prefix (window = its length) becomes, for two words,
 * their AND filtered by their pair term, for more, the phrase filtered by
 * the AND of its pairs; the same matches and weights, fewer positions
 * read. Everything else is left as it is. */
void fa__pairs_index(Xapian::Document &doc);
Xapian::Query fa__pairs_rewrite(const Xapian::Query &q);

/* fa_xap_search.cc: the Xapian query for search 's' (its text, parsed
 * with the schema's fields, and its filters). Throws QueryParserError
 * for the user's mistakes. 'suggestion', when not NULL, gets the "did
 * you mean" query ("" for none; fa_hits_suggestion). */
/* *boosted (when given) says whether the about boost (FA_ABOUT_BOOST) was
 * added: the query filters on some entity. */
Xapian::Query fa__query_build(fa_db *db, const fa_search *s, std::string *suggestion = nullptr,
                              bool *boosted = nullptr);

#endif
