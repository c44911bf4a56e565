/* fa_xap_article.cc - one article by its id, whole: record, facet values
 * and full text, with the words a query matched highlighted. Searching
 * for many is fa_xap_search.cc's; this reuses its query builder and the
 * snippet rules, so a word is bold here exactly when it would be in a
 * snippet of the same query.
 */
#include "fa_xap_int.h"

#include <algorithm>
#include <cassert>
#include <cstdint>

static void fetch_article(fa_hits *h, fa_db *db, const char *id, const fa_search *s)
{
    Xapian::Query idq(std::string(FA_PREFIX_ID) + id);
    bool with_query = s->query && *s->query;
    Xapian::Query q = fa__query_build(db, s);   /* MatchAll and the filters, if no text */

    /* AND_MAYBE: the article is found whether or not it matches the
     * query, and the query's terms it holds are its matching terms. */
    Xapian::Enquire enq(db->db);
    enq.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, idq, q));
    Xapian::MSet m = enq.get_mset(0, 1);
    if (m.empty())
        return;   /* no such id: no hit */
    Xapian::MSetIterator it = m.begin();
    Xapian::Document doc = it.get_document();

    /* Whether it matches the query (and the filters) itself. */
    Xapian::Enquire both(db->db);
    both.set_query(Xapian::Query(Xapian::Query::OP_FILTER, q, idq));
    h->total = both.get_mset(0, 1).empty() ? 0 : 1;

    h->score.push_back(0.0);
    h->record.push_back(doc.get_value(FA_SLOT_RECORD));
    for (int f = 0; f < FA_NFACETS; f++)
        h->fvalues[f].push_back(doc.get_value(fa_facet_table[f].slot));
    h->snippet.emplace_back();
    h->text.push_back(fa__text_of(db, *it, doc.get_data(), h->record.back(), SIZE_MAX));
    SnippetPlan mine;
    if (with_query) {
        std::vector<std::string> matching(enq.get_matching_terms_begin(it), enq.get_matching_terms_end(it));
        std::sort(matching.begin(), matching.end());
        mine = fa__snippet_plan_for(fa__snippet_plan(q), matching, doc);
    }
    h->text_html.push_back(fa__highlight_all(h->text.back(), db->stem, db->foldstem, mine,
                                             fa__suffix_stemmer(db->language), fa__snippet_memo(db)));
}

extern "C" int fa_db_article(fa_hits **out, fa_db *db, const char *id, const fa_search *s)
{
    assert(out && db && id && s);
    *out = NULL;
    db->err[0] = '\0';
    try {
        std::unique_ptr<fa_hits> h;
        for (int attempt = 0;; attempt++) {   /* as fa_db_search */
            try {
                h.reset(new fa_hits());
                fetch_article(h.get(), db, id, s);
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

extern "C" const char *fa_hits_text(const fa_hits *h, size_t i, size_t *len)
{
    assert(i < h->record.size());
    if (i >= h->text.size()) {
        if (len)
            *len = 0;
        return "";
    }
    if (len)
        *len = h->text[i].size();
    return h->text[i].c_str();
}

extern "C" const char *fa_hits_text_html(const fa_hits *h, size_t i)
{
    assert(i < h->record.size());
    return i < h->text_html.size() ? h->text_html[i].c_str() : "";
}
