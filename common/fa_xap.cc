/* fa_xap.cc - the C++ side of fa_xap.h: opening indexes (local, remote,
 * stub files), storing and deleting articles, metadata and compaction.
 * Searching is fa_xap_search.cc, facet counting fa_xap_facets.cc,
 * snippets fa_xap_snippet.cc; only these files include <xapian.h>.
 *
 * No exception leaves this file: every extern "C" entry point catches
 * everything and classifies it with fa__fail() into a status code plus message.
 */
#include "fa_xap_int.h"

#include <libstemmer.h>
#include <utf8proc.h>
#include <sys/stat.h>

#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <algorithm>
#include <set>
#include <memory>

/* ---------------------------------------------------------------- stemmer */

/* Accent folding of Latin letters, for indexes that record it
 * (FA_META_FOLD): "Lajčák", "Lajcak" and a decomposed "Lajc\u030Cak" all
 * give the term "lajcak", as FTS5's remove_diacritics does. The word is
 * first put in NFC, so decomposed input folds like precomposed; then
 * letters of the Latin blocks lose their marks (é, č, ğ, ş, ő) and the
 * few that have no decomposition map by hand (ł, ø, đ, ħ, ı, ŧ). Other
 * scripts keep theirs: stripping й to и would merge Russian words.
 * Returns false, leaving 'out' alone, when the word has nothing to fold. */
bool fa__latin_fold(const std::string &in, std::string &out)
{
    size_t i = 0;
    while (i < in.size() && (unsigned char)in[i] < 0x80)
        i++;
    if (i == in.size())
        return false;   /* ASCII: the common case, untouched */
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)in.data(), (utf8proc_ssize_t)in.size(),
                                      &nfc, (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0)
        return false;   /* not valid UTF-8: leave it to the stemmer as is */
    std::unique_ptr<utf8proc_uint8_t, void (*)(void *)> own(nfc, free);
    std::string r;
    bool latin_before = false, changed = false;
    for (utf8proc_ssize_t at = 0; at < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(nfc + at, n - at, &cp);
        if (k <= 0)
            return false;
        at += k;
        bool latin = (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF);
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_MN && latin_before) {
            changed = true;   /* a mark NFC could not compose onto its letter */
            continue;
        }
        latin_before = latin || cp < 0x80;
        const char *by_hand = cp == 0x142 ? "l" : cp == 0xF8 ? "o" : cp == 0x111 ? "d" :
                              cp == 0x127 ? "h" : cp == 0x131 ? "i" : cp == 0x167 ? "t" : NULL;
        if (by_hand) {
            r += by_hand;
            changed = true;
            continue;
        }
        if (latin) {
            utf8proc_int32_t base[8];
            int last = 0;
            utf8proc_ssize_t m = utf8proc_decompose_char(cp, base, 8,
                                                         (utf8proc_option_t)(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK),
                                                         &last);
            if (m > 0 && m <= 8 && !(m == 1 && base[0] == cp)) {
                for (utf8proc_ssize_t j = 0; j < m; j++) {
                    utf8proc_uint8_t b[4];
                    r.append((const char *)b, (size_t)utf8proc_encode_char(base[j], b));
                }
                changed = true;
                continue;
            }
        }
        r.append((const char *)nfc + at - k, (size_t)k);
    }
    if (!changed && r == in)
        return false;
    out.swap(r);
    return true;
}

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
    bool fold;                /* Latin accent folding (latin_fold) first */
  public:
    SnowballStem(const std::string &language, bool fold_)
        : st(sb_stemmer_new(language.c_str(), "UTF_8")), lang(language), cache(SLOTS), fold(fold_)
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
        std::string folded;
        const std::string &w = fold && fa__latin_fold(word, folded) ? folded : word;
        const sb_symbol *r = sb_stemmer_stem(
            st, reinterpret_cast<const sb_symbol *>(w.data()), (int)w.size());
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
    std::string get_description() const override { return "libstemmer:" + lang + (fold ? "+fold" : ""); }
};

/* The "stemmer" of exact words: the word as the term generator lower-
 * cased it, accent-folded as the stems are when the index folds, so that
 * =Lajcak finds Lajčák exactly as Lajcak does. */
class FoldStem : public Xapian::StemImplementation {
    bool fold;
  public:
    explicit FoldStem(bool fold_) : fold(fold_) {}
    std::string operator()(const std::string &word) override
    {
        std::string folded;
        return fold && fa__latin_fold(word, folded) ? folded : word;
    }
    std::string get_description() const override { return fold ? "fold" : "none"; }
};

std::string fa__casefold(const std::string &in)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)in.data(), (utf8proc_ssize_t)in.size(), &m,
                                      (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
    if (n < 0)
        return in;   /* not UTF-8 (the indexer repairs it first): as is */
    std::string r((const char *)m, (size_t)n);
    free(m);
    return r;
}

std::vector<std::string> fa__split_tabs(const std::string &s)
{
    std::vector<std::string> v;
    for (size_t at = 0; at < s.size();) {
        size_t t = s.find('\t', at);
        if (t == std::string::npos)
            t = s.size();
        if (t > at)
            v.push_back(s.substr(at, t - at));
        at = t + 1;
    }
    return v;
}

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

/* ------------------------------------------------------- errors */

