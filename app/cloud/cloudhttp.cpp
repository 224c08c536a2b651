#include "app/cloud/cloudhttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <zlib.h>

#include "app/cloud/cabinetaddress.h"
#include "app/cloud/tlstrust.h"
#include "app/core/tr.h"
#include "app/version.h"

// Per-request timings, off unless QT_LOGGING_RULES="pos.cloud.raw.debug=true".
Q_LOGGING_CATEGORY(lcCloudRaw, "pos.cloud.raw", QtInfoMsg)

namespace app::cloud {

namespace {

const char kTlsRefusal[] = "prilavok.tlsRefusal";

QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    // 15 + 16: a gzip wrapper rather than zlib's; level 1 because the wire is rarely the bottleneck.
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

Answer readAnswer(QNetworkReply *reply)
{
    Answer a;
    a.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    if (a.http == 0)
        a.networkError = reply->errorString();
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        const QString refusal = reply->property(kTlsRefusal).toString();
        a.fault = refusal.isEmpty() ? certificateRefusal({}) : refusal;
    }
    a.json = QJsonDocument::fromJson(a.body).object();
    const QJsonObject err = a.json.value(QLatin1String("error")).toObject();
    a.code = err.value(QLatin1String("code")).toString();
    a.message = err.value(QLatin1String("message")).toString();
    // retry_after_ms is the precise hint; Retry-After (whole seconds, rounded up) is the fallback.
    if (err.contains(QLatin1String("retry_after_ms")))
        a.retryAfterMs = err.value(QLatin1String("retry_after_ms")).toInteger();
    else if (const QByteArray ra = reply->rawHeader("Retry-After"); !ra.isEmpty())
        a.retryAfterMs = ra.trimmed().toLongLong() * 1000;
    return a;
}

} // namespace

CloudHttp::CloudHttp(const SyncSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_net(new QNetworkAccessManager(this))
{}

CloudHttp::~CloudHttp()
{
    if (m_inFlight) {
        m_inFlight->disconnect(this); // no handler may run on a half-destroyed engine
        m_inFlight->abort();
    }
}

QNetworkReply *CloudHttp::send(const QByteArray &method, const QString &url, const QByteArray &body,
                               const QString &token)
{
    QNetworkRequest req{QUrl(url)};
    req.setTransferTimeout(m_settings.requestTimeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("prilavok/" PRILAVOK_VERSION));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QByteArray payload = body;
    if (!body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (m_settings.gzipRequests && body.size() > 1024) {
            if (QByteArray z = gzip(body); !z.isEmpty()) {
                payload = std::move(z);
                req.setRawHeader("Content-Encoding", "gzip");
            }
        }
    }
    if (req.url().scheme() == QLatin1String("https"))
        req.setSslConfiguration(*tlsTrust(m_settings.caFile).config);
    if (m_settings.decorateRequest)
        m_settings.decorateRequest(req);
    if (method == "GET")
        return m_net->get(req);
    return m_net->sendCustomRequest(req, method, payload);
}

void CloudHttp::call(const QByteArray &method, const QString &url, const QByteArray &body,
                     const QString &token, Handler done)
{
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    // Nothing goes out in clear to another machine, nor over https the till cannot verify.
    QString refusal = refusalOf(QUrl(url), m_settings.allowInsecure);
    if (refusal.isEmpty() && QUrl(url).scheme() == QLatin1String("https"))
        refusal = tlsTrust(m_settings.caFile).problem;
    if (!refusal.isEmpty()) {
        Answer a;
        a.fault = refusal;
        a.networkError = refusal;
        a.sentAt = sentAt;
        QTimer::singleShot(0, this, [a, done = std::move(done)] { done(a); });
        return;
    }
    QNetworkReply *reply = send(method, url, body, token);
    m_inFlight = reply;
    // The verdict on the certificate, in words, for the answer (the reply only says "handshake failed").
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty(kTlsRefusal, certificateRefusal(errors));
    });
    QElapsedTimer wire;
    wire.start();
    connect(reply, &QNetworkReply::finished, this, [reply, sentAt, wire, url, done = std::move(done)] {
        reply->deleteLater();
        qCDebug(lcCloudRaw) << QUrl(url).path().left(24) << "answered in" << wire.elapsed() << "ms, server"
                            << reply->rawHeader("Server-Timing");
        Answer a = readAnswer(reply);
        a.sentAt = sentAt;
        done(a);
    });
}

QString CloudHttp::describe(const Answer &a)
{
    if (!a.fault.isEmpty())
        return a.fault;
    if (a.http == 0)
        return Tr::tr("The cabinet cannot be reached: %1").arg(a.networkError);
    if (a.http == 429)
        return Tr::tr("The cabinet asks to slow down; retrying in %n second(s).", nullptr,
                      int((a.retryAfterMs + 999) / 1000));
    if (a.http >= 500)
        return Tr::tr("The cabinet has a temporary problem (HTTP %1); retrying.").arg(a.http);
    if (a.http == 403)
        return Tr::tr("The cabinet refused access to this data (HTTP 403).");
    return Tr::tr("The cabinet answered HTTP %1: %2")
        .arg(a.http)
        .arg(a.message.isEmpty() ? a.code : a.message);
}

} // namespace app::cloud
