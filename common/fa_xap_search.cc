/* fa_xap_search.cc - turning a user's query into a Xapian query (the
 * query parser configured with prefixes, dates and facet fields), running
 * it with exact totals, and copying the hits into C memory.
 */
#include "fa_xap_int.h"
#include "fa_article.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

/* -------------------------------------------------------------- search */

/* `date:A..B` with reduced-precision ISO dates at either end. Xapian's own
 * DateRangeProcessor rejects `2020..2021` and drops partial dates, so we
 * compare the sortable YYYYMMDD values ourselves: a missing month or day
 * starts at 00 and ends at 99, which includes every stored date inside. */
class DateRange : public Xapian::RangeProcessor {
  public:
    std::string error;   /* the first bad date; thrown after parsing, as
                            throwing inside parse_query() leaks in 1.4.22 */
    DateRange() : Xapian::RangeProcessor(FA_SLOT_DATE, FA_FIELD_DATE ":") {}
    Xapian::Query operator()(const std::string &b, const std::string &e) override
    {
        if (b.empty() && e.empty()) {
            if (error.empty())
                error = "date: needs a date or a range (date:2021, date:2021-07..2021-09)";
            return Xapian::Query::MatchNothing;
        }
        char lo[9] = "00000000", hi[9] = "99999999";
        const std::string *bad = NULL;
        if (!b.empty() && fa_date_normalize(lo, b.data(), b.size()) < 0)
            bad = &b;
        else if (!e.empty() && fa_date_normalize(hi, e.data(), e.size()) < 0)
            bad = &e;
        if (bad) {
            if (error.empty())
                error = "'" + *bad + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
            return Xapian::Query::MatchNothing;
        }
        if (!e.empty()) {
            if (memcmp(hi + 4, "00", 2) == 0)
                memcpy(hi + 4, "99", 2);
            if (memcmp(hi + 6, "00", 2) == 0)
                memcpy(hi + 6, "99", 2);
        }
        if (e.empty())
            return Xapian::Query(Xapian::Query::OP_VALUE_GE, FA_SLOT_DATE, lo);
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, FA_SLOT_DATE, lo, hi);
    }
};

/* `date:1995`, `date:2021-07`, `date:2021-07-19`: a single value means
 * that year, month or day, i.e. the range from it to itself. (Ranges
 * with ".." reach DateRange, which Xapian's parser tries first.) */
class DateField : public Xapian::FieldProcessor {
    DateRange *range;
  public:
    explicit DateField(DateRange *r) : range(r) {}
    Xapian::Query operator()(const std::string &v) override
    {
        size_t dots = v.find("..");
        if (dots != std::string::npos)
            return (*range)(v.substr(0, dots), v.substr(dots + 2));
        return (*range)(v, v);
    }
};

/* `country:pakistan`, `official:"Antony Blinken"`: the caller's resolver
 * turns what was typed into the canonical value, so aliases work in the
 * query language exactly as they do in --country and --official. */
static std::string untagged_msg(int facet)
{
    return std::string("this index was built with --no-entities: it has no ") +
           fa_facet_table[facet].field + " values to filter on";
}

/* An index built before about values were kept (or updated since by an
 * fa that did not keep them) has them on no article, or on some: a filter
 * on them is refused rather than answered partly. */
static std::string no_about_msg(void)
{
    return "this index was built without about values (before fa kept them): "
           "rebuild it with fa-index (into a new folder) to filter on about";
}

static std::string no_copies_msg(const char *opt)
{
    return std::string(opt) + ": this index has no copy groups (built with fa-index --no-copies, "
           "or by an fa from before them); rebuild it without --no-copies";
}

class FacetField : public Xapian::FieldProcessor {
    int facet;
    const fa_search *s;
  public:
    std::string error;   /* the first value the resolver refused */
    bool tagged, about;
    std::vector<std::string> *filtered;   /* values filtered on, for the boost */
    FacetField(int facet_, const fa_search *s_, bool tagged_, bool about_,
               std::vector<std::string> *filtered_)
        : facet(facet_), s(s_), tagged(tagged_), about(about_), filtered(filtered_) {}
    Xapian::Query operator()(const std::string &typed) override
    {
        const char *value = typed.c_str();
        if (!tagged || (facet == FA_FACET_ABOUT && !about)) {
            if (error.empty())
                error = !tagged ? untagged_msg(facet) : no_about_msg();
            return Xapian::Query::MatchNothing;
        }
        if (s->resolve) {
            char msg[512] = "";
            if (s->resolve(s->resolve_ctx, facet, typed.c_str(), &value, msg, sizeof msg) < 0) {
                /* Throwing from inside parse_query() leaks in Xapian
                 * 1.4.22: remember the error, throw after parsing. */
                if (error.empty())
                    error = msg;
                return Xapian::Query::MatchNothing;
            }
        }
        filtered->push_back(value);
        return Xapian::Query(std::string(fa_facet_table[facet].prefix) + value);
    }
};

/* `role:"USA/Secretary of State"`: for each tenure the resolver names,
 * the holder's official term within the tenure's years (a year-granular
 * range of the date slot, so undated articles are never in one). */
static void add_span(void *ectx, const char *official, int from, int to)
{
    auto *spans = static_cast<std::vector<std::pair<std::string, std::pair<int, int>>> *>(ectx);
    spans->emplace_back(official, std::make_pair(from, to));
}

static Xapian::Query role_query(const fa_db *db, const fa_search *s, const std::string &typed,
                                std::string &error)
{
    if (!db->tagged) {
        error = untagged_msg(FA_FACET_OFFICIAL);
        return Xapian::Query::MatchNothing;
    }
    if (!s->role_resolve) {
        error = FA_FIELD_ROLE ": needs the gazetteer's posts (no role resolver)";
        return Xapian::Query::MatchNothing;
    }
    std::vector<std::pair<std::string, std::pair<int, int>>> spans;
    char msg[1024] = "";
    if (s->role_resolve(s->resolve_ctx, typed.c_str(), add_span, &spans, msg, sizeof msg) < 0) {
        error = msg;
        return Xapian::Query::MatchNothing;
    }
    std::vector<Xapian::Query> alts;
    for (const auto &sp : spans) {
        char lo[16], hi[16];
        snprintf(lo, sizeof lo, "%04d0000", sp.second.first);
        snprintf(hi, sizeof hi, "%04d9999", sp.second.second);
        alts.emplace_back(Xapian::Query::OP_FILTER,
                          Xapian::Query(std::string(fa_facet_table[FA_FACET_OFFICIAL].prefix) + sp.first),
                          Xapian::Query(Xapian::Query::OP_VALUE_RANGE, FA_SLOT_DATE, lo, hi));
    }
    if (alts.empty())
        return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, alts.begin(), alts.end());
}

class RoleField : public Xapian::FieldProcessor {
    const fa_db *db;
    const fa_search *s;
  public:
    std::string error;   /* the first role the resolver refused */
    RoleField(const fa_db *db_, const fa_search *s_) : db(db_), s(s_) {}
    Xapian::Query operator()(const std::string &typed) override
    {
        std::string e;
        Xapian::Query q = role_query(db, s, typed, e);
        if (!e.empty() && error.empty())
            error = e;   /* thrown after parsing, as FacetField's */
        return q;
    }
};

