#pragma once

// The server's log on stderr: one JSON line per request and per event, whole lines even when
// several threads write.

#include <chrono>
#include <cstddef>
#include <string>

#include "cabinet/api/http.h"

namespace cabinet {

void logLine(const std::string &line);
void logAccess(const std::string &remote, const api::Request &request, const api::Response &response,
               std::size_t bytesOut, std::chrono::steady_clock::time_point started);

} // namespace cabinet
