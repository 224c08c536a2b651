#include "cabinet/server/tlscontext.h"

#include <stdexcept>

namespace cabinet {

std::unique_ptr<boost::asio::ssl::context> makeTlsContext(const TlsOptions &options)
{
    namespace ssl = boost::asio::ssl;
    if (!options.enabled())
        return nullptr;
    auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
    // TLS 1.2 is the oldest a till's Qt and any current browser speak; older ones are refused.
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                         ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    boost::system::error_code ec;
    context->use_certificate_chain_file(options.certificateChainFile, ec);
    if (ec)
        throw std::runtime_error("cannot load the TLS certificate " + options.certificateChainFile + ": " +
                                 ec.message());
    context->use_private_key_file(options.privateKeyFile, ssl::context::pem, ec);
    if (ec)
        throw std::runtime_error("cannot load the TLS key " + options.privateKeyFile + ": " + ec.message());
    return context;
}

} // namespace cabinet