extern "C" int fa_db_has_facet(fa_db *db, int facet, const char *value)
{
    assert(db && value && facet >= 0 && facet < FA_NFACETS);
    db->err[0] = '\0';
    try {
        for (int attempt = 0;; attempt++) {
            try {
                return db->db.term_exists(std::string(fa_facet_table[facet].prefix) + value) ? 1 : 0;
            } catch (const Xapian::DatabaseModifiedError &) {
                if (!fa__retry_modified(attempt))   /* reopen and ask again, as fa_db_search */
                    throw;
                int rc = fa_db_reopen(db);
                if (rc < 0)
                    return rc;
            }
        }
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" int fa_db_facet_each(fa_db *db, int facet,
                                int (*fn)(void *ctx, const char *value), void *ctx)
{
    assert(db && fn && facet >= 0 && facet < FA_NFACETS);
    db->err[0] = '\0';
    const std::string prefix = fa_facet_table[facet].prefix;
    std::vector<std::string> values;
    try {
        for (int attempt = 0;; attempt++) {
            try {
                /* read whole before fn sees any, so that a reopen after a
                 * writer's change starts again cleanly */
                values.clear();
                for (auto it = db->db.allterms_begin(prefix); it != db->db.allterms_end(prefix);
                     ++it)
                    values.push_back((*it).substr(prefix.size()));
                break;
            } catch (const Xapian::DatabaseModifiedError &) {
                if (!fa__retry_modified(attempt))
                    throw;
                int rc = fa_db_reopen(db);
                if (rc < 0)
                    return rc;
            }
        }
    } catch (...) {
        return fa__fail(db);
    }
    for (const std::string &v : values)
        if (int r = fn(ctx, v.c_str()))
            return r;
    return FA_OK;
}

/* How deep the query nests parentheses (outside quoted phrases). Checked
 * before parsing: a tree thousands deep is a crash waiting in Xapian's
 * matcher and in the recursive destructor of the query itself. */
static size_t paren_depth(const char *q)
{
    size_t depth = 0, max = 0;
    bool quoted = false;
    for (; *q; q++) {
        if (*q == '"')
            quoted = !quoted;
        else if (!quoted && *q == '(' && ++depth > max)
            max = depth;
        else if (!quoted && *q == ')' && depth)
            depth--;
    }
    return max;
}

/* Fields a query may name before a colon, in the order the error lists
 * them. Xapian's parser takes an unknown "speaker:Arce" as the words
 * "speaker" and "arce", and "country:" with nothing after it as the
 * word "country": both are silent wrong answers, so they are refused. */
static std::vector<std::string> query_fields()
{
    std::vector<std::string> f = {FA_FIELD_TITLE, FA_FIELD_SOURCE, FA_FIELD_DATE};
    for (int k = 0; k < FA_NFACETS; k++)
        f.push_back(fa_facet_table[k].field);
    f.push_back(FA_FIELD_ROLE);
    f.push_back(FA_FIELD_ID);
    return f;
}

/* "field.a:, field.b:" for the stored fields of 'db'. */
static std::string stored_list(const fa_db *db)
{
    std::string list;
    for (const std::string &f : db->fields)
        list += (list.empty() ? "" : ", ") + std::string(FA_FIELD_STORED ".") + f + ":";
    return list;
}

static bool at_token_start(const char *q, const char *p)
{
    return p == q || strchr(" \t\n(", p[-1]) ||
           (strchr("+-", p[-1]) && (p - 1 == q || strchr(" \t\n(", p[-2])));
}

static void check_fields(const char *q, const fa_db *db)
{
    std::vector<std::string> known = query_fields();
    bool quoted = false;
    for (const char *p = q; *p; p++) {
        if (*p == '"') {
            quoted = !quoted;
            continue;
        }
        /* A field starts a token: after a blank, '(' or a leading +/-. */
        bool start = at_token_start(q, p);
        if (!quoted && start && *p == '=' && p[1] && !strchr(" \t\n)", p[1]) && !db->exact)
            throw Xapian::QueryParserError("=word and =\"exact phrase\" need an index built with "
                                           "fa-index --exact-words (this one was not)");
        if (quoted || !isalpha((unsigned char)*p) || !start)
            continue;
        const char *e = p;
        while (isalnum((unsigned char)*e) || *e == '_')
            e++;
        std::string name(p, (size_t)(e - p));
        if (name == FA_FIELD_STORED && *e == '.') {
            const char *n = e + 1, *ne = n;
            while (isalnum((unsigned char)*ne) || *ne == '_')
                ne++;
            if (*ne == ':') {
                std::string stored(n, (size_t)(ne - n));
                if (std::find(db->fields.begin(), db->fields.end(), stored) == db->fields.end())
                    throw Xapian::QueryParserError(
                        "unknown field '" FA_FIELD_STORED "." + stored + ":'; " +
                        (db->fields.empty() ? std::string("this index has no stored fields "
                                                          "(fa-index --field NAME makes one filterable)")
                                            : "this index's stored fields are " + stored_list(db)));
                if (ne[1] == '\0' || strchr(" \t\n)", ne[1]))
                    throw Xapian::QueryParserError("field '" FA_FIELD_STORED "." + stored + ":' has no value");
                p = ne;
                continue;
            }
        }
        if (*e != ':') {
            p = e - 1;
            continue;
        }
        bool empty = e[1] == '\0' || strchr(" \t\n)", e[1]);
        bool is_known = std::find(known.begin(), known.end(), name) != known.end();
        if (is_known && empty)
            throw Xapian::QueryParserError("field '" + name + ":' has no value");
        if (!is_known && !empty) {
            std::string list;
            for (const std::string &k : known)
                list += (list.empty() ? "" : ", ") + k + ":";
            if (!db->fields.empty())
                list += ", " + stored_list(db);
            throw Xapian::QueryParserError("unknown field '" + name + ":'; the fields are " + list);
        }
        p = e;
    }
}

/* The forms Xapian's parser has no syntax for, rewritten into fields of
 * our own that users cannot type (check_fields refuses them): `=word`
 * becomes `fa_exact:word`, `="a b"` becomes `fa_exactp:K` with the
 * phrase kept as phrases[K] (a field processor of Xapian 1.4 is never
 * handed a quoted phrase of a free-text field), and `field.NAME:`
 * becomes `fa_field_NAME:` ('.' cannot be part of a field name). */
#define EXACT_FIELD   "fa_exact"
#define EXACTP_FIELD  "fa_exactp"
#define STORED_FIELD  "fa_field_"

struct Rewritten {
    std::string q;
    std::vector<std::string> phrases;
};

static Rewritten rewrite(const char *q)
{
    Rewritten r;
    bool quoted = false;
    for (const char *p = q; *p;) {
        if (!quoted && at_token_start(q, p)) {
            if (p[0] == '=' && p[1] == '"') {
                const char *end = strchr(p + 2, '"');
                size_t n = end ? (size_t)(end - p - 2) : strlen(p + 2);
                r.phrases.emplace_back(p + 2, n);
                r.q += EXACTP_FIELD ":" + std::to_string(r.phrases.size() - 1);
                p += 2 + n + (end ? 1 : 0);
                continue;
            }
            if (p[0] == '=' && p[1] && !strchr(" \t\n)\"", p[1])) {
                r.q += EXACT_FIELD ":";
                p++;
                continue;
            }
            if (strncmp(p, FA_FIELD_STORED ".", strlen(FA_FIELD_STORED) + 1) == 0) {
                const char *n = p + strlen(FA_FIELD_STORED) + 1, *ne = n;
                while (isalnum((unsigned char)*ne) || *ne == '_')
                    ne++;
                if (*ne == ':' && ne > n) {
                    r.q += STORED_FIELD + std::string(n, (size_t)(ne - n));
                    p = ne;
                    continue;
                }
            }
        }
        if (*p == '"')
            quoted = !quoted;
        r.q += *p++;
    }
    return r;
}

/* The query as the user would write it again, for "did you mean". */
static std::string unrewrite(const std::string &q, const Rewritten &r)
{
    std::string out;
    for (size_t i = 0; i < q.size();) {
        if (q.compare(i, strlen(EXACTP_FIELD ":"), EXACTP_FIELD ":") == 0) {
            size_t j = i + strlen(EXACTP_FIELD ":"), k = 0;
            while (j < q.size() && isdigit((unsigned char)q[j]))
                k = k * 10 + (size_t)(q[j++] - '0');
            out += "=\"" + (k < r.phrases.size() ? r.phrases[k] : std::string()) + "\"";
            i = j;
        } else if (q.compare(i, strlen(EXACT_FIELD ":"), EXACT_FIELD ":") == 0) {
            out += "=";
            i += strlen(EXACT_FIELD ":");
        } else if (q.compare(i, strlen(STORED_FIELD), STORED_FIELD) == 0) {
            out += FA_FIELD_STORED ".";
            i += strlen(STORED_FIELD);
        } else {
            out += q[i++];
        }
    }
    return out;
}

/* Words as written (=word, ="a b"): tokenised by a term generator that
 * folds as the index's exact terms were folded, so that the query's
 * words are cut exactly as the text's were; several words make a phrase. */
static Xapian::Query exact_query(fa_db *db, const std::string &text)
{
    Xapian::Document d;
    Xapian::TermGenerator tg;
    tg.set_stemmer(db->foldstem);
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);
    tg.set_document(d);
    tg.index_text(text, 1, FA_PREFIX_EXACT);
    std::vector<std::pair<Xapian::termpos, std::string>> at;
    for (Xapian::TermIterator t = d.termlist_begin(); t != d.termlist_end(); ++t)
        for (Xapian::PositionIterator p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
            at.emplace_back(*p, *t);
    std::sort(at.begin(), at.end());
    if (at.empty())
        return Xapian::Query::MatchNothing;
    if (at.size() == 1)
        return Xapian::Query(at[0].second);
    std::vector<Xapian::Query> words;
    for (const auto &w : at)
        words.emplace_back(w.second);
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), (Xapian::termcount)words.size());
}

