/* fa_xap_text.cc - an article's text as stored in the document data:
 * compressed by writers with the index's dictionary (fa_textz.h), decoded
 * for snippets with the dictionary of the shard that holds the article.
 * Where dictionaries live: metadata FA_META_ZDICT_ID + ID holds the bytes,
 * FA_META_ZDICT the ID writers use now. Training one is the indexer's job.
 */
#include "fa_xap_int.h"
#include "fa_utf8.h"

#include <cassert>
#include <cstdlib>
#include <string>

static std::string dict_key(unsigned id)
{
    return FA_META_ZDICT_ID + std::to_string(id);
}

void fa__text_load(fa_db *db)
{
    std::string id = db->wdb.get_metadata(FA_META_ZDICT);
    if (id.empty())
        return;   /* an index without one: texts are compressed without */
    std::string dict = db->wdb.get_metadata(FA_META_ZDICT_ID + id);
    if (dict.empty() || std::to_string(fa_textz_dict_id(dict.data(), dict.size())) != id)
        throw FaError(FA_EVERSION, db->path + ": the index names text dictionary " + id +
                                   " but does not hold it: rebuild it with fa-index");
    db->text_dict = dict;
    db->enc.reset();
}

extern "C" int fa_db_set_text_dict(fa_db *db, const void *dict, size_t len)
{
    assert(db && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        unsigned id = fa_textz_dict_id(dict, len);
        if (!id)
            return fa__set_err(db, FA_EINVAL, "not a zstd dictionary");
        std::string bytes(static_cast<const char *>(dict), len);
        std::string have = db->wdb.get_metadata(dict_key(id));
        /* IDs are hashes of the content: a clash means another dictionary,
         * and texts already stored with it would no longer decode. */
        if (!have.empty() && have != bytes)
            return fa__set_err(db, FA_EINVAL, "the index holds another text dictionary with ID " +
                                             std::to_string(id));
        db->wdb.set_metadata(dict_key(id), bytes);
        db->wdb.set_metadata(FA_META_ZDICT, std::to_string(id));
        db->text_dict = bytes;
        db->enc.reset();
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
    }
}

extern "C" int fa_db_set_text_level(fa_db *db, int level)
{
    assert(db && db->mode != FA_DB_READ);
    db->err[0] = '\0';
    try {
        if (level < 0 || level > FA_TEXTZ_MAX_LEVEL)
            return fa__set_err(db, FA_EINVAL, "text compression level " + std::to_string(level) +
                                              " is not 0..." + std::to_string(FA_TEXTZ_MAX_LEVEL));
        db->text_level = level;
        return FA_OK;
    } catch (...) {
        return fa__fail(db);
    }
}

std::string fa__text_encode(fa_db *db, const std::string &text)
{
    /* Raw text that begins like a frame must be framed anyway, whatever
     * the level: readers tell the two apart by the magic alone. */
    bool must = fa_textz_is_compressed(text.data(), text.size());
    if (db->text_level == 0 && !must)
        return text;
    int level = db->text_level ? db->text_level : 1;
    if (!db->enc || db->enc_level != level) {
        fa_textz_enc *e = NULL;
        char msg[256] = "";
        db->enc.reset();
        int rc = fa_textz_enc_new(&e, db->text_dict.data(), db->text_dict.size(), level,
                                  msg, sizeof msg);
        if (rc < 0)
            throw FaError(rc, msg);
        db->enc.reset(e);
        db->enc_level = level;
    }
    const char *out = NULL;
    size_t outlen = 0;
    char msg[256] = "";
    int rc = fa_textz_encode(db->enc.get(), &out, &outlen, text.data(), text.size(),
                             msg, sizeof msg);
    if (rc < 0)
        throw FaError(rc, msg);
    return out == text.data() ? text : std::string(out, outlen);
}

/* The article id in a stored record, for messages. */
static std::string id_of(const std::string &record)
{
    std::string id = "?";
    fa_article *a = fa_article_new();
    size_t len = 0;
    const char *s;
    if (a && fa_article_decode(a, record.data(), record.size()) == FA_OK &&
        (s = fa_article_get(a, FA_F_ID, &len)))
        id.assign(s, len);
    fa_article_free(a);
    return id;
}

