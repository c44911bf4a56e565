/* fa_hash.h - the one 64-bit hash of fa (FNV-1a's step), stable on every
 * machine and in every version: it routes articles to shards and workers,
 * fingerprints stored content, and keys in-memory tables.
 *
 * Two offset bases are in use, and neither may change, because values
 * hashed with them are stored in indexes or decide where articles live.
 */
#ifndef FA_HASH_H
#define FA_HASH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* FNV-1a's own offset basis: the gazetteer's tables and the extractor's
 * token hashes (in memory only). */
#define FA_HASH_FNV_BASIS 14695981039346656037ULL
/* The basis of fa_hash: FNV-1a's offset basis with its last digit lost,
 * in use since the first release for --shard K/N and the content hash
 * in FA_SLOT_HASH. Changing it would move every article of a sharded
 * archive to another shard and make every article look changed, so it is
 * kept (tests/test_hash.c pins values); its spread is as good. */
#define FA_HASH_BASIS     1469598103934665603ULL

/* FNV-1a's 64-bit prime, for loops that fuse hashing with other work. */
#define FA_HASH_PRIME     1099511628211ULL

/* The hash of what 'h' hashed followed by p[0..n): hashing several pieces
 * one after another equals hashing them joined. */
uint64_t fa_hash_more(uint64_t h, const char *p, size_t n);
/* fa_hash_more(FA_HASH_BASIS, p, n). */
uint64_t fa_hash(const char *p, size_t n);

#ifdef __cplusplus
}
#endif
#endif
