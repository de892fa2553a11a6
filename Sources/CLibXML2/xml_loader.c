// Loads libxml2 with dlopen on first use. See include/CLibXML2.h.
#include "CLibXML2.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char failure[512];

static htmlDocPtr (*read_memory_fn)(const char *, int, const char *, const char *, int);
static void (*free_doc_fn)(xmlDocPtr);
static xmlNodePtr (*root_fn)(const xmlDoc *);
static long (*line_fn)(const xmlNode *);

static void load(void) {
    static const char *const names[] = {"libxml2.so.2", "libxml2.so", NULL};
    void *library = NULL;
    for (int i = 0; names[i] && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *why = dlerror();
        snprintf(failure, sizeof failure, "cannot load libxml2 (install libxml2): %s", why ? why : "not found");
        return;
    }
    *(void **)&read_memory_fn = dlsym(library, "htmlReadMemory");
    *(void **)&free_doc_fn = dlsym(library, "xmlFreeDoc");
    *(void **)&root_fn = dlsym(library, "xmlDocGetRootElement");
    *(void **)&line_fn = dlsym(library, "xmlGetLineNo");
    if (!read_memory_fn || !free_doc_fn || !root_fn || !line_fn) {
        snprintf(failure, sizeof failure, "libxml2 lacks part of its HTML API");
        dlclose(library);
        return;
    }
    // libxml2 must be initialised once before threads use it (cvtrack log parses versions in parallel).
    void (*init_fn)(void);
    *(void **)&init_fn = dlsym(library, "xmlInitParser");
    if (init_fn) init_fn();
    loaded = 1;
}

int cvt_xml_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *cvt_xml_error(void) { return failure; }

htmlDocPtr cvt_htmlReadMemory(const char *buffer, int size, const char *url, const char *encoding, int options) {
    return read_memory_fn(buffer, size, url, encoding, options);
}
void cvt_xmlFreeDoc(xmlDocPtr doc) { free_doc_fn(doc); }
xmlNodePtr cvt_xmlDocGetRootElement(const xmlDoc *doc) { return root_fn(doc); }
long cvt_xmlGetLineNo(const xmlNode *node) { return line_fn(node); }
