/* serve.c - the HTTP server of fa-search --serve (see serve.h), over
 * libmicrohttpd: MHD parses HTTP and runs its thread pool; this file maps
 * URLs and parameters to the same page_search() and writers the command
 * line uses, and adds the security headers to every answer. It never
 * opens a file after start-up and never names one in an answer.
 */
#define _DEFAULT_SOURCE   /* getaddrinfo's flags, usleep */
#include "serve.h"
#include "assets.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "page.h"
#include "print.h"
#include "export.h"
#include "holders.h"
#include "list.h"
#include "resolve.h"
#include "show.h"
#include "sink.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Inline script and every other origin are forbidden: the page is one
 * script file, one style sheet and an icon, all from this server. */
#define SERVE_CSP "default-src 'none'; script-src 'self'; style-src 'self'; " \
                  "img-src 'self'; connect-src 'self'; form-action 'self'; "   \
                  "base-uri 'none'; frame-ancestors 'none'"

struct serve {
    struct MHD_Daemon *d;
    fa_search          defaults;
    const fa_gazetteer *gaz;
    serve_log_fn       log;
    void              *log_ctx;
    unsigned           port;
    unsigned           max_clients;
    int                loopback;     /* bound to a loopback address: check
                                        Host (DNS rebinding)            */
    atomic_uint        nconn;        /* open connections                 */
    pthread_mutex_t    mu;           /* guards the pool and nexports     */
    fa_db            **pool;         /* every handle, owned              */
    fa_db            **idle;         /* a stack of those not lent out     */
    size_t             npool, nidle;
    unsigned           threads;      /* searches at once                 */
    unsigned           nsearches, nexports;   /* handles lent out       */
    struct waiter     *waiting, *last;        /* searches waiting, FIFO */
    struct MHD_Response *asset[16];  /* one per serve_assets entry       */
};

static void logf_(serve *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(serve *s, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    if (!s->log)
        return;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    s->log(s->log_ctx, line);
}

/* ------------------------------------------------------------ handles */

/* Searches wait for a handle in arrival order. libmicrohttpd's pool has
 * SERVE_POOL_PER_SEARCH threads per search slot (so a request seldom
 * waits behind another connection of its own thread), but at most
 * 'threads' searches run at once: more only
 * share the CPUs, which stretches every request and most of all the
 * slowest. A request that waits longer than SERVE_MAX_WAIT_MS is answered
 * 503. One waiter, on its caller's stack: */
typedef struct waiter {
    pthread_cond_t  cv;
    fa_db          *db;       /* set by pool_give: this waiter's turn */
    struct waiter  *next;
} waiter;

static fa_db *idle_pop(serve *s)
{
    return s->nidle ? s->idle[--s->nidle] : NULL;
}

/* A handle for one search (is_export 0), or NULL when none came within
 * SERVE_MAX_WAIT_MS; for an export, at once or NULL when
 * SERVE_MAX_EXPORTS are streaming (exports have handles of their own,
 * so searches never wait behind one). The caller answers 503. */
static fa_db *pool_take(serve *s, int is_export)
{
    fa_db *db = NULL;
    pthread_mutex_lock(&s->mu);
    if (is_export) {
        if (s->nexports < SERVE_MAX_EXPORTS && (db = idle_pop(s)))
            s->nexports++;
        goto out;
    }
    if (!s->waiting && s->nsearches < s->threads && (db = idle_pop(s))) {
        s->nsearches++;
        goto out;
    }
    waiter w;
    pthread_condattr_t ca;
    struct timespec until;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&w.cv, &ca);
    pthread_condattr_destroy(&ca);
    w.db = NULL;
    w.next = NULL;
    *(s->waiting ? &s->last->next : &s->waiting) = &w;
    s->last = &w;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += SERVE_MAX_WAIT_MS / 1000;
    until.tv_nsec += (long)(SERVE_MAX_WAIT_MS % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    while (!w.db && pthread_cond_timedwait(&w.cv, &s->mu, &until) != ETIMEDOUT)
        ;
    if (!w.db) {   /* timed out: leave the queue */
        waiter **pp = &s->waiting, *prev = NULL;
        while (*pp != &w) {
            prev = *pp;
            pp = &(*pp)->next;
        }
        *pp = w.next;
        if (s->last == &w)
            s->last = prev;
    }
    db = w.db;     /* pool_give counted it in nsearches */
    pthread_cond_destroy(&w.cv);
out:
    pthread_mutex_unlock(&s->mu);
    return db;
}

static void pool_give(serve *s, fa_db *db, int is_export)
{
    if (!db)
        return;
    pthread_mutex_lock(&s->mu);
    if (is_export) {
        s->nexports--;
    } else if (s->waiting) {   /* straight to the longest waiter */
        waiter *w = s->waiting;
        s->waiting = w->next;
        if (!s->waiting)
            s->last = NULL;
        w->db = db;
        pthread_cond_signal(&w->cv);
        pthread_mutex_unlock(&s->mu);
        return;
    } else {
        s->nsearches--;
    }
    s->idle[s->nidle++] = db;
    pthread_mutex_unlock(&s->mu);
}

/* ---------------------------------------------------------- responses */

static void add_headers(struct MHD_Response *r, const char *type, int api)
{
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(r, "Content-Security-Policy", SERVE_CSP);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, api ? "no-store" : "no-cache");
}

