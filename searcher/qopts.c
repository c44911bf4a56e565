/* qopts.c - fa-search's options (see qopts.h). Only the form of each
 * option is checked here; whether an index or a value exists is found out
 * by opening and resolving. */
#include "qopts.h"
#include "fa_entity.h"
#include "fa_error.h"
#include "fa_version.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>


const char *qopts_version(void)
{
    return "fa-search " FA_VERSION;
}

void qopts_usage(FILE *f)
{
    fputs("usage: fa-search --db DIR [options] [QUERY...]\n"
          "       fa-search --db DIR [options] --serve [ADDR:]PORT\n"
          "       fa-search --holders POST [--country C] [--db DIR] [--json]\n"
          "Ranked (BM25) search of an fa index. QUERY: words (AND by default; several\n"
          "arguments are joined by spaces), AND OR NOT ( ) \"phrases\" NEAR +must -not\n"
          "wildcard* title: source: date:2021-01..2021-12 country:pakistan\n"
          "official:blinken about:PAK role:\"USA/Secretary of State\" id:ID =exact-word\n"
          "=\"exact phrase\" field.NAME:value (stored fields); empty = all. Put '--'\n"
          "before a query that starts with '-'.\n"
          "  --db DIR             the index (required but with --holders); repeat it\n"
          "                       to search several shards as one archive; DIR may\n"
          "                       be a Xapian stub file or tcp://HOST:PORT\n"
          "                       (xapian-tcpsrv)\n"
          "  --any                default operator OR instead of AND\n"
          "  --sort KEY           relevance (default), date or -date (newest first)\n"
          "  --limit N            hits to show (default 10; csv, tsv, jsonl: all)\n"
          "  --offset N           hits to skip (default 0)\n"
          "  --country X          only articles mentioning country X (repeatable: OR)\n"
          "  --official Y         only articles mentioning official Y (repeatable: OR)\n"
          "  --role POST          only articles naming whoever held POST at their date\n"
          "                       (repeatable: OR); with --country C, C's POST (and C\n"
          "                       then filters nothing else); undated articles: none\n"
          "  --holders POST       list who held POST and when (with --country C: C's),\n"
          "                       from the gazetteer; --db optional (then with counts)\n"
          "  --about Z            only articles about country or official Z, their\n"
          "                       focus (repeatable: OR); filtering on an entity\n"
          "                       ranks the articles about it first\n"
          "  --from DATE, --to DATE  only articles dated in this range (YYYY,\n"
          "                       YYYY-MM or YYYY-MM-DD; either may be left out)\n"
          "  --facets             count countries, officials and about values over\n"
          "                       all matches\n"
          "  --facet-limit N      values per facet to show (default 10; 0 = all)\n"
          "  --facet-limit F=N    the same for facet F alone (country, official or\n"
          "                       about), over the one before; repeatable\n"
          "  --facet-match TEXT   show only the facet values whose value, name, post\n"
          "                       or country holds TEXT (case and accents ignored)\n"
          "  --facet NAME         count the values of stored field NAME (fa-index\n"
          "                       --field NAME) over all matches; repeatable\n"
          "  --histogram UNIT     count all matches by year, month or decade\n"
          "  --list WHAT          the values a filter accepts, with their counts:\n"
          "                       countries, officials or fields\n"
          "  --snippet-bytes N    snippet length (default 240; 0 = no snippets)\n"
          "  --format F           text (default), json (one object), or every match\n"
          "                       as rows: jsonl, csv (RFC 4180), tsv\n"
          "  --json               the same as --format json\n"
          "  --fields LIST        columns of csv, tsv and jsonl, comma-separated: id,\n"
          "                       date, title, url, source, countries, officials,\n"
          "                       score, rank, snippet, similar (with --collapse)\n"
          "                       or any stored field's name\n"
          "  --count              print the number of matches alone (exact)\n"
          "  --show ID            print article ID whole; with a query, its matched\n"
          "                       words highlighted\n"
          "  --collapse           one hit per group of copies (the earliest), with\n"
          "                       \"N similar\"; the total counts groups\n"
          "  --collapse-pick HOW  the member a group shows: earliest (default) or\n"
          "                       longest (the most words; the earliest of equals)\n"
          "  --similar ID         only the copies of article ID (its group), itself\n"
          "                       included\n"
          "  --total exact|estimate  count every match (default) or let Xapian\n"
          "                       estimate the total (faster for broad queries)\n"
          "  --color WHEN         bold highlights: auto (on a terminal, unless NO_COLOR\n"
          "                       is set or TERM=dumb), always, never\n"
          "  --max-query-terms N  refuse queries of more than N terms (default 1000;\n"
          "                       0 = no limit)\n"
          "  --batch FILE         run each line of FILE ('-' = stdin) as a query: one\n"
          "                       record per query (text: a '# query' line first)\n"
          "  --repeat N           with --batch: run each query N times and report\n"
          "                       p50/p95 latency per query on stderr\n"
          "  --serve [ADDR:]PORT  serve the search page and its API over HTTP\n"
          "                       (ADDR default 127.0.0.1; port 0: any free port)\n"
          "  --threads N          with --serve: searches at once; more wait their\n"
          "                       turn in arrival order (default 4)\n"
          "  --max-clients N      with --serve: open connections before new\n"
          "                       requests get 503 (default 64)\n"
          "  --gazetteer DIR      gazetteer data (default: share/fa/gazetteer beside\n"
          "                       the installed binary, else the source tree's)\n"
          "  --version            print the version\n"
          "  -h, --help           this text\n"
          "Exit: 0 ok (also no match), 1 error, 2 usage, 3 no article with the --show\n"
          "      ID, 4 no index, 5 bad query, 6 incompatible index; --batch: the\n"
          "      highest of its queries'.\n", f);
}

