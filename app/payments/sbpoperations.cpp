#include "app/payments/sbpoperations.h"

#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/logging.h"
#include "app/payments/cardoperations.h"
#include "devices/sbpprovider.h"
#include "devices/sbpwatcher.h"

#include <QTimer>

namespace app::payments {

namespace {

// The acquirer's words, kept as the operation's response code.
const QString CodePaid = QStringLiteral("PAID");
const QString CodeExpired = QStringLiteral("EXPIRED");
const QString CodeDeclined = QStringLiteral("DECLINED");
const QString CodeCancelled = QStringLiteral("CANCELLED");
const QString CodeRefused = QStringLiteral("REFUSED"); // the acquirer would not make the QR
const QString CodeRefunded = QStringLiteral("COMPLETED");
const QString CodeInProgress = QStringLiteral("IN_PROGRESS");

} // namespace

SbpOperations::SbpOperations(PaymentJournal &journal, devices::SbpProvider *provider, int pollIntervalMs,
                             QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_provider(provider)
    , m_pollMs(pollIntervalMs)
{
    qRegisterMetaType<app::payments::Operation>();
    if (!m_provider)
        return;
    connect(m_provider, &devices::SbpProvider::paymentCreated, this, &SbpOperations::onCreated);
    connect(m_provider, &devices::SbpProvider::statusChanged, this, &SbpOperations::onStatus);
    connect(m_provider, &devices::SbpProvider::revoked, this, &SbpOperations::onRevoked);
    connect(m_provider, &devices::SbpProvider::failed, this, &SbpOperations::onFailed);
    connect(m_provider, &devices::SbpProvider::refused, this, &SbpOperations::onRefused);
    connect(m_provider, &devices::SbpProvider::refundFinished, this, &SbpOperations::onRefund);
}

SbpOperations::~SbpOperations() = default;

Result<QString> SbpOperations::pay(Kopecks amount, const QString &saleUuid, const QString &details)
{
    if (!m_provider)
        return fail(Error::Code::Conflict, Tr::tr("SBP is not set up at this till."));
    if (amount <= 0)
        return fail(Error::Code::Validation, Tr::tr("An SBP payment must be above zero."));
    Operation intent;
    intent.operationId = newUuid();
    intent.method = Method::Sbp;
    intent.kind = Kind::Payment;
    intent.amount = amount;
    intent.saleUuid = saleUuid;
    intent.purpose = PurposeSale;
    intent.driver = m_provider->name();
    if (const Result<Operation> begun = m_journal.begin(intent); !begun)
        return app::Unexpected<Error>{begun.error()};
    m_steps.insert(intent.operationId, Step::Creating);
    qCInfo(lcApp) << "SBP payment" << intent.operationId << amount;
    m_provider->createPayment(amount, intent.operationId, details);
    return intent.operationId;
}

void SbpOperations::abandon(const QString &operationId)
{
    const std::optional<Operation> o = m_journal.find(operationId);
    if (!o || !m_provider)
        return;
    m_abandoned.insert(operationId);
    const Step step = m_steps.value(operationId, Step::Creating);
    if (step != Step::Showing)
        return; // still being registered: cancelled as soon as its QR is known (onCreated)
    stopWatching(operationId);
    m_steps.insert(operationId, Step::Revoking);
    m_provider->revoke(o->qrId);
}

Result<QString> SbpOperations::refund(const QString &paymentOperationId, Kopecks amount,
                                      const QString &documentUuid, const QString &purpose)
{
    const std::optional<Operation> original = m_journal.find(paymentOperationId);
    if (!original || original->method != Method::Sbp || original->kind != Kind::Payment ||
        original->state != State::Approved || original->qrId.isEmpty())
        return fail(Error::Code::NotFound, Tr::tr("There is no paid SBP payment to give the money back to."));
    const Kopecks left = returnable(paymentOperationId);
    if (amount <= 0 || amount > left)
        return fail(
            Error::Code::Validation,
            Tr::tr("Only %1 ₽ of this SBP payment can still be given back.").arg(displayMoney(left)));
    return refundQr(original->qrId, amount, documentUuid, purpose);
}

Result<QString> SbpOperations::refundQr(const QString &qrId, Kopecks amount, const QString &documentUuid,
                                        const QString &purpose)
{
    if (!m_provider)
        return fail(Error::Code::Conflict, Tr::tr("SBP is not set up at this till."));
    Operation intent;
    intent.operationId = newUuid(); // the acquirer's refundId: a retry after a lost answer reuses it
    intent.method = Method::Sbp;
    intent.kind = Kind::Refund;
    intent.amount = amount;
    intent.saleUuid = documentUuid;
    intent.purpose = purpose;
    intent.driver = m_provider->name();
    intent.qrId = qrId;
    if (const std::optional<Operation> original = m_journal.sbpPaymentOfQr(qrId))
        intent.originalOperationId = original->operationId;
    if (const Result<Operation> begun = m_journal.begin(intent); !begun)
        return app::Unexpected<Error>{begun.error()};
    m_steps.insert(intent.operationId, Step::Refunding);
    qCInfo(lcApp) << "SBP refund" << intent.operationId << qrId << amount;
    m_provider->refund(qrId, amount, intent.operationId);
    return intent.operationId;
}

Result<void> SbpOperations::resend(const QString &refundOperationId)
{
    const std::optional<Operation> o = m_journal.find(refundOperationId);
    if (!o || o->kind != Kind::Refund || !o->open() || !m_provider)
        return fail(Error::Code::Conflict, Tr::tr("This refund is not waiting for an answer."));
    if (m_steps.contains(refundOperationId))
        return {};
    m_steps.insert(refundOperationId, Step::Refunding);
    m_provider->refund(o->qrId, o->amount, refundOperationId);
    return {};
}

QStringList SbpOperations::reverseSale(const QString &saleUuid)
{
    QStringList started;
    for (const Operation &o : m_journal.forSale(saleUuid)) {
        if (o.method != Method::Sbp || o.kind != Kind::Payment || o.state != State::Approved)
            continue;
        if (const Kopecks left = returnable(o.operationId); left > 0)
            if (const auto back = refund(o.operationId, left, saleUuid, PurposeAbandoned))
                started << *back;
    }
    return started;
}

Result<void> SbpOperations::attachToDocument(const QString &operationId, const QString &documentUuid)
{
    return m_journal.attachToDocument(operationId, documentUuid);
}

QList<Operation> SbpOperations::takeRecovered(const QString &saleUuid)
{
    QList<Operation> out;
    for (qsizetype i = m_recovered.size() - 1; i >= 0; --i) {
        const std::optional<Operation> o = m_journal.find(m_recovered.at(i));
        if (o && o->saleUuid == saleUuid) {
            out.prepend(*o);
            m_recovered.removeAt(i);
        }
    }
    return out;
}

Kopecks SbpOperations::returnable(const QString &paymentOperationId) const
{
    const std::optional<Operation> original = m_journal.find(paymentOperationId);
    if (!original || original->state != State::Approved || original->kind != Kind::Payment)
        return 0;
    Kopecks left = original->amount;
    // A refund not known to have failed counts as made: never give the same money back twice.
    for (const Operation &o : m_journal.derivedFrom(paymentOperationId))
        if (o.kind == Kind::Refund && o.state != State::Declined && o.state != State::Cancelled)
            left -= o.amount;
    return left;
}

QList<Operation> SbpOperations::carriedPayments(const QString &saleUuid) const
{
    QList<Operation> out;
    for (const Operation &o : m_journal.forSale(saleUuid))
        if (o.method == Method::Sbp && o.kind == Kind::Payment && o.state == State::Approved &&
            returnable(o.operationId) == o.amount)
            out << o;
    return out;
}

std::optional<Operation> SbpOperations::paymentByQr(const QString &qrId) const
{
    return m_journal.sbpPaymentOfQr(qrId);
}

void SbpOperations::recoverOpen()
{
    if (!m_provider)
        return;
    for (const Operation &o : m_journal.open()) {
        if (o.method != Method::Sbp || m_steps.contains(o.operationId))
            continue;
        qCInfo(lcApp) << "recovering SBP operation" << o.operationId << o.qrId;
        m_recovering.insert(o.operationId);
        if (o.kind == Kind::Refund) {
            m_steps.insert(o.operationId, Step::Refunding);
            m_provider->refund(o.qrId, o.amount, o.operationId); // the same refundId: made once
        } else if (o.qrId.isEmpty()) {
            // The QR's answer never came: the same order gives the same QR, or a new one nobody saw.
            m_steps.insert(o.operationId, Step::Reregistering);
            m_provider->createPayment(o.amount, o.operationId, Tr::tr("Purchase"));
        } else {
            m_byQr.insert(o.qrId, o.operationId);
            m_steps.insert(o.operationId, Step::Asking);
            m_provider->requestStatus(o.qrId);
        }
    }
}

Result<void> SbpOperations::resolveByCashier(const QString &operationId, bool paid)
{
    const std::optional<Operation> o = m_journal.find(operationId);
    if (!o || o->state != State::Attention)
        return fail(Error::Code::Conflict, Tr::tr("This operation does not wait for the cashier."));
    if (auto done = m_journal.setOutcome(operationId, paid ? State::Approved : State::Declined,
                                         QStringLiteral("CASHIER"),
                                         paid ? Tr::tr("Paid, as the cashier checked it.")
                                              : Tr::tr("Not paid, as the cashier checked it."));
        !done)
        return done;
    Q_EMIT finished(*m_journal.find(operationId));
    return {};
}

void SbpOperations::onCreated(const devices::SbpPayment &payment)
{
    const QString id = payment.operationId;
    const auto step = m_steps.constFind(id);
    if (step == m_steps.constEnd())
        return;
    (void)m_journal.setSbp(id, payment.qrcId, payment.payload, {});
    m_byQr.insert(payment.qrcId, id);
    if (step.value() == Step::Orphaned) { // a QR nobody saw: cancelled before a late scan can pay it
        m_steps.insert(id, Step::Revoking);
        m_provider->revoke(payment.qrcId);
        return;
    }
    if (step.value() == Step::Reregistering) {
        m_steps.insert(id, Step::Asking);
        m_provider->requestStatus(payment.qrcId);
        return;
    }
    if (step.value() != Step::Creating)
        return;
    if (m_abandoned.contains(id)) { // the cashier gave up before the QR was on screen
        m_steps.insert(id, Step::Revoking);
        m_provider->revoke(payment.qrcId);
        return;
    }
    m_steps.insert(id, Step::Showing);
    auto *watcher = new devices::SbpPaymentWatcher(m_provider, payment, m_pollMs, this);
    connect(watcher, &devices::SbpPaymentWatcher::settled, this,
            [this, id](const devices::SbpPayment &p) { onWatcherSettled(id, p); });
    connect(watcher, &devices::SbpPaymentWatcher::silent, this,
            [this, id](const devices::SbpPayment &p) { onWatcherSilent(id, p); });
    watcher->setSilenceMarginMs(m_marginMs);
    m_watchers.insert(id, watcher);
    watcher->start();
    if (const std::optional<Operation> o = m_journal.find(id))
        Q_EMIT qrReady(*o);
}

void SbpOperations::onWatcherSettled(const QString &operationId, const devices::SbpPayment &payment)
{
    stopWatching(operationId);
    switch (payment.status) {
    case devices::SbpStatus::Paid:
        settle(operationId, State::Approved, CodePaid, devices::sbpStatusText(payment.status));
        return;
    case devices::SbpStatus::Expired:
        settle(operationId, State::Declined, CodeExpired, devices::sbpStatusText(payment.status));
        return;
    case devices::SbpStatus::Cancelled:
        settle(operationId, State::Cancelled, CodeCancelled, devices::sbpStatusText(payment.status));
        return;
    default:
        settle(operationId, State::Declined, CodeDeclined,
               payment.message.isEmpty() ? devices::sbpStatusText(payment.status) : payment.message);
        return;
    }
}

void SbpOperations::onWatcherSilent(const QString &operationId, const devices::SbpPayment &payment)
{
    stopWatching(operationId);
    toCashier(operationId, Tr::tr("the bank has not answered since the QR code expired"));
    // Whatever the cashier decides, the QR is cancelled as soon as the acquirer answers again.
    m_steps.insert(operationId, Step::Silenced);
    m_asked.remove(operationId);
    m_provider->revoke(payment.qrcId);
}

void SbpOperations::onStatus(const devices::SbpPayment &payment)
{
    const QString id = m_byQr.value(payment.qrcId);
    const Step step = m_steps.value(id, Step::Showing);
    if (id.isEmpty() || (step != Step::Asking && step != Step::AskingAgain))
        return; // the watcher's, or not ours
    const QString text = payment.message.isEmpty() ? devices::sbpStatusText(payment.status) : payment.message;
    switch (payment.status) {
    case devices::SbpStatus::Paid:
        settle(id, State::Approved, CodePaid, devices::sbpStatusText(payment.status));
        return;
    case devices::SbpStatus::Expired:
        settle(id, State::Declined, CodeExpired, text);
        return;
    case devices::SbpStatus::Rejected:
        settle(id, State::Declined, CodeDeclined, text);
        return;
    case devices::SbpStatus::Cancelled:
        // After our cancel, or cancelled at the acquirer: nobody paid, nobody can.
        settle(id, State::Cancelled, CodeCancelled,
               step == Step::AskingAgain ? Tr::tr("The SBP QR code was cancelled unpaid.") : text);
        return;
    case devices::SbpStatus::Pending:
        if (step == Step::Asking) {
            m_steps.insert(id, Step::Revoking);
            m_provider->revoke(payment.qrcId);
        } else if (++m_asked[id] < 3) {
            // Possibly the screen's poll sent before the cancel: ask again, a few times at most.
            m_provider->requestStatus(payment.qrcId);
        } else {
            toCashier(id, Tr::tr("the bank still reports the payment in progress after the QR code was "
                                 "cancelled"));
        }
        return;
    }
}

void SbpOperations::onRevoked(const QString &qrId, bool ok, const QString &message)
{
    const QString id = m_byQr.value(qrId);
    if (!id.isEmpty() && m_steps.value(id, Step::Showing) == Step::Silenced) {
        if (ok || ++m_asked[id] > 1000) { // cancelled (or given up after ~1000 tries): the cashier decides
            m_steps.remove(id);
            m_asked.remove(id);
            qCInfo(lcApp) << "SBP QR" << qrId << "of a silent acquirer cancelled:" << ok;
        } else {
            QTimer::singleShot(m_pollMs, this, [this, id, qrId] {
                if (m_provider && m_steps.value(id, Step::Showing) == Step::Silenced)
                    m_provider->revoke(qrId);
            });
        }
        return;
    }
    if (id.isEmpty() || m_steps.value(id, Step::Showing) != Step::Revoking)
        return;
    if (!ok)
        qCWarning(lcApp) << "SBP QR" << qrId << "not cancelled:" << message;
    // Whatever the cancel said, the QR's status decides: paid first, or cancelled.
    m_steps.insert(id, Step::AskingAgain);
    m_asked.remove(id);
    m_provider->requestStatus(qrId);
}

void SbpOperations::onFailed(const QString &anyId, const QString &message)
{
    const QString id = operationOf(anyId);
    if (id.isEmpty())
        return;
    switch (m_steps.value(id)) {
    case Step::Creating:
        // No QR reached the screen, but the acquirer may have made one and only its answer was lost:
        // the same order again learns it (or makes none twice), then it is cancelled; if paid, given back.
        m_abandoned.insert(id);
        m_steps.insert(id, Step::Orphaned);
        m_provider->createPayment(m_journal.find(id) ? m_journal.find(id)->amount : 0, id,
                                  Tr::tr("Purchase"));
        return;
    case Step::Orphaned: {
        // Still no answer: left open, the next start registers the order again and cancels its QR.
        m_steps.remove(id);
        (void)m_journal.setOutcome(id, State::Unknown, {}, message);
        if (const std::optional<Operation> o = m_journal.find(id))
            Q_EMIT finished(*o);
        return;
    }
    case Step::Showing:
    case Step::Refunding:
        return; // the watcher asks again; a refund answers through refundFinished
    default:
        toCashier(id, message);
        return;
    }
}

void SbpOperations::onRefused(const QString &anyId, const QString &message)
{
    const QString id = operationOf(anyId);
    if (id.isEmpty())
        return;
    if (m_steps.value(id) != Step::Creating) {
        onFailed(anyId, message); // recovery steps keep their own rules
        return;
    }
    // No QR exists, so there is nothing to cancel and nothing to recover: declined now.
    m_abandoned.remove(id);
    settle(id, State::Declined, CodeRefused, message);
}

void SbpOperations::onRefund(const devices::SbpRefund &refund)
{
    const QString id = refund.operationId;
    if (m_steps.value(id, Step::Showing) != Step::Refunding)
        return;
    if (refund.ok) {
        m_pendingRefunds.remove(id);
        settle(id, State::Approved, CodeRefunded, refund.message);
    } else if (refund.pending || (refund.unknown && m_pendingRefunds.contains(id))) {
        // IN_PROGRESS is no money back yet: the refund stays open (Started) and is asked again until
        // the bank says COMPLETED or DECLINED; a restart meanwhile resends it under the same id.
        m_pendingRefunds.insert(id);
        (void)m_journal.setOutcome(id, State::Started, refund.pending ? CodeInProgress : QString(),
                                   refund.message);
        QTimer::singleShot(m_pollMs, this, [this, id, qr = refund.qrcId, amount = refund.amountKopecks] {
            if (m_provider && m_steps.value(id, Step::Showing) == Step::Refunding)
                m_provider->requestRefundStatus(qr, amount, id);
        });
    } else if (refund.unknown) {
        // Left open: the next start sends it again under the same refund id.
        (void)m_journal.setOutcome(id, State::Unknown, {}, refund.message);
        m_steps.remove(id);
        m_recovering.remove(id);
        if (const std::optional<Operation> o = m_journal.find(id))
            Q_EMIT finished(*o);
    } else {
        m_pendingRefunds.remove(id);
        const std::optional<Operation> o = m_journal.find(id);
        settle(id, State::Declined, CodeDeclined, o ? refundFactsOf(*o, refund.message) : refund.message);
    }
}

void SbpOperations::settle(const QString &operationId, State state, const QString &code,
                           const QString &message)
{
    m_steps.remove(operationId);
    (void)m_journal.setOutcome(operationId, state, code, message);
    const std::optional<Operation> o = m_journal.find(operationId);
    if (!o)
        return;
    qCInfo(lcApp) << "SBP operation" << operationId << stateKey(state) << code;
    if (m_recovering.remove(operationId))
        m_recovered << operationId;
    Q_EMIT finished(*o);
    // Paid while the cashier was giving up: the money goes back, never kept for an empty basket.
    if (m_abandoned.remove(operationId) && state == State::Approved && o->kind == Kind::Payment)
        if (const auto back = refund(operationId, o->amount, o->saleUuid, PurposeAbandoned); !back)
            qCWarning(lcApp) << "SBP refund of an abandoned payment:" << back.error().message;
}

void SbpOperations::toCashier(const QString &operationId, const QString &why)
{
    m_steps.remove(operationId);
    m_abandoned.remove(operationId);
    const std::optional<Operation> o = m_journal.find(operationId);
    if (!o)
        return;
    if (m_recovering.remove(operationId))
        m_recovered << operationId;
    const QString facts = factsOf(*o, why);
    (void)m_journal.setOutcome(operationId, State::Attention, {}, facts);
    Q_EMIT needsCashier(*m_journal.find(operationId), facts);
}

void SbpOperations::stopWatching(const QString &operationId)
{
    if (devices::SbpPaymentWatcher *watcher = m_watchers.take(operationId)) {
        watcher->stop();
        watcher->deleteLater();
    }
}

QString SbpOperations::operationOf(const QString &id) const
{
    if (m_steps.contains(id))
        return id;
    return m_byQr.value(id);
}

QString SbpOperations::factsOf(const Operation &o, const QString &why) const
{
    return Tr::tr("SBP payment of %1 ₽ started at %2 (operation %3, QR code %4): the bank did not say how "
                  "it ended (%5). Ask the buyer to show the payment in the banking app, or look in the "
                  "bank's merchant cabinet: was it paid?")
        .arg(displayMoney(o.amount), o.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
             o.operationId.left(8), o.qrId.isEmpty() ? Tr::tr("unknown") : o.qrId, why);
}

QString SbpOperations::refundFactsOf(const Operation &o, const QString &why) const
{
    return Tr::tr("The bank declined the SBP refund of %1 ₽ started at %2 (operation %3, QR code %4): %5")
        .arg(displayMoney(o.amount), o.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
             o.operationId.left(8), o.qrId, why);
}

} // namespace app::payments