/* Answer with 'body' (malloc'd; freed by MHD, or here on failure). */
static enum MHD_Result respond(struct MHD_Connection *c, unsigned status, const char *type,
                               char *body, size_t len)
{
    struct MHD_Response *r = MHD_create_response_from_buffer_with_free_callback(len, body, free);
    enum MHD_Result ret;
    if (!r) {
        free(body);
        return MHD_NO;
    }
    add_headers(r, type, 1);
    if (status == MHD_HTTP_SERVICE_UNAVAILABLE) {
        MHD_add_response_header(r, MHD_HTTP_HEADER_RETRY_AFTER, "1");
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
    }
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

/* {"error":MESSAGE,"status":N}: every error, so a client reads one shape. */
static enum MHD_Result respond_error(struct MHD_Connection *c, unsigned status, const char *msg)
{
    sink out;
    size_t len;
    char *body;

    sink_mem(&out);
    sink_puts(&out, "{\"error\":");
    print_json_string(&out, msg, strlen(msg));
    sink_printf(&out, ",\"status\":%u}\n", status);
    if (!(body = sink_take(&out, &len)))
        return MHD_NO;
    return respond(c, status, "application/json; charset=utf-8", body, len);
}

/* ---------------------------------------------------------- parameters */

/* A request's parameters, checked as MHD hands them over; the first
 * problem is kept and answered 400. Strings are MHD's, valid while the
 * request is. */
typedef struct req {
    const char *q, *from, *to, *sort, *offset, *limit, *facets,
               *facet_limit, *histogram, *fields, *collapse, *similar, *pick,
               *facet_match;
    const char *facet_limit_for[FA_NFACETS];   /* facet_limit.FACET= */
    const char *typed[FA_NFACETS][SERVE_MAX_FILTERS];
    size_t      ntyped[FA_NFACETS];
    const char *field_facet[FA_MAX_FIELDS];   /* facet=NAME: stored fields to count */
    size_t      nfield_facets;
    const char *roles[SERVE_MAX_FILTERS];   /* role=[COUNTRY/]POST, OR'ed */
    size_t      nroles;
    size_t      nparams;
    char       *owned[SERVE_MAX_PARAMS];   /* copies of the values above:
                                             an export outlives the call
                                             that read them            */
    char        err[512];            /* "" while all is well */
} req;

static const struct {
    const char *name;
    size_t      off;
} single_params[] = {
    {"q", offsetof(req, q)},
    {"from", offsetof(req, from)},     {"to", offsetof(req, to)},
    {"sort", offsetof(req, sort)},     {"offset", offsetof(req, offset)},
    {"limit", offsetof(req, limit)},   {"facets", offsetof(req, facets)},
    {"facet_limit", offsetof(req, facet_limit)},
    {"histogram", offsetof(req, histogram)}, {"fields", offsetof(req, fields)},
    {"collapse", offsetof(req, collapse)}, {"similar", offsetof(req, similar)},
    {"pick", offsetof(req, pick)},     {"facet_match", offsetof(req, facet_match)},
};

/* "facet_limit.FACET": that facet's slot, else NULL. */
static const char **facet_limit_slot(req *r, const char *key)
{
    static const char prefix[] = "facet_limit.";
    if (strncmp(key, prefix, sizeof prefix - 1) != 0)
        return NULL;
    int f = fa_facet_by_field(key + sizeof prefix - 1, strlen(key + sizeof prefix - 1));
    return f < 0 ? NULL : &r->facet_limit_for[f];
}

static enum MHD_Result take_param(void *cls, enum MHD_ValueKind kind, const char *key,
                                  size_t key_size, const char *value, size_t value_size)
{
    req *r = cls;
    int klen = key_size > 40 ? 40 : (int)key_size;

    (void)kind;
    if (*r->err)
        return MHD_NO;
    if (!value)
        value = "";
    if (key_size == 0)   /* "&&" or "=x": nothing named, nothing asked */
        return MHD_YES;
    if (r->nparams == SERVE_MAX_PARAMS) {   /* counted before; kept as a guard */
        snprintf(r->err, sizeof r->err, "more than %d parameters (SERVE_MAX_PARAMS)", SERVE_MAX_PARAMS);
        return MHD_NO;
    }
    r->nparams++;
    if (strlen(key) != key_size || strlen(value) != value_size) {
        snprintf(r->err, sizeof r->err, "parameter '%.*s' holds a NUL byte", klen, key);
        return MHD_NO;
    }
    if (value_size > SERVE_MAX_QUERY_BYTES) {
        snprintf(r->err, sizeof r->err, "parameter '%.*s' is %zu bytes, more than the limit of %d (SERVE_MAX_QUERY_BYTES)",
                 klen, key, value_size, SERVE_MAX_QUERY_BYTES);
        return MHD_NO;
    }
    if (!(r->owned[r->nparams - 1] = strdup(value))) {
        snprintf(r->err, sizeof r->err, "out of memory");
        return MHD_NO;
    }
    value = r->owned[r->nparams - 1];
    int f = fa_facet_by_field(key, key_size);
    if (f >= 0) {
        if (r->ntyped[f] == SERVE_MAX_FILTERS) {
            snprintf(r->err, sizeof r->err, "more than %d '%s' values (SERVE_MAX_FILTERS)", SERVE_MAX_FILTERS, key);
            return MHD_NO;
        }
        if (*value)   /* an empty value (an empty form field) filters nothing */
            r->typed[f][r->ntyped[f]++] = value;
        return MHD_YES;
    }
    if (strcmp(key, "facet") == 0) {   /* fa-search --facet NAME */
        if (r->nfield_facets == FA_MAX_FIELDS) {
            snprintf(r->err, sizeof r->err, "more than %d 'facet' values (an index has at most "
                     "%d stored fields, FA_MAX_FIELDS)", FA_MAX_FIELDS, FA_MAX_FIELDS);
            return MHD_NO;
        }
        if (*value)
            r->field_facet[r->nfield_facets++] = value;
        return MHD_YES;
    }
    if (strcmp(key, FA_FIELD_ROLE) == 0) {
        if (r->nroles == SERVE_MAX_FILTERS) {
            snprintf(r->err, sizeof r->err, "more than %d 'role' values (SERVE_MAX_FILTERS)", SERVE_MAX_FILTERS);
            return MHD_NO;
        }
        if (*value)
            r->roles[r->nroles++] = value;
        return MHD_YES;
    }
    const char **slot = facet_limit_slot(r, key);
    for (size_t i = 0; !slot && i < sizeof single_params / sizeof *single_params; i++)
        if (strcmp(key, single_params[i].name) == 0)
            slot = (const char **)((char *)r + single_params[i].off);
    if (slot) {
        if (*slot) {
            snprintf(r->err, sizeof r->err, "parameter '%s' given twice", key);
            return MHD_NO;
        }
        *slot = value;
        return MHD_YES;
    }
    snprintf(r->err, sizeof r->err, "unknown parameter '%.*s' (known: q country official role about from to "
             "sort offset limit facets facet facet_limit facet_limit.country facet_limit.official "
             "facet_limit.about facet_match histogram fields collapse pick similar)", klen, key);
    return MHD_NO;
}

/* An unsigned parameter in [lo, hi]; 'name' for the message. */
static int param_uint(req *r, const char *v, const char *name, unsigned lo, unsigned hi,
                      const char *limit_name, unsigned *out)
{
    char *end;
    unsigned long n;

    if (!v || !*v)
        return 0;
    errno = 0;
    n = strtoul(v, &end, 10);
    if (*v == '-' || *v == '+' || *end || errno || n < lo || n > hi) {
        snprintf(r->err, sizeof r->err, "%s must be a number from %u to %u%s%s%s, not '%.40s'",
                 name, lo, hi, limit_name ? " (" : "", limit_name ? limit_name : "",
                 limit_name ? ")" : "", v);
        return -1;
    }
    *out = (unsigned)n;
    return 0;
}

static int param_bool(req *r, const char *v, const char *name, int *out)
{
    if (!v)
        return 0;
    if (!strcmp(v, "1") || !strcmp(v, "true") || !*v)
        *out = 1;
    else if (!strcmp(v, "0") || !strcmp(v, "false"))
        *out = 0;
    else {
        snprintf(r->err, sizeof r->err, "%s must be 1 or 0, not '%.40s'", name, v);
        return -1;
    }
    return 0;
}

/* Turn the parameters into search 's' (from the server's defaults).
 * 0, or -1 with r->err set. */
static int req_search(req *r, const serve *sv, fa_search *s)
{
    *s = sv->defaults;
    s->query = r->q ? r->q : "";
    s->offset = 0;
    s->limit = 10;
    s->facets = 0;
    s->histogram = FA_HIST_NONE;
    /* Stored-field facets (fa-index --field NAME), counted as --facet
     * NAME counts them; a name the index lacks is a 400 with the
     * command line's message. */
    s->field_facets = r->field_facet;
    s->nfield_facets = r->nfield_facets;
    s->date_from = r->from;
    s->date_to = r->to;
    if (r->sort && *r->sort) {
        if (!strcmp(r->sort, "relevance")) s->sort = FA_SORT_RELEVANCE;
        else if (!strcmp(r->sort, "date")) s->sort = FA_SORT_DATE;
        else if (!strcmp(r->sort, "-date")) s->sort = FA_SORT_DATE_DESC;
        else {
            snprintf(r->err, sizeof r->err, "sort must be relevance, date or -date, not '%.40s'", r->sort);
            return -1;
        }
    }
    if (param_uint(r, r->offset, "offset", 0, SERVE_MAX_OFFSET, "SERVE_MAX_OFFSET", &s->offset) < 0 ||
        param_uint(r, r->limit, "limit", 0, SERVE_MAX_LIMIT, "SERVE_MAX_LIMIT", &s->limit) < 0 ||
        param_uint(r, r->facet_limit, "facet_limit", 1, SERVE_MAX_FACET_LIMIT,
                   "SERVE_MAX_FACET_LIMIT", &s->facet_limit) < 0 ||
        param_bool(r, r->facets, "facets", &s->facets) < 0 ||
        param_bool(r, r->collapse, "collapse", &s->collapse) < 0)
        return -1;
    for (int f = 0; f < FA_NFACETS; f++) {
        char name[64];
        snprintf(name, sizeof name, "facet_limit.%s", fa_facet_table[f].field);
        s->facet_limit_for[f] = 0;
        if (param_uint(r, r->facet_limit_for[f], name, 1, SERVE_MAX_FACET_LIMIT,
                       "SERVE_MAX_FACET_LIMIT", &s->facet_limit_for[f]) < 0)
            return -1;
    }
    s->facet_match = r->facet_match && *r->facet_match ? r->facet_match : NULL;
    if (s->facet_match && !s->facets) {
        snprintf(r->err, sizeof r->err, "facet_match goes with facets=1");
        return -1;
    }
    s->similar = r->similar && *r->similar ? r->similar : NULL;
    if (r->pick && *r->pick) {   /* --collapse-pick */
        if (strcmp(r->pick, "earliest") && strcmp(r->pick, "longest")) {
            snprintf(r->err, sizeof r->err, "pick must be earliest or longest, not '%.40s'", r->pick);
            return -1;
        }
        if (!s->collapse) {
            snprintf(r->err, sizeof r->err, "pick goes with collapse=1");
            return -1;
        }
        s->collapse_pick = strcmp(r->pick, "longest") ? FA_PICK_EARLIEST : FA_PICK_LONGEST;
    }
    if (s->facet_limit == 0 || s->facet_limit > SERVE_MAX_FACET_LIMIT)
        s->facet_limit = 10;   /* the command line's 0 (all) is not offered here */
    if (r->histogram && *r->histogram) {
        if (!strcmp(r->histogram, "year")) s->histogram = FA_HIST_YEAR;
        else if (!strcmp(r->histogram, "month")) s->histogram = FA_HIST_MONTH;
        else if (!strcmp(r->histogram, "decade")) s->histogram = FA_HIST_DECADE;
        else {
            snprintf(r->err, sizeof r->err, "histogram must be year, month or decade, not '%.40s'", r->histogram);
            return -1;
        }
    }
    return 0;
}

/* Read and check the parameters into a new *out (req_free, also on
 * failure). 0, or -1 with (*out)->err set; -2 when out of memory. */
static int req_read(req **out, struct MHD_Connection *c)
{
    if (!(*out = calloc(1, sizeof **out)))
        return -2;
    if (MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, NULL, NULL) > SERVE_MAX_PARAMS) {
        snprintf((*out)->err, sizeof (*out)->err, "more than %d parameters (SERVE_MAX_PARAMS)", SERVE_MAX_PARAMS);
        return -1;
    }
    MHD_get_connection_values_n(c, MHD_GET_ARGUMENT_KIND, take_param, *out);
    return *(*out)->err ? -1 : 0;
}

