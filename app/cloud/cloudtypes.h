#pragma once

// Plain values shared by the sync engine, its GUI-thread facade and the status badge. Copied across
// threads through queued signals.

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <functional>

class QNetworkRequest;

namespace app::cloud {

struct SyncSettings
{
    int intervalMs = 60'000;       // periodic sync; the cabinet may override it (sync_interval_s)
    int batchSize = 200;           // documents per push, at most 500 (server limit)
    int pullLimit = 1000;          // changes per page, at most 5000
    int requestTimeoutMs = 30'000; // no answer within this: unknown outcome, retry the same uuids
    int backoffBaseMs = 1'000;     // full jitter: random(0, min(cap, base * 2^failures))
    int backoffCapMs = 300'000;    // 5 min
    qint64 skewWarnMs = 120'000;   // clock skew worth a warning in the status
    bool gzipRequests = true;      // Content-Encoding: gzip above 1 KB
    QString tokenPath;             // empty: AppConfigLocation/cloud-device.json
    QString caFile;                // PEM; empty: the system's CAs verify the cabinet (issue 21 §6)
    bool allowInsecure = false;    // http:// to another machine, set by a technician; the badge warns
    // Test hook: called on every outgoing request (the tests add the cabinet's fault header).
    std::function<void(QNetworkRequest &)> decorateRequest;
};

// What the device tells the cabinet about itself at activation.
struct DeviceInfo
{
    QString installId; // generated once, kept with the token
    QString hostname;
    QString os;
    QString kktModel;
    QString kktSerial;
    QString kktRegNumber;
    QString fnNumber;
    QString ffd = QStringLiteral("1.2");
};

// The registrar's health for the heartbeat; the fiscal service owns it, the lead passes it in.
struct FiscalHealth
{
    bool known = false;
    QString kktSerial;
    QString kktFirmware;
    QString fnNumber;
    QDate fnValidUntil;
    int ofdUnsent = -1; // -1 unknown
    QDateTime ofdOldestUnsent;
    QString error;
};

struct SyncStatus
{
    enum class State { NotActivated, Idle, Syncing, Error, TokenRevoked };
    State state = State::NotActivated;
    QDateTime lastSuccess; // UTC; invalid: never
    qint64 pending = 0;
    qint64 quarantined = 0;
    QString lastError;      // translated; empty when the last cycle went through
    qint64 clockSkewMs = 0; // server minus device
    bool clockSkewWarning = false;
    bool insecure = false;  // the cabinet is reached over plain http:// (allowed by the technician)
    qint64 catalogHeld = 0; // pulled entries the till could not apply (cloud_pull_quarantine)
};

// What one quarantined document is and why, for the service menu.
struct QuarantinedDocument
{
    QString uuid;
    QString type;
    QString status; // rejected, conflict, too_large
    QString code;
    QString message;
    QDateTime at;
};

} // namespace app::cloud

Q_DECLARE_METATYPE(app::cloud::SyncStatus)
Q_DECLARE_METATYPE(app::cloud::FiscalHealth)
Q_DECLARE_METATYPE(app::cloud::QuarantinedDocument)
