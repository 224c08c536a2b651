#include "app/marking/tspiotclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "app/cloud/cabinetaddress.h"
#include "app/cloud/tlstrust.h"
#include "app/core/tr.h"
#include "app/logging.h"

namespace app {

TsPiotClient::TsPiotClient(const TsPiotSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

TsPiotClient::~TsPiotClient() = default;

QString TsPiotClient::transportRefusal(const TsPiotSettings &s)
{
    // The code and our client token must not cross a network in clear (issue 18).
    if (cloud::isClearTextToAnotherHost(s.url))
        return Tr::tr("the TS PIoT address starts with http:// and is not this computer; the check would "
                      "travel unencrypted. Set its https:// address");
    if (s.url.scheme() == QLatin1String("https") && !cloud::tlsTrust(s.caFile).config)
        return Tr::tr("the CA file %1 for TS PIoT cannot be read or holds no certificate").arg(s.caFile);
    return {};
}

QByteArray TsPiotClient::requestBody(const TsPiotSettings &s, const QByteArray &code)
{
    const QJsonObject client{{QStringLiteral("name"), s.clientName},
                             {QStringLiteral("version"), s.clientVersion},
                             {QStringLiteral("id"), s.clientId},
                             {QStringLiteral("token"), s.clientToken}};
    const QJsonObject body{{QStringLiteral("codes"), QJsonArray{QString::fromLatin1(code.toBase64())}},
                           {QStringLiteral("client_info"), client}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> TsPiotClient::jsonBody(const QByteArray &body, TsPiotResult *r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    r->status = TsPiotResult::Status::Malformed;
    r->detail = QStringLiteral("malformed JSON: %1").arg(error.errorString());
    return std::nullopt;
}

TsPiotResult TsPiotClient::interpret(int httpStatus, const QByteArray &body, bool networkError,
                                     bool *retryable)
{
    TsPiotResult r;
    r.httpStatus = httpStatus;
    *retryable = false;
    if (httpStatus == 401 || httpStatus == 403) {
        r.status = TsPiotResult::Status::Unauthorized;
        r.detail = QStringLiteral("HTTP %1: client_info refused").arg(httpStatus);
        return r;
    }
    if (httpStatus == 429 || httpStatus >= 500) {
        // Rate-limited or the module's own trouble: one more try may land within the budget.
        r.status = TsPiotResult::Status::NoAnswer;
        r.detail = QStringLiteral("HTTP %1").arg(httpStatus);
        *retryable = true;
        return r;
    }
    if (networkError || httpStatus == 0) {
        r.status = TsPiotResult::Status::NoAnswer;
        r.detail = QStringLiteral("no answer");
        return r;
    }
    if (httpStatus != 200) {
        r.status = TsPiotResult::Status::NoAnswer;
        r.detail = QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(QString::fromUtf8(body.left(200)));
        return r;
    }
    const std::optional<QJsonObject> parsed = jsonBody(body, &r);
    if (!parsed)
        return r;
    const QJsonObject &o = *parsed;
    const QJsonArray responses = o.value(QLatin1String("codesResponse")).toArray();
    if (responses.isEmpty()) {
        // A top-level errorCode without codesResponse: the module reports an emergency or outage
        // [CASH8]; the sale goes ahead unchecked.
        if (o.contains(QLatin1String("errorCode"))) {
            r.status = TsPiotResult::Status::Emergency;
            r.detail = QStringLiteral("errorCode %1: %2")
                           .arg(o.value(QLatin1String("errorCode")).toInt())
                           .arg(o.value(QLatin1String("description")).toString());
        } else {
            r.status = TsPiotResult::Status::Malformed;
            r.detail = QStringLiteral("no codesResponse");
        }
        return r;
    }
    ChzAnswer answer = parseChzAnswer(responses.first().toObject());
    if (answer.code != 0) {
        r.status = TsPiotResult::Status::Emergency;
        r.detail = QStringLiteral("code %1: %2").arg(answer.code).arg(answer.description);
        return r;
    }
    if (answer.codes.isEmpty()) {
        r.status = TsPiotResult::Status::Malformed;
        r.detail = QStringLiteral("codesResponse without codes");
        return r;
    }
    r.status = TsPiotResult::Status::Answered;
    r.detail = QStringLiteral("reqId=%1").arg(answer.reqId);
    r.answer = std::move(answer);
    return r;
}

void TsPiotClient::check(int requestId, const QByteArray &code, QDeadlineTimer deadline)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this); // created on the client's own thread
    QElapsedTimer started;
    started.start();
    send(requestId, requestBody(m_settings, code), deadline, 1, started);
}

void TsPiotClient::send(int requestId, const QByteArray &body, QDeadlineTimer deadline, int attempt,
                        QElapsedTimer started)
{
    const qint64 left = deadline.remainingTime();
    if (left <= 0) {
        TsPiotResult r;
        r.attempts = attempt - 1;
        r.elapsedMs = int(started.elapsed());
        r.detail = QStringLiteral("budget spent");
        Q_EMIT answered(requestId, r);
        return;
    }
    if (const QString refusal = transportRefusal(m_settings); !refusal.isEmpty()) {
        TsPiotResult r;
        r.status = TsPiotResult::Status::Untrusted;
        r.reason = refusal;
        r.detail = QStringLiteral("not sent: the address or the CA file is refused");
        r.elapsedMs = int(started.elapsed());
        Q_EMIT answered(requestId, r);
        return;
    }
    QUrl url = m_settings.url;
    url.setPath(QStringLiteral("/api/v2/codes/check"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*cloud::tlsTrust(m_settings.caFile).config);
    request.setTransferTimeout(int(left));
    QNetworkReply *reply = m_nam->post(request, body);
    // The transfer timeout restarts on every byte; the deadline does not.
    auto *guard = new QTimer(reply);
    guard->setSingleShot(true);
    connect(guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard->start(int(left));
    // Qt refuses a certificate it cannot verify by itself; this keeps the why in words.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty(
            "untrusted",
            Tr::tr("the TS PIoT certificate is not trusted: %1").arg(cloud::certificateReasons(errors)));
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool networkError = reply->error() != QNetworkReply::NoError && status == 0;
        bool retryable = false;
        TsPiotResult r = interpret(status, reply->readAll(), networkError, &retryable);
        r.attempts = attempt;
        if (const QString why = reply->property("untrusted").toString(); !why.isEmpty()) {
            r.status = TsPiotResult::Status::Untrusted;
            r.reason = why;
            retryable = false;
        }
        if (retryable && attempt < 2 && !deadline.hasExpired()) {
            qCInfo(lcApp) << "ТС ПИоТ:" << r.detail << "- trying once more";
            send(requestId, body, deadline, attempt + 1, started);
            return;
        }
        r.elapsedMs = int(started.elapsed());
        if (networkError)
            r.detail = QStringLiteral("%1 (%2)").arg(r.detail, reply->errorString());
        Q_EMIT answered(requestId, r);
    });
}

} // namespace app
