#pragma once

// Logging without Qt: the owner plugs in sinks (app/ forwards them to its logging categories
// pos.fiscal and pos.fiscal.raw, the CLI to stderr).

#include <functional>
#include <string_view>

#include "fiscal/codec/bytes.h"

namespace fiscal {

enum class LogLevel { Debug, Info, Warning, Error };
enum class Direction { ToDevice, FromDevice };

using LogSink = std::function<void(LogLevel, std::string_view)>;
using TraceSink = std::function<void(Direction, ByteView)>;

} // namespace fiscal
