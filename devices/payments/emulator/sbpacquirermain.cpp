// prilavok-sbp-emulator: an SBP acquirer on loopback for the till's tests and demo mode, speaking
// the Raiffeisen SBP API as its public spec describes it (Raiffeisen-DGTL/ecom-API sbp.yaml, see
// payments-terminals-sbp.md §2.2), paths under /api:
//
//   POST   /api/sbp/v1/qr/register          {qrType, amount, currency, order, paymentDetails,
//                                            qrExpirationDate, sbpMerchantId} -> {code, qrId, payload, qrUrl}
//                                            (idempotent by order)
//   GET    /api/sbp/v2/qrs/{qrId}           -> {qrId, qrStatus: NEW|IN_PROGRESS|PAID|CANCELLED|EXPIRED}
//   DELETE /api/sbp/v2/qrs/{qrId}           cancel before payment (a paid QR stays PAID: the race)
//   GET    /api/sbp/v1/qr/{qrId}/payment-info -> {paymentStatus: SUCCESS|DECLINED|NO_INFO|IN_PROGRESS,
//                                            amount, order, transactionId, transactionDate}
//   POST   /api/sbp/v1/refund               {amount, order, refundId, paymentDetails} -> {refundStatus}
//                                            (idempotent by refundId; more than paid is refused)
//   GET    /api/sbp/v1/refund/{refundId}
//
// The buyer is simulated: each new QR gets the fate queued through the control path, else the
// default one (--pay-after-ms, 3000): pay, reject or never, after some milliseconds; a QR past its
// qrExpirationDate expires. Fault switches for the next requests:
//   POST /_ctl/next  {"fate": "pay|reject|never", "afterMs": N}
//   POST /_ctl/fault {"mode": "none|500|400|drop|lost|hold", "count": N, "path": P}   (400: refused for
//                    good, ERROR.INVALID_REQUEST, nothing done; drop: the
//                    connection closes unanswered, nothing done; lost: the request is carried out,
//                    its answer lost; hold: carried out, the connection left open without an answer;
//                    with "path" only requests whose path starts with P count)
//   POST /_ctl/pay/{qrId}, /_ctl/reject/{qrId}  the buyer pays now, or the buyer's bank declines
//                    (if the QR is still payable)
//   POST /_ctl/cancel/{qrId}  the acquirer cancels an unpaid QR itself (its cabinet, its own timeout)
//   GET  /_ctl/qr/{qrId}  -> {qrStatus, amount, refunded (kopecks), cancelRequests}, for tests
//   GET  /_ctl/stats      -> {qrs, refunds, refundAsks}: how many were ever made, for "never twice"
//                    checks, and how often the refunds were asked after (status or a resend)
//   POST /_ctl/refunds {"hold": true|false}  new refunds answer IN_PROGRESS until settled by
//   POST /_ctl/refund/{refundId} {"status": "COMPLETED|DECLINED"}  (a declined one frees its money)
//
//   prilavok-sbp-emulator --listen 127.0.0.1:0 [--pay-after-ms N] [--exit-with-stdin]
// prints "listening <port>" once ready.

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQueue>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

namespace {

struct Fate
{
    QString kind = QStringLiteral("pay"); // pay | reject | never
    qint64 afterMs = 3000;
};

struct Qr
{
    QString qrId;
    QString order;
    qint64 amount = 0; // kopecks
    QString payload;
    QDateTime created;
    QDateTime expires;
    Fate fate;
    bool cancelled = false;
    bool paidSettled = false; // the buyer paid; stays paid whatever comes after
    QString transactionId;
    QDateTime paidAt;
    qint64 refunded = 0;
    int cancelRequests = 0; // DELETEs answered
};

struct Refund
{
    QString refundId;
    QString order;
    qint64 amount = 0;
    QString status;
};

QString kopecksText(qint64 k)
{
    return QStringLiteral("%1.%2").arg(k / 100).arg(k % 100, 2, 10, QLatin1Char('0'));
}

qint64 toKopecks(const QJsonValue &v)
{
    // amount is a decimal of roubles in the spec; read it as text to stay exact.
    QString t = v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 2);
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    const QString whole = dot < 0 ? t : t.left(dot);
    frac = QString(frac + QStringLiteral("00")).left(2);
    return whole.toLongLong() * 100 + frac.toLongLong();
}

