/* eval_entities.c - scores the entity extractor on hand-labelled passages,
 * and times it.
 *
 *   eval_entities [--data DIR] PASSAGES.tsv
 *       PASSAGES.tsv: id, text, expected countries, expected officials
 *       (tab-separated, lists '|'-separated, "\n" in a text is a newline).
 *       Prints each passage's false positives and negatives, then precision,
 *       recall and F1 per facet, micro-averaged over the passages, for all
 *       passages and for the held-out ones (id starting with 'h').
 *   eval_entities [--data DIR] --time FILE...
 *       Gazetteer load time, and extraction throughput over the files (each
 *       split into articles at form feeds).
 * Exit status: 0, 1 on a runtime error, 2 on bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "../indexer/entities.h"

#ifndef FA_DATADIR
#define FA_DATADIR "data/gazetteer"
#endif

typedef struct { size_t tp, fp, fn; } score;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;
    if (!f)
        return NULL;
    for (;;) {
        if (cap - n < 1 << 20) {
            cap = cap ? cap * 2 : 1 << 22;
            char *b = realloc(buf, cap + 1);
            if (!b) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = b;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (!r)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Is 'item' in the '|'-separated list? */
static int in_list(const char *list, const char *item)
{
    size_t n = strlen(item);
    for (const char *p = list; *p;) {
        size_t l = strcspn(p, "|");
        if (l == n && !memcmp(p, item, n))
            return 1;
        p += l + (p[l] == '|');
    }
    return 0;
}

/* Compare one facet; appends the differences to 'diff'. */
static void compare(score *s, const char *expected, const char **got, size_t ngot,
                    char *diff, size_t difflen, const char *facet)
{
    char fp[2048] = "", fn[2048] = "";
    for (size_t i = 0; i < ngot; i++) {
        if (in_list(expected, got[i])) {
            s->tp++;
        } else {
            s->fp++;
            strncat(fp, fp[0] ? "|" : "", sizeof fp - strlen(fp) - 1);
            strncat(fp, got[i], sizeof fp - strlen(fp) - 1);
        }
    }
    for (const char *p = expected; *p;) {
        size_t l = strcspn(p, "|"), i;
        for (i = 0; i < ngot; i++)
            if (strlen(got[i]) == l && !memcmp(got[i], p, l))
                break;
        if (i == ngot && l) {
            s->fn++;
            if (fn[0])
                strncat(fn, "|", sizeof fn - strlen(fn) - 1);
            if (strlen(fn) + l < sizeof fn)
                strncat(fn, p, l);
        }
        p += l + (p[l] == '|');
    }
    if (fp[0] || fn[0]) {
        size_t u = strlen(diff);
        snprintf(diff + u, difflen - u, "  %s%s%s%s%s", facet,
                 fp[0] ? " FP " : "", fp, fn[0] ? " FN " : "", fn);
    }
}

static void report(const char *what, const score *s)
{
    double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 1.0;
    double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 1.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    printf("%-22s P %.3f  R %.3f  F1 %.3f  (tp %zu fp %zu fn %zu)\n",
           what, p, r, f, s->tp, s->fp, s->fn);
}

static void unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

