/* serve.h - fa-search --serve: the search page and its JSON API over HTTP,
 * on libmicrohttpd's thread pool. The server reads the index and writes
 * nothing; it answers with the same page_search() and JSON writer as the
 * command line, from a pool of index handles (a Xapian database handle is
 * not thread-safe, so each request borrows one of its own).
 *
 * Routes: GET/HEAD / and the page's assets (assets.h), /api/search,
 * /api/article/ID, /api/export.csv, /api/holders. Everything else is a JSON error.
 */
#ifndef SERVE_H
#define SERVE_H

#include <stddef.h>
#include "fa_entity.h"
#include "fa_xap.h"

/* Named limits (README "Limits"). Past each one the request is answered
 * 400 (or 503) with a JSON message naming it; nothing is cut silently. */
#define SERVE_MAX_QUERY_BYTES   2048   /* q, and each other parameter     */
#define SERVE_MAX_LIMIT          100   /* limit: hits per page            */
#define SERVE_MAX_OFFSET       10000   /* offset: deepest page            */
#define SERVE_MAX_FACET_LIMIT    500   /* facet_limit: values per facet   */
#define SERVE_MAX_FILTERS         64   /* country= (or official=) values  */
#define SERVE_MAX_PARAMS         200   /* parameters in one request       */
#define SERVE_MAX_REQUEST_BYTES (32u << 10)  /* request line + headers:
                                              MHD answers 414/431 past it */
#define SERVE_TIMEOUT_S           10   /* idle seconds before a connection
                                          is closed (slow clients)        */
#define SERVE_EXPORT_ROWS_PER_S 5000   /* export.csv rows per second      */
#define SERVE_MAX_EXPORTS          2   /* exports streaming at once: 503  */
#define SERVE_SPARE_CONNECTIONS   16   /* accepted past max_clients to say
                                          503; beyond, refused at accept  */
#define SERVE_POOL_PER_SEARCH      4   /* libmicrohttpd threads per
                                          --threads search slot           */
#define SERVE_MAX_WAIT_MS       2000   /* a search waiting this long for
                                          one of the 'threads' turns: 503 */

typedef struct serve serve;   /* a running server; opaque */

/* Where the server's lines go (main.c prints them). */
typedef void (*serve_log_fn)(void *ctx, const char *line);

typedef struct serve_config {
    const char        *addr;        /* numeric address or host name to bind;
                                       NULL: 127.0.0.1                   */
    unsigned           port;        /* 0: any free port (serve_port)     */
    const char *const *db;          /* --db paths, as fa_db_open/add take */
    size_t             ndb;
    const fa_gazetteer *gaz;        /* borrowed; read-only, shared        */
    const fa_search   *defaults;    /* snippet length, max_terms, facet
                                       limit... from the command line;
                                       query, filters and paging are the
                                       request's                         */
    unsigned           threads;     /* searches at once (>= 1); the rest
                                       wait their turn in arrival order  */
    unsigned           max_clients; /* open connections before 503        */
    serve_log_fn       log;         /* may be NULL                        */
    void              *log_ctx;
} serve_config;

/* Parse "[ADDR:]PORT" ("8080", "127.0.0.1:8080", "[::1]:8080",
 * "0.0.0.0:0") into c->addr (pointing into 'buf', which must outlive c)
 * and c->port. FA_OK, or FA_EINVAL with the reason in errbuf. */
int  serve_parse_addr(serve_config *c, const char *spec, char *buf, size_t buflen,
                      char *errbuf, size_t errlen);

/* Open threads + SERVE_MAX_EXPORTS handles on the index and start
 * answering. FA_OK with *out running (serve_stop), or the index's error
 * (FA_ENOTFOUND, FA_EVERSION, ...) or FA_EIO (cannot bind: errno's text)
 * with the reason in errbuf and *out NULL. */
int  serve_start(serve **out, const serve_config *c, char *errbuf, size_t errlen);

/* The port the server listens on (the one chosen when asked for 0). */
unsigned serve_port(const serve *s);

/* Stop answering, wait for the workers and close every handle. NULL is
 * a no-op. */
void serve_stop(serve *s);

#endif
