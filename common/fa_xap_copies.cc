/* fa_xap_copies.cc - copy groups kept in an index (fa_copy.h has what a
 * copy is; fa_xap.h the contract).
 *
 * Invariant: the articles that carry a signature are partitioned into
 * groups, each a connected component of the "is a copy" relation
 * (fa_copy_similar). Every member carries its group's least anchor (the
 * least fa_copy_anchor of its members) as an FA_PREFIX_ANCHOR term, and
 * its group's key in FA_SLOT_GROUP and as an FA_PREFIX_GROUP term: the
 * least anchor when no other group has the same one, else the least
 * fa_copy_unique of its members, so that a key never joins two groups.
 * Components, anchors and keys depend on the set of articles only, never
 * on the order they came in, their docids or the index they were stored
 * in, so a fresh build, an incremental one and a bulk build compacted
 * from temporary indexes give every article the same key.
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
#include <cstring>
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

static std::string anchor_term(const std::string &a)
{
    return std::string(FA_PREFIX_ANCHOR) + a;
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

/* Join in 'c' the items of one list that are copies (fa_copy_similar on
 * sig(item)), keeping the list's items by component: a new item is
 * compared with the members of each other component until one is a
 * copy, so that a list of g copies of one story costs g comparisons, not
 * g^2/2. With cap > 0 an item makes at most cap comparisons (a band
 * that many articles share is boilerplate, see FA_COPY_BAND_CHECKS). */
template <class Sig>
static void join_within(Components &c, const std::vector<size_t> &items, Sig sig, size_t cap)
{
    std::vector<std::vector<size_t>> groups;
    for (size_t i : items) {
        size_t checks = 0, into = SIZE_MAX;
        for (size_t g = 0; g < groups.size() && (!cap || checks < cap); g++) {
            if (groups[g].empty())
                continue;
            bool same = c.find(groups[g][0]) == c.find(i);
            for (size_t k = 0; !same && k < groups[g].size() && (!cap || checks < cap); k++) {
                checks++;
                if (fa_copy_similar(&sig(i), &sig(groups[g][k]))) {
                    c.join(i, groups[g][k]);
                    same = true;
                }
            }
            if (!same)
                continue;
            if (into == SIZE_MAX) {
                into = g;
            } else {
                groups[into].insert(groups[into].end(), groups[g].begin(), groups[g].end());
                groups[g].clear();
            }
        }
        if (into == SIZE_MAX)
            groups.push_back(std::vector<size_t>(1, i));
        else
            groups[into].push_back(i);
    }
}

/* An article stored (did) or about to be (did 0: 'pending'). */
struct Member {
    Xapian::docid did;
    fa_copy_sig sig;
};

/* The stored articles with term t, with their signatures. */
static std::vector<Member> members_of(Xapian::WritableDatabase &w, const std::string &t)
{
    std::vector<Member> v;
    for (Xapian::PostingIterator p = w.postlist_begin(t); p != w.postlist_end(t); ++p) {
        Member m;
        m.did = *p;
        if (sig_of(w.get_document(*p), &m.sig))
            v.push_back(m);
    }
    return v;
}

/* The components of ms (the members of one or a few groups: their copies
 * are all among them, by the invariant), with no cap: g copies of one
 * story cost g comparisons; g articles that split into many parts up to
 * g^2/2. */
static std::vector<std::vector<Member>> components_of(const std::vector<Member> &ms)
{
    Components c(ms.size());
    std::vector<size_t> all(ms.size());
    for (size_t i = 0; i < ms.size(); i++)
        all[i] = i;
    join_within(c, all, [&](size_t i) -> const fa_copy_sig & { return ms[i].sig; }, 0);
    std::unordered_map<size_t, size_t> at;
    std::vector<std::vector<Member>> out;
    for (size_t i = 0; i < ms.size(); i++) {
        auto it = at.find(c.find(i));
        if (it == at.end())
            it = at.emplace(c.find(i), out.size()).first, out.emplace_back();
        out[it->second].push_back(ms[i]);
    }
    return out;
}

/* The group's least anchor of its members, and its unique key. */
static void keys_of(const std::vector<Member> &x, std::string *a, std::string *u)
{
    uint64_t la = UINT64_MAX, lu = UINT64_MAX;
    for (const Member &m : x) {
        la = std::min(la, fa_copy_anchor(&m.sig));
        lu = std::min(lu, fa_copy_unique(&m.sig));
    }
    *a = hex16(la);
    *u = hex16(lu);
}

