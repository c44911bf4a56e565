/* fa_xap_facets.cc - counting facet values over every match, without an
 * allocation per document: country codes (three capital letters) go
 * straight to an array slot; any other value goes to an open-addressing
 * table over a string pool.
 */
#include "fa_xap_int.h"

#include <cstring>

FacetCounter::FacetCounter() : codes(NCODES, 0) {}

void FacetCounter::grow()
{
    std::vector<Entry> old(table.size() ? table.size() * 2 : 256, Entry{0, 0, 0, 0});
    old.swap(table);
    for (const Entry &e : old)
        if (e.len)
            place(e);
}

void FacetCounter::place(const Entry &e)
{
    size_t mask = table.size() - 1;
    for (size_t i = e.hash & mask;; i = (i + 1) & mask)
        if (!table[i].len) {
            table[i] = e;
            return;
        }
}

void FacetCounter::add_other(const char *p, size_t n, unsigned long k)
{
    if ((used + 1) * 2 > table.size())
        grow();
    uint64_t h = fa_hash(p, n);
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

static inline bool cap(char c)
{
    return (unsigned char)(c - 'A') < 26;   /* not isupper(): no locale, no call */
}

void FacetCounter::add_set(const char *p, size_t n, unsigned long k)
{
    const char *end = p + n;
    while (p < end) {
        /* Country codes are three capitals then a tab or the end. */
        if (end - p >= 3 && cap(p[0]) && cap(p[1]) && cap(p[2]) && (end - p == 3 || p[3] == '\t')) {
            codes[(size_t)(p[0] - 'A') * 676 + (size_t)(p[1] - 'A') * 26 + (size_t)(p[2] - 'A')] += k;
            p += 4;
            continue;
        }
        const char *t = static_cast<const char *>(memchr(p, '\t', (size_t)(end - p)));
        size_t len = (size_t)((t ? t : end) - p);
        if (len)
            add_other(p, len, k);
        p += len + 1;
    }
}

void FacetCounter::results(std::vector<std::pair<std::string, unsigned long>> &out) const
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

/* This spy is ours, so Xapian's remote server cannot run it; searches that
 * involve remote shards use Xapian's ValueCountMatchSpy, which counts
 * whole sets, split afterwards by a FacetCounter: slower, same result. */
void FacetSpy::operator()(const Xapian::Document &doc, double)
{
    for (int f = 0; f < FA_NFACETS; f++) {
        const std::string v = doc.get_value(f == FA_FACET_COUNTRY ? FA_SLOT_COUNTRIES : FA_SLOT_OFFICIALS);
        counts[f].add_set(v.data(), v.size(), 1);
    }
}
