#ifndef SIMDJSON_RVV_VLS_BASE_H
#define SIMDJSON_RVV_VLS_BASE_H

#ifndef SIMDJSON_CONDITIONAL_INCLUDE
#include "simdjson/base.h"
#endif // SIMDJSON_CONDITIONAL_INCLUDE

namespace simdjson {
/**
 * RVV-VLS implementation.
 */
namespace rvv_vls {

class implementation;

} // namespace rvv_vls
} // namespace simdjson

#endif // SIMDJSON_RVV_VLS_BASE_H