void fa__copy_msg(char *buf, size_t len, const std::string &msg)
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
int fa__classify(char *buf, size_t len)
{
    try {
        throw;
    } catch (const FaError &e) {
        fa__copy_msg(buf, len, e.what());
        return e.code;
    } catch (const Xapian::QueryParserError &e) {
        fa__copy_msg(buf, len, "query does not parse: " + e.get_msg());
        return FA_EQUERY;
    } catch (const Xapian::DatabaseNotFoundError &e) {
        fa__copy_msg(buf, len, "no index found: " + e.get_msg());
        return FA_ENOTFOUND;
    } catch (const Xapian::DatabaseLockError &e) {
        /* Xapian reports a lock it could not even try to take (permission
         * denied, a read-only file system) as a lock error too, with the
         * errno; waiting for "the other writer" would then be forever. */
        const char *why = e.get_error_string();
        const std::string &m = e.get_msg();
        if ((why && *why) || m.find("Couldn't open lockfile") != std::string::npos ||
            m.find("Permission denied") != std::string::npos ||
            m.find("Read-only file system") != std::string::npos) {
            fa__copy_msg(buf, len, "cannot take the index's write lock: " + m +
                                   (why && *why ? std::string(" (") + why + ")" : std::string()));
            return FA_EIO;
        }
        fa__copy_msg(buf, len, "index is locked by another writer (" + e.get_msg() + ")");
        return FA_ELOCKED;
    } catch (const Xapian::DatabaseVersionError &e) {
        fa__copy_msg(buf, len, "index format not supported: " + e.get_msg());
        return FA_EVERSION;
    } catch (const Xapian::DatabaseModifiedError &e) {
        fa__copy_msg(buf, len, "index changed while reading: " + e.get_msg());
        return FA_EMODIFIED;
    } catch (const Xapian::NetworkError &e) {
        fa__copy_msg(buf, len, "cannot reach a remote shard: " + e.get_msg());
        return FA_ENOTFOUND;
    } catch (const Xapian::DatabaseOpeningError &e) {
        fa__copy_msg(buf, len, "cannot open index: " + e.get_msg());
        return FA_ENOTFOUND;
    } catch (const Xapian::Error &e) {
        /* The OS error (ENOSPC: "No space left on device") is what a user
         * can act on; Xapian keeps it apart from the message. */
        std::string msg = e.get_type() + std::string(": ") + e.get_msg();
        const char *os = e.get_error_string();
        if (os && *os && msg.find(os) == std::string::npos)
            msg += std::string(" (") + os + ")";
        fa__copy_msg(buf, len, msg);
        return FA_ERROR;
    } catch (const std::bad_alloc &) {
        fa__copy_msg(buf, len, "out of memory");
        return FA_ENOMEM;
    } catch (...) {
        fa__copy_msg(buf, len, "unexpected C++ exception");
        return FA_ERROR;
    }
}

int fa__fail(fa_db *db)
{
    return fa__classify(db->err, sizeof db->err);
}

int fa__set_err(fa_db *db, int code, const std::string &msg)
{
    fa__copy_msg(db->err, sizeof db->err, msg);
    return code;
}

/* ---------------------------------------------------------------- open */

bool fa__retry_modified(int attempt)
{
    if (attempt >= FA_MODIFIED_RETRIES)
        return false;
    if (attempt > 0) {
        long ms = attempt < 6 ? 1L << attempt : 50;   /* 2, 4, ... 32, then 50 ms */
        struct timespec ts = {0, ms * 1000000L};
        nanosleep(&ts, NULL);
    }
    return true;
}

extern "C" const char **fa_stem_languages(void)
{
    return sb_stemmer_list();
}

static void setup_stemmer(fa_db *db)
{
    db->stem = Xapian::Stem(new SnowballStem(db->language, db->fold));
    db->tg.set_stemmer(db->stem);
    /* STEM_ALL: stems with positions, so phrases match inflections (see
     * the README); the query parser uses the same strategy. */
    db->tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);
    db->foldstem = Xapian::Stem(new FoldStem(db->fold));
    db->tg_exact.set_stemmer(db->foldstem);
    db->tg_exact.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);
    if (db->mode != FA_DB_READ) {
        /* Xapian's term generator adds each unprefixed word to the
         * spelling table of the database it is given. */
        db->tg.set_database(db->wdb);
        db->tg.set_flags(db->spelling ? Xapian::TermGenerator::FLAG_SPELLING : 0);
    }
}

/* The build choices an index records (fa_build). */
static void read_build(fa_db *db, const Xapian::Database &d)
{
    db->exact = d.get_metadata(FA_META_EXACT) == "words";
    db->spelling = d.get_metadata(FA_META_SPELLING) == "words";
    db->fields = fa__split_tabs(d.get_metadata(FA_META_FIELDS));
    db->copies = d.get_metadata(FA_META_COPIES) == "minhash1";
    db->pairs = d.get_metadata(FA_META_PAIRS) == "pairs1";
}

/* Open one shard for reading: a local index, a stub database file (Xapian
 * reads those itself), or "tcp://host:port" for an index served by
 * xapian-tcpsrv. *remote is set when the shard, or a part a stub file
 * lists, is served over the network. */
/* What opening the parts of a reader has met so far: the stub files on
 * the way to the current one (a cycle is refused), and every index opened
 * (canonical path or tcp://HOST:PORT, with the name it was given): the
 * same index twice would count each of its articles twice. */
struct ShardWalk {
    std::vector<std::string> chain;
    std::vector<std::pair<std::string, std::string>> *seen;
};

static void note_index(ShardWalk *walk, const std::string &key, const std::string &name)
{
    for (const auto &s : *walk->seen)
        if (s.first == key)
            throw Xapian::DatabaseOpeningError(name + ": the same index is given twice" +
                                               (s.second != name ? " (also as " + s.second + ")" : std::string()) +
                                               "; its articles would count twice");
    walk->seen->emplace_back(key, name);
}

static Xapian::Database open_shard(const std::string &path, bool *remote,
                                   std::vector<Xapian::Database> *parts,
                                   ShardWalk *walk);

/* A stub database file lists its parts one a line ("auto PATH", "glass
 * PATH", "remote HOST:PORT"). We open the parts ourselves and combine
 * them, rather than let Xapian open the stub: Xapian 1.4 cannot list the
 * parts of a combined database, and metadata (display data of officials)
 * must be read from each. Returns false, with nothing opened, when a line
 * is of a kind we do not handle (a remote program, another backend); the
 * caller then lets Xapian open the stub as a whole. */
