/* fa_error.c - text for the status codes of fa_error.h. */
#include "fa_error.h"

const char *fa_strerror(int code)
{
    switch (code) {
    case FA_OK:        return "success";
    case FA_ERROR:     return "error";
    case FA_ENOMEM:    return "out of memory";
    case FA_EIO:       return "input/output error";
    case FA_ENOTFOUND: return "not found";
    case FA_EQUERY:    return "query does not parse";
    case FA_ELOCKED:   return "index is locked by another writer";
    case FA_EVERSION:  return "index was built by an incompatible version of fa";
    case FA_EINVAL:    return "invalid input";
    case FA_EMODIFIED: return "index was modified while being read";
    case FA_EINTR:     return "interrupted";
    }
    return "unknown status code";
}
