/* fa_xap_int.h - what the parts of the Xapian wrapper share: the handle
 * structures, the exception classifier, facet counting and snippets.
 * C++ only, and private to common/fa_xap*.cc: never include it from C.
 */
#ifndef FA_XAP_INT_H
#define FA_XAP_INT_H

#include "fa_xap.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_textz.h"

#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

struct TextzEncFree { void operator()(fa_textz_enc *e) const { fa_textz_enc_free(e); } };
struct TextzDecFree { void operator()(fa_textz_dec *d) const { fa_textz_dec_free(d); } };

struct fa_db {
    int mode;
    bool remote = false;                 /* some shard is served over TCP     */
    std::string path;
    std::string language;
    Xapian::Database db;                 /* the reader (or the writer's view) */
    std::vector<Xapian::Database> shards; /* a reader's parts, for metadata  */
    Xapian::WritableDatabase wdb;        /* valid only when mode != READ      */
    Xapian::Stem stem;
    Xapian::TermGenerator tg;
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
 * back into that code and message by fa_classify. */
struct FaError : std::runtime_error {
    int code;
    FaError(int c, const std::string &msg) : std::runtime_error(msg), code(c) {}
};

struct fa_hits {
    unsigned long total = 0;
    std::vector<double> score;
    std::vector<std::string> record;
    std::vector<std::string> snippet;
    std::vector<std::string> fvalues[FA_NFACETS];
    std::vector<std::pair<std::string, unsigned long>> facet[FA_NFACETS];
};

/* Copy a message into a caller's buffer, made one line. */
void fa_copy_msg(char *buf, size_t len, const std::string &msg);
/* Classify the live exception into a status code and message; call only
 * from inside a catch block. fa_fail() stores the message in the handle. */
int fa_classify(char *buf, size_t len);
int fa_fail(fa_db *db);
int fa_set_err(fa_db *db, int code, const std::string &msg);

/* fa_xap_text.cc: stored text. fa_text_load sets a writer up with the
 * index's current dictionary (throws FaError when the index names one it
 * does not hold); fa_text_encode gives the document data for 'text'. */
void fa_text_load(fa_db *db);
std::string fa_text_encode(fa_db *db, const std::string &text);
/* The text of document 'did' (its data 'data', decoded when it is a
 * zstd frame). 'record' is its FA_SLOT_RECORD value, to name the article
 * in an error. Throws FaError when a dictionary is missing or the frame
 * is damaged. */
std::string fa_text_of(fa_db *db, Xapian::docid did, const std::string &data,
                       const std::string &record);

/* The term prefix of a facet (fa_fields.h). */
const char *fa_facet_prefix(int facet);

/* fa_xap_facets.cc: counts of facet values, fed with whole '\t'-separated
 * sets (one per document) and split as they come. */
class FacetCounter {
    static const size_t NCODES = 26 * 26 * 26;
    std::vector<unsigned long> codes;   /* three-capital codes, directly */
    struct Entry {
        uint64_t hash;
        size_t off, len;                /* in pool; len 0 = empty        */
        unsigned long count;
    };
    std::vector<Entry> table;           /* open addressing, power of two */
    std::string pool;
    size_t used = 0;
    void grow();
    void place(const Entry &e);
    void add_other(const char *p, size_t n, unsigned long k);
  public:
    FacetCounter();
    void add_set(const char *p, size_t n, unsigned long k);
    void results(std::vector<std::pair<std::string, unsigned long>> &out) const;
};

/* Counts both facets over every match (local databases only: Xapian's
 * remote server runs only its built-in spies). */
class FacetSpy : public Xapian::MatchSpy {
  public:
    FacetCounter counts[FA_NFACETS];
    void operator()(const Xapian::Document &doc, double) override;
};

/* fa_xap_snippet.cc: the stems of query 'q' a snippet should highlight,
 * and the snippet of 'text' (see there). */
std::vector<std::string> fa_snippet_terms(const Xapian::Query &q);
bool fa_suffix_stemmer(const std::string &lang);
std::string fa_make_snippet(const std::string &text, size_t len, Xapian::Stem &stem,
                            const std::vector<std::string> &terms, bool prefilter);

#endif
