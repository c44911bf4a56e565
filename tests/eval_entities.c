/* eval_entities.c - scores the entity extractor on hand-labelled passages,
 * and times it.
 *
 *   eval_entities [--data DIR] [--heldout] PASSAGES.tsv
 *       PASSAGES.tsv: id, date, text, countries, officials, focus as
 *       tests/entities/LABELLING.md defines them (the old four columns id,
 *       text, countries, officials are read as undated). Each passage is
 *       tagged as of its date. Prints each passage's false positives and
 *       negatives, then precision, recall and F1 per facet, micro-averaged
 *       over the passages, for all passages and for the held-out ones (id
 *       starting with 'h'). Official names are compared with case and
 *       accents folded. With --heldout the whole file is held-out and only
 *       its totals are printed: nobody tuning the tagger may see which
 *       passages it gets wrong.
 *       The "about" set (indexer/focus.h) is scored against the focus
 *       column where a file labels focus (some passage's is not empty;
 *       the old four columns never do): its precision (the share of about
 *       values in the hand focus), the share of passages with a hand focus
 *       wholly in the about set (every hand value found) and partly in it
 *       (at least one found), and of the passages with an empty hand focus
 *       the share whose about set is empty too. A Wikinews passage (id
 *       "wn-") starts with its article's title line, which is the title.
 *   eval_entities [--data DIR] --time FILE...
 *       Gazetteer load time, and extraction throughput over the files (each
 *       split into articles at form feeds), with the share of it spent on
 *       the focus.
 * Exit status: 0, 1 on a runtime error, 2 on bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <utf8proc.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "../indexer/entities.h"
#include "../indexer/focus.h"

#ifndef FA_DATADIR
#define FA_DATADIR "data/gazetteer"
#endif

typedef struct { size_t tp, fp, fn; } score;

/* The about set against the hand focus, over a file's passages. */
typedef struct {
    size_t labelled;           /* passages with a focus column            */
    size_t tp, fp;             /* about values in / not in the hand focus */
    size_t with, wholly, partly;  /* passages with a hand focus; of them,
                                   every / some hand value in about       */
    size_t none, none_agreed;  /* passages with an empty hand focus; of
                                  them, those with an empty about set    */
} focus_score;

static void focus_add(focus_score *to, const focus_score *s)
{
    to->labelled += s->labelled;
    to->tp += s->tp;
    to->fp += s->fp;
    to->with += s->with;
    to->wholly += s->wholly;
    to->partly += s->partly;
    to->none += s->none;
    to->none_agreed += s->none_agreed;
}

static double share(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 1.0;
}

static void focus_report(const char *file, const char *what, const focus_score *s)
{
    printf("%s: %-22s P %.3f (%zu/%zu)  focus wholly in about %.3f, partly %.3f "
           "(of %zu)  empty agreed %.3f (of %zu)\n", file, what,
           share(s->tp, s->tp + s->fp), s->tp, s->tp + s->fp,
           share(s->wholly, s->with), share(s->partly, s->with), s->with,
           share(s->none_agreed, s->none), s->none);
}

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

/* A name as the scorer compares it: case folded, accents stripped
 * (LABELLING.md: "Hammarskjold" and "Hammarskjöld" are one name). Country
 * codes go through it too, harmlessly. Returns a malloc'd string or NULL. */
static char *fold(const char *s, size_t n)
{
    utf8proc_uint8_t *out = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                     UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                     UTF8PROC_COMPOSE) < 0)
        return NULL;
    return (char *)out;
}

typedef struct { char **v; size_t n; } list;

static void list_free(list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

static int list_add(list *l, const char *s, size_t n)
{
    char **v = realloc(l->v, (l->n + 1) * sizeof *v);
    if (!v)
        return -1;
    l->v = v;
    if (!(l->v[l->n] = fold(s, n)))
        return -1;
    l->n++;
    return 0;
}

/* The '|'-separated items of 'spec', folded, empty items skipped. */
static int list_parse(list *l, const char *spec)
{
    for (const char *p = spec; *p;) {
        size_t n = strcspn(p, "|");
        if (n && list_add(l, p, n))
            return -1;
        p += n + (p[n] == '|');
    }
    return 0;
}

static int list_has(const list *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i], s))
            return 1;
    return 0;
}

