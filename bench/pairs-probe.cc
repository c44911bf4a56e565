// pairs-probe.cc - how far word-pair terms narrow a phrase before Xapian
// reads positions: for each phrase given (plain words, English stems), the
// documents matching the AND of its words (what Xapian checks positions
// on without pairs), the AND of its pair terms (what it checks with them)
// and the phrase itself, and the time of each, best of 5, with an exact
// count (check_at_least = every document), top 10 by BM25.
//
//   g++ -O2 -o /tmp/pairs-probe bench/pairs-probe.cc $(pkg-config --cflags --libs xapian-core)
//   /tmp/pairs-probe INDEX "law of the sea" "human rights" ...
//
// INDEX must be built with fa-index --word-pairs. The pair term spelling
// (FA_PREFIX_PAIR, '~' + a + ' ' + b) is fa_xap_pairs.cc's.
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

static double best_ms(Xapian::Enquire &e, const Xapian::Query &q, Xapian::doccount all, Xapian::doccount *n)
{
    e.set_query(q);
    double best = 1e9;
    for (int r = 0; r < 5; r++) {
        auto t0 = std::chrono::steady_clock::now();
        Xapian::MSet m = e.get_mset(0, 10, all);
        auto t1 = std::chrono::steady_clock::now();
        *n = m.get_matches_estimated();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return best;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: pairs-probe INDEX PHRASE...\n");
        return 2;
    }
    Xapian::Database db(argv[1]);
    Xapian::Stem stem("english");
    Xapian::Enquire e(db);
    e.set_weighting_scheme(Xapian::BM25Weight());
    Xapian::doccount all = db.get_doccount();
    printf("phrase\tAND(words)\tms\tAND(pairs)\tms\tphrase\tms\tphrase FILTER pairs\tms\n");
    for (int i = 2; i < argc; i++) {
        std::vector<std::string> w;
        std::string s = argv[i], cur;
        for (char c : s + " ") {
            if (c != ' ') {
                cur += c;
                continue;
            }
            if (!cur.empty())
                w.push_back(stem(cur));
            cur.clear();
        }
        std::vector<Xapian::Query> words, pairs;
        for (const std::string &x : w)
            words.emplace_back(x);
        for (size_t k = 0; k + 1 < w.size(); k++)
            pairs.emplace_back("~" + w[k] + " " + w[k + 1]);
        Xapian::Query both(Xapian::Query::OP_AND, words.begin(), words.end());
        Xapian::Query held(Xapian::Query::OP_AND, pairs.begin(), pairs.end());
        Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end(), (Xapian::termcount)words.size());
        Xapian::Query filtered(Xapian::Query::OP_FILTER, phrase, held);
        Xapian::doccount nw, np, nph, nf;
        double tw = best_ms(e, both, all, &nw), tp = best_ms(e, held, all, &np);
        double tph = best_ms(e, phrase, all, &nph), tf = best_ms(e, filtered, all, &nf);
        printf("%s\t%u\t%.2f\t%u\t%.2f\t%u\t%.2f\t%u\t%.2f\n", s.c_str(), nw, tw, np, tp, nph, tph, nf, tf);
    }
    return 0;
}
