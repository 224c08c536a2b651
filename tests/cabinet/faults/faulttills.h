#pragma once

// Tills as the fault tests drive them: an outbox that forgets a document only when the cabinet
// answers created or duplicate (PROTOCOL.md §7), pushed by the test's own HTTP clients; and the checks
// every fault test ends with.

#include "support/fixture.h"

#include <atomic>
#include <set>

namespace cabinet::test {

struct TillOutbox
{
    std::string token;
    std::vector<json::Value> docs;
    std::set<std::string> acked;

    TillOutbox(std::string deviceToken, int count, int lines = 3);
    std::vector<json::Value> pending(std::size_t limit) const;
    void apply(const json::Value &answer);
    bool done() const { return acked.size() == docs.size(); }
};

struct PushTally
{
    std::atomic<int> ok{0}, retry{0}, transport{0}, other{0};
};

// Pushes up to `batch` pending documents and applies a 200 answer. Any other answer must be a
// retryable 503 with Retry-After and no database text; a transport error or anything else is counted.
HttpReply pushOnce(HttpClient &http, TillOutbox &till, std::size_t batch, PushTally &tally);

// Documents, distinct documents and document keys all `expected`, no conflicts, every acknowledged
// document stored, and the report tables agree with the documents (rebuild-reports finds nothing).
void expectExactlyOnce(Harness &h, const std::string &org, std::int64_t expected,
                       const std::vector<const TillOutbox *> &tills);

// The workplace activation codes of a shop with `count` tills (the shop's own and count - 1 more).
std::vector<std::string> tillCodes(Harness &h, const Shop &shop, int count);

std::int64_t steadyMs();

} // namespace cabinet::test
