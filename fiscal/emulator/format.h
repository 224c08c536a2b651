#pragma once

// Small text helpers for the printed tape and the control channel.

#include <cstdint>
#include <string>

#include "fiscal/codec/values.h"

namespace fiscal::emu {

inline std::string two(int v)
{
    return (v < 10 ? "0" : "") + std::to_string(v);
}

} // namespace fiscal::emu
