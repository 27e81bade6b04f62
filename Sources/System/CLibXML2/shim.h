#ifndef PARALLAX_CLIBXML2_SHIM_H
#define PARALLAX_CLIBXML2_SHIM_H
/* libxml2 built with ICU pulls the system ICU headers into this module, which clash with the ICU
   copy Foundation ships; Parallax never touches the ICU fields, so hide them. */
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