const char *qopts_try_help(void)
{
    return "try 'fa-search --help'";
}

int qopts_color_auto(int isatty_stdout, const char *no_color, const char *term)
{
    return isatty_stdout && !(no_color && *no_color) && !(term && strcmp(term, "dumb") == 0);
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

/* A long argument may be cut short in the message; the status is right. */
static int usage_error(char *errbuf, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int usage_error(char *errbuf, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(errbuf, errlen, fmt, ap);
    va_end(ap);
    return QOPTS_EUSAGE;
}

static const struct option longopts[] = {
    {"db", required_argument, NULL, 'd'},
    {"any", no_argument, NULL, 'a'},
    {"sort", required_argument, NULL, 's'},
    {"limit", required_argument, NULL, 'l'},
    {"offset", required_argument, NULL, 'o'},
    {"country", required_argument, NULL, 'C'},
    {"official", required_argument, NULL, 'O'},
    {"role", required_argument, NULL, 'R'},
    {"holders", required_argument, NULL, 'P'},
    {"about", required_argument, NULL, 'U'},
    {"facets", no_argument, NULL, 'F'},
    {"facet-limit", required_argument, NULL, 'L'},
    {"facet", required_argument, NULL, 'k'},
    {"facet-match", required_argument, NULL, 'G'},
    {"histogram", required_argument, NULL, 'H'},
    {"list", required_argument, NULL, 'i'},
    {"snippet-bytes", required_argument, NULL, 'S'},
    {"json", no_argument, NULL, 'j'},
    {"format", required_argument, NULL, 'f'},
    {"fields", required_argument, NULL, 'E'},
    {"count", no_argument, NULL, 'n'},
    {"show", required_argument, NULL, 'w'},
    {"collapse", no_argument, NULL, 'X'},
    {"collapse-pick", required_argument, NULL, 'K'},
    {"similar", required_argument, NULL, 'Y'},
    {"total", required_argument, NULL, 'T'},
    {"max-query-terms", required_argument, NULL, 'Q'},
    {"color", required_argument, NULL, 'c'},
    {"batch", required_argument, NULL, 'b'},
    {"repeat", required_argument, NULL, 'r'},
    {"gazetteer", required_argument, NULL, 'g'},
    {"from", required_argument, NULL, 'A'},
    {"to", required_argument, NULL, 'Z'},
    {"serve", required_argument, NULL, 'W'},
    {"threads", required_argument, NULL, 'N'},
    {"max-clients", required_argument, NULL, 'M'},
    {"version", no_argument, NULL, 'V'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

/* The numeric options: where each one's value goes. */
static unsigned *number_slot(qopts *o, int opt, unsigned *snippet_bytes)
{
    switch (opt) {
    case 'l': return &o->search.limit;
    case 'o': return &o->search.offset;
    case 'S': return snippet_bytes;
    case 'r': return &o->repeat;
    case 'Q': return &o->search.max_terms;
    case 'N': return &o->threads;
    case 'M': return &o->max_clients;
    default:  return NULL;
    }
}

/* One option: FA_OK, 1 when parsing stops here (--help, --version, which
 * win over whatever follows them), or QOPTS_EUSAGE. */
static int parse_one(qopts *o, int opt, const char *arg, const char **color,
                     unsigned *snippet_bytes, char *errbuf, size_t errlen)
{
    unsigned *num = number_slot(o, opt, snippet_bytes);
    int f;

    if (num) {
        if (opt == 'l')
            o->limit_given = 1;
        if (opt == 'o')
            o->offset_given = 1;
        if (opt == 'N' || opt == 'M')
            o->server_opts_given = 1;
        if (parse_uint(arg, num) < 0) {
            const char *name = NULL;
            for (const struct option *l = longopts; l->name; l++)
                if (l->val == opt)
                    name = l->name;
            return usage_error(errbuf, errlen, "--%s needs a non-negative number, not '%s'", name, arg);
        }
        return FA_OK;
    }
    switch (opt) {
    case 'd':
        if (o->ndb == QOPTS_MAX_SHARDS)
            return usage_error(errbuf, errlen, "at most %d --db options", QOPTS_MAX_SHARDS);
        o->db[o->ndb++] = arg;
        return FA_OK;
    case 'C': case 'O': case 'U':
        f = opt == 'C' ? FA_FACET_COUNTRY : opt == 'O' ? FA_FACET_OFFICIAL : FA_FACET_ABOUT;
        if (o->ntyped[f] == QOPTS_MAX_FILTERS)
            return usage_error(errbuf, errlen, "at most %d --%s options", QOPTS_MAX_FILTERS,
                               fa_facet_table[f].field);
        o->typed[f][o->ntyped[f]++] = arg;
        return FA_OK;
    case 'R':
        if (o->ntyped_roles == QOPTS_MAX_FILTERS)
            return usage_error(errbuf, errlen, "at most %d --role options", QOPTS_MAX_FILTERS);
        if (!*arg)
            return usage_error(errbuf, errlen, "--role needs a post");
        o->typed_roles[o->ntyped_roles++] = arg;
        return FA_OK;
    case 'P':
        if (!*arg)
            return usage_error(errbuf, errlen, "--holders needs a post");
        o->holders = arg;
        return FA_OK;
    case 'L': {   /* N, or FACET=N for one facet */
        const char *eq = strchr(arg, '=');
        unsigned n;
        f = eq ? fa_facet_by_field(arg, (size_t)(eq - arg)) : -1;
        if (eq && f < 0)
            return usage_error(errbuf, errlen, "--facet-limit: '%.*s' is no facet (country, official or about)",
                               (int)(eq - arg), arg);
        if (parse_uint(eq ? eq + 1 : arg, &n) < 0)
            return usage_error(errbuf, errlen, "--facet-limit needs a non-negative number%s, not '%s'",
                               eq ? " after '='" : " or FACET=N", arg);
        if (eq)
            o->search.facet_limit_for[f] = n ? n : FA_FACET_LIMIT_ALL;
        else
            o->search.facet_limit = n;
        return FA_OK;
    }
    case 'G':
        o->search.facet_match = arg;
        return FA_OK;
    case 'k':
        if (o->nfield_facets == QOPTS_MAX_FILTERS)
            return usage_error(errbuf, errlen, "at most %d --facet options", QOPTS_MAX_FILTERS);
        o->field_facets[o->nfield_facets++] = arg;
        return FA_OK;
    case 'H':
        if (strcmp(arg, "year") == 0) o->search.histogram = FA_HIST_YEAR;
        else if (strcmp(arg, "month") == 0) o->search.histogram = FA_HIST_MONTH;
        else if (strcmp(arg, "decade") == 0) o->search.histogram = FA_HIST_DECADE;
        else return usage_error(errbuf, errlen, "--histogram must be year, month or decade, not '%s'", arg);
        return FA_OK;
    case 'i':
        if (strcmp(arg, "countries") == 0) o->list = FA_LIST_COUNTRIES;
        else if (strcmp(arg, "officials") == 0) o->list = FA_LIST_OFFICIALS;
        else if (strcmp(arg, "fields") == 0) o->list = FA_LIST_FIELDS;
        else return usage_error(errbuf, errlen, "--list must be countries, officials or fields, not '%s'", arg);
        return FA_OK;
    case 's':
        if (strcmp(arg, "relevance") == 0) o->search.sort = FA_SORT_RELEVANCE;
        else if (strcmp(arg, "date") == 0) o->search.sort = FA_SORT_DATE;
        else if (strcmp(arg, "-date") == 0) o->search.sort = FA_SORT_DATE_DESC;
        else return usage_error(errbuf, errlen, "--sort must be relevance, date or -date, not '%s'", arg);
        return FA_OK;
    case 'T':
        if (strcmp(arg, "exact") == 0) o->search.estimate = 0;
        else if (strcmp(arg, "estimate") == 0) o->search.estimate = 1;
        else return usage_error(errbuf, errlen, "--total must be exact or estimate, not '%s'", arg);
        return FA_OK;
    case 'c':
        if (strcmp(arg, "auto") && strcmp(arg, "always") && strcmp(arg, "never"))
            return usage_error(errbuf, errlen, "--color must be auto, always or never, not '%s'", arg);
        *color = arg;
        return FA_OK;
    case 'a': o->search.any = 1; return FA_OK;
    case 'F': o->search.facets = 1; return FA_OK;
    case 'j': o->format = QOPTS_JSON; return FA_OK;
    case 'f': {
        static const char *const names[] = {"text", "json", "jsonl", "csv", "tsv"};
        for (int k = 0; k < (int)(sizeof names / sizeof names[0]); k++)
            if (strcmp(arg, names[k]) == 0) {
                o->format = k;
                return FA_OK;
            }
        return usage_error(errbuf, errlen, "--format must be text, json, jsonl, csv or tsv, not '%s'", arg);
    }
    case 'E': o->fields = arg; return FA_OK;
    case 'n': o->count = 1; return FA_OK;
    case 'w':
        if (!*arg)
            return usage_error(errbuf, errlen, "--show needs an article id");
        o->show = arg;
        return FA_OK;
    case 'b': o->batch = arg; return FA_OK;
    case 'X': o->search.collapse = 1; return FA_OK;
    case 'K':
        if (strcmp(arg, "earliest") && strcmp(arg, "longest"))
            return usage_error(errbuf, errlen, "--collapse-pick must be earliest or longest, not '%s'", arg);
        o->search.collapse_pick = strcmp(arg, "longest") ? FA_PICK_EARLIEST : FA_PICK_LONGEST;
        o->pick_given = 1;
        return FA_OK;
    case 'Y':
        if (!*arg)
            return usage_error(errbuf, errlen, "--similar needs an article id");
        o->search.similar = arg;
        return FA_OK;
    case 'g': o->gazetteer = arg; return FA_OK;
    case 'A': o->search.date_from = arg; return FA_OK;
    case 'Z': o->search.date_to = arg; return FA_OK;
    case 'W': o->serve = arg; return FA_OK;
    case 'h': o->action = QOPTS_HELP; return 1;
    case 'V': o->action = QOPTS_VERSION; return 1;
    default:  return usage_error(errbuf, errlen, "unknown option");
    }
}

/* The checks between options, once all are read: one line each. */
static int check(const qopts *o, char *errbuf, size_t errlen)
{
    int rows = o->format == QOPTS_JSONL || o->format == QOPTS_CSV || o->format == QOPTS_TSV;

    if (o->holders) {
        if (o->count || o->show || o->batch || o->serve || o->list >= 0 || o->search.facets ||
            o->search.histogram || o->nfield_facets || o->ntyped_roles || o->ntyped[FA_FACET_OFFICIAL] ||
            o->search.date_from || o->search.date_to || (o->format != QOPTS_TEXT && o->format != QOPTS_JSON))
            return usage_error(errbuf, errlen, "--holders lists a post's holders: it takes --country, "
                               "--db, --json and --gazetteer only");
        if (o->ntyped[FA_FACET_COUNTRY] > 1)
            return usage_error(errbuf, errlen, "--holders takes one --country");
        return FA_OK;
    }
    if (!o->ndb)
        return usage_error(errbuf, errlen, "--db DIR is required");
    if (o->repeat && !o->batch)
        return usage_error(errbuf, errlen, "--repeat goes with --batch");
    if (o->pick_given && !o->search.collapse)
        return usage_error(errbuf, errlen, o->serve ? "--collapse-pick: the server takes pick= with collapse=1 "
                           "per request" : "--collapse-pick goes with --collapse");
    if (o->repeat && o->count)
        return usage_error(errbuf, errlen, "--repeat times pages of hits: it takes no --count");
    if (o->fields && !rows)
        return usage_error(errbuf, errlen, "--fields goes with --format jsonl, csv or tsv");
    if (rows && (o->search.facets || o->count || o->show || o->batch))
        return usage_error(errbuf, errlen, "--format %s writes rows of hits: it takes no %s",
                           o->format == QOPTS_CSV ? "csv" : o->format == QOPTS_TSV ? "tsv" : "jsonl",
                           o->search.facets ? "--facets" : o->count ? "--count"
                           : o->show ? "--show" : "--batch");
    if (o->show && (o->count || o->batch || o->search.facets))
        return usage_error(errbuf, errlen, "--show prints one article: it takes no %s",
                           o->count ? "--count" : o->batch ? "--batch" : "--facets");
    if (o->count && o->search.facets)
        return usage_error(errbuf, errlen, "--count prints the total alone: it takes no --facets");
    if (o->search.facet_match && !o->search.facets)
        return usage_error(errbuf, errlen, "--facet-match goes with --facets");
    if ((rows || o->count || o->show) && (o->search.histogram || o->nfield_facets))
        return usage_error(errbuf, errlen, "--histogram and --facet go with a page (--format text or json)");
    if (o->list >= 0 && (o->count || o->show || o->search.facets || o->search.histogram || o->nfield_facets))
        return usage_error(errbuf, errlen, "--list lists, alone: it takes no other output option");
    if (o->serve && (o->batch || o->show || o->count || o->list >= 0 || o->format != QOPTS_TEXT))
        return usage_error(errbuf, errlen, "--serve answers over HTTP: it takes no %s",
                           o->batch ? "--batch" : o->show ? "--show" : o->count ? "--count"
                           : o->list >= 0 ? "--list" : "--format");
    if (o->serve && (o->ntyped[FA_FACET_COUNTRY] || o->ntyped[FA_FACET_OFFICIAL] ||
                     o->ntyped[FA_FACET_ABOUT] || o->ntyped_roles ||
                     o->search.date_from || o->search.date_to || o->search.histogram || o->nfield_facets))
        return usage_error(errbuf, errlen, "with --serve, filters and counts come with each request "
                           "(country=, official=, about=, role=, from=, to=, histogram=)");
    if (!o->serve && o->server_opts_given)
        return usage_error(errbuf, errlen, "--threads and --max-clients go with --serve");
    if (o->serve && (o->threads < 1 || o->threads > 64))
        return usage_error(errbuf, errlen, "--threads must be 1 to 64");
    if (o->serve && (o->max_clients < 1 || o->max_clients > 4096))
        return usage_error(errbuf, errlen, "--max-clients must be 1 to 4096");
    return FA_OK;
}

/* --role with --country: the countries are the post's, "C/POST" for
 * each pair, and no longer filter on mentions. */
static int roles_combine(qopts *o, char *errbuf, size_t errlen)
{
    size_t nc = o->ntyped[FA_FACET_COUNTRY], nr = o->ntyped_roles, k = 0;

    if (!nr)
        return FA_OK;
    if (!nc) {
        for (size_t i = 0; i < nr; i++)
            o->roles[i] = o->typed_roles[i];
        o->search.roles = o->roles;
        o->search.nroles = nr;
        return FA_OK;
    }
    if (nr * nc > QOPTS_MAX_FILTERS)
        return usage_error(errbuf, errlen, "--role times --country makes %zu roles, more than %d",
                           nr * nc, QOPTS_MAX_FILTERS);
    for (size_t i = 0; i < nr; i++) {
        if (strchr(o->typed_roles[i], '/'))
            return usage_error(errbuf, errlen, "--role '%s' names its country: it takes no --country",
                               o->typed_roles[i]);
        for (size_t c = 0; c < nc; c++) {
            size_t n = strlen(o->typed[FA_FACET_COUNTRY][c]) + strlen(o->typed_roles[i]) + 2;
            if (!(o->role_specs[k] = malloc(n)))
                return FA_ENOMEM;
            snprintf(o->role_specs[k], n, "%s/%s", o->typed[FA_FACET_COUNTRY][c], o->typed_roles[i]);
            o->roles[k] = o->role_specs[k];
            k++;
        }
    }
    o->ntyped[FA_FACET_COUNTRY] = 0;
    o->search.roles = o->roles;
    o->search.nroles = k;
    return FA_OK;
}

int qopts_parse(qopts *out, int argc, char **argv, int color_auto,
                char *errbuf, size_t errlen)
{
    const char *color = "auto";
    unsigned snippet_bytes = 240;
    int opt, rc;

    memset(out, 0, sizeof *out);
    errbuf[0] = '\0';
    out->gazetteer = fa_gazetteer_default_dir(out->gazdir, sizeof out->gazdir);
    out->search.limit = 10;
    out->search.facet_limit = 10;
    out->search.max_terms = 1000;
    out->threads = 4;
    out->max_clients = 64;
    out->list = -1;
    opterr = 0;   /* our own one-line messages, with our own name */
    while ((opt = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        if (opt == '?' || opt == ':')
            return usage_error(errbuf, errlen, opt == ':' ? "option '%s' needs a value"
                               : "unknown option '%s'", argv[optind - 1]);
        if ((rc = parse_one(out, opt, optarg, &color, &snippet_bytes, errbuf, errlen)) < 0)
            return rc;
        if (rc > 0)
            return FA_OK;
    }
    if ((rc = check(out, errbuf, errlen)) < 0)
        return rc;
    if (out->batch && optind != argc)
        return usage_error(errbuf, errlen, "--batch takes its queries from the file, not the command line");
    if (out->serve && optind != argc)
        return usage_error(errbuf, errlen, "--serve takes its queries over HTTP, not from the command line");
    if (argc - optind > 1) {
        /* Several words: one query, joined as notmuch joins them. */
        size_t n = 0;
        for (int i = optind; i < argc; i++)
            n += strlen(argv[i]) + 1;
        if (!(out->joined = malloc(n)))
            return FA_ENOMEM;
        out->joined[0] = '\0';
        for (int i = optind; i < argc; i++) {
            if (i > optind)
                strcat(out->joined, " ");
            strcat(out->joined, argv[i]);
        }
        out->search.query = out->joined;
    } else {
        out->search.query = optind < argc ? argv[optind] : "";
    }
    if (out->list >= 0 && (out->batch || optind < argc))
        return usage_error(errbuf, errlen, "--list takes no query and no --batch");
    if (out->holders && optind < argc)
        return usage_error(errbuf, errlen, "--holders takes no query");
    if ((rc = roles_combine(out, errbuf, errlen)) < 0)
        return rc;
    out->search.field_facets = out->field_facets;
    out->search.nfield_facets = out->nfield_facets;
    out->search.snippets = snippet_bytes > 0;
    out->search.snippet_len = snippet_bytes;
    out->bold = strcmp(color, "always") == 0 || (strcmp(color, "auto") == 0 && color_auto);
    return FA_OK;
}

void qopts_fini(qopts *o)
{
    free(o->joined);
    o->joined = NULL;
    for (size_t i = 0; i < QOPTS_MAX_FILTERS; i++) {
        free(o->role_specs[i]);
        o->role_specs[i] = NULL;
    }
}

static void no_span(void *ectx, const char *official, int from, int to)
{
    (void)ectx, (void)official, (void)from, (void)to;
}

int qopts_resolve(qopts *o, fa_resolve_fn fn, fa_role_fn role_fn, void *ctx,
                  char *errbuf, size_t errlen)
{
    int rc;

    /* Roles first: --country may have become the roles' country. A bad
     * role is reported now, once, not by every query of a --batch. */
    for (size_t i = 0; i < o->search.nroles; i++)
        if ((rc = role_fn(ctx, o->search.roles[i], no_span, NULL, errbuf, errlen)) < 0)
            return rc;

    for (int f = 0; f < FA_NFACETS; f++) {
        for (size_t i = 0; i < o->ntyped[f]; i++)
            if ((rc = fn(ctx, f, o->typed[f][i], &o->values[f][i], errbuf, errlen)) < 0)
                return rc;
        o->search.filter[f] = o->values[f];
        o->search.nfilter[f] = o->ntyped[f];
    }
    o->search.resolve = fn;
    o->search.resolve_ctx = ctx;
    o->search.role_resolve = role_fn;
    return FA_OK;
}
