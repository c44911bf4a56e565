/* assets.h - the page's files (HTML, CSS, JS, icon), compiled into
 * fa-search at build time by searcher/assets/embed.c from the files in
 * searcher/assets/, so that a server reads no file when it runs.
 */
#ifndef ASSETS_H
#define ASSETS_H

#include <stddef.h>

typedef struct serve_asset {
    const char          *name;   /* file name in searcher/assets/: "app.js" */
    const unsigned char *data;   /* its bytes, static                       */
    size_t               len;
} serve_asset;

extern const serve_asset serve_assets[];   /* in file-name order */
extern const size_t      serve_nassets;

#endif
