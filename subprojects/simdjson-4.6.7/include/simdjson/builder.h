#ifndef SIMDJSON_BUILDER_H
#define SIMDJSON_BUILDER_H

#include "simdjson/builtin/builder.h"

namespace simdjson {
  /**
   * @copydoc simdjson::builtin::builder
   */
  namespace builder = builtin::builder;

} // namespace simdjson

#endif // SIMDJSON_BUILDER_H
