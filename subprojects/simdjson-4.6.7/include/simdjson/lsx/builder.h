#ifndef SIMDJSON_LSX_BUILDER_H
#define SIMDJSON_LSX_BUILDER_H

#include "simdjson/lsx/begin.h"
#include "simdjson/generic/builder/amalgamated.h"
#include "simdjson/lsx/end.h"

#endif // SIMDJSON_LSX_BUILDER_H