#ifndef CVTRACK_CHUNSPELL_SHIM_H
#define CVTRACK_CHUNSPELL_SHIM_H
#include <hunspell/hunspell.h>
#endif