class ExactField : public Xapian::FieldProcessor {
    fa_db *db;
    const std::vector<std::string> *phrases;   /* NULL: the value is the text */
  public:
    ExactField(fa_db *db_, const std::vector<std::string> *p) : db(db_), phrases(p) {}
    Xapian::Query operator()(const std::string &v) override
    {
        if (!phrases)
            return exact_query(db, v);
        size_t k = (size_t)strtoul(v.c_str(), NULL, 10);
        return k < phrases->size() ? exact_query(db, (*phrases)[k]) : Xapian::Query::MatchNothing;
    }
};

/* field.NAME:value: the value case-folded, as the indexer stored it. */
class StoredField : public Xapian::FieldProcessor {
    std::string name;
  public:
    explicit StoredField(const std::string &n) : name(n) {}
    Xapian::Query operator()(const std::string &v) override
    {
        return Xapian::Query(std::string(FA_PREFIX_FIELD) + name + ":" + fa__casefold(v));
    }
};

/* Whether some plain word of 'q' is in no article: only then is a
 * spelling suggestion worth its look-ups. */
static bool has_missing_word(const Xapian::Database &d, const Xapian::Query &q)
{
    std::vector<Xapian::Query> todo{q};
    while (!todo.empty()) {
        Xapian::Query x = todo.back();
        todo.pop_back();
        size_t k = x.get_num_subqueries();
        if (x.get_type() == Xapian::Query::LEAF_TERM) {
            Xapian::TermIterator t = x.get_unique_terms_begin();
            if (t != x.get_unique_terms_end()) {
                std::string term = *t;
                if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z') && d.get_termfreq(term) == 0)
                    return true;
            }
        }
        for (size_t i = 0; i < k; i++)
            todo.push_back(x.get_subquery(i));
    }
    return false;
}

static std::string folded(const std::string &s)
{
    std::string f = fa__casefold(s), out;
    return fa__latin_fold(f, out) ? out : f;
}

/* A query of nothing but -excluded parts ("-kashmir", "-a -\"b c\"")
 * means "everything but": Xapian's parser, with no term to love, takes
 * the hated ones as plain terms, the opposite set. Returns the query
 * with each leading '-' dropped and the parts joined by OR, to be
 * subtracted from every article; "" when the query is not of that form. */
static std::string pure_hate(const char *q)
{
    std::vector<std::string> parts;
    size_t depth = 0;
    bool quoted = false;
    for (const char *p = q; *p; p++) {
        bool blank = *p == ' ' || *p == '\t' || *p == '\n';
        bool top = !quoted && depth == 0;
        if (top && blank)
            continue;
        if (top && (p == q || strchr(" \t\n", p[-1]))) {
            /* a new top-level part: it must be "-" and something */
            if (*p != '-' || !p[1] || strchr(" \t\n", p[1]))
                return "";
            parts.emplace_back();
            continue;   /* the '-' itself is dropped */
        }
        if (*p == '"')
            quoted = !quoted;
        else if (!quoted && *p == '(')
            depth++;
        else if (!quoted && *p == ')' && depth)
            depth--;
        parts.back() += *p;
    }
    std::string positive;
    for (const std::string &part : parts)
        positive += (positive.empty() ? "" : " OR ") + part;
    return positive;
}

/* Leaves of the parsed query: terms, and also date ranges and the like,
 * which Query::get_length() counts as nothing. Walked with a stack of our
 * own, since a tree may be as deep as it has terms. */
static size_t query_leaves(const Xapian::Query &q)
{
    std::vector<Xapian::Query> todo{q};
    size_t n = 0;
    while (!todo.empty()) {
        Xapian::Query x = todo.back();
        todo.pop_back();
        size_t k = x.get_num_subqueries();
        if (k == 0)
            n++;
        for (size_t i = 0; i < k; i++)
            todo.push_back(x.get_subquery(i));
    }
    return n;
}

/* OP_AND_MAYBE(q, FA_ABOUT_BOOST on the matches about a filtered value):
 * the weight comes from a fixed-weight source filtered by the about terms,
 * since boolean terms themselves carry no weight. */
static Xapian::Query about_boost(const Xapian::Query &q, const std::vector<std::string> &values)
{
    std::vector<Xapian::Query> terms;
    for (const std::string &v : values)
        terms.emplace_back(std::string(fa_facet_table[FA_FACET_ABOUT].prefix) + v);
    Xapian::PostingSource *fixed = (new Xapian::FixedWeightPostingSource(FA_ABOUT_BOOST))->release();
    Xapian::Query boost(Xapian::Query::OP_FILTER, Xapian::Query(fixed),
                        Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, boost);
}