/* The decoder for frames of dictionary 'id' in shard 'shard' of 'n'. */
static fa_textz_dec *decoder(fa_db *db, size_t shard, size_t n, unsigned id,
                             const std::string &record)
{
    auto key = std::make_pair(shard, id);
    auto it = db->dec.find(key);
    if (it != db->dec.end())
        return it->second.get();
    std::string dict;
    if (id) {
        /* Xapian numbers the documents of combined databases round robin,
         * so shard number = (docid - 1) % n: the article's dictionary is
         * in that shard's metadata. db->shards lists them in that order,
         * except when Xapian itself opened a stub file (a remote program):
         * then any shard holding the ID has the same bytes. */
        if (db->mode == FA_DB_READ && db->shards.size() == n) {
            dict = db->shards[shard].get_metadata(dict_key(id));
        } else {
            dict = db->db.get_metadata(dict_key(id));
            for (size_t i = 0; dict.empty() && i < db->shards.size(); i++)
                dict = db->shards[i].get_metadata(dict_key(id));
        }
        if (dict.empty())
            throw FaError(FA_ERROR, "article '" + id_of(record) + "': its text needs dictionary " +
                                    std::to_string(id) + ", which its index does not hold");
    }
    fa_textz_dec *d = NULL;
    char msg[256] = "";
    int rc = fa_textz_dec_new(&d, dict.data(), dict.size(), msg, sizeof msg);
    if (rc < 0)
        throw FaError(rc, "article '" + id_of(record) + "': dictionary " + std::to_string(id) +
                          ": " + msg);
    db->dec[key].reset(d);
    return d;
}

/* Cut n bytes of UTF-8 back to a character boundary. */
static size_t utf8_cut(const char *s, size_t n)
{
    size_t k = n;
    while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
        k--;
    if (k > 0 && (unsigned char)s[k - 1] >= 0xC0 &&
        fa_utf8_decode(s + k - 1, n - (k - 1), NULL) == 0)
        return k - 1;   /* a lead byte whose sequence was cut */
    return n;
}

std::string fa__text_of(fa_db *db, Xapian::docid did, const std::string &data,
                        const std::string &record, size_t max)
{
    /* Invariant: stored text is valid UTF-8 (the indexer repairs every
     * text it reads, indexer/article.c) or a zstd frame, and the writer
     * frames raw text that starts with the magic; 0x28 0xB5 can start no
     * UTF-8 text (0xB5 is a continuation byte). So the magic decides. */
    if (!fa_textz_is_compressed(data.data(), data.size()))
        return data.size() <= max ? data : data.substr(0, utf8_cut(data.data(), max));
    size_t n = db->db.size() ? db->db.size() : 1;
    size_t shard = (did - 1) % n;
    unsigned id = fa_textz_frame_dict_id(data.data(), data.size());
    fa_textz_dec *d = decoder(db, shard, n, id, record);
    size_t size = 0, got = 0;
    char msg[256] = "";
    /* A damaged header could declare any size: no text of ours is 1 GiB. */
    if (fa_textz_frame_size(&size, data.data(), data.size()) < 0 || size > (size_t)1 << 30)
        throw FaError(FA_ERROR, "article '" + id_of(record) + "': stored text is damaged (bad frame header)");
    if (size > max) {
        std::string text(max, '\0');
        if (fa_textz_decode_prefix(d, &text[0], text.size(), &got, data.data(), data.size(),
                                   msg, sizeof msg) < 0 || got != max)
            throw FaError(FA_ERROR, "article '" + id_of(record) + "': stored text cannot be read: " +
                                    (msg[0] ? msg : "shorter than the frame says"));
        text.resize(utf8_cut(text.data(), got));
        return text;
    }
    std::string text(size, '\0');
    if (fa_textz_decode(d, &text[0], text.size(), &got, data.data(), data.size(),
                        msg, sizeof msg) < 0 || got != size)
        throw FaError(FA_ERROR, "article '" + id_of(record) + "': stored text cannot be read: " +
                                (msg[0] ? msg : "size differs from the frame's"));
    return text;
}