static void req_free(req *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->nparams && i < SERVE_MAX_PARAMS; i++)
        free(r->owned[i]);
    free(r);
}

/* Parameters a route does not take are refused, never ignored. */
static int req_refuse(req *r, const char *route, const char *name, const char *v)
{
    if (!v)
        return 0;
    snprintf(r->err, sizeof r->err, "%s takes no '%s' parameter", route, name);
    return -1;
}

/* Resolve the typed filters of 'r' into 'values' and point s at them. */
typedef struct filters {
    const char *values[FA_NFACETS][SERVE_MAX_FILTERS];
    const char *hints[2 * FA_NFACETS * SERVE_MAX_FILTERS];
    resolver    rv;
} filters;

static int req_filters(req *r, filters *fl, fa_search *s, const serve *sv, fa_db *db)
{
    int rc;

    fl->rv.gaz = sv->gaz;
    fl->rv.db = db;
    for (int f = 0; f < FA_NFACETS; f++) {
        for (size_t i = 0; i < r->ntyped[f]; i++)
            if ((rc = resolve_value(&fl->rv, f, r->typed[f][i], &fl->values[f][i], r->err, sizeof r->err)) < 0)
                return rc;
        s->filter[f] = fl->values[f];
        s->nfilter[f] = r->ntyped[f];
    }
    s->resolve = resolve_value;
    s->resolve_ctx = &fl->rv;
    s->role_resolve = resolve_role;
    s->roles = r->roles;
    s->nroles = r->nroles;
    s->nsnippet_hints = resolve_hints(sv->gaz, s, fl->hints, sizeof fl->hints / sizeof *fl->hints);
    s->snippet_hints = fl->hints;
    return FA_OK;
}

