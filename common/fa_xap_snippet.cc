/* fa_xap_snippet.cc - snippets: the window of a hit's text that holds
 * the most query terms, HTML-escaped, matched words in <b>...</b>.
 */
#include "fa_xap_int.h"
#include "fa_utf8.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ------------------------------------------------------------- snippets */

/* Xapian's MSet::snippet() recognises a query term in the text only as the
 * word itself or as "Z" + its stem: it assumes STEM_SOME. Our index holds
 * bare stems (STEM_ALL), so "climate change" (terms climat, chang) would
 * never be highlighted. So we build snippets ourselves: one pass over the
 * words of the text, each stemmed (through the cached stemmer) and looked
 * up among the query's stems; then the window of 'len' bytes holding the
 * most distinct query terms (then the most matches) is cut at word
 * boundaries, HTML-escaped, with each matched word inside <b>...</b>. */

namespace {

/* A word of the text that matched a query term. Only these are kept:
 * a page of prose has thousands of words and a handful of matches. */
struct Word {
    size_t begin, end;   /* bytes of the word in the text */
    int term;            /* index of the query term it matches, or -1 */
};

}  // namespace

/* Each byte's class, by table: the snippet's scanner asks this of every
 * byte of a page. ASCII letters, digits and '_' are word bytes; the
 * apostrophe, '&' and '.' may join two words into one; every byte from
 * 0x80 starts or continues a UTF-8 sequence that must be decoded. */
/* Odd classes are (or may start) word characters: the scanner tests one
 * bit to skip separators. */
enum { B_SEP = 0, B_WORD = 1, B_JOIN = 2, B_HIGH = 3 };
static const struct ByteClass {
    unsigned char of[256];
    bool is[128];
    ByteClass() : of(), is()
    {
        for (unsigned c = 0; c < 256; c++) {
            bool w = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (c < 128)
                is[c] = w;
            of[c] = c >= 0x80 ? B_HIGH : w ? B_WORD : (c == '\'' || c == '&' || c == '.') ? B_JOIN : B_SEP;
        }
    }
} byte_class;

static inline bool word_char(unsigned ch)
{
    if (ch < 128)
        return byte_class.is[ch];
    return Xapian::Unicode::is_wordchar(ch);
}

