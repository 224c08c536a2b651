#pragma once

// The set-up the cloud tests share: for each test function a temporary folder, a real cabinet in it
// with the shop «Ромашка» (serving, unless the test starts it itself) and a migrated till database;
// when the test failed, the tail of the server's log. A test class derives from it after QObject,
// calls openCabinet() in init() and closeCabinet() in cleanup().

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "app/storage/database.h"
#include "support/cabinetserver.h"

namespace cloudtest {

class CabinetFixture
{
protected:
    enum Part { Serve = 1, Till = 2 };

    // A problem fails the current test as QVERIFY does (a failed init() skips the test function).
    void openCabinet(int parts = Serve | Till);
    void closeCabinet();

    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CabinetServer> m_server;
    std::unique_ptr<app::Database> m_db; // null without Till
    Shop m_shop;
};

} // namespace cloudtest
