/* options.c - fa-index's argv (see options.h). Every message here is what
 * main.c prints after "fa-index: "; the limits are the documented ones. */
#define _XOPEN_SOURCE 700   /* realpath() */
#include "options.h"
#include "fa_fields.h"
#include "fa_textz.h"
#include "fa_xap.h"

#include <errno.h>
#include <limits.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fa_entity.h"
#include "fa_version.h"

#define DEFAULT_MAX_ARTICLE (64UL * 1024 * 1024)
#define DEFAULT_COMMIT_EVERY 200UL
#define FA_STR_(x) #x
#define FA_STR(x) FA_STR_(x)

#if FA_PAIRS_DEFAULT
#define PAIRS_NEW "a new index has them"
#else
#define PAIRS_NEW "a new index has them only when asked"
#endif

const char *options_usage(void)
{
    return "usage: fa-index --db DIR [options] PATH...\n"
           "       fa-index --merge OUT SHARD...\n"
           "Index .txt articles and JSON Lines (.jsonl, .ndjson; either may be .gz)\n"
           "from files, folders (walked recursively in sorted order) or '-' (stdin).\n"
           "  --db DIR                 the index to create or update (required)\n"
           "  --language NAME          stemming language of a new index (default english)\n"
           "  --format auto|txt|jsonl  format of standard input (default auto)\n"
           "  --max-article-bytes N    refuse an article or line larger than N bytes\n"
           "                           (default 67108864; 0 = no limit)\n"
           "  --commit-every N         commit after every N articles (default 200)\n"
           "  --threads N              worker threads when building a new index\n"
           "                           (default: the number of CPUs, at most 8)\n"
           "  --text-level N           zstd level of the stored texts, 1 (fastest) to 19\n"
           "                           (smallest); 0 stores them uncompressed (default "
           FA_STR(FA_TEXT_LEVEL_DEFAULT) ")\n"
           "  --no-entities            do not tag countries and officials\n"
           "  --exact-words            also index words unstemmed, for =word and\n"
           "                           =\"exact phrase\" (recorded; see the README for the cost)\n"
           "  --spelling               keep spelling data for \"did you mean\" (recorded)\n"
           "  --no-copies              store no copy signatures: no --collapse, --similar\n"
           "                           (recorded; a new index has them)\n"
           "  --word-pairs             also index each two adjacent words as one term,\n"
           "                           so phrases read fewer positions (recorded;\n"
           "                           " PAIRS_NEW ")\n"
           "  --no-word-pairs          a new index without them\n"
           "  --field NAME             make stored field NAME filterable (field.NAME:v)\n"
           "                           and countable (fa-search --facet NAME); repeatable;\n"
           "                           recorded: updates use the index's list\n"
           "  --gazetteer DIR          gazetteer data (default: share/fa/gazetteer beside\n"
          "                           the installed binary, else the source tree's)\n"
           "  --quiet                  no progress and no summary line\n"
           "  --delete                 the arguments are ids of articles to delete\n"
           "  --prune                  after indexing the folders, delete the articles\n"
           "                           whose files under them no longer exist\n"
           "  --shard K/N              index only shard K of N: the articles whose\n"
           "                           id hashes (FNV-1a 64) to K-1 modulo N\n"
           "  --merge OUT SHARD...     compact shard indexes into the new index OUT\n"
           "  --version                print the version\n"
           "  -h, --help               this text\n"
           "Exit: 0 ok, 1 index error, 2 usage, 3 some input skipped or repaired,\n"
           "      6 incompatible index, 7 index locked by another writer,\n"
           "      8 interrupted (what was read is committed).\n";
}

const char *options_try_help(void)
{
    return "try 'fa-index --help'";
}

const char *options_version(void)
{
    return "fa-index " FA_VERSION;
}

static int parse_size(const char *s, unsigned long *out)
{
    char *end;
    errno = 0;
    if (!s || *s == '-' || *s == '\0')
        return -1;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end)
        return -1;
    *out = v;
    return 0;
}

