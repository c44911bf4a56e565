/* main.c - fa-search: run ranked queries against an fa index and print the
 * hits as text or JSON. Messages and exit codes live here; options are
 * qopts.c's, aliases resolve.c's, the result page page.c's, the formats
 * print*.c's, and searching is common/fa_xap's.
 */
#include "fa_entity.h"
#include "fa_error.h"
#include "fa_xap.h"
#include "holders.h"
#include "list.h"
#include "page.h"
#include "print.h"
#include "qopts.h"
#include "resolve.h"
#include "serve.h"
#include "export.h"
#include "show.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* A searcher-only status beside fa_error.h's and QOPTS_EUSAGE: --show
 * named an id no article has. */
#define SEARCH_ENOARTICLE (-101)

/* Exit codes, documented in the README, the manual and the usage text. */
enum {
    EXIT_OK        = 0,  /* the search ran (also when nothing matched)  */
    EXIT_RUNTIME   = 1,
    EXIT_USAGE     = 2,
    EXIT_NOARTICLE = 3,  /* --show ID: no article has that id           */
    EXIT_NOINDEX   = 4,  /* no index at --db                            */
    EXIT_QUERY     = 5,  /* the query does not parse, or a facet value is unknown */
    EXIT_VERSION   = 6,  /* the index was built by an incompatible fa   */
};

/* Every exit code comes from a status through this table. */
static int exit_for(int rc)
{
    static const struct { int status, code; } table[] = {
        {FA_OK, EXIT_OK},             {QOPTS_EUSAGE, EXIT_USAGE},
        {SEARCH_ENOARTICLE, EXIT_NOARTICLE},
        {FA_ENOTFOUND, EXIT_NOINDEX}, {FA_EQUERY, EXIT_QUERY},
        {FA_EVERSION, EXIT_VERSION},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].status == rc)
            return table[i].code;
    return EXIT_RUNTIME;
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

static const char *message(fa_db *db, int rc)
{
    return *fa_db_errmsg(db) ? fa_db_errmsg(db) : fa_strerror(rc);
}

/* --count: the exact total alone, as a number or {"query","total"}. */
static int run_count(sink *out, const qopts *o, fa_db *db, const fa_search *s)
{
    fa_search c = *s;
    fa_hits *h = NULL;
    int rc;

    c.limit = 0;
    c.offset = 0;
    c.snippets = 0;
    c.estimate = 0;
    if ((rc = fa_db_search(&h, db, &c)) < 0)
        return rc;
    if (o->format == QOPTS_JSON) {
        sink_puts(out, "{\"query\":");
        print_json_string(out, c.query ? c.query : "", c.query ? strlen(c.query) : 0);
        sink_printf(out, ",\"total\":%lu}\n", fa_hits_total(h));
    } else {
        sink_printf(out, "%lu\n", fa_hits_total(h));
    }
    fa_hits_free(h);
    return sink_status(out);
}

/* --show ID: the article whole, or SEARCH_ENOARTICLE. */
static int run_show(sink *out, const qopts *o, fa_db *db, const fa_gazetteer *gaz, const fa_search *s)
{
    show *v = NULL;
    int rc;

    if ((rc = show_get(&v, db, o->show, s, gaz)) < 0)
        return rc;
    if (!v)
        return SEARCH_ENOARTICLE;
    rc = o->format == QOPTS_JSON ? show_write_json(out, v) : show_write_text(out, v, o->bold);
    show_free(v);
    return rc;
}