/* A failed search: the user's mistakes are 400 with the command line's
 * message; anything else is logged and answered without details, since
 * an index's messages can name its files. */
static enum MHD_Result respond_status(serve *sv, struct MHD_Connection *c, int rc, const char *msg)
{
    if (rc == FA_EQUERY)
        return respond_error(c, MHD_HTTP_BAD_REQUEST, msg);
    logf_(sv, "request failed: %s", msg && *msg ? msg : fa_strerror(rc));
    if (rc == FA_ENOMEM)
        return respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
    return respond_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal error (see the server's log)");
}

/* ------------------------------------------------------------- routes */

static enum MHD_Result api_search(serve *sv, struct MHD_Connection *c)
{
    req *rq = NULL;      /* large (filter arrays): on the heap, not a worker's stack */
    filters *fl = NULL;
    fa_db *db = NULL;
    page *p = NULL;
    fa_search s;
    sink out;
    char *body;
    size_t len;
    enum MHD_Result ret;
    int rc;

    sink_mem(&out);
    if ((rc = req_read(&rq, c)) == -2 || !(fl = calloc(1, sizeof *fl))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    if (rc < 0 || req_refuse(rq, "/api/search", "fields", rq->fields) < 0 || req_search(rq, sv, &s) < 0) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, rq->err);
        goto out;
    }
    if (!(db = pool_take(sv, 0))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "the server is busy; try again");
        goto out;
    }
    if ((rc = req_filters(rq, fl, &s, sv, db)) < 0) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, rq->err);
        goto out;
    }
    if ((rc = page_search(&p, db, &s, sv->gaz)) < 0 ||
        (rc = print_page(&out, &print_json, p, NULL)) < 0) {
        ret = respond_status(sv, c, rc, fa_db_errmsg(db));
        goto out;
    }
    if (!(body = sink_take(&out, &len))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    ret = respond(c, MHD_HTTP_OK, "application/json; charset=utf-8", body, len);
out:
    page_free(p);
    pool_give(sv, db, 0);
    sink_fini(&out);
    if (fl)
        resolver_release(&fl->rv);
    free(fl);
    req_free(rq);
    return ret;
}

