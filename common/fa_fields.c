/* fa_fields.c - the one place where term prefixes and metadata keys are
 * spelled out (see fa_fields.h for what each one holds). */
#include "fa_fields.h"

#include <string.h>

const char FA_PREFIX_ID[]       = "Q";
const char FA_PREFIX_TITLE[]    = "S";
const char FA_PREFIX_SOURCE[]   = "XS";
const char FA_PREFIX_FILE[]     = "XF";
const char FA_PREFIX_EXACT[]    = "E";
const char FA_PREFIX_FIELD[]    = "XV";
const char FA_PREFIX_TEXT[]     = "XH";
const char FA_PREFIX_BAND[]     = "XB";
const char FA_PREFIX_GROUP[]    = "XG";
const char FA_PREFIX_ANCHOR[]   = "XN";
const char FA_PREFIX_PAIR[]     = "~";

const char FA_META_SCHEMA[]   = "fa.schema";
const char FA_META_LANGUAGE[] = "fa.language";
const char FA_META_OFFICIAL[] = "fa.official:";
const char FA_META_TAGGING[]  = "fa.tagging";
const char FA_META_FOLD[]     = "fa.fold";
const char FA_META_ABOUT[]    = "fa.about";
const char FA_META_EXACT[]    = "fa.exact";
const char FA_META_SPELLING[] = "fa.spelling";
const char FA_META_FIELDS[]   = "fa.fields";
const char FA_META_COPIES[]   = "fa.copies";
const char FA_META_PAIRS[]    = "fa.pairs";
const char FA_META_ZDICT[]    = "fa.zdict";
const char FA_META_ZDICT_ID[] = "fa.zdict.";

const fa_facet_def fa_facet_table[FA_NFACETS] = {
    [FA_FACET_COUNTRY]  = { "country",  "XC", FA_SLOT_COUNTRIES, "countries",
                            "countries", FA_DISPLAY_COUNTRY },
    [FA_FACET_OFFICIAL] = { "official", "XO", FA_SLOT_OFFICIALS, "officials",
                            "officials", FA_DISPLAY_OFFICIAL },
    [FA_FACET_ABOUT]    = { "about",    "XA", FA_SLOT_ABOUT,     "about",
                            "about",     FA_DISPLAY_ENTITY },
};

int fa_facet_by_field(const char *s, size_t len)
{
    for (int f = 0; f < FA_NFACETS; f++)
        if (strlen(fa_facet_table[f].field) == len && memcmp(fa_facet_table[f].field, s, len) == 0)
            return f;
    return -1;
}
