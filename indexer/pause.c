/* pause.c - test-only pause points (see pause.h). */
#include "pause.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void pause_point(const char *name, const volatile sig_atomic_t *stop)
{
    const char *want = getenv("FA_TEST_PAUSE"), *marker = getenv("FA_TEST_PAUSE_FILE");
    struct timespec tick = {0, 10 * 1000 * 1000};
    int fd;

    if (!want || !marker || strcmp(want, name) != 0)
        return;
    if ((fd = open(marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0644)) < 0)
        return;
    close(fd);
    while (access(marker, F_OK) == 0 && !(stop && *stop))
        nanosleep(&tick, NULL);
}
