#include "app/marking/legacyclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include "app/logging.h"

namespace app {

namespace {

constexpr int HealthTimeoutMs = 2000; // cdnHealthCheckTimeout of ТС ПИоТ's settings (reference §2.4)

bool hasAnswer(const std::optional<TsPiotResult> &r)
{
    return r && r->status == TsPiotResult::Status::Answered;
}

// An ЛМ answer that refuses by itself: it wins the race at once [SPEC-LM].
bool lmRefuses(const std::optional<TsPiotResult> &r)
{
    if (!hasAnswer(r))
        return false;
    const ChzCodeFacts &f = r->answer->codes.first();
    return f.sold.value_or(false) || f.isBlocked.value_or(false);
}

TsPiotResult noAnswer(const QString &detail)
{
    TsPiotResult r;
    r.detail = detail;
    return r;
}

} // namespace

LegacyClient::LegacyClient(const LegacySettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_clock.start();
}

LegacyClient::~LegacyClient() = default;

QString LegacyClient::identityOf(const QByteArray &code)
{
    const int gs = code.indexOf('\x1d');
    if (gs >= 0)
        return QString::fromUtf8(code.left(gs));
    // A tobacco pack's code has no GS: the КИ is its first 21 characters (reference §2.2).
    return QString::fromUtf8(code.size() > 21 && !code.startsWith("01") ? code.left(21) : code);
}

TsPiotResult LegacyClient::interpretOnline(int httpStatus, const QByteArray &body, bool networkError,
                                           bool *siteFailed)
{
    TsPiotResult r;
    r.httpStatus = httpStatus;
    *siteFailed = false;
    if (networkError || httpStatus == 0 || httpStatus == 429 || httpStatus >= 500) {
        // Down, slow or rate-limited: this site is set aside and the next one tried (§1.5).
        *siteFailed = true;
        r.detail = httpStatus ? QStringLiteral("HTTP %1").arg(httpStatus) : QStringLiteral("no answer");
        return r;
    }
    if (httpStatus == 401 || httpStatus == 403) {
        r.status = TsPiotResult::Status::Unauthorized;
        r.detail = QStringLiteral("HTTP %1: X-API-KEY refused").arg(httpStatus);
        return r;
    }
    if (httpStatus == 203 || httpStatus == 418) {
        r.status = TsPiotResult::Status::Emergency; // ГИС МТ's emergency (§1.5)
        r.detail = QStringLiteral("HTTP %1: emergency").arg(httpStatus);
        return r;
    }
    if (httpStatus != 200) {
        r.detail = QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(QString::fromUtf8(body.left(200)));
        return r;
    }
    const std::optional<QJsonObject> parsed = TsPiotClient::jsonBody(body, &r);
    if (!parsed)
        return r;
    ChzAnswer answer = parseChzAnswer(*parsed);
    if (answer.code != 0 || answer.codes.isEmpty()) {
        // A request-level error: not a ban; the ЛМ may still answer (§1.5).
        r.detail = QStringLiteral("code %1: %2").arg(answer.code).arg(answer.description);
        return r;
    }
    r.status = TsPiotResult::Status::Answered;
    r.detail = QStringLiteral("reqId=%1").arg(answer.reqId);
    r.answer = std::move(answer);
    return r;
}

QNetworkAccessManager *LegacyClient::nam()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this); // created on the client's own thread
    return m_nam;
}

