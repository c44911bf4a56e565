/* fuzz_stub.c - libFuzzer harness for the stub-file reader of
 * common/fa_xap.cc: the bytes become the file "s0.stub" in a temp folder
 * that also holds one small index ("idx") and the stubs "s1.stub" (naming
 * s0.stub) and "self.stub" (naming itself), so lines like "auto s1.stub"
 * make cycles and chains. fa_db_open for reading, then, when it opens, a
 * search with facets and a writer open on the stub (which must refuse a
 * file). Any status is fine; a crash, a hang, a sanitizer report or a
 * writer that accepts a stub file is not.
 */
#define _GNU_SOURCE         /* nftw, memmem */
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fa_article.h"
#include "fa_error.h"
#include "fa_xap.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static char dir[256], stub[300];

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

static void cleanup(void)
{
    nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void die(const char *what, const char *msg)
{
    fprintf(stderr, "fuzz_stub: %s: %s\n", what, msg);
    abort();
}

static void write_file(const char *name, const char *text)
{
    char p[400];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0)
        die("write", p);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    char err[512] = "", idx[300];
    fa_db *w = NULL;
    fa_article *a = fa_article_new();
    static const char *pak[] = {"PAK", NULL};
    fa_facets f = {{pak, NULL}, {1, 0}};
    (void)argc; (void)argv;

    snprintf(dir, sizeof dir, "%s/fa-fuzz-stub-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        die("mkdtemp", dir);
    atexit(cleanup);
    snprintf(idx, sizeof idx, "%s/idx", dir);
    snprintf(stub, sizeof stub, "%s/s0.stub", dir);
    if (!a || fa_db_open(&w, idx, FA_DB_WRITE, NULL, err, sizeof err) != FA_OK)
        die("fa_db_open(FA_DB_WRITE)", err);
    if (fa_article_set(a, FA_F_ID, "k1", 2) || fa_article_set(a, FA_F_TEXT, "Kashmir talks", 13) ||
        fa_db_put(w, a, &f, NULL) != FA_OK)
        die("fa_db_put", fa_db_errmsg(w));
    fa_article_free(a);
    if (fa_db_close(w, err, sizeof err) != FA_OK)
        die("fa_db_close", err);
    write_file("s1.stub", "auto s0.stub\n");
    write_file("self.stub", "auto self.stub\n");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[512] = "";
    fa_db *db = NULL;
    fa_hits *h = NULL;
    FILE *f = NULL;

    /* Remote lines connect (10 s timeout to a dead host): that is the
     * network's and Xapian's business, not the stub reader's. */
    if (size >= 6 && memmem(data, size, "remote", 6))
        return 0;
    if (!(f = fopen(stub, "w")))
        die("fopen", stub);
    if (size && fwrite(data, 1, size, f) != size)
        die("fwrite", stub);
    if (fclose(f) != 0)
        die("fclose", stub);
    if (fa_db_open(&db, stub, FA_DB_READ, NULL, err, sizeof err) == FA_OK) {
        fa_search s = {0};
        s.query = "kashmir";
        s.limit = 10;
        s.facets = 1;
        if (fa_db_search(&h, db, &s) == FA_OK) {
            FUZZ_CHECK("total", fa_hits_size(h) <= fa_hits_total(h), "%zu hits of %lu",
                       fa_hits_size(h), fa_hits_total(h));
            fa_hits_free(h);
        }
        fa_db_close(db, NULL, 0);
    } else {
        FUZZ_CHECK("message", err[0] != '\0', "open failed without a message");
    }
    FUZZ_CHECK("writer-refuses-stub", fa_db_open(&db, stub, FA_DB_WRITE, NULL, err, sizeof err) != FA_OK,
               "a writer opened the stub file");
    fa_db_close(db, NULL, 0);
    return 0;
}