/* tolower() for ASCII without the locale (a call per byte otherwise). */
static inline unsigned ascii_lower(unsigned ch)
{
    return ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
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

/* An exact word's term (=word): FA_PREFIX_EXACT and the word as written,
 * which starts with no capital (words are lower-cased). */
static bool exact_term(const std::string &t)
{
    size_t n = strlen(FA_PREFIX_EXACT);
    return t.size() > n && t.compare(0, n, FA_PREFIX_EXACT) == 0 && !isupper((unsigned char)t[n]);
}

static bool body_term(const std::string &t)
{
    /* Body words are indexed without a prefix, and stems are lower case;
     * every prefix (title, source, ids, facets, files) is upper case.
     * Exact words stand in the body too. */
    return (!t.empty() && !isupper((unsigned char)t[0])) || exact_term(t);
}

/* What a snippet may highlight, from the query alone: the body terms that
 * can make a match (not those under the subtracted side of AND_NOT, whose
 * presence would have excluded the article, nor title: or source: terms,
 * which match elsewhere), and the phrases, whose words count only where
 * they stand together. NEAR's words count one by one. */
SnippetPlan fa__snippet_plan(const Xapian::Query &q)
{
    SnippetPlan plan;
    std::vector<Xapian::Query> todo{q};
    while (!todo.empty()) {
        Xapian::Query x = todo.back();
        todo.pop_back();
        int op = x.get_type();
        size_t k = x.get_num_subqueries();
        if (op == Xapian::Query::LEAF_TERM) {
            Xapian::TermIterator t = x.get_unique_terms_begin();
            if (t != x.get_unique_terms_end() && body_term(*t) &&
                std::find(plan.solo.begin(), plan.solo.end(), *t) == plan.solo.end())
                plan.solo.push_back(*t);
            continue;
        }
        if (op == Xapian::Query::OP_WILDCARD) {
            /* Xapian 1.4 has no getter for the pattern; its description
             * is "Query(WILDCARD <op> <pattern>)". */
            std::string d = x.get_description();
            size_t sp = d.rfind(' ');
            if (sp != std::string::npos && d.size() > sp + 2 && d.back() == ')') {
                std::string pattern = d.substr(sp + 1, d.size() - sp - 2);
                if (body_term(pattern))
                    plan.wildcards.push_back(pattern);
            }
            continue;
        }
        if (op == Xapian::Query::OP_PHRASE) {
            std::vector<std::string> words;
            bool plain = true;
            for (size_t i = 0; i < k && plain; i++) {
                Xapian::Query sub = x.get_subquery(i);
                Xapian::TermIterator t = sub.get_unique_terms_begin();
                plain = sub.get_type() == Xapian::Query::LEAF_TERM &&
                        t != sub.get_unique_terms_end() && body_term(*t);
                if (plain)
                    words.push_back(*t);
            }
            if (plain && !words.empty()) {
                plan.phrases.push_back(words);
                continue;
            }
        }
        if (op == Xapian::Query::OP_AND_NOT)
            k = k ? 1 : 0;   /* the subtracted side never shows */
        for (size_t i = 0; i < k; i++)
            todo.push_back(x.get_subquery(i));
    }
    return plan;
}

SnippetPlan fa__snippet_plan_for(const SnippetPlan &plan, const std::vector<std::string> &matching,
                                 const Xapian::Document &doc, const std::vector<std::vector<std::string>> *wild)
{
    SnippetPlan d;
    auto has = [&](const std::string &t) {
        return std::binary_search(matching.begin(), matching.end(), t);
    };
    for (const std::string &t : plan.solo)
        if (has(t))
            d.solo.push_back(t);
    for (const auto &ph : plan.phrases)
        if (std::all_of(ph.begin(), ph.end(), has))
            d.phrases.push_back(ph);
    /* A wildcard's expansions that this article holds, read from its
     * term list (a page of hits: a few term lists). */
    for (size_t w = 0; wild && w < plan.wildcards.size(); w++)
        for (const std::string &term : (*wild)[w])
            if (std::find(d.solo.begin(), d.solo.end(), term) == d.solo.end())
                d.solo.push_back(term);
    for (size_t w = 0; !wild && w < plan.wildcards.size(); w++) {
        const std::string &pat = plan.wildcards[w];
        Xapian::TermIterator t = doc.termlist_begin();
        size_t taken = 0;
        for (t.skip_to(pat); t != doc.termlist_end() && taken < FA_SNIPPET_WILDCARD_TERMS; ++t) {
            std::string term = *t;
            if (term.compare(0, pat.size(), pat) != 0)
                break;
            if (std::find(d.solo.begin(), d.solo.end(), term) == d.solo.end())
                d.solo.push_back(term);
            taken++;
        }
    }
    return d;
}

void fa__snippet_hint(SnippetPlan *plan, const char *words, Xapian::Stem &stem)
{
    std::vector<std::string> stems;
    std::string word;
    size_t n = strlen(words);
    for (size_t i = 0; i <= n;) {
        unsigned ch = 0;
        size_t k = i < n ? fa_utf8_decode(words + i, n - i, &ch) : 1;
        if (i < n && k && word_char(ch)) {
            Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(ch));
            i += k;
            continue;
        }
        if (!word.empty())
            stems.push_back(stem(word));
        word.clear();
        i += k ? k : 1;
    }
    if (stems.size() == 1)
        plan->solo.push_back(stems[0]);
    else if (!stems.empty())
        plan->phrases.push_back(stems);
}

/* Languages whose Snowball stemmers only remove or change endings, so a
 * stem starts with the same byte as its (lower-cased) word: for them a
 * word whose first byte starts no query term need not be stemmed. */
bool fa__suffix_stemmer(const std::string &lang)
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

/* The text's words one at a time, as the term generator splits them. */
namespace {
struct Scanner {
    const char *base;
    size_t n, i = 0;
    Scanner(const std::string &text) : base(text.data()), n(text.size()) {}