QNetworkReply *LegacyClient::send(QNetworkRequest request, const QByteArray *body, qint64 timeoutMs)
{
    timeoutMs = std::max<qint64>(timeoutMs, 1);
    request.setTransferTimeout(int(timeoutMs));
    QNetworkReply *reply = body ? nam()->post(request, *body) : nam()->get(request);
    // The transfer timeout restarts on every byte; this one does not.
    auto *guard = new QTimer(reply);
    guard->setSingleShot(true);
    connect(guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard->start(int(timeoutMs));
    return reply;
}

void LegacyClient::check(int requestId, const QByteArray &code, QDeadlineTimer deadline)
{
    Pending p;
    p.code = code;
    p.deadline = deadline;
    p.started.start();
    m_pending.insert(requestId, p);
    QTimer::singleShot(std::max<qint64>(deadline.remainingTime(), 0), this, [this, requestId] {
        if (m_pending.contains(requestId))
            settle(requestId, true);
    });
    askLm(requestId);
    if (m_sites.needsRefresh(m_clock.elapsed()) && !m_discovering)
        refresh();
    if (m_tokenRefused) {
        Pending &stopped = m_pending[requestId];
        stopped.onlineDone = true;
        stopped.online = noAnswer(QStringLiteral("online checks stopped: X-API-KEY refused"));
        return settle(requestId);
    }
    if (m_discovering && !m_siteKnown)
        m_waiting.append(requestId);
    else
        askSite(requestId);
}

void LegacyClient::askSite(int requestId, bool sameSiteAgain)
{
    Pending &p = m_pending[requestId];
    const std::optional<QUrl> site =
        sameSiteAgain ? std::optional<QUrl>(p.tried.last()) : m_sites.best(m_clock.elapsed(), p.tried);
    if (!site || p.deadline.hasExpired()) {
        p.onlineDone = true;
        if (!p.online)
            p.online = noAnswer(m_sites.isEmpty() ? QStringLiteral("no check site known")
                                                  : QStringLiteral("no site left"));
        settle(requestId);
        return;
    }
    if (!sameSiteAgain)
        p.tried.append(*site);
    ++p.attempts;
    QNetworkRequest request(site->resolved(QUrl(QStringLiteral("/api/v4/true-api/codes/check"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-API-KEY", m_settings.apiKey.toUtf8());
    QJsonObject body{{QStringLiteral("codes"), QJsonArray{QString::fromUtf8(p.code)}}};
    if (!m_settings.fnSerial.isEmpty())
        body.insert(QStringLiteral("fiscalDriveNumber"), m_settings.fnSerial);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = send(request, &bytes, p.deadline.remainingTime());
    connect(reply, &QNetworkReply::finished, this,
            [this, requestId, site = *site, reply] { onSiteReply(requestId, site, reply); });
}

void LegacyClient::onSiteReply(int requestId, const QUrl &site, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool networkError = reply->error() != QNetworkReply::NoError && status == 0;
    bool siteFailed = false;
    TsPiotResult r = interpretOnline(status, reply->readAll(), networkError, &siteFailed);
    const auto it = m_pending.find(requestId);
    if (siteFailed) {
        // Rate-limited: once more on the same site, then it is set aside like a site that is down.
        if (status == 429 && it != m_pending.end() && !it->retried.contains(site)) {
            it->retried.append(site);
            askSite(requestId, true);
            return;
        }
        qCInfo(lcApp) << "Честный знак site" << site.toString() << "set aside:" << r.detail;
        m_sites.penalise(site, m_clock.elapsed());
    }
    if (r.status == TsPiotResult::Status::Unauthorized && !m_tokenRefused) {
        qCWarning(lcApp) << "Честный знак refused the token: online checks stop until the next discovery";
        m_tokenRefused = true;
    }
    if (it == m_pending.end())
        return; // the budget ran out before this answer
    it->online = r;
    if (siteFailed) {
        askSite(requestId);
        return;
    }
    it->onlineDone = true;
    settle(requestId);
}

void LegacyClient::askLm(int requestId)
{
    Pending &p = m_pending[requestId];
    if (!m_settings.lmUrl.isValid() || m_settings.lmUrl.isEmpty()) {
        p.lmDone = true;
        return;
    }
    QUrl url = m_settings.lmUrl.resolved(QUrl(QStringLiteral("/api/v1/cis/outCheck")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cis"), QString::fromUtf8(QUrl::toPercentEncoding(identityOf(p.code))));
    url.setQuery(query);
    QNetworkRequest request(url);
    const QByteArray auth = (m_settings.lmLogin + QLatin1Char(':') + m_settings.lmPassword).toUtf8();
    request.setRawHeader("Authorization", "Basic " + auth.toBase64());
    request.setRawHeader("X-ClientId", m_settings.fnSerial.toUtf8());
    QNetworkReply *reply = send(request, nullptr, p.deadline.remainingTime());
    connect(reply, &QNetworkReply::finished, this, [this, requestId, reply] { onLmReply(requestId, reply); });
}

void LegacyClient::onLmReply(int requestId, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    TsPiotResult r;
    r.httpStatus = status;
    ChzAnswer answer = parseChzAnswer(o);
    if (status == 200 && answer.code == 0 && !answer.codes.isEmpty()) {
        answer.checkedOffline = true; // the reduced field set: only sold, blocked and prices decide
        r.status = TsPiotResult::Status::Answered;
        r.detail = QStringLiteral("ЛМ reqId=%1").arg(answer.reqId);
        r.answer = std::move(answer);
    } else {
        // 4045 not ready, 4050 no sync for 72 h, down, or refused: no ЛМ answer (§2.3).
        r.detail =
            QStringLiteral("ЛМ: HTTP %1, code %2").arg(status).arg(o.value(QLatin1String("code")).toInt());
    }
    it->lm = r;
    it->lmDone = true;
    settle(requestId);
}

void LegacyClient::settle(int requestId, bool deadlinePassed)
{
    const Pending &p = m_pending[requestId];
    if (lmRefuses(p.lm))
        return finish(requestId, *p.lm);
    // The online answer decides, once the ЛМ had its chance to say sold or blocked (it is local).
    if (p.onlineDone && hasAnswer(p.online) && (p.lmDone || deadlinePassed))
        return finish(requestId, *p.online);
    if (!deadlinePassed && !(p.onlineDone && p.lmDone))
        return; // one side may still answer in time
    if (hasAnswer(p.lm))
        return finish(requestId, *p.lm);
    TsPiotResult r = p.online ? *p.online : noAnswer(QStringLiteral("budget spent"));
    if (p.lm)
        r.detail += QStringLiteral("; ") + p.lm->detail;
    finish(requestId, r);
}

void LegacyClient::finish(int requestId, TsPiotResult result)
{
    const Pending p = m_pending.take(requestId);
    result.attempts = p.attempts;
    result.tokenRefused = m_tokenRefused;
    result.elapsedMs = int(p.started.elapsed());
    Q_EMIT answered(requestId, result);
}

void LegacyClient::refresh()
{
    m_discovering = true;
    m_siteKnown = !m_sites.isEmpty();
    m_tokenRefused = false; // the administrator may have put a new token in since
    QNetworkRequest request(m_settings.cdnUrl.resolved(QUrl(QStringLiteral("/api/v4/true-api/cdn/info"))));
    request.setRawHeader("X-API-KEY", m_settings.apiKey.toUtf8());
    QNetworkReply *reply = send(request, nullptr, HealthTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QList<QUrl> hosts;
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (o.value(QLatin1String("code")).toInt(-1) == 0)
            for (const QJsonValue &h : o.value(QLatin1String("hosts")).toArray())
                hosts.append(QUrl(h.toObject().value(QLatin1String("host")).toString()));
        if (!hosts.isEmpty())
            m_sites.setHosts(hosts, m_clock.elapsed());
        m_healthLeft = std::max(int(hosts.size()), 1);
        if (hosts.isEmpty()) {
            qCWarning(lcApp) << "Честный знак cdn/info gave no sites:" << reply->errorString();
            healthDone(false); // ends the discovery
        }
        for (const QUrl &h : hosts)
            healthCheck(h);
    });
}

void LegacyClient::healthCheck(const QUrl &site)
{
    QNetworkRequest request(site.resolved(QUrl(QStringLiteral("/api/v4/true-api/cdn/health/check"))));
    request.setRawHeader("X-API-KEY", m_settings.apiKey.toUtf8());
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = send(request, nullptr, HealthTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, site, t] {
        reply->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        const bool ok =
            reply->error() == QNetworkReply::NoError && o.value(QLatin1String("code")).toInt(-1) == 0;
        m_sites.setHealth(site, ok ? std::optional<int>(int(t.elapsed())) : std::nullopt, m_clock.elapsed());
        healthDone(ok);
    });
}

void LegacyClient::healthDone(bool healthy)
{
    m_siteKnown = m_siteKnown || healthy;
    if (--m_healthLeft <= 0) {
        m_discovering = false;
        Q_EMIT refreshed(m_sites.size());
    }
    // The first healthy site to answer is the fastest: the waiting scans need not wait for the rest.
    if (!healthy && m_discovering)
        return;
    for (const int id : std::exchange(m_waiting, {}))
        if (m_pending.contains(id))
            askSite(id);
}

} // namespace app
