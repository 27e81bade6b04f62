#ifndef PARALLAX_CLIBXML2_SHIM_H
#define PARALLAX_CLIBXML2_SHIM_H
// libxml2 built with ICU pulls the system's ICU headers into this module, which clash with the ICU copy
// inside Foundation (`_FoundationICU`) when a Swift file imports both. Parallax never touches libxml2's
// ICU converters, so the ICU part of libxml2's headers is left out: xmlversion.h is read first (it has an
// include guard) and its ICU switch is turned off before the other headers look at it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#endif
