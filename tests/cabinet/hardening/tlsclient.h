#pragma once

// TLS for the tests: a throwaway self-signed certificate for 127.0.0.1, and a client that verifies
// the server against it, as the till does with the technician's CA file.

#include <string>

namespace cabinet::test {

// Writes cert.pem and key.pem into `dir` (CN and subjectAltName 127.0.0.1); false on failure.
bool writeSelfSignedCertificate(const std::string &dir);

struct TlsReply
{
    bool handshake = false; // the TLS session was established and the certificate verified
    int status = 0;
    std::string body;
    std::string error;
};

// GET `target` over TLS, trusting only `caFile`. `maxTls11` offers TLS 1.1 at most.
TlsReply tlsGet(unsigned short port, const std::string &target, const std::string &caFile,
                bool maxTls11 = false);

} // namespace cabinet::test