/* Give document 'd' the group anchor 'a' and key 'key' (terms and value);
 * an anchor it leaves is added to *left. Whether it changed. */
static bool label_doc(Xapian::Document &d, const std::string &a, const std::string &key,
                      std::set<std::string> *left)
{
    std::string oldkey = d.get_value(FA_SLOT_GROUP), olda;
    Xapian::TermIterator t = d.termlist_begin();
    t.skip_to(FA_PREFIX_ANCHOR);
    if (t != d.termlist_end() && (*t).compare(0, strlen(FA_PREFIX_ANCHOR), FA_PREFIX_ANCHOR) == 0)
        olda = (*t).substr(strlen(FA_PREFIX_ANCHOR));
    if (oldkey == key && olda == a)
        return false;
    if (!olda.empty() && olda != a) {
        if (left)
            left->insert(olda);
        d.remove_term(anchor_term(olda));
    }
    if (!oldkey.empty() && oldkey != key) {
        try {
            d.remove_term(group_term(oldkey));
        } catch (const Xapian::InvalidArgumentError &) {
            /* the value without its term: nothing to remove */
        }
    }
    d.add_boolean_term(anchor_term(a));
    d.add_boolean_term(group_term(key));
    d.add_value(FA_SLOT_GROUP, key);
    return true;
}

static void label(Xapian::WritableDatabase &w, Xapian::docid did, const std::string &a,
                  const std::string &key, std::set<std::string> *left)
{
    Xapian::Document d = w.get_document(did);
    if (label_doc(d, a, key, left))
        w.replace_document(did, d);
}

/* The groups whose members carry anchor term a: one keeps a as its key;
 * several each take their unique key (so that keys never join groups). */
static void settle_anchor(Xapian::WritableDatabase &w, const std::string &a)
{
    std::vector<Member> d = members_of(w, anchor_term(a));
    if (d.empty())
        return;
    bool one = true;
    for (const Member &m : d)
        one = one && w.get_document(m.did).get_value(FA_SLOT_GROUP) == a;
    if (one)
        return;   /* one group, keyed by its anchor already */
    std::vector<std::vector<Member>> groups = components_of(d);
    for (const auto &g : groups) {
        std::string ga, gu;
        keys_of(g, &ga, &gu);
        for (const Member &m : g)
            label(w, m.did, a, groups.size() == 1 ? a : gu, NULL);
    }
}

/* Label group x (one component; 'pending', when not NULL, is its member
 * with did 0, not stored yet): its least anchor, and that as its key
 * unless other groups have the same least anchor, when x and each of
 * them take their unique keys. Anchors x's members leave go to *left. */
