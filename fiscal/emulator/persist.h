#pragma once

// The state file: a small line-oriented text format we write and parse ourselves. Writes are
// crash-safe: a new file is written and fsynced, renamed over the old one, and the directory is
// fsynced, so a kill -9 at any moment leaves either the old or the new state, never a mix.

#include <optional>
#include <string>

#include "fiscal/emulator/state.h"

namespace fiscal::emu {

std::string serializeState(const DeviceState &state);
// nullopt when the text is not a complete state (wrong header, missing "end", bad number).
std::optional<DeviceState> parseState(const std::string &text);

// Atomic replace of `path`; false (with `error` filled) when any step fails. The rename alone makes
// a kill -9 safe (the page cache outlives the process); `sync` adds the fsyncs that also survive
// a power loss of the machine.
bool saveStateFile(const std::string &path, const DeviceState &state, std::string &error, bool sync = true);
// nullopt when the file does not exist; `error` is set when it exists but cannot be parsed.
std::optional<DeviceState> loadStateFile(const std::string &path, std::string &error);

} // namespace fiscal::emu
