/* fa_xap_int.h - what the parts of the Xapian wrapper share: the handle
 * structures, the exception classifier, facet counting and snippets.
 * C++ only, and private to common/fa_xap*.cc: never include it from C.
 */
#ifndef FA_XAP_INT_H
#define FA_XAP_INT_H

#include "fa_xap.h"
#include "fa_error.h"
#include "fa_fields.h"

#include <xapian.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

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
    char err[512];
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
