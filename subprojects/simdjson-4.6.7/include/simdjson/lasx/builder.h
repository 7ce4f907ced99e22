#ifndef SIMDJSON_LASX_BUILDER_H
#define SIMDJSON_LASX_BUILDER_H

#include "simdjson/lasx/begin.h"
#include "simdjson/generic/builder/amalgamated.h"
#include "simdjson/lasx/end.h"

#endif // SIMDJSON_LASX_BUILDER_H