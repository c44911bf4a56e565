/* fa_xap_facets.cc - counting facet values over every match.
 *
 * Each distinct value (a country code, an official's name) gets a small
 * number the first time it is seen; a search then counts into an array
 * indexed by those numbers. On a single local index the numbers of each
 * document are also remembered by document id, so a document seen by an
 * earlier search costs a few array increments instead of two value-slot
 * look-ups, a copy and a parse. The memory is bounded by the index: one
 * 32-bit word per document id plus one per (document, value) pair, built
 * only from documents that searches with facets have matched.
 */
#include "fa_xap_int.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

static inline bool cap(char c)
{
    return (unsigned char)(c - 'A') < 26;   /* not isupper(): no locale, no call */
}

FacetMemo::FacetMemo() : code_id(FA_NFACETS * NCODES, 0) {}

void FacetMemo::grow()
{
    std::vector<Entry> old(table.size() ? table.size() * 2 : 256, Entry{0, 0, 0, 0});
    old.swap(table);
    size_t mask = table.size() - 1;
    for (const Entry &e : old)
        if (e.len)
            for (size_t i = e.hash & mask;; i = (i + 1) & mask)
                if (!table[i].len) {
                    table[i] = e;
                    break;
                }
}

uint32_t FacetMemo::new_id(int f, const char *p, size_t n)
{
    names.emplace_back(p, n);
    facet_of.push_back((uint8_t)f);
    counts.push_back(0);
    return (uint32_t)names.size() - 1;
}

uint32_t FacetMemo::intern(int f, const char *p, size_t n)
{
    /* Country codes are three capitals: straight to an array slot. */
    if (n == 3 && cap(p[0]) && cap(p[1]) && cap(p[2])) {
        uint32_t &slot = code_id[(size_t)f * NCODES + (size_t)(p[0] - 'A') * 676 +
                                 (size_t)(p[1] - 'A') * 26 + (size_t)(p[2] - 'A')];
        if (!slot)
            slot = new_id(f, p, n) + 1;
        return slot - 1;
    }
    if ((used + 1) * 2 > table.size())
        grow();
    uint64_t h = fa_hash(p, n) ^ (uint64_t)f;
    size_t mask = table.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        Entry &e = table[i];
        if (!e.len) {
            uint32_t id = new_id(f, p, n);
            e = Entry{h, n, id, f};
            used++;
            return id;
        }
        if (e.hash == h && e.len == n && e.facet == f && memcmp(names[e.id].data(), p, n) == 0)
            return e.id;
    }
}

template <typename Fn>
static void split_set(const char *p, size_t n, Fn each)
{
    const char *end = p + n;
    while (p < end) {
        const char *t = static_cast<const char *>(memchr(p, '\t', (size_t)(end - p)));
        size_t len = (size_t)((t ? t : end) - p);
        if (len)
            each(p, len);
        p += len + 1;
    }
}

void FacetMemo::add_set(int f, const char *p, size_t n, unsigned long k)
{
    split_set(p, n, [&](const char *v, size_t len) { counts[intern(f, v, len)] += k; });
}

void FacetMemo::add_document(const Xapian::Document &doc, bool remember, Xapian::docid max_docid)
{
    Xapian::docid did = doc.get_docid();
    /* Offsets are 32-bit: past that, count without remembering. */
    remember = remember && did <= max_docid && lists.size() < UINT32_MAX / 2;
    if (remember && did < at.size() && at[did]) {
        const uint32_t *l = &lists[at[did] - 1];
        for (uint32_t i = 1; i <= l[0]; i++)
            counts[l[i]]++;
        return;
    }
    size_t start = lists.size();
    if (remember)
        lists.push_back(0);
    for (int f = 0; f < FA_NFACETS; f++) {
        const std::string v = doc.get_value(fa_facet_table[f].slot);
        split_set(v.data(), v.size(), [&](const char *s, size_t len) {
            uint32_t id = intern(f, s, len);
            counts[id]++;
            if (remember)
                lists.push_back(id);
        });
    }
    if (!remember)
        return;
    lists[start] = (uint32_t)(lists.size() - start - 1);
    if (did >= at.size())
        at.resize((size_t)max_docid + 1, 0);
    at[did] = (uint32_t)start + 1;
}

void FacetMemo::start()
{
    std::fill(counts.begin(), counts.end(), 0);
}

size_t FacetMemo::take_results(int f, size_t limit,
                             std::vector<std::pair<std::string, unsigned long>> &out)
{
    std::vector<std::pair<unsigned long, uint32_t>> got;   /* count, id */
    for (size_t id = 0; id < names.size(); id++)
        if (facet_of[id] == f && counts[id]) {
            got.emplace_back(counts[id], (uint32_t)id);
            counts[id] = 0;
        }
    /* Most frequent first; ties by value, so output is stable. Names are
     * compared only on ties, and only the shown part is put in order. */
    auto before = [this](const std::pair<unsigned long, uint32_t> &x,
                         const std::pair<unsigned long, uint32_t> &y) {
        return x.first != y.first ? x.first > y.first : names[x.second] < names[y.second];
    };
    size_t distinct = got.size();
    if (limit && limit < got.size()) {
        std::partial_sort(got.begin(), got.begin() + (std::ptrdiff_t)limit, got.end(), before);
        got.resize(limit);
    } else {
        std::sort(got.begin(), got.end(), before);
    }
    for (const auto &g : got)
        out.emplace_back(names[g.second], g.first);
    return distinct;
}

/* "YYYYMMDD" as a number, or 0 when the value is not eight digits. */
static uint32_t date_number(const std::string &v)
{
    if (v.size() != 8)
        return 0;
    uint32_t d = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return 0;
        d = d * 10 + (uint32_t)(c - '0');
    }
    return d;
}

void FacetMemo::count_date(uint32_t date)
{
    if (!last_count || date != last_date) {
        last_count = &date_counts[date];   /* references stay valid across inserts */
        last_date = date;
    }
    ++*last_count;
}

void FacetMemo::start_dates()
{
    date_counts.clear();
    last_count = nullptr;
}

void FacetMemo::add_date(const Xapian::Document &doc, bool remember, Xapian::docid max_docid)
{
    Xapian::docid did = doc.get_docid();
    remember = remember && did <= max_docid;
    if (remember && did < date_at.size() && date_at[did]) {
        if (date_at[did] > 1)
            count_date(date_at[did] - 2);
        return;
    }
    uint32_t d = date_number(doc.get_value(FA_SLOT_DATE));
    if (d)
        count_date(d);
    if (!remember)
        return;
    if (did >= date_at.size())
        date_at.resize((size_t)max_docid + 1, 0);
    date_at[did] = d ? d + 2 : 1;
}

void FacetMemo::take_dates(std::vector<std::pair<std::string, unsigned long>> &out)
{
    char buf[16];
    for (const auto &c : date_counts)
        if (c.second) {
            snprintf(buf, sizeof buf, "%08u", (unsigned)c.first);
            out.emplace_back(buf, c.second);
        }
    start_dates();
}

void DateSpy::operator()(const Xapian::Document &doc, double)
{
    memo->add_date(doc, remember, max_docid);
}

/* This spy is ours, so Xapian's remote server cannot run it; searches that
 * involve remote shards use Xapian's ValueCountMatchSpy, which counts
 * whole sets, split afterwards by FacetMemo::add_set: slower, same result. */
void FacetSpy::operator()(const Xapian::Document &doc, double)
{
    memo->add_document(doc, remember, max_docid);
}