    /* Byte by byte with an ASCII fast path; only bytes >= 0x80 are
     * decoded and classified as Unicode. Stored text is valid UTF-8 (the
     * indexer repairs it with the same decoder); anything else counts as
     * one replacement character per byte. */
    size_t next_char(size_t at, unsigned *ch) const
    {
        const unsigned char *u = (const unsigned char *)base + at;
        if (u[0] < 0x80) {
            *ch = u[0];
            return 1;
        }
        size_t k = fa_utf8_decode(base + at, n - at, ch);
        if (k == 0) {
            *ch = 0xFFFD;
            return 1;
        }
        return k;
    }

    /* Where the character that ends just before 'at' (> 0) begins, and
     * that character in *ch; a byte that is no part of a valid sequence
     * ending there counts as one replacement character, as next_char()
     * counts it going forward. */
    size_t char_before(size_t at, unsigned *ch) const
    {
        const unsigned char *u = (const unsigned char *)base;
        size_t s = at - 1;
        if (u[s] < 0x80) {
            *ch = u[s];
            return s;
        }
        while (s > 0 && at - s < 4 && (u[s] & 0xC0) == 0x80)
            s--;
        if (u[s] >= 0xC0 && fa_utf8_decode(base + s, n - s, ch) == at - s)
            return s;
        *ch = 0xFFFD;
        return at - 1;
    }

    /* Whether the word character at 'at' begins a word, judged from the
     * two characters before it the way word() walks forward: a word
     * character before it, or a joiner ("don't", "U.S.") with a word
     * character before that, would have carried a word through. So a
     * scan may jump to any candidate byte and still split the text
     * exactly as a walk from its start does. */
    bool starts_word(size_t at) const
    {
        if (at == 0)
            return true;
        unsigned q, r;
        size_t qs = char_before(at, &q);
        if (word_char(q))
            return false;
        if (q != '\'' && q != 0x2019 && q != '&' && q != '.')
            return true;
        if (qs == 0)
            return true;
        char_before(qs, &r);
        return !word_char(r);
    }

    /* The next word's bytes in [*b, *e): false at the end of the text.
     * With 'lower' (not NULL), its lower-case form is built there, but
     * only when want(first character, second byte) says so, both
     * lower-cased when ASCII: most words of a page can be ruled out by
     * their first two letters, and are then only walked over. The second
     * byte is 0 for a word of one ASCII letter and 0x100 when it is not
     * an ASCII letter or digit (unknown: the word must be kept). *wanted
     * gets what want() said. */
    template <typename Want>
    bool word(size_t *b, size_t *e, std::string *lower, Want want, bool *wanted)
    {
        const unsigned char *u = (const unsigned char *)base;
        const unsigned char *cls = byte_class.of;
        unsigned ch = 0;
        size_t k = 0, at = this->i;   /* a local cursor: the member would be
                                        re-read after every append */
        /* To the next word character: ASCII separators (and joiners,
         * which join nothing at a word's start) a byte at a time. */
        for (;;) {
            while (at < n && !(cls[u[at]] & 1))   /* B_SEP or B_JOIN */
                at++;
            if (at >= n) {
                this->i = at;
                return false;
            }
            if (cls[u[at]] == B_WORD) {
                ch = u[at];
                break;
            }
            k = next_char(at, &ch);
            if (word_char(ch))
                break;
            at += k;
        }
        *b = at;
        unsigned second = 0x100;
        if (ch < 0x80) {
            if (at + 1 >= n || cls[u[at + 1]] == B_SEP)
                second = 0;
            else if (cls[u[at + 1]] == B_WORD)
                second = ascii_lower(u[at + 1]);
        }
        bool keep = lower && want(ch < 0x80 ? ascii_lower(ch) : ch, second);
        if (lower)
            lower->clear();
        while (at < n) {
            unsigned c = cls[u[at]];
            if (c == B_WORD) {
                size_t from = at;
                /* no bound check: a std::string's bytes end in a NUL,
                 * which is B_SEP */
                while (cls[u[at]] == B_WORD)
                    at++;
                if (keep)
                    for (size_t j = from; j < at; j++)
                        *lower += (char)ascii_lower(u[j]);
                continue;
            }
            if (c == B_SEP)
                break;
            k = next_char(at, &ch);
            if (c == B_HIGH && word_char(ch)) {
                if (keep)
                    Xapian::Unicode::append_utf8(*lower, Xapian::Unicode::tolower(ch));
                at += k;
                continue;
            }
            /* Keep "don't", "AT&T" and "U.S." inside one word, as the
             * term generator does. */
            unsigned nx = 0;
            if ((ch == '\'' || ch == 0x2019 || ch == '&' || ch == '.') && at + k < n &&
                (next_char(at + k, &nx), word_char(nx))) {
                if (!keep)
                    ;
                else if (ch == '&')
                    *lower += '&';
                else if (ch != '.')
                    *lower += '\'';
                at += k;
                continue;
            }
            break;
        }
        *e = this->i = at;
        *wanted = keep;
        return true;
    }
};
}  // namespace