Xapian::Query fa__query_build(fa_db *db, const fa_search *s, std::string *suggestion, bool *boosted)
{
    /* Never Xapian::Query::MatchAll: it is one static object whose
     * reference count is not atomic, so copies of it made by two server
     * threads at once corrupt it (query.h says so; the load test crashed
     * on it). Query(std::string()) is the same query, built here. */
    Xapian::Query q = Xapian::Query(std::string());
    std::vector<std::string> filtered;
    if (boosted)
        *boosted = false;
    if (s->query && *s->query) {
        Xapian::QueryParser qp;
        DateRange dates;
        std::vector<std::unique_ptr<FacetField>> fields;
        std::vector<std::unique_ptr<StoredField>> stored;
        qp.set_database(db->db);   /* for wildcard expansion */
        qp.set_stemmer(db->stem);
        qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);  /* as the TermGenerator */
        qp.set_default_op(s->any ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
        qp.add_prefix(FA_FIELD_TITLE, FA_PREFIX_TITLE);
        qp.add_prefix(FA_FIELD_SOURCE, FA_PREFIX_SOURCE);
        qp.add_boolean_prefix(FA_FIELD_ID, FA_PREFIX_ID);
        for (int f = 0; f < FA_NFACETS; f++) {
            fields.emplace_back(new FacetField(f, s, db->tagged, db->about, &filtered));
            qp.add_boolean_prefix(fa_facet_table[f].field, fields.back().get());
        }
        RoleField roles(db, s);
        qp.add_boolean_prefix(FA_FIELD_ROLE, &roles);
        for (const std::string &f : db->fields) {
            stored.emplace_back(new StoredField(f));
            qp.add_boolean_prefix(STORED_FIELD + f, stored.back().get());
        }
        qp.add_rangeprocessor(&dates);
        DateField date_field(&dates);
        qp.add_boolean_prefix(FA_FIELD_DATE, &date_field);
        unsigned flags = Xapian::QueryParser::FLAG_DEFAULT |
                         Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
        size_t depth = paren_depth(s->query);
        if (depth > FA_MAX_QUERY_DEPTH)
            throw Xapian::QueryParserError("the query nests parentheses " + std::to_string(depth) +
                                           " deep, more than the limit of " +
                                           std::to_string(FA_MAX_QUERY_DEPTH));
        check_fields(s->query, db);
        Rewritten rw = rewrite(s->query);
        ExactField exact_word(db, NULL), exact_phrase(db, &rw.phrases);
        qp.add_prefix(EXACT_FIELD, &exact_word);
        qp.add_prefix(EXACTP_FIELD, &exact_phrase);
        std::string hated = pure_hate(rw.q.c_str());
        if (!hated.empty()) {
            q = Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(std::string()),
                              qp.parse_query(hated, flags));
        } else {
            q = qp.parse_query(rw.q, flags);
            /* "did you mean": Xapian's corrections from the spelling
             * data, asked for only when a word is in no article. A
             * correction that only adds accents or capitals is none. */
            if (suggestion && db->spelling && dates.error.empty() && has_missing_word(db->db, q)) {
                try {
                    qp.parse_query(rw.q, flags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
                    std::string c = qp.get_corrected_query_string();
                    if (suggestion && !c.empty() && folded(unrewrite(c, rw)) != folded(s->query))
                        *suggestion = unrewrite(c, rw);
                } catch (const Xapian::DatabaseModifiedError &) {
                    throw;
                } catch (const Xapian::Error &) {
                    /* a remote shard that cannot read spelling data: none */
                }
            }
        }
        size_t nterms = std::max<size_t>(q.get_length(), query_leaves(q));
        if (s->max_terms && nterms > s->max_terms)
            throw Xapian::QueryParserError("the query has " + std::to_string(nterms) +
                                           " terms, more than the limit of " +
                                           std::to_string(s->max_terms) + " (--max-query-terms)");
        if (!dates.error.empty())
            throw Xapian::QueryParserError(dates.error);
        for (const auto &ff : fields)
            if (!ff->error.empty())
                throw Xapian::QueryParserError(ff->error);
        if (!roles.error.empty())
            throw Xapian::QueryParserError(roles.error);
        if (q.empty())   /* only stopwords or punctuation: nothing to match */
            q = Xapian::Query::MatchNothing;
    }
    for (int f = 0; f < FA_NFACETS; f++) {
        if (!s->nfilter[f])
            continue;
        if (!db->tagged)
            throw Xapian::QueryParserError(untagged_msg(f));
        if (f == FA_FACET_ABOUT && !db->about)
            throw Xapian::QueryParserError(no_about_msg());
        std::vector<Xapian::Query> alts;
        for (size_t i = 0; i < s->nfilter[f]; i++) {
            alts.emplace_back(std::string(fa_facet_table[f].prefix) + s->filter[f][i]);
            filtered.push_back(s->filter[f][i]);
        }
        /* OP_FILTER: restricts the matches, leaves the weights alone. */
        q = Xapian::Query(Xapian::Query::OP_FILTER, q,
                          Xapian::Query(Xapian::Query::OP_OR, alts.begin(), alts.end()));
    }
    /* --role: the holders of any of the roles, as a filter. */
    if (s->nroles) {
        std::vector<Xapian::Query> alts;
        for (size_t i = 0; i < s->nroles; i++) {
            std::string error;
            alts.push_back(role_query(db, s, s->roles[i], error));
            if (!error.empty())
                throw Xapian::QueryParserError(error);
        }
        q = Xapian::Query(Xapian::Query::OP_FILTER, q,
                          Xapian::Query(Xapian::Query::OP_OR, alts.begin(), alts.end()));
    }
    /* --from/--to: appending `date:A..B` to the text would not do, since
     * the parser ORs a range into a top-level OR and a parenthesised
     * pure exclusion matches nothing; a filter on the whole query does. */
    const char *from = s->date_from ? s->date_from : "", *to = s->date_to ? s->date_to : "";
    if (*from || *to) {
        DateRange dates;
        Xapian::Query range = dates(from, to);
        if (!dates.error.empty())
            throw Xapian::QueryParserError(dates.error);
        q = Xapian::Query(Xapian::Query::OP_FILTER, q, range);
    }
    if (s->similar) {
        if (!db->copies)
            throw Xapian::QueryParserError(no_copies_msg("--similar"));
        bool found = false;
        std::string key = fa__copy_group_of(db->db, s->similar, &found);
        if (!found)
            throw Xapian::QueryParserError(std::string("--similar: no article has the id '") + s->similar + "'");
        /* An article without text is in no group: it is its own. */
        Xapian::Query members(key.empty() ? std::string(FA_PREFIX_ID) + s->similar
                                          : std::string(FA_PREFIX_GROUP) + key);
        q = Xapian::Query(Xapian::Query::OP_FILTER, q, members);
    }
    /* A filter on an entity: the articles about it first (FA_ABOUT_BOOST).
     * Values filtered on under NOT boost too, harmlessly: no match holds
     * them. An index without about values has no about terms to boost. */
    if (!filtered.empty() && db->about) {
        q = about_boost(q, filtered);
        if (boosted)
            *boosted = true;
    }
    return q;
}

/* Whether matching 'q' reads positions: a phrase or NEAR anywhere in it. */
static bool positional(const Xapian::Query &q)
{
    Xapian::Query::op type = q.get_type();
    if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR)
        return true;
    for (size_t i = 0; i < q.get_num_subqueries(); i++)
        if (positional(q.get_subquery(i)))
            return true;
    return false;
}

