#include "app/payments/cardoperations.h"

#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/logging.h"
#include "devices/payments/cliterminal.h"
#include "devices/paymentterminal.h"

namespace app::payments {

namespace {

devices::TerminalOperation terminalOperation(Kind kind)
{
    switch (kind) {
    case Kind::Cancel:
        return devices::TerminalOperation::Reversal;
    case Kind::Refund:
        return devices::TerminalOperation::Refund;
    case Kind::Reconciliation:
        return devices::TerminalOperation::Reconciliation;
    default:
        return devices::TerminalOperation::Payment;
    }
}

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Cancel:
        return Tr::tr("Cancellation");
    case Kind::Refund:
        return Tr::tr("Refund");
    case Kind::Reconciliation:
        return Tr::tr("Reconciliation");
    default:
        return Tr::tr("Card payment");
    }
}

} // namespace

CardOperations::CardOperations(PaymentJournal &journal, devices::PaymentTerminal *terminal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_terminal(terminal)
{
    qRegisterMetaType<app::payments::Operation>();
    if (m_terminal)
        connect(m_terminal, &devices::PaymentTerminal::finished, this, &CardOperations::onTerminal);
}

CardOperations::~CardOperations() = default;

Result<QString> CardOperations::start(Operation intent, std::function<void(const QString &)> call)
{
    if (!m_terminal)
        return fail(Error::Code::Conflict, Tr::tr("No card terminal is set up at this till."));
    if (!m_running.isEmpty())
        return fail(Error::Code::Conflict, Tr::tr("The card terminal is busy with another operation."));
    intent.operationId = newUuid();
    intent.method = Method::Card;
    intent.driver = m_terminal->name();
    const Result<Operation> begun = m_journal.begin(intent);
    if (!begun)
        return app::Unexpected<Error>{begun.error()};
    m_running.insert(intent.operationId, 0);
    qCInfo(lcApp) << "card operation" << kindKey(intent.kind) << intent.operationId << intent.amount;
    call(intent.operationId);
    return intent.operationId;
}

Result<QString> CardOperations::pay(Kopecks amount, const QString &saleUuid)
{
    if (amount <= 0)
        return fail(Error::Code::Validation, Tr::tr("A card payment must be above zero."));
    Operation intent;
    intent.kind = Kind::Payment;
    intent.amount = amount;
    intent.saleUuid = saleUuid;
    intent.purpose = PurposeSale;
    return start(intent, [this, amount](const QString &id) { m_terminal->pay(amount, id); });
}

Kopecks CardOperations::returnable(const QString &paymentOperationId) const
{
    const std::optional<Operation> original = m_journal.find(paymentOperationId);
    if (!original || original->state != State::Approved || original->kind != Kind::Payment)
        return 0;
    Kopecks left = original->amount;
    for (const Operation &o : m_journal.derivedFrom(paymentOperationId))
        if (o.state == State::Approved && (o.kind == Kind::Cancel || o.kind == Kind::Refund))
            left -= o.amount;
    return left;
}

Result<QString> CardOperations::giveBack(const QString &paymentOperationId, Kopecks amount,
                                         const QString &documentUuid, const QString &purpose)
{
    const std::optional<Operation> original = m_journal.find(paymentOperationId);
    if (!original || original->method != Method::Card || original->state != State::Approved ||
        original->rrn.isEmpty())
        return fail(Error::Code::NotFound,
                    Tr::tr("There is no approved card payment to give the money back to."));
    const Kopecks left = returnable(paymentOperationId);
    if (amount <= 0 || amount > left)
        return fail(
            Error::Code::Validation,
            Tr::tr("Only %1 ₽ of this card payment can still be given back.").arg(displayMoney(left)));
    Operation intent;
    // The whole payment of an open batch is cancelled (the hold is released at once); anything
    // after reconciliation, or a part, is a refund by RRN.
    intent.kind = !original->batchSettled && amount == original->amount ? Kind::Cancel : Kind::Refund;
    intent.amount = amount;
    intent.originalOperationId = paymentOperationId;
    intent.saleUuid = documentUuid;
    intent.purpose = purpose;
    const QString rrn = original->rrn;
    const Kind kind = intent.kind;
    return start(intent, [this, kind, amount, rrn](const QString &id) {
        if (kind == Kind::Cancel)
            m_terminal->reverse(amount, rrn, id);
        else
            m_terminal->refund(amount, rrn, id);
    });
}

Result<QString> CardOperations::reconcile()
{
    Operation intent;
    intent.kind = Kind::Reconciliation;
    intent.purpose = PurposeService;
    return start(intent, [this](const QString &id) { m_terminal->reconcile(id); });
}

QList<Operation> CardOperations::approvedPayments(const QString &saleUuid) const
{
    QList<Operation> out;
    for (const Operation &o : m_journal.forSale(saleUuid))
        if (o.method == Method::Card && o.kind == Kind::Payment && o.state == State::Approved)
            out << o;
    return out;
}

QList<Operation> CardOperations::carriedPayments(const QString &saleUuid) const
{
    QList<Operation> out;
    for (const Operation &o : approvedPayments(saleUuid)) {
        bool touched = false;
        for (const Operation &d : m_journal.derivedFrom(o.operationId))
            touched = touched || d.state != State::Declined;
        if (!touched && returnable(o.operationId) == o.amount)
            out << o;
    }
    return out;
}

Result<void> CardOperations::attachToDocument(const QString &operationId, const QString &documentUuid)
{
    return m_journal.attachToDocument(operationId, documentUuid);
}

void CardOperations::checkLink()
{
    auto *cli = qobject_cast<devices::payments::CliTerminal *>(m_terminal.data());
    if (!cli || isBusy()) {
        const bool ok = m_terminal && !isBusy();
        const QString text = !m_terminal ? Tr::tr("No card terminal is set up at this till.")
                             : ok        ? Tr::tr("The card terminal is ready.")
                                         : Tr::tr("The card terminal is busy with another operation.");
        QMetaObject::invokeMethod(
            this, [this, ok, text] { Q_EMIT linkChecked(ok, text); }, Qt::QueuedConnection);
        return;
    }
    const QString id = QStringLiteral("link-check-") + newUuid();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(cli, &devices::payments::CliTerminal::operationsListed, this,
                          [this, id, connection](const QString &listed, bool ok,
                                                 const QList<devices::payments::TerminalRecord> &records,
                                                 const QString &message) {
                              if (listed != id)
                                  return;
                              disconnect(*connection);
                              Q_EMIT linkChecked(
                                  ok, ok ? Tr::tr("The terminal answered: %n operation(s) in the open batch.",
                                                  nullptr, int(records.size()))
                                         : Tr::tr("The terminal did not answer: %1").arg(message));
                          });
    cli->listOperations(id);
}

Result<QStringList> CardOperations::reverseSale(const QString &saleUuid)
{
    QStringList scheduled;
    for (const Operation &payment : approvedPayments(saleUuid)) {
        const Kopecks left = returnable(payment.operationId);
        if (left <= 0)
            continue;
        const QString id = payment.operationId;
        m_queue.enqueue([this, id, left, saleUuid] {
            if (const auto started = giveBack(id, left, saleUuid, PurposeAbandoned); !started)
                qCWarning(lcApp) << "reversal of" << id << "not started:" << started.error().message;
        });
        scheduled << id;
    }
    runNext();
    return scheduled;
}

QList<Operation> CardOperations::reversalsDue() const
{
    QList<Operation> due;
    QStringList seen;
    for (const Operation &o : m_journal.between(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                                                QDateTime::currentDateTimeUtc().addDays(1))) {
        if (o.method != Method::Card || o.purpose != PurposeAbandoned || seen.contains(o.originalOperationId))
            continue;
        seen << o.originalOperationId;
        if (returnable(o.originalOperationId) > 0)
            if (const std::optional<Operation> payment = m_journal.find(o.originalOperationId))
                due << *payment;
    }
    return due;
}

void CardOperations::retryReversals()
{
    for (const Operation &payment : reversalsDue()) {
        const QString id = payment.operationId;
        const QString sale = payment.saleUuid;
        m_queue.enqueue([this, id, sale] {
            const Kopecks left = returnable(id);
            if (left > 0)
                if (const auto started = giveBack(id, left, sale, PurposeAbandoned); !started)
                    qCWarning(lcApp) << "reversal retry of" << id
                                     << "not started:" << started.error().message;
        });
    }
    runNext();
}

void CardOperations::recoverOpen()
{
    for (const Operation &o : m_journal.open()) {
        if (o.method != Method::Card)
            continue;
        m_queue.enqueue([this, o] {
            m_running.insert(o.operationId, 1); // this is the recovery: an unknown now goes to the cashier
            recover(o);
        });
    }
    runNext();
}

void CardOperations::recover(const Operation &operation)
{
    auto *cli = qobject_cast<devices::payments::CliTerminal *>(m_terminal.data());
    if (!cli) {
        const QString facts = factsOf(operation);
        (void)m_journal.setState(operation.operationId, State::Attention, facts);
        m_running.remove(operation.operationId);
        Q_EMIT needsCashier(*m_journal.find(operation.operationId), facts);
        runNext();
        return;
    }
    devices::payments::PendingOperation pending;
    pending.operationId = operation.operationId;
    pending.operation = terminalOperation(operation.kind);
    pending.amountKopecks = operation.amount;
    if (const std::optional<Operation> original = m_journal.find(operation.originalOperationId))
        pending.originalRrn = original->rrn;
    pending.startedAt = operation.createdAt;
    pending.knownRrns = m_journal.knownRrns();
    qCInfo(lcApp) << "recovering card operation" << operation.operationId;
    cli->recover(pending);
}

void CardOperations::onTerminal(const devices::TerminalResult &result)
{
    const auto running = m_running.constFind(result.operationId);
    if (running == m_running.constEnd())
        return; // not one of ours
    if (auto recorded = m_journal.record(result); !recorded)
        qCWarning(lcApp) << "payment journal:" << recorded.error().message;
    const std::optional<Operation> operation = m_journal.find(result.operationId);
    if (!operation)
        return;
    if (result.stateUnknown()) {
        if (running.value() == 0) {
            m_running[result.operationId] = 1;
            recover(*operation); // ask the terminal now, while the cashier waits
            return;
        }
        const QString facts = factsOf(*operation);
        (void)m_journal.setState(result.operationId, State::Attention, facts);
        m_running.remove(result.operationId);
        Q_EMIT needsCashier(*m_journal.find(result.operationId), facts);
        runNext();
        return;
    }
    if (operation->kind == Kind::Reconciliation && operation->state == State::Approved)
        closeBatch(*operation);
    settled(result.operationId);
}

void CardOperations::closeBatch(const Operation &reconciliation)
{
    // Compared before the batch is marked closed: the till's side is what it still holds open.
    BatchTotals totals{reportNetTotal(reconciliation.slip),
                       m_journal.openBatchTotal(reconciliation.createdAt)};
    m_totals.insert(reconciliation.operationId, totals);
    if (totals.differ()) {
        qCWarning(lcApp) << "reconciliation totals differ: terminal" << *totals.terminal << "till"
                         << totals.till;
        (void)m_journal.setOutcome(reconciliation.operationId, State::Approved, reconciliation.responseCode,
                                   mismatchText(totals));
    }
    (void)m_journal.markBatchSettled(reconciliation.createdAt);
}

std::optional<BatchTotals> CardOperations::totalsOf(const QString &reconciliationId) const
{
    const auto it = m_totals.constFind(reconciliationId);
    return it == m_totals.constEnd() ? std::nullopt : std::optional<BatchTotals>(*it);
}

void CardOperations::settled(const QString &operationId)
{
    m_running.remove(operationId);
    if (const std::optional<Operation> operation = m_journal.find(operationId))
        Q_EMIT finished(*operation);
    runNext();
}

void CardOperations::runNext()
{
    while (m_running.isEmpty() && !m_queue.isEmpty())
        m_queue.dequeue()();
}

Result<void> CardOperations::resolveByCashier(const QString &operationId, bool approved, const QString &rrn)
{
    const std::optional<Operation> operation = m_journal.find(operationId);
    if (!operation || operation->state != State::Attention)
        return fail(Error::Code::Conflict, Tr::tr("This operation does not wait for the cashier."));
    devices::TerminalResult result;
    result.operationId = operationId;
    result.operation = terminalOperation(operation->kind);
    result.outcome = approved ? devices::TerminalOutcome::Approved : devices::TerminalOutcome::Declined;
    result.rrn = rrn;
    result.message = approved ? Tr::tr("Approved, as the cashier read it on the terminal.")
                              : Tr::tr("Not approved, as the cashier read it on the terminal.");
    if (auto recorded = m_journal.record(result); !recorded)
        return recorded;
    Q_EMIT finished(*m_journal.find(operationId));
    return {};
}

QString CardOperations::factsOf(const Operation &o) const
{
    return Tr::tr("%1 of %2 ₽ started at %3 (operation %4): neither the terminal's answer nor its report "
                  "says how it "
                  "ended. Look at the terminal or its last slip: was it approved?")
        .arg(kindText(o.kind), displayMoney(o.amount),
             o.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), o.operationId.left(8));
}

} // namespace app::payments
