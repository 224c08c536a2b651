#pragma once

// "Check the connection" of the marking settings page: one GET /api/v1/info to ТС ПИоТ (reference
// §2.4, its information call on the module's information port: the module's id, its check timeout,
// the ЛМ ЧЗ state), with the same host and certificate rules as the checks of codes. Asynchronous on the
// caller's event loop: the answer comes through finished(), never later than kTimeoutMs.

#include <QObject>
#include <QPointer>

#include "app/marking/tspiotclient.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace app {

class TsPiotProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TsPiotProbe)

public:
    static constexpr int kTimeoutMs = 5000;

    explicit TsPiotProbe(QObject *parent = nullptr);
    ~TsPiotProbe() override;

    // Returns at once; a check still running is dropped.
    void check(const TsPiotSettings &settings);
    bool isRunning() const { return !m_reply.isNull(); }

    // What the info call's answer says, in words (exposed for tests).
    static QString describeInfo(const QByteArray &body, bool *ok);

Q_SIGNALS:
    // `text` is translated: what the module said, or why there was no answer.
    void finished(bool ok, const QString &text);

private:
    void done(QNetworkReply *reply);

    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace app
