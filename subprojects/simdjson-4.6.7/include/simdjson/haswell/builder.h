#ifndef SIMDJSON_HASWELL_BUILDER_H
#define SIMDJSON_HASWELL_BUILDER_H

#include "simdjson/haswell/begin.h"
#include "simdjson/generic/builder/amalgamated.h"
#include "simdjson/haswell/end.h"

#endif // SIMDJSON_HASWELL_BUILDER_H