// Issue 21 §6: prilavok-cabinet serves TLS 1.2+ with the certificate it is given; older protocols
// and plain HTTP on the TLS port get no answer, and the sync works over it end to end.

#include "rawhttp.h"
#include "support/fixture.h"
#include "tlsclient.h"

namespace cabinet::test {

class HardeningTls : public CabinetTest
{};

TEST_F(HardeningTls, ServesTls12OrNewerWithItsCertificate)
{
    ASSERT_TRUE(writeSelfSignedCertificate(h->tempDir()));
    const std::string cert = h->tempDir() + "/cert.pem";
    ASSERT_NE(h->start({"--tls-cert", cert, "--tls-key", h->tempDir() + "/key.pem"}), 0);

    TlsReply ok = tlsGet(h->port(), "/healthz", cert);
    EXPECT_TRUE(ok.handshake) << ok.error;
    EXPECT_EQ(ok.status, 200) << ok.error;
    EXPECT_NE(ok.body.find("\"status\":\"ok\""), std::string::npos) << ok.body;

    TlsReply old = tlsGet(h->port(), "/healthz", cert, true);
    EXPECT_FALSE(old.handshake) << "TLS 1.1 was accepted";

    // Plain HTTP on the TLS port: no HTTP answer, nothing served in clear.
    const std::string plain =
        exchangeRaw(h->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", std::chrono::seconds(3));
    EXPECT_EQ(statusOf(plain), 0) << plain;
    EXPECT_EQ(plain.find("\"status\""), std::string::npos);
}

TEST_F(HardeningTls, ARefusedCertificateOrKeyStopsTheServerWithItsName)
{
    const RunResult r = run({cabinetBinary(), "serve", "--db", h->connectionString(), "--listen",
                             "127.0.0.1:0", "--tls-cert", "/etc/hostname", "--tls-key", "/etc/hostname"});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("/etc/hostname"), std::string::npos) << r.err;
}

} // namespace cabinet::test
