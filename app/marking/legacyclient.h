#pragma once

// The till's client of the legacy permissive-mode path (reference §1, §2, §5.1), for shops not yet
// on ТС ПИоТ: Честный знак's True API with CDN discovery (cdn/info, a health check per site, the
// fastest site first, a failed one set aside for 15 minutes), asked in parallel with the shop's
// local module ЛМ ЧЗ, both within the one budget of 1.5 s from the scan. The answers combine so:
// an ЛМ "sold" or "blocked" wins at once; otherwise the online answer if it comes in time, else
// the ЛМ's (with its reduced field set and its Inst/Ver for tag 1265), else no answer. Same
// threading and the same result type as TsPiotClient: PermitChecker owns it on its thread.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

#include "app/marking/cdnsites.h"
#include "app/marking/tspiotclient.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace app {

struct LegacySettings
{
    QUrl cdnUrl; // the directory: https://cdn.crpt.ru (test contour: markirovka.sandbox.crptech.ru)
    QString apiKey; // "Токен для работы с Честным Знаком" (X-API-KEY); secret: never logged
    QUrl lmUrl;                  // the local module, e.g. http://localhost:5995; empty: no ЛМ
    QString lmLogin, lmPassword; // secret: never logged
    QString fnSerial;            // fiscalDriveNumber online, X-ClientId for the ЛМ
    int budgetMs = 1500;
    int lmRetryMs = 10000; // how often the /cis/sell outbox tries again while the ЛМ is away
};

class LegacyClient final : public QObject
{
    Q_OBJECT

public:
    explicit LegacyClient(const LegacySettings &settings, QObject *parent = nullptr);
    ~LegacyClient() override;

    // The КИ the ЛМ is asked about: the code before its first GS; a tobacco pack's first 21.
    static QString identityOf(const QByteArray &code);
    // One codes/check exchange; `siteFailed` when the next site should be tried.
    static TsPiotResult interpretOnline(int httpStatus, const QByteArray &body, bool networkError,
                                        bool *siteFailed);

public Q_SLOTS:
    void check(int requestId, const QByteArray &code, QDeadlineTimer deadline);
    // CDN discovery and health checks; runs by itself on the first check and every 6 hours.
    void refresh();

Q_SIGNALS:
    void answered(int requestId, const app::TsPiotResult &result);
    void refreshed(int sites);

private:
    struct Pending
    {
        QByteArray code;
        QDeadlineTimer deadline;
        QElapsedTimer started;
        QList<QUrl> tried;
        QList<QUrl> retried; // after a 429, once each
        int attempts = 0;
        bool onlineDone = false, lmDone = false;
        std::optional<TsPiotResult> online, lm;
    };
    QNetworkAccessManager *nam();
    QNetworkReply *send(QNetworkRequest request, const QByteArray *body, qint64 timeoutMs);
    void askSite(int requestId, bool sameSiteAgain = false);
    void onSiteReply(int requestId, const QUrl &site, QNetworkReply *reply);
    void askLm(int requestId);
    void onLmReply(int requestId, QNetworkReply *reply);
    void healthCheck(const QUrl &site);
    void healthDone(bool healthy);
    void settle(int requestId, bool deadlinePassed = false);
    void finish(int requestId, TsPiotResult result);

    LegacySettings m_settings;
    QNetworkAccessManager *m_nam = nullptr;
    CdnSites m_sites;
    QElapsedTimer m_clock;
    int m_healthLeft = 0; // health checks still out in this refresh
    bool m_discovering = false;
    bool m_siteKnown = false; // a site answered its health check: scans need not wait
    // True API answered 401/403: the token is the same on every site, so asking again only spends the
    // budget. The ЛМ alone answers until the next discovery (6 h) or new settings (reference §1.5).
    bool m_tokenRefused = false;
    QList<int> m_waiting; // scans waiting for discovery to name a site
    QHash<int, Pending> m_pending;
};

} // namespace app
