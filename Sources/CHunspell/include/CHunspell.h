#ifndef CVTRACK_CHUNSPELL_H
#define CVTRACK_CHUNSPELL_H
// hunspell's C API (hunspell/hunspell.h), loaded on first use with dlopen rather than linked: most cvtrack
// runs never need it (known words come from a memory-mapped table), and a binary that links it pays for
// loading it and libstdc++'s symbols on every start. cvt_hunspell_load() must return 1 before any other call.

typedef struct Hunhandle Hunhandle;

/// 1 when libhunspell is loaded (the first call loads it), 0 when it cannot be (see cvt_hunspell_error).
int cvt_hunspell_load(void);
/// Why loading failed (dlerror's message), or an empty string.
const char *cvt_hunspell_error(void);

Hunhandle *cvt_Hunspell_create(const char *affpath, const char *dpath);
void cvt_Hunspell_destroy(Hunhandle *handle);
char *cvt_Hunspell_get_dic_encoding(Hunhandle *handle);
int cvt_Hunspell_spell(Hunhandle *handle, const char *word);
int cvt_Hunspell_suggest(Hunhandle *handle, char ***list, const char *word);
void cvt_Hunspell_free_list(Hunhandle *handle, char ***list, int n);

#endif
