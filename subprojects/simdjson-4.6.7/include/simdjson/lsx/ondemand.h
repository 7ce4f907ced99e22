#ifndef SIMDJSON_LSX_ONDEMAND_H
#define SIMDJSON_LSX_ONDEMAND_H

#include "simdjson/lsx/begin.h"
#include "simdjson/generic/ondemand/amalgamated.h"
#include "simdjson/lsx/end.h"

#endif // SIMDJSON_LSX_ONDEMAND_H
