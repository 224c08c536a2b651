#include "harness.h"

#include "cabinet/util/crypto.h"

#include <csignal>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace cabinet::test {

std::string cabinetBinary()
{
    if (const char *env = std::getenv("PRILAVOK_CABINET_BIN"))
        return env;
    return PRILAVOK_CABINET_BIN;
}

Harness::Harness(std::string connectionString, std::string tempDir)
    : m_conn(std::move(connectionString))
    , m_dir(std::move(tempDir))
{
    crypto::init();
}

Harness::~Harness()
{
    stop();
}

RunResult Harness::adminRaw(const std::vector<std::string> &args)
{
    std::vector<std::string> argv = {cabinetBinary(), "admin", "--db", m_conn};
    argv.insert(argv.end(), args.begin(), args.end());
    return run(argv);
}

json::Value Harness::admin(const std::vector<std::string> &args)
{
    auto r = adminRaw(args);
    EXPECT_EQ(r.exitCode, 0) << "admin " << (args.empty() ? "" : args[0]) << " failed: " << r.err;
    if (r.exitCode != 0)
        return {};
    auto v = json::tryParse(r.out);
    EXPECT_TRUE(v.has_value()) << "admin printed no JSON: " << r.out;
    return v.value_or(json::Value());
}

unsigned short Harness::start(const std::vector<std::string> &extra)
{
    stop();
    std::vector<std::string> argv = {cabinetBinary(), "serve", "--db", m_conn, "--listen", "127.0.0.1:0"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    m_server = std::make_unique<Child>(argv, m_dir + "/server.log");
    auto line = m_server->readLine(std::chrono::seconds(20));
    // "listening http://127.0.0.1:PORT", or https:// when the server was given a certificate.
    const bool ok = line && (line->rfind("listening http://127.0.0.1:", 0) == 0 ||
                             line->rfind("listening https://127.0.0.1:", 0) == 0);
    if (!ok) {
        ADD_FAILURE() << "the server did not start: " << line.value_or("<no output>") << "\n" << serverLog();
        m_server.reset();
        return 0;
    }
    m_port = static_cast<unsigned short>(std::stoi(line->substr(line->rfind(':') + 1)));
    return m_port;
}

void Harness::stop()
{
    if (!m_server)
        return;
    m_server->signal(SIGTERM);
    int status = m_server->wait(std::chrono::seconds(10));
    EXPECT_NE(status, -1) << "the server ignored SIGTERM";
    if (status != -1) {
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "unclean exit, status " << status;
    }
    m_server.reset();
    m_port = 0;
}

void Harness::kill()
{
    if (!m_server)
        return;
    m_server->signal(SIGKILL);
    m_server->wait(std::chrono::seconds(10));
    m_server.reset();
    m_port = 0;
}

std::string Harness::serverLog() const
{
    std::ifstream in(m_dir + "/server.log");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Shop Harness::createShop(const std::string &name)
{
    Shop s;
    s.org = admin({"create-org", name, "--inn", "7701234567"}).stringAt("organization_id").value_or("");
    s.pos = admin({"create-pos", "--org", s.org, name + " main"}).stringAt("point_of_sale_id").value_or("");
    auto wp = admin({"create-workplace", "--org", s.org, "--pos", s.pos, "Till 1"});
    s.workplace = wp.stringAt("workplace_id").value_or("");
    s.code = wp.stringAt("activation_code").value_or("");
    return s;
}

std::string Harness::newCode(const Shop &shop, bool force)
{
    std::vector<std::string> args = {"new-code", "--org", shop.org, "--workplace", shop.workplace};
    if (force)
        args.push_back("--force");
    return admin(args).stringAt("activation_code").value_or("");
}

std::string Harness::activate(const std::string &code)
{
    HttpClient http(m_port);
    json::Value device;
    device.set("install_id", newUuid());
    device.set("hostname", "till-" + std::to_string(++m_installs));
    device.set("app_version", "0.1.0");
    json::Value body;
    body.set("activation_code", code);
    body.set("device", device);
    auto r = http.post("/api/v1/devices/activate", body);
    if (r.status != 200) {
        ADD_FAILURE() << "activation failed: " << r.status << " " << r.body;
        return {};
    }
    return r.json().stringAt("device_token").value_or("");
}

std::string newUuid()
{
    return crypto::newUuid();
}

json::Value makeDocument(const std::string &uuid, std::int64_t deviceSeq, int lines, const std::string &salt)
{
    json::Array items;
    std::int64_t total = 0;
    for (int i = 0; i < lines; ++i) {
        json::Value line;
        line.set("product_id", "p" + std::to_string(i));
        line.set("name", "Товар " + std::to_string(i) + salt);
        line.set("quantity", "1.000");
        line.set("price", std::int64_t(9990 + i));
        line.set("vat", "vat20");
        total += 9990 + i;
        items.push_back(std::move(line));
    }
    json::Value payment;
    payment.set("method", "cash");
    payment.set("amount", total);
    json::Value payload;
    payload.set("lines", std::move(items));
    payload.set("payments", json::Array{payment});
    payload.set("total", total);
    json::Value fiscal;
    fiscal.set("fn", "9999078900012345");
    fiscal.set("fd", deviceSeq);
    fiscal.set("fpd", "1234567890");
    fiscal.set("shift_no", 1);
    fiscal.set("receipt_no", deviceSeq);
    fiscal.set("datetime", "2026-11-22T12:00:00");
    json::Value doc;
    doc.set("uuid", uuid);
    doc.set("type", "sale");
    doc.set("device_seq", deviceSeq);
    doc.set("shift_uuid", "5f0c2c9e-3c1b-4d7e-9a55-0f6b1f1d2a10");
    doc.set("employee_id", "e1");
    doc.set("created_at_device", "2026-11-22T15:00:00+03:00");
    doc.set("fiscal", std::move(fiscal));
    doc.set("payload_sha256", crypto::sha256Hex(json::serialize(payload)));
    doc.set("payload", std::move(payload));
    return doc;
}

json::Value makeBatch(const std::vector<json::Value> &documents)
{
    json::Value b;
    b.set("batch_id", newUuid());
    b.set("documents", json::Array(documents.begin(), documents.end()));
    return b;
}

std::vector<std::string> statuses(const json::Value &pushAnswer)
{
    std::vector<std::string> out;
    if (const json::Value *results = pushAnswer.find("results"); results && results->isArray())
        for (const auto &r : results->asArray())
            out.push_back(r.stringAt("status").value_or("?"));
    return out;
}

} // namespace cabinet::test