static bool boolean_term(const std::string &t)
{
    if (t.compare(0, strlen(FA_PREFIX_ID), FA_PREFIX_ID) == 0 ||
        t.compare(0, strlen(FA_PREFIX_FILE), FA_PREFIX_FILE) == 0 ||
        t.compare(0, strlen(FA_PREFIX_FIELD), FA_PREFIX_FIELD) == 0)
        return true;
    for (int f = 0; f < FA_NFACETS; f++)
        if (t.compare(0, strlen(fa_facet_table[f].prefix), fa_facet_table[f].prefix) == 0)
            return true;
    return false;
}

/* Whether any part of 'q' gives a match a weight: a text term, phrase or
 * wildcard that is not only subtracted (AND_NOT) or only a filter. A
 * query of filters alone (country:PAK, date:1995, -kashmir) weighs every
 * match the same, and would come out in index order. */
static bool weighted(const Xapian::Query &q)
{
    std::vector<Xapian::Query> todo{q};
    while (!todo.empty()) {
        Xapian::Query x = todo.back();
        todo.pop_back();
        int op = x.get_type();
        size_t k = x.get_num_subqueries();
        if (op == Xapian::Query::LEAF_TERM) {
            Xapian::TermIterator t = x.get_unique_terms_begin();
            if (t != x.get_unique_terms_end() && !boolean_term(*t))
                return true;
            continue;
        }
        if (op == Xapian::Query::OP_WILDCARD)
            return true;
        if (op == Xapian::Query::OP_AND_NOT || op == Xapian::Query::OP_FILTER)
            k = k ? 1 : 0;   /* only the left side weighs */
        for (size_t i = 0; i < k; i++)
            todo.push_back(x.get_subquery(i));
    }
    return false;
}

/* The bucket of a stored date ("YYYYMMDD", "00" for an unknown month or
 * day) in histogram 'kind'. */
static std::string bucket_of(const std::string &date, int kind)
{
    if (kind == FA_HIST_DECADE)
        return date.substr(0, 3) + "0s";
    if (kind == FA_HIST_MONTH && date.compare(4, 2, "00") != 0)
        return date.substr(0, 4) + "-" + date.substr(4, 2);
    return date.substr(0, 4);
}

/* The bucket after 'b' in histogram 'kind' ("1995" -> "1996", "1995-12"
 * -> "1996-01", "1990s" -> "2000s"); a year-only bucket of a month
 * histogram is followed by that year's January. */
static std::string bucket_next(const std::string &b, int kind)
{
    int y = atoi(b.substr(0, 4).c_str());
    char buf[48];
    if (kind == FA_HIST_DECADE)
        snprintf(buf, sizeof buf, "%04ds", y + 10);
    else if (kind == FA_HIST_MONTH && b.size() == 4)
        snprintf(buf, sizeof buf, "%04d-01", y);
    else if (kind == FA_HIST_MONTH) {
        int m = atoi(b.substr(5, 2).c_str());
        if (m >= 12)
            snprintf(buf, sizeof buf, "%04d", y + 1);   /* the next year's year-only bucket */
        else
            snprintf(buf, sizeof buf, "%04d-%02d", y, m + 1);
    } else
        snprintf(buf, sizeof buf, "%04d", y + 1);
    return buf;
}

/* The histogram from the matches' counts by stored date ("YYYYMMDD"). */
static void histogram_of(fa_hits *h, const std::vector<std::pair<std::string, unsigned long>> &dates, int kind)
{
    std::map<std::string, unsigned long> by;
    unsigned long dated = 0;
    for (const auto &d : dates) {
        if (d.first.size() != 8)
            continue;   /* never stored so; counted as undated */
        by[bucket_of(d.first, kind)] += d.second;
        dated += d.second;
    }
    h->undated = h->total > dated ? h->total - dated : 0;
    if (by.empty())
        return;
    /* Every bucket from the first to the last, so that gaps show as 0.
     * Labels sort in time order ("1995" < "1995-01" < "1995-02"). */
    const std::string last = by.rbegin()->first;
    for (std::string b = by.begin()->first; b <= last; b = bucket_next(b, kind)) {
        auto it = by.find(b);
        if (it == by.end() && kind == FA_HIST_MONTH && b.size() == 4)
            continue;   /* a year-only bucket is shown when it holds some */
        h->histogram.emplace_back(b, it == by.end() ? 0 : it->second);
    }
}

/* For each hit of 'm' (in rank order), the sorted words of 'plan' (its
 * solo terms and phrase words) that the article holds. What
 * Enquire::get_matching_terms gives for these words, but read from the
 * words' posting lists, one pass each over the hits in docid order,
 * instead of inflating every hit's whole term list (an 18 KB speech holds
 * some 1,500 terms): half the cost of a page's snippets on UNGDC. Local
 * indexes only; a remote shard's posting list would cross the network
 * whole. */
static std::vector<std::vector<std::string>> plan_words_held(Xapian::Database &xdb, const SnippetPlan &plan,
                                                            const Xapian::MSet &m)
{
    std::vector<std::string> words = plan.solo;
    for (const auto &ph : plan.phrases)
        words.insert(words.end(), ph.begin(), ph.end());
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());

    std::vector<std::pair<Xapian::docid, size_t>> order;
    size_t rank = 0;
    for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it)
        order.emplace_back(*it, rank++);
    std::sort(order.begin(), order.end());

    std::vector<std::vector<std::string>> held(order.size());
    for (const std::string &w : words) {
        Xapian::PostingIterator p = xdb.postlist_begin(w), end = xdb.postlist_end(w);
        for (const auto &o : order) {
            if (p == end)
                break;
            p.skip_to(o.first);
            if (p != end && *p == o.first)
                held[o.second].push_back(w);   /* 'words' is sorted: so is each list */
        }
    }
    return held;
}
/* plan_words_held over remote shards, where a posting list would cross
 * the network whole and a hit's term list (Xapian's matching terms) does:
 * one search per word, run by the servers, for the page's hits holding
 * it (their id terms as a filter). A term list with word pairs is 2.5
 * times longer; a word's search costs the same either way. */
static std::vector<std::vector<std::string>> plan_words_held_remote(Xapian::Database &xdb, const SnippetPlan &plan,
                                                                   const Xapian::MSet &m)
{
    std::vector<std::string> words = plan.solo;
    for (const auto &ph : plan.phrases)
        words.insert(words.end(), ph.begin(), ph.end());
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());

    std::vector<std::vector<std::string>> held(m.size());
    std::map<Xapian::docid, size_t> rank_of;
    std::vector<Xapian::Query> ids;
    std::unique_ptr<fa_article, void (*)(fa_article *)> a(fa_article_new(), fa_article_free);
    if (!a)
        throw std::bad_alloc();
    size_t rank = 0;
    for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it, ++rank) {
        std::string record = it.get_document().get_value(FA_SLOT_RECORD);
        size_t len;
        const char *id;
        if (fa_article_decode(a.get(), record.data(), record.size()) != FA_OK ||
            !(id = fa_article_get(a.get(), FA_F_ID, &len)))
            throw FaError(FA_ERROR, "a hit's stored record cannot be read");
        rank_of[*it] = rank;
        ids.emplace_back(std::string(FA_PREFIX_ID) + std::string(id, len));
    }
    if (ids.empty())
        return held;
    Xapian::Query page(Xapian::Query::OP_OR, ids.begin(), ids.end());
    Xapian::Enquire e(xdb);
    e.set_weighting_scheme(Xapian::BoolWeight());
    for (const std::string &w : words) {
        e.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(w), page));
        Xapian::MSet r = e.get_mset(0, m.size());
        for (Xapian::MSetIterator it = r.begin(); it != r.end(); ++it) {
            auto at = rank_of.find(*it);
            if (at != rank_of.end())
                held[at->second].push_back(w);   /* 'words' is sorted: so is each list */
        }
    }
    return held;
}

