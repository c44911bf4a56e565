/* fa_xap_copies.cc - copy groups kept in an index (fa_copy.h has what a
 * copy is; fa_xap.h the contract).
 *
 * Invariant: the articles that carry a signature are partitioned into
 * groups, each a connected component of the "is a copy" relation
 * (fa_copy_similar), and every member carries its group's key: the least
 * own key (fa_copy_anchor) of its members, in FA_SLOT_GROUP and as an
 * FA_PREFIX_GROUP term. Components and least keys depend on the set of
 * articles only, never on the order they came in, their docids or the
 * index they were stored in, so a fresh build, an incremental one and a
 * bulk build compacted from temporary indexes give every article the
 * same key.
 *
 * A writer keeps the invariant per article: a new one looks its copies up
 * by its band terms and merges their groups (fa__copy_index); one that
 * leaves (deleted, replaced) has its former group recomputed among the
 * members that stay (fa__copy_repair). A bulk build stores own keys only,
 * and fa_db_compact recomputes every group once (fa__copy_regroup).
 */
#include "fa_xap_int.h"
#include "fa_copy.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

static std::string hex16(uint64_t v)
{
    char b[17];
    snprintf(b, sizeof b, "%016llx", (unsigned long long)v);
    return b;
}

static std::string group_term(const std::string &key)
{
    return std::string(FA_PREFIX_GROUP) + key;
}

static bool sig_of(const Xapian::Document &d, fa_copy_sig *out)
{
    std::string v = d.get_value(FA_SLOT_SIGNATURE);
    return fa_copy_decode(out, v.data(), v.size()) == 0 && out->nshingles;
}

/* Give document 'did' the group key 'key' (value and term). */
static void relabel(Xapian::WritableDatabase &w, Xapian::docid did, const std::string &key)
{
    Xapian::Document d = w.get_document(did);
    std::string old = d.get_value(FA_SLOT_GROUP);
    if (old == key)
        return;
    if (!old.empty()) {
        try {
            d.remove_term(group_term(old));
        } catch (const Xapian::InvalidArgumentError &) {
            /* the value without its term: nothing to remove */
        }
    }
    d.add_boolean_term(group_term(key));
    d.add_value(FA_SLOT_GROUP, key);
    w.replace_document(did, d);
}

/* Union-find over small integers, with path halving. */
struct Components {
    std::vector<size_t> up;
    explicit Components(size_t n) : up(n) { for (size_t i = 0; i < n; i++) up[i] = i; }
    size_t find(size_t i)
    {
        while (up[i] != i)
            i = up[i] = up[up[i]];
        return i;
    }
    void join(size_t a, size_t b) { up[find(a)] = find(b); }
};

void fa__copy_index(fa_db *db, Xapian::Document &doc, const std::string &body)
{
    if (!db->copies)
        return;
    fa_copy_sig s;
    fa_copy_sign(&s, body.data(), body.size());
    if (!s.nshingles)
        return;   /* no word: no signature, never a copy */
    unsigned char buf[FA_COPY_SIG_BYTES];
    fa_copy_encode(&s, buf);
    doc.add_value(FA_SLOT_SIGNATURE, std::string((const char *)buf, sizeof buf));
    std::string key = hex16(fa_copy_anchor(&s));
    std::set<std::string> merged;      /* the groups of the copies found */
    std::set<Xapian::docid> checked;
    for (int b = 0; b < FA_COPY_BANDS; b++) {
        std::string term = std::string(FA_PREFIX_BAND) + hex16(fa_copy_band(&s, b));
        doc.add_boolean_term(term);
        if (db->mode != FA_DB_WRITE)
            continue;   /* a bulk build's groups are made by fa_db_compact */
        for (Xapian::PostingIterator p = db->wdb.postlist_begin(term); p != db->wdb.postlist_end(term); ++p) {
            if (!checked.insert(*p).second)
                continue;
            Xapian::Document other = db->wdb.get_document(*p);
            std::string okey = other.get_value(FA_SLOT_GROUP);
            if (okey.empty() || merged.count(okey))
                continue;   /* that group joins already */
            fa_copy_sig os;
            if (sig_of(other, &os) && fa_copy_similar(&s, &os))
                merged.insert(okey);
        }
    }
    if (!merged.empty() && *merged.begin() < key)
        key = *merged.begin();
    for (const std::string &k : merged) {
        if (k == key)
            continue;
        std::vector<Xapian::docid> members;
        std::string t = group_term(k);
        for (Xapian::PostingIterator p = db->wdb.postlist_begin(t); p != db->wdb.postlist_end(t); ++p)
            members.push_back(*p);
        for (Xapian::docid m : members)
            relabel(db->wdb, m, key);
    }
    doc.add_value(FA_SLOT_GROUP, key);
    doc.add_boolean_term(group_term(key));
}

