/* main.c - fa-index: read articles from files, folders and standard input,
 * tag them with the countries and officials they mention, and store them
 * in an fa index. Argument parsing, messages and the exit code live here;
 * the work is done by input.c, article.c, walk.c and common/.
 */
#define _XOPEN_SOURCE 700   /* realpath() */
#include "article.h"
#include "fa_entity.h"
#include "fa_error.h"
#include "fa_hash.h"
#include "fa_fields.h"
#include "fa_textz.h"
#include "fa_xap.h"
#include "input.h"
#include "pipeline.h"
#include "walk.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Exit codes, documented in the README. */
enum {
    EXIT_OK       = 0,  /* every input indexed                           */
    EXIT_RUNTIME  = 1,  /* the index could not be opened or written      */
    EXIT_USAGE    = 2,  /* bad command line                              */
    EXIT_PARTIAL  = 3,  /* done, but some input was skipped or repaired  */
    EXIT_VERSION  = 6,  /* the index was built by an incompatible fa     */
    EXIT_LOCKED   = 7,  /* another fa-index is writing to the index      */
    EXIT_INTERRUPTED = 8, /* SIGINT/SIGTERM: what was read is committed  */
};

#define DEFAULT_MAX_ARTICLE (64UL * 1024 * 1024)
#define DEFAULT_COMMIT_EVERY 200UL
#define FA_STR_(x) #x
#define FA_STR(x) FA_STR_(x)

typedef struct {
    pipeline     *pipe;
    fa_article   *art;
    fa_gazetteer *gaz;         /* NULL with --no-entities                    */
    const char   *format;      /* "auto", "txt" or "jsonl" (standard input)  */
    size_t        max_article; /* --max-article-bytes                        */
    unsigned long commit_every;
    int           quiet;
    unsigned long failed, warnings, skipped_files;
    unsigned long shard, nshards;  /* --shard K/N (nshards 0: no sharding)  */
    unsigned long other_shards;    /* articles left to the other shards     */
    int           fatal;       /* an index error: stop everything            */
    /* Progress on a terminal: documents, MB/s, time left. */
    int           progress;
    input        *cur;         /* the input being read                        */
    char         *curfile;     /* its absolute path (NULL: stdin); owned      */
    double        t0;          /* start, in seconds                           */
    double        last;        /* last progress line, in seconds              */
    size_t        total_raw;   /* bytes of all input files                    */
    size_t        done_raw;    /* bytes of the input files already finished   */
    size_t        done_text;   /* uncompressed bytes of finished files        */
    unsigned long docs;        /* articles handed to the pipeline             */
} indexer;

/* SIGINT and SIGTERM: stop reading, commit what was read, merge, report. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void progress(indexer *ix, int force)
{
    double t = now_s(), el = t - ix->t0;
    if (!ix->progress || (!force && t - ix->last < 0.5))
        return;
    ix->last = t;
    size_t raw = ix->done_raw + (ix->cur ? input_raw_offset(ix->cur) : 0);
    size_t text = ix->done_text + (ix->cur ? input_offset(ix->cur) : 0);
    fprintf(stderr, "\r\033[Kfa-index: %lu articles, %.1f MB/s", ix->docs,
            el > 0 ? (double)text / 1e6 / el : 0.0);
    if (ix->total_raw && raw && raw <= ix->total_raw)
        fprintf(stderr, ", %.0f s left", el * (double)(ix->total_raw - raw) / (double)raw);
}

static void report(indexer *ix, const char *path, size_t line, const char *fmt, ...)
{
    va_list ap;
    if (ix->progress)
        fputs("\r\033[K", stderr);   /* clear the progress line */
    if (line)
        fprintf(stderr, "fa-index: %s:%zu: ", path, line);
    else
        fprintf(stderr, "fa-index: %s: ", path);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

enum { KIND_NONE, KIND_TXT, KIND_JSONL };

static int kind_of(const char *path)
{
    char base[PATH_MAX];
    snprintf(base, sizeof base, "%s", path);
    if (ends_with(base, ".gz"))
        base[strlen(base) - 3] = '\0';
    if (ends_with(base, ".txt"))
        return KIND_TXT;
    if (ends_with(base, ".jsonl") || ends_with(base, ".ndjson"))
        return KIND_JSONL;
    return KIND_NONE;
}

