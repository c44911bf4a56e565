/* fa_xap.cc - the C++ side of fa_xap.h: the only file that includes
 * <xapian.h>. It turns articles into Xapian documents, user queries into
 * Xapian queries, and Xapian results into plain C data.
 *
 * No exception leaves this file: every extern "C" entry point catches
 * everything and classifies it with fail() into a status code plus message.
 */
#include "fa_xap.h"
#include "fa_error.h"
#include "fa_fields.h"

#include <xapian.h>
#include <sys/stat.h>
#include <libstemmer.h>

#include <algorithm>
#include <cctype>
#include <cassert>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

/* ---------------------------------------------------------------- stemmer */

/* Snowball stemmers from libstemmer, plugged into Xapian so that the term
 * generator, the query parser and the snippet generator all stem alike.
 * One instance per handle: an sb_stemmer is not safe to share between
 * threads. */
class SnowballStem : public Xapian::StemImplementation {
    struct sb_stemmer *st;
    std::string lang;
    /* A direct-mapped cache of word -> stem. Word frequencies are Zipfian,
     * so a small table that fits in the CPU cache answers nearly every
     * lookup, with no allocation and one probe; a word that collides with
     * another simply replaces it. Words and stems longer than SLOT bytes
     * bypass it. (A hash map of every word seen spent 8% of indexing time
     * on cache misses.) */
    static const size_t SLOTS = 1 << 14, SLOT = 31;
    struct Entry {
        unsigned char wlen, slen;   /* wlen 0: empty */
        char word[SLOT];
        char stem[SLOT];
    };
    std::vector<Entry> cache;
  public:
    explicit SnowballStem(const std::string &language)
        : st(sb_stemmer_new(language.c_str(), "UTF_8")), lang(language), cache(SLOTS)
    {
        if (!st)
            throw Xapian::InvalidArgumentError("unknown stemming language");
    }
    ~SnowballStem() override { sb_stemmer_delete(st); }
    std::string operator()(const std::string &word) override
    {
        Entry *e = NULL;
        if (word.size() <= SLOT) {
            e = &cache[fa_hash(word.data(), word.size()) & (SLOTS - 1)];
            if (e->wlen == word.size() && memcmp(e->word, word.data(), word.size()) == 0)
                return std::string(e->stem, e->slen);
        }
        const sb_symbol *r = sb_stemmer_stem(
            st, reinterpret_cast<const sb_symbol *>(word.data()), (int)word.size());
        if (!r)
            throw std::bad_alloc();
        size_t n = (size_t)sb_stemmer_length(st);
        if (e && n <= SLOT && word.size() > 0) {
            e->wlen = (unsigned char)word.size();
            memcpy(e->word, word.data(), word.size());
            e->slen = (unsigned char)n;
            memcpy(e->stem, r, n);
        }
        return std::string(reinterpret_cast<const char *>(r), n);
    }
    std::string get_description() const override { return "libstemmer:" + lang; }
};

static bool language_known(const std::string &lang)
{
    for (const char **l = sb_stemmer_list(); *l; l++)
        if (lang == *l)
            return true;
    return false;
}

static std::string language_list()
{
    std::string s;
    for (const char **l = sb_stemmer_list(); *l; l++) {
        if (!s.empty())
            s += ", ";
        s += *l;
    }
    return s;
}

/* -------------------------------------------------------------- handles */

