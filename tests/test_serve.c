/* test_serve.c - the server module's own contract (searcher/serve.c):
 * "[ADDR:]PORT" parsing, the compiled-in assets, and start/stop on an
 * empty index in a mkdtemp() folder and on a missing one. What it
 * answers over HTTP is tests/web/http_test.py's.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fa_error.h"
#include "fa_xap.h"
#include "../searcher/assets.h"
#include "../searcher/serve.h"

static void test_parse_addr_forms(void **state)
{
    static const struct { const char *spec, *addr; unsigned port; } good[] = {
        {"8080", NULL, 8080},        {"127.0.0.1:0", "127.0.0.1", 0},
        {"[::1]:8080", "::1", 8080}, {"0.0.0.0:65535", "0.0.0.0", 65535},
        {"localhost:80", "localhost", 80},
    };
    static const char *const bad[] = {"70000", "abc", ":80", "host:", "-1", "[]:80", "", "80x", "+80"};
    serve_config c;
    char buf[64], err[256];

    (void)state;
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        memset(&c, 0, sizeof c);
        assert_int_equal(serve_parse_addr(&c, good[i].spec, buf, sizeof buf, err, sizeof err), FA_OK);
        if (good[i].addr)
            assert_string_equal(c.addr, good[i].addr);
        else
            assert_null(c.addr);
        assert_int_equal(c.port, good[i].port);
    }
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err[0] = '\0';
        assert_int_equal(serve_parse_addr(&c, bad[i], buf, sizeof buf, err, sizeof err), FA_EINVAL);
        assert_non_null(strstr(err, "--serve"));
    }
    /* an address longer than the caller's buffer is refused, not cut */
    assert_int_equal(serve_parse_addr(&c, "averyveryverylonghostname.example:80", buf, 8, err, sizeof err), FA_EINVAL);
}

/* The page is four files, and its HTML loads script only from a file. */
static void test_assets_compiled_in(void **state)
{
    const char *want[] = {"app.css", "app.js", "icon.svg", "index.html"};
    (void)state;
    assert_int_equal(serve_nassets, 4);
    for (size_t i = 0; i < 4; i++) {
        assert_string_equal(serve_assets[i].name, want[i]);
        assert_true(serve_assets[i].len > 100);
        assert_int_equal(serve_assets[i].data[serve_assets[i].len], '\0');
    }
    const char *html = (const char *)serve_assets[3].data;
    for (const char *p = strstr(html, "<script"); p; p = strstr(p + 1, "<script")) {
        const char *end = strchr(p, '>');
        assert_non_null(end);
        char tag[256];
        size_t n = (size_t)(end - p) < sizeof tag - 1 ? (size_t)(end - p) : sizeof tag - 1;
        memcpy(tag, p, n);
        tag[n] = '\0';
        assert_non_null(strstr(tag, " src="));
        assert_memory_equal(end, "></script>", 10);
    }
}

static void test_start_stop(void **state)
{
    char dir[] = "/tmp/fa-test-serve.XXXXXX", path[64], err[512] = "";
    fa_db *db = NULL;
    fa_search defaults = {0};
    serve *sv = NULL;
    serve_config c = {0};
    const char *dbs[1] = {path};

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/idx", dir);
    c.db = dbs;
    c.ndb = 1;
    c.defaults = &defaults;
    c.threads = 2;
    c.max_clients = 4;
    c.addr = "127.0.0.1";
    /* no index yet: the index's status and message, nothing running */
    assert_int_equal(serve_start(&sv, &c, err, sizeof err), FA_ENOTFOUND);
    assert_null(sv);
    assert_true(*err);
    assert_int_equal(fa_db_open(&db, path, FA_DB_WRITE, NULL, err, sizeof err), FA_OK);
    assert_int_equal(fa_db_close(db, err, sizeof err), FA_OK);
    assert_int_equal(serve_start(&sv, &c, err, sizeof err), FA_OK);
    assert_non_null(sv);
    assert_true(serve_port(sv) > 0);   /* port 0: one was chosen */
    serve_stop(sv);
    serve_stop(NULL);
    snprintf(err, sizeof err, "rm -rf '%s'", dir);
    assert_int_equal(system(err), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_addr_forms),
        cmocka_unit_test(test_assets_compiled_in),
        cmocka_unit_test(test_start_stop),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
