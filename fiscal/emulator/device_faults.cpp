// Fault injection on the device model (control channel, startup flags): the clock, the FN's
// lifetime and fill level, the OFD backlog. Paper faults live with the printer (device_print.cpp).

#include <algorithm>

#include "fiscal/emulator/device.h"

namespace fiscal::emu {

namespace {
constexpr std::int64_t Day = 24 * 3600;
} // namespace

void Device::moveClock(std::int64_t seconds)
{
    m_state.clockOffset += seconds;
    m_dirty = true;
    persist();
}

void Device::setFnExpiryDays(int days)
{
    const std::int64_t t = now();
    m_state.fnExpiry = t - ((t % Day) + Day) % Day + static_cast<std::int64_t>(days) * Day;
    m_dirty = true;
    persist();
}

void Device::setFnFull(bool full)
{
    m_state.fnFull = full;
    m_dirty = true;
    persist();
}

void Device::setOfdBacklog(std::uint32_t count)
{
    m_state.ofdBacklog = std::min<std::uint32_t>(count, m_state.lastFd);
    m_state.ofdAutoAck = count == 0;
    m_dirty = true;
    persist();
}

} // namespace fiscal::emu
