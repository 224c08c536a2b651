#pragma once

// A fixed set of connections handed out one request at a time. SQLite gets one connection, which
// makes it the single writer §7 asks for; PostgreSQL gets one per server thread.

#include "cabinet/db/connection.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace cabinet::db {

class Pool
{
public:
    Pool(std::string connectionString, int size);

    class Lease
    {
    public:
        Lease(Pool &pool, std::unique_ptr<Connection> c)
            : m_pool(pool)
            , m_c(std::move(c))
        {}
        ~Lease() { m_pool.giveBack(std::move(m_c)); }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Connection &operator*() { return *m_c; }
        Connection *operator->() { return m_c.get(); }

    private:
        Pool &m_pool;
        std::unique_ptr<Connection> m_c;
    };

    Lease acquire();
    Backend backend() const { return m_backend; }

private:
    void giveBack(std::unique_ptr<Connection> c);

    std::string m_connectionString;
    Backend m_backend;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<std::unique_ptr<Connection>> m_idle;
};

} // namespace cabinet::db