SnippetMemo *fa__snippet_memo(fa_db *db)
{
    if (!db->snippet_memo)
        db->snippet_memo.reset(new (std::nothrow) SnippetMemo);
    return db->snippet_memo.get();
}

/* stemmer(word), from 'memo' when it has it (NULL: no memo; the result
 * is then in *scratch). */
static const std::string &stem_of(std::unordered_map<std::string, std::string> *memo, Xapian::Stem &stemmer,
                                  const std::string &word, std::string *scratch)
{
    if (!memo) {
        *scratch = stemmer(word);
        return *scratch;
    }
    auto it = memo->find(word);
    if (it != memo->end())
        return it->second;
    if (memo->size() >= SNIPPET_MEMO_WORDS)
        memo->clear();
    return memo->emplace(word, stemmer(word)).first->second;
}

/* Finds the next byte a scan must look at: one that 'stop' marks. This
 * is most of a snippet's scan (a byte-table test per byte of the page),
 * so with SSE2 it tests 16 bytes at once: a byte from 0x80 (its high
 * bit), or one that equals a term's first byte once bit 0x20 is set
 * (which folds ASCII capitals onto their small letters, and also some
 * punctuation onto other punctuation: such a byte is only a candidate,
 * which the table then rules out). 'firsts' are the terms' first bytes
 * below 0x80 with no capitals among them; the vector test is used when
 * there are at most six and each has bit 0x20 set (a digit, a small
 * letter), else the table alone. */
namespace {
struct StopSkip {
    const bool *stop;
#if defined(__SSE2__)
    __m128i want[6];
    size_t nwant = 0;
    bool vector = false;
#endif
    StopSkip(const bool *stop_, const unsigned char *firsts, size_t nfirsts) : stop(stop_)
    {
#if defined(__SSE2__)
        vector = nfirsts <= 6;
        for (size_t k = 0; vector && k < nfirsts; k++)
            vector = (firsts[k] & 0x20) != 0;
        for (size_t k = 0; vector && k < nfirsts; k++)
            want[nwant++] = _mm_set1_epi8((char)firsts[k]);
#else
        (void)firsts;
        (void)nfirsts;
#endif
    }

    /* The first byte at or after 'at' that 'stop' marks, or n. */
    size_t next(const unsigned char *u, size_t at, size_t n) const
    {
#if defined(__SSE2__)
        if (vector) {
            const __m128i fold = _mm_set1_epi8(0x20);
            while (at + 16 <= n) {
                __m128i v = _mm_loadu_si128((const __m128i *)(u + at));
                __m128i lv = _mm_or_si128(v, fold);
                unsigned m = (unsigned)_mm_movemask_epi8(v);
                for (size_t k = 0; k < nwant; k++)
                    m |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lv, want[k]));
                while (m) {
                    size_t i = at + (size_t)__builtin_ctz(m);
                    if (stop[u[i]])
                        return i;
                    m &= m - 1;
                }
                at += 16;
            }
        }
#endif
        while (at < n && !stop[u[at]])
            at++;
        return at;
    }
};
}  // namespace

/* The words of 'text' that match one of 'terms' (the index in 'terms' of
 * the stem each matched), in text order. */
