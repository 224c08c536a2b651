#pragma once

// Every answer parser behind one signature, so fuzzers and table tests can run them all.

#include <span>
#include <string_view>

#include "fiscal/codec/bytes.h"
#include "fiscal/codec/frame.h"

namespace fiscal {

struct ParserEntry
{
    CommandCode code;
    std::string_view name;
    bool (*parse)(ByteView data); // true when the answer decoded
};

std::span<const ParserEntry> answerParsers();

} // namespace fiscal
