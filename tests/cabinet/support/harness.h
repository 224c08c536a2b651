#pragma once

// Drives a real prilavok-cabinet process: the admin CLI to set up shops and catalogs, `serve` on a
// kernel-chosen loopback port, and helpers to build protocol documents and batches.

#include "httpclient.h"
#include "process.h"

#include "cabinet/json/json.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cabinet::test {

std::string cabinetBinary();

struct Shop
{
    std::string org;
    std::string pos;
    std::string workplace;
    std::string code;
};

class Harness
{
public:
    Harness(std::string connectionString, std::string tempDir);
    ~Harness();

    const std::string &connectionString() const { return m_conn; }
    const std::string &tempDir() const { return m_dir; }

    // Runs `admin --db CONN args...`; the parsed JSON line on success, null (and a test failure) otherwise.
    json::Value admin(const std::vector<std::string> &args);
    RunResult adminRaw(const std::vector<std::string> &args);

    // Starts `serve` on 127.0.0.1:0 and returns the port it prints; 0 on failure.
    unsigned short start(const std::vector<std::string> &extra = {});
    void stop(); // SIGTERM and wait: the clean shutdown path
    void kill(); // SIGKILL: the crash path
    unsigned short port() const { return m_port; }
    pid_t serverPid() const { return m_server ? m_server->pid() : -1; }
    std::string serverLog() const;

    Shop createShop(const std::string &name);
    // Activates the shop's workplace code against the running server; the device token or "".
    std::string activate(const std::string &code);
    std::string newCode(const Shop &shop, bool force = false);

private:
    std::string m_conn;
    std::string m_dir;
    std::unique_ptr<Child> m_server;
    unsigned short m_port = 0;
    int m_installs = 0;
};

// A protocol document with `lines` receipt lines; its payload_sha256 covers the serialized payload.
json::Value makeDocument(const std::string &uuid, std::int64_t deviceSeq, int lines = 5,
                         const std::string &salt = {});
json::Value makeBatch(const std::vector<json::Value> &documents);
std::string newUuid();

// The per-document statuses of a push answer, in order.
std::vector<std::string> statuses(const json::Value &pushAnswer);

} // namespace cabinet::test
