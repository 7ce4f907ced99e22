// Stuff other things depend on
#include <generic/stage2/base.h>
#include <generic/stage2/tape_writer.h>
#include <generic/stage2/logger.h>

// All other declarations
#include <generic/stage2/json_iterator.h>
#include <generic/stage2/stringparsing.h>
#include <generic/stage2/structural_iterator.h>
#include <generic/stage2/tape_builder.h>