struct fa_db {
    int mode;
    bool remote = false;                 /* some shard is served over TCP     */
    std::string path;
    std::string language;
    Xapian::Database db;                 /* the reader (or the writer's view) */
    std::vector<Xapian::Database> shards; /* a reader's parts, for metadata  */
    Xapian::WritableDatabase wdb;        /* valid only when mode == WRITE     */
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

static void copy_msg(char *buf, size_t len, const std::string &msg)
{
    if (!buf || !len)
        return;
    snprintf(buf, len, "%s", msg.c_str());
    /* Messages are one line: Xapian's sometimes are not. */
    for (char *p = buf; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
}

/* Classify the live exception into a status code and message.
 * Call only from inside a catch block. */
static int classify(char *buf, size_t len)
{
    try {
        throw;
    } catch (const Xapian::QueryParserError &e) {
        copy_msg(buf, len, "query does not parse: " + e.get_msg());
        return FA_EQUERY;
    } catch (const Xapian::DatabaseNotFoundError &e) {
        copy_msg(buf, len, "no index found: " + e.get_msg());
        return FA_ENOTFOUND;
    } catch (const Xapian::DatabaseLockError &e) {
        copy_msg(buf, len, "index is locked by another writer (" + e.get_msg() + ")");
        return FA_ELOCKED;
    } catch (const Xapian::DatabaseVersionError &e) {
        copy_msg(buf, len, "index format not supported: " + e.get_msg());
        return FA_EVERSION;
    } catch (const Xapian::DatabaseModifiedError &e) {
        copy_msg(buf, len, "index changed while reading: " + e.get_msg());
        return FA_EMODIFIED;
    } catch (const Xapian::NetworkError &e) {
        copy_msg(buf, len, "cannot reach a remote shard: " + e.get_msg());
        return FA_ENOTFOUND;
    } catch (const Xapian::DatabaseOpeningError &e) {
        copy_msg(buf, len, "cannot open index: " + e.get_msg());
        return FA_ENOTFOUND;
    } catch (const Xapian::Error &e) {
        copy_msg(buf, len, e.get_type() + std::string(": ") + e.get_msg());
        return FA_ERROR;
    } catch (const std::bad_alloc &) {
        copy_msg(buf, len, "out of memory");
        return FA_ENOMEM;
    } catch (...) {
        copy_msg(buf, len, "unexpected C++ exception");
        return FA_ERROR;
    }
}

static int fail(fa_db *db)
{
    return classify(db->err, sizeof db->err);
}

static int set_err(fa_db *db, int code, const std::string &msg)
{
    copy_msg(db->err, sizeof db->err, msg);
    return code;
}

/* ---------------------------------------------------------------- open */

extern "C" const char **fa_stem_languages(void)
{
    return sb_stemmer_list();
}

static void setup_stemmer(fa_db *db)
{
    db->stem = Xapian::Stem(new SnowballStem(db->language));
    db->tg.set_stemmer(db->stem);
    db->tg.set_stemming_strategy(getenv("FA_STEM_SOME") ? Xapian::TermGenerator::STEM_SOME : Xapian::TermGenerator::STEM_ALL);
}

/* Open one shard for reading: a local index, a stub database file (Xapian
 * reads those itself), or "tcp://host:port" for an index served by
 * xapian-tcpsrv. *remote is set when the shard, or a part a stub file
 * lists, is served over the network. */
static Xapian::Database open_shard(const std::string &path, bool *remote,
                                   std::vector<Xapian::Database> *parts);

/* The parts a stub database file lists ("auto PATH", "glass PATH",
 * "remote HOST:PORT"), opened one by one: Xapian 1.4 has no way to list
 * the parts of a combined database, and reading metadata needs them. */
static void stub_parts(const std::string &stub, FILE *f, bool *remote,
                       std::vector<Xapian::Database> *parts)
{
    std::string dir = stub.find('/') == std::string::npos ? "." : stub.substr(0, stub.rfind('/'));
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        std::string l(line);
        while (!l.empty() && (l.back() == '\n' || l.back() == '\r' || l.back() == ' '))
            l.pop_back();
        size_t sp = l.find(' ');
        if (sp == std::string::npos)
            continue;
        std::string kind = l.substr(0, sp), arg = l.substr(sp + 1);
        if (kind == "remote" && !arg.empty() && arg[0] != ':') {
            *remote = true;
            parts->push_back(open_shard("tcp://" + arg, remote, NULL));
        } else if (kind == "remote") {
            *remote = true;   /* a program as the server: not ours to start */
        } else if (kind == "auto" || kind == "glass") {
            parts->push_back(open_shard(arg[0] == '/' ? arg : dir + "/" + arg, remote, NULL));
        }
    }
}

static Xapian::Database open_shard(const std::string &path, bool *remote,
                                   std::vector<Xapian::Database> *parts)
{
    if (path.compare(0, 6, "tcp://") == 0) {
        std::string hostport = path.substr(6);
        size_t colon = hostport.rfind(':');
        char *end = NULL;
        unsigned long port = colon == std::string::npos ? 0
                           : strtoul(hostport.c_str() + colon + 1, &end, 10);
        if (colon == std::string::npos || colon == 0 || !end || *end || port == 0 || port > 65535)
            throw Xapian::DatabaseOpeningError("'" + path + "' is not tcp://HOST:PORT");
        *remote = true;
        /* 10 s to connect and for each answer: a dead shard is an error,
         * not a hang. */
        Xapian::Database d = Xapian::Remote::open(hostport.substr(0, colon), (unsigned)port, 10000, 10000);
        if (parts)
            parts->push_back(d);
        return d;
    }
    Xapian::Database d(path);
    struct stat st;
    FILE *f = stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? fopen(path.c_str(), "r") : NULL;
    if (f) {
        std::vector<Xapian::Database> listed;
        try {
            stub_parts(path, f, remote, &listed);
        } catch (...) {
            fclose(f);
            throw;
        }
        fclose(f);
        if (parts)
            parts->insert(parts->end(), listed.begin(), listed.end());
    } else if (parts) {
        parts->push_back(d);
    }
    return d;
}

/* The schema and language of one shard, checked like a whole index. */
static int check_shard(const Xapian::Database &d, const std::string &path,
                       std::string *language, char *errbuf, size_t errlen)
{
    std::string schema = d.get_metadata(FA_META_SCHEMA);
    if (schema != FA_SCHEMA_VERSION) {
        copy_msg(errbuf, errlen, path + ": " +
                     (schema.empty() ? std::string("not an fa index") : "built by fa schema " + schema) +
                     "; this fa reads schema " FA_SCHEMA_VERSION ": rebuild it with fa-index");
        return FA_EVERSION;
    }
    std::string lang = d.get_metadata(FA_META_LANGUAGE);
    if (!language->empty() && lang != *language) {
        copy_msg(errbuf, errlen, path + ": index language '" + lang +
                     "' differs from the other shards' '" + *language + "'");
        return FA_EVERSION;
    }
    *language = lang;
    return FA_OK;
}

extern "C" int fa_db_add(fa_db *db, const char *path, char *errbuf, size_t errlen)
{
    assert(db && path && db->mode == FA_DB_READ);
    if (errbuf && errlen)
        errbuf[0] = '\0';
    try {
        bool remote = false;
        std::vector<Xapian::Database> parts;
        Xapian::Database shard = open_shard(path, &remote, &parts);
        int rc = check_shard(shard, path, &db->language, errbuf, errlen);
        if (rc < 0)
            return rc;
        db->db.add_database(shard);
        db->shards.insert(db->shards.end(), parts.begin(), parts.end());
        db->remote = db->remote || remote;
        return FA_OK;
    } catch (...) {
        return classify(errbuf, errlen);
    }
}

extern "C" int fa_db_open(fa_db **out, const char *path, int mode,
                          const char *language, char *errbuf, size_t errlen)
{
    assert(out && path);
    *out = NULL;
    if (errbuf && errlen)
        errbuf[0] = '\0';
    try {
        std::unique_ptr<fa_db> db(new fa_db());
        db->mode = mode;
        db->path = path;
        db->err[0] = '\0';
        if (language && !language_known(language)) {
            copy_msg(errbuf, errlen, std::string("unknown language '") + language +
                                         "'; valid: " + language_list());
            return FA_EINVAL;
        }
        if (mode == FA_DB_BULK) {
            db->wdb = Xapian::WritableDatabase(path, Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
            db->db = db->wdb;
        } else if (mode == FA_DB_WRITE) {
            db->wdb = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
            db->db = db->wdb;
        } else {
            db->db = open_shard(path, &db->remote, &db->shards);
        }
        std::string schema = db->db.get_metadata(FA_META_SCHEMA);
        std::string stored = db->db.get_metadata(FA_META_LANGUAGE);
        if (schema.empty() && mode != FA_DB_READ && db->db.get_doccount() == 0) {
            /* A new index: record what it is built with. */
            db->language = language ? language : "english";
            db->wdb.set_metadata(FA_META_SCHEMA, FA_SCHEMA_VERSION);
            db->wdb.set_metadata(FA_META_LANGUAGE, db->language);
        } else if (schema != FA_SCHEMA_VERSION) {
            copy_msg(errbuf, errlen,
                     std::string(path) + ": " +
                         (schema.empty() ? std::string("not an fa index")
                                         : "built by fa schema " + schema) +
                         "; this fa reads schema " FA_SCHEMA_VERSION
                         ": rebuild it with fa-index");
            return FA_EVERSION;
        } else {
            db->language = stored;
            if (mode != FA_DB_READ && language && db->language != language) {
                copy_msg(errbuf, errlen,
                         std::string(path) + ": index was built with language '" +
                             db->language + "', not '" + language + "'");
                return FA_EINVAL;
            }
            if (!language_known(db->language)) {
                copy_msg(errbuf, errlen, std::string(path) + ": index language '" +
                                             db->language + "' is unknown to this libstemmer");
                return FA_EVERSION;
            }
        }
        setup_stemmer(db.get());
        *out = db.release();
        return FA_OK;
    } catch (...) {
        return classify(errbuf, errlen);
    }
}

extern "C" int fa_db_close(fa_db *db)
{
    int rc = FA_OK;
    if (!db)
        return FA_OK;
    try {
        if (db->mode != FA_DB_READ)
            db->wdb.commit();
        db->db.close();
    } catch (...) {
        rc = fail(db);
    }
    delete db;
    return rc;
}

extern "C" const char *fa_db_errmsg(const fa_db *db)
{
    return db->err;
}

extern "C" const char *fa_db_language(const fa_db *db)
{
    return db->language.c_str();
}

extern "C" int fa_db_doccount(const fa_db *db, unsigned long *out)
{
    fa_db *m = const_cast<fa_db *>(db);
    m->err[0] = '\0';
    try {
        *out = db->db.get_doccount();
        return FA_OK;
    } catch (...) {
        return fail(m);
    }
}

/* --------------------------------------------------------------- write */

static std::string join_values(const char *const *v, size_t n)
{
    std::string s;
    for (size_t i = 0; i < n; i++) {
        if (i)
            s += '\t';
        s += v[i];
    }
    return s;
}

/* Content hash of an article as stored: record bytes, facet values and
 * input file. Tagging is included, so a better gazetteer re-tags unchanged
 * text; the file is, so an article that moved is recorded where it is. */
static std::string content_hash(const std::string &rec, const std::string &countries,
                                const std::string &officials, const char *file)
{
    /* The record delimits itself (length-prefixed fields) and '\xff' never
     * occurs in UTF-8 names or paths, so the parts cannot run together. */
    std::string all = rec + '\xff' + countries + '\xff' + officials + '\xff' + (file ? file : "");
    unsigned long long h = fa_hash(all.data(), all.size());
    char buf[17];
    snprintf(buf, sizeof buf, "%016llx", (unsigned long long)h);
    return buf;
}

extern "C" int fa_db_put_from(fa_db *db, const fa_article *a, const fa_facets *f,
                              const char *file, int *outcome)
{
    assert(db && a && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        size_t idlen = 0, len = 0;
        const char *id = fa_article_get(a, FA_F_ID, &idlen);
        if (!id || idlen == 0)
            return set_err(db, FA_EINVAL, "article has no id");
        /* Xapian terms are limited to 245 bytes; leave room for the prefix. */
        if (idlen > 200)
            return set_err(db, FA_EINVAL, "article id longer than 200 bytes");
        std::string idterm = std::string(FA_PREFIX_ID) + std::string(id, idlen);

        char *rec = NULL;
        size_t reclen = 0, textlen = 0;
        if (fa_article_encode_without(&rec, &reclen, a, FA_F_TEXT) < 0)
            throw std::bad_alloc();
        std::string record(rec, reclen);
        free(rec);
        const char *text = fa_article_get(a, FA_F_TEXT, &textlen);
        std::string body = text ? std::string(text, textlen) : std::string();
        std::string countries, officials;
        if (f) {
            countries = join_values(f->countries, f->ncountries);
            officials = join_values(f->officials, f->nofficials);
        }
        std::string hash = content_hash(record + '\0' + body, countries, officials, file);

        Xapian::PostingIterator old = db->wdb.postlist_begin(idterm);
        if (old != db->wdb.postlist_end(idterm)) {
            if (db->wdb.get_document(*old).get_value(FA_SLOT_HASH) == hash) {
                if (outcome)
                    *outcome = FA_PUT_UNCHANGED;
                return FA_OK;
            }
        }
        if (outcome)
            *outcome = old != db->wdb.postlist_end(idterm) ? FA_PUT_REPLACED : FA_PUT_ADDED;

        Xapian::Document doc;
        db->tg.set_document(doc);
        const char *s;
        if ((s = fa_article_get(a, FA_F_TITLE, &len)) && len) {
            /* Title words count FA_TITLE_WEIGHT times a body word, and
             * are also indexed under their own prefix for `title:`. */
            db->tg.index_text(std::string(s, len), FA_TITLE_WEIGHT);
            db->tg.increase_termpos(100);
            db->tg.index_text(std::string(s, len), 1, FA_PREFIX_TITLE);
            db->tg.increase_termpos(100);
        }
        if (!body.empty())
            db->tg.index_text(body);
        if ((s = fa_article_get(a, FA_F_SOURCE, &len)) && len) {
            /* With positions, so that source:"associated press" works. */
            db->tg.increase_termpos(100);
            db->tg.index_text(std::string(s, len), 1, FA_PREFIX_SOURCE);
        }

        char date[9];
        if ((s = fa_article_get(a, FA_F_DATE, &len)) && fa_date_normalize(date, s, len) == FA_OK)
            doc.add_value(FA_SLOT_DATE, date);
        if (f) {
            for (size_t i = 0; i < f->ncountries; i++)
                doc.add_boolean_term(std::string(FA_PREFIX_COUNTRY) + f->countries[i]);
            for (size_t i = 0; i < f->nofficials; i++)
                doc.add_boolean_term(std::string(FA_PREFIX_OFFICIAL) + f->officials[i]);
            /* The whole sorted set in one slot, so that Xapian's built-in
             * ValueCountMatchSpy can count it (also on a remote shard);
             * the searcher splits the sets and sums per value. */
            if (f->ncountries)
                doc.add_value(FA_SLOT_COUNTRIES, countries);
            if (f->nofficials)
                doc.add_value(FA_SLOT_OFFICIALS, officials);
        }
        if (file && strlen(file) <= 230)
            doc.add_boolean_term(std::string(FA_PREFIX_FILE) + file);
        doc.add_value(FA_SLOT_HASH, hash);
        doc.add_value(FA_SLOT_RECORD, record);
        doc.set_data(body);

        /* One document per article: its unique id term makes re-indexing
         * replace, never add. */
        doc.add_boolean_term(idterm);
        db->wdb.replace_document(idterm, doc);
        return FA_OK;
    } catch (...) {
        return fail(db);
    }
}

extern "C" int fa_db_put(fa_db *db, const fa_article *a, const fa_facets *f, int *outcome)
{
    return fa_db_put_from(db, a, f, NULL, outcome);
}

extern "C" int fa_db_delete(fa_db *db, const char *id, int *found)
{
    assert(db && id && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        std::string idterm = std::string(FA_PREFIX_ID) + id;
        bool there = db->wdb.term_exists(idterm);
        if (there)
            db->wdb.delete_document(idterm);
        if (found)
            *found = there;
        return FA_OK;
    } catch (...) {
        return fail(db);
    }
}

extern "C" int fa_db_prune(fa_db *db, const char *dir,
                           int (*fn)(void *ctx, const char *path), void *ctx,
                           unsigned long *deleted)
{
    assert(db && dir && fn && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    *deleted = 0;
    try {
        std::string prefix = std::string(FA_PREFIX_FILE) + dir;
        if (prefix.back() != '/')
            prefix += '/';
        std::vector<std::string> gone;
        for (Xapian::TermIterator t = db->wdb.allterms_begin(prefix);
             t != db->wdb.allterms_end(prefix); ++t) {
            std::string term = *t;
            if (fn(ctx, term.c_str() + strlen(FA_PREFIX_FILE)))
                gone.push_back(term);
        }
        /* Delete after the walk: deleting changes what it walks. */
        for (const std::string &term : gone) {
            *deleted += db->wdb.get_termfreq(term);
            db->wdb.delete_document(term);
        }
        return FA_OK;
    } catch (...) {
        return fail(db);
    }
}

extern "C" int fa_db_commit(fa_db *db)
{
    assert(db && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        db->wdb.commit();
        return FA_OK;
    } catch (...) {
        return fail(db);
    }
}

extern "C" int fa_db_set_meta(fa_db *db, const char *key, const char *value)
{
    assert(db && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        db->wdb.set_metadata(key, value);
        return FA_OK;
    } catch (...) {
        return fail(db);
    }
}

extern "C" int fa_db_get_meta(char **out, fa_db *db, const char *key)
{
    *out = NULL;
    db->err[0] = '\0';
    try {
        std::string v = db->db.get_metadata(key);
        /* A search over shards sees the first shard's metadata only. */
        for (size_t i = 1; v.empty() && i < db->shards.size(); i++)
            v = db->shards[i].get_metadata(key);
        if (v.empty())
            return FA_OK;
        if (!(*out = strdup(v.c_str())))
            throw std::bad_alloc();
        return FA_OK;
    } catch (...) {
        return fail(db);
    }
}

extern "C" int fa_db_compact(const char *out, const char *const *inputs, size_t n,
                             char *errbuf, size_t errlen)
{
    if (errbuf && errlen)
        errbuf[0] = '\0';
    try {
        Xapian::Database all;
        for (size_t i = 0; i < n; i++)
            all.add_database(Xapian::Database(inputs[i]));
        /* FULL packs blocks tightly but leaves the index updatable. */
        all.compact(out, Xapian::Compactor::FULL);
        return FA_OK;
    } catch (...) {
        return classify(errbuf, errlen);
    }
}

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

static const char *facet_prefix(int facet)
{
    return facet == FA_FACET_COUNTRY ? FA_PREFIX_COUNTRY : FA_PREFIX_OFFICIAL;
}

/* `country:pakistan`, `official:"Antony Blinken"`: the caller's resolver
 * turns what was typed into the canonical value, so aliases work in the
 * query language exactly as they do in --country and --official. */
class FacetField : public Xapian::FieldProcessor {
    int facet;
    const fa_search *s;
  public:
    std::string error;   /* the first value the resolver refused */
    FacetField(int facet_, const fa_search *s_) : facet(facet_), s(s_) {}
    Xapian::Query operator()(const std::string &typed) override
    {
        const char *value = typed.c_str();
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
        return Xapian::Query(std::string(facet_prefix(facet)) + value);
    }
};

extern "C" int fa_db_has_facet(fa_db *db, int facet, const char *value)
{
    assert(db && value && facet >= 0 && facet < FA_NFACETS);
    db->err[0] = '\0';
    try {
        return db->db.term_exists(std::string(facet_prefix(facet)) + value) ? 1 : 0;
    } catch (...) {
        return fail(db);
    }
}

static Xapian::Query build_query(fa_db *db, const fa_search *s)
{
    Xapian::Query q = Xapian::Query::MatchAll;
    if (s->query && *s->query) {
        Xapian::QueryParser qp;
        DateRange dates;
        FacetField countries(FA_FACET_COUNTRY, s), officials(FA_FACET_OFFICIAL, s);
        qp.set_database(db->db);   /* for wildcard expansion */
        qp.set_stemmer(db->stem);
        qp.set_stemming_strategy(getenv("FA_STEM_SOME") ? Xapian::QueryParser::STEM_SOME : Xapian::QueryParser::STEM_ALL);
        qp.set_default_op(s->any ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
        qp.add_prefix(FA_FIELD_TITLE, FA_PREFIX_TITLE);
        qp.add_prefix(FA_FIELD_SOURCE, FA_PREFIX_SOURCE);
        qp.add_boolean_prefix(FA_FIELD_COUNTRY, &countries);
        qp.add_boolean_prefix(FA_FIELD_OFFICIAL, &officials);
        qp.add_rangeprocessor(&dates);
        unsigned flags = Xapian::QueryParser::FLAG_DEFAULT |
                         Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
        q = qp.parse_query(s->query, flags);
        if (!dates.error.empty())
            throw Xapian::QueryParserError(dates.error);
        if (!countries.error.empty())
            throw Xapian::QueryParserError(countries.error);
        if (!officials.error.empty())
            throw Xapian::QueryParserError(officials.error);
        if (q.empty())   /* only stopwords or punctuation: nothing to match */
            q = Xapian::Query::MatchNothing;
    }
    for (int f = 0; f < FA_NFACETS; f++) {
        if (!s->nfilter[f])
            continue;
        std::vector<Xapian::Query> alts;
        for (size_t i = 0; i < s->nfilter[f]; i++)
            alts.emplace_back(std::string(facet_prefix(f)) + s->filter[f][i]);
        /* OP_FILTER: restricts the matches, leaves the weights alone. */
        q = Xapian::Query(Xapian::Query::OP_FILTER, q,
                          Xapian::Query(Xapian::Query::OP_OR, alts.begin(), alts.end()));
    }
    return q;
}

/* Counts of facet values, fed with whole '\t'-separated sets. Country
 * codes (three capital letters) go straight to an array slot; any other
 * value goes to an open-addressing table over a string pool, so counting
 * allocates nothing per document. */
class FacetCounter {
    static const size_t NCODES = 26 * 26 * 26;
    std::vector<unsigned long> codes;
    struct Entry {
        uint64_t hash;
        size_t off, len;
        unsigned long count;
    };
    std::vector<Entry> table;   /* size a power of two; len 0 = empty */
    std::string pool;
    size_t used = 0;

    static uint64_t hash_of(const char *p, size_t n)
    {
        return fa_hash(p, n);
    }
    void grow()
    {
        std::vector<Entry> old(table.size() ? table.size() * 2 : 256, Entry{0, 0, 0, 0});
        old.swap(table);
        for (const Entry &e : old)
            if (e.len)
                place(e);
    }
    void place(const Entry &e)
    {
        size_t mask = table.size() - 1;
        for (size_t i = e.hash & mask;; i = (i + 1) & mask)
            if (!table[i].len) {
                table[i] = e;
                return;
            }
    }
    void add_other(const char *p, size_t n, unsigned long k)
    {
        if ((used + 1) * 2 > table.size())
            grow();
        uint64_t h = hash_of(p, n);
        size_t mask = table.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            Entry &e = table[i];
            if (!e.len) {
                e = Entry{h, pool.size(), n, k};
                pool.append(p, n);
                used++;
                return;
            }
            if (e.hash == h && e.len == n && memcmp(pool.data() + e.off, p, n) == 0) {
                e.count += k;
                return;
            }
        }
    }
  public:
    FacetCounter() : codes(NCODES, 0) {}
    void add_set(const char *p, size_t n, unsigned long k)
    {
        const char *end = p + n;
        while (p < end) {
            const char *t = static_cast<const char *>(memchr(p, '\t', (size_t)(end - p)));
            size_t len = (size_t)((t ? t : end) - p);
            if (len == 3 && isupper((unsigned char)p[0]) && isupper((unsigned char)p[1]) &&
                isupper((unsigned char)p[2]))
                codes[(size_t)(p[0] - 'A') * 676 + (size_t)(p[1] - 'A') * 26 + (size_t)(p[2] - 'A')] += k;
            else if (len)
                add_other(p, len, k);
            p += len + 1;
        }
    }
    void results(std::vector<std::pair<std::string, unsigned long>> &out) const
    {
        for (size_t i = 0; i < NCODES; i++)
            if (codes[i]) {
                char c[3] = {(char)('A' + i / 676), (char)('A' + i / 26 % 26), (char)('A' + i % 26)};
                out.emplace_back(std::string(c, 3), codes[i]);
            }
        for (const Entry &e : table)
            if (e.len)
                out.emplace_back(pool.substr(e.off, e.len), e.count);
    }
};

/* Counting facet values over every match: each document's slot holds its
 * whole sorted set of values. This spy is ours, so Xapian's remote server
 * cannot run it; searches that involve remote shards use Xapian's
 * ValueCountMatchSpy, which counts whole sets, split afterwards: slower,
 * same result. */
class FacetSpy : public Xapian::MatchSpy {
  public:
    FacetCounter counts[FA_NFACETS];
    void operator()(const Xapian::Document &doc, double) override
    {
        for (int f = 0; f < FA_NFACETS; f++) {
            const std::string v = doc.get_value(f == FA_FACET_COUNTRY ? FA_SLOT_COUNTRIES : FA_SLOT_OFFICIALS);
            counts[f].add_set(v.data(), v.size(), 1);
        }
    }
};

/* ------------------------------------------------------------- snippets */

/* Xapian's MSet::snippet() recognises a query term in the text only as the
 * word itself or as "Z" + its stem: it assumes STEM_SOME. Our index holds
 * bare stems (STEM_ALL), so "climate change" (terms climat, chang) would
 * never be highlighted. So we build snippets ourselves: one pass over the
 * words of the text, each stemmed (through the cached stemmer) and looked
 * up among the query's stems; then the window of 'len' bytes holding the
 * most distinct query terms (then the most matches) is cut at word
 * boundaries, HTML-escaped, with each matched word inside <b>...</b>. */

struct Word {
    size_t begin, end;   /* bytes of the word in the text */
    int term;            /* index of the query term it matches, or -1 */
};

static bool word_char(unsigned ch)
{
    if (ch < 128)
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
               (ch >= '0' && ch <= '9') || ch == '_';
    return Xapian::Unicode::is_wordchar(ch);
}

static void append_escaped(std::string &out, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (p[i]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:  out += p[i]; break;
        }
    }
}

/* The stems a snippet should show: the query's text terms, with the title
 * prefix taken off; boolean terms (ids, facets, files) do not appear in
 * the text. */
static std::vector<std::string> snippet_terms(const Xapian::Query &q)
{
    std::vector<std::string> terms;
    for (Xapian::TermIterator t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t) {
        std::string term = *t;
        if (term.empty())
            continue;
        if (term.compare(0, strlen(FA_PREFIX_TITLE), FA_PREFIX_TITLE) == 0 &&
            term.size() > strlen(FA_PREFIX_TITLE) &&
            !isupper((unsigned char)term[strlen(FA_PREFIX_TITLE)]))
            term.erase(0, strlen(FA_PREFIX_TITLE));
        if (isupper((unsigned char)term[0]))
            continue;   /* another prefix: not words of the text */
        terms.push_back(term);
    }
    return terms;
}

/* Languages whose Snowball stemmers only remove or change endings, so a
 * stem starts with the same byte as its (lower-cased) word: for them a
 * word whose first byte starts no query term need not be stemmed. */
static bool suffix_stemmer(const std::string &lang)
{
    static const char *const langs[] = {
        "english", "porter", "danish", "dutch", "finnish", "french", "german",
        "hungarian", "italian", "norwegian", "portuguese", "romanian",
        "russian", "spanish", "swedish", NULL
    };
    for (const char *const *l = langs; *l; l++)
        if (lang == *l)
            return true;
    return false;
}

static std::string make_snippet(const std::string &text, size_t len, Xapian::Stem &stem,
                                const std::vector<std::string> &terms, bool prefilter)
{
    bool first_byte[256] = {false};
    for (const std::string &t : terms)
        first_byte[(unsigned char)t[0]] = true;

    std::vector<Word> words;
    std::string lower;
    const char *base = text.data();
    const size_t n = text.size();
    size_t i = 0;

    /* Byte by byte with an ASCII fast path; only bytes >= 0x80 are
     * decoded (by Xapian's Utf8Iterator) and classified as Unicode. */
    auto next_char = [&](size_t at, unsigned *ch) -> size_t {
        unsigned char c = (unsigned char)base[at];
        if (c < 0x80) {
            *ch = c;
            return 1;
        }
        Xapian::Utf8Iterator u(base + at, n - at);
        *ch = *u;
        ++u;
        size_t k = (size_t)(u.raw() - (base + at));
        return k ? k : 1;
    };
    while (i < n) {
        unsigned ch;
        size_t k = next_char(i, &ch);
        if (!word_char(ch)) {
            i += k;
            continue;
        }
        Word w;
        w.begin = i;
        lower.clear();
        while (i < n) {
            k = next_char(i, &ch);
            if (word_char(ch)) {
                if (ch < 0x80)
                    lower += (char)tolower((int)ch);
                else
                    Xapian::Unicode::append_utf8(lower, Xapian::Unicode::tolower(ch));
                i += k;
                continue;
            }
            /* Keep "don't", "AT&T" and "U.S." inside one word, as the
             * term generator does. */
            unsigned nx = 0;
            if ((ch == '\'' || ch == 0x2019 || ch == '&' || ch == '.') && i + k < n &&
                (next_char(i + k, &nx), word_char(nx))) {
                if (ch == '&')
                    lower += '&';
                else if (ch != '.')
                    lower += '\'';
                i += k;
                continue;
            }
            break;
        }
        w.end = i;
        w.term = -1;
        if (!terms.empty() && lower.size() <= 64 &&
            (!prefilter || first_byte[(unsigned char)lower[0]])) {
            std::string st = stem(lower);
            for (size_t t = 0; t < terms.size(); t++)
                if (terms[t] == st || terms[t] == lower) {
                    w.term = (int)t;
                    break;
                }
        }
        words.push_back(w);
    }
    if (words.empty())
        return std::string();

    /* Best window start: two pointers over the words, counting matches
     * and distinct terms inside [words[a].begin, words[a].begin + len). */
    size_t best = 0, bestd = 0, bestm = 0;
    std::vector<unsigned> seen(terms.size(), 0);
    size_t distinct = 0, matches = 0, b = 0;
    for (size_t a = 0; a < words.size(); a++) {
        while (b < words.size() && words[b].end - words[a].begin <= len) {
            if (words[b].term >= 0) {
                matches++;
                if (seen[(size_t)words[b].term]++ == 0)
                    distinct++;
            }
            b++;
        }
        if (words[a].term >= 0 && (distinct > bestd || (distinct == bestd && matches > bestm))) {
            best = a;
            bestd = distinct;
            bestm = matches;
        }
        if (b > a && words[a].term >= 0) {
            matches--;
            if (--seen[(size_t)words[a].term] == 0)
                distinct--;
        }
        if (b == a)
            b++;
    }
    /* Start a few words before the first match, for context. */
    size_t first = best;
    for (int back = 0; back < 4 && first > 0 && bestm > 0 &&
                       words[best].begin - words[first - 1].begin < len / 3; back++)
        first--;
    if (bestm == 0)
        first = 0;
    size_t last = first;
    while (last + 1 < words.size() && words[last + 1].end - words[first].begin <= len)
        last++;

    std::string out;
    if (words[first].begin > 0)
        out += "...";
    /* Matched words separated only by blanks share one highlight, so a
     * phrase reads as one unit. */
    auto joined = [&](size_t w) {
        if (w + 1 > last || words[w].term < 0 || words[w + 1].term < 0)
            return false;
        for (size_t k = words[w].end; k < words[w + 1].begin; k++)
            if (text[k] != ' ')
                return false;
        return true;
    };
    size_t pos = words[first].begin;
    for (size_t w = first; w <= last; w++) {
        append_escaped(out, base + pos, words[w].begin - pos);
        if (words[w].term >= 0 && !(w > first && joined(w - 1)))
            out += "<b>";
        append_escaped(out, base + words[w].begin, words[w].end - words[w].begin);
        if (words[w].term >= 0 && !joined(w))
            out += "</b>";
        pos = words[w].end;
    }
    /* Keep the punctuation that ends the last word's sentence. */
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',' || text[pos] == '!' || text[pos] == '?'))
        append_escaped(out, base + pos++, 1);
    if (last + 1 < words.size())
        out += "...";
    return out;
}

