#include "app/payments/paymentjournal.h"

#include <QSqlQuery>

#include "app/storage/database.h"
#include "devices/paymentterminal.h"

namespace app::payments {

namespace {

const QString Columns = QStringLiteral(
    "id, operation_id, method, kind, state, amount, original_operation_id, sale_uuid, purpose, driver, rrn, "
    "auth_code, card_mask, response_code, message, slip, qr_id, qr_payload, transaction_id, batch_settled, "
    "attempts, created_at, updated_at");

template<class E>
E fromKey(const QString &key, E count, QString (*keyOf)(E))
{
    for (int i = 0; i < int(count); ++i)
        if (keyOf(E(i)) == key)
            return E(i);
    return E(0);
}

State stateOf(devices::TerminalOutcome outcome)
{
    switch (outcome) {
    case devices::TerminalOutcome::Approved:
        return State::Approved;
    case devices::TerminalOutcome::Declined:
    case devices::TerminalOutcome::Busy: // refused before anything started
        return State::Declined;
    case devices::TerminalOutcome::Cancelled:
        return State::Cancelled;
    case devices::TerminalOutcome::Timeout:
    case devices::TerminalOutcome::LinkLost:
        return State::Unknown;
    }
    return State::Unknown;
}

Result<void> exec(QSqlQuery &q)
{
    if (!q.exec())
        return app::Unexpected<Error>{Database::storageError(q)};
    return {};
}

} // namespace

QString methodKey(Method method)
{
    return method == Method::Sbp ? QStringLiteral("sbp") : QStringLiteral("card");
}

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Payment:
        return QStringLiteral("payment");
    case Kind::Cancel:
        return QStringLiteral("cancel");
    case Kind::Refund:
        return QStringLiteral("refund");
    case Kind::Reconciliation:
        return QStringLiteral("reconciliation");
    case Kind::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

QString stateKey(State state)
{
    switch (state) {
    case State::Started:
        return QStringLiteral("started");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Declined:
        return QStringLiteral("declined");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Attention:
        return QStringLiteral("attention");
    }
    return {};
}

PaymentJournal::PaymentJournal(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

Result<Operation> PaymentJournal::begin(const Operation &intent)
{
    Operation o = intent;
    o.state = State::Started;
    o.createdAt = o.updatedAt = m_clock();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO payment_operations(operation_id, method, kind, state, amount, original_operation_id, "
        "sale_uuid, purpose, driver, rrn, qr_id, created_at, updated_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         QVariantList{o.operationId, methodKey(o.method), kindKey(o.kind), stateKey(o.state),
                      QVariant::fromValue<qint64>(o.amount), sqlText(o.originalOperationId),
                      sqlText(o.saleUuid), sqlText(o.purpose), sqlText(o.driver), sqlText(o.rrn),
                      sqlText(o.qrId), toStorage(o.createdAt), toStorage(o.updatedAt)})
        q.addBindValue(v);
    if (auto done = exec(q); !done)
        return app::Unexpected<Error>{done.error()};
    o.id = q.lastInsertId().toLongLong();
    return o;
}

Result<void> PaymentJournal::record(const devices::TerminalResult &r)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE payment_operations SET state = ?, rrn = CASE WHEN ? = '' THEN rrn ELSE ? END, auth_code = ?, "
        "card_mask = ?, response_code = ?, message = ?, slip = CASE WHEN ? = '' THEN slip ELSE ? END, "
        "updated_at = ? WHERE operation_id = ?"));
    const QString slip = r.slip.join(QLatin1Char('\n'));
    for (const QVariant &v :
         QVariantList{stateKey(stateOf(r.outcome)), sqlText(r.rrn), sqlText(r.rrn), sqlText(r.authCode),
                      sqlText(r.cardMask), sqlText(r.responseCode), sqlText(r.message), sqlText(slip),
                      sqlText(slip), toStorage(m_clock()), r.operationId})
        q.addBindValue(v);
    return exec(q);
}

Result<void> PaymentJournal::attachToDocument(const QString &operationId, const QString &documentUuid)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE payment_operations SET sale_uuid = ?, updated_at = ? WHERE operation_id = ?"));
    q.addBindValue(documentUuid);
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(operationId);
    return exec(q);
}

Result<void> PaymentJournal::setState(const QString &operationId, State state, const QString &message)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE payment_operations SET state = ?, message = ?, updated_at = ? WHERE operation_id = ?"));
    q.addBindValue(stateKey(state));
    q.addBindValue(sqlText(message));
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(operationId);
    return exec(q);
}

Result<void> PaymentJournal::setOutcome(const QString &operationId, State state, const QString &responseCode,
                                        const QString &message)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE payment_operations SET state = ?, response_code = ?, "
                                              "message = ?, updated_at = ? WHERE operation_id = ?"));
    q.addBindValue(stateKey(state));
    q.addBindValue(sqlText(responseCode));
    q.addBindValue(sqlText(message));
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(operationId);
    return exec(q);
}