static std::vector<Word> words_of(const std::string &text, Xapian::Stem &stem, Xapian::Stem &exact,
                                  const std::vector<std::string> &terms, bool prefilter, SnippetMemo *memo)
{
    /* The prefilter: a stem starts with its word's first two bytes (the
     * stemmers fa__suffix_stemmer names change endings only), so a word
     * need not be stemmed unless some term starts with its first two. A
     * term of one byte admits every word with that first byte; a second
     * 'i' admits 'y' too ("dying" stems to "die"). A byte that accent
     * folding or a stemmer's umlaut rule could change (>= 0x80) is not
     * judged. */
    bool first_byte[256] = {false}, any_second[256] = {false}, any_exact = false;
    uint64_t pair[256 * 256 / 64] = {0};
    auto admit = [&](const char *t, size_t len) {
        unsigned a = (unsigned char)t[0];
        first_byte[a] = true;
        if (len < 2) {
            any_second[a] = true;
            return;
        }
        unsigned b = (unsigned char)t[1];
        pair[(a << 8 | b) >> 6] |= (uint64_t)1 << (b & 63);
        if (b == 'i')
            pair[(a << 8 | 'y') >> 6] |= (uint64_t)1 << ('y' & 63);
    };
    const size_t ne = strlen(FA_PREFIX_EXACT);
    for (const std::string &t : terms) {
        if (exact_term(t)) {
            any_exact = true;
            admit(t.data() + ne, t.size() - ne);
        } else if (!t.empty()) {
            admit(t.data(), t.size());
        }
    }
    auto want = [&](unsigned first, unsigned second) {
        if (!prefilter || first >= 0x80)
            return true;
        if (!first_byte[first])
            return false;
        return any_second[first] || second >= 0x80 ||
               (pair[(first << 8 | second) >> 6] >> (second & 63) & 1) != 0;
    };

    std::vector<Word> words;
    if (terms.empty())
        return words;
    Scanner sc(text);
    std::string lower;
    std::string scratch, scratch2;
    size_t b, e;
    bool wanted;
    auto consider = [&]() {
        if (!wanted || lower.size() > 64)
            return;
        const std::string &st = stem_of(memo ? &memo->stems : NULL, stem, lower, &scratch);
        const std::string &ex = any_exact ? stem_of(memo ? &memo->exacts : NULL, exact, lower, &scratch2)
                                          : scratch2;
        for (size_t t = 0; t < terms.size(); t++)
            if (terms[t] == st || terms[t] == lower ||
                (any_exact && terms[t].size() == ne + ex.size() &&
                 terms[t].compare(0, ne, FA_PREFIX_EXACT) == 0 &&
                 terms[t].compare(ne, std::string::npos, ex) == 0)) {
                Word w;
                w.begin = b;
                w.end = e;
                w.term = (int)t;
                words.push_back(w);
                return;
            }
    };
    if (!prefilter) {
        while (sc.word(&b, &e, &lower, want, &wanted))
            consider();
        return words;
    }
    /* With the prefilter, most of a page is never walked word by word:
     * the scan jumps from one byte that could start a wanted word (its
     * first letter starts some term, or it is not ASCII) to the next,
     * keeps those that start a word, and walks only those words. Every
     * other word is ruled out by its first letter, as want() would rule
     * it out; the words kept and their bounds are those of a walk from
     * the start (Scanner::starts_word). */
    bool stop[256];
    unsigned char firsts[256];
    size_t nfirsts = 0;
    for (unsigned c = 0; c < 256; c++) {
        stop[c] = c >= 0x80 || first_byte[ascii_lower(c)];
        if (c < 0x80 && first_byte[c] && !(c >= 'A' && c <= 'Z'))
            firsts[nfirsts++] = (unsigned char)c;
    }
    const StopSkip skip(stop, firsts, nfirsts);
    const unsigned char *u = (const unsigned char *)text.data();
    const size_t n = text.size();
    size_t at = 0;
    for (;;) {
        at = skip.next(u, at, n);
        if (at >= n)
            break;
        if (u[at] >= 0x80) {
            unsigned ch;
            if ((u[at] & 0xC0) == 0x80) {   /* inside a sequence: its lead was judged */
                at++;
                continue;
            }
            size_t k = sc.next_char(at, &ch);
            if (!word_char(ch)) {
                at += k;
                continue;
            }
        } else if (!byte_class.is[u[at]]) {
            at++;
            continue;
        } else {
            /* Ruled out by its first two bytes, as word() would rule it
             * out (the same 'second'): most candidates end here, before
             * the look back for where a word starts. */
            unsigned c2 = at + 1 < n ? byte_class.of[u[at + 1]] : (unsigned)B_SEP;
            unsigned second = c2 == B_SEP ? 0 : c2 == B_WORD ? ascii_lower(u[at + 1]) : 0x100;
            if (!want(ascii_lower(u[at]), second)) {
                at++;
                continue;
            }
        }
        if (!sc.starts_word(at)) {
            at++;
            continue;
        }
        sc.i = at;
        if (!sc.word(&b, &e, &lower, want, &wanted))
            break;
        consider();
        at = e > at ? e : at + 1;
    }
    return words;
}

