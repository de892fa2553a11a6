#ifndef CVTRACK_CLINKAGE_H
#define CVTRACK_CLINKAGE_H
/// 1: libgit2, cmark-gfm and libstemmer are linked statically, and libgit2 without its TLS stream and
/// Negotiate authentication (see no_network.c and Package.swift).
int cvt_static_c_libraries(void);
#endif
