/* fa_version.h - the release both binaries report with --version. */
#ifndef FA_VERSION_H
#define FA_VERSION_H

#define FA_VERSION "0.4.0"

#endif
