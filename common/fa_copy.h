/* fa_copy.h - near-duplicate signatures: when two articles are copies of
 * one story (the same wire story in several papers, lightly edited; one
 * page crawled under several URLs).
 *
 * A signature is a MinHash of the text's word shingles: FA_COPY_HASHES
 * minimum hash values over every run of FA_COPY_SHINGLE consecutive words
 * (words: runs of ASCII letters and digits and of non-ASCII bytes, ASCII
 * folded to lower case), plus the number of shingles. The share of equal
 * minimums of two signatures estimates the Jaccard similarity J of their
 * shingle sets; with the sizes it also estimates the containment C, the
 * share of the shorter text's shingles found in the longer one.
 *
 * Two articles are copies (fa_copy_similar) when, estimated,
 *   C >= FA_COPY_MIN_CONTAINMENT (0.8: the shorter shares 80% of its
 *        shingles with the longer: trimmed, re-headlined, a sentence
 *        added, paragraphs reordered, a few words changed), and
 *   J >= FA_COPY_MIN_JACCARD (0.3: the shorter is not a small part of a
 *        much longer text, e.g. a quoted paragraph inside a speech),
 * and they share a band: one of FA_COPY_BANDS groups of FA_COPY_ROWS
 * consecutive minimums is equal in both. Bands are what an index looks
 * up (one boolean term each), so a copy is found without comparing it
 * with every article; they miss a pair with probability
 * (1 - J^FA_COPY_ROWS)^FA_COPY_BANDS: 0.3% at J = 0.7, 6.7% at J = 0.5,
 * 58% at J = 0.3.
 *
 * Every value here is a pure function of the text, the same on every
 * machine and in every shard.
 */
#ifndef FA_COPY_H
#define FA_COPY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FA_COPY_SHINGLE  4      /* words per shingle                        */
#define FA_COPY_ROWS     3      /* minimums per band                        */
#define FA_COPY_BANDS    20     /* bands                                    */
#define FA_COPY_HASHES   (FA_COPY_ROWS * FA_COPY_BANDS)   /* 60 minimums   */
/* An article is compared with at most this many others per band it
 * shares with them: a new one with the first articles stored under the
 * band, one regrouped by a compaction with the members of the first
 * groups there. A band shared by more is boilerplate that many texts
 * hold (100,000 notes "Tiny note N about the okapi and the treaty." share
 * their bands by the ten thousand, and are no copies: comparing them all
 * took minutes); copies share most of their 20 bands and are found
 * through the first. Up to this many, groups are exact. */
#define FA_COPY_BAND_CHECKS 32
#define FA_COPY_MIN_CONTAINMENT 0.8
#define FA_COPY_MIN_JACCARD     0.3
/* The encoded signature: 4 bytes of shingle count, then the minimums, 4
 * bytes each, all little-endian (244 bytes). */
#define FA_COPY_SIG_BYTES (4 + 4 * FA_COPY_HASHES)
/* Band terms and keys are this many lower-case hex digits. */
#define FA_COPY_KEY_HEX 16

typedef struct fa_copy_sig {
    uint32_t nshingles;                /* 0: the text has no word          */
    uint32_t min[FA_COPY_HASHES];
} fa_copy_sig;

/* The signature of text[0..len). A text of fewer than FA_COPY_SHINGLE
 * words is one shingle; one of no word has nshingles 0 (no signature:
 * never a copy of anything). */
void fa_copy_sign(fa_copy_sig *out, const char *text, size_t len);

/* Encode into FA_COPY_SIG_BYTES bytes at buf; decode the same, 0 on
 * success, -1 when 'len' is not FA_COPY_SIG_BYTES. */
void fa_copy_encode(const fa_copy_sig *s, unsigned char buf[FA_COPY_SIG_BYTES]);
int  fa_copy_decode(fa_copy_sig *out, const void *buf, size_t len);

/* The estimates for two signatures (0 when either has no shingle). */
double fa_copy_jaccard(const fa_copy_sig *a, const fa_copy_sig *b);
double fa_copy_containment(const fa_copy_sig *a, const fa_copy_sig *b);
/* 1 when a and b share a band, 0 otherwise. */
int    fa_copy_share_band(const fa_copy_sig *a, const fa_copy_sig *b);
/* 1 when a and b are copies by the rule above, 0 otherwise. */
int    fa_copy_similar(const fa_copy_sig *a, const fa_copy_sig *b);

/* The hash of band b (0 <= b < FA_COPY_BANDS). */
uint64_t fa_copy_band(const fa_copy_sig *s, int b);
/* The article's anchor: a hash of its first FA_COPY_ANCHOR_MINS
 * minimums. Two articles have equal anchors with probability about J^4
 * of theirs: 0.66 for copies at J = 0.9, 1e-8 for two unrelated texts
 * at J = 0.01. A group's key is the least anchor of its members when no
 * other group has that least anchor, so that copies kept in different
 * shards, each grouped there, tend to get one key (see fa_xap.h). */
#define FA_COPY_ANCHOR_MINS 4
uint64_t fa_copy_anchor(const fa_copy_sig *s);
/* A hash of the whole signature: equal only for articles whose texts
 * have the same shingles (2^-64 by chance), the key of a group whose
 * least anchor another group has too. */
uint64_t fa_copy_unique(const fa_copy_sig *s);

#ifdef __cplusplus
}
#endif
#endif
