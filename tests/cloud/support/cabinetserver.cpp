#include "cabinetserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QUrl>

namespace cloudtest {

QString cabinetBinary()
{
    const QString env = qEnvironmentVariable("PRILAVOK_CABINET_BIN");
    return env.isEmpty() ? QStringLiteral(PRILAVOK_CABINET_BIN) : env;
}

CabinetServer::CabinetServer(const QString &dir, const QString &conn)
    : m_dir(dir)
    , m_conn(conn.isEmpty() ? QStringLiteral("sqlite:") + dir + QStringLiteral("/cabinet.db") : conn)
{}

CabinetServer::~CabinetServer()
{
    stop();
}

QJsonDocument CabinetServer::admin(const QStringList &args, bool *ok, QString *err)
{
    QProcess p;
    p.start(cabinetBinary(), QStringList{QStringLiteral("admin"), QStringLiteral("--db"), m_conn} + args);
    const bool finished = p.waitForFinished(120'000);
    const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = good;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    if (!good)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput().trimmed());
}

bool CabinetServer::start(quint16 port, const QStringList &extra)
{
    stop();
    m_server = std::make_unique<QProcess>();
    m_server->setStandardErrorFile(m_dir + QStringLiteral("/server.log"), QIODevice::Append);
    m_server->start(cabinetBinary(),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_conn,
                                QStringLiteral("--listen"),
                                QStringLiteral("%1:%2").arg(m_listenHost).arg(port),
                                QStringLiteral("--enable-fault-injection"),
                                QStringLiteral("--activation-interval-ms"), QStringLiteral("0")} +
                        extra);
    const QByteArray prefix = "listening ";
    QDeadlineTimer deadline(30'000);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (!m_server->canReadLine() && !m_server->waitForReadyRead(int(deadline.remainingTime())))
            break;
        if (!m_server->canReadLine())
            continue;
        line = m_server->readLine().trimmed();
        if (line.startsWith(prefix)) { // "listening https://127.0.0.1:PORT"
            const QUrl url(QString::fromLatin1(line.mid(prefix.size())));
            m_scheme = url.scheme();
            m_port = quint16(url.port());
            return m_port != 0;
        }
    }
    m_server->kill();
    m_server->waitForFinished();
    m_server.reset();
    return false;
}

void CabinetServer::stop()
{
    if (!m_server)
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(15'000)) {
        m_server->kill();
        m_server->waitForFinished();
    }
    m_server.reset();
}

void CabinetServer::kill()
{
    if (!m_server)
        return;
    m_server->kill();
    m_server->waitForFinished();
    m_server.reset();
}

QString CabinetServer::log() const
{
    QFile f(m_dir + QStringLiteral("/server.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

Shop CabinetServer::createShop(const QString &name)
{
    Shop s;
    s.org = adminObject(
                {QStringLiteral("create-org"), name, QStringLiteral("--inn"), QStringLiteral("7701234567")})
                .value(QLatin1String("organization_id"))
                .toString();
    s.pos = adminObject({QStringLiteral("create-pos"), QStringLiteral("--org"), s.org,
                         name + QStringLiteral(" main")})
                .value(QLatin1String("point_of_sale_id"))
                .toString();
    const QJsonObject wp = adminObject({QStringLiteral("create-workplace"), QStringLiteral("--org"), s.org,
                                        QStringLiteral("--pos"), s.pos, QStringLiteral("Till 1")});
    s.workplace = wp.value(QLatin1String("workplace_id")).toString();
    s.code = wp.value(QLatin1String("activation_code")).toString();
    return s;
}

QString CabinetServer::newCode(const Shop &shop, bool force, int ttlHours)
{
    QStringList args{QStringLiteral("new-code"),    QStringLiteral("--org"), shop.org,
                     QStringLiteral("--workplace"), shop.workplace,          QStringLiteral("--ttl-hours"),
                     QString::number(ttlHours)};
    if (force)
        args << QStringLiteral("--force");
    return adminObject(args).value(QLatin1String("activation_code")).toString();
}

qint64 CabinetServer::documents(const QString &org)
{
    return adminObject({QStringLiteral("stats"), QStringLiteral("--org"), org})
        .value(QLatin1String("documents"))
        .toInteger(-1);
}

qint64 CabinetServer::distinctDocuments(const QString &org)
{
    return adminObject({QStringLiteral("stats"), QStringLiteral("--org"), org})
        .value(QLatin1String("distinct_documents"))
        .toInteger(-1);
}

QSet<QString> CabinetServer::documentUuids(const QString &org)
{
    QSet<QString> out;
    const QJsonDocument d =
        admin({QStringLiteral("list"), QStringLiteral("documents"), QStringLiteral("--org"), org});
    const QJsonArray rows = d.isArray() ? d.array() : d.object().value(QLatin1String("documents")).toArray();
    for (const QJsonValue &r : rows)
        out.insert(r.toObject().value(QLatin1String("uuid")).toString());
    return out;
}

} // namespace cloudtest
