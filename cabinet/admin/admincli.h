#pragma once

#include <string>
#include <vector>

namespace cabinet::admin {

// `prilavok-cabinet admin --db CONN <command> ...`: prints one JSON line per result on stdout and
// returns the process exit code (0 ok, 1 failure, 2 usage).
int run(const std::string &connectionString, const std::vector<std::string> &args);

void printUsage();

} // namespace cabinet::admin