/* "K/N" with 1 <= K <= N. */
static int parse_shard(const char *s, unsigned long *k, unsigned long *n)
{
    char *slash = strchr(s, '/'), *end = NULL;
    unsigned long kk = strtoul(s, &end, 10), nn = 0;
    if (slash && end == slash)
        nn = strtoul(slash + 1, &end, 10);
    if (!slash || *end || s[0] == '-' || slash[1] == '-' || nn == 0 || kk == 0 || kk > nn)
        return -1;
    *k = kk;
    *n = nn;
    return 0;
}

/* One option with its argument; OPTIONS_RUN, or OPTIONS_BAD with errbuf. */
static int take(options *o, int opt, const char *arg, char *errbuf, size_t errlen)
{
    unsigned long n = 0;

    switch (opt) {
    case 'd': o->dbpath = arg; break;
    case 'l': o->language = arg; break;
    case 'f':
        if (strcmp(arg, "auto") && strcmp(arg, "txt") && strcmp(arg, "jsonl")) {
            snprintf(errbuf, errlen, "--format must be auto, txt or jsonl, not '%s'", arg);
            return OPTIONS_BAD;
        }
        o->format = arg;
        break;
    case 'm':
        if (parse_size(arg, &n) < 0) {
            snprintf(errbuf, errlen, "--max-article-bytes needs a number of bytes, not '%s'", arg);
            return OPTIONS_BAD;
        }
        o->max_article = n;
        break;
    case 'c':
        if (parse_size(arg, &n) < 0 || n == 0) {
            snprintf(errbuf, errlen, "--commit-every needs a positive number, not '%s'", arg);
            return OPTIONS_BAD;
        }
        o->commit_every = n;
        break;
    case 't':
        if (parse_size(arg, &n) < 0 || n == 0 || n > 64) {
            snprintf(errbuf, errlen, "--threads needs a number from 1 to 64, not '%s'", arg);
            return OPTIONS_BAD;
        }
        o->threads = (unsigned)n;
        break;
    case 'z':
        if (parse_size(arg, &n) < 0 || n > FA_TEXTZ_MAX_LEVEL) {
            snprintf(errbuf, errlen, "--text-level needs a number from 0 to %d, not '%s'",
                     FA_TEXTZ_MAX_LEVEL, arg);
            return OPTIONS_BAD;
        }
        o->text_level = (int)n;
        break;
    case 'S':
        if (parse_shard(arg, &o->shard, &o->nshards) < 0) {
            snprintf(errbuf, errlen, "--shard needs K/N with 1 <= K <= N, not '%s'", arg);
            return OPTIONS_BAD;
        }
        break;
    case 'E': o->entities = 0; break;
    case 'W': o->exact = 1; break;
    case 'w': o->exact = -1; break;
    case 'K': o->spelling = 1; break;
    case 'k': o->spelling = -1; break;
    case 'N': o->copies = -1; break;
    case 'A': o->pairs = 1; break;
    case 'a': o->pairs = -1; break;
    case 'F':
        if (o->nfields == FA_MAX_FIELDS + 1) {
            snprintf(errbuf, errlen, "at most %d --field names (FA_MAX_FIELDS)", FA_MAX_FIELDS);
            return OPTIONS_BAD;
        }
        o->fields[o->nfields++] = arg;
        break;
    case 'g': o->gazdir = arg; break;
    case 'q': o->quiet = 1; break;
    case 'D': o->del = 1; break;
    case 'P': o->prune = 1; break;
    case 'M': o->merge_out = arg; break;
    default:
        snprintf(errbuf, errlen, "unknown option");
        return OPTIONS_BAD_USAGE;
    }
    return OPTIONS_RUN;
}

/* The folder --db or --merge names, as every later step uses it, in buf:
 * without trailing slashes ("new/" would otherwise become "new/.fa-tmp.1"
 * inside a folder that does not exist yet; "/" stays), and, when it is a
 * symbolic link, the folder it points to, so that the bulk swap's renames
 * replace the index and not the link. *path is set to buf.
 * OPTIONS_RUN, or OPTIONS_BAD with errbuf. */