/* For each hit of 'm' (in rank order) and each wildcard of 'plan', the
 * pattern's expansions the article holds, in term order, at most
 * FA_SNIPPET_WILDCARD_TERMS: what its term list gives, read from the
 * expansions' posting lists instead, as for words above (a term list is
 * read and inflated whole, pair terms and all). False, and 'out' to be
 * ignored, when a pattern has more than FA_SNIPPET_WILDCARD_SCAN
 * expansions: then the term lists are the cheaper way. */
static bool wildcards_held(Xapian::Database &xdb, const SnippetPlan &plan, const Xapian::MSet &m,
                           std::vector<std::vector<std::vector<std::string>>> &out)
{
    std::vector<std::pair<Xapian::docid, size_t>> order;
    size_t rank = 0;
    for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it)
        order.emplace_back(*it, rank++);
    std::sort(order.begin(), order.end());
    out.assign(order.size(), std::vector<std::vector<std::string>>(plan.wildcards.size()));
    for (size_t w = 0; w < plan.wildcards.size(); w++) {
        const std::string &pat = plan.wildcards[w];
        size_t seen = 0;
        for (Xapian::TermIterator t = xdb.allterms_begin(pat); t != xdb.allterms_end(pat); ++t) {
            if (++seen > FA_SNIPPET_WILDCARD_SCAN)
                return false;
            const std::string term = *t;
            Xapian::PostingIterator p = xdb.postlist_begin(term), end = xdb.postlist_end(term);
            for (const auto &o : order) {
                if (p == end)
                    break;
                p.skip_to(o.first);
                std::vector<std::string> &got = out[o.second][w];
                if (p != end && *p == o.first && got.size() < FA_SNIPPET_WILDCARD_TERMS)
                    got.push_back(term);
            }
        }
    }
    return true;
}

/* The hit a collapsed group shows: its earliest member matching 'query'
 * (undated last, ties by the stored record, so that every shard layout
 * shows the same one), or with FA_PICK_LONGEST its longest such member
 * (the earliest of equals) among the group's 'n' matching members. */
struct Earliest {
    Xapian::Enquire enq;
    Xapian::MSet m;
    Xapian::MSetIterator pick;
    Earliest(Xapian::Database &d, const Xapian::Query &query, const std::string &key,
             Xapian::KeyMaker *order, Xapian::doccount all, Xapian::doccount n, int how)
        : enq(d)
    {
        enq.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                    Xapian::Query(std::string(FA_PREFIX_GROUP) + key)));
        enq.set_sort_by_key(order, false);
        m = enq.get_mset(0, how == FA_PICK_LONGEST ? n : 1, all);
        pick = how == FA_PICK_LONGEST ? fa__copy_longest(m) : m.begin();
    }
};