/* csv, tsv, jsonl: every match (or the page --limit/--offset name). */
static int run_rows(sink *out, const qopts *o, fa_db *db, const fa_gazetteer *gaz,
                    const fa_search *s, export_cols *cols)
{
    fa_search r = *s;
    int format = o->format == QOPTS_CSV ? EXPORT_CSV : o->format == QOPTS_TSV ? EXPORT_TSV : EXPORT_JSONL;
    unsigned long rows = 0;
    int rc;

    if (cols->n)
        r.snippets = r.snippets && cols->snippet;
    if (!o->limit_given)
        r.limit = UINT_MAX;
    rc = export_run(out, db, &r, gaz, format, cols, o->limit_given || o->offset_given, &rows);
    /* An empty column is allowed (a field only some archives carry), but
     * one that no exported article had is most often a typo. */
    for (size_t i = 0; rc == FA_OK && rows && i < cols->n; i++)
        if (export_col_missing(cols, i))
            fprintf(stderr, "fa-search: --fields: none of the %lu exported articles has a field '%.*s'"
                    " (the column is empty)\n", rows, (int)cols->len[i], cols->name[i]);
    return rc;
}

/* Run one query and print it. With repeat > 1, run it that many times
 * (output once) and report latency percentiles on stderr. */
static int run_page(sink *out, const qopts *o, fa_db *db, const fa_gazetteer *gaz, const fa_search *s)
{
    const print_opts po = {o->bold};
    fa_hits *h = NULL;
    page *p = NULL;
    double *t = NULL;
    unsigned repeat = o->repeat > 1 ? o->repeat : 1;
    int rc = FA_ENOMEM;

    if (repeat > 1 && !(t = malloc(repeat * sizeof *t)))
        goto out;
    for (unsigned r = 0; r < repeat; r++) {
        fa_hits_free(h);   /* the previous run's, outside the timing */
        h = NULL;
        double t0 = now_ms();
        if ((rc = fa_db_search(&h, db, s)) < 0)
            goto out;
        if (t)
            t[r] = now_ms() - t0;
    }
    rc = page_build(&p, h, s, gaz, db);
    h = NULL;   /* the page's now */
    if (rc < 0 || (rc = print_page(out, o->format == QOPTS_JSON ? &print_json : &print_text, p, &po)) < 0)
        goto out;
    if (t) {
        size_t p95 = (size_t)((double)repeat * 0.95) < repeat ? (size_t)((double)repeat * 0.95) : repeat - 1;
        qsort(t, repeat, sizeof *t, cmp_double);
        fprintf(stderr, "fa-search: timing\t%s\t%lu\tp50 %.3f ms\tp95 %.3f ms\n",
                s->query ? s->query : "", p->total, t[repeat / 2], t[p95]);
    }
out:
    page_free(p);
    free(t);
    fa_hits_free(h);
    return rc;
}

static int run_one(const qopts *o, fa_db *db, const fa_gazetteer *gaz, const fa_search *s,
                   export_cols *cols)
{
    sink out;

    sink_file(&out, stdout);
    if (o->count)
        return run_count(&out, o, db, s);
    if (o->show)
        return run_show(&out, o, db, gaz, s);
    if (o->format != QOPTS_TEXT && o->format != QOPTS_JSON)
        return run_rows(&out, o, db, gaz, s, cols);
    return run_page(&out, o, db, gaz, s);
}

/* Each line of the --batch file is one query, and each query gets one
 * record on stdout, so output lines up with input: in JSON one line (the
 * answer, or {"query","error","exit"}), in text a "# query: Q" line and
 * then the answer or "error: MESSAGE". Blank lines and '#' comments are
 * no queries. A failing query is also reported on stderr with its line
 * number, and the batch goes on. The status returned is the failure with
 * the highest exit code (FA_OK when every query ran). */
