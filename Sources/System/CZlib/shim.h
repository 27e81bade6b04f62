#ifndef PARALLAX_CZLIB_SHIM_H
#define PARALLAX_CZLIB_SHIM_H
#include <zlib.h>
#endif