static int normalise(const char **path, char *buf, size_t len, char *errbuf, size_t errlen)
{
    size_t n = strlen(*path);
    struct stat st;

    while (n > 1 && (*path)[n - 1] == '/')
        n--;
    if (n >= len) {
        snprintf(errbuf, errlen, "%.64s...: path too long", *path);
        return OPTIONS_BAD;
    }
    memcpy(buf, *path, n);
    buf[n] = '\0';
    if (lstat(buf, &st) == 0 && S_ISLNK(st.st_mode)) {
        char real[PATH_MAX];
        if (!realpath(buf, real)) {
            snprintf(errbuf, errlen, "%s: a symbolic link to nothing usable (%s)", buf, strerror(errno));
            return OPTIONS_BAD;
        }
        if (strlen(real) >= len) {
            snprintf(errbuf, errlen, "%.64s...: path too long", real);
            return OPTIONS_BAD;
        }
        memcpy(buf, real, strlen(real) + 1);
    }
    *path = buf;
    return OPTIONS_RUN;
}

/* The checks between options, once all are read. */
static int check(options *o, char *errbuf, size_t errlen)
{
    if (o->merge_out) {
        if (o->dbpath || o->nargs == 0 || o->del || o->prune) {
            snprintf(errbuf, errlen, "--merge OUT takes the shard indexes as arguments, and no --db");
            return OPTIONS_BAD;
        }
        return normalise(&o->merge_out, o->path_buf, sizeof o->path_buf, errbuf, errlen);
    }
    if (!o->dbpath || o->nargs == 0 || (o->del && o->prune)) {
        snprintf(errbuf, errlen, "%s", !o->dbpath ? "--db DIR is required"
                 : o->nargs == 0 ? (o->del ? "--delete needs the ids to delete" : "no PATH to index")
                 : "--delete and --prune do not go together");
        return OPTIONS_BAD_USAGE;
    }
    return normalise(&o->dbpath, o->path_buf, sizeof o->path_buf, errbuf, errlen);
}

int options_parse(options *out, int argc, char **argv, char *errbuf, size_t errlen)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"language", required_argument, NULL, 'l'},
        {"format", required_argument, NULL, 'f'},
        {"max-article-bytes", required_argument, NULL, 'm'},
        {"commit-every", required_argument, NULL, 'c'},
        {"no-entities", no_argument, NULL, 'E'},
        {"exact-words", no_argument, NULL, 'W'},
        {"no-exact-words", no_argument, NULL, 'w'},
        {"spelling", no_argument, NULL, 'K'},
        {"no-spelling", no_argument, NULL, 'k'},
        {"no-copies", no_argument, NULL, 'N'},
        {"word-pairs", no_argument, NULL, 'A'},
        {"no-word-pairs", no_argument, NULL, 'a'},
        {"field", required_argument, NULL, 'F'},
        {"gazetteer", required_argument, NULL, 'g'},
        {"quiet", no_argument, NULL, 'q'},
        {"threads", required_argument, NULL, 't'},
        {"text-level", required_argument, NULL, 'z'},
        {"delete", no_argument, NULL, 'D'},
        {"prune", no_argument, NULL, 'P'},
        {"shard", required_argument, NULL, 'S'},
        {"merge", required_argument, NULL, 'M'},
        {"version", no_argument, NULL, 'V'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int opt, rc;

    memset(out, 0, sizeof *out);
    out->format = "auto";
    out->gazdir = fa_gazetteer_default_dir(out->gazdir_buf, sizeof out->gazdir_buf);
    out->max_article = DEFAULT_MAX_ARTICLE;
    out->commit_every = DEFAULT_COMMIT_EVERY;
    out->threads = ncpu < 1 ? 1 : ncpu > 8 ? 8 : (unsigned)ncpu;
    out->text_level = FA_TEXT_LEVEL_DEFAULT;
    out->entities = 1;
    opterr = 0;   /* our own one-line messages, with our own name */
    while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        if (opt == '?' || opt == ':') {
            snprintf(errbuf, errlen, opt == ':' ? "option '%s' needs a value" : "unknown option '%s'",
                     argv[optind - 1]);
            return OPTIONS_BAD_USAGE;
        }
        if (opt == 'h')
            return OPTIONS_HELP;
        if (opt == 'V')
            return OPTIONS_VERSION;
        if ((rc = take(out, opt, optarg, errbuf, errlen)) != OPTIONS_RUN)
            return rc;
    }
    out->args = argv + optind;
    out->nargs = argc - optind;
    return check(out, errbuf, errlen);
}