/* /api/article/ID[?q=...]: the article whole, as fa-search --show ID
 * --json writes it (the query's words highlighted in "html"). */
static enum MHD_Result api_article(serve *sv, struct MHD_Connection *c, const char *id)
{
    req *rq = NULL;
    filters *fl = NULL;
    fa_db *db = NULL;
    show *v = NULL;
    fa_search s;
    sink out;
    char *body;
    size_t len;
    enum MHD_Result ret;
    int rc;

    sink_mem(&out);
    if ((rc = req_read(&rq, c)) == -2 || !(fl = calloc(1, sizeof *fl))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    if (rc < 0 || req_refuse(rq, "/api/article", "fields", rq->fields) < 0 ||
        req_refuse(rq, "/api/article", "facets", rq->facets) < 0 ||
        req_refuse(rq, "/api/article", "collapse", rq->collapse) < 0 ||
        req_refuse(rq, "/api/article", "similar", rq->similar) < 0 || req_search(rq, sv, &s) < 0) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, rq->err);
        goto out;
    }
    if (!*id || strlen(id) > FA_MAX_ID_BYTES) {
        ret = respond_error(c, MHD_HTTP_NOT_FOUND, "no article has this id");
        goto out;
    }
    if (!(db = pool_take(sv, 0))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "the server is busy; try again");
        goto out;
    }
    if ((rc = req_filters(rq, fl, &s, sv, db)) < 0) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, rq->err);
        goto out;
    }
    if ((rc = show_get(&v, db, id, &s, sv->gaz)) < 0 || (v && (rc = show_write_json(&out, v)) < 0)) {
        ret = respond_status(sv, c, rc, fa_db_errmsg(db));
        goto out;
    }
    if (!v) {
        ret = respond_error(c, MHD_HTTP_NOT_FOUND, "no article has this id");
        goto out;
    }
    if (!(body = sink_take(&out, &len))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    ret = respond(c, MHD_HTTP_OK, "application/json; charset=utf-8", body, len);
out:
    show_free(v);
    pool_give(sv, db, 0);
    sink_fini(&out);
    if (fl)
        resolver_release(&fl->rv);
    free(fl);
    req_free(rq);
    return ret;
}

/* /api/holders?role=[COUNTRY/]POST: who held the post and when, with
 * each tenure's articles in this archive, as fa-search --holders POST
 * --db --json writes it (holders_print): what the page shows beside a
 * role filter. The role is written as role= takes it on /api/search. */
static enum MHD_Result api_holders(serve *sv, struct MHD_Connection *c)
{
    req *rq = NULL;
    fa_db *db = NULL;
    sink out;
    char *body, err[512] = "";
    size_t len;
    enum MHD_Result ret;
    int rc;

    sink_mem(&out);
    if ((rc = req_read(&rq, c)) == -2) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    if (rc == 0 && (rq->nroles != 1 || rq->nparams != 1))
        snprintf(rq->err, sizeof rq->err, "/api/holders takes one parameter, role=[COUNTRY/]POST "
                 "(as role= on /api/search)");
    if (*rq->err) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, rq->err);
        goto out;
    }
    if (!(db = pool_take(sv, 0))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "the server is busy; try again");
        goto out;
    }
    if ((rc = holders_print(&out, sv->gaz, db, rq->roles[0], NULL, 1, err, sizeof err)) < 0) {
        ret = respond_status(sv, c, rc, err);
        goto out;
    }
    if (!(body = sink_take(&out, &len))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    ret = respond(c, MHD_HTTP_OK, "application/json; charset=utf-8", body, len);
out:
    pool_give(sv, db, 0);
    sink_fini(&out);
    req_free(rq);
    return ret;
}

/* /api/list/countries, /api/list/officials, /api/list/fields: what a
 * filter accepts, with counts, as fa-search --list WHAT --json writes it
 * (list_print). The page takes the countries' names from it, for the
 * chips of hits whose countries are not among the facet values fetched. */
static enum MHD_Result api_list(serve *sv, struct MHD_Connection *c, const char *what)
{
    fa_db *db = NULL;
    sink out;
    char *body, err[128];
    size_t len;
    enum MHD_Result ret;
    int rc, list = !strcmp(what, "countries") ? FA_LIST_COUNTRIES
                 : !strcmp(what, "officials") ? FA_LIST_OFFICIALS
                 : !strcmp(what, "fields") ? FA_LIST_FIELDS : -1;

