/* test_speech.h - generated speech-like text for unit tests that need
 * realistic, compressible article text (dictionaries, snippets) without a
 * large file checked in. Include after <cmocka.h>; header-only because
 * each test binary is one file.
 */
#ifndef FA_TEST_SPEECH_H
#define FA_TEST_SPEECH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* About 'len' bytes (malloc'd, caller frees) of sentences drawn from a
 * small vocabulary, the same for the same 'seed', opening with
 * "Mr. President, MARKER speaks." so that a query can find this one. */
static inline char *fa_test_speech(unsigned seed, size_t len, const char *marker)
{
    static const char *const words[] = {
        "the", "assembly", "nations", "security", "council", "peace", "development",
        "delegation", "resolution", "disarmament", "climate", "sovereignty", "people",
        "government", "international", "cooperation", "human", "rights", "treaty",
        "economic", "we", "must", "our", "of", "and", "to", "in", "for", "a", "is",
    };
    size_t n = 0, cap = len + strlen(marker) + 64;
    unsigned x = seed * 2654435761u + 7;
    char *t = malloc(cap);

    assert_non_null(t);
    n += (size_t)snprintf(t, cap, "Mr. President, %s speaks. ", marker);
    while (n < len) {
        x = x * 1103515245u + 12345u;
        n += (size_t)snprintf(t + n, cap - n, "%s%s", words[(x >> 16) % (sizeof words / sizeof words[0])],
                              (x >> 8) % 9 == 0 ? ". " : " ");
    }
    return t;
}

#endif