/* Append "|s" (or "s") to the growable string *d. */
static int cat(char **d, size_t *len, const char *s)
{
    size_t n = strlen(s);
    char *x = realloc(*d, *len + n + 2);
    if (!x)
        return -1;
    *d = x;
    if (*len)
        x[(*len)++] = '|';
    memcpy(x + *len, s, n + 1);
    *len += n;
    return 0;
}

/* Score one facet of one passage: 'got' against 'want' (both folded). The
 * differences are appended to *diff as "  facet FP a|b FN c". */
static int compare(score *s, const list *want, const list *got, char **diff,
                   size_t *difflen, const char *facet)
{
    char *fp = NULL, *fn = NULL;
    size_t lfp = 0, lfn = 0;
    int rc = 0;
    for (size_t i = 0; i < got->n; i++) {
        if (list_has(want, got->v[i]))
            s->tp++;
        else if (s->fp++, cat(&fp, &lfp, got->v[i]))
            rc = -1;
    }
    for (size_t i = 0; i < want->n; i++)
        if (!list_has(got, want->v[i]) && (s->fn++, cat(&fn, &lfn, want->v[i])))
            rc = -1;
    if (!rc && (fp || fn)) {
        char *x = realloc(*diff, *difflen + strlen(facet) + lfp + lfn + 16);
        if (!x) {
            rc = -1;
        } else {
            *diff = x;
            *difflen += (size_t)sprintf(x + *difflen, "  %s%s%s%s%s", facet,
                                        fp ? " FP " : "", fp ? fp : "",
                                        fn ? " FN " : "", fn ? fn : "");
        }
    }
    free(fp);
    free(fn);
    return rc;
}

static void add(score *to, const score *s)
{
    to->tp += s->tp;
    to->fp += s->fp;
    to->fn += s->fn;
}

static void report(const char *file, const char *what, const score *s)
{
    double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 1.0;
    double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 1.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    printf("%s: %-22s P %.3f  R %.3f  F1 %.3f  (tp %zu fp %zu fn %zu)\n",
           file, what, p, r, f, s->tp, s->fp, s->fn);
}

/* LABELLING.md's escapes: \n newline, \t tab, \\ backslash. */
static void unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (r[0] == '\\' && (r[1] == 'n' || r[1] == 't' || r[1] == '\\')) {
            *w++ = r[1] == 'n' ? '\n' : r[1] == 't' ? '\t' : '\\';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

enum { F_ID, F_DATE, F_TEXT, F_COUNTRIES, F_OFFICIALS, F_FOCUS, NFIELDS };

/* Split one line into the six fields of LABELLING.md. The old four-column
 * form (id, text, countries, officials) is read as undated, without focus.
 * Returns 0, or -1 when the line has another number of fields. */
static int split(char *line, char *f[NFIELDS])
{
    char *raw[NFIELDS + 1];
    size_t n = 1;
    raw[0] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            if (n == NFIELDS)
                return -1;
            *p = '\0';
            raw[n++] = p + 1;
        }
    if (n == NFIELDS) {
        memcpy(f, raw, sizeof raw[0] * NFIELDS);
        return 0;
    }
    if (n != 4)
        return -1;
    f[F_ID] = raw[0];
    f[F_DATE] = "";
    f[F_TEXT] = raw[1];
    f[F_COUNTRIES] = raw[2];
    f[F_OFFICIALS] = raw[3];
    f[F_FOCUS] = NULL;         /* not labelled */
    return 0;
}

/* Does some passage of the file have a non-empty focus column (the sixth
 * field)? A file that labels no focus is not scored for it. */
