/* fa_hash.c - FNV-1a over bytes (see fa_hash.h for the two bases). */
#include "fa_hash.h"

uint64_t fa_hash_more(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= FA_HASH_PRIME;
    }
    return h;
}

uint64_t fa_hash(const char *p, size_t n)
{
    return fa_hash_more(FA_HASH_BASIS, p, n);
}