void fa__copy_repair(fa_db *db, const std::string &key)
{
    if (key.empty())
        return;
    std::vector<Xapian::docid> ids;
    std::vector<fa_copy_sig> sigs;
    std::string t = group_term(key);
    for (Xapian::PostingIterator p = db->wdb.postlist_begin(t); p != db->wdb.postlist_end(t); ++p) {
        fa_copy_sig s;
        if (sig_of(db->wdb.get_document(*p), &s)) {
            ids.push_back(*p);
            sigs.push_back(s);
        }
    }
    /* Every pair: the members' copies are all among them (invariant), so
     * what is left splits into components of its own. A group of g
     * costs g^2/2 comparisons of 60 numbers. */
    Components c(ids.size());
    for (size_t i = 0; i < ids.size(); i++)
        for (size_t j = 0; j < i; j++)
            if (c.find(i) != c.find(j) && fa_copy_similar(&sigs[i], &sigs[j]))
                c.join(i, j);
    std::unordered_map<size_t, uint64_t> least;
    for (size_t i = 0; i < ids.size(); i++) {
        uint64_t a = fa_copy_anchor(&sigs[i]);
        auto it = least.find(c.find(i));
        if (it == least.end() || a < it->second)
            least[c.find(i)] = a;
    }
    for (size_t i = 0; i < ids.size(); i++)
        relabel(db->wdb, ids[i], hex16(least[c.find(i)]));
}

void fa__copy_regroup(Xapian::WritableDatabase &w)
{
    /* Every article with a signature, numbered, with its own key. */
    std::vector<Xapian::docid> ids;
    std::vector<uint64_t> anchor;
    std::unordered_map<Xapian::docid, size_t> num;
    for (Xapian::ValueIterator v = w.valuestream_begin(FA_SLOT_SIGNATURE); v != w.valuestream_end(FA_SLOT_SIGNATURE); ++v) {
        fa_copy_sig s;
        std::string b = *v;
        if (fa_copy_decode(&s, b.data(), b.size()) < 0 || !s.nshingles)
            continue;
        num[v.get_docid()] = ids.size();
        ids.push_back(v.get_docid());
        anchor.push_back(fa_copy_anchor(&s));
    }
    /* Copies share a band: only articles sharing one are compared, and
     * only while they are in different components. */
    Components c(ids.size());
    std::unordered_map<size_t, fa_copy_sig> sigs;   /* loaded when compared */
    auto sig = [&](size_t i) -> const fa_copy_sig & {
        auto it = sigs.find(i);
        if (it == sigs.end()) {
            fa_copy_sig s;
            if (!sig_of(w.get_document(ids[i]), &s))
                s.nshingles = 0;
            it = sigs.emplace(i, s).first;
        }
        return it->second;
    };
    const std::string prefix = FA_PREFIX_BAND;
    for (Xapian::TermIterator t = w.allterms_begin(prefix); t != w.allterms_end(prefix); ++t) {
        if (t.get_termfreq() < 2)
            continue;
        std::vector<size_t> share;
        for (Xapian::PostingIterator p = w.postlist_begin(*t); p != w.postlist_end(*t); ++p) {
            auto it = num.find(*p);
            if (it != num.end())
                share.push_back(it->second);
        }
        for (size_t i = 0; i < share.size(); i++)
            for (size_t j = 0; j < i; j++)
                if (c.find(share[i]) != c.find(share[j]) && fa_copy_similar(&sig(share[i]), &sig(share[j])))
                    c.join(share[i], share[j]);
    }
    std::vector<uint64_t> least(ids.size(), UINT64_MAX);
    for (size_t i = 0; i < ids.size(); i++)
        least[c.find(i)] = std::min(least[c.find(i)], anchor[i]);
    std::unordered_map<Xapian::docid, std::string> have;
    for (Xapian::ValueIterator v = w.valuestream_begin(FA_SLOT_GROUP); v != w.valuestream_end(FA_SLOT_GROUP); ++v)
        have[v.get_docid()] = *v;
    for (size_t i = 0; i < ids.size(); i++) {
        std::string want = hex16(least[c.find(i)]);
        auto it = have.find(ids[i]);
        if (it == have.end() || it->second != want)
            relabel(w, ids[i], want);
    }
}

std::string fa__copy_group_of(Xapian::Database &d, const std::string &id, bool *found)
{
    std::string term = std::string(FA_PREFIX_ID) + id;
    Xapian::Enquire e(d);
    e.set_query(Xapian::Query(term));
    Xapian::MSet m = e.get_mset(0, 1);
    *found = !m.empty();
    if (m.empty())
        return std::string();
    return m.begin().get_document().get_value(FA_SLOT_GROUP);
}
