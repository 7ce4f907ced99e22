#ifndef SIMDJSON_PPC64_BUILDER_H
#define SIMDJSON_PPC64_BUILDER_H

#include "simdjson/ppc64/begin.h"
#include "simdjson/generic/builder/amalgamated.h"
#include "simdjson/ppc64/end.h"

#endif // SIMDJSON_PPC64_BUILDER_H