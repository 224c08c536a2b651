#include "cabinet/db/pool.h"

namespace cabinet::db {

Pool::Pool(std::string connectionString, int size)
    : m_connectionString(std::move(connectionString))
{
    for (int i = 0; i < size; ++i)
        m_idle.push_back(open(m_connectionString));
    m_backend = m_idle.front()->backend();
}

Pool::Lease Pool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_idle.empty(); });
    auto c = std::move(m_idle.back());
    m_idle.pop_back();
    return Lease(*this, std::move(c));
}

void Pool::giveBack(std::unique_ptr<Connection> c)
{
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(c));
    }
    m_cv.notify_one();
}

} // namespace cabinet::db