/* Whether the next word of 'text' after the one ending at 'end' begins
 * at 'begin': the two are then consecutive words. */
static bool next_word_at(const std::string &text, size_t end, size_t begin)
{
    Scanner sc(text);
    size_t b, e;
    bool wanted;
    sc.i = end;
    auto never = [](unsigned, unsigned) { return false; };
    return sc.word(&b, &e, NULL, never, &wanted) && b == begin;
}

/* From the stem each word matched to what it shows: a solo term
 * counts wherever it stands; a phrase's word only inside a run of
 * consecutive words that spells the whole phrase, which then counts as
 * one (numbered after the terms). */
static void mark_phrases(const std::string &text, std::vector<Word> &words, const SnippetPlan &plan,
                         const std::vector<std::string> &terms)
{
    std::vector<int> stem_of(words.size());
    for (size_t w = 0; w < words.size(); w++) {
        stem_of[w] = words[w].term;
        if (words[w].term >= (int)plan.solo.size())
            words[w].term = -1;
    }
    for (size_t p = 0; p < plan.phrases.size(); p++) {
        const auto &ph = plan.phrases[p];
        std::vector<int> ids;
        for (const std::string &t : ph)
            ids.push_back((int)(std::find(terms.begin(), terms.end(), t) - terms.begin()));
        for (size_t w = 0; w + ids.size() <= words.size(); w++) {
            size_t k = 0;
            while (k < ids.size() && stem_of[w + k] == ids[k] &&
                   (k == 0 || next_word_at(text, words[w + k - 1].end, words[w + k].begin)))
                k++;
            if (k < ids.size())
                continue;
            for (k = 0; k < ids.size(); k++)
                words[w + k].term = (int)(terms.size() + p);
            w += ids.size() - 1;
        }
    }
}

/* The word that starts the best window of 'len' bytes: the most
 * distinct matches, then the most matches (*matches gets that count). */
static size_t best_window(const std::vector<Word> &words, size_t nids, size_t len, size_t *matches_out)
{
    size_t best = 0, bestd = 0, bestm = 0;
    std::vector<unsigned> seen(nids, 0);
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
    *matches_out = bestm;
    return best;
}

/* Where a snippet whose first match begins at 'begin' starts: up to
 * four words earlier, each less than 'reach' bytes before it, for
 * context. The words are found by a walk from the first word that
 * begins within reach (Scanner::starts_word), so they are the text's
 * own words. */
static size_t lead_in(const std::string &text, size_t begin, size_t reach)
{
    if (reach == 0)
        return begin;
    const unsigned char *u = (const unsigned char *)text.data();
    Scanner sc(text);
    size_t p = begin >= reach ? begin - reach + 1 : 0;
    while (p < begin) {
        unsigned ch;
        if ((u[p] & 0xC0) == 0x80) {
            p++;
            continue;
        }
        size_t k = sc.next_char(p, &ch);
        if (word_char(ch) && sc.starts_word(p))
            break;
        p += k;
    }
    size_t ring[4], count = 0, b, e;
    bool wanted;
    auto never = [](unsigned, unsigned) { return false; };
    sc.i = p;
    while (p < begin && sc.word(&b, &e, NULL, never, &wanted) && b < begin)
        ring[count++ % 4] = b;
    if (count == 0)
        return begin;
    return ring[(count - (count < 4 ? count : 4)) % 4];
}

/* Whether matched words w and w + 1 are neighbours in the text separated
 * only by blanks: they then share one highlight, so a phrase reads as
 * one unit. */
