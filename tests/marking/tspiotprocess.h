#pragma once

// A permissive-mode fake as a real process on loopback (prilavok-tspiot-emulator, or
// prilavok-chz-emulator for the legacy path), started and driven over HTTP by the tests: scenarios
// per code, fault switches, and the requests it recorded.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class TsPiotProcess
{
public:
    ~TsPiotProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &args = {},
               const QString &program = QStringLiteral(PRILAVOK_TSPIOT_EMULATOR))
    {
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (m_process.canReadLine() || m_process.waitForReadyRead(10000)) {
            if (!m_process.canReadLine())
                continue;
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("info ")) // --info-listen: the information API's own port
                m_infoPort = line.mid(5).toInt();
            if (line.startsWith("listening ")) {
                m_port = line.mid(10).toInt();
                return m_port > 0;
            }
        }
        return false;
    }

    // A fake started with --tls-cert/--tls-key serves https: its control API is reached trusting `caFile`.
    void useTls(const QString &caFile) { m_caFile = caFile; }
    int infoPort() const { return m_infoPort; }
    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                        .arg(m_caFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
                        .arg(m_port));
    }

    bool code(const QString &identity, const QString &fixture, const QJsonObject &fields = {})
    {
        return post(QStringLiteral("/_ctl/code"), {{QStringLiteral("identity"), identity},
                                                   {QStringLiteral("fixture"), fixture},
                                                   {QStringLiteral("fields"), fields}});
    }
    bool fault(const QJsonObject &fault) { return post(QStringLiteral("/_ctl/fault"), fault); }
    bool reset() { return post(QStringLiteral("/_ctl/reset"), {}); }

    QJsonArray requests() { return get(QStringLiteral("/_ctl/requests")).array(); }
    QJsonDocument get(const QString &path)
    {
        QNetworkRequest r = request(path);
        QNetworkReply *reply = m_nam.get(r);
        return QJsonDocument::fromJson(wait(reply));
    }
    bool post(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
        wait(reply);
        return reply->property("status").toInt() == 200;
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest r(url().resolved(QUrl(path)));
        if (!m_caFile.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(QSslCertificate::fromPath(m_caFile));
            r.setSslConfiguration(tls);
        }
        return r;
    }

    QByteArray wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        reply->setProperty("status", reply->attribute(QNetworkRequest::HttpStatusCodeAttribute));
        reply->deleteLater();
        return reply->readAll();
    }

    QProcess m_process;
    QNetworkAccessManager m_nam;
    int m_port = 0;
    int m_infoPort = 0;
    QString m_caFile;
};
