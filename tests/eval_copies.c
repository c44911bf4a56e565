/* eval_copies.c - precision and recall of "is a copy" (fa_copy.h) on a
 * labelled set: lines "id<TAB>story<TAB>text", articles of one story
 * being copies of each other (tests/copies/gen.py derives such a set from
 * Wikinews and UNGDC at run time).
 *
 * Two measures, both over pairs of articles:
 *   rule:   fa_copy_similar on their signatures (shares a band and passes
 *           the thresholds): what "is a copy" says of one pair;
 *   groups: in one copy group after storing every article in an index one
 *           at a time (fa_db_put, the incremental path), which adds what
 *           chains of copies join; checked equal to the groups a
 *           compaction (the bulk path) makes.
 * Each kind of edit is also scored on its own: for a copy, whether the
 * rule calls it a copy of the article it was made from and whether it is
 * in that article's group; for a near-miss (made from an article but a
 * story of its own), the same two, which are then false joins.
 *
 * Lines have 3 columns, id<TAB>story<TAB>text, the kind being the id's
 * "~kind" suffix and the article it was made from the id before the '~'
 * (gen.py's form), or 5, id<TAB>story<TAB>kind<TAB>of<TAB>text (the hand
 * set, tests/copies/hand.jsonl, as the Makefile writes it); kind
 * "original" or empty is not scored per kind.
 *
 * Usage: eval_copies SET.tsv TMPDIR
 */
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fa_article.h"
#include "fa_copy.h"
#include "fa_error.h"
#include "fa_xap.h"

typedef struct item {
    char *id, *story, *kind, *of, *text;
    fa_copy_sig sig;
    long group;   /* index of the group's first member in 'items' */
} item;

static item *items;
static size_t nitems;