Result<void> PaymentJournal::setSbp(const QString &operationId, const QString &qrId, const QString &payload,
                                    const QString &transactionId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE payment_operations SET qr_id = CASE WHEN ? = '' THEN qr_id ELSE ? END, qr_payload = CASE "
        "WHEN ? = "
        "'' THEN qr_payload ELSE ? END, transaction_id = CASE WHEN ? = '' THEN transaction_id ELSE ? END, "
        "updated_at = ? WHERE operation_id = ?"));
    for (const QString &v : {qrId, payload, transactionId}) {
        q.addBindValue(sqlText(v));
        q.addBindValue(sqlText(v));
    }
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(operationId);
    return exec(q);
}

Result<void> PaymentJournal::countAttempt(const QString &operationId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE payment_operations SET attempts = attempts + 1, updated_at = ? WHERE operation_id = ?"));
    q.addBindValue(toStorage(m_clock()));
    q.addBindValue(operationId);
    return exec(q);
}

Result<void> PaymentJournal::markBatchSettled(const QDateTime &upTo)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE payment_operations SET batch_settled = 1 WHERE method = 'card' AND state = 'approved' AND "
        "batch_settled = 0 AND created_at <= ?"));
    q.addBindValue(toStorage(upTo));
    return exec(q);
}

Kopecks PaymentJournal::openBatchTotal(const QDateTime &upTo) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT COALESCE(SUM(CASE kind WHEN 'payment' THEN amount ELSE -amount "
                                    "END), 0) FROM payment_operations "
                                    "WHERE method = 'card' AND state = 'approved' AND batch_settled = 0 AND "
                                    "kind IN ('payment', 'cancel', 'refund') AND created_at <= ?"));
    q.addBindValue(toStorage(upTo));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Operation> PaymentJournal::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                               QStringLiteral(" FROM payment_operations ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Operation> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Operation o;
        o.id = q.value(0).toLongLong();
        o.operationId = q.value(1).toString();
        o.method = q.value(2).toString() == QStringLiteral("sbp") ? Method::Sbp : Method::Card;
        o.kind = fromKey(q.value(3).toString(), Kind(int(Kind::Revoke) + 1), &kindKey);
        o.state = fromKey(q.value(4).toString(), State(int(State::Attention) + 1), &stateKey);
        o.amount = q.value(5).toLongLong();
        o.originalOperationId = q.value(6).toString();
        o.saleUuid = q.value(7).toString();
        o.purpose = q.value(8).toString();
        o.driver = q.value(9).toString();
        o.rrn = q.value(10).toString();
        o.authCode = q.value(11).toString();
        o.cardMask = q.value(12).toString();
        o.responseCode = q.value(13).toString();
        o.message = q.value(14).toString();
        const QString slip = q.value(15).toString();
        o.slip = slip.isEmpty() ? QStringList() : slip.split(QLatin1Char('\n'));
        o.qrId = q.value(16).toString();
        o.qrPayload = q.value(17).toString();
        o.transactionId = q.value(18).toString();
        o.batchSettled = q.value(19).toInt() != 0;
        o.attempts = q.value(20).toInt();
        o.createdAt = fromStorage(q.value(21).toString());
        o.updatedAt = fromStorage(q.value(22).toString());
        out << o;
    }
    return out;
}

std::optional<Operation> PaymentJournal::find(const QString &operationId) const
{
    const QList<Operation> found = select(QStringLiteral("WHERE operation_id = ?"), {operationId});
    return found.isEmpty() ? std::nullopt : std::optional<Operation>(found.first());
}

QList<Operation> PaymentJournal::open() const
{
    return select(QStringLiteral("WHERE state IN ('started', 'unknown') ORDER BY id"), {});
}

QList<Operation> PaymentJournal::derivedFrom(const QString &originalOperationId) const
{
    return select(QStringLiteral("WHERE original_operation_id = ? ORDER BY id"), {originalOperationId});
}

QList<Operation> PaymentJournal::forSale(const QString &saleUuid) const
{
    return select(QStringLiteral("WHERE sale_uuid = ? ORDER BY id"), {saleUuid});
}

QList<Operation> PaymentJournal::between(const QDateTime &from, const QDateTime &to) const
{
    return select(QStringLiteral("WHERE created_at >= ? AND created_at < ? ORDER BY id DESC"),
                  {toStorage(from), toStorage(to)});
}

std::optional<Operation> PaymentJournal::sbpPaymentOfQr(const QString &qrId) const
{
    const QList<Operation> found =
        select(QStringLiteral("WHERE method = 'sbp' AND kind = 'payment' AND qr_id = ? ORDER BY id LIMIT 1"),
               {qrId});
    return found.isEmpty() ? std::nullopt : std::optional<Operation>(found.first());
}

QStringList PaymentJournal::knownRrns() const
{
    QStringList out;
    for (const Operation &o :
         select(QStringLiteral("WHERE method = 'card' AND state = 'approved' AND rrn <> ''"), {}))
        out << o.rrn;
    return out;
}

std::optional<Operation> PaymentJournal::lastWithSlip() const
{
    const QList<Operation> found = select(
        QStringLiteral("WHERE slip <> '' AND method = 'card' ORDER BY updated_at DESC, id DESC LIMIT 1"), {});
    return found.isEmpty() ? std::nullopt : std::optional<Operation>(found.first());
}

} // namespace app::payments
