#include "fiscal/link/linksettings.h"

#include <array>
#include <utility>

namespace fiscal {

std::chrono::milliseconds answerTimeout(CommandCode code)
{
    using std::chrono::seconds;
    static constexpr std::array<std::pair<CommandCode, int>, 6> table{{
        {0x16, 60}, // technological reset
        {0x40, 30}, // X report
        {0x41, 65}, // Z report: prints the report and closes the shift in the FN
        {0x62, 35}, // fiscal memory reports
        {0x66, 35},
        {0xE0, 35}, // open shift: FN document plus printing
    }};
    for (const auto &[c, s] : table)
        if (c == code)
            return seconds(s);
    return seconds(10);
}

} // namespace fiscal
