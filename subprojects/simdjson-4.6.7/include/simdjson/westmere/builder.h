#ifndef SIMDJSON_WESTMERE_BUILDER_H
#define SIMDJSON_WESTMERE_BUILDER_H

#include "simdjson/westmere/begin.h"
#include "simdjson/generic/builder/amalgamated.h"
#include "simdjson/westmere/end.h"

#endif // SIMDJSON_WESTMERE_BUILDER_H