#include "procstat.h"

#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace cabinet::test {

long peakRssKiB(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

long cpuMs(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = stat.rfind(')'); // the command name may hold spaces
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(stat.substr(close + 2));
    std::string skip;
    for (int i = 3; i < 14; ++i) // fields 3..13 come before utime (14) and stime (15)
        fields >> skip;
    long utime = 0, stime = 0;
    fields >> utime >> stime;
    return (utime + stime) * 1000 / sysconf(_SC_CLK_TCK);
}

} // namespace cabinet::test
