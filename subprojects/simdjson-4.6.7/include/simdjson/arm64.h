#ifndef SIMDJSON_ARM64_H
#define SIMDJSON_ARM64_H

#include "simdjson/arm64/begin.h"
#include "simdjson/generic/amalgamated.h"
#include "simdjson/arm64/end.h"

#endif // SIMDJSON_ARM64_H