static bool open_stub(const std::string &stub, FILE *f, bool *remote,
                      Xapian::Database *out, std::vector<Xapian::Database> *parts,
                      ShardWalk *walk)
{
    std::string dir = stub.find('/') == std::string::npos ? "." : stub.substr(0, stub.rfind('/'));
    /* Stub files are a few lines: one larger than this, or holding a NUL,
     * is some other file given as --db by mistake. */
    std::string text(FA_MAX_STUB_BYTES + 1, '\0');
    text.resize(fread(&text[0], 1, text.size(), f));
    if (text.size() > FA_MAX_STUB_BYTES || text.find('\0') != std::string::npos)
        throw Xapian::DatabaseOpeningError(stub + " is not an fa index or a stub file");
    std::vector<std::string> paths;
    std::string left_to_xapian;   /* a line kind Xapian must handle itself */
    unsigned lineno = 0;
    for (size_t at = 0; at < text.size();) {
        size_t nl = text.find('\n', at);
        std::string l = text.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
        at = nl == std::string::npos ? text.size() : nl + 1;
        lineno++;
        while (!l.empty() && (l.back() == '\r' || l.back() == ' '))
            l.pop_back();
        if (l.empty() || l[0] == '#')
            continue;
        size_t sp = l.find(' ');
        std::string kind = l.substr(0, sp == std::string::npos ? l.size() : sp);
        std::string arg = sp == std::string::npos ? "" : l.substr(sp + 1);
        if (kind == "remote" && !arg.empty() && arg[0] != ':')
            paths.push_back("tcp://" + arg);
        else if ((kind == "auto" || kind == "glass") && !arg.empty())
            paths.push_back(arg[0] == '/' ? arg : dir + "/" + arg);
        else if (kind == "remote" || kind == "chert" || kind == "inmemory")
            left_to_xapian = kind;
        else
            /* Not a line of a stub file at all: say what the file is not,
             * rather than Xapian's "Bad line". */
            throw Xapian::DatabaseOpeningError(stub + " is not an fa index or a stub file (line " +
                                               std::to_string(lineno) + " is not 'auto PATH', "
                                               "'glass PATH' or 'remote HOST:PORT')");
    }
    if (!left_to_xapian.empty()) {
        if (left_to_xapian == "remote")
            *remote = true;   /* a server program: Xapian starts it */
        /* Xapian opens this stub itself: it must not list another stub,
         * which Xapian would follow without a bound. */
        for (const std::string &p : paths) {
            struct stat st;
            if (stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode))
                throw Xapian::DatabaseOpeningError(stub + ": lists the stub file " + p +
                                                   " beside a line fa leaves to Xapian ('" + left_to_xapian +
                                                   "'); nested stubs are read only when every line "
                                                   "is auto, glass or remote HOST:PORT");
        }
        return false;
    }
    if (paths.empty())
        throw Xapian::DatabaseOpeningError(stub + ": a stub file that lists no index");
    for (const std::string &part : paths) {
        Xapian::Database d = open_shard(part, remote, NULL, walk);
        out->add_database(d);
        if (parts)
            parts->push_back(d);
    }
    return true;
}

static Xapian::Database open_shard(const std::string &path, bool *remote,
                                   std::vector<Xapian::Database> *parts,
                                   ShardWalk *walk)
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
        note_index(walk, path, path);
        /* 10 s to connect and for each answer: a dead shard is an error,
         * not a hang. */
        Xapian::Database d = Xapian::Remote::open(hostport.substr(0, colon), (unsigned)port, 10000, 10000);
        if (parts)
            parts->push_back(d);
        return d;
    }
    struct stat st;
    FILE *f = stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? fopen(path.c_str(), "r") : NULL;
    if (f) {
        Xapian::Database combined;
        std::vector<Xapian::Database> listed;
        bool ours;
        /* Stubs may list stubs: refuse a cycle and a chain deeper than
         * FA_MAX_STUB_DEPTH, which a stub naming itself would be. */
        char *real = realpath(path.c_str(), NULL);
        std::string key = real ? real : path;
        free(real);
        try {
            for (const std::string &seen : walk->chain)
                if (seen == key)
                    throw Xapian::DatabaseOpeningError(path + ": the stub file lists itself, "
                                                       "directly or through other stubs");
            if (walk->chain.size() >= FA_MAX_STUB_DEPTH)
                throw Xapian::DatabaseOpeningError(path + ": stub files nested more than " +
                                                   std::to_string(FA_MAX_STUB_DEPTH) + " deep");
            walk->chain.push_back(key);
            ours = open_stub(path, f, remote, &combined, &listed, walk);
            walk->chain.pop_back();
        } catch (...) {
            fclose(f);
            throw;
        }
        fclose(f);
        if (ours) {
            if (parts)
                parts->insert(parts->end(), listed.begin(), listed.end());
            return combined;
        }
    }
    char *real = realpath(path.c_str(), NULL);
    std::string key = real ? real : path;
    free(real);
    note_index(walk, key, path);
    Xapian::Database d(path);
    if (parts)
        parts->push_back(d);
    return d;
}

