#ifndef CVTRACK_CSTEMMER_SHIM_H
#define CVTRACK_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