static int run_batch(const qopts *o, fa_db *db, const fa_gazetteer *gaz, export_cols *cols)
{
    FILE *bf = strcmp(o->batch, "-") == 0 ? stdin : fopen(o->batch, "r");
    fa_search s = o->search;
    char *line = NULL;
    size_t cap = 0;
    int rc, worst = FA_OK;
    sink out;

    if (!bf) {
        fprintf(stderr, "fa-search: %s: %s\n", o->batch, strerror(errno));
        return QOPTS_EUSAGE;
    }
    sink_file(&out, stdout);
    for (size_t lineno = 1;; lineno++) {
        ssize_t len = getline(&line, &cap, bf);
        if (len < 0)
            break;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        s.query = line;
        if (o->format == QOPTS_TEXT) {
            sink_puts(&out, "# query: ");
            print_text_safe(&out, line);
            sink_putc(&out, '\n');
            if (sink_status(&out) < 0) {   /* stdout is gone: say so once, stop */
                fprintf(stderr, "fa-search: %s:%zu: standard output: %s\n", o->batch, lineno,
                        fa_strerror(FA_EIO));
                worst = FA_EIO;
                break;
            }
        }
        if ((rc = run_one(o, db, gaz, &s, cols)) < 0) {
            /* a write error is no query's: the handle's message is stale */
            const char *msg = rc == FA_EIO ? fa_strerror(rc) : message(db, rc);
            fprintf(stderr, "fa-search: %s:%zu: %s\n", o->batch, lineno, msg);
            if (o->format == QOPTS_JSON) {
                sink_puts(&out, "{\"query\":");
                print_json_string(&out, line, (size_t)len);
                sink_puts(&out, ",\"error\":");
                print_json_string(&out, msg, strlen(msg));
                sink_printf(&out, ",\"exit\":%d}\n", exit_for(rc));
            } else {
                sink_puts(&out, "error: ");
                print_text_safe(&out, msg);
                sink_putc(&out, '\n');
            }
            if (exit_for(rc) > exit_for(worst))
                worst = rc;
            if (rc == FA_EIO || sink_status(&out) < 0) {
                if (rc != FA_EIO)
                    fprintf(stderr, "fa-search: %s:%zu: standard output: %s\n", o->batch, lineno,
                            fa_strerror(FA_EIO));
                worst = FA_EIO;   /* stdout is gone: no use going on */
                break;
            }
        }
    }
    if (bf != stdin)
        fclose(bf);
    free(line);
    return worst;
}

static void log_line(void *ctx, const char *line)
{
    (void)ctx;
    fprintf(stderr, "fa-search: %s\n", line);
}

/* --serve: answer HTTP until SIGINT or SIGTERM. The signals are blocked
 * before the server's threads start, so they inherit the mask and only
 * sigwait() here sees them. */
