#pragma once

// The legacy path's outbox to the local module ЛМ ЧЗ (reference §2.3, §5.1 step 6): after a receipt
// with marked goods the ЛМ is told /cis/sell, after a return /cis/return. The rows are journaled in
// the transaction that completes the document (lm_outbox), and delivered here later, one at a
// time, on the GUI thread with an asynchronous request (never blocking it), retried until the ЛМ
// answers 2xx; a restart picks up what is left. The ЛМ's database is a set of codes, so a resend
// after a lost acknowledgement changes nothing.

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include "app/core/result.h"
#include "app/marking/legacyclient.h"

namespace app {

class Database;
struct Sale;

class LmOutbox final : public QObject
{
    Q_OBJECT

public:
    LmOutbox(Database &db, const LegacySettings &settings, QObject *parent = nullptr);

    // Inside the caller's transaction, after the sold register: one row per marked code of a
    // completed sale or return; a part of a pack only when it was the pack's last.
    static Result<void> enqueue(Database &db, const Sale &document, bool isReturn, const QDateTime &now);
    int pending();

public Q_SLOTS:
    void deliverNext();

Q_SIGNALS:
    void delivered(qint64 id);

private:
    Database &m_db;
    LegacySettings m_settings;
    QNetworkAccessManager m_nam;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace app
