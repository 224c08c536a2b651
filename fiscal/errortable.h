#pragma once

// Short English descriptions of every device and FN error byte (reference §5), and one-line texts
// for all three error tiers. For logs and the technician CLI; app/ translates the codes itself.

#include <cstdint>
#include <string>
#include <string_view>

#include "fiscal/codec/frame.h"
#include "fiscal/error.h"

namespace fiscal {

// 01h..32h are FN errors (from FFxxh commands and from fiscal operations on FN devices); 33h and up
// are device errors for every command family; A0h..A5h are FN marking errors. Unknown codes give "".
std::string_view describeDeviceError(std::uint8_t code, CommandCode command);
std::string_view describeFnError(std::uint8_t code);
std::string_view describeKktError(std::uint8_t code);

std::string_view describe(TransportError e);
std::string_view describe(LinkError e);

// "device error 6Bh (no receipt paper) on command 17h" / "no link: no reply to ENQ from ...".
std::string describe(const Error &error);

// "10h", "FF01h".
std::string commandName(CommandCode code);

} // namespace fiscal
