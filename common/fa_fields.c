/* fa_fields.c - the one place where term prefixes and metadata keys are
 * spelled out (see fa_fields.h for what each one holds). */
#include "fa_fields.h"

const char FA_PREFIX_ID[]       = "Q";
const char FA_PREFIX_TITLE[]    = "S";
const char FA_PREFIX_SOURCE[]   = "XS";
const char FA_PREFIX_COUNTRY[]  = "XC";
const char FA_PREFIX_OFFICIAL[] = "XO";
const char FA_PREFIX_FILE[]     = "XF";

const char FA_META_SCHEMA[]   = "fa.schema";
const char FA_META_LANGUAGE[] = "fa.language";
const char FA_META_OFFICIAL[] = "fa.official:";
const char FA_META_ZDICT[]    = "fa.zdict";
const char FA_META_ZDICT_ID[] = "fa.zdict.";
