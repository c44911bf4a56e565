/* sample.h - the articles a bulk build holds back to train its stored-text
 * dictionary, and the training.
 *
 * The pipeline holds the first articles here until there is enough text
 * (or enough articles), trains one zstd dictionary on them, gives it to
 * every worker, and only then queues them: so every stored text of a bulk
 * build is compressed with the same dictionary. Not thread-safe: the
 * pipeline's reading thread alone uses it.
 */
#ifndef SAMPLE_H
#define SAMPLE_H

#include <stddef.h>
#include "fa_article.h"

typedef struct sample sample;

/* An empty sample in *out (sample_free). FA_OK or FA_ENOMEM. */
int  sample_new(sample **out);
/* Frees the sample and every article still held in it. NULL is a no-op. */
void sample_free(sample *s);

/* Hold article 'a', its input path 'file' (a malloc'd string or NULL)
 * and whether it is a page (pipeline_put): the article and path are taken
 * on FA_OK, left to the caller on FA_ENOMEM. */
int  sample_hold(sample *s, fa_article *a, char *file, int page);
/* Nonzero once enough is held to train (16 MiB of text, or 8192
 * articles, see sample.c). */
int  sample_full(const sample *s);

/* Train a dictionary on the held texts. FA_OK with *dict (malloc'd, the
 * caller frees it) and *dlen, or *dict NULL when there is too little text
 * or text zstd cannot learn from; either way 'note' gets one clause for
 * the summary line saying how the texts will be compressed. FA_ENOMEM
 * is the only error. The articles stay held. */
int  sample_train(sample *s, void **dict, size_t *dlen, char *note, size_t notelen);

/* The articles held, in the order they were given. sample_take moves the
 * i-th article and its path to the caller (*a owned, *file malloc'd or
 * NULL), with its page flag, and leaves NULL in its place. */
size_t sample_count(const sample *s);
void   sample_take(sample *s, size_t i, fa_article **a, char **file, int *page);

#endif
