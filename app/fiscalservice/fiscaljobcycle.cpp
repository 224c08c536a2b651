// FiscalWorker, part 2 of 3: the job cycle: plan a job, send it, settle what the device did.
#include "app/fiscalservice/fiscalworker.h"

#include <QSqlQuery>
#include <QTimer>

#include "app/core/tr.h"
#include "app/fiscalservice/fiscalworker_p.h"
#include "app/fiscalservice/fndocument.h"
#include "app/logging.h"
#include "app/organisation/organisation.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "fiscal/codes.h"
#include "fiscal/commands/service.h"
#include "fiscal/errortable.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"

namespace app {

using namespace workerdetail;

FiscalWorker::Plan FiscalWorker::plan(const FiscalJob &job)
{
    Plan p;
    const QString kind = kindOf(job);
    int taxSystem = 0;
    if (auto entity = OrganisationService(*m_db).legalEntity())
        taxSystem = int(entity->taxSystem);
    auto toFiscal = [](const std::optional<CashierInfo> &c) -> std::optional<fiscal::Cashier> {
        if (!c || c->name.isEmpty())
            return std::nullopt;
        return fiscal::Cashier{c->name.toStdString(), c->inn.toStdString()};
    };
    if (isSaleKind(kind)) {
        SalesService sales(*m_db);
        p.sale = sales.saleByUuid(job.documentUuid);
        if (!p.sale) {
            p.error = Tr::tr("The document of this fiscal job was not found in the database.");
            return p;
        }
        if (p.sale->kind == SaleKind::Correction) {
            // FFD 1.2: a correction receipt with its item list, one per missed operation.
            BuiltReceipt built = buildCorrectionReceipt(*p.sale, employee(p.sale->cashierId), taxSystem);
            p.kind = Plan::Kind::Correction;
            p.receipt = built.receipt;
            p.expected = built.expected;
            p.error = built.error;
        } else {
            BuiltReceipt built = buildReceipt(*p.sale, employee(p.sale->cashierId), taxSystem);
            p.kind = Plan::Kind::Receipt;
            p.receipt = built.receipt;
            // "Печатать чек" off: a buyer who left a phone or e-mail gets it only there (1008).
            if (!p.sale->buyerContact.isEmpty() && !OrganisationService(*m_db).printReceipts())
                p.receipt.printed = false;
            p.expected = built.expected;
            p.error = built.error;
        }
        return p;
    }
    if (kind == QLatin1String("cash_in") || kind == QLatin1String("cash_out")) {
        QSqlQuery q = m_db->prepare(QStringLiteral("SELECT amount FROM cash_documents WHERE uuid = ?"));
        q.addBindValue(job.documentUuid);
        if (!q.exec() || !q.next()) {
            p.error = Tr::tr("The document of this fiscal job was not found in the database.");
            return p;
        }
        p.amount = q.value(0).toLongLong();
        const bool in = kind == QLatin1String("cash_in");
        p.kind = in ? Plan::Kind::CashIn : Plan::Kind::CashOut;
        p.counterRegister = in ? RegCashInNumber : RegCashOutNumber;
        return p;
    }
    if (kind == QLatin1String("open_shift") || kind == QLatin1String("z_report")) {
        QSqlQuery q = m_db->prepare(
            QStringLiteral("SELECT opened_by, COALESCE(closed_by, opened_by) FROM shifts WHERE uuid = ?"));
        q.addBindValue(job.documentUuid);
        std::optional<CashierInfo> who;
        if (q.exec() && q.next())
            who = employee(q.value(kind == QLatin1String("open_shift") ? 0 : 1).toLongLong());
        // Without a name the driver would fall back to the legacy E0h/41h commands, which return no
        // FD; the FN-era commands need a 1021 cashier.
        if (!who || who->name.isEmpty())
            who = CashierInfo{Tr::tr("Cashier"), {}};
        p.cashier = toFiscal(who);
        const bool open = kind == QLatin1String("open_shift");
        p.kind = open ? Plan::Kind::OpenShift : Plan::Kind::CloseShift;
        p.expected.type = open ? fndoctype::ShiftOpen : fndoctype::ShiftClose;
        p.needsOpenShift = !open;
        return p;
    }
    if (kind == QLatin1String("x_report")) {
        p.kind = Plan::Kind::XReport;
        p.counterRegister = RegXReportNumber;
        p.needsOpenShift = false;
        return p;
    }
    p.error = Tr::tr("Unknown fiscal job kind “%1”.").arg(kind);
    return p;
}

FiscalWorker::SendResult FiscalWorker::send(const Plan &plan)
{
    SendResult out;
    auto failWith = [&](const fiscal::Error &e) {
        out.ok = false;
        out.error = e;
        handleError(e);
        return out;
    };
    switch (plan.kind) {
    case Plan::Kind::Receipt:
    case Plan::Kind::Correction: {
        // Marked goods: check and decide every code before the receipt opens (FF61h, FF69h).
        for (const SaleLine &line : plan.sale->lines) {
            if (line.markingCode.isEmpty())
                continue;
            fiscal::Error e;
            auto v = checkAndDecide(line.markingCode, plannedStatusFor(*plan.sale, line), &e,
                                    markingCheckTlvs(line));
            if (!v)
                return failWith(e);
            if (v->decision == MarkingDecision::Rejected) {
                out.error =
                    fiscal::Error::device(fiscal::deverr::MarkingNotChecked, fiscal::cmd::FnCheckMarkingCode);
                out.errorText = Tr::tr("Marking code of “%1” was refused: %2").arg(line.name, v->text);
                return out;
            }
        }
        // A correction's receipt carries its basis: the registrar opens it as an FFD 1.2 correction.
        auto r = plan.kind == Plan::Kind::Correction ? m_registrar->correctionReceipt(plan.receipt)
                                                     : m_registrar->sell(plan.receipt);
        if (!r)
            return failWith(r.error());
        out.ok = true;
        out.fd = r->id.fd;
        out.sign = r->id.fiscalSign;
        out.printIncomplete = !r->print.complete;
        return out;
    }
    case Plan::Kind::OpenShift:
    case Plan::Kind::CloseShift: {
        auto r = plan.kind == Plan::Kind::OpenShift ? m_registrar->openShift(plan.cashier)
                                                    : m_registrar->closeShift(plan.cashier);
        if (!r)
            return failWith(r.error());
        out.ok = true;
        if (r->id) {
            out.fd = r->id->fd;
            out.sign = r->id->fiscalSign;
        }
        out.printIncomplete = !r->print.complete;
        return out;
    }
    case Plan::Kind::CashIn:
    case Plan::Kind::CashOut: {
        auto r = plan.kind == Plan::Kind::CashIn ? m_registrar->cashIn(plan.amount)
                                                 : m_registrar->cashOut(plan.amount);
        if (!r)
            return failWith(r.error());
        out.ok = true;
        return out;
    }
    case Plan::Kind::XReport: {
        auto r = m_registrar->xReport();
        if (!r)
            return failWith(r.error());
        out.ok = true;
        out.printIncomplete = !r->complete;
        return out;
    }
    case Plan::Kind::Invalid:
        break;
    }
    out.error = fiscal::Error::link(fiscal::LinkError::Malformed, 0, "invalid plan");
    return out;
}

void FiscalWorker::complete(const FiscalJob &job, const FiscalJobDetails &details, std::optional<qint64> fd,
                            std::optional<qint64> sign, bool printIncomplete, const QString &resolution)
{
    const bool shiftKind = job.kind == QLatin1String("open_shift") || job.kind == QLatin1String("z_report");
    // FF40h before the transaction: no device I/O while holding the database's write lock. After a Z
    // report it names the shift just closed.
    std::optional<fiscal::ShiftParams> params;
    if (m_registrar && ((isSaleKind(job.kind) && fd) || shiftKind))
        if (auto data = m_registrar->execute(
                fiscal::fnShiftParamsRequest(registrarSettings(m_settings).adminPassword)))
            if (auto parsed = fiscal::parseShiftParams(*data))
                params = *parsed;

    // The document's fiscal attributes, the shift's FN number and the journal's "done" commit
    // together: the services' own transactions become savepoints of this one.
    Transaction tx(*m_db);
    if (isSaleKind(job.kind) && fd) {
        SalesService sales(*m_db);
        const auto sale = sales.saleByUuid(job.documentUuid);
        if (sale && !(sale->fiscal && sale->fiscal->fd == *fd)) {
            FiscalAttributes a;
            a.fn = details.fnNumber;
            a.fd = *fd;
            a.fiscalSign = sign.value_or(0);
            a.at = QDateTime::currentDateTimeUtc();
            if (params) {
                a.shiftNumber = params->shiftNumber;
                a.receiptNumber = params->receiptNumber;
            }
            if (auto ok = sales.setFiscalAttributes(sale->id, a); !ok)
                qCWarning(lcFiscal) << "cannot store fiscal attributes" << job.documentUuid
                                    << ok.error().message;
        }
    }
    if (shiftKind && params && params->shiftNumber > 0)
        if (auto ok = ShiftService::setFiscalShiftNumber(*m_db, job.documentUuid, params->shiftNumber); !ok)
            qCWarning(lcFiscal) << "cannot store the fiscal shift number" << job.documentUuid
                                << ok.error().message;
    if (auto ok = m_journal->markDone(job.id, fd, sign, printIncomplete, resolution); !ok) {
        qCWarning(lcFiscal) << "cannot mark fiscal job done" << job.id << ok.error().message;
        return;
    }
    if (auto ok = tx.commit(); !ok) {
        qCWarning(lcFiscal) << "cannot commit the finished fiscal job" << job.id << ok.error().message;
        return;
    }
    FiscalJobOutcome o;
    o.jobId = job.id;
    o.kind = job.kind;
    o.documentUuid = job.documentUuid;
    o.state = FiscalJobState::Done;
    o.fd = fd;
    o.fiscalSign = sign;
    o.printIncomplete = printIncomplete;
    o.resolution = resolution;
    if (printIncomplete)
        o.message = noPaperMessage();
    qCInfo(lcFiscal) << "fiscal job done" << job.id << job.kind << "fd" << fd.value_or(0) << resolution;
    Q_EMIT jobFinished(o);
}

void FiscalWorker::finishFailed(const FiscalJob &job, const FiscalMessage &message)
{
    if (auto ok = m_journal->markFailed(job.id, message.text); !ok) {
        qCWarning(lcFiscal) << "cannot mark fiscal job failed" << job.id << ok.error().message;
        return;
    }
    FiscalJobOutcome o;
    o.jobId = job.id;
    o.kind = job.kind;
    o.documentUuid = job.documentUuid;
    o.state = FiscalJobState::Failed;
    o.resolution = QStringLiteral("failed");
    o.message = message;
    qCInfo(lcFiscal) << "fiscal job failed" << job.id << job.kind << message.text;
    Q_EMIT jobFinished(o);
}

void FiscalWorker::finishAttention(const FiscalJob &job, const QString &reason)
{
    if (auto ok = m_journal->markAttention(job.id, reason); !ok) {
        qCWarning(lcFiscal) << "cannot mark fiscal job for attention" << job.id << ok.error().message;
        return;
    }
    FiscalJobOutcome o;
    o.jobId = job.id;
    o.kind = job.kind;
    o.documentUuid = job.documentUuid;
    o.state = FiscalJobState::Attention;
    o.resolution = QStringLiteral("attention");
    o.message = info(reason, FiscalNextStep::CheckJournal);
    qCWarning(lcFiscal) << "fiscal job needs attention" << job.id << job.kind << reason;
    Q_EMIT jobFinished(o);
}

FiscalWorker::Settle FiscalWorker::settle(const FiscalJob &job, const FiscalJobDetails &details,
                                          const fiscal::Error *error, const QString &errorText)
{
    const auto state = readState(details.counterRegister != 0, details.counterRegister);
    if (!state)
        return Settle::Wait;
    RecoveryRow row;
    row.counter = details.counterRegister != 0 ? CounterKind::DeviceRegister : CounterKind::FnDocument;
    row.fdBefore = static_cast<std::uint32_t>(job.fdBefore.value_or(0));
    if (details.counterBefore)
        row.registerBefore = static_cast<std::uint32_t>(*details.counterBefore);
    RecoveryDevice dev;
    dev.documentOpen = state->documentOpen();
    dev.lastFd = state->status.lastFd;
    dev.registerNow = state->registerNow;
    const RecoveryDecision decision = decideRecovery(row, dev);
    const bool paperOk = state->status.paper == fiscal::PaperState::Ok;
    switch (decision.action) {
    case RecoveryAction::CancelAndRetry:
        if (!cancelOpenDocument(*state))
            return Settle::Wait;
        [[fallthrough]];
    case RecoveryAction::Retry: {
        if (error && error->tier == fiscal::Error::Tier::Device && !isTransientFiscalError(*error)) {
            FiscalMessage m = describeFiscalError(*error, state->status.submode);
            if (!errorText.isEmpty())
                m.text = errorText;
            finishFailed(job, m);
            return Settle::Settled;
        }
        if (!paperOk) {
            publishProblem(state->status.paper == fiscal::PaperState::WaitingContinue ? continueMessage()
                                                                                      : noPaperMessage());
            return Settle::Wait;
        }
        if (error && error->tier == fiscal::Error::Tier::Device) {
            publishProblem(describeFiscalError(*error, state->status.submode));
            return Settle::Wait;
        }
        return Settle::Resend;
    }
    case RecoveryAction::VerifyNext: {
        const std::uint32_t next = row.fdBefore + 1;
        auto found = m_registrar->findDocument(next);
        if (!found) {
            handleError(found.error());
            return Settle::Wait;
        }
        const auto doc = decodeFoundDocument(*found);
        if (!doc) {
            finishAttention(job, Tr::tr("The fiscal drive's document %1 could not be read.").arg(next));
            return Settle::Settled;
        }
        const QString mismatch = verifyDocument(details.expected, *doc);
        if (!mismatch.isEmpty()) {
            finishAttention(job, mismatch);
            return Settle::Settled;
        }
        complete(job, details, qint64(doc->fd), qint64(doc->fiscalSign), !paperOk,
                 QStringLiteral("recovered"));
        return Settle::Settled;
    }
    case RecoveryAction::DoneByRegister:
        complete(job, details, std::nullopt, std::nullopt, !paperOk, QStringLiteral("register"));
        return Settle::Settled;
    case RecoveryAction::Attention:
        finishAttention(job, decision.reason);
        return Settle::Settled;
    }
    return Settle::Wait;
}

bool FiscalWorker::attempt(std::int64_t jobId)
{
    for (int round = 0; round < MaxRoundsPerTry; ++round) {
        const auto job = m_journal->job(jobId);
        const auto details = m_journal->details(jobId);
        if (!job || !details || job->state != FiscalJobState::Sending)
            return true;
        const Plan p = plan(*job);
        if (!connectDevice())
            return false;
        (void)m_journal->noteAttempt(jobId);
        const SendResult r = send(p);
        if (r.ok) {
            complete(*job, *details, r.fd, r.sign, r.printIncomplete, QStringLiteral("sent"));
            return true;
        }
        // Whatever went wrong, the device tells what happened: reconcile before anything else.
        switch (settle(*job, *details, &r.error, r.errorText)) {
        case Settle::Settled:
            return true;
        case Settle::Resend:
            continue;
        case Settle::Wait:
            return false;
        }
    }
    return false;
}

bool FiscalWorker::settlePending()
{
    const auto job = m_journal->pendingSending();
    if (!job)
        return true;
    const auto details = m_journal->details(job->id);
    if (!details) {
        finishAttention(*job,
                        Tr::tr("The journal row of this operation is incomplete; compare it with the fiscal "
                               "drive."));
        return true;
    }
    switch (settle(*job, *details, nullptr, {})) {
    case Settle::Settled:
        return true;
    case Settle::Resend:
        return attempt(job->id);
    case Settle::Wait:
        return false;
    }
    return false;
}

bool FiscalWorker::runQueued(const FiscalJob &job)
{
    const Plan p = plan(job);
    auto state = readState(p.counterRegister != 0, p.counterRegister);
    if (!state)
        return false;
    // A document left open by a failed job is not fiscal: cancel it before a new one starts.
    if (state->documentOpen()) {
        if (!cancelOpenDocument(*state))
            return false;
        state = readState(p.counterRegister != 0, p.counterRegister);
        if (!state || state->documentOpen())
            return false;
    }
    if (state->status.paper == fiscal::PaperState::Out ||
        state->status.paper == fiscal::PaperState::OutWhilePrinting) {
        publishProblem(noPaperMessage());
        return false; // stays queued; runs when the paper is back
    }
    if (state->status.paper == fiscal::PaperState::WaitingContinue) {
        publishProblem(continueMessage());
        return false;
    }
    FiscalJobDetails d;
    d.fnNumber = QString::fromStdString(state->status.fnNumber);
    d.counterRegister = p.counterRegister;
    if (state->registerNow)
        d.counterBefore = *state->registerNow;
    d.expected = p.expected;
    if (auto ok = m_journal->beginSending(job.id, state->status.lastFd, d); !ok) {
        qCWarning(lcFiscal) << "cannot journal the fiscal job" << job.id << ok.error().message;
        return false;
    }
    Q_EMIT jobStarted(job.id, job.kind, job.documentUuid);
    // Refusals known before sending: nothing leaves, the job fails with the reason.
    QString refusal = p.error;
    FiscalNextStep next = FiscalNextStep::None;
    if (refusal.isEmpty() && p.needsOpenShift) {
        if (state->status.shift == fiscal::ShiftState::Closed) {
            refusal = Tr::tr("The shift is not open: open the shift first.");
            next = FiscalNextStep::OpenShift;
        } else if (state->status.shift == fiscal::ShiftState::Expired && p.kind != Plan::Kind::CloseShift) {
            refusal =
                Tr::tr("The shift is longer than 24 hours: close it with the Z report, then open a new one.");
            next = FiscalNextStep::CloseShift;
        }
    }
    if (!refusal.isEmpty()) {
        const auto sending = m_journal->job(job.id);
        finishFailed(sending.value_or(job), info(refusal, next));
        return true;
    }
    return attempt(job.id);
}

void FiscalWorker::process()
{
    if (!m_journal || m_processing)
        return;
    m_processing = true;
    for (;;) {
        if (!connectDevice() || !settlePending())
            break;
        // Before the next document: the registrar must print the shop's current texts. A failure
        // never holds a sale back; the job's own exchange meets a broken link as usual.
        if (receiptTextsStale()) {
            syncReceiptTexts();
            if (!m_registrar)
                break; // the port went away meanwhile: the next poll reconnects
        }
        const auto job = m_journal->next();
        if (!job)
            break;
        if (job->state == FiscalJobState::Sending)
            break; // could not be settled (storage trouble): the next poll tries again
        if (!runQueued(*job))
            break;
    }
    m_processing = false;
    refreshHealth();
}

void FiscalWorker::retryJob(qint64 jobId)
{
    if (!m_journal)
        return;
    if (auto ok = m_journal->retry(jobId); !ok)
        qCWarning(lcFiscal) << "cannot retry fiscal job" << jobId << ok.error().message;
    process();
}

void FiscalWorker::abandonJob(qint64 jobId)
{
    if (!m_journal)
        return;
    const auto job = m_journal->job(jobId);
    if (!job)
        return;
    if (auto ok = m_journal->abandon(jobId); !ok) {
        qCWarning(lcFiscal) << "cannot give up fiscal job" << jobId << ok.error().message;
        return;
    }
    refreshHealth(); // the journal screen shows the job given up when the health says so
    if (!isSaleKind(job->kind))
        return;
    const auto sale = SalesService(*m_db).saleByUuid(job->documentUuid);
    if (!sale)
        return;
    Kopecks electronic = 0;
    for (const Payment &p : sale->payments)
        if (p.type != PaymentType::Cash)
            electronic += p.amount;
    if (electronic > 0)
        Q_EMIT reversalRequired(jobId, job->documentUuid, electronic);
}

} // namespace app
