// The printer: the paper submodes 1/2/3 with B0h, submode 5 while printing (50h), the tape, 8Ch
// "repeat document" and the non-fiscal text commands 12h/17h (reference §4).

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/emulator/device.h"

namespace fiscal::emu {

Device::Reply Device::printText(ByteReader &in, bool bold)
{
    if (!in.u8())
        return fail(deverr::BadParameters);
    if (auto gate = printGate())
        return fail(gate);
    const std::string text = decodeFixedText(in.rest());
    print({bold ? "**" + text + "**" : text});
    return opOnly();
}

// ---- printing -----------------------------------------------------------------------------------

std::uint8_t Device::printGate() const
{
    switch (m_state.paperSubmode) {
    case submode::PassivePaperOut:
    case submode::ActivePaperOut:
        return deverr::NoPaper;
    case submode::AfterPaperOut:
        return deverr::WaitingContinuePrint;
    default:
        break;
    }
    if (std::chrono::steady_clock::now() < m_printingUntil)
        return deverr::PrintingPrevious;
    return 0;
}

void Device::print(const std::vector<std::string> &lines)
{
    std::size_t printed = 0;
    bool changed = false; // only a paper-out changes the persisted state
    for (const auto &line : lines) {
        if (m_paperOutArmed && m_state.paperSubmode == submode::PaperPresent) {
            // The roll ends under the head: the rest waits for new paper and B0h (§4 submode 2).
            m_paperOutArmed = false;
            m_state.paperSubmode = submode::ActivePaperOut;
            changed = true;
            m_tape.print("~~~~ кончилась бумага ~~~~");
        }
        if (m_state.paperSubmode == submode::ActivePaperOut ||
            m_state.paperSubmode == submode::AfterPaperOut) {
            m_state.unprintedLines.push_back(line);
            changed = true;
        } else {
            m_tape.print(line);
            ++printed;
        }
    }
    if (changed)
        m_dirty = true;
    if (m_config.printMsPerLine > 0 && printed > 0)
        m_printingUntil = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(m_config.printMsPerLine * static_cast<int>(printed));
}

void Device::printDocument(const std::vector<std::string> &lines)
{
    m_lastDocument = lines;
    print(lines);
}

Device::Reply Device::repeatDocument()
{
    if (m_state.receipt.open)
        return fail(deverr::ReceiptOpen);
    if (m_lastDocument.empty())
        return fail(0x56); // no document to repeat
    if (auto gate = printGate())
        return fail(gate);
    std::vector<std::string> copy{"КОПИЯ"};
    copy.insert(copy.end(), m_lastDocument.begin(), m_lastDocument.end());
    print(copy);
    return opOnly();
}

Device::Reply Device::continuePrint()
{
    if (m_state.paperSubmode == submode::ActivePaperOut || m_state.paperSubmode == submode::PassivePaperOut)
        return fail(deverr::NoPaper);
    if (m_state.paperSubmode == submode::AfterPaperOut) {
        m_state.paperSubmode = submode::PaperPresent;
        m_dirty = true;
        std::vector<std::string> rest;
        rest.swap(m_state.unprintedLines);
        m_tape.print("~~~~ продолжение печати ~~~~");
        print(rest);
    }
    return opOnly();
}

void Device::armPaperOut()
{
    m_paperOutArmed = true;
}

void Device::paperOutNow()
{
    if (m_state.paperSubmode == submode::PaperPresent)
        m_state.paperSubmode = submode::PassivePaperOut;
    m_dirty = true;
    persist();
}

void Device::paperIn()
{
    m_paperOutArmed = false;
    if (m_state.paperSubmode == submode::ActivePaperOut)
        m_state.paperSubmode = submode::AfterPaperOut;
    else if (m_state.paperSubmode == submode::PassivePaperOut)
        m_state.paperSubmode = submode::PaperPresent;
    m_dirty = true;
    persist();
}

} // namespace fiscal::emu
