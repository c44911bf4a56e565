/* fa_copy.c - MinHash signatures over word shingles (see fa_copy.h). */
#include "fa_copy.h"
#include "fa_hash.h"

#include <pthread.h>
#include <string.h>

/* splitmix64's finaliser: spreads a word hash over all 64 bits, so that
 * the multiply-shift hashes below behave as independent permutations. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* FA_COPY_HASHES hash functions h_k(x) = (a_k x + b_k) >> 32 over 64-bit
 * x, with odd a_k: the multipliers are fixed by a fixed seed, so every
 * index on every machine computes the same minimums. */
static uint64_t mul_a[FA_COPY_HASHES], add_b[FA_COPY_HASHES];
static pthread_once_t seeded = PTHREAD_ONCE_INIT;   /* bulk workers sign at once */

static void seed(void)
{
    uint64_t s = 0x66612d636f707931ULL;   /* "fa-copy1" */
    for (int k = 0; k < FA_COPY_HASHES; k++) {
        s += 0x9e3779b97f4a7c15ULL;
        mul_a[k] = mix(s) | 1;
        s += 0x9e3779b97f4a7c15ULL;
        add_b[k] = mix(s);
    }
}

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void add_shingle(fa_copy_sig *out, uint64_t x)
{
    x = mix(x);
    for (int k = 0; k < FA_COPY_HASHES; k++) {
        uint32_t v = (uint32_t)((mul_a[k] * x + add_b[k]) >> 32);
        if (v < out->min[k])
            out->min[k] = v;
    }
    out->nshingles++;
}

void fa_copy_sign(fa_copy_sig *out, const char *text, size_t len)
{
    uint64_t win[FA_COPY_SHINGLE];   /* the last words' hashes, a ring */
    size_t nwords = 0;

    pthread_once(&seeded, seed);
    out->nshingles = 0;
    for (int k = 0; k < FA_COPY_HASHES; k++)
        out->min[k] = UINT32_MAX;
    for (size_t i = 0; i < len;) {
        if (!word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        uint64_t h = FA_HASH_BASIS;
        for (; i < len && word_byte((unsigned char)text[i]); i++) {
            unsigned char c = (unsigned char)text[i];
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c - 'A' + 'a');
            h = (h ^ c) * FA_HASH_PRIME;
        }
        win[nwords % FA_COPY_SHINGLE] = h;
        nwords++;
        if (nwords >= FA_COPY_SHINGLE) {
            /* The shingle's hash, in word order: reordered words are
             * another shingle. */
            uint64_t x = 0;
            for (size_t j = nwords - FA_COPY_SHINGLE; j < nwords; j++)
                x = mix(x ^ win[j % FA_COPY_SHINGLE]);
            add_shingle(out, x);
        }
    }
    if (nwords > 0 && nwords < FA_COPY_SHINGLE) {
        uint64_t x = 0;
        for (size_t j = 0; j < nwords; j++)
            x = mix(x ^ win[j]);
        add_shingle(out, x);
    }
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void fa_copy_encode(const fa_copy_sig *s, unsigned char buf[FA_COPY_SIG_BYTES])
{
    put32(buf, s->nshingles);
    for (int k = 0; k < FA_COPY_HASHES; k++)
        put32(buf + 4 + 4 * k, s->min[k]);
}

int fa_copy_decode(fa_copy_sig *out, const void *buf, size_t len)
{
    const unsigned char *p = buf;
    if (len != FA_COPY_SIG_BYTES)
        return -1;
    out->nshingles = get32(p);
    for (int k = 0; k < FA_COPY_HASHES; k++)
        out->min[k] = get32(p + 4 + 4 * k);
    return 0;
}

double fa_copy_jaccard(const fa_copy_sig *a, const fa_copy_sig *b)
{
    int same = 0;
    if (!a->nshingles || !b->nshingles)
        return 0;
    for (int k = 0; k < FA_COPY_HASHES; k++)
        same += a->min[k] == b->min[k];
    return (double)same / FA_COPY_HASHES;
}

/* |A n B| = J (|A| + |B|) / (1 + J); over the smaller of |A| and |B|.
 * Sizes count shingles with repeats, which is close for prose. */
static double containment_of(double j, const fa_copy_sig *a, const fa_copy_sig *b)
{
    double na = a->nshingles, nb = b->nshingles;
    double c = j * (na + nb) / (1 + j) / (na < nb ? na : nb);
    return c > 1 ? 1 : c;
}

double fa_copy_containment(const fa_copy_sig *a, const fa_copy_sig *b)
{
    if (!a->nshingles || !b->nshingles)
        return 0;
    return containment_of(fa_copy_jaccard(a, b), a, b);
}

int fa_copy_share_band(const fa_copy_sig *a, const fa_copy_sig *b)
{
    if (!a->nshingles || !b->nshingles)
        return 0;
    for (int band = 0; band < FA_COPY_BANDS; band++)
        if (memcmp(&a->min[band * FA_COPY_ROWS], &b->min[band * FA_COPY_ROWS],
                   FA_COPY_ROWS * sizeof a->min[0]) == 0)
            return 1;
    return 0;
}

int fa_copy_similar(const fa_copy_sig *a, const fa_copy_sig *b)
{
    if (!fa_copy_share_band(a, b))
        return 0;
    double j = fa_copy_jaccard(a, b);
    return j >= FA_COPY_MIN_JACCARD && containment_of(j, a, b) >= FA_COPY_MIN_CONTAINMENT;
}

uint64_t fa_copy_band(const fa_copy_sig *s, int b)
{
    unsigned char buf[4 * FA_COPY_ROWS + 1];
    buf[0] = (unsigned char)b;   /* equal minimums in two bands are two terms */
    for (int r = 0; r < FA_COPY_ROWS; r++)
        put32(buf + 1 + 4 * r, s->min[b * FA_COPY_ROWS + r]);
    return fa_hash((const char *)buf, sizeof buf);
}

uint64_t fa_copy_anchor(const fa_copy_sig *s)
{
    unsigned char buf[4 * FA_COPY_ANCHOR_MINS];
    for (int k = 0; k < FA_COPY_ANCHOR_MINS; k++)
        put32(buf + 4 * k, s->min[k]);
    return mix(fa_hash((const char *)buf, sizeof buf));
}

uint64_t fa_copy_unique(const fa_copy_sig *s)
{
    unsigned char buf[FA_COPY_SIG_BYTES];
    fa_copy_encode(s, buf);
    return mix(fa_hash((const char *)buf, sizeof buf) ^ 0x5555555555555555ULL);
}
