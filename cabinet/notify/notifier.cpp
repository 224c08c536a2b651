#include "cabinet/notify/notifier.h"

#include "cabinet/json/json.h"
#include "cabinet/notify/round.h"
#include "cabinet/util/clock.h"

#include <iostream>

namespace cabinet::notify {

Notifier::Notifier(db::Pool &pool, const mail::Mailer &mailer, std::chrono::seconds interval)
    : m_pool(pool)
    , m_mailer(mailer)
    , m_interval(interval)
{
    if (m_mailer.enabled())
        m_thread = std::thread([this] { loop(); });
}

Notifier::~Notifier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::pair<int, int> Notifier::runOnce()
{
    std::vector<Mail> mails;
    {
        auto c = m_pool.acquire(); // held only to read and forget; never while mailing
        mails = due(*c, m_mailer.options().publicUrl, nowMs());
    }
    int sent = 0, failed = 0;
    for (const Mail &m : mails) {
        if (!m_mailer.send(m.to, m.title, m.text, "X-Prilavok-Alert: " + m.kind + "\r\n")) {
            ++failed; // not marked: the next round tries again
            continue;
        }
        ++sent;
        auto c = m_pool.acquire();
        markSent(*c, m, nowMs());
    }
    return {sent, failed};
}

void Notifier::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        std::pair<int, int> result{0, 0};
        bool ok = true;
        try {
            result = runOnce();
        } catch (const std::exception &e) { // a database hiccup: the next round tries again
            ok = false;
            std::cerr << "{\"event\":\"notify_failed\",\"detail\":" << json::serialize(json::Value(e.what()))
                      << "}" << std::endl;
        }
        if (ok)
            std::cerr << "{\"event\":\"notify_round\",\"sent\":" << result.first
                      << ",\"failed\":" << result.second << "}" << std::endl;
        lock.lock();
        m_wake.wait_for(lock, m_interval, [this] { return m_stop; });
    }
}

} // namespace cabinet::notify
