#ifndef SIMDJSON_ICELAKE_BUILDER_H
#define SIMDJSON_ICELAKE_BUILDER_H

#include "simdjson/icelake/begin.h"
#include "simdjson/generic/builder/amalgamated.h"
#include "simdjson/icelake/end.h"

#endif // SIMDJSON_ICELAKE_BUILDER_H