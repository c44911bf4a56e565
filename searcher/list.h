/* list.h - fa-search --list countries|officials|fields: what a filter
 * accepts, with how many articles carry each value, as text or JSON.
 * The values come from the index (fa_db_list), the display names of
 * countries and officials from the gazetteer. */
#ifndef LIST_H
#define LIST_H

#include "fa_entity.h"
#include "fa_xap.h"
#include "sink.h"

/* Write list 'what' (FA_LIST_*) of 'db' to 'out': most articles first,
 * ties by value. Text: one "VALUE [NAME] COUNT" line each (fields: the
 * filter form and the count, then the query's other prefixes); JSON:
 * {"list":WHAT,"values":[{"value","name","count"}]} (fields:
 * {"list":"fields","fields":[{"name","filter","count"}],"prefixes":[...]}).
 * 'gaz' may be NULL. FA_OK, the index's error (fa_db_errmsg), FA_ENOMEM,
 * or the sink's status. */
int list_print(sink *out, fa_db *db, const fa_gazetteer *gaz, int what, int json);

#endif
