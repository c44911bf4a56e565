/* holders.h - fa-search --holders POST: who held a post and when, from
 * the gazetteer (fa_role.h), as text or JSON; with an index, how many of
 * its articles name each holder within the tenure.
 */
#ifndef HOLDERS_H
#define HOLDERS_H

#include "fa_entity.h"
#include "fa_xap.h"
#include "sink.h"

/* Write the holders of 'post' (as --role takes it; 'country' a typed
 * country or NULL) to 'out'. A national post named without a country is
 * every country's, grouped by country. Text: a heading line "POST, CODE
 * (Country): N tenures" (international posts: "POST (international)"),
 * then one line per tenure: the years ("~" before attested ones), the
 * name, for an international post the holder's country, notes in
 * parentheses (acting, the name the post had then, attested years) and,
 * with 'db', "N articles". JSON: {"post","international","countries",
 * "holders":[{"name","country","post","from","to","approx","acting"
 * [,"articles"]}][,"articles"]}, "articles" at the end being the role's
 * own count (a holder's articles in a year of change count once).
 * FA_OK; FA_EQUERY with the message in errbuf (unknown post or country,
 * no holder); the index's error; the sink's status. */
int holders_print(sink *out, const fa_gazetteer *g, fa_db *db, const char *post,
                  const char *country, int json, char *errbuf, size_t errlen);

#endif
