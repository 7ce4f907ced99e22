#ifndef SIMDJSON_RVV_VLS_BUILDER_H
#define SIMDJSON_RVV_VLS_BUILDER_H

#include "simdjson/rvv-vls/begin.h"
#include "simdjson/generic/builder/amalgamated.h"
#include "simdjson/rvv-vls/end.h"

#endif // SIMDJSON_RVV_VLS_BUILDER_H
