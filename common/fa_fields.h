/* fa_fields.h - the index schema, written once: which term prefix and which
 * value slot each article field uses, and the metadata keys of an index.
 *
 * Only fa_fields.c spells out prefixes and slot numbers; everything else
 * refers to them by these names, so the indexer and the searcher cannot
 * disagree.
 */
#ifndef FA_FIELDS_H
#define FA_FIELDS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Bump when an index built by an older fa can no longer be read correctly. */
#define FA_SCHEMA_VERSION "1"

/* Term prefixes (Xapian convention: upper case, X for multi-letter ones). */
extern const char FA_PREFIX_ID[];       /* unique id term: one per article   */
extern const char FA_PREFIX_TITLE[];    /* title words, for `title:`         */
extern const char FA_PREFIX_SOURCE[];   /* source words, for `source:`       */
extern const char FA_PREFIX_COUNTRY[];  /* boolean: country code             */
extern const char FA_PREFIX_OFFICIAL[]; /* boolean: official canonical name  */
extern const char FA_PREFIX_FILE[];     /* boolean: absolute path of the input
                                           file, for --prune               */

/* Value slots. */
enum {
    FA_SLOT_DATE      = 0,  /* "YYYYMMDD", unknown month/day as "00"      */
    FA_SLOT_COUNTRIES = 1,  /* sorted country codes joined by '\t'       */
    FA_SLOT_OFFICIALS = 2,  /* sorted official names joined by '\t'      */
    FA_SLOT_HASH      = 3,  /* content hash of the stored record          */
    FA_SLOT_RECORD    = 4,  /* every field but the text, encoded by
                               fa_article_encode; the text alone is the
                               document data, so showing a page of hits
                               does not inflate megabytes of text        */
};

/* Metadata keys stored in the index. */
extern const char FA_META_SCHEMA[];     /* FA_SCHEMA_VERSION at build time  */
extern const char FA_META_LANGUAGE[];   /* libstemmer language name         */
extern const char FA_META_OFFICIAL[];   /* + name: "ALPHA3\tpost" display   */
extern const char FA_META_ZDICT[];      /* decimal ID of the dictionary new
                                           texts are compressed with      */
extern const char FA_META_ZDICT_ID[];   /* + decimal ID: that dictionary's
                                           bytes (kept for every ID any
                                           stored text names)            */

/* Query-language field names users type before a colon. */
#define FA_FIELD_TITLE    "title"
#define FA_FIELD_SOURCE   "source"
#define FA_FIELD_DATE     "date"
#define FA_FIELD_COUNTRY  "country"
#define FA_FIELD_OFFICIAL "official"

/* Title words count this many times a body word (within-document freq). */
#define FA_TITLE_WEIGHT 3

#ifdef __cplusplus
}
#endif
#endif
