/* main.c - fa-search: run ranked queries against an fa index and print the
 * hits as text or JSON. Arguments, messages and exit codes live here;
 * searching is common/fa_xap's, output is print.c's.
 */
#include "fa_entity.h"
#include "fa_error.h"
#include "fa_xap.h"
#include "print.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Exit codes, documented in the README. */
enum {
    EXIT_OK       = 0,  /* the search ran (also when nothing matched)  */
    EXIT_RUNTIME  = 1,
    EXIT_USAGE    = 2,
    EXIT_NOINDEX  = 4,  /* no index at --db                            */
    EXIT_QUERY    = 5,  /* the query does not parse, or a facet value is unknown */
    EXIT_VERSION  = 6,  /* the index was built by an incompatible fa   */
};

#define MAX_FILTERS 64
#define MAX_SHARDS  256

typedef struct {
    const fa_gazetteer *gaz;
    fa_db              *db;
} resolver;

static int suggest(char *errbuf, size_t errlen, const resolver *r, int facet,
                   const char *typed, const char *what)
{
    const char *best[5];
    size_t n = fa_gazetteer_suggest(r->gaz, facet, typed, best, 5);
    size_t used = (size_t)snprintf(errbuf, errlen, "unknown %s '%s'", what, typed);
    for (size_t i = 0; i < n && used < errlen; i++) {
        const char *name = facet == FA_FACET_COUNTRY ? fa_gazetteer_country_name(r->gaz, best[i]) : NULL;
        if (name)
            used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s (%s)",
                                     i ? ", " : "; did you mean ", best[i], name);
        else
            used += (size_t)snprintf(errbuf + used, errlen - used, "%s%s",
                                     i ? ", " : "; did you mean ", best[i]);
    }
    return FA_EQUERY;
}

/* Aliases work wherever a user names a country or an official: in
 * --country/--official and in country:/official: inside the query. */
static int resolve(void *ctx, int facet, const char *typed, const char **value,
                   char *errbuf, size_t errlen)
{
    const resolver *r = ctx;
    if (facet == FA_FACET_COUNTRY) {
        if ((*value = fa_gazetteer_country_code(r->gaz, typed)))
            return FA_OK;
        return suggest(errbuf, errlen, r, facet, typed, "country");
    }
    size_t amb = 0;
    if ((*value = fa_gazetteer_official_name(r->gaz, typed, &amb)))
        return FA_OK;
    /* Officials caught by a title rule alone are not in the gazetteer but
     * are facet values of the index: their exact name works. */
    if (amb == 0 && r->db && fa_db_has_facet(r->db, FA_FACET_OFFICIAL, typed) == 1) {
        *value = typed;
        return FA_OK;
    }
    if (amb > 1) {
        snprintf(errbuf, errlen, "official '%s' is ambiguous: %zu officials carry that name; give the full name",
                 typed, amb);
        return FA_EQUERY;
    }
    return suggest(errbuf, errlen, r, facet, typed, "official");
}

static void usage(FILE *f)
{
    fputs("usage: fa-search --db DIR [options] [QUERY]\n"
          "Ranked (BM25) search of an fa index. QUERY: words (AND by default),\n"
          "AND OR NOT ( ) \"phrases\" NEAR +must -not wildcard* title: source:\n"
          "date:2021-01..2021-12 country:pakistan official:blinken; empty = all.\n"
          "  --db DIR             the index (required); repeat it to search several\n"
          "                       shards as one archive; DIR may be a Xapian stub\n"
          "                       file or tcp://HOST:PORT (xapian-tcpsrv)\n"
          "  --any                default operator OR instead of AND\n"
          "  --sort KEY           relevance (default), date or -date (newest first)\n"
          "  --limit N            hits to show (default 10)\n"
          "  --offset N           hits to skip (default 0)\n"
          "  --country X          only articles mentioning country X (repeatable: OR)\n"
          "  --official Y         only articles mentioning official Y (repeatable: OR)\n"
          "  --facets             count countries and officials over all matches\n"
          "  --facet-limit N      values per facet to show (default 10; 0 = all)\n"
          "  --snippet-bytes N    snippet length (default 240; 0 = no snippets)\n"
          "  --json               one JSON object instead of text\n"
          "  --total exact|estimate  count every match (default) or let Xapian\n"
          "                       estimate the total (faster for broad queries)\n"
          "  --color WHEN         bold highlights: auto (on a terminal), always, never\n"
          "  --max-query-terms N  refuse queries of more than N terms (default 1000;\n"
          "                       0 = no limit)\n"
          "  --batch FILE         run each line of FILE ('-' = stdin) as a query\n"
          "  --repeat N           with --batch: run each query N times and report\n"
          "                       p50/p95 latency per query on stderr\n"
          "  --gazetteer DIR      gazetteer data (default " FA_DATADIR ")\n"
          "  --help               this text\n"
          "Exit: 0 ok (also no match), 1 error, 2 usage, 4 no index, 5 bad query,\n"
          "      6 incompatible index.\n", f);
}

