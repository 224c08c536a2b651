#pragma once

// A real `prilavok-cabinet` for the client tests: the admin CLI to set shops up and count what
// arrived, and `serve` on a loopback port (fault injection on). Plain QProcess, no gtest, so the
// QtTest suites and the benchmark share it.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace cloudtest {

QString cabinetBinary();

struct Shop
{
    QString org;
    QString pos;
    QString workplace;
    QString code;
};

class CabinetServer
{
public:
    // The cabinet's database is `conn` (a postgresql:// or sqlite: string), or dir/cabinet.db.
    explicit CabinetServer(const QString &dir, const QString &conn = {});
    QString connectionString() const { return m_conn; }
    ~CabinetServer();

    // `admin --db CONN args...`: the JSON it printed; an empty document (and *ok false) on failure.
    QJsonDocument admin(const QStringList &args, bool *ok = nullptr, QString *err = nullptr);
    QJsonObject adminObject(const QStringList &args) { return admin(args).object(); }

    // `serve` on 127.0.0.1:port (0: any); false when it did not come up. With --tls-cert and
    // --tls-key in `extra` it serves https.
    bool start(quint16 port = 0, const QStringList &extra = {});
    // The address `serve` listens on (127.0.0.1 unless set; 0.0.0.0 lets another of this machine's
    // addresses reach it).
    void setListenHost(const QString &host) { m_listenHost = host; }
    void stop(); // SIGTERM, clean exit
    void kill(); // SIGKILL, the crash path
    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port); }
    QString log() const;

    Shop createShop(const QString &name);
    QString newCode(const Shop &shop, bool force = false, int ttlHours = 24);

    // What the cabinet holds for an organisation.
    qint64 documents(const QString &org);
    qint64 distinctDocuments(const QString &org);
    QSet<QString> documentUuids(const QString &org);

private:
    QString m_dir;
    QString m_conn;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QString m_listenHost = QStringLiteral("127.0.0.1");
};

} // namespace cloudtest