    sink_mem(&out);
    if (list < 0) {
        snprintf(err, sizeof err, "/api/list/ takes countries, officials or fields, not '%.40s'", what);
        ret = respond_error(c, MHD_HTTP_NOT_FOUND, err);
        goto out;
    }
    if (MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, NULL, NULL) > 0) {
        snprintf(err, sizeof err, "/api/list/%s takes no parameter", what);
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, err);
        goto out;
    }
    if (!(db = pool_take(sv, 0))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "the server is busy; try again");
        goto out;
    }
    if ((rc = list_print(&out, db, sv->gaz, list, 1)) < 0) {
        ret = respond_status(sv, c, rc, rc == FA_ENOMEM ? "out of memory" : fa_db_errmsg(db));
        goto out;
    }
    if (!(body = sink_take(&out, &len))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    ret = respond(c, MHD_HTTP_OK, "application/json; charset=utf-8", body, len);
out:
    pool_give(sv, db, 0);
    sink_fini(&out);
    return ret;
}

/* An export streaming: MHD pulls bytes from export_read() as the client
 * takes them, and each time the bytes run out the next SERVE_EXPORT_CHUNK
 * rows are searched (export_run over that page), so memory stays one
 * chunk whatever the total. The handle is held until MHD frees the
 * response (export_done). */
#define SERVE_EXPORT_CHUNK 200

typedef struct export_job {
    serve        *sv;
    fa_db        *db;       /* borrowed from the pool, given back at the end */
    req          *rq;       /* owned: the strings 's' points at             */
    filters      *fl;       /* owned: the filter values 's' points at       */
    fa_search     s;
    export_cols   cols;
    char         *buf;      /* the current chunk's bytes (owned)            */
    size_t        len, pos;
    unsigned long next;     /* offset of the next chunk                     */
    unsigned long sent;     /* rows so far                                  */
    double        t0;       /* when the export began (seconds)              */
    int           done;     /* the last chunk was fetched                   */
} export_job;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Fetch the next chunk into j->buf. FA_OK, or the search's failure. */
static int export_chunk(export_job *j)
{
    fa_search c = j->s;
    unsigned long rows = 0;
    sink out;
    int rc;

    /* SERVE_EXPORT_ROWS_PER_S: a chunk waits until the rows before it
     * are due; the wait (at most one chunk's worth, 40 ms) is spent on
     * this worker thread. */
    double due = j->t0 + (double)j->sent / SERVE_EXPORT_ROWS_PER_S, now = now_s();
    if (j->sent && due > now)
        usleep((useconds_t)((due - now) * 1e6));
    sink_mem(&out);
    c.offset = (unsigned)j->next;
    c.limit = SERVE_EXPORT_CHUNK;
    if ((rc = export_run(&out, j->db, &c, j->sv->gaz, EXPORT_CSV, &j->cols, 1, &rows)) < 0) {
        sink_fini(&out);
        return rc;
    }
    free(j->buf);
    j->buf = sink_take(&out, &j->len);
    j->pos = 0;
    if (j->next && j->buf) {   /* each chunk starts with the header row */
        char *nl = memchr(j->buf, '\n', j->len);
        j->pos = nl ? (size_t)(nl - j->buf) + 1 : j->len;
    }
    j->next += rows;
    j->sent += rows;
    j->done = rows < SERVE_EXPORT_CHUNK;
    return FA_OK;
}

static ssize_t export_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    export_job *j = cls;
    size_t n;

    (void)pos;
    while (!j->buf || j->pos == j->len) {
        if (j->done)
            return MHD_CONTENT_READER_END_OF_STREAM;
        if (export_chunk(j) < 0) {
            logf_(j->sv, "export failed after %lu rows: %s", j->sent, fa_db_errmsg(j->db));
            return MHD_CONTENT_READER_END_WITH_ERROR;
        }
    }
    n = j->len - j->pos < max ? j->len - j->pos : max;
    memcpy(buf, j->buf + j->pos, n);
    j->pos += n;
    return (ssize_t)n;
}

static void export_done(void *cls)
{
    export_job *j = cls;
    if (!j)
        return;
    pool_give(j->sv, j->db, 1);
    free(j->buf);
    if (j->fl)
        resolver_release(&j->fl->rv);
    free(j->fl);
    req_free(j->rq);
    free(j);
}

/* /api/export.csv?q=...: every match as CSV (export.h's default columns,
 * or fields=), streamed. The first chunk is fetched here, so a bad query
 * is a 400 with a message, not a broken download. */
static enum MHD_Result api_export(serve *sv, struct MHD_Connection *c)
{
    export_job *j = NULL;
    struct MHD_Response *r;
    enum MHD_Result ret;
    char err[256];
    int rc;

    if (!(j = calloc(1, sizeof *j)) || (rc = req_read(&j->rq, c)) == -2 || !(j->fl = calloc(1, sizeof *j->fl))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "out of memory; try again");
        goto out;
    }
    j->sv = sv;
    if (rc < 0 || req_refuse(j->rq, "/api/export.csv", "offset", j->rq->offset) < 0 ||
        req_refuse(j->rq, "/api/export.csv", "limit", j->rq->limit) < 0 ||
        req_refuse(j->rq, "/api/export.csv", "facets", j->rq->facets) < 0 ||
        req_search(j->rq, sv, &j->s) < 0) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, j->rq->err);
        goto out;
    }
    if (export_cols_parse(&j->cols, j->rq->fields, err, sizeof err) < 0 ||
        export_cols_check(&j->cols, j->s.collapse, err, sizeof err) < 0) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, err);
        goto out;
    }
    j->s.snippets = j->cols.snippet;
    j->s.estimate = 1;   /* rows, not a total */
    if (!(j->db = pool_take(sv, 1))) {
        ret = respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "too many exports at once; try again");
        goto out;
    }
    if ((rc = req_filters(j->rq, j->fl, &j->s, sv, j->db)) < 0) {
        ret = respond_error(c, MHD_HTTP_BAD_REQUEST, j->rq->err);
        goto out;
    }
    j->t0 = now_s();
    if ((rc = export_chunk(j)) < 0) {
        ret = respond_status(sv, c, rc, fa_db_errmsg(j->db));
        goto out;
    }
    if (!(r = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 32 << 10, export_read, j, export_done))) {
        ret = MHD_NO;
        goto out;
    }
    j = NULL;   /* the response's now: export_done frees it */
    add_headers(r, "text/csv; charset=utf-8", 1);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_DISPOSITION, "attachment; filename=\"fa-export.csv\"");
    ret = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
