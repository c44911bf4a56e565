/* fa_xap_pairs.cc - word-pair terms: one boolean term per two words at
 * adjacent positions, so that a phrase is matched from posting lists
 * instead of position lists (FA_META_PAIRS, fa-index --word-pairs).
 *
 * Exactness rests on one rule, kept by both halves: the pair term of
 * (a, b) is in a document exactly when some position p holds term a and
 * p + 1 holds term b, a and b of the same prefix (both body words, both
 * title: words, both exact words, both source: words). That is what
 * Xapian's exact phrase of two terms asks, so the pair term IS that
 * phrase, and the pairs of a longer phrase are necessary for it (the
 * phrase stays, as the final check, on the documents they admit).
 */
#include "fa_xap_int.h"

#include <algorithm>
#include <cstring>

/* The prefix of a term: its leading capitals (Xapian's convention; the
 * term generator lower-cases every word it adds). */
static size_t prefix_len(const std::string &t)
{
    size_t n = 0;
    while (n < t.size() && t[n] >= 'A' && t[n] <= 'Z')
        n++;
    return n;
}

static bool same_prefix(const std::string &a, const std::string &b)
{
    size_t n = prefix_len(a);
    return n == prefix_len(b) && a.compare(0, n, b, 0, n) == 0;
}

/* The pair term of a then b into 'out'; false when there is none (too
 * long for Xapian, or a word holding the separator, which the term
 * generator never makes): such a pair is neither indexed nor asked for. */
static bool pair_term(const std::string &a, const std::string &b, std::string &out)
{
    size_t n = strlen(FA_PREFIX_PAIR) + a.size() + 1 + b.size();
    if (n > FA_XAP_MAX_TERM || a.find(' ') != std::string::npos || b.find(' ') != std::string::npos)
        return false;
    out.assign(FA_PREFIX_PAIR);
    out += a;
    out += ' ';
    out += b;
    return true;
}

void fa__pairs_index(Xapian::Document &doc)
{
    /* Every positional term by position. Boolean terms have none. */
    std::vector<std::string> terms;
    std::vector<std::pair<Xapian::termpos, uint32_t>> at;
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        Xapian::PositionIterator p = t.positionlist_begin(), end = t.positionlist_end();
        if (p == end)
            continue;
        uint32_t k = (uint32_t)terms.size();
        terms.push_back(*t);
        for (; p != end; ++p)
            at.emplace_back(*p, k);
    }
    std::sort(at.begin(), at.end());
    std::vector<std::string> pairs;
    std::string pt;
    /* Runs of one position; usually one term each (two with exact words,
     * whose positions overlap the stemmed words'). */
    for (size_t i = 0; i < at.size();) {
        size_t j = i;
        while (j < at.size() && at[j].first == at[i].first)
            j++;
        size_t e = j;
        while (e < at.size() && at[e].first == at[i].first + 1)
            e++;
        for (size_t x = i; x < j; x++)
            for (size_t y = j; y < e; y++) {
                const std::string &a = terms[at[x].second], &b = terms[at[y].second];
                if (same_prefix(a, b) && pair_term(a, b, pt))
                    pairs.push_back(pt);
            }
        i = j;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    /* wdf 0: document lengths, and so every BM25 weight, stay as they are. */
    for (const std::string &p : pairs)
        doc.add_boolean_term(p);
}

/* The term of a leaf query ("" for anything else). */
static bool leaf_term(const Xapian::Query &q, std::string &out)
{
    if (q.get_type() != Xapian::Query::LEAF_TERM)
        return false;
    Xapian::TermIterator t = q.get_terms_begin();
    if (t == q.get_terms_end())
        return false;
    out = *t;
    return !out.empty();
}

/* 'q' is an OP_PHRASE: its rewrite, or 'q' itself when it is not an exact
 * phrase of plain terms of one prefix. */
static Xapian::Query rewrite_phrase(const Xapian::Query &q, bool *changed)
{
    size_t n = q.get_num_subqueries();
    if (n < 2)
        return q;
    std::vector<Xapian::Query> subs;
    std::vector<std::string> words(n);
    for (size_t i = 0; i < n; i++) {
        subs.push_back(q.get_subquery(i));
        if (!leaf_term(subs.back(), words[i]) || !same_prefix(words[i], words[0]))
            return q;
    }
    /* The window is not readable from a Query: the phrase rebuilt with
     * window n describes itself the same only when that is its window. */
    Xapian::Query exact(Xapian::Query::OP_PHRASE, subs.begin(), subs.end(), (Xapian::termcount)n);
    if (exact.get_description() != q.get_description())
        return q;
    std::vector<Xapian::Query> pairs;
    std::string pt;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!pair_term(words[i], words[i + 1], pt))
            return q;
        pairs.emplace_back(pt, 0);   /* wqf 0: a filter adds no query length */
    }
    *changed = true;
    if (n == 2) {
        /* The pair is the phrase. The words' AND keeps the phrase's
         * weight (the sum of its words' BM25 weights): same scores. */
        return Xapian::Query(Xapian::Query::OP_FILTER,
                             Xapian::Query(Xapian::Query::OP_AND, subs.begin(), subs.end()), pairs[0]);
    }
    /* Xapian checks positions last, on what the AND with the pairs lets
     * through. */
    return Xapian::Query(Xapian::Query::OP_FILTER, q,
                         Xapian::Query(Xapian::Query::OP_AND, pairs.begin(), pairs.end()));
}

static Xapian::Query rewrite(const Xapian::Query &q, bool *changed)
{
    Xapian::Query::op op = q.get_type();
    if (op == Xapian::Query::OP_PHRASE)
        return rewrite_phrase(q, changed);
    /* Only the operators a Query rebuilds from its subqueries alone;
     * NEAR, SYNONYM, SCALE_WEIGHT, ELITE_SET, value ranges and the rest
     * stay as they are, with whatever phrases they hold. */
    if (op != Xapian::Query::OP_AND && op != Xapian::Query::OP_OR && op != Xapian::Query::OP_AND_NOT &&
        op != Xapian::Query::OP_XOR && op != Xapian::Query::OP_AND_MAYBE && op != Xapian::Query::OP_FILTER &&
        op != Xapian::Query::OP_MAX)
        return q;
    size_t n = q.get_num_subqueries();
    std::vector<Xapian::Query> subs;
    bool any = false;
    for (size_t i = 0; i < n; i++)
        subs.push_back(rewrite(q.get_subquery(i), &any));
    if (!any)
        return q;
    *changed = true;
    return Xapian::Query(op, subs.begin(), subs.end());
}

Xapian::Query fa__pairs_rewrite(const Xapian::Query &q)
{
    bool changed = false;
    return rewrite(q, &changed);
}
