#ifndef SIMDJSON_RVV_VLS_ONDEMAND_H
#define SIMDJSON_RVV_VLS_ONDEMAND_H

#include "simdjson/rvv-vls/begin.h"
#include "simdjson/generic/ondemand/amalgamated.h"
#include "simdjson/rvv-vls/end.h"

#endif // SIMDJSON_RVV_VLS_ONDEMAND_H