static int labels_focus(const char *buf)
{
    for (const char *line = buf; *line;) {
        size_t n = strcspn(line, "\n"), tabs = 0;
        const char *last = line;
        for (size_t i = 0; i < n; i++)
            if (line[i] == '\t') {
                tabs++;
                last = line + i + 1;
            }
        if (*line != '#' && tabs == NFIELDS - 1 && last < line + n && *last != '\r' &&
            strncmp(line, "id\t", 3))
            return 1;
        line += n + (line[n] == '\n');
    }
    return 0;
}

/* Score the passages of 'path'. Per-passage differences are printed unless
 * 'heldout' (a held-out file: only its totals may be looked at); every
 * passage of a held-out file is held-out, and in other files those whose
 * id starts with 'h' (passages.tsv's convention). */
static int eval(const fa_gazetteer *g, const char *path, int heldout)
{
    size_t len, npass = 0, nheld = 0, lineno = 0;
    char *buf = slurp(path, &len);
    score all[2] = { { 0 } }, held[2] = { { 0 } };
    focus_score fall = { 0 }, fheld = { 0 };
    int rc = 0, has_focus = buf && labels_focus(buf);

    if (!buf) {
        fprintf(stderr, "eval_entities: cannot read %s\n", path);
        return 1;
    }
    for (char *line = buf, *next; *line && !rc; line = next) {
        next = line + strcspn(line, "\n");
        if (*next)
            *next++ = '\0';
        lineno++;
        if (next > line + 1 && next[-2] == '\r')
            next[-2] = '\0';
        if (!*line || *line == '#' || !strncmp(line, "id\t", 3))
            continue;
        char *f[NFIELDS];
        if (split(line, f)) {
            fprintf(stderr, "eval_entities: %s:%zu: expected 6 tab-separated fields "
                    "(id date text countries officials focus) or the old 4\n", path, lineno);
            rc = 1;
            break;
        }
        entities_date d;
        if (entities_date_parse(&d, f[F_DATE][0] ? f[F_DATE] : NULL, strlen(f[F_DATE]))) {
            fprintf(stderr, "eval_entities: %s:%zu: passage %s: date '%s' is not "
                    "YYYY, YYYY-MM or YYYY-MM-DD\n", path, lineno, f[F_ID], f[F_DATE]);
            rc = 1;
            break;
        }
        unescape(f[F_TEXT]);
        entities *e = NULL;
        list want[2] = { { 0 } }, got[2] = { { 0 } };
        char *diff = NULL;
        size_t difflen = 0;
        int is_held = heldout || f[F_ID][0] == 'h';
        int labelled = f[F_FOCUS] && has_focus;
        focus *fo = NULL;
        list wantf = { 0 }, gotf = { 0 };
        size_t tlen = 0;
        if (!strncmp(f[F_ID], "wn-", 3))
            tlen = strcspn(f[F_TEXT], "\n");
        if (entities_extract_dated(&e, g, f[F_TEXT], strlen(f[F_TEXT]), d) != FA_OK ||
            list_parse(&want[0], f[F_COUNTRIES]) || list_parse(&want[1], f[F_OFFICIALS])) {
            rc = 1;
        }
        for (size_t i = 0; !rc && i < entities_ncountries(e); i++)
            if (list_add(&got[0], entities_country(e, i), strlen(entities_country(e, i))))
                rc = 1;
        for (size_t i = 0; !rc && i < entities_nofficials(e); i++)
            if (list_add(&got[1], entities_official(e, i), strlen(entities_official(e, i))))
                rc = 1;
        if (!rc && (focus_compute(&fo, e, f[F_TEXT], strlen(f[F_TEXT]), tlen) != FA_OK ||
                    (labelled && list_parse(&wantf, f[F_FOCUS]))))
            rc = 1;
        for (size_t i = 0; !rc && i < focus_nvalues(fo); i++)
            if (list_add(&gotf, focus_value(fo, i), strlen(focus_value(fo, i))))
                rc = 1;
        if (!rc && labelled) {
            focus_score one = { 0 };
            size_t found = 0;
            one.labelled = 1;
            for (size_t i = 0; i < gotf.n; i++)
                list_has(&wantf, gotf.v[i]) ? one.tp++ : one.fp++;
            for (size_t i = 0; i < wantf.n; i++)
                found += (size_t)list_has(&gotf, wantf.v[i]);
            if (wantf.n) {
                one.with = 1;
                one.wholly = found == wantf.n;
                one.partly = found > 0;
            } else {
                one.none = 1;
                one.none_agreed = gotf.n == 0;
            }
            focus_add(&fall, &one);
            if (is_held)
                focus_add(&fheld, &one);
            score dummy = { 0, 0, 0 };
            if (compare(&dummy, &wantf, &gotf, &diff, &difflen, "about"))
                rc = 1;
        }
        for (int k = 0; !rc && k < 2; k++) {
            score one = { 0, 0, 0 };
            if (compare(&one, &want[k], &got[k], &diff, &difflen, k ? "officials" : "countries"))
                rc = 1;
            add(&all[k], &one);
            if (is_held)
                add(&held[k], &one);
        }
        if (rc)
            fprintf(stderr, "eval_entities: out of memory\n");
        else if (diff && !heldout)
            printf("%s:%s\n", f[F_ID], diff);
        nheld += (size_t)is_held;
        npass++;
        free(diff);
        focus_free(fo);
        list_free(&wantf);
        list_free(&gotf);
        entities_free(e);
        for (int k = 0; k < 2; k++) {
            list_free(&want[k]);
            list_free(&got[k]);
        }
    }
    if (!rc) {
        printf("\n%s: %zu passages (%zu held-out)\n", path, npass, nheld);
        if (heldout) {
            report(path, "HELD-OUT countries", &held[0]);
            report(path, "HELD-OUT officials", &held[1]);
            if (has_focus)
                focus_report(path, "HELD-OUT about", &fheld);
        } else {
            report(path, "countries", &all[0]);
            report(path, "officials", &all[1]);
            if (nheld) {
                report(path, "held-out countries", &held[0]);
                report(path, "held-out officials", &held[1]);
            }
            if (has_focus)
                focus_report(path, "about", &fall);
            else
                printf("%s: about: no focus labelled\n", path);
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

    size_t bytes = 0, articles = 0, ncountries = 0, nofficials = 0, nabout = 0;
    double spent = 0, focusing = 0;
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
            double t1 = now();
            focus *fo;
            if (focus_compute(&fo, e, buf + a, n, 0) != FA_OK) {
                entities_free(e);
                free(buf);
                fprintf(stderr, "eval_entities: out of memory\n");
                return 1;
            }
            nabout += focus_nvalues(fo);
            focus_free(fo);
            focusing += now() - t1;
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
    printf("of which focus (salience and about values): %.3f s, %.1f about values per article\n",
           focusing, articles ? (double)nabout / (double)articles : 0.0);
    return 0;
}

int main(int argc, char **argv)
{
    const char *dir = FA_DATADIR;
    int i = 1, time_mode = 0, heldout = 0, rc;
    char err[512];
    fa_gazetteer *g;

    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--data") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--time"))
            time_mode = 1;
        else if (!strcmp(argv[i], "--heldout"))
            heldout = 1;
        else
            break;
    }
    if (i >= argc || (!time_mode && i + 1 != argc)) {
        fprintf(stderr, "usage: eval_entities [--data DIR] [--heldout] PASSAGES.tsv\n"
                        "       eval_entities [--data DIR] --time FILE...\n");
        return 2;
    }
    if (fa_gazetteer_load(&g, dir, err, sizeof err) != FA_OK) {
        fprintf(stderr, "eval_entities: %s\n", err);
        return 1;
    }
    rc = time_mode ? timing(dir, g, argv + i, argc - i) : eval(g, argv[i], heldout);
    fa_gazetteer_free(g);
    return rc;
}
