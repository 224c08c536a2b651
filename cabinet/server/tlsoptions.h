#pragma once

// TLS for prilavok-cabinet (issue 21 §6): a certificate chain and its key in PEM; TLS 1.2 and newer.

#include <string>

namespace cabinet {

struct TlsOptions
{
    std::string certificateChainFile; // PEM, the server's certificate first
    std::string privateKeyFile;       // PEM
    bool enabled() const { return !certificateChainFile.empty(); }
};

} // namespace cabinet