out:
    export_done(j);
    return ret;
}

static const char *mime_of(const char *name)
{
    static const struct { const char *ext, *type; } types[] = {
        {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
    };
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof *types; i++)
        if (!strcmp(dot, types[i].ext))
            return types[i].type;
    return "application/octet-stream";
}

/* The asset a URL names: "/" is index.html; only exact names match, so
 * no URL can reach anything else (there is no file system behind it). */
static struct MHD_Response *asset_for(serve *sv, const char *url)
{
    if (!strcmp(url, "/"))
        url = "/index.html";
    for (size_t i = 0; i < serve_nassets; i++)
        if (url[0] == '/' && !strcmp(url + 1, serve_assets[i].name))
            return sv->asset[i];
    return NULL;
}

/* Only names this server was started as may be in Host: a page on another
 * site that rebinds its name to 127.0.0.1 must not read the archive. */
static int host_ok(serve *sv, struct MHD_Connection *c)
{
    const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
    static const char *const names[] = {"127.0.0.1", "localhost", "[::1]"};
    if (!sv->loopback || !host)   /* HTTP/1.0 may send none */
        return 1;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        size_t n = strlen(names[i]);
        if (strncmp(host, names[i], n) == 0 &&
            (host[n] == '\0' || (host[n] == ':' && strtoul(host + n + 1, NULL, 10) == sv->port)))
            return 1;
    }
    return 0;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version,
                              const char *upload_data, size_t *upload_data_size, void **con_cls)
{
    serve *sv = cls;
    struct MHD_Response *a;

    (void)version;
    (void)upload_data;
    /* The first call has the headers only. Refusals are answered then
     * (MHD closes the connection, so a body is never read); everything
     * else on the next call, once the request is complete, so that the
     * connection can be kept alive. */
    if (!*con_cls) {
        static int started;   /* any non-NULL marker */
        *con_cls = &started;
        if (atomic_load(&sv->nconn) > sv->max_clients)
            return respond_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "too many open connections; try again");
        if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
            return respond_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET and HEAD are served");
        return MHD_YES;
    }
    if (*upload_data_size) {   /* a GET with a body: not read */
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (!host_ok(sv, c))
        return respond_error(c, MHD_HTTP_FORBIDDEN, "unexpected Host header");
    if (!strcmp(url, "/api/search"))
        return api_search(sv, c);
    if (!strcmp(url, "/api/export.csv"))
        return api_export(sv, c);
    if (!strcmp(url, "/api/holders"))
        return api_holders(sv, c);
    if (!strncmp(url, "/api/list/", 10))
        return api_list(sv, c, url + 10);
    if (!strncmp(url, "/api/article/", 13))
        return api_article(sv, c, url + 13);
    if ((a = asset_for(sv, url)))
        return MHD_queue_response(c, MHD_HTTP_OK, a);
    return respond_error(c, MHD_HTTP_NOT_FOUND, "no such page");
}

static void notify_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                              enum MHD_ConnectionNotificationCode code)
{
    serve *sv = cls;
    (void)c;
    (void)socket_context;
    if (code == MHD_CONNECTION_NOTIFY_STARTED)
        atomic_fetch_add(&sv->nconn, 1);
    else
        atomic_fetch_sub(&sv->nconn, 1);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    serve *sv = cls;
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    line[strcspn(line, "\n")] = '\0';
    logf_(sv, "%s", line);
}

/* ------------------------------------------------------ start and stop */

int serve_parse_addr(serve_config *c, const char *spec, char *buf, size_t buflen,
                     char *errbuf, size_t errlen)
{
    const char *colon = strrchr(spec, ':'), *port = colon ? colon + 1 : spec;
    char *end;
    unsigned long n;

    c->addr = NULL;
    if (colon) {
        const char *h = spec;
        size_t hl = (size_t)(colon - spec);
        if (hl >= 2 && h[0] == '[' && h[hl - 1] == ']') {
            h++;
            hl -= 2;
        }
        if (hl == 0 || hl >= buflen) {
            snprintf(errbuf, errlen, "--serve: bad address in '%s' (give [ADDR:]PORT)", spec);
            return FA_EINVAL;
        }
        memcpy(buf, h, hl);
        buf[hl] = '\0';
        c->addr = buf;
    }
    errno = 0;
    n = strtoul(port, &end, 10);
    if (!*port || *end || errno || n > 65535 || *port == '-' || *port == '+') {
        snprintf(errbuf, errlen, "--serve: '%s' is not a port (0-65535; give [ADDR:]PORT)", port);
        return FA_EINVAL;
    }
    c->port = (unsigned)n;
    return FA_OK;
}

