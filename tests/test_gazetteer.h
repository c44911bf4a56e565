/* test_gazetteer.h - the project's gazetteer (FA_DATADIR) loaded once per
 * cmocka group, for the entity tests: include it in one test file, after
 * cmocka.h, and pass setup/teardown to cmocka_run_group_tests. The
 * tests read it through 'gz'. */
#ifndef TEST_GAZETTEER_H
#define TEST_GAZETTEER_H

#include <stdio.h>
#include "fa_entity.h"
#include "fa_error.h"

#ifndef FA_DATADIR
#define FA_DATADIR "data/gazetteer"
#endif

static fa_gazetteer *gz;

static int setup(void **state)
{
    char err[512];
    (void)state;
    if (fa_gazetteer_load(&gz, FA_DATADIR, err, sizeof err) != FA_OK) {
        fprintf(stderr, "cannot load the gazetteer: %s\n", err);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fa_gazetteer_free(gz);
    gz = NULL;
    return 0;
}

#endif