static void run_search(fa_hits *h, fa_db *db, const fa_search *s)
{
    Xapian::Enquire enq(db->db);
    bool boosted = false;
    Xapian::Query asked = fa__query_build(db, s, &h->suggestion, &boosted);
    /* What is matched: the phrases by their word pairs where every shard
     * has them (the same matches and weights). Snippets highlight what
     * was asked. */
    Xapian::Query query = db->pairs ? fa__pairs_rewrite(asked) : asked;
    enq.set_query(query);
    enq.set_weighting_scheme(Xapian::BM25Weight());
    /* Undated articles sort last either way: their empty value would
     * come first oldest-first, so it stands in as the highest key. */
    Xapian::MultiValueKeyMaker oldest_first;
    oldest_first.add_value(FA_SLOT_DATE, false, "\xff");
    bool by_relevance = false;   /* the order is BM25's alone */
    if (s->sort == FA_SORT_DATE)
        enq.set_sort_by_key_then_relevance(&oldest_first, false);
    else if (s->sort == FA_SORT_DATE_DESC)
        enq.set_sort_by_value_then_relevance(FA_SLOT_DATE, true);
    else if (!weighted(query) && boosted)
        /* Filters only, one of them on an entity: the articles about it
         * first (their weight is the boost alone), each part newest first. */
        enq.set_sort_by_relevance_then_value(FA_SLOT_DATE, true);
    else if (!weighted(query))
        /* Every article weighs the same (the empty query, filters only):
         * newest first says more than the order they were indexed in. */
        enq.set_sort_by_value_then_relevance(FA_SLOT_DATE, true);
    else
        by_relevance = true;
    /* The spies that count every match (facets, dates, fields, groups). */
    std::vector<Xapian::MatchSpy *> counters;

    std::unique_ptr<Xapian::ValueCountMatchSpy> vspy[FA_NFACETS];
    std::unique_ptr<FacetSpy> spy;
    /* Our own spies cannot run on a remote shard. Remember values by
     * docid only on one index (over several, a spy sees each shard's own
     * docids) and only while docids are dense enough that one word per
     * docid is a fair price. */
    const bool local_memo = !db->remote;
    const Xapian::docid last_docid = db->db.get_lastdocid();
    const bool remember_docids = db->shards.size() <= 1 &&
                                 last_docid <= 8 * (Xapian::docid)db->db.get_doccount() + 65536;
    if (s->facets) {
        if (!db->facets)
            db->facets.reset(new FacetMemo());
        db->facets->start();
        if (!local_memo) {
            for (int f = 0; f < FA_NFACETS; f++)
                vspy[f].reset(new Xapian::ValueCountMatchSpy(fa_facet_table[f].slot));
            for (auto &sp : vspy)
                counters.push_back(sp.get());
        } else {
            spy.reset(new FacetSpy(db->facets.get(), remember_docids, last_docid));
            counters.push_back(spy.get());
        }
    }
    /* Histograms and stored-field counts are Xapian's own value counter
     * over one slot (also on remote shards): the date slot, whose values
     * are bucketed afterwards, and each field's slot. */
    std::unique_ptr<Xapian::ValueCountMatchSpy> hspy;
    std::unique_ptr<DateSpy> dspy;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> fspy;
    if (s->histogram != FA_HIST_NONE && local_memo) {
        /* Ours where it can run (as for facets): dates remembered by
         * docid, a few array reads per match instead of a value read and
         * a string map insert. */
        if (!db->facets)
            db->facets.reset(new FacetMemo());
        db->facets->start_dates();
        dspy.reset(new DateSpy(db->facets.get(), remember_docids, last_docid));
        counters.push_back(dspy.get());
    } else if (s->histogram != FA_HIST_NONE) {
        hspy.reset(new Xapian::ValueCountMatchSpy(FA_SLOT_DATE));
        counters.push_back(hspy.get());
    }
    for (size_t k = 0; k < s->nfield_facets; k++) {
        auto at = std::find(db->fields.begin(), db->fields.end(), s->field_facets[k]);
        if (at == db->fields.end())
            throw FaError(FA_EQUERY, "--facet " + std::string(s->field_facets[k]) + ": " +
                          (db->fields.empty() ? std::string("this index has no stored fields "
                                                            "(fa-index --field NAME makes one countable)")
                                              : "not a stored field of this index; it has " +
                                                stored_list(db)));
        fspy.emplace_back(new Xapian::ValueCountMatchSpy(FA_SLOT_FIELD0 + (Xapian::valueno)(at - db->fields.begin())));
        counters.push_back(fspy.back().get());
        h->ffacet_name.push_back(*at);
    }
    /* Collapsed: Xapian's bounds on the number of groups need not meet
     * (a match the matcher rules out of the page is counted without its
     * key being read), so the groups are counted by a value counter over
     * the key slot, which sees every match: each key's matching members,
     * and the matches without a key (no text: a group each). */
    std::unique_ptr<Xapian::ValueCountMatchSpy> gspy;
    Xapian::MultiValueKeyMaker earliest;
    if (s->collapse) {
        if (!db->copies)
            throw FaError(FA_EQUERY, no_copies_msg("--collapse"));
        enq.set_collapse_key(FA_SLOT_GROUP);
        earliest.add_value(FA_SLOT_DATE, false, "\xff");
        earliest.add_value(FA_SLOT_RECORD);
        gspy.reset(new Xapian::ValueCountMatchSpy(FA_SLOT_GROUP));
        counters.push_back(gspy.get());
    }
    bool spies = !counters.empty();
    /* check_at_least = every document: the matcher then visits every match,
     * so the total is exact and the spies see all of them. */
    Xapian::doccount all = db->db.get_doccount();
    bool exact = spies || !s->estimate || s->collapse;   /* groups are counted */
    Xapian::MSet m;
    /* Counting every match with BM25 weights costs twice what counting
     * without them does (peace: 3.8 ms against 1.8 ms for its 10,755
     * matches). So where BM25 alone orders the page, the page comes from
     * a search that stops early, and the spies and the total from a
     * second one under BoolWeight. Not for phrases and NEAR: both passes
     * would read positions, which is most of their cost. Not for groups
     * (their count needs the page's collapse) nor remote shards. */
    const bool two_pass = spies && by_relevance && !s->collapse && !db->remote && !positional(query);
    Xapian::Enquire counting(db->db);
    for (Xapian::MatchSpy *sp : counters)
        (two_pass ? counting : enq).add_matchspy(sp);
    Xapian::doccount counted = 0;
    /* A lone term (or every document) has a known number of matches: the
     * matcher's bounds then agree without the visit, which costs up to
     * seven times the top 10 for a common word. Anything else, or bounds
     * that do not agree after all, takes the full visit. */
    Xapian::Query::op type = query.get_type();
    if (two_pass) {
        counting.set_query(query);
        counting.set_weighting_scheme(Xapian::BoolWeight());
        Xapian::MSet c = counting.get_mset(0, 0, all);
        assert(c.get_matches_lower_bound() == c.get_matches_upper_bound());
        counted = c.get_matches_estimated();
        m = enq.get_mset(s->offset, s->limit);
    } else if (exact && !spies && !s->collapse && (type == Xapian::Query::LEAF_TERM || type == Xapian::Query::LEAF_MATCH_ALL)) {
        m = enq.get_mset(s->offset, s->limit, Xapian::doccount(0));
        if (m.get_matches_lower_bound() != m.get_matches_upper_bound())
            m = enq.get_mset(s->offset, s->limit, all);
    } else {
        m = enq.get_mset(s->offset, s->limit, exact ? all : 0);
    }
    std::map<std::string, Xapian::doccount> members;   /* collapsed: by key */
    if (gspy) {
        Xapian::doccount keyed = 0;
        for (Xapian::TermIterator t = gspy->values_begin(); t != gspy->values_end(); ++t) {
            members[*t] = t.get_termfreq();
            keyed += t.get_termfreq();
        }
        h->total_articles = gspy->get_total();
        h->total = members.size() + (h->total_articles - keyed);
    } else {
        h->total = h->total_articles = two_pass ? counted : m.get_matches_estimated();
        assert(two_pass || !exact || m.get_matches_lower_bound() == m.get_matches_upper_bound());
    }

    SnippetPlan plan, hints;
    bool prefilter = fa__suffix_stemmer(db->language);
    if (s->snippets) {
        plan = fa__snippet_plan(asked);
        for (size_t i = 0; i < s->nsnippet_hints; i++)
            fa__snippet_hint(&hints, s->snippet_hints[i], db->stem);
    }
    std::vector<std::vector<std::string>> held;
    std::vector<std::vector<std::vector<std::string>>> wild;
    bool have_wild = false;
    if (s->snippets && !db->remote) {
        held = plan_words_held(db->db, plan, m);
        have_wild = !plan.wildcards.empty() && wildcards_held(db->db, plan, m, wild);
    } else if (s->snippets && plan.wildcards.empty()) {
        /* (A wildcard's expansions come from each hit's term list.) */
        held = plan_words_held_remote(db->db, plan, m);
    }
    const bool have_held = s->snippets && (!db->remote || plan.wildcards.empty());
    size_t rank = 0;
    for (Xapian::MSetIterator hit = m.begin(); hit != m.end(); ++hit, ++rank) {
        Xapian::MSetIterator it = hit;
        Xapian::Enquire *from = &enq;
        std::unique_ptr<Earliest> first;
        unsigned long similar = 0;
        auto group = gspy ? members.find(hit.get_collapse_key()) : members.end();
        if (group != members.end() && group->second > 1) {
            similar = group->second - 1;
            first.reset(new Earliest(db->db, query, hit.get_collapse_key(), &earliest, all,
                                     group->second, s->collapse_pick));
            if (!first->m.empty()) {
                it = first->pick;
                from = &first->enq;
            }
        }
        h->similar.push_back(similar);
        Xapian::Document doc = it.get_document();
        h->score.push_back(hit.get_weight());
        h->record.push_back(doc.get_value(FA_SLOT_RECORD));
        for (int f = 0; f < FA_NFACETS; f++)
            h->fvalues[f].push_back(doc.get_value(fa_facet_table[f].slot));
        std::string snip;
        if (s->snippets) {
            std::vector<std::string> matching;
            if (!have_held || from != &enq) {
                /* A remote shard and a wildcard, or a collapsed group's
                 * earliest member (not a hit of 'm'): Xapian's own
                 * matching terms. */
                matching.assign(from->get_matching_terms_begin(it), from->get_matching_terms_end(it));
                std::sort(matching.begin(), matching.end());
            } else {
                matching.swap(held[rank]);
            }
            SnippetPlan mine = fa__snippet_plan_for(plan, matching, doc,
                                                    have_wild && from == &enq ? &wild[rank] : nullptr);
            if (mine.solo.empty() && mine.phrases.empty())
                mine = hints;   /* nothing of the text matched: the caller's names */
            snip = fa__make_snippet(fa__text_of(db, *it, doc.get_data(), h->record.back(),
                                                FA_SNIPPET_SCAN_BYTES),
                                    s->snippet_len, db->stem, db->foldstem, mine, prefilter, fa__snippet_memo(db));
        }
        h->snippet.push_back(snip);
    }
    if (s->facets) {
        for (int f = 0; f < FA_NFACETS; f++) {
            if (vspy[f])
                for (Xapian::TermIterator t = vspy[f]->values_begin(); t != vspy[f]->values_end(); ++t) {
                    const std::string set = *t;
                    db->facets->add_set(f, set.data(), set.size(), t.get_termfreq());
                }
            h->facet_distinct[f] = db->facets->take_results(
                f, s->facet_match && *s->facet_match ? 0 : fa_search_facet_limit(s, f), h->facet[f]);
        }
    }
    if (hspy || dspy) {
        std::vector<std::pair<std::string, unsigned long>> dates;
        if (dspy)
            db->facets->take_dates(dates);
        else
            for (Xapian::TermIterator t = hspy->values_begin(); t != hspy->values_end(); ++t)
                dates.emplace_back(*t, t.get_termfreq());
        histogram_of(h, dates, s->histogram);
    }
    for (const auto &sp : fspy) {
        std::vector<std::pair<std::string, unsigned long>> v;
        for (Xapian::TermIterator t = sp->values_begin(); t != sp->values_end(); ++t)
            v.emplace_back(*t, t.get_termfreq());
        auto before = [](const std::pair<std::string, unsigned long> &x, const std::pair<std::string, unsigned long> &y) {
            return x.second != y.second ? x.second > y.second : x.first < y.first;
        };
        if (s->facet_limit && s->facet_limit < v.size()) {
            std::partial_sort(v.begin(), v.begin() + (std::ptrdiff_t)s->facet_limit, v.end(), before);
            v.resize(s->facet_limit);
        } else {
            std::sort(v.begin(), v.end(), before);
        }
        h->ffacet.push_back(std::move(v));
    }
}