/* The schema and language of one shard, checked like a whole index. */
static int check_shard(const Xapian::Database &d, const std::string &path,
                       std::string *language, bool tagged, bool fold, char *errbuf, size_t errlen,
                       fa_db *db)
{
    std::string schema = d.get_metadata(FA_META_SCHEMA);
    if (schema != FA_SCHEMA_VERSION) {
        fa__copy_msg(errbuf, errlen, path + ": " +
                     (schema.empty() ? std::string("not an fa index") : "built by fa schema " + schema) +
                     "; this fa reads schema " FA_SCHEMA_VERSION ": rebuild it with fa-index");
        return FA_EVERSION;
    }
    std::string lang = d.get_metadata(FA_META_LANGUAGE);
    if (!language->empty() && lang != *language) {
        fa__copy_msg(errbuf, errlen, path + ": index language '" + lang +
                     "' differs from the other shards' '" + *language + "'");
        return FA_EVERSION;
    }
    if ((d.get_metadata(FA_META_FOLD) == "latin") != fold) {
        fa__copy_msg(errbuf, errlen, path + ": built " + (fold ? "without" : "with") +
                     " accent folding, the other shards " + (fold ? "with" : "without") +
                     " it: one query cannot match both; rebuild the older one");
        return FA_EVERSION;
    }
    if ((d.get_metadata(FA_META_TAGGING) != "none") != tagged) {
        fa__copy_msg(errbuf, errlen, path + ": built " + (tagged ? "with --no-entities" : "with entity tagging") +
                     ", the other shards " + (tagged ? "with entity tagging" : "with --no-entities") +
                     ": facet counts over them would be partial");
        return FA_EVERSION;
    }
    if ((d.get_metadata(FA_META_EXACT) == "words") != db->exact) {
        fa__copy_msg(errbuf, errlen, path + ": built " + (db->exact ? "without" : "with") +
                     " --exact-words, the other shards " + (db->exact ? "with" : "without") +
                     " it: =word would find only part of the archive");
        return FA_EVERSION;
    }
    std::string fields = d.get_metadata(FA_META_FIELDS), ours;
    for (const std::string &f : db->fields)
        ours += (ours.empty() ? "" : "\t") + f;
    if (fields != ours) {
        auto shown = [](std::string l) {
            for (char &c : l)
                if (c == '\t')
                    c = ' ';
            return l.empty() ? std::string("none") : l;
        };
        fa__copy_msg(errbuf, errlen, path + ": its stored fields (--field) are " + shown(fields) +
                     ", the other shards' " + shown(ours) + ": field filters and counts would be partial");
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
        std::vector<std::pair<std::string, std::string>> seen;
        Xapian::Database shard;
        for (int attempt = 0;; attempt++) {   /* as in fa_db_open */
            try {
                remote = false;
                parts.clear();
                seen = db->seen;
                ShardWalk walk{{}, &seen};
                shard = open_shard(path, &remote, &parts, &walk);
                int rc = check_shard(shard, path, &db->language, db->tagged, db->fold, errbuf, errlen, db);
                if (rc < 0)
                    return rc;
                break;
            } catch (const Xapian::DatabaseModifiedError &) {
                if (!fa__retry_modified(attempt))
                    throw;
            }
        }
        db->db.add_database(shard);
        db->seen.swap(seen);
        db->facets.reset();
        db->shards.insert(db->shards.end(), parts.begin(), parts.end());
        db->remote = db->remote || remote;
        for (const Xapian::Database &p : parts)
            db->about = db->about && p.get_metadata(FA_META_ABOUT) == "focus";
        for (const Xapian::Database &p : parts)
            db->spelling = db->spelling || p.get_metadata(FA_META_SPELLING) == "words";
        /* Phrases are rewritten to pair terms only when every part has them. */
        for (const Xapian::Database &p : parts)
            db->pairs = db->pairs && p.get_metadata(FA_META_PAIRS) == "pairs1";
        return FA_OK;
    } catch (...) {
        return fa__classify(errbuf, errlen);
    }
}

