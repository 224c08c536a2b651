#include "fiscal/emulator/tape.h"

#include <cstdio>

namespace fiscal::emu {

Tape::Tape(std::string path)
    : m_path(std::move(path))
{}

void Tape::print(const std::string &utf8Line)
{
    // Bounded: a long-running demo must not grow without limit.
    if (m_lines.size() >= 10000)
        m_lines.erase(m_lines.begin(), m_lines.begin() + 1000);
    m_lines.push_back(utf8Line);
    if (m_path.empty())
        return;
    if (std::FILE *f = std::fopen(m_path.c_str(), "a")) {
        std::fputs(utf8Line.c_str(), f);
        std::fputc('\n', f);
        std::fclose(f);
    }
}

} // namespace fiscal::emu
