#pragma once

// `prilavok-cabinet admin --db CONN <command> ...`: each command prints one JSON line on stdout; the
// exit code is 0 ok, 1 failure, 2 usage.

#include <functional>
#include <string>

#include "cabinet/json/json.h"

namespace CLI {
class App;
}

namespace cabinet {
class Store;
}

namespace cabinet::admin {

using Command = std::function<json::Value(Store &)>;

// Registers the admin commands under `admin`; after parsing, `chosen` runs the one given.
void addCommands(CLI::App &admin, Command &chosen);

// Opens (and migrates) the database and runs the command.
int run(const std::string &connectionString, const Command &command);

} // namespace cabinet::admin
