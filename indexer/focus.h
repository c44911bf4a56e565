/* focus.h - what an article is *about*: a salience for every country and
 * official the extractor found in it (entities.h), from how often, where
 * and how each is named, and from that the few values that are its focus.
 *
 * Salience of a value = the sum over its mentions of
 *     where x how
 * where: FOCUS_W_TITLE in the title, FOCUS_W_LEDE in the lede (the first
 *        FOCUS_LEDE_BYTES bytes after the title, a dateline included),
 *        FOCUS_W_BODY later;
 * how:   times FOCUS_F_SUBJECT when the mention is a sentence's subject
 *        (it opens the sentence, after at most "The"/"the", or a
 *        reporting verb follows it: "Pakistan said", "Beijing has");
 *        times FOCUS_F_CAPITAL for a capital or seat used for its country
 *        ("talks in Beijing"); times FOCUS_F_LIST for an item of a list
 *        of FOCUS_LIST_MIN or more values joined by commas, "and", "or"
 *        ("Kenya, Ethiopia and Somalia"); times FOCUS_F_OFFICIAL for an
 *        official (named, mostly, as the voice of a state or body: the
 *        chair greeted in a speech, a spokesman quoted throughout). The
 *        factors multiply.
 * The focus: the values whose salience is at least FOCUS_RATIO of the
 * highest and at least FOCUS_MIN, the FOCUS_MAX most salient of them
 * (ties: the one named first). Countries and officials compete in one
 * pool. The weights were chosen on tests/entities/real-tune.tsv and
 * real-tune2.tsv (make eval-entities), never on the held-out half. An article with no value of salience FOCUS_MIN (one passing
 * mention, a list of many) has an empty focus.
 *
 * A result belongs to the thread that made it.
 */
#ifndef FOCUS_H
#define FOCUS_H

#include <stddef.h>
#include "entities.h"

#define FOCUS_W_TITLE     3.0
#define FOCUS_W_LEDE      1.5
#define FOCUS_W_BODY      1.0
#define FOCUS_LEDE_BYTES  300
#define FOCUS_F_SUBJECT   1.5
#define FOCUS_F_CAPITAL   0.75
#define FOCUS_F_LIST      0.5
#define FOCUS_F_OFFICIAL  0.5
#define FOCUS_LIST_MIN    3
#define FOCUS_RATIO       0.6
#define FOCUS_MIN         1.5
/* At most this many values are an article's focus: "about" is a small set
 * by definition (usually one to three), not a second mentions list. */
#define FOCUS_MAX         3

typedef struct focus focus;   /* one article's saliences and focus; opaque */

/* The saliences and focus of the values in 'e', extracted from 'text'
 * ('len' bytes, the same bytes entities_extract was given), whose first
 * 'title_len' bytes are the article's title (0: no title). On FA_OK *out
 * owns the result (focus_free). FA_ENOMEM is the only error. */
int  focus_compute(focus **out, const entities *e, const char *text, size_t len,
                   size_t title_len);
void focus_free(focus *f);                    /* NULL is a no-op */

/* The salience of country i and of official i of 'e' (>= 0). */
double focus_country_salience(const focus *f, size_t i);
double focus_official_salience(const focus *f, size_t i);

/* The focus: 0 to FOCUS_MAX values (country codes and official names, as
 * entities_country/entities_official give them, borrowed from 'e'),
 * sorted bytewise, no duplicates. */
size_t      focus_nvalues(const focus *f);
const char *focus_value(const focus *f, size_t i);

#endif
