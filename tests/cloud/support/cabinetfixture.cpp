#include "support/cabinetfixture.h"

#include <QTest>

namespace cloudtest {

void CabinetFixture::openCabinet(int parts)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<CabinetServer>(m_dir->path());
    m_shop = m_server->createShop(QStringLiteral("Ромашка"));
    QVERIFY(!m_shop.code.isEmpty());
    if (parts & Serve)
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    if (parts & Till) {
        m_db = std::make_unique<app::Database>();
        QVERIFY(m_db->open(path(QStringLiteral("till.db"))).ok());
    }
}

void CabinetFixture::closeCabinet()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "---- server log ----\n" << m_server->log().right(4000);
    m_db.reset();
    m_server.reset();
    m_dir.reset();
}

} // namespace cloudtest
