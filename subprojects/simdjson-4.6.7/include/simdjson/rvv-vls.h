#ifndef SIMDJSON_RVV_VLS_H
#define SIMDJSON_RVV_VLS_H


#include "simdjson/rvv-vls/begin.h"
#include "simdjson/generic/amalgamated.h"
#include "simdjson/rvv-vls/end.h"

#endif // SIMDJSON_RVV_VLS_H
