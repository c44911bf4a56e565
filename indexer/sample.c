/* sample.c - articles held back to train the stored-text dictionary of a
 * bulk build (see sample.h). The sizes below are measured, not guessed. */
#include "sample.h"
#include "fa_error.h"
#include "fa_fields.h"
#include "fa_textz.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The stored-text dictionary of a bulk build is trained on the first
 * SAMPLE_BYTES of text (at most SAMPLE_PIECE bytes from each article, so
 * that one huge article cannot make the sample), at most DICT_BYTES large.
 * Measured on UNGDC's 199 MB of text (zstd level 6, one thread): an 8 MiB
 * sample and a 256 KiB dictionary compress it to 60.7 MB, 8 MiB and 1 MiB
 * to 59.9 MB, 16 MiB and 512 KiB to 60.0 MB (59.96; 58.7 at level 7) in
 * 1.1 s of training, 32 MiB and 512 KiB to 59.4 MB but in 2.3 s, during
 * which every worker waits; no dictionary 76.8 MB, Xapian's zlib 77.9 MB.
 * The dictionary is read again by every decode (snippets, the reader),
 * and once it outgrows the CPU's cache each decode misses: on 3,000
 * speeches trained from 16 MiB, a decode after other work took 133-144 us
 * with 512 KiB and 70-100 us with 256 KiB, whose texts are 0.75% larger
 * (128 KiB: 77-85 us, 3.1% larger). So 256 KiB.
 * The articles held back (and the sample, briefly) are the extra memory:
 * peak RSS 143 MB instead of 103 MB. */
#define SAMPLE_BYTES (16u << 20)
/* Held articles cost memory beyond their text: an archive of short texts
 * stops holding at this many (8192 tweets are still ample sample). */
#define SAMPLE_ARTICLES 8192u
#define SAMPLE_PIECE (128u << 10)
#define DICT_BYTES   (256u << 10)

struct sample {
    fa_article **held;        /* owned, in input order; NULL once taken */
    char       **held_file;   /* their absolute input paths, owned      */
    unsigned char *held_page; /* whether each is a page                 */
    size_t       nheld, held_cap;
    size_t       held_text;   /* bytes of text they hold                */
};

int sample_new(sample **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? FA_OK : FA_ENOMEM;
}

void sample_free(sample *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nheld; i++) {
        fa_article_free(s->held[i]);
        free(s->held_file[i]);
    }
    free(s->held);
    free(s->held_file);
    free(s->held_page);
    free(s);
}

int sample_hold(sample *s, fa_article *a, char *file, int page)
{
    size_t len = 0;
    if (s->nheld == s->held_cap) {
        size_t cap = s->held_cap ? 2 * s->held_cap : 256;
        fa_article **na = realloc(s->held, cap * sizeof *na);
        if (!na)
            return FA_ENOMEM;
        s->held = na;
        char **nf = realloc(s->held_file, cap * sizeof *nf);
        if (!nf)
            return FA_ENOMEM;
        s->held_file = nf;
        unsigned char *np = realloc(s->held_page, cap * sizeof *np);
        if (!np)
            return FA_ENOMEM;
        s->held_page = np;
        s->held_cap = cap;
    }
    fa_article_get(a, FA_F_TEXT, &len);
    s->held[s->nheld] = a;
    s->held_file[s->nheld] = file;
    s->held_page[s->nheld] = (unsigned char)(page != 0);
    s->nheld++;
    s->held_text += len;
    return FA_OK;
}

int sample_full(const sample *s)
{
    return s->held_text >= SAMPLE_BYTES || s->nheld >= SAMPLE_ARTICLES;
}

size_t sample_count(const sample *s)
{
    return s->nheld;
}

void sample_take(sample *s, size_t i, fa_article **a, char **file, int *page)
{
    assert(i < s->nheld);
    *page = s->held_page[i];
    *a = s->held[i];
    *file = s->held_file[i];
    s->held[i] = NULL;
    s->held_file[i] = NULL;
}

int sample_train(sample *s, void **dict, size_t *dlen, char *note, size_t notelen)
{
    char *text = NULL;
    size_t *sizes = NULL, off = 0, n = 0;
    char why[160] = "";
    int rc = FA_OK;

    *dict = NULL;
    *dlen = 0;
    if (!(text = malloc(s->held_text + 1)) || !(sizes = calloc(s->nheld + 1, sizeof *sizes))) {
        rc = FA_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < s->nheld; i++) {
        size_t len = 0;
        const char *t = fa_article_get(s->held[i], FA_F_TEXT, &len);
        if (!t || !len)
            continue;
        if (len > SAMPLE_PIECE)
            len = SAMPLE_PIECE;
        memcpy(text + off, t, len);
        off += len;
        sizes[n++] = len;
    }
    if (fa_textz_train(dict, dlen, text, sizes, n, DICT_BYTES, why, sizeof why) == FA_ENOMEM) {
        rc = FA_ENOMEM;
        goto out;
    }
    /* Said, not failed: texts without a dictionary are only larger. */
    if (*dict)
        snprintf(note, notelen,
                 "texts compressed with a %zu KiB dictionary trained on %.1f MiB of them",
                 *dlen >> 10, (double)off / (1 << 20));
    else
        snprintf(note, notelen, "texts compressed without a dictionary (%s)", why);
out:
    free(text);
    free(sizes);
    return rc;
}