static bool joined(const std::string &text, const std::vector<Word> &words, size_t w)
{
    /* Blanks alone between them make them consecutive words. */
    if (w + 1 >= words.size() || words[w].term < 0 || words[w + 1].term < 0)
        return false;
    for (size_t k = words[w].end; k < words[w + 1].begin; k++)
        if (text[k] != ' ')
            return false;
    return true;
}

std::string fa__make_snippet(const std::string &text, size_t len, Xapian::Stem &stem,
                             Xapian::Stem &exact, const SnippetPlan &plan, bool prefilter, SnippetMemo *memo)
{
    /* Every stem to look for: the solo terms, then the phrases' words. */
    std::vector<std::string> terms = plan.solo;
    for (const auto &ph : plan.phrases)
        for (const std::string &t : ph)
            if (std::find(terms.begin(), terms.end(), t) == terms.end())
                terms.push_back(t);

    std::vector<Word> words = words_of(text, stem, exact, terms, prefilter, memo);
    mark_phrases(text, words, plan, terms);
    size_t bestm = 0;
    size_t best = best_window(words, terms.size() + plan.phrases.size(), len, &bestm);
    /* Start a few words before the first match, for context; with no
     * match, at the first word. */
    size_t from;
    if (bestm > 0) {
        from = lead_in(text, words[best].begin, len / 3);
    } else {
        from = 0;
    }

    /* The words of the window, from 'from' on while they fit in 'len'
     * bytes; 'm' walks the matched words alongside. */
    Scanner sc(text);
    sc.i = from;
    size_t b, e;
    bool wanted;
    auto never = [](unsigned, unsigned) { return false; };
    if (!sc.word(&b, &e, NULL, never, &wanted))
        return std::string();
    const char *base = text.data();
    const size_t start = b;
    size_t m = 0;
    while (m < words.size() && words[m].begin < start)
        m++;

    std::string out;
    if (start > 0)
        out += "...";
    size_t pos = start;
    bool more = false, open = false;
    for (;;) {
        bool hit = m < words.size() && words[m].begin == b && words[m].term >= 0;
        append_escaped(out, base + pos, b - pos);
        if (hit && !open)
            out += "<b>";
        append_escaped(out, base + b, e - b);
        open = hit && joined(text, words, m);
        if (hit && !open)
            out += "</b>";
        if (m < words.size() && words[m].begin == b)
            m++;
        pos = e;
        size_t nb, ne;
        if (!sc.word(&nb, &ne, NULL, never, &wanted))
            break;
        if (ne - start > len) {
            more = true;
            break;
        }
        b = nb;
        e = ne;
    }
    if (open)
        out += "</b>";   /* the next word shares it but is outside the window */
    /* Keep the punctuation that ends the last word's sentence. */
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',' || text[pos] == '!' || text[pos] == '?'))
        append_escaped(out, base + pos++, 1);
    if (more)
        out += "...";
    return out;
}

/* The whole of 'text', HTML-escaped, with the words 'plan' asks for in
 * <b>...</b> by the snippet's rules (phrases only where they stand
 * together; neighbours separated by blanks share one highlight). */
std::string fa__highlight_all(const std::string &text, Xapian::Stem &stem, Xapian::Stem &exact,
                              const SnippetPlan &plan, bool prefilter, SnippetMemo *memo)
{
    std::vector<std::string> terms = plan.solo;
    for (const auto &ph : plan.phrases)
        for (const std::string &t : ph)
            if (std::find(terms.begin(), terms.end(), t) == terms.end())
                terms.push_back(t);
    std::vector<Word> words = words_of(text, stem, exact, terms, prefilter, memo);
    mark_phrases(text, words, plan, terms);
    std::string out;
    size_t pos = 0;
    for (size_t w = 0; w < words.size(); w++) {
        if (words[w].term < 0)
            continue;
        append_escaped(out, text.data() + pos, words[w].begin - pos);
        if (!(w > 0 && joined(text, words, w - 1)))
            out += "<b>";
        append_escaped(out, text.data() + words[w].begin, words[w].end - words[w].begin);
        if (!joined(text, words, w))
            out += "</b>";
        pos = words[w].end;
    }
    append_escaped(out, text.data() + pos, text.size() - pos);
    return out;
}
