// The printer: the paper submodes 1/2/3 with B0h, submode 5 while printing (50h), the tape, 8Ch
// "repeat document" and the non-fiscal text commands 12h/17h (reference §4).

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/commands/service.h"
#include "fiscal/emulator/device.h"
#include "fiscal/emulator/tables.h"

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

std::vector<std::string> Device::textRows(int firstRow, int count) const
{
    std::vector<std::string> out;
    for (int row = firstRow; row < firstRow + count; ++row)
        if (auto text = decodeFixedText(tableValue(receipttext::Table, row, receipttext::Field));
            !text.empty())
            out.push_back(std::move(text));
    return out;
}

void Device::printDocument(const std::vector<std::string> &lines)
{
    // Every document carries table 4: the header on top, the advertising text above the cut
    // (before the closing rule). Empty rows are skipped so the tape stays readable.
    std::vector<std::string> doc = textRows(receipttext::HeaderFirstRow, receipttext::HeaderRows);
    const bool ruled = !lines.empty() && lines.back().rfind("=====", 0) == 0;
    doc.insert(doc.end(), lines.begin(), ruled ? lines.end() - 1 : lines.end());
    for (auto &row : textRows(receipttext::TrailerFirstRow, receipttext::TrailerRows))
        doc.push_back(std::move(row));
    if (ruled)
        doc.push_back(lines.back());
    m_lastDocument = doc;
    // Table 17 "do not print": this one document stays off the paper (an electronic receipt).
    const std::string skipKey = tableKey(skipprint::Table, skipprint::Row, skipprint::Field);
    if (auto it = m_state.tables.find(skipKey);
        it != m_state.tables.end() && !it->second.empty() && it->second[0]) {
        m_state.tables.erase(it);
        m_dirty = true;
        return;
    }
    print(doc);
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