static int parse_uint(const char *s, unsigned *out)
{
    char *end;
    errno = 0;
    if (!s || *s == '-' || *s == '+' || *s == '\0')
        return -1;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end || v > UINT_MAX)
        return -1;
    *out = (unsigned)v;
    return 0;
}

static int exit_for(int rc)
{
    switch (rc) {
    case FA_ENOTFOUND: return EXIT_NOINDEX;
    case FA_EQUERY:    return EXIT_QUERY;
    case FA_EVERSION:  return EXIT_VERSION;
    default:           return EXIT_RUNTIME;
    }
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Run one query and print it. With repeat > 1, run it that many times
 * (output once) and report latency percentiles on stderr. */
static int run_one(fa_db *db, fa_search *s, print_opts *po, int json, unsigned repeat)
{
    fa_hits *h = NULL;
    double *t = NULL;
    int rc = FA_OK;

    if (repeat > 1 && !(t = malloc(repeat * sizeof *t)))
        return FA_ENOMEM;
    for (unsigned r = 0; r < (repeat ? repeat : 1); r++) {
        fa_hits_free(h);   /* the previous run's, outside the timing */
        h = NULL;
        double t0 = now_ms();
        if ((rc = fa_db_search(&h, db, s)) < 0)
            goto out;
        if (t)
            t[r] = now_ms() - t0;
    }
    po->query = s->query;
    rc = json ? print_json(stdout, h, po) : print_text(stdout, h, po);
    if (t) {
        qsort(t, repeat, sizeof *t, cmp_double);
        fprintf(stderr, "fa-search: timing\t%s\t%lu\tp50 %.3f ms\tp95 %.3f ms\n",
                s->query ? s->query : "", fa_hits_total(h), t[repeat / 2],
                t[(size_t)((double)repeat * 0.95) < repeat ? (size_t)((double)repeat * 0.95) : repeat - 1]);
    }
out:
    free(t);
    fa_hits_free(h);
    return rc;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"any", no_argument, NULL, 'a'},
        {"sort", required_argument, NULL, 's'},
        {"limit", required_argument, NULL, 'l'},
        {"offset", required_argument, NULL, 'o'},
        {"country", required_argument, NULL, 'C'},
        {"official", required_argument, NULL, 'O'},
        {"facets", no_argument, NULL, 'F'},
        {"facet-limit", required_argument, NULL, 'L'},
        {"snippet-bytes", required_argument, NULL, 'S'},
        {"json", no_argument, NULL, 'j'},
        {"total", required_argument, NULL, 'T'},
        {"max-query-terms", required_argument, NULL, 'Q'},
        {"color", required_argument, NULL, 'c'},
        {"batch", required_argument, NULL, 'b'},
        {"repeat", required_argument, NULL, 'r'},
        {"gazetteer", required_argument, NULL, 'g'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *dbpaths[MAX_SHARDS];
    size_t ndb = 0;
    const char *gazdir = FA_DATADIR, *batch = NULL, *color = "auto";
    const char *typed[FA_NFACETS][MAX_FILTERS];
    const char *values[FA_NFACETS][MAX_FILTERS];
    size_t ntyped[FA_NFACETS] = {0, 0};
    fa_search s = {0};
    print_opts po = {0};
    fa_gazetteer *gaz = NULL;
    fa_db *db = NULL;
    resolver rv = {NULL};
    FILE *bf = NULL;
    char *line = NULL;
    size_t cap = 0;
    unsigned n, repeat = 0, snippet_bytes = 240, facet_limit = 10;
    int json = 0, opt, rc = FA_OK, code = EXIT_OK;
    char err[1024];

    s.limit = 10;
    s.max_terms = 1000;
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (opt) {
        case 'd':
            if (ndb == MAX_SHARDS) {
                fprintf(stderr, "fa-search: at most %d --db options\n", MAX_SHARDS);
                return EXIT_USAGE;
            }
            dbpaths[ndb++] = optarg;
            break;
        case 'a': s.any = 1; break;
        case 's':
            if (strcmp(optarg, "relevance") == 0) s.sort = FA_SORT_RELEVANCE;
            else if (strcmp(optarg, "date") == 0) s.sort = FA_SORT_DATE;
            else if (strcmp(optarg, "-date") == 0) s.sort = FA_SORT_DATE_DESC;
            else {
                fprintf(stderr, "fa-search: --sort must be relevance, date or -date, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'Q':
            if (parse_uint(optarg, &n) < 0) {
                fprintf(stderr, "fa-search: --max-query-terms needs a non-negative number, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            s.max_terms = n;
            break;
        case 'l': case 'o': case 'L': case 'S': case 'r':
            if (parse_uint(optarg, &n) < 0) {
                fprintf(stderr, "fa-search: --%s needs a non-negative number, not '%s'\n",
                        opt == 'l' ? "limit" : opt == 'o' ? "offset" : opt == 'L' ? "facet-limit"
                        : opt == 'S' ? "snippet-bytes" : "repeat", optarg);
                return EXIT_USAGE;
            }
            if (opt == 'l') s.limit = n;
            else if (opt == 'o') s.offset = n;
            else if (opt == 'L') facet_limit = n;
            else if (opt == 'S') snippet_bytes = n;
            else repeat = n;
            break;
        case 'C': case 'O': {
            int f = opt == 'C' ? FA_FACET_COUNTRY : FA_FACET_OFFICIAL;
            if (ntyped[f] == MAX_FILTERS) {
                fprintf(stderr, "fa-search: at most %d --%s options\n", MAX_FILTERS,
                        opt == 'C' ? "country" : "official");
                return EXIT_USAGE;
            }
            typed[f][ntyped[f]++] = optarg;
            break;
        }
        case 'F': s.facets = 1; break;
        case 'j': json = 1; break;
        case 'T':
            if (strcmp(optarg, "exact") == 0) s.estimate = 0;
            else if (strcmp(optarg, "estimate") == 0) s.estimate = 1;
            else {
                fprintf(stderr, "fa-search: --total must be exact or estimate, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'c':
            if (strcmp(optarg, "auto") && strcmp(optarg, "always") && strcmp(optarg, "never")) {
                fprintf(stderr, "fa-search: --color must be auto, always or never\n");
                return EXIT_USAGE;
            }
            color = optarg;
            break;
        case 'b': batch = optarg; break;
        case 'g': gazdir = optarg; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!ndb) {
        fprintf(stderr, "fa-search: --db DIR is required\n");
        usage(stderr);
        return EXIT_USAGE;
    }
    if (batch ? optind != argc : argc - optind > 1) {
        fprintf(stderr, "fa-search: %s\n", batch ? "--batch takes its queries from the file, not the command line"
                                                 : "give the query as one argument (quote it)");
        return EXIT_USAGE;
    }
    if (repeat && !batch) {
        fprintf(stderr, "fa-search: --repeat goes with --batch\n");
        return EXIT_USAGE;
    }
    if ((rc = fa_gazetteer_load(&gaz, gazdir, err, sizeof err)) < 0) {
        fprintf(stderr, "fa-search: gazetteer: %s\n", err);
        return EXIT_RUNTIME;
    }
    rv.gaz = gaz;
    if ((rc = fa_db_open(&db, dbpaths[0], FA_DB_READ, NULL, err, sizeof err)) < 0) {
        fprintf(stderr, "fa-search: %s\n", err);
        code = exit_for(rc);
        goto out;
    }
    for (size_t i = 1; i < ndb; i++) {
        if ((rc = fa_db_add(db, dbpaths[i], err, sizeof err)) < 0) {
            fprintf(stderr, "fa-search: %s\n", err);
            code = exit_for(rc);
            goto out;
        }
    }
    rv.db = db;
    for (int f = 0; f < FA_NFACETS; f++) {
        for (size_t i = 0; i < ntyped[f]; i++) {
            if ((rc = resolve(&rv, f, typed[f][i], &values[f][i], err, sizeof err)) < 0) {
                fprintf(stderr, "fa-search: %s\n", err);
                code = EXIT_QUERY;
                goto out;
            }
        }
        s.filter[f] = values[f];
        s.nfilter[f] = ntyped[f];
    }
    s.resolve = resolve;
    s.resolve_ctx = &rv;
    s.snippets = snippet_bytes > 0;
    s.snippet_len = snippet_bytes;
    po.offset = s.offset;
    po.limit = s.limit;
    po.facets = s.facets;
    po.facet_limit = facet_limit;
    s.facet_limit = facet_limit;
    po.gaz = gaz;
    po.db = db;
    po.bold = strcmp(color, "always") == 0 || (strcmp(color, "auto") == 0 && isatty(1));

    if (!batch) {
        s.query = optind < argc ? argv[optind] : "";
        if ((rc = run_one(db, &s, &po, json, 0)) < 0) {
            fprintf(stderr, "fa-search: %s\n", *fa_db_errmsg(db) ? fa_db_errmsg(db) : fa_strerror(rc));
            code = exit_for(rc);
        }
        goto out;
    }
    if (!(bf = strcmp(batch, "-") == 0 ? stdin : fopen(batch, "r"))) {
        fprintf(stderr, "fa-search: %s: %s\n", batch, strerror(errno));
        code = EXIT_USAGE;
        goto out;
    }
    /* Each line is one query; a failing query is reported with its line
     * number and the batch goes on. */
    for (size_t lineno = 1;; lineno++) {
        ssize_t len = getline(&line, &cap, bf);
        if (len < 0)
            break;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        s.query = line;
        if ((rc = run_one(db, &s, &po, json, repeat)) < 0) {
            fprintf(stderr, "fa-search: %s:%zu: %s\n", batch, lineno,
                    *fa_db_errmsg(db) ? fa_db_errmsg(db) : fa_strerror(rc));
            code = exit_for(rc);
        }
    }
out:
    if (bf && bf != stdin)
        fclose(bf);
    free(line);
    fa_db_close(db, NULL, 0);
    fa_gazetteer_free(gaz);
    return code;
}