static int run_serve(const qopts *o, const fa_gazetteer *gaz, char *err, size_t errlen)
{
    serve_config c = {0};
    serve *sv = NULL;
    char addr[256];
    sigset_t set;
    int rc, sig;

    if ((rc = serve_parse_addr(&c, o->serve, addr, sizeof addr, err, errlen)) < 0)
        return QOPTS_EUSAGE;
    c.db = o->db;
    c.ndb = o->ndb;
    c.gaz = gaz;
    c.defaults = &o->search;
    c.threads = o->threads;
    c.max_clients = o->max_clients;
    c.log = log_line;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    if ((rc = serve_start(&sv, &c, err, errlen)) < 0)
        return rc;
    fprintf(stderr, "fa-search: serving http://%s%s%s:%u/ (%u threads; Ctrl-C stops)\n",
            strchr(c.addr ? c.addr : "", ':') ? "[" : "", c.addr ? c.addr : "127.0.0.1",
            strchr(c.addr ? c.addr : "", ':') ? "]" : "", serve_port(sv), o->threads);
    sigwait(&set, &sig);
    serve_stop(sv);
    fprintf(stderr, "fa-search: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    return FA_OK;
}

int main(int argc, char **argv)
{
    static qopts o;   /* large (filter arrays), and must not move */
    fa_gazetteer *gaz = NULL;
    fa_db *db = NULL;
    resolver rv = {NULL, NULL, NULL, 0};
    char err[1024] = "";
    int rc;

    export_cols cols;

    rc = qopts_parse(&o, argc, argv, qopts_color_auto(isatty(1), getenv("NO_COLOR"), getenv("TERM")),
                     err, sizeof err);
    if (rc == FA_OK && o.action == QOPTS_RUN &&
        (export_cols_parse(&cols, o.fields, err, sizeof err) < 0 ||
         export_cols_check(&cols, o.search.collapse, err, sizeof err) < 0))
        rc = QOPTS_EUSAGE;
    if (rc < 0) {
        /* One line and where to look, not the whole help. */
        if (*err)
            fprintf(stderr, "fa-search: %s\n", err);
        else if (rc != QOPTS_EUSAGE)
            fprintf(stderr, "fa-search: %s\n", fa_strerror(rc));
        if (rc == QOPTS_EUSAGE)
            fprintf(stderr, "%s\n", qopts_try_help());
        goto out;
    }
    if (o.action != QOPTS_RUN) {
        if (o.action == QOPTS_HELP)
            qopts_usage(stdout);
        else
            puts(qopts_version());
        goto out;
    }
    if ((rc = fa_gazetteer_load(&gaz, o.gazetteer, err, sizeof err)) < 0) {
        fprintf(stderr, "fa-search: gazetteer: %s\n", err);
        goto out;
    }
    if (o.holders && !o.ndb) {
        sink out;
        sink_file(&out, stdout);
        if ((rc = holders_print(&out, gaz, NULL, o.holders, o.ntyped[FA_FACET_COUNTRY] ? o.typed[FA_FACET_COUNTRY][0] : NULL,
                                o.format == QOPTS_JSON, err, sizeof err)) < 0)
            fprintf(stderr, "fa-search: %s\n", *err ? err : fa_strerror(rc));
        goto out;
    }
    if (o.serve) {
        if ((rc = run_serve(&o, gaz, err, sizeof err)) < 0)
            fprintf(stderr, "fa-search: %s\n", err);
        goto out;
    }
    rc = fa_db_open(&db, o.db[0], FA_DB_READ, NULL, err, sizeof err);
    for (size_t i = 1; rc == FA_OK && i < o.ndb; i++)
        rc = fa_db_add(db, o.db[i], err, sizeof err);
    rv.gaz = gaz;
    rv.db = db;
    if (rc == FA_OK && o.holders) {
        sink out;
        sink_file(&out, stdout);
        if ((rc = holders_print(&out, gaz, db, o.holders, o.ntyped[FA_FACET_COUNTRY] ? o.typed[FA_FACET_COUNTRY][0] : NULL,
                                o.format == QOPTS_JSON, err, sizeof err)) < 0)
            fprintf(stderr, "fa-search: %s\n", *err ? err : fa_strerror(rc));
        goto out;
    }
    if (rc < 0 || (rc = qopts_resolve(&o, resolve_value, resolve_role, &rv, err, sizeof err)) < 0) {
        fprintf(stderr, "fa-search: %s\n", err);
        goto out;
    }
    if (o.list >= 0) {
        sink out;
        sink_file(&out, stdout);
        if ((rc = list_print(&out, db, gaz, o.list, o.format != QOPTS_TEXT)) < 0)
            fprintf(stderr, "fa-search: %s\n", message(db, rc));
        goto out;
    }
    o.search.nsnippet_hints = resolve_hints(gaz, &o.search, o.hints, sizeof o.hints / sizeof *o.hints);
    o.search.snippet_hints = o.hints;
    if (o.batch)
        rc = run_batch(&o, db, gaz, &cols);
    else if ((rc = run_one(&o, db, gaz, &o.search, &cols)) == SEARCH_ENOARTICLE)
        fprintf(stderr, "fa-search: no article has the id '%s'\n", o.show);
    else if (rc < 0)
        fprintf(stderr, "fa-search: %s\n", message(db, rc));
out:
    if (db) {
        int crc = fa_db_close(db, err, sizeof err);
        if (crc < 0 && rc == FA_OK) {
            fprintf(stderr, "fa-search: %s\n", err);
            rc = crc;
        }
    }
    resolver_release(&rv);
    fa_gazetteer_free(gaz);
    qopts_fini(&o);
    return exit_for(rc);
}
