/* fa_error.h - the status codes every fa function returns, and their text.
 *
 * Functions return FA_OK (0) or one of the negative codes below; the
 * one-line message that goes with a failure lives in the handle that failed
 * (fa_db_errmsg) or in the caller's errbuf for constructors.
 */
#ifndef FA_ERROR_H
#define FA_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

enum {
    FA_OK        =  0,
    FA_ERROR     = -1,  /* anything not listed below                      */
    FA_ENOMEM    = -2,  /* an allocation failed                           */
    FA_EIO       = -3,  /* a file could not be read or written            */
    FA_ENOTFOUND = -4,  /* no index (or no such article) at that place    */
    FA_EQUERY    = -5,  /* the user's query text does not parse           */
    FA_ELOCKED   = -6,  /* another writer holds the index                 */
    FA_EVERSION  = -7,  /* the index was built by an incompatible fa      */
    FA_EINVAL    = -8,  /* bad input data (an article, a value, an option)*/
    FA_EMODIFIED = -9,  /* the index changed under a reader; reopen, retry*/
    FA_EINTR     = -10, /* stopped on request (a signal)                  */
};

/* A static, human-readable name for a status code ("query does not parse"). */
const char *fa_strerror(int code);

#ifdef __cplusplus
}
#endif
#endif