static int is_loopback(const struct sockaddr *a)
{
    if (a->sa_family == AF_INET)
        return (ntohl(((const struct sockaddr_in *)a)->sin_addr.s_addr) >> 24) == 127;
    if (a->sa_family == AF_INET6)
        return IN6_IS_ADDR_LOOPBACK(&((const struct sockaddr_in6 *)a)->sin6_addr);
    return 0;
}

static int open_pool(serve *sv, const serve_config *c, size_t n, char *errbuf, size_t errlen)
{
    int rc;

    if (!(sv->pool = calloc(n, sizeof *sv->pool)) || !(sv->idle = calloc(n, sizeof *sv->idle)))
        return FA_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        if ((rc = fa_db_open(&sv->pool[i], c->db[0], FA_DB_READ, NULL, errbuf, errlen)) < 0)
            return rc;
        sv->npool = i + 1;
        for (size_t k = 1; k < c->ndb; k++)
            if ((rc = fa_db_add(sv->pool[i], c->db[k], errbuf, errlen)) < 0)
                return rc;
        sv->idle[sv->nidle++] = sv->pool[i];
    }
    return FA_OK;
}

int serve_start(serve **out, const serve_config *c, char *errbuf, size_t errlen)
{
    serve *sv = NULL;
    struct addrinfo hints, *ai = NULL;
    char port[16];
    /* MHD_USE_ITC: MHD_stop_daemon wakes each pool thread through its own
     * channel. Without it, libmicrohttpd shuts the listening socket down
     * instead, which does not wake a worker idle in epoll_wait: after a
     * burst of load, --threads 16 never stopped on SIGTERM. */
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;

    int rc, gai;

    *out = NULL;
    if (!(sv = calloc(1, sizeof *sv))) {
        snprintf(errbuf, errlen, "out of memory");
        return FA_ENOMEM;
    }
    pthread_mutex_init(&sv->mu, NULL);
    sv->defaults = *c->defaults;
    sv->gaz = c->gaz;
    sv->log = c->log;
    sv->log_ctx = c->log_ctx;
    sv->max_clients = c->max_clients;
    sv->threads = c->threads;
    if ((rc = open_pool(sv, c, (size_t)c->threads + SERVE_MAX_EXPORTS, errbuf, errlen)) < 0)
        goto out;
    if (serve_nassets > sizeof sv->asset / sizeof *sv->asset) {
        rc = FA_ERROR;
        snprintf(errbuf, errlen, "too many assets compiled in");
        goto out;
    }
    for (size_t i = 0; i < serve_nassets; i++) {
        sv->asset[i] = MHD_create_response_from_buffer(serve_assets[i].len, (void *)serve_assets[i].data,
                                                       MHD_RESPMEM_PERSISTENT);
        if (!sv->asset[i]) {
            rc = FA_ENOMEM;
            snprintf(errbuf, errlen, "out of memory");
            goto out;
        }
        add_headers(sv->asset[i], mime_of(serve_assets[i].name), 0);
    }
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(port, sizeof port, "%u", c->port);
    if ((gai = getaddrinfo(c->addr ? c->addr : "127.0.0.1", port, &hints, &ai)) != 0) {
        rc = FA_EINVAL;
        snprintf(errbuf, errlen, "--serve: cannot use address '%s': %s", c->addr, gai_strerror(gai));
        goto out;
    }
    sv->loopback = is_loopback(ai->ai_addr);
    if (ai->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    sv->d = MHD_start_daemon(flags, (uint16_t)c->port, NULL, NULL, handle, sv,
                             MHD_OPTION_EXTERNAL_LOGGER, mhd_log, sv,
                             MHD_OPTION_SOCK_ADDR, ai->ai_addr,
                             MHD_OPTION_THREAD_POOL_SIZE, c->threads * SERVE_POOL_PER_SEARCH,
                             MHD_OPTION_CONNECTION_LIMIT, c->max_clients + SERVE_SPARE_CONNECTIONS,
                             MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)SERVE_TIMEOUT_S,
                             MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SERVE_MAX_REQUEST_BYTES,
                             MHD_OPTION_NOTIFY_CONNECTION, notify_connection, sv,
                             MHD_OPTION_STRICT_FOR_CLIENT, 1,   /* e.g. Host: required in HTTP/1.1 */
                             MHD_OPTION_END);
    if (!sv->d) {
        rc = FA_EIO;
        snprintf(errbuf, errlen, "--serve: cannot listen on %s:%u: %s", c->addr ? c->addr : "127.0.0.1",
                 c->port, errno ? strerror(errno) : "libmicrohttpd refused to start");
        goto out;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(sv->d, MHD_DAEMON_INFO_BIND_PORT);
    sv->port = info ? info->port : c->port;
    *out = sv;
    sv = NULL;
    rc = FA_OK;
out:
    if (ai)
        freeaddrinfo(ai);
    serve_stop(sv);
    return rc;
}

unsigned serve_port(const serve *s)
{
    return s->port;
}

void serve_stop(serve *s)
{
    if (!s)
        return;
    if (s->d)
        MHD_stop_daemon(s->d);
    for (size_t i = 0; i < sizeof s->asset / sizeof *s->asset; i++)
        if (s->asset[i])
            MHD_destroy_response(s->asset[i]);
    for (size_t i = 0; i < s->npool; i++)
        fa_db_close(s->pool[i], NULL, 0);
    free(s->pool);
    free(s->idle);
    pthread_mutex_destroy(&s->mu);
    free(s);
}
