#pragma once

// The paper tape: every line the device prints, appended in UTF-8 to a text file (if any) and kept
// in memory for in-process tests, so a person or a test can read what the customer would get.

#include <cstddef>
#include <string>
#include <vector>

namespace fiscal::emu {

class Tape
{
public:
    explicit Tape(std::string path = {});

    void print(const std::string &utf8Line);
    const std::vector<std::string> &lines() const { return m_lines; }

private:
    std::string m_path;
    std::vector<std::string> m_lines;
};

} // namespace fiscal::emu
