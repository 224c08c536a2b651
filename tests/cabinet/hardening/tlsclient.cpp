#include "tlsclient.h"

#include <cstdio>
#include <functional>
#include <memory>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cabinet::test {

namespace {

template<class T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

bool writePem(const std::string &path, const std::function<int(FILE *)> &write)
{
    FILE *f = std::fopen(path.c_str(), "w");
    if (!f)
        return false;
    const bool ok = write(f) == 1;
    std::fclose(f);
    return ok;
}

} // namespace

bool writeSelfSignedCertificate(const std::string &dir)
{
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_RSA_gen(2048));
    Owned<X509, X509_free> cert(X509_new());
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("127.0.0.1"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    Owned<X509_EXTENSION, X509_EXTENSION_free> san(
        X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1"));
    if (!san || !X509_add_ext(cert.get(), san.get(), -1) || !X509_sign(cert.get(), key.get(), EVP_sha256()))
        return false;
    return writePem(dir + "/cert.pem", [&](FILE *f) { return PEM_write_X509(f, cert.get()); }) &&
           writePem(dir + "/key.pem", [&](FILE *f) {
               return PEM_write_PrivateKey(f, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
           });
}

TlsReply tlsGet(unsigned short port, const std::string &target, const std::string &caFile, bool maxTls11)
{
    namespace asio = boost::asio;
    namespace beast = boost::beast;
    namespace http = beast::http;
    TlsReply reply;
    asio::io_context ioc;
    asio::ssl::context ctx(asio::ssl::context::tls_client);
    if (maxTls11)
        ctx.set_options(asio::ssl::context::no_tlsv1_2 | asio::ssl::context::no_tlsv1_3);
    ctx.set_verify_mode(asio::ssl::verify_peer);
    beast::error_code ec;
    ctx.load_verify_file(caFile, ec);
    if (ec) {
        reply.error = "CA file: " + ec.message();
        return reply;
    }
    beast::ssl_stream<beast::tcp_stream> stream(ioc, ctx);
    beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(10));
    beast::get_lowest_layer(stream).connect(
        asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
    if (!ec)
        stream.handshake(asio::ssl::stream_base::client, ec);
    if (ec) {
        reply.error = ec.message();
        return reply;
    }
    reply.handshake = true;
    http::request<http::empty_body> req(http::verb::get, target, 11);
    req.set(http::field::host, "127.0.0.1");
    req.keep_alive(false);
    http::write(stream, req, ec);
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    if (!ec)
        http::read(stream, buffer, res, ec);
    if (ec) {
        reply.error = ec.message();
        return reply;
    }
    reply.status = res.result_int();
    reply.body = res.body();
    return reply;
}

} // namespace cabinet::test