extern "C" int fa_db_search(fa_hits **out, fa_db *db, const fa_search *s)
{
    assert(out && db && s);
    *out = NULL;
    db->err[0] = '\0';
    try {
        std::unique_ptr<fa_hits> h;
        /* A writer's commit can invalidate what a reader has open: reopen
         * at the latest commit and run the whole search again, so every
         * answer comes from one consistent state. */
        for (int attempt = 0;; attempt++) {
            try {
                h.reset(new fa_hits());
                run_search(h.get(), db, s);
                break;
            } catch (const Xapian::DatabaseModifiedError &) {
                if (!fa__retry_modified(attempt))
                    throw;
                int rc = fa_db_reopen(db);
                if (rc < 0)
                    return rc;
            }
        }
        *out = h.release();
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" void fa_hits_free(fa_hits *h)
{
    delete h;
}

extern "C" unsigned long fa_hits_total(const fa_hits *h) { return h->total; }
extern "C" unsigned long fa_hits_total_articles(const fa_hits *h) { return h->total_articles; }
extern "C" unsigned long fa_hits_similar(const fa_hits *h, size_t i)
{
    return i < h->similar.size() ? h->similar[i] : 0;
}
extern "C" size_t fa_hits_size(const fa_hits *h) { return h->record.size(); }
extern "C" double fa_hits_score(const fa_hits *h, size_t i)
{
    assert(i < h->score.size());
    return h->score[i];
}

extern "C" const char *fa_hits_record(const fa_hits *h, size_t i, size_t *len)
{
    assert(i < h->record.size());
    *len = h->record[i].size();
    return h->record[i].data();
}

extern "C" const char *fa_hits_snippet(const fa_hits *h, size_t i)
{
    assert(i < h->snippet.size());
    return h->snippet[i].c_str();
}

extern "C" const char *fa_hits_facet_values(const fa_hits *h, size_t i, int facet)
{
    assert(facet >= 0 && facet < FA_NFACETS && i < h->fvalues[facet].size());
    return h->fvalues[facet][i].c_str();
}

extern "C" const char *fa_hits_suggestion(const fa_hits *h) { return h->suggestion.c_str(); }
extern "C" size_t fa_hits_nhistogram(const fa_hits *h) { return h->histogram.size(); }
extern "C" const char *fa_hits_histogram(const fa_hits *h, size_t i, unsigned long *count)
{
    assert(i < h->histogram.size());
    if (count)
        *count = h->histogram[i].second;
    return h->histogram[i].first.c_str();
}
extern "C" unsigned long fa_hits_undated(const fa_hits *h) { return h->undated; }
extern "C" size_t fa_hits_nfield_facets(const fa_hits *h) { return h->ffacet_name.size(); }
extern "C" const char *fa_hits_field_facet_name(const fa_hits *h, size_t k)
{
    assert(k < h->ffacet_name.size());
    return h->ffacet_name[k].c_str();
}
extern "C" size_t fa_hits_nfield_values(const fa_hits *h, size_t k)
{
    assert(k < h->ffacet.size());
    return h->ffacet[k].size();
}
extern "C" const char *fa_hits_field_value(const fa_hits *h, size_t k, size_t i, unsigned long *count)
{
    assert(k < h->ffacet.size() && i < h->ffacet[k].size());
    if (count)
        *count = h->ffacet[k][i].second;
    return h->ffacet[k][i].first.c_str();
}

extern "C" int fa_db_list(fa_db *db, int what, int (*fn)(void *ctx, const char *value, unsigned long count),
                          void *ctx)
{
    assert(db && fn && what >= FA_LIST_COUNTRIES && what <= FA_LIST_FIELDS);
    db->err[0] = '\0';
    try {
        for (int attempt = 0;; attempt++) {
            try {
                if (what == FA_LIST_FIELDS) {
                    /* Articles with the field: its slot's value count. */
                    for (size_t i = 0; i < db->fields.size(); i++)
                        if (fn(ctx, db->fields[i].c_str(), db->db.get_value_freq(FA_SLOT_FIELD0 + (Xapian::valueno)i)))
                            break;
                    return FA_OK;
                }
                const std::string prefix = fa_facet_table[what == FA_LIST_COUNTRIES ? FA_FACET_COUNTRY
                                                                                    : FA_FACET_OFFICIAL].prefix;
                /* Collected first: a callback's stop must not leave a
                 * half-walked iterator, and a retry starts over. */
                std::vector<std::pair<std::string, unsigned long>> v;
                for (Xapian::TermIterator t = db->db.allterms_begin(prefix); t != db->db.allterms_end(prefix); ++t)
                    v.emplace_back((*t).substr(prefix.size()), t.get_termfreq());
                for (const auto &x : v)
                    if (fn(ctx, x.first.c_str(), x.second))
                        break;
                return FA_OK;
            } catch (const Xapian::DatabaseModifiedError &) {
                if (!fa__retry_modified(attempt))
                    throw;
                int rc = fa_db_reopen(db);
                if (rc < 0)
                    return rc;
            }
        }
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" size_t fa_hits_nfacet(const fa_hits *h, int facet)
{
    assert(facet >= 0 && facet < FA_NFACETS);
    return h->facet[facet].size();
}

extern "C" size_t fa_hits_facet_distinct(const fa_hits *h, int facet)
{
    assert(facet >= 0 && facet < FA_NFACETS);
    return h->facet_distinct[facet];
}

extern "C" const char *fa_hits_facet(const fa_hits *h, int facet, size_t i,
                                     unsigned long *count)
{
    assert(facet >= 0 && facet < FA_NFACETS && i < h->facet[facet].size());
    if (count)
        *count = h->facet[facet][i].second;
    return h->facet[facet][i].first.c_str();
}
