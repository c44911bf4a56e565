/* test_hash.c - common/fa_hash.c: the values fa_hash gives must never
 * change, because --shard K/N routes articles by them and FA_SLOT_HASH
 * stores them; and FA_HASH_FNV_BASIS must be FNV-1a's real basis.
 * Expected values were computed outside fa (Python, the FNV-1a loop).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "fa_hash.h"

#define H(s) fa_hash((s), strlen(s))

static void test_hash_values_pinned(void **state)
{
    (void)state;
    assert_true(H("") == 0x14650fb0739d0383ULL);   /* the basis itself */
    assert_true(H("a") == 0x44bd8ad473cd9906ULL);
    assert_true(H("PAK_20_1965") == 0x94f0a19596a55572ULL);
    assert_true(H("reuters-1987-02-26-001") == 0xb5a4e0dbd09aceedULL);
}

static void test_hash_shard_of_id_pinned(void **state)
{
    (void)state;
    /* --shard K/N keeps the articles whose id hashes to K-1 modulo N. */
    assert_int_equal(H("PAK_20_1965") % 4, 2);
    assert_int_equal(H("PAK_20_1965") % 7, 3);
    assert_int_equal(H("reuters-1987-02-26-001") % 4, 1);
}

static void test_hash_more_equals_joined(void **state)
{
    (void)state;
    uint64_t h = fa_hash_more(FA_HASH_BASIS, "PAK_20", 6);
    assert_true(fa_hash_more(h, "_1965", 5) == H("PAK_20_1965"));
    assert_true(fa_hash_more(h, "", 0) == h);
}

static void test_hash_fnv_basis_is_fnv1a(void **state)
{
    (void)state;
    /* FNV-1a 64 of "a", the published test vector. */
    assert_true(fa_hash_more(FA_HASH_FNV_BASIS, "a", 1) == 0xaf63dc4c8601ec8cULL);
    assert_true(FA_HASH_BASIS != FA_HASH_FNV_BASIS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hash_values_pinned),
        cmocka_unit_test(test_hash_shard_of_id_pinned),
        cmocka_unit_test(test_hash_more_equals_joined),
        cmocka_unit_test(test_hash_fnv_basis_is_fnv1a),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
