#include "app/marking/tspiotprobe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include "app/cloud/tlstrust.h"
#include "app/core/tr.h"
#include "app/logging.h"

namespace app {

TsPiotProbe::TsPiotProbe(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{}

TsPiotProbe::~TsPiotProbe()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void TsPiotProbe::check(const TsPiotSettings &settings)
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    const QString refusal = TsPiotClient::transportRefusal(settings);
    if (!settings.url.isValid() || settings.url.host().isEmpty() || !refusal.isEmpty()) {
        const QString why = refusal.isEmpty() ? Tr::tr("enter the TS PIoT address first") : refusal;
        QMetaObject::invokeMethod(
            this, [this, why] { Q_EMIT finished(false, Tr::tr("Cannot check: %1.").arg(why)); },
            Qt::QueuedConnection);
        return;
    }
    QUrl url = settings.url;
    url.setPath(QStringLiteral("/api/v1/info"));
    if (settings.infoPort > 0)
        url.setPort(settings.infoPort);
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*cloud::tlsTrust(settings.caFile).config);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    auto *guard = new QTimer(reply);
    guard->setSingleShot(true);
    connect(guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard->start(kTimeoutMs);
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty(
            "untrusted",
            Tr::tr("the TS PIoT certificate is not trusted: %1").arg(cloud::certificateReasons(errors)));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { done(reply); });
}

void TsPiotProbe::done(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().authority();
    if (const QString why = reply->property("untrusted").toString(); !why.isEmpty()) {
        Q_EMIT finished(false, Tr::tr("No connection with TS PIoT at %1: %2.").arg(host, why));
        return;
    }
    if (status == 0) {
        qCInfo(lcApp) << "ТС ПИоТ probe:" << reply->errorString();
        Q_EMIT finished(false,
                        Tr::tr("No answer from TS PIoT at %1 within %2 s: is the module running, and are "
                               "the address and the information port right?")
                            .arg(host)
                            .arg(kTimeoutMs / 1000));
        return;
    }
    if (status != 200) {
        Q_EMIT finished(false, Tr::tr("TS PIoT at %1 answered with HTTP error %2.").arg(host).arg(status));
        return;
    }
    bool ok = false;
    const QString text = describeInfo(reply->readAll(), &ok);
    Q_EMIT finished(ok, text);
}

QString TsPiotProbe::describeInfo(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    if (!*ok)
        return Tr::tr("TS PIoT answered, but not with the information the till expects.");
    const QJsonObject o = doc.object();
    const QString id = o.value(QLatin1String("tspiotId")).toVariant().toString();
    QString text = Tr::tr("TS PIoT answers: module %1.").arg(id.isEmpty() ? QStringLiteral("?") : id);
    if (const int timeout = o.value(QLatin1String("codesCheckTimeout")).toInt(); timeout > 0)
        text += QLatin1Char(' ') + Tr::tr("Its check time: %1 ms.").arg(timeout);
    const QJsonObject lm = o.value(QLatin1String("lm")).toObject();
    if (const QString state = lm.value(QLatin1String("status")).toString(); !state.isEmpty())
        text += QLatin1Char(' ') + (state == QLatin1String("ready")
                                        ? Tr::tr("The local module (LM ChZ) is ready.")
                                        : Tr::tr("The local module (LM ChZ) is not ready: %1.").arg(state));
    return text;
}

} // namespace app