/* fa_db_open's work; throws what Xapian throws. */
static int open_once(fa_db **out, const char *path, int mode, const char *language,
                     char *errbuf, size_t errlen)
{
    std::unique_ptr<fa_db> db(new fa_db());
    db->mode = mode;
    db->path = path;
    db->err[0] = '\0';
    if (language && !language_known(language)) {
        fa__copy_msg(errbuf, errlen, std::string("unknown language '") + language +
                                     "'; valid: " + language_list());
        return FA_EINVAL;
    }
    struct stat st;
    if (mode != FA_DB_READ && stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
        /* Xapian would open a stub file listing one index, or follow
         * a stub naming itself without end: writers take folders. */
        fa__copy_msg(errbuf, errlen, std::string(path) + ": not a folder (a stub file lists "
                                     "indexes for searching); fa-index writes index folders");
        return FA_EINVAL;
    }
    if (mode == FA_DB_BULK) {
        db->wdb = Xapian::WritableDatabase(path, Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
        db->db = db->wdb;
    } else if (mode == FA_DB_WRITE) {
        db->wdb = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
        db->db = db->wdb;
    } else {
        ShardWalk walk{{}, &db->seen};
        db->db = open_shard(path, &db->remote, &db->shards, &walk);
    }
    std::string schema = db->db.get_metadata(FA_META_SCHEMA);
    std::string stored = db->db.get_metadata(FA_META_LANGUAGE);
    if (schema.empty() && mode != FA_DB_READ && db->db.get_doccount() == 0) {
        /* A new index: record what it is built with. */
        db->language = language ? language : "english";
        db->wdb.set_metadata(FA_META_SCHEMA, FA_SCHEMA_VERSION);
        db->wdb.set_metadata(FA_META_LANGUAGE, db->language);
        db->wdb.set_metadata(FA_META_FOLD, "latin");
        db->wdb.set_metadata(FA_META_COPIES, "minhash1");
        if (FA_PAIRS_DEFAULT)
            db->wdb.set_metadata(FA_META_PAIRS, "pairs1");
        /* Commit now: an index killed before its first batch must
         * still say what it is. */
        db->wdb.commit();
    } else if (schema != FA_SCHEMA_VERSION) {
        fa__copy_msg(errbuf, errlen,
                 std::string(path) + ": " +
                     (schema.empty() ? std::string("not an fa index")
                                     : "built by fa schema " + schema) +
                     "; this fa reads schema " FA_SCHEMA_VERSION
                     ": rebuild it with fa-index");
        return FA_EVERSION;
    } else {
        db->language = stored;
        if (mode != FA_DB_READ && language && db->language != language) {
            fa__copy_msg(errbuf, errlen,
                     std::string(path) + ": index was built with language '" +
                         db->language + "', not '" + language + "'");
            return FA_EINVAL;
        }
        if (!language_known(db->language)) {
            fa__copy_msg(errbuf, errlen, std::string(path) + ": index language '" +
                                         db->language + "' is unknown to this libstemmer");
            return FA_EVERSION;
        }
    }
    db->tagged = db->db.get_metadata(FA_META_TAGGING) != "none";
    db->about = db->db.get_metadata(FA_META_ABOUT) == "focus";
    for (size_t i = 1; db->about && i < db->shards.size(); i++)
        db->about = db->shards[i].get_metadata(FA_META_ABOUT) == "focus";
    db->fold = db->db.get_metadata(FA_META_FOLD) == "latin";
    read_build(db.get(), db->db);
    for (size_t i = 1; !db->spelling && i < db->shards.size(); i++)
        db->spelling = db->shards[i].get_metadata(FA_META_SPELLING) == "words";
    for (size_t i = 1; db->copies && i < db->shards.size(); i++)
        db->copies = db->shards[i].get_metadata(FA_META_COPIES) == "minhash1";
    for (size_t i = 1; db->pairs && i < db->shards.size(); i++)
        db->pairs = db->shards[i].get_metadata(FA_META_PAIRS) == "pairs1";
    setup_stemmer(db.get());
    if (mode != FA_DB_READ)
        fa__text_load(db.get());
    *out = db.release();
    return FA_OK;
}

extern "C" int fa_db_open(fa_db **out, const char *path, int mode,
                          const char *language, char *errbuf, size_t errlen)
{
    assert(out && path);
    *out = NULL;
    if (errbuf && errlen)
        errbuf[0] = '\0';
    try {
        /* A writer committing twice while a reader reads the metadata
         * discards the revision it opened: open again, as searches do. */
        for (int attempt = 0;; attempt++) {
            try {
                return open_once(out, path, mode, language, errbuf, errlen);
            } catch (const Xapian::DatabaseModifiedError &) {
                if (!fa__retry_modified(attempt))
                    throw;
            }
        }
    } catch (...) {
        return fa__classify(errbuf, errlen);
    }
}

extern "C" int fa_db_close(fa_db *db, char *errbuf, size_t errlen)
{
    int rc = FA_OK;
    if (errbuf && errlen)
        errbuf[0] = '\0';
    if (!db)
        return FA_OK;
    try {
        if (db->mode != FA_DB_READ)
            db->wdb.commit();
        db->db.close();
    } catch (...) {
        rc = fa__fail(db);
        if (errbuf && errlen)
            fa__copy_msg(errbuf, errlen, db->err);
    }
    delete db;
    return rc;
}

extern "C" const char *fa_db_errmsg(const fa_db *db)
{
    return db->err;
}

extern "C" int fa_db_tagged(const fa_db *db)
{
    return db->tagged ? 1 : 0;
}

extern "C" int fa_db_set_tagging(fa_db *db, int tagged)
{
    assert(db && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        std::string have = db->wdb.get_metadata(FA_META_TAGGING);
        std::string want = tagged ? "entities" : "none";
        /* Only an index tagged from its first article has about values on
         * every article; one that held articles before stays without
         * (about: is refused on it until it is rebuilt). */
        if (tagged && db->wdb.get_doccount() == 0 && db->wdb.get_metadata(FA_META_ABOUT).empty()) {
            db->wdb.set_metadata(FA_META_ABOUT, "focus");
            db->about = true;
        }
        if (have == want)
            return FA_OK;
        if (db->wdb.get_doccount() == 0 || (have.empty() && tagged)) {
            db->wdb.set_metadata(FA_META_TAGGING, want);
            db->tagged = tagged != 0;
            return FA_OK;
        }
        return fa__set_err(db, FA_EINVAL, db->path + ": index was built " +
                               (tagged ? "with --no-entities" : "with entity tagging") +
                               (tagged ? "; add --no-entities to update it" : "; update it without --no-entities") +
                               ", or rebuild it");
    } catch (...) {
        return fa__fail(db);
    }
}

static bool field_name_ok(const char *n)
{
    size_t len = strlen(n);
    if (len == 0 || len > FA_MAX_FIELD_NAME_BYTES || !(*n >= 'a' && *n <= 'z'))
        return false;
    for (const char *p = n; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return false;
    return true;
}

static std::string joined_fields(const std::vector<std::string> &v, const char *sep)
{
    std::string s;
    for (const std::string &f : v)
        s += (s.empty() ? "" : sep) + f;
    return s;
}

extern "C" int fa_db_set_build(fa_db *db, const fa_build *want)
{
    assert(db && want && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        std::vector<std::string> fields = db->fields;
        if (want->fields_given) {
            fields.clear();
            for (size_t i = 0; i < want->nfields; i++) {
                if (!field_name_ok(want->fields[i]))
                    return fa__set_err(db, FA_EINVAL, std::string("--field '") + want->fields[i] +
                                       "': a field name is 1 to " + std::to_string(FA_MAX_FIELD_NAME_BYTES) +
                                       " of a-z, 0-9 and _, starting with a letter");
                fields.push_back(want->fields[i]);
            }
            std::sort(fields.begin(), fields.end());
            fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
            if (fields.size() > FA_MAX_FIELDS)
                return fa__set_err(db, FA_EINVAL, "at most " + std::to_string(FA_MAX_FIELDS) +
                                   " --field names (FA_MAX_FIELDS)");
        }
        bool exact = want->exact == 0 ? db->exact : want->exact > 0;
        bool spelling = want->spelling == 0 ? db->spelling : want->spelling > 0;
        bool copies = want->copies == 0 ? db->copies : want->copies > 0;
        bool pairs = want->pairs == 0 ? db->pairs : want->pairs > 0;
        if (exact == db->exact && spelling == db->spelling && fields == db->fields && copies == db->copies &&
            pairs == db->pairs)
            return FA_OK;
        if (db->wdb.get_doccount() != 0) {
            std::string why;
            if (fields != db->fields)
                why = "its stored fields are " + (db->fields.empty() ? std::string("none") :
                      "--field " + joined_fields(db->fields, " --field ")) + ", not " +
                      (fields.empty() ? std::string("none") : joined_fields(fields, ", "));
            else if (exact != db->exact)
                why = std::string("it was built ") + (db->exact ? "with" : "without") + " --exact-words";
            else if (copies != db->copies)
                why = std::string("it was built ") + (db->copies ? "with copy signatures" : "without copy signatures "
                                                      "(--no-copies, or by an fa from before them)");
            else if (pairs != db->pairs)
                why = std::string("it was built ") + (db->pairs ? "with word pairs" : "without word pairs "
                                                      "(--no-word-pairs, or by an fa from before them)");
            else
                why = std::string("it was built ") + (db->spelling ? "with" : "without") + " --spelling";
            return fa__set_err(db, FA_EINVAL, db->path + ": " + why +
                               "; an update keeps what the index records (leave the option out), "
                               "or rebuild it into a new folder");
        }
        db->wdb.set_metadata(FA_META_EXACT, exact ? "words" : "");
        db->wdb.set_metadata(FA_META_SPELLING, spelling ? "words" : "");
        db->wdb.set_metadata(FA_META_FIELDS, joined_fields(fields, "\t"));
        db->wdb.set_metadata(FA_META_COPIES, copies ? "minhash1" : "");
        db->wdb.set_metadata(FA_META_PAIRS, pairs ? "pairs1" : "");
        db->copies = copies;
        db->pairs = pairs;
        db->exact = exact;
        db->spelling = spelling;
        db->fields = fields;
        setup_stemmer(db);
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" int fa_db_exact(const fa_db *db) { return db->exact ? 1 : 0; }
extern "C" int fa_db_copies(const fa_db *db) { return db->copies ? 1 : 0; }
extern "C" int fa_db_pairs(const fa_db *db) { return db->pairs ? 1 : 0; }
extern "C" int fa_db_spelling(const fa_db *db) { return db->spelling ? 1 : 0; }
extern "C" size_t fa_db_nfields(const fa_db *db) { return db->fields.size(); }
extern "C" const char *fa_db_field(const fa_db *db, size_t i)
{
    assert(i < db->fields.size());
    return db->fields[i].c_str();
}
extern "C" const char *fa_db_warning(const fa_db *db) { return db->warning.c_str(); }

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
        return fa__fail(m);
    }
}

extern "C" int fa_db_reopen(fa_db *db)
{
    assert(db);
    db->err[0] = '\0';
    try {
        db->db.reopen();
        /* Documents may have changed under their old docids. */
        db->facets.reset();
        /* An index that was empty when opened may have been given other
         * build choices since; matching phrases by pairs that some
         * articles lack would miss them. */
        bool pairs = db->shards.empty() ? db->db.get_metadata(FA_META_PAIRS) == "pairs1" : true;
        for (const Xapian::Database &p : db->shards)
            pairs = pairs && p.get_metadata(FA_META_PAIRS) == "pairs1";
        db->pairs = pairs;
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
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
static std::string content_hash(const std::string &rec, const std::string &body,
                                const std::string joined[FA_NFACETS], const char *file)
{
    /* The record delimits itself (length-prefixed fields) and '\xff' never
     * occurs in UTF-8 text, names or paths, so the parts cannot run
     * together. Hashed piece by piece: the text can be megabytes. */
    unsigned long long h = fa_hash_more(FA_HASH_BASIS, rec.data(), rec.size());
    h = fa_hash_more(h, "", 1);
    h = fa_hash_more(h, body.data(), body.size());
    h = fa_hash_more(h, "\xff", 1);
    for (int k = 0; k < FA_NFACETS; k++) {   /* facet order: same values */
        h = fa_hash_more(h, joined[k].data(), joined[k].size());
        h = fa_hash_more(h, "\xff", 1);
    }
    if (file)
        h = fa_hash_more(h, file, strlen(file));
    char buf[17];
    snprintf(buf, sizeof buf, "%016llx", h);
    return buf;
}

/* The page term of text 'body': FA_PREFIX_TEXT and 16 hex digits of
 * fa_hash over it (18 bytes, far below the term limit). */
static std::string text_term(const std::string &body)
{
    char buf[17];
    snprintf(buf, sizeof buf, "%016llx", (unsigned long long)fa_hash(body.data(), body.size()));
    return std::string(FA_PREFIX_TEXT) + buf;
}

/* The id of document 'did' (its FA_PREFIX_ID term without the prefix). */
static std::string id_of_doc(fa_db *db, Xapian::docid did)
{
    Xapian::TermIterator t = db->wdb.termlist_begin(did);
    t.skip_to(FA_PREFIX_ID);
    if (t != db->wdb.termlist_end(did) && (*t).compare(0, strlen(FA_PREFIX_ID), FA_PREFIX_ID) == 0)
        return (*t).substr(strlen(FA_PREFIX_ID));
    return std::string();
}

static int put(fa_db *db, const fa_article *a, const fa_facets *f, const char *file,
               bool page, int *outcome)
{
    assert(db && a && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    db->warning.clear();
    db->duplicate_of.clear();
    try {
        size_t idlen = 0, len = 0;
        const char *id = fa_article_get(a, FA_F_ID, &idlen);
        if (!id || idlen == 0)
            return fa__set_err(db, FA_EINVAL, "article has no id");
        static_assert(FA_MAX_ID_BYTES + 2 <= FA_XAP_MAX_TERM, "the id term must fit");
        if (idlen > FA_MAX_ID_BYTES)
            return fa__set_err(db, FA_EINVAL, "article id longer than " + std::to_string(FA_MAX_ID_BYTES) + " bytes");
        std::string idterm = std::string(FA_PREFIX_ID) + std::string(id, idlen);

        char *rec = NULL;
        size_t reclen = 0, textlen = 0;
        if (fa_article_encode_without(&rec, &reclen, a, FA_F_TEXT) < 0)
            throw std::bad_alloc();
        std::string record(rec, reclen);
        free(rec);
        const char *text = fa_article_get(a, FA_F_TEXT, &textlen);
        std::string body = text ? std::string(text, textlen) : std::string();
        /* Xapian's limits, checked before any call: a failing add_term
         * would end the whole run, not just this article. */
        for (int k = 0; f && k < FA_NFACETS; k++)
            for (size_t i = 0; i < f->nvalues[k]; i++)
                if (strlen(fa_facet_table[k].prefix) + strlen(f->values[k][i]) > FA_XAP_MAX_TERM)
                    return fa__set_err(db, FA_EINVAL, "article '" + std::string(id, idlen) + "': " +
                                       fa_facet_table[k].field + " value of " +
                                       std::to_string(strlen(f->values[k][i])) + " bytes is longer than " +
                                       std::to_string(FA_MAX_FACET_VALUE_BYTES) + " bytes");
        std::string joined[FA_NFACETS];
        for (int k = 0; f && k < FA_NFACETS; k++)
            joined[k] = join_values(f->values[k], f->nvalues[k]);
        std::string hash = content_hash(record, body, joined, file);

        /* A page whose text another id's page has in the index already
         * is that page again (a second crawl, another URL): not stored.
         * The hash only finds candidates; the texts are compared, so a
         * collision of fa_hash cannot lose a page. */
        std::string pageterm;
        if (page && !body.empty()) {
            pageterm = text_term(body);
            for (Xapian::PostingIterator p = db->wdb.postlist_begin(pageterm);
                 p != db->wdb.postlist_end(pageterm); ++p) {
                std::string other = id_of_doc(db, *p);
                if (other == std::string(id, idlen))
                    continue;   /* this id again: replaced or unchanged */
                Xapian::Document od = db->wdb.get_document(*p);
                if (fa__text_of(db, *p, od.get_data(), od.get_value(FA_SLOT_RECORD), SIZE_MAX) != body)
                    continue;
                db->duplicate_of = other;
                if (outcome)
                    *outcome = FA_PUT_DUPLICATE;
                return FA_OK;
            }
        }

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
        if (db->copies && old != db->wdb.postlist_end(idterm)) {
            /* The old version leaves its group first, so that the group
             * is recomputed without it and the new one joins afresh. */
            Xapian::docid od = *old;
            CopyPlace was = fa__copy_place(db->wdb.get_document(od));
            db->wdb.delete_document(od);
            fa__copy_repair(db, was);
        }

        Xapian::Document doc;
        db->tg.set_document(doc);
        if (db->exact)
            db->tg_exact.set_document(doc);
        const char *s;
        if ((s = fa_article_get(a, FA_F_TITLE, &len)) && len) {
            /* Title words count FA_TITLE_WEIGHT times a body word, and
             * are also indexed under their own prefix for `title:`. */
            db->tg.index_text(std::string(s, len), FA_TITLE_WEIGHT);
            db->tg.increase_termpos(100);
            db->tg.index_text(std::string(s, len), 1, FA_PREFIX_TITLE);
            db->tg.increase_termpos(100);
            if (db->exact) {
                db->tg_exact.index_text(std::string(s, len), FA_TITLE_WEIGHT, FA_PREFIX_EXACT);
                db->tg_exact.increase_termpos(100);
            }
        }
        if (!body.empty()) {
            db->tg.index_text(body);
            /* The words again as written, in their own position space:
             * only exact words are ever in a phrase with exact words. */
            if (db->exact)
                db->tg_exact.index_text(body, 1, FA_PREFIX_EXACT);
        }
        if ((s = fa_article_get(a, FA_F_SOURCE, &len)) && len) {
            /* With positions, so that source:"associated press" works. */
            db->tg.increase_termpos(100);
            db->tg.index_text(std::string(s, len), 1, FA_PREFIX_SOURCE);
        }
        /* Positions are final: the pairs of every field's words. */
        if (db->pairs)
            fa__pairs_index(doc);

        char date[9];
        if ((s = fa_article_get(a, FA_F_DATE, &len)) && fa_date_normalize(date, s, len) == FA_OK)
            doc.add_value(FA_SLOT_DATE, date);
        for (int k = 0; f && k < FA_NFACETS; k++) {
            const fa_facet_def *d = &fa_facet_table[k];
            for (size_t i = 0; i < f->nvalues[k]; i++)
                doc.add_boolean_term(std::string(d->prefix) + f->values[k][i]);
            /* The whole sorted set in one slot, so that Xapian's built-in
             * ValueCountMatchSpy can count it (also on a remote shard);
             * the searcher splits the sets and sums per value. */
            if (f->nvalues[k])
                doc.add_value(d->slot, joined[k]);
        }
        for (size_t i = 0; i < db->fields.size(); i++) {
            const std::string &name = db->fields[i];
            if (!(s = fa_article_get(a, name.c_str(), &len)) || !len)
                continue;
            /* The filter term is prefix + name + ':' + the case-folded
             * value; the slot keeps the value as stored, for counts. */
            std::string term = std::string(FA_PREFIX_FIELD) + name + ":" + fa__casefold(std::string(s, len));
            if (term.size() > FA_XAP_MAX_TERM) {
                size_t room = FA_MAX_FACET_VALUE_BYTES - name.size() - 1;
                if (db->warning.empty())
                    db->warning = "article '" + std::string(id, std::min<size_t>(idlen, 80)) + "': field '" +
                                  name + "' value of " + std::to_string(len) + " bytes is longer than " +
                                  std::to_string(room) + " bytes (FA_MAX_FACET_VALUE_BYTES less the name); "
                                  "stored, but not filterable or counted";
                continue;
            }
            doc.add_boolean_term(term);
            doc.add_value(FA_SLOT_FIELD0 + (Xapian::valueno)i, std::string(s, len));
        }
        if (file && strlen(file) <= FA_MAX_PATH_BYTES)
            doc.add_boolean_term(std::string(FA_PREFIX_FILE) + file);
        if (!pageterm.empty())
            doc.add_boolean_term(pageterm);
        fa__copy_index(db, doc, body);
        doc.add_value(FA_SLOT_HASH, hash);
        doc.add_value(FA_SLOT_RECORD, record);
        doc.set_data(fa__text_encode(db, body));

        /* One document per article: its unique id term makes re-indexing
         * replace, never add. */
        doc.add_boolean_term(idterm);
        db->wdb.replace_document(idterm, doc);
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" int fa_db_put_from(fa_db *db, const fa_article *a, const fa_facets *f,
                              const char *file, int *outcome)
{
    return put(db, a, f, file, false, outcome);
}

extern "C" int fa_db_put_page(fa_db *db, const fa_article *a, const fa_facets *f,
                              const char *file, int *outcome)
{
    return put(db, a, f, file, true, outcome);
}

extern "C" const char *fa_db_duplicate_of(const fa_db *db) { return db->duplicate_of.c_str(); }

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
        Xapian::PostingIterator p = db->wdb.postlist_begin(idterm);
        bool there = p != db->wdb.postlist_end(idterm);
        if (there) {
            CopyPlace was = fa__copy_place(db->wdb.get_document(*p));
            db->wdb.delete_document(idterm);
            fa__copy_repair(db, was);   /* the copies it leaves regroup */
        }
        if (found)
            *found = there;
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
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
        std::vector<CopyPlace> left;   /* groups that lose members */
        for (const std::string &term : gone) {
            *deleted += db->wdb.get_termfreq(term);
            for (Xapian::PostingIterator p = db->wdb.postlist_begin(term); p != db->wdb.postlist_end(term); ++p)
                left.push_back(fa__copy_place(db->wdb.get_document(*p)));
            db->wdb.delete_document(term);
        }
        for (const CopyPlace &c : left)
            fa__copy_repair(db, c);
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
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
        return fa__fail(db);
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
        return fa__fail(db);
    }
}

extern "C" int fa_db_get_meta(char **out, fa_db *db, const char *key)
{
    *out = NULL;
    db->err[0] = '\0';
    try {
        std::string v;
        /* A writer may discard the revision a reader has open: reopen and
         * read again, as fa_db_search does (metadata is only added to, so
         * the newer state answers for the older). */
        for (int attempt = 0;; attempt++) {
            try {
                v = db->db.get_metadata(key);
                /* A search over shards sees the first shard's metadata only. */
                for (size_t i = 1; v.empty() && i < db->shards.size(); i++)
                    v = db->shards[i].get_metadata(key);
                break;
            } catch (const Xapian::DatabaseModifiedError &) {
                if (!fa__retry_modified(attempt))
                    throw;
                int rc = fa_db_reopen(db);
                if (rc < 0)
                    return rc;
            }
        }
        if (v.empty())
            return FA_OK;
        if (!(*out = strdup(v.c_str())))
            throw std::bad_alloc();
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" int fa_db_set_official_title(fa_db *db, const char *name, const char *title)
{
    assert(db && name && title && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        std::string key = std::string(FA_META_OFFICIAL) + name;
        if (key.size() > FA_XAP_MAX_META_KEY)
            return FA_OK;   /* not recorded: see the contract */
        if (db->wdb.get_metadata(key).empty())
            db->wdb.set_metadata(key, title);
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" int fa_db_get_official_title(char **out, fa_db *db, const char *name)
{
    assert(out && db && name);
    *out = NULL;
    db->err[0] = '\0';
    char key[FA_XAP_MAX_META_KEY + 1];
    if (snprintf(key, sizeof key, "%s%s", FA_META_OFFICIAL, name) >= (int)sizeof key)
        return FA_OK;   /* too long to have been recorded */
    return fa_db_get_meta(out, db, key);
}

extern "C" int fa_db_compact(const char *out, const char *const *inputs, size_t n,
                             char *errbuf, size_t errlen)
{
    if (errbuf && errlen)
        errbuf[0] = '\0';
    try {
        Xapian::Database all;
        bool pairs = true;
        for (size_t i = 0; i < n; i++) {
            Xapian::Database in(inputs[i]);
            pairs = pairs && in.get_metadata(FA_META_PAIRS) == "pairs1";
            all.add_database(in);
        }
        /* FULL packs blocks tightly but leaves the index updatable. */
        all.compact(out, Xapian::Compactor::FULL);
        /* Copies stored in different inputs (a bulk build's temporary
         * indexes, shards) are grouped only now. */
        Xapian::WritableDatabase w(out, Xapian::DB_OPEN);
        if (w.get_metadata(FA_META_COPIES) == "minhash1")
            fa__copy_regroup(w);
        /* Compaction keeps the first input's metadata: an index with some
         * articles lacking pairs must not say it has them. */
        if (!pairs && !w.get_metadata(FA_META_PAIRS).empty())
            w.set_metadata(FA_META_PAIRS, "");
        w.commit();
        w.close();
        return FA_OK;
    } catch (...) {
        return fa__classify(errbuf, errlen);
    }
}