static void place(Xapian::WritableDatabase &w, const std::vector<Member> &x, Xapian::Document *pending,
                  std::set<std::string> *left)
{
    std::string a, u;
    keys_of(x, &a, &u);
    std::set<Xapian::docid> mine;
    for (const Member &m : x)
        mine.insert(m.did);
    std::vector<Member> others;
    for (const Member &m : members_of(w, anchor_term(a)))
        if (!mine.count(m.did))
            others.push_back(m);
    const std::string &key = others.empty() ? a : u;
    for (const Member &m : x) {
        if (m.did == 0)
            label_doc(*pending, a, key, left);
        else
            label(w, m.did, a, key, left);
    }
    for (const auto &g : components_of(others)) {
        std::string ga, gu;
        keys_of(g, &ga, &gu);
        for (const Member &m : g)
            label(w, m.did, a, gu, NULL);
    }
}

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
    std::set<std::string> merged;      /* the groups of the copies found */
    std::set<Xapian::docid> checked;
    for (int b = 0; b < FA_COPY_BANDS; b++) {
        std::string term = std::string(FA_PREFIX_BAND) + hex16(fa_copy_band(&s, b));
        doc.add_boolean_term(term);
        if (db->mode != FA_DB_WRITE)
            continue;   /* a bulk build's groups are made by fa_db_compact */
        size_t looked = 0;
        for (Xapian::PostingIterator p = db->wdb.postlist_begin(term);
             p != db->wdb.postlist_end(term) && looked < FA_COPY_BAND_CHECKS; ++p, ++looked) {
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
    if (db->mode != FA_DB_WRITE) {
        std::string a = hex16(fa_copy_anchor(&s));
        label_doc(doc, a, a, NULL);
        return;
    }
    /* The new group: this article and every member of the groups it
     * joins. */
    std::vector<Member> x;
    x.push_back(Member{0, s});
    for (const std::string &k : merged)
        for (const Member &m : members_of(db->wdb, group_term(k)))
            x.push_back(m);
    std::set<std::string> left;
    place(db->wdb, x, &doc, &left);
    for (const std::string &a : left)
        settle_anchor(db->wdb, a);
}

CopyPlace fa__copy_place(const Xapian::Document &d)
{
    CopyPlace c;
    c.key = d.get_value(FA_SLOT_GROUP);
    Xapian::TermIterator t = d.termlist_begin();
    t.skip_to(FA_PREFIX_ANCHOR);
    if (t != d.termlist_end() && (*t).compare(0, strlen(FA_PREFIX_ANCHOR), FA_PREFIX_ANCHOR) == 0)
        c.anchor = (*t).substr(strlen(FA_PREFIX_ANCHOR));
    return c;
}

void fa__copy_repair(fa_db *db, const CopyPlace &gone)
{
    if (gone.key.empty())
        return;
    /* Every pair of what is left: it splits into components of its own.
     * A group of g costs g^2/2 comparisons of 60 numbers. */
    std::set<std::string> left;
    for (const auto &g : components_of(members_of(db->wdb, group_term(gone.key))))
        place(db->wdb, g, NULL, &left);
    if (!gone.anchor.empty())
        left.insert(gone.anchor);
    for (const std::string &a : left)
        settle_anchor(db->wdb, a);
}

void fa__copy_regroup(Xapian::WritableDatabase &w)
{
    /* Every article with a signature, numbered, with its anchor. */
    std::vector<Xapian::docid> ids;
    std::vector<uint64_t> anchor, unique;
    std::unordered_map<Xapian::docid, size_t> num;
    for (Xapian::ValueIterator v = w.valuestream_begin(FA_SLOT_SIGNATURE); v != w.valuestream_end(FA_SLOT_SIGNATURE); ++v) {
        fa_copy_sig s;
        std::string b = *v;
        if (fa_copy_decode(&s, b.data(), b.size()) < 0 || !s.nshingles)
            continue;
        num[v.get_docid()] = ids.size();
        ids.push_back(v.get_docid());
        anchor.push_back(fa_copy_anchor(&s));
        unique.push_back(fa_copy_unique(&s));
    }
    /* Copies share a band: only articles sharing one are compared, and
     * only while they are in different components (join_within). */
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
        join_within(c, share, sig, FA_COPY_BAND_CHECKS);
    }
    std::vector<uint64_t> la(ids.size(), UINT64_MAX), lu(ids.size(), UINT64_MAX);
    for (size_t i = 0; i < ids.size(); i++) {
        la[c.find(i)] = std::min(la[c.find(i)], anchor[i]);
        lu[c.find(i)] = std::min(lu[c.find(i)], unique[i]);
    }
    std::unordered_map<uint64_t, size_t> groups_with;   /* least anchor: groups */
    for (size_t i = 0; i < ids.size(); i++)
        if (c.find(i) == i)
            groups_with[la[i]]++;
    std::unordered_map<Xapian::docid, std::string> have;
    for (Xapian::ValueIterator v = w.valuestream_begin(FA_SLOT_GROUP); v != w.valuestream_end(FA_SLOT_GROUP); ++v)
        have[v.get_docid()] = *v;
    for (size_t i = 0; i < ids.size(); i++) {
        size_t r = c.find(i);
        std::string a = hex16(la[r]);
        std::string want = groups_with[la[r]] == 1 ? a : hex16(lu[r]);
        auto it = have.find(ids[i]);
        /* Compaction only joins groups, so a member whose own anchor is
         * its group's and whose key is right carries the right anchor
         * term already; every other one is read and relabelled. */
        if (it == have.end() || it->second != want || anchor[i] != la[r])
            label(w, ids[i], a, want, NULL);
    }
}

Xapian::MSetIterator fa__copy_longest(const Xapian::MSet &m)
{
    Xapian::MSetIterator best = m.begin();
    uint32_t most = 0;
    for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
        fa_copy_sig s;
        if (sig_of(it.get_document(), &s) && s.nshingles > most) {   /* '>': ties stay earliest */
            most = s.nshingles;
            best = it;
        }
    }
    return best;
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
