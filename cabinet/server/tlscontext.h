#pragma once

#include <memory>

#include <boost/asio/ssl/context.hpp>

#include "cabinet/server/tlsoptions.h"

namespace cabinet {

// The server's TLS context, or null when TLS is off. Throws std::runtime_error with the file's name
// when the certificate or key cannot be loaded, so `serve` stops with a clear message.
std::unique_ptr<boost::asio::ssl::context> makeTlsContext(const TlsOptions &options);

} // namespace cabinet
