#pragma once

// The wire under the sync engine: one request at a time to the cabinet, with the device token, a
// gzipped body above 1 KB, the request timeout, and the answer read into a plain value (HTTP status,
// JSON, the error's code and message, the server's Retry-After). Lives on the engine's thread.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

#include "app/cloud/cloudtypes.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace app::cloud {

struct Answer
{
    int http = 0; // 0: no HTTP answer (refused, reset, timeout)
    QString networkError;
    QJsonObject json;
    QByteArray body; // as it came, for a reader stricter or more forgiving than the JSON above
    QString code;    // error.code
    QString message; // error.message
    QString fault;   // translated: the till itself refused (an http:// address, an untrusted certificate)
    qint64 retryAfterMs = 0;
    QDateTime sentAt; // UTC, for the clock skew
};

class CloudHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudHttp)

public:
    using Handler = std::function<void(const Answer &)>;

    CloudHttp(const SyncSettings &settings, QObject *parent = nullptr);
    ~CloudHttp() override;

    // `url` is the cabinet's address plus the path; `token` empty: no Authorization header.
    void call(const QByteArray &method, const QString &url, const QByteArray &body, const QString &token,
              Handler done);
    // The translated one-line reason for a failed answer, as the status shows it.
    static QString describe(const Answer &a);

private:
    QNetworkReply *send(const QByteArray &method, const QString &url, const QByteArray &body,
                        const QString &token);

    const SyncSettings &m_settings;
    QNetworkAccessManager *m_net = nullptr;
    QPointer<QNetworkReply> m_inFlight;
};

} // namespace app::cloud