static int by_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static long find_id(char **sorted_ids, size_t *order, const char *id)
{
    size_t lo = 0, hi = nitems;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(sorted_ids[mid], id);
        if (c == 0)
            return (long)order[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

static const char *kind_of(const char *id)
{
    const char *t = strchr(id, '~');
    return t ? t + 1 : "";
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Every article's group: the article with the smallest index among the
 * members --similar lists. */
static int read_groups(fa_db *db, char **sorted_ids, size_t *order, long *out)
{
    for (size_t i = 0; i < nitems; i++) {
        fa_search s;
        fa_hits *h = NULL;
        memset(&s, 0, sizeof s);
        s.limit = (unsigned)nitems;
        s.similar = items[i].id;
        if (fa_db_search(&h, db, &s) != FA_OK) {
            fprintf(stderr, "eval_copies: %s\n", fa_db_errmsg(db));
            return -1;
        }
        long least = (long)i;
        for (size_t k = 0; k < fa_hits_size(h); k++) {
            size_t rl;
            const char *rec = fa_hits_record(h, k, &rl);
            fa_article *a = fa_article_new();
            if (!a || fa_article_decode(a, rec, rl) < 0)
                return -1;
            long j = find_id(sorted_ids, order, fa_article_get(a, FA_F_ID, NULL));
            if (j >= 0 && j < least)
                least = j;
            fa_article_free(a);
        }
        out[i] = least;
        fa_hits_free(h);
    }
    return 0;
}

static fa_db *open_db(const char *path, int mode)
{
    fa_db *db = NULL;
    char err[512];
    if (fa_db_open(&db, path, mode, NULL, err, sizeof err) != FA_OK) {
        fprintf(stderr, "eval_copies: %s: %s\n", path, err);
        exit(1);
    }
    return db;
}

static void put_all(fa_db *db, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        fa_article *a = fa_article_new();
        fa_article_set(a, FA_F_ID, items[i].id, strlen(items[i].id));
        fa_article_set(a, FA_F_TEXT, items[i].text, strlen(items[i].text));
        if (fa_db_put(db, a, NULL, NULL) != FA_OK) {
            fprintf(stderr, "eval_copies: %s: %s\n", items[i].id, fa_db_errmsg(db));
            exit(1);
        }
        fa_article_free(a);
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: eval_copies SET.tsv TMPDIR\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    char *line = NULL;
    size_t cap = 0, alloc = 0;
    ssize_t len;
    unsigned long lineno = 0;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        char *t[4] = {NULL, NULL, NULL, NULL};
        size_t ntab = 0;
        for (char *c = line; *c && ntab < 4; c++)
            if (*c == '\t')
                t[ntab++] = c;
        if (ntab != 2 && ntab != 4) {
            fprintf(stderr, "%s:%lu: want id<TAB>story<TAB>text or id<TAB>story<TAB>kind<TAB>of<TAB>text\n",
                    argv[1], lineno);
            return 1;
        }
        for (size_t k = 0; k < ntab; k++)
            *t[k] = '\0';
        char *t1 = t[0], *t2 = t[ntab - 1];
        if (nitems == alloc && !(items = realloc(items, (alloc = alloc ? 2 * alloc : 1024) * sizeof *items)))
            return 1;
        item *it = &items[nitems++];
        it->id = strdup(line);
        it->story = strdup(t1 + 1);
        it->text = strdup(t2 + 1);
        if (ntab == 4) {
            it->kind = strdup(t[1] + 1);
            it->of = strdup(t[2] + 1);
        } else {
            it->kind = strdup(kind_of(line));
            it->of = strndup(line, strcspn(line, "~"));
        }
        fa_copy_sign(&it->sig, it->text, strlen(it->text));
    }
    free(line);
    fclose(f);

    /* The rule over every pair. */
    unsigned long tp = 0, fp = 0, fn = 0;
    double t0 = now();
    for (size_t i = 0; i < nitems; i++)
        for (size_t j = 0; j < i; j++) {
            int truth = strcmp(items[i].story, items[j].story) == 0;
            int said = fa_copy_similar(&items[i].sig, &items[j].sig);
            tp += truth && said;
            fp += !truth && said;
            fn += truth && !said;
        }
    double trule = now() - t0;
    printf("set: %zu articles; %lu pairs of copies\n", nitems, tp + fn);
    printf("rule   (pairs, fa_copy_similar):  precision %.3f  recall %.3f  (tp %lu fp %lu fn %lu; %.1f s for all pairs)\n",
           tp + fp ? (double)tp / (double)(tp + fp) : 1.0, tp + fn ? (double)tp / (double)(tp + fn) : 1.0,
           tp, fp, fn, trule);

    /* Groups: incremental puts, then a bulk build in two halves. */
    char **ids = malloc(nitems * sizeof *ids);
    size_t *order = malloc(nitems * sizeof *order);
    long *g_inc = malloc(nitems * sizeof *g_inc), *g_bulk = malloc(nitems * sizeof *g_bulk);
    for (size_t i = 0; i < nitems; i++)
        ids[i] = items[i].id;
    qsort(ids, nitems, sizeof *ids, by_str);
    for (size_t i = 0; i < nitems; i++)
        order[i] = 0;
    for (size_t i = 0; i < nitems; i++) {
        char **at = bsearch(&items[i].id, ids, nitems, sizeof *ids, by_str);
        order[at - ids] = i;
    }
    char p_inc[1024], p_b1[1024], p_b2[1024], p_m[1024], err[512];
    snprintf(p_inc, sizeof p_inc, "%s/inc", argv[2]);
    snprintf(p_b1, sizeof p_b1, "%s/b1", argv[2]);
    snprintf(p_b2, sizeof p_b2, "%s/b2", argv[2]);
    snprintf(p_m, sizeof p_m, "%s/merged", argv[2]);
    fa_db *db = open_db(p_inc, FA_DB_WRITE);
    t0 = now();
    put_all(db, 0, nitems);
    fa_db_commit(db);
    double tput = now() - t0;
    if (read_groups(db, ids, order, g_inc) < 0)
        return 1;
    fa_db_close(db, NULL, 0);
    /* Copies land in either half: odd and even lines. */
    fa_db *b1 = open_db(p_b1, FA_DB_BULK), *b2 = open_db(p_b2, FA_DB_BULK);
    for (size_t i = 0; i < nitems; i++)
        put_all(i % 2 ? b2 : b1, i, i + 1);
    fa_db_close(b1, NULL, 0);
    fa_db_close(b2, NULL, 0);
    const char *in[] = {p_b1, p_b2};
    if (fa_db_compact(p_m, in, 2, err, sizeof err) != FA_OK) {
        fprintf(stderr, "eval_copies: compact: %s\n", err);
        return 1;
    }
    db = open_db(p_m, FA_DB_READ);
    if (read_groups(db, ids, order, g_bulk) < 0)
        return 1;
    fa_db_close(db, NULL, 0);
    /* The two halves as two shards, each grouped on its own (a compaction
     * of one), searched as one: copies split over them share a key only
     * when their groups' least anchors agree. */
    char p_s1[1024], p_s2[1024];
    snprintf(p_s1, sizeof p_s1, "%s/s1", argv[2]);
    snprintf(p_s2, sizeof p_s2, "%s/s2", argv[2]);
    long *g_shard = malloc(nitems * sizeof *g_shard);
    if (fa_db_compact(p_s1, in, 1, err, sizeof err) != FA_OK ||
        fa_db_compact(p_s2, in + 1, 1, err, sizeof err) != FA_OK) {
        fprintf(stderr, "eval_copies: compact: %s\n", err);
        return 1;
    }
    db = open_db(p_s1, FA_DB_READ);
    if (fa_db_add(db, p_s2, err, sizeof err) != FA_OK || read_groups(db, ids, order, g_shard) < 0)
        return 1;
    fa_db_close(db, NULL, 0);
    size_t differ = 0;
    for (size_t i = 0; i < nitems; i++)
        differ += g_inc[i] != g_bulk[i];

    tp = fp = fn = 0;
    for (size_t i = 0; i < nitems; i++)
        for (size_t j = 0; j < i; j++) {
            int truth = strcmp(items[i].story, items[j].story) == 0;
            int said = g_inc[i] == g_inc[j];
            tp += truth && said;
            fp += !truth && said;
            fn += truth && !said;
        }
    printf("groups (pairs in one group):      precision %.3f  recall %.3f  (tp %lu fp %lu fn %lu)\n",
           tp + fp ? (double)tp / (double)(tp + fp) : 1.0, tp + fn ? (double)tp / (double)(tp + fn) : 1.0,
           tp, fp, fn);
    printf("incremental and bulk+compaction groups differ for %zu articles; %.2f s for %zu puts\n",
           differ, tput, nitems);
    /* Across shards: pairs of copies on different shards (odd and even
     * lines) found in one group. */
    unsigned long split = 0, joined = 0, falsely = 0;
    for (size_t i = 0; i < nitems; i++)
        for (size_t j = i % 2 ? 0 : 1; j < i; j += 2) {
            int truth = strcmp(items[i].story, items[j].story) == 0;
            split += truth;
            joined += truth && g_shard[i] == g_shard[j];
            falsely += !truth && g_shard[i] == g_shard[j];
        }
    printf("two shards, each grouped alone: %lu of %lu pairs of copies split over them share a key (%.3f); "
           "%lu pairs of non-copies do\n", joined, split, split ? (double)joined / (double)split : 0.0, falsely);

    /* Per kind: each article made from another, against that article. */
    const char **kinds = malloc(nitems * sizeof *kinds);
    size_t nkinds = 0;
    for (size_t i = 0; i < nitems; i++) {
        const char *k = items[i].kind;
        size_t x = 0;
        if (!*k || strcmp(k, "original") == 0)
            continue;
        while (x < nkinds && strcmp(kinds[x], k) != 0)
            x++;
        if (x == nkinds)
            kinds[nkinds++] = k;
    }
    for (int near = 0; near < 2; near++) {
        printf(near ? "near-misses (a story of their own) joined with the article they resemble:\n"
                    : "copies found as copies of their original (recall by edit):\n");
        printf("  %-12s %5s  %-18s %-18s %s\n", "kind", "n", "rule", "group",
               "false pairs of these (rule, group)");
        for (size_t x = 0; x < nkinds; x++) {
            unsigned long n = 0, rule = 0, group = 0, frule = 0, fgroup = 0;
            for (size_t i = 0; i < nitems; i++) {
                const item *it = &items[i];
                if (strcmp(it->kind, kinds[x]) != 0)
                    continue;
                long o = find_id(ids, order, it->of);
                if (o < 0 || (size_t)o == i || (strcmp(it->story, items[o].story) != 0) != near)
                    continue;
                n++;
                rule += fa_copy_similar(&it->sig, &items[o].sig) != 0;
                group += g_inc[o] == g_inc[i];
                for (size_t j = 0; j < nitems; j++)
                    if (j != i && strcmp(it->story, items[j].story) != 0) {
                        frule += fa_copy_similar(&it->sig, &items[j].sig) != 0;
                        fgroup += g_inc[j] == g_inc[i];
                    }
            }
            if (n)
                printf("  %-12s %5lu  %.3f (%4lu)       %.3f (%4lu)       %lu, %lu\n", kinds[x], n,
                       (double)rule / (double)n, rule, (double)group / (double)n, group, frule, fgroup);
        }
    }
    /* A small set: every copy the rule or the groups missed and every
     * near-miss joined, with the estimates the rule read. */
    if (nitems <= 200)
        for (size_t i = 0; i < nitems; i++) {
            long o = find_id(ids, order, items[i].of);
            if (o < 0 || (size_t)o == i)
                continue;
            int copy = strcmp(items[i].story, items[o].story) == 0;
            int together = g_inc[o] == g_inc[i], said = fa_copy_similar(&items[i].sig, &items[o].sig);
            if (copy != together || copy != said)
                printf("  %s: %s ~ %s (J %.2f, C %.2f, %u and %u shingles; %s by the rule, %s)\n",
                       copy ? "missed" : "joined", items[i].id, items[o].id,
                       fa_copy_jaccard(&items[i].sig, &items[o].sig),
                       fa_copy_containment(&items[i].sig, &items[o].sig), items[i].sig.nshingles,
                       items[o].sig.nshingles, said ? "a copy" : "not a copy",
                       together ? "one group" : "not one group");
        }
    free(kinds);
    /* The false joins, for a look: each pair of articles of different
     * stories that the rule calls copies (a group's false pairs follow
     * from those). */
    for (size_t i = 0; i < nitems; i++)
        for (size_t j = 0; j < i; j++)
            if (fa_copy_similar(&items[i].sig, &items[j].sig) && strcmp(items[i].story, items[j].story) != 0)
                printf("  false: %s ~ %s (J %.2f, C %.2f, %u and %u shingles)\n", items[i].id, items[j].id,
                       fa_copy_jaccard(&items[i].sig, &items[j].sig),
                       fa_copy_containment(&items[i].sig, &items[j].sig), items[i].sig.nshingles,
                       items[j].sig.nshingles);
    for (size_t i = 0; i < nitems; i++)
        if (g_inc[i] != g_bulk[i])
            printf("  paths differ: %s (incremental with %s, bulk with %s)\n", items[i].id,
                   items[g_inc[i]].id, items[g_bulk[i]].id);
    if (nitems <= 20)   /* a small set: the whole picture */
        for (size_t i = 0; i < nitems; i++) {
            printf("  %-24s inc %-3ld bulk %-3ld copy of:", items[i].id, g_inc[i], g_bulk[i]);
            for (size_t j = 0; j < nitems; j++)
                printf(" %c", i == j ? '.' : fa_copy_similar(&items[i].sig, &items[j].sig) ? 'y' : '-');
            printf("\n");
        }
    return differ ? 3 : 0;
}