static int eval(const fa_gazetteer *g, const char *path)
{
    size_t len, npass = 0, nheld = 0;
    char *buf = slurp(path, &len);
    score all[2] = { { 0 } }, held[2] = { { 0 } };
    int rc = 0;

    if (!buf) {
        fprintf(stderr, "eval_entities: cannot read %s\n", path);
        return 1;
    }
    for (char *line = buf, *next; *line; line = next) {
        next = line + strcspn(line, "\n");
        if (*next)
            *next++ = '\0';
        if (!*line || *line == '#' || !strncmp(line, "id\t", 3))
            continue;
        char *f[4] = { line, NULL, NULL, NULL };
        size_t nf = 1;
        for (char *p = line; *p && nf < 4; p++)
            if (*p == '\t') {
                *p = '\0';
                f[nf++] = p + 1;
            }
        if (nf != 4) {
            fprintf(stderr, "eval_entities: %s: passage %s: expected 4 fields\n", path, line);
            rc = 1;
            break;
        }
        unescape(f[1]);
        entities *e;
        if (entities_extract(&e, g, f[1], strlen(f[1])) != FA_OK) {
            fprintf(stderr, "eval_entities: out of memory\n");
            rc = 1;
            break;
        }
        const char *c[512], *o[512];
        size_t nc = entities_ncountries(e), no = entities_nofficials(e);
        nc = nc > 512 ? 512 : nc;
        no = no > 512 ? 512 : no;
        for (size_t i = 0; i < nc; i++)
            c[i] = entities_country(e, i);
        for (size_t i = 0; i < no; i++)
            o[i] = entities_official(e, i);
        char diff[8192] = "";
        int is_held = f[0][0] == 'h';
        compare(&all[0], f[2], c, nc, diff, sizeof diff, "countries");
        compare(&all[1], f[3], o, no, diff, sizeof diff, "officials");
        if (is_held) {
            char ignore[8192] = "";
            compare(&held[0], f[2], c, nc, ignore, sizeof ignore, "countries");
            compare(&held[1], f[3], o, no, ignore, sizeof ignore, "officials");
            nheld++;
        }
        if (diff[0])
            printf("%s:%s\n", f[0], diff);
        entities_free(e);
        npass++;
    }
    if (!rc) {
        printf("\n%zu passages (%zu held-out)\n", npass, nheld);
        report("countries", &all[0]);
        report("officials", &all[1]);
        if (nheld) {
            report("held-out countries", &held[0]);
            report("held-out officials", &held[1]);
        }
    }
    free(buf);
    return rc;
}

static int timing(const char *dir, const fa_gazetteer *g, char **files, int nfiles)
{
    double best = 1e9;
    for (int i = 0; i < 5; i++) {
        char err[256];
        fa_gazetteer *h;
        double t0 = now();
        if (fa_gazetteer_load(&h, dir, err, sizeof err) != FA_OK) {
            fprintf(stderr, "eval_entities: %s\n", err);
            return 1;
        }
        double t = now() - t0;
        best = t < best ? t : best;
        fa_gazetteer_free(h);
    }
    printf("gazetteer load: %.1f ms (best of 5)\n", best * 1e3);

    size_t bytes = 0, articles = 0, ncountries = 0, nofficials = 0;
    double spent = 0;
    for (int i = 0; i < nfiles; i++) {
        size_t len;
        char *buf = slurp(files[i], &len);
        if (!buf) {
            fprintf(stderr, "eval_entities: cannot read %s\n", files[i]);
            return 1;
        }
        double t0 = now();
        for (size_t a = 0; a < len;) {
            size_t n = strcspn(buf + a, "\f");
            entities *e;
            if (entities_extract(&e, g, buf + a, n) != FA_OK) {
                free(buf);
                fprintf(stderr, "eval_entities: out of memory\n");
                return 1;
            }
            ncountries += entities_ncountries(e);
            nofficials += entities_nofficials(e);
            entities_free(e);
            articles++;
            a += n + 1;
        }
        spent += now() - t0;
        bytes += len;
        free(buf);
    }
    printf("extracted %zu articles, %.1f MB in %.2f s: %.1f MB/s "
           "(%.1f countries, %.1f officials per article)\n",
           articles, (double)bytes / 1e6, spent, (double)bytes / 1e6 / spent,
           articles ? (double)ncountries / (double)articles : 0.0,
           articles ? (double)nofficials / (double)articles : 0.0);
    return 0;
}

int main(int argc, char **argv)
{
    const char *dir = FA_DATADIR;
    int i = 1, time_mode = 0, rc;
    char err[512];
    fa_gazetteer *g;

    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--data") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--time"))
            time_mode = 1;
        else
            break;
    }
    if (i >= argc || (!time_mode && i + 1 != argc)) {
        fprintf(stderr, "usage: eval_entities [--data DIR] PASSAGES.tsv\n"
                        "       eval_entities [--data DIR] --time FILE...\n");
        return 2;
    }
    if (fa_gazetteer_load(&g, dir, err, sizeof err) != FA_OK) {
        fprintf(stderr, "eval_entities: %s\n", err);
        return 1;
    }
    rc = time_mode ? timing(dir, g, argv + i, argc - i) : eval(g, argv[i]);
    fa_gazetteer_free(g);
    return rc;
}