static void run_search(fa_hits *h, fa_db *db, const fa_search *s)
{
    Xapian::Enquire enq(db->db);
    Xapian::Query query = build_query(db, s);
    enq.set_query(query);
    enq.set_weighting_scheme(Xapian::BM25Weight());
    if (s->sort == FA_SORT_DATE)
        enq.set_sort_by_value_then_relevance(FA_SLOT_DATE, false);
    else if (s->sort == FA_SORT_DATE_DESC)
        enq.set_sort_by_value_then_relevance(FA_SLOT_DATE, true);
    else if (!s->query || !*s->query)
        /* Every article weighs the same for the empty query: newest first
         * says more than the order they were indexed in. */
        enq.set_sort_by_value_then_relevance(FA_SLOT_DATE, true);

    std::unique_ptr<Xapian::ValueCountMatchSpy> vspy[FA_NFACETS];
    FacetSpy spy;
    if (s->facets && db->remote) {
        vspy[FA_FACET_COUNTRY].reset(new Xapian::ValueCountMatchSpy(FA_SLOT_COUNTRIES));
        vspy[FA_FACET_OFFICIAL].reset(new Xapian::ValueCountMatchSpy(FA_SLOT_OFFICIALS));
        for (auto &sp : vspy)
            enq.add_matchspy(sp.get());
    } else if (s->facets) {
        enq.add_matchspy(&spy);
    }
    /* check_at_least = every document: the matcher then visits every match,
     * so the total is exact and the spies see all of them. */
    Xapian::doccount all = db->db.get_doccount();
    bool exact = s->facets || !s->estimate;
    Xapian::MSet m = enq.get_mset(s->offset, s->limit, exact ? all : 0);
    h->total = m.get_matches_estimated();
    assert(!exact || m.get_matches_lower_bound() == m.get_matches_upper_bound());

    std::vector<std::string> terms;
    bool prefilter = suffix_stemmer(db->language);
    if (s->snippets)
        terms = snippet_terms(query);
    for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
        Xapian::Document doc = it.get_document();
        h->score.push_back(it.get_weight());
        h->record.push_back(doc.get_value(FA_SLOT_RECORD));
        h->fvalues[FA_FACET_COUNTRY].push_back(doc.get_value(FA_SLOT_COUNTRIES));
        h->fvalues[FA_FACET_OFFICIAL].push_back(doc.get_value(FA_SLOT_OFFICIALS));
        std::string snip;
        if (s->snippets)
            snip = make_snippet(doc.get_data(), s->snippet_len, db->stem, terms, prefilter);
        h->snippet.push_back(snip);
    }
    if (s->facets) {
        for (int f = 0; f < FA_NFACETS; f++) {
            if (vspy[f]) {
                FacetCounter acc;
                for (Xapian::TermIterator t = vspy[f]->values_begin(); t != vspy[f]->values_end(); ++t) {
                    const std::string set = *t;
                    acc.add_set(set.data(), set.size(), t.get_termfreq());
                }
                acc.results(h->facet[f]);
            } else {
                spy.counts[f].results(h->facet[f]);
            }
            /* Most frequent first; ties by value, so output is stable. */
            std::sort(h->facet[f].begin(), h->facet[f].end(),
                      [](const std::pair<std::string, unsigned long> &x,
                         const std::pair<std::string, unsigned long> &y) {
                          return x.second != y.second ? x.second > y.second : x.first < y.first;
                      });
        }
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
                if (attempt >= 10)
                    throw;
                db->db.reopen();
            }
        }
        *out = h.release();
        return FA_OK;
    } catch (...) {
        return fail(db);
    }
}

extern "C" void fa_hits_free(fa_hits *h)
{
    delete h;
}

extern "C" unsigned long fa_hits_total(const fa_hits *h) { return h->total; }
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

extern "C" size_t fa_hits_nfacet(const fa_hits *h, int facet)
{
    assert(facet >= 0 && facet < FA_NFACETS);
    return h->facet[facet].size();
}

extern "C" const char *fa_hits_facet(const fa_hits *h, int facet, size_t i,
                                     unsigned long *count)
{
    assert(facet >= 0 && facet < FA_NFACETS && i < h->facet[facet].size());
    if (count)
        *count = h->facet[facet][i].second;
    return h->facet[facet][i].first.c_str();
}
