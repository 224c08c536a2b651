#pragma once

// The notifier of `prilavok-cabinet serve` (issue 14 §4): every interval it takes the alerts due
// (round.h) and e-mails each once. The mail goes out on its own thread, outside any request and any
// transaction; an alert is marked sent only after the relay accepted it, so a relay that is down is
// simply tried again next round and never holds up the server.

#include "cabinet/db/pool.h"
#include "cabinet/mail/mailer.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace cabinet::notify {

class Notifier
{
public:
    // Starts the thread; the first round runs at once. Without an SMTP relay nothing runs.
    Notifier(db::Pool &pool, const mail::Mailer &mailer, std::chrono::seconds interval);
    ~Notifier(); // stops the thread (after the round in progress)
    Notifier(const Notifier &) = delete;
    Notifier &operator=(const Notifier &) = delete;

    // One round now: {mails sent, mails the relay refused}.
    std::pair<int, int> runOnce();

private:
    void loop();

    db::Pool &m_pool;
    const mail::Mailer &m_mailer;
    std::chrono::seconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace cabinet::notify
