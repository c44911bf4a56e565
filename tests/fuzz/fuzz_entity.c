/* fuzz_entity.c - libFuzzer harness for the entity tagger and gazetteer
 * lookups (indexer/entities.c, common/fa_entity*.c): entities_extract on the bytes as an
 * article's text, and the searcher's lookups (country code, official name,
 * suggestions, display data) on a NUL-terminated copy as what a user typed.
 * The gazetteer (FA_DATADIR, the project's data/gazetteer) is loaded once.
 * Checks what fa_entity.h promises: sorted, duplicate-free lists.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fa_entity.h"
#include "fa_error.h"
#include "entities.h"
#include "fuzz_util.h"

#ifndef FA_DATADIR
#define FA_DATADIR "data/gazetteer"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static fa_gazetteer *gz;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char err[512] = "";
    (void)argc; (void)argv;
    if (fa_gazetteer_load(&gz, FA_DATADIR, err, sizeof err) != FA_OK) {
        fprintf(stderr, "fuzz_entity: cannot load the gazetteer: %s\n", err);
        abort();
    }
    return 0;
}

static void check_list(const entities *e, size_t n,
                       const char *(*get)(const entities *, size_t), const char *what)
{
    const char *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *v = get(e, i);
        FUZZ_CHECK("list", v != NULL && v[0], "%s %zu is NULL or empty", what, i);
        if (!v)
            continue;
        if (prev)
            FUZZ_CHECK("sorted", strcmp(prev, v) < 0, "%s not sorted or duplicated: '%s' then '%s'",
                       what, prev, v);
        prev = v;
    }
}

static void lookups(const char *typed)
{
    const char *out[8], *v, *code;
    size_t amb = 12345, n;

    code = fa_gazetteer_country_code(gz, typed);
    if (code) {
        FUZZ_CHECK("country-name", fa_gazetteer_country_name(gz, code) != NULL,
                   "'%s' resolves to code '%s', which has no name", typed, code);
        FUZZ_CHECK("country-code-idem", fa_gazetteer_country_code(gz, code) != NULL,
                   "code '%s' does not resolve itself", code);
    }
    v = fa_gazetteer_official_name(gz, typed, &amb);
    if (v)
        (void)strlen(v);
    v = fa_gazetteer_official_name(gz, typed, NULL);
    if (v)
        (void)strlen(v);
    /* Suggestions scan the whole gazetteer: only for what a user might
     * type, or extraction gets a tenth of the executions. */
    if (strlen(typed) > 64)
        goto display;
    n = fa_gazetteer_suggest(gz, FA_FACET_COUNTRY, typed, out, 5);
    FUZZ_CHECK("suggest", n <= 5, "suggest wrote %zu of at most 5", n);
    for (size_t i = 0; i < n && i < 5; i++)
        FUZZ_CHECK("suggest", out[i] && fa_gazetteer_country_name(gz, out[i]),
                   "suggestion %zu is not a known country", i);
    /* Officials are many thousands, each an edit distance: one input in
     * four (by length) asks for them. */
    if (strlen(typed) % 4 != 0)
        goto display;
    n = fa_gazetteer_suggest(gz, FA_FACET_OFFICIAL, typed, out, 8);
    FUZZ_CHECK("suggest", n <= 8, "suggest wrote %zu of at most 8", n);
    for (size_t i = 0; i < n && i < 8; i++)
        FUZZ_CHECK("suggest", out[i] != NULL, "suggestion %zu is NULL", i);
display:
    if ((v = fa_gazetteer_country_name(gz, typed)) != NULL)
        (void)strlen(v);
    if ((v = fa_gazetteer_official_country(gz, typed)) != NULL)
        (void)strlen(v);
    if ((v = fa_gazetteer_official_post(gz, typed)) != NULL)
        (void)strlen(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    entities *e = NULL;
    char *typed = NULL;
    int rc;

    /* An exact-size copy, so reading past 'size' is caught by ASan. */
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    if (size)
        memcpy(text, data, size);
    rc = entities_extract(&e, gz, text, size);
    FUZZ_CHECK("status", rc == FA_OK || rc == FA_ENOMEM, "entities_extract returned %d", rc);
    if (rc == FA_OK) {
        FUZZ_CHECK("status", e != NULL, "FA_OK without a result");
        check_list(e, entities_ncountries(e), entities_country, "country");
        check_list(e, entities_nofficials(e), entities_official, "official");
        for (size_t i = 0; i < entities_ncountries(e); i++)
            FUZZ_CHECK("country-name", fa_gazetteer_country_name(gz, entities_country(e, i)),
                       "extracted country '%s' has no name", entities_country(e, i));
        for (size_t i = 0; i < entities_nofficials(e); i++) {
            const char *t = entities_official_title(e, i);
            if (t)
                (void)strlen(t);
        }
    } else {
        FUZZ_CHECK("status", e == NULL, "failure left a result behind");
    }
    entities_free(e);

    /* What a user typed: a C string, cut at the first NUL. */
    if ((typed = malloc(size + 1)) != NULL) {
        memcpy(typed, data, size);
        typed[size] = '\0';
        lookups(typed);
        free(typed);
    }
    free(text);
    return 0;
}
