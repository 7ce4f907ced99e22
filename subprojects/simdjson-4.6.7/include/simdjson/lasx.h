#ifndef SIMDJSON_LASX_H
#define SIMDJSON_LASX_H

#include "simdjson/lasx/begin.h"
#include "simdjson/generic/amalgamated.h"
#include "simdjson/lasx/end.h"

#endif // SIMDJSON_LASX_H