/* Report what cleaning repaired and what is wrong with the date, then hand
 * the article to the pipeline. Returns FA_OK, or a negative status when
 * the index failed (which stops the run). */
static int store(indexer *ix, const char *where, size_t line, unsigned fixed)
{
    size_t len = 0;
    const char *date = fa_article_get(ix->art, FA_F_DATE, &len);
    char norm[9], err[512];
    int rc;

    if (fixed & ARTICLE_FIXED_UTF8) {
        report(ix, where, line, "invalid UTF-8 repaired (bad bytes became U+FFFD)");
        ix->warnings++;
    }
    if (fixed & ARTICLE_FIXED_CONTROL) {
        report(ix, where, line, "control characters (NUL and others) removed");
        ix->warnings++;
    }
    if (date && fa_date_normalize(norm, date, len) < 0) {
        report(ix, where, line, "date '%.40s' is not YYYY, YYYY-MM or YYYY-MM-DD; indexed without a date "
               "(kept as field date_as_given)", date);
        ix->warnings++;
        /* Shown and sorted as undated; what the input said stays visible. */
        if ((rc = fa_article_set(ix->art, "date_as_given", date, len)) < 0 ||
            (rc = fa_article_unset(ix->art, FA_F_DATE)) < 0)
            return rc;
    }
    const char *id = fa_article_get(ix->art, FA_F_ID, &len);
    if (ix->nshards && fa_hash(id, len) % ix->nshards != ix->shard - 1) {
        ix->other_shards++;   /* another shard's article */
        return FA_OK;
    }
    if (len == 0 || len > FA_MAX_ID_BYTES) {
        report(ix, where, line, "article id %s; skipped", len ? "longer than " FA_STR(FA_MAX_ID_BYTES) " bytes" : "is empty");
        ix->failed++;
        return FA_OK;
    }
    if ((rc = pipeline_put(ix->pipe, &ix->art, ix->curfile, err, sizeof err)) < 0)
        fprintf(stderr, "fa-index: %s\n", err);
    ix->docs++;
    progress(ix, 0);
    return rc;
}

static int index_txt(indexer *ix, input *in, const char *path, const char *rel)
{
    const char *data;
    size_t len;
    unsigned fixed = 0;
    char err[256];
    int rc;

    if ((rc = input_all(in, &data, &len, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM || rc == FA_EINTR)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->failed++;
        return FA_OK;
    }
    if (memchr(data, '\0', len) && memchr(data, '\0', len) < (const void *)(data + (len < 4096 ? len : 4096))) {
        report(ix, path, 0, "binary file (NUL bytes near the start); skipped");
        ix->failed++;
        return FA_OK;
    }
    if ((rc = article_parse_txt(ix->art, data, len, &fixed, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->failed++;
        return FA_OK;
    }
    if (!fa_article_get(ix->art, FA_F_ID, NULL) &&
        (rc = fa_article_set(ix->art, FA_F_ID, rel, strlen(rel))) < 0)
        return rc;
    return store(ix, path, 0, fixed);
}

static int index_jsonl(indexer *ix, input *in, const char *path, const char *rel)
{
    const char *line;
    size_t len, lineno = 0;
    unsigned fixed = 0;
    char err[256];
    int rc;

    for (;;) {
        if (interrupted)
            return FA_EINTR;
        rc = input_line(in, &line, &len, err, sizeof err);
        lineno++;
        if (rc == 0)
            break;
        if (rc == FA_EINTR)
            return rc;              /* a signal while reading stdin: stop */
        if (rc == FA_EINVAL) {      /* an over-long line; the next is fine */
            report(ix, path, lineno, "%s", err);
            ix->failed++;
            continue;
        }
        if (rc < 0) {
            if (rc == FA_ENOMEM)
                return rc;
            report(ix, path, lineno, "%s; the rest of the file is skipped", err);
            ix->failed++;
            return FA_OK;
        }
        size_t i = 0;
        while (i < len && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (i == len)
            continue;   /* blank lines separate nothing in JSON Lines */
        if ((rc = article_parse_json(ix->art, line, len, &fixed, err, sizeof err)) < 0) {
            if (rc == FA_ENOMEM)
                return rc;
            report(ix, path, lineno, "%s; skipped", err);
            ix->failed++;
            continue;
        }
        if (!fa_article_get(ix->art, FA_F_ID, NULL)) {
            char id[PATH_MAX + 32];
            snprintf(id, sizeof id, "%s#%zu", rel, lineno);
            if ((rc = fa_article_set(ix->art, FA_F_ID, id, strlen(id))) < 0)
                return rc;
        }
        if ((rc = store(ix, path, lineno, fixed)) < 0)
            return rc;
    }
    return FA_OK;
}

/* Standard input has no name to go by: --format says, or the first
 * non-blank byte does ('{' means JSON Lines). Peeked through the reader,
 * so nothing is consumed before it. */
static int stdin_kind(indexer *ix, input *in)
{
    char err[256];
    if (strcmp(ix->format, "txt") == 0)
        return KIND_TXT;
    if (strcmp(ix->format, "jsonl") == 0)
        return KIND_JSONL;
    return input_peek(in, err, sizeof err) == '{' ? KIND_JSONL : KIND_TXT;
}

static int index_file(void *ctx, const char *path, const char *rel)
{
    indexer *ix = ctx;
    input *in = NULL;
    char err[256];
    int kind, rc;
    int is_stdin = strcmp(path, "-") == 0;

    if (interrupted)
        return FA_EINTR;   /* stops the walk */
    kind = is_stdin ? KIND_TXT : kind_of(path);
    if (kind == KIND_NONE) {
        ix->skipped_files++;
        return FA_OK;
    }
    if (is_stdin)
        rel = "stdin";
    if ((rc = input_open(&in, path, ix->max_article, err, sizeof err)) < 0) {
        if (rc == FA_ENOMEM)
            return rc;
        report(ix, path, 0, "%s; skipped", err);
        ix->failed++;
        return FA_OK;
    }
    if (is_stdin)
        kind = stdin_kind(ix, in);
    ix->cur = in;
    ix->curfile = is_stdin ? NULL : realpath(path, NULL);
    rc = kind == KIND_TXT ? index_txt(ix, in, path, rel) : index_jsonl(ix, in, path, rel);
    ix->done_raw += input_raw_offset(in);
    ix->done_text += input_offset(in);
    ix->cur = NULL;
    free(ix->curfile);
    ix->curfile = NULL;
    input_close(in);
    if (rc < 0 && rc != FA_EINTR)
        ix->fatal = 1;
    return rc;
}

static int add_size(void *ctx, const char *path, const char *rel)
{
    struct stat st;
    (void)rel;
    if (kind_of(path) != KIND_NONE && stat(path, &st) == 0)
        *(size_t *)ctx += (size_t)st.st_size;
    return FA_OK;
}

static void ignore_error(void *ctx, const char *path, const char *msg)
{
    (void)ctx; (void)path; (void)msg;   /* the real walk reports these */
}

static void walk_error(void *ctx, const char *path, const char *msg)
{
    indexer *ix = ctx;
    report(ix, path, 0, "%s", msg);
    ix->failed++;
}

static void usage(FILE *f)
{
    fputs("usage: fa-index --db DIR [options] PATH...\n"
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
          "  --gazetteer DIR          gazetteer data (default " FA_DATADIR ")\n"
          "  --quiet                  no progress and no summary line\n"
          "  --delete                 the arguments are ids of articles to delete\n"
          "  --prune                  after indexing the folders, delete the articles\n"
          "                           whose files under them no longer exist\n"
          "  --shard K/N              index only shard K of N: the articles whose\n"
          "                           id hashes (FNV-1a 64) to K-1 modulo N\n"
          "  --merge OUT SHARD...     compact shard indexes into the new index OUT\n"
          "  --help                   this text\n"
          "Exit: 0 ok, 1 index error, 2 usage, 3 some input skipped or repaired,\n"
          "      6 incompatible index, 7 index locked by another writer,\n"
          "      8 interrupted (what was read is committed).\n", f);
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

static int file_gone(void *ctx, const char *path)
{
    struct stat st;
    (void)ctx;
    return stat(path, &st) < 0 && errno == ENOENT;
}

/* --delete ID... and --prune FOLDER...: changes that need no parsing,
 * made after the indexing run (if any) on the committed index. */
static int delete_and_prune(const char *dbpath, char **ids, int nids,
                            char **dirs, int ndirs, unsigned long *deleted,
                            unsigned long *missing, char *err, size_t errlen)
{
    fa_db *db = NULL;
    int rc;

    if ((rc = fa_db_open(&db, dbpath, FA_DB_WRITE, NULL, err, errlen)) < 0)
        return rc;
    for (int i = 0; i < nids && rc == FA_OK; i++) {
        int found = 0;
        if ((rc = fa_db_delete(db, ids[i], &found)) == FA_OK) {
            if (found)
                (*deleted)++;
            else {
                fprintf(stderr, "fa-index: --delete: no article with id '%s'\n", ids[i]);
                (*missing)++;
            }
        }
    }
    for (int i = 0; i < ndirs && rc == FA_OK; i++) {
        char real[PATH_MAX];
        unsigned long n = 0;
        if (!realpath(dirs[i], real))
            continue;   /* a missing folder was reported by the walk */
        if ((rc = fa_db_prune(db, real, file_gone, NULL, &n)) == FA_OK)
            *deleted += n;
    }
    if (rc < 0)
        snprintf(err, errlen, "%s", fa_db_errmsg(db));
    int crc = fa_db_close(db, rc == FA_OK ? err : NULL, errlen);
    if (rc == FA_OK)
        rc = crc;
    return rc;
}

/* --merge OUT SHARD...: compact shard indexes (built with --shard, so no
 * article is in two of them) into one new index. */
static int merge_shards(const char *out, char **shards, int n, int quiet)
{
    fa_db *db = NULL;
    unsigned long total = 0;
    char err[1024];
    int rc;

    /* Open them together first: schema and language must agree. */
    if ((rc = fa_db_open(&db, shards[0], FA_DB_READ, NULL, err, sizeof err)) == FA_OK)
        for (int i = 1; i < n && rc == FA_OK; i++)
            rc = fa_db_add(db, shards[i], err, sizeof err);
    if (rc == FA_OK)
        fa_db_doccount(db, &total);
    fa_db_close(db, NULL, 0);
    if (rc == FA_OK && access(out, F_OK) == 0) {
        snprintf(err, sizeof err, "%s already exists; --merge writes a new index", out);
        rc = FA_EINVAL;
    }
    if (rc == FA_OK)
        rc = fa_db_compact(out, (const char *const *)shards, (size_t)n, err, sizeof err);
    if (rc < 0) {
        fprintf(stderr, "fa-index: --merge: %s\n", err);
        return rc == FA_EVERSION ? EXIT_VERSION : rc == FA_EINVAL ? EXIT_USAGE : EXIT_RUNTIME;
    }
    if (!quiet)
        fprintf(stderr, "fa-index: merged %d shards into %s: %lu articles\n", n, out, total);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"language", required_argument, NULL, 'l'},
        {"format", required_argument, NULL, 'f'},
        {"max-article-bytes", required_argument, NULL, 'm'},
        {"commit-every", required_argument, NULL, 'c'},
        {"no-entities", no_argument, NULL, 'E'},
        {"gazetteer", required_argument, NULL, 'g'},
        {"quiet", no_argument, NULL, 'q'},
        {"threads", required_argument, NULL, 't'},
        {"text-level", required_argument, NULL, 'z'},
        {"delete", no_argument, NULL, 'D'},
        {"prune", no_argument, NULL, 'P'},
        {"shard", required_argument, NULL, 'S'},
        {"merge", required_argument, NULL, 'M'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    indexer ix = {0};
    pipeline_opts popts = {0};
    pipeline_stats stats = {0};
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = ncpu < 1 ? 1 : ncpu > 8 ? 8 : (unsigned)ncpu;
    const char *dbpath = NULL, *language = NULL, *gazdir = FA_DATADIR;
    const char *merge_out = NULL;
    int entities = 1, del = 0, prune = 0, opt, rc = FA_OK, code = EXIT_OK;
    int text_level = FA_TEXT_LEVEL_DEFAULT;
    unsigned long n, deleted = 0, missing = 0;
    char err[1024];
    struct timespec t0, t1;
    struct sigaction sa;

    ix.format = "auto";
    ix.max_article = DEFAULT_MAX_ARTICLE;
    ix.commit_every = DEFAULT_COMMIT_EVERY;
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (opt) {
        case 'd': dbpath = optarg; break;
        case 'l': language = optarg; break;
        case 'f':
            if (strcmp(optarg, "auto") && strcmp(optarg, "txt") && strcmp(optarg, "jsonl")) {
                fprintf(stderr, "fa-index: --format must be auto, txt or jsonl\n");
                return EXIT_USAGE;
            }
            ix.format = optarg;
            break;
        case 'm':
            if (parse_size(optarg, &n) < 0) {
                fprintf(stderr, "fa-index: --max-article-bytes needs a number of bytes, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            ix.max_article = n;
            break;
        case 'c':
            if (parse_size(optarg, &n) < 0 || n == 0) {
                fprintf(stderr, "fa-index: --commit-every needs a positive number, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            ix.commit_every = n;
            break;
        case 't':
            if (parse_size(optarg, &n) < 0 || n == 0 || n > 64) {
                fprintf(stderr, "fa-index: --threads needs a number from 1 to 64, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            threads = (unsigned)n;
            break;
        case 'z':
            if (parse_size(optarg, &n) < 0 || n > FA_TEXTZ_MAX_LEVEL) {
                fprintf(stderr, "fa-index: --text-level needs a number from 0 to %d, not '%s'\n",
                        FA_TEXTZ_MAX_LEVEL, optarg);
                return EXIT_USAGE;
            }
            text_level = (int)n;
            break;
        case 'E': entities = 0; break;
        case 'g': gazdir = optarg; break;
        case 'q': ix.quiet = 1; break;
        case 'D': del = 1; break;
        case 'P': prune = 1; break;
        case 'S': {
            char *slash = strchr(optarg, '/'), *end = NULL;
            unsigned long k = strtoul(optarg, &end, 10), nn = 0;
            if (slash && end == slash)
                nn = strtoul(slash + 1, &end, 10);
            if (!slash || *end || optarg[0] == '-' || slash[1] == '-' || nn == 0 || k == 0 || k > nn) {
                fprintf(stderr, "fa-index: --shard needs K/N with 1 <= K <= N, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            ix.shard = k;
            ix.nshards = nn;
            break;
        }
        case 'M': merge_out = optarg; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (merge_out) {
        if (dbpath || optind == argc || del || prune) {
            fprintf(stderr, "fa-index: --merge OUT takes the shard indexes as arguments, and no --db\n");
            return EXIT_USAGE;
        }
        return merge_shards(merge_out, argv + optind, argc - optind, ix.quiet);
    }
    if (!dbpath || optind == argc || (del && prune)) {
        fprintf(stderr, "fa-index: %s\n", !dbpath ? "--db DIR is required"
                : optind == argc ? (del ? "--delete needs the ids to delete" : "no PATH to index")
                : "--delete and --prune do not go together");
        usage(stderr);
        return EXIT_USAGE;
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (del)
        goto deletions;   /* the arguments are ids, not paths */
    if (entities && (rc = fa_gazetteer_load(&ix.gaz, gazdir, err, sizeof err)) < 0) {
        fprintf(stderr, "fa-index: gazetteer: %s\n", err);
        return EXIT_RUNTIME;
    }
    popts.dbpath = dbpath;
    popts.language = language;
    popts.gaz = ix.gaz;
    popts.threads = threads;
    popts.commit_every = ix.commit_every;
    popts.text_level = text_level;
    if ((rc = pipeline_open(&ix.pipe, &popts, err, sizeof err)) < 0) {
        fprintf(stderr, "fa-index: %s\n", err);
        code = rc == FA_ELOCKED ? EXIT_LOCKED : rc == FA_EVERSION ? EXIT_VERSION
             : rc == FA_EINVAL && language ? EXIT_USAGE : EXIT_RUNTIME;
        goto out;
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    if (!(ix.art = fa_article_new())) {
        rc = FA_ENOMEM;
        goto fatal;
    }
    ix.t0 = now_s();
    ix.progress = !ix.quiet && isatty(2);
    for (int i = optind; ix.progress && i < argc; i++)
        if (strcmp(argv[i], "-") != 0)
            walk(argv[i], add_size, ignore_error, &ix.total_raw);
    for (int i = optind; i < argc && !ix.fatal && !interrupted; i++) {
        if (strcmp(argv[i], "-") == 0)
            rc = index_file(&ix, "-", "stdin");
        else {
            /* A file named on the command line must be of a known kind. */
            if (kind_of(argv[i]) == KIND_NONE) {
                FILE *probe = fopen(argv[i], "r");
                int isdir = 0;
                if (probe) {
                    isdir = fgetc(probe) == EOF && errno == EISDIR;
                    fclose(probe);
                }
                if (probe && !isdir) {
                    report(&ix, argv[i], 0, "not a .txt, .jsonl or .ndjson file (optionally .gz); skipped");
                    ix.failed++;
                    continue;
                }
            }
            rc = walk(argv[i], index_file, walk_error, &ix);
            if (rc == FA_ENOTFOUND)
                rc = FA_OK;   /* reported and counted by walk_error */
        }
        if (rc == FA_EINTR)
            rc = FA_OK;
        if (rc < 0)
            goto fatal;
    }
fatal:
    if (ix.progress) {
        progress(&ix, 1);
        fputs(ix.pipe && pipeline_is_bulk(ix.pipe) ? "; merging\n" : "\n", stderr);
    }
    {
        /* Interrupted or not, commit (and merge) what was read; after an
         * index failure, keep what the workers committed. */
        int crc = pipeline_close(ix.pipe, rc < 0, &stats, err, sizeof err);
        ix.pipe = NULL;
        if (crc < 0 && rc == FA_OK) {
            fprintf(stderr, "fa-index: %s\n", err);
            rc = crc;
        }
    }
    if (interrupted)
        fprintf(stderr, "fa-index: interrupted; what was read is committed, run the same command again to finish\n");
    if (stats.recovered && !ix.quiet)
        fprintf(stderr, "fa-index: recovered %lu articles committed by an earlier run that was killed\n",
                stats.recovered);
deletions:
    if (rc == FA_OK && !interrupted && (del || prune)) {
        if ((rc = delete_and_prune(dbpath, argv + optind, del ? argc - optind : 0,
                                   argv + optind, prune ? argc - optind : 0,
                                   &deleted, &missing, err, sizeof err)) < 0) {
            fprintf(stderr, "fa-index: %s\n", err);
            if (rc == FA_ELOCKED) {
                code = EXIT_LOCKED;
                goto out;
            }
        }
    }
    if (rc < 0)
        code = EXIT_RUNTIME;
    else if (interrupted)
        code = EXIT_INTERRUPTED;
    else if (ix.failed || ix.warnings || missing)
        code = EXIT_PARTIAL;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (!ix.quiet) {
        unsigned long total = 0;
        fa_db *db = NULL;
        if (fa_db_open(&db, dbpath, FA_DB_READ, NULL, err, sizeof err) == FA_OK)
            fa_db_doccount(db, &total);
        fa_db_close(db, NULL, 0);
        if (ix.nshards)
            fprintf(stderr, "fa-index: shard %lu/%lu: %lu articles left to the other shards\n",
                    ix.shard, ix.nshards, ix.other_shards);
        fprintf(stderr, "fa-index: %lu added, %lu replaced, %lu unchanged, %lu deleted, %lu failed, %lu warnings in %.2f s; index holds %lu articles%s%s\n",
                stats.added, stats.replaced, stats.unchanged, deleted, ix.failed + missing, ix.warnings,
                (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, total,
                stats.dict_note[0] ? "; " : "", stats.dict_note);
    }
out:
    pipeline_close(ix.pipe, 1, NULL, NULL, 0);
    fa_article_free(ix.art);
    fa_gazetteer_free(ix.gaz);
    return code;
}
