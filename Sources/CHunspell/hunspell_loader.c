// Loads libhunspell with dlopen on first use. See include/CHunspell.h.
#include "CHunspell.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char failure[512];

static Hunhandle *(*create_fn)(const char *, const char *);
static void (*destroy_fn)(Hunhandle *);
static char *(*encoding_fn)(Hunhandle *);
static int (*spell_fn)(Hunhandle *, const char *);
static int (*suggest_fn)(Hunhandle *, char ***, const char *);
static void (*free_list_fn)(Hunhandle *, char ***, int);

static void load(void) {
    // The runtime library of Debian/Ubuntu's libhunspell-1.7-0 first, then the development names.
    static const char *const names[] = {"libhunspell-1.7.so.0", "libhunspell-1.7.so", "libhunspell.so", NULL};
    void *library = NULL;
    for (int i = 0; names[i] && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *why = dlerror();
        snprintf(failure, sizeof failure, "cannot load libhunspell (install libhunspell-1.7-0): %s", why ? why : "not found");
        return;
    }
    *(void **)&create_fn = dlsym(library, "Hunspell_create");
    *(void **)&destroy_fn = dlsym(library, "Hunspell_destroy");
    *(void **)&encoding_fn = dlsym(library, "Hunspell_get_dic_encoding");
    *(void **)&spell_fn = dlsym(library, "Hunspell_spell");
    *(void **)&suggest_fn = dlsym(library, "Hunspell_suggest");
    *(void **)&free_list_fn = dlsym(library, "Hunspell_free_list");
    if (!create_fn || !destroy_fn || !encoding_fn || !spell_fn || !suggest_fn || !free_list_fn) {
        snprintf(failure, sizeof failure, "libhunspell lacks part of its C API");
        dlclose(library);
        return;
    }
    loaded = 1;
}

int cvt_hunspell_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *cvt_hunspell_error(void) { return failure; }

Hunhandle *cvt_Hunspell_create(const char *affpath, const char *dpath) { return create_fn(affpath, dpath); }
void cvt_Hunspell_destroy(Hunhandle *handle) { destroy_fn(handle); }
char *cvt_Hunspell_get_dic_encoding(Hunhandle *handle) { return encoding_fn(handle); }
int cvt_Hunspell_spell(Hunhandle *handle, const char *word) { return spell_fn(handle, word); }
int cvt_Hunspell_suggest(Hunhandle *handle, char ***list, const char *word) { return suggest_fn(handle, list, word); }
void cvt_Hunspell_free_list(Hunhandle *handle, char ***list, int n) { free_list_fn(handle, list, n); }
