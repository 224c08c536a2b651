#pragma once

// The till's client of ТС ПИоТ, the certified module between the till and Честный знак (reference
// §2.4): POST /api/v2/codes/check with the code in base64 and our program's client_info, one
// answer back. It lives on its own thread (PermitChecker owns it) and never takes longer than the
// deadline it is handed: no answer in time is an answer of its own ("no answer").

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

#include "app/marking/chzanswer.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace app {

struct TsPiotSettings
{
    QUrl url; // scheme://host:port of the check service, e.g. https://127.0.0.1:51401
    QString clientName = QStringLiteral("Prilavok");
    QString clientVersion;
    QString clientId;    // our program's id and token as registered with ЦРПТ
    QString clientToken; // secret: never logged
    int budgetMs = 1500; // ПП 1944: the till waits 1.5 s at most, measured from the scan
    // https: the module's certificate is verified against this CA file (PEM), or the system's CAs
    // when empty. Plain http:// is used only to this computer (demo mode, the tests).
    QString caFile;
    // The module's information API (GET /api/v1/info, "Check the connection") listens on its own
    // port, 51077 by default on a real module; 0: on the check address's port (our fake, demo mode).
    static constexpr int kDefaultInfoPort = 51077;
    int infoPort = kDefaultInfoPort;
};

struct TsPiotResult
{
    enum class Status {
        Answered,     // codesResponse[0] with code 0
        NoAnswer,     // timeout, refused connection, 5xx after a retry, 429 after a retry
        Emergency,    // a top-level errorCode (ГИС МТ emergency) or a non-zero request code
        Unauthorized, // 401/403: our client_info was refused
        Malformed,    // not the JSON we expect
        Untrusted,    // not sent, or hung up at the handshake: see `reason`
    };
    Status status = Status::NoAnswer;
    std::optional<ChzAnswer> answer;
    int httpStatus = 0;
    int attempts = 0;
    int elapsedMs = 0;
    QString detail;            // for the log; never holds the token
    QString reason;            // Untrusted: why, translated, for the cashier
    bool tokenRefused = false; // legacy: True API refused our token; online checks are stopped
};

class TsPiotClient final : public QObject
{
    Q_OBJECT

public:
    explicit TsPiotClient(const TsPiotSettings &settings, QObject *parent = nullptr);
    ~TsPiotClient() override;

    // The request body for one code (exposed for tests).
    static QByteArray requestBody(const TsPiotSettings &settings, const QByteArray &code);
    // Turns one HTTP exchange into a result; `retryable` tells whether another attempt may help.
    static TsPiotResult interpret(int httpStatus, const QByteArray &body, bool networkError, bool *retryable);
    // A 200 body as a JSON object; nullopt with *r marked Malformed (and why) when it is not one.
    static std::optional<QJsonObject> jsonBody(const QByteArray &body, TsPiotResult *r);

    // Why nothing may be sent to `settings.url` (translated), or empty: http:// to another
    // machine, or a CA file that holds no certificate.
    static QString transportRefusal(const TsPiotSettings &settings);

public Q_SLOTS:
    // `code` as scanned (GS = 0x1D). `deadline` is the end of the whole budget.
    void check(int requestId, const QByteArray &code, QDeadlineTimer deadline);

Q_SIGNALS:
    void answered(int requestId, const app::TsPiotResult &result);

private:
    void send(int requestId, const QByteArray &body, QDeadlineTimer deadline, int attempt,
              QElapsedTimer started);

    TsPiotSettings m_settings;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace app

Q_DECLARE_METATYPE(app::TsPiotResult)