class Acquirer final : public QObject
{
public:
    explicit Acquirer(qint64 payAfterMs)
    {
        m_defaultFate.afterMs = payAfterMs;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }

    bool listen(const QString &hostPort)
    {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        return m_server.listen(QHostAddress(hostPort.left(colon)), quint16(hostPort.mid(colon + 1).toUInt()));
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &l : lines)
                if (l.toLower().startsWith("content-length:"))
                    length = l.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            const QByteArray body = buffer->mid(end + 4, length);
            buffer->clear();
            respond(socket, QString::fromLatin1(first.value(0)), QString::fromLatin1(first.value(1)), body);
        });
    }

    void send(QTcpSocket *socket, int status, const QJsonObject &json)
    {
        if (!m_loseAnswer.isEmpty()) {
            if (m_loseAnswer == QStringLiteral("lost")) {
                socket->abort();
                socket->deleteLater();
            }
            m_loseAnswer.clear(); // hold: the client waits until it gives up or dies
            return;
        }
        const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Error";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void respond(QTcpSocket *socket, const QString &method, const QString &path, const QByteArray &raw)
    {
        const QJsonObject in = QJsonDocument::fromJson(raw).object();
        if (path.startsWith(QStringLiteral("/_ctl/")))
            return control(socket, path, in);
        if (m_faultCount > 0 && m_fault != QStringLiteral("none") && path.startsWith(m_faultPath) &&
            injectFault(socket))
            return;
        api(socket, method, path, in);
    }

    // The test's switches: the next buyer's fate, faults, a QR's state, paying or cancelling it.
    void control(QTcpSocket *socket, const QString &path, const QJsonObject &in)
    {
        if (path == QStringLiteral("/_ctl/next")) {
            Fate f;
            f.kind = in.value(QStringLiteral("fate")).toString(QStringLiteral("pay"));
            f.afterMs = in.value(QStringLiteral("afterMs")).toInteger(m_defaultFate.afterMs);
            m_fates.enqueue(f);
            return send(socket, 200, {{QStringLiteral("code"), QStringLiteral("SUCCESS")}});
        }
        if (path == QStringLiteral("/_ctl/fault")) {
            m_fault = in.value(QStringLiteral("mode")).toString();
            m_faultCount = in.value(QStringLiteral("count")).toInt(1);
            m_faultPath = in.value(QStringLiteral("path")).toString();
            return send(socket, 200, {{QStringLiteral("code"), QStringLiteral("SUCCESS")}});
        }
        if (path.startsWith(QStringLiteral("/_ctl/qr/"))) {
            const QString id = path.mid(9);
            if (!m_qrs.contains(id))
                return send(socket, 404, {{QStringLiteral("code"), QStringLiteral("ERROR.QR_NOT_FOUND")}});
            Qr &qr = m_qrs[id];
            return send(socket, 200,
                        {{QStringLiteral("code"), QStringLiteral("SUCCESS")},
                         {QStringLiteral("qrStatus"), statusOf(qr)},
                         {QStringLiteral("amount"), QString::number(qr.amount)},
                         {QStringLiteral("refunded"), QString::number(qr.refunded)},
                         {QStringLiteral("cancelRequests"), qr.cancelRequests}});
        }
        const bool pay = path.startsWith(QStringLiteral("/_ctl/pay/"));
        if ((pay || path.startsWith(QStringLiteral("/_ctl/reject/"))) &&
            m_qrs.contains(path.section(QLatin1Char('/'), 3))) {
            Qr &qr = m_qrs[path.section(QLatin1Char('/'), 3)];
            if (statusOf(qr) == QStringLiteral("NEW")) {
                qr.fate = {pay ? QStringLiteral("pay") : QStringLiteral("reject"),
                           qr.created.msecsTo(QDateTime::currentDateTimeUtc())};
                advance(qr);
            }
            return send(socket, 200,
                        {{QStringLiteral("code"), QStringLiteral("SUCCESS")},
                         {QStringLiteral("qrStatus"), statusOf(qr)}});
        }
        if (path.startsWith(QStringLiteral("/_ctl/cancel/")) && m_qrs.contains(path.mid(13))) {
            Qr &qr = m_qrs[path.mid(13)];
            if (statusOf(qr) == QStringLiteral("NEW"))
                qr.cancelled = true;
            return send(socket, 200,
                        {{QStringLiteral("code"), QStringLiteral("SUCCESS")},
                         {QStringLiteral("qrStatus"), statusOf(qr)}});
        }
        if (path == QStringLiteral("/_ctl/stats"))
            return send(socket, 200,
                        {{QStringLiteral("code"), QStringLiteral("SUCCESS")},
                         {QStringLiteral("qrs"), int(m_qrs.size())},
                         {QStringLiteral("refunds"), int(m_refunds.size())},
                         {QStringLiteral("refundAsks"), m_refundAsks}});
        if (path == QStringLiteral("/_ctl/refunds")) {
            m_holdRefunds = in.value(QStringLiteral("hold")).toBool();
            return send(socket, 200, {{QStringLiteral("code"), QStringLiteral("SUCCESS")}});
        }
        if (path.startsWith(QStringLiteral("/_ctl/refund/")))
            return settleRefund(socket, path.mid(13), in.value(QStringLiteral("status")).toString());
        send(socket, 404, {{QStringLiteral("code"), QStringLiteral("ERROR.NOT_FOUND")}});
    }

    // The armed fault on this request; true when it answered (or dropped) the request itself.
    bool injectFault(QTcpSocket *socket)
    {
        --m_faultCount;
        // lost / hold: carried out below, send() drops the answer
        if (m_fault == QStringLiteral("lost") || m_fault == QStringLiteral("hold"))
            m_loseAnswer = m_fault;
        if (m_fault == QStringLiteral("drop")) {
            socket->abort();
            socket->deleteLater();
            return true;
        }
        if (m_fault == QStringLiteral("400")) { // refused for good; nothing is made
            send(socket, 400,
                 {{QStringLiteral("code"), QStringLiteral("ERROR.INVALID_REQUEST")},
                  {QStringLiteral("message"), QStringLiteral("the request is refused")}});
            return true;
        }
        if (m_loseAnswer.isEmpty()) {
            send(socket, 500, {{QStringLiteral("code"), QStringLiteral("ERROR.INTERNAL")}});
            return true;
        }
        return false;
    }

    // The acquirer's own API (reference: Raiffeisen SBP).
    void api(QTcpSocket *socket, const QString &method, const QString &path, const QJsonObject &in)
    {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // api sbp v1 qr register | api sbp v2 qrs {id} | api sbp v1 qr {id} payment-info | api sbp v1 refund
        // [{id}]
        if (method == QStringLiteral("POST") && path == QStringLiteral("/api/sbp/v1/qr/register"))
            return registerQr(socket, in);
        if (parts.size() == 5 && parts.at(2) == QStringLiteral("v2") && parts.at(3) == QStringLiteral("qrs"))
            return qrStatus(socket, parts.at(4), method == QStringLiteral("DELETE"));
        if (parts.size() == 6 && parts.at(5) == QStringLiteral("payment-info"))
            return paymentInfo(socket, parts.at(4));
        if (method == QStringLiteral("POST") && path == QStringLiteral("/api/sbp/v1/refund"))
            return refund(socket, in);
        if (parts.size() == 5 && parts.at(3) == QStringLiteral("refund")) {
            if (!m_refunds.contains(parts.at(4)))
                return send(socket, 404,
                            {{QStringLiteral("code"), QStringLiteral("ERROR.REFUND_NOT_FOUND")}});
            ++m_refundAsks;
            return send(socket, 200, refundJson(m_refunds.value(parts.at(4))));
        }
        send(socket, 404, {{QStringLiteral("code"), QStringLiteral("ERROR.NOT_FOUND")}});
    }

    // What the simulated buyer has done by now.
    void advance(Qr &qr)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (qr.paidSettled || qr.cancelled)
            return;
        const QDateTime due = qr.created.addMSecs(qr.fate.afterMs);
        if (qr.fate.kind == QStringLiteral("pay") && now >= due && due < qr.expires) {
            qr.paidSettled = true;
            qr.paidAt = due;
            qr.transactionId = QString::number(QRandomGenerator::global()->bounded(100000000, 999999999));
        }
    }

    QString statusOf(Qr &qr)
    {
        advance(qr);
        if (qr.paidSettled)
            return QStringLiteral("PAID");
        if (qr.cancelled)
            return QStringLiteral("CANCELLED");
        if (QDateTime::currentDateTimeUtc() >= qr.expires)
            return QStringLiteral("EXPIRED");
        return QStringLiteral("NEW");
    }

    void registerQr(QTcpSocket *socket, const QJsonObject &in)
    {
        const QString order = in.value(QStringLiteral("order")).toString();
        if (order.isEmpty() || order.size() > 40 ||
            in.value(QStringLiteral("qrType")).toString() != QStringLiteral("QRDynamic"))
            return send(
                socket, 400,
                {{QStringLiteral("code"), QStringLiteral("ERROR.INVALID_REQUEST")},
                 {QStringLiteral("message"), QStringLiteral("order and qrType QRDynamic are required")}});
        if (!m_byOrder.contains(order)) {
            Qr qr;
            qr.order = order;
            qr.amount = toKopecks(in.value(QStringLiteral("amount")));
            QString id = QStringLiteral("AD");
            const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
            while (id.size() < 32)
                id += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
            qr.qrId = id;
            // The NSPK link shape of the spec's examples; crc is a stand-in (its algorithm is not public).
            const QString crc = QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
                                    .toUpper()
                                    .rightJustified(4, QLatin1Char('0'));
            qr.payload =
                QStringLiteral("https://qr.nspk.ru/%1?type=02&bank=100000000007&sum=%2&cur=RUB&crc=%3")
                    .arg(id)
                    .arg(qr.amount)
                    .arg(crc);
            qr.created = QDateTime::currentDateTimeUtc();
            const QDateTime expires = QDateTime::fromString(
                in.value(QStringLiteral("qrExpirationDate")).toString(), Qt::ISODateWithMs);
            qr.expires = expires.isValid() ? expires.toUTC() : qr.created.addDays(3); // the spec's default
            qr.fate = m_fates.isEmpty() ? m_defaultFate : m_fates.dequeue();
            m_qrs.insert(qr.qrId, qr);
            m_byOrder.insert(order, qr.qrId);
        }
        const Qr &qr = m_qrs[m_byOrder.value(order)];
        send(socket, 200,
             {{QStringLiteral("code"), QStringLiteral("SUCCESS")},
              {QStringLiteral("qrId"), qr.qrId},
              {QStringLiteral("payload"), qr.payload},
              {QStringLiteral("qrUrl"),
               QStringLiteral("https://e-commerce.raiffeisen.ru/api/sbp/v1/qr/%1/image").arg(qr.qrId)}});
    }

    void qrStatus(QTcpSocket *socket, const QString &qrId, bool cancel)
    {
        if (!m_qrs.contains(qrId))
            return send(socket, 404, {{QStringLiteral("code"), QStringLiteral("ERROR.QR_NOT_FOUND")}});
        Qr &qr = m_qrs[qrId];
        qr.cancelRequests += cancel ? 1 : 0;
        if (cancel && statusOf(qr) == QStringLiteral("NEW"))
            qr.cancelled = true;
        send(socket, 200,
             {{QStringLiteral("code"), QStringLiteral("SUCCESS")},
              {QStringLiteral("qrId"), qr.qrId},
              {QStringLiteral("order"), qr.order},
              {QStringLiteral("qrStatus"), statusOf(qr)}});
    }

    void paymentInfo(QTcpSocket *socket, const QString &qrId)
    {
        if (!m_qrs.contains(qrId))
            return send(socket, 404, {{QStringLiteral("code"), QStringLiteral("ERROR.QR_NOT_FOUND")}});
        Qr &qr = m_qrs[qrId];
        const QString status = statusOf(qr);
        QString payment = QStringLiteral("NO_INFO");
        if (status == QStringLiteral("PAID"))
            payment = QStringLiteral("SUCCESS");
        else if (qr.fate.kind == QStringLiteral("reject") &&
                 QDateTime::currentDateTimeUtc() >= qr.created.addMSecs(qr.fate.afterMs))
            payment = QStringLiteral("DECLINED");
        QJsonObject out{{QStringLiteral("code"), QStringLiteral("SUCCESS")},
                        {QStringLiteral("qrId"), qr.qrId},
                        {QStringLiteral("order"), qr.order},
                        {QStringLiteral("amount"), kopecksText(qr.amount)},
                        {QStringLiteral("paymentStatus"), payment}};
        if (qr.paidSettled) {
            out.insert(QStringLiteral("transactionId"), qr.transactionId);
            out.insert(QStringLiteral("transactionDate"), qr.paidAt.toString(Qt::ISODateWithMs));
        }
        send(socket, 200, out);
    }

    static QJsonObject refundJson(const Refund &r)
    {
        return {{QStringLiteral("code"), QStringLiteral("SUCCESS")},
                {QStringLiteral("refundId"), r.refundId},
                {QStringLiteral("amount"), kopecksText(r.amount)},
                {QStringLiteral("refundStatus"), r.status}};
    }

    void refund(QTcpSocket *socket, const QJsonObject &in)
    {
        const QString refundId = in.value(QStringLiteral("refundId")).toString();
        if (m_refunds.contains(refundId)) {
            ++m_refundAsks;
            return send(socket, 200, refundJson(m_refunds.value(refundId))); // idempotent
        }
        const QString order = in.value(QStringLiteral("order")).toString();
        if (refundId.isEmpty() || !m_byOrder.contains(order))
            return send(socket, 400, {{QStringLiteral("code"), QStringLiteral("ERROR.ORDER_NOT_FOUND")}});
        Qr &qr = m_qrs[m_byOrder.value(order)];
        const qint64 amount = toKopecks(in.value(QStringLiteral("amount")));
        if (statusOf(qr) != QStringLiteral("PAID") || amount <= 0 || qr.refunded + amount > qr.amount)
            return send(socket, 400,
                        {{QStringLiteral("code"), QStringLiteral("ERROR.REFUND_AMOUNT")},
                         {QStringLiteral("message"), QStringLiteral("more than paid or not paid")}});
        qr.refunded += amount;
        // Held: the bank takes its time (the spec's IN_PROGRESS) until the control path settles it.
        const Refund r{refundId, order, amount,
                       m_holdRefunds ? QStringLiteral("IN_PROGRESS") : QStringLiteral("COMPLETED")};
        m_refunds.insert(refundId, r);
        send(socket, 200, refundJson(r));
    }

    void settleRefund(QTcpSocket *socket, const QString &refundId, const QString &status)
    {
        if (!m_refunds.contains(refundId) ||
            (status != QStringLiteral("COMPLETED") && status != QStringLiteral("DECLINED")))
            return send(socket, 404, {{QStringLiteral("code"), QStringLiteral("ERROR.REFUND_NOT_FOUND")}});
        Refund &r = m_refunds[refundId];
        if (r.status == QStringLiteral("IN_PROGRESS")) {
            r.status = status;
            if (status == QStringLiteral("DECLINED"))
                m_qrs[m_byOrder.value(r.order)].refunded -= r.amount;
        }
        send(socket, 200, refundJson(r));
    }

    QTcpServer m_server;
    Fate m_defaultFate;
    QQueue<Fate> m_fates;
    QHash<QString, Qr> m_qrs;
    QHash<QString, QString> m_byOrder;
    QHash<QString, Refund> m_refunds;
    bool m_holdRefunds = false; // new refunds stay IN_PROGRESS
    int m_refundAsks = 0;
    QString m_fault = QStringLiteral("none");
    int m_faultCount = 0;
    QString m_faultPath;
    QString m_loseAnswer; // lost | hold: the request in hand is carried out, its answer never sent
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString listen = QStringLiteral("127.0.0.1:0");
    qint64 payAfter = 3000;
    bool exitWithStdin = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--listen") && i + 1 < args.size())
            listen = args.at(++i);
        else if (args.at(i) == QStringLiteral("--pay-after-ms") && i + 1 < args.size())
            payAfter = args.at(++i).toLongLong();
        else if (args.at(i) == QStringLiteral("--exit-with-stdin"))
            exitWithStdin = true;
    }
    Acquirer acquirer(payAfter);
    if (!acquirer.listen(listen)) {
        std::fprintf(stderr, "cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    std::printf("listening %u\n", unsigned(acquirer.port()));
    std::fflush(stdout);
    if (exitWithStdin) {
        // The till holds our stdin: when it ends (even by a crash), so do we.
        auto *notifier = new QSocketNotifier(0, QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            char c;
            if (std::fread(&c, 1, 1, stdin) != 1) {
                notifier->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    return app.exec();
}
