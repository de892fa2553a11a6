#ifndef CVTRACK_CLIBXML2_SHIM_H
#define CVTRACK_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, and its encoding.h then includes the system's <unicode/ucnv.h>,
 * which clashes with the ICU module Foundation ships (_FoundationICU) wherever both are imported.
 * cvtrack never touches the encoding handlers' ICU fields (only pointers to those structs), so the
 * ICU part of the headers is switched off. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
