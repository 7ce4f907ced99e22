#ifndef SIMDJSON_ONDEMAND_H
#define SIMDJSON_ONDEMAND_H

#include "simdjson/builtin/ondemand.h"

namespace simdjson {
  /**
   * @copydoc simdjson::builtin::ondemand
   */
  namespace ondemand = builtin::ondemand;
} // namespace simdjson

#endif // SIMDJSON_ONDEMAND_H
