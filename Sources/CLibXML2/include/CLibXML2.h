#ifndef CVTRACK_CLIBXML2_H
#define CVTRACK_CLIBXML2_H
// libxml2's HTML parser, loaded with dlopen on first use rather than linked: only CVs holding HTML need it,
// and linking it loads libxml2 and ICU (four shared libraries, about 1 ms) on every start. The types come
// from libxml2's headers; the four functions cvtrack calls go through the cvt_ wrappers below, and
// cvt_xml_load() must return 1 before any of them is called.
//
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's <unicode/ucnv.h>, which
// clashes with the ICU module Foundation ships (_FoundationICU) wherever both are imported. cvtrack never
// touches the encoding handlers' ICU fields (only pointers to those structs), so the ICU part of the headers
// is switched off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/// 1 when libxml2 is loaded (the first call loads it), 0 when it cannot be (see cvt_xml_error).
int cvt_xml_load(void);
/// Why loading failed, or an empty string.
const char *cvt_xml_error(void);

htmlDocPtr cvt_htmlReadMemory(const char *buffer, int size, const char *url, const char *encoding, int options);
void cvt_xmlFreeDoc(xmlDocPtr doc);
xmlNodePtr cvt_xmlDocGetRootElement(const xmlDoc *doc);
long cvt_xmlGetLineNo(const xmlNode *node);

#endif